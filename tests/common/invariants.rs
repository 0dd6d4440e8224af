//! What every output of isnad must satisfy, whatever the input.
//!
//! One implementation, shared by the tests (through `tests/common/mod.rs`)
//! and by the fuzz targets (which include this file with `#[path]`), so that
//! a fuzz finding replayed by `tests/fuzz_regressions.rs` is judged by the
//! very same checks. Each check panics with a message naming the broken
//! invariant; it depends on nothing but `isnad` and `serde_json`.
#![allow(dead_code)]

use isnad::{Document, Extractor, Mark, ParagraphBreak, Quote, Scanner, Span};

/// The family a quotation-mark character belongs to.
pub fn family(c: char) -> Option<Mark> {
    Some(match c {
        '«' | '»' => Mark::Guillemet,
        '“' | '”' | '„' => Mark::Curly,
        '"' => Mark::Straight,
        '‹' | '›' => Mark::Angle,
        '﴿' | '﴾' => Mark::Ornate,
        _ => return None,
    })
}

/// A character that ends a line (and so, by default, a paragraph).
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// What a message is about: `quote 3`, `attribution 2 speaker`; formatted
/// only when a check fails.
#[derive(Clone, Copy, Debug)]
pub struct Label(pub &'static str, pub usize, pub &'static str);

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.0, self.1)?;
        if !self.2.is_empty() {
            write!(f, " {}", self.2)?;
        }
        Ok(())
    }
}

/// `span` lies inside `text` and on `char` boundaries.
pub fn check_span(text: &str, span: Span, what: Label) {
    assert!(span.start <= span.end, "{what}: inverted span {span:?}");
    assert!(span.end <= text.len(), "{what}: span {span:?} past the end ({})", text.len());
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
}

/// The byte range of `piece` inside `text`, when `piece` borrows from it.
fn borrowed_range(text: &str, piece: &str) -> Option<core::ops::Range<usize>> {
    let base = text.as_ptr() as usize;
    let at = piece.as_ptr() as usize;
    (at >= base && at + piece.len() <= base + text.len() && !piece.is_empty())
        .then(|| at - base..at - base + piece.len())
}

/// A piece of a record (speaker name, mention, cue, entity name): its span
/// lies in the text, and when its text borrows the document, it is the
/// slice its span names.
fn check_piece(text: &str, piece: &str, span: Span, what: Label) {
    check_span(text, span, what);
    if borrowed_range(text, piece).is_some() {
        assert_eq!(&text[span], piece, "{what}: borrowed text is not the slice at {span:?}");
    }
}

/// The mark at `span` is one character of family `mark`.
fn check_mark(text: &str, span: Span, mark: Mark, what: Label) {
    check_span(text, span, what);
    let s = &text[span];
    let mut chars = s.chars();
    let c = chars.next();
    assert!(c.is_some() && chars.next().is_none(), "{what}: {s:?} at {span:?} is not one character");
    assert_eq!(c.and_then(family), Some(mark), "{what}: {s:?} at {span:?} is not a mark of family {mark:?}");
}

/// Whether `text[at..]` starts with a blank line as the scanner reads one:
/// a line break, spaces or tabs, and another line break. Returns its length.
fn blank_line_at(text: &str, at: usize) -> Option<usize> {
    fn line_break(s: &str) -> Option<usize> {
        if s.starts_with("\r\n") {
            return Some(2);
        }
        s.chars().next().filter(|&c| is_line_break(c)).map(char::len_utf8)
    }
    let rest = &text[at..];
    let first = line_break(rest)?;
    let spaces = rest[first..].len() - rest[first..].trim_start_matches([' ', '\t']).len();
    let second = line_break(&rest[first + spaces..])?;
    Some(first + spaces + second)
}

/// Where the paragraph breaks of `text` stand, in order: every line break,
/// or every blank line (one starting at each line break).
fn paragraph_breaks(text: &str, rule: ParagraphBreak) -> Vec<Span> {
    let mut breaks = Vec::new();
    for (at, c) in text.char_indices() {
        if !is_line_break(c) {
            continue;
        }
        let len = match rule {
            ParagraphBreak::Line => Some(c.len_utf8()),
            _ => blank_line_at(text, at),
        };
        if let Some(len) = len {
            breaks.push(Span::new(at, at + len));
        }
    }
    breaks
}

/// Whether `piece` is the slice of `text` at `span`: the same bytes, found
/// in constant time when `piece` borrows that very slice.
fn is_slice_at(text: &str, span: Span, piece: &str) -> bool {
    let slice = &text[span];
    (slice.as_ptr() == piece.as_ptr() && slice.len() == piece.len()) || slice == piece
}

/// Checks the scanner's output for `text` (scanned with nesting bound
/// `max_depth` and paragraphs ended by `rule`):
///
/// - every span (text, opening and closing mark) lies in the text on char
///   boundaries, `as_str()` is `&text[span]`;
/// - the opening mark stands right before the text, the closing mark right
///   after it, and both are one mark character of the quotation's family,
///   except for a closing mark shared with a nested quotation of another
///   family (`“قال: «نعم».` at the end of a paragraph closes both);
/// - quotations come in the order of their opening marks;
/// - nesting is well formed: a parent comes before its child, the child's
///   depth is the parent's plus one, its marks lie inside the parent's, and
///   two quotations either nest or do not overlap; depth stays under `max_depth`;
/// - a continued quotation is an earlier unclosed top-level one of the same marks;
/// - no quotation runs over a paragraph break.
pub fn check_quotes(text: &str, quotes: &[Quote<'_>], max_depth: usize, rule: ParagraphBreak) {
    let breaks = paragraph_breaks(text, rule);
    // The quotations open around the one being checked, innermost last.
    let mut open: Vec<usize> = Vec::new();
    // Closing marks of each quotation's own family (or one typed for it:
    // “…"), by position and family: the only marks another (enclosing)
    // quotation may share.
    let own_closes: std::collections::HashMap<usize, Mark> = quotes
        .iter()
        .filter_map(|q| {
            let close = q.close()?;
            let c = text.get(close.range()).and_then(|s| s.chars().next()).and_then(family)?;
            (c == q.mark() || typed_for(q.mark(), c)).then_some((close.start, c))
        })
        .collect();
    for (i, q) in quotes.iter().enumerate() {
        let what = Label("quote", i, "");
        let span = q.span();
        check_span(text, span, what);
        assert!(is_slice_at(text, span, q.as_str()), "{what}: as_str() is not the slice at {span:?}");
        check_mark(text, q.open(), q.mark(), Label("quote", i, "opening mark"));
        assert_eq!(q.open().end, span.start, "{what}: the opening mark does not touch the text");
        if let Some(close) = q.close() {
            let c = text.get(close.range()).and_then(|s| s.chars().next()).and_then(family);
            if c.is_some() && c != Some(q.mark()) {
                // one mark closing a quotation and the one around it, of another
                // family; or a mark outlets type for another (“…", «…")
                let shared = own_closes.get(&close.start);
                let mixed_up = c.is_some_and(|c| typed_for(q.mark(), c));
                assert!(
                    mixed_up || shared == c.as_ref(),
                    "{what}: closing mark {close:?} of another family, not shared with a nested quotation"
                );
            } else {
                check_mark(text, close, q.mark(), Label("quote", i, "closing mark"));
            }
            assert_eq!(close.start, span.end, "{what}: the closing mark does not touch the text");
        }
        let outer = q.outer();
        assert_eq!(outer.start, q.open().start, "{what}: outer() does not start at the opening mark");
        if i > 0 {
            let prev = quotes[i - 1].open();
            assert!(prev.end <= q.open().start, "{what}: not in the order of opening marks");
        }
        assert!(q.depth() < max_depth, "{what}: depth {} reaches the bound {max_depth}", q.depth());
        // nesting: leave every quotation that does not enclose this one
        while let Some(&top) = open.last() {
            if Some(top) == q.parent() {
                break;
            }
            let ended = quotes[top].outer().end;
            assert!(ended <= q.open().start, "{what} overlaps quote {top} without nesting in it");
            open.pop();
        }
        match q.parent() {
            None => assert_eq!(q.depth(), 0, "{what}: top-level quotation with depth {}", q.depth()),
            Some(p) => {
                assert!(p < i, "{what}: parent {p} does not come before it");
                assert_eq!(open.last(), Some(&p), "{what}: parent {p} is not the quotation open around it");
                let parent = &quotes[p];
                assert_eq!(q.depth(), parent.depth() + 1, "{what}: depth is not its parent's plus one");
                assert!(parent.span().start <= q.open().start, "{what}: opens before its parent's text");
                assert!(
                    parent.outer().contains(outer),
                    "{what}: {outer:?} not inside parent {p} {:?}",
                    parent.outer()
                );
            }
        }
        open.push(i);
        if let Some(c) = q.continues() {
            assert!(c < i, "{what}: continues a later quotation {c}");
            let earlier = &quotes[c];
            assert_eq!(earlier.mark(), q.mark(), "{what}: continues a quotation of other marks");
            assert!(!earlier.is_closed(), "{what}: continues a closed quotation");
            assert_eq!((q.depth(), earlier.depth()), (0, 0), "{what}: a continuation is not top level");
        }
        // paragraphs: the first break at or after the opening mark ends
        // after the quotation (breaks are sorted by start and by end alike)
        let next = breaks.partition_point(|b| b.start < outer.start);
        if let Some(b) = breaks.get(next) {
            assert!(b.end > outer.end, "{what}: {outer:?} runs over the paragraph break at {b:?}");
        }
    }
}

/// Scans `text` with `scanner` and checks the result (see [`check_quotes`]);
/// also checks that [`Scanner::scan_into`] appending to a buffer that holds
/// other quotations gives the same quotations, with indices shifted.
pub fn check_scan(text: &str, scanner: &Scanner, rule: ParagraphBreak) {
    let quotes = scanner.scan(text);
    check_quotes(text, &quotes, scanner.depth_limit(), rule);
    let mut buffer = Scanner::new().scan("«أ» «ب»");
    let before = buffer.len();
    scanner.scan_into(text, &mut buffer);
    assert_eq!(buffer.len(), before + quotes.len(), "scan_into: another number of quotations");
    for (a, b) in quotes.iter().zip(&buffer[before..]) {
        assert_eq!((a.span(), a.open(), a.close(), a.mark()), (b.span(), b.open(), b.close(), b.mark()));
        assert_eq!(a.parent().map(|p| p + before), b.parent(), "scan_into: parent index not shifted");
        assert_eq!(
            a.continues().map(|p| p + before),
            b.continues(),
            "scan_into: continues index not shifted"
        );
    }
}

/// Checks a document extracted from `text` by `ex` (whose paragraphs end
/// by `rule`):
///
/// - its attributions are the scanner's quotations (same spans, marks,
///   nesting), so [`check_quotes`] holds for them too;
/// - confidences are numbers in `0..=1`;
/// - speaker, mention, cue and entity spans lie in the text on char
///   boundaries, and their text is the slice they name when it borrows the
///   text (cue texts always do);
/// - entity and quotation indices are in range, a speaker with an entity
///   bears its name, and the table and
///   the speakers agree ([`check_entity_links`]).
pub fn check_document(text: &str, ex: &Extractor, doc: &Document<'_>, rule: ParagraphBreak) {
    let quotes = ex.quotes(text);
    check_quotes(text, &quotes, ex.scanner().depth_limit(), rule);
    let atts = doc.attributions();
    assert_eq!(atts.len(), quotes.len(), "the document has another number of quotations than the scanner");
    let speakers = doc.speakers();
    for (i, (a, q)) in atts.iter().zip(&quotes).enumerate() {
        let what = Label("attribution", i, "");
        assert_eq!(a.span(), q.span(), "{what}: span differs from the scanner's");
        assert!(is_slice_at(text, q.span(), a.text()), "{what}: text differs from the scanner's");
        assert_eq!(
            (a.open(), a.close(), a.mark(), a.depth(), a.parent()),
            (q.open(), q.close(), q.mark(), q.depth(), q.parent()),
            "{what}: marks or nesting differ from the scanner's"
        );
        assert_eq!(a.is_closed(), q.is_closed(), "{what}");
        assert_eq!(a.is_speech(), a.kind().is_speech(), "{what}");
        let c = a.confidence();
        assert!((0.0..=1.0).contains(&c), "{what}: confidence {c} outside 0..=1");
        if let Some(cue) = a.cue() {
            check_span(text, cue.span(), Label("attribution", i, "cue"));
            assert_eq!(&text[cue.span()], cue.text(), "{what}: cue text is not the slice at its span");
        }
        if let Some(s) = a.speaker() {
            check_piece(text, s.text(), s.span(), Label("attribution", i, "speaker"));
            if let Some(m) = s.mention() {
                check_piece(text, m.text(), m.span(), Label("attribution", i, "speaker mention"));
            }
            if let Some(e) = s.entity() {
                assert!(e < speakers.len(), "{what}: entity {e} out of the table of {}", speakers.len());
                assert_eq!(s.text(), speakers[e].name(), "{what}: speaker text is not its entity's name");
            }
        }
    }
    check_entity_links(doc);
    for (e, entity) in speakers.iter().enumerate() {
        let what = Label("entity", e, "");
        check_piece(text, entity.name(), entity.span(), what);
        for m in entity.mentions() {
            check_piece(text, m.text(), m.span(), Label("entity", e, "mention"));
        }
        for &q in entity.quotes() {
            assert!(q < atts.len(), "{what}: quotation {q} out of {}", atts.len());
        }
    }
}

/// The speaker table and the speakers agree: a quotation whose speaker has
/// an entity is listed by that entity, and an entity's quotations have it
/// as their speaker's entity.
pub fn check_entity_links(doc: &Document<'_>) {
    let speakers = doc.speakers();
    let atts = doc.attributions();
    for (i, a) in atts.iter().enumerate() {
        if let Some(e) = a.speaker().and_then(|s| s.entity()) {
            let listed = speakers.get(e).map(|entity| entity.quotes());
            assert!(
                listed.is_some_and(|q| q.contains(&i)),
                "attribution {i}: speaker's entity {e} does not list the quotation ({listed:?})"
            );
        }
    }
    for (e, entity) in speakers.iter().enumerate() {
        for &q in entity.quotes() {
            let named = atts.get(q).and_then(|a| a.speaker()).and_then(|s| s.entity());
            assert_eq!(
                named,
                Some(e),
                "entity {e}: lists quotation {q}, whose speaker's entity is {named:?}"
            );
        }
    }
}

/// Extracts `text` with `ex`, checks the document ([`check_document`]),
/// that a second extraction gives the same JSON, and that the JSON reads
/// back to a document that writes the same JSON. Returns the document for further checks.
pub fn check_extract<'h>(text: &'h str, ex: &Extractor, rule: ParagraphBreak) -> Document<'h> {
    let doc = ex.extract(text);
    check_document(text, ex, &doc, rule);
    let json = serde_json::to_string(&doc).expect("a document serialises");
    let again = serde_json::to_string(&ex.extract(text)).expect("a document serialises");
    assert!(json == again, "extraction is not deterministic:\n{json}\n{again}");
    // confidences are written with three decimals: compare JSON, not documents
    let back: Document<'_> = serde_json::from_str(&json).expect("the JSON of a document reads back");
    let rewritten = serde_json::to_string(&back).expect("a document serialises");
    assert!(rewritten == json, "the JSON of the document does not read back to itself:\n{json}\n{rewritten}");
    doc
}

/// Checks the tokens of `text`: in order, non-overlapping, each the slice
/// at its span and not empty; every character no token covers is
/// whitespace (line breaks excepted: they are tokens) or one that folding
/// removes (an invisible character or a diacritic standing alone);
/// `folded()` is [`isnad::fold`] of the token.
pub fn check_tokens(text: &str) {
    let mut covered_to = 0;
    let mut folded = String::new();
    for (n, t) in isnad::tokens(text).enumerate() {
        let what = Label("token", n, "");
        let span = t.span();
        check_span(text, span, what);
        assert!(!span.is_empty(), "{what}: empty token at {span:?}");
        assert!(span.start >= covered_to, "{what}: {span:?} overlaps or precedes the token before");
        assert!(is_slice_at(text, span, t.as_str()), "{what}: as_str() is not the slice at {span:?}");
        for c in text[covered_to..span.start].chars() {
            let skippable = (c.is_whitespace() && !is_line_break(c)) || isnad::is_foldable_mark(c);
            assert!(skippable, "{what}: {c:?} before it is covered by no token");
        }
        let s = t.as_str();
        match t.kind() {
            isnad::TokenKind::Break => {
                assert!(
                    s == "\r\n" || (s.chars().count() == 1 && s.chars().all(is_line_break)),
                    "{what}: break {s:?}"
                )
            }
            isnad::TokenKind::Mark => {
                assert!(
                    s.chars().count() == 1 && s.chars().all(|c| family(c).is_some()),
                    "{what}: mark {s:?}"
                )
            }
            isnad::TokenKind::Punct => {
                assert_eq!(s.chars().count(), 1, "{what}: punctuation {s:?}")
            }
            _ => assert!(!s.contains(char::is_whitespace), "{what}: word {s:?} holds whitespace"),
        }
        assert_eq!(t.folded(), isnad::fold(s), "{what}: folded() is not fold()");
        isnad::fold_into(s, &mut folded);
        assert_eq!(folded, isnad::fold(s), "{what}: fold_into differs from fold");
        covered_to = span.end;
    }
    for c in text[covered_to..].chars() {
        let skippable = (c.is_whitespace() && !is_line_break(c)) || isnad::is_foldable_mark(c);
        assert!(skippable, "{c:?} at the end is covered by no token");
    }
}

/// Checks folding on `text`: `fold_into` agrees with `fold` (also into a
/// buffer holding other text), and folding twice changes nothing more.
pub fn check_fold(text: &str) {
    let once = isnad::fold(text);
    let mut buf = String::from("قديم");
    isnad::fold_into(text, &mut buf);
    assert_eq!(buf, once, "fold_into differs from fold");
    let twice = isnad::fold(&once);
    assert_eq!(twice, once, "folding is not idempotent");
}

/// Fuzz inputs longer than this are skipped: they only slow the fuzzer.
pub const MAX_INPUT: usize = 1 << 20;

/// Cue lexicon lines an `extract` case may add to the default lexicon,
/// with whether the builder must accept them.
pub const EXTRA_CUES: &[(&str, bool)] = &[
    ("verb فضفض present=فضفض participle=مفضفض", true),
    ("nominal بشهادة", true),
    ("nominal على+لسان", true),
    ("relay نقلا+عن", true),
    ("verb قال present=قول", true),
    ("forms نادى نادى:3ms نادت:3fs", true),
    ("verb", false),
    ("unknown قال", false),
    ("verb قال class=foo", false),
    ("verb قال present", false),
];

/// One case of the `extract` fuzz target: options, then the text.
///
/// [`ExtractCase::decode`] reads the input bytes exactly as the target's
/// `#[derive(Arbitrary)]` struct does (one byte per `u8`, the low bit of a
/// byte per `bool`, a `bool` before an `Option`'s value, zeros once the
/// bytes run out, and the valid UTF-8 prefix of the rest as the text); the
/// target asserts that the two agree, so `tests/fuzz_regressions.rs` can
/// replay its findings without the `arbitrary` crate. `ornate` is the
/// second bit of the `blank_line` byte, which the derive does not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtractCase<'a> {
    pub max_depth: u8,
    pub blank_line: bool,
    pub ornate: bool,
    pub discourse: bool,
    pub uncued_speech_words: u8,
    pub cues: Option<u8>,
    pub text: &'a str,
}

impl<'a> ExtractCase<'a> {
    pub fn decode(data: &'a [u8]) -> ExtractCase<'a> {
        let mut rest = data;
        let mut byte = || match rest.split_first() {
            Some((&b, tail)) => {
                rest = tail;
                b
            }
            None => 0,
        };
        let max_depth = byte();
        let paragraphs = byte();
        let (blank_line, ornate) = (paragraphs & 1 == 1, paragraphs & 2 == 2);
        let discourse = byte() & 1 == 1;
        let uncued_speech_words = byte();
        let cues = if byte() & 1 == 1 { Some(byte()) } else { None };
        let text = match std::str::from_utf8(rest) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).expect("valid prefix"),
        };
        ExtractCase { max_depth, blank_line, ornate, discourse, uncued_speech_words, cues, text }
    }

    /// The paragraph rule the case asks for.
    pub fn rule(&self) -> ParagraphBreak {
        if self.blank_line {
            ParagraphBreak::BlankLine
        } else {
            ParagraphBreak::Line
        }
    }
}

impl ExtractCase<'_> {
    /// Whether the builder must accept the case's options.
    pub fn is_valid(&self) -> bool {
        let cues_ok = self.cues.is_none_or(|i| EXTRA_CUES[usize::from(i) % EXTRA_CUES.len()].1);
        self.max_depth > 0 && self.uncued_speech_words > 0 && cues_ok
    }

    /// The extractor the case asks for, as the builder gives it.
    pub fn extractor(&self) -> Result<Extractor, isnad::Error> {
        let mut builder = Extractor::builder();
        builder
            .max_depth(usize::from(self.max_depth))
            .paragraph_break(self.rule())
            .ornate(self.ornate)
            .discourse(self.discourse)
            .uncued_speech_words(usize::from(self.uncued_speech_words));
        if let Some(i) = self.cues {
            // the same as `builder.cues(line)`, without copying the default
            // lexicon's tables on every fuzz input
            builder.lexicon(
                lexicon_with(usize::from(i) % EXTRA_CUES.len()).clone().map_err(isnad::Error::from)?,
            );
        }
        builder.build()
    }
}

/// The default lexicon extended with `EXTRA_CUES[i]`, built once.
fn lexicon_with(i: usize) -> &'static Result<isnad::Lexicon, isnad::ErrorKind> {
    static LEXICONS: std::sync::OnceLock<Vec<Result<isnad::Lexicon, isnad::ErrorKind>>> =
        std::sync::OnceLock::new();
    let all = LEXICONS.get_or_init(|| {
        EXTRA_CUES
            .iter()
            .map(|(line, _)| match Extractor::builder().cues(line).build() {
                Ok(ex) => Ok(ex.lexicon().clone()),
                Err(e) => Err(e.kind().clone()),
            })
            .collect()
    });
    &all[i]
}

/// Builds the extractor a case asks for (checking that the builder refuses
/// exactly the invalid options) and checks extraction with it.
pub fn check_extract_case(case: &ExtractCase<'_>) {
    match case.extractor() {
        Ok(ex) => {
            assert!(case.is_valid(), "the builder accepted invalid options: {case:?}");
            assert_eq!(ex.scanner().depth_limit(), usize::from(case.max_depth));
            check_extract(case.text, &ex, case.rule());
        }
        Err(e) => {
            assert!(!case.is_valid(), "the builder refused valid options: {case:?}: {e}");
            assert!(!e.to_string().is_empty(), "an error without a message");
        }
    }
}

/// The `scan` fuzz target: UTF-8 text scanned with the default options and
/// with a shallow bound, blank-line paragraphs and ornate marks ([`check_scan`]).
pub fn fuzz_scan(data: &[u8]) {
    if data.len() > MAX_INPUT {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check_scan(text, &Scanner::new(), ParagraphBreak::Line);
    let shallow = Scanner::new().max_depth(2).paragraph_break(ParagraphBreak::BlankLine).ornate(true);
    check_scan(text, &shallow, ParagraphBreak::BlankLine);
}

/// The `tokens` fuzz target: [`check_tokens`] and [`check_fold`] on UTF-8 text.
pub fn fuzz_tokens(data: &[u8]) {
    if data.len() > MAX_INPUT {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check_tokens(text);
    check_fold(text);
}

/// The `extract` fuzz target: options and text ([`ExtractCase::decode`])
/// through [`check_extract_case`].
pub fn fuzz_extract(data: &[u8]) {
    if data.len() > MAX_INPUT {
        return;
    }
    check_extract_case(&ExtractCase::decode(data));
}

/// Whether a closing mark of family `close` may end a quotation opened with
/// `open`, as the scanner allows when none of `close`'s family is open.
fn typed_for(open: Mark, close: Mark) -> bool {
    matches!(
        (open, close),
        (Mark::Curly, Mark::Straight)
            | (Mark::Straight, Mark::Curly)
            | (Mark::Guillemet, Mark::Straight | Mark::Curly)
            | (Mark::Straight | Mark::Curly, Mark::Guillemet)
    )
}
