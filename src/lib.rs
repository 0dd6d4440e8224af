//! isnad finds quotations in Arabic news text.
#![deny(missing_docs)]

mod attribute;
mod cue;
mod discourse;
mod error;
mod extract;
/// Reading JSON Lines corpora (`{"id": …, "text": …}` per line); needs the `cli` feature.
#[cfg(feature = "cli")]
pub mod jsonl;
mod normalize;
mod record;
mod scan;
mod span;
mod token;
mod words;

pub use cue::{CueClass, CueEntry, CueKind, Lexicon, DEFAULT_CUES};
pub use discourse::Entity;
pub use error::{Error, ErrorKind};
pub use extract::{Attributions, Document, Extractor, ExtractorBuilder};
pub use normalize::{fold, fold_into, is_foldable_mark};
pub use record::{Attribution, Cue, Gender, Mention, Number, Person, QuoteKind, Resolution, Rule, Speaker};
pub use scan::{Mark, ParagraphBreak, Quote, Scanner, DEFAULT_MAX_DEPTH};
pub use span::Span;
pub use token::{tokens, Clitics, Token, TokenKind, Tokens};
