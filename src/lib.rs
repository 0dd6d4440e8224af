//! isnad finds every quotation in Arabic news text, decides whether it is
//! reported speech or a name or term set in marks, and links each
//! quotation to its speaker through the reporting cues Arabic uses (`قال`،
//! `أكد`، `أضاف`، `بحسب`، `داعياً` …), returning typed records with byte
//! offsets into the text you gave it.
//!
//! It is rule-based and fast: no model, no network, linear time, and it
//! never panics on any input. Its rules and word lists describe Arabic, and
//! are documented where they live (see `DESIGN.md` for how a quotation
//! reaches its speaker).
//!
//! # Overview
//!
//! - [`Extractor`]: the whole pipeline, built once ([`Extractor::new`] or
//!   [`Extractor::builder`]) and reused across documents and threads;
//!   [`Scratch`] keeps its working memory from one document to the next
//!   ([`Extractor::extract_with`]).
//! - [`Document`]: what one text yields: its [`Attribution`]s in the order
//!   of their opening marks, and its speaker table of [`Entity`]s.
//! - [`Attribution`]: one quotation: its text and [`Span`], its
//!   [`QuoteKind`] (speech, or a name, title or term), its [`Speaker`], its
//!   [`Cue`], a confidence and the [`Rule`] that decided.
//! - The stages, each usable alone: [`Scanner`] (quotation marks →
//!   [`Quote`]s), [`tokens`] and [`fold`] (words and Arabic folding),
//!   [`Lexicon`] (the reporting-cue lexicon).
//!
//! # Example: who said what
//!
//! ```
//! use isnad::{Extractor, QuoteKind};
//!
//! let text = "وقال وزير الخارجية سامي حداد لصحيفة «الأيام» إن بلاده «لن تتراجع».\n\n\
//!             وأضاف «الحوار هو الطريق الوحيد».";
//! let doc = Extractor::new().extract(text);
//! let quotes = doc.attributions();
//! assert_eq!(quotes.len(), 3);
//! assert_eq!((quotes[0].text(), quotes[0].kind()), ("الأيام", QuoteKind::Name));
//! assert_eq!((quotes[1].text(), quotes[1].kind()), ("لن تتراجع", QuoteKind::Speech));
//! assert_eq!(quotes[1].speaker().unwrap().text(), "وزير الخارجية سامي حداد");
//! // a dropped subject (وأضاف) resolves to the same speaker
//! let speaker = quotes[2].speaker().unwrap();
//! assert_eq!(speaker.text(), "وزير الخارجية سامي حداد");
//! assert_eq!(speaker.resolution(), isnad::Resolution::DroppedSubject);
//! assert_eq!(doc.speakers().len(), 1);
//! ```
//!
//! # Example: many documents
//!
//! The extractor is `Send + Sync`; share one across threads.
//!
//! ```
//! let ex = isnad::Extractor::new();
//! let texts = ["قالت الوزيرة: «نعم».", "«لا»، قال المتحدث."];
//! let counts: Vec<usize> = std::thread::scope(|s| {
//!     let handles: Vec<_> = texts.iter().map(|t| s.spawn(|| ex.extract(t).speech().count())).collect();
//!     handles.into_iter().map(|h| h.join().unwrap()).collect()
//! });
//! assert_eq!(counts, [1, 1]);
//! ```
//!
//! In a loop over many documents, one [`Scratch`] per thread saves
//! allocating the token table for each:
//!
//! ```
//! let ex = isnad::Extractor::new();
//! let mut scratch = isnad::Scratch::new();
//! let total: usize = ["قالت الوزيرة: «نعم».", "«لا»، قال المتحدث."]
//!     .iter()
//!     .map(|t| ex.extract_with(t, &mut scratch).speech().count())
//!     .sum();
//! assert_eq!(total, 2);
//! ```
//!
//! # Example: JSON
//!
//! Every record is `Serialize` and `Deserialize`; the shape is the one the
//! `isnad` command prints.
//!
//! ```
//! let doc = isnad::Extractor::new().extract("قال الوزير: «نعم».");
//! let json = serde_json::to_string(&doc).unwrap();
//! let back: isnad::Document<'_> = serde_json::from_str(&json).unwrap();
//! assert_eq!(back, doc);
//! ```
//!
//! # Offsets
//!
//! Every [`Span`] is a byte range into the original text (end exclusive),
//! always on `char` boundaries: `&text[span]` is the exact slice. Folding
//! (diacritics, alef forms, `ى`/`ي`, `ة`/`ه` …) is used only to compare
//! words; it never changes what is reported or where. Text fields borrow the
//! input (`Cow::Borrowed`) except where the text must be rebuilt (`للوزير`
//! read as `الوزير`). Consumers in other languages can convert byte offsets
//! to character or UTF-16 offsets; the `isnad` command does so with
//! `--offsets chars` or `--offsets utf16`.
//!
//! # Performance
//!
//! The scanner jumps between candidate bytes with `memchr`; every other
//! stage reads each byte once, classifying and folding Arabic letters from
//! their two UTF-8 bytes through tables and looking each word up once in a
//! hash table of every reading of every lexicon word. Time is linear in the
//! input and memory linear in the number of tokens. See the README for
//! current figures and how to reproduce them.
//!
//! # Crate features
//!
//! - `cli` (default): the `isnad` command-line tool and the `jsonl` module,
//!   its corpus reader. Library users who do not need them can depend on
//!   `isnad = { version = "0.1", default-features = false }`, which leaves
//!   `memchr`, `nom`, `rustc-hash`, `serde`, `thiserror` and
//!   `unicode-normalization` as the only dependencies.
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
pub use extract::{Attributions, Document, Extractor, ExtractorBuilder, Scratch};
pub use normalize::{fold, fold_into, is_foldable_mark};
pub use record::{Attribution, Cue, Gender, Mention, Number, Person, QuoteKind, Resolution, Rule, Speaker};
pub use scan::{Mark, ParagraphBreak, Quote, Scanner, DEFAULT_MAX_DEPTH};
pub use span::Span;
pub use token::{tokens, Clitics, Token, TokenKind, Tokens};

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
