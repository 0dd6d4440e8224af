//! Hostile inputs: pathological nesting, megabytes of one mark, a huge line,
//! a quotation never closed, every Unicode scalar value, invisible
//! characters inside cue words, NUL bytes. Each must run without a panic,
//! a stack overflow or a blow-up in memory, and give output that satisfies
//! the invariants of `tests/common/invariants.rs`.
//!
//! One test here bounds a time, generously (deep nesting under a raised
//! bound, which was quadratic); otherwise that extraction stays linear on
//! these inputs is measured by the `hostile` group of `benches/extract.rs` and
//! checked by `scripts/linear-time.sh` (in `.ci/run`). The sizes are kept
//! small enough for a debug build (a few MB for the scanner, less for the
//! whole extraction); the benches run the full sizes.

mod common;

use common::invariants::{check_extract, check_fold, check_quotes, check_scan, check_tokens};
use isnad::{fold, Extractor, ParagraphBreak, QuoteKind, Scanner, DEFAULT_MAX_DEPTH};

const MB: usize = 1_000_000;

/// Every quotation-mark character, of every family.
const MARKS: [char; 10] = ['«', '»', '"', '“', '”', '„', '‹', '›', '﴿', '﴾'];

/// Invisible characters: bidi controls, zero-width characters, the
/// byte-order mark, the soft hyphen and the Arabic letter mark.
const INVISIBLE: [char; 21] = [
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}',
    '\u{202D}', '\u{202E}', '\u{2060}', '\u{2061}', '\u{2062}', '\u{2063}', '\u{2064}', '\u{2066}',
    '\u{2067}', '\u{2068}', '\u{2069}', '\u{FEFF}', '\u{00AD}',
];

/// A composed news sentence, repeated to `bytes` with no line break and no mark.
fn prose_line(bytes: usize) -> String {
    let sentence = "وأكد المتحدث باسم البلدية أن أعمال الصيانة ستنتهي قبل نهاية الشهر المقبل، مضيفاً أن الطرق ستفتح تباعاً. ";
    sentence.repeat(bytes / sentence.len() + 1)
}

/// The text with folding applied and nothing else: how speakers compare.
fn folded(s: &str) -> String {
    fold(s).into_owned()
}

#[test]
fn nesting_100_000_deep_is_cut_at_the_depth_bound() {
    let depth = 100_000;
    let text = "«".repeat(depth) + "قال" + &"»".repeat(depth);
    let quotes = Scanner::new().scan(&text);
    assert_eq!(quotes.len(), DEFAULT_MAX_DEPTH);
    assert!(quotes.iter().all(|q| q.is_closed()));
    assert_eq!(quotes.last().map(|q| q.depth()), Some(DEFAULT_MAX_DEPTH - 1));
    check_quotes(&text, &quotes, DEFAULT_MAX_DEPTH, ParagraphBreak::Line);
    let doc = check_extract(&text, &Extractor::new(), ParagraphBreak::Line);
    assert_eq!(doc.attributions().len(), DEFAULT_MAX_DEPTH);
}

#[test]
fn nesting_100_000_deep_under_a_bound_as_deep_scans_without_recursion() {
    let depth = 100_000;
    let text = "«".repeat(depth) + "قال" + &"»".repeat(depth);
    let scanner = Scanner::new().max_depth(depth + 1);
    let quotes = scanner.scan(&text);
    assert_eq!(quotes.len(), depth);
    assert_eq!(quotes[depth - 1].as_str(), "قال");
    assert_eq!(quotes[depth - 1].parent(), Some(depth - 2));
    check_quotes(&text, &quotes, depth + 1, ParagraphBreak::Line);
    // the mirror image: the closing marks are strays, the opening ones
    // never closed run to the end of the paragraph
    let text = "»".repeat(depth) + &"«".repeat(depth);
    let quotes = scanner.scan(&text);
    assert_eq!(quotes.len(), depth);
    assert!(quotes.iter().all(|q| !q.is_closed() && q.span().end == text.len()));
    check_quotes(&text, &quotes, depth + 1, ParagraphBreak::Line);
}

/// One endless sentence of a phrase that once led to recursion (chained
/// nominal cues overflowed the stack) or to quadratic time.
#[test]
fn endless_sentences_of_risky_phrases() {
    let phrases = [
        "على لسان ",
        "بحسب ما جاء على لسان ",
        "على حد قوله ",
        "قال الوزير إن الحوار مستمر ",
        "الوزير: «نعم» ",
        "«نعم»، أكد ذلك الوزير ",
    ];
    for phrase in phrases {
        let text = phrase.repeat(200_000 / phrase.len());
        let doc = check_extract(&text, &Extractor::new(), ParagraphBreak::Line);
        assert!(doc.attributions().len() <= text.matches('«').count(), "{phrase}: quotations from nowhere");
    }
}

/// The whole extraction under a raised depth bound: once quadratic in the
/// depth (each level walked its quotation's tokens again), which a
/// generous wall-clock bound catches (linear: well under a second, even in
/// a debug build; quadratic: minutes).
#[test]
fn extraction_nested_20_000_deep_under_a_raised_bound() {
    let depth = 20_000;
    let text = "«".repeat(depth) + "قال" + &"»".repeat(depth);
    let ex = Extractor::builder().max_depth(depth + 1).build().expect("valid options");
    let started = std::time::Instant::now();
    let doc = ex.extract(&text);
    let took = started.elapsed();
    assert_eq!(doc.attributions().len(), depth);
    assert!(took.as_secs() < 30, "{depth} levels took {took:?}: not linear");
}

#[test]
fn megabytes_of_one_mark() {
    for mark in MARKS {
        // the scanner on 1 MB of the mark, the whole extraction on 32 KB
        let text = mark.to_string().repeat(MB / mark.len_utf8());
        let quotes = Scanner::new().ornate(true).scan(&text);
        assert!(quotes.len() <= text.chars().count(), "{mark}: more quotations than marks");
        check_quotes(&text, &quotes, DEFAULT_MAX_DEPTH, ParagraphBreak::Line);
        let small = mark.to_string().repeat(32 * 1024 / mark.len_utf8());
        let doc = check_extract(&small, &Extractor::new(), ParagraphBreak::Line);
        assert!(doc.attributions().iter().all(|a| !a.is_speech()), "{mark}: speech with no words");
    }
}

#[test]
fn a_long_line_without_a_mark() {
    let text = prose_line(50 * MB);
    assert!(Scanner::new().scan(&text).is_empty());
    let text = prose_line(4 * MB);
    let doc = check_extract(&text, &Extractor::new(), ParagraphBreak::Line);
    assert!(doc.attributions().is_empty());
    assert!(doc.speakers().is_empty());
}

#[test]
fn a_quotation_left_open_for_megabytes() {
    let lead = "قال الوزير: «";
    let text = lead.to_string() + &prose_line(10 * MB);
    let quotes = Scanner::new().scan(&text);
    assert_eq!(quotes.len(), 1);
    assert!(!quotes[0].is_closed());
    assert_eq!(quotes[0].span().start, lead.len());
    assert_eq!(quotes[0].span().end, text.trim_end().len());
    let text = lead.to_string() + &prose_line(2 * MB);
    let doc = check_extract(&text, &Extractor::new(), ParagraphBreak::Line);
    let [a] = doc.attributions() else { panic!("one quotation, got {}", doc.attributions().len()) };
    assert_eq!(a.kind(), QuoteKind::Speech);
    assert_eq!(a.speaker().map(|s| s.text()), Some("الوزير"));
    // and under blank-line paragraphs, with single line breaks inside
    let text = text.replace("، ", "،\n");
    let ex = Extractor::builder().paragraph_break(ParagraphBreak::BlankLine).build().expect("valid options");
    let doc = check_extract(&text, &ex, ParagraphBreak::BlankLine);
    assert_eq!(doc.attributions().len(), 1);
}

#[test]
fn every_unicode_scalar_value() {
    let scalars: Vec<char> = (0..=0x10FFFF).filter_map(char::from_u32).collect();
    let ex = Extractor::new();
    for chunk in scalars.chunks(4096) {
        let plain: String = chunk.iter().collect();
        check_tokens(&plain);
        check_fold(&plain);
        check_scan(&plain, &Scanner::new(), ParagraphBreak::Line);
        // the same characters as words of a quotation with a cue
        let mut spaced = String::from("قال الوزير: «");
        for c in chunk {
            spaced.push(*c);
            spaced.push(' ');
        }
        spaced.push_str("» ثم ");
        check_tokens(&spaced);
        check_extract(&spaced, &ex, ParagraphBreak::Line);
    }
}

#[test]
fn invisible_characters_inside_cue_words_do_not_hide_the_cue() {
    let ex = Extractor::new();
    for c in INVISIBLE.iter().copied().chain(['ـ', '\u{064E}']) {
        let texts = [
            format!("قـ{c}ال الوزير: «نعم»"),
            format!("ق{c}ال الوزير: «نعم»"),
            format!("وأ{c}كد الوزير{c} أن «الحوار مستمر»."),
            format!("«الحوار مستمر»، قا{c}لت الوزيرة."),
            format!("وقال الوزير: {c}«نعم»{c}."),
        ];
        for text in &texts {
            let doc = check_extract(text, &ex, ParagraphBreak::Line);
            let [a] = doc.attributions() else { panic!("{text:?}: one quotation") };
            assert_eq!(a.kind(), QuoteKind::Speech, "{text:?}: not speech");
            let speaker = a.speaker().map(|s| folded(s.text()));
            let want = if text.contains("الوزيرة") { "الوزيره" } else { "الوزير" };
            assert_eq!(speaker.as_deref(), Some(want), "{text:?}: speaker");
        }
    }
}

#[test]
fn nul_bytes() {
    let ex = Extractor::new();
    for text in ["قال\0الوزير: «نعم\0»", "\0«\0»\0", "قال الوزير: «\0\0\0»", "\"\0\"\0\"", "\0\n\0\n«\0"]
    {
        check_tokens(text);
        check_extract(text, &ex, ParagraphBreak::Line);
    }
    let text = "\0".repeat(MB) + "قال الوزير: «نعم»" + &"\0".repeat(MB);
    let doc = check_extract(&text, &ex, ParagraphBreak::Line);
    assert_eq!(doc.attributions().len(), 1);
}

#[test]
fn line_break_floods() {
    let ex = Extractor::new();
    for unit in ["\n", "\r\n", "\r", "\u{2029}", "\u{2028}", "\u{85}", "«\n", "\n \n«"] {
        let text = unit.repeat(256 * 1024 / unit.len());
        check_scan(&text, &Scanner::new(), ParagraphBreak::Line);
        check_scan(
            &text,
            &Scanner::new().paragraph_break(ParagraphBreak::BlankLine),
            ParagraphBreak::BlankLine,
        );
        let small = unit.repeat(16 * 1024 / unit.len());
        check_extract(&small, &ex, ParagraphBreak::Line);
    }
}
