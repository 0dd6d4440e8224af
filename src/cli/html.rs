//! `--format html`: one self-contained page per document.
//!
//! The page is right to left (`<html dir="rtl" lang="ar">`) and has no
//! script and no outside resource. It shows the article with each quotation
//! highlighted by kind (cue, speaker and confidence on hover), each speaker
//! mention marked and linked to the speaker table, a numbered link from
//! each speech quotation to its speaker's mention, the speaker table and the
//! list of quotations.
//!
//! Quotations nest and a speaker's mention can sit inside one, so the
//! highlights are laid out as a tree; a highlight that would cross the
//! boundary of an enclosing one is split in two, so tags always balance.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};
use std::fmt::Write;

use isnad::{Attribution, Document, Gender, Number, QuoteKind, Span};

use super::serde_name;

/// Writes `s` with `& < > " '` escaped, for text and attribute values.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// The Arabic label of a kind.
pub fn kind_label(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Speech => "كلام منقول",
        QuoteKind::Name => "اسم",
        QuoteKind::Title => "عنوان",
        QuoteKind::Term => "مصطلح",
        _ => "غير ذلك",
    }
}

pub fn gender_label(g: Gender) -> &'static str {
    match g {
        Gender::Masculine => "مذكر",
        Gender::Feminine => "مؤنث",
        _ => "غير محدد",
    }
}

pub fn number_label(n: Number) -> &'static str {
    match n {
        Number::Singular => "مفرد",
        Number::Dual => "مثنى",
        Number::Plural => "جمع",
        _ => "غير محدد",
    }
}

/// The style sheet shared by the pages isnad writes.
pub const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Arial", sans-serif; max-width: 62rem;
  margin: 1.5rem auto; padding: 0 1rem; line-height: 1.9; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.4rem; margin: .2rem 0; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
.summary, .legend, footer { color: #444; font-size: .95rem; }
.article { white-space: pre-wrap; font-size: 1.15rem; border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.5rem; }
mark { color: inherit; border-radius: 3px; }
.speech { background: #ffe58a; }
.name { background: #bfe0ff; }
.title { background: #c8efc0; }
.term { background: #e8d4ff; }
.other { background: #e4e4e4; }
mark.q mark.q { outline: 1px dashed #8a6d00; }
.mention { color: #a4161a; font-weight: bold; text-decoration: none; border-bottom: 2px solid #a4161a; }
.cue { text-decoration: underline dotted #333; text-underline-offset: .35em; }
sup.ref { font-size: .7rem; line-height: 0; }
sup.ref a { color: #a4161a; text-decoration: none; padding: 0 1px; }
.swatch { padding: 0 .4rem; border-radius: 3px; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { border: 1px solid #ccc; padding: .2rem .5rem; vertical-align: top; text-align: start; }
th { background: #f4f4f4; }
td.num, .ltr { direction: ltr; unicode-bidi: isolate; }
:target { outline: 3px solid #ff8c1a; }
"#;

/// The page for one document.
pub fn page(name: &str, text: &str, doc: &Document<'_>) -> String {
    let quotes = doc.attributions();
    let mut out = String::with_capacity(text.len() * 3 + 4096);
    out.push_str("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<meta name=\"generator\" content=\"isnad {}\">", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(out, "<title>isnad: {}</title>", escape(name));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>\n<header>");
    let _ = writeln!(out, "<h1><bdi>{}</bdi></h1>", escape(name));
    let _ = writeln!(
        out,
        "<p class=\"summary\">الاقتباسات: {} (كلام منقول: {}) · المتحدثون: {}</p>",
        quotes.len(),
        doc.speech().count(),
        doc.speakers().len()
    );
    out.push_str("<p class=\"legend\">");
    for kind in [QuoteKind::Speech, QuoteKind::Name, QuoteKind::Title, QuoteKind::Term, QuoteKind::Other] {
        let _ = write!(out, "<span class=\"swatch {}\">{}</span> ", kind.name(), kind_label(kind));
    }
    out.push_str("· <span class=\"mention\">المتحدث</span> · <span class=\"cue\">صيغة الإسناد</span>");
    out.push_str(" · مرّر المؤشر فوق الاقتباس لرؤية المتحدث والإسناد والثقة</p>\n</header>\n<main>\n");

    out.push_str("<div class=\"article\">");
    let (intervals, _) = highlights(text, doc);
    render(text, &intervals, &mut out);
    out.push_str("</div>\n");

    speaker_table(&mut out, doc);
    quotation_table(&mut out, doc);
    out.push_str("</main>\n<footer><p>isnad</p></footer>\n</body>\n</html>\n");
    out
}

/// One highlight of the article.
#[derive(Debug)]
struct Interval {
    start: usize,
    end: usize,
    /// Order among highlights of the same extent: outer first.
    prio: u8,
    /// `mark`, `a` or `span`.
    tag: &'static str,
    class: String,
    id: Option<String>,
    href: Option<String>,
    title: Option<String>,
    /// HTML placed right after the highlight ends.
    after: Option<String>,
}

impl Interval {
    /// The opening tag of a piece of the highlight, and the tag's name. An
    /// anchor inside an anchor becomes a span (anchors cannot nest).
    fn open(&self, first: bool, in_anchor: bool) -> (String, &'static str) {
        let tag = if self.tag == "a" && in_anchor { "span" } else { self.tag };
        let mut s = format!("<{tag} class=\"{}\"", escape(&self.class));
        if let (true, Some(id)) = (first, &self.id) {
            let _ = write!(s, " id=\"{}\"", escape(id));
        }
        if let (true, Some(href)) = (tag == "a", &self.href) {
            let _ = write!(s, " href=\"{}\"", escape(href));
        }
        if let Some(title) = &self.title {
            let _ = write!(s, " title=\"{}\"", escape(title));
        }
        s.push('>');
        (s, tag)
    }
}

fn valid(text: &str, span: Span) -> bool {
    span.start < span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// The quotation's extent with its marks.
fn extent(a: &Attribution<'_>) -> Span {
    Span::new(a.open().start.min(a.span().start), a.close().map_or(a.span().end, |c| c.end))
}

/// The mention ids of the page, by span: `m{entity}-{k}` for the speaker
/// table's mentions, `s{quote}` for other speaker phrases.
fn mention_ids(text: &str, doc: &Document<'_>) -> BTreeMap<(usize, usize), (String, Option<usize>, String)> {
    let mut ids = BTreeMap::new();
    for (e, entity) in doc.speakers().iter().enumerate() {
        for (k, m) in entity.mentions().iter().enumerate() {
            if valid(text, m.span()) {
                let key = (m.span().start, m.span().end);
                ids.entry(key)
                    .or_insert_with(|| (format!("m{}-{}", e + 1, k + 1), Some(e), entity.name().to_owned()));
            }
        }
    }
    for (i, a) in doc.attributions().iter().enumerate() {
        let Some(s) = a.speaker() else { continue };
        for span in s.mention().map(|m| m.span()).into_iter().chain([s.span()]) {
            if valid(text, span) {
                let entity = s.entity().filter(|&e| e < doc.speakers().len());
                ids.entry((span.start, span.end))
                    .or_insert_with(|| (format!("s{}", i + 1), entity, s.text().to_owned()));
            }
        }
    }
    ids
}

/// The highlights of the article, and the id of each quotation's speaker mention.
fn highlights(text: &str, doc: &Document<'_>) -> (Vec<Interval>, Vec<Option<String>>) {
    let ids = mention_ids(text, doc);
    let mut intervals = Vec::new();
    let mut targets = Vec::new();
    for (i, a) in doc.attributions().iter().enumerate() {
        let target = a.speaker().and_then(|s| {
            let spans = s.mention().map(|m| m.span()).into_iter().chain([s.span()]);
            spans.filter_map(|sp| ids.get(&(sp.start, sp.end))).map(|(id, _, _)| id.clone()).next()
        });
        let span = extent(a);
        if valid(text, span) {
            let after = match (&target, a.speaker()) {
                (Some(id), Some(s)) if a.is_speech() => Some(format!(
                    "<sup class=\"ref\"><a href=\"#{}\" title=\"{}\">{}</a></sup>",
                    escape(id),
                    escape(&format!("المتحدث: {}", s.text())),
                    i + 1
                )),
                _ => None,
            };
            intervals.push(Interval {
                start: span.start,
                end: span.end,
                prio: 0,
                tag: "mark",
                class: format!("q {}", a.kind().name()),
                id: Some(format!("q{}", i + 1)),
                href: None,
                title: Some(quote_title(i, a)),
                after,
            });
        }
        targets.push(target);
    }
    for ((start, end), (id, entity, name)) in &ids {
        intervals.push(Interval {
            start: *start,
            end: *end,
            prio: 1,
            tag: if entity.is_some() { "a" } else { "span" },
            class: "mention".to_owned(),
            id: Some(id.clone()),
            href: entity.map(|e| format!("#speaker-{}", e + 1)),
            title: Some(format!("المتحدث: {name}")),
            after: None,
        });
    }
    let mut cues = BTreeMap::new();
    for a in doc.attributions() {
        if let Some(c) = a.cue().filter(|c| valid(text, c.span())) {
            let title = format!("صيغة الإسناد: {} ({}، {})", c.text(), c.lemma(), serde_name(&c.kind()));
            cues.entry((c.span().start, c.span().end)).or_insert(title);
        }
    }
    for ((start, end), title) in cues {
        intervals.push(Interval {
            start,
            end,
            prio: 2,
            tag: "span",
            class: "cue".to_owned(),
            id: None,
            href: None,
            title: Some(title),
            after: None,
        });
    }
    (intervals, targets)
}

/// The hover text of a quotation: number and kind, speaker, cue, confidence.
fn quote_title(i: usize, a: &Attribution<'_>) -> String {
    let mut t = format!("#{} · {} ({})", i + 1, kind_label(a.kind()), a.kind().name());
    match a.speaker() {
        Some(s) => {
            let _ = write!(t, "\nالمتحدث: {}", s.text());
        }
        None if a.is_speech() => t.push_str("\nالمتحدث: غير معروف"),
        None => {}
    }
    if let Some(c) = a.cue() {
        let _ = write!(t, "\nالإسناد: {} ({}، {})", c.text(), c.lemma(), serde_name(&c.kind()));
    }
    let _ = write!(t, "\nالثقة: {:.2} · القاعدة: {}", a.confidence(), serde_name(&a.rule()));
    t
}

/// A piece of a highlight still open while the text is written.
struct Open {
    end: usize,
    index: usize,
    tag: &'static str,
    /// Links that end inside this anchor, to place after it.
    deferred: Vec<String>,
}

/// Writes `text` with the highlights as nested elements.
fn render(text: &str, intervals: &[Interval], out: &mut String) {
    // min-heap of pieces: (start, longest first, prio, index, is first piece)
    type Piece = (usize, Reverse<usize>, u8, usize, bool);
    let mut heap: BinaryHeap<Reverse<Piece>> = intervals
        .iter()
        .enumerate()
        .filter(|(_, iv)| iv.start < iv.end)
        .map(|(i, iv)| Reverse((iv.start, Reverse(iv.end), iv.prio, i, true)))
        .collect();
    let mut stack: Vec<Open> = Vec::new();
    let mut pos = 0;
    loop {
        let next = heap.peek().map_or(usize::MAX, |Reverse(k)| k.0);
        while stack.last().is_some_and(|top| top.end <= next) {
            let top = stack.pop().expect("stack is not empty");
            escape_into(out, &text[pos..top.end]);
            pos = top.end;
            let _ = write!(out, "</{}>", top.tag);
            let iv = &intervals[top.index];
            let mut placed = top.deferred;
            if top.end == iv.end {
                placed.extend(iv.after.clone());
            }
            for html in placed {
                match stack.iter_mut().rev().find(|o| o.tag == "a") {
                    Some(anchor) => anchor.deferred.push(html),
                    None => out.push_str(&html),
                }
            }
        }
        let Some(Reverse((start, Reverse(end), prio, index, first))) = heap.pop() else {
            break;
        };
        escape_into(out, &text[pos..start]);
        pos = start;
        let mut end = end;
        if let Some(top) = stack.last() {
            if top.end < end {
                heap.push(Reverse((top.end, Reverse(end), prio, index, false)));
                end = top.end;
            }
        }
        let in_anchor = stack.iter().any(|o| o.tag == "a");
        let (html, tag) = intervals[index].open(first, in_anchor);
        out.push_str(&html);
        stack.push(Open { end, index, tag, deferred: Vec::new() });
    }
    escape_into(out, &text[pos..]);
}

fn speaker_table(out: &mut String, doc: &Document<'_>) {
    out.push_str("<h2 id=\"speakers\">المتحدثون</h2>\n");
    if doc.speakers().is_empty() {
        out.push_str("<p>لا متحدثين.</p>\n");
        return;
    }
    out.push_str("<table>\n<thead><tr><th>#</th><th>الاسم</th><th>الجنس</th><th>العدد</th><th>الإشارات</th><th>الاقتباسات</th></tr></thead>\n<tbody>\n");
    for (e, entity) in doc.speakers().iter().enumerate() {
        let _ = write!(
            out,
            "<tr id=\"speaker-{n}\"><td class=\"num\">{n}</td><td>{}</td><td>{}</td><td>{}</td><td>",
            escape(entity.name()),
            gender_label(entity.gender()),
            number_label(entity.number()),
            n = e + 1
        );
        for (k, m) in entity.mentions().iter().enumerate() {
            if k > 0 {
                out.push_str("، ");
            }
            let _ = write!(out, "<a href=\"#m{}-{}\">{}</a>", e + 1, k + 1, escape(m.text()));
        }
        out.push_str("</td><td>");
        for (k, q) in entity.quotes().iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            let _ = write!(out, "<a href=\"#q{n}\">{n}</a>", n = q + 1);
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn quotation_table(out: &mut String, doc: &Document<'_>) {
    out.push_str("<h2 id=\"quotations\">الاقتباسات</h2>\n");
    if doc.attributions().is_empty() {
        out.push_str("<p>لا اقتباسات.</p>\n");
        return;
    }
    out.push_str("<table>\n<thead><tr><th>#</th><th>النوع</th><th>المتحدث</th><th>صيغة الإسناد</th><th>الثقة</th><th>النص</th></tr></thead>\n<tbody>\n");
    for (i, a) in doc.attributions().iter().enumerate() {
        let _ = write!(
            out,
            "<tr id=\"row-q{n}\"><td class=\"num\"><a href=\"#q{n}\">{n}</a></td><td><span class=\"swatch {}\">{}</span></td><td>",
            a.kind().name(),
            kind_label(a.kind()),
            n = i + 1
        );
        if let Some(s) = a.speaker() {
            match s.entity().filter(|&e| e < doc.speakers().len()) {
                Some(e) => {
                    let _ = write!(out, "<a href=\"#speaker-{}\">{}</a>", e + 1, escape(s.text()));
                }
                None => escape_into(out, s.text()),
            }
        }
        out.push_str("</td><td>");
        if let Some(c) = a.cue() {
            escape_into(out, c.text());
        }
        let _ = writeln!(
            out,
            "</td><td class=\"num\">{:.2}</td><td>{}</td></tr>",
            a.confidence(),
            escape(a.text())
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

// the integration tests check the CLI's pages with the same function
#[cfg(test)]
#[path = "../../tests/common/html.rs"]
mod html_check;

#[cfg(test)]
pub mod tests {
    use super::*;

    pub use super::html_check::balanced;

    #[test]
    fn crossing_highlights_are_split_and_balanced() {
        let text = "abcdefghij";
        let iv = |start, end, prio, tag: &'static str, id: &str| Interval {
            start,
            end,
            prio,
            tag,
            class: "x".into(),
            id: Some(id.into()),
            href: Some("#h".into()),
            title: None,
            after: Some(format!("<sup>{id}</sup>")),
        };
        let mut out = String::new();
        render(text, &[iv(0, 5, 0, "mark", "q1"), iv(3, 8, 1, "a", "m1"), iv(4, 6, 1, "a", "m2")], &mut out);
        assert_eq!(
            out,
            "<mark class=\"x\" id=\"q1\">abc<a class=\"x\" id=\"m1\" href=\"#h\">d<span class=\"x\" id=\"m2\">e</span></a></mark><sup>q1</sup>\
             <a class=\"x\" href=\"#h\"><span class=\"x\">f</span>gh</a><sup>m2</sup><sup>m1</sup>ij"
        );
        balanced(&out).unwrap();
    }

    #[test]
    fn page_is_rtl_escaped_and_linked() {
        let text = "وقال الوزير سامي حداد إن «الحوار <مستمر> & \"قائم\"». نشرت صحيفة «الأيام» الخبر.";
        let doc = isnad::Extractor::new().extract(text);
        let html = page("a<b>.txt", text, &doc);
        balanced(&html).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"));
        assert!(html.contains("<h1><bdi>a&lt;b&gt;.txt</bdi></h1>"));
        assert!(html.contains("&lt;مستمر&gt; &amp; "));
        assert!(!html.contains("<script") && !html.contains("http"));
        assert_eq!(html.matches("<mark class=\"q ").count(), doc.attributions().len());
        assert!(html.contains(
            "<mark class=\"q speech\" id=\"q1\" title=\"#1 · كلام منقول (speech)\nالمتحدث: الوزير سامي حداد"
        ));
        assert!(html.contains("<a class=\"mention\" id=\"m1-1\" href=\"#speaker-1\""));
        assert!(html.contains("<sup class=\"ref\"><a href=\"#m1-1\""));
        assert!(html.contains("<tr id=\"speaker-1\">"));
    }
}
