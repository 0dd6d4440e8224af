//! Errors: only building an extractor (a bad lexicon) can fail.
//!
//! Extraction over a `&str` never fails: any text, however malformed its
//! marks, yields some list of quotations. What can go wrong is a cue lexicon
//! supplied by the caller, and [`Error`] says which line of it and why.

use thiserror::Error;

/// An error from building an [`Extractor`](crate::Extractor) or a
/// [`Lexicon`](crate::Lexicon).
///
/// The representation is private so that new kinds of error can be added
/// without breaking callers; match on [`Error::kind`].
///
/// # Examples
///
/// ```
/// let err = isnad::Lexicon::parse("verb\n").unwrap_err();
/// assert!(matches!(err.kind(), isnad::ErrorKind::Lexicon { line: 1, .. }));
/// assert_eq!(err.to_string(), "lexicon line 1: a verb entry needs a lemma");
/// ```
#[derive(Debug, Error)]
#[error(transparent)]
pub struct Error(#[from] ErrorKind);

impl Error {
    /// What went wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = isnad::Lexicon::parse("frob x").unwrap_err();
    /// assert!(matches!(err.kind(), isnad::ErrorKind::Lexicon { .. }));
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    pub(crate) fn lexicon(line: usize, message: impl Into<String>) -> Error {
        Error(ErrorKind::Lexicon { line, message: message.into() })
    }
}

/// The kinds of [`Error`](struct@Error).
///
/// # Examples
///
/// ```
/// let kind = isnad::ErrorKind::Lexicon { line: 3, message: "unknown tag 4xs".into() };
/// assert_eq!(kind.to_string(), "lexicon line 3: unknown tag 4xs");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A cue lexicon could not be read: the line (1-based) and what is wrong with it.
    #[error("lexicon line {line}: {message}")]
    Lexicon {
        /// The 1-based line of the lexicon text.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// An option given to the builder is out of range.
    #[error("invalid option {name}: {message}")]
    Option {
        /// The option's name.
        name: &'static str,
        /// Why it is invalid.
        message: String,
    },
}
