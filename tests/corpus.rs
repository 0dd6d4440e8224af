//! Rule-level corpus: every `testdata/*.toml` file, run through the default extractor.
//!
//! Each file is an array of `[[test]]` tables (the shape of `rust-lang/regex` testdata):
//!
//! ```toml
//! [[test]]
//! name = "verb_subject_inna"          # unique across all files, snake_case
//! text = "وقال الوزير إن «…»"          # paragraphs separated by "\n"
//! speakers = 1                         # optional: rows in the speaker table
//! known_gap = "why the rules miss it"  # optional: reported, does not fail
//! [[test.quotes]]                      # every quotation of the text, in order
//! text = "…"                           # exactly the characters between the marks
//! kind = "speech"                      # or "name" / "title" / "term" / "other"
//! exact_kind = false                   # optional: a non-speech kind must match exactly
//! speaker = "الوزير"                   # optional: string or list of accepted strings
//! not_speaker = "الحكومة"             # optional: string or list, none may stand in the speaker
//! no_speaker = false                   # optional: no speaker at all
//! gender = "feminine"                  # optional: the speaker's gender
//! number = "plural"                    # optional: the speaker's number
//! resolution = "dropped_subject"       # optional: how the speaker was found
//! cue = "وقال"                         # optional: the cue as written in the text
//! ```
//!
//! A speaker is right, as in `shared/tools/score.py`, when one accepted string stands in the
//! extractor's speaker text as whole words (after folding alef forms, `ى`, `ة`, diacritics and
//! punctuation) and that text has at most 12 words.
//!
//! Every case also checks the structural invariants of the output: spans on char boundaries,
//! `&text[span] == text()` for quotations, speakers, cues, mentions and speaker-table rows.
//!
//! `ISNAD_CORPUS_FILTER=substring` runs only the cases whose name contains it;
//! `ISNAD_CORPUS_SHOW=1` prints the actual output of every case run.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use isnad::{Attribution, Document, Extractor, Span};
use serde::Deserialize;

/// The most words a speaker answer may have (the scorer's rule).
const MAX_SPEAKER_WORDS: usize = 12;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    test: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    quotes: Vec<Expected>,
    speakers: Option<usize>,
    known_gap: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    text: String,
    kind: String,
    #[serde(default)]
    exact_kind: bool,
    speaker: Option<Accepted>,
    not_speaker: Option<Accepted>,
    #[serde(default)]
    no_speaker: bool,
    gender: Option<String>,
    number: Option<String>,
    resolution: Option<String>,
    cue: Option<String>,
}

/// One accepted speaker string, or several (any one of them is right).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Accepted {
    One(String),
    Any(Vec<String>),
}

impl Accepted {
    fn strings(&self) -> &[String] {
        match self {
            Accepted::One(s) => std::slice::from_ref(s),
            Accepted::Any(v) => v,
        }
    }
}

/// A case that ran, with what went wrong (empty when it passed).
struct Outcome {
    file: String,
    name: String,
    known_gap: Option<String>,
    /// Broken invariants: a failure even in a known gap.
    broken: Vec<String>,
    problems: Vec<String>,
    actual: String,
}

const KINDS: &[&str] = &["speech", "name", "title", "term", "other"];
const GENDERS: &[&str] = &["masculine", "feminine", "unknown"];
const NUMBERS: &[&str] = &["singular", "dual", "plural", "unknown"];
const RESOLUTIONS: &[&str] =
    &["explicit", "dropped_subject", "pronoun", "description", "carried_over", "nested"];

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata")
}

/// Reads every `testdata/*.toml`, in file-name order.
fn load() -> Vec<(String, File)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(testdata())
        .expect("testdata/ is readable")
        .map(|entry| entry.expect("testdata/ entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            let file: File = toml::from_str(&raw).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, file)
        })
        .collect()
}

/// The scorer's folding of a speaker name into words.
fn name_words(s: &str) -> Vec<String> {
    let mut folded = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}' => {}
            '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => folded.push('ا'),
            'ى' => folded.push('ي'),
            'ة' => folded.push('ه'),
            '«' | '»' | '“' | '”' | '„' | '‟' | '"' | '\'' | '‹' | '›' | '‘' | '’' | '(' | ')' | '['
            | ']' | '{' | '}' | '.' | ',' | ':' | ';' | '!' | '?' | '؟' | '،' | '؛' | '…' | '-' | '–'
            | '—' => folded.push(' '),
            c => folded.push(c),
        }
    }
    folded.split_whitespace().map(str::to_owned).collect()
}

/// Whether one of `strings` stands as whole words in `answer`.
fn stands_in(answer: &str, strings: &[String]) -> bool {
    let words = name_words(answer);
    strings.iter().any(|a| {
        let want = name_words(a);
        !want.is_empty() && words.windows(want.len()).any(|w| w == want.as_slice())
    })
}

/// Whether `answer` names the speaker by one of the `accepted` strings (the scorer's rule).
fn speaker_ok(answer: &str, accepted: &[String]) -> bool {
    let count = name_words(answer).len();
    count > 0 && count <= MAX_SPEAKER_WORDS && stands_in(answer, accepted)
}

/// The serde name of a value serialised as a plain string (`Rule`, `Resolution`, ...).
fn serde_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => format!("{other:?}"),
    }
}

/// A string between straight quotes, Arabic left readable (`{:?}` escapes harakat).
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\n', "\\n"))
}

/// One line per quotation, as the failure diff shows it.
fn describe(a: &Attribution<'_>) -> String {
    let mut line = format!("{} {}", quoted(a.text()), a.kind().name());
    match a.speaker() {
        Some(s) => {
            let _ = write!(
                line,
                " speaker={} {}/{} {}",
                quoted(s.text()),
                s.gender().name(),
                s.number().name(),
                serde_name(&s.resolution())
            );
        }
        None => line.push_str(" speaker=none"),
    }
    if let Some(c) = a.cue() {
        let _ = write!(line, " cue={}", quoted(c.text()));
    }
    let _ = write!(line, " rule={}", serde_name(&a.rule()));
    line
}

fn describe_expected(e: &Expected) -> String {
    let mut line = format!("{} {}", quoted(&e.text), e.kind);
    if let Some(s) = &e.speaker {
        let accepted: Vec<String> = s.strings().iter().map(|s| quoted(s)).collect();
        let _ = write!(line, " speaker~{}", accepted.join("|"));
    }
    if let Some(s) = &e.not_speaker {
        let rejected: Vec<String> = s.strings().iter().map(|s| quoted(s)).collect();
        let _ = write!(line, " speaker!~{}", rejected.join("|"));
    }
    if e.no_speaker {
        line.push_str(" speaker=none");
    }
    for (label, value) in
        [("gender", &e.gender), ("number", &e.number), ("resolution", &e.resolution), ("cue", &e.cue)]
    {
        if let Some(v) = value {
            let _ = write!(line, " {label}={}", quoted(v));
        }
    }
    line
}

/// Checks a span against the text: in bounds, on char boundaries, and slicing to `expected`.
fn check_span(text: &str, span: Span, expected: Option<&str>, what: &str, problems: &mut Vec<String>) {
    let (start, end) = (span.start, span.end);
    if start > end || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        problems.push(format!("{what}: span {start}..{end} is not a char range of the text"));
        return;
    }
    if let Some(expected) = expected {
        // the one documented exception: a name written with the preposition
        // ل on the article (للبيان) is given as the article's form (البيان)
        let rebuilt = text[start..end].strip_prefix("لل").map(|rest| format!("ال{rest}"));
        if &text[start..end] != expected && rebuilt.as_deref() != Some(expected) {
            problems.push(format!(
                "{what}: text[{start}..{end}] = {:?} but text() = {expected:?}",
                &text[start..end]
            ));
        }
    }
}

/// The invariants every document must keep, whatever the case expects.
fn check_invariants(text: &str, doc: &Document<'_>, problems: &mut Vec<String>) {
    let quotes = doc.attributions();
    for (i, a) in quotes.iter().enumerate() {
        let what = format!("quote {i}");
        check_span(text, a.span(), Some(a.text()), &what, problems);
        check_span(text, a.open(), None, &format!("{what} open mark"), problems);
        if let Some(close) = a.close() {
            check_span(text, close, None, &format!("{what} close mark"), problems);
        }
        if !(0.0..=1.0).contains(&a.confidence()) {
            problems.push(format!("{what}: confidence {} outside 0..=1", a.confidence()));
        }
        if let Some(p) = a.parent() {
            if p >= i {
                problems.push(format!("{what}: parent {p} does not come before it"));
            }
        }
        if let Some(s) = a.speaker() {
            check_span(text, s.span(), Some(s.text()), &format!("{what} speaker"), problems);
            if let Some(m) = s.mention() {
                check_span(text, m.span(), Some(m.text()), &format!("{what} speaker mention"), problems);
            }
            if let Some(e) = s.entity() {
                if e >= doc.speakers().len() {
                    problems.push(format!("{what}: speaker entity {e} not in the speaker table"));
                }
            }
        }
        if let Some(c) = a.cue() {
            check_span(text, c.span(), Some(c.text()), &format!("{what} cue"), problems);
        }
    }
    for (i, e) in doc.speakers().iter().enumerate() {
        check_span(text, e.span(), Some(e.name()), &format!("speaker {i}"), problems);
        for m in e.mentions() {
            check_span(text, m.span(), Some(m.text()), &format!("speaker {i} mention"), problems);
        }
        if let Some(q) = e.quotes().iter().find(|&&q| q >= quotes.len()) {
            problems.push(format!("speaker {i}: quote {q} out of range"));
        }
    }
}

/// Compares one expected quotation with the actual one at the same position.
fn check_quote(i: usize, e: &Expected, a: &Attribution<'_>, problems: &mut Vec<String>) {
    let mut wrong = Vec::new();
    if a.text() != e.text {
        wrong.push("text");
    }
    let kind = a.kind().name();
    let kind_ok = if e.kind == "speech" || e.exact_kind { kind == e.kind } else { kind != "speech" };
    if !kind_ok {
        wrong.push("kind");
    }
    let speaker = a.speaker();
    if let Some(accepted) = &e.speaker {
        if !speaker.is_some_and(|s| speaker_ok(s.text(), accepted.strings())) {
            wrong.push("speaker");
        }
    }
    if let Some(rejected) = &e.not_speaker {
        if speaker.is_some_and(|s| stands_in(s.text(), rejected.strings())) {
            wrong.push("speaker (holds a rejected phrase)");
        }
    }
    if e.no_speaker && speaker.is_some() {
        wrong.push("speaker (expected none)");
    }
    if let Some(g) = &e.gender {
        if speaker.map(|s| s.gender().name()) != Some(g.as_str()) {
            wrong.push("gender");
        }
    }
    if let Some(n) = &e.number {
        if speaker.map(|s| s.number().name()) != Some(n.as_str()) {
            wrong.push("number");
        }
    }
    if let Some(r) = &e.resolution {
        if speaker.map(|s| serde_name(&s.resolution())).as_deref() != Some(r.as_str()) {
            wrong.push("resolution");
        }
    }
    if let Some(c) = &e.cue {
        if a.cue().map(|c| c.text()) != Some(c.as_str()) {
            wrong.push("cue");
        }
    }
    if !wrong.is_empty() {
        problems.push(format!(
            "quote {i}: wrong {}\n      - expected {}\n      + actual   {}",
            wrong.join(", "),
            describe_expected(e),
            describe(a)
        ));
    }
}

/// Rejects malformed expectations, so that a typo cannot make a check vacuous.
fn validate(file: &str, case: &Case, names: &mut HashSet<String>) {
    let at = format!("{file}: {}", case.name);
    assert!(names.insert(case.name.clone()), "{at}: duplicate case name");
    assert!(
        !case.name.is_empty()
            && case.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
        "{at}: name is not snake_case"
    );
    assert!(!case.text.is_empty(), "{at}: empty text");
    if let Some(reason) = &case.known_gap {
        assert!(!reason.trim().is_empty(), "{at}: known_gap needs a reason");
    }
    for e in &case.quotes {
        assert!(KINDS.contains(&e.kind.as_str()), "{at}: unknown kind {:?}", e.kind);
        assert!(case.text.contains(e.text.as_str()), "{at}: quote {:?} is not in the text", e.text);
        let speech = e.kind == "speech";
        assert!(
            speech
                || (e.speaker.is_none()
                    && e.not_speaker.is_none()
                    && e.gender.is_none()
                    && e.number.is_none()
                    && e.resolution.is_none()),
            "{at}: a non-speech quote {:?} cannot expect a speaker",
            e.text
        );
        assert!(!(e.no_speaker && e.speaker.is_some()), "{at}: both speaker and no_speaker");
        if let Some(rejected) = &e.not_speaker {
            for s in rejected.strings() {
                assert!(case.text.contains(s.as_str()), "{at}: not_speaker {s:?} is not in the text");
            }
        }
        if let Some(accepted) = &e.speaker {
            for s in accepted.strings() {
                // As spelled in the text; the article may be hidden under لـ (للبيان).
                let bare = s.strip_prefix("ال").unwrap_or(s);
                assert!(case.text.contains(bare), "{at}: speaker {s:?} is not in the text");
            }
        }
        if let Some(c) = &e.cue {
            assert!(case.text.contains(c.as_str()), "{at}: cue {c:?} is not in the text");
        }
        if let Some(g) = &e.gender {
            assert!(GENDERS.contains(&g.as_str()), "{at}: unknown gender {g:?}");
        }
        if let Some(n) = &e.number {
            assert!(NUMBERS.contains(&n.as_str()), "{at}: unknown number {n:?}");
        }
        if let Some(r) = &e.resolution {
            assert!(RESOLUTIONS.contains(&r.as_str()), "{at}: unknown resolution {r:?}");
        }
    }
}

fn run(extractor: &Extractor, file: &str, case: &Case) -> Outcome {
    let doc = extractor.extract(&case.text);
    let mut broken = Vec::new();
    check_invariants(&case.text, &doc, &mut broken);
    let mut problems = Vec::new();
    let actual = doc.attributions();
    for (i, e) in case.quotes.iter().enumerate() {
        match actual.get(i) {
            Some(a) => check_quote(i, e, a, &mut problems),
            None => problems.push(format!("quote {i}: missing\n      - expected {}", describe_expected(e))),
        }
    }
    for (i, a) in actual.iter().enumerate().skip(case.quotes.len()) {
        problems.push(format!("quote {i}: unexpected\n      + actual   {}", describe(a)));
    }
    if let Some(n) = case.speakers {
        if doc.speakers().len() != n {
            let names: Vec<&str> = doc.speakers().iter().map(|e| e.name()).collect();
            problems.push(format!("speaker table: expected {n} rows, got {} {names:?}", names.len()));
        }
    }
    let mut shown = String::new();
    for a in actual {
        let _ = writeln!(shown, "      {}", describe(a));
    }
    Outcome {
        file: file.to_owned(),
        name: case.name.clone(),
        known_gap: case.known_gap.clone(),
        broken,
        problems,
        actual: shown,
    }
}

#[test]
fn corpus() {
    let files = load();
    assert!(!files.is_empty(), "no testdata/*.toml files");
    let filter = std::env::var("ISNAD_CORPUS_FILTER").unwrap_or_default();
    let show = std::env::var_os("ISNAD_CORPUS_SHOW").is_some();
    let extractor = Extractor::new();
    let mut names = HashSet::new();
    let (mut total, mut passed, mut gaps, mut failures, mut promoted) = (0, 0, 0, 0, 0);
    let mut report = String::new();
    for (file, data) in &files {
        assert!(!data.test.is_empty(), "{file}: no cases");
        for case in &data.test {
            validate(file, case, &mut names);
            if !case.name.contains(filter.as_str()) {
                continue;
            }
            total += 1;
            let outcome = run(&extractor, file, case);
            let at = format!("{}: {}", outcome.file, outcome.name);
            if show {
                let _ = writeln!(report, "[show] {at}\n{}", outcome.actual);
            }
            if !outcome.broken.is_empty() {
                failures += 1;
                let _ =
                    writeln!(report, "FAIL  {at}: broken invariants\n    {}", outcome.broken.join("\n    "));
                continue;
            }
            match (&outcome.known_gap, outcome.problems.is_empty()) {
                (None, true) => passed += 1,
                (Some(reason), true) => {
                    promoted += 1;
                    let _ = writeln!(
                        report,
                        "ERROR {at}: known_gap case now passes; remove known_gap ({reason})"
                    );
                }
                (Some(reason), false) => {
                    gaps += 1;
                    let _ = writeln!(report, "GAP   {at}: {reason}\n    {}", outcome.problems.join("\n    "));
                }
                (None, false) => {
                    failures += 1;
                    let _ = writeln!(
                        report,
                        "FAIL  {at}\n    {}\n    actual:\n{}",
                        outcome.problems.join("\n    "),
                        outcome.actual
                    );
                }
            }
        }
    }
    let _ = writeln!(
        report,
        "corpus: {total} cases, {passed} pass, {gaps} known gaps, {promoted} known gaps now passing, {failures} failures"
    );
    // Written to stderr directly, past the test harness's capture, so that
    // known gaps and promoted gaps show in every run.
    let _ = std::io::stderr().lock().write_all(report.as_bytes());
    if !filter.is_empty() {
        assert!(total > 0, "no case matches ISNAD_CORPUS_FILTER={filter:?}");
    }
    assert_eq!(failures, 0, "{failures} corpus cases fail (see the report above)");
}
