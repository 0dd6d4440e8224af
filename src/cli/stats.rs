//! `isnad stats`: who is quoted and how often, over many documents.
//!
//! Each document is tallied on its own (in parallel) and the tallies are
//! merged in input order. Speakers are merged across documents by their
//! canonical name folded with [`isnad::fold`], so `أحمد` and `احمد` count
//! as one; the spelling shown is the one seen most often.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use isnad::{Attribution, Entity, Gender, Number};
use serde::{Deserialize, Serialize};

use super::html::{escape, STYLE};

/// The tally of some documents.
#[derive(Debug, Default)]
pub struct Tally {
    pub documents: u64,
    /// Documents that could not be read here.
    pub failed: u64,
    /// Error records of `isnad extract` output: documents it could not read.
    pub upstream_errors: u64,
    pub quotations: u64,
    pub speech: u64,
    pub no_speaker: u64,
    pub kinds: BTreeMap<&'static str, u64>,
    pub gender: BTreeMap<&'static str, u64>,
    pub number: BTreeMap<&'static str, u64>,
    /// Quotations with a cue, and their count by lemma.
    pub cued: u64,
    pub cues: HashMap<String, u64>,
    pub speakers: HashMap<String, SpeakerTally>,
}

/// One speaker, merged across documents.
#[derive(Debug, Default)]
pub struct SpeakerTally {
    /// Each spelling of the name, and how often it was seen.
    pub names: HashMap<String, u64>,
    pub quotes: u64,
    pub documents: u64,
    /// Speech quotations by gender and number of the speaker.
    pub gender: BTreeMap<&'static str, u64>,
    pub number: BTreeMap<&'static str, u64>,
}

const NO_SPEAKER: &str = "no speaker";

impl Tally {
    /// The tally of one document's quotations and speaker table.
    pub fn document(quotes: &[Attribution<'_>], speakers: &[Entity<'_>]) -> Tally {
        let mut t = Tally { documents: 1, ..Tally::default() };
        for a in quotes {
            t.quotations += 1;
            *t.kinds.entry(a.kind().name()).or_default() += 1;
            if let Some(c) = a.cue() {
                t.cued += 1;
                *t.cues.entry(c.lemma().to_owned()).or_default() += 1;
            }
            if !a.is_speech() {
                continue;
            }
            t.speech += 1;
            let Some(s) = a.speaker() else {
                t.no_speaker += 1;
                *t.gender.entry(NO_SPEAKER).or_default() += 1;
                *t.number.entry(NO_SPEAKER).or_default() += 1;
                continue;
            };
            *t.gender.entry(s.gender().name()).or_default() += 1;
            *t.number.entry(s.number().name()).or_default() += 1;
            let name = s.entity().and_then(|e| speakers.get(e)).map_or(s.text(), |e| e.name());
            let key = fold_name(name);
            if key.is_empty() {
                continue;
            }
            let entry = t.speakers.entry(key).or_default();
            entry.documents = 1;
            entry.quotes += 1;
            *entry.names.entry(name.to_owned()).or_default() += 1;
            *entry.gender.entry(s.gender().name()).or_default() += 1;
            *entry.number.entry(s.number().name()).or_default() += 1;
        }
        t
    }

    /// Adds another tally to this one.
    pub fn merge(&mut self, other: Tally) {
        self.documents += other.documents;
        self.failed += other.failed;
        self.upstream_errors += other.upstream_errors;
        self.quotations += other.quotations;
        self.speech += other.speech;
        self.no_speaker += other.no_speaker;
        self.cued += other.cued;
        add(&mut self.kinds, other.kinds);
        add(&mut self.gender, other.gender);
        add(&mut self.number, other.number);
        for (k, v) in other.cues {
            *self.cues.entry(k).or_default() += v;
        }
        for (k, s) in other.speakers {
            let e = self.speakers.entry(k).or_default();
            e.quotes += s.quotes;
            e.documents += s.documents;
            for (n, v) in s.names {
                *e.names.entry(n).or_default() += v;
            }
            add(&mut e.gender, s.gender);
            add(&mut e.number, s.number);
        }
    }
}

fn add(into: &mut BTreeMap<&'static str, u64>, from: BTreeMap<&'static str, u64>) {
    for (k, v) in from {
        *into.entry(k).or_default() += v;
    }
}

/// The key speakers are merged by: the name folded, spaces collapsed.
pub fn fold_name(name: &str) -> String {
    isnad::fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `isnad extract` output, as stats reads it back.
#[derive(Deserialize)]
pub struct OutputLine<'a> {
    #[serde(borrow, default)]
    pub quotes: Option<Vec<Attribution<'a>>>,
    #[serde(borrow, default)]
    pub speakers: Vec<Entity<'a>>,
    #[serde(default)]
    pub error: Option<serde::de::IgnoredAny>,
}

/// The figures, ready to print.
#[derive(Debug, Serialize)]
pub struct Report {
    pub documents: u64,
    pub failed: u64,
    pub upstream_errors: u64,
    pub quotations: u64,
    pub speech: u64,
    pub no_speaker: u64,
    pub kinds: Vec<Row>,
    pub gender: Vec<Row>,
    pub number: Vec<Row>,
    pub cued: u64,
    pub cues: Vec<Row>,
    pub speakers: Vec<SpeakerRow>,
}

#[derive(Debug, Serialize)]
pub struct Row {
    pub name: String,
    pub count: u64,
    pub share: f64,
}

#[derive(Debug, Serialize)]
pub struct SpeakerRow {
    pub name: String,
    pub key: String,
    pub quotes: u64,
    pub documents: u64,
    pub share: f64,
    pub gender: &'static str,
    pub number: &'static str,
}

fn share(count: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        count as f64 / total as f64
    }
}

fn rows<'a>(counts: impl IntoIterator<Item = (&'a str, u64)>, total: u64, order: &[&str]) -> Vec<Row> {
    let mut rows: Vec<Row> = counts
        .into_iter()
        .map(|(k, v)| Row { name: k.to_owned(), count: v, share: share(v, total) })
        .collect();
    let rank = |name: &str| order.iter().position(|o| *o == name).unwrap_or(order.len());
    rows.sort_by(|a, b| {
        b.count.cmp(&a.count).then(rank(&a.name).cmp(&rank(&b.name))).then(a.name.cmp(&b.name))
    });
    rows
}

/// The most common value other than unknown, or unknown.
fn dominant(counts: &BTreeMap<&'static str, u64>) -> &'static str {
    counts.iter().filter(|(k, _)| **k != "unknown").max_by_key(|(_, v)| **v).map_or("unknown", |(k, _)| k)
}

impl Report {
    pub fn new(t: Tally) -> Report {
        let mut speakers: Vec<SpeakerRow> = t
            .speakers
            .into_iter()
            .map(|(key, s)| {
                let name = s
                    .names
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    .map(|(n, _)| n.clone())
                    .unwrap_or_default();
                SpeakerRow {
                    name,
                    key,
                    quotes: s.quotes,
                    documents: s.documents,
                    share: share(s.quotes, t.speech),
                    gender: dominant(&s.gender),
                    number: dominant(&s.number),
                }
            })
            .collect();
        speakers.sort_by(|a, b| {
            b.quotes.cmp(&a.quotes).then(b.documents.cmp(&a.documents)).then(a.key.cmp(&b.key))
        });
        let genders = [Gender::Masculine.name(), Gender::Feminine.name(), Gender::Unknown.name(), NO_SPEAKER];
        let numbers = [
            Number::Singular.name(),
            Number::Dual.name(),
            Number::Plural.name(),
            Number::Unknown.name(),
            NO_SPEAKER,
        ];
        Report {
            documents: t.documents,
            failed: t.failed,
            upstream_errors: t.upstream_errors,
            quotations: t.quotations,
            speech: t.speech,
            no_speaker: t.no_speaker,
            kinds: rows(
                t.kinds.iter().map(|(k, v)| (*k, *v)),
                t.quotations,
                &["speech", "name", "title", "term"],
            ),
            gender: rows(t.gender.iter().map(|(k, v)| (*k, *v)), t.speech, &genders),
            number: rows(t.number.iter().map(|(k, v)| (*k, *v)), t.speech, &numbers),
            cued: t.cued,
            cues: rows(t.cues.iter().map(|(k, v)| (k.as_str(), *v)), t.cued, &[]),
            speakers,
        }
    }

    /// The text tables. Names come last on their line, after the figures,
    /// so that right-to-left text does not disturb the columns.
    pub fn text(&self, top: usize) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "documents    {:>8}", self.documents);
        if self.failed > 0 || self.upstream_errors > 0 {
            let _ = writeln!(out, "  failed     {:>8}", self.failed + self.upstream_errors);
        }
        let _ = writeln!(out, "quotations   {:>8}", self.quotations);
        let _ = writeln!(
            out,
            "speech       {:>8}  {}",
            self.speech,
            percent(share(self.speech, self.quotations))
        );
        let _ = writeln!(
            out,
            "no speaker   {:>8}  {} of speech",
            self.no_speaker,
            percent(share(self.no_speaker, self.speech))
        );

        let _ = writeln!(out, "\nwho is quoted (speech quotations){}", shown(top, self.speakers.len()));
        let _ = writeln!(out, "  {:>7} {:>7} {:>5}  speaker", "quotes", "share", "docs");
        for s in self.speakers.iter().take(top) {
            let _ = writeln!(out, "  {:>7} {:>7} {:>5}  {}", s.quotes, percent(s.share), s.documents, s.name);
        }
        table(&mut out, "speaker gender (speech quotations)", &self.gender, usize::MAX);
        table(&mut out, "speaker number (speech quotations)", &self.number, usize::MAX);
        let title =
            format!("cues by lemma (quotations with a cue: {}){}", self.cued, shown(top, self.cues.len()));
        table(&mut out, &title, &self.cues, top);
        table(&mut out, "kinds (all quotations)", &self.kinds, usize::MAX);
        out
    }

    /// A self-contained page with a bar chart (inline SVG) per table.
    pub fn html(&self, top: usize) -> String {
        let mut out = String::new();
        out.push_str("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n");
        let _ =
            writeln!(out, "<title>isnad: إحصاءات الاقتباس</title>\n<style>{STYLE}</style>\n</head>\n<body>");
        out.push_str("<h1>إحصاءات الاقتباس</h1>\n");
        let _ = writeln!(
            out,
            "<p class=\"summary\">الوثائق: {} · الاقتباسات: {} · كلام منقول: {} (<span class=\"ltr\">{}</span>) · بلا متحدث: {} (<span class=\"ltr\">{}</span>)</p>",
            self.documents + self.failed + self.upstream_errors,
            self.quotations,
            self.speech,
            percent(share(self.speech, self.quotations)),
            self.no_speaker,
            percent(share(self.no_speaker, self.speech))
        );
        let max = self.speakers.first().map_or(0, |s| s.quotes);
        out.push_str("<h2>من يُقتبس كلامه</h2>\n<table>\n<thead><tr><th>المتحدث</th><th>الاقتباسات</th><th>النسبة</th><th>الوثائق</th><th></th></tr></thead>\n<tbody>\n");
        for s in self.speakers.iter().take(top) {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                escape(&s.name),
                s.quotes,
                percent(s.share),
                s.documents,
                bar(s.quotes, max)
            );
        }
        out.push_str("</tbody>\n</table>\n");
        html_table(&mut out, "جنس المتحدث (الكلام المنقول)", &self.gender, usize::MAX);
        html_table(&mut out, "عدد المتحدث (الكلام المنقول)", &self.number, usize::MAX);
        html_table(&mut out, "صيغ الإسناد (بحسب الجذر المعجمي)", &self.cues, top);
        html_table(&mut out, "الأنواع (كل الاقتباسات)", &self.kinds, usize::MAX);
        out.push_str("<footer><p>isnad</p></footer>\n</body>\n</html>\n");
        out
    }
}

fn shown(top: usize, len: usize) -> String {
    if len > top {
        format!(", top {top} of {len}")
    } else {
        String::new()
    }
}

fn percent(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

fn table(out: &mut String, title: &str, rows: &[Row], top: usize) {
    let _ = writeln!(out, "\n{title}");
    let _ = writeln!(out, "  {:>7} {:>7}  name", "count", "share");
    for r in rows.iter().take(top) {
        let _ = writeln!(out, "  {:>7} {:>7}  {}", r.count, percent(r.share), r.name);
    }
}

/// A horizontal bar, right to left, as inline SVG.
fn bar(count: u64, max: u64) -> String {
    const WIDTH: f64 = 240.0;
    let w = if max == 0 { 0.0 } else { (count as f64 / max as f64 * WIDTH).max(1.0) };
    format!(
        "<svg width=\"{WIDTH}\" height=\"14\" viewBox=\"0 0 {WIDTH} 14\" role=\"img\" aria-label=\"{count}\"><rect x=\"{:.1}\" y=\"1\" width=\"{w:.1}\" height=\"12\" rx=\"2\" fill=\"#3f6fb5\"></rect></svg>",
        WIDTH - w
    )
}

/// The Arabic label of a gender, number or kind, for the page.
fn label(name: &str) -> &str {
    match name {
        "masculine" => "مذكر",
        "feminine" => "مؤنث",
        "singular" => "مفرد",
        "dual" => "مثنى",
        "plural" => "جمع",
        "unknown" => "غير محدد",
        NO_SPEAKER => "بلا متحدث",
        "speech" => "كلام منقول",
        "name" => "اسم",
        "title" => "عنوان",
        "term" => "مصطلح",
        "other" => "غير ذلك",
        other => other,
    }
}

fn html_table(out: &mut String, title: &str, rows: &[Row], top: usize) {
    let _ = writeln!(out, "<h2>{}</h2>", escape(title));
    out.push_str(
        "<table>\n<thead><tr><th>الاسم</th><th>العدد</th><th>النسبة</th><th></th></tr></thead>\n<tbody>\n",
    );
    let max = rows.first().map_or(0, |r| r.count);
    for r in rows.iter().take(top) {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(label(&r.name)),
            r.count,
            percent(r.share),
            bar(r.count, max)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_merge_across_documents_by_folded_name() {
        let ex = isnad::Extractor::new();
        let a = "قال الوزير أحمد سالم إن «الحوار مستمر». وأضاف «لا تراجع».";
        let b = "قال الوزير احمد سالم إن «الاتفاق قريب». «نعم»، قالت النائبة هدى.";
        let mut t = Tally::default();
        for text in [a, b] {
            let doc = ex.extract(text);
            t.merge(Tally::document(doc.attributions(), doc.speakers()));
        }
        let r = Report::new(t);
        assert_eq!((r.documents, r.quotations, r.speech, r.no_speaker), (2, 4, 4, 0));
        let first = &r.speakers[0];
        assert_eq!((first.quotes, first.documents, first.gender), (3, 2, "masculine"));
        assert_eq!(first.key, fold_name("الوزير احمد سالم"));
        assert_eq!(r.speakers.len(), 2);
        assert_eq!(r.gender[0].name, "masculine");
        assert_eq!(r.gender[0].count, 3);
        assert_eq!(
            r.cues.iter().map(|c| (c.name.as_str(), c.count)).collect::<Vec<_>>(),
            [("قال", 3), ("أضاف", 1)]
        );
        let text = r.text(20);
        assert!(text.contains("\n        3   75.0%     2  "), "{text}");
        let html = r.html(20);
        assert!(html.contains("<svg") && !html.contains("<script"));
        crate::cli::html::tests::balanced(&html).unwrap();
    }
}
