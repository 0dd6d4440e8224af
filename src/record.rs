//! Stage 5: the records callers receive.
//!
//! An [`Attribution`] is one quotation with everything isnad decided about
//! it: its [`QuoteKind`], the [`Speaker`] who said it and the [`Cue`] that
//! says so, a confidence and the [`Rule`] that decided. Text fields are
//! `Cow<'h, str>`: they borrow the document when they are slices of it (the
//! usual case) and own their text only when they cannot (a record read back
//! from JSON with escapes, or a speaker name rebuilt from `للوزير`). Offsets
//! are bytes into the document, as everywhere in isnad.
//!
//! Every record type is `Serialize` and `Deserialize`; the JSON shape is the
//! one `isnad extract` prints.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::cue::{CueClass, CueKind};
use crate::scan::Mark;
use crate::span::Span;

/// Whether a quotation is reported speech, or a name or term set in marks.
///
/// # Examples
///
/// ```
/// use isnad::QuoteKind;
/// assert!(QuoteKind::Speech.is_speech());
/// assert!(!QuoteKind::Name.is_speech());
/// assert_eq!(serde_json::to_string(&QuoteKind::Term).unwrap(), "\"term\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuoteKind {
    /// Someone's words, said, written or posted: `قال: «…»`, `وصفها بـ«…»`.
    Speech,
    /// The name of an organisation, outlet, platform, place or person:
    /// `صحيفة «الشرق الأوسط»`, `حركة "حماس"`, `لـ«عكاظ»`.
    Name,
    /// The title of a work, programme, operation, law or plan:
    /// `عملية «غصن الزيتون»`, `تقريراً بعنوان "…"`.
    Title,
    /// A term, label or scare quote used by the article itself: `بدأ «الحوار»`.
    Term,
    /// Anything else (an empty pair of marks, punctuation only).
    #[default]
    Other,
}

impl QuoteKind {
    /// Whether this is [`QuoteKind::Speech`].
    pub fn is_speech(self) -> bool {
        self == QuoteKind::Speech
    }

    /// The lower-case name used in JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::QuoteKind::Title.name(), "title");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Speech => "speech",
            QuoteKind::Name => "name",
            QuoteKind::Title => "title",
            QuoteKind::Term => "term",
            QuoteKind::Other => "other",
        }
    }
}

/// Grammatical gender, as the text marks it (cue agreement `قالت`, titles
/// such as `وزيرة`), or unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Gender {
    /// Masculine: `قال`, `الوزير`.
    Masculine,
    /// Feminine: `قالت`, `الوزيرة`.
    Feminine,
    /// Not marked.
    #[default]
    Unknown,
}

impl Gender {
    /// Whether two genders can describe the same source (unknown agrees with both).
    ///
    /// # Examples
    ///
    /// ```
    /// use isnad::Gender;
    /// assert!(Gender::Feminine.agrees(Gender::Unknown));
    /// assert!(!Gender::Feminine.agrees(Gender::Masculine));
    /// ```
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }

    /// The lower-case name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Gender::Masculine => "masculine",
            Gender::Feminine => "feminine",
            Gender::Unknown => "unknown",
        }
    }
}

/// Grammatical number, as the text marks it, or unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Number {
    /// One: `قال`.
    Singular,
    /// Two: `قالا`, `أكدتا`.
    Dual,
    /// Three or more: `قالوا`.
    Plural,
    /// Not marked.
    #[default]
    Unknown,
}

impl Number {
    /// Whether two numbers can describe the same source (unknown agrees with all).
    ///
    /// # Examples
    ///
    /// ```
    /// use isnad::Number;
    /// assert!(Number::Plural.agrees(Number::Unknown));
    /// assert!(!Number::Plural.agrees(Number::Singular));
    /// ```
    pub fn agrees(self, other: Number) -> bool {
        self == Number::Unknown || other == Number::Unknown || self == other
    }

    /// The lower-case name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Number::Singular => "singular",
            Number::Dual => "dual",
            Number::Plural => "plural",
            Number::Unknown => "unknown",
        }
    }
}

/// Grammatical person of a cue form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Person {
    /// `أقول`, `نؤكد`.
    First,
    /// `تقول` addressed to someone (rare in news).
    Second,
    /// `يقول`, `قالت`.
    #[default]
    Third,
}

/// The rule that decided a quotation's kind and speaker.
///
/// # Examples
///
/// ```
/// assert_eq!(serde_json::to_string(&isnad::Rule::CueAfter).unwrap(), "\"cue_after\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Rule {
    /// A reporting verb before the quotation in its sentence: `وقال الوزير إن «…»`.
    CueBefore,
    /// A cue right after the quotation: `«…»، قال الوزير`, `«…»، بحسب البيان`;
    /// or the source in parentheses after it: `«…» (الوزير فلان)`.
    CueAfter,
    /// A participle of manner: `…، مضيفاً «…»`.
    Participle,
    /// A nominal cue before the quotation: `بحسب الوزير، «…»`.
    Nominal,
    /// A relay: `نقلت الصحيفة عن الوزير قوله «…»`.
    Relay,
    /// A name and a colon: `الوزير: «…»`; in a headline, also a name and
    /// its verb after the quotation: `«…».. الوزير يحسم الجدل`.
    Colon,
    /// A labelling verb: `وصفها بـ«…»`.
    Label,
    /// The continuation of a quotation from the paragraph before.
    Continued,
    /// A quotation with no cue, long enough to be someone's words.
    Uncued,
    /// A quotation after a noun that introduces names: `صحيفة «…»`.
    NameTrigger,
    /// A short quotation glued to a preposition: `لـ«…»`.
    NamePreposition,
    /// A short quotation followed by an adjective that agrees with a name: `“…” السعودية`.
    NameAdjective,
    /// A name in marks standing as the subject of a cue: `وقال «البرقاوي»: «…»`.
    SpeakerInMarks,
    /// A short quotation with no cue: a term or scare quote.
    Short,
    /// Nothing but spaces or punctuation between the marks.
    #[default]
    Empty,
}

/// How a quotation's speaker was found.
///
/// # Examples
///
/// ```
/// assert_eq!(serde_json::to_string(&isnad::Resolution::DroppedSubject).unwrap(), "\"dropped_subject\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Resolution {
    /// Named in the quotation's own sentence.
    #[default]
    Explicit,
    /// The cue has no subject (`وأضاف «…»`): the source is the current speaker.
    DroppedSubject,
    /// A pronoun (`وقال إنه`, `على حد قوله`) referring back to the source.
    Pronoun,
    /// A description without a name (`الدبلوماسي الفرنسي`) linked to a named source.
    Description,
    /// Taken over from the previous quotation, with no cue of its own.
    CarriedOver,
    /// A quotation inside another: its words are quoted by the outer speaker.
    Nested,
}

/// A stretch of the document: its text and byte offsets.
///
/// # Examples
///
/// ```
/// let text = "قال الوزير";
/// let m = isnad::Mention::new(text, isnad::Span::new(7, 19));
/// assert_eq!(m.text(), "الوزير");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention<'h> {
    #[serde(borrow)]
    text: Cow<'h, str>,
    start: usize,
    end: usize,
}

impl<'h> Mention<'h> {
    /// The mention of `text[span]`.
    ///
    /// # Panics
    ///
    /// When `span` is out of bounds or not on `char` boundaries, as slicing does.
    pub fn new(text: &'h str, span: Span) -> Mention<'h> {
        Mention { text: Cow::Borrowed(&text[span]), start: span.start, end: span.end }
    }

    /// A mention whose text is not a slice of the document (rebuilt from a
    /// clitic form), standing at `span`.
    pub(crate) fn owned(text: String, span: Span) -> Mention<'h> {
        Mention { text: Cow::Owned(text), start: span.start, end: span.end }
    }

    pub(crate) fn from_cow(text: Cow<'h, str>, span: Span) -> Mention<'h> {
        Mention { text, start: span.start, end: span.end }
    }

    pub(crate) fn cow(&self) -> Cow<'h, str> {
        self.text.clone()
    }

    /// The mention's text: the slice of the document at [`span`](Self::span),
    /// except for a phrase written with the preposition `ل` on the article
    /// (`للبيان`), given in the article's form (`البيان`) so that it reads
    /// as a name.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where the mention stands in the document.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The same mention with its text owned, free of the document's lifetime.
    pub fn into_owned(self) -> Mention<'static> {
        Mention { text: Cow::Owned(self.text.into_owned()), start: self.start, end: self.end }
    }
}

/// Who said a quotation.
///
/// [`text`](Self::text) is the name a reader would give: the fullest name
/// the document gives this source, which may stand elsewhere in the
/// document; [`mention`](Self::mention) is the phrase in the quotation's own
/// sentence that names the source, when there is one.
///
/// # Examples
///
/// ```
/// let ex = isnad::Extractor::new();
/// let doc = ex.extract("وقال الوزير سامي حداد إن بلاده «لن تتراجع».");
/// let speaker = doc.attributions()[0].speaker().unwrap();
/// assert_eq!(speaker.text(), "الوزير سامي حداد");
/// assert_eq!(speaker.gender(), isnad::Gender::Masculine);
/// assert_eq!(speaker.resolution(), isnad::Resolution::Explicit);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker<'h> {
    #[serde(borrow)]
    text: Cow<'h, str>,
    start: usize,
    end: usize,
    #[serde(borrow)]
    mention: Option<Mention<'h>>,
    entity: Option<usize>,
    gender: Gender,
    number: Number,
    resolution: Resolution,
}

impl<'h> Speaker<'h> {
    pub(crate) fn new(name: Mention<'h>, resolution: Resolution) -> Speaker<'h> {
        Speaker {
            text: name.text.clone(),
            start: name.start,
            end: name.end,
            mention: Some(name),
            entity: None,
            gender: Gender::Unknown,
            number: Number::Unknown,
            resolution,
        }
    }

    pub(crate) fn set_name(&mut self, name: &Mention<'h>) {
        self.text = name.text.clone();
        self.start = name.start;
        self.end = name.end;
    }

    pub(crate) fn set_mention(&mut self, mention: Option<Mention<'h>>) {
        self.mention = mention;
    }

    pub(crate) fn set_agreement(&mut self, gender: Gender, number: Number) {
        self.gender = gender;
        self.number = number;
    }

    pub(crate) fn set_entity(&mut self, entity: Option<usize>) {
        self.entity = entity;
    }

    pub(crate) fn set_resolution(&mut self, resolution: Resolution) {
        self.resolution = resolution;
    }

    /// The speaker's name as a mention (text and span).
    pub(crate) fn name(&self) -> Mention<'h> {
        Mention { text: self.text.clone(), start: self.start, end: self.end }
    }

    /// The source's name: the fullest the document gives.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where [`text`](Self::text) stands in the document.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The phrase naming the source in the quotation's own sentence, if any.
    pub fn mention(&self) -> Option<&Mention<'h>> {
        self.mention.as_ref()
    }

    /// The index of the source in the document's speaker table, if it has one.
    pub fn entity(&self) -> Option<usize> {
        self.entity
    }

    /// The source's grammatical gender, as the text marks it.
    pub fn gender(&self) -> Gender {
        self.gender
    }

    /// The source's grammatical number, as the text marks it.
    pub fn number(&self) -> Number {
        self.number
    }

    /// How the source was found.
    pub fn resolution(&self) -> Resolution {
        self.resolution
    }

    /// The same speaker with owned text.
    pub fn into_owned(self) -> Speaker<'static> {
        Speaker {
            text: Cow::Owned(self.text.into_owned()),
            start: self.start,
            end: self.end,
            mention: self.mention.map(Mention::into_owned),
            entity: self.entity,
            gender: self.gender,
            number: self.number,
            resolution: self.resolution,
        }
    }
}

/// The word or phrase that attributes a quotation: `قال`, `مضيفاً`, `بحسب`.
///
/// # Examples
///
/// ```
/// let ex = isnad::Extractor::new();
/// let doc = ex.extract("«لن نتراجع»، قالت الوزيرة.");
/// let cue = doc.attributions()[0].cue().unwrap();
/// assert_eq!(cue.text(), "قالت");
/// assert_eq!(cue.lemma(), "قال");
/// assert_eq!(cue.kind(), isnad::CueKind::Verb);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue<'h> {
    #[serde(borrow)]
    text: Cow<'h, str>,
    start: usize,
    end: usize,
    #[serde(borrow)]
    lemma: Cow<'h, str>,
    kind: CueKind,
    class: CueClass,
}

impl<'h> Cue<'h> {
    pub(crate) fn new(
        text: &'h str,
        span: Span,
        lemma: Cow<'h, str>,
        kind: CueKind,
        class: CueClass,
    ) -> Cue<'h> {
        Cue { text: Cow::Borrowed(&text[span]), start: span.start, end: span.end, lemma, kind, class }
    }

    /// The cue as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where the cue stands in the document.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The lexicon's lemma for the cue (`قال` for `وقالت`).
    pub fn lemma(&self) -> &str {
        &self.lemma
    }

    /// How the cue introduces its quotation.
    pub fn kind(&self) -> CueKind {
        self.kind
    }

    /// What the cue says about its quotation.
    pub fn class(&self) -> CueClass {
        self.class
    }

    /// The same cue with owned text.
    pub fn into_owned(self) -> Cue<'static> {
        Cue {
            text: Cow::Owned(self.text.into_owned()),
            start: self.start,
            end: self.end,
            lemma: Cow::Owned(self.lemma.into_owned()),
            kind: self.kind,
            class: self.class,
        }
    }
}

/// One quotation and everything isnad decided about it.
///
/// # Examples
///
/// ```
/// use isnad::{Extractor, QuoteKind, Rule};
///
/// let text = "وقالت الوزيرة في تصريح لـ«الصحيفة»: «سنواصل العمل».";
/// let doc = Extractor::new().extract(text);
/// let [name, speech] = doc.attributions() else { panic!() };
/// assert_eq!((name.text(), name.kind()), ("الصحيفة", QuoteKind::Name));
/// assert_eq!((speech.text(), speech.kind()), ("سنواصل العمل", QuoteKind::Speech));
/// assert_eq!(speech.speaker().unwrap().text(), "الوزيرة");
/// assert_eq!(&text[speech.span()], "سنواصل العمل");
/// assert!(speech.confidence() > 0.5);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attribution<'h> {
    #[serde(borrow)]
    text: Cow<'h, str>,
    start: usize,
    end: usize,
    kind: QuoteKind,
    #[serde(borrow)]
    speaker: Option<Speaker<'h>>,
    #[serde(borrow)]
    cue: Option<Cue<'h>>,
    #[serde(serialize_with = "three_decimals")]
    confidence: f32,
    rule: Rule,
    mark: Mark,
    open: Span,
    close: Option<Span>,
    depth: usize,
    parent: Option<usize>,
}

/// Writes a confidence with three decimals (`0.9`, not `0.8999999761581421`).
fn three_decimals<S: serde::Serializer>(value: &f32, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f64((f64::from(*value) * 1000.0).round() / 1000.0)
}

/// The parts of an [`Attribution`] decided by attribution, before assembly.
#[derive(Clone, Debug, Default)]
pub(crate) struct Decision<'h> {
    pub kind: QuoteKind,
    pub speaker: Option<Speaker<'h>>,
    pub cue: Option<Cue<'h>>,
    pub confidence: f32,
    pub rule: Rule,
}

impl<'h> Attribution<'h> {
    pub(crate) fn new(quote: &crate::scan::Quote<'h>, decision: Decision<'h>) -> Attribution<'h> {
        Attribution {
            text: Cow::Borrowed(quote.as_str()),
            start: quote.span().start,
            end: quote.span().end,
            kind: decision.kind,
            speaker: decision.speaker,
            cue: decision.cue,
            confidence: decision.confidence.clamp(0.0, 1.0),
            rule: decision.rule,
            mark: quote.mark(),
            open: quote.open(),
            close: quote.close(),
            depth: quote.depth(),
            parent: quote.parent(),
        }
    }

    /// The text between the marks.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where that text stands in the document.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Speech, or the kind of name or term.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// Whether the quotation is reported speech.
    pub fn is_speech(&self) -> bool {
        self.kind.is_speech()
    }

    /// Who said it, for speech whose source the document gives.
    pub fn speaker(&self) -> Option<&Speaker<'h>> {
        self.speaker.as_ref()
    }

    /// The cue that attributes it, if any.
    pub fn cue(&self) -> Option<&Cue<'h>> {
        self.cue.as_ref()
    }

    /// How sure the rule that decided is, in `0.0..=1.0`.
    pub fn confidence(&self) -> f32 {
        self.confidence
    }

    /// The rule that decided the kind and speaker.
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// The family of the marks.
    pub fn mark(&self) -> Mark {
        self.mark
    }

    /// Where the opening mark stands.
    pub fn open(&self) -> Span {
        self.open
    }

    /// Where the closing mark stands, if the quotation was closed.
    pub fn close(&self) -> Option<Span> {
        self.close
    }

    /// Whether the quotation was closed.
    pub fn is_closed(&self) -> bool {
        self.close.is_some()
    }

    /// How many quotations enclose this one.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The index of the enclosing quotation in the document's list, if any.
    pub fn parent(&self) -> Option<usize> {
        self.parent
    }

    /// The same record with owned text, free of the document's lifetime.
    pub fn into_owned(self) -> Attribution<'static> {
        Attribution {
            text: Cow::Owned(self.text.into_owned()),
            start: self.start,
            end: self.end,
            kind: self.kind,
            speaker: self.speaker.map(Speaker::into_owned),
            cue: self.cue.map(Cue::into_owned),
            confidence: self.confidence,
            rule: self.rule,
            mark: self.mark,
            open: self.open,
            close: self.close,
            depth: self.depth,
            parent: self.parent,
        }
    }

    /// The same record with every offset moved `by` bytes, as when a
    /// document was extracted from the middle of a larger text.
    pub fn shifted(mut self, by: usize) -> Attribution<'h> {
        self.start += by;
        self.end += by;
        self.open = self.open.shifted(by);
        self.close = self.close.map(|c| c.shifted(by));
        if let Some(s) = self.speaker.as_mut() {
            s.start += by;
            s.end += by;
            if let Some(m) = s.mention.as_mut() {
                m.start += by;
                m.end += by;
            }
        }
        if let Some(c) = self.cue.as_mut() {
            c.start += by;
            c.end += by;
        }
        self
    }
}
