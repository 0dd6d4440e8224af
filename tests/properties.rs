//! Property tests: the invariants of `tests/common/invariants.rs` on
//! generated news-like text and on random strings, and three relations
//! between outputs:
//!
//! - **invariance**: diacritics or tatweel inside words, or `“ ”` for `« »`,
//!   change no quotation's kind or speaker, only move offsets consistently;
//! - **composition**: two documents joined by a blank line give both
//!   documents' quotations, the second's shifted by the first's length + 2.
//!
//! All Arabic here is composed for these tests (invented people and places).

mod common;

use common::invariants::{check_extract, check_fold, check_scan, check_tokens};
use isnad::{fold, Document, Extractor, ParagraphBreak, Scanner, Scratch};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::FileFailurePersistence;

// ---------------------------------------------------------------- vocabulary

const WORDS: &[&str] = &[
    "الحكومة",
    "المدينة",
    "العمل",
    "الحوار",
    "مستمر",
    "سنواصل",
    "نعم",
    "لا",
    "في",
    "من",
    "على",
    "هذا",
    "الشهر",
    "المقبل",
    "الطرق",
    "المشروع",
    "البلدية",
    "الأمن",
    "أولاً",
    "بلادنا",
    "لن",
    "نتراجع",
    "عن",
    "مواقفنا",
    "اليوم",
    "الماء",
    "ستنتهي",
    "قريباً",
    "الاتفاق",
    "مع",
    "الجميع",
    "2024",
    "٣٠٪",
];
const CUES: &[&str] = &[
    "قال",
    "قالت",
    "وقال",
    "وقالت",
    "أكد",
    "وأكد",
    "أكدت",
    "أضاف",
    "وأضاف",
    "وأضافت",
    "مضيفاً",
    "مضيفة",
    "بحسب",
    "وبحسب",
    "تابع",
    "وتابع",
    "أوضح",
    "يقول",
    "على حد تعبيره",
    "نقلاً عن",
    "وفقاً ل",
    "وصف",
];
const NAMES: &[&str] = &["سامي حداد", "ليلى منصور", "كريم العلي", "منى الخطيب", "حداد", "منصور"];
const TITLES: &[&str] = &[
    "الوزير",
    "الوزيرة",
    "الرئيس",
    "المتحدث باسم الحكومة",
    "مصدر مسؤول",
    "مدير المستشفى",
    "رئيس البلدية",
    "وزير الخارجية",
];
const TRIGGERS: &[&str] = &["صحيفة", "حزب", "عملية", "قناة", "بعنوان"];
const MARKS: &[&str] = &["«", "»", "\"", "“", "”", "„", "‹", "›", "﴿", "﴾"];
const PUNCT: &[&str] = &["،", ".", ":", "؟", "؛", "!", "…", "(", ")", "-"];
const BREAKS: &[&str] = &["\n", "\n\n", "\r\n", "\n \n", "\u{2029}"];
/// Diacritics and tatweel, as inserted inside words.
const INSERTS: &[char] = &[
    '\u{064B}', '\u{064C}', '\u{064D}', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}',
    '\u{0670}', 'ـ',
];
/// Invisible characters, diacritics and tatweel, standing alone.
const ODD: &[&str] =
    &["\u{200F}", "\u{200E}", "\u{200B}", "\u{FEFF}", "\u{064E}", "\u{0651}", "ـ", "\0", "\t"];
/// Headlines with no quotation, cue, title or name.
const HEADLINES: &[&str] = &["أخبار المدينة", "تقرير اليوم", "الطقس", "مشروع الطرق الجديدة"];

// ---------------------------------------------------------------- strategies

/// One piece of text: a word, cue, name, title, mark of any family,
/// punctuation, line break or an odd character.
fn piece() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        6 => select(WORDS),
        2 => select(CUES),
        2 => select(NAMES),
        2 => select(TITLES),
        1 => select(TRIGGERS),
        3 => select(MARKS),
        2 => select(PUNCT),
        1 => select(BREAKS),
        1 => select(ODD),
    ]
}

/// Pieces glued by spaces, or by nothing (marks glued to words), in any order:
/// mismatched and unclosed marks included.
fn jumble() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), select(&[" ", " ", " ", ""][..])), 0..60).prop_map(|parts| {
        parts.iter().fold(String::new(), |mut s, (p, sep)| {
            s.push_str(p);
            s.push_str(sep);
            s
        })
    })
}

/// Some words.
fn words(range: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(select(WORDS), range).prop_map(|w| w.join(" "))
}

/// Who speaks: a title, a name, or a title and a name.
fn speaker() -> impl Strategy<Value = String> {
    prop_oneof![
        select(TITLES).prop_map(String::from),
        select(NAMES).prop_map(String::from),
        (select(TITLES), select(NAMES)).prop_map(|(t, n)| format!("{t} {n}")),
    ]
}

/// A sentence of news prose with well-formed guillemets (an opening mark
/// after a space or colon, a closing one before a space or punctuation).
fn sentence() -> impl Strategy<Value = String> {
    let cue = select(CUES);
    prop_oneof![
        (cue.clone(), speaker(), words(1..8)).prop_map(|(c, s, b)| format!("{c} {s}: «{b}».")),
        (words(1..8), cue.clone(), speaker()).prop_map(|(b, c, s)| format!("«{b}»، {c} {s}.")),
        (cue.clone(), speaker(), words(1..6)).prop_map(|(c, s, b)| format!("{c} {s} إن «{b}».")),
        (speaker(), words(1..8)).prop_map(|(s, b)| format!("{s}: «{b}»")),
        (select(TRIGGERS), words(1..3), words(2..6)).prop_map(|(t, n, w)| format!("نشرت {t} «{n}» {w}.")),
        (cue.clone(), speaker(), words(1..4), words(1..3), words(1..4))
            .prop_map(|(c, s, a, n, b)| format!("{c} {s}: «{a} «{n}» {b}».")),
        (words(2..6), words(1..6)).prop_map(|(w, b)| format!("{w}، مضيفاً أن «{b}».")),
        words(3..10).prop_map(|w| format!("{w}.")),
    ]
}

/// A paragraph of one to three sentences.
fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..4).prop_map(|s| s.join(" "))
}

/// A document: a headline with no quotation, then paragraphs separated by
/// line breaks or blank lines.
fn document() -> impl Strategy<Value = String> {
    (select(HEADLINES), prop::collection::vec((paragraph(), select(&["\n", "\n\n"][..])), 1..5)).prop_map(
        |(headline, paragraphs)| {
            let mut s = format!("{headline}\n\n");
            for (i, (p, sep)) in paragraphs.iter().enumerate() {
                if i > 0 {
                    s.push_str(sep);
                }
                s.push_str(p);
            }
            s
        },
    )
}

/// Any text: news-like (also with diacritics and tatweel inside words), a
/// jumble of pieces, or random characters.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => document(),
        1 => (document(), prop::collection::vec((any::<bool>(), any::<usize>()), 1..16))
            .prop_map(|(text, picks)| insert_inside_words(&text, &picks, 1).0),
        3 => jumble(),
        1 => "[\u{0621}-\u{0652} «»\"“”„‹›﴿﴾،.:؟\n]{0,200}",
        1 => any::<String>(),
    ]
}

// ---------------------------------------------------------------- edits

/// Inserts diacritics or tatweel between two letters of a word, after its
/// letter number `from` or later (1 for anywhere), where `picks` say so
/// (cycling through them); returns the new text and, for every byte offset
/// of the old one (and its end), the new offset.
fn insert_inside_words(text: &str, picks: &[(bool, usize)], from: usize) -> (String, Vec<usize>) {
    let is_letter = |c: char| ('\u{0621}'..='\u{064A}').contains(&c) && c != 'ـ';
    let mut out = String::with_capacity(text.len() * 2);
    let mut map = vec![0; text.len() + 1];
    let mut k = 0;
    let mut prev_letter = false;
    let mut letters = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        letters = if is_letter(c) { letters + 1 } else { 0 };
        if prev_letter && is_letter(c) && letters > from && !picks.is_empty() {
            let (insert, which) = picks[k % picks.len()];
            k += 1;
            let mark = INSERTS[which % INSERTS.len()];
            // a tanwin before a word's last alif is its accusative ending
            // (مواقفنًا): grammar, not decoration
            let ends_word = chars.peek().is_none_or(|&(_, next)| !is_letter(next));
            let accusative = mark == '\u{064B}' && c == 'ا' && ends_word;
            // and a damma on a word's first letter (after و or ف too) may be
            // a past verb's passive voice (نُشرت): grammar too
            let passive = mark == '\u{064F}' && letters <= 3;
            if insert && !accusative && !passive {
                out.push(mark);
            }
        }
        for b in 0..c.len_utf8() {
            map[at + b] = out.len() + b;
        }
        out.push(c);
        prev_letter = is_letter(c);
    }
    map[text.len()] = out.len();
    (out, map)
}

/// Replaces `«` by `“` and `»` by `”`; returns the new text and the offset map.
fn curly_for_guillemets(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len() * 2);
    let mut map = vec![0; text.len() + 1];
    for (at, c) in text.char_indices() {
        for b in 0..c.len_utf8() {
            map[at + b] = out.len() + b;
        }
        out.push(match c {
            '«' => '“',
            '»' => '”',
            c => c,
        });
    }
    map[text.len()] = out.len();
    (out, map)
}

/// A speaker's name as compared across edits: folded (no diacritics or
/// tatweel), with curly marks for guillemets.
fn name_key(s: &str) -> String {
    fold(s).replace('«', "“").replace('»', "”")
}

/// The two documents agree up to the edit whose offset map is `map`: the
/// same quotations at mapped offsets, of the same kinds, with the same
/// speakers (compared by [`name_key`], at mapped offsets) and cues.
fn same_up_to_edit(a: &Document<'_>, b: &Document<'_>, map: &[usize]) -> Result<(), TestCaseError> {
    let (qa, qb) = (a.attributions(), b.attributions());
    prop_assert_eq!(qa.len(), qb.len(), "another number of quotations");
    for (i, (x, y)) in qa.iter().zip(qb).enumerate() {
        prop_assert_eq!(
            (map[x.span().start], map[x.span().end]),
            (y.span().start, y.span().end),
            "quote {} moved",
            i
        );
        prop_assert_eq!(x.kind(), y.kind(), "quote {}: kind", i);
        let sx = x.speaker().map(|s| (name_key(s.text()), map[s.span().start], map[s.span().end]));
        let sy = y.speaker().map(|s| (name_key(s.text()), s.span().start, s.span().end));
        prop_assert_eq!(sx, sy, "quote {}: speaker", i);
        let cx = x.cue().map(|c| (map[c.span().start], map[c.span().end]));
        let cy = y.cue().map(|c| (c.span().start, c.span().end));
        prop_assert_eq!(cx, cy, "quote {}: cue", i);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct("proptest-regressions/properties.txt"))),
        ..ProptestConfig::default()
    })]

    /// Every invariant holds on any text, with the default options and with
    /// blank-line paragraphs, shallow nesting, ornate marks and no discourse.
    #[test]
    fn invariants_hold_on_any_text(text in any_text()) {
        check_tokens(&text);
        check_fold(&text);
        check_scan(&text, &Scanner::new(), ParagraphBreak::Line);
        check_extract(&text, &Extractor::new(), ParagraphBreak::Line);
        let other = Extractor::builder()
            .paragraph_break(ParagraphBreak::BlankLine)
            .max_depth(2)
            .ornate(true)
            .discourse(false)
            .uncued_speech_words(1)
            .build()
            .expect("valid options");
        check_extract(&text, &other, ParagraphBreak::BlankLine);
    }

    /// Diacritics and tatweel inside words change no kind and no speaker.
    #[test]
    fn diacritics_and_tatweel_inside_words_change_nothing(
        text in prop_oneof![3 => document(), 1 => jumble()],
        picks in prop::collection::vec((any::<bool>(), any::<usize>()), 1..16),
    ) {
        let (edited, map) = insert_inside_words(&text, &picks, 1);
        let ex = Extractor::new();
        let (a, b) = (ex.extract(&text), ex.extract(&edited));
        same_up_to_edit(&a, &b, &map)?;
    }

    /// Curly marks for guillemets, in text whose marks stand where marks
    /// do (after a space or colon, before a space or punctuation), change
    /// no quotation, kind or speaker.
    #[test]
    fn curly_marks_for_guillemets_change_nothing(text in document()) {
        let (edited, map) = curly_for_guillemets(&text);
        let ex = Extractor::new();
        let (a, b) = (ex.extract(&text), ex.extract(&edited));
        same_up_to_edit(&a, &b, &map)?;
    }

    /// A scratch reused over documents of any size, large then small and
    /// the other way round, changes nothing: every document equals the one
    /// extracted with fresh memory.
    #[test]
    fn reused_scratch_changes_nothing(texts in prop::collection::vec(prop_oneof![3 => document(), 1 => any_text()], 1..6)) {
        let ex = Extractor::new();
        let mut scratch = Scratch::new();
        for text in &texts {
            let reused = ex.extract_with(text, &mut scratch);
            prop_assert_eq!(&reused, &ex.extract(text));
        }
    }

    /// Two documents joined by a blank line give the first's quotations,
    /// then the second's, shifted: same text, marks, nesting, kind, cue and
    /// local speaker mention (the speaker table and canonical names may
    /// merge sources across the join, and are not compared), as long as
    /// the first leaves no quotation open and the second repeats none of
    /// the first's (a repeated quotation takes over the first's speaker).
    #[test]
    fn documents_compose(a in document(), b in document()) {
        let ex = Extractor::new();
        let (da, db) = (ex.extract(&a), ex.extract(&b));
        prop_assume!(da.attributions().iter().all(|q| q.is_closed()));
        let key = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let first: Vec<String> = da.attributions().iter().map(|q| key(q.text())).collect();
        prop_assume!(db.attributions().iter().all(|q| !first.contains(&key(q.text()))));
        let joined = format!("{a}\n\n{b}");
        let dj = ex.extract(&joined);
        let shift = a.len() + 2;
        let (qa, qb, qj) = (da.attributions(), db.attributions(), dj.attributions());
        prop_assert_eq!(qj.len(), qa.len() + qb.len());
        let expected = qa.iter().map(|q| (q, 0, 0)).chain(qb.iter().map(|q| (q, shift, qa.len())));
        for (i, ((want, by, index_by), got)) in expected.zip(qj).enumerate() {
            prop_assert_eq!(got.text(), want.text(), "quote {}", i);
            prop_assert_eq!(got.span(), want.span().shifted(by), "quote {}", i);
            prop_assert_eq!(got.open(), want.open().shifted(by), "quote {}", i);
            prop_assert_eq!(got.close(), want.close().map(|c| c.shifted(by)), "quote {}", i);
            prop_assert_eq!((got.mark(), got.depth()), (want.mark(), want.depth()), "quote {}", i);
            prop_assert_eq!(got.parent(), want.parent().map(|p| p + index_by), "quote {}", i);
            prop_assert_eq!(got.kind(), want.kind(), "quote {}: kind", i);
            let cue = |q: &isnad::Attribution<'_>, by: usize| q.cue().map(|c| (c.text().to_owned(), c.span().shifted(by)));
            prop_assert_eq!(cue(got, 0), cue(want, by), "quote {}: cue", i);
            let mention = |q: &isnad::Attribution<'_>, by: usize| {
                q.speaker().and_then(|s| s.mention()).map(|m| (m.text().to_owned(), m.span().shifted(by)))
            };
            prop_assert_eq!(mention(got, 0), mention(want, by), "quote {}: speaker mention", i);
        }
    }
}

/// `fold` borrows exactly when it changes nothing: on any text, an owned
/// result differs from the input.
#[test]
fn fold_copies_only_what_it_changes() {
    let mut runner = proptest::test_runner::TestRunner::default();
    runner
        .run(&any::<String>(), |text| {
            if let std::borrow::Cow::Owned(o) = fold(&text) {
                prop_assert_ne!(o, text);
            }
            Ok(())
        })
        .unwrap();
    for c in ('\u{FB50}'..='\u{FDFF}').chain('\u{FE70}'..='\u{FEFE}') {
        if let std::borrow::Cow::Owned(o) = fold(c.encode_utf8(&mut [0; 4])) {
            assert_ne!(o, c.to_string(), "U+{:04X} copied unchanged", c as u32);
        }
    }
}
