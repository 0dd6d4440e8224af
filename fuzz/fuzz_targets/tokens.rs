//! Bytes → UTF-8 text → `isnad::tokens` and `isnad::fold`: tokens in
//! order, not overlapping, covering every character but whitespace and
//! invisible marks; `fold_into` agrees with `fold`; folding is idempotent
//! (`invariants::check_tokens`, `invariants::check_fold`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| invariants::fuzz_tokens(data));
