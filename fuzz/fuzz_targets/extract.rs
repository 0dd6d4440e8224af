//! Arbitrary extractor options plus text → `Extractor::extract`; the
//! document must satisfy the invariants of `tests/common/invariants.rs`
//! (scanner invariants, spans of speakers, cues, mentions and entities,
//! confidences, entity indices, deterministic JSON that reads back).
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

/// The input as `arbitrary` reads it; the text takes the rest of the bytes.
#[derive(Arbitrary, Debug)]
struct Input<'a> {
    max_depth: u8,
    blank_line: bool,
    discourse: bool,
    uncued_speech_words: u8,
    /// An index into `invariants::EXTRA_CUES`.
    cues: Option<u8>,
    text: &'a str,
}

fuzz_target!(|data: &[u8]| {
    if data.len() > invariants::MAX_INPUT {
        return;
    }
    let Ok(input) = Input::arbitrary_take_rest(Unstructured::new(data)) else { return };
    let case = invariants::ExtractCase::decode(data);
    let derived = invariants::ExtractCase {
        max_depth: input.max_depth,
        blank_line: input.blank_line,
        // a bit of the same byte, which the derive's `bool` does not read
        ornate: case.ornate,
        discourse: input.discourse,
        uncued_speech_words: input.uncued_speech_words,
        cues: input.cues,
        text: input.text,
    };
    assert_eq!(case, derived, "ExtractCase::decode disagrees with the Arbitrary derive");
    invariants::fuzz_extract(data);
});
