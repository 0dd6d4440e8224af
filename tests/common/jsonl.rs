//! What `isnad::jsonl::parse_line` must satisfy, whatever the bytes: shared
//! by `tests/fuzz_regressions.rs` and the `jsonl` fuzz target (which
//! includes this file with `#[path]`, next to `invariants.rs`).

use isnad::jsonl::{parse_line, DocId, LineError};
use isnad::{Extractor, ParagraphBreak};
use serde_json::Value;

/// Reads `line` and checks the answer against `serde_json` itself:
///
/// - an accepted line is a JSON object (after a leading byte-order mark and
///   a trailing `\r`), whose string `"text"` is the document's text, whose
///   `"id"` is its id, and whose other fields are its fields; its text then
///   goes through extraction and satisfies the extraction invariants;
/// - a UTF-8 error names the first bad byte, counted from the start of the line;
/// - an empty line is one of whitespace only; every error has a message.
pub fn check_jsonl(line: &[u8]) {
    if line.len() > super::invariants::MAX_INPUT {
        return;
    }
    let parsed = parse_line(line);
    let body = line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line);
    let body = body.strip_suffix(b"\r").unwrap_or(body);
    match parsed {
        Ok(doc) => {
            let value: Value = serde_json::from_slice(body).expect("an accepted line is JSON");
            let object = value.as_object().expect("an accepted line is a JSON object");
            assert_eq!(object.get("text").and_then(Value::as_str), Some(doc.text.as_str()), "text differs");
            let id = match object.get("id") {
                None => None,
                Some(Value::String(s)) => Some(DocId::Text(s.clone())),
                Some(Value::Number(n)) => Some(DocId::Number(n.clone())),
                Some(other) => panic!("accepted an id that is {other}"),
            };
            assert_eq!(doc.id, id, "id differs");
            let others: serde_json::Map<String, Value> = object
                .iter()
                .filter(|(k, _)| *k != "text" && *k != "id")
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            assert_eq!(doc.fields, others, "fields differ");
            if doc.text.len() <= super::invariants::MAX_INPUT {
                super::invariants::check_extract(&doc.text, &Extractor::new(), ParagraphBreak::Line);
            }
        }
        Err(LineError::Utf8 { offset }) => {
            let e = std::str::from_utf8(line).expect_err("a UTF-8 error on valid UTF-8");
            // counted from the start of the line, a byte-order mark included
            assert_eq!(offset, e.valid_up_to(), "the UTF-8 error is not at the first bad byte of the line");
        }
        Err(LineError::Empty) => {
            let s = std::str::from_utf8(body).expect("an empty line is UTF-8");
            assert!(s.trim().is_empty(), "{s:?} called empty");
        }
        Err(e) => {
            assert!(!e.to_string().is_empty(), "an error without a message: {e:?}");
            assert!(std::str::from_utf8(line).is_ok(), "{e:?} for a line that is not UTF-8");
        }
    }
}
