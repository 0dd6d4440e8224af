//! Stage 6: the extractor that runs the whole pipeline.
//!
//! [`Extractor`] is built once (it holds the lexicons and options) and used
//! for any number of documents, from any number of threads: it is `Clone +
//! Send + Sync` and extraction takes `&self`. [`Extractor::extract`] returns
//! a [`Document`] whose records borrow the text.

use serde::{Deserialize, Serialize};

use crate::attribute::{attribute, Buffers, Settings};
use crate::cue::Lexicon;
use crate::discourse::{Discourse, Entity};
use crate::error::{Error, ErrorKind};
use crate::record::Attribution;
use crate::scan::{ParagraphBreak, Quote, Scanner, DEFAULT_MAX_DEPTH};

/// Finds quotations in Arabic text and attributes them.
///
/// # Examples
///
/// ```
/// use isnad::{Extractor, QuoteKind};
///
/// let ex = Extractor::new();
/// let text = "وقال الوزير: «سنواصل الحوار». وأضاف «لا تراجع».";
/// for a in ex.attributions(text) {
///     assert_eq!(a.kind(), QuoteKind::Speech);
///     assert_eq!(a.speaker().map(|s| s.text()), Some("الوزير"));
/// }
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    scanner: Scanner,
    lexicon: Lexicon,
    settings: Settings,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the default lexicon and options.
    ///
    /// # Examples
    ///
    /// ```
    /// let ex = isnad::Extractor::new();
    /// assert_eq!(ex.extract("«نعم»، قال.").attributions().len(), 1);
    /// ```
    pub fn new() -> Extractor {
        crate::words::Words::builtin();
        Extractor { scanner: Scanner::new(), lexicon: Lexicon::default(), settings: Settings::default() }
    }

    /// A builder for an extractor with other options.
    ///
    /// # Examples
    ///
    /// ```
    /// let ex = isnad::Extractor::builder().max_depth(4).build().unwrap();
    /// assert_eq!(ex.extract("«أ «ب» ج»").attributions().len(), 2);
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// The lexicon of reporting cues in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The quotation scanner in use.
    pub fn scanner(&self) -> &Scanner {
        &self.scanner
    }

    /// Finds, classifies and attributes every quotation of `text`.
    ///
    /// Extraction never fails: any text yields a (possibly empty) document.
    ///
    /// # Examples
    ///
    /// ```
    /// use isnad::{Extractor, QuoteKind};
    ///
    /// let doc = Extractor::new().extract("نشرت صحيفة «الأيام» تقريراً.");
    /// assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
    /// ```
    ///
    /// # Complexity
    ///
    /// Linear in the length of `text`.
    pub fn extract<'h>(&self, text: &'h str) -> Document<'h> {
        self.extract_with(text, &mut Scratch::new())
    }

    /// [`extract`](Self::extract) with working memory kept between calls.
    ///
    /// The token table and the folded text (about ten bytes per byte of
    /// text) are allocated once per [`Scratch`] and reused, instead of once
    /// per document. Keep one scratch per thread; the result is the same as
    /// [`extract`](Self::extract)'s.
    ///
    /// # Examples
    ///
    /// ```
    /// use isnad::{Extractor, Scratch};
    ///
    /// let ex = Extractor::new();
    /// let mut scratch = Scratch::new();
    /// for text in ["قال الوزير: «نعم».", "وأضاف: «لا»."] {
    ///     let doc = ex.extract_with(text, &mut scratch);
    ///     assert_eq!(doc, ex.extract(text));
    /// }
    /// assert!(scratch.capacity_bytes() > 0);
    /// ```
    ///
    /// # Complexity
    ///
    /// Linear in the length of `text`.
    pub fn extract_with<'h>(&self, text: &'h str, scratch: &mut Scratch) -> Document<'h> {
        let quotes = self.scanner.scan(text);
        let mut discourse = Discourse::new();
        let (decisions, speakers) =
            attribute(text, &quotes, &self.lexicon, &self.settings, &mut discourse, &mut scratch.buffers);
        let attributions = quotes.iter().zip(decisions).map(|(q, d)| Attribution::new(q, d)).collect();
        Document { attributions, speakers }
    }

    /// The attributions of `text`, as an iterator.
    ///
    /// # Examples
    ///
    /// ```
    /// let n = isnad::Extractor::new().attributions("«أ» و«ب»").count();
    /// assert_eq!(n, 2);
    /// ```
    pub fn attributions<'h>(&self, text: &'h str) -> Attributions<'h> {
        Attributions { inner: self.extract(text).attributions.into_iter() }
    }

    /// The quotations of `text` without attribution: the scanner alone.
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Extractor::new().quotes("قال «نعم»");
    /// assert_eq!(quotes[0].as_str(), "نعم");
    /// ```
    pub fn quotes<'h>(&self, text: &'h str) -> Vec<Quote<'h>> {
        self.scanner.scan(text)
    }
}

/// Working memory for [`Extractor::extract_with`], reused from one document
/// to the next.
///
/// A scratch holds the buffers whose size follows the text (one entry per
/// token, the folded text), so that a loop over many documents allocates
/// them once. It keeps the capacity of the largest document it has seen:
/// drop it, or replace it with [`Scratch::new`], to give that memory back.
/// It holds no result, so any extractor may use any scratch.
///
/// # Examples
///
/// ```
/// let mut scratch = isnad::Scratch::new();
/// assert_eq!(scratch.capacity_bytes(), 0);
/// isnad::Extractor::new().extract_with("قال: «نعم»", &mut scratch);
/// assert!(scratch.capacity_bytes() > 0);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    buffers: Buffers,
}

impl Scratch {
    /// An empty scratch; it allocates on first use.
    pub fn new() -> Scratch {
        Scratch::default()
    }

    /// The bytes of memory the scratch holds for reuse.
    pub fn capacity_bytes(&self) -> usize {
        self.buffers.capacity_bytes()
    }
}

/// Builds an [`Extractor`] with options other than the defaults.
///
/// Setters take `&mut self` and can be chained; [`build`](Self::build)
/// checks the options and returns the extractor, after which it cannot change.
///
/// # Examples
///
/// ```
/// use isnad::{Extractor, ParagraphBreak};
///
/// let ex = Extractor::builder()
///     .paragraph_break(ParagraphBreak::BlankLine)
///     .cues("verb فضفض present=فضفض")
///     .build()
///     .unwrap();
/// let doc = ex.extract("وفضفض الشاعر: «كلام».");
/// assert_eq!(doc.attributions()[0].speaker().unwrap().text(), "الشاعر");
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    max_depth: Option<usize>,
    paragraph_break: ParagraphBreak,
    lexicon: Option<Lexicon>,
    extra_cues: Vec<String>,
    uncued_speech_words: Option<usize>,
    discourse: Option<bool>,
    ornate: bool,
}

impl ExtractorBuilder {
    /// A builder with the default options.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// How deep quotations may nest before inner marks are read as text
    /// (default [`DEFAULT_MAX_DEPTH`]; at least 1).
    pub fn max_depth(&mut self, depth: usize) -> &mut ExtractorBuilder {
        self.max_depth = Some(depth);
        self
    }

    /// What ends a paragraph (default: any line break).
    pub fn paragraph_break(&mut self, rule: ParagraphBreak) -> &mut ExtractorBuilder {
        self.paragraph_break = rule;
        self
    }

    /// Whether ornate parentheses `﴿…﴾` around a verse of the Qur'an are
    /// quotation marks (default `false`; see [`Scanner::ornate`]).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "واستشهد الخطيب بقوله تعالى: ﴿وقولوا للناس حسنا﴾.";
    /// assert!(isnad::Extractor::new().extract(text).attributions().is_empty());
    /// let ex = isnad::Extractor::builder().ornate(true).build().unwrap();
    /// assert_eq!(ex.extract(text).attributions().len(), 1);
    /// ```
    pub fn ornate(&mut self, on: bool) -> &mut ExtractorBuilder {
        self.ornate = on;
        self
    }

    /// Replaces the built-in cue lexicon.
    pub fn lexicon(&mut self, lexicon: Lexicon) -> &mut ExtractorBuilder {
        self.lexicon = Some(lexicon);
        self
    }

    /// Adds cue entries, in the lexicon's text format, to the lexicon.
    pub fn cues(&mut self, entries: &str) -> &mut ExtractorBuilder {
        self.extra_cues.push(entries.to_owned());
        self
    }

    /// The fewest words a quotation with no cue needs to count as speech
    /// (default 4; at least 1).
    pub fn uncued_speech_words(&mut self, words: usize) -> &mut ExtractorBuilder {
        self.uncued_speech_words = Some(words);
        self
    }

    /// Whether dropped subjects and pronouns are resolved through the
    /// document (default `true`); when off, they get no speaker.
    pub fn discourse(&mut self, on: bool) -> &mut ExtractorBuilder {
        self.discourse = Some(on);
        self
    }

    /// Checks the options and builds the extractor.
    ///
    /// # Errors
    ///
    /// A bad cue entry ([`ErrorKind::Lexicon`]) or an option out of range
    /// ([`ErrorKind::Option`]).
    ///
    /// # Examples
    ///
    /// ```
    /// let err = isnad::Extractor::builder().cues("verb").build().unwrap_err();
    /// assert_eq!(err.to_string(), "lexicon line 1: a verb entry needs a lemma");
    /// let err = isnad::Extractor::builder().max_depth(0).build().unwrap_err();
    /// assert!(err.to_string().contains("max_depth"));
    /// ```
    pub fn build(&self) -> Result<Extractor, Error> {
        let depth = self.max_depth.unwrap_or(DEFAULT_MAX_DEPTH);
        if depth == 0 {
            return Err(ErrorKind::Option { name: "max_depth", message: "must be at least 1".into() }.into());
        }
        let words = self.uncued_speech_words.unwrap_or(4);
        if words == 0 {
            return Err(ErrorKind::Option {
                name: "uncued_speech_words",
                message: "must be at least 1".into(),
            }
            .into());
        }
        let mut lexicon = self.lexicon.clone().unwrap_or_default();
        for entries in &self.extra_cues {
            lexicon.extend(entries)?;
        }
        let scanner =
            Scanner::new().max_depth(depth).paragraph_break(self.paragraph_break).ornate(self.ornate);
        crate::words::Words::builtin();
        let settings = Settings {
            paragraph_break: self.paragraph_break,
            uncued_speech_words: words,
            discourse: self.discourse.unwrap_or(true),
        };
        Ok(Extractor { scanner, lexicon, settings })
    }
}

/// What isnad found in one document: its attributions, in the order of
/// their opening marks (a nested quotation right after the one around it).
///
/// # Examples
///
/// ```
/// let doc = isnad::Extractor::new().extract("قال: «نعم»");
/// assert_eq!(doc.attributions().len(), 1);
/// let json = serde_json::to_string(&doc).unwrap();
/// assert!(json.starts_with("{\"quotes\":[{\"text\":\"نعم\""));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document<'h> {
    #[serde(borrow, rename = "quotes")]
    attributions: Vec<Attribution<'h>>,
    #[serde(borrow, default)]
    speakers: Vec<Entity<'h>>,
}

impl<'h> Document<'h> {
    /// The attributions, in document order.
    pub fn attributions(&self) -> &[Attribution<'h>] {
        &self.attributions
    }

    /// The document's speaker table: one entry per source, with its fullest
    /// name, every mention and its quotations. [`Speaker::entity`] indexes it.
    ///
    /// [`Speaker::entity`]: crate::Speaker::entity
    pub fn speakers(&self) -> &[Entity<'h>] {
        &self.speakers
    }

    /// Takes the attributions out of the document.
    pub fn into_attributions(self) -> Vec<Attribution<'h>> {
        self.attributions
    }

    /// The attributions that are reported speech.
    ///
    /// # Examples
    ///
    /// ```
    /// let doc = isnad::Extractor::new().extract("قال الوزير لـ«الصحيفة»: «نعم».");
    /// assert_eq!(doc.speech().count(), 1);
    /// ```
    pub fn speech(&self) -> impl Iterator<Item = &Attribution<'h>> {
        self.attributions.iter().filter(|a| a.is_speech())
    }

    /// The same document with owned text, free of the input's lifetime.
    pub fn into_owned(self) -> Document<'static> {
        Document {
            attributions: self.attributions.into_iter().map(Attribution::into_owned).collect(),
            speakers: self.speakers.into_iter().map(Entity::into_owned).collect(),
        }
    }
}

impl<'h> IntoIterator for Document<'h> {
    type Item = Attribution<'h>;
    type IntoIter = Attributions<'h>;

    fn into_iter(self) -> Attributions<'h> {
        Attributions { inner: self.attributions.into_iter() }
    }
}

/// An iterator over the attributions of one document (from
/// [`Extractor::attributions`]); `'h` is the lifetime of the text.
#[derive(Debug)]
pub struct Attributions<'h> {
    inner: std::vec::IntoIter<Attribution<'h>>,
}

impl<'h> Iterator for Attributions<'h> {
    type Item = Attribution<'h>;

    fn next(&mut self) -> Option<Attribution<'h>> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for Attributions<'_> {}
