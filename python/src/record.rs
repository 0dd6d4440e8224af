//! The Python records: copies of isnad's records, with offsets converted.
//!
//! Conversion runs in two steps so that the slow part can run without the
//! GIL: [`Parsed::new`] turns an `isnad::Document` into plain Rust values
//! (texts copied, offsets converted, enum names resolved), on any thread;
//! [`Parsed::into_document`] then wraps them as Python objects, under the GIL.
//! Field names and enum names are those of the library's JSON output, so
//! `to_dict()` gives the same shape as `isnad extract`.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde::Serialize;

use crate::offsets::{OffsetMap, Offsets};

/// The JSON name of an isnad enum value (`"speech"`, `"cue_before"`, …).
fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// The confidence as the shortest decimal that reads back as the same
/// `f32` (`0.9`, not `0.8999999761581421`).
fn confidence(value: f32) -> f64 {
    value.to_string().parse().unwrap_or(f64::from(value))
}

/// `repr()` of a Python string, for `__repr__`.
fn repr(py: Python<'_>, text: &str) -> String {
    pyo3::types::PyString::new(py, text).repr().map(|r| r.to_string()).unwrap_or_else(|_| format!("{text:?}"))
}

/// A phrase of the text that names a speaker.
#[pyclass(module = "isnad", frozen, eq, get_all)]
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// The phrase as written.
    text: String,
    /// Where it starts in the text.
    start: usize,
    /// Where it ends in the text (exclusive).
    end: usize,
}

impl Mention {
    fn new(mention: &isnad::Mention<'_>, map: &OffsetMap) -> Mention {
        let span = mention.span();
        Mention { text: mention.text().to_owned(), start: map.get(span.start), end: map.get(span.end) }
    }
}

#[pymethods]
impl Mention {
    /// The mention as a dict: `{"text", "start", "end"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", &self.text)?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Mention(text={}, start={}, end={})", repr(py, &self.text), self.start, self.end)
    }
}

/// Who said a quotation.
///
/// `text` is the speaker's fullest name in the document (which may stand
/// elsewhere than the quotation); `mention` is the phrase near the quotation
/// that refers to them, or `None` when the subject is dropped.
#[pyclass(module = "isnad", frozen, eq, get_all)]
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The speaker's name: the fullest one the document gives.
    text: String,
    /// Where that name starts in the text.
    start: usize,
    /// Where that name ends in the text (exclusive).
    end: usize,
    /// The phrase near the quotation that names the speaker, if any.
    mention: Option<Mention>,
    /// Index of the speaker in `Document.speakers`, if any.
    entity: Option<usize>,
    /// `"masculine"`, `"feminine"` or `"unknown"`.
    gender: String,
    /// `"singular"`, `"dual"`, `"plural"` or `"unknown"`.
    number: String,
    /// How the speaker was found: `"explicit"`, `"dropped_subject"`,
    /// `"pronoun"`, `"description"`, `"carried_over"` or `"nested"`.
    resolution: String,
}

impl Speaker {
    fn new(speaker: &isnad::Speaker<'_>, map: &OffsetMap) -> Speaker {
        let span = speaker.span();
        Speaker {
            text: speaker.text().to_owned(),
            start: map.get(span.start),
            end: map.get(span.end),
            mention: speaker.mention().map(|m| Mention::new(m, map)),
            entity: speaker.entity(),
            gender: name(&speaker.gender()),
            number: name(&speaker.number()),
            resolution: name(&speaker.resolution()),
        }
    }
}

#[pymethods]
impl Speaker {
    /// The speaker as a dict, in the shape of the library's JSON output.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", &self.text)?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("mention", self.mention.as_ref().map(|m| m.to_dict(py)).transpose()?)?;
        dict.set_item("entity", self.entity)?;
        dict.set_item("gender", &self.gender)?;
        dict.set_item("number", &self.number)?;
        dict.set_item("resolution", &self.resolution)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Speaker(text={}, start={}, end={}, resolution={})",
            repr(py, &self.text),
            self.start,
            self.end,
            repr(py, &self.resolution)
        )
    }
}

/// The words that mark a quotation as someone's speech (`قال`, `بحسب`, …).
#[pyclass(module = "isnad", frozen, eq, get_all)]
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    /// The cue as written.
    text: String,
    /// Where it starts in the text.
    start: usize,
    /// Where it ends in the text (exclusive).
    end: usize,
    /// The lexicon entry it matched (`"قال"` for `وقالت`).
    lemma: String,
    /// `"verb"`, `"participle"`, `"nominal"`, `"pronominal"`, `"relay"`, `"setting"` or `"colon"`.
    kind: String,
    /// What the cue says of its quotation: `"say"`, `"label"`, `"write"`, `"relay"` or `"act"`.
    class_: String,
}

impl Cue {
    fn new(cue: &isnad::Cue<'_>, map: &OffsetMap) -> Cue {
        let span = cue.span();
        Cue {
            text: cue.text().to_owned(),
            start: map.get(span.start),
            end: map.get(span.end),
            lemma: cue.lemma().to_owned(),
            kind: name(&cue.kind()),
            class_: name(&cue.class()),
        }
    }
}

#[pymethods]
impl Cue {
    /// The cue as a dict, in the shape of the library's JSON output (`class_` is `"class"` there).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", &self.text)?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("lemma", &self.lemma)?;
        dict.set_item("kind", &self.kind)?;
        dict.set_item("class", &self.class_)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Cue(text={}, lemma={}, kind={})",
            repr(py, &self.text),
            repr(py, &self.lemma),
            repr(py, &self.kind)
        )
    }
}

/// One quotation and what isnad decided about it.
///
/// `start` and `end` delimit the text between the marks, so that
/// `text[q.start:q.end] == q.text` (with the default `offsets="chars"`).
#[pyclass(module = "isnad", frozen, eq, get_all)]
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quoted text, between the marks.
    text: String,
    /// Where the quoted text starts.
    start: usize,
    /// Where the quoted text ends (exclusive).
    end: usize,
    /// `"speech"`, `"name"`, `"title"`, `"term"` or `"other"`.
    kind: String,
    /// Who said it, if anyone was found.
    speaker: Option<Speaker>,
    /// The reporting cue, if any.
    cue: Option<Cue>,
    /// How sure isnad is of the kind and speaker, from 0 to 1.
    confidence: f64,
    /// The rule that decided (`"cue_before"`, `"colon"`, `"name_trigger"`, …).
    rule: String,
    /// The marks: `"guillemet"`, `"curly"`, `"straight"`, `"angle"` or `"ornate"`.
    mark: String,
    /// The opening mark, as `(start, end)`.
    open: (usize, usize),
    /// The closing mark as `(start, end)`, or `None` if the quotation is unclosed.
    close: Option<(usize, usize)>,
    /// How many quotations this one is nested in (0 at the top).
    depth: usize,
    /// Index in `Document.quotes` of the quotation around this one, if any.
    parent: Option<usize>,
}

impl Quote {
    fn new(a: &isnad::Attribution<'_>, map: &OffsetMap) -> Quote {
        let span = a.span();
        let open = a.open();
        Quote {
            text: a.text().to_owned(),
            start: map.get(span.start),
            end: map.get(span.end),
            kind: name(&a.kind()),
            speaker: a.speaker().map(|s| Speaker::new(s, map)),
            cue: a.cue().map(|c| Cue::new(c, map)),
            confidence: confidence(a.confidence()),
            rule: name(&a.rule()),
            mark: name(&a.mark()),
            open: (map.get(open.start), map.get(open.end)),
            close: a.close().map(|c| (map.get(c.start), map.get(c.end))),
            depth: a.depth(),
            parent: a.parent(),
        }
    }
}

#[pymethods]
impl Quote {
    /// Whether the quotation has a closing mark.
    #[getter]
    fn closed(&self) -> bool {
        self.close.is_some()
    }

    /// Whether the quotation is reported speech (`kind == "speech"`).
    #[getter]
    fn is_speech(&self) -> bool {
        self.kind == "speech"
    }

    /// The quotation as a dict, in the shape of the library's JSON output.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let span = |(start, end): (usize, usize)| -> PyResult<Bound<'py, PyDict>> {
            let dict = PyDict::new(py);
            dict.set_item("start", start)?;
            dict.set_item("end", end)?;
            Ok(dict)
        };
        let dict = PyDict::new(py);
        dict.set_item("text", &self.text)?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("kind", &self.kind)?;
        dict.set_item("speaker", self.speaker.as_ref().map(|s| s.to_dict(py)).transpose()?)?;
        dict.set_item("cue", self.cue.as_ref().map(|c| c.to_dict(py)).transpose()?)?;
        dict.set_item("confidence", self.confidence)?;
        dict.set_item("rule", &self.rule)?;
        dict.set_item("mark", &self.mark)?;
        dict.set_item("open", span(self.open)?)?;
        dict.set_item("close", self.close.map(span).transpose()?)?;
        dict.set_item("depth", self.depth)?;
        dict.set_item("parent", self.parent)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let speaker = self.speaker.as_ref().map_or("None".to_owned(), |s| repr(py, &s.text));
        format!(
            "Quote(text={}, kind={}, start={}, end={}, speaker={})",
            repr(py, &self.text),
            repr(py, &self.kind),
            self.start,
            self.end,
            speaker
        )
    }
}

/// One source of the document's speaker table: its fullest name, every
/// phrase that names it, and the indices of its quotations.
#[pyclass(module = "isnad", frozen, eq, get_all)]
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The fullest name the document gives the source.
    name: String,
    /// Where that name starts in the text.
    start: usize,
    /// Where that name ends in the text (exclusive).
    end: usize,
    /// `"masculine"`, `"feminine"` or `"unknown"`.
    gender: String,
    /// `"singular"`, `"dual"`, `"plural"` or `"unknown"`.
    number: String,
    /// Every phrase that names the source, in document order.
    mentions: Vec<Mention>,
    /// Indices in `Document.quotes` of the source's quotations.
    quotes: Vec<usize>,
}

impl Entity {
    fn new(entity: &isnad::Entity<'_>, map: &OffsetMap) -> Entity {
        let span = entity.span();
        Entity {
            name: entity.name().to_owned(),
            start: map.get(span.start),
            end: map.get(span.end),
            gender: name(&entity.gender()),
            number: name(&entity.number()),
            mentions: entity.mentions().iter().map(|m| Mention::new(m, map)).collect(),
            quotes: entity.quotes().to_vec(),
        }
    }
}

#[pymethods]
impl Entity {
    /// The entity as a dict, in the shape of the library's JSON output.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("name", &self.name)?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("gender", &self.gender)?;
        dict.set_item("number", &self.number)?;
        let mentions = self.mentions.iter().map(|m| m.to_dict(py)).collect::<PyResult<Vec<_>>>()?;
        dict.set_item("mentions", mentions)?;
        dict.set_item("quotes", &self.quotes)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Entity(name={}, mentions={}, quotes={:?})",
            repr(py, &self.name),
            self.mentions.len(),
            self.quotes
        )
    }
}

/// What isnad found in one text: its quotations, in the order of their
/// opening marks, and its speaker table.
#[pyclass(module = "isnad", frozen)]
pub struct Document {
    quotes: Py<PyList>,
    speakers: Py<PyList>,
}

#[pymethods]
impl Document {
    /// The quotations (`list[Quote]`), in the order of their opening marks;
    /// a nested quotation comes right after the one around it.
    #[getter]
    fn quotes<'py>(&self, py: Python<'py>) -> Bound<'py, PyList> {
        self.quotes.bind(py).clone()
    }

    /// The speaker table (`list[Entity]`): one entry per source.
    /// `Speaker.entity` indexes it.
    #[getter]
    fn speakers<'py>(&self, py: Python<'py>) -> Bound<'py, PyList> {
        self.speakers.bind(py).clone()
    }

    /// The document as a dict `{"quotes": [...], "speakers": [...]}`, in the
    /// shape of the library's JSON output.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let quotes = PyList::empty(py);
        for quote in self.quotes.bind(py).iter() {
            quotes.append(quote.cast::<Quote>()?.get().to_dict(py)?)?;
        }
        let speakers = PyList::empty(py);
        for entity in self.speakers.bind(py).iter() {
            speakers.append(entity.cast::<Entity>()?.get().to_dict(py)?)?;
        }
        let dict = PyDict::new(py);
        dict.set_item("quotes", quotes)?;
        dict.set_item("speakers", speakers)?;
        Ok(dict)
    }

    /// The number of quotations.
    fn __len__(&self, py: Python<'_>) -> usize {
        self.quotes.bind(py).len()
    }

    /// Iterates over the quotations.
    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.quotes.bind(py).try_iter()?.into_any())
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, Document>) -> PyResult<bool> {
        let other = other.get();
        Ok(self.quotes.bind(py).eq(other.quotes.bind(py))?
            && self.speakers.bind(py).eq(other.speakers.bind(py))?)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Document(quotes={}, speakers={})", self.quotes.bind(py).len(), self.speakers.bind(py).len())
    }
}

/// A document converted to plain Rust values, ready to become Python objects.
#[derive(Debug)]
pub struct Parsed {
    quotes: Vec<Quote>,
    speakers: Vec<Entity>,
}

impl Parsed {
    /// Copies `doc`, extracted from `text`, with offsets in the `mode` asked for.
    pub fn new(text: &str, doc: &isnad::Document<'_>, mode: Offsets) -> Parsed {
        let map = OffsetMap::new(text, mode, byte_offsets(doc, mode));
        Parsed {
            quotes: doc.attributions().iter().map(|a| Quote::new(a, &map)).collect(),
            speakers: doc.speakers().iter().map(|e| Entity::new(e, &map)).collect(),
        }
    }

    /// Wraps the values as Python objects.
    pub fn into_document(self, py: Python<'_>) -> PyResult<Document> {
        let quotes = PyList::empty(py);
        for quote in self.quotes {
            quotes.append(Bound::new(py, quote)?)?;
        }
        let speakers = PyList::empty(py);
        for entity in self.speakers {
            speakers.append(Bound::new(py, entity)?)?;
        }
        Ok(Document { quotes: quotes.unbind(), speakers: speakers.unbind() })
    }
}

/// Every byte offset that the records of `doc` hold (none when bytes are kept).
fn byte_offsets(doc: &isnad::Document<'_>, mode: Offsets) -> Vec<usize> {
    let mut out = Vec::new();
    if mode == Offsets::Bytes {
        return out;
    }
    let mut span = |s: isnad::Span| out.extend([s.start, s.end]);
    for a in doc.attributions() {
        span(a.span());
        span(a.open());
        if let Some(close) = a.close() {
            span(close);
        }
        if let Some(s) = a.speaker() {
            span(s.span());
            if let Some(m) = s.mention() {
                span(m.span());
            }
        }
        if let Some(c) = a.cue() {
            span(c.span());
        }
    }
    for e in doc.speakers() {
        span(e.span());
        for m in e.mentions() {
            span(m.span());
        }
    }
    out
}
