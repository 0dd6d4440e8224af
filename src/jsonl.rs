//! Reading JSON Lines corpora: one `{"id": …, "text": …}` object per line.
//!
//! Corpora of millions of articles usually come as JSON Lines, one article
//! per line with its metadata. [`parse_line`](crate::jsonl::parse_line) reads one such line into an
//! [`InputDoc`](crate::jsonl::InputDoc): the article's text, its id, and every other field, which
//! `isnad extract --jsonl` passes through to its output. It never panics,
//! whatever the bytes: a line that is not a usable document is a
//! [`LineError`](crate::jsonl::LineError) saying why.
//!
//! This module is compiled with the `cli` feature (it needs `serde_json`).
//!
//! # Examples
//!
//! ```
//! use isnad::jsonl::{parse_line, DocId, LineError};
//!
//! let doc = parse_line(r#"{"id": "a1", "text": "قال: «نعم»", "date": "2024-05-01"}"#.as_bytes()).unwrap();
//! assert_eq!(doc.id, Some(DocId::Text("a1".into())));
//! assert_eq!(doc.text, "قال: «نعم»");
//! assert_eq!(doc.fields["date"], "2024-05-01");
//!
//! let err = parse_line(br#"{"id": 7}"#).unwrap_err();
//! assert_eq!(err, LineError::NoText);
//! assert_eq!(err.to_string(), "no \"text\" field");
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use thiserror::Error;

/// One document read from a JSON Lines corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct InputDoc {
    /// The line's `"id"`, when it has one.
    pub id: Option<DocId>,
    /// The line's `"text"`: the article.
    pub text: String,
    /// Every other field of the line, as given.
    pub fields: Map<String, Value>,
}

/// A document's id: a JSON string or number, written back as it was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum DocId {
    /// A string id: `"id": "a1"`.
    Text(String),
    /// A numeric id: `"id": 17`.
    Number(serde_json::Number),
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocId::Text(s) => f.write_str(s),
            DocId::Number(n) => write!(f, "{n}"),
        }
    }
}

/// Why a line is not a document.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum LineError {
    /// The line is empty or only spaces.
    #[error("empty line")]
    Empty,
    /// The bytes are not UTF-8; `offset` is the byte where the bad sequence starts.
    #[error("not valid UTF-8 at byte {offset} of the line")]
    Utf8 {
        /// Byte offset of the first invalid byte, from the start of the line.
        offset: usize,
    },
    /// The line is not JSON.
    #[error("not JSON: {message} at column {column}")]
    Json {
        /// What the JSON parser said.
        message: String,
        /// The column (1-based, in bytes) where it stopped.
        column: usize,
    },
    /// The line is JSON but not an object.
    #[error("not a JSON object but {found}")]
    NotObject {
        /// What it is instead (`an array`, `a string`, …).
        found: &'static str,
    },
    /// The object has no `"text"` field.
    #[error("no \"text\" field")]
    NoText,
    /// The `"text"` field is not a string.
    #[error("\"text\" is {found}, not a string")]
    TextNotString {
        /// What it is instead.
        found: &'static str,
    },
    /// The `"id"` field is neither a string nor a number.
    #[error("\"id\" is {found}, not a string or a number")]
    BadId {
        /// What it is instead.
        found: &'static str,
    },
}

/// Reads one line of a JSON Lines corpus.
///
/// The line (without its line break; a trailing `\r` and a leading
/// byte-order mark are ignored) must be a JSON object with a string
/// `"text"`. Its `"id"`, if present, must be a string or a number. Every
/// other field goes to [`InputDoc::fields`].
///
/// # Errors
///
/// A [`LineError`] naming the first problem found, in the order of its
/// variants. Never panics.
///
/// # Examples
///
/// ```
/// use isnad::jsonl::{parse_line, LineError};
///
/// assert_eq!(parse_line(b"{\"text\": \"\xd9\"}").unwrap_err(), LineError::Utf8 { offset: 10 });
/// assert_eq!(parse_line(b"[1, 2]").unwrap_err().to_string(), "not a JSON object but an array");
/// assert!(parse_line(b"{\"text\": 3}").unwrap_err().to_string().contains("not a string"));
/// assert_eq!(parse_line(b"{\"text\": \"\"}").unwrap().id, None);
/// ```
pub fn parse_line(line: &[u8]) -> Result<InputDoc, LineError> {
    // offsets count from the start of the line as given, byte-order mark included
    let bom = if line.starts_with(b"\xef\xbb\xbf") { 3 } else { 0 };
    let line = &line[bom..];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let line = std::str::from_utf8(line).map_err(|e| LineError::Utf8 { offset: bom + e.valid_up_to() })?;
    if line.trim().is_empty() {
        return Err(LineError::Empty);
    }
    let value: Value = serde_json::from_str(line)
        .map_err(|e| LineError::Json { message: json_message(&e), column: e.column() })?;
    let mut fields = match value {
        Value::Object(map) => map,
        other => return Err(LineError::NotObject { found: describe(&other) }),
    };
    let text = match fields.remove("text") {
        Some(Value::String(text)) => text,
        Some(other) => return Err(LineError::TextNotString { found: describe(&other) }),
        None => return Err(LineError::NoText),
    };
    let id = match fields.remove("id") {
        None => None,
        Some(Value::String(s)) => Some(DocId::Text(s)),
        Some(Value::Number(n)) => Some(DocId::Number(n)),
        Some(other) => return Err(LineError::BadId { found: describe(&other) }),
    };
    Ok(InputDoc { id, text, fields })
}

/// serde_json's message without its own " at line 1 column N" suffix.
fn json_message(e: &serde_json::Error) -> String {
    let message = e.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    }
}

/// A JSON value's type, with its article, for messages.
fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        type Want = Result<(&'static str, Option<&'static str>), LineError>;
        let cases: &[(&[u8], Want)] = &[
            (br#"{"id":"x","text":"abc"}"#, Ok(("abc", Some("x")))),
            (br#"{"id":12,"text":"abc"}"#, Ok(("abc", Some("12")))),
            (b"\xef\xbb\xbf{\"text\":\"a\"}\r", Ok(("a", None))),
            (b"", Err(LineError::Empty)),
            (b"  \t", Err(LineError::Empty)),
            (b"\xff{}", Err(LineError::Utf8 { offset: 0 })),
            (b"{\"text\":\"ab\xe2\x82\"}", Err(LineError::Utf8 { offset: 11 })),
            (b"\"text\"", Err(LineError::NotObject { found: "a string" })),
            (b"null", Err(LineError::NotObject { found: "null" })),
            (br#"{"id":"x"}"#, Err(LineError::NoText)),
            (br#"{"text":null}"#, Err(LineError::TextNotString { found: "null" })),
            (br#"{"text":"a","id":[1]}"#, Err(LineError::BadId { found: "an array" })),
            (br#"{"text":"a","id":true}"#, Err(LineError::BadId { found: "a boolean" })),
        ];
        for (line, want) in cases {
            let got = parse_line(line).map(|d| (d.text, d.id.map(|i| i.to_string())));
            let got = got.as_ref().map(|(t, i)| (t.as_str(), i.as_deref())).map_err(Clone::clone);
            assert_eq!(got, want.clone(), "line {:?}", String::from_utf8_lossy(line));
        }
    }

    #[test]
    fn bad_json_names_the_column() {
        let err = parse_line(br#"{"text": "a",}"#).unwrap_err();
        let LineError::Json { message, column } = &err else { panic!("{err:?}") };
        assert_eq!(*column, 14);
        assert!(!message.contains("line 1"), "{message}");
        assert!(err.to_string().starts_with("not JSON: "), "{err}");
    }

    #[test]
    fn other_fields_pass_through() {
        let doc = parse_line(br#"{"text":"a","url":"u","n":[1,{"b":2}]}"#).unwrap();
        assert_eq!(doc.fields.len(), 2);
        assert_eq!(doc.fields["n"], serde_json::json!([1, {"b": 2}]));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let line = format!("{{\"text\":\"a\",\"x\":{}{}}}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(parse_line(line.as_bytes()), Err(LineError::Json { .. })));
    }
}
