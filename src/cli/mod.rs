//! The `isnad` command: argument parsing, the subcommands, exit codes.
//!
//! Errors are reported on stderr as `isnad: <what>: <why>`, never as a
//! panic or a debug dump. A closed stdout (as under `| head`) ends the run
//! quietly with status 0.

mod args;
mod eval;
mod extract;
mod html;
mod input;
mod offsets;
mod pretty;
mod progress;
mod stats;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use isnad::{Document, Extractor, ParagraphBreak, Scratch};

use args::{Cli, Color, Command, ExtractorArgs, InputArgs};
use progress::Show;

/// What a run ended with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Everything read and processed.
    Ok,
    /// Some input failed, or a threshold was missed.
    Failed,
}

/// A usage error found after parsing (exit status 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Usage(String);

/// Runs the command line and returns the process's exit status.
pub fn main() -> ExitCode {
    // a panic in a worker fails one document (see `input::guard`), reported
    // there; anywhere else it is a short message, not a dump
    std::panic::set_hook(Box::new(|info| {
        if !input::is_worker() {
            eprintln!("isnad: internal error: {info}");
        }
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version print to stdout and succeed; usage errors exit 2
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let result = match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Stats(a) => run_stats(a),
        Command::Eval(a) => run_eval(a),
        Command::Demo(a) => extract::demo(a),
    };
    match result {
        Ok(Status::Ok) => ExitCode::SUCCESS,
        Ok(Status::Failed) => ExitCode::from(1),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let usage = e.downcast_ref::<Usage>().is_some();
            eprintln!("isnad: {}", chain(&e));
            if usage {
                eprintln!("For more information, try '--help'.");
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

/// An error and its causes on one line: `a: b: c`.
fn chain(e: &anyhow::Error) -> String {
    e.chain().map(|c| c.to_string()).collect::<Vec<_>>().join(": ")
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe))
}

/// The extractor the options describe.
fn extractor(args: &ExtractorArgs) -> anyhow::Result<Extractor> {
    if args.lexicon.is_empty() && !args.blank_lines && !args.ornate {
        return Ok(Extractor::new());
    }
    let mut builder = Extractor::builder();
    builder.ornate(args.ornate);
    if args.blank_lines {
        builder.paragraph_break(ParagraphBreak::BlankLine);
    }
    for path in &args.lexicon {
        let text = input::read_text(path).map_err(|e| Usage(format!("--lexicon {}: {e}", path.display())))?;
        builder.cues(&text);
    }
    builder.build().map_err(|e| {
        let files: Vec<String> = args.lexicon.iter().map(|p| p.display().to_string()).collect();
        anyhow::Error::new(Usage(format!("--lexicon {}: {e}", files.join(", "))))
    })
}

/// The most scratch memory a worker thread keeps between documents; after
/// a larger document its scratch is given back.
const KEEP_SCRATCH_BYTES: usize = 64 << 20;

/// Extracts `text` with the calling thread's scratch memory, so that a
/// worker allocates its token table once, not once per document.
fn extract_reusing<'h>(ex: &Extractor, text: &'h str) -> Document<'h> {
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::new());
    }
    SCRATCH.with_borrow_mut(|scratch| {
        let doc = ex.extract_with(text, scratch);
        if scratch.capacity_bytes() > KEEP_SCRATCH_BYTES {
            *scratch = Scratch::new();
        }
        doc
    })
}

fn show(args: &InputArgs) -> Show {
    if args.quiet {
        Show::Never
    } else if args.progress {
        Show::Always
    } else {
        Show::Auto
    }
}

/// Whether `--color` means colours on stdout.
fn colors(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            io::stdout().is_terminal() && !matches!(std::env::var_os("NO_COLOR"), Some(v) if !v.is_empty())
        }
    }
}

/// The JSON name of a unit enum value (`cue_before`, `verb`).
fn serde_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn run_stats(args: args::StatsArgs) -> anyhow::Result<Status> {
    let ex = extractor(&args.extractor)?;
    let pool = input::pool(args.input.threads)?;
    let sources = input::Source::from_args(&args.input.files);
    let progress = progress::Progress::new(show(&args.input), input::Source::total_len(&sources));
    let reading = if args.input.jsonl { input::Reading::Lines } else { input::Reading::Auto };
    let mut tally = stats::Tally::default();
    let work = |unit: input::Unit| -> Result<stats::Tally, input::Failure> {
        if let input::Unit::Line { source, line, bytes } = &unit {
            if memchr::memmem::find(bytes, b"\"quotes\"").is_some() {
                if let Ok(out) = serde_json::from_slice::<stats::OutputLine<'_>>(bytes) {
                    if let Some(quotes) = &out.quotes {
                        return Ok(stats::Tally::document(quotes, &out.speakers));
                    }
                }
            }
            if memchr::memmem::find(bytes, b"\"error\"").is_some() {
                if let Ok(out) = serde_json::from_slice::<stats::OutputLine<'_>>(bytes) {
                    if out.error.is_some() {
                        return Ok(stats::Tally { upstream_errors: 1, ..Default::default() });
                    }
                }
            }
            let doc = input::prepare_line(source, *line, bytes)?;
            return input::guard(&doc.name, || {
                let found = extract_reusing(&ex, &doc.text);
                stats::Tally::document(found.attributions(), found.speakers())
            });
        }
        let doc = input::prepare(unit)?;
        input::guard(&doc.name, || {
            let found = extract_reusing(&ex, &doc.text);
            stats::Tally::document(found.attributions(), found.speakers())
        })
    };
    let sink = |batch: Vec<Result<stats::Tally, input::Failure>>| -> anyhow::Result<()> {
        for r in batch {
            match r {
                Ok(t) => {
                    progress.found(t.quotations);
                    tally.merge(t);
                }
                Err(f) => {
                    progress.message(&format!("isnad: {}: {}", f.location, f.error));
                    tally.failed += 1;
                }
            }
        }
        Ok(())
    };
    input::run(sources, reading, &pool, &progress, work, sink)?;
    progress.finish();
    let failed = tally.failed > 0;
    let report = stats::Report::new(tally);
    let text = if args.json {
        let mut s = serde_json::to_string_pretty(&report)?;
        s.push('\n');
        s
    } else if args.html {
        report.html(args.top)
    } else {
        report.text(args.top)
    };
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(if failed { Status::Failed } else { Status::Ok })
}

fn run_eval(args: args::EvalArgs) -> anyhow::Result<Status> {
    let ex = extractor(&args.extractor)?;
    let pool = input::pool(args.threads)?;
    if !args.gold_dir.is_dir() {
        return Err(Usage(format!("{}: not a directory", args.gold_dir.display())).into());
    }
    let outcome = eval::evaluate(&args.gold_dir, &ex, &pool).context("eval")?;
    let mut status = Status::Ok;
    for (_, problem) in &outcome.unreadable {
        eprintln!("isnad: {problem}");
        status = Status::Failed;
    }
    let mut out = io::stdout().lock();
    if args.verbose {
        for line in &outcome.errors {
            writeln!(out, "{line}")?;
        }
    }
    if args.json {
        writeln!(out, "{}", outcome.metrics.to_json())?;
    } else {
        out.write_all(outcome.metrics.report().as_bytes())?;
    }
    out.flush()?;
    for (name, min) in &args.min {
        let value = outcome.metrics.get(name).unwrap_or(0.0);
        if value < *min {
            eprintln!("isnad: {name} {value:.3} is below the minimum {min:.3}");
            status = Status::Failed;
        }
    }
    Ok(status)
}
