//! Byte ranges into the caller's text.
//!
//! Every offset isnad reports is a byte offset into the text you gave it,
//! never into a folded or normalised copy, and always on a `char` boundary,
//! so `&text[span]` is the exact slice the span names.

use core::fmt;
use core::ops::{Index, Range};

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the original text.
///
/// `Span` is `Copy`, prints as `3..7` in debug output, converts from and to
/// `Range<usize>`, and indexes `str` directly.
///
/// # Examples
///
/// ```
/// use isnad::Span;
///
/// let text = "قال «نعم»";
/// let span = Span::new(9, 15);
/// assert_eq!(&text[span], "نعم");
/// assert_eq!(span.len(), 6);
/// assert_eq!(format!("{span:?}"), "9..15");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates the span `start..end`.
    ///
    /// # Examples
    ///
    /// ```
    /// let span = isnad::Span::new(2, 5);
    /// assert_eq!((span.start, span.end), (2, 5));
    /// ```
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of bytes covered.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::Span::new(4, 10).len(), 6);
    /// ```
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(isnad::Span::new(4, 4).is_empty());
    /// ```
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies entirely inside this span.
    ///
    /// # Examples
    ///
    /// ```
    /// use isnad::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The same span moved `by` bytes to the right, as when a document is
    /// extracted from the middle of a larger text.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::Span::new(2, 5).shifted(10), isnad::Span::new(12, 15));
    /// ```
    #[inline]
    pub const fn shifted(&self, by: usize) -> Span {
        Span { start: self.start + by, end: self.end + by }
    }

    /// The span as a `Range<usize>`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::Span::new(2, 5).range(), 2..5);
    /// ```
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_to_and_from_ranges() {
        let span: Span = (3..7).into();
        assert_eq!(span, Span::new(3, 7));
        assert_eq!(Range::from(span), 3..7);
    }

    #[test]
    fn inverted_span_is_empty_with_zero_length() {
        let span = Span::new(9, 3);
        assert!(span.is_empty());
        assert_eq!(span.len(), 0);
    }

    #[test]
    fn indexes_arabic_text_on_char_boundaries() {
        let text = "«سلام»";
        assert_eq!(&text[Span::new(2, 10)], "سلام");
    }
}
