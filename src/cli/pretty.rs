//! `--format pretty`: a listing for a person at a terminal.
//!
//! Arabic runs right to left and terminals differ in how they lay out mixed
//! lines, so the listing never aligns columns after Arabic text: each field
//! is on its own line, English labels first and the Arabic at the end of the
//! line, and each quotation on a line of its own.

use std::fmt::Write;

use isnad::{Attribution, Document, QuoteKind};

/// ANSI colours, or none.
#[derive(Clone, Copy, Debug)]
pub struct Paint {
    pub on: bool,
}

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }

    fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }

    fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }

    fn kind(self, kind: QuoteKind) -> String {
        let code = match kind {
            QuoteKind::Speech => "1;32",
            QuoteKind::Name => "1;34",
            QuoteKind::Title => "1;36",
            QuoteKind::Term => "1;35",
            _ => "2",
        };
        self.wrap(code, kind.name())
    }
}

/// The listing of one document: a header, each quotation, the speaker table.
pub fn render(name: &str, text: &str, doc: &Document<'_>, paint: Paint) -> String {
    let mut out = String::new();
    let quotes = doc.attributions();
    let speech = doc.speech().count();
    let _ = writeln!(
        out,
        "{} {} · {} quotations ({} speech) · {} speakers",
        paint.bold("==="),
        paint.bold(name),
        quotes.len(),
        speech,
        doc.speakers().len()
    );
    for (i, a) in quotes.iter().enumerate() {
        out.push('\n');
        quotation(&mut out, text, i, a, paint);
    }
    if !doc.speakers().is_empty() {
        let _ = writeln!(out, "\n{}", paint.bold("speakers"));
        for (e, entity) in doc.speakers().iter().enumerate() {
            let _ = writeln!(out, "  [{}] {}", e + 1, paint.bold(entity.name()));
            let numbers: Vec<String> = entity.quotes().iter().map(|q| (q + 1).to_string()).collect();
            let _ = writeln!(
                out,
                "      {} · {} · {} mentions · quotations {}",
                entity.gender().name(),
                entity.number().name(),
                entity.mentions().len(),
                if numbers.is_empty() { "none".to_owned() } else { numbers.join(", ") }
            );
            let mentions: Vec<&str> = entity.mentions().iter().map(|m| m.text()).collect();
            if !mentions.is_empty() {
                let _ = writeln!(out, "      {} {}", paint.dim("mentions:"), mentions.join(" · "));
            }
        }
    }
    out
}

/// One quotation: number, kind and figures; its text with its own marks; its
/// speaker and its cue.
fn quotation(out: &mut String, text: &str, i: usize, a: &Attribution<'_>, paint: Paint) {
    let rule = super::serde_name(&a.rule());
    let mut head =
        format!("[{}] {} · confidence {:.2} · rule {rule}", i + 1, paint.kind(a.kind()), a.confidence());
    if let Some(p) = a.parent() {
        let _ = write!(head, " · inside [{}]", p + 1);
    }
    if !a.is_closed() {
        head.push_str(" · unclosed");
    }
    let _ = writeln!(out, "{head}");
    let _ = writeln!(out, "    {}", with_marks(text, a));
    if let Some(s) = a.speaker() {
        let _ = writeln!(
            out,
            "    {} {}",
            paint.dim(&format!(
                "speaker ({} {}, {}):",
                s.gender().name(),
                s.number().name(),
                super::serde_name(&s.resolution())
            )),
            s.text()
        );
        if let Some(m) = s.mention().filter(|m| m.text() != s.text()) {
            let _ = writeln!(out, "    {} {}", paint.dim("named here as:"), m.text());
        }
    } else if a.is_speech() {
        let _ = writeln!(out, "    {}", paint.dim("speaker: none given"));
    }
    if let Some(c) = a.cue() {
        let _ = writeln!(
            out,
            "    {} {}",
            paint.dim(&format!("cue ({}, lemma {}):", super::serde_name(&c.kind()), c.lemma())),
            c.text()
        );
    }
}

/// The quotation as printed, marks included.
fn with_marks<'t>(text: &'t str, a: &Attribution<'_>) -> &'t str {
    let end = a.close().map_or(a.span().end, |c| c.end);
    text.get(a.open().start..end).unwrap_or("")
}

/// The listing's entry for a document that could not be read.
pub fn failure(name: &str, error: &str, paint: Paint) -> String {
    format!(
        "{} {} · {}\n",
        paint.bold("==="),
        paint.bold(name),
        paint.wrap("1;31", &format!("error: {error}"))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_shows_kind_speaker_cue_and_confidence() {
        let text = "وقالت الوزيرة ليلى سالم: «سنواصل العمل». نشرت صحيفة «الأيام» الخبر.";
        let doc = isnad::Extractor::new().extract(text);
        let out = render("t.txt", text, &doc, Paint { on: false });
        assert!(out.starts_with("=== t.txt · 2 quotations (1 speech) · 1 speakers\n"), "{out}");
        assert!(out.contains("\n[1] speech · confidence "), "{out}");
        assert!(out.contains("\n    «سنواصل العمل»\n"), "{out}");
        let s = doc.attributions()[0].speaker().unwrap();
        let want = format!(
            "speaker ({} {}, {}): الوزيرة ليلى سالم\n",
            s.gender().name(),
            s.number().name(),
            super::super::serde_name(&s.resolution())
        );
        assert!(out.contains(&want), "{out}");
        assert!(out.contains("cue (verb, lemma قال): وقالت\n"), "{out}");
        assert!(out.contains("\n[2] name · "), "{out}");
        assert!(out.contains("\nspeakers\n  [1] الوزيرة ليلى سالم\n"), "{out}");
        assert!(!out.contains('\x1b'));
        assert!(render("t", text, &doc, Paint { on: true }).contains("\x1b[1;32mspeech\x1b[0m"));
    }
}
