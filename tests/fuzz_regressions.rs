//! Replays every input that ever made a fuzz target fail
//! (`fuzz/regressions/<target>/<name>`) through the checks of that target,
//! on stable `cargo test`; the checks are the targets' own
//! (`tests/common/invariants.rs`, `tests/common/jsonl.rs`).
//!
//! Each file is listed in [`CAUSES`] with what made it fail. Inputs that
//! showed a library bug also have a named test below, which pins the fix.

mod common;

use std::path::{Path, PathBuf};

use common::invariants::{self, check_entity_links};
use isnad::Extractor;

/// Every file under `fuzz/regressions/`, with the cause of its failure.
const CAUSES: &[(&str, &str)] = &[
    (
        "scan/close-shared-across-families",
        "test bug: at the end of a paragraph, the one `»` that closes «لا» also closes the unclosed \
         “…” and «…» around it, as the scanner documents; the check first wanted every closing mark \
         to be of its quotation's own family",
    ),
    (
        "tokens/fold-owned-noncharacter",
        "library bug (minor, fixed): `fold` returned `Cow::Owned` for U+FDE7, a \
         noncharacter in the presentation-forms block that folding keeps as it is, against \
         `fold`'s doc (\"borrowing it when nothing changes\"); see `fold_borrows_unchanged_noncharacters`",
    ),
    (
        "extract/nested-speaker-entity",
        "library bug (fixed): the speaker of a quotation nested in another had an entity \
         index of the nested level's own discourse, read by the speaker table as the document's; \
         nested levels now share the document's discourse; see `nested_speaker_entities`",
    ),
    (
        "jsonl/confidence-three-decimals",
        "test bug: the JSON writes confidences with three decimals (0.65000004 as 0.65), so the \
         document read back from it differs in its confidence; the check now compares the JSON \
         written again, not the documents",
    ),
    (
        "jsonl/utf8-offset-after-bom",
        "library bug (fixed): after a byte-order mark, `LineError::Utf8` counted from the \
         end of the mark, not from the start of the line; see `jsonl_utf8_offset_after_bom`",
    ),
    (
        "jsonl/presentation-form-lil",
        "library bug (fixed): a speaker written `لل` + noun is shown with its article rebuilt \
         (`للوزير` → `الوزير`); the rebuild cut one plain `ل` off the written word, inside the \
         three-byte presentation form `ﻟ` (a panic); CI's fuzzer found it, and this line is a \
         smaller input of the same shape; see `speaker_on_presentation_form_lil`",
    ),
    (
        "jsonl/repeated-quote-entity",
        "library bug (fixed): a quotation repeating an attributed one took over its \
         speaker after the speaker table counted it for another entity; now only a quotation \
         with no speaker takes one over; see `repeated_quote_speaker_entities`",
    ),
];

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions")
}

/// Every regression input, as `target/name`.
fn regression_files() -> Vec<String> {
    let mut names = Vec::new();
    for target in std::fs::read_dir(regressions_dir()).expect("fuzz/regressions exists") {
        let target = target.expect("a directory entry");
        if !target.path().is_dir() {
            continue;
        }
        for file in std::fs::read_dir(target.path()).expect("a target directory") {
            let file = file.expect("a directory entry");
            let name = file.file_name().into_string().expect("a UTF-8 file name");
            if !name.starts_with('.') {
                names.push(format!("{}/{name}", target.file_name().to_string_lossy()));
            }
        }
    }
    names.sort();
    names
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(regressions_dir().join(name)).expect("a regression file")
}

/// Runs `data` through the checks of fuzz target `target`.
fn replay(target: &str, data: &[u8]) {
    match target {
        "scan" => invariants::fuzz_scan(data),
        "tokens" => invariants::fuzz_tokens(data),
        "extract" => invariants::fuzz_extract(data),
        #[cfg(feature = "cli")]
        "jsonl" => common::jsonl::check_jsonl(data),
        #[cfg(not(feature = "cli"))]
        "jsonl" => {}
        other => panic!("no fuzz target {other:?}"),
    }
}

#[test]
fn every_regression_passes_its_target_checks() {
    let files = regression_files();
    assert!(!files.is_empty(), "no regression files found");
    let mut failed = Vec::new();
    for name in &files {
        let target = name.split('/').next().expect("target/name");
        let data = read(name);
        if std::panic::catch_unwind(|| replay(target, &data)).is_err() {
            failed.push(name.clone());
        }
    }
    assert!(failed.is_empty(), "regressions failing again: {failed:?}");
}

#[test]
fn every_regression_has_a_known_cause() {
    let files = regression_files();
    let listed: Vec<String> = CAUSES.iter().map(|(name, _)| name.to_string()).collect();
    for name in &files {
        assert!(listed.contains(name), "fuzz/regressions/{name} has no entry in CAUSES");
    }
    for name in &listed {
        assert!(files.contains(name), "CAUSES lists {name}, which is not in fuzz/regressions");
    }
    assert!(CAUSES.iter().all(|(_, cause)| cause.len() > 20), "every cause says something");
}

/// The fuzzed options decode as the `extract` target's `Arbitrary` derive
/// reads them (the target asserts the same on every input it runs).
#[test]
fn extract_cases_decode_options_then_text() {
    let case = invariants::ExtractCase::decode(b"\x10\x03\x00\x04\x01\x07\xd9\x84\xff");
    assert_eq!(
        case,
        invariants::ExtractCase {
            max_depth: 16,
            blank_line: true,
            ornate: true,
            discourse: false,
            uncued_speech_words: 4,
            cues: Some(7),
            text: "ل",
        }
    );
    let short = invariants::ExtractCase::decode(b"\x03");
    assert_eq!((short.max_depth, short.uncued_speech_words, short.cues, short.text), (3, 0, None, ""));
}

#[test]
fn nested_speaker_entities() {
    let data = read("extract/nested-speaker-entity");
    let case = invariants::ExtractCase::decode(&data);
    let ex = case.extractor().expect("valid options");
    check_entity_links(&ex.extract(case.text));

    let ex = Extractor::new();
    // a dropped subject inside the second speaker's words: not the first speaker
    let text = "قال سامي حداد: «نعم». وقال كريم العلي: «سنواصل العمل، وأضاف “لا أريد هذا أبداً”».";
    let doc = ex.extract(text);
    assert_eq!(doc.attributions().len(), 3);
    let inner = doc.attributions()[2].speaker().map(|s| s.text());
    assert_ne!(
        inner,
        Some("سامي حداد"),
        "the nested quotation went to a source who has nothing to do with it"
    );
    check_entity_links(&doc);
    // a subject named right after the verb inside the quotation is its speaker
    let text = "قال سامي حداد: «نعم». وقال كريم العلي: «وأضاف المدير “لا أريد هذا أبداً”».";
    let doc = ex.extract(text);
    assert_eq!(doc.attributions()[2].speaker().map(|s| s.text()), Some("المدير"));
    check_entity_links(&doc);
}

#[test]
fn repeated_quote_speaker_entities() {
    let text = "قال الوزير سامي حداد: «سنواصل العمل».\nالمدير كريم العلي: «سنواصل العمل».";
    check_entity_links(&Extractor::new().extract(text));
    #[cfg(feature = "cli")]
    {
        let data = read("jsonl/repeated-quote-entity");
        let doc = isnad::jsonl::parse_line(&data).expect("the line is a document");
        check_entity_links(&Extractor::new().extract(&doc.text));
    }
}

#[cfg(feature = "cli")]
#[test]
fn jsonl_utf8_offset_after_bom() {
    use isnad::jsonl::{parse_line, LineError};
    assert_eq!(parse_line(b"\xef\xbb\xbf\xff").unwrap_err(), LineError::Utf8 { offset: 3 });
    let data = read("jsonl/utf8-offset-after-bom");
    let want = std::str::from_utf8(&data).unwrap_err().valid_up_to();
    assert_eq!(parse_line(&data).unwrap_err(), LineError::Utf8 { offset: want });
}

#[test]
fn fold_borrows_unchanged_noncharacters() {
    for text in ["\u{FDE7}", "و ال  \u{FDE7}1\"", "\u{FDD0}"] {
        assert!(matches!(isnad::fold(text), std::borrow::Cow::Borrowed(_)), "{text:?} was copied");
    }
    let data = read("tokens/fold-owned-noncharacter");
    let text = std::str::from_utf8(&data).expect("UTF-8");
    assert!(matches!(isnad::fold(text), std::borrow::Cow::Borrowed(_)));
}

#[test]
fn speaker_on_presentation_form_lil() {
    let ex = Extractor::new();
    for text in ["قال ﻟﻠﻮزير: «هذا كلام طويل جدا هنا»", "قال للوزير: «هذا كلام طويل جدا هنا»"]
    {
        let doc = ex.extract(text);
        assert_eq!(doc.attributions().len(), 1, "{text}");
        let speaker = doc.attributions()[0].speaker().expect("a speaker");
        // the article is rebuilt whichever way the ل is written
        assert_eq!(isnad::fold(speaker.text()), "الوزير", "{text}");
        assert_eq!(speaker.span().start, "قال ".len());
    }
    #[cfg(feature = "cli")]
    {
        let data = read("jsonl/presentation-form-lil");
        let doc = isnad::jsonl::parse_line(&data).expect("the line is a document");
        check_entity_links(&Extractor::new().extract(&doc.text));
    }
}
