//! `isnad extract` and `isnad demo`: documents in, one record per document out.

use std::collections::HashSet;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use isnad::jsonl::DocId;
use isnad::Document;
use serde::Serialize;
use serde_json::{Map, Value};

use super::args::{DemoArgs, ExtractArgs, Format, Offsets};
use super::input::{self, Failure, Reading, Source, Unit};
use super::offsets::{Converted, OffsetMap};
use super::pretty::{self, Paint};
use super::progress::Progress;
use super::{colors, html, show, Status, Usage};

/// The example article `isnad demo` runs on.
pub const ARTICLE: &str = include_str!("../demo/article.txt");

/// One output record: `doc` first, the input's other fields, then the
/// document's own fields (`quotes`, `speakers`) as the library serialises them.
#[derive(Serialize)]
struct Record<'a, D: Serialize> {
    doc: &'a DocId,
    #[serde(flatten)]
    fields: &'a Map<String, Value>,
    #[serde(flatten)]
    document: D,
}

/// The record in place of a document that could not be read.
#[derive(Serialize)]
struct ErrorRecord<'a> {
    doc: &'a DocId,
    error: &'a str,
}

/// How each document is written.
#[derive(Clone, Copy)]
struct Shape {
    format: Format,
    offsets: Offsets,
    paint: Paint,
}

impl Shape {
    /// The output for one document.
    fn render(
        &self,
        name: &DocId,
        fields: &Map<String, Value>,
        text: &str,
        doc: &Document<'_>,
    ) -> Result<Vec<u8>, String> {
        match self.format {
            Format::Jsonl | Format::Json => {
                let mut out = Vec::with_capacity(256 + 512 * doc.attributions().len());
                let result = match self.offsets {
                    Offsets::Bytes => self.json(&mut out, &Record { doc: name, fields, document: doc }),
                    unit => {
                        let map = OffsetMap::new(text, unit);
                        self.json(
                            &mut out,
                            &Record { doc: name, fields, document: Converted::new(doc, &map) },
                        )
                    }
                };
                result.map_err(|e| format!("cannot write JSON: {e}"))?;
                Ok(out)
            }
            Format::Pretty => Ok(pretty::render(&name.to_string(), text, doc, self.paint).into_bytes()),
            Format::Html => Ok(html::page(&name.to_string(), text, doc).into_bytes()),
        }
    }

    /// The output for a document that could not be read.
    fn failure(&self, f: &Failure) -> Vec<u8> {
        match self.format {
            Format::Jsonl | Format::Json => {
                let mut out = Vec::new();
                let record = ErrorRecord { doc: &f.doc, error: &f.error };
                // an error record holds two strings: it always serialises
                let _ = self.json(&mut out, &record);
                out
            }
            Format::Pretty => pretty::failure(&f.doc.to_string(), &f.error, self.paint).into_bytes(),
            Format::Html => Vec::new(),
        }
    }

    /// One JSON value: a line for jsonl, an indented array element for json.
    fn json(&self, out: &mut Vec<u8>, value: &impl Serialize) -> serde_json::Result<()> {
        if self.format == Format::Jsonl {
            serde_json::to_writer(&mut *out, value)?;
            out.push(b'\n');
            return Ok(());
        }
        let pretty = serde_json::to_vec_pretty(value)?;
        out.extend_from_slice(b"  ");
        for &b in &pretty {
            out.push(b);
            if b == b'\n' {
                out.extend_from_slice(b"  ");
            }
        }
        Ok(())
    }
}

/// What the workers hand to the writer for one document.
struct Rendered {
    name: DocId,
    body: Result<Vec<u8>, (Failure, Vec<u8>)>,
    quotes: u64,
}

/// Where output goes: stdout (with the JSON array's brackets), or one file
/// per document.
struct Writer<'p> {
    shape: Shape,
    out: BufWriter<io::StdoutLock<'static>>,
    out_dir: Option<PathBuf>,
    /// File names already written in `out_dir`.
    used: HashSet<String>,
    reading: Reading,
    written: u64,
    failed: u64,
    progress: &'p Progress,
}

impl Writer<'_> {
    fn begin(&mut self) -> io::Result<()> {
        if self.shape.format == Format::Json {
            self.out.write_all(b"[")?;
        }
        Ok(())
    }

    fn write(&mut self, r: Rendered) -> anyhow::Result<()> {
        self.progress.found(r.quotes);
        let bytes = match r.body {
            Ok(bytes) => bytes,
            Err((f, bytes)) => {
                self.progress.message(&format!("isnad: {}: {}", f.location, f.error));
                self.failed += 1;
                bytes
            }
        };
        if bytes.is_empty() {
            return Ok(());
        }
        if let Some(dir) = &self.out_dir {
            let file = dir.join(page_name(&r.name, self.reading, &mut self.used));
            std::fs::write(&file, &bytes).with_context(|| format!("{}", file.display()))?;
            self.written += 1;
            return Ok(());
        }
        if self.shape.format == Format::Json {
            self.out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
        } else if self.shape.format == Format::Pretty && self.written > 0 {
            self.out.write_all(b"\n")?;
        }
        self.out.write_all(&bytes)?;
        self.written += 1;
        Ok(())
    }

    fn end(mut self) -> io::Result<()> {
        if self.shape.format == Format::Json {
            self.out.write_all(if self.written == 0 { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

/// A file name for a document's page: the file's stem, or the JSON id, made
/// safe, and unique within the run.
fn page_name(doc: &DocId, reading: Reading, used: &mut HashSet<String>) -> String {
    let raw = match (doc, reading) {
        (DocId::Text(s), Reading::Whole) if s == "-" => "stdin".to_owned(),
        (DocId::Text(s), Reading::Whole) => {
            Path::new(s).file_stem().map_or_else(|| s.clone(), |f| f.to_string_lossy().into_owned())
        }
        (id, _) => id.to_string(),
    };
    let mut base: String = raw
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' })
        .take(120)
        .collect::<String>()
        .trim_start_matches('.')
        .to_owned();
    if base.is_empty() {
        base = "doc".to_owned();
    }
    let mut name = format!("{base}.html");
    let mut n = 1;
    while !used.insert(name.clone()) {
        n += 1;
        name = format!("{base}-{n}.html");
    }
    name
}

pub fn run(args: ExtractArgs) -> anyhow::Result<Status> {
    let format = args.output.format;
    let sources = Source::from_args(&args.input.files);
    let reading = if args.input.jsonl { Reading::Lines } else { Reading::Whole };
    match (&args.output.out_dir, format) {
        (Some(_), f) if f != Format::Html => {
            return Err(Usage("--out-dir works with --format html only".into()).into());
        }
        (None, Format::Html) if args.input.jsonl => {
            return Err(Usage(
                "--format html with --jsonl needs --out-dir DIR (one page per document)".into(),
            )
            .into());
        }
        (None, Format::Html) if sources.len() > 1 => {
            let n = sources.len();
            return Err(Usage(format!(
                "--format html writes one page to stdout; for {n} inputs use --out-dir DIR"
            ))
            .into());
        }
        _ => {}
    }
    if let Some(dir) = &args.output.out_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("--out-dir {}", dir.display()))?;
    }
    let ex = super::extractor(&args.extractor)?;
    let pool = input::pool(args.input.threads)?;
    let progress = Progress::new(show(&args.input), Source::total_len(&sources));
    let shape =
        Shape { format, offsets: args.output.offsets, paint: Paint { on: colors(args.output.color) } };

    let work = |unit: Unit| -> Rendered {
        match input::prepare(unit) {
            Err(f) => Rendered { name: f.doc.clone(), body: Err((f.clone(), shape.failure(&f))), quotes: 0 },
            Ok(doc) => {
                let done = input::guard(&doc.name, || {
                    let found = super::extract_reusing(&ex, &doc.text);
                    let body = shape.render(&doc.name, &doc.fields, &doc.text, &found);
                    (body, found.attributions().len() as u64)
                });
                let (body, quotes) = match done {
                    Ok((Ok(bytes), quotes)) => (Ok(bytes), quotes),
                    Ok((Err(error), _)) => {
                        let f = Failure { doc: doc.name.clone(), location: doc.name.to_string(), error };
                        (Err(f), 0)
                    }
                    Err(f) => (Err(f), 0),
                };
                let body = body.map_err(|f| {
                    let bytes = shape.failure(&f);
                    (f, bytes)
                });
                Rendered { name: doc.name, body, quotes }
            }
        }
    };
    let mut writer = Writer {
        shape,
        out: BufWriter::with_capacity(1 << 16, io::stdout().lock()),
        out_dir: args.output.out_dir.clone(),
        used: HashSet::new(),
        reading,
        written: 0,
        failed: 0,
        progress: &progress,
    };
    writer.begin()?;
    let result = input::run(sources, reading, &pool, &progress, work, |batch| {
        for r in batch {
            writer.write(r)?;
        }
        // a batch is what was available: let it through (a pipe may be slow)
        writer.out.flush()?;
        Ok(())
    });
    progress.finish();
    result?;
    let failed = writer.failed;
    writer.end()?;
    Ok(if failed > 0 { Status::Failed } else { Status::Ok })
}

pub fn demo(args: DemoArgs) -> anyhow::Result<Status> {
    let mut out = io::stdout().lock();
    if args.article {
        out.write_all(ARTICLE.as_bytes())?;
        out.flush()?;
        return Ok(Status::Ok);
    }
    let shape = Shape { format: args.format, offsets: args.offsets, paint: Paint { on: colors(args.color) } };
    let doc = isnad::Extractor::new().extract(ARTICLE);
    let name = DocId::Text("demo/article.txt".to_owned());
    let body = shape.render(&name, &Map::new(), ARTICLE, &doc).map_err(anyhow::Error::msg)?;
    if args.format == Format::Json {
        out.write_all(b"[\n")?;
        out.write_all(&body)?;
        out.write_all(b"\n]\n")?;
    } else {
        out.write_all(&body)?;
    }
    out.flush()?;
    Ok(Status::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_names_are_safe_and_unique() {
        let mut used = HashSet::new();
        let t = |s: &str| DocId::Text(s.to_owned());
        assert_eq!(page_name(&t("dir/a.txt"), Reading::Whole, &mut used), "a.html");
        assert_eq!(page_name(&t("other/a.txt"), Reading::Whole, &mut used), "a-2.html");
        assert_eq!(page_name(&t("-"), Reading::Whole, &mut used), "stdin.html");
        assert_eq!(page_name(&t("x/../خبر#1"), Reading::Lines, &mut used), "x_.._خبر_1.html");
        assert_eq!(page_name(&t("..."), Reading::Lines, &mut used), "doc.html");
        let n = DocId::Number(serde_json::Number::from(7));
        assert_eq!(page_name(&n, Reading::Lines, &mut used), "7.html");
    }

    #[test]
    fn records_put_doc_first_then_fields_then_the_document() {
        let text = "قال الوزير: «نعم».";
        let doc = isnad::Extractor::new().extract(text);
        let mut fields = Map::new();
        fields.insert("url".into(), Value::from("u"));
        let shape = Shape { format: Format::Jsonl, offsets: Offsets::Bytes, paint: Paint { on: false } };
        let out = shape.render(&DocId::Text("d".into()), &fields, text, &doc).unwrap();
        let library = serde_json::to_string(&doc).unwrap();
        let want = format!("{{\"doc\":\"d\",\"url\":\"u\",{}\n", &library[1..]);
        assert_eq!(String::from_utf8(out).unwrap(), want);
    }
}
