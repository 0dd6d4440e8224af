//! Throughput of isnad: by text size, by pipeline stage, and on hostile input.
//!
//! `cargo bench` runs every group; `cargo bench -- stage` one of them;
//! `cargo bench -- --quick` stops each benchmark as soon as its estimate is
//! stable. `ISNAD_BENCH_MB` sets the size of the realistic corpus (default
//! 16). See `benches/README.md` for the groups and where the texts come from.
//!
//! - `size`: `extract` on a headline, a paragraph and an article composed
//!   for these benches (`benches/texts/`).
//! - `stage`: each stage over the realistic corpus, whose articles are the
//!   project's dev set cycled to 16 MB (or, on a clone without
//!   `../shared`, the crate's demo article): scanning, folding and
//!   tokenising, the cue lookup, the whole `extract` (with fresh memory,
//!   and with a [`Scratch`](isnad::Scratch) reused from one run to the
//!   next), and writing the JSON; and `articles_scratch`, the articles
//!   extracted one by one as separate documents with one scratch.
//!   There is no public entry for attribution alone: after the run, its
//!   cost is printed as `extract` minus `scan`.
//! - `hostile`: 10 MB of `«`, 2 MB of `"` (a million quotations), nesting
//!   100 000 deep, a 50 MB line with no mark, a quotation left open for 10 MB.
//! - `scaling`: the same input at two sizes, for inputs whose cost grows
//!   faster than their length: throughput that falls as size grows shows it.
//!
//! Every benchmark reports bytes per second of input; the extractor is built
//! outside the timed closure.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BenchmarkGroup, Criterion, SamplingMode, Throughput};
use isnad::{Extractor, Lexicon, Scanner, Scratch};

const MB: usize = 1_000_000;

fn crate_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn read_text(rel: &str) -> String {
    std::fs::read_to_string(crate_path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The articles of the realistic corpus: the dev set beside the crate when
/// there is one, else the crate's demo article, else the composed one.
fn articles() -> (Vec<String>, &'static str) {
    let dev = crate_path("../shared/corpus/dev");
    if let Ok(entries) = std::fs::read_dir(&dev) {
        let mut names: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        names.sort();
        let texts: Vec<String> = names
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .map(|t| t.replace("\r\n", "\n").trim_matches('\n').to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        if !texts.is_empty() {
            return (texts, "../shared/corpus/dev");
        }
    }
    for rel in ["src/demo/article.txt", "benches/texts/article.txt"] {
        if let Ok(text) = std::fs::read_to_string(crate_path(rel)) {
            return (vec![text.trim_matches('\n').to_owned()], rel);
        }
    }
    panic!("no article to build the corpus from");
}

/// The articles cycled, separated by a blank line, to at least `bytes`
/// (as `shared/tools/make_corpus.py` does).
fn corpus(bytes: usize) -> String {
    let (articles, source) = articles();
    let mut text = String::with_capacity(bytes + 64 * 1024);
    while text.len() < bytes {
        for article in &articles {
            text.push_str(article);
            text.push_str("\n\n");
            if text.len() >= bytes {
                break;
            }
        }
    }
    eprintln!("corpus: {} bytes from {} article(s) of {source}", text.len(), articles.len());
    text
}

fn corpus_bytes() -> usize {
    std::env::var("ISNAD_BENCH_MB")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .map_or(16 * MB, |mb| (mb * 1e6) as usize)
}

/// A group for inputs of megabytes: ten samples of one iteration each.
fn big_group<'c>(c: &'c mut Criterion, name: &str) -> BenchmarkGroup<'c, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    group
}

fn sizes(c: &mut Criterion) {
    let ex = Extractor::new();
    let mut group = c.benchmark_group("size");
    group.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    for name in ["headline", "paragraph", "article"] {
        let text = read_text(&format!("benches/texts/{name}.txt"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| ex.extract(black_box(&text))));
    }
    group.finish();
}

fn stages(c: &mut Criterion) {
    let text = corpus(corpus_bytes());
    let ex = Extractor::new();
    let scanner = Scanner::new();
    let lexicon = Lexicon::default();
    let words: Vec<String> =
        isnad::tokens(&text).filter(|t| t.is_word()).map(|t| t.folded().into_owned()).collect();
    let doc = ex.extract(&text);
    let mut group = big_group(c, "stage");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("scan", |b| b.iter(|| scanner.scan(black_box(&text))));
    let mut folded = String::new();
    group.bench_function("tokens_fold", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in isnad::tokens(black_box(&text)) {
                if t.is_word() {
                    isnad::fold_into(t.as_str(), &mut folded);
                    n += folded.len();
                }
            }
            n
        })
    });
    group.bench_function("cue_lookup", |b| {
        b.iter(|| words.iter().filter(|w| lexicon.lookup(black_box(w)).is_some()).count())
    });
    group.bench_function("extract", |b| b.iter(|| ex.extract(black_box(&text))));
    let mut scratch = Scratch::new();
    group.bench_function("extract_scratch", |b| b.iter(|| ex.extract_with(black_box(&text), &mut scratch)));
    let mut out = Vec::with_capacity(64 * MB);
    group.bench_function("json", |b| {
        b.iter(|| {
            out.clear();
            serde_json::to_writer(&mut out, black_box(&doc)).expect("a document serialises");
            out.len()
        })
    });
    group.finish();
    articles_one_by_one(c, &ex);
}

/// The corpus's articles as separate documents, one scratch for all: how a
/// batch of articles is read.
fn articles_one_by_one(c: &mut Criterion, ex: &Extractor) {
    let (articles, _) = articles();
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut group = c.benchmark_group("stage");
    group.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    group.throughput(Throughput::Bytes(bytes as u64));
    let mut scratch = Scratch::new();
    group.bench_function("articles_scratch", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| ex.extract_with(black_box(a), &mut scratch).attributions().len())
                .sum::<usize>()
        })
    });
    group.finish();
}

/// Ordinary prose with neither line break nor mark: the corpus flattened,
/// or composed sentences on a fresh clone.
fn line_without_marks(bytes: usize) -> String {
    let source = corpus(bytes.min(16 * MB));
    let flat: String = source
        .chars()
        .map(|c| {
            if c.is_whitespace() || matches!(c, '«' | '»' | '"' | '“' | '”' | '„' | '‹' | '›' | '﴿' | '﴾')
            {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut text = String::with_capacity(bytes + flat.len());
    while text.len() < bytes {
        text.push_str(&flat);
        text.push(' ');
    }
    text
}

fn hostile(c: &mut Criterion) {
    let ex = Extractor::new();
    let prose = line_without_marks(10 * MB);
    let inputs: Vec<(&str, String)> = vec![
        ("guillemets_10mb", "«".repeat(10 * MB / 2)),
        ("straight_2mb", "\"".repeat(2 * MB)),
        ("nesting_100k", "«".repeat(100_000) + "قال" + &"»".repeat(100_000)),
        ("line_50mb", line_without_marks(50 * MB)),
        ("open_quote_10mb", "قال الوزير: «".to_owned() + &prose),
    ];
    drop(prose);
    let mut group = big_group(c, "hostile");
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| b.iter(|| ex.extract(black_box(text))));
    }
    group.finish();
}

fn scaling(c: &mut Criterion) {
    let mut group = big_group(c, "scaling");
    // one sentence (no full stop, no line break) holding a cue every five words
    let ex = Extractor::new();
    for kb in [100, 400] {
        let text = "قال الوزير إن الحوار مستمر ".repeat(kb * 1000 / 50);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("cues_in_one_sentence_{kb}kb"), |b| {
            b.iter(|| ex.extract(black_box(&text)))
        });
    }
    // nesting as deep as a raised bound allows
    for depth in [2000, 8000] {
        let ex = Extractor::builder().max_depth(depth).build().expect("valid options");
        let text = "«".repeat(depth) + "قال" + &"»".repeat(depth);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("nesting_under_raised_bound_{depth}"), |b| {
            b.iter(|| ex.extract(black_box(&text)))
        });
    }
    group.finish();
}

/// The directory where criterion saves its estimates.
fn criterion_dir() -> PathBuf {
    std::env::var_os("CRITERION_HOME").map(PathBuf::from).unwrap_or_else(|| {
        std::env::var_os("CARGO_TARGET_DIR")
            .map_or_else(|| crate_path("target"), PathBuf::from)
            .join("criterion")
    })
}

/// A field of one benchmark's saved results (`estimates` or `benchmark`).
fn saved(group: &str, id: &str, file: &str) -> Option<serde_json::Value> {
    let path = criterion_dir().join(group).join(id).join("new").join(format!("{file}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

/// Prints the median throughput (decimal MB/s) of every benchmark this
/// run measured, from criterion's saved results, and the cost of
/// attribution alone, which has no public entry: `extract` minus `scan`.
fn report(since: std::time::SystemTime) {
    let fresh = |group: &str, id: &str| {
        let path = criterion_dir().join(group).join(id).join("new/estimates.json");
        std::fs::metadata(path).and_then(|m| m.modified()).is_ok_and(|t| t >= since)
    };
    let median = |group: &str, id: &str| saved(group, id, "estimates")?["median"]["point_estimate"].as_f64();
    let bytes = |group: &str, id: &str| saved(group, id, "benchmark")?["throughput"]["Bytes"].as_f64();
    println!("\nmedians, in MB/s (10^6 bytes per second):");
    for group in ["size", "stage", "hostile", "scaling"] {
        let Ok(entries) = std::fs::read_dir(criterion_dir().join(group)) else { continue };
        let mut ids: Vec<String> = entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect();
        ids.sort();
        for id in ids.iter().filter(|id| fresh(group, id)) {
            if let (Some(ns), Some(n)) = (median(group, id), bytes(group, id)) {
                println!(
                    "  {:<45} {:>10.3} ms {:>10.1} MB/s",
                    format!("{group}/{id}"),
                    ns / 1e6,
                    n / ns * 1e3
                );
            }
        }
    }
    if fresh("stage", "extract") && fresh("stage", "scan") {
        if let (Some(extract), Some(scan), Some(n)) =
            (median("stage", "extract"), median("stage", "scan"), bytes("stage", "extract"))
        {
            let ns = extract - scan;
            println!(
                "  {:<45} {:>10.3} ms {:>10.1} MB/s",
                "stage/attribution (extract - scan)",
                ns / 1e6,
                n / ns * 1e3
            );
        }
    }
}

fn main() {
    let start = std::time::SystemTime::now();
    let mut c = Criterion::default().configure_from_args();
    sizes(&mut c);
    stages(&mut c);
    hostile(&mut c);
    scaling(&mut c);
    c.final_summary();
    report(start);
}
