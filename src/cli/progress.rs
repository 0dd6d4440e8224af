//! The progress bar on stderr: documents, MB, MB/s and quotations found.
//!
//! By default the bar appears only when stderr is a terminal and the run has
//! lasted more than a moment (so that small inputs print nothing), and a
//! summary line is left when it was shown. `--progress` shows it from the
//! start; when stderr is not a terminal (a log file) it prints a plain line
//! every few seconds and the summary instead. `--quiet` prints nothing.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run lasts before the bar appears on its own.
const DELAY: Duration = Duration::from_millis(800);
/// How often a line is printed when stderr is not a terminal.
const LOG_EVERY: Duration = Duration::from_secs(5);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    Auto,
    Always,
    Never,
}

pub struct Progress {
    bar: ProgressBar,
    /// Whether the bar may appear later, once the run has lasted long enough.
    pending: AtomicBool,
    /// Whether the bar (or the log lines) has been shown.
    shown: AtomicBool,
    /// Plain lines instead of a bar (forced, and stderr is not a terminal).
    log: Option<Mutex<Instant>>,
    start: Instant,
    docs: AtomicU64,
    bytes: AtomicU64,
    quotes: AtomicU64,
}

impl Progress {
    /// A bar over `total` bytes (a spinner when unknown).
    pub fn new(show: Show, total: Option<u64>) -> Progress {
        let style = match total {
            Some(_) => ProgressStyle::with_template("{bar:30.cyan/blue} {percent:>3}% {msg} · eta {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("█▉▊▋▌▍▎▏ "),
            None => ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        };
        let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden()).with_style(style);
        let terminal = std::io::stderr().is_terminal();
        let start = Instant::now();
        let log = (show == Show::Always && !terminal).then(|| Mutex::new(start));
        if show == Show::Always && terminal {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        Progress {
            bar,
            pending: AtomicBool::new(show == Show::Auto && terminal),
            shown: AtomicBool::new(show == Show::Always),
            log,
            start,
            docs: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            quotes: AtomicU64::new(0),
        }
    }

    /// Counts `docs` more documents and `bytes` more input.
    pub fn advance(&self, docs: u64, bytes: u64) {
        self.docs.fetch_add(docs, Ordering::Relaxed);
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        self.bar.inc(bytes);
        if self.pending.load(Ordering::Relaxed) && self.start.elapsed() >= DELAY {
            self.pending.store(false, Ordering::Relaxed);
            self.shown.store(true, Ordering::Relaxed);
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        let line = self.line();
        if let Some(last) = &self.log {
            let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
            if last.elapsed() >= LOG_EVERY {
                *last = Instant::now();
                eprintln!("isnad: {line}");
            }
        }
        self.bar.set_message(line);
    }

    /// `N documents · X MB · Y MB/s · Q quotations`.
    fn line(&self) -> String {
        let docs = self.docs.load(Ordering::Relaxed);
        let mb = self.bytes.load(Ordering::Relaxed) as f64 / 1e6;
        let secs = self.start.elapsed().as_secs_f64().max(1e-3);
        let quotes = self.quotes.load(Ordering::Relaxed);
        format!("{docs} documents · {mb:.1} MB · {:.1} MB/s · {quotes} quotations", mb / secs)
    }

    /// Counts quotations found.
    pub fn found(&self, quotes: u64) {
        self.quotes.fetch_add(quotes, Ordering::Relaxed);
    }

    /// Prints a line on stderr without garbling the bar.
    pub fn message(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    /// Removes the bar, leaving a summary line if the bar was shown.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
        if self.shown.load(Ordering::Relaxed) {
            eprintln!("isnad: {} in {:.1} s", self.line(), self.start.elapsed().as_secs_f64());
        }
    }
}
