//! Arbitrary bytes → `isnad::jsonl::parse_line`: never panics, and its
//! answer agrees with `serde_json` (see `tests/common/jsonl.rs`); the text
//! of an accepted line then goes through extraction.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;
#[path = "../../tests/common/jsonl.rs"]
mod jsonl;

fuzz_target!(|data: &[u8]| jsonl::check_jsonl(data));
