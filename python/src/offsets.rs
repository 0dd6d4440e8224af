//! Offsets as Python sees them.
//!
//! isnad reports byte offsets into the UTF-8 text. Python slices `str` by
//! code point, so by default the binding converts every offset of a document
//! to a code-point index; `offsets="bytes"` keeps the library's offsets.

use pyo3::exceptions::PyValueError;
use pyo3::PyResult;

/// Which offsets the Python objects carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offsets {
    /// Code-point indices: what `str` slicing uses (the default).
    Chars,
    /// Byte offsets into the UTF-8 encoding of the text.
    Bytes,
}

impl Offsets {
    /// Reads the `offsets=` argument.
    pub fn parse(name: &str) -> PyResult<Offsets> {
        match name {
            "chars" => Ok(Offsets::Chars),
            "bytes" => Ok(Offsets::Bytes),
            other => Err(PyValueError::new_err(format!(
                "invalid option offsets: expected \"chars\" or \"bytes\", got {other:?}"
            ))),
        }
    }

    /// The option's name, as given to `offsets=`.
    pub fn name(self) -> &'static str {
        match self {
            Offsets::Chars => "chars",
            Offsets::Bytes => "bytes",
        }
    }
}

/// Maps the byte offsets of one document to the offsets the caller asked for.
///
/// Built from every offset the document's records hold: they are sorted and
/// the text is walked once, so the cost is linear in the text plus
/// `n log n` in the number of offsets, whatever their order.
#[derive(Debug)]
pub enum OffsetMap {
    /// Offsets pass through (bytes were asked for, or the text is ASCII).
    Identity,
    /// Sorted byte offsets and the code-point index of each.
    Table { bytes: Vec<usize>, chars: Vec<usize> },
}

impl OffsetMap {
    /// The map for `text` and the byte offsets `offsets` (any order, repeats allowed).
    pub fn new(text: &str, mode: Offsets, mut offsets: Vec<usize>) -> OffsetMap {
        if mode == Offsets::Bytes || text.is_ascii() {
            return OffsetMap::Identity;
        }
        offsets.sort_unstable();
        offsets.dedup();
        let bytes = text.as_bytes();
        let mut chars = Vec::with_capacity(offsets.len());
        let (mut at, mut count) = (0, 0);
        for &offset in &offsets {
            let to = offset.min(bytes.len());
            // A code point starts at every byte that is not a continuation byte (10xxxxxx).
            count += bytes[at..to].iter().filter(|&&b| (b as i8) >= -0x40).count();
            at = to;
            chars.push(count);
        }
        OffsetMap::Table { bytes: offsets, chars }
    }

    /// The converted form of the byte offset `byte`, which must be one of those given to [`OffsetMap::new`].
    pub fn get(&self, byte: usize) -> usize {
        match self {
            OffsetMap::Identity => byte,
            OffsetMap::Table { bytes, chars } => match bytes.binary_search(&byte) {
                Ok(i) => chars[i],
                // Not reachable for offsets collected from the document; stay total anyway.
                Err(_) => byte,
            },
        }
    }
}
