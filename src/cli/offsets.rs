//! `--offsets chars|utf16`: the document's records with every offset
//! converted from UTF-8 bytes to Unicode scalar values or UTF-16 code units.
//!
//! The library's records keep their fields private and speak bytes; here a
//! mirror of each record is built from its accessors with converted spans and
//! serialised in the same shape. A test checks that the mirror with bytes
//! serialises exactly as the library does, so the two cannot drift apart.

use isnad::{
    Attribution, Cue, CueClass, CueKind, Document, Entity, Gender, Mark, Mention, Number, QuoteKind,
    Resolution, Rule, Span, Speaker,
};
use serde::Serialize;

use super::args::Offsets;

/// Bytes between two stored counts in [`OffsetMap`].
const STEP: usize = 4096;

/// Converts byte offsets of one text to another unit in `O(STEP)` each.
pub struct OffsetMap<'t> {
    text: &'t [u8],
    unit: Offsets,
    /// `counts[k]`: the offset, in `unit`, of byte `k * STEP`.
    counts: Vec<usize>,
}

impl<'t> OffsetMap<'t> {
    pub fn new(text: &'t str, unit: Offsets) -> OffsetMap<'t> {
        let text = text.as_bytes();
        let mut counts = Vec::with_capacity(text.len() / STEP + 1);
        let mut total = 0;
        counts.push(0);
        for chunk in text.chunks(STEP) {
            total += count(chunk, unit);
            counts.push(total);
        }
        OffsetMap { text, unit, counts }
    }

    /// The offset of byte `offset` (a `char` boundary) in the map's unit.
    pub fn convert(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        let k = offset / STEP;
        self.counts[k] + count(&self.text[k * STEP..offset], self.unit)
    }

    fn span(&self, span: Span) -> Span {
        Span::new(self.convert(span.start), self.convert(span.end))
    }
}

/// How many units the bytes hold: every byte that starts a `char` is one
/// scalar value; a four-byte `char` is two UTF-16 units.
fn count(bytes: &[u8], unit: Offsets) -> usize {
    match unit {
        Offsets::Bytes => bytes.len(),
        Offsets::Chars => bytes.iter().filter(|&&b| (b as i8) >= -0x40).count(),
        Offsets::Utf16 => {
            bytes.iter().map(|&b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0)).sum()
        }
    }
}

/// A document whose offsets are converted as it is serialised.
#[derive(Serialize)]
pub struct Converted<'a> {
    quotes: Vec<QuoteOut<'a>>,
    speakers: Vec<EntityOut<'a>>,
}

impl<'a> Converted<'a> {
    pub fn new(doc: &'a Document<'_>, map: &OffsetMap<'_>) -> Converted<'a> {
        Converted {
            quotes: doc.attributions().iter().map(|a| QuoteOut::new(a, map)).collect(),
            speakers: doc.speakers().iter().map(|e| EntityOut::new(e, map)).collect(),
        }
    }
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    kind: QuoteKind,
    speaker: Option<SpeakerOut<'a>>,
    cue: Option<CueOut<'a>>,
    confidence: f32,
    rule: Rule,
    mark: Mark,
    open: Span,
    close: Option<Span>,
    depth: usize,
    parent: Option<usize>,
}

impl<'a> QuoteOut<'a> {
    fn new(a: &'a Attribution<'_>, map: &OffsetMap<'_>) -> QuoteOut<'a> {
        let span = map.span(a.span());
        QuoteOut {
            text: a.text(),
            start: span.start,
            end: span.end,
            kind: a.kind(),
            speaker: a.speaker().map(|s| SpeakerOut::new(s, map)),
            cue: a.cue().map(|c| CueOut::new(c, map)),
            confidence: a.confidence(),
            rule: a.rule(),
            mark: a.mark(),
            open: map.span(a.open()),
            close: a.close().map(|c| map.span(c)),
            depth: a.depth(),
            parent: a.parent(),
        }
    }
}

#[derive(Serialize)]
struct SpeakerOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    mention: Option<MentionOut<'a>>,
    entity: Option<usize>,
    gender: Gender,
    number: Number,
    resolution: Resolution,
}

impl<'a> SpeakerOut<'a> {
    fn new(s: &'a Speaker<'_>, map: &OffsetMap<'_>) -> SpeakerOut<'a> {
        let span = map.span(s.span());
        SpeakerOut {
            text: s.text(),
            start: span.start,
            end: span.end,
            mention: s.mention().map(|m| MentionOut::new(m, map)),
            entity: s.entity(),
            gender: s.gender(),
            number: s.number(),
            resolution: s.resolution(),
        }
    }
}

#[derive(Serialize)]
struct MentionOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl<'a> MentionOut<'a> {
    fn new(m: &'a Mention<'_>, map: &OffsetMap<'_>) -> MentionOut<'a> {
        let span = map.span(m.span());
        MentionOut { text: m.text(), start: span.start, end: span.end }
    }
}

#[derive(Serialize)]
struct CueOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    lemma: &'a str,
    kind: CueKind,
    class: CueClass,
}

impl<'a> CueOut<'a> {
    fn new(c: &'a Cue<'_>, map: &OffsetMap<'_>) -> CueOut<'a> {
        let span = map.span(c.span());
        CueOut {
            text: c.text(),
            start: span.start,
            end: span.end,
            lemma: c.lemma(),
            kind: c.kind(),
            class: c.class(),
        }
    }
}

#[derive(Serialize)]
struct EntityOut<'a> {
    name: &'a str,
    start: usize,
    end: usize,
    gender: Gender,
    number: Number,
    mentions: Vec<MentionOut<'a>>,
    quotes: &'a [usize],
}

impl<'a> EntityOut<'a> {
    fn new(e: &'a Entity<'_>, map: &OffsetMap<'_>) -> EntityOut<'a> {
        let span = map.span(e.span());
        EntityOut {
            name: e.name(),
            start: span.start,
            end: span.end,
            gender: e.gender(),
            number: e.number(),
            mentions: e.mentions().iter().map(|m| MentionOut::new(m, map)).collect(),
            quotes: e.quotes(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "وقال وزير الخارجية سامي حداد إن «الحوار \"مستمر\" 🌍». وأضاف: «لا تراجع». \
                        وقالت الوزيرة ليلى سالم: «نعم»، مضيفةً «سنرى». نشرت صحيفة «الأيام» الخبر.";

    /// The mirror, with bytes, is exactly what the library serialises: no
    /// field missing, none added, same order, same values.
    #[test]
    fn mirror_matches_the_library() {
        let doc = isnad::Extractor::new().extract(TEXT);
        assert!(doc.attributions().len() >= 5 && !doc.speakers().is_empty());
        assert!(doc.attributions().iter().any(|a| a.speaker().is_some_and(|s| s.mention().is_some())));
        assert!(doc.attributions().iter().any(|a| a.cue().is_some()));
        let map = OffsetMap::new(TEXT, Offsets::Bytes);
        let ours = serde_json::to_string(&Converted::new(&doc, &map)).unwrap();
        assert_eq!(ours, serde_json::to_string(&doc).unwrap());
    }

    #[test]
    fn counts_by_unit() {
        // a (1 byte), ع (2), € (3), 🌍 (4 bytes, 2 UTF-16 units)
        let text = "aع€🌍x";
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        assert_eq!(boundaries, [0, 1, 3, 6, 10, 11]);
        let chars = OffsetMap::new(text, Offsets::Chars);
        let utf16 = OffsetMap::new(text, Offsets::Utf16);
        let bytes = OffsetMap::new(text, Offsets::Bytes);
        for (n, &b) in boundaries.iter().enumerate() {
            assert_eq!(chars.convert(b), n);
            assert_eq!(utf16.convert(b), text[..b].encode_utf16().count());
            assert_eq!(bytes.convert(b), b);
        }
    }

    #[test]
    fn long_texts_cross_checkpoints() {
        let text = "قال «نعم» 🌍 ".repeat(2000);
        let chars = OffsetMap::new(&text, Offsets::Chars);
        let utf16 = OffsetMap::new(&text, Offsets::Utf16);
        for (b, _) in text.char_indices().step_by(37) {
            assert_eq!(chars.convert(b), text[..b].chars().count());
            assert_eq!(utf16.convert(b), text[..b].encode_utf16().count());
        }
        assert_eq!(chars.convert(text.len()), text.chars().count());
    }
}
