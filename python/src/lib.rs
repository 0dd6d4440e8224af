//! Python bindings for isnad, built with maturin as the module `isnad._isnad`
//! (re-exported by the package `isnad`).
//!
//! The binding is a thin layer: [`Extractor`] wraps `isnad::Extractor`, and
//! the records of `record.rs` are copies of the library's records with
//! offsets in the unit Python asked for. Extraction runs with the GIL
//! released; `extract_many` spreads a batch over threads.

mod offsets;
mod record;

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};

use offsets::Offsets;
use record::{Cue, Document, Entity, Mention, Parsed, Quote, Speaker};

/// Finds quotations in Arabic text, tells speech from names in marks, and
/// links each quotation to its speaker.
///
/// Build one extractor and reuse it: building reads the cue lexicon, while
/// extraction is cheap. An extractor is immutable and can be shared by
/// threads; extraction releases the GIL.
///
/// Invalid options or cue entries raise ``ValueError`` with the library's
/// message.
#[pyclass(module = "isnad", frozen)]
struct Extractor {
    inner: isnad::Extractor,
    max_depth: usize,
    blank_lines: bool,
    cues: Option<String>,
    uncued_speech_words: usize,
    discourse: bool,
    offsets: Offsets,
    ornate: bool,
}

/// A count option from Python: a negative number becomes 0, which the
/// library's builder rejects with its own message.
fn count(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (
        max_depth = isnad::DEFAULT_MAX_DEPTH as i64,
        blank_lines = false,
        cues = None,
        uncued_speech_words = 4,
        discourse = true,
        offsets = "chars".to_owned(),
        ornate = false,
    ))]
    #[pyo3(
        text_signature = "(max_depth=16, blank_lines=False, cues=None, uncued_speech_words=4, discourse=True, offsets='chars', ornate=False)"
    )]
    fn new(
        max_depth: i64,
        blank_lines: bool,
        cues: Option<String>,
        uncued_speech_words: i64,
        discourse: bool,
        offsets: String,
        ornate: bool,
    ) -> PyResult<Extractor> {
        let offsets = Offsets::parse(&offsets)?;
        let (max_depth, uncued_speech_words) = (count(max_depth), count(uncued_speech_words));
        let mut builder = isnad::Extractor::builder();
        builder
            .max_depth(max_depth)
            .uncued_speech_words(uncued_speech_words)
            .discourse(discourse)
            .ornate(ornate);
        if blank_lines {
            builder.paragraph_break(isnad::ParagraphBreak::BlankLine);
        }
        if let Some(cues) = &cues {
            builder.cues(cues);
        }
        let inner = builder.build().map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(Extractor { inner, max_depth, blank_lines, cues, uncued_speech_words, discourse, offsets, ornate })
    }

    /// How deep quotations may nest before inner marks are read as text.
    #[getter]
    fn max_depth(&self) -> usize {
        self.max_depth
    }

    /// Whether only an empty line ends a paragraph (else any line break does).
    #[getter]
    fn blank_lines(&self) -> bool {
        self.blank_lines
    }

    /// The cue entries added to the built-in lexicon, if any.
    #[getter]
    fn cues(&self) -> Option<&str> {
        self.cues.as_deref()
    }

    /// The fewest words a quotation with no cue needs to count as speech.
    #[getter]
    fn uncued_speech_words(&self) -> usize {
        self.uncued_speech_words
    }

    /// Whether dropped subjects and pronouns are resolved through the document.
    #[getter]
    fn discourse(&self) -> bool {
        self.discourse
    }

    /// The default unit of offsets: ``"chars"`` (code points) or ``"bytes"`` (UTF-8).
    #[getter]
    fn offsets(&self) -> &'static str {
        self.offsets.name()
    }

    /// Whether ornate parentheses ``﴿…﴾`` around a verse of the Qur'an are quotation marks.
    #[getter]
    fn ornate(&self) -> bool {
        self.ornate
    }

    /// Finds, classifies and attributes every quotation of ``text``.
    ///
    /// Never fails on any ``str``, except one holding lone surrogates, which
    /// cannot be encoded as UTF-8 (``UnicodeEncodeError``). ``offsets``
    /// overrides the extractor's unit for this call.
    #[pyo3(signature = (text, offsets = None))]
    fn extract(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyString>,
        offsets: Option<String>,
    ) -> PyResult<Document> {
        let mode = self.mode(offsets.as_deref())?;
        let text = text.to_cow()?;
        let parsed = py.detach(|| parse(&self.inner, &text, mode));
        parsed.into_document(py)
    }

    /// Extracts every text of ``texts`` (an iterable of ``str``), in parallel
    /// on ``threads`` threads (default: all cores) with the GIL released.
    ///
    /// Returns one ``Document`` per text, in input order: the same as
    /// ``[extractor.extract(t) for t in texts]``.
    #[pyo3(signature = (texts, offsets = None, threads = None))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        offsets: Option<String>,
        threads: Option<i64>,
    ) -> PyResult<Bound<'py, PyList>> {
        let mode = self.mode(offsets.as_deref())?;
        let threads = match threads {
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
            Some(n) if n >= 1 => usize::try_from(n).unwrap_or(usize::MAX),
            Some(_) => return Err(PyValueError::new_err("invalid option threads: must be at least 1")),
        };
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err("extract_many takes an iterable of str, not a str"));
        }
        let strings = texts
            .try_iter()?
            .map(|t| Ok(t?.cast_into::<PyString>()?))
            .collect::<PyResult<Vec<Bound<'py, PyString>>>>()?;
        let texts = strings.iter().map(|s| s.to_cow()).collect::<PyResult<Vec<Cow<'_, str>>>>()?;
        let parsed = py.detach(|| parse_all(&self.inner, &texts, mode, threads));
        let list = PyList::empty(py);
        for doc in parsed {
            list.append(Bound::new(py, doc.into_document(py)?)?)?;
        }
        Ok(list)
    }

    /// Pickles as its options: an extractor can be sent to worker processes
    /// (``multiprocessing``, Spark), where it is built again.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let this = slf.get();
        let args = (
            this.max_depth,
            this.blank_lines,
            this.cues.clone(),
            this.uncued_speech_words,
            this.discourse,
            this.offsets.name(),
            this.ornate,
        );
        (slf.get_type(), args).into_pyobject(py)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let cues = match &self.cues {
            Some(cues) => PyString::new(py, cues).repr()?.to_string(),
            None => "None".to_owned(),
        };
        let py_bool = |b: bool| if b { "True" } else { "False" };
        Ok(format!(
            "Extractor(max_depth={}, blank_lines={}, cues={}, uncued_speech_words={}, discourse={}, offsets='{}', ornate={})",
            self.max_depth,
            py_bool(self.blank_lines),
            cues,
            self.uncued_speech_words,
            py_bool(self.discourse),
            self.offsets.name(),
            py_bool(self.ornate)
        ))
    }
}

impl Extractor {
    /// The unit of offsets for one call: `name` if given, else the extractor's.
    fn mode(&self, name: Option<&str>) -> PyResult<Offsets> {
        name.map_or(Ok(self.offsets), Offsets::parse)
    }
}

/// Extracts one text and copies the result out of it (no GIL needed).
fn parse(ex: &isnad::Extractor, text: &str, mode: Offsets) -> Parsed {
    Parsed::new(text, &ex.extract(text), mode)
}

/// Extracts every text on up to `threads` scoped threads; each takes the
/// next text from a shared counter, so long and short texts balance out.
/// The result is in input order.
fn parse_all(ex: &isnad::Extractor, texts: &[Cow<'_, str>], mode: Offsets, threads: usize) -> Vec<Parsed> {
    let threads = threads.min(texts.len());
    if threads <= 1 {
        return texts.iter().map(|t| parse(ex, t, mode)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<Parsed>> = std::iter::repeat_with(|| None).take(texts.len()).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(text) = texts.get(i) else { break done };
                        done.push((i, parse(ex, text, mode)));
                    }
                })
            })
            .collect();
        for worker in workers {
            let done = worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (i, doc) in done {
                slots[i] = Some(doc);
            }
        }
    });
    slots.into_iter().flatten().collect()
}

/// The native module; the package `isnad` re-exports it.
#[pymodule]
#[pyo3(name = "_isnad")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_class::<Document>()?;
    m.add_class::<Quote>()?;
    m.add_class::<Speaker>()?;
    m.add_class::<Mention>()?;
    m.add_class::<Cue>()?;
    m.add_class::<Entity>()?;
    m.add("DEFAULT_MAX_DEPTH", isnad::DEFAULT_MAX_DEPTH)?;
    m.add("DEFAULT_CUES", isnad::DEFAULT_CUES)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
