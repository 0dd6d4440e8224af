//! Bytes → UTF-8 text → `Scanner::scan`, with the default options and with
//! a shallow bound, blank-line paragraphs and ornate marks; every quotation must satisfy
//! the span and nesting invariants (`invariants::check_quotes`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| invariants::fuzz_scan(data));
