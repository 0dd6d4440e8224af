//! `isnad eval GOLD_DIR`: the reference scorer (`shared/tools/score.py`),
//! ported line for line so that both give the same figures on the same
//! output: the same normalisation of texts and names, the same matching of
//! gold and system spans in document order, the same counters and ratios,
//! and the same printed lines and JSON keys.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context;
use isnad::jsonl::DocId;
use isnad::{Attribution, Extractor};
use rayon::prelude::*;
use serde::Deserialize;

/// An answer with more words than this is not a speaker (score.py's `MAX_SPEAKER_WORDS`).
const MAX_SPEAKER_WORDS: usize = 12;

/// Characters `norm_text` strips from both ends (score.py's `MARKS`).
const MARKS: &[char] = &['«', '»', '“', '”', '„', '‟', '"', '\'', '‹', '›', '‘', '’'];

/// Characters `norm_name` turns into spaces (score.py's `PUNCT`).
const PUNCT: &[char] = &[
    '«', '»', '“', '”', '„', '‟', '"', '\'', '‹', '›', '‘', '’', '(', ')', '[', ']', '{', '}', '.', ',', ':',
    ';', '!', '?', '؟', '،', '؛', '…', '-', '–', '—',
];

/// Python's `str.isspace`, which `str.split()` and `str.strip()` use.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn py_split(s: &str) -> impl Iterator<Item = &str> {
    s.split(is_py_space).filter(|w| !w.is_empty())
}

/// score.py's `DIACRITICS`: `[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]`.
fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}' | '\u{0640}')
}

/// score.py's `norm_text`: trimmed of spaces, then of marks; spaces collapsed.
pub fn norm_text(s: &str) -> String {
    let s = s.trim_matches(is_py_space).trim_matches(MARKS);
    py_split(s).collect::<Vec<_>>().join(" ")
}

/// score.py's `norm_name`: the words of a name without diacritics, with
/// alef forms, `ى` and `ة` folded and punctuation as spaces.
pub fn norm_name(s: &str) -> Vec<String> {
    let folded: String = s
        .chars()
        .filter(|&c| !is_diacritic(c))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c if PUNCT.contains(&c) => ' ',
            c => c,
        })
        .collect();
    py_split(&folded).map(str::to_owned).collect()
}

/// score.py's `speaker_ok`: no answer when the gold has none; otherwise an
/// answer of at most 12 words in which an accepted name stands as whole words.
pub fn speaker_ok(system: Option<&str>, accepted: &[String]) -> bool {
    if accepted.is_empty() {
        return system.is_none();
    }
    let Some(system) = system else { return false };
    let words = norm_name(system);
    if words.is_empty() || words.len() > MAX_SPEAKER_WORDS {
        return false;
    }
    accepted.iter().any(|a| {
        let aw = norm_name(a);
        !aw.is_empty() && words.windows(aw.len()).any(|w| w == aw.as_slice())
    })
}

/// One gold span.
#[derive(Debug, Deserialize)]
struct Gold {
    text: String,
    kind: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    speaker: Vec<String>,
}

fn null_as_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(Option::<Vec<String>>::deserialize(d)?.unwrap_or_default())
}

#[derive(Debug, Deserialize)]
struct GoldFile {
    quotes: Vec<Gold>,
}

/// One system span, as score.py reads it.
struct System {
    text: String,
    kind: String,
    speaker: Option<String>,
}

impl System {
    fn new(a: &Attribution<'_>) -> System {
        System {
            text: a.text().to_owned(),
            kind: a.kind().name().to_owned(),
            speaker: a.speaker().map(|s| s.text().to_owned()).filter(|s| !s.is_empty()),
        }
    }

    fn is_speech(&self) -> bool {
        self.kind == "speech"
    }
}

/// score.py's `match`: pairs gold and system spans of equal text, in document order.
fn pair(gold: &[Gold], system: &[System]) -> Vec<(usize, usize)> {
    let mut used = vec![false; system.len()];
    let mut pairs = Vec::new();
    let system_texts: Vec<String> = system.iter().map(|s| norm_text(&s.text)).collect();
    for (gi, g) in gold.iter().enumerate() {
        let gt = norm_text(&g.text);
        if let Some(si) = (0..system.len()).find(|&si| !used[si] && system_texts[si] == gt) {
            used[si] = true;
            pairs.push((gi, si));
        }
    }
    pairs
}

/// The figures score.py reports, in its order (the `--json` keys).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Metrics {
    pub docs: u64,
    pub gold_spans: u64,
    pub sys_spans: u64,
    pub spans_matched: u64,
    pub gold_speech: u64,
    pub sys_speech: u64,
    pub speech_tp: u64,
    pub speaker_ok: u64,
    pub kind_ok: u64,
    pub missing_docs: u64,
    pub span_recall: f64,
    pub span_precision: f64,
    pub kind_accuracy: f64,
    pub speech_precision: f64,
    pub speech_recall: f64,
    pub speech_f1: f64,
    pub speaker_accuracy: f64,
    pub speaker_tightness: f64,
    pub attribution_precision: f64,
    pub attribution_recall: f64,
    pub attribution_f1: f64,
}

impl Metrics {
    /// A ratio by its name (as `--min` names it).
    pub fn get(&self, name: &str) -> Option<f64> {
        Some(match name {
            "span_recall" => self.span_recall,
            "span_precision" => self.span_precision,
            "kind_accuracy" => self.kind_accuracy,
            "speech_precision" => self.speech_precision,
            "speech_recall" => self.speech_recall,
            "speech_f1" => self.speech_f1,
            "speaker_accuracy" => self.speaker_accuracy,
            "speaker_tightness" => self.speaker_tightness,
            "attribution_precision" => self.attribution_precision,
            "attribution_recall" => self.attribution_recall,
            "attribution_f1" => self.attribution_f1,
            _ => return None,
        })
    }

    /// `json.dumps(m, ensure_ascii=False)` of score.py, byte for byte.
    pub fn to_json(&self) -> String {
        let ints = [
            ("docs", self.docs),
            ("gold_spans", self.gold_spans),
            ("sys_spans", self.sys_spans),
            ("spans_matched", self.spans_matched),
            ("gold_speech", self.gold_speech),
            ("sys_speech", self.sys_speech),
            ("speech_tp", self.speech_tp),
            ("speaker_ok", self.speaker_ok),
            ("kind_ok", self.kind_ok),
            ("missing_docs", self.missing_docs),
        ];
        let mut parts: Vec<String> = ints.iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
        for name in super::args::METRICS {
            parts.push(format!("\"{name}\": {}", py_float(self.get(name).unwrap_or(0.0))));
        }
        format!("{{{}}}", parts.join(", "))
    }

    /// The lines score.py prints.
    pub fn report(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "documents {} (without output: {}), gold spans {}, gold speech {}",
            self.docs, self.missing_docs, self.gold_spans, self.gold_speech
        );
        let _ =
            writeln!(out, "spans       recall {:.3}  precision {:.3}", self.span_recall, self.span_precision);
        let _ = writeln!(out, "kind        accuracy {:.3} on matched spans", self.kind_accuracy);
        let _ = writeln!(
            out,
            "speech      precision {:.3}  recall {:.3}  F1 {:.3}",
            self.speech_precision, self.speech_recall, self.speech_f1
        );
        let _ = writeln!(
            out,
            "speaker     accuracy {:.3} on detected speech; tightness {:.3} (share of a right answer's words that name the speaker)",
            self.speaker_accuracy, self.speaker_tightness
        );
        let _ = writeln!(
            out,
            "attribution precision {:.3}  recall {:.3}  F1 {:.3}",
            self.attribution_precision, self.attribution_recall, self.attribution_f1
        );
        out
    }
}

/// Python's `repr` of a float.
fn py_float(v: f64) -> String {
    let s = format!("{v:?}");
    match s.split_once('e') {
        None => s,
        Some((mantissa, exp)) => {
            let (sign, digits) = exp.strip_prefix('-').map_or(("+", exp), |d| ("-", d));
            format!("{mantissa}e{sign}{digits:0>2}")
        }
    }
}

/// Python's `repr` of a string (`'…'`), for the messages of `--verbose`.
/// Printable is approximated: control, format, separator and private-use
/// characters are escaped.
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !py_printable(c) => {
                let n = c as u32;
                let _ = match n {
                    0..=0xff => write!(out, "\\x{n:02x}"),
                    0x100..=0xffff => write!(out, "\\u{n:04x}"),
                    _ => write!(out, "\\U{n:08x}"),
                };
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn py_printable(c: char) -> bool {
    let n = c as u32;
    !(c.is_control()
        || (is_py_space(c) && c != ' ')
        || matches!(n, 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x890..=0x891 | 0x8e2 | 0x180e)
        || matches!(n, 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff | 0xfff9..=0xfffb)
        || matches!(n, 0xe000..=0xf8ff | 0xf0000.. | 0xe0001 | 0xe0020..=0xe007f)
        || (n & 0xfffe) == 0xfffe
        || (0xfdd0..=0xfdef).contains(&n))
}

/// Python's `s[:n]` for a `str`.
fn head(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// The list repr `g.get("speaker", [])[:1]`.
fn first_speaker(g: &Gold) -> String {
    match g.speaker.first() {
        Some(s) => format!("[{}]", py_repr(s)),
        None => "[]".to_owned(),
    }
}

/// What eval found: the metrics, the error lines of `--verbose`, and the
/// texts that could not be read.
pub struct Outcome {
    pub metrics: Metrics,
    pub errors: Vec<String>,
    pub unreadable: Vec<(String, String)>,
}

/// Scores `extractor` on every NAME.gold.json of `dir` with its NAME.txt.
///
/// # Errors
///
/// An unreadable directory or gold file.
pub fn evaluate(dir: &Path, extractor: &Extractor, pool: &rayon::ThreadPool) -> anyhow::Result<Outcome> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .with_context(|| format!("{}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let names: Vec<&str> = names.iter().filter_map(|f| f.strip_suffix(".gold.json")).collect();

    type DocResult = anyhow::Result<(Vec<Gold>, Option<Vec<System>>, Option<String>)>;
    let docs: Vec<DocResult> = pool.install(|| {
        names
            .par_iter()
            .map(|name| {
                let gold_path = dir.join(format!("{name}.gold.json"));
                let gold = std::fs::read(&gold_path).with_context(|| format!("{}", gold_path.display()))?;
                let gold: GoldFile = serde_json::from_slice(&gold)
                    .with_context(|| format!("{}: not a gold annotation file", gold_path.display()))?;
                let text_path = dir.join(format!("{name}.txt"));
                if !text_path.exists() {
                    return Ok((gold.quotes, None, None));
                }
                let doc = DocId::Text(text_path.display().to_string());
                let system = super::input::read_text(&text_path).and_then(|text| {
                    super::input::guard(&doc, || {
                        extractor.extract(&text).attributions().iter().map(System::new).collect::<Vec<_>>()
                    })
                    .map_err(|f| f.error)
                });
                match system {
                    Ok(system) => Ok((gold.quotes, Some(system), None)),
                    Err(e) => Ok((gold.quotes, Some(Vec::new()), Some(format!("{doc}: {e}")))),
                }
            })
            .collect()
    });

    let mut m = Metrics::default();
    let mut tightness: Vec<f64> = Vec::new();
    let mut errors = Vec::new();
    let mut unreadable = Vec::new();
    for (name, doc) in names.iter().zip(docs) {
        let (gold, system, problem) = doc?;
        if let Some(p) = problem {
            unreadable.push((name.to_string(), p));
        }
        m.docs += 1;
        let system = system.unwrap_or_else(|| {
            m.missing_docs += 1;
            Vec::new()
        });
        m.gold_spans += gold.len() as u64;
        m.sys_spans += system.len() as u64;
        m.gold_speech += gold.iter().filter(|g| g.kind == "speech").count() as u64;
        m.sys_speech += system.iter().filter(|s| s.is_speech()).count() as u64;
        let pairs = pair(&gold, &system);
        m.spans_matched += pairs.len() as u64;
        let mut matched_g = vec![false; gold.len()];
        let mut matched_s = vec![false; system.len()];
        for &(gi, si) in &pairs {
            matched_g[gi] = true;
            matched_s[si] = true;
        }
        for (gi, g) in gold.iter().enumerate() {
            if !matched_g[gi] {
                errors.push(format!("{name}: missed span ({}) «{}»", g.kind, head(&g.text, 70)));
            }
        }
        for (si, s) in system.iter().enumerate() {
            if !matched_s[si] {
                errors.push(format!("{name}: spurious span ({}) «{}»", s.kind, head(&s.text, 70)));
            }
        }
        for &(gi, si) in &pairs {
            let (g, s) = (&gold[gi], &system[si]);
            let (gs, ss) = (g.kind == "speech", s.is_speech());
            m.kind_ok += u64::from(gs == ss);
            if gs != ss {
                errors.push(format!("{name}: kind {} for {} «{}»", s.kind, g.kind, head(&g.text, 70)));
            }
            if gs && ss {
                m.speech_tp += 1;
                if speaker_ok(s.speaker.as_deref(), &g.speaker) {
                    m.speaker_ok += 1;
                    if !g.speaker.is_empty() {
                        let known: std::collections::HashSet<String> =
                            g.speaker.iter().flat_map(|a| norm_name(a)).collect();
                        let words = norm_name(s.speaker.as_deref().unwrap_or(""));
                        let hits = words.iter().filter(|w| known.contains(*w)).count();
                        tightness.push(hits as f64 / words.len() as f64);
                    }
                } else {
                    let answer = s.speaker.as_deref().map_or_else(|| "None".to_owned(), py_repr);
                    errors.push(format!(
                        "{name}: speaker {answer} for {} «{}»",
                        first_speaker(g),
                        head(&g.text, 50)
                    ));
                }
            }
        }
    }

    let ratio = |a: f64, b: f64| if b != 0.0 { a / b } else { 0.0 };
    let f1 = |p: f64, r: f64| {
        if p + r != 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    };
    let sp = ratio(m.speech_tp as f64, m.sys_speech as f64);
    let sr = ratio(m.speech_tp as f64, m.gold_speech as f64);
    let ap = ratio(m.speaker_ok as f64, m.sys_speech as f64);
    let ar = ratio(m.speaker_ok as f64, m.gold_speech as f64);
    m.span_recall = ratio(m.spans_matched as f64, m.gold_spans as f64);
    m.span_precision = ratio(m.spans_matched as f64, m.sys_spans as f64);
    m.kind_accuracy = ratio(m.kind_ok as f64, m.spans_matched as f64);
    m.speech_precision = sp;
    m.speech_recall = sr;
    m.speech_f1 = f1(sp, sr);
    m.speaker_accuracy = ratio(m.speaker_ok as f64, m.speech_tp as f64);
    m.speaker_tightness = ratio(tightness.iter().fold(0.0, |a, b| a + b), tightness.len() as f64);
    m.attribution_precision = ap;
    m.attribution_recall = ar;
    m.attribution_f1 = f1(ap, ar);
    Ok(Outcome { metrics: m, errors, unreadable })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_as_in_score_py() {
        assert_eq!(norm_text("  «نعم   لا»\u{1f} "), "نعم لا");
        assert_eq!(norm_text("\"'x'\""), "x");
        assert_eq!(norm_name("الوزيرُ أحمد، (إبراهيم) مُصطفى"), ["الوزير", "احمد", "ابراهيم", "مصطفي"]);
        assert_eq!(norm_name("قناةـ «الجزيرة»"), ["قناه", "الجزيره"]);
    }

    #[test]
    fn speaker_rules() {
        let accepted = vec!["سامي حداد".to_owned(), "الوزير".to_owned()];
        assert!(speaker_ok(Some("وزير الخارجية سامي حداد"), &accepted));
        assert!(speaker_ok(Some("الوزير"), &accepted));
        assert!(!speaker_ok(Some("حداد"), &accepted));
        assert!(!speaker_ok(None, &accepted));
        assert!(speaker_ok(None, &[]));
        assert!(!speaker_ok(Some("أحد"), &[]));
        let long = format!("{} سامي حداد", "كلمة ".repeat(11));
        assert!(!speaker_ok(Some(&long), &accepted));
    }

    #[test]
    fn python_reprs() {
        assert_eq!(py_float(0.5), "0.5");
        assert_eq!(py_float(1.0), "1.0");
        assert_eq!(py_float(0.0), "0.0");
        assert_eq!(py_float(1.5e-7), "1.5e-07");
        assert_eq!(py_float(1e16), "1e+16");
        assert_eq!(py_repr("الوزير"), "'الوزير'");
        assert_eq!(py_repr("it's"), "\"it's\"");
        assert_eq!(py_repr("a'\"b\\\n\u{200f}"), "'a\\'\"b\\\\\\n\\u200f'");
        assert_eq!(head("أبجد", 2), "أب");
        assert_eq!(head("أب", 5), "أب");
    }
}
