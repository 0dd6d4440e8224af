//! Reading inputs in bounded batches on a thread of their own, and running
//! each batch in parallel while keeping the input order.
//!
//! The reader thread turns files (or standard input) into [`Unit`]s (a whole
//! file, or one JSON line) and sends them through a channel. The main
//! thread gathers them into batches of a few MB (or whatever arrived within
//! 50 ms, so that a slow pipe is not held back), processes a batch on the
//! worker pool, writes its results in order, and takes the next. The reader
//! waits while more than [`IN_FLIGHT_BYTES`] are read and not yet written,
//! so memory does not grow with the corpus.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, Receiver, TryRecvError};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use isnad::jsonl::{parse_line, DocId, LineError};
use rayon::prelude::*;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::progress::Progress;

/// A batch is processed once it holds this many bytes…
const BATCH_BYTES: usize = 4 << 20;
/// …or this many documents…
const BATCH_UNITS: usize = 4096;
/// …or once this long has passed since its first document arrived (for
/// input that trickles in through a pipe).
const BATCH_WAIT: Duration = Duration::from_millis(50);
/// The most bytes read and not yet written: the batch being processed and
/// those queued behind it. Memory stays within a small multiple of this.
const IN_FLIGHT_BYTES: usize = 3 * BATCH_BYTES;
/// The most documents queued between the reader and the workers.
const CHANNEL_UNITS: usize = 2 * BATCH_UNITS;

/// Output keys a JSON Lines input field cannot take over.
const RESERVED: &[&str] = &["doc", "quotes", "speakers", "error"];

/// Where documents come from: a file, or standard input.
#[derive(Clone, Debug)]
pub struct Source {
    /// The name used in messages and as `doc`: the path as given, or `-`.
    pub name: Arc<str>,
    /// The file, or `None` for standard input.
    pub path: Option<PathBuf>,
}

impl Source {
    /// The sources named on the command line; none means standard input.
    pub fn from_args(files: &[PathBuf]) -> Vec<Source> {
        if files.is_empty() {
            return vec![Source { name: "-".into(), path: None }];
        }
        files
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Source { name: "-".into(), path: None }
                } else {
                    Source { name: p.to_string_lossy().into(), path: Some(p.clone()) }
                }
            })
            .collect()
    }

    /// The total size of the sources, when they are all regular files.
    pub fn total_len(sources: &[Source]) -> Option<u64> {
        sources.iter().map(|s| s.path.as_ref().and_then(|p| std::fs::metadata(p).ok()).map(|m| m.len())).sum()
    }

    fn open(&self) -> io::Result<Box<dyn Read + Send>> {
        match &self.path {
            None => Ok(Box::new(io::stdin())),
            Some(p) => {
                if p.is_dir() {
                    return Err(io::Error::new(io::ErrorKind::InvalidInput, "is a directory"));
                }
                Ok(Box::new(File::open(p)?))
            }
        }
    }
}

/// How a source is cut into documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Each source is one document.
    Whole,
    /// Each non-blank line is one JSON document.
    Lines,
    /// Lines when the source's first non-space byte is `{`, else whole.
    Auto,
}

/// One document as read, not yet parsed.
pub enum Unit {
    /// A whole source.
    Whole { source: Arc<str>, bytes: Vec<u8> },
    /// One line of a source (1-based `line`), without its line break.
    Line { source: Arc<str>, line: usize, bytes: Vec<u8> },
    /// A source, or the rest of one, that could not be read.
    Failed(Failure),
}

impl Unit {
    fn len(&self) -> usize {
        match self {
            Unit::Whole { bytes, .. } | Unit::Line { bytes, .. } => bytes.len() + 1,
            Unit::Failed(_) => 0,
        }
    }
}

/// A document that could not be read or parsed.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The output's `doc` for it.
    pub doc: DocId,
    /// Where, for messages: `FILE` or `FILE:LINE`.
    pub location: String,
    /// What went wrong, in lower case.
    pub error: String,
}

impl Failure {
    fn io(source: &str, line: Option<usize>, e: &io::Error) -> Failure {
        let location = match line {
            Some(n) => format!("{source}:{n}"),
            None => source.to_owned(),
        };
        Failure { doc: DocId::Text(location.clone()), location, error: io_message(e) }
    }
}

/// An I/O error as a short lower-case message, without "(os error N)".
pub fn io_message(e: &io::Error) -> String {
    let message = match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    };
    match message.find(" (os error") {
        Some(at) => message[..at].to_owned(),
        None => message,
    }
}

/// A document ready for extraction.
#[derive(Debug)]
pub struct Doc {
    /// The output's `doc`: the path, `-`, the JSON id, or `FILE:LINE`.
    pub name: DocId,
    pub text: String,
    /// The other fields of a JSON line, to copy to the output.
    pub fields: Map<String, Value>,
}

/// Parses a unit into a document.
pub fn prepare(unit: Unit) -> Result<Doc, Failure> {
    match unit {
        Unit::Failed(f) => Err(f),
        Unit::Whole { source, bytes } => match String::from_utf8(bytes) {
            Ok(text) => Ok(Doc { name: DocId::Text(source.to_string()), text, fields: Map::new() }),
            Err(e) => Err(Failure {
                doc: DocId::Text(source.to_string()),
                location: source.to_string(),
                error: format!("not valid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
            }),
        },
        Unit::Line { source, line, bytes } => prepare_line(&source, line, &bytes),
    }
}

/// Parses one JSON line into a document.
pub fn prepare_line(source: &str, line: usize, bytes: &[u8]) -> Result<Doc, Failure> {
    let location = format!("{source}:{line}");
    match parse_line(bytes) {
        Ok(input) => {
            let mut fields = input.fields;
            fields.retain(|k, _| !RESERVED.contains(&k.as_str()));
            Ok(Doc { name: input.id.unwrap_or(DocId::Text(location)), text: input.text, fields })
        }
        Err(e) => {
            let doc = match e {
                LineError::NoText | LineError::TextNotString { .. } => id_of(bytes),
                _ => None,
            };
            Err(Failure {
                doc: doc.unwrap_or_else(|| DocId::Text(location.clone())),
                location,
                error: e.to_string(),
            })
        }
    }
}

/// Runs `f` for one document. A panic (a bug in isnad: the library must
/// never panic) fails that document instead of ending the run.
pub fn guard<T>(doc: &DocId, f: impl FnOnce() -> T) -> Result<T, Failure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let what = match (payload.downcast_ref::<&str>(), payload.downcast_ref::<String>()) {
            (Some(s), _) => s.to_string(),
            (_, Some(s)) => s.clone(),
            _ => "a panic".to_owned(),
        };
        Failure {
            doc: doc.clone(),
            location: doc.to_string(),
            error: format!("internal error ({what}); please report it with this document"),
        }
    })
}

/// Whether the current thread is one of the workers of [`pool`].
pub fn is_worker() -> bool {
    std::thread::current().name().is_some_and(|n| n.starts_with(WORKER))
}

const WORKER: &str = "isnad-worker-";

/// The `"id"` of a JSON object line, if it has a usable one.
fn id_of(bytes: &[u8]) -> Option<DocId> {
    #[derive(Deserialize)]
    struct IdOnly {
        id: Option<DocId>,
    }
    serde_json::from_slice::<IdOnly>(bytes).ok()?.id
}

/// The bytes read but not yet written, shared by the reader (which waits
/// while there are too many) and the writer (which gives them back).
struct Budget {
    state: Mutex<(usize, bool)>,
    freed: Condvar,
}

impl Budget {
    fn new() -> Budget {
        Budget { state: Mutex::new((0, false)), freed: Condvar::new() }
    }

    /// Waits until `n` more bytes fit (a unit larger than the whole budget
    /// waits for an empty pipeline); false once the writer has gone.
    fn take(&self, n: usize) -> bool {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while !state.1 && state.0 > 0 && state.0 + n > IN_FLIGHT_BYTES {
            state = self.freed.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        state.0 += n;
        !state.1
    }

    fn give(&self, n: usize) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.0 = state.0.saturating_sub(n);
        self.freed.notify_all();
    }

    fn close(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1 = true;
        self.freed.notify_all();
    }
}

/// Closes the budget when the writer stops, so that the reader stops too.
struct Closing<'a>(&'a Budget);

impl Drop for Closing<'_> {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// Reads the sources on a thread and sends their units one by one, within
/// the byte budget; stops early when the receiver is gone.
fn spawn_reader(
    sources: Vec<Source>,
    reading: Reading,
    budget: Arc<Budget>,
) -> (Receiver<Unit>, thread::JoinHandle<()>) {
    let (tx, rx) = sync_channel::<Unit>(CHANNEL_UNITS);
    let handle = thread::spawn(move || {
        let mut push = |unit: Unit| -> bool { budget.take(unit.len()) && tx.send(unit).is_ok() };
        for source in &sources {
            if !read_source(source, reading, &mut push) {
                return;
            }
        }
    });
    (rx, handle)
}

/// The next batch: the units available within [`BATCH_WAIT`] of the first,
/// up to [`BATCH_BYTES`] or [`BATCH_UNITS`]; `None` at the end.
fn next_batch(rx: &Receiver<Unit>) -> Option<(Vec<Unit>, usize)> {
    let first = rx.recv().ok()?;
    let deadline = Instant::now() + BATCH_WAIT;
    let mut bytes = first.len();
    let mut units = vec![first];
    while bytes < BATCH_BYTES && units.len() < BATCH_UNITS {
        let unit = match rx.try_recv() {
            Ok(unit) => unit,
            Err(TryRecvError::Disconnected) => break,
            Err(TryRecvError::Empty) => match deadline.checked_duration_since(Instant::now()) {
                Some(wait) => match rx.recv_timeout(wait) {
                    Ok(unit) => unit,
                    Err(_) => break,
                },
                None => break,
            },
        };
        bytes += unit.len();
        units.push(unit);
    }
    Some((units, bytes))
}

/// Reads one source into units; false when the receiver hung up.
fn read_source(source: &Source, reading: Reading, push: &mut dyn FnMut(Unit) -> bool) -> bool {
    let name = &source.name;
    let mut reader = match source.open() {
        Ok(r) => BufReader::with_capacity(1 << 20, r),
        Err(e) => return push(Unit::Failed(Failure::io(name, None, &e))),
    };
    let lines = match reading {
        Reading::Whole => false,
        Reading::Lines => true,
        Reading::Auto => match starts_with_brace(&mut reader) {
            Ok(b) => b,
            Err(e) => return push(Unit::Failed(Failure::io(name, None, &e))),
        },
    };
    if !lines {
        let mut bytes = Vec::new();
        return match reader.read_to_end(&mut bytes) {
            Ok(_) => push(Unit::Whole { source: name.clone(), bytes }),
            Err(e) => push(Unit::Failed(Failure::io(name, None, &e))),
        };
    }
    let mut line = 0;
    loop {
        let mut bytes = Vec::new();
        line += 1;
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => return true,
            Ok(_) => {
                if bytes.last() == Some(&b'\n') {
                    bytes.pop();
                }
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                if !push(Unit::Line { source: name.clone(), line, bytes }) {
                    return false;
                }
            }
            Err(e) => return push(Unit::Failed(Failure::io(name, Some(line), &e))),
        }
    }
}

/// Whether the first byte that is not a space or a byte-order mark is `{`.
fn starts_with_brace(reader: &mut impl BufRead) -> io::Result<bool> {
    let buf = reader.fill_buf()?;
    let buf = buf.strip_prefix(b"\xef\xbb\xbf").unwrap_or(buf);
    Ok(buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'))
}

/// Reads `sources`, runs `work` on every unit on `pool` and gives the
/// results to `sink`, a batch at a time, in input order.
///
/// # Errors
///
/// The first error `sink` returns; reading stops there.
pub fn run<R, W, S>(
    sources: Vec<Source>,
    reading: Reading,
    pool: &rayon::ThreadPool,
    progress: &Progress,
    work: W,
    mut sink: S,
) -> anyhow::Result<()>
where
    R: Send,
    W: Fn(Unit) -> R + Sync,
    S: FnMut(Vec<R>) -> anyhow::Result<()>,
{
    let budget = Arc::new(Budget::new());
    let _closing = Closing(&budget);
    let (rx, reader) = spawn_reader(sources, reading, Arc::clone(&budget));
    while let Some((units, bytes)) = next_batch(&rx) {
        let docs = units.len();
        let results: Vec<R> = pool.install(|| units.into_par_iter().map(&work).collect());
        sink(results)?;
        budget.give(bytes);
        progress.advance(docs as u64, bytes as u64);
    }
    reader.join().map_err(|_| anyhow::anyhow!("the input reader stopped unexpectedly"))?;
    Ok(())
}

/// A worker pool with `threads` threads, or one per core.
pub fn pool(threads: Option<u16>) -> anyhow::Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new().thread_name(|i| format!("{WORKER}{i}"));
    if let Some(n) = threads {
        builder = builder.num_threads(usize::from(n));
    }
    Ok(builder.build()?)
}

/// Reads a whole file as UTF-8 text, with messages as for inputs.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| io_message(&e))?;
    String::from_utf8(bytes).map_err(|e| format!("not valid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_fields_are_dropped_and_missing_ids_are_locations() {
        let doc = prepare_line("c.jsonl", 4, br#"{"text":"t","quotes":1,"url":"u","doc":2}"#).unwrap();
        assert_eq!(doc.name, DocId::Text("c.jsonl:4".into()));
        assert_eq!(doc.fields.keys().collect::<Vec<_>>(), ["url"]);
    }

    #[test]
    fn failures_keep_the_id_when_there_is_one() {
        let f = prepare_line("c.jsonl", 2, br#"{"id":"x7","body":"t"}"#).unwrap_err();
        assert_eq!(
            (f.doc, f.location.as_str(), f.error.as_str()),
            (DocId::Text("x7".into()), "c.jsonl:2", "no \"text\" field")
        );
        let f = prepare_line("c.jsonl", 3, b"{oops").unwrap_err();
        assert_eq!(f.doc, DocId::Text("c.jsonl:3".into()));
    }

    #[test]
    fn a_panic_fails_one_document() {
        let doc = DocId::Text("d".into());
        assert_eq!(guard(&doc, || 7).unwrap(), 7);
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let f = guard(&doc, || -> u8 { panic!("boom {}", 1) }).unwrap_err();
        std::panic::set_hook(hook);
        assert_eq!(f.error, "internal error (boom 1); please report it with this document");
        assert_eq!(f.doc, doc);
    }

    #[test]
    fn brace_detection() {
        for (bytes, want) in
            [(&b"  \n{\"a\":1}"[..], true), (b"\xef\xbb\xbf{", true), ("قال".as_bytes(), false), (b"", false)]
        {
            assert_eq!(starts_with_brace(&mut &bytes[..]).unwrap(), want);
        }
    }
}
