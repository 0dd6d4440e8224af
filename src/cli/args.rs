//! The command line: subcommands and options, as clap reads them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const MAIN_AFTER: &str = "\
Examples:
  isnad demo
  isnad extract article.txt
  isnad extract --jsonl corpus.jsonl > quotes.jsonl
  isnad extract --format html --out-dir pages/ articles/*.txt
  isnad stats quotes.jsonl
  isnad eval corpus/dev --min speech_f1=0.95

Exit status:
  0  every input was read and processed
  1  some input could not be read or parsed, or `eval` fell below a --min threshold
  2  usage error";

/// Finds quotations in Arabic news text, tells reported speech from names in
/// marks, and links each quotation to its speaker.
#[derive(Debug, Parser)]
#[command(name = "isnad", version, after_help = MAIN_AFTER, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the quotations of each document, one JSON object per document per line.
    #[command(after_help = EXTRACT_AFTER)]
    Extract(ExtractArgs),
    /// Count who is quoted, how often, with which cues, over many documents.
    #[command(after_help = STATS_AFTER)]
    Stats(StatsArgs),
    /// Score the extractor against a directory of gold annotations.
    #[command(after_help = EVAL_AFTER)]
    Eval(EvalArgs),
    /// Run on an example article built into isnad and show what it finds.
    #[command(after_help = DEMO_AFTER)]
    Demo(DemoArgs),
}

const EXTRACT_AFTER: &str = "\
Output (--format jsonl, the default): one line per input document,
  {\"doc\": \"<path, - or id>\", \"quotes\": [...], \"speakers\": [...]}
where each quote has text, start, end, kind, speaker, cue, confidence, rule,
mark, open, close, depth and parent. A document that could not be read is
  {\"doc\": \"...\", \"error\": \"...\"}
in its place, so output lines match input documents one for one.

Examples:
  isnad extract article.txt other.txt
  cat article.txt | isnad extract
  isnad extract --jsonl --threads 4 corpus.jsonl > quotes.jsonl
  isnad extract --jsonl --offsets utf16 corpus.jsonl     # offsets for JavaScript
  isnad extract --format pretty article.txt
  isnad extract --format html article.txt > article.html
  isnad extract --format html --out-dir pages/ articles/*.txt

Exit status:
  0  every input was read and processed
  1  some input could not be read or parsed (the others were processed)
  2  usage error";

const STATS_AFTER: &str = "\
Input: article texts (files, or --jsonl corpora, as for `extract`), or the
JSON Lines that `isnad extract` wrote (recognised by their \"quotes\" field).

Examples:
  isnad stats articles/*.txt
  isnad extract --jsonl corpus.jsonl > quotes.jsonl && isnad stats quotes.jsonl
  isnad stats --json quotes.jsonl
  isnad stats --html quotes.jsonl > stats.html

Exit status:
  0  every input was read and processed
  1  some input could not be read or parsed (the others were counted)
  2  usage error";

const EVAL_AFTER: &str = "\
Reads every NAME.gold.json of GOLD_DIR (format: see the corpus GUIDELINES.md),
runs the extractor on NAME.txt and prints the metrics of the reference scorer
score.py: span recall and precision, kind accuracy, speech precision, recall
and F1, speaker accuracy and tightness, attribution precision, recall and F1.

Metric names for --min: span_recall span_precision kind_accuracy
speech_precision speech_recall speech_f1 speaker_accuracy speaker_tightness
attribution_precision attribution_recall attribution_f1.

Examples:
  isnad eval corpus/dev
  isnad eval corpus/dev --verbose
  isnad eval corpus/dev --json
  isnad eval corpus/dev --min speech_f1=0.95 --min attribution_f1=0.93

Exit status:
  0  every metric at or above its minimum
  1  a metric below its --min (named on stderr), or a text could not be read
  2  usage error";

const DEMO_AFTER: &str = "\
Examples:
  isnad demo
  isnad demo --format html > demo.html
  isnad demo --article > article.txt

Exit status:
  0  always, unless the output cannot be written";

/// Options that choose the inputs and how they are read.
#[derive(Debug, Args)]
#[command(next_help_heading = "Input")]
pub struct InputArgs {
    /// Input files; `-` or none reads standard input. Without --jsonl each file is one document.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Read JSON Lines: one {"id": ..., "text": ...} object per line, each one document.
    /// The id becomes the output's "doc" (FILE:LINE when there is none); other fields are
    /// copied to the output. Blank lines are skipped.
    #[arg(long)]
    pub jsonl: bool,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Always show the progress bar on stderr (by default only when stderr is a terminal
    /// and the run takes more than a moment).
    #[arg(long, conflicts_with = "quiet")]
    pub progress: bool,

    /// Never show the progress bar.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Options that change how quotations are found.
#[derive(Debug, Args)]
#[command(next_help_heading = "Extraction")]
pub struct ExtractorArgs {
    /// Add reporting cues from a lexicon file (the format of isnad's built-in lexicon,
    /// one entry a line, e.g. `verb فضفض present=فضفض`). May be repeated.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,

    /// Only a blank line ends a paragraph (for hard-wrapped text); by default every line
    /// break does.
    #[arg(long)]
    pub blank_lines: bool,

    /// Read ornate parentheses ﴿…﴾ around a verse of the Qur'an as quotation marks; by
    /// default they are text.
    #[arg(long)]
    pub ornate: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub extractor: ExtractorArgs,
}

/// Options that choose the output's shape.
#[derive(Debug, Args)]
#[command(next_help_heading = "Output")]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,

    /// The unit of every offset in JSON output: bytes of UTF-8 (as in Rust), chars
    /// (Unicode scalar values, as in Python) or utf16 (code units, as in JavaScript, Java, C#).
    #[arg(long, value_enum, default_value_t = Offsets::Bytes)]
    pub offsets: Offsets,

    /// With --format html: write one page per document, DIR/NAME.html, instead of one
    /// page to stdout (needed for more than one document).
    #[arg(long, short = 'o', value_name = "DIR")]
    pub out_dir: Option<PathBuf>,

    /// Colours in --format pretty.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object per document per line (the contract other tools read).
    Jsonl,
    /// One JSON array of the per-document objects, indented.
    Json,
    /// A listing for a person at a terminal: each quotation with its kind, speaker, cue
    /// and confidence, then the speaker table.
    Pretty,
    /// A self-contained HTML page: the article with its quotations highlighted, and
    /// the speaker table.
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Offsets {
    /// UTF-8 byte offsets.
    Bytes,
    /// Unicode scalar value (code point) offsets.
    Chars,
    /// UTF-16 code unit offsets.
    Utf16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// When stdout is a terminal and NO_COLOR is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Print the figures as one JSON object.
    #[arg(long, conflicts_with = "html", help_heading = "Output")]
    pub json: bool,

    /// Print a self-contained HTML page with bar charts.
    #[arg(long, help_heading = "Output")]
    pub html: bool,

    /// How many speakers and cues to list in the text and HTML tables (--json lists all).
    #[arg(long, value_name = "N", default_value_t = 20, help_heading = "Output")]
    pub top: usize,

    #[command(flatten)]
    pub extractor: ExtractorArgs,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// A directory of NAME.txt files with their NAME.gold.json annotations.
    #[arg(value_name = "GOLD_DIR")]
    pub gold_dir: PathBuf,

    /// Also list every missed, spurious or misattributed span.
    #[arg(long, short = 'v')]
    pub verbose: bool,

    /// Print the metrics as one JSON object (the keys of score.py --json).
    #[arg(long)]
    pub json: bool,

    /// Fail (exit status 1) when METRIC is below VALUE, e.g. speech_f1=0.95. May be repeated.
    #[arg(long, value_name = "METRIC=VALUE", value_parser = parse_min)]
    pub min: Vec<(String, f64)>,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    #[command(flatten)]
    pub extractor: ExtractorArgs,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Output format (default: pretty).
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Pretty)]
    pub format: Format,

    /// The unit of offsets in JSON output.
    #[arg(long, value_enum, default_value_t = Offsets::Bytes)]
    pub offsets: Offsets,

    /// Colours in --format pretty.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,

    /// Print the example article itself instead.
    #[arg(long)]
    pub article: bool,
}

/// The metrics `eval --min` accepts.
pub const METRICS: &[&str] = &[
    "span_recall",
    "span_precision",
    "kind_accuracy",
    "speech_precision",
    "speech_recall",
    "speech_f1",
    "speaker_accuracy",
    "speaker_tightness",
    "attribution_precision",
    "attribution_recall",
    "attribution_f1",
];

fn parse_min(s: &str) -> Result<(String, f64), String> {
    let (name, value) = s.split_once('=').ok_or_else(|| format!("expected METRIC=VALUE, got `{s}`"))?;
    let name = name.trim();
    if !METRICS.contains(&name) {
        return Err(format!("unknown metric `{name}` (one of: {})", METRICS.join(", ")));
    }
    let value: f64 = value.trim().parse().map_err(|_| format!("`{value}` is not a number"))?;
    if !(0.0..=1.0).contains(&value) {
        return Err(format!("{value} is not between 0 and 1"));
    }
    Ok((name.to_owned(), value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn min_thresholds() {
        assert_eq!(parse_min("speech_f1=0.9"), Ok(("speech_f1".into(), 0.9)));
        assert!(parse_min("speech_f1").unwrap_err().contains("METRIC=VALUE"));
        assert!(parse_min("f2=0.9").unwrap_err().contains("unknown metric"));
        assert!(parse_min("speech_f1=x").unwrap_err().contains("not a number"));
        assert!(parse_min("speech_f1=2").unwrap_err().contains("between 0 and 1"));
    }
}
