//! Stage 4: linking each quotation to its speaker.
//!
//! Attribution reads a document one paragraph at a time, and inside a
//! paragraph one *level* at a time: the paragraph's own words with each
//! quotation standing as a single item, then the words inside each
//! quotation (for the quotations nested in it). A level is cut into
//! sentences at `.` `!` `؟` and line breaks; quotations hide their own full
//! stops, so `قال: «نعم. لا.» ثم` is one sentence at the paragraph level.
//!
//! In each sentence, every quotation is decided by the first rule that
//! applies, in this order (each is a [`Rule`]):
//!
//! 1. **names**: a quotation after a noun that introduces names
//!    (`صحيفة «…»`, `حزب «…»`, `عملية «…»`), a short one glued to `لـ`
//!    (`تصريح لـ«عكاظ»`), one followed by an adjective that agrees with a name
//!    (`“الشرق الأوسط” السعودية`), or one standing as the subject of a cue
//!    (`وقال «البرقاوي»: «…»`) is a name, title or term, unless a labelling
//!    verb governs it (`تعتبره أنقرة منظمة «إرهابية»`);
//! 2. **a cue before it** in the sentence: a reporting verb (`وقال الوزير إن «…»`),
//!    a participle (`…، مضيفاً «…»`), a nominal cue (`بحسب الوزير، «…»`)
//!    or a relay (`نقلت الصحيفة عن الوزير قوله «…»`); every quotation in
//!    the verb's sentence shares it (`إن بلاده «…»، وإنها «…»`);
//! 3. **a cue after it**: `«…»، قال الوزير`, `«…»، بحسب البيان`,
//!    `«…»، على حد تعبيره`, `«…»، هذا ما قاله الوزير`;
//! 4. **a colon** after a name that opens the sentence: `الوزير: «…»`,
//!    `وزير الخارجية لـ«الصحيفة»: «…»`;
//! 5. the **continuation** of a quotation re-opened from the paragraph before;
//! 6. **uncued** quotations long enough to be someone's words are speech;
//!    shorter ones are terms.
//!
//! The speaker of a verb is its subject: the noun phrase after it
//! (verb–subject order, `وقال وزير الخارجية سامي حداد، في …، إن`) which stops
//! at a comma, `إن`/`أن`, a colon, a preposition, a time word, a relative
//! pronoun or a quotation mark, and takes in an apposition after a comma when
//! one side is a title (`قال الرئيس التركي، رجب طيب أردوغان، إنه`); or, for a
//! verb without a conjunction, the noun phrase before it (subject–verb order,
//! `الجزائر أكدت`, `وكان الوزير قد قال`). The subject of `إن`/`أن` is never
//! the speaker: in `أكد أن الحكومة «…»` the source is whoever `أكد` refers
//! to. A relay's author follows `عن` (`نقلت صحيفة X عن الوزير`; `إلى` after `نسبت`), so the
//! channel is never the speaker.
//!
//! A verb with no subject of its own (`وأضاف «…»`, `وقالت إن «…»`) and a
//! participle refer back: the [`Discourse`] keeps the speakers named so far,
//! with the gender and number their cues and titles give them, and resolves
//! the reference to the most recent one that agrees (a feminine `وأضافت`
//! skips a masculine speaker).

use std::borrow::Cow;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::rc::Rc;

use crate::cue::{lemma_cow, CueClass, CueEntry, CueKind, Lexicon};
use crate::discourse::{Discourse, Entity, Known, Naming};
use crate::normalize::{fold, fold_into, has_foldable_mark, is_foldable_mark};
use crate::record::{Cue, Decision, Gender, Mention, Number, Person, QuoteKind, Resolution, Rule, Speaker};
use crate::scan::{ParagraphBreak, Quote};
use crate::span::Span;
use crate::token::{article_stem, lex, Clitics, TokenKind};
use crate::words::{Class, Words};

/// Options that shape attribution.
#[derive(Clone, Debug)]
pub(crate) struct Settings {
    pub paragraph_break: ParagraphBreak,
    /// The fewest words an uncued quotation needs to count as speech.
    pub uncued_speech_words: usize,
    /// Whether dropped subjects and pronouns are resolved through the document.
    pub discourse: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { paragraph_break: ParagraphBreak::Line, uncued_speech_words: 4, discourse: true }
    }
}

/// The most words a speaker phrase may hold.
const MAX_PHRASE: usize = 10;
/// The most words a first paragraph may hold and still be a headline.
const MAX_HEADLINE_WORDS: usize = 20;
/// The most words a quotation may hold and still be read as a name.
const MAX_NAME: usize = 5;

/// Most words of a term in construct right after the noun that introduces
/// it (`بتهمة «…»`, `قضية «…»`).
const MAX_TERM_IN_CONSTRUCT: usize = 10;

/// The most words of an apposition between commas before a verb.
const MAX_APPOSITION: usize = 8;
/// The most items between a colon after a place or a name no list knows
/// and the quotation it introduces (`فلان: لا تراجع عن «…»`); further on, the
/// marks are inside the article's own clause.
const MAX_WORDS_AFTER_COLON: usize = 6;
/// The most words in an aside on keeping a source's name back, set off by
/// commas (`تحدث إلى إذاعة محلية مشترطاً إخفاء اسمه ولقبه`).
const MAX_ANONYMITY_ASIDE: usize = 10;

/// The most items of a relative clause set off by commas between a
/// subject and its verb ([`Doc::subject_before_relative_aside`]).
const MAX_RELATIVE_ASIDE: usize = 12;

/// One token of the document, with what the lexicons say of it.
///
/// Kept to 32 bytes, as there is one per word of the text: the folded form
/// starts where the previous token's ends, a cue is an index into
/// [`Buffers::cues`], and one field holds a word's classes or a punctuation
/// token's character.
#[derive(Clone, Copy, Debug)]
struct Tok {
    span: Span,
    /// End of the folded form in `Doc::folded`.
    fold_end: u32,
    /// A word's [`Class`] bits; a punctuation or mark token's character.
    info: u32,
    /// Index of the word's cue in `Buffers::cues`, or [`NO_CUE`].
    cue: u32,
    kind: TokenKind,
    /// Whether the folded form is the text itself (and not in `Doc::folded`).
    plain: bool,
}

// one per word of the text: keep it small
const _: () = assert!(std::mem::size_of::<Tok>() <= 32);

/// [`Tok::cue`] of a token that is no cue.
const NO_CUE: u32 = u32::MAX;

impl Tok {
    fn class(&self) -> Class {
        if self.kind == TokenKind::Word {
            Class::from_bits(self.info)
        } else {
            Class::NONE
        }
    }

    fn punct(&self) -> Option<char> {
        match self.kind {
            TokenKind::Punct | TokenKind::Mark => char::from_u32(self.info),
            _ => None,
        }
    }
}

/// The working memory of one call, kept by [`Scratch`](crate::Scratch) for
/// the next: every buffer whose size follows the text's.
#[derive(Clone, Debug, Default)]
pub(crate) struct Buffers {
    toks: Vec<Tok>,
    folded: String,
    /// The cues of the document's words (single words and phrases).
    cues: Vec<(CueEntry, u8)>,
    /// Word counts before each token, for the quotations' lengths.
    words_before: Vec<u32>,
}

impl Buffers {
    /// The bytes the buffers hold (their capacity).
    pub(crate) fn capacity_bytes(&self) -> usize {
        self.toks.capacity() * std::mem::size_of::<Tok>()
            + self.folded.capacity()
            + self.cues.capacity() * std::mem::size_of::<(CueEntry, u8)>()
            + self.words_before.capacity() * std::mem::size_of::<u32>()
    }
}

/// An item of a level: a token, or a quotation standing as one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    Tok(u32),
    Quote(u32),
}

/// The document being attributed.
struct Doc<'h, 'q> {
    text: &'h str,
    quotes: &'q [Quote<'h>],
    toks: Vec<Tok>,
    folded: String,
    cues: Vec<(CueEntry, u8)>,
    lexicon: &'q Lexicon,
    words: &'static Words,
    settings: &'q Settings,
    /// The number of words in each quotation.
    quote_words: Vec<u32>,
    /// The index of each quotation's first token (its opening mark's).
    quote_first: Vec<u32>,
}

/// A cue found in a sentence and what it says.
#[derive(Clone, Debug)]
struct Found<'h> {
    /// Index of the cue's first item in the level.
    at: usize,
    /// Items the cue covers.
    len: usize,
    entry: CueEntry,
    span: Span,
    /// The speaker the cue names or refers to.
    speaker: Option<Known<'h>>,
    resolution: Resolution,
    /// Whether a dropped subject was read off the sentence's first clause
    /// (`وبين هؤلاء فلان، وهو …، ويقول`): named there, and who speaks next.
    shared_subject: bool,
}

/// Decides every quotation of `quotes` (the scanner's output for `text`).
pub(crate) fn attribute<'h>(
    text: &'h str,
    quotes: &[Quote<'h>],
    lexicon: &Lexicon,
    settings: &Settings,
    discourse: &mut Discourse<'h>,
    buffers: &mut Buffers,
) -> (Vec<Decision<'h>>, Vec<Entity<'h>>) {
    let doc = Doc::new(text, quotes, lexicon, settings, buffers);
    let mut decisions: Vec<Decision<'h>> = vec![Decision::default(); quotes.len()];
    let mut children: Vec<Vec<u32>> = vec![Vec::new(); quotes.len()];
    let mut top: Vec<u32> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        match q.parent() {
            Some(p) if p < quotes.len() => children[p].push(i as u32),
            _ => top.push(i as u32),
        }
    }
    let mut next_top = 0;
    let mut after_speech = false;
    let mut headline_quotes: Vec<u32> = Vec::new();
    for (paragraph, range) in doc.paragraphs().into_iter().enumerate() {
        let end = doc.toks.get(range.end.wrapping_sub(1)).map_or(0, |t| t.span.end);
        let start_pos = doc.toks.get(range.start).map_or(usize::MAX, |t| t.span.start);
        let first = next_top;
        while next_top < top.len() && quotes[top[next_top] as usize].open().start < end {
            next_top += 1;
        }
        let own: Vec<u32> = top[first..next_top]
            .iter()
            .copied()
            .filter(|&q| quotes[q as usize].open().start >= start_pos)
            .collect();
        let items = doc.level(range.clone(), &own);
        // a first paragraph is a headline when it is short; a long one is the
        // lead of a text printed without its headline
        let headline = paragraph == 0 && doc.words_in(&items) <= MAX_HEADLINE_WORDS;
        if headline {
            headline_quotes.clone_from(&own);
        }
        let kind = if headline { Level::Headline } else { Level::Body };
        doc.decide_level(&items, discourse, &mut decisions, kind, after_speech);
        after_speech = doc.ends_with_speech(&items, &decisions);
        // the quotations nested in this paragraph's, level by level
        let mut work: Vec<u32> = own.iter().copied().filter(|&q| !children[q as usize].is_empty()).collect();
        while let Some(q) = work.pop() {
            let inner = doc.quote_tokens(q as usize);
            let items = doc.level(inner, &children[q as usize]);
            // inside the quotation, the outer speaker is the current one, and
            // entities stay those of the document
            let saved = discourse.enter(decisions[q as usize].speaker.as_ref());
            doc.decide_level(&items, discourse, &mut decisions, Level::Nested, false);
            discourse.leave(saved);
            work.extend(children[q as usize].iter().copied().filter(|&c| !children[c as usize].is_empty()));
        }
    }
    doc.headline_speakers(&headline_quotes, &mut decisions, discourse);
    doc.repeated_names(&mut decisions, discourse);
    doc.repeated_quotes(&mut decisions, discourse);
    let table = speaker_table(discourse, &mut decisions);
    doc.give_back(buffers);
    (decisions, table)
}

/// The first token at or after `from` that starts at byte `pos` or later
/// (`toks.len()` if none), found by galloping forward from `from`: the cost
/// grows with the log of the distance covered, not of the document, so a
/// walk through increasing positions takes linear time in all.
fn first_token_at(toks: &[Tok], from: usize, pos: usize) -> usize {
    let mut low = from.min(toks.len());
    let mut step = 1;
    // invariant: every token before `low` starts before `pos`
    while low + step <= toks.len() && toks[low + step - 1].span.start < pos {
        low += step;
        step *= 2;
    }
    let high = (low + step).min(toks.len());
    low + toks[low..high].partition_point(|t| t.span.start < pos)
}

/// Builds the document's speaker table and gives every speaker its
/// entity's canonical name (the fullest the document gives).
fn speaker_table<'h>(discourse: &Discourse<'h>, decisions: &mut [Decision<'h>]) -> Vec<Entity<'h>> {
    let (table, index) = discourse.table();
    for d in decisions.iter_mut() {
        let Some(s) = d.speaker.as_mut() else {
            continue;
        };
        let row = s.entity().and_then(|e| index.get(e).copied().flatten());
        s.set_entity(row);
        if let Some(entity) = row.map(|r| &table[r]) {
            s.set_name(&entity.name_mention());
            if s.gender() == Gender::Unknown || s.number() == Number::Unknown {
                let (g, n) = (s.gender(), s.number());
                let g = if g == Gender::Unknown { entity.gender() } else { g };
                let n = if n == Number::Unknown { entity.number() } else { n };
                s.set_agreement(g, n);
            }
        }
    }
    table
}

/// A quotation printed twice (a headline or pull quote repeating words
/// attributed in the body) takes the speaker of the attributed copy.
impl<'h, 'q> Doc<'h, 'q> {
    fn new(
        text: &'h str,
        quotes: &'q [Quote<'h>],
        lexicon: &'q Lexicon,
        settings: &'q Settings,
        buffers: &mut Buffers,
    ) -> Doc<'h, 'q> {
        let words = Words::builtin();
        let mut folded = std::mem::take(&mut buffers.folded);
        let mut toks = std::mem::take(&mut buffers.toks);
        let mut cues = std::mem::take(&mut buffers.cues);
        folded.clear();
        toks.clear();
        cues.clear();
        folded.reserve(text.len());
        toks.reserve(text.len() / 6);
        let mut phrase_starts = Vec::new();
        let mut pos = 0;
        let mut fold_start = 0;
        while let Some((start, end, kind)) = lex(text, pos, Some(&mut folded)) {
            pos = end;
            let plain = folded.len() == fold_start && matches!(kind, TokenKind::Word | TokenKind::Number);
            let mut tok = Tok {
                span: Span::new(start, end),
                fold_end: folded.len() as u32,
                info: 0,
                cue: NO_CUE,
                kind,
                plain,
            };
            let fold = if plain { &text[start..end] } else { &folded[fold_start..] };
            fold_start = folded.len();
            match kind {
                TokenKind::Punct | TokenKind::Mark => {
                    tok.info = text[start..end].chars().next().map_or(0, u32::from);
                }
                TokenKind::Word => {
                    let mut vocab = lexicon.vocab(fold);
                    let word = fold;
                    let class = match word {
                        // رأي (an opinion) folds like رأى (he saw, he held):
                        // printed with a dotted ya, the noun (قضية رأي عام)
                        "راي" | "وراي" | "فراي"
                            if text[start..end].trim_end_matches(is_foldable_mark).ends_with('ي') =>
                        {
                            vocab.cue = None;
                            vocab.class
                        }
                        "علي" | "والي" | "امام" | "وامام" | "فامام" => {
                            written_reading(word, &text[start..end], vocab.class)
                        }
                        // مديره، نائبه (his director, his deputy) fold as مديرة، نائبة
                        _ if vocab.class.is_feminine() && word.ends_with('ه') => {
                            // (طالبة, printed with ة, is no verb with its
                            // pronoun, طالبه "he asked him")
                            let written = text[start..end].trim_end_matches(is_foldable_mark);
                            if written.ends_with('ة') && vocab.cue.is_some_and(|e| e.kind() == CueKind::Verb)
                            {
                                vocab.cue = None;
                            }
                            written_reading(word, &text[start..end], vocab.class)
                        }
                        // منة (a given name, منة الله) folds like منه (from
                        // him): printed with ة, no preposition
                        _ if vocab.class.has(Class::PREPOSITION)
                            && word.ends_with('ه')
                            && text[start..end].trim_end_matches(is_foldable_mark).ends_with('ة') =>
                        {
                            vocab.class.without(Class::PREPOSITION | Class::PRE_SUBJECT)
                        }
                        _ if vocab.cue.is_some() && vocab.class.has(Class::TRIGGERS) => {
                            let (class, verb) = trigger_or_verb(&text[start..end], vocab.class);
                            if !verb {
                                vocab.cue = None;
                            }
                            class
                        }
                        _ => vocab.class,
                    };
                    // (a verb of issuing is read only where a document is)
                    tok.info = class.without(Class::ISSUING).bits();
                    // ردّاً، طلباً: printed with tanwin, the noun, not the dual
                    // past (ردا، طلبا) it folds like
                    let tanwin = |entry: &CueEntry| {
                        entry.kind() == CueKind::Verb
                            && entry.number() == Number::Dual
                            && text[start..end].contains('\u{064B}')
                    };
                    // أوساط متابعة للقضية: a feminine participle, no tanwin,
                    // right after an indefinite source or group, agrees with
                    // it as an adjective
                    let adjective = |entry: &CueEntry| {
                        entry.kind() == CueKind::Participle
                            && entry.gender() == Gender::Feminine
                            && text[start..end].ends_with('ة')
                            && toks.last().is_some_and(|prev: &Tok| {
                                prev.kind == TokenKind::Word
                                    && prev.span.end < start
                                    && text[prev.span.end..start].trim().is_empty()
                                    && prev.class().has(Class::TITLE | Class::COLLECTIVE)
                                    && !printed_definite(&text[prev.span.range()])
                            })
                    };
                    // في أبين، عن رده: a preposition governs a noun, so a
                    // verb's form right after it is a noun or a name (a place
                    // shaped like a first-person verb, a verbal noun with its
                    // pronoun). (Not على: the name علي is printed so too.)
                    let after_preposition = |entry: &CueEntry| {
                        entry.kind() == CueKind::Verb
                            && toks.last().is_some_and(|prev: &Tok| {
                                prev.kind == TokenKind::Word
                                    && matches!(last_fold(&toks, text, &folded), "في" | "الي" | "عن")
                                    && text[prev.span.end..start].trim().is_empty()
                            })
                    };
                    // تقول أروى: a first-person form right after a reporting
                    // verb of the third person is its subject's name (أروى
                    // reads as أروي "I narrate")
                    let subject_name = |entry: &CueEntry| {
                        entry.kind() == CueKind::Verb
                            && entry.person() == Person::First
                            && toks.last().is_some_and(|prev: &Tok| {
                                cues.get(prev.cue as usize).is_some_and(|(e, _)| {
                                    e.kind() == CueKind::Verb && e.person() != Person::First && !e.is_weak()
                                }) && text[prev.span.end..start].trim().is_empty()
                            })
                    };
                    // قد ودّعت: no conjunction comes between قد and its verb,
                    // so a و there is the verb's own letter (ودّع "bade
                    // farewell", not و + دعت)
                    let after_qad = |entry: &CueEntry| {
                        let rest = word.strip_prefix('و').unwrap_or("");
                        entry.kind() == CueKind::Verb
                            && !rest.is_empty()
                            && toks.last().is_some_and(|prev: &Tok| {
                                prev.kind == TokenKind::Word
                                    && matches!(last_fold(&toks, text, &folded), "قد" | "لقد")
                                    && text[prev.span.end..start].trim().is_empty()
                            })
                            && lexicon.lookup(rest) == lexicon.lookup(word)
                    };
                    let verb = |e: &CueEntry| {
                        !tanwin(e)
                            && !adjective(e)
                            && !after_preposition(e)
                            && !subject_name(e)
                            && !after_qad(e)
                    };
                    if let Some(entry) = vocab.cue.filter(verb) {
                        tok.cue = cues.len() as u32;
                        cues.push((entry, 1));
                    }
                    if vocab.phrase {
                        phrase_starts.push(toks.len());
                    }
                }
                _ => {}
            }
            toks.push(tok);
            // قبل اثني عشر يوماً: اثني before عشر is the number twelve, not
            // أثنى "praised"
            let twelve = toks.len() >= 2
                && toks[toks.len() - 2].kind == TokenKind::Word
                && matches!(last_fold(&toks, text, &folded), "عشر" | "عشره")
                && matches!(last_fold(&toks[..toks.len() - 1], text, &folded), "اثني" | "اثنا");
            if twelve {
                let at = toks.len() - 2;
                toks[at].cue = NO_CUE;
            }
            // نير بن آري، سالم ولد يقول: after بن or ولد comes the father's
            // name, whatever verb it may read as
            // (looked at only for a cue: most words are none)
            let father = toks.len() >= 2
                && toks[toks.len() - 1].cue != NO_CUE
                && toks[toks.len() - 2].kind == TokenKind::Word
                && matches!(last_fold(&toks[..toks.len() - 1], text, &folded), "بن" | "ابن" | "بنت" | "ولد");
            if father {
                if let Some(last) = toks.last_mut() {
                    last.cue = NO_CUE;
                }
            }
            // حزب «…» (يواصل): one word alone in brackets is a gloss, a
            // short name, never a reporting verb
            if let Some([open, word, close]) = toks.last_chunk_mut::<3>() {
                let bracketed = open.kind == TokenKind::Punct
                    && open.info == u32::from('(')
                    && close.kind == TokenKind::Punct
                    && close.info == u32::from(')');
                if bracketed && word.kind == TokenKind::Word {
                    word.cue = NO_CUE;
                }
            }
        }
        let mut doc = Doc {
            text,
            quotes,
            toks,
            folded,
            cues,
            lexicon,
            words,
            settings,
            quote_words: Vec::new(),
            quote_first: Vec::new(),
        };
        (doc.quote_words, doc.quote_first) = doc.count_quote_words(&mut buffers.words_before);
        doc.find_phrases(&phrase_starts);
        doc
    }

    /// Returns the document's buffers for the next call.
    fn give_back(self, buffers: &mut Buffers) {
        buffers.toks = self.toks;
        buffers.folded = self.folded;
        buffers.cues = self.cues;
    }

    /// A quotation that repeats the words of an attributed one (a headline
    /// quoting the body, a statement quoted twice) gets its speaker.
    ///
    /// Only a speech quotation with neither cue nor speaker takes one over.
    /// Quotations are compared by their folded words (a diacritic, a tatweel
    /// or punctuation changes nothing), through a hash; a long one is not
    /// compared (a headline repeats a short quotation, and comparing nested
    /// quotations in full would take quadratic time).
    /// A short quotation that repeats one a noun before it marked as a name
    /// or title (`الشركة الناشئة «…»`, then `أن «…» تمثل`) is that name
    /// again, wherever it stands.
    fn repeated_names(&self, decisions: &mut [Decision<'h>], discourse: &mut Discourse<'h>) {
        let named = |d: &Decision<'_>| {
            d.rule == Rule::NameTrigger && matches!(d.kind, QuoteKind::Name | QuoteKind::Title)
        };
        if !decisions.iter().any(named) {
            return;
        }
        let text = |q: usize| fold(self.quotes[q].as_str().trim());
        let mut names: rustc_hash::FxHashMap<Cow<'_, str>, QuoteKind> = rustc_hash::FxHashMap::default();
        for (q, d) in decisions.iter().enumerate() {
            if named(d) && self.quote_words(q as u32) <= MAX_NAME {
                names.entry(text(q)).or_insert(d.kind);
            }
        }
        for (q, d) in decisions.iter_mut().enumerate() {
            if !d.kind.is_speech() || self.quote_words(q as u32) > MAX_NAME {
                continue;
            }
            if let Some(&kind) = names.get(&text(q)) {
                if let Some(entity) = d.speaker.as_ref().and_then(|s| s.entity()) {
                    discourse.unquote(entity, q);
                }
                *d = name_decision(kind, Rule::NameTrigger, 0.6);
            }
        }
    }

    /// A headline `Surname: «…»` whose one word no list knows is the
    /// speaker when the body names a person with it: `ألميدا: «…»`, then
    /// `وزير المالية رودريغو ألميدا`. A word the body never uses as a name
    /// gives no speaker. A headline speaker known by a title only
    /// (`مخرجة «…»: «…»`) is the first person the body names with that
    /// title.
    fn headline_speakers(
        &self,
        headline: &[u32],
        decisions: &mut [Decision<'h>],
        discourse: &mut Discourse<'h>,
    ) {
        for &q in headline {
            let d = &decisions[q as usize];
            // مخرجة «…»: «…»: a description only, named later in the body
            let described = d.speaker.as_ref().and_then(|s| s.entity()).filter(|_| d.rule == Rule::Colon);
            // وطبيب: «…»: a source the headline gives no name, whose words
            // open a quotation the body gives a named source
            let repeated = described.filter(|&e| discourse.introduced_nameless_person(e)).and_then(|e| {
                let j = self.source_repeating(q as usize, headline, decisions, discourse, true)?;
                Some((e, decisions[j].speaker.as_ref()?.entity()?))
            });
            // (.. وكارفالو: «…»: a name no list knows after the headline's
            // conjunction, which the body names without it; and before the
            // verb that reports: .. وكارفالو يرد: «…»)
            let joined_name = || {
                let e = d
                    .speaker
                    .as_ref()
                    .and_then(|s| s.entity())
                    .filter(|_| matches!(d.rule, Rule::Colon | Rule::CueBefore))?;
                let mention = fold(d.speaker.as_ref()?.mention()?.text());
                let rest =
                    mention.strip_prefix('و').filter(|r| r.chars().count() >= 3 && !r.contains(' '))?;
                Some((e, discourse.source_named_later(e, rest)?))
            };
            let later = || {
                described
                    .and_then(|e| {
                        Some((e, discourse.named_later(e).or_else(|| discourse.body_named_later(e))?))
                    })
                    .or_else(joined_name)
            };
            if let Some((old, new)) = repeated.or_else(later) {
                discourse.unquote(old, q as usize);
                discourse.quoted(new, q as usize);
                if let Some(s) = decisions[q as usize].speaker.as_mut() {
                    s.set_entity(Some(new));
                }
                continue;
            }
            // «مجرد مزحة».. : a short phrase read as a term, too
            // (not a definite noun phrase, a term a body quotation may
            // use too: «الربيع العربي»)
            let short_term =
                d.kind == QuoteKind::Term && d.rule == Rule::Short && !self.definite_phrase(q as usize);
            // (an uncued quotation's guess from the headline's own clause
            // gives way to a body source whose words it repeats)
            let guessed = d.rule == Rule::Uncued
                && d.speaker.as_ref().is_some_and(|s| s.resolution() == Resolution::CarriedOver);
            if !(d.kind.is_speech() || short_term) || (d.speaker.is_some() && !guessed) || d.cue.is_some() {
                continue;
            }
            // «الوزارة»: «…»، الفائزة بالجائزة: «…»: words that stand in a
            // quotation the body gives a source
            if let Some(j) = self.source_repeating(q as usize, headline, decisions, discourse, false) {
                if let Some(old) = decisions[q as usize].speaker.as_ref().and_then(|s| s.entity()) {
                    discourse.unquote(old, q as usize);
                }
                let mut speaker = decisions[j].speaker.clone();
                if let Some(s) = speaker.as_mut() {
                    s.set_resolution(Resolution::CarriedOver);
                    s.set_mention(None);
                    if let Some(entity) = s.entity() {
                        discourse.quoted(entity, q as usize);
                    }
                }
                if short_term {
                    decisions[q as usize] =
                        speech_decision(None, Resolution::CarriedOver, None, Rule::Uncued, 0.5);
                }
                decisions[q as usize].speaker = speaker;
                continue;
            }
            if short_term {
                continue;
            }
            // [paragraph start] word ':' mark …
            let first = self.quote_first[q as usize] as usize;
            let Some(word) = first.checked_sub(3) else { continue };
            let opens = word == 0 || self.toks[word - 1].kind == TokenKind::Break;
            let colon =
                self.toks[word + 1].punct() == Some(':') && self.toks[word + 2].kind == TokenKind::Mark;
            let tok = &self.toks[word];
            let plain = tok.kind == TokenKind::Word && tok.class() == Class::NONE && tok.cue == NO_CUE;
            if !(opens && colon && plain) {
                continue;
            }
            let known = self.known(&[Item::Tok(word as u32)], 0, 0);
            if let Some(speaker) = discourse.note_if_named(known) {
                if let Some(entity) = speaker.entity {
                    discourse.quoted(entity, q as usize);
                }
                decisions[q as usize] =
                    speech_decision(Some(speaker), Resolution::Explicit, None, Rule::Colon, 0.6);
            }
        }
    }

    /// Whether quotation `q` opens on a definite word and holds no
    /// particle of a clause (`الربيع العربي`, not `المواقف ليست للبيع`).
    fn definite_phrase(&self, q: usize) -> bool {
        let mut words =
            self.quote_tokens(q).filter(|&t| self.toks[t].kind == TokenKind::Word).map(|t| self.fold_of(t));
        let opens_definite = words.next().is_some_and(is_definite);
        opens_definite && !words.any(|w| matches!(w, "لا" | "ليس" | "ليست" | "لن" | "لم" | "ما" | "قد"))
    }

    /// The first quotation in the body, given a source by a cue (a named
    /// one when `named`), whose words hold the words of the headline
    /// quotation `q` in a row (`«لا خوف على الإمدادات»`, then `«…، ولا
    /// خوف على الإمدادات في الصيف»`). The headline's quotations are few and short, so
    /// this reads the body's quotations a bounded number of times.
    fn source_repeating(
        &self,
        q: usize,
        headline: &[u32],
        decisions: &[Decision<'h>],
        discourse: &Discourse<'h>,
        named: bool,
    ) -> Option<usize> {
        // (compared without a leading و: «لا …» stands in «…، ولا …»)
        let words = |i: usize| {
            self.quote_tokens(i)
                .filter(|&t| matches!(self.toks[t].kind, TokenKind::Word | TokenKind::Number))
                .map(|t| Clitics::without_conjunction(self.fold_of(t)))
        };
        let target: Vec<&str> = words(q).take(MAX_REPEATED_QUOTE_WORDS + 1).collect();
        if !(2..=MAX_REPEATED_QUOTE_WORDS).contains(&target.len()) {
            return None;
        }
        let after = headline.iter().map(|&h| h as usize + 1).max().unwrap_or(q + 1);
        let mut body: Vec<&str> = Vec::new();
        (after..decisions.len()).find(|&j| {
            let d = &decisions[j];
            let entity =
                d.speaker.as_ref().filter(|_| d.kind.is_speech() && d.cue.is_some()).and_then(|s| s.entity());
            if !entity.is_some_and(|e| !named || discourse.is_named(e)) {
                return false;
            }
            body.clear();
            body.extend(words(j));
            body.windows(target.len()).any(|w| w == target.as_slice()) || condensed(&target, &body)
        })
    }

    fn repeated_quotes(&self, decisions: &mut [Decision<'h>], discourse: &mut Discourse<'h>) {
        let unattributed = |d: &Decision<'_>| d.kind.is_speech() && d.cue.is_none() && d.speaker.is_none();
        if !decisions.iter().any(unattributed) {
            return;
        }
        let short = |q: usize| self.quotes[q].as_str().len() <= MAX_REPEATED_QUOTE_BYTES;
        let words = |q: usize| {
            self.quote_tokens(q)
                .filter(|&t| matches!(self.toks[t].kind, TokenKind::Word | TokenKind::Number))
                .map(|t| self.fold_of(t))
        };
        let key = |q: usize| {
            let mut h = rustc_hash::FxHasher::default();
            words(q).for_each(|w| w.hash(&mut h));
            h.finish()
        };
        // (the first speaker named in the quotation's sentence; else the
        // first a cue found by its dropped subject: «…»، تقول بصوت متعب)
        let mut attributed: rustc_hash::FxHashMap<u64, (usize, bool)> = rustc_hash::FxHashMap::default();
        for (i, d) in decisions.iter().enumerate() {
            let Some(s) = d.speaker.as_ref().filter(|_| d.kind.is_speech() && d.cue.is_some() && short(i))
            else {
                continue;
            };
            let explicit = s.resolution() == Resolution::Explicit;
            let slot = attributed.entry(key(i)).or_insert((i, explicit));
            if explicit && !slot.1 {
                *slot = (i, true);
            }
        }
        for i in 0..decisions.len() {
            if !unattributed(&decisions[i]) || !short(i) {
                continue;
            }
            let same = |j: usize| words(j).eq(words(i));
            if let Some(&(j, _)) = attributed.get(&key(i)).filter(|&&(j, _)| j != i && same(j)) {
                let mut speaker = decisions[j].speaker.clone();
                if let Some(s) = speaker.as_mut() {
                    s.set_resolution(Resolution::CarriedOver);
                    s.set_mention(None);
                    if let Some(entity) = s.entity() {
                        discourse.quoted(entity, i);
                    }
                }
                decisions[i].speaker = speaker;
            }
        }
    }

    /// The number of words (and numbers) in each quotation, nested ones
    /// included, and the index of its first inner token: from a running
    /// count over the tokens, so that a quotation nested a thousand deep
    /// costs no more than a flat one.
    fn count_quote_words(&self, before: &mut Vec<u32>) -> (Vec<u32>, Vec<u32>) {
        before.clear();
        if self.quotes.is_empty() {
            return (Vec::new(), Vec::new());
        }
        before.reserve(self.toks.len() + 1);
        let mut n = 0u32;
        before.push(0);
        for t in &self.toks {
            n += u32::from(matches!(t.kind, TokenKind::Word | TokenKind::Number));
            before.push(n);
        }
        // quotations come in the order of their opening marks, so each
        // search starts where the one before it ended
        let mut start = 0;
        let mut words = Vec::with_capacity(self.quotes.len());
        let mut firsts = Vec::with_capacity(self.quotes.len());
        for q in self.quotes {
            let span = q.span();
            start = if start > 0 && self.toks[start - 1].span.start >= span.start {
                self.toks.partition_point(|t| t.span.start < span.start)
            } else {
                first_token_at(&self.toks, start, span.start)
            };
            let end = first_token_at(&self.toks, start, span.end);
            words.push(before[end] - before[start]);
            firsts.push(start as u32);
        }
        (words, firsts)
    }

    fn fold_of(&self, i: usize) -> &str {
        let tok = &self.toks[i];
        if tok.plain {
            return &self.text[tok.span.start..tok.span.end];
        }
        let start = if i == 0 { 0 } else { self.toks[i - 1].fold_end };
        &self.folded[start as usize..tok.fold_end as usize]
    }

    /// Marks the tokens that start a multi-word cue (which wins over the
    /// first word's own reading).
    fn find_phrases(&mut self, starts: &[usize]) {
        let longest = self.lexicon.longest_phrase();
        let mut window: Vec<&str> = Vec::with_capacity(longest);
        let mut hits = Vec::new();
        for &i in starts {
            window.clear();
            for j in i..(i + longest).min(self.toks.len()) {
                if self.toks[j].kind != TokenKind::Word {
                    break;
                }
                window.push(self.fold_of(j));
            }
            if window.len() > 1 {
                if let Some((n, e)) = self.lexicon.phrase(&window) {
                    hits.push((i, (e, n as u8)));
                }
            }
        }
        for (i, h) in hits {
            self.toks[i].cue = self.cues.len() as u32;
            self.cues.push(h);
        }
    }

    /// Token ranges of the paragraphs.
    fn paragraphs(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < self.toks.len() {
            if self.toks[i].kind == TokenKind::Break {
                let blank = i + 1 < self.toks.len() && self.toks[i + 1].kind == TokenKind::Break;
                if self.settings.paragraph_break == ParagraphBreak::Line || blank {
                    if start < i {
                        out.push(start..i);
                    }
                    while i < self.toks.len() && self.toks[i].kind == TokenKind::Break {
                        i += 1;
                    }
                    start = i;
                    continue;
                }
            }
            i += 1;
        }
        if start < self.toks.len() {
            out.push(start..self.toks.len());
        }
        out
    }

    /// The tokens inside quotation `q`'s marks.
    fn quote_tokens(&self, q: usize) -> Range<usize> {
        let a = self.quote_first[q] as usize;
        a..first_token_at(&self.toks, a, self.quotes[q].span().end)
    }

    /// The items of one level: the tokens of `range`, with each quotation of
    /// `children` standing as one item at its opening mark.
    fn level(&self, range: Range<usize>, children: &[u32]) -> Vec<Item> {
        // (capacity for a paragraph, not for all a deep quotation holds)
        let mut items = Vec::with_capacity(range.len().min(1 << 12));
        let mut i = range.start;
        let mut c = 0;
        while i < range.end {
            let tok = &self.toks[i];
            if c < children.len() && tok.span.start >= self.quotes[children[c] as usize].open().start {
                let q = &self.quotes[children[c] as usize];
                items.push(Item::Quote(children[c]));
                // jump over the quotation's tokens (a search, not a walk:
                // deep nesting would walk them once per level)
                let end = q.outer().end;
                i = first_token_at(&self.toks[..range.end], i, end);
                c += 1;
                continue;
            }
            if tok.kind != TokenKind::Break {
                items.push(Item::Tok(i as u32));
            }
            i += 1;
        }
        items
    }

    // ------------------------------------------------------------ item helpers

    fn cue_of(&self, tok: &Tok) -> Option<(CueEntry, u8)> {
        self.cues.get(tok.cue as usize).copied()
    }

    fn tok(&self, item: Item) -> Option<&Tok> {
        match item {
            Item::Tok(i) => Some(&self.toks[i as usize]),
            Item::Quote(_) => None,
        }
    }

    /// A word as printed, without the diacritics, tatweel and invisible
    /// characters folding drops, but with its letters unfolded (`ة` stays
    /// apart from `ه`, `ى` from `ي`): for checks on suffixes.
    fn written(&self, item: Item) -> Cow<'h, str> {
        let raw = self.tok(item).map_or("", |t| &self.text[t.span.range()]);
        if has_foldable_mark(raw) {
            Cow::Owned(raw.chars().filter(|&c| !is_foldable_mark(c)).collect())
        } else {
            Cow::Borrowed(raw)
        }
    }

    /// An indefinite accusative, its tanwin printed (`مدافعاً`، `أيضاً`).
    fn is_accusative(&self, item: Item) -> bool {
        printed_accusative(self.tok(item).map_or("", |t| &self.text[t.span.range()]))
    }

    /// An indefinite accusative noun and its nisba adjective, printed
    /// without tanwin (`وفدا برلمانيا`، `بيانا رسميا`): both end on a bare
    /// `ا`, the adjective on `يا`.
    fn is_unprinted_accusative_pair(&self, item: Item, next: Option<&Item>) -> bool {
        let Some(&next) = next else {
            return false;
        };
        // (folded forms: folding drops the tanwin and keeps the alif)
        let (noun, adjective) = (self.folded_item(item), self.folded_item(next));
        let bare_alif = |w: &str| w.ends_with('ا') && !w.ends_with("اا") && !is_definite(w);
        bare_alif(adjective)
            && bare_alif(noun)
            && noun.chars().count() >= 4
            && is_nisba(adjective.trim_end_matches('ا'))
            && self.class(next) == Class::NONE
            // (بيانا is the object after a name in ا: نادي كوستا بيانا)
            && !self.is_document(adjective)
    }

    /// A word no list knows, no cue and without the article: it may be a
    /// personal name (`نجلاء`، `سامي`).
    fn is_name_like(&self, item: Item) -> bool {
        self.is_word(item)
            && self.class(item) == Class::NONE
            && self.cue(item).is_none()
            && !is_definite(self.folded_item(item))
    }

    fn is_word(&self, item: Item) -> bool {
        self.tok(item).is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
    }

    fn folded_item(&self, item: Item) -> &str {
        match item {
            Item::Tok(i) => self.fold_of(i as usize),
            Item::Quote(_) => "",
        }
    }

    #[inline]
    fn punct(&self, item: Item) -> Option<char> {
        self.tok(item).and_then(Tok::punct)
    }

    fn is_sentence_end(&self, item: Item) -> bool {
        match self.punct(item) {
            Some('.') => !self.is_abbreviation_dot(item),
            Some('!' | '?' | '؟' | '…' | '۔') => true,
            _ => false,
        }
    }

    /// `د. عمر`, `م. سامي`: a dot after a one-letter word (an abbreviated
    /// title) ends no sentence.
    fn is_abbreviation_dot(&self, item: Item) -> bool {
        let Item::Tok(i) = item else { return false };
        let i = i as usize;
        i > 0 && {
            let prev = &self.toks[i - 1];
            prev.kind == TokenKind::Word
                && prev.span.end == self.toks[i].span.start
                && self.text[prev.span.range()].chars().count() == 1
                && !self.text[prev.span.range()].is_ascii()
        }
    }

    fn is_comma(&self, item: Item) -> bool {
        matches!(self.punct(item), Some('،' | ',' | '-' | '–' | '—'))
    }

    fn class(&self, item: Item) -> Class {
        self.tok(item).map_or(Class::NONE, Tok::class)
    }

    fn cue(&self, item: Item) -> Option<(CueEntry, u8)> {
        self.tok(item).and_then(|t| self.cue_of(t))
    }

    /// Whether the item is a reporting verb or participle that is not weak.
    fn is_verb_cue(&self, item: Item) -> bool {
        self.cue(item)
            .is_some_and(|(e, _)| !e.is_weak() && matches!(e.kind(), CueKind::Verb | CueKind::Participle))
    }

    /// Whether the verb cue at `at` is a woman's given name after her
    /// title: `الطبيبة أمل الطيب` (a masculine past verb, أمِلَ "hoped",
    /// cannot have a feminine subject before it; `وأملت الطبيبة` would).
    fn name_after_feminine_title(&self, items: &[Item], at: usize, entry: CueEntry) -> bool {
        let title = at > 0 && {
            let class = self.class(items[at - 1]);
            class.has(Class::TITLE) && class.is_feminine() && is_definite(self.folded_item(items[at - 1]))
        };
        title
            && entry.kind() == CueKind::Verb
            && entry.gender() == Gender::Masculine
            && entry.number() == Number::Singular
    }

    /// Whether the weak verb form at `at` (`len` items) starts a name set
    /// off by commas: `مديرة المركز، أمل حداد، إن`، `المدرب، روي سانتوس،`
    /// (after a nisba of origin too: `المدرب، البرتغالي روي سانتوس،`).
    /// A verb there would have a subject and go on to its clause.
    fn is_apposed_name(&self, items: &[Item], at: usize, len: usize, end: usize) -> bool {
        // (the name may follow a nisba of origin: …، البرتغالي روي سانتوس،)
        let origin = at >= 2 && {
            let word = self.folded_item(items[at - 1]);
            is_definite(word) && is_nisba(word) && self.class(items[at - 1]) == Class::NONE
        };
        let opens = if origin { at - 1 } else { at };
        if opens == 0 || !self.is_comma(items[opens - 1]) {
            return false;
        }
        let mut k = at + len;
        while k < end && k < at + len + 3 && self.is_name_like(items[k]) {
            k += 1;
        }
        k > at + len && k < end && self.is_comma(items[k])
    }

    fn quote_words(&self, q: u32) -> usize {
        self.quote_words[q as usize] as usize
    }

    // ------------------------------------------------------------ levels

    /// Decides the quotations of one level, sentence by sentence.
    fn decide_level(
        &self,
        items: &[Item],
        discourse: &mut Discourse<'h>,
        out: &mut [Decision<'h>],
        level: Level,
        after_speech: bool,
    ) {
        let mut start = 0;
        // «…». بهذه الكلمات ختم الوزير: a frame naming the words opens the
        // sentence after the quotation; they are read as one
        let frame_follows = |i: usize| {
            i > 0
                && matches!(items[i - 1], Item::Quote(_))
                && items.get(i + 1).is_some_and(|&next| {
                    matches!(self.folded_item(next), "بهذه" | "بتلك" | "بهذا" | "هكذا" | "وهكذا")
                })
        };
        for i in 0..items.len() {
            if (self.is_sentence_end(items[i]) && !frame_follows(i)) || i + 1 == items.len() {
                let place = Place {
                    first_of_headline: level == Level::Headline && start == 0,
                    after_speech: after_speech && start == 0,
                };
                self.decide_sentence(items, start..i + 1, discourse, out, level, place);
                if level == Level::Body && self.settings.discourse {
                    // the person a sentence with no cue introduces is who a
                    // dropped subject next refers to
                    if let Some(person) = self.introduced_person(items, start..i + 1, discourse) {
                        discourse.note(person, true, false);
                    }
                }
                start = i + 1;
            }
        }
    }

    fn decide_sentence(
        &self,
        items: &[Item],
        range: Range<usize>,
        discourse: &mut Discourse<'h>,
        out: &mut [Decision<'h>],
        level: Level,
        place: Place,
    ) {
        let first_sentence = place.first_of_headline;
        let mut stack: Vec<Active<'h>> = Vec::new();
        let mut clause = Clause::new(range.start);
        let mut verb: Option<Found<'h>> = None;
        // the last source a nominal cue named (بحسب موظف في البلدية)
        let mut source: Option<Found<'h>> = None;
        let mut name_quotes: Vec<u32> = Vec::new();
        let mut main_found = false;
        let mut previous_speech = false;
        let mut mention_until = range.start;
        // the last document the sentence named (في بيان، بياناً) and the
        // last source it gave words to: who issued the document
        let mut document: Option<usize> = None;
        // (and the first: أصدرت الهيئة تعميماً … في حكم التأخير, where حكم is
        // another word of the clause)
        let mut first_document: Option<usize> = None;
        let mut quoted: Option<usize> = None;
        let mut i = range.start;
        while i < range.end {
            // (بياناً: the accusative's alif is read off only where the
            // word without it is a document)
            let accusative_document = || {
                let word = self.folded_item(items[i]);
                word.strip_suffix('ا').is_some_and(|w| self.words.get(w).has(Class::DOCUMENT))
            };
            if self.is_word(items[i]) && (self.class(items[i]).has(Class::DOCUMENT) || accusative_document())
            {
                document = Some(i).filter(|&i| self.introduced_document(items[i]).is_some()).or(document);
                first_document = first_document.or(document);
            }
            // scopes end in order, so only the top needs checking (linear time)
            while stack.last().is_some_and(|a| a.scope_end.is_some_and(|end| end <= i)) {
                stack.pop();
            }
            clause.advance(self, items, i);
            let item = items[i];
            if let Some((entry, len)) = self.cue(item) {
                let len = len as usize;
                // (outside quotations, a first person inside a third
                // person's report is a word of the report)
                let reported =
                    level != Level::Nested && first_person_in_report(&entry, stack.last(), &clause);
                if let Some(role) = self
                    .cue_role(items, i, len, range.clone(), &entry, stack.last(), &clause, discourse)
                    .filter(|_| !reported)
                {
                    // (بحسب موظف في البلدية، فإن …، مضيفاً: with no verb, a
                    // participle adds to the source a nominal cue named)
                    let main = verb
                        .as_ref()
                        .or(source.as_ref().filter(|_| entry.kind() == CueKind::Participle))
                        .filter(|_| entry.kind() != CueKind::Verb);
                    let prior = verb.as_ref().filter(|_| entry.kind() == CueKind::Verb);
                    let mut found =
                        self.resolve_cue(items, i, len, range.clone(), entry, main, prior, discourse);
                    if self.names_a_channel(&found, verb.as_ref()) {
                        i += len;
                        continue;
                    }
                    // (الذي وصف القرار بأنه: a document after the verb is its object)
                    let document_object = found.speaker.as_ref().is_some_and(|s| {
                        s.naming.names.is_empty()
                            && s.naming
                                .head
                                .as_deref()
                                .is_some_and(|h| self.words.exact(h).has(Class::DOCUMENT))
                    });
                    if role == Role::Relative
                        && (found.resolution != Resolution::Explicit
                            || document_object
                            || self.object_of_relative_act(items, i, len, range.end, &found))
                    {
                        // الكاتب فلان، الذي قال: the relative's antecedent
                        if let Some(mut known) = self.antecedent(items, i, range.start) {
                            known.agree(entry.gender(), entry.number());
                            found.speaker = Some(known);
                            found.resolution = Resolution::Explicit;
                        }
                    }
                    if let Some(name) = found.speaker.as_ref().and_then(|s| s.in_marks) {
                        // the name may stand before the cue: «فلان» قال …
                        name_quotes.push(name);
                        // a quotation read as speech before its cue came is a name
                        if let Some(entity) = out[name as usize].speaker.as_ref().and_then(|s| s.entity()) {
                            discourse.unquote(entity, name as usize);
                        }
                        out[name as usize] = name_decision(QuoteKind::Name, Rule::SpeakerInMarks, 0.8);
                    }
                    // a dropped subject's verb tells its entity's agreement;
                    // a first person (سنواصل) says nothing of it, nor does a
                    // verb that agrees with a document speaking for its
                    // issuer (وأضافت الرسالة)
                    let dropped = !matches!(found.resolution, Resolution::Explicit | Resolution::Description);
                    if dropped && entry.person() != Person::First {
                        if let Some(id) = found.speaker.as_ref().and_then(|s| s.entity) {
                            discourse.agree(id, entry.gender(), entry.number());
                        }
                    }
                    if found.resolution == Resolution::Explicit {
                        if let Some(s) = found.speaker.take() {
                            // وجاء ذلك على لسان رئيسها، فلان: with no verb
                            // of saying, a named source is who speaks next
                            let named_source = entry.kind() == CueKind::Nominal
                                && verb.is_none()
                                && !s.naming.names.is_empty();
                            let current =
                                role == Role::Main && (entry.kind() == CueKind::Verb || named_source);
                            main_found |= current;
                            let speaker = entry.kind() != CueKind::Nominal || !s.naming.names.is_empty();
                            found.speaker = Some(discourse.note(s, current, speaker));
                        }
                    } else if role == Role::Main && found.shared_subject {
                        // وبين هؤلاء فلان، وهو …، ويقول: a subject taken from
                        // the sentence's first clause is named there, and
                        // who speaks next
                        if let Some(s) = found.speaker.take_if(|s| s.entity.is_none()) {
                            main_found = true;
                            found.speaker = Some(discourse.note(s, true, true));
                        }
                    }
                    if role != Role::Embedded {
                        if entry.kind() == CueKind::Verb && role == Role::Main {
                            verb = Some(found.clone());
                        }
                        let names_source =
                            found.resolution == Resolution::Explicit && found.speaker.is_some();
                        if entry.kind() == CueKind::Nominal && role == Role::Main && names_source {
                            source = Some(found.clone());
                        }
                        let scope_end = matches!(role, Role::Relative | Role::Subordinate).then(|| {
                            let from = self.past_subject_aside(items, &found, i + len, range.end);
                            clause.end_after(self, items, from, range.end)
                        });
                        if scope_end.is_none() {
                            // a cue without a scope stays in force to the end of
                            // the sentence: nothing under it can be read again
                            stack.clear();
                        }
                        stack.push(Active { found, scope_end });
                    }
                    i += len;
                    continue;
                }
            }
            if let Item::Quote(q) = item {
                let mut decision = if name_quotes.contains(&q) {
                    name_decision(QuoteKind::Name, Rule::SpeakerInMarks, 0.8)
                } else {
                    let active = stack.last().map(|a| &a.found);
                    let context = Context {
                        previous_speech,
                        items,
                        at: i,
                        sentence: range.clone(),
                        level,
                        first_sentence,
                        after_speech: place.after_speech,
                    };
                    self.decide_quote(&context, active, verb.as_ref(), discourse)
                };
                if decision.kind.is_speech() {
                    if let Some(s) = decision.speaker.as_mut() {
                        if decision.rule == Rule::CueAfter && s.resolution() == Resolution::Explicit {
                            main_found = true;
                        }
                        if let Some(entity) = s.entity() {
                            discourse.quoted(entity, q as usize);
                            quoted = Some(entity);
                        }
                        discourse.set_current_from(s);
                    }
                }
                previous_speech = decision.kind.is_speech();
                out[q as usize] = decision;
            } else if let Some(met) = self.person_met(items, i, range.end).filter(|_| i >= mention_until) {
                // التقينا بالحاجة نجلاء، …، قالت لنا: the one the writer met
                // is who speaks next
                mention_until = met.1;
                let mut known = self.known(items, met.0, met.1 - 1);
                // (بالحاجة نجلاء: the mention without the preposition)
                if self.folded_item(items[met.0]).starts_with('ب') {
                    known.read_off_letter(self.text, 'ب');
                }
                discourse.note(known, true, false);
                main_found = true;
            } else if i >= mention_until && self.starts_title_phrase(items, i, range.start) {
                // a person named by title (وزير الخارجية كمال زيدان), an
                // antecedent for later descriptions even if never quoted
                if let Some((first, stop)) = self.phrase_after(items, i, range.end) {
                    let known = self.known(items, first, stop - 1);
                    if !known.naming.names.is_empty() {
                        discourse.note(known, false, false);
                    }
                    mention_until = stop;
                }
            } else if i >= mention_until && self.settings.discourse && !self.in_cue_phrase(&stack, item) {
                // أوقفت الهيئة اللاعب فلان الفلاني، لمدرب الفريق فلان الفلاني:
                // a person named in full as an object is known by name later
                if let Some((known, stop)) = self.object_named_in_full(items, i, range.end) {
                    discourse.note(known, false, false);
                    mention_until = stop;
                }
            }
            i += 1;
        }
        // a sentence with no reporting verb still names who it is about:
        // واستنفر الوزير التركي …، then وقال: «…»
        let mut subject = None;
        if verb.is_none() && !main_found && level != Level::Nested {
            if let Some(known) = self.clause_subject(items, range.start, range.end) {
                subject = discourse.note(known, true, false).entity;
            }
        }
        let documents = [first_document.filter(|&first| Some(first) != document), document];
        for at in documents.into_iter().flatten() {
            let entity =
                |f: &Option<Found<'h>>| f.as_ref().and_then(|f| f.speaker.as_ref()).and_then(|s| s.entity);
            // (أصدرت الهيئة تعميماً، نشرت الوزارة بياناً: with no words quoted,
            // the subject of a verb of issuing before the document)
            let issued = || {
                items[range.start..at].iter().any(|&it| {
                    self.is_word(it) && self.lexicon.vocab(self.folded_item(it)).class.has(Class::ISSUING)
                })
            };
            let issuing_subject = subject.filter(|_| issued());
            // (بلاغ للوزارة، بيان صادر عن الجيش: the issuer printed after
            // the document is the source a nominal cue read there; صادر عن
            // مكتبه, on a pronoun, is the verb's subject's)
            let id = if self.issuer_follows(items, at, range.end) {
                entity(&source).or(entity(&verb))
            } else {
                entity(&verb).or(entity(&source)).or(quoted).or(issuing_subject)
            };
            if let (Some(stem), Some(id)) = (self.introduced_document(items[at]), id) {
                discourse.note_issuer(stem, id);
            }
        }
    }

    /// Whether an item stands in the phrase of the cue in force (the
    /// speaker a verb named: `قال شقيقها المحامي فلان`). Only the top of
    /// the stack is read: scopes nest without bound in a long sentence.
    fn in_cue_phrase(&self, stack: &[Active<'h>], item: Item) -> bool {
        let span = self.item_span(item);
        stack.last().and_then(|a| a.found.speaker.as_ref()).is_some_and(|s| {
            let phrase = s.mention.span();
            phrase.start <= span.start && span.end <= phrase.end
        })
    }

    /// `اللاعب فلان الفلاني`، `لمدرب الفريق فلان الفلاني`: a title at
    /// `at` inside a clause (an object, or on `ل` or `ب`), whose phrase
    /// ends on a name of two words or more: the person, without the
    /// preposition, and where the phrase stops.
    fn object_named_in_full(&self, items: &[Item], at: usize, end: usize) -> Option<(Known<'h>, usize)> {
        let title = items[at];
        if !self.is_word(title) || !self.class(title).has(Class::TITLE) || self.cue(title).is_some() {
            return None;
        }
        // (the name closed by a mark: a word no list knows after it may be
        // read into the name, فلان باستقبال حافل خلال …، فلان سبع سنوات)
        // First a cheap look: a mark within a phrase's reach, and before
        // it, no cue and two words no list knows, one without the article.
        let mark = (at + 1..end.min(at + MAX_PHRASE + 1)).find(|&k| !self.is_word(items[k])).unwrap_or(end);
        if mark == end && end > at + MAX_PHRASE {
            return None;
        }
        let words = &items[at + 1..mark];
        let unlisted = words.iter().filter(|&&it| self.is_unlisted(it)).count();
        let given = words.iter().any(|&it| self.is_unlisted(it) && !is_definite(self.folded_item(it)));
        if unlisted < 2 || !given || words.iter().any(|&it| self.cue(it).is_some()) {
            return None;
        }
        let (first, stop) = self.phrase_after(items, at, end)?;
        if stop != mark {
            return None;
        }
        let mut known = self.known(items, first, stop - 1);
        // (a person: not مكتب الوزير فلان)
        if known.naming.names.len() < 2 || known.naming.body {
            return None;
        }
        known.read_off_letter(self.text, 'ل');
        known.read_off_letter(self.text, 'ب');
        Some((known, stop))
    }

    /// The person the writer (or an outlet in marks) met, after a verb of
    /// meeting at `at`: `التقيت هدى …`، `التقينا بالحاجة نجلاء`، `التقت
    /// «الصحيفة» عضو المفوضية، فلانة`. An interview's dropped subjects
    /// (`قالت لي`) refer to that person, not to the writer. A third-person
    /// verb counts only with an outlet in marks as its subject: in `التقى
    /// الوزير نظيره` the one who goes on speaking is the subject.
    fn person_met(&self, items: &[Item], at: usize, end: usize) -> Option<(usize, usize)> {
        let word = Clitics::without_conjunction(self.folded_item(items[at]));
        let from = match word {
            "التقيت" | "التقينا" | "قابلت" | "قابلنا" | "حاورت" | "حاورنا" | "جالسنا" | "زرنا" => {
                if matches!(word, "قابلت" | "حاورت") && matches!(items.get(at + 1), Some(Item::Quote(_)))
                {
                    at + 2
                } else {
                    at + 1
                }
            }
            "التقت" | "التقي" => at + 2,
            _ => return None,
        };
        if from > at + 1 && !matches!(items.get(at + 1), Some(Item::Quote(_))) {
            return None;
        }
        // التقينا بالحاجة نجلاء، بالأهالي: a title or group on ب, or a word
        // on بال before a name
        let titled = |word: &str| self.words.get(word).has(Class::TITLE);
        let head = self.folded_item(*items.get(from)?);
        if let Some(bare) = head.strip_prefix('ب') {
            let named = from + 1 < end && self.is_name_like(items[from + 1]);
            if !(titled(bare) || self.words.get(bare).has(Class::COLLECTIVE) || is_definite(bare) && named) {
                return None;
            }
            let stop = if named {
                self.phrase_after(items, from + 1, end).map_or(from + 1, |(_, stop)| stop)
            } else {
                from + 1
            };
            return Some((from, stop));
        }
        let (first, stop) = self.phrase_after(items, from, end)?;
        let person = titled(head) || self.is_name_like(items[first]);
        (first == from && person).then_some((first, stop))
    }

    /// نشرت الوزارة تدوينة … وجاء في التدوينة: a document named alone after
    /// a nominal cue at `cue` speaks for whoever issued it a little before
    /// (the subject of أصدر، نشر، بث … with the document as its object).
    fn issuer_of_document(&self, cue: Item, source: &Known<'h>) -> Option<Known<'h>> {
        let naming = &source.naming;
        let head = naming.head.as_deref()?;
        let document = naming.names.is_empty() && self.words.exact(head).has(Class::DOCUMENT);
        let Item::Tok(cue) = cue else { return None };
        if !document {
            return None;
        }
        let cue = cue as usize;
        // وجاء في تعميم وزعته الإدارة: the document after a cue that opens its
        // sentence, with its issuer in a relative (which the phrase may
        // have read into itself); after a clause, its subject issued it
        let start = source.mention.span().start;
        let opens = cue == 0
            || self.toks[cue - 1].kind == TokenKind::Break
            || matches!(self.toks[cue - 1].punct(), Some('.' | '!' | '?' | '؟'));
        let own = (cue + 1..(cue + 4).min(self.toks.len()))
            .filter(|_| opens)
            .find(|&t| self.toks[t].span.start == start);
        if let Some(own) = own.filter(|&t| self.toks[t].kind == TokenKind::Word && self.fold_of(t) == head) {
            let end = (own + 1..(own + 2 + MAX_ISSUER_GAP).min(self.toks.len()))
                .find(|&t| matches!(self.toks[t].punct(), Some('.' | '!' | '?' | '؟' | '،' | ',' | ':')))
                .unwrap_or((own + 2 + MAX_ISSUER_GAP).min(self.toks.len()));
            if let Some(subject) = self.issuer_in_relative(own, end) {
                return Some(subject);
            }
        }
        if naming.descriptors.len() != 1 {
            return None;
        }
        // the document printed indefinite (تدوينة، بياناً), a little before
        let reach = cue.saturating_sub(MAX_ISSUER_REACH);
        let named = (reach..cue).rev().find(|&t| {
            let w = self.fold_of(t);
            self.toks[t].kind == TokenKind::Word && (w == head || w.strip_suffix('ا') == Some(head))
        })?;
        let say = CueEntry::default_say();
        // بيان صادر عن الجيش، وصدر بيان عن النقابة: its issuer named after it
        let participle =
            named + 3 < cue && is_issued_form(self.fold_of(named + 1)) && self.fold_of(named + 2) == "عن";
        let issued = named > 0
            && named + 2 < cue
            && matches!(Clitics::without_conjunction(self.fold_of(named - 1)), "صدر" | "صدرت")
            && self.fold_of(named + 1) == "عن";
        // بيان نشرته البلدية، تقرير أصدرته اللجنة: a verb of issuing with
        // the document's pronoun, then its subject (if one follows: not
        // بيان أصدرته مساء أمس، بيان وزعه على الصحافيين)
        if let Some(subject) = self.issuer_in_relative(named, cue) {
            return Some(subject);
        }
        if participle || issued {
            let from = if participle { named + 3 } else { named + 2 };
            let stop = (from + MAX_ISSUER_GAP).min(cue);
            let items = self.level(from..stop, &[]);
            let (a, b) = self.phrase_after(&items, 0, items.len())?;
            return Some(self.known(&items, a, b - 1));
        }
        // its verb of issuing, in the same sentence, a few words before
        let mut verb = None;
        for t in (named.saturating_sub(MAX_ISSUER_GAP)..named).rev() {
            let tok = &self.toks[t];
            if matches!(tok.punct(), Some('.' | '!' | '?' | '؟')) || tok.kind == TokenKind::Break {
                break;
            }
            if tok.kind == TokenKind::Word && self.lexicon.vocab(self.fold_of(t)).class.has(Class::ISSUING) {
                verb = Some(t);
                break;
            }
        }
        if let Some(verb) = verb {
            let items = self.level(verb + 1..named, &[]);
            return self.subject_after(&items, 0, items.len(), &say);
        }
        // حددت الوزارة …، مؤكدة في بيان أن: said "in a statement", by the
        // subject of the sentence it was named in
        let in_document = named > 0 && self.fold_of(named - 1) == "في";
        if !in_document {
            return None;
        }
        let start = (named.saturating_sub(MAX_ISSUER_SENTENCE)..named)
            .rev()
            .find(|&t| {
                matches!(self.toks[t].punct(), Some('.' | '!' | '?' | '؟'))
                    || self.toks[t].kind == TokenKind::Break
            })
            .map_or(named.saturating_sub(MAX_ISSUER_SENTENCE), |t| t + 1);
        // (the quotations standing in that stretch, found by position)
        let (from, to) = (self.toks[start].span.start, self.toks[named].span.start);
        let first_quote = self.quotes.partition_point(|q| q.span().start < from);
        let quotes: Vec<u32> = (first_quote..self.quotes.len())
            .take_while(|&q| self.quotes[q].span().start < to)
            .filter(|&q| self.quotes[q].parent().is_none() && self.quotes[q].span().end <= to)
            .map(|q| q as u32)
            .collect();
        let items = self.level(start..named, &quotes);
        let first = items.iter().position(|&it| !matches!(self.folded_item(it), "و" | "ف"))?;
        // (من جهتها، قالت الهيئة …، موضحة في بلاغ: after an opening
        // phrase on a preposition and its comma)
        let first = self.after_opening_place(&items, first, items.len()).unwrap_or(first);
        if self.is_verb_cue(items[first]) || self.is_unlisted(items[first]) {
            let subject = self.subject_after(&items, first + 1, items.len(), &say)?;
            let head = subject.naming.head.as_deref()?;
            return self.words.get(head).has(Class::BODY).then_some(subject);
        }
        None
    }

    /// `بيانها`، `رسالته`، `تقاريرهم`: a document with a possessive pronoun,
    /// and the pronoun's agreement. `وجاء في بيانها أن «…»` gives the words to
    /// whoever the pronoun refers to, as `وقالت في بيانها` would.
    fn possessed_document(&self, word: &str) -> Option<(Gender, Number)> {
        // (on the preposition of وفقاً لـ: لتقريرها)
        let word = word.strip_prefix('ل').filter(|w| w.chars().count() >= 4).unwrap_or(word);
        let (stem, gender, number) = split_pronoun(word)?;
        // (the feminine ending is printed ت before a pronoun: رسالته; a
        // sound plural drops to its singular: تصريحاته)
        let document = |w: &str| self.words.exact(w).has(Class::DOCUMENT);
        let feminine = document(&noun_before_pronoun(stem));
        let plural = stem.strip_suffix("ات").is_some_and(|s| s.chars().count() >= 3 && document(s));
        (stem.chars().count() >= 3 && (document(stem) || feminine || plural)).then_some((gender, number))
    }

    /// وأضاف الحارس، بحسب ما نقلت رابطة الأندية: «…»: after a
    /// reporting verb with its own subject, a source named by بحسب or وفقاً
    /// لـ, or a channel that relays (نقل) with no author after عن, with no
    /// person's name in it, only says who carried the words.
    fn names_a_channel(&self, found: &Found<'h>, verb: Option<&Found<'h>>) -> bool {
        let said_by_someone =
            verb.is_some_and(|v| v.resolution == Resolution::Explicit && v.speaker.is_some());
        let carried = found.entry.kind() == CueKind::Nominal || found.entry.class() == CueClass::Relay;
        carried
            && said_by_someone
            && found.resolution == Resolution::Explicit
            && found.speaker.as_ref().is_some_and(|s| {
                // (not the author after عن, nor a nameless person: مصادر مطلعة)
                // (read folded: عَن with its vowel is عن too)
                let before = self.text[..s.mention.span().start].trim_end();
                let after_an =
                    before.rsplit(char::is_whitespace).next().is_some_and(|w| fold(w).ends_with("عن"));
                let person = s.naming.head.is_some() && !s.naming.body;
                // (a paper or a channel, even named: بحسب صحيفة «…»)
                let media = s.naming.head.as_deref().is_some_and(|h| self.words.get(h).has(Class::MEDIA));
                // (or a rendering of the words: بحسب ترجمة «…» للمقابلة، وفق تسجيل)
                let first = s.mention.text().split_whitespace().next().map(fold).unwrap_or_default();
                let rendering =
                    matches!(without_conjunction(&first), "ترجمه" | "ترجمات" | "تسجيل" | "تسجيلات" | "تفريغ");
                !after_an
                    && (media || rendering || (s.naming.names.is_empty() && s.in_marks.is_none() && !person))
            })
    }

    /// Whether the verb at `at` has for its subject, right after the
    /// clause's complementizer, a definite noun no list knows and no nisba,
    /// maybe with its adjective (`أن التحاليل أثبتت`، `أن التحاليل الأولية
    /// أثبتت`): a thing, which reports nothing of its own.
    /// A family name the document gave before (`الحداد`, once it named
    /// `سامي الحداد`) is a person.
    fn thing_opens_clause(
        &self,
        items: &[Item],
        at: usize,
        clause: &Clause,
        discourse: &Discourse<'h>,
    ) -> bool {
        let Some(c) = clause.complementizer else { return false };
        if !(c + 2..=c + 3).contains(&at) || c < clause.start {
            return false;
        }
        let subject = items[c + 1];
        let folded = self.folded_item(subject);
        // (its adjective may follow: أن التحاليل الأولية أثبتت)
        let adjective = |k: usize| {
            let word = self.folded_item(items[k]);
            self.is_word(items[k])
                && is_definite(word)
                && (is_nisba(word) || self.class(items[k]) == Class::ADJECTIVE)
                && self.cue(items[k]).is_none()
        };
        self.is_word(subject)
            && is_definite(folded)
            && !is_nisba(folded)
            && self.cue(subject).is_none()
            && self.class(subject) == Class::NONE
            && !discourse.has_name_word(folded)
            && (at == c + 2 || adjective(c + 2))
    }

    /// Whether a title word at `at` opens a noun phrase (it is not inside one).
    fn starts_title_phrase(&self, items: &[Item], at: usize, start: usize) -> bool {
        if !self.class(items[at]).has(Class::TITLE) || self.cue(items[at]).is_some() {
            return false;
        }
        // كرئيس، للرئيس، بالوزير: a title under a preposition names no one here
        let word = Clitics::without_conjunction(self.folded_item(items[at]));
        if word.starts_with(['ب', 'ل', 'ك']) && !self.words.exact(word).has(Class::TITLE) {
            return false;
        }
        at == start || {
            let prev = items[at - 1];
            !self.is_word(prev) || self.class(prev).has(Class::ENDS_PHRASE) || self.cue(prev).is_some()
        }
    }

    /// How a cue at `at` stands in its sentence, or `None` when it does not
    /// count as a cue here.
    #[allow(clippy::too_many_arguments)]
    fn cue_role(
        &self,
        items: &[Item],
        at: usize,
        len: usize,
        sentence: Range<usize>,
        entry: &CueEntry,
        active: Option<&Active<'h>>,
        clause: &Clause,
        discourse: &Discourse<'h>,
    ) -> Option<Role> {
        if entry.kind() == CueKind::Setting || !self.is_supported(items, at, len, sentence.end, entry) {
            return None;
        }
        // ساعد ("helped", a name too) is no سأعد ("I will promise"): the
        // future's first person is printed with its hamza
        if entry.person() == Person::First && bare_alif_after_future(&self.written(items[at])) {
            return None;
        }
        // نقلته قناة …: a channel that carried a statement, not a source
        if entry.class() == CueClass::Relay && entry.has_object() {
            return None;
        }
        // يذكر أن، يشار إلى أن: an impersonal present opening the sentence
        if self.is_impersonal(items, at, len, sentence.clone(), entry) {
            return None;
        }
        // وكتبت معلقة أخرى: a participle with "another" after it is a noun,
        // the source
        if self.participle_as_noun(items, at, sentence.end) {
            return None;
        }
        // حديث نُشر أمس، أُعلن اليوم: a past printed passive names no source
        // (but نُقل عن فلان relays the one after عن)
        if entry.kind() == CueKind::Verb
            && entry.class() != CueClass::Relay
            && self.printed_passive(items[at])
        {
            return None;
        }
        // علّقت على الواجهة لافتة: "hung", not "commented", when a sign is
        // what hangs
        if entry.kind() == CueKind::Verb && self.hangs_a_sign(items, at + len, sentence.end, entry) {
            return None;
        }
        // عدم ذكر اسمه: after عدم the form is a verbal noun; في رد نشرته
        // الصحيفة: after a preposition, a noun (a preposition governs no verb)
        let before = if at > sentence.start { self.folded_item(items[at - 1]) } else { "" };
        // (after من, only a form that is also a noun: من بين، but من قال إن …, "who")
        let after_preposition = entry.kind() == CueKind::Verb
            && (matches!(before, "في" | "عن" | "الي" | "مع") || (before == "من" && entry.is_weak()));
        if matches!(before, "عدم" | "بعدم") || after_preposition {
            return None;
        }
        // بحسب موظف في البلدية تحدث للإذاعة، قال مهندس تحدث لنا إن: a verb
        // right after a nameless, indefinite source describes it (a clause on
        // an indefinite noun); it opens no clause of its own
        if entry.kind() == CueKind::Verb && self.describes_the_source(items, at, active) {
            return None;
        }
        // عدة مدن: printed with ة, a noun, not a verb with its pronoun (عدّه)
        let printed = self.tok(items[at]).map_or("", |t| &self.text[t.span.range()]);
        if entry.kind() == CueKind::Verb && printed.trim_end_matches(is_foldable_mark).ends_with('ة') {
            return None;
        }
        // الوزارة تتابع الملف: تابع "goes on" takes no object; a definite
        // noun no list knows after it is what is followed
        // (but وتابع العطار: «…»: a family name, the words right after it)
        let says_next = || {
            items.get(at + len + 1).filter(|_| at + len + 1 < sentence.end).is_some_and(|&after| {
                matches!(self.punct(after), Some(':' | '،' | ','))
                    || self.class(after).has(Class::COMPLEMENTIZER)
            })
        };
        let followed = || {
            items.get(at + len).filter(|_| at + len < sentence.end).is_some_and(|&next| {
                let word = self.folded_item(next);
                self.is_word(next)
                    && is_definite(word)
                    && !is_nisba(word)
                    && !self.class(next).has(Class::TITLE | Class::BODY | Class::COLLECTIVE | Class::MEDIA)
            })
        };
        if entry.kind() == CueKind::Verb && followed() && !says_next() && self.folded_lemma(entry) == "تابع"
        {
            return None;
        }
        // المؤتمر الذي أعقب المباراة: a relative's verb agrees with its
        // antecedent, so a first-person form there is another verb's
        // (أعقب "followed", not أُعقّب "I comment")
        if entry.person() == Person::First
            && at > sentence.start
            && self.class(items[at - 1]).has(Class::RELATIVE)
        {
            return None;
        }
        if at > sentence.start && self.name_after_feminine_title(items, at, *entry) {
            return None;
        }
        // ما يسمى «…»: "the so-called", a term's frame, names no speaker
        // ما تردد عن التسويات: "what went round about", a topic, not a source
        // speaking (ما قاله عن: the pronoun makes it a source's words)
        let about = items
            .get(at + len)
            .filter(|_| at + len < sentence.end)
            .is_some_and(|&next| matches!(self.folded_item(next), "عن" | "حول"));
        if matches!(before, "ما" | "مما")
            && about
            && entry.kind() == CueKind::Verb
            && !ends_in_pronoun(&self.written(items[at]))
        {
            return None;
        }
        if matches!(before, "ما" | "بما" | "مما") && self.class(items[at]).has(Class::TRIGGER_TERM) {
            return None;
        }
        // طلب عدم الكشف عن هويته، طلبوا عدم نشر أسمائهم: asking for something
        // not to be done reports no words
        let not_done = items
            .get(at + len)
            .filter(|_| at + len < sentence.end)
            .is_some_and(|&next| self.folded_item(next) == "عدم");
        if entry.class() == CueClass::Act && not_done {
            return None;
        }
        // …، تحدث بشرط عدم ذكر اسمه،: an aside on how the source
        // spoke, not a new clause with its own subject
        let on_condition = items
            .get(at + len)
            .filter(|_| at + len < sentence.end)
            .is_some_and(|&next| matches!(self.folded_item(next), "شريطه" | "شرط" | "بشرط"));
        if on_condition {
            return None;
        }
        // رفض ذكر اسمه، مصادر لم تكشف هويتها: giving or keeping back one's
        // name or identity reports no words (and ذكر before اسمه is the
        // verbal noun)
        let name_next = items
            .get(at + len)
            .filter(|_| at + len < sentence.end)
            .is_some_and(|&next| is_own_name_or_identity(self.folded_item(next)));
        if entry.kind() == CueKind::Verb && name_next {
            return None;
        }
        // عقب المباراة، بين البلدين: a weak form that is a preposition counts only
        // with a conjunction opening its clause (وعقب الوزير), a shadda (عبّر),
        // or its own support word (عبر … عن)
        let bare_preposition = entry.is_weak() && self.class(items[at]).has(Class::PREPOSITION);
        let vocalised = self.tok(items[at]).is_some_and(|t| self.text[t.span.range()].contains('\u{0651}'));
        let own_support = items[at + len..sentence.end.min(at + len + 20)]
            .iter()
            .any(|&it| self.lexicon.supports(entry, self.folded_item(it)));
        // (not a conjunction joining two prepositional phrases: داخل المدينة
        // وبين القرى; the conjunction opens a clause after a stop, a comma or
        // a quotation)
        let opens_clause = at == sentence.start || !self.is_word(items[at - 1]);
        let conjunction = self.starts_with_conjunction(items[at]) && opens_clause;
        if bare_preposition && !conjunction && !vocalised && !own_support {
            return None;
        }
        // a complementizer between the cue in force and this one
        let embedded =
            active.is_some_and(|a| clause.complementizer.is_some_and(|c| c >= a.found.at + a.found.len));
        // ذكرت الصحيفة أن …، ونقلت عن …: a verb joined by و right after a
        // comma, agreeing with the verb in force, goes back to that verb's clause
        let same_agent = active.is_some_and(|a| {
            let verb = &a.found.entry;
            verb.kind() == CueKind::Verb && verb.gender() == entry.gender() && verb.number() == entry.number()
        });
        // (and …، فيما قال فلان: "while" opens a clause beside the first)
        let contrast = at == clause.start + 1
            && matches!(without_conjunction(self.folded_item(items[clause.start])), "فيما" | "بينما");
        // (…، ونقلت قناة «…» عن فلان: or with a subject of its own, a title
        // or a body, named right after it)
        // (past a preposition with its pronoun: فرد عليه الوزير)
        let own_subject = || {
            let subject_at = (at + len..sentence.end.min(at + len + 3))
                .find(|&k| !self.class(items[k]).has(Class::PRE_SUBJECT))
                .unwrap_or(sentence.end);
            subject_at < sentence.end
                && self
                    .class(items[subject_at])
                    .has(Class::TITLE | Class::BODY | Class::MEDIA | Class::TRIGGER_NAME)
                && !self.class(items[subject_at]).has(Class::ENDS_PHRASE)
        };
        // (وفيما قال فلان إن …، أكدت الشرطة أن …: the clause "while" opened
        // at the sentence's start ends at a comma, and the verb after it,
        // with no conjunction, is the sentence's main verb)
        let after_while = at == clause.start
            && at > sentence.start
            && self.is_comma(items[at - 1])
            && !self.starts_with_conjunction(items[at])
            && matches!(without_conjunction(self.folded_item(items[sentence.start])), "فيما" | "بينما")
            && active.is_some_and(|a| a.found.at <= sentence.start + CLAUSE_SUBJECT_REACH);
        // (…إن الوزير شدد على «…»، وحذّر من أن «…»: a verb joined by و that
        // cannot share the subject of the verb in force, which differs from
        // it in gender, goes with the reported clause's own verb)
        let other_agent = active.is_some_and(|a| {
            let verb = &a.found.entry;
            verb.kind() == CueKind::Verb
                && verb.gender() != Gender::Unknown
                && entry.gender() != Gender::Unknown
                && verb.gender() != entry.gender()
        });
        let back = (at == clause.start
            && entry.kind() == CueKind::Verb
            && self.starts_with_conjunction(items[at])
            && (same_agent || own_subject() || other_agent))
            || (contrast && entry.kind() == CueKind::Verb)
            || (after_while && entry.kind() == CueKind::Verb);
        let embedded = embedded && !back;
        // (روى أن طفلة سألته: «…»: a colon in its clause introduces its own words)
        let introduces = || self.frames_a_quotation(items, at + len, sentence.end);
        if embedded && matches!(entry.class(), CueClass::Act | CueClass::Relay) && !introduces() {
            return Some(Role::Embedded);
        }
        // أكد المدير أن الفحوص أظهرت أن «…»: a reported clause whose
        // subject is a thing that cannot speak (a definite noun no list
        // knows) still gives the words of the source in force
        if embedded && self.thing_opens_clause(items, at, clause, discourse) && !introduces() {
            return Some(Role::Embedded);
        }
        let before = self.word_before(items, at, sentence.start);
        // فيما قال فلان (while … said), not فيما قاله (in what he said)
        let while_said = before.is_some_and(|b| without_conjunction(self.folded_item(b)) == "فيما")
            && !ends_in_pronoun(&self.written(items[at]));
        // سرعان ما ردّ فلان ("soon replied"): ما only completes "soon"
        let soon = at > sentence.start + 1
            && self.folded_item(items[at - 1]) == "ما"
            && without_conjunction(self.folded_item(items[at - 2])) == "سرعان";
        if before.is_some_and(|b| self.is_relative(b)) && !while_said && !soon {
            return Some(Role::Relative);
        }
        // فيما قال …، بينما رأى …: "while" sets a second source beside the
        // first, whose words follow as after any main verb
        let subordinate = clause.subordinator.is_some_and(|k| {
            let word = without_conjunction(self.folded_item(items[k]));
            k >= clause.start && !matches!(word, "فيما" | "بينما")
        });
        if embedded || subordinate {
            return Some(Role::Subordinate);
        }
        Some(Role::Main)
    }

    /// Whether the verb at `at` stands right after the speaker phrase of the
    /// cue in force, when that phrase is indefinite and names nobody
    /// (`موظف في البلدية`، `مهندس`): with no conjunction, the verb
    /// opens a clause describing that noun, whose subject it is.
    fn describes_the_source(&self, items: &[Item], at: usize, active: Option<&Active<'h>>) -> bool {
        let Some(speaker) = active.and_then(|a| a.found.speaker.as_ref()) else { return false };
        // (the head decides: مسؤول في الوزارة is indefinite; folded last,
        // only for a verb right after such a phrase)
        let indefinite = || {
            let head = speaker.mention.text().split_whitespace().next().unwrap_or("");
            !is_definite(&crate::normalize::fold(head))
        };
        // (right after the phrase, or read into it: مسؤول تابع للبعثة)
        let phrase = speaker.mention.span();
        let verb = self.item_span(items[at]);
        let after = at > 0 && self.is_word(items[at - 1]) && self.item_span(items[at - 1]).end == phrase.end;
        let inside = phrase.start < verb.start && verb.end <= phrase.end;
        speaker.naming.names.is_empty()
            && (after || inside)
            && !self.starts_with_conjunction(items[at])
            && indefinite()
    }

    /// `علّقت على واجهة المحل لافتة`، `وعلقوا لافتات`: `علّق` hangs a sign
    /// when a sign stands within a few words after it, not on `على` or `في`
    /// (`علّق على صورة نُشرت`: he commented on a picture).
    fn hangs_a_sign(&self, items: &[Item], from: usize, end: usize, entry: &CueEntry) -> bool {
        if self.folded_lemma(entry) != "علق" {
            return false;
        }
        (from..end.min(from + 4)).any(|k| {
            let on = k > from && matches!(self.folded_item(items[k - 1]), "علي" | "في");
            self.is_word(items[k]) && !on && {
                let word = without_conjunction(self.folded_item(items[k]));
                is_sign(word) || matches!(word, "صوره" | "صور" | "رايه" | "رايات")
            }
        })
    }

    /// `ما يُعرف بـ«…»`، `ما يسمى «…»`: a word that introduces terms right
    /// before the quotation (through ب), inside another cue's clause.
    fn so_called_before(&self, items: &[Item], at: usize, start: usize) -> bool {
        let mut k = at;
        if k > start && self.folded_item(items[k - 1]) == "ب" {
            k -= 1;
        }
        k > start && self.class(items[k - 1]).has(Class::TRIGGER_TERM)
    }

    /// Whether a verb is printed as a past passive: a damma on its first
    /// letter (`نُشرت`, `أُعلن`), which is not a present's prefix (`يُعلن`,
    /// `تُعلن` are active).
    fn printed_passive(&self, item: Item) -> bool {
        let written = self.tok(item).map_or("", |t| &self.text[t.span.range()]);
        let mut chars = written.chars().skip_while(|&c| c == 'و' || c == 'ف');
        let first = chars.next();
        let damma = chars.next() == Some('\u{064F}');
        damma && !matches!(first, Some('ي' | 'ت') | None)
    }

    /// `يذكر أن`, `ويشار إلى أن`: a third-person masculine present at the
    /// start of a sentence, straight before `أن`, reads as a passive with
    /// no agent ("it is reported that").
    fn is_impersonal(
        &self,
        items: &[Item],
        at: usize,
        len: usize,
        sentence: Range<usize>,
        entry: &CueEntry,
    ) -> bool {
        let masculine = entry.person() == Person::Third
            && entry.gender() == Gender::Masculine
            && entry.number() == Number::Singular;
        let present = Clitics::without_conjunction(self.folded_item(items[at])).starts_with('ي');
        if entry.kind() != CueKind::Verb || !masculine || !present || at != sentence.start {
            return false;
        }
        let mut j = at + len;
        if j < sentence.end && matches!(self.folded_item(items[j]), "الي" | "علي") {
            j += 1;
        }
        j < sentence.end && self.class(items[j]).has(Class::COMPLEMENTIZER)
    }

    /// The item before `at` in the sentence, skipping `قد`/`لقد` and the
    /// auxiliary `كان` (`الذي كان يردد`).
    fn word_before(&self, items: &[Item], at: usize, start: usize) -> Option<Item> {
        let mut k = at;
        while k > start {
            k -= 1;
            if !is_verb_particle(self.folded_item(items[k])) {
                return Some(items[k]);
            }
        }
        None
    }

    /// The person a relative clause opened right before the cue at `at`
    /// is about: `الكاتب فلان، الذي قال`, `للمدربة فلانة التي أكدت`.
    ///
    /// Only a definite relative pronoun has an antecedent (`ما قاله` has
    /// none), and only a phrase headed by a title (or, for a verb taking
    /// up no object, a body or group), close before it, that runs exactly
    /// to the pronoun (or to a comma before it), counts.
    fn antecedent(&self, items: &[Item], at: usize, start: usize) -> Option<Known<'h>> {
        let mut r = at;
        while r > start && is_verb_particle(self.folded_item(items[r - 1])) {
            r -= 1;
        }
        let relative = r.checked_sub(1).filter(|&k| k >= start)?;
        let pronouns = ["الذي", "التي", "الذين", "اللذان", "اللذين", "اللتان", "اللتين", "اللواتي", "اللاتي"];
        if !pronouns.contains(&self.folded_item(items[relative])) {
            return None;
        }
        let end =
            if relative > start && self.is_comma(items[relative - 1]) { relative - 1 } else { relative };
        let reach = end.saturating_sub(MAX_ANTECEDENT_WORDS).max(start);
        // (a title with its pronoun too: والدته التي قالت)
        // (or a body or group, the subject of a verb that takes up no
        // object: الهيئة الصحية التي وصفت، not المصرف الذي يصفه)
        let own_verb = self.cue(items[at]).is_some_and(|(e, _)| e.kind() == CueKind::Verb)
            && !self.carries_object_pronoun(items[at]);
        let heads = if own_verb { Class::TITLE | Class::BODY | Class::COLLECTIVE } else { Class::TITLE };
        // (agreeing with the pronoun: not بجامعة الشرق، الذي …)
        let masculine = matches!(self.folded_item(items[relative]), "الذي" | "الذين" | "اللذان" | "اللذين");
        let feminine_head = |k: usize| {
            let class = self.class(items[k]);
            class.is_feminine()
                || (!class.has(Class::TITLE)
                    && self.written(items[k]).trim_end_matches(is_foldable_mark).ends_with('ة'))
        };
        let title = (reach..end).rev().find(|&k| {
            (self.class(items[k]).has(heads) || self.possessed_class(items[k], Class::TITLE) != Class::NONE)
                && !(masculine && feminine_head(k))
        })?;
        // مكتب المدعي العام الذي: the office in whose construct the title stands
        let office = title > reach
            && self.class(items[title - 1]).has(Class::BODY)
            && !is_definite(self.folded_item(items[title - 1]));
        let head = if office { title - 1 } else { title };
        let (first, stop) = self.phrase_after(items, head, end)?;
        if stop == end {
            return Some(self.known(items, first, stop - 1));
        }
        // رئيس الجمعية، فلان الفلاني، الذي: the title, then its holder in apposition
        if stop + 1 < end && self.is_comma(items[stop]) {
            let (a, b) = self.phrase_after(items, stop + 1, end)?;
            if b == end && self.apposition_fits(items, first, a, b, end) {
                return Some(self.known(items, first, b - 1));
            }
        }
        // الخبير فلان، أستاذ الاقتصاد بالجامعة، الذي: the nearest title
        // opens an apposition set off by commas; the antecedent is the
        // named phrase before it
        self.antecedent_before_apposition(items, first, end, start)
    }

    /// The phrase before an apposition `items[opening + 1..end]` set off by
    /// a comma (`الخبير فلان، أستاذ …،`): headed by a title and naming its
    /// holder, it runs exactly to the comma. Looked for within a bounded
    /// reach: linear time.
    fn antecedent_before_apposition(
        &self,
        items: &[Item],
        opening: usize,
        end: usize,
        start: usize,
    ) -> Option<Known<'h>> {
        let comma = opening.checked_sub(1).filter(|&c| c > start && self.is_comma(items[c]))?;
        if items[opening..end].iter().any(|&it| !self.is_word(it) || self.cue(it).is_some()) {
            return None;
        }
        let reach = comma.saturating_sub(MAX_ANTECEDENT_WORDS).max(start);
        let title = (reach..comma).rev().find(|&k| self.class(items[k]).has(Class::TITLE))?;
        // (the head of the titles before it: الخبير التربوي الدكتور فلان)
        let head = (reach..title)
            .rev()
            .take_while(|&k| {
                self.is_word(items[k])
                    && (is_definite(self.folded_item(items[k])) || self.class(items[k]).has(Class::TITLE))
            })
            .filter(|&k| self.class(items[k]).has(Class::TITLE))
            .last()
            .unwrap_or(title);
        let (first, stop) = self.phrase_after(items, head, comma)?;
        if stop != comma {
            return None;
        }
        let known = self.known(items, first, stop - 1);
        (!known.naming.names.is_empty()).then_some(known)
    }

    /// `الذي`, `ما`, `من`, `عما` …: the cue after it is in a relative clause.
    fn is_relative(&self, item: Item) -> bool {
        self.class(item).has(Class::RELATIVE)
            || matches!(
                self.folded_item(item),
                "ما" | "من" | "عما" | "مما" | "لما" | "بما" | "فيما" | "كما" | "مثلما"
            )
    }

    /// Whether a cue counts here: a weak form needs its clause to go on to
    /// `إن`/`أن`, a colon, or a word the lexicon names (`عبّر … عن`).
    fn is_supported(&self, items: &[Item], at: usize, len: usize, end: usize, entry: &CueEntry) -> bool {
        if !entry.is_weak() {
            return true;
        }
        // ووصف، وطالب at the start of a clause: the conjunction reads them as verbs
        let clause_initial = at == 0 || !self.is_word(items[at - 1]);
        if clause_initial && self.starts_with_conjunction(items[at]) {
            return true;
        }
        // أعلن نادي الشروق أنه، أكد طالب أن: right after a reporting
        // verb, the form is that verb's subject (a club, a student); so
        // after a weak one that و makes a verb (ونشر نادي …)
        let weak_verb_before = at > 0
            && self.starts_with_conjunction(items[at - 1])
            && self.cue(items[at - 1]).is_some_and(|(e, _)| e.kind() == CueKind::Verb);
        if at > 0 && (self.is_verb_cue(items[at - 1]) || weak_verb_before) {
            return false;
        }
        // مدرب نادي، رئيس نادي: in construct after a title, a noun
        if at > 0
            && self.class(items[at - 1]).has(Class::TITLE)
            && !is_definite(self.folded_item(items[at - 1]))
            && !self.starts_with_conjunction(items[at])
        {
            return false;
        }
        if self.is_apposed_name(items, at, len, end) {
            return false;
        }
        // لافتة إلى أن، لافتاً النظر إلى: a weak participle whose verb takes
        // a preposition has it right after; before a colon, the form is a
        // noun (لافتة بخط اليد: «…», a sign)
        if entry.kind() == CueKind::Participle && self.lexicon.has_support(entry) {
            return self.participle_takes_its_preposition(items, at, len, end, entry);
        }
        // في بيان عبر حسابها، إن: after a statement or post, the form is a
        // preposition ("via"), and a complementizer or colon after it is the
        // earlier verb's; only the verb's own word (عبّر عن) makes it one
        let after_document = at > 0 && self.class(items[at - 1]).has(Class::DOCUMENT | Class::EXCHANGE);
        let mut prev_relative = false;
        let mut prev_adverb = false;
        for &item in items.iter().take(end).skip(at + len).take(20) {
            let after_relative = prev_relative;
            if self.lexicon.supports(entry, self.folded_item(item)) {
                return true;
            }
            // (دون أن، بعد أن: an adverb's أن opens its own clause)
            let complementizer = self.class(item).has(Class::COMPLEMENTIZER) && !prev_adverb;
            if self.punct(item) == Some(':') || complementizer {
                return !after_document;
            }
            prev_adverb = matches!(
                without_conjunction(self.folded_item(item)),
                "دون" | "بدون" | "بعد" | "قبل" | "منذ" | "حتي" | "بدل" | "رغم" | "برغم"
            );
            // رأى كرم «أن …»: the complementizer inside the marks; another
            // quotation (على حسابه في «فيسبوك»: …) lets the search go on
            if let Item::Quote(q) = item {
                if !after_document && self.quote_opens_with_complementizer(q) {
                    return true;
                }
                continue;
            }
            // (and a short name in brackets: مدير الهيئة (همس)، في تدوينة:)
            let word_or_comma = self.is_word(item) || matches!(self.punct(item), Some('،' | ',' | '(' | ')'));
            if !word_or_comma {
                return false;
            }
            prev_relative = self.is_relative(item);
            // ختم الوزير بالقول: "by saying" after the subject is the
            // verb's manner (not قائلاً, which may follow a noun's clause:
            // امتنع عن نفي الخبر … قائلاً)
            let saying = without_conjunction(self.folded_item(item)) == "بالقول"
                && matches!(self.folded_lemma(entry).as_ref(), "ختم" | "اختتم");
            if saying && !after_relative {
                return true;
            }
            if self.is_verb_cue(item) && !after_relative {
                return false;
            }
        }
        false
    }

    /// Whether the participle at `at` has its verb's preposition within
    /// the two words after it (`لافتة إلى`، `لافتاً النظر إلى`).
    fn participle_takes_its_preposition(
        &self,
        items: &[Item],
        at: usize,
        len: usize,
        end: usize,
        entry: &CueEntry,
    ) -> bool {
        let after = items.get(at + len..end.min(at + len + 2)).unwrap_or_default();
        after.iter().any(|&item| self.lexicon.supports(entry, self.folded_item(item)))
    }

    fn quote_opens_with_complementizer(&self, q: u32) -> bool {
        // among its first tokens
        let first = self.name_tokens(q).take(8).find(|&i| self.toks[i].kind == TokenKind::Word);
        first.is_some_and(|i| self.toks[i].class().has(Class::COMPLEMENTIZER))
    }

    /// Finds who a cue at `at` names or refers to.
    #[allow(clippy::too_many_arguments)]
    fn resolve_cue(
        &self,
        items: &[Item],
        at: usize,
        len: usize,
        sentence: Range<usize>,
        entry: CueEntry,
        verb: Option<&Found<'h>>,
        prior: Option<&Found<'h>>,
        discourse: &Discourse<'h>,
    ) -> Found<'h> {
        let first = self.item_span(items[at]);
        let last = self.item_span(items[at + len - 1]);
        let span = Span::new(first.start, last.end);
        let mut found = Found {
            at,
            len,
            entry,
            span,
            speaker: None,
            resolution: Resolution::Explicit,
            shared_subject: false,
        };
        // whom a dropped subject or pronoun refers to: by the verb's agreement,
        // or by the pronoun's (نقلت عنه الصحيفة: masculine, whatever the verb)
        let mut agreement = (entry.gender(), entry.number());
        let mut pronoun = entry.kind() == CueKind::Pronominal;
        // (an author named after an opening relay takes nothing from the verb)
        let author = match entry.kind() {
            CueKind::Verb if entry.person() != Person::First => {
                self.relayed_before(items, at, len, sentence.clone())
            }
            _ => None,
        };
        let from_relay = author.is_some();
        let explicit = if entry.person() == Person::First {
            None
        } else if from_relay {
            author
        } else {
            match entry.kind() {
                CueKind::Verb if entry.class() == CueClass::Relay => {
                    match self.author_after_an(items, at + len, sentence.end, &entry) {
                        Author::Named(known) => Some(*known),
                        Author::Pronoun(gender, number) => {
                            agreement = (gender, number);
                            pronoun = true;
                            None
                        }
                        Author::None => self.subject_after(items, at + len, sentence.end, &entry),
                    }
                }
                // أصدرت البلدية نشرة دعت فيها السكان إلى …: an act
                // resumed on its document calls on its object; who issued
                // the document is the subject
                CueKind::Verb
                    if entry.class() == CueClass::Act && self.said_in_document(items, at, sentence.start) =>
                {
                    None
                }
                CueKind::Verb => self
                    .verb_subject(items, at, len, sentence.clone(), &entry)
                    .filter(|known| !self.addressee_read_as_name(items[at], known, &entry, discourse))
                    .filter(|known| !self.object_read_as_name(items[at], known, &entry, discourse))
                    .map(|known| self.issuer_of_document(items[at], &known).unwrap_or(known)),
                // وجاء في بيانها: the pronoun's, not the document's
                CueKind::Nominal
                    if let Some(agrees) = items
                        .get(at + len)
                        .filter(|_| at + len < sentence.end)
                        .and_then(|&it| self.possessed_document(self.folded_item(it))) =>
                {
                    agreement = agrees;
                    pronoun = true;
                    None
                }
                CueKind::Nominal => self
                    .source_after_nominal(items, at + len, sentence.end, &entry)
                    .map(|known| self.issuer_of_document(items[at], &known).unwrap_or(known)),
                CueKind::Relay => self.subject_after(items, at + len, sentence.end, &entry),
                _ => None,
            }
        };
        // وأضاف البيان: a document named before with its issuer (قال
        // المجلس في بيان، أصدرت الوزارة بلاغاً) speaks for the issuer
        // (not in an aside after a verb with its subject: وأكد الوزير،
        // بحسب البيان، أن …, whose words are the minister's)
        let aside = entry.kind() == CueKind::Nominal
            && verb.is_some_and(|v| v.resolution == Resolution::Explicit && v.speaker.is_some());
        let issuer = explicit
            .as_ref()
            .filter(|_| !aside)
            .and_then(|known| self.bare_definite_document(known))
            .and_then(|stem| discourse.issuer(&stem));
        if let Some(issuer) = issuer {
            found.speaker = Some(issuer);
            found.resolution = Resolution::Description;
            return found;
        }
        match explicit {
            Some(mut known) => {
                // a verb before its subject stays singular (قال النواب): its
                // number says nothing of the subject's
                let subject_first = self.item_span(items[at]).start > known.mention.span().start;
                // a relay agrees with its channel (نقلت مصادر عن فلان), not the author
                let relayed = from_relay
                    || (entry.class() == CueClass::Relay && known.in_marks.is_none() && !subject_first);
                if relayed {
                    // nothing to take from the verb
                } else if subject_first {
                    known.agree(entry.gender(), entry.number());
                } else {
                    // اعتبرت العضو فلانة: a title of the masculine form also
                    // serves women; a feminine verb before it says which
                    let woman = entry.gender() == Gender::Feminine && entry.number() == Number::Singular;
                    if woman && known.gender == Gender::Masculine {
                        known.gender = Gender::Feminine;
                    }
                    known.agree(entry.gender(), Number::Unknown);
                }
                found.speaker = Some(known);
            }
            None => {
                let (gender, number) = agreement;
                found.resolution = if pronoun || entry.person() == Person::First {
                    Resolution::Pronoun
                } else {
                    Resolution::DroppedSubject
                };
                let inherited = match entry.kind() {
                    CueKind::Participle | CueKind::Pronominal => self
                        .joined_clause_subject(items, verb.map_or(sentence.start, |v| v.at + v.len), at)
                        // (in gender: a group may take a singular, الحضور مردداً)
                        .filter(|k| agrees(k.gender, gender))
                        .or_else(|| {
                            self.subject_after_ma(items, verb.map_or(sentence.start, |v| v.at + v.len), at)
                        })
                        .or_else(|| verb.and_then(|v| v.speaker.clone()))
                        // (a participle agrees with the clause's subject: مرددا
                        // is not said of the presenter who opened the sentence)
                        .or_else(|| {
                            self.clause_subject(items, sentence.start, at)
                                .filter(|k| agrees_with(k, gender, number))
                        }),
                    // أصدرت الوزارة بياناً قالت فيه: who issued the statement
                    // (…، وألقى فلان كلمة قال فيها: the clause joined after
                    // a comma, when it has its own subject)
                    CueKind::Verb if self.said_in_document(items, at, sentence.start) => self
                        .joined_clause_subject(items, verb.map_or(sentence.start, |v| v.at + v.len), at)
                        .or_else(|| self.clause_subject(items, sentence.start, at)),
                    // وسألت الصحيفة الوزير …، فأجاب: the one asked answers
                    CueKind::Verb if at > sentence.start && self.answers(items[at], &entry) => self
                        .asked_one(items, sentence.start, at)
                        .filter(|k| agrees_with(k, gender, number))
                        // وسأله مراسل …: «…»، فرد: the one asked is the
                        // pronoun's, the source before the asker
                        .or_else(|| {
                            self.asked_by_pronoun(items, sentence.start, at)
                                .then(|| discourse.resolve_other(gender, number))
                                .flatten()
                        }),
                    // رفعت الهيئة التأهب، وقالت المتحدثة باسمها …، وتابعت: after a
                    // reporting verb with a subject of its own, a later verb
                    // shares that subject, when they agree
                    // (a third person joined after a comma: ، وتابعت)
                    CueKind::Verb
                        if entry.person() == Person::Third
                            && at > sentence.start
                            && self.is_comma(items[at - 1])
                            && self.starts_with_conjunction(items[at])
                            && prior.is_some_and(|v| {
                                v.resolution == Resolution::Explicit
                                    && v.entry.person() == Person::Third
                                    && v.speaker.as_ref().is_some_and(|k| agrees_with(k, gender, number))
                            }) =>
                    {
                        prior.and_then(|v| v.speaker.clone())
                    }
                    // وقضت المحكمة …، وقالت إن; تظاهر المزارعون … رفضاً لما وصفوه:
                    // a later verb with no subject of its own shares the subject
                    // of the sentence's first verb, when they agree
                    CueKind::Verb if at > sentence.start => {
                        let shared = self
                            .parallel_subject(items, sentence.start, at)
                            .or_else(|| self.opening_name_with_age(items, sentence.start, at))
                            .or_else(|| self.clause_subject(items, sentence.start, at))
                            .or_else(|| self.opening_person(items, sentence.start, at))
                            .or_else(|| self.opening_known_person(items, sentence.start, at, discourse))
                            .filter(|k| agrees_with(k, gender, number));
                        // (a plural verb whose shared subject is not known
                        // to be plural: the group named nearest before it)
                        let group = number == Number::Plural
                            && entry.person() == Person::Third
                            && shared.as_ref().is_none_or(|k| k.number != Number::Plural);
                        let shared = match group {
                            true => self.group_named_before(items, sentence.start, at).or(shared),
                            false => shared,
                        };
                        found.shared_subject = shared.is_some() && entry.person() != Person::First;
                        shared
                    }
                    // وقررت المحكمة …، وجاء في قرارها: the sentence's subject
                    // the possessive refers to, when they agree
                    CueKind::Nominal if pronoun && at > sentence.start => self
                        .parallel_subject(items, sentence.start, at)
                        .or_else(|| self.clause_subject(items, sentence.start, at))
                        .filter(|k| agrees_with(k, gender, number)),
                    _ => None,
                };
                // وعرج البلاغ على …، مضيفاً: a document named before with its
                // issuer speaks for the issuer here too
                let inherited = inherited.map(|known| {
                    self.bare_definite_document(&known)
                        .and_then(|stem| discourse.issuer(&stem))
                        .unwrap_or(known)
                });
                found.speaker = inherited
                    .or_else(|| {
                        if entry.person() == Person::First {
                            discourse.outer()
                        } else if self.settings.discourse {
                            discourse.resolve(gender, number)
                        } else {
                            None
                        }
                    })
                    .map(|mut known| {
                        // a dropped subject's verb agrees in full: وأضافوا is
                        // plural; but one speaker says "we" for a body
                        // (سنواصل), so a first person plural says nothing
                        let we = entry.person() == Person::First && number == Number::Plural;
                        known.agree(gender, if we { Number::Unknown } else { number });
                        known
                    });
            }
        }
        found
    }

    /// Whether a word is a listed title on the preposition `ل` (`لمراسل`،
    /// `لمندوب`), and not a listed word that only begins with `ل`.
    fn title_on_lam(&self, item: Item) -> bool {
        let word = Clitics::without_conjunction(self.folded_item(item));
        let Some(noun) = word.strip_prefix('ل').filter(|w| !w.starts_with('ل') && w.chars().count() >= 3)
        else {
            return false;
        };
        self.is_word(item)
            && self.words.exact(word) == Class::NONE
            && self.words.exact(noun).has(Class::TITLE)
    }

    /// Whether the word at `at` is an addressee on `ل` that no list knows,
    /// with a title or body right after it (`لرويترز مسؤول`): a name is
    /// not followed by a title, so the subject starts after it.
    fn addressee_before_title(&self, items: &[Item], at: usize) -> bool {
        may_be_addressee_on_lam(self.folded_item(items[at]))
            && self.is_unlisted(items[at])
            && items.get(at + 1).is_some_and(|&next| self.class(next).has(Class::TITLE | Class::BODY))
    }

    /// Whether the phrase read as a verb's subject is its addressee on `ل`
    /// (`وقال لرويترز إن`، `تقول لموقعنا:`): a name-like phrase right after
    /// the verb, on a word that begins with `ل` and may be the preposition,
    /// that is no given name beginning with `ل` (`ليلى`) and names nobody
    /// the document knows, while someone it knows agrees with the verb and
    /// can be its dropped subject.
    fn addressee_read_as_name(
        &self,
        verb: Item,
        known: &Known<'h>,
        entry: &CueEntry,
        discourse: &Discourse<'h>,
    ) -> bool {
        let after_verb = known.mention.span().start > self.item_span(verb).start;
        let Some(first) = known.naming.names.first().filter(|_| after_verb && known.naming.head.is_none())
        else {
            return false;
        };
        may_be_addressee_on_lam(first)
            && known.in_marks.is_none()
            && !discourse.has_name_word(first)
            && discourse.resolve(entry.gender(), entry.number()).is_some()
            && !self.written_as_name_before(verb, first)
    }

    /// Whether the phrase after an act verb right after a relative pronoun
    /// is the verb's object, the relative its subject: `المركز، الذي دعا
    /// الطلاب إلى …` (with no pronoun on the verb to stand for the
    /// antecedent, the clause's subject is the relative itself), the
    /// phrase followed by the act's preposition.
    fn object_of_relative_act(
        &self,
        items: &[Item],
        at: usize,
        len: usize,
        end: usize,
        found: &Found<'h>,
    ) -> bool {
        let Some(speaker) = found.speaker.as_ref().filter(|s| s.in_marks.is_none()) else {
            return false;
        };
        let mention = speaker.mention.span();
        let act_after_relative = at > 0
            && self.class(items[at - 1]).has(Class::RELATIVE)
            && found.entry.class() == CueClass::Act
            && found.entry.kind() == CueKind::Verb
            && !ends_in_pronoun(&self.written(items[at]));
        if !act_after_relative || self.item_span(items[at + len - 1]).end > mention.start {
            return false;
        }
        let after = (at + len..end.min(at + len + MAX_PHRASE + 2))
            .find(|&k| self.item_span(items[k]).start >= mention.end)
            .map(|k| items[k]);
        // (دعا … إلى، حث … على، طالب … بـ)
        after.is_some_and(|next| {
            self.is_word(next) && {
                let word = self.folded_item(next);
                matches!(word, "الي" | "علي") || word.starts_with('ب')
            }
        })
    }

    /// Whether the one-word name read as a verb's subject is a noun in
    /// construct with the quotation right after it, the verb's object
    /// (`نفت وجود «…»`، `أكد ضرورة «…»`): a word no list knows and no name
    /// of the document, printed nowhere before as a name part, while someone
    /// the document knows agrees with the verb (`كما يقول ثابت «…»`, a
    /// family name given before, stays the subject).
    fn object_read_as_name(
        &self,
        verb: Item,
        known: &Known<'h>,
        entry: &CueEntry,
        discourse: &Discourse<'h>,
    ) -> bool {
        let span = known.mention.span();
        let after_verb = span.start > self.item_span(verb).start;
        let [word] = known.naming.names.as_slice() else {
            return false;
        };
        let marks_follow = self.text[span.end..].trim_start().starts_with(['«', '"', '“', '”']);
        // (تعتبرها أنقرة «…»: a verb that carries its object as a pronoun
        // leaves the noun after it the subject)
        after_verb
            && !ends_in_pronoun(&self.written(verb))
            && marks_follow
            && known.naming.head.is_none()
            && known.in_marks.is_none()
            && !is_definite(word)
            && !discourse.has_name_word(word)
            && discourse.resolve(entry.gender(), entry.number()).is_some()
            && !self.written_as_name_before(verb, word)
    }

    /// Whether the folded `word` stands in the text before `verb` (within
    /// a bounded reach, for linear time) after a word that is no cue, as
    /// a name part does (`الكندي بيير لوران`، then `وقال لوران`).
    fn written_as_name_before(&self, verb: Item, word: &str) -> bool {
        const REACH: usize = 1500;
        let Item::Tok(at) = verb else { return false };
        let at = at as usize;
        (at.saturating_sub(REACH).max(1)..at).rev().any(|k| {
            self.fold_of(k) == word
                && self.toks[k - 1].kind == TokenKind::Word
                && self.cue_of(&self.toks[k - 1]).is_none()
        })
    }

    /// `نقلاً عن خبير …، ذكرت إذاعة المدينة أن`: a sentence opening on a
    /// relay, then a channel as the verb's subject: the words are the
    /// author's, named after the relay, not the channel's.
    fn relayed_before(
        &self,
        items: &[Item],
        at: usize,
        len: usize,
        sentence: Range<usize>,
    ) -> Option<Known<'h>> {
        let channel = items.get(at + len).filter(|_| at + len < sentence.end)?;
        if !self.class(*channel).has(Class::MEDIA) {
            return None;
        }
        let opening = sentence.start..at.min(sentence.start + 2);
        let (relay, entry, relay_len) = opening.into_iter().find_map(|k| {
            let (entry, n) = self.cue(items[k])?;
            (entry.kind() == CueKind::Relay).then_some((k, entry, n as usize))
        })?;
        let comma =
            (relay + relay_len..at.min(relay + relay_len + MAX_PHRASE)).find(|&k| self.is_comma(items[k]))?;
        self.subject_after(items, relay + relay_len, comma, &entry)
    }

    /// A verb's subject: after it (verb first), or before it (subject first:
    /// `الجزائر أكدت`, `وكان الوزير قد قال`) when the verb has no conjunction.
    fn verb_subject(
        &self,
        items: &[Item],
        at: usize,
        len: usize,
        sentence: Range<usize>,
        entry: &CueEntry,
    ) -> Option<Known<'h>> {
        // وعاد الوزير ليؤكد، خرج فلان ليقول: the ل of purpose shares the
        // subject of the verb before it
        if self.purpose_lam(items[at]) {
            // (ليرد فلان: «…»، ليقول الوزير إن: a subject of its own, a
            // title or a name that a colon or إن closes)
            if let Some(own) = self.own_subject_after_purpose(items, at + len, sentence.end, entry) {
                return Some(own);
            }
            // (a name no list knows right after a verb no list knows:
            // وعاد أولسن ليؤكد)
            let s = sentence.start;
            let named = || {
                let name = s + 1..at;
                (1..=3).contains(&name.len())
                    && self.is_unlisted(items[s])
                    && name.clone().all(|k| self.is_name_like(items[k]))
            };
            return self
                .clause_subject(items, s, at)
                .or_else(|| named().then(|| self.known(items, s + 1, at - 1)));
        }
        let conj = self.starts_with_conjunction(items[at]);
        if let Some(topic) = self.topic_after_amma(items, at, conj, sentence.start) {
            // أما الحكومة فقال وزيرها: a subject of its own, right after the verb
            // (after a verb that names or acts on something, only a title or
            // a body: أما المحللة، فوصفت أداء القطاع بـ«…» has an object there)
            let transitive = matches!(entry.class(), CueClass::Label | CueClass::Act);
            let own = self.subject_after(items, at + len, sentence.end, entry).filter(|s| {
                items.get(at + len).is_some_and(|&next| self.item_span(next).start == s.mention.span().start)
                    && (!transitive || s.naming.head.is_some() || self.titled_possessed(items[at + len]))
            });
            return own.or(Some(topic));
        }
        // وهم يرددون «…»: a pronoun right before a present verb is its
        // subject; what follows the verb is its object
        let pronoun_subject = at > sentence.start
            && matches!(self.folded_item(items[at - 1]), "وهو" | "وهي" | "وهم" | "وهن" | "وهما")
            && self.folded_item(items[at]).starts_with(['ي', 'ت']);
        // إنها كتبت الرواية «…»، أنهم رددوا: the complementizer's pronoun is
        // the subject of the verb right after it; what follows is its object
        let complementizer_pronoun = at > sentence.start && {
            let before = self.folded_item(items[at - 1]);
            self.class(items[at - 1]).has(Class::COMPLEMENTIZER) && split_pronoun(before).is_some()
        };
        if pronoun_subject || complementizer_pronoun {
            return None;
        }
        // تدوينة للاقتصادي فلان كتب فيها: the author on ل after the post
        if !conj && self.resumes_its_object(items, at) {
            if let Some(author) = self.document_author_before(items, at, sentence.start) {
                return Some(author);
            }
            // نظموا مسيرة هتفوا خلالها: the indefinite noun the
            // pronoun takes up is what the verb speaks in, not its subject
            let inside = items
                .get(at + 1)
                .is_some_and(|&next| matches!(self.folded_item(next), "فيه" | "فيها" | "خلاله" | "خلالها"));
            let taken_up = inside && at > sentence.start && {
                let prev = items[at - 1];
                self.is_word(prev)
                    && !is_definite(self.folded_item(prev))
                    && !self.class(prev).has(Class::TITLE | Class::BODY | Class::COLLECTIVE)
            };
            // (its own subject may follow: في لحظة أعلنت فيها اللجنة)
            if taken_up {
                return self.subject_after(items, at + len, sentence.end, entry);
            }
        }
        // …، وهي معلمة تدعى فلانة الفلانية، قالت: a verb with no
        // conjunction right after the name a clause gave
        if !conj {
            if let Some(named) = self.name_given_before(items, at, sentence.start) {
                return Some(named);
            }
        }
        let before = if conj { None } else { self.subject_before(items, at, sentence.start) };
        let before = before
            .map(|b| self.last_conjunct(items, at, sentence.start, b, entry))
            .filter(|b| !self.governed_by_preposition(items, b, at, sentence.start));
        // قد or كان right before the verb: the subject stands before it
        let marked = !conj
            && at > sentence.start
            && matches!(self.folded_item(items[at - 1]), "قد" | "لقد" | "كان" | "كانت" | "كانوا");
        if marked && before.is_some() {
            return before;
        }
        // «المنظمة» تتهم إسرائيل: a verb that takes an object, with a subject
        // opening the sentence before it, has its object after it
        let opens = before.as_ref().is_some_and(|b| {
            let first = self.subject_start(items, at, sentence.start, b);
            first < at && (first == sentence.start || !self.is_word(items[first - 1]))
        });
        // دفاتر وصفتها المديرة بـ…: a verb that carries its object as a
        // pronoun has its subject right after it
        let carries_object = len == 1 && self.carries_object_pronoun(items[at]);
        // (or on the preposition right after it: الموقف نفسه أشادت به فلانة)
        let object_after = len == 1
            && items
                .get(at + 1)
                .filter(|_| at + 1 < sentence.end)
                .is_some_and(|&next| completes_passive(self.folded_item(next)));
        let own = |from: usize| {
            self.subject_after(items, from, sentence.end, entry).filter(|s| {
                from < sentence.end && self.item_span(items[from]).start == s.mention.span().start
            })
        };
        if opens && matches!(entry.class(), CueClass::Act | CueClass::Label) {
            return if carries_object {
                own(at + 1).or(before)
            } else if object_after {
                own(at + 2).or(before)
            } else {
                before
            };
        }
        // تنظيم مسلح يعلن مسؤوليته: after a subject that opens the sentence,
        // a possessed noun is the verb's object
        let possessed_next = items.get(at + len).filter(|_| at + len < sentence.end).is_some_and(|&next| {
            self.is_word(next) && ends_in_pronoun(&self.written(next)) && self.class(next) == Class::NONE
        });
        if opens && possessed_next {
            return before;
        }
        // إن المدير أخبره شخصياً: the noun after إن/أن is the subject
        // of the verb that follows it
        // (the subject's first item, found walking back over it: linear time)
        let after_complementizer = before.as_ref().is_some_and(|b| {
            let mut first = at;
            while first > sentence.start && self.item_span(items[first - 1]).start >= b.mention.span().start {
                first -= 1;
            }
            first > sentence.start && self.class(items[first - 1]).has(Class::COMPLEMENTIZER)
        });
        if after_complementizer {
            return before;
        }
        self.subject_after(items, at + len, sentence.end, entry).or(before)
    }

    /// `ليرد فلان: «…»`، `ليقول الوزير إن`: the subject right after a
    /// verb on the ل of purpose, when a title, body or group heads it or a
    /// colon or `إن` closes it (`خرج فلان ليقول الحقيقة` has an object).
    fn own_subject_after_purpose(
        &self,
        items: &[Item],
        at: usize,
        end: usize,
        entry: &CueEntry,
    ) -> Option<Known<'h>> {
        let (first, stop) = self.phrase_after(items, at, end)?;
        // (not the one an act calls on: لتطالب الوزير بـ…)
        let titled = self.class(items[first]).has(Class::TITLE | Class::BODY | Class::COLLECTIVE)
            && entry.class() != CueClass::Act;
        // (not a possessed noun, the verb's object: ليقول عبارته المعروفة:)
        let closed = stop < end
            && (self.punct(items[stop]) == Some(':') || self.class(items[stop]).has(Class::COMPLEMENTIZER))
            && !ends_in_pronoun(&self.written(items[first]));
        if first != at || !(titled || closed) {
            return None;
        }
        self.subject_after(items, at, end, entry)
    }

    /// Whether a verb cue carries the ل of purpose (`ليؤكد`، `ولتقول`):
    /// a present form the lexicon knows without it.
    fn purpose_lam(&self, verb: Item) -> bool {
        let word = Clitics::without_conjunction(self.folded_item(verb));
        word.strip_prefix('ل')
            .filter(|r| r.starts_with(['ي', 'ت']))
            .is_some_and(|stem| self.lexicon.vocab(stem).cue.is_some_and(|e| e.kind() == CueKind::Verb))
    }

    /// Whether a verb cue carries its object as a pronoun: without the
    /// pronoun it is still a cue (`وصفتها` → `وصفت`; not `تتهم`, whose ه
    /// is the root's).
    fn carries_object_pronoun(&self, verb: Item) -> bool {
        // (read on the written word: عدة folds like عده)
        let written = self.written(verb);
        let word = self.folded_item(verb);
        ["هما", "هم", "ها", "ه"]
            .iter()
            .filter(|p| written.ends_with(*p))
            .filter_map(|p| word.strip_suffix(p))
            .any(|stem| self.lexicon.vocab(stem).cue.is_some_and(|e| e.kind() == CueKind::Verb))
    }

    /// Where a cue's clause goes on after its subject: past an aside set
    /// off by two commas right after a subject that follows the cue (`في
    /// حين نفى موظف، آثر عدم الإفصاح عن هويته، أن …`), else right after the cue.
    fn past_subject_aside(&self, items: &[Item], found: &Found<'h>, after: usize, end: usize) -> usize {
        let Some(speaker) = found.speaker.as_ref().filter(|_| found.resolution == Resolution::Explicit)
        else {
            return after;
        };
        let Some(comma) = (after..end.min(after + MAX_PHRASE + 1))
            .find(|&k| self.item_span(items[k]).start >= speaker.mention.span().end)
            .filter(|&k| self.is_comma(items[k]))
        else {
            return after;
        };
        // (حيث كتب أحدهم، ويدعى فلان، على صفحته: the subject's phrase holds
        // its apposition, and the comma after it closes the aside)
        if items[after..comma].iter().any(|&it| self.is_comma(it)) {
            return comma + 1;
        }
        let plain = |it: Item| self.is_word(it) && !self.class(it).has(Class::COMPLEMENTIZER);
        let close = (comma + 1..end.min(comma + 1 + MAX_APPOSITION)).find(|&k| !plain(items[k]));
        match close {
            Some(k) if k > comma + 1 && self.is_comma(items[k]) => k + 1,
            _ => after,
        }
    }

    /// Whether a word is a title or a body with a possessive pronoun
    /// (`وزيرها`، `مديرها`).
    fn titled_possessed(&self, item: Item) -> bool {
        self.possessed_class(item, Class::TITLE | Class::BODY) != Class::NONE
    }

    /// `أما المدرب، فقال` / `أما فلان فقد أكد`: the topic that `أما` puts
    /// first is the subject of the verb opening its answer on `ف` (or after
    /// `فقد`). The topic may hold an apposition between commas (`أما
    /// المدرب، فلان الفلاني، فقال`); each part must read as a subject phrase,
    /// so `أما في العاصمة، فقال` has none.
    fn topic_after_amma(&self, items: &[Item], at: usize, conj: bool, start: usize) -> Option<Known<'h>> {
        let mut k = at;
        if !(conj && self.folded_item(items[at]).starts_with('ف')) {
            if k > start && matches!(self.folded_item(items[k - 1]), "فقد" | "فلقد") {
                k -= 1;
            } else {
                return None;
            }
        }
        if k > start && self.is_comma(items[k - 1]) {
            k -= 1;
        }
        // (أما فلانة (53 عاماً)، فتقول: an age in brackets after the topic)
        k = self.age_in_brackets_before(items, k, start).unwrap_or(k);
        let reach = k.saturating_sub(MAX_PHRASE + 2 * MAX_APPOSITION).max(start);
        // (a name in marks may stand in the topic: أما العضو في تكتل «…»، فلان، فقال)
        // (and a name's initial with its dot: أما فلانة ح.، فقالت)
        let in_topic = |it: Item| {
            self.is_word(it)
                || self.is_comma(it)
                || matches!(it, Item::Quote(_))
                || (self.punct(it) == Some('.') && self.is_abbreviation_dot(it))
        };
        let amma = (reach..k).rev().find(|&i| !in_topic(items[i]) || self.is_amma(items[i]))?;
        if !self.is_amma(items[amma]) || amma + 1 >= k {
            return None;
        }
        // أما «…»، فقالت: a body named in marks is the topic
        if let Item::Quote(q) = items[amma + 1] {
            if amma + 2 == k {
                return Some(self.known_in_marks(q));
            }
        }
        // every part between commas is a phrase that can head a subject, or
        // an aside on وهو/وهي (أما سعاد، وهي ممرضة …، فقالت), which the
        // topic does not take
        let mut part_end = k;
        let mut topic_end = k;
        for i in (amma + 1..=k).rev() {
            if i == amma + 1 || self.is_comma(items[i - 1]) {
                // (or a description with its relative clause: أما فلان،
                // الشاب الذي ورث الأرض، فيقول)
                let relative = || items[i..part_end].iter().any(|&it| self.class(it).has(Class::RELATIVE));
                // (or a description on its preposition: أما فلانة، الحاصلة على
                // شهادة …، فتقول; المقيم في …)
                let described = || {
                    i + 1 < part_end
                        && is_definite(self.folded_item(items[i]))
                        && self.class(items[i]) == Class::NONE
                        && self.cue(items[i]).is_none()
                        && self.class(items[i + 1]).has(Class::PREPOSITION)
                };
                let aside = i > amma + 1
                    && i < part_end
                    && (matches!(self.folded_item(items[i]), "وهو" | "وهي" | "وهم" | "وهما" | "وهن")
                        || relative()
                        || described());
                if aside {
                    topic_end = i - 1;
                } else if self.phrase_start_before(items, part_end, i) != Some(i) {
                    return None;
                }
                part_end = i.saturating_sub(1);
            }
        }
        Some(self.known(items, amma + 1, topic_end - 1))
    }

    /// The opening bracket of an age or a year given in brackets right
    /// before `k` (`فلانة (53 عاماً)`، `فلان (40)`): a number and at most
    /// two words.
    fn age_in_brackets_before(&self, items: &[Item], k: usize, start: usize) -> Option<usize> {
        if k <= start || self.punct(items[k - 1]) != Some(')') {
            return None;
        }
        let open = (k.saturating_sub(5).max(start)..k - 1).rev().find(|&i| !self.is_word(items[i]))?;
        (self.punct(items[open]) == Some('(') && self.holds_number(items, open + 1..k - 1)).then_some(open)
    }

    /// The closing bracket of an age or a year given in brackets that open
    /// at `k` (`فلان (34 عاماً)`), as [`age_in_brackets_before`](Self::age_in_brackets_before)
    /// reads them backwards.
    fn age_in_brackets_at(&self, items: &[Item], k: usize, end: usize) -> Option<usize> {
        if k >= end || self.punct(items[k]) != Some('(') {
            return None;
        }
        let close = (k + 1..end.min(k + 5)).find(|&i| !self.is_word(items[i]))?;
        (self.punct(items[close]) == Some(')') && self.holds_number(items, k + 1..close)).then_some(close)
    }

    /// Whether a number stands among the items of `range`.
    fn holds_number(&self, items: &[Item], range: Range<usize>) -> bool {
        items[range].iter().any(|&it| self.tok(it).is_some_and(|t| t.kind == TokenKind::Number))
    }

    /// Whether an item is the topic particle `أما` (`وأما`), not `إما` ("either").
    fn is_amma(&self, item: Item) -> bool {
        matches!(self.folded_item(item), "اما" | "واما")
            && !self.written(item).trim_start_matches('و').starts_with('إ')
    }

    fn starts_with_conjunction(&self, item: Item) -> bool {
        let word = self.folded_item(item);
        matches!(word.chars().next(), Some('و' | 'ف'))
            && self.lexicon.lookup(&word['و'.len_utf8()..]).is_some()
            && self.lexicon.lookup(word) == self.lexicon.lookup(&word['و'.len_utf8()..])
    }

    /// A relay's author: the phrase after `عن` in the cue's clause (after
    /// `إلى` for `نسب`, "to attribute": نسبت الصحيفة إلى نائب قوله).
    fn author_after_an(&self, items: &[Item], from: usize, end: usize, relay: &CueEntry) -> Author<'h> {
        let marker = if self.lexicon.lemma(relay) == "نسب" { "الي" } else { "عن" };
        let mut in_brackets = false;
        for j in from..end.min(from + 14) {
            let item = items[j];
            // وكالة الأنباء (سونا) عن …: the channel's short name in brackets
            match self.punct(item) {
                Some('(') => in_brackets = true,
                Some(')') => in_brackets = false,
                _ => {}
            }
            if in_brackets || self.punct(item) == Some(')') {
                continue;
            }
            let word = Clitics::without_conjunction(self.folded_item(item));
            if word == marker {
                let say = CueEntry::default_say();
                // (عن خبير أممي لم تحدده: an indefinite source, then a clause
                // describing it, which a verb's subject could not have)
                let described = || {
                    let (first, stop) = self.phrase_after(items, j + 1, end)?;
                    let clause = stop < end && matches!(self.folded_item(items[stop]), "لم" | "لا");
                    (clause && !is_definite(self.folded_item(items[first])))
                        .then(|| self.known(items, first, stop - 1))
                };
                return self
                    .subject_after(items, j + 1, end, &say)
                    .or_else(described)
                    .map_or(Author::None, |known| Author::Named(Box::new(known)));
            }
            // عنه، عنها، عنهم: the pronoun alone on عن
            // (اليه، اليها after نسب)
            let pronoun =
                word.strip_prefix(marker).and_then(split_pronoun).filter(|(stem, ..)| stem.is_empty());
            if let Some((_, gender, number)) = pronoun {
                return Author::Pronoun(gender, number);
            }
            let boundary = self.punct(item) == Some(':') || self.class(item).has(Class::COMPLEMENTIZER);
            let inside = self.is_word(item) || self.is_comma(item) || matches!(item, Item::Quote(_));
            if boundary || !inside {
                return Author::None;
            }
        }
        Author::None
    }

    /// A nominal cue's source: `بحسب الوزير`, `حسبما ذكر البيان`, `وفقاً للبيان`.
    fn source_after_nominal(
        &self,
        items: &[Item],
        from: usize,
        end: usize,
        entry: &CueEntry,
    ) -> Option<Known<'h>> {
        let mut j = from;
        let mut entry = *entry;
        // بحسب ما جاء على لسان …: a nominal cue may lead to another, a few
        // at most (a loop, not recursion: the input decides the depth)
        for hop in 0.. {
            while j < end && matches!(self.folded_item(items[j]), "ما" | "ل" | "لما" | "عن") {
                j += 1;
            }
            // بحسب ما أوردته الوكالة، وفق ما نشرته الصحيفة: the verb of the
            // relative clause, with its pronoun, before its subject
            let relative_verb = j > 0
                && j < end
                && matches!(self.folded_item(items[j - 1]), "ما" | "حسبما" | "بحسبما" | "وفقما")
                && {
                    let word = self.folded_item(items[j]);
                    self.class(items[j]) == Class::NONE
                        && self.cue(items[j]).is_none()
                        && (word.ends_with("ته") || word.ends_with("ها"))
                        && word.chars().count() >= 5
                };
            if relative_verb {
                j += 1;
            }
            let Some((inner, len)) = items.get(j).filter(|_| j < end).and_then(|&it| self.cue(it)) else {
                break;
            };
            match inner.kind() {
                CueKind::Nominal if hop < MAX_NOMINAL_CHAIN => {
                    j += len as usize;
                    entry = inner;
                }
                CueKind::Nominal => return None,
                // بحسب ما نقلته الصحيفة عن مصادر: a relay's author follows عن
                CueKind::Verb if inner.class() == CueClass::Relay => {
                    let after = j + len as usize;
                    // (بحسب ما نقلت عنه الوكالة: the pronoun's, not the channel's)
                    return match self.author_after_an(items, after, end, &inner) {
                        Author::Named(author) => Some(*author),
                        Author::Pronoun(..) => None,
                        Author::None => self.subject_after(items, after, end, &inner),
                    };
                }
                CueKind::Verb => return self.subject_after(items, j + len as usize, end, &inner),
                _ => break,
            }
        }
        let entry = &entry;
        // وفقاً لهيئة الأرصاد، وفقاً للبيان: the preposition belongs to the cue
        // (بحسب and حسب take no preposition: بحسب ليلى is a name in ل)
        if j < end
            && self.governs_lam(entry)
            && self.is_word(items[j])
            && self.folded_item(items[j]).starts_with('ل')
        {
            let glued = self.folded_item(items[j]);
            if glued.chars().count() > 2
                && !self.words.exact(glued).has(Class::TITLE | Class::BODY)
                && lam_may_be_preposition(glued)
            {
                // (وفقاً لمديرة الأبحاث في …، فلانة: the name in apposition too)
                let (first, stop) = self.phrase_after_preposition(items, j, end)?;
                let mut known = self.phrase_with_apposition(items, first, stop, end);
                known.read_off_preposition(self.text);
                return Some(known);
            }
        }
        self.subject_after(items, j, end, entry)
    }

    /// A cue's lemma, folded (`أجاب` → `اجاب`), to compare with folded words.
    fn folded_lemma(&self, entry: &CueEntry) -> Cow<'_, str> {
        fold(self.lexicon.lemma(entry))
    }

    /// Whether a nominal cue takes its source through the preposition `ل`
    /// (`وفقاً لـ`، `طبقاً لـ`، `تبعاً لـ`), unlike `بحسب` and `حسب`.
    fn governs_lam(&self, entry: &CueEntry) -> bool {
        let lemma = self.folded_lemma(entry);
        ["وفق", "طبق", "تبع"].iter().any(|stem| lemma.starts_with(stem))
    }

    /// A phrase whose first word carries the preposition `ل` (the source of
    /// `وفقاً لـ`): the phrase as if the preposition were not there.
    fn phrase_after_preposition(&self, items: &[Item], at: usize, end: usize) -> Option<(usize, usize)> {
        // للسفير الصيني لدى الأردن فلان: a title or body on ل heads the
        // phrase itself, with its office and holder
        if self.class(items[at]).has(Class::TITLE | Class::BODY) {
            if let Some((first, stop)) = self.phrase_after(items, at, end).filter(|&(f, _)| f == at) {
                return Some((first, stop));
            }
        }
        let (_, stop) = self.phrase_after(items, at + 1, end).unwrap_or((at + 1, at + 1));
        Some((at, stop.max(at + 1)))
    }

    /// `بيان لوزارة الداخلية`, `تقرير لمنظمة …`: an indefinite statement,
    /// report or study, then its issuer on ل, as the phrase naming the
    /// source. On لل only a body issues (`بيان للمديرية`); another definite
    /// word may be an addressee (`بيان للرأي العام`). A body in construct
    /// after the document issued it too (`تقرير لجنة الزراعة`).
    fn issuer_on_lam(&self, items: &[Item], first: usize, stop: usize, end: usize) -> Option<Known<'h>> {
        let head = Clitics::without_conjunction(self.folded_item(items[first]));
        let document = matches!(head, "بيان" | "تقرير" | "دراسه" | "بلاغ" | "قرار" | "حكم");
        let on = first + 1;
        if on >= stop.min(end) || !self.is_word(items[on]) {
            return None;
        }
        let word = self.folded_item(items[on]);
        // بيان صادر عن الجيش، التقرير الصادر عن الهيئة: the issuer after عن
        let issued = is_issued_form(word)
            && on + 2 < stop
            && self.folded_item(items[on + 1]) == "عن"
            && self.is_document(head.strip_prefix("ال").unwrap_or(head));
        if issued {
            let (a, b) = self.phrase_after(items, on + 2, stop)?;
            return Some(self.known(items, a, b - 1));
        }
        if !document {
            return None;
        }
        // (لجنة، لواء: a listed word as written is no ل and a noun)
        let listed = self.words.exact(word).has(Class::TITLE | Class::BODY);
        let lam = word.starts_with('ل')
            && !listed
            && lam_may_be_preposition(word)
            && (!word.starts_with("لل") || self.words.get(word).has(Class::BODY))
            && word.chars().count() > 3;
        if lam {
            let (a, b) = self.phrase_after_preposition(items, on, end)?;
            let mut known = self.known(items, a, b - 1);
            known.read_off_preposition(self.text);
            return Some(known);
        }
        // تقرير لجنة الزراعة، قرار اللجنة: a body in construct after the
        // document issued it
        if self.class(items[on]).has(Class::BODY) && !self.is_document(word) {
            let (a, b) = self.phrase_after(items, on, end)?;
            return Some(self.known(items, a, b - 1));
        }
        None
    }

    /// `كل يوم`، `ذات ليلة`: a quantifier and a noun of time, an adverb
    /// that may stand between a verb and its subject.
    ///
    /// Also `الشهر الماضي`، `الأسبوع المقبل`: a definite noun of time and
    /// a word placing it before or after now.
    fn recurring_time(&self, items: &[Item], j: usize, end: usize) -> bool {
        let time_noun = |word: &str| {
            matches!(
                word,
                "يوم"
                    | "ليله"
                    | "مره"
                    | "صباح"
                    | "مساء"
                    | "اسبوع"
                    | "شهر"
                    | "عام"
                    | "سنه"
                    | "ساعه"
                    | "لحظه"
            )
        };
        if j + 1 >= end {
            return false;
        }
        let (first, second) = (self.folded_item(items[j]), self.folded_item(items[j + 1]));
        let recurring = matches!(first, "كل" | "ذات") && time_noun(second);
        let placed = first.strip_prefix("ال").is_some_and(time_noun)
            && matches!(second, "الماضي" | "المنصرم" | "الفائت" | "المقبل" | "القادم" | "الجاري" | "الحالي");
        recurring || placed
    }

    /// The noun phrase after a verb (its subject in verb-first order).
    fn subject_after(&self, items: &[Item], from: usize, end: usize, entry: &CueEntry) -> Option<Known<'h>> {
        let mut j = from;
        let mut skipped = 0;
        // وقال أيضاً الوزير، يردد دائماً: words between the verb and its
        // subject, and adverbs in the accusative; تقول بصوت متقطع: a manner;
        // تقول ضاحكة: a state; يقول كل يوم: a time
        while j < end && skipped < 3 {
            // (قالت ضاحكة بخفوت: after a state or manner, a word on ب no list
            // knows is one more manner, not a name)
            let on_b = self.is_unlisted(items[j]) && self.folded_item(items[j]).starts_with('ب');
            let letters = || self.folded_item(items[j]).chars().count();
            let another_manner = skipped > 0 && on_b && letters() >= 4;
            // (يقول بلكنته الجبلية: a noun on ب with its pronoun is a
            // manner too; a name takes no pronoun)
            let own_manner = on_b && letters() >= 5 && ends_in_pronoun(&self.written(items[j]));
            if self.class(items[j]).has(Class::MANNER)
                || self.in_a_language(items[j])
                || another_manner
                || own_manner
            {
                j += self.manner_len(items, j, end);
                // قال بفرنسية تختلط بالعربية: a present verb no list knows
                // after the manner's noun describes it; no subject follows
                if j < end && self.is_unlisted(items[j]) && self.verb_describing_a_noun(items[j]) {
                    return None;
                }
            } else if self.recurring_time(items, j, end) {
                j += 2;
            } else if self.is_our_outlet(items[j]) {
                // (قال لموقعنا الوزير: the outlet's own addressee)
                j += 1;
            } else if (self.class(items[j]).has(Class::PRE_SUBJECT | Class::STATE)
                // (ولي is also و + لي "to me": as a title it is the subject)
                && !self.class(items[j]).has(Class::TITLE))
                || (self.is_word(items[j]) && self.is_accusative(items[j]))
            {
                j += 1;
            } else {
                break;
            }
            skipped += 1;
        }
        // فرد علي: «…»: رد takes على, and alone before the words عليّ is
        // "to me", not the name علي (ورد علي الحسن: a name goes on)
        let to_me = j < end
            && self.folded_item(items[j]) == "علي"
            && self.lexicon.lemma(entry) == "رد"
            && items
                .get(j + 1)
                .filter(|_| j + 1 < end)
                .is_none_or(|&next| !self.is_word(next) || self.class(next).has(Class::MANNER));
        if to_me {
            return None;
        }
        // ورددوا هتاف «…»، قالوا للصحفيين: a verb that carries a plural
        // subject has none after it (a subject after its verb leaves the
        // verb singular); what follows is its object
        if entry.number() == Number::Plural && entry.kind() == CueKind::Verb {
            return None;
        }
        if j < end {
            if let Item::Quote(q) = items[j] {
                return self.name_in_marks(items, j, q, end);
            }
            // وأضافت والحزن باد على وجهها: a clause on و right after the verb
            // says how it was said (واو الحال); a subject takes no و
            if self.is_word(items[j])
                && self.folded_item(items[j]).starts_with('و')
                && is_definite(&self.folded_item(items[j])['و'.len_utf8()..])
                && self.conjunction_reading(self.folded_item(items[j]))
            {
                return None;
            }
        }
        let (mut first, mut stop) = self.phrase_after(items, j, end)?;
        // وقال لرويترز مسؤول في الوزارة: an addressee on ل, then the subject
        if stop > first + 1 && self.addressee_before_title(items, first) {
            (first, stop) = self.phrase_after(items, first + 1, end)?;
        }
        // وقالت لمراسل الوكالة: a title on ل is whom the words were told; the
        // subject, if any, follows its phrase
        if self.title_on_lam(items[first]) {
            if stop >= end || !self.is_word(items[stop]) {
                return None;
            }
            (first, stop) = self.phrase_after(items, stop, end)?;
        }
        if !self.could_be_subject(items, first, stop, entry) {
            return None;
        }
        // قال بيان لوزارة الداخلية، وفق تقرير لمنظمة …: the document's
        // issuer on ل is the source
        if let Some(issuer) = self.issuer_on_lam(items, first, stop, end) {
            return Some(issuer);
        }
        // المتحدث باسم النيابة "فلان" إن …: the holder's name in marks
        if let Some(q) = self.title_name_in_marks(items, first, stop, end) {
            let mut known = self.known(items, first, stop - 1);
            known.in_marks = Some(q);
            return Some(known);
        }
        Some(self.phrase_with_apposition(items, first, stop, end))
    }

    /// Whether the title joined by `و` at `at` and the one before it are
    /// one holder's: its words, then one name set off by commas
    /// (`…والمديرة العامة للمجموعة، فلانة الفلانية،`), or, after a title
    /// that names no one yet (`nameless_title`: `الشاعر`، `نائب رئيس
    /// الوزراء`), its words and a name with no comma (`الشاعر والروائي فلان
    /// الفلاني`، `نائب رئيس الوزراء ووزير الخارجية فلان`). `الرئيس والوزير`
    /// with no name after is two people. Looked for within a phrase's
    /// reach: linear time.
    ///
    /// After a first title of several words (`long_title`), which may as
    /// well be a verb's object (`ناقشت رئيسة الحكومة وولي العهد خطط …`),
    /// the name must close on what opens the words or goes on to them: a
    /// complementizer, a comma or colon, or a cue.
    fn titles_of_one_holder(
        &self,
        items: &[Item],
        at: usize,
        end: usize,
        nameless_title: bool,
        long_title: bool,
    ) -> bool {
        if nameless_title && !long_title && self.second_title_then_name(items, at, end) {
            return true;
        }
        // (الشاعر والمحاضر في معهد الفنون الدكتور فلان: the second
        // title's office, then the holder's name)
        let holder = nameless_title.then(|| self.holder_name_after(items, at + 1, end)).flatten();
        let closed = |stop: usize| {
            stop >= end
                || matches!(self.punct(items[stop]), Some('،' | ',' | ':'))
                || self.class(items[stop]).has(Class::COMPLEMENTIZER)
                || self.cue(items[stop]).is_some()
        };
        if holder.is_some_and(|stop| !long_title || closed(stop)) {
            return true;
        }
        let reach = end.min(at + MAX_PHRASE);
        let Some(comma) = (at + 1..reach).find(|&k| !self.is_word(items[k])) else {
            return false;
        };
        if !self.is_comma(items[comma]) || items[at + 1..comma].iter().any(|&it| self.cue(it).is_some()) {
            return false;
        }
        let name = comma + 1;
        let words = (name..end.min(name + 4)).take_while(|&k| self.is_name_like(items[k])).count();
        let closed = items
            .get(name + words)
            .filter(|_| name + words < end)
            .is_some_and(|&after| self.is_comma(after) || self.class(after).has(Class::COMPLEMENTIZER));
        (1..=3).contains(&words) && closed
    }

    /// Right after an indefinite head, a word on ب that is its nisba
    /// adjective (`منظمة بريطانية`) or, after a body, its name (`نادي
    /// برشلونة`), not a preposition.
    fn named_after_indefinite_head(&self, items: &[Item], from: usize, n: usize, bare: &str) -> bool {
        if n != 1 || is_definite(self.folded_item(items[from])) {
            return false;
        }
        let head = self.class(items[from]);
        (head.has(Class::TITLE | Class::BODY) && is_nisba(bare))
            || head.has(Class::BODY | Class::TRIGGER_NAME)
    }

    /// `…تدعى فلانة الفلانية، قالت`: the name given after `يدعى`, `تدعى`
    /// or `اسمه`, one to four words, then a comma right before the verb at
    /// `at`.
    fn name_given_before(&self, items: &[Item], at: usize, start: usize) -> Option<Known<'h>> {
        let comma = at.checked_sub(1).filter(|&c| c > start && self.is_comma(items[c]))?;
        let reach = comma.saturating_sub(5).max(start);
        // (أحد الصيادين، ويدعى فراس، قال: an apposition, read with its head)
        let given = (reach..comma)
            .rev()
            .find(|&k| self.introduces_a_name(items[k]) && !self.written(items[k]).starts_with('و'))?;
        // (اشترط عدم نشر اسمه حرصاً على …: the name kept back is no name given)
        if given > start && is_withholding(without_conjunction(self.folded_item(items[given - 1]))) {
            return None;
        }
        let name = given + 1..comma;
        let words = |k: usize| {
            self.is_word(items[k]) && self.class(items[k]) == Class::NONE && self.cue(items[k]).is_none()
        };
        let plain = !name.is_empty() && name.clone().all(words);
        plain.then(|| self.known(items, name.start, name.end - 1))
    }

    /// `معلقة أخرى`، `مغرد آخر`: a participle cue followed by "another"
    /// names a person, no manner of saying.
    fn participle_as_noun(&self, items: &[Item], at: usize, end: usize) -> bool {
        self.cue(items[at]).is_some_and(|(e, _)| e.kind() == CueKind::Participle)
            && items.get(at + 1).filter(|_| at + 1 < end).is_some_and(|&next| {
                matches!(self.folded_item(next), "اخري" | "اخر" | "اخرون" | "اخرين" | "اخريات")
            })
    }

    /// The second title at `at`, its definite words, then a given name and
    /// a name word (see [`Doc::titles_of_one_holder`]).
    fn second_title_then_name(&self, items: &[Item], at: usize, end: usize) -> bool {
        let reach = end.min(at + 5);
        let Some(k) =
            (at + 1..reach).find(|&k| !self.is_word(items[k]) || !is_definite(self.folded_item(items[k])))
        else {
            return false;
        };
        // (a given name, then a name word, with or without the article)
        let name_word =
            |it: Item| self.is_word(it) && self.class(it) == Class::NONE && self.cue(it).is_none();
        self.is_name_like(items[k]) && k + 1 < end && name_word(items[k + 1])
    }

    /// The phrase `items[first..stop]` naming a source, with the name or
    /// title after it in apposition when there is one.
    fn phrase_with_apposition(&self, items: &[Item], first: usize, stop: usize, end: usize) -> Known<'h> {
        let mut last = stop - 1;
        let mut later_name = None;
        // الخبير في الشؤون المصرفية، جمال عيسى، …: a title's complement, then
        // the name in apposition
        let complemented = self.complement_then_name(items, first, stop, end);
        if let Some(b) = complemented {
            last = b - 1;
        }
        // an apposition after a comma, when one side is a title: الرئيس، فلان،
        // (not a second one after the name: …، فلانة، السلطات «…»)
        let open = complemented.is_none() && last + 1 == stop && stop + 1 < end;
        // أحدهم، ويدعى فلان: the name given after يدعى or اسمه belongs to the phrase
        // (أحدهم، وهو فلان: "one of them", then who he is, by name)
        let one_of = one_of_gender(Clitics::without_conjunction(self.folded_item(items[first]))).is_some();
        let he_is_named = |k: usize| {
            one_of
                && matches!(self.folded_item(items[k]), "وهو" | "وهي")
                && k + 1 < end
                && self.is_word(items[k + 1])
                && self.class(items[k + 1]) == Class::NONE
                && self.cue(items[k + 1]).is_none()
                && !is_definite(self.folded_item(items[k + 1]))
        };
        let named_after = open
            && matches!(self.punct(items[stop]), Some('،' | ','))
            && (self.introduces_a_name(items[stop + 1]) || he_is_named(stop + 1));
        if named_after {
            if let Some((_, b)) = self.phrase_after(items, stop + 2, end) {
                last = b - 1;
            }
        } else if open && matches!(self.punct(items[stop]), Some('،' | ',')) {
            match self.phrase_after(items, stop + 1, end) {
                Some((a, b)) if self.apposition_fits(items, first, a, b, end) => {
                    last = b - 1;
                    // وزير الدولة، وزير الخارجية، فلان الفلاني: two titles,
                    // then the holder's name
                    if let Some(c) = self.name_after_second_title(items, first, a, b, end) {
                        last = c - 1;
                    }
                }
                _ => later_name = self.name_after_parenthesis(items, first, stop, end),
            }
        }
        let mut known = self.known(items, first, last);
        if let Some((a, b)) = later_name {
            // أعلن حاكم الإقليم، الواقع على …، فلان الفلاني أمس أن …
            let extra = self.known(items, a, b - 1);
            Rc::make_mut(&mut known.naming).names.extend(extra.naming.names.iter().cloned());
            known.extra = Some((extra.mention, extra.key));
        } else if let Some(name_at) = self.name_of_long_phrase(items, first, last) {
            // مدير إدارة … في وزارة …، فلان الفلاني: a title too long to
            // show, then its holder's name; the name alone is a mention too
            let name = self.known(items, name_at, last);
            known.extra = Some((name.mention, name.key));
        }
        known
    }

    /// Where the holder's name starts in a phrase `first..=last` longer than
    /// [`MAX_SHOWN_WORDS`] words whose title ends at a comma and whose
    /// name follows it: the first word after the last comma, when no title
    /// or body heads what follows.
    fn name_of_long_phrase(&self, items: &[Item], first: usize, last: usize) -> Option<usize> {
        let words = items[first..=last].iter().filter(|&&it| self.is_word(it)).count();
        if words <= MAX_SHOWN_WORDS {
            return None;
        }
        let comma = (first + 1..last).rev().find(|&k| self.is_comma(items[k]))?;
        let name_at = comma + 1;
        let head = self.class(items[name_at]);
        let named = self.is_word(items[name_at])
            && !head.has(Class::TITLE | Class::BODY | Class::COLLECTIVE)
            && !is_definite(self.folded_item(items[name_at]))
            && last + 1 - name_at <= MAX_SHOWN_WORDS;
        named.then_some(name_at)
    }

    /// The end of a holder's name after a second title in apposition, when
    /// neither title names anyone: `وزير الدولة، وزير الخارجية، فلان،`.
    fn name_after_second_title(
        &self,
        items: &[Item],
        first: usize,
        a: usize,
        b: usize,
        end: usize,
    ) -> Option<usize> {
        let titled = |k: usize| self.class(items[k]).has(Class::TITLE);
        let nameless = |from: usize, to: usize| {
            (from..to).all(|k| self.class(items[k]) != Class::NONE || is_definite(self.folded_item(items[k])))
        };
        if !(titled(first) && titled(a) && nameless(first, a - 1) && nameless(a, b)) || b + 1 >= end {
            return None;
        }
        if !matches!(self.punct(items[b]), Some('،' | ',')) {
            return None;
        }
        let stop = self.personal_name_at(items, b + 1, end)?;
        // (the name closes the apposition: a comma, or the verb's complement)
        let closed = stop >= end || matches!(self.punct(items[stop]), Some('،' | ','));
        closed.then_some(stop)
    }

    /// Whether the word at `k` has one letter and a colon after it: an
    /// interview's label (`س:` the question, `ج:` the answer).
    fn is_qa_label(&self, items: &[Item], k: usize) -> bool {
        self.folded_item(items[k]).chars().count() == 1
            && items.get(k + 1).is_some_and(|&c| self.punct(c) == Some(':'))
    }

    /// Whether an item is a word no list knows and no cue: in verb position,
    /// a verb the lexicon does not hold (`تجمع`، `أفردت`).
    fn is_unlisted(&self, item: Item) -> bool {
        self.is_word(item) && self.class(item) == Class::NONE && self.cue(item).is_none()
    }

    /// Whether a word gives the name of the one just described: `يُدعى`
    /// (printed with `ى`, not the verb `يدّعي`), `اسمه`, with or without `و`.
    fn introduces_a_name(&self, item: Item) -> bool {
        let word = Clitics::without_conjunction(self.folded_item(item));
        match word {
            "يدعي" | "تدعي" => self.written(item).ends_with('ى'),
            "اسمه" | "اسمها" => true,
            _ => false,
        }
    }

    /// A title-headed phrase that stopped at its complement (a preposition,
    /// `لـ`, a name in marks), where the complement runs to a comma followed
    /// by the holder's name and another boundary: the end of that name.
    /// `وقال النائب عن ائتلاف «…»، حيدر الساعدي، لـ…`.
    fn complement_then_name(&self, items: &[Item], first: usize, stop: usize, end: usize) -> Option<usize> {
        let person = self.class(items[first]).has(Class::TITLE) || self.is_agent_noun(items[first]);
        if !person || stop >= end || self.is_comma(items[stop]) {
            return None;
        }
        let limit = end.min(stop + 10);
        let comma = (stop..limit).find(|&k| matches!(self.punct(items[k]), Some('،' | ',')))?;
        let complement = items[stop..comma].iter().all(|&it| {
            (self.is_word(it) || matches!(it, Item::Quote(_)))
                && !self.class(it).has(Class::COMPLEMENTIZER)
                && !self.is_verb_cue(it)
        });
        if !complement || comma + 1 >= end {
            return None;
        }
        let (a, b) = self.phrase_after(items, comma + 1, end)?;
        let head = self.class(items[a]);
        // (…، طالباً عدم ذكر اسمه: an accusative is a circumstance, not a name)
        // (nor a verb after و: …، وكتب:)
        let verb = self.cue(items[a]).is_some() && self.folded_item(items[a]).starts_with('و');
        let name_like = head == Class::NONE
            && !is_definite(self.folded_item(items[a]))
            && !self.is_accusative(items[a])
            && !verb;
        // (…، فلان: «…»: the colon closes it too)
        let closed = b >= end
            || self.is_comma(items[b])
            || self.punct(items[b]) == Some(':')
            || self.class(items[b]).has(Class::ENDS_PHRASE);
        let words = self.item_span(items[b - 1]).end > self.item_span(items[first]).start;
        ((name_like || head.has(Class::TITLE)) && closed && words && b - first <= 14).then_some(b)
    }

    /// Whether a word no list knows is a definite agent noun, the shape of
    /// a participle (`المتعامل`, `المستثمر`, `المزارع`): someone who does
    /// something, who may be named in apposition after it. Not a nisba
    /// (`المصري`) nor a plural.
    fn is_agent_noun(&self, item: Item) -> bool {
        let bare = Clitics::without_conjunction(self.folded_item(item));
        self.is_word(item)
            && self.class(item) == Class::NONE
            && self.cue(item).is_none()
            && bare.strip_prefix("الم").is_some_and(|stem| stem.chars().count() >= 3)
            && !is_nisba(bare)
            && !["ون", "ين", "ات"].iter().any(|s| bare.ends_with(s))
    }

    /// Whether the phrase `a..b` after a comma is in apposition to the
    /// phrase starting at `first`: one of them is headed by a title (or a
    /// body) and the other names someone, and the apposition is closed.
    fn apposition_fits(&self, items: &[Item], first: usize, a: usize, b: usize, end: usize) -> bool {
        let second = self.class(items[a]);
        // a name, not a clause on a verb (…، طلب عدم ذكر اسمه،)
        let weak_name = || {
            self.cue(items[a])
                .is_some_and(|(e, n)| e.is_weak() && self.is_apposed_name(items, a, n as usize, end))
        };
        // (or a given name with the article, then a family name without it:
        // …، المختار بلقاسم،)
        // (or a nisba of origin before the name: …، البرتغالي روي سانتوس،)
        // (the name may read as a weak verb: …، البرتغالي روي كوستا،)
        let given_name = |k: usize| {
            self.is_word(items[k])
                && self.class(items[k]) == Class::NONE
                && !is_definite(self.folded_item(items[k]))
                && self.cue(items[k]).is_none_or(|(e, _)| e.is_weak())
        };
        // (or both with the article, the family name a nisba: …، المنصف
        // الكعبي،)
        let family_nisba = |k: usize| {
            let word = self.folded_item(items[k]);
            is_definite(word) && is_nisba(word) && self.class(items[k]) == Class::NONE
        };
        let article_name = || {
            is_definite(self.folded_item(items[a]))
                && a + 1 < b
                && (given_name(a + 1) || (b == a + 2 && family_nisba(a + 1)))
        };
        let named = (!is_definite(self.folded_item(items[a])) || article_name())
            && second == Class::NONE
            && (self.cue(items[a]).is_none() || weak_name());
        // رئيسها التنفيذي، فلان: a title with a possessive pronoun heads it too
        let head = self.class(items[first]).union(self.possessed_class(items[first], Class::TITLE));
        // (المتعامل، فلان: an agent noun no list knows, then a name)
        let titled = ((head.has(Class::TITLE) || self.is_agent_noun(items[first]))
            && (named || second.has(Class::TITLE)))
            || second.has(Class::TITLE | Class::BODY);
        let closed = b >= end
            || self.is_comma(items[b])
            || self.punct(items[b]) == Some(':')
            || matches!(items[b], Item::Quote(_))
            || self.class(items[b]).has(Class::ENDS_PHRASE);
        // (آثر عدم الإفصاح عن هويته: a verb no list knows, asking not to be named)
        let clause = items[a..b.min(end)].iter().any(|&it| self.folded_item(it) == "عدم");
        // (…، طالباً عدم ذكر اسمه،: an accusative is a circumstance, no apposition)
        titled && closed && !clause && !self.is_accusative(items[a]) && b - a <= 8
    }

    /// A title-headed phrase with no name, then a parenthetical between
    /// commas, then the name: the name's items, if that is the shape.
    fn name_after_parenthesis(
        &self,
        items: &[Item],
        first: usize,
        comma: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        if !self.class(items[first]).has(Class::TITLE) {
            return None;
        }
        let limit = end.min(comma + 16);
        let second = (comma + 1..limit).find(|&k| matches!(self.punct(items[k]), Some('،' | ',')))?;
        if items[comma + 1..second]
            .iter()
            .any(|&it| !self.is_word(it) || self.class(it).has(Class::COMPLEMENTIZER))
        {
            return None;
        }
        let (a, b) = self.phrase_after(items, second + 1, end)?;
        // (a possessed noun is the verb's object: …، فلان، استياءه من …)
        let starts_name = !is_definite(self.folded_item(items[a]))
            && self.class(items[a]) == Class::NONE
            && !ends_in_pronoun(&self.written(items[a]));
        // (a name's words: no noun a list knows, أفاد مصدر، مساء أمس، بتعرض مطار …)
        let name_words = items[a..b].iter().all(|&it| {
            self.is_word(it)
                && self.cue(it).is_none()
                && (self.class(it) == Class::NONE || self.class(it).has(Class::NAME_PART))
        });
        let closed = b >= end || self.class(items[b]).has(Class::ENDS_PHRASE);
        (starts_name && name_words && closed && b - a <= 4).then_some((a, b))
    }

    /// Whether the phrase `first..stop` after a verb can be its subject.
    fn could_be_subject(&self, items: &[Item], first: usize, stop: usize, entry: &CueEntry) -> bool {
        let head = items[first];
        if matches!(head, Item::Quote(_)) {
            return true;
        }
        let word = self.folded_item(head);
        let raw = self.written(head);
        let class = self.class(head);
        // وقال معاليه، وأضافت سعادتها: an honorific on a pronoun stands for
        // the person named before, like a dropped subject
        if stop == first + 1 && is_honorific_pronoun(Clitics::without_conjunction(word)) {
            return false;
        }
        // واختتم حديثه، استهل مداخلته: the source's own talk is the verb's
        // object, not its subject
        if self.class(head) == Class::NONE && self.possessed_class(head, Class::EXCHANGE).has(Class::EXCHANGE)
        {
            return false;
        }
        // وتلاحق 12 مشتبهاً: a number alone names nobody (its counted noun
        // is the verb's object)
        if stop == first + 1 && self.tok(head).is_some_and(|t| t.kind == TokenKind::Number) {
            return false;
        }
        // وختم حديثه بالقول، وأنهت كلمتها بالقول: what the speaker ended is
        // the object; the speaker is dropped
        let saying = items.get(stop).is_some_and(|&next| self.folded_item(next) == "بالقول");
        if stop == first + 1 && saying && ends_in_pronoun(&raw) {
            return false;
        }
        // بنغمة، بضرورة: a preposition on a feminine noun cannot head the
        // subject of a masculine verb
        if word.starts_with('ب')
            && raw.ends_with('ة')
            && entry.gender() == Gender::Masculine
            && !class.has(Class::TITLE)
        {
            return false;
        }
        // ودعا الوزارة إلى: a masculine singular verb right before a
        // feminine body (printed with ة) does not agree with it: the body is
        // its object, the subject dropped
        // (nor with bodies in the sound feminine plural: ودعا الجهات الرسمية إلى)
        let feminine_body = (raw.ends_with('ة') && class.has(Class::BODY) && !class.has(Class::TITLE))
            || (raw.trim_end_matches(is_foldable_mark).ends_with("ات")
                && class.has(Class::BODY | Class::COLLECTIVE));
        if entry.gender() == Gender::Masculine
            && entry.number() == Number::Singular
            && entry.kind() == CueKind::Verb
            && feminine_body
            && is_definite(word)
        {
            return false;
        }
        // an act verb's object often follows it with the subject dropped
        // (وانتقد الموقف الروسي): its subject must look like an agent
        // انتقدت فيه التقرير بـ…: after "in it" (a post, a statement), a
        // document is the object; the one who wrote in it is dropped
        let in_it = first > 0 && matches!(self.folded_item(items[first - 1]), "فيه" | "فيها");
        if in_it && class.has(Class::DOCUMENT) {
            return false;
        }
        // (ما اعتبره المطور فلان: right after a verb that carries its object
        // as a pronoun, no object can stand, so any phrase is the subject)
        let carried = first > 0 && self.carries_object_pronoun(items[first - 1]);
        // ووصف القرار بأنه «…»: the one phrase between وصف and its بـ is
        // what is described (a describer would need an object after it)
        // (not a person's title: ووصف الوزير المعارضة بـ«…» reads the
        // minister and, run on, his object)
        let described = !class.has(Class::TITLE | Class::COLLECTIVE)
            && items.get(stop).is_some_and(|&next| {
                let word = self.folded_item(next);
                word == "ب" || matches!(word, "بان" | "بانه" | "بانها" | "بانهم" | "بانهما")
            });
        // (one noun phrase only, definite or in construct: يصف منتقدون
        // خطتكم بأنها holds the describers and what they describe)
        let one_phrase = || {
            let head_definite = is_definite(Clitics::without_conjunction(word));
            let construct = stop > first + 1 && is_definite(self.folded_item(items[first + 1]));
            head_definite || construct
        };
        if described && !carried && &*self.folded_lemma(entry) == "وصف" && one_phrase() {
            return false;
        }
        if (entry.class() == CueClass::Act || entry.class() == CueClass::Label) && !carried {
            let bare = Clitics::without_conjunction(word);
            // أسمائهم، اسمه: a possessed noun is an object, not an agent
            let possessed = ends_in_pronoun(&raw);
            let people = is_definite(bare)
                && bare.chars().count() > 5
                && (bare.ends_with("ون") || bare.ends_with("ين"));
            // (a word in ـية alone, right before the label a labelling verb
            // gives it, is what is labelled: واعتبرت القضية «…»; a feminine
            // nisba needs its noun, and a body in ـية, ودعت الاتحادية
            // الوزارة, is followed by its object)
            let labelled_next = items.get(stop).is_some_and(|&next| {
                matches!(next, Item::Quote(_)) || self.folded_item(next).starts_with('ب')
            });
            let feminine_alone = entry.class() == CueClass::Label
                && stop == first + 1
                && is_definite(bare)
                && bare.ends_with("يه")
                && labelled_next;
            let agent = class.has(
                Class::TITLE
                    | Class::BODY
                    | Class::COLLECTIVE
                    | Class::PLACE
                    | Class::MEDIA
                    | Class::TRIGGER_NAME,
            ) || !(is_definite(word) || possessed && class == Class::NONE)
                || (is_nisba(bare) && !feminine_alone)
                || people;
            if !agent {
                return false;
            }
        }
        // كتب الرسالة «…»، نشر البيان: a document alone after a verb of writing
        // is what was written; the writer is dropped
        if entry.class() == CueClass::Write
            && stop == first + 1
            && is_definite(Clitics::without_conjunction(word))
            && class.has(Class::DOCUMENT)
        {
            return false;
        }
        // ودعا المواطنين إلى، وطالب المسؤولين بـ: a sound plural in ين right
        // after the verb is its object (a subject would read المواطنون)
        if self.is_oblique_plural(Clitics::without_conjunction(word), items.get(stop).copied()) {
            return false;
        }
        // a phrase that runs into a particle of a verbal clause is no subject
        stop >= items.len() || !matches!(self.folded_item(items[stop]), "لا" | "لم" | "لن" | "سوف")
    }

    /// A definite sound masculine plural in its accusative and genitive
    /// form, `ين` where the subject reads `ون`: a group or title the lists
    /// know in the nominative (`المواطنين`) or a plural of a title
    /// (`المديرين`). A plural of a participle (`المحتجين`) or a nisba
    /// (`السوريين`) counts only before the preposition its verb governs
    /// (`دعا المحتجين إلى`): family names have those shapes too (`وأوضح
    /// المراشدين أن`). `الأمين` (the secretary) and `البحرين` are no plurals.
    fn is_oblique_plural(&self, bare: &str, next: Option<Item>) -> bool {
        let Some(stem) = bare.strip_suffix("ين").filter(|s| s.starts_with("ال")) else {
            return false;
        };
        let nominative = format!("{stem}ون");
        if self.words.get(&nominative).has(Class::COLLECTIVE | Class::TITLE) || self.is_title_plural(bare) {
            return true;
        }
        let letters = article_stem(stem).chars().count();
        let shaped = letters >= 4 && (has_participle_prefix(stem) || stem.ends_with('ي'));
        let governed = next.is_some_and(|n| match self.folded_item(n) {
            "الي" | "علي" => true,
            w => (w.starts_with('ب') || w.starts_with('ل')) && !matches!(w, "بان" | "لان"),
        });
        shaped && governed
    }

    /// A short quotation right after a cue, itself followed by the words it
    /// introduces, names the speaker: `وقال «البرقاوي» …: «…»`.
    fn name_in_marks(&self, items: &[Item], at: usize, q: u32, end: usize) -> Option<Known<'h>> {
        let words = self.quote_words(q);
        // (a body's longer name opening on its noun: «تجمع أطباء …»)
        let body_name = || words <= MAX_NAME && self.starts_with_trigger(q) == Some(QuoteKind::Name);
        if words == 0 || (words > 3 && !body_name()) {
            return None;
        }
        let introduces =
            items[at + 1..end].iter().any(|&it| matches!(it, Item::Quote(_)) || self.punct(it) == Some(':'));
        // «تهميشاً متعمداً»: a word in the accusative is no subject
        let first =
            self.name_tokens(q).find(|&i| self.toks[i].kind == TokenKind::Word).map(|i| Item::Tok(i as u32));
        let accusative = first.is_some_and(|it| self.is_accusative(it));
        // («رفضها القاطع»: nor a noun with its pronoun, the verb's object)
        let possessed = first.is_some_and(|it| ends_in_pronoun(&self.written(it)));
        if !introduces || accusative || possessed {
            return None;
        }
        Some(self.known_in_marks(q))
    }

    /// A quotation of two or three unknown words right after a title's
    /// phrase `first..stop`, closed by `إن`/`أن` or a colon: the holder's
    /// name printed in marks
    /// (`المتحدث باسم النيابة "فلان" إن …`).
    fn title_name_in_marks(&self, items: &[Item], first: usize, stop: usize, end: usize) -> Option<u32> {
        let Item::Quote(q) = *items.get(stop).filter(|_| stop < end)? else {
            return None;
        };
        let closed = items.get(stop + 1).filter(|_| stop + 1 < end).is_some_and(|&next| {
            self.class(next).has(Class::COMPLEMENTIZER) || self.punct(next) == Some(':')
        });
        let title = self.class(items[first]).has(Class::TITLE);
        // a first and a family name: words no list knows (not «لا تراجع»)
        let name_like = (2..=3).contains(&self.quote_words(q))
            && self.name_tokens(q).all(|i| {
                let t = &self.toks[i];
                t.kind == TokenKind::Word && t.class() == Class::NONE && t.cue == NO_CUE
            });
        (title && closed && name_like).then_some(q)
    }

    /// The speaker named by the words of quotation `q`.
    fn known_in_marks(&self, q: u32) -> Known<'h> {
        let quote = &self.quotes[q as usize];
        let mention = Mention::new(self.text, trim_span(self.text, quote.span()));
        let mut known = Known::new(mention, self.head_gender(self.quote_first_class(q)));
        known.in_marks = Some(q);
        let words: Vec<Item> = self.name_tokens(q).map(|i| Item::Tok(i as u32)).collect();
        known.naming = Rc::new(self.naming(words.iter().copied()));
        known.key = self.key(&words);
        known
    }

    fn quote_first_class(&self, q: u32) -> Class {
        self.name_tokens(q)
            .find(|&i| self.toks[i].kind == TokenKind::Word)
            .map_or(Class::NONE, |i| self.toks[i].class())
    }

    /// The tokens of a quotation read as a name: its first few only (a name
    /// is short, and a quotation holding a thousand nested ones must not be
    /// walked once per level).
    fn name_tokens(&self, q: u32) -> impl Iterator<Item = usize> {
        self.quote_tokens(q as usize).take(MAX_NAME_TOKENS)
    }

    /// The words of a speaker phrase starting at `from`: returns its first
    /// item and the item where it stops.
    fn phrase_after(&self, items: &[Item], from: usize, end: usize) -> Option<(usize, usize)> {
        let mut j = from;
        let mut n = 0;
        let mut prev_definite = false;
        // how many words of a person's name the phrase has read so far
        let mut named = 0;
        // after a name in marks only an adjective goes on: قناة «…» السعودية
        let mut after_quote = false;
        // (مراسلها، رئيسه: a title with its possessive pronoun heads it too)
        let head_title = from < end
            && (self.class(items[from]).has(Class::TITLE | Class::BODY)
                || self.possessed_class(items[from], Class::TITLE).has(Class::TITLE));
        let head_body = from < end && self.class(items[from]).has(Class::BODY | Class::TRIGGER_NAME);
        // inside a title's office (القيادي في حركة «…»، النائبة عن كتلة «…»)
        let mut in_office = false;
        while j < end && n < MAX_PHRASE {
            let item = items[j];
            if let Item::Quote(q) = item {
                // a name in marks after its noun, heading the phrase: قناة «الإخبارية»
                // (عضو كتلة «…»، رئيس حزب «…»: a title, then its body's noun)
                let titled = n == 2 && head_title && !is_definite(self.folded_item(items[j - 1]));
                // (مبادرة «…» للحقوق الرقمية: a noun of titles heading the
                // phrase names it too)
                let titled_head = n == 1 && self.class(items[j - 1]).has(Class::TRIGGER_TITLE);
                // (أفاد مراسل «المدى» في الميناء: a bare title in construct
                // with a short name in marks, the clause going on after it)
                let goes_on = j + 1 < end && self.is_word(items[j + 1]);
                let title_of = n == 1
                    && self.class(items[j - 1]).has(Class::TITLE)
                    && !is_definite(self.folded_item(items[j - 1]))
                    && goes_on
                    && self.quote_words(q) <= 3
                    && self.name_words_only(q);
                let in_phrase = n > 0
                    && (self.class(items[j - 1]).has(Class::TRIGGER_NAME) || titled_head || title_of)
                    && (n == 1 || head_body || in_office || titled)
                    && self.quote_words(q) <= MAX_NAME;
                if in_phrase {
                    j += 1;
                    n += 1;
                    prev_definite = true;
                    after_quote = true;
                    continue;
                }
                // الباحث في «مركز …» فلان: an office's institution in marks,
                // then maybe the holder's name
                let office_named = in_office && self.folded_item(items[j - 1]) == "في";
                if let Some(named_after) = office_named.then(|| self.office_in_marks(items, j, end)).flatten()
                {
                    j += 1;
                    n += 1;
                    prev_definite = true;
                    after_quote = !named_after;
                    continue;
                }
                // مدرب «…» فلان، لاعب «…» فلان: a title, its club or body in
                // marks, then the holder's name
                let name_next = j + 1 < end && {
                    let next = items[j + 1];
                    self.tok(next).is_some_and(|t| t.kind == TokenKind::Word)
                        && self.class(next) == Class::NONE
                        && !is_definite(self.folded_item(next))
                        && self.cue(next).is_none()
                };
                let club = n == 1
                    && head_title
                    && self.class(items[j - 1]).has(Class::TITLE)
                    && !is_definite(self.folded_item(items[j - 1]))
                    && self.quote_words(q) <= MAX_NAME
                    && self.name_words_only(q)
                    && name_next
                    && !self.starts_with_conjunction(items[j + 1]);
                if club {
                    j += 1;
                    n += 1;
                    continue;
                }
                break;
            }
            if n > 0 && self.is_abbreviation_dot(item) {
                j += 1; // د. عمر الخصاونة
                continue;
            }
            if n > 0 && self.joins_name_parts(items, j, end) {
                j += 1; // كلير موبوتو-هانسن، جان-بيير
                continue;
            }
            // منظمة الأغذية والزراعة (فاو) في السودان: a short gloss in
            // brackets after a name, the phrase going on after it (not an age,
            // فلان (35 عاماً))
            if n > 0 && self.punct(item) == Some('(') {
                let gloss = |k: usize| self.tok(items[k]).is_some_and(|t| t.kind == TokenKind::Word);
                let close = (j + 1..end.min(j + 5)).find(|&k| !gloss(k));
                let goes_on = |k: usize| k + 1 < end && self.is_word(items[k + 1]);
                if let Some(k) =
                    close.filter(|&k| k > j + 1 && self.punct(items[k]) == Some(')') && goes_on(k))
                {
                    j = k + 1;
                    n += 1;
                    continue;
                }
            }
            if !self.is_word(item) {
                break;
            }
            // بتغريم فلان الفلاني 5 آلاف دينار: after a full name, a number
            // opens what follows it (an amount, a date), no part of the name
            if named >= 2 && self.tok(item).is_some_and(|t| t.kind == TokenKind::Number) {
                break;
            }
            // أحد هؤلاء المسؤولين: a demonstrative after "one of", before
            // the definite group it points to, is in the phrase
            let one_of_these = n == 1
                && matches!(self.folded_item(item), "هؤلاء" | "اولئك")
                && matches!(without_conjunction(self.folded_item(items[from])), "احد" | "احدي")
                && j + 1 < end
                && self.is_word(items[j + 1])
                && is_definite(self.folded_item(items[j + 1]));
            if one_of_these {
                j += 1;
                n += 1;
                continue;
            }
            // عضو ما يسمى «مجلس …»، رئيس ما تعرف بـ«…»: the body a title
            // belongs to, named as so-called
            if n > 0 && head_title {
                if let Some(k) = self.so_called_name(items, j, end) {
                    j = k + 1;
                    n += 1;
                    prev_definite = true;
                    after_quote = true;
                    continue;
                }
            }
            let class = self.class(item);
            let word = self.folded_item(item);
            let bare = without_conjunction(word);
            // رفع المتظاهرون لافتات: a sign is what the phrase's verb acts
            // on, never part of a name
            if n > 0 && is_sign(bare) {
                break;
            }
            // طفل في التاسعة، سيدة في الخمسين من عمرها: a nameless person's
            // age on في closes the phrase
            // (not an hour: في الثالثة ظهراً)
            let person = || {
                self.class(items[from]).has(Class::TITLE | Class::COLLECTIVE)
                    || matches!(
                        without_conjunction(self.folded_item(items[from])),
                        "رجل" | "امراه" | "كهل" | "شاب" | "شابه" | "مسن" | "مسنه" | "عجوز"
                    )
            };
            let hour = || {
                items.get(j + 2).filter(|_| j + 2 < end).is_some_and(|&after| {
                    self.is_word(after) && (self.is_accusative(after) || self.class(after).has(Class::TIME))
                })
            };
            let age = n == 1
                && bare == "في"
                && !is_definite(self.folded_item(items[from]))
                && person()
                && !hour()
                && items
                    .get(j + 1)
                    .filter(|_| j + 1 < end)
                    .is_some_and(|&next| is_age(self.folded_item(next)));
            if age {
                j += 2;
                // (من عمره، من عمرها)
                let of_life = j + 1 < end
                    && self.folded_item(items[j]) == "من"
                    && self.folded_item(items[j + 1]).starts_with("عمر");
                if of_life {
                    j += 2;
                }
                n += 1;
                break;
            }
            // وحدة الضخ التابعة لمؤسسة …: a body's "affiliated to", then the
            // body it belongs to on ل, is part of its name
            let affiliated = n > 0
                && head_body
                && matches!(bare, "التابعه" | "التابع")
                && items
                    .get(j + 1)
                    .filter(|_| j + 1 < end)
                    .is_some_and(|&next| self.is_word(next) && self.folded_item(next).starts_with('ل'));
            if affiliated {
                j += 1;
                n += 1;
                prev_definite = true;
                continue;
            }
            // after a complement on ل following a definite word, its
            // genitive (المفوضية السامية لشؤون اللاجئين; not سامي لطفي, a name)
            // (an indefinite one, in construct: not للطوارئ المواطنين)
            let on_lam = n > 1
                && {
                    let lam = Clitics::without_conjunction(self.folded_item(items[j - 1]));
                    lam.starts_with('ل') && !lam.starts_with("لل")
                }
                && is_definite(self.folded_item(items[j - 2]));
            // after عبد or أبو, a word finishes a given name (عبد الملك، أبو الفضل)
            let after_abd = n > 0 && matches!(self.folded_item(items[j - 1]), "عبد" | "ابو");
            // (but معلق آخر: a participle with "another" is a noun)
            if n == 0
                && self.cue(item).is_some_and(|(e, _)| !e.is_weak() && e.kind() != CueKind::Setting)
                && !self.participle_as_noun(items, j, end)
            {
                break;
            }
            if n > 0
                && self.is_verb_cue(item)
                && !self.cue(item).is_some_and(|(e, _)| self.name_after_feminine_title(items, j, e))
            {
                break;
            }
            // وكان الوزير حذر من أن: a verb whose form is also a noun, after
            // a definite word, when its own preposition follows (a noun
            // cannot be in construct with a definite word)
            let weak_verb = n > 0
                && is_definite(self.folded_item(items[j - 1]))
                && self.cue(item).is_some_and(|(e, len)| {
                    let after = j + len as usize;
                    e.is_weak()
                        && e.kind() == CueKind::Verb
                        && items[after.min(end)..end.min(after + 4)]
                            .iter()
                            .any(|&it| self.lexicon.supports(&e, self.folded_item(it)))
                });
            if weak_verb {
                break;
            }
            // سعاد بن علي، فاطمة بنت عمر: after بن or بنت comes a name, even one
            // spelled like a function word (علي is also على once folded)
            let after_bin = n > 0 && named > 0 && matches!(self.folded_item(items[j - 1]), "بن" | "بنت");
            if after_bin {
                named += 1;
                prev_definite = false;
                j += 1;
                n += 1;
                continue;
            }
            // عميدة الكلية سابقاً: "former", part of a title's phrase
            let former = n > 0 && head_title && bare == "سابقا";
            // وكيل أول النقابة، الملازم أول فلان: "first", a rank of the
            // title before it (not أول أمس, a time)
            let rank = n > 0
                && bare == "اول"
                && self.class(items[j - 1]).has(Class::TITLE)
                && !items
                    .get(j + 1)
                    .filter(|_| j + 1 < end)
                    .is_some_and(|&next| matches!(self.folded_item(next), "امس" | "من" | "مره"));
            // نغوين فان تونغ، يان فان دايك: "van" inside a foreign name, printed
            // without the hamza فإن has, before another name word
            let van = named > 0
                && word == "فان"
                && self.written(item) == "فان"
                && items.get(j + 1).filter(|_| j + 1 < end).is_some_and(|&next| {
                    self.is_word(next)
                        && self.class(next) == Class::NONE
                        && self.cue(next).is_none()
                        && !is_definite(self.folded_item(next))
                });
            let kept = (n == 0 && class.has(Class::TITLE)) || former || rank || van;
            if class.has(Class::ENDS_PHRASE) && !kept {
                let prev = self.folded_item(items[j.saturating_sub(1)]);
                // صباح، فجر are also names: المعلمة صباح نوري
                let named_time = n > 0
                    && matches!(word, "صباح" | "فجر")
                    && j + 1 < end
                    && self.is_word(items[j + 1])
                    && self.class(items[j + 1]) == Class::NONE
                    && self.cue(items[j + 1]).is_none();
                let next = if j + 1 < end { items[j + 1] } else { items[j] };
                // بيان صادر عن الوزارة: the issuer belongs to the phrase
                let issued = n > 0 && word == "عن" && is_issued_form(prev);
                // 39 في المئة من الناخبين: a share is one phrase
                let percent = n > 0
                    && ((word == "في"
                        && matches!(self.folded_item(next), "المئه" | "المائه")
                        && self.tok(items[j - 1]).is_some_and(|t| t.kind == TokenKind::Number))
                        || (word == "من" && matches!(prev, "المئه" | "المائه")));
                // القيادي في حركة …، المستشار في الأمم المتحدة، سكان في
                // المنطقة: a title's (or a group's) institution (not a document: الوزير في بيان), before any name or its post (السفير … لدى الجزائر); a place only
                // when the holder's name follows (وزير … في جمهورية المرجان فلان)
                // النائبة عن كتلة …، المرشح عن دائرة …: a representative's seat
                let seat = word == "عن" && self.is_representative(items[from]);
                // (ممثلها في عمّان، فلان: a title with its pronoun too, read
                // so far as a name word)
                let possessed_title = self.class(items[from]) == Class::NONE
                    && self.possessed_class(items[from], Class::TITLE).has(Class::TITLE);
                let office = n > 0
                    && (named == 0 || (n == 1 && possessed_title))
                    && (self.class(items[from]).has(Class::TITLE | Class::COLLECTIVE) || possessed_title)
                    && !self.class(next).has(Class::DOCUMENT)
                    && (matches!(word, "في" | "لدي" | "داخل") || seat)
                    && j + 1 < end
                    && (self.class(next).has(Class::BODY | Class::TRIGGER_NAME)
                        // (النائبة عن المعارضة، المرشح عن الدائرة الثالثة)
                        || (seat && is_definite(self.folded_item(next)))
                        // (مصدر في الشعبة، مصادر في الحملة: an unnamed
                        // source's place is where it works)
                        || (n == 1
                            && matches!(word, "في" | "داخل")
                            && matches!(without_conjunction(self.folded_item(items[from])), "مصدر" | "مصادر")
                            && self.cue(next).is_none()
                            && (is_definite(self.folded_item(next))
                                // (or a campaign's or project's noun in
                                // construct: مصادر في حملة المرشح)
                                || (self.class(next).has(Class::TRIGGER_TITLE)
                                    && items
                                        .get(j + 2)
                                        .filter(|_| j + 2 < end)
                                        .is_some_and(|&g| is_definite(self.folded_item(g))))))
                        || (word == "لدي" && self.class(next).has(Class::PLACE))
                        || ((word == "لدي" || self.class(next).has(Class::PLACE))
                            && self.name_follows(items, j + 1, end))
                        // (الباحث في «مركز …» فلان: the institution in marks)
                        || (word == "في" && self.office_in_marks(items, j + 1, end).is_some()));
                // عدد من السكان، العديد من المشاركين، العشرات من أهالي المدينة:
                // "of" after a count, then a definite noun or its construct
                let definite_at =
                    |k: usize| k < end && self.is_word(items[k]) && is_definite(self.folded_item(items[k]));
                // (العشرات من مؤيديه: a group with its pronoun is definite
                // too, and a group in construct: العشرات من سكان القرية)
                let partitive = n == 1
                    && word == "من"
                    && self.class(items[from]).has(Class::NUMERAL | Class::DETERMINER)
                    && j + 1 < end
                    && self.is_word(next)
                    && (definite_at(j + 1)
                        || self.possessed_class(next, Class::COLLECTIVE).has(Class::COLLECTIVE)
                        || self.class(next).has(Class::COLLECTIVE)
                        || (!self.class(next).has(Class::ENDS_PHRASE) && definite_at(j + 2)));
                // (a nameless body, then في: its place, its unit's parent, or
                // a body and its name there)
                let body_then_fi = n > 0
                    && named == 0
                    && word == "في"
                    && head_body
                    && !self.class(items[from]).has(Class::TITLE);
                // هيئة الموانئ في جيبوتي إن …: a nameless body's place, one word
                // no list knows or a place, closing the phrase (not في بيان، في حينه)
                let body_place = body_then_fi
                    && j + 1 < end
                    && self.is_word(next)
                    && (self.class(next) == Class::NONE || self.class(next) == Class::PLACE)
                    && self.cue(next).is_none()
                    // (a verb's form after في is its verbal noun: في رد على;
                    // but a first person is no noun: أبين is a place)
                    && self
                        .lexicon
                        .vocab(self.folded_item(next))
                        .cue
                        .is_none_or(|e| e.person() == Person::First)
                    // (or a listed city: مجلس الأوقاف في القدس)
                    && (!is_definite(self.folded_item(next)) || self.class(next) == Class::PLACE)
                    && !ends_in_pronoun(&self.written(next))
                    && items.get(j + 2).is_none_or(|&after| {
                        // (or an object or adverb: أصدرت محكمة … في طرابلس حكماً، أمس;
                        // or the verb's complement: رحبت البعثة في تونس بالقرار،
                        // أعربت البعثة في مالي عن أسفها)
                        j + 2 >= end
                            || !self.is_word(after)
                            || self.class(after).has(Class::COMPLEMENTIZER | Class::TIME)
                            || self.is_verb_cue(after)
                            || self.is_accusative(after)
                            || self.folded_item(after).starts_with("بال")
                            || matches!(self.folded_item(after), "عن" | "علي" | "الي")
                    });
                // كلية الطب في جامعة دمشق إن: a body within another, named
                // by its noun in construct, closing the phrase
                let body_in_body = body_then_fi
                    && j + 2 < end
                    && self.class(next).has(Class::BODY)
                    && !self.class(next).has(Class::DOCUMENT | Class::EXCHANGE)
                    && !self.is_document(self.folded_item(next))
                    && !is_definite(self.folded_item(next))
                    && {
                        // (named: a place, or a word no list knows that is no
                        // adjective and carries no pronoun; not في بيان رسمي)
                        let name = items[j + 2];
                        let folded = self.folded_item(name);
                        self.is_word(name)
                            && self.cue(name).is_none()
                            && (self.class(name).has(Class::PLACE)
                                || (self.class(name) == Class::NONE
                                    && (is_definite(folded) || !is_nisba(folded))
                                    && !ends_in_pronoun(&self.written(name))))
                    }
                    && self.closes_phrase_at(items, j + 3, end);
                // مصادر طبية في المدينة، طلاب في الحي: a nameless group's
                // place, one word closing the phrase before the verb's
                // complement, an outlet on ل, or punctuation
                let group_place = n > 0
                    && named == 0
                    && word == "في"
                    && !is_definite(self.folded_item(items[from]))
                    && self.class(items[from]).has(Class::COLLECTIVE)
                    && j + 1 < end
                    && self.is_word(next)
                    && self.cue(next).is_none()
                    && !self.class(next).has(Class::TIME | Class::DOCUMENT | Class::ENDS_PHRASE)
                    && !ends_in_pronoun(&self.written(next))
                    && {
                        let closes_at = |k: usize| {
                            items.get(k).is_none_or(|&after| {
                                k >= end
                                    || !self.is_word(after)
                                    || self.class(after).has(Class::COMPLEMENTIZER)
                                    || self.is_verb_cue(after)
                                    || self.folded_item(after) == "ل"
                            })
                        };
                        // (or a noun and its definite genitive: خبراء في قطاع الطاقة)
                        let genitive = j + 2 < end
                            && !is_definite(self.folded_item(next))
                            && self.is_word(items[j + 2])
                            && is_definite(self.folded_item(items[j + 2]))
                            && self.cue(items[j + 2]).is_none()
                            && !self.class(items[j + 2]).has(Class::TIME | Class::ENDS_PHRASE)
                            && closes_at(j + 3);
                        closes_at(j + 2) || genitive
                    };
                // مصدر من وزارة التربية، مسؤول من الهيئة، مصادر من داخل الحزب:
                // a nameless source's body
                // (مسؤول من محيط الفريق، مصادر من أوساط الحزب: the circle
                // around a body, then any definite noun)
                let inside = self.folded_item(next) == "داخل" && j + 2 < end;
                let circle = matches!(self.folded_item(next), "محيط" | "اوساط" | "صفوف")
                    && j + 2 < end
                    && self.is_word(items[j + 2])
                    && is_definite(self.folded_item(items[j + 2]));
                let source_from = n == 1
                    && word == "من"
                    && !is_definite(self.folded_item(items[from]))
                    && self.class(items[from]).has(Class::TITLE | Class::BODY | Class::COLLECTIVE)
                    && j + 1 < end
                    && (circle || self.class(if inside { items[j + 2] } else { next }).has(Class::BODY));
                // بحّار من قرقنة، شيخ من أعيان المدينة: a nameless person's
                // town or community, one place (or a group and its place)
                // closing the phrase before the verb's complement, a colon,
                // punctuation or a quotation (not مسؤول من جهته)
                let source_place = n == 1
                    && word == "من"
                    && !is_definite(self.folded_item(items[from]))
                    && self.class(items[from]).has(Class::TITLE | Class::COLLECTIVE)
                    && !self.class(items[from]).has(Class::BODY)
                    && j + 1 < end
                    && self.is_word(next)
                    && self.cue(next).is_none()
                    && !ends_in_pronoun(&self.written(next))
                    && {
                        let group = self.class(next).has(Class::COLLECTIVE);
                        // (or a definite one: سيدة من القرية، مزارع من الوادي,
                        // closed also by an addressee on لل or an adjunct:
                        // قال مزارع من الوادي للإذاعة، لـ…، عبر الهاتف)
                        let place = self.class(next).has(Class::PLACE)
                            || self.class(next) == Class::NONE
                            || (is_definite(self.folded_item(next))
                                && self.class(next) == Class::TRIGGER_NAME);
                        let closed = self.closes_phrase_at(items, j + 2, end)
                            || (is_definite(self.folded_item(next))
                                && self.is_word(items[j + 2])
                                && (self.folded_item(items[j + 2]).starts_with("لل")
                                    || self.class(items[j + 2]).has(Class::PREPOSITION | Class::TIME)));
                        // (a group alone: شاب من المحتجين:)
                        ((place || group) && closed)
                            || (group
                                && j + 2 < end
                                && self.is_word(items[j + 2])
                                && self.cue(items[j + 2]).is_none()
                                && self.closes_phrase_at(items, j + 3, end))
                    };
                // المجني عليه، المفرج عنهم، مسؤول موثوق به: a passive
                // participle's preposition with its pronoun completes it
                let participle = |k: usize| has_participle_prefix(self.folded_item(items[k]));
                let passive = n > 0
                    && (prev_definite || participle(j - 1))
                    && completes_passive(word)
                    && !self.class(items[j - 1]).has(Class::TITLE | Class::BODY | Class::COLLECTIVE);
                // رابطة الدفاع عن المستأجرين، جمعية الحفاظ على البيئة: a
                // body's purpose, a verbal noun and its preposition, is its name
                let purpose = n == 2
                    && head_body
                    && named == 0
                    && matches!(word, "عن" | "علي")
                    && is_definite(prev)
                    && j + 1 < end
                    && self.is_word(next)
                    && is_definite(self.folded_item(next));
                // مصادر مقربة من الإدارة، مصدر قريب من الحكومة: whom a source is close to
                let close_to = n > 0
                    && word == "من"
                    && matches!(
                        article_stem(prev),
                        "مقرب"
                            | "مقربه"
                            | "مقربون"
                            | "مقربين"
                            | "قريب"
                            | "قريبه"
                            | "قريبون"
                            | "قريبين"
                    )
                    && j + 1 < end
                    && self.is_word(next);
                // لاجئ يعيش في برلين، مسؤول يعمل في القطاع: where a nameless
                // source lives or works, after the present verb of a clause
                // describing it; the place and an adjective close the phrase
                let lives_in = n >= 2
                    && named == 0
                    && word == "في"
                    && !is_definite(without_conjunction(self.folded_item(items[from])))
                    && self.is_unlisted(items[j - 1])
                    && self.verb_describing_a_noun(items[j - 1])
                    && self.place_closes_phrase(items, j + 1, end);
                // المكتب الإعلامي في الرئاسة، لجنة التحكيم في الاتحاد
                // التركية: a body's unit in its definite parent body
                let unit_of_body = body_then_fi
                    && j + 1 < end
                    && self.is_word(next)
                    && is_definite(self.folded_item(next))
                    && self.class(next).has(Class::BODY)
                    && !self.class(next).has(Class::DOCUMENT | Class::EXCHANGE | Class::TITLE)
                    && !self.is_document(self.folded_item(next));
                if !(issued
                    || unit_of_body
                    || close_to
                    || lives_in
                    || percent
                    || office
                    || named_time
                    || partitive
                    || body_place
                    || body_in_body
                    || group_place
                    || source_from
                    || source_place
                    || passive
                    || purpose)
                {
                    // (مسؤول في إحدى الجهات، مصدر أمني في المحافظة: where a
                    // nameless source is, when no rule above reads it)
                    if let Some(k) = (word == "في" && named == 0)
                        .then(|| self.nameless_source_where(items, from, j, end))
                        .flatten()
                    {
                        n += k - j;
                        j = k;
                    }
                    break;
                }
                if body_in_body {
                    // (the preposition, the body's noun and its name, closing it)
                    j += 3;
                    n += 3;
                    break;
                }
                in_office |= office || source_from || unit_of_body;
            }
            // مفوض العون بالولاية، مدير الأمن بالمحافظة: a nameless office
            // holder's place (but مشيداً بالجهود: ب on any other noun)
            let place_of_office = n > 0 && named == 0 && head_title && class.has(Class::PLACE);
            // مصدر بوزارة الخارجية، مصادر بالبلدية، طالب بكلية الطب: a
            // nameless source's body, right after its head
            let body_of_source = n == 1
                && class.has(Class::BODY)
                && self.class(items[from]).has(Class::TITLE | Class::BODY | Class::COLLECTIVE)
                && !is_definite(self.folded_item(items[from]));
            // المكلفة بالإعلام، المسؤول بالوزارة: what the holder is in charge of
            let in_charge = n > 0
                && matches!(
                    without_conjunction(self.folded_item(items[j - 1])),
                    "المكلف" | "المكلفه" | "مكلف" | "مكلفه" | "المسؤول" | "المسؤوله"
                );
            // وزير الخارجية والمصريين بالخارج، الجالية بالخارج: "abroad" in
            // the name of an office or body after its definite words
            let abroad = n > 1 && bare == "بالخارج" && prev_definite && (head_title || head_body);
            // الاتحاد المحلي للنقل بقابس، المجلس البلدي بصفاقس: a body's town
            // on ب after its definite words, one word no list knows that
            // closes the phrase (a preposition, إن or punctuation after it)
            let town = n > 1
                && head_body
                && !self.class(items[from]).has(Class::TITLE)
                && prev_definite
                && bare.starts_with('ب')
                && !bare.starts_with("بال")
                && bare.chars().count() >= 4
                && class == Class::NONE
                && self.cue(item).is_none()
                // (not بياناً, an accusative: أصدرت الوزارة بياناً; not
                // بحسابها, a possessed noun)
                && !self.is_accusative(item)
                && !self.is_document(bare)
                && !self.is_document(&bare['ب'.len_utf8()..])
                && !ends_in_pronoun(&self.written(item));
            let closes = |k: usize| {
                k >= end
                    || self.punct(items[k]).is_some()
                    || self.class(items[k]).has(Class::PREPOSITION | Class::COMPLEMENTIZER)
            };
            // (or a service there in construct with its province, which
            // closes it: مكتب الإعلام بأمن العاصمة، then a comma)
            let in_construct = town
                && j + 2 < end
                && self.is_word(items[j + 1])
                && is_definite(self.folded_item(items[j + 1]))
                && !self.class(items[j + 1]).has(Class::TITLE | Class::BODY | Class::COLLECTIVE)
                && self.cue(items[j + 1]).is_none()
                && self.is_comma(items[j + 2]);
            if in_construct {
                j += 2;
                n += 2;
                break;
            }
            if abroad || (town && closes(j + 1)) {
                // (and closes it: a verb no list knows may follow)
                j += 1;
                n += 1;
                break;
            }
            // الهيئة الوطنية للمستثمرين: after a body's adjective, لل +
            // a group is whom the body stands for (الوزارة للصحفيين addresses them)
            // (and ل on a group in construct: المجموعة الاقتصادية لدول …)
            let head_class =
                if bare.starts_with("لل") { Class::BODY } else { Class::BODY | Class::TRIGGER_NAME };
            let members = n >= 2
                && bare.starts_with('ل')
                && !self.written(item).starts_with("لـ")
                && !ends_in_pronoun(&self.written(item))
                && self.class(items[from]).has(head_class)
                && !self.class(items[from]).has(Class::TITLE)
                && {
                    let prev = self.folded_item(items[j - 1]);
                    is_definite(prev) && (is_nisba(prev) || self.class(items[j - 1]).has(Class::ADJECTIVE))
                };
            // وتتجه النقابة لتنظيم مسيرة: right after a body named by its
            // noun alone, ل on an indefinite noun is the clause's aim (a
            // body's own complement follows its adjective: الهيئة الوطنية
            // لمكافحة الفساد)
            let aim = n == 1
                && head_body
                && !self.class(items[from]).has(Class::TITLE)
                && is_definite(without_conjunction(self.folded_item(items[from])))
                && bare.starts_with('ل')
                && !bare.starts_with("لل");
            if aim {
                break;
            }
            // رئيسة الرابطة الأهلية لسكان الحي فلانة: ل on a group in
            // construct with a definite noun, then the holder's name, is the
            // office's genitive, not whom the words were said to
            let group_of_office = head_title
                && named == 0
                && n > 0
                && bare.starts_with('ل')
                && !bare.starts_with("لل")
                && !self.written(item).starts_with("لـ")
                && {
                    // (the group's definite genitive and maybe its adjective)
                    let definite = |k: usize| {
                        k < end && self.is_word(items[k]) && is_definite(self.folded_item(items[k]))
                    };
                    let name = if definite(j + 2) { j + 3 } else { j + 2 };
                    definite(j + 1) && name < end && self.personal_name_at(items, name, end).is_some()
                };
            if (self.is_channel(item, word, head_title) && !members && !group_of_office)
                || (bare.starts_with("بال") && !place_of_office && !in_charge && !body_of_source)
            {
                break;
            }
            if after_quote && !(is_definite(bare) && (is_nisba(bare) || class.has(Class::ADJECTIVE))) {
                break;
            }
            // أي علاقة، كل الأطراف: a determiner after the subject opens the object
            // (but مدير إحدى الشركات، صاحب أحد المصانع: "one of" in the
            // construct of an indefinite title)
            let one_of = n == 1
                && matches!(bare, "احد" | "احدي")
                && self.class(items[from]).has(Class::TITLE)
                && !is_definite(self.folded_item(items[from]));
            if n > 0 && class.has(Class::DETERMINER) && !one_of {
                break;
            }
            // الأمير خالد الكاتب المصري: after a name, a title followed by more
            // words opens the object (a title ending the phrase is a surname:
            // حمدي النقيب، سارة نجم)
            // (a title's plural is no surname: أبلغ الوزير فلان الصحفيين)
            if named > 0 && class.has(Class::TITLE) && self.is_title_plural(bare) && !on_lam {
                break;
            }
            // ودعت الهيئة الوطنية المواطنين: after a body's definite phrase
            // too (not in its construct, نقابة المعلمين, nor joined by و)
            let body_done = n > 0
                && prev_definite
                && !on_lam
                && !word.starts_with('و')
                && self.class(items[from]).has(Class::BODY)
                && !self.class(items[from]).has(Class::TITLE);
            if body_done && class.has(Class::TITLE) && self.is_title_plural(bare) {
                break;
            }
            // (محمد أمين الحلبي، محمد الأمين ولد سالم: أمين is a given name too; as a title it
            // takes a genitive, أمين الصندوق، not a family name in ي)
            let given_amin = named > 0
                && matches!(bare, "امين" | "الامين")
                && items.get(j + 1).filter(|_| j + 1 < end).is_some_and(|&next| {
                    let folded = self.folded_item(next);
                    self.is_name_like(next)
                        || (is_definite(folded) && is_nisba(folded) && self.class(next) == Class::NONE)
                        // (محمد الأمين ولد سالم، محمد الأمين بن علي)
                        || links_to_father(folded)
                });
            // (عبد الملك is one name: a title after عبد or أبو is its second word)
            if named > 0 && class.has(Class::TITLE) && !after_abd && !given_amin {
                let more = items.get(j + 1).filter(|_| j + 1 < end).is_some_and(|&next| {
                    self.is_word(next)
                        && !self.class(next).has(Class::ENDS_PHRASE)
                        && self.cue(next).is_none()
                });
                if more {
                    break;
                }
            }
            // الساعدي وزارة الموارد، أنقرة منظمة: a body right after a phrase
            // not headed by a title or another body (whose complement it may
            // be), and not on a preposition (صادر عن صندوق …), is the object
            // (but محافظة البنك: a place's noun in construct with a body is
            // the woman who heads it, "the governor of the bank")
            let person = !self
                .class(items[from])
                .has(Class::TITLE | Class::BODY | Class::COLLECTIVE | Class::DETERMINER | Class::NUMERAL)
                && !self.class(items[j.saturating_sub(1)]).has(Class::PREPOSITION);
            let heads_a_body = n == 1 && self.heads_a_body(items, from, end);
            // (and so is a group: وتنصح منصور الأهالي)
            let group = class.has(Class::BODY | Class::COLLECTIVE);
            if n > 0 && person && group && !heads_a_body && !class.has(Class::TITLE) && !word.starts_with("ل")
            {
                break;
            }
            // وطمأن الوزير المواطنين، ودعت الوزيرة الأهالي: a definite group
            // after a definite title is the verb's object, as a title's plural is
            // (but وزير الخارجية والمغتربين: a group
            // joined to a ministry's definite genitive is more of its
            // portfolio; not مدير المستشفى والأطباء, two subjects)
            // (the ministry may head the phrase or follow a source's
            // preposition: موظف بوزارة التربية والمعلمين)
            let ministry = || {
                (from..j).any(|k| {
                    matches!(
                        without_conjunction(self.folded_item(items[k])),
                        "وزير"
                            | "وزيره"
                            | "وزاره"
                            | "الوزير"
                            | "الوزيره"
                            | "الوزاره"
                            | "بوزاره"
                            | "لوزاره"
                    )
                })
            };
            let portfolio = n >= 2
                && word.starts_with("وال")
                && !self.class(items[j - 1]).has(Class::TITLE)
                && !class.has(Class::TITLE)
                && ministry();
            let titled_group = n > 0
                && prev_definite
                && !on_lam
                && !portfolio
                && self.class(items[from]).has(Class::TITLE)
                && is_definite(bare)
                && ((class.has(Class::COLLECTIVE) && !class.has(Class::TITLE))
                    || (class.has(Class::TITLE) && self.is_title_plural(bare)));
            if titled_group {
                break;
            }
            // خليل عازار قرار رفع الأسعار: after a full name, a noun that
            // introduces names or titles opens the object
            let introduces = Class::TRIGGER_NAME | Class::TRIGGER_TITLE | Class::TRIGGER_TERM;
            if named >= 2 && class.has(introduces) && !class.has(Class::TITLE) {
                break;
            }
            // الوزارة بيانا، سلمى بن عمر تدوينة: an indefinite document after
            // the subject is the verb's object
            if n > 0 && !is_definite(bare) && self.is_document(bare) {
                break;
            }
            // والمنظمة ومقرها جنيف: a circumstantial clause on a possessed noun
            let raw = self.written(item);
            if n > 0 && raw.starts_with('و') && ends_in_pronoun(&raw) {
                break;
            }
            // الرئيس والوزير: a second person coordinated with the first
            // (but الشريكة والمديرة العامة للمجموعة، فلانة: two titles of
            // one holder, whose name follows in apposition, or at once
            // after a title with no name yet: رئيس المجلس والمدير العام
            // للصندوق فلان)
            // (and المعلمين والمعلمات، المواطنون والمواطنات: a group's men
            // and women are one group)
            if n > 0
                && word.starts_with('و')
                && self.words.get(&word['و'.len_utf8()..]).has(Class::TITLE)
                && !same_group_of_women(self.folded_item(items[j - 1]), &word['و'.len_utf8()..])
                && !self.titles_of_one_holder(
                    items,
                    j,
                    end,
                    named == 0
                        && self.class(items[from]).has(Class::TITLE)
                        && !items[from..j].iter().any(|&it| self.class(it).has(Class::PREPOSITION)),
                    n > 1,
                )
            {
                break;
            }
            // لبلدها، بحسابها، بدوره: a preposition on a possessed noun (but
            // المتحدث باسمه العقيد فلان: a title's office, "in its name")
            let possessed = ends_in_pronoun(&raw);
            // (and المتحدثة باسم غرفة الطوارئ: "in the name of" a body)
            let in_its_name =
                head_title && matches!(bare, "باسم" | "باسمه" | "باسمها" | "باسمهم" | "باسمهما");
            if n > 0
                && !in_its_name
                && raw.starts_with(['ل', 'ب'])
                && !raw.starts_with("لل")
                && possessed
                && raw.chars().count() > 4
            {
                break;
            }
            // احتجزوا، قالوا: a plural past verb ends the subject (but right
            // after a given name, no plural verb can follow: كلير دوبوا is a
            // family name in وا)
            let family_name = named > 0
                && !prev_definite
                && self.class(items[j - 1]) == Class::NONE
                && self.cue(items[j]).is_none();
            if n > 0 && raw.ends_with("وا") && raw.chars().count() >= 5 && !family_name {
                break;
            }
            // نظم المحتجون وقفة: after a definite group, an indefinite noun
            // is the verb's object (a group takes no name after it), and so
            // after a count of a group (تجمع آلاف المتظاهرين رافعين …)
            // (a count in the plural: ست النساء may be a woman's name)
            let counted = n == 2
                && (self.class(items[from]).has(Class::DETERMINER)
                    || matches!(
                        without_conjunction(self.folded_item(items[from])),
                        "عشرات" | "مئات" | "الاف" | "الوف" | "ملايين"
                    ));
            if (n == 1 || counted)
                && prev_definite
                && class == Class::NONE
                && !is_definite(bare)
                && !bare.starts_with(['ل', 'ب', 'و', 'ف'])
                && self.class(items[j - 1]).has(Class::COLLECTIVE)
                && !self.class(items[j - 1]).has(Class::TITLE)
                && is_definite(Clitics::without_conjunction(self.folded_item(items[j - 1])))
            {
                break;
            }
            // الوزير يوسف الخطيب يزور المدينة: after a name that ends on its
            // article, a present form no list knows, its object or
            // preposition after it, is the verb
            let object_next = || {
                items.get(j + 1).filter(|_| j + 1 < end).is_some_and(|&next| {
                    let folded = self.folded_item(next);
                    self.is_word(next)
                        && ((is_definite(folded)
                            && !is_nisba(folded)
                            && !self.class(next).has(Class::TITLE | Class::NAME_PART))
                            || self.class(next).has(Class::PREPOSITION)
                            || self.is_accusative(next))
                })
            };
            // (and so after a body's definite adjective: محافظة المصرف
            // المركزي ترفع الفائدة; not a title's, which a given name may
            // follow: وزير الخارجية الإماراتي يوسف …)
            let after_adjective = n >= 2
                && !self.class(items[from]).has(Class::TITLE)
                && is_nisba(self.folded_item(items[j - 1]));
            if (named >= 1 || after_adjective)
                && prev_definite
                && class == Class::NONE
                && is_present_form(bare)
                && object_next()
            {
                break;
            }
            // ليلى منصور تحفظها: after a name, a possessed noun is the object
            if named > 0 && ["ها", "هم", "هما"].iter().any(|p| raw.ends_with(p)) && class == Class::NONE
            {
                break;
            }
            // مدافعاً، أيضاً: an indefinite accusative (tanwin) is an adverb
            // or a circumstance, never part of the subject
            // (but السلطة المعترف بها دولياً: the adverb of a passive
            // participle with its preposition belongs to it)
            let of_passive = n > 1
                && completes_passive(self.folded_item(items[j - 1]))
                && is_nisba(word.trim_end_matches('ا'));
            if n > 0 && self.is_accusative(item) && of_passive {
                // (and ends the phrase: what follows is the verb's object)
                j += 1;
                n += 1;
                break;
            }
            if n > 0 && self.is_accusative(item) {
                break;
            }
            // وفدا برلمانيا، مؤتمرا صحفيا: the same, its tanwin not printed,
            // told by the nisba adjective that agrees with it
            if n > 0
                && class == Class::NONE
                && self.is_unprinted_accusative_pair(item, items.get(j + 1).filter(|_| j + 1 < end))
            {
                break;
            }
            // بشكل مبطن، بتقديم طلب، بضرورة: a preposition on a noun ends the
            // phrase; a name on ب (سليم بركات، بن سلمان) ends it or goes on
            // (a listed noun in ب is no preposition: بلدية، بنك، برلمان; nor
            // is a nameless office holder's place)
            let listed = self.words.exact(bare) != Class::NONE;
            if n > 0
                && bare.starts_with('ب')
                && !bare.starts_with("بو")
                && !bare.starts_with("بن")
                && !listed
                && !in_its_name
                && !place_of_office
                && !body_of_source
                && !self.named_after_indefinite_head(items, from, n, bare)
            {
                let goes_on = items.get(j + 1).filter(|_| j + 1 < end).is_some_and(|&next| {
                    self.is_word(next) && self.class(next) == Class::NONE && self.cue(next).is_none()
                });
                // بتقديم، بتنفيذ: ب on a verbal noun of the pattern تفعيل
                let verbal_noun =
                    bare.starts_with("بت") && bare.chars().count() == 6 && bare.chars().nth(4) == Some('ي');
                // جان بيار موريل: after a first name alone, a name on ب goes on
                let second_name = named == 1 && !verbal_noun && !raw.ends_with('ة');
                // الموظف بكر الشمري: right after a definite title, ب and two letters
                // is no preposition on a noun but a given name, when a family
                // name follows
                let short_given = head_title
                    && named == 0
                    && prev_definite
                    && bare.chars().count() == 3
                    && !raw.ends_with('ة')
                    && items.get(j + 1).filter(|_| j + 1 < end).is_some_and(|&next| {
                        is_definite(self.folded_item(next)) && self.class(next) == Class::NONE
                    });
                if (raw.ends_with('ة') || goes_on || verbal_noun) && !second_name && !short_given {
                    break;
                }
            }
            // after a definite noun, a definite word is an adjective, a title,
            // a coordinated noun (والإعلام) or the start of a new phrase
            let definite = is_definite(bare);
            let coordinated = word.starts_with("وال");
            // نصر الدين الطيب: a definite word continues a compound name
            // (رامي نصر الله: and the second part itself, after a name word)
            let in_name = (n >= 2 && self.class(items[j - 1]).has(Class::NAME_PART))
                || (named > 0
                    && class.has(Class::NAME_PART)
                    && self.class(items[j - 1]) == Class::NONE
                    && !is_definite(self.folded_item(items[j - 1])));
            // كمال زيدان الأطراف: after a first and last name, a definite word
            // that is no adjective is the verb's object
            // (a listed noun in ى, المستشفى, folds like a nisba but is none)
            let nisba = is_nisba(bare) && !class.has(Class::BODY | Class::PLACE);
            // عمرو فتحي السيد، إن: a definite word that ends the phrase (a comma,
            // إن, a colon or a preposition after it) is the family name
            // (a title before a preposition is an office: فلان المستشار في …)
            let surname = items.get(j + 1).filter(|_| j + 1 < end).is_none_or(|&next| {
                !self.is_word(next)
                    || self.class(next).has(Class::COMPLEMENTIZER)
                    || (self.class(next).has(Class::PREPOSITION) && !class.has(Class::TITLE))
            }) && !class.has(Class::BODY | Class::PLACE | Class::COLLECTIVE | Class::DOCUMENT);
            // سامي حداد لمناقشة الأزمة، فلان لمدة عامين: after a full name, a
            // word on لـ before a definite noun, a dual or a number (or a
            // dual on لـ: لساعتين) is a purpose or a time, not a third name
            let on_lam = named >= 2 && !definite && bare.starts_with('ل') && bare.chars().count() >= 4;
            if on_lam {
                let next = items.get(j + 1).filter(|_| j + 1 < end);
                let object = next.is_some_and(|&next| {
                    self.is_word(next)
                        && (is_definite(self.folded_item(next))
                            || self.folded_item(next).ends_with("ين")
                                && self.folded_item(next).chars().count() >= 5
                            || self.tok(next).is_some_and(|t| t.kind == TokenKind::Number))
                });
                if object || bare.ends_with("تين") {
                    break;
                }
            }
            if named >= 2
                && definite
                && !in_name
                && !nisba
                && !surname
                && !after_abd
                && !class.has(Class::ADJECTIVE)
            {
                break;
            }
            // ووصفت صحف إسبانية أداءها: a noun with a pronoun after an
            // adjective is no genitive: the verb's object begins
            // (a title is no adjective: المتحدث باسمها)
            let possessed = n > 0 && ["ها", "هم", "هما"].iter().any(|p| raw.ends_with(p));
            let after_adjective = possessed && {
                let prev = self.folded_item(items[j - 1]);
                let prev_class = self.class(items[j - 1]);
                (is_nisba(prev) || prev_class.has(Class::ADJECTIVE)) && !prev_class.has(Class::TITLE)
            };
            // وواصل الوزير حديثه: nor after a definite noun, which takes no
            // genitive (but الوزير نفسه، المتحدث باسمها)
            // (after a name's second part, عبد الله شحاته, a family name follows)
            let after_definite = n > 0
                && prev_definite
                && !self.class(items[j - 1]).has(Class::NAME_PART)
                && ends_in_pronoun(&raw)
                && !self.foreign_given_name(items, j, end)
                && (bare.chars().count() >= 5 || !bare.ends_with('ه')) // عبده، طه are names
                && !bare.ends_with("الله") // (الشيخ عبدالله، نصرالله: a name)
                && !bare.starts_with(['ب', 'ل'])
                && !["نفس", "ذات"].iter().any(|w| bare.starts_with(w))
                && !completes_passive(bare)
                && !class.has(Class::TITLE)
                && !word.starts_with('و');
            // افتتح النائب وليد فارس جلسته بالقول: after a name, a long word
            // with a pronoun, more words following, is the verb's object (a
            // family name ends the phrase: محمد شحاته إن …; عبدالله is a name)
            let after_name = named >= 1
                && n >= 2
                && ends_in_pronoun(&raw)
                && bare.chars().count() >= 5
                && !bare.ends_with("الله")
                && !after_abd
                && !class.has(Class::TITLE)
                && items
                    .get(j + 1)
                    .is_some_and(|&next| self.is_word(next) && !self.class(next).has(Class::COMPLEMENTIZER));
            if after_adjective || after_definite || after_name {
                break;
            }
            // النواب المستقلون: a plural adjective (not a group: الوزير المزارعين)
            // (الممرضات المحتجات: -ات after -ات)
            let feminine_plural = n > 0
                && bare.ends_with("ات")
                && self.folded_item(items[j - 1]).ends_with("ات")
                && !class.has(Class::BODY | Class::COLLECTIVE | Class::TITLE);
            let plural = (["ون", "ين"].iter().any(|s| bare.ends_with(s)) || feminine_plural)
                && bare.chars().count() > 5
                && !class.has(Class::COLLECTIVE);
            // البيان الصادر عن الوزارة: the issuer follows a document's head
            let issuing = is_definite(bare)
                && is_issued_form(bare)
                && self.class(items[from]).has(Class::DOCUMENT)
                && items.get(j + 1).filter(|_| j + 1 < end).is_some_and(|&n| self.folded_item(n) == "عن");
            // الشركة المصنعة، الجهة المنظمة: a feminine participle of a
            // derived verb agreeing with the feminine noun before it
            // (and البلدان المصدرة للبترول، الجهات المانحة للقروض: after a
            // plural of things, a feminine participle with its complement on ل)
            let with_complement = || {
                has_participle_prefix(bare)
                    && bare.ends_with('ه')
                    && items
                        .get(j + 1)
                        .filter(|_| j + 1 < end)
                        .is_some_and(|&next| self.is_word(next) && self.folded_item(next).starts_with("لل"))
            };
            let agreeing = n > 0
                && class == Class::NONE
                && ((is_feminine_participle(bare) && self.folded_item(items[j - 1]).ends_with('ه'))
                    || with_complement());
            let fits = class.has(Class::ADJECTIVE | Class::TITLE)
                || is_nisba(bare)
                || is_participle(bare)
                || agreeing
                || issuing
                || coordinated
                || in_name
                || plural
                || place_of_office;
            if n > 0 && definite && prev_definite && !fits {
                break;
            }
            // a person's name: an indefinite word that no list knows, at the
            // start, after a definite word, or after another name word
            let plain = class == Class::NONE
                && !in_its_name
                && self.tok(item).is_some_and(|t| t.kind == TokenKind::Word);
            // أعلنت وزارة النقل حصيلة …: after an institution's definite
            // words, an indefinite word no list knows is the verb's object,
            // not a name (a person's title may take one: الناطق باسم الحكومة
            // فلان; a complement on ل goes on: المرصد الوطني لحقوق الطفل)
            let body_object = plain
                && !definite
                && !bare.starts_with('ل')
                && named == 0
                && n > 0
                && prev_definite
                && self.class(items[from]).has(Class::BODY)
                && !self.class(items[from]).has(Class::TITLE)
                && !items[from..j].iter().any(|&it| self.class(it).has(Class::TITLE));
            // (مرصد … للبيئة وحقوق الإنسان: a second aim joined to the first
            // on لل, in construct with a definite noun, is still the name)
            let joined_construct = || {
                word.starts_with('و')
                    && items
                        .get(j + 1)
                        .filter(|_| j + 1 < end)
                        .is_some_and(|&next| self.is_word(next) && is_definite(self.folded_item(next)))
            };
            // (and so is a ministry's second portfolio: وزارة الداخلية وشؤون
            // البلديات, a noun of the ministry's name, not a person's)
            if body_object && ministry() && joined_construct() {
                j += 1;
                n += 1;
                prev_definite = false;
                continue;
            }
            let second_aim = || {
                j > from
                    && word.starts_with('و')
                    && self.folded_item(items[j - 1]).starts_with("لل")
                    && items
                        .get(j + 1)
                        .filter(|_| j + 1 < end)
                        .is_some_and(|&next| self.is_word(next) && is_definite(self.folded_item(next)))
            };
            if body_object && !second_aim() {
                break;
            }
            // سعيد الكتبي طرح ألبومه، نصير الشمري قصائد: after a family name
            // shaped as a nisba, an indefinite word no list knows is the
            // verb's object (or a verb no list knows), not more of the name
            // (not a second person after و, nor a name's link: ولد، بن، آل;
            // and نور الهدى, printed with ى, is no nisba)
            let after_family_name = named > 1 && n > 0 && prev_definite && {
                let prev = self.folded_item(items[j - 1]);
                is_nisba(prev)
                    && self.class(items[j - 1]) == Class::NONE
                    && !self.written(items[j - 1]).ends_with('ى')
            };
            let link = word.starts_with('و') || links_to_father(bare) || matches!(bare, "ال" | "اب");
            if plain && !definite && after_family_name && !link {
                break;
            }
            // عبد الحكيم، أبو الفضل: one given name in two words
            let compound = definite && after_abd;
            // للمياه is ل + المياه: a definite noun too (but after للكاتب a
            // name may follow: للكاتب سامي نور); no name word
            let genitive = bare.starts_with("لل") && bare.chars().count() > 4 && !class.has(Class::TITLE);
            // الهيئة العليا لشؤون النازحين: after a body's definite
            // words, a noun on ل is its aim in construct, no person's name
            let aim = head_body && prev_definite && bare.starts_with('ل');
            // شقيقها المهندس فلان، زوجته فلانة: a title with its pronoun
            // heading the phrase is definite, and no name's word
            let possessed_head = n == 0
                && class == Class::NONE
                && ends_in_pronoun(&raw)
                && self.possessed_class(item, Class::TITLE).has(Class::TITLE);
            if plain
                && !genitive
                && !aim
                && !possessed_head
                && (!definite || named > 0)
                && (n == 0 || prev_definite || named > 0)
                && !compound
            {
                named += 1;
            }
            prev_definite = definite || genitive || possessed_head;
            j += 1;
            n += 1;
        }
        if n > 0 && named == 0 && self.class(items[from]).has(Class::TITLE) {
            if let Some(stop) = self.holder_name_after(items, j, end) {
                return Some((from, stop));
            }
        }
        (n > 0).then_some((from, j))
    }

    /// Whether the words at `at` are a place of one word no list knows or
    /// one definite word, with an adjective after it, closed by punctuation,
    /// a complementizer, a cue, a relay's `قوله` or the end (`في برلين،`،
    /// `في القطاع إن`).
    fn place_closes_phrase(&self, items: &[Item], at: usize, end: usize) -> bool {
        let place = |k: usize| {
            k < end
                && self.tok(items[k]).is_some_and(|t| t.kind == TokenKind::Word)
                && self.cue(items[k]).is_none()
                && matches!(self.class(items[k]), Class::NONE | Class::PLACE | Class::BODY)
                && !ends_in_pronoun(&self.written(items[k]))
        };
        if !place(at) {
            return false;
        }
        let mut k = at + 1;
        if k < end && self.is_word(items[k]) && is_nisba(self.folded_item(items[k])) {
            k += 1;
        }
        // (or the relay's قوله: نقلت عن لاجئ يعيش في برلين قوله)
        k >= end
            || !self.is_word(items[k])
            || self.class(items[k]).has(Class::COMPLEMENTIZER)
            || self.cue(items[k]).is_some()
            || matches!(self.folded_item(items[k]), "قوله" | "قولها" | "قولهم")
    }

    /// The end (exclusive) of where a nameless source is, when `في` at
    /// `at` follows its head and closes its phrase: `مسؤول في وزارة
    /// الخارجية`, `مصدر أمني في المحافظة`, `متعاملون في السوق السوداء`,
    /// `موظف في إحدى الدوائر`, `أحد السكان في الحي`.
    ///
    /// The head is an indefinite title or group (or a person's noun, or
    /// `أحد`/`إحدى` with a definite group), with at most one indefinite
    /// adjective (`أمني`، `ثان`، `غربي`). After `في` come a definite noun
    /// and up to two definite words, or an indefinite noun and its definite
    /// genitive (`مستشفى المدينة`), optionally after `إحدى`/`أحد`; the
    /// phrase must close there (punctuation, a quotation, a complementizer,
    /// a verb cue, a time word or an addressee on `ل`), so that a name or a
    /// verb's object after it keeps the phrase as it was.
    fn nameless_source_where(&self, items: &[Item], from: usize, at: usize, end: usize) -> Option<usize> {
        let head = without_conjunction(self.folded_item(items[from]));
        let one_of = matches!(head, "احد" | "احدي")
            && at == from + 2
            && is_definite(self.folded_item(items[from + 1]))
            && self.class(items[from + 1]).has(Class::COLLECTIVE | Class::TITLE);
        let nameless = !is_definite(head)
            && (self.class(items[from]).has(Class::TITLE | Class::COLLECTIVE)
                || matches!(head, "رجل" | "امراه" | "سيده" | "شاب" | "شابه" | "مواطن" | "مواطنه"))
            // (a body's own place is read by the rules for bodies; مصدر is both)
            && (self.class(items[from]).has(Class::TITLE) || !self.class(items[from]).has(Class::BODY))
            && !self.class(items[from]).has(Class::DETERMINER | Class::NUMERAL);
        // (one indefinite adjective may stand between: مصدر أمني، دبلوماسي غربي)
        let adjective = |k: usize| {
            let folded = self.folded_item(items[k]);
            self.is_word(items[k])
                && !is_definite(folded)
                && self.cue(items[k]).is_none()
                && matches!(self.class(items[k]), Class::NONE | Class::ADJECTIVE)
                && !ends_in_pronoun(&self.written(items[k]))
        };
        let head_ok = one_of || (nameless && (at == from + 1 || (at == from + 2 && adjective(from + 1))));
        if !head_ok {
            return None;
        }
        let noun = |k: usize| {
            k < end
                && self.is_word(items[k])
                && self.cue(items[k]).is_none()
                && !self.class(items[k]).has(
                    Class::TIME
                        | Class::DOCUMENT
                        | Class::ENDS_PHRASE
                        | Class::COMPLEMENTIZER
                        | Class::DETERMINER,
                )
                && !ends_in_pronoun(&self.written(items[k]))
        };
        let definite = |k: usize| noun(k) && is_definite(self.folded_item(items[k]));
        let mut k = at + 1;
        let determiner = k < end && matches!(self.folded_item(items[k]), "احد" | "احدي");
        if determiner {
            k += 1;
        }
        if definite(k) {
            k += 1;
        } else if !determiner && noun(k) && definite(k + 1) {
            k += 2;
        } else {
            return None;
        }
        let mut more = 0;
        while more < 2 && definite(k) {
            k += 1;
            more += 1;
        }
        let closes = self.closes_phrase_at(items, k, end)
            || self.class(items[k]).has(Class::TIME)
            || without_conjunction(self.folded_item(items[k])).starts_with('ل');
        closes.then_some(k)
    }

    /// The end of the office holder's name when a title's phrase, cut
    /// before any name, goes on through its office to a name (`رئيس غرفة
    /// التجارة في حلب محمد الشهابي`, `الباحثة في علوم البيئة الدكتورة منى
    /// الحربي`, `قائد الفرقة الثالثة العميد صالح مهدي`).
    ///
    /// The name is two words or more (a first name no list knows, then
    /// another, or a family name with the article: `نور حمدان`, `فهد
    /// العنزي`) ending the clause or followed by a preposition, a
    /// complementizer, a cue or a mark; the words between are plain words
    /// of the office (no punctuation, cue, verb-like form or pronoun), a
    /// few at most.
    fn holder_name_after(&self, items: &[Item], from: usize, end: usize) -> Option<usize> {
        let limit = end.min(from + MAX_OFFICE_WORDS + 1);
        let mut k = from;
        while k + 1 < limit {
            let item = items[k];
            // و opens another phrase (الرئيس الأمريكي … والتركي فلان)
            if !self.is_word(item)
                || self.cue(item).is_some()
                || self.is_verb_cue(item)
                || self.folded_item(item).starts_with('و')
            {
                return None;
            }
            let class = self.class(item);
            if class.has(Class::COMPLEMENTIZER | Class::RELATIVE | Class::DETERMINER | Class::NUMERAL)
                || class.has(Class::STOP | Class::TIME | Class::PRE_SUBJECT)
            {
                return None;
            }
            if ends_in_pronoun(&self.written(item)) || self.is_accusative(item) {
                return None;
            }
            // المتحدث باسم الجامعة على ادعاءات فلان: a preposition no office
            // takes (على، إلى، مع …) opens the verb's complement, unless a
            // participle governs it (المشرف على المشروع فلان)
            if class.has(Class::PREPOSITION)
                && !matches!(self.folded_item(item), "في" | "لدي" | "عن" | "من")
                && !(k > 0 && has_participle_prefix(self.folded_item(items[k - 1])))
            {
                return None;
            }
            if self.is_channel(item, self.folded_item(item), true) {
                // الاتحاد العام للعمال فلانة: a group in the genitive of the
                // office, when the holder's name follows at once (an addressee,
                // قال للصحفيين, is followed by what was said)
                let group = self.folded_item(item).starts_with("لل") && !self.class(item).has(Class::MEDIA);
                return if group { self.personal_name_at(items, k + 1, end) } else { None };
            }
            if let Some(stop) = self.personal_name_at(items, k, end) {
                return Some(stop);
            }
            k += 1;
        }
        None
    }

    /// Whether the quotation at `at`, after a title and `في`, names the
    /// title's institution (`الخبير في «مركز البحوث» …`): a short name
    /// with no function word or cue, followed by the holder's name
    /// (`Some(true)`) or opening on a body's noun (`Some(false)`).
    fn office_in_marks(&self, items: &[Item], at: usize, end: usize) -> Option<bool> {
        let Some(&Item::Quote(q)) = items.get(at).filter(|_| at < end) else {
            return None;
        };
        if self.quote_words(q) > MAX_NAME || !self.name_words_only(q) {
            return None;
        }
        if at + 1 < end && self.personal_name_at(items, at + 1, end).is_some() {
            return Some(true);
        }
        // (not where the words were said: الوزير في «لقاء …»)
        let first = self.quote_first_class(q);
        (first.has(Class::BODY | Class::TRIGGER_NAME) && !first.has(Class::DOCUMENT | Class::EXCHANGE))
            .then_some(false)
    }

    /// The end of a personal name of two or more words starting at `at`,
    /// standing as a whole (what follows it cannot continue a phrase).
    fn personal_name_at(&self, items: &[Item], at: usize, end: usize) -> Option<usize> {
        let first = self.folded_item(items[at]);
        let plain = |k: usize| {
            k < end
                && self.is_word(items[k])
                && self.class(items[k]) == Class::NONE
                && self.cue(items[k]).is_none()
                && self.tok(items[k]).is_some_and(|t| t.kind == TokenKind::Word)
        };
        // عبد الجبار، أبو الفضل: a given name of two words opening the name
        let compound = matches!(first, "عبد" | "ابو")
            && at + 1 < end
            && self.tok(items[at + 1]).is_some_and(|t| t.kind == TokenKind::Word)
            && self.cue(items[at + 1]).is_none();
        if !compound && (!plain(at) || is_definite(first) || self.is_clitic_on_function_word(first)) {
            return None;
        }
        // then given names or a family name (indefinite, or with the
        // article: العنزي، الخطيب); و opens another person (والتركي)
        // (a name's second part with the article, النور، الدين, is also a family name)
        let name_part = |k: usize| {
            k < end && self.class(items[k]) == Class::NAME_PART && is_definite(self.folded_item(items[k]))
        };
        let mut k = if compound { at + 2 } else { at + 1 };
        while k < end && k < at + MAX_PERSON_NAME && (plain(k) || name_part(k)) {
            let word = self.folded_item(items[k]);
            // (محمد ولد سالم: ولد links a name to the father's, as بن does)
            let to_father = word == "ولد" && k + 1 < end && plain(k + 1);
            // (العبدالله: a family name on الله, no noun with a pronoun)
            let pronoun = ends_in_pronoun(&self.written(items[k])) && !word.ends_with("الله");
            if (word.starts_with('و') && !to_father) || pronoun {
                break;
            }
            k += 1;
            // a family name with the article that is no nisba (الخطيب) ends it
            // (not a given name's second part: عبد السلام نصار)
            if is_definite(word) && !is_nisba(word) && !name_part(k - 1) {
                break;
            }
        }
        if k == at + 1 {
            return None;
        }
        // what follows closes the name
        let closed = k >= end || {
            let next = items[k];
            !self.is_word(next)
                || self.cue(next).is_some()
                || self.class(next).has(Class::COMPLEMENTIZER | Class::PREPOSITION | Class::ENDS_PHRASE)
                || self.is_channel(next, self.folded_item(next), true)
        };
        closed.then_some(k)
    }

    /// Whether a word of three letters or fewer starting with `و`, `ب`, `ل`
    /// or `ف` is a clitic on something else rather than a name.
    ///
    /// `و`, `ب` and `ل` attach to names themselves (`وسامي`، `لبي بي سي`), so
    /// such a short word is taken for a clitic. `ف` opens clauses, not names
    /// inside a noun phrase: after it only a pronoun or a function word
    /// makes a clitic (`فهو`، `فقد`، `فلا`), and `فهد` or `فرح` is a name.
    fn is_clitic_on_function_word(&self, folded: &str) -> bool {
        if folded.chars().count() > 3 {
            return false;
        }
        if folded.starts_with(['و', 'ب', 'ل']) {
            return true;
        }
        let Some(rest) = folded.strip_prefix('ف') else {
            return false;
        };
        rest.chars().count() < 2
            || ends_in_pronoun(folded)
            || matches!(rest, "نا" | "ني" | "ك" | "كم" | "كن" | "هن" | "ي")
            || self.words.exact(rest) != Class::NONE
    }

    /// Whether a person's name follows a place phrase starting at `from`
    /// (up to three words of it): `في جمهورية المرجان نادر سليمان`.
    fn name_follows(&self, items: &[Item], from: usize, end: usize) -> bool {
        // (the name may be set off by a comma: … في حمص، فلان; but not a
        // channel after it: … في حمص، لإذاعة محلية)
        let apart = from + 1 < end && self.is_comma(items[from + 1]);
        (from + 1..end.min(from + 4)).any(|k| {
            let item = items[k];
            self.is_word(item)
                && self.class(item) == Class::NONE
                && !is_definite(self.folded_item(item))
                && self.tok(item).is_some_and(|t| t.kind == TokenKind::Word)
                && items[from..k].iter().enumerate().all(|(i, &it)| {
                    let plain = self.is_word(it) && !self.class(it).has(Class::ENDS_PHRASE);
                    (plain && !(apart && self.folded_item(it).starts_with('ل'))) || (i == 1 && apart)
                })
                && !(apart && self.folded_item(item).starts_with('ل'))
        })
    }

    /// `للصحفيين`, `لـ`, `لراديو`: a preposition introducing the addressee
    /// or the channel, which ends a speaker phrase; after a title, `لل` may
    /// continue it (`المدير العام للمنظمة`).
    fn is_channel(&self, item: Item, word: &str, head_title: bool) -> bool {
        let raw = self.tok(item).map_or("", |t| &self.text[t.span.range()]);
        // لـ written apart (لـ«الوطن»، لـ CNN); a tatweel inside a word
        // stretches it (لـيلى is ليلى)
        let letter =
            |c: char| ('\u{0620}'..='\u{064A}').contains(&c) || ('\u{0671}'..='\u{06D3}').contains(&c);
        let after_lam = raw.strip_prefix('ل').map(|r| r.trim_start_matches(is_foldable_mark));
        let apart = raw.starts_with("لـ") && after_lam.is_some_and(|r| !r.starts_with(letter));
        if apart || word == "ل" || self.is_our_outlet(item) {
            return true;
        }
        let class = self.class(item);
        let media = class.has(Class::MEDIA | Class::COLLECTIVE) && !self.words.exact(word).has(Class::MEDIA);
        if word.starts_with("لل") && word.chars().count() > 3 {
            // المدير العام للمنظمة، الشركة الوطنية للكهرباء: the genitive of an
            // office or an institution; للصحفيين، للإذاعة: an addressee
            return media || !head_title;
        }
        // لـ on a group (للمواطنين) is an addressee; a listed word that only
        // begins with ل (لاعبون) is not
        word.starts_with('ل') && media && self.words.exact(word) == Class::NONE
    }

    /// `لموقعنا`، `لصحيفتنا`، `لمراسلنا`: ل on a noun that carries "our",
    /// the outlet telling the reader whom the words were said to. It is an
    /// addressee, never a subject or a name word (`قال فلان لموقعنا إن …`).
    fn is_our_outlet(&self, item: Item) -> bool {
        let word = self.folded_item(item);
        self.is_word(item)
            && word.starts_with('ل')
            && !word.starts_with("لل")
            && word.ends_with("نا")
            && word.chars().count() >= 6
            && self.class(item) == Class::NONE
            && self.cue(item).is_none()
    }

    /// The noun phrase before a verb (its subject in subject-first order).
    fn subject_before(&self, items: &[Item], at: usize, start: usize) -> Option<Known<'h>> {
        let mut k = at;
        while k > start && matches!(self.folded_item(items[k - 1]), "قد" | "لقد") {
            k -= 1;
        }
        if k > start && matches!(self.folded_item(items[k - 1]), "كان" | "كانت" | "كانوا") {
            k -= 1;
        }
        let last = k.checked_sub(1).filter(|&l| l >= start)?;
        let right = items[last];
        // «الحاج سليمان» قال …: the subject printed in marks
        if let Item::Quote(q) = right {
            let opens = last == start || !self.is_word(items[last - 1]);
            let words = self.quote_words(q);
            // وكانت منصة «…» قد أكدت: the name after its noun
            // (the noun opening the clause: not تطبيق «…» after a verb and its object)
            let noun_opens = |noun: usize| {
                noun == start
                    || !self.is_word(items[noun - 1])
                    || self.class(items[noun - 1]).has(Class::COMPLEMENTIZER | Class::AUXILIARY)
            };
            if !opens
                && words <= MAX_NAME
                && self.class(items[last - 1]).has(Class::TRIGGER_NAME)
                && noun_opens(last - 1)
            {
                return Some(self.known(items, last - 1, last));
            }
            return (opens && (1..=3).contains(&words)).then(|| self.known_in_marks(q));
        }
        // والي البنك، فلان الفلاني، أكد: the subject, then a name or title
        // in apposition between commas
        if matches!(self.punct(right), Some('،' | ',')) {
            return self
                .subject_before_relative_aside(items, last, start)
                .or_else(|| self.subject_with_apposition_before(items, last, start));
        }
        // لكن مسؤولاً فيها أكد: "an official in it", the place on a pronoun
        let in_it = matches!(self.folded_item(right), "فيه" | "فيها" | "فيهم" | "منه" | "منها" | "منهم");
        if in_it
            && last > start
            && self.is_word(items[last - 1])
            && !self.class(items[last - 1]).has(Class::ENDS_PHRASE)
        {
            let head = items[last - 1];
            if self.is_relative(head) || self.said_in_document(items, at, start) {
                return None;
            }
            let first = self.phrase_start_before(items, last, start)?;
            return Some(self.known(items, first, last));
        }
        // مقطعاً كتبت فيه: a word with the accusative ending is the object
        // of what came before, not the verb's subject (but after أن or لكن
        // the subject is accusative: غير أن موظفاً حكومياً أكد)
        let subject_of_particle = || {
            self.phrase_start_before(items, k, start).is_some_and(|f| {
                f > start
                    && matches!(
                        Clitics::without_conjunction(self.folded_item(items[f - 1])),
                        "ان" | "لكن" | "لان"
                    )
            })
        };
        // (a conjunction printed apart from its verb is no subject: و قال)
        if !self.is_word(right)
            || self.class(right).has(Class::ENDS_PHRASE | Class::AUXILIARY)
            || matches!(self.folded_item(right), "و" | "ف")
            || self.is_relative(right)
            || (self.is_accusative(right) && !subject_of_particle())
        {
            return None;
        }
        if self.said_in_document(items, at, start) {
            return None;
        }
        let first = self.phrase_start_before(items, k, start)?;
        // تناقل ناشطون مقطعاً منسوباً إلى الجيش يزعم: a word in the accusative
        // after the head makes the words before the verb another clause, not
        // its subject (the head itself may be: لكن سكاناً في الحي قالوا)
        if items[first..last].iter().skip(1).any(|&it| self.is_word(it) && self.is_accusative(it)) {
            return None;
        }
        Some(self.known(items, first, last))
    }

    /// Whether every word of quotation `q` may belong to a name: no
    /// function word, cue or verb of a list (`«لا تراجع»` is words said).
    /// Whether the item after a verb's subject is a definite noun that can
    /// be its object: not an adjective, a preposition or a function word.
    /// The object that shows a short name in marks before it to be its
    /// verb's subject: a definite noun (`تبنت «…» التفجير`), or a statement
    /// or report without the article (`أصدرت «…» بياناً`).
    fn is_object_after_name(&self, item: Option<Item>) -> bool {
        let document = item.is_some_and(|n| {
            let folded = self.folded_item(n);
            self.is_word(n) && !is_definite(folded) && self.cue(n).is_none() && self.is_document(folded)
        });
        document || self.is_definite_object(item)
    }

    fn is_definite_object(&self, item: Option<Item>) -> bool {
        item.is_some_and(|n| {
            let folded = self.folded_item(n);
            self.is_word(n)
                && is_definite(folded)
                && !is_nisba(folded)
                && self.cue(n).is_none()
                && !self.class(n).has(Class::ADJECTIVE | Class::ENDS_PHRASE | Class::TIME)
        })
    }

    fn name_words_only(&self, q: u32) -> bool {
        let function =
            Class::STOP | Class::COMPLEMENTIZER | Class::AUXILIARY | Class::RELATIVE | Class::SUBORDINATOR;
        self.name_tokens(q).all(|i| {
            let t = &self.toks[i];
            t.kind != TokenKind::Word || (!t.class().has(function) && t.cue == NO_CUE)
        })
    }

    /// Whether the quotation `q` at `at`, right after the reporting verb
    /// `found`, is the name of a body as its subject: a few name words
    /// opening on a body's noun with the article, and the clause going on
    /// after the marks.
    fn body_named_after_verb(
        &self,
        items: &[Item],
        found: &Found<'h>,
        q: u32,
        at: usize,
        end: usize,
    ) -> bool {
        let right_after = found.entry.kind() == CueKind::Verb && found.at + found.len == at;
        let goes_on = at + 1 < end && self.is_word(items[at + 1]);
        let first = self.name_tokens(q).find(|&i| self.toks[i].kind == TokenKind::Word);
        let opens_on_body = first.is_some_and(|i| {
            is_definite(self.fold_of(i)) && self.toks[i].class().has(Class::BODY | Class::TRIGGER_NAME)
        });
        right_after && goes_on && opens_on_body && self.quote_words(q) <= MAX_NAME && self.name_words_only(q)
    }

    /// Whether the quotation at `at` stands between the reporting verb
    /// `found` and the complementizer (`أن`، `إن`، `بأن`) that opens what
    /// was said, in one clause: no complementizer, cue or clause end
    /// between the verb and the quotation, and the complementizer a few
    /// plain words after it.
    fn before_complementizer(&self, items: &[Item], found: &Found<'h>, at: usize, end: usize) -> bool {
        if !matches!(found.entry.kind(), CueKind::Verb | CueKind::Nominal) || found.at + found.len > at {
            return false;
        }
        // (وجاء في الحكم، الذي حصلت عليه «…»، أن …: commas set off an aside)
        // (نُشر الاثنين: a printed passive is no cue; في بيان، في منشور:
        // where it was said is no cue of its own)
        let setting = |it: Item| self.cue(it).is_some_and(|(e, _)| e.kind() == CueKind::Setting);
        let plain = |it: Item| {
            (self.is_word(it)
                && !self.class(it).has(Class::COMPLEMENTIZER)
                && (self.cue(it).is_none() || self.printed_passive(it) || setting(it)))
                || self.is_comma(it)
        };
        let between =
            items[found.at + found.len..at].iter().all(|&it| plain(it) || matches!(it, Item::Quote(_)));
        let limit = end.min(at + 1 + MAX_PHRASE);
        let Some(k) = (at + 1..limit).find(|&k| !plain(items[k]) && !matches!(items[k], Item::Quote(_)))
        else {
            return false;
        };
        // (وأن after a comma joins a second clause to an earlier أن: يتوقع
        // «مفاجآت» خلال الموسم، وأن …)
        let joined = self.folded_item(items[k]).starts_with('و') && k > 0 && self.is_comma(items[k - 1]);
        // (قبل أن، بعد أن، دون أن: أن after a subordinator opens no words
        // said: وقال المعتصمون «…» قبل أن ينصرفوا)
        let subordinate = k > at + 1
            && (self.class(items[k - 1]).has(Class::SUBORDINATOR)
                || matches!(self.folded_item(items[k - 1]), "دون" | "بدون" | "الي" | "حتي"));
        let complementizer = self.class(items[k]).has(Class::COMPLEMENTIZER)
            && !joined
            && !subordinate
            && matches!(
                Clitics::without_conjunction(self.folded_item(items[k])).trim_start_matches('ب'),
                "ان" | "انه" | "انها" | "انهم"
            );
        between && complementizer
    }

    /// The subject of a verb right after `comma`, printed before it with an
    /// apposition between two commas (`رئيس البلدية، فلان الفلاني، أكد`,
    /// `فلان الفلاني، وزير المالية، قال`): one side must be a title or a
    /// body, as after the verb, and the apposition holds no verb or
    /// function word (`في المؤتمر، الذي عقد أمس، قال` has none).
    fn subject_with_apposition_before(
        &self,
        items: &[Item],
        comma: usize,
        start: usize,
    ) -> Option<Known<'h>> {
        // لكن طبيباً في المستشفى، فضّل عدم ذكر اسمه، أكد: an aside on the
        // speaker's name, between the subject and its verb (it may run
        // longer than an apposition: تحدث إلى إذاعة … مشترطاً إخفاء اسمه)
        let reach = comma.saturating_sub(MAX_ANONYMITY_ASIDE + 1).max(start);
        let open = (reach..comma).rev().find(|&i| !self.is_word(items[i]));
        if let Some(open) = open.filter(|&o| o > start && self.is_comma(items[o])) {
            if self.is_anonymity_aside(&items[open + 1..comma]) {
                let first = self.phrase_start_before(items, open, start)?;
                return Some(self.known(items, first, open - 1));
            }
        }
        let reach = comma.saturating_sub(MAX_APPOSITION + 1).max(start);
        // (a name in marks may stand in it: فلان، رئيس «الجمعية …»، قال)
        let open =
            (reach..comma).rev().find(|&i| !self.is_word(items[i]) && !matches!(items[i], Item::Quote(_)))?;
        if !matches!(self.punct(items[open]), Some('،' | ',')) || open + 1 >= comma || open <= start {
            return None;
        }
        let apposition = &items[open + 1..comma];
        // النائبة فلانة، عن كتلة الوسط، قالت: a representative's
        // seat set off by commas
        if apposition.len() >= 2 && self.folded_item(apposition[0]) == "عن" {
            let first = self.phrase_start_before(items, open, start)?;
            return self.is_representative(items[first]).then(|| self.known(items, first, open - 1));
        }
        // الباحث فلان، من معهد … للدراسات، رأى: where a titled source
        // comes from, set off by commas
        if apposition.len() >= 2 && self.folded_item(apposition[0]) == "من" {
            let first = self.phrase_start_before(items, open, start)?;
            return self.class(items[first]).has(Class::TITLE).then(|| self.known(items, first, open - 1));
        }
        // أحد الصيادين، ويدعى فراس، قال: the name given after يدعى or اسمه
        // belongs to the phrase
        if apposition.len() >= 2 && self.introduces_a_name(apposition[0]) {
            let first = self.phrase_start_before(items, open, start)?;
            return Some(self.known(items, first, comma - 1));
        }
        let plain = |it: Item| {
            let class = self.class(it);
            !self.is_verb_cue(it)
                && !class.has(Class::ENDS_PHRASE | Class::RELATIVE | Class::AUXILIARY | Class::SUBORDINATOR)
        };
        // …، والسفير، قال: a list, not an apposition
        let coordinated = self.conjunction_reading(self.folded_item(apposition[0]));
        if coordinated || !apposition.iter().all(|&it| plain(it)) || self.is_accusative(items[comma - 1]) {
            return None;
        }
        let first = self.phrase_start_before(items, open, start)?;
        // (التقينا بفلانة، بائعة خضار، قالت: a verb of meeting opens no
        // phrase; the one met is the discourse's, not the verb's subject)
        if self.person_met(items, first, open + 1).is_some() {
            return None;
        }
        // (a title's office may take a preposition: المشرف الفني على الدورة)
        let titled = self.class(items[first]).has(Class::TITLE);
        let in_phrase = |it: Item| {
            plain(it)
                || self.class(it).has(Class::TITLE)
                || (titled && matches!(self.folded_item(it), "علي" | "في" | "عن" | "لدي"))
        };
        if !items[first..open].iter().all(|&it| in_phrase(it)) {
            return None;
        }
        self.apposition_fits(items, first, open + 1, comma, comma + 1)
            .then(|| self.known(items, first, comma - 1))
    }

    /// Whether the item at `k` is a place's noun in construct with a
    /// body, naming the one who heads it: `محافظة البنك المركزي` is the
    /// bank's (woman) governor, as `محافظ البنك` is its governor. The place
    /// noun has no article (`ناشدت المحافظة الحكومة` is the governorate and
    /// its object) and the body right after it has one.
    fn heads_a_body(&self, items: &[Item], k: usize, end: usize) -> bool {
        let Some(&body) = items.get(k + 1).filter(|_| k + 1 < end) else {
            return false;
        };
        let place = items[k];
        self.is_word(place)
            && self.class(place).has(Class::PLACE)
            && !is_definite(self.folded_item(place))
            && self.is_word(body)
            && is_definite(self.folded_item(body))
            && self.class(body).has(Class::BODY)
            && !self.class(body).has(Class::TITLE)
    }

    /// The subject before a relative clause set off by commas, right
    /// before its verb: `منظمة «…»، التي تدير مستشفى «…»، أكدت`. The
    /// clause is words and names in marks only, a few at most.
    fn subject_before_relative_aside(&self, items: &[Item], comma: usize, start: usize) -> Option<Known<'h>> {
        let reach = comma.saturating_sub(MAX_RELATIVE_ASIDE + 1).max(start);
        let open =
            (reach..comma).rev().find(|&i| !self.is_word(items[i]) && !matches!(items[i], Item::Quote(_)))?;
        if !self.is_comma(items[open]) || open <= start || !self.class(items[open + 1]).has(Class::RELATIVE) {
            return None;
        }
        let first = self.phrase_start_before(items, open, start)?;
        Some(self.known(items, first, open - 1))
    }

    /// Whether the items between two commas are an aside on keeping the
    /// speaker's name back (`طلب عدم ذكر اسمه`، `فضّلت عدم الكشف عن
    /// هويتها`، `رفض الكشف عن اسمه`): a short clause on a verb, holding
    /// عدم or a possessed name or identity.
    fn is_anonymity_aside(&self, aside: &[Item]) -> bool {
        let words = aside.iter().all(|&it| self.is_word(it));
        let about_name = aside.iter().any(|&it| {
            let word = self.folded_item(it);
            word == "عدم" || is_own_name_or_identity(word)
        });
        words && (2..=MAX_ANONYMITY_ASIDE).contains(&aside.len()) && about_name
    }

    /// The first item of a phrase ending right before `k`, read back to a
    /// boundary (a complementizer, an auxiliary, `لكن`, punctuation), or
    /// `None` when a verb, a relative or a time word comes first or the
    /// phrase does not head a subject.
    fn phrase_start_before(&self, items: &[Item], k: usize, start: usize) -> Option<usize> {
        let mut first = k;
        while first > start {
            let item = items[first - 1];
            // قائمة «…» المستقلة قد احتجت: a name in marks after its noun
            if let Item::Quote(q) = item {
                // (الباحث في «مركز …»: a title's institution in marks)
                let first_class = self.quote_first_class(q);
                let institution = first >= start + 3
                    && self.folded_item(items[first - 2]) == "في"
                    && first_class.has(Class::BODY | Class::TRIGGER_NAME)
                    && !first_class.has(Class::DOCUMENT | Class::EXCHANGE);
                let named = first >= start + 2
                    && (self.class(items[first - 2]).has(Class::TRIGGER_NAME) || institution)
                    && self.quote_words(q) <= MAX_NAME;
                if !named {
                    break;
                }
                first -= 1;
                continue;
            }
            // (فلانة ح.: a name's initial and its dot)
            if self.punct(item) == Some('.') && self.is_abbreviation_dot(item) && first - 1 > start {
                first -= 1;
                continue;
            }
            if !self.is_word(item) {
                break;
            }
            let class = self.class(item);
            let word = self.folded_item(item);
            // (and a connective: ولذلك تقول، وهكذا يرى)
            if class.has(Class::COMPLEMENTIZER | Class::AUXILIARY | Class::SUBORDINATOR)
                || matches!(
                    word,
                    "لكن"
                        | "ولكن"
                        | "بينما"
                        | "فيما"
                        | "ثم"
                        // ("even": حتى الوزير قال)
                        | "حتي"
                        | "وحتي"
                        | "لذلك"
                        | "ولذلك"
                        | "لذا"
                        | "ولذا"
                        | "لهذا"
                        | "ولهذا"
                        | "بالتالي"
                        | "وبالتالي"
                        | "هكذا"
                        | "وهكذا"
                )
            {
                break;
            }
            // أحد هؤلاء الصيادين: a demonstrative after "one of" is in the phrase
            let one_of_these = matches!(word, "هؤلاء" | "اولئك" | "هذه" | "هذا")
                && first >= start + 2
                && matches!(Clitics::without_conjunction(self.folded_item(items[first - 2])), "احد" | "احدي");
            // آلاف يعبرون الحدود والمفوضية تحذر: after a clause on a verb of
            // its own, a conjunct on و opens the second clause's subject
            if self.is_verb_cue(item) && !one_of_these {
                return self.conjunct_after_clause(items, first, k);
            }
            if !one_of_these && class.has(Class::STOP | Class::RELATIVE | Class::TIME) {
                return None;
            }
            first -= 1;
            if k - first > MAX_PHRASE {
                return None;
            }
        }
        if first >= k {
            return None;
        }
        let head = self.class(items[first]);
        if head.has(Class::ENDS_PHRASE) && !head.has(Class::TITLE) {
            return None;
        }
        if self.tok(items[first]).is_some_and(|t| t.kind == TokenKind::Number) {
            return None;
        }
        Some(first)
    }

    /// The first word joined by `و` among `items[from..k]`, the words
    /// between a clause's verb and the next verb (`تعبر الحدود والمفوضية
    /// تحذر`): the words before it end the first clause, and the subject of
    /// the second starts on it. A word whose و is its own letter (`وزير`) or
    /// that carries a pronoun (`ومقرها`) is no conjunct.
    fn conjunct_after_clause(&self, items: &[Item], from: usize, k: usize) -> Option<usize> {
        (from..k).find(|&j| {
            let written = self.written(items[j]);
            let ta_marbuta = written.trim_end_matches(is_foldable_mark).ends_with('ة');
            self.is_word(items[j])
                && self.folded_item(items[j]).starts_with('و')
                && self.conjunction_reading_of(self.folded_item(items[j]), ta_marbuta)
                && !ends_in_pronoun(&written)
        })
    }

    /// `… بعد الفرز الأولي وخصمه يتحدث عن`: a singular verb's subject
    /// before it is one person or body, so the last word joined by `و`
    /// (a conjunction before a listed word, or a noun with its pronoun
    /// right before the verb) opens it; the words before belong to the
    /// clause before. A dual or plural verb keeps
    /// both conjuncts (`الوزير ونظيره يؤكدان`).
    fn last_conjunct(
        &self,
        items: &[Item],
        at: usize,
        start: usize,
        subject: Known<'h>,
        entry: &CueEntry,
    ) -> Known<'h> {
        let right_before = at > start && self.item_span(items[at - 1]).end == subject.mention.span().end;
        if entry.number() != Number::Singular || !right_before {
            return subject;
        }
        let first = self.subject_start(items, at, start, &subject);
        let joined = (first + 1..at).rev().find(|&k| {
            let folded = self.folded_item(items[k]);
            let written = self.written(items[k]);
            let ta_marbuta = written.trim_end_matches(is_foldable_mark).ends_with('ة');
            // (a noun with its pronoun only right before the verb: in
            // المنظمة ومقرها جنيف تقول, ومقرها opens an aside)
            self.is_word(items[k])
                && folded.starts_with('و')
                && (self.conjunction_reading_of(folded, ta_marbuta)
                    || (k + 1 == at && ends_in_pronoun(&written)))
        });
        match joined {
            Some(k) => {
                let mut known = self.known(items, k, at - 1);
                // (the و of a noun with its pronoun, which known() keeps:
                // ومنافسها → منافسها)
                if known.mention.span().start == self.item_span(items[k]).start {
                    known.read_off_letter(self.text, 'و');
                }
                known
            }
            None => subject,
        }
    }

    /// The first item of a subject found before the verb at `at`, walking
    /// back over the items its mention covers (a few: linear time).
    fn subject_start(&self, items: &[Item], at: usize, start: usize, subject: &Known<'h>) -> usize {
        let mut first = at;
        while first > start && self.item_span(items[first - 1]).end > subject.mention.span().start {
            first -= 1;
        }
        first
    }

    /// `بعد أشهر وصفها بـ…`: whether the subject found before the verb at
    /// `at` stands right after a preposition, whose object it is instead.
    fn governed_by_preposition(&self, items: &[Item], subject: &Known<'h>, at: usize, start: usize) -> bool {
        let first = self.subject_start(items, at, start, subject);
        // (حتى is also "even": حتى الوزير قال)
        first > start
            && first < at
            && self.class(items[first - 1]).has(Class::PREPOSITION)
            && !self.class(items[first - 1]).has(Class::PRE_SUBJECT)
            && !matches!(self.folded_item(items[first - 1]), "حتي" | "وحتي")
    }

    /// Whether the item at `j` is a hyphen glued to the word before it and
    /// to a word no list knows after it: the parts of a compound name
    /// (`موبوتو-هانسن`، `جان-بيير`), not a dash between spaces.
    fn joins_name_parts(&self, items: &[Item], j: usize, end: usize) -> bool {
        if !matches!(self.punct(items[j]), Some('-' | '\u{2010}')) || j == 0 || j + 1 >= end {
            return false;
        }
        let (before, hyphen, after) = (items[j - 1], items[j], items[j + 1]);
        let glued = self.item_span(before).end == self.item_span(hyphen).start
            && self.item_span(hyphen).end == self.item_span(after).start;
        glued
            && self.is_word(before)
            && self.tok(after).is_some_and(|t| t.kind == TokenKind::Word)
            && self.class(after) == Class::NONE
            && self.cue(after).is_none()
    }

    /// Whether the verb at `at` is followed by a preposition with a
    /// pronoun (`قال فيها`، `كتب فيه`), taking up a noun before it.
    fn resumes_its_object(&self, items: &[Item], at: usize) -> bool {
        items.get(at + 1).is_some_and(|&next| self.is_pronoun_preposition(next))
    }

    /// A preposition carrying a pronoun (`فيها`، `عليه`): listed as both.
    fn is_pronoun_preposition(&self, item: Item) -> bool {
        self.class(item).has(Class::PRE_SUBJECT) && self.class(item).has(Class::PREPOSITION)
    }

    /// `تدوينة للاقتصادي المعروف فلان كتب فيها`، `تصريحات مسؤول بالبلدية قال
    /// فيها`: a post or statement, its author on ل or in construct, then
    /// the verb at `at` whose pronoun takes the post up: the author is the
    /// verb's subject.
    fn document_author_before(&self, items: &[Item], at: usize, start: usize) -> Option<Known<'h>> {
        let reach = at.saturating_sub(MAX_PHRASE + 1).max(start);
        let document = (reach..at.saturating_sub(1)).rev().find(|&k| {
            let word = self.folded_item(items[k]);
            self.is_word(items[k])
                && !is_definite(word)
                && (self.is_document(word) || self.class(items[k]).has(Class::EXCHANGE))
        })?;
        let of = document + 1;
        // (مقالاً للكاتب فلان بعنوان «…»، يرى فيه: the author's phrase may
        // end before the document's title and a comma)
        let mut until = at;
        if until > of && self.is_comma(items[until - 1]) {
            until -= 1;
            if until > of + 1
                && matches!(items[until - 1], Item::Quote(_))
                && self.folded_item(items[until - 2]) == "بعنوان"
            {
                until -= 2;
            }
        }
        if (of..until).any(|k| !self.is_word(items[k])) {
            return None;
        }
        // برقية من مواطن في القرية يقول فيها: the sender after من, with
        // the words that place it, up to the verb
        if self.folded_item(items[of]) == "من" && of + 1 < until {
            let (first, _) = self.phrase_after(items, of + 1, until)?;
            return (first == of + 1).then(|| self.known(items, first, until - 1));
        }
        let on_lam = Clitics::without_conjunction(self.folded_item(items[of])).starts_with('ل');
        if !on_lam {
            // تصريحات مسؤول بالبلدية قال فيها: the author in construct
            // after the statement, a title or body up to the verb
            let (first, stop) = self.phrase_after(items, of, until)?;
            let titled = self.class(items[of]).has(Class::TITLE | Class::BODY | Class::COLLECTIVE);
            return (first == of && stop == until && titled).then(|| self.known(items, first, stop - 1));
        }
        let (first, stop) = self.phrase_after_preposition(items, of, until)?;
        if stop != until {
            return None;
        }
        let mut known = self.known(items, first, stop - 1);
        known.read_off_preposition(self.text);
        Some(known)
    }

    /// `تغريدة قال فيها`، `بياناً جاء فيه`: the verb at `at` opens a clause
    /// on the post or statement just before it (the pronoun on the
    /// preposition after the verb refers back to it), so that noun is not
    /// its subject: whoever posted it is.
    fn said_in_document(&self, items: &[Item], at: usize, start: usize) -> bool {
        if !self.resumes_its_object(items, at) || at <= start || !self.is_word(items[at - 1]) {
            return false;
        }
        let before = items[at - 1];
        let word = self.folded_item(before);
        !is_definite(word) && (self.is_document(word) || self.class(before).has(Class::EXCHANGE))
    }

    /// Whether a folded word is a document or post (`بيان`, `تغريدة`),
    /// also in the accusative (`بيانا`).
    fn is_document(&self, word: &str) -> bool {
        let stem = word.strip_suffix('ا').unwrap_or(word);
        self.words.get(word).has(Class::DOCUMENT) || self.words.get(stem).has(Class::DOCUMENT)
    }

    /// The stem of a document as printed (`بياناً`، `ببيان`، `وللبلاغ` →
    /// `بيان`، `بلاغ`), if the word is one.
    fn document_stem<'w>(&self, folded: &'w str) -> Option<&'w str> {
        let word = without_conjunction(folded);
        let on_preposition = word.strip_prefix(['ب', 'ل', 'ك']).filter(|w| w.chars().count() > 2);
        [Some(word), on_preposition].into_iter().flatten().find_map(|w| {
            let stem = article_stem(w);
            let document = |s: &str| self.words.exact(s).has(Class::DOCUMENT);
            if document(stem) {
                Some(stem)
            } else {
                stem.strip_suffix('ا').filter(|s| document(s))
            }
        })
    }

    /// بيان نشرته البلدية، تقرير أصدرته اللجنة: the issuer of the document
    /// at token `named`, the subject of a verb of issuing with the
    /// document's pronoun right after it, read before token `limit` (if a
    /// title, body or name follows: not بيان أصدرته مساء أمس).
    fn issuer_in_relative(&self, named: usize, limit: usize) -> Option<Known<'h>> {
        if named + 2 >= limit {
            return None;
        }
        let verb = self.fold_of(named + 1);
        let stem = verb.strip_suffix("ها").or_else(|| verb.strip_suffix('ه'))?;
        if !self.lexicon.vocab(stem).class.has(Class::ISSUING) {
            return None;
        }
        let stop = (named + 2 + MAX_ISSUER_GAP).min(limit);
        let items = self.level(named + 2..stop, &[]);
        self.subject_after(&items, 0, items.len(), &CueEntry::default_say()).filter(|s| {
            s.naming.head.as_deref().is_some_and(|h| self.words.get(h).has(Class::BODY | Class::TITLE))
                || !s.naming.names.is_empty()
        })
    }

    /// `بياناً`، `في بيان`، `ببلاغ`: a document the sentence introduces,
    /// printed without the article; its stem. Whoever the sentence gives
    /// words to issued it, unless its issuer follows it.
    fn introduced_document(&self, item: Item) -> Option<&str> {
        let word = without_conjunction(self.folded_item(item));
        let bare = word.strip_prefix('ب').filter(|w| self.is_document(w)).unwrap_or(word);
        // (للبيان: ل and the article, a document named before)
        if is_definite(bare) || bare.starts_with("لل") {
            return None;
        }
        self.document_stem(word)
    }

    /// Whether a document's issuer is printed right after it (`بيان صادر
    /// عن`، `بلاغ للوزارة`).
    fn issuer_follows(&self, items: &[Item], at: usize, end: usize) -> bool {
        items.get(at + 1).filter(|_| at + 1 < end).is_some_and(|&next| {
            let next = self.folded_item(next);
            // (on ل: a body or the article, not ليلة)
            let on_lam = next.starts_with("لل")
                || next.starts_with('ل') && self.words.get(next).has(Class::BODY | Class::TITLE);
            is_issued_form(next) || on_lam
        })
    }

    /// `البيان`، `البلاغ نفسه`: a phrase that is a definite document and
    /// nothing else, whose words are its issuer's; its stem.
    fn bare_definite_document<'k>(&self, known: &'k Known<'h>) -> Option<Cow<'k, str>> {
        let naming = &known.naming;
        let head = naming.head.as_deref()?;
        let words = known.mention.text().split_whitespace().count();
        // نص البيان، نص المرسوم: the text of a document is the document
        if words == 2 && head == "نص" && naming.names.is_empty() {
            let second = known.mention.text().split_whitespace().nth(1)?;
            let folded = crate::normalize::fold(second);
            let stem = article_stem(&folded);
            let document = is_definite(&folded) && self.words.exact(stem).has(Class::DOCUMENT);
            return document.then(|| Cow::Owned(stem.to_owned()));
        }
        let itself =
            words == 2
                && known.mention.text().split_whitespace().nth(1).is_some_and(|w| {
                    matches!(&*crate::normalize::fold(w), "نفسه" | "ذاته" | "نفسها" | "ذاتها")
                });
        (naming.names.is_empty()
            && naming.definite
            && (words == 1 || itself)
            && self.words.exact(head).has(Class::DOCUMENT))
        .then_some(Cow::Borrowed(head))
    }

    /// `…، فتدخل رئيس اللجنة قائلاً`: the subject of a clause joined by
    /// `و` or `ف` after a comma, between the last reporting verb (or the
    /// sentence's start, `from`) and the participle at `at`, when the clause
    /// opens on a verb no list knows and a title, body or group follows
    /// it. A clause of time or cause after the comma opens the same way
    /// (`…، إذ هتف الحضور مرددين`، `…، حين وقف النواب قائلين`), and one
    /// on `قبل أن` or `بعد أن`, whose verb may have a bare name for its
    /// subject (`…، قبل أن يرد فلان على السؤال …، مذكراً`).
    fn joined_clause_subject(&self, items: &[Item], from: usize, at: usize) -> Option<Known<'h>> {
        let reach = at.saturating_sub(CLAUSE_SUBJECT_REACH).max(from);
        // (the comma that opens the clause, not the one that closes it
        // before the participle)
        let comma = (reach..at).rev().find(|&k| self.is_comma(items[k]) && k + 1 < at)?;
        let opener = *items.get(comma + 1).filter(|_| comma + 1 < at)?;
        let word = |k: usize| if k < at { self.folded_item(items[k]) } else { "" };
        let when = matches!(word(comma + 1), "اذ" | "حيث" | "حين" | "حينما" | "عندما" | "بينما");
        // (قبل أن ينهض فلان، بعد أن رد: a verb for sure, so a name no list
        // knows may be its subject)
        let before_after = matches!(word(comma + 1), "قبل" | "بعد") && word(comma + 2) == "ان";
        let verb = match () {
            _ if before_after => comma + 3,
            _ if when => comma + 2,
            _ => comma + 1,
        };
        let joined = when
            || before_after
            || self.is_word(opener) && matches!(self.folded_item(opener).chars().next(), Some('و' | 'ف'));
        // (a verb with its plural pronoun has its subject: ويحملون محافظ
        // …, the word after it its object)
        let with_pronoun = || {
            let form = self.folded_item(items[verb]);
            form.ends_with("ون") || form.ends_with("وا")
        };
        let verb_like = joined
            && verb + 1 < at
            && self.is_word(items[verb])
            && self.is_unlisted(items[verb])
            && !with_pronoun();
        let subject = items.get(verb + 1).filter(|_| verb + 1 < at);
        let heads = Class::TITLE | Class::BODY | Class::COLLECTIVE;
        let heads_subject = |s: Item| self.class(s).has(heads) || (before_after && self.is_name_like(s));
        if !verb_like || !subject.is_some_and(|&s| heads_subject(s)) {
            return None;
        }
        self.subject_after(items, verb + 1, at, &CueEntry::default_say())
    }

    /// `وزير النقل يرفع الرسوم ويؤكد:`، `جماعة مسلحة تتبنى تفجيراً
    /// وتتوعد:`: a present verb joined by `و` at `at` shares the subject
    /// that opens the sentence before the first present form no list
    /// knows, the subject headed by a title, body or group. (A given name
    /// of that shape, `يوسف`, ends the phrase early; the discourse still
    /// links the title to its holder.)
    fn parallel_subject(&self, items: &[Item], start: usize, at: usize) -> Option<Known<'h>> {
        let present = |item: Item| is_present_form(self.folded_item(item));
        let cue = self.folded_item(items[at]);
        let joined = cue.strip_prefix('و').is_some_and(|rest| rest.starts_with(['ي', 'ت']));
        let heads = Class::TITLE | Class::BODY | Class::COLLECTIVE | Class::TRIGGER_NAME;
        if !joined || !self.class(items[start]).has(heads) {
            return None;
        }
        let reach = at.min(start + MAX_PHRASE);
        let verb = (start + 1..reach)
            .take_while(|&k| self.is_word(items[k]))
            .find(|&k| present(items[k]) && self.is_unlisted(items[k]))?;
        let (first, stop) = self.phrase_after(items, start, verb)?;
        Some(self.known(items, first, stop - 1))
    }

    /// `أن جنوداً دخلوا المتجر وقالوا له`، `الطلاب، الذين نظموا وقفة،
    /// رددوا خلالها`: a plural verb with no subject of its own, in a
    /// sentence whose own subject does not agree with it, refers to the
    /// first group of people named before it in the sentence.
    fn group_named_before(&self, items: &[Item], start: usize, at: usize) -> Option<Known<'h>> {
        // (the first: verbs joined one after another share the subject of
        // the first, and a group named later is in an object or an aside:
        // نبه محللون إلى تأخر عدد من الوزراء، ورأوا)
        let reach = at.saturating_sub(CLAUSE_SUBJECT_REACH).max(start);
        let mut k = (reach..at).find(|&k| self.names_a_group(items[k]))?;
        // (with the count before it: عشرات المعتصمين، عدد من السكان)
        let count = |j: usize| j >= start && self.class(items[j]).has(Class::NUMERAL | Class::DETERMINER);
        if k > start && count(k - 1) {
            k -= 1;
        } else if k > start + 1 && self.folded_item(items[k - 1]) == "من" && count(k - 2) {
            k -= 2;
        }
        // (an indefinite accusative is one word, its verb after it)
        if self.is_accusative(items[k]) {
            return Some(self.known(items, k, k));
        }
        let (first, stop) = self.phrase_after(items, k, at)?;
        Some(self.known(items, first, stop - 1))
    }

    /// Whether the word names a group of people: a collective noun (`سكان`،
    /// `جنود`), a title's sound plural (`المراسلين`) or a participle's
    /// (`المعتصمين`، `المتضررون`).
    fn names_a_group(&self, item: Item) -> bool {
        if !self.is_word(item) || self.cue(item).is_some() {
            return false;
        }
        let bare = without_conjunction(self.folded_item(item));
        // (an accusative with its tanwin: جنوداً)
        let accusative = || {
            self.is_accusative(item)
                && bare.strip_suffix('ا').is_some_and(|stem| self.words.exact(stem).has(Class::COLLECTIVE))
        };
        self.class(item).has(Class::COLLECTIVE)
            || self.is_title_plural(bare)
            || is_plural_participle(bare)
            || accusative()
    }

    /// The sign the quotation at `at` is written on, close before it with
    /// only the words that say so between (`لافتات كتب عليها`، `لافتة
    /// بخط اليد:`، `لوحة مكتوب عليها`); and a second slogan joined by و
    /// (`لافتات كتب عليها «…» و«…»`).
    fn sign_before(&self, items: &[Item], at: usize, start: usize) -> Option<usize> {
        let mut k = at;
        while k > start && at - k < 6 {
            k -= 1;
            let item = items[k];
            if let Item::Quote(_) = item {
                // (the slogan before: «…» و«…»)
                if k + 2 == at && self.folded_item(items[k + 1]) == "و" {
                    continue;
                }
                return None;
            }
            if self.punct(item).is_some_and(|p| p != ':') {
                return None;
            }
            let word = without_conjunction(self.folded_item(item));
            // (not the participle: لافتة إلى أن، لافتاً النظر إلى)
            let participle = || {
                self.cue(item).is_some_and(|(e, len)| {
                    self.participle_takes_its_preposition(items, k, len as usize, at, &e)
                })
            };
            if is_sign(word) {
                return (!participle()).then_some(k);
            }
        }
        None
    }

    /// Who carries or hangs the sign at `sign`: the subject of its
    /// sentence's clause, or the first group named before it (`تظاهر
    /// العشرات رافعين لافتات`); not the sign itself (`رُفعت لافتة`).
    fn sign_carrier(&self, items: &[Item], sign: usize, start: usize) -> Option<Known<'h>> {
        let not_a_sign = |k: &Known<'h>| {
            let head = k.mention.text().split_whitespace().next().unwrap_or("");
            !is_sign(without_conjunction(&crate::normalize::fold(head)))
        };
        // (first the subject right before the sign: رفع فيها المشاركون
        // لافتات، رفعت مجموعة «…» لافتة)
        // (a sign opening the sentence has nothing before it)
        let before = sign.checked_sub(1).filter(|&b| b >= start).map(|b| items[b]);
        let near = match before? {
            Item::Quote(_)
                if sign > start + 1 && self.class(items[sign - 2]).has(Class::TRIGGER_NAME | Class::BODY) =>
            {
                Some(sign - 2)
            }
            before if sign > start && self.names_a_group(before) => Some(sign - 1),
            _ => None,
        };
        if let Some((first, stop)) = near.and_then(|k| self.phrase_after(items, k, sign)) {
            return Some(self.known(items, first, stop - 1));
        }
        let carrier = self
            .clause_subject(items, start, sign)
            .filter(not_a_sign)
            .or_else(|| self.group_named_before(items, start, sign))?;
        // (the phrase alone, before the sign and the verb that carries it)
        let opens = carrier.mention.span().start;
        let first = (start..sign).find(|&k| self.item_span(items[k]).end > opens)?;
        let (first, stop) = self.phrase_after(items, first, sign)?;
        Some(self.known(items, first, stop - 1))
    }

    /// `…، وهو ما لخّصه فلان بقوله`، `وهذا ما أكده الوزير قائلاً`: the
    /// subject of the verb after a `ما` that takes up what was said before
    /// is who goes on to say it, not the source of the clause before.
    fn subject_after_ma(&self, items: &[Item], from: usize, at: usize) -> Option<Known<'h>> {
        let reach = at.saturating_sub(CLAUSE_SUBJECT_REACH).max(from + 1);
        let ma = (reach..at).rev().find(|&k| {
            self.folded_item(items[k]) == "ما"
                && matches!(
                    self.folded_item(items[k - 1]),
                    "وهو" | "وهي" | "وهذا" | "وهذه" | "وذلك" | "هو" | "هذا"
                )
        })?;
        let verb = *items.get(ma + 1).filter(|_| ma + 2 < at)?;
        if !self.is_word(verb) {
            return None;
        }
        self.subject_after(items, ma + 2, at, &CueEntry::default_say())
    }

    /// Whether a reporting verb answers a question put before it in its
    /// sentence: `أجاب` or `ردّ`, or any verb of saying joined by `ف`
    /// (`فقال`), the answer's conjunction.
    fn answers(&self, item: Item, entry: &CueEntry) -> bool {
        let lemma = self.folded_lemma(entry);
        matches!(&*lemma, "اجاب" | "رد")
            || (entry.class() == CueClass::Say && self.folded_item(item).starts_with('ف'))
    }

    /// Whether the question verb `سأل` near the start of the sentence,
    /// before `at`, carries the one asked as a pronoun (`وسأله`، `سألتها`).
    fn asked_by_pronoun(&self, items: &[Item], start: usize, at: usize) -> bool {
        self.question_verb(items, start, at).is_some_and(|(k, _)| self.carries_object_pronoun(items[k]))
    }

    /// The question verb `سأل` near the start of the sentence, before `at`
    /// (looked for within a bounded reach: linear time), with its entry.
    fn question_verb(&self, items: &[Item], start: usize, at: usize) -> Option<(usize, CueEntry)> {
        let reach = at.min(start + CLAUSE_SUBJECT_REACH);
        (start..reach).find_map(|k| {
            let (entry, _) = self.cue(items[k])?;
            let asks = entry.kind() == CueKind::Verb && self.folded_lemma(&entry) == "سال";
            asks.then_some((k, entry))
        })
    }

    /// The one asked by the question verb `سأل` that opens a sentence
    /// before `at`: its object, after its subject (`وسألت «الصحيفة» الوزير
    /// عن …`), or right after a first-person verb (`وسألنا الوزير`).
    fn asked_one(&self, items: &[Item], start: usize, at: usize) -> Option<Known<'h>> {
        let (k, entry) = self.question_verb(items, start, at)?;
        // the asker: none to skip after `سألنا`; a paper in marks; a phrase
        let object = match items.get(k + 1) {
            _ if entry.person() == Person::First => k + 1,
            Some(Item::Quote(_)) => k + 2,
            _ => {
                let asker = self.subject_after(items, k + 1, at, &entry)?;
                (k + 1..at).find(|&j| self.item_span(items[j]).start >= asker.mention.span().end)?
            }
        };
        // what the question was about, on عن, is not the one asked
        // (looked for within a phrase's reach: linear time)
        let about =
            (object..at.min(object + MAX_PHRASE)).find(|&j| self.folded_item(items[j]) == "عن").unwrap_or(at);
        self.subject_after(items, object, about, &CueEntry::default_say())
    }

    /// The subject of the sentence's main clause, for a participle with no
    /// reporting verb before it: `يذكر أن الكاتب قد هاجم …، واصفاً …`,
    /// `وعاتب الأمير … قائلاً`, `لكن المتحدث …، سارع …، قائلاً`.
    fn clause_subject(&self, items: &[Item], start: usize, at: usize) -> Option<Known<'h>> {
        // X قد VERB, near the start of the sentence (a bounded reach keeps a
        // sentence of a million words linear)
        for k in start..at.min(start + CLAUSE_SUBJECT_REACH) {
            if matches!(self.folded_item(items[k]), "قد" | "لقد") {
                if let Some(known) = self.subject_before(items, k + 1, start) {
                    return Some(known);
                }
            }
        }
        let mut s = start;
        // (and "soon": وسرعان ما ردّ فلان)
        let soon = |s: usize| {
            s > start
                && self.folded_item(items[s]) == "ما"
                && self.folded_item(items[s - 1]).ends_with("سرعان")
        };
        // (and وهنا، عندها: "at this point", before the clause's verb)
        while s < at
            && (soon(s)
                || matches!(
                    self.folded_item(items[s]),
                    "لكن"
                    | "ولكن"
                    | "ثم"
                    | "كما"
                    | "و"
                    | "ف"
                    | "وهنا"
                    | "هنا"
                    | "عندها"
                    | "وعندها"
                    | "حينها"
                    | "وحينها"
                    // (and a negation before the verb: ولا يخفي فلان قلقه)
                    | "لا"
                    | "ولا"
                    | "لم"
                    | "ولم"
                    // (and كان before its subject: كان الصياد فلان يرتب شباكه)
                    | "كان"
                    | "وكان"
                    | "كانت"
                    | "وكانت"
                    | "سرعان"
                    | "وسرعان"
                ))
        {
            s += 1;
        }
        // (and "however" on أن: غير أن المدير …، إلا أن الوزيرة …)
        let however = s + 1 < at
            && matches!(self.folded_item(items[s]), "غير" | "الا")
            && matches!(self.folded_item(items[s + 1]), "ان");
        if however {
            s += 2;
        }
        // أما فلانة، فقد اختارت …: the topic is the subject of the answer's verb
        if s < at && self.is_amma(items[s]) {
            // (أما هدى فظهرت: right after a topic of one or two words, no comma)
            let answer = (s + 2..at.min(s + MAX_PHRASE + MAX_APPOSITION + 2)).find(|&k| {
                (self.is_comma(items[k - 1]) || k <= s + 3) && self.folded_item(items[k]).starts_with('ف')
            });
            let topic = answer.and_then(|answer| {
                if matches!(self.folded_item(items[answer]), "فقد" | "فلقد") {
                    self.topic_after_amma(items, answer + 1, false, start)
                } else {
                    self.topic_after_amma(items, answer, true, start)
                }
            });
            if topic.is_some() {
                return topic;
            }
        }
        // a verb no list knows, then a person by name: تنتظر أم سامي، تجلس
        // سعاد، وهي ممرضة (before the comma is taken for an opening
        // phrase's), maybe after a time or place with no comma (منذ الفجر
        // تنتظر أم سامي، في الصف الأخير تجلس سعاد، وهي …)
        let opening = if s < at && self.class(items[s]).has(Class::PREPOSITION) { MAX_PHRASE } else { 1 };
        // (an adverb in the accusative is no verb: منذ السادسة صباحاً تنتظر …)
        let person = (s..at.min(s + opening)).find(|&k| {
            k + 1 < at
                && self.is_unlisted(items[k])
                && !self.is_accusative(items[k])
                && self.names_a_person(items, k + 1, at)
        });
        if let Some(k) = person {
            return self.subject_after(items, k + 1, at, &CueEntry::default_say());
        }
        // الرباط (و م ع) - اعتصم …، جدة - واس - أعلن …: past a dateline
        s = self.after_dateline(items, s, at);
        // وفي ساحة الجامعة، تجمع طلاب …: past an opening phrase on a
        // preposition, set off by a comma (or a short adverb: في المقابل، ردت)
        let adverb_until = |comma: usize| {
            items[s..comma].iter().all(|&it| {
                self.is_word(it) && self.cue(it).is_none() && !self.class(it).has(Class::TITLE | Class::BODY)
            })
        };
        let reach = if s < at && self.class(items[s]).has(Class::PREPOSITION) { MAX_PHRASE } else { 3 };
        if let Some(comma) = (s + 1..at.min(s + reach)).find(|&k| self.is_comma(items[k])) {
            if reach == MAX_PHRASE || adverb_until(comma) {
                s = comma + 1;
                // (and a negation after it: في المقابل، لم يخف فلان …)
                if s < at && matches!(self.folded_item(items[s]), "لم" | "لا" | "لن") {
                    s += 1;
                }
            }
        }
        let say = CueEntry::default_say();
        if s < at && (self.class(items[s]).has(Class::TITLE | Class::BODY) || self.heads_a_body(items, s, at))
        {
            return self.subject_after(items, s, at, &say);
        }
        // a verb the lexicon does not know, then its subject: وعاتب الأمير …،
        // استقبل الوزير …
        let first = items.get(s).copied()?;
        // نفى فلان صحة …: a reporting verb read as no cue here (its weak
        // form is also a noun) still opens the clause, its subject after it
        let weak_verb = self.cue(first).is_some_and(|(e, _)| e.kind() == CueKind::Verb && e.is_weak());
        if weak_verb && s + 1 < at {
            let next = items[s + 1];
            if self.is_name_like(next) || self.class(next).has(Class::TITLE | Class::BODY | Class::COLLECTIVE)
            {
                return self.subject_after(items, s + 1, at, &say);
            }
        }
        let verb_like = self.is_unlisted(first);
        // (or a body named in marks, its object after it: تبنت «…» التفجير)
        if let Some(&Item::Quote(q)) = items.get(s + 1).filter(|_| verb_like && s + 2 < at) {
            let named =
                self.quote_words(q) <= MAX_NAME && self.name_words_only(q) && !self.starts_with_verb(q);
            if named && self.is_object_after_name(Some(items[s + 2])) {
                return Some(self.known_in_marks(q));
            }
        }
        // (or a group: وتجمع المتظاهرون …، قائلين; تظاهر العشرات من …;
        // some of them: اعترض بعض الأهالي على …)
        let some_of = s + 2 < at
            && self.folded_item(items[s + 1]) == "بعض"
            && self.class(items[s + 2]).has(Class::TITLE | Class::COLLECTIVE | Class::PLURAL);
        if verb_like
            && s + 1 < at
            && (some_of
                || self
                    .class(items[s + 1])
                    .has(Class::TITLE | Class::BODY | Class::COLLECTIVE | Class::NUMERAL))
        {
            return self.subject_after(items, s + 1, at, &say);
        }
        // (or a kin title with "my", maybe after a pronoun on a
        // preposition: بعثت لي شقيقتي رسالة، بعث لنا المدير رسالة)
        let k = if s + 1 < at && self.is_pronoun_preposition(items[s + 1]) { s + 2 } else { s + 1 };
        let mine = |it: Item| {
            let noun = self.folded_item(it).strip_suffix('ي').map(noun_before_pronoun);
            noun.is_some_and(|noun| self.words.exact(&noun).has(Class::TITLE))
        };
        let titled = |it: Item| (k > s + 1 && self.class(it).has(Class::TITLE | Class::BODY)) || mine(it);
        if verb_like && k < at && titled(items[k]) {
            return self.subject_after(items, k, at, &say);
        }
        // (and past an opening phrase: وفي الخيمة المجاورة، تقيم أم سامي)
        if verb_like && s + 1 < at && self.names_a_person(items, s + 1, at) {
            return self.subject_after(items, s + 1, at, &say);
        }
        None
    }

    /// `يجلس سالم الراشدي أمام دكانه …، ويقول:`: a joined verb at `at`
    /// with no subject of its own shares the person the sentence opens with
    /// (past a dateline): a verb no list knows, then a name of two words or
    /// more that a preposition or comma closes. A feature's scene-setting
    /// verbs (sitting, standing, waiting) are in no list, so this is how the
    /// one who then speaks is introduced.
    fn opening_person(&self, items: &[Item], start: usize, at: usize) -> Option<Known<'h>> {
        if !self.folded_item(items[at]).starts_with('و') {
            return None;
        }
        let s = self.after_dateline(items, start, at);
        // (past a place set off by a comma: في السوق القديم، يقف فلان …)
        let s = self.after_opening_place(items, s, at).unwrap_or(s);
        let verb = *items.get(s).filter(|_| s + 2 < at)?;
        if !self.is_unlisted(verb) || self.is_accusative(verb) {
            return None;
        }
        let stop = self.personal_name_at(items, s + 1, at)?;
        let closed_by = items.get(stop).filter(|_| stop < at)?;
        let closes = self.is_comma(*closed_by) || self.class(*closed_by).has(Class::PREPOSITION);
        if !closes {
            return None;
        }
        // the opening verb says whether the person is a man or a woman
        // (يجلس، تجلس), which a name no list knows does not
        let mut known = self.known(items, s + 1, stop - 1);
        let form = Clitics::without_conjunction(self.folded_item(verb));
        // (وقفت is feminine; a hollow verb's present has three letters,
        // تقف; but تجلس may be a past of the masculine, as تقدم is)
        let letters = form.chars().count();
        let gender = match form.chars().next() {
            _ if form.ends_with('ت') => Gender::Feminine,
            Some('ي') if letters >= 3 => Gender::Masculine,
            Some('ت') if letters == 3 => Gender::Feminine,
            _ => Gender::Unknown,
        };
        known.agree(gender, Number::Singular);
        Some(known)
    }

    /// `أم سامي، ربة منزل، كانت تقلّب الأكياس.`، `في الصف، تنتظر سعاد،
    /// وهي ممرضة، دورها.`: the person by name that a sentence with no cue
    /// or quotation opens on, as the subject of its first verb (before it,
    /// or after a verb no list knows), with a description in apposition;
    /// or, after a verb no list knows, a person the document named before
    /// (`خرجت فلانة من المبنى`). The next sentence's `قالت:` refers to her.
    fn introduced_person(
        &self,
        items: &[Item],
        range: Range<usize>,
        discourse: &Discourse<'h>,
    ) -> Option<Known<'h>> {
        let end = range.end;
        let plain = items[range.clone()].iter().all(|&it| self.is_word(it) || self.punct(it).is_some());
        // (a weak form, بين "between", is no cue here)
        let cued = items[range.clone()].iter().any(|&it| self.cue(it).is_some_and(|(e, _)| !e.is_weak()));
        if !plain || cued {
            return None;
        }
        let mut s = self.after_dateline(items, range.start, end);
        s = self.after_opening_place(items, s, end).unwrap_or(s);
        while s < end && matches!(self.folded_item(items[s]), "كان" | "وكان" | "كانت" | "وكانت")
        {
            s += 1;
        }
        // (or a name no list knows and a title in apposition: محمود، الطالب في …،)
        let person = |k: usize| {
            let comma = (k..end.min(k + 3)).find(|&c| !self.is_name_like(items[c]));
            let titled = comma
                .filter(|&c| c > k && c + 1 < end && self.is_comma(items[c]))
                .is_some_and(|c| self.class(items[c + 1]).has(Class::TITLE));
            // (or a title before a name: كانت الطالبة منى …)
            let title_then_name = self.class(items[k]).has(Class::TITLE)
                && (k + 1..end.min(k + 4)).any(|n| self.is_name_like(items[n]));
            self.names_a_person(items, k, end) || titled || title_then_name
        };
        let verb_first = s + 1 < end && self.is_unlisted(items[s]) && !self.is_accusative(items[s]);
        let at = if verb_first && person(s + 1) {
            s + 1
        } else if s < end && person(s) {
            s
        } else if verb_first {
            // خرجت فلانة من المبنى: a person the document has named before,
            // as the subject of a verb no list knows, with no apposition
            return self.known_subject_after(items, s + 1, end, discourse);
        } else {
            return None;
        };
        let known = self.subject_after(items, at, end, &CueEntry::default_say())?;
        (!known.naming.names.is_empty()).then_some(known)
    }

    /// `خرجت فلانة من المبنى`: the words at `at`, after a verb no list
    /// knows, name a person the document has named before (a name never
    /// seen is not taken on trust); the check on the discourse's name words
    /// comes first, so a plain sentence costs one lookup.
    fn known_subject_after(
        &self,
        items: &[Item],
        at: usize,
        end: usize,
        discourse: &Discourse<'h>,
    ) -> Option<Known<'h>> {
        let word = Clitics::without_conjunction(self.folded_item(*items.get(at).filter(|_| at < end)?));
        if !discourse.has_name_word(word) {
            return None;
        }
        let mut known = self.subject_after(items, at, end, &CueEntry::default_say())?;
        if known.naming.names.is_empty() {
            return None;
        }
        // (what the document said of them: قدمت فلانة … يطلبن is not hers)
        let (gender, number) = discourse.known_person(&known)?;
        known.agree(gender, number);
        Some(known)
    }

    /// `سليم (61 عاماً)، بائع خضار، يرتب صناديقه ويقول:`: a sentence that
    /// opens on a name of one to three words no list knows (maybe after a
    /// verb joined by و), then the person's age in parentheses, is about
    /// that person, the subject of a later joined verb at `at` with no
    /// subject of its own. Reports that gather voices introduce each
    /// speaker so.
    fn opening_name_with_age(&self, items: &[Item], start: usize, at: usize) -> Option<Known<'h>> {
        if !self.folded_item(items[at]).starts_with('و') {
            return None;
        }
        let s = self.after_dateline(items, start, at);
        let name_word = |k: usize| {
            self.is_name_like(items[k])
                || (k > s && is_definite(self.folded_item(items[k])) && self.class(items[k]) == Class::NONE)
        };
        let mut k = s;
        while k < at && k < s + 3 && self.is_word(items[k]) && name_word(k) {
            k += 1;
        }
        if k == s || self.age_in_brackets_at(items, k, at).is_none() {
            return None;
        }
        // (after a verb joined by و: وتحسب هدى (40 عاماً) …)
        let first = if k > s + 1 && self.folded_item(items[s]).starts_with('و') { s + 1 } else { s };
        Some(self.known(items, first, k - 1))
    }

    /// `من جهته، نشر فلان تسجيلاً قال فيه`: the person the document
    /// named before, as the subject of the verb no list knows that opens
    /// the sentence (past a dateline or an opening phrase), for a later
    /// verb at `at` with no subject of its own.
    fn opening_known_person(
        &self,
        items: &[Item],
        start: usize,
        at: usize,
        discourse: &Discourse<'h>,
    ) -> Option<Known<'h>> {
        // (والذي يقول: a relative clause's subject is its antecedent)
        if at > start && self.is_relative(items[at - 1]) {
            return None;
        }
        let s = self.after_dateline(items, start, at);
        let s = self.after_opening_place(items, s, at).unwrap_or(s);
        // (or a time or place with no comma: وفي المساء ظهر فلان)
        let opening = if s < at && self.class(items[s]).has(Class::PREPOSITION) { MAX_PHRASE } else { 1 };
        // the first word before a known name is the verb (or the reach ends:
        // in استقبل فلان فلاناً, the object is no subject)
        let name_word = |k: usize| {
            self.is_word(items[k])
                && discourse.has_name_word(Clitics::without_conjunction(self.folded_item(items[k])))
        };
        let k = (s..at.min(s + opening)).find(|&k| k + 1 < at && name_word(k + 1))?;
        // (the words before it a time or place: no cue, title or body)
        let plain = items[s..k].iter().all(|&it| {
            self.is_word(it) && self.cue(it).is_none() && !self.class(it).has(Class::TITLE | Class::BODY)
        });
        let verb = items[k];
        // (a verb of issuing, نشر، أصدر, is read as no cue here: its weak
        // form is also a noun)
        let issuing =
            self.is_word(verb) && self.lexicon.vocab(self.folded_item(verb)).class.has(Class::ISSUING);
        let verb_like =
            plain && (self.is_unlisted(verb) || issuing) && !self.is_accusative(verb) && !name_word(k);
        verb_like.then(|| self.known_subject_after(items, k + 1, at, discourse)).flatten()
    }

    /// The item after a sentence's opening place or time on a preposition,
    /// set off by a comma (`في السوق القديم،`، `وفي متجر قريب،`): a few
    /// words with no cue (the reach is bounded: linear time).
    fn after_opening_place(&self, items: &[Item], s: usize, at: usize) -> Option<usize> {
        let opener = *items.get(s).filter(|_| s < at)?;
        let on_preposition = self.is_word(opener)
            && self.class(opener).has(Class::PREPOSITION)
            && !self.class(opener).has(Class::PRE_SUBJECT);
        if !on_preposition {
            return None;
        }
        let comma = (s + 1..at.min(s + MAX_PHRASE))
            .find(|&k| !self.is_word(items[k]) && !matches!(items[k], Item::Quote(_)))?;
        // (a weak form is no cue here: وبين الأجنحة، "between the stands")
        let plain = items[s..comma].iter().all(|&it| self.cue(it).is_none_or(|(e, _)| e.is_weak()));
        (self.is_comma(items[comma]) && plain).then_some(comma + 1)
    }

    /// Whether the words from `at` name a person though no list knows them:
    /// a kunya (`أم سامي`، `أبو فراس`), or one or two name-like words that
    /// the writer then describes as a person (`سعاد، وهي ممرضة`، `فلان،
    /// المعروف بـ«أبو سالم»`).
    fn names_a_person(&self, items: &[Item], at: usize, end: usize) -> bool {
        let word = |k: usize| if k < end { self.folded_item(items[k]) } else { "" };
        if matches!(word(at), "ام" | "ابو" | "ابي" | "ابا") {
            return at + 1 < end && self.is_name_like(items[at + 1]);
        }
        // (a name of one or two words no list knows, and a third with the
        // article: سهام نور الدين، رامي الحسيني)
        let definite_part = |k: usize| {
            self.is_word(items[k])
                && is_definite(self.folded_item(items[k]))
                && self.class(items[k]).without(Class::NAME_PART) == Class::NONE
                && self.cue(items[k]).is_none()
        };
        let mut k = at;
        while k < end
            && k < at + 3
            && ((k < at + 2 && self.is_name_like(items[k])) || (k > at && definite_part(k)))
        {
            k += 1;
        }
        if k == at || k + 1 >= end || !self.is_comma(items[k]) {
            return false;
        }
        // then وهي …، or المعروف بـ… (known as), or an indefinite title in
        // apposition (، صاحب مولّد; not أمام, a preposition that folds like إمام)
        let apposed = self.class(items[k + 1]);
        matches!(word(k + 1), "وهي" | "وهو" | "المعروف" | "المعروفه" | "الملقب" | "الملقبه")
            || (apposed.has(Class::TITLE) && !apposed.has(Class::PREPOSITION) && !is_definite(word(k + 1)))
    }

    /// A speaker known from the items `first..=last` of a level.
    fn known(&self, items: &[Item], first: usize, last: usize) -> Known<'h> {
        let head_span = self.item_span(items[first]);
        let end = self.item_span(items[last]).end;
        let mut start = head_span.start;
        let word = &self.text[head_span.range()];
        let folded = self.folded_item(items[first]);
        // read off a conjunction glued to the first word: ووزير → وزير
        let ta_marbuta = word.trim_end_matches(is_foldable_mark).ends_with('ة');
        if self.conjunction_reading_of(folded, ta_marbuta) {
            start += word.chars().next().map_or(0, char::len_utf8);
        }
        let span = Span::new(start, end.max(start));
        let text = &self.text[span.range()];
        // لل + noun: rebuild the article (للوزير → الوزير)
        // (the written ل may be a presentation form: ﻟﻠﻮزير → اﻠﻮزير)
        let rebuilt = if folded.starts_with("لل") && !self.words.exact(folded).has(Class::TITLE) {
            text.strip_prefix(|c: char| fold(c.encode_utf8(&mut [0; 4])) == "ل")
        } else {
            None
        };
        let mention = match rebuilt {
            Some(rest) => Mention::owned(format!("ا{rest}"), span),
            None => Mention::new(self.text, span),
        };
        // سعادة السفيرة، معالي الوزيرة: an honorific says no gender; the title after it does
        let honorific = is_honorific(Clitics::without_conjunction(folded));
        let gendered = if honorific && first < last && self.class(items[first + 1]).has(Class::TITLE) {
            items[first + 1]
        } else {
            items[first]
        };
        // أحد المتطوعين، إحدى الناجيات: "one of" says the gender
        let gender = one_of_gender(Clitics::without_conjunction(folded))
            .unwrap_or_else(|| self.head_gender(self.class(gendered)));
        // الوزارة، التغريدة: a body or document written with ة is feminine
        // (a plural of things, السلطات، مصادر, agrees as one too, so only ة tells)
        let gender = if gender == Gender::Unknown
            && self.class(gendered).has(Class::BODY | Class::DOCUMENT)
            && self.written(gendered).trim_end_matches(is_foldable_mark).ends_with('ة')
        {
            Gender::Feminine
        } else {
            gender
        };
        // عضو اللجنة، النائبة فلانة: a title said of either sex, then a
        // feminine one in apposition (not in construct: مستشار الوزيرة)
        let apposed_feminine = gender == Gender::Masculine
            && (first + 1..last).any(|k| {
                self.is_comma(items[k]) && {
                    let next = self.class(items[k + 1]);
                    next.has(Class::TITLE) && next.is_feminine()
                }
            });
        let gender = if apposed_feminine { Gender::Feminine } else { gender };
        let number = self.phrase_number(items[first]);
        // مودعو المصارف، المحتجون: a sound masculine plural says its gender
        // (in construct it drops its ن)
        let bare = Clitics::without_conjunction(folded);
        let masculine_plural = number == Number::Plural && (bare.ends_with("ون") || bare.ends_with('و'));
        let gender = if gender == Gender::Unknown && masculine_plural { Gender::Masculine } else { gender };
        let mut known = Known::new(mention, gender);
        known.naming = Rc::new(self.naming(items[first..=last].iter().copied()));
        known.key = self.key(&items[first..=last]);
        known.number = number;
        known
    }

    /// The number a phrase's head gives it: a title is one person
    /// (`الوزيرة`), a collective or a counted noun several (`سكان`,
    /// `ثلاثة أطفال`); a name says nothing.
    fn phrase_number(&self, head: Item) -> Number {
        let class = self.class(head);
        let word = Clitics::without_conjunction(self.folded_item(head));
        let counted = class.has(Class::NUMERAL) && !matches!(word, "واحد" | "واحده");
        // المحتجون، المنظمون، الناشطات: a sound plural ending
        let plural_ending =
            is_definite(word) && word.chars().count() > 5 && (word.ends_with("ون") || word.ends_with("ات"));
        if matches!(word, "احد" | "احدي" | "احدهم" | "احداهم" | "احداهن") {
            // أحد السكان، إحدى المشاركات: one of them
            Number::Singular
        } else if class.has(Class::DUAL) {
            Number::Dual
        } else if class.has(Class::COLLECTIVE | Class::PLURAL) || counted || plural_ending {
            Number::Plural
        } else if class.has(Class::TITLE) && !word.ends_with("ين") {
            Number::Singular
        } else {
            Number::Unknown
        }
    }

    /// The folded words of a phrase joined by spaces, from the folds made
    /// when the document was read (conjunction and punctuation left out).
    fn key(&self, items: &[Item]) -> String {
        let mut key = String::with_capacity(64);
        for (n, &item) in
            items.iter().filter(|&&it| self.is_word(it) || matches!(it, Item::Quote(_))).enumerate()
        {
            if n > 0 {
                key.push(' ');
            }
            match item {
                Item::Quote(q) => {
                    let words = self.name_tokens(q).filter(|&i| self.toks[i].kind == TokenKind::Word);
                    for (k, i) in words.enumerate() {
                        if k > 0 {
                            key.push(' ');
                        }
                        key.push_str(self.fold_of(i));
                    }
                }
                _ => {
                    let folded = self.folded_item(item);
                    let bare = if n == 0 && self.conjunction_reading(folded) {
                        &folded['و'.len_utf8()..]
                    } else {
                        folded
                    };
                    key.push_str(bare);
                }
            }
        }
        key
    }

    /// Reads a phrase's proper-name words, descriptors and head.
    ///
    /// A word is part of a name when it starts the phrase, follows a
    /// definite word (`وزير الخارجية سامي`), another name word, a comma
    /// or a name particle (`أبو`, `بن`, `آل`, `عبد`); a definite word is a
    /// family name after a name word (`يوسف الدرويش`). A word after an
    /// indefinite title or noun is its genitive (`حاكم إقليم كاروما`), a
    /// descriptor like the titles, bodies and adjectives.
    fn naming(&self, phrase: impl Iterator<Item = Item>) -> Naming {
        #[derive(PartialEq, Clone, Copy)]
        enum Prev {
            Start,
            Name,
            Definite,
            Construct,
            Other,
        }
        let mut naming = Naming::default();
        let mut prev = Prev::Start;
        for item in phrase {
            if let Item::Quote(q) = item {
                // الناطق باسم «المياه»، مدرب «النسور»: marks in a title's
                // construct name its body, which describes the person
                let of_body = prev == Prev::Construct;
                for i in self.name_tokens(q) {
                    if self.toks[i].kind == TokenKind::Word {
                        let word = Clitics::without_conjunction(self.fold_of(i));
                        if of_body {
                            naming.descriptors.push(article_stem(word).into());
                        } else {
                            naming.names.push(word.into());
                        }
                    }
                }
                prev = if of_body { Prev::Definite } else { Prev::Name };
                continue;
            }
            if matches!(self.punct(item), Some('،' | ',')) {
                prev = Prev::Start;
                continue;
            }
            if !self.is_word(item) {
                continue;
            }
            if self.tok(item).is_some_and(|t| t.kind == TokenKind::Number)
                || self.class(item).has(Class::NUMERAL)
            {
                prev = Prev::Other;
                continue;
            }
            let folded = self.folded_item(item);
            let bare = if self.conjunction_reading(folded) { &folded['و'.len_utf8()..] } else { folded };
            let stem = article_stem(bare);
            let definite = stem.len() != bare.len()
                || ["ها", "هم", "هما"].iter().any(|s| bare.ends_with(s) && bare.chars().count() > 4);
            let class = self.class(item);
            if matches!(bare, "ابو" | "ابي" | "ابا" | "بن" | "بنت" | "ابن" | "ال" | "عبد")
            {
                naming.names.push(bare.into());
                prev = Prev::Name;
            } else if let Some((noun, noun_class)) = ((class == Class::NONE
                && ends_in_pronoun(self.written(item).trim_end_matches(is_foldable_mark)))
                || self.pronoun_not_ta_marbuta(item))
            .then(|| self.possessed_noun_of(bare, Class::TITLE | Class::BODY))
            .flatten()
            {
                // مخرجته، محاميه، مؤسسته: a title (or a noun that is a body
                // too) with its pronoun, definite
                naming.descriptors.push(noun.as_ref().into());
                if naming.head.is_none() {
                    naming.head = Some(noun.as_ref().into());
                    naming.body = !noun_class.has(Class::TITLE);
                }
                naming.definite = true;
                prev = Prev::Definite;
            } else if prev == Prev::Name
                && naming.names.last().is_some_and(|n| links_to_father(n))
                && class.has(Class::TITLE)
                && !class.has(Class::BODY)
            {
                // ولد الشيخ، ولد بابا، بن الأمير: after "son of", a title's
                // word is the father's name
                naming.names.push(bare.into());
            } else if class.has(Class::TITLE | Class::BODY | Class::COLLECTIVE | Class::MEDIA) {
                naming.descriptors.push(stem.into());
                if naming.head.is_none() {
                    naming.head = Some(stem.into());
                    naming.definite = definite;
                    naming.body = !class.has(Class::TITLE);
                } else {
                    naming.definite |= definite;
                    // (a person's second title after a comma: فلان، وزير الصحة)
                    let after_comma = prev == Prev::Start && bare.chars().count() > 1;
                    if after_comma && !naming.body && class.has(Class::TITLE) && naming.apposed.is_none() {
                        naming.apposed = Some(stem.into());
                    }
                }
                // د. هالة: a title cut short takes no genitive; a name follows
                let abbreviated = bare.chars().count() == 1;
                prev = if abbreviated {
                    Prev::Start
                } else if definite {
                    Prev::Definite
                } else {
                    Prev::Construct
                };
            } else if class.has(Class::ENDS_PHRASE) || bare == "باسم" {
                prev = if bare == "باسم" { Prev::Construct } else { Prev::Other };
            } else if class.has(Class::ADJECTIVE)
                || (definite && is_nisba(bare) && prev != Prev::Name && prev != Prev::Start)
            {
                naming.descriptors.push(stem.into());
                prev = Prev::Definite;
            } else if prev == Prev::Construct {
                // وزير الخارجية، حاكم إقليم كاروما: a definite genitive or a
                // proper name makes the construct definite; مسؤول تركي is not
                naming.definite |= definite || !is_nisba(bare);
                naming.descriptors.push(stem.into());
                prev = if definite { Prev::Definite } else { Prev::Construct };
            } else if definite
                && prev != Prev::Name
                && !(prev == Prev::Start && (is_nisba(bare) || class.has(Class::PLACE)))
            {
                naming.descriptors.push(stem.into());
                prev = Prev::Definite;
            } else {
                naming.names.push(bare.into());
                prev = Prev::Name;
            }
        }
        naming
    }

    fn item_span(&self, item: Item) -> Span {
        match item {
            Item::Tok(i) => self.toks[i as usize].span,
            Item::Quote(q) => self.quotes[q as usize].outer(),
        }
    }

    /// The items an adverb of manner at `at` covers: its noun on ب, and an
    /// adjective after it when the clause goes on to a colon, a quotation
    /// or إن (وتضيف بنبرة غاضبة: «…»), not to a name (قالت بحسرة أم محمد).
    /// Whether a word says in what language or tongue something was said:
    /// `ب` on a feminine nisba (`بالعربية`، `بعربية متكسرة`، `بفرنسية
    /// طليقة`), a manner like those of the `[manner]` list. (The nisba has
    /// five letters or more: بهية and بدرية are given names.)
    fn in_a_language(&self, item: Item) -> bool {
        let word = self.folded_item(item);
        let Some(rest) = word.strip_prefix('ب') else {
            return false;
        };
        let nisba = rest.strip_prefix("ال").unwrap_or(rest);
        self.is_unlisted(item) && nisba.ends_with("يه") && nisba.chars().count() >= 5
    }

    /// Whether a word no list knows reads as a present verb in a clause
    /// describing the indefinite noun before it (`بفرنسية تختلط`): `ي` or `ت`
    /// and four to six letters, not printed with `ة`.
    fn verb_describing_a_noun(&self, item: Item) -> bool {
        let word = self.folded_item(item);
        is_present_form(word) && word.chars().count() <= 6 && !self.written(item).ends_with('ة')
    }

    fn manner_len(&self, items: &[Item], at: usize, end: usize) -> usize {
        // (بصوت خافت، بلا تردد، بصوت واحد; and definite after a pronoun:
        // بلكنته الجبلية)
        let possessed = ends_in_pronoun(&self.written(items[at]));
        let adjective = items.get(at + 1).filter(|_| at + 1 < end).is_some_and(|&next| {
            self.is_word(next)
                && (self.class(next) == Class::NONE || self.class(next).has(Class::NUMERAL))
                && self.cue(next).is_none()
                && is_definite(self.folded_item(next)) == possessed
        });
        let then = items.get(at + 2).filter(|_| at + 2 < end);
        let clause_goes_on = then.is_none_or(|&t| {
            !self.is_word(t) || self.class(t).has(Class::COMPLEMENTIZER) || self.is_accusative(t)
        });
        if adjective && clause_goes_on {
            2
        } else {
            1
        }
    }

    /// Whether a word starting with و or ف is better read as conjunction + word.
    fn conjunction_reading(&self, folded: &str) -> bool {
        self.conjunction_reading_of(folded, false)
    }

    /// [`conjunction_reading`](Self::conjunction_reading), told whether the
    /// word is printed with `ة`: then it carries no pronoun (ومؤسسة is
    /// "and an institution", not مؤسس "founder" with "his").
    fn conjunction_reading_of(&self, folded: &str, ta_marbuta: bool) -> bool {
        let Some(rest) = folded.strip_prefix(['و', 'ف']) else {
            return false;
        };
        if rest.chars().count() < 2 {
            return false;
        }
        if self.words.exact(folded) != Class::NONE {
            return false; // the word as written is known (وزير، وزارة)
        }
        // والدته، وكيلها: a known title with a pronoun is no conjunction
        // and a definite word (الدته); but ومخرجته is و + a title with its
        // pronoun (and its director)
        if !ta_marbuta && self.possessed_class_of(folded, Class::TITLE | Class::BODY) != Class::NONE {
            return self.possessed_class_of(rest, Class::TITLE | Class::BODY) != Class::NONE;
        }
        // والدي، والدتي: a title with "my" is no conjunction and a definite
        // word (الدي)
        let mine = folded.strip_suffix('ي').map(noun_before_pronoun);
        if mine.is_some_and(|noun| self.words.exact(&noun).has(Class::TITLE)) {
            return false;
        }
        // وعراقيون: a plural nisba is a group of people, not a name
        self.words.get(rest) != Class::NONE || is_definite(rest) || is_plural_nisba(rest)
    }

    fn head_gender(&self, class: Class) -> Gender {
        if class.is_feminine() {
            Gender::Feminine
        } else if class.has(Class::TITLE) {
            Gender::Masculine
        } else {
            Gender::Unknown
        }
    }

    // ------------------------------------------------------------ quotations

    /// Decides one quotation in its sentence.
    fn decide_quote(
        &self,
        cx: &Context<'_>,
        active: Option<&Found<'h>>,
        verb: Option<&Found<'h>>,
        discourse: &mut Discourse<'h>,
    ) -> Decision<'h> {
        let (items, at) = (cx.items, cx.at);
        let Item::Quote(q) = items[at] else {
            return Decision::default();
        };
        let quote = &self.quotes[q as usize];
        let words = self.quote_words(q);
        if words == 0 {
            return name_decision(QuoteKind::Other, Rule::Empty, 0.9);
        }
        // وصفه بـ«…»، تعتبره منظمة «…»: a labelling verb makes the quotation its
        // word; but ما يسمى «…» (so-called) marks a term
        let so_called = active.is_some_and(|f| self.class(items[f.at]).has(Class::TRIGGER_TERM))
            || self.so_called_before(items, at, cx.sentence.start);
        // (but وصف التعادل أمام «…» بأنه: a quotation on another
        // preposition is in the object, not the label)
        let in_object =
            at > cx.sentence.start && matches!(self.folded_item(items[at - 1]), "امام" | "ضد" | "مع");
        let label = !so_called
            && !in_object
            && active
                .is_some_and(|f| f.entry.class() == CueClass::Label && self.same_clause(items, f.at, at));
        if let Some(decision) = self.name_rules(cx, q, words, label, active) {
            return decision;
        }
        // حمل العمال يافطات دوّنوا عليها «…»: what a sign says is the words of
        // those who carry or hang it; a sign no one is said to carry
        // (عُلّقت لافتة كتب عليها «…») bears a slogan, no one's words
        if cx.level != Level::Nested {
            if let Some(sign) = self.sign_before(items, at, cx.sentence.start) {
                return match self.sign_carrier(items, sign, cx.sentence.start) {
                    Some(carrier) => {
                        let carrier = discourse.note(carrier, false, true);
                        speech_decision(Some(carrier), Resolution::Explicit, None, Rule::Uncued, 0.6)
                    }
                    None => name_decision(QuoteKind::Term, Rule::NameTrigger, 0.6),
                };
            }
        }
        // قال مدرب «…» فلان: inside the phrase naming the speaker, the
        // marks set off a name
        let in_speaker = active.and_then(|f| f.speaker.as_ref()).is_some_and(|s| {
            let phrase = s.mention.span();
            phrase.start <= quote.open().start && quote.span().end < phrase.end
        });
        if in_speaker {
            return name_decision(QuoteKind::Name, Rule::SpeakerInMarks, 0.75);
        }
        // تلقينا من الوزارة عبارة «…»، ردد المحتجون كلمة «…»: a quotation
        // named as someone's phrase is their words, whoever said them
        if let Some(decision) = self.words_named_as_phrase(cx, active, discourse) {
            return decision;
        }
        let introduced = at > cx.sentence.start && self.punct(items[at - 1]) == Some(':');
        // كانت أمي تردد «…»، قلت لهم “لا”: the object of a reporting verb
        let object_of_cue = active.is_some_and(|f| {
            items[f.at + f.len..at].iter().all(|&it| self.class(it).has(Class::PRE_SUBJECT))
        });
        if cx.level == Level::Nested && words <= 3 && !label && !introduced && !object_of_cue {
            // inside someone's words, a short quotation is a term they mark
            return name_decision(QuoteKind::Term, Rule::Short, 0.65);
        }
        // ردّ على ما كتبه فلان من أن «…»: the words are the one who wrote them
        if let Some(author) = self.author_of_claim(items, at, cx.sentence.start) {
            let author = discourse.note(author, false, true);
            return speech_decision(Some(author), Resolution::Explicit, None, Rule::CueBefore, 0.7);
        }
        if let Some(found) = active {
            // أكد تقرير صادر عن «المعهد …» أن …: a short quotation between a
            // reporting verb and the أن that opens what was said is in the
            // subject's phrase, a name (after a verb that labels too: رأى
            // رئيس البحوث في «…» أن)
            if words <= MAX_NAME
                && self.name_words_only(q)
                && self.before_complementizer(items, found, at, cx.sentence.end)
            {
                return name_decision(QuoteKind::Name, Rule::SpeakerInMarks, 0.7);
            }
            if label {
                return self.speech(found, Rule::Label, 0.85);
            }
            // أعلنت «الرابطة …» تنظيم وقفة: a body's name in marks
            // right after the verb, as its subject, the clause going on
            if self.body_named_after_verb(items, found, q, at, cx.sentence.end) {
                return name_decision(QuoteKind::Name, Rule::SpeakerInMarks, 0.65);
            }
            if words == 1 && self.manner_adverb(items, found, at) {
                return name_decision(QuoteKind::Term, Rule::Short, 0.6);
            }
            let rule = match found.entry.kind() {
                CueKind::Participle | CueKind::Pronominal => Rule::Participle,
                CueKind::Nominal => Rule::Nominal,
                CueKind::Relay => Rule::Relay,
                _ if found.entry.class() == CueClass::Relay => Rule::Relay,
                _ => Rule::CueBefore,
            };
            let confidence = if found.resolution == Resolution::Explicit { 0.9 } else { 0.8 };
            return self.speech(found, rule, confidence);
        }
        if let Some(mut found) = self.cue_after(items, at, cx.sentence.clone(), verb, discourse) {
            if found.resolution == Resolution::Explicit {
                found.speaker = found.speaker.take().map(|s| discourse.note(s, true, true));
            }
            return self.speech(&found, Rule::CueAfter, 0.85);
        }
        if let Some(speaker) = self.source_in_parentheses(items, at, cx.sentence.clone()) {
            let speaker = discourse.note(speaker, true, true);
            return speech_decision(Some(speaker), Resolution::Explicit, None, Rule::CueAfter, 0.75);
        }
        if let Some(speaker) = self.colon_frame(items, at, cx.sentence.start) {
            let confidence = if cx.first_sentence { 0.7 } else { 0.75 };
            let speaker = discourse.note(speaker, false, true);
            return speech_decision(Some(speaker), Resolution::Explicit, None, Rule::Colon, confidence);
        }
        if quote.continues().is_some() {
            return speech_decision(discourse.current(), Resolution::CarriedOver, None, Rule::Continued, 0.7);
        }
        if cx.level == Level::Headline {
            if let Some(speaker) = self.field_before_headline_colon(items, at, cx.sentence.start) {
                let speaker = discourse.note(speaker, false, true);
                return speech_decision(Some(speaker), Resolution::Explicit, None, Rule::Colon, 0.6);
            }
            if let Some(speaker) = self.headline_speaker_after(items, at) {
                let speaker = discourse.note(speaker, true, true);
                return speech_decision(Some(speaker), Resolution::Explicit, None, Rule::Colon, 0.6);
            }
        }
        // كما قال وزير النقل أمس، فإن الأجور «…»: "as X said", then
        // what X said, after فإن
        if let Some(mut found) = self.as_said_by(items, at, cx.sentence.clone(), discourse) {
            if found.resolution == Resolution::Explicit {
                found.speaker = found.speaker.take().map(|s| discourse.note(s, false, true));
            }
            return self.speech(&found, Rule::CueBefore, 0.75);
        }
        let standalone = cx.level != Level::Nested && self.stands_alone(items, at);
        let headline_tail = cx.level == Level::Headline && words >= 2 && self.ends_headline(items, at);
        if words >= self.settings.uncued_speech_words || standalone || headline_tail {
            // a pull quote or a headline's quoted tail is someone's words; in
            // a headline, only a speaker named before it in the headline counts
            // (the discourse starts there)
            // قررت الهيئة تمديد الإضراب، احتجاجاً على «…»: the words of the
            // title or body the sentence's clause opens on
            let own = (cx.level == Level::Body && !standalone)
                .then(|| self.clause_subject(items, cx.sentence.start, at))
                .flatten()
                .filter(|k| k.naming.head.is_some());
            if let Some(own) = own {
                let own = discourse.note(own, false, true);
                return speech_decision(Some(own), Resolution::Explicit, None, Rule::Uncued, 0.5);
            }
            let speaker = if standalone && !cx.after_speech { None } else { discourse.current() };
            return speech_decision(speaker, Resolution::CarriedOver, None, Rule::Uncued, 0.55);
        }
        name_decision(QuoteKind::Term, Rule::Short, 0.6)
    }

    /// Whether the quotation at `at` is followed by a gloss on `أي` ("that
    /// is"), after a comma or an opening bracket: `«…»، أي …`، `«…» (أي …)`.
    fn glossed(&self, items: &[Item], at: usize, end: usize) -> bool {
        let next = |k: usize| items.get(at + k).filter(|_| at + k < end).copied();
        let opens = next(1).is_some_and(|n| self.is_comma(n) || self.punct(n) == Some('('));
        opens && next(2).is_some_and(|n| self.is_word(n) && self.folded_item(n) == "اي")
    }

    /// The rules that read a quotation as a name, title or term.
    fn name_rules(
        &self,
        cx: &Context<'_>,
        q: u32,
        words: usize,
        label: bool,
        active: Option<&Found<'h>>,
    ) -> Option<Decision<'h>> {
        let (items, at, sentence) = (cx.items, cx.at, &cx.sentence);
        // ظاهرة «الحرقة»، أي الهجرة السرية: a short quotation the writer
        // glosses with أي ("that is") is a term explained, not words said
        if words <= 3 && self.glossed(items, at, sentence.end) {
            return Some(name_decision(QuoteKind::Term, Rule::Short, 0.7));
        }
        // من الفئة «أ»، المجموعة "ب": one letter in marks is a label, never
        // words said
        let one_letter = words == 1
            && self.name_tokens(q).all(|i| {
                self.toks[i].kind != TokenKind::Word
                    || self.text[self.toks[i].span.range()].chars().count() == 1
            });
        if one_letter {
            return Some(name_decision(QuoteKind::Name, Rule::Short, 0.7));
        }
        // أعلنت الشركة الوطنية للمياه «الصوناد»، اليوم، عن: a body's short
        // name right after the body named as the cue's subject, the clause
        // going on
        if words <= 2 && at > sentence.start && self.short_name_after_body(items, at, q, sentence.end, active)
        {
            return Some(name_decision(QuoteKind::Name, Rule::SpeakerInMarks, 0.7));
        }
        // المزارع فلان «أبو رامي»: a kunya (أبو، أم + a name) is a name
        if words == 2 && self.is_kunya(q) {
            return Some(name_decision(QuoteKind::Name, Rule::NameTrigger, 0.7));
        }
        // تطبيقات مثل «…»: an example after "such as" is named, not said
        let such_as = at > sentence.start
            && matches!(
                Clitics::without_conjunction(self.folded_item(items[at - 1])),
                "مثل" | "مثلا" | "ومنها" | "منها"
            );
        if such_as && words <= MAX_NAME && !self.starts_with_verb(q) {
            return Some(name_decision(QuoteKind::Name, Rule::NameTrigger, 0.7));
        }
        // مجلة «سينماتك»: right after a noun that introduces names, one word
        // is a name even if it reads like a verb in the future
        let named_by_noun = at > sentence.start
            && self.quote_words(q) == 1
            && self.class(items[at - 1]).has(Class::TRIGGER_NAME)
            && !is_definite(self.folded_item(items[at - 1]));
        // (الجولة في مدينة الطائف «تتجه إلى تسوية»: a present verb
        // with its preposition opens a clause, unless a noun that names
        // stands right before the marks: برنامج «يحدث في مصر»)
        let trigger_before = at > sentence.start
            && self
                .class(items[at - 1])
                .has(Class::TRIGGER_NAME | Class::TRIGGER_TITLE | Class::TRIGGER_TERM);
        // («هي ما يموّل …»: a name never opens on a pronoun)
        // («تقدماً كبيراً»: nor on an accusative noun and adjective, an
        // object of the clause around the marks)
        let clause = self.starts_with_verb(q)
            || (self.opens_on_accusative(q) && !trigger_before)
            || (self.starts_with_present_verb(q) && !trigger_before)
            || (words >= 2 && self.starts_with_pronoun(q) && !trigger_before);
        if clause && !named_by_noun {
            return None;
        }
        // ردد المحتجون شعار «…»: a slogan chanted is the chanters' words
        if self.chanted_slogan(items, at, sentence.start, active) {
            return None;
        }
        // صفاقس – «الصباح»: a dateline, the place, a dash, the outlet
        if words <= 3
            && !self.starts_with_verb(q)
            && !self.opens_with_particle(items, at)
            && self.dateline_outlet(items, at, sentence.clone())
        {
            return Some(name_decision(QuoteKind::Name, Rule::NameTrigger, 0.7));
        }
        // أن «جيش البلاد اعتقل …»: after إن/أن, a quotation is the reported clause
        let after_complementizer =
            at > sentence.start && self.class(items[at - 1]).has(Class::COMPLEMENTIZER);
        let goes_on = at + 1 < sentence.end && self.is_word(items[at + 1]);
        // إن «صفحة الخلاف انتهت».: a clause after إن/أن needs its
        // predicate; with nothing after the marks, they hold it
        let closes_clause = at + 1 >= sentence.end || self.punct(items[at + 1]).is_some();
        if after_complementizer && words >= 2 && closes_clause {
            return None;
        }
        // يرى أن «منصة الدولار» لم تحل: a short name opening on its noun,
        // the clause's subject, even after a verb that labels
        if after_complementizer && (2..=3).contains(&words) && goes_on && self.name_words_only(q) {
            if let Some(kind) = self.starts_with_trigger(q) {
                return Some(name_decision(kind, Rule::NameTrigger, 0.65));
            }
        }
        if after_complementizer && words > 3 {
            // إن «مهرجان … للمسرح» هذا العام جذب: a name opening on its noun,
            // as the clause's subject, the clause going on after the marks
            return self
                .starts_with_trigger(q)
                .filter(|_| goes_on && words <= MAX_NAMED_COLON && self.name_words_only(q))
                .map(|kind| name_decision(kind, Rule::NameTrigger, 0.65));
        }
        // وقال إن اسم ديوانه الأول هو «…»: a naming noun, its adjectives and
        // a copula before the marks name what is in them
        if words <= MAX_NAME && self.named_by_copula(items, at, sentence.start) {
            return Some(name_decision(QuoteKind::Title, Rule::NameTrigger, 0.7));
        }
        if !label && words <= 12 {
            if let Some(kind) = self.trigger_before(items, at, sentence.start, active.is_none(), words) {
                return Some(name_decision(kind, Rule::NameTrigger, 0.85));
            }
        }
        // الهلال الأحمر الليبي «نجدة»، هيئة الطوارئ الوطنية «إسعاف».: one
        // name word right after a definite phrase closed by its nisba is the
        // short name of what it names
        if words == 1 && self.short_name_after_nisba(items, at, q, sentence.clone()) {
            return Some(name_decision(QuoteKind::Name, Rule::NameTrigger, 0.7));
        }
        if !label && self.body_after_title(items, at, sentence.clone(), q) {
            return Some(name_decision(QuoteKind::Name, Rule::NameTrigger, 0.7));
        }
        // رأى عضو كتلة «…» النائب فلان: even after a verb that labels, a
        // noun in construct right before the marks names what is in them
        // (and وصف الناقد الفيلم في مراجعة بعنوان «…» بأنه: a work's title)
        let noun = if at > sentence.start { self.class(items[at - 1]) } else { Class::NONE };
        let construct = label
            && noun.has(Class::TRIGGER_NAME | Class::TRIGGER_TITLE)
            && !is_definite(self.folded_item(items[at - 1]))
            && !self.is_verb_cue(items[at - 1]);
        // (but منظمة «إرهابية»: an adjective in marks is the label itself)
        let adjective = || {
            self.name_tokens(q)
                .find(|&i| self.toks[i].kind == TokenKind::Word)
                .is_some_and(|i| is_nisba(self.fold_of(i)) && !is_definite(self.fold_of(i)))
        };
        if construct && noun.has(Class::TRIGGER_TITLE) && !noun.has(Class::TRIGGER_NAME) && !adjective() {
            return Some(name_decision(QuoteKind::Title, Rule::NameTrigger, 0.8));
        }
        if construct && words <= MAX_NAME && !adjective() {
            return Some(name_decision(QuoteKind::Name, Rule::NameTrigger, 0.8));
        }
        // الوزير: «القرار النهائي للحكومة»، ومدربه: «اللقب للجماهير»: after a
        // colon that frames a source's words, definite words are what they said
        // (a frame headed by a title, body or group: not وتضمن جدول …:)
        let framed = at > sentence.start
            && self.punct(items[at - 1]) == Some(':')
            && self
                .class(items[sentence.start])
                .union(self.possessed_class(items[sentence.start], Class::TITLE))
                .has(Class::TITLE | Class::BODY | Class::COLLECTIVE)
            && self.colon_frame(items, at, sentence.start).is_some();
        if framed {
            return None;
        }
        if words > MAX_NAME {
            // «المؤتمر الإقليمي للطاقة المتجددة وتحلية المياه»: a long name
            // of definite words only
            let class = self.definite_trigger(q);
            return (class.has(Class::TRIGGER_NAME | Class::TRIGGER_TITLE) && !label).then(|| {
                let kind = if class.has(Class::TRIGGER_NAME) { QuoteKind::Name } else { QuoteKind::Title };
                name_decision(kind, Rule::NameTrigger, 0.7)
            });
        }
        // التقرير الذي اطلعت عليه «…»، الوثيقة التي حصلت عليها «…»: the
        // subject of a relative clause's verb, after its preposition with
        // the pronoun of the antecedent
        if words <= MAX_NAME
            && at >= sentence.start + 3
            && self.is_pronoun_preposition(items[at - 1])
            && self.is_word(items[at - 2])
            && self.class(items[at - 3]).has(Class::RELATIVE)
            && self.name_words_only(q)
        {
            return Some(name_decision(QuoteKind::Name, Rule::SpeakerInMarks, 0.65));
        }
        // (but وصف الوزير النائبة بـ«…»: a labelling verb's object before بـ)
        let labelled = label && at > sentence.start && self.folded_item(items[at - 1]) == "ب";
        if words <= 4 && !labelled && self.preposition_before(items, at, sentence.start) {
            return Some(name_decision(QuoteKind::Name, Rule::NamePreposition, 0.75));
        }
        if label {
            return None;
        }
        if words <= 3 && self.adjective_after(items, at, sentence.end) {
            return Some(name_decision(QuoteKind::Name, Rule::NameAdjective, 0.7));
        }
        if let Some(kind) = self.starts_with_trigger(q) {
            return Some(name_decision(kind, Rule::NameTrigger, 0.7));
        }
        // عرض «…» الذي يجمع: a relative clause on what the marks name
        if words <= MAX_NAME && self.noun_then_relative(items, at, sentence.clone()) {
            return Some(name_decision(QuoteKind::Name, Rule::NameTrigger, 0.6));
        }
        if words <= 3
            && self.coordinated_name(items, at, sentence.start, cx.previous_speech, active.is_some())
        {
            return Some(name_decision(QuoteKind::Name, Rule::NameTrigger, 0.6));
        }
        // «منظمة …» تتهم: a quotation opening the sentence as a verb's subject
        let next = items.get(at + 1).copied().filter(|_| at + 1 < sentence.end);
        if words <= 4
            && at == sentence.start
            && next.is_some_and(|n| self.is_verb_cue(n) && !self.starts_with_conjunction(n))
        {
            return Some(name_decision(QuoteKind::Name, Rule::SpeakerInMarks, 0.65));
        }
        // الرئيس: «حماس» لم تعط …: a name opening the words after a colon
        let after_colon = at > sentence.start && self.punct(items[at - 1]) == Some(':');
        let continues = next.is_some_and(|n| self.is_word(n));
        // (not a negation's predicate: الوزارة: «لا تغيير» في المواعيد …)
        let negation = self
            .name_tokens(q)
            .find(|&i| self.toks[i].kind == TokenKind::Word)
            .is_some_and(|i| matches!(self.fold_of(i), "لا" | "لن" | "لم" | "ليس" | "ما"));
        if words <= 2 && after_colon && continues && active.is_none() && !negation {
            return Some(name_decision(QuoteKind::Name, Rule::NameTrigger, 0.6));
        }
        // وفي «الغد»، كتب …: a place or paper in marks after the sentence's
        // opening preposition, then a comma
        let opening_preposition = at == sentence.start + 1
            && matches!(
                Clitics::without_conjunction(self.folded_item(items[sentence.start])),
                "في" | "من" | "علي"
            );
        if words <= 3 && opening_preposition && next.is_some_and(|n| self.is_comma(n)) {
            return Some(name_decision(QuoteKind::Name, Rule::NamePreposition, 0.65));
        }
        // أفردت «الغد» صفحتها الثانية لـ…: a verb no list knows, then a short name
        // in marks as its subject, then the object with its pronoun
        // (not a possessed noun, nor the noun after إن: إن بلاده «…» بحصتها)
        let unlisted_verb = at > sentence.start
            && self.is_unlisted(items[at - 1])
            && !ends_in_pronoun(&self.written(items[at - 1]))
            && !(at >= sentence.start + 2 && self.class(items[at - 2]).has(Class::COMPLEMENTIZER));
        let possessed_next = next.is_some_and(|n| {
            self.is_word(n) && ends_in_pronoun(&self.written(n)) && self.folded_item(n).chars().count() >= 5
        });
        // (or a definite object: تبنت «…» التفجير; the verb's object does
        // not come before its subject)
        if words <= 3
            && unlisted_verb
            && (possessed_next || self.is_object_after_name(next))
            && active.is_none_or(|f| !self.same_clause(items, f.at, at))
        {
            return Some(name_decision(QuoteKind::Name, Rule::SpeakerInMarks, 0.6));
        }
        // قال المدرب بعد الفوز على «…»: «…»: in the frame of a colon that
        // introduces a quotation, a short one is a name, not the words
        if words <= 3 && active.is_some() && self.frames_a_quotation(items, at + 1, sentence.end) {
            return Some(name_decision(QuoteKind::Name, Rule::NameTrigger, 0.6));
        }
        // أضافت «…» إلى برنامجها: a short object of the verb, not its words
        // (not before a time or circumstance: يرددون «…» عند دخولهم)
        let object = active.is_some_and(|f| f.at + f.len == at && f.entry.kind() == CueKind::Verb);
        let complement = next.is_some_and(|n| {
            self.class(n).has(Class::PREPOSITION)
                && !matches!(
                    Clitics::without_conjunction(self.folded_item(n)),
                    "عند" | "بعد" | "قبل" | "خلال" | "اثناء" | "منذ" | "حتي" | "وسط" | "بين"
                )
        });
        if words <= 3 && object && complement {
            return Some(name_decision(QuoteKind::Name, Rule::NameTrigger, 0.6));
        }
        None
    }

    /// The first item after a dateline opening the sentence at `start`: a
    /// few words (a place, an agency), maybe a gloss in brackets (`الرباط
    /// (و م ع) -`), then a dash; two such parts at most (`جدة - واس -`).
    /// `start` itself when there is none.
    fn after_dateline(&self, items: &[Item], start: usize, at: usize) -> usize {
        let is_dash = |it: Item| matches!(self.punct(it), Some('-' | '–' | '—'));
        let mut s = start;
        // 09:20 | قررت الوزارة …: a live blog's time and its separator
        let time = |k: usize| {
            self.tok(items[k]).is_some_and(|t| t.kind == TokenKind::Number)
                || self.punct(items[k]) == Some(':')
        };
        let stamp = (s..at.min(s + 4)).find(|&k| !time(k)).unwrap_or(s);
        if stamp > s
            && stamp + 1 < at
            && matches!(self.punct(items[stamp]), Some('|' | '-' | '–' | '—' | '•'))
        {
            s = stamp + 1;
        }
        for _ in 0..2 {
            let dash = (s..at.min(s + MAX_DATELINE_ITEMS))
                .find(|&k| !self.is_word(items[k]) && !matches!(self.punct(items[k]), Some('(' | ')')));
            match dash {
                Some(k) if k > s && is_dash(items[k]) && self.is_word(items[s]) => s = k + 1,
                _ => break,
            }
        }
        s
    }

    /// A dateline's outlet: one to three words that name a place open the
    /// sentence, then a dash, then the marks, closed by the sentence's end,
    /// a dash or a comma (`طرابلس – «الوسط»`، `القاهرة - «الشروق» -`).
    /// A title or body before the dash is a headline's speaker instead.
    fn dateline_outlet(&self, items: &[Item], at: usize, sentence: Range<usize>) -> bool {
        let is_dash = |it: Item| matches!(self.punct(it), Some('-' | '–' | '—'));
        let place = at >= sentence.start + 2
            && at <= sentence.start + 4
            && is_dash(items[at - 1])
            && items[sentence.start..at - 1].iter().all(|&it| {
                // (a place no list knows or a listed one: not الوزير – «…»)
                self.is_word(it)
                    && self.cue(it).is_none()
                    && matches!(self.class(it), Class::NONE | Class::PLACE)
            });
        let closed = at + 1 >= sentence.end || is_dash(items[at + 1]) || self.is_comma(items[at + 1]);
        place && closed
    }

    /// `عرض «…» الذي يجمع`، `مسار «…» الذي يربط`: a noun in construct
    /// right before the marks and a relative clause right after them, on
    /// what the marks name. Not after a preposition, a particle or a cue
    /// (`بـ«…» التي`، `من «…» التي`: words taken up by the clause).
    fn noun_then_relative(&self, items: &[Item], at: usize, sentence: Range<usize>) -> bool {
        if at == sentence.start || at + 1 >= sentence.end {
            return false;
        }
        let (prev, next) = (items[at - 1], items[at + 1]);
        let particle = Class::PREPOSITION | Class::COMPLEMENTIZER | Class::STOP | Class::RELATIVE;
        let noun = self.is_word(prev)
            && !self.class(prev).has(particle)
            && self.cue(prev).is_none()
            && !is_definite(Clitics::without_conjunction(self.folded_item(prev)))
            && !ends_in_pronoun(&self.written(prev));
        noun && self.class(next).has(Class::RELATIVE)
    }

    /// Whether a colon within a few words of `from`, in the same clause
    /// (no comma, quotation or cue between), introduces a quotation.
    fn frames_a_quotation(&self, items: &[Item], from: usize, end: usize) -> bool {
        let reach = end.min(from + MAX_NAMED_COLON);
        let Some(colon) = (from..reach).find(|&k| !self.is_word(items[k]) || self.cue(items[k]).is_some())
        else {
            return false;
        };
        self.punct(items[colon]) == Some(':') && matches!(items.get(colon + 1), Some(Item::Quote(_)))
    }

    /// Whether a title names someone who sits for a body or a place
    /// (`نائب`, `ممثلة`, `مندوب`, `مرشح`): `عن` after it gives the seat.
    fn is_representative(&self, item: Item) -> bool {
        let word = Clitics::without_conjunction(self.folded_item(item));
        let word = Clitics::without_article(word).unwrap_or(word);
        matches!(
            word,
            "نائب"
                | "نائبه"
                | "ممثل"
                | "ممثله"
                | "مندوب"
                | "مندوبه"
                | "مرشح"
                | "مرشحه"
                | "مترشح"
                | "مترشحه"
        )
    }

    /// Whether the quotation is all its paragraph holds (bullets and
    /// punctuation aside): a pull quote or cross-head.
    fn stands_alone(&self, items: &[Item], at: usize) -> bool {
        items
            .iter()
            .enumerate()
            .all(|(i, &it)| i == at || (!self.is_word(it) && !matches!(it, Item::Quote(_))))
    }

    /// Whether a paragraph's last item (punctuation aside) is a quotation
    /// read as someone's words: a quotation standing alone after it goes on
    /// with them (`وقالت الممرضة: «…».` then `«…».`).
    fn ends_with_speech(&self, items: &[Item], decisions: &[Decision<'h>]) -> bool {
        let last = items.iter().rev().find(|&&it| self.is_word(it) || matches!(it, Item::Quote(_)));
        match last {
            Some(&Item::Quote(q)) => {
                decisions.get(q as usize).is_some_and(|d| d.kind.is_speech() && d.speaker.is_some())
            }
            _ => false,
        }
    }

    /// The words of a level's items, a quotation counting its own.
    fn words_in(&self, items: &[Item]) -> usize {
        items
            .iter()
            .map(|&it| match it {
                Item::Quote(q) => self.quote_words(q),
                _ => usize::from(self.is_word(it)),
            })
            .sum()
    }

    /// Whether the quotation ends a short first paragraph (a headline's tail).
    fn ends_headline(&self, items: &[Item], at: usize) -> bool {
        let words = items.iter().filter(|&&it| self.is_word(it)).count();
        words <= MAX_HEADLINE_WORDS
            && items[at + 1..].iter().all(|&it| !self.is_word(it) && !matches!(it, Item::Quote(_)))
    }

    /// `بين المغرب و«…»`: a short quotation coordinated with a place or a name.
    fn coordinated_name(
        &self,
        items: &[Item],
        at: usize,
        start: usize,
        previous_speech: bool,
        cued: bool,
    ) -> bool {
        let glued_and = at > start && self.folded_item(items[at - 1]) == "و";
        if !glued_and || at < start + 2 {
            return false;
        }
        match items[at - 2] {
            // «ظالمة» و«متسرعة»: speech goes on; «فتح» و«حماس»: names go on
            Item::Quote(_) => !previous_speech,
            // (الأسعار والمطر و«النشامى»: the last of a list of
            // definite nouns joined by و, a topic named in marks, where no
            // one is reported: قال إن البلد يواجه الغلاء والبطالة و«…» are
            // the speaker's words)
            other => {
                let folded = self.folded_item(other);
                self.class(other).has(Class::PLACE | Class::BODY)
                    || (!cued && self.is_word(other) && folded.starts_with("وال") && is_definite(folded))
            }
        }
    }

    fn speech(&self, found: &Found<'h>, rule: Rule, confidence: f32) -> Decision<'h> {
        let entry = &found.entry;
        let cue =
            Cue::new(self.text, found.span, lemma_cow(self.lexicon, entry), entry.kind(), entry.class());
        speech_decision(found.speaker.clone(), found.resolution, Some(cue), rule, confidence)
    }

    /// A quotation right after `عبارة`، `كلمة` or `جملة` (`تلقينا من الوزارة
    /// عبارة «…»`): speech, by the source after `من` a few words before the
    /// noun, or else by the active cue's speaker or the sentence's subject.
    fn words_named_as_phrase(
        &self,
        cx: &Context<'_>,
        active: Option<&Found<'h>>,
        discourse: &mut Discourse<'h>,
    ) -> Option<Decision<'h>> {
        let (items, at) = (cx.items, cx.at);
        if let Some(known) = self.saying_of_before_colon(items, at, cx.sentence.start) {
            let known = discourse.note(known, false, true);
            return Some(speech_decision(Some(known), Resolution::Explicit, None, Rule::Colon, 0.7));
        }
        let noun = at.checked_sub(1).filter(|&n| n >= cx.sentence.start)?;
        if !self.is_phrase_noun(items[noun]) {
            return None;
        }
        // (من + the source, in the same clause, before the noun)
        let reach = noun.saturating_sub(MAX_PHRASE).max(cx.sentence.start);
        let from = (reach..noun)
            .rev()
            .take_while(|&k| self.is_word(items[k]))
            .find(|&k| Clitics::without_conjunction(self.folded_item(items[k])) == "من");
        let source = match from {
            Some(k) => self.phrase_after(items, k + 1, noun),
            // (or right after the quotation: تلقينا كلمة «…» من الممولين)
            None if items
                .get(at + 1)
                .is_some_and(|&n| at + 1 < cx.sentence.end && self.folded_item(n) == "من") =>
            {
                self.phrase_after(items, at + 2, cx.sentence.end)
            }
            None => None,
        };
        // (a source is a person, a body or a group: in صورة من الحفل
        // مرفقة بعبارة «…», من says where the picture is from)
        let source = source.filter(|&(first, _)| {
            let word = without_conjunction(self.folded_item(items[first]));
            self.class(items[first]).has(Class::TITLE | Class::BODY | Class::COLLECTIVE)
                || !is_definite(word)
                || is_plural_participle(word)
        });
        if let Some((first, stop)) = source {
            let known = discourse.note(self.known(items, first, stop - 1), false, true);
            return Some(speech_decision(Some(known), Resolution::Explicit, None, Rule::Label, 0.7));
        }
        if let Some(found) = active {
            return Some(self.speech(found, Rule::Label, 0.7));
        }
        // inside someone's words, with no other source: the one quoting
        if cx.level == Level::Nested {
            return Some(speech_decision(discourse.outer(), Resolution::Nested, None, Rule::Label, 0.6));
        }
        let subject = self.clause_subject(items, cx.sentence.start, at);
        Some(speech_decision(subject, Resolution::Explicit, None, Rule::Label, 0.6))
    }

    /// Whether a word names a saying: `عبارة`، `كلمة`، `جملة`، `مقولة`، `قول`
    /// (with the article or `ب`).
    /// `ردد المحتجون شعار «…»`، `هتفوا بشعارات «…»`: a slogan (or chant)
    /// in marks right after its noun, under a verb of chanting in force.
    fn chanted_slogan(&self, items: &[Item], at: usize, start: usize, active: Option<&Found<'h>>) -> bool {
        let Some(noun) = at.checked_sub(1).filter(|&n| n > start) else {
            return false;
        };
        let slogan = matches!(self.bare_noun(items[noun]), "شعار" | "شعارات" | "هتاف" | "هتافات");
        slogan
            && active.is_some_and(|f| {
                f.entry.kind() != CueKind::Nominal
                    && matches!(&*self.folded_lemma(&f.entry), "ردد" | "هتف")
                    && self.same_clause(items, f.at, at)
            })
    }

    fn is_phrase_noun(&self, item: Item) -> bool {
        matches!(self.bare_noun(item), "عباره" | "كلمه" | "جمله" | "مقوله" | "قول")
    }

    /// A noun's folded form without its conjunction, `ب` and article
    /// (`وبالشعارات` → `شعارات`), to compare with a short list.
    /// `تحت عنوان: «…»`, `المعنونة: "…"`: a colon right after the noun
    /// that gives a work its title (not a slogan's noun: chanted slogans are
    /// the chanters' words).
    fn naming_colon(&self, items: &[Item], at: usize, start: usize) -> bool {
        at >= start + 2
            && self.punct(items[at - 1]) == Some(':')
            && self.is_word(items[at - 2])
            && matches!(self.bare_noun(items[at - 2]), "عنوان" | "معنون" | "معنونه" | "موسوم" | "موسومه")
    }

    fn bare_noun(&self, item: Item) -> &str {
        let word = Clitics::without_conjunction(self.folded_item(item));
        let word = word.strip_prefix('ب').unwrap_or(word);
        Clitics::without_article(word).unwrap_or(word)
    }

    /// `تذكر الكاتب مقولة مأثورة للمعلم فلان: «…»`: a saying of someone
    /// on `لـ`, named a few words before the colon that opens the quotation.
    fn saying_of_before_colon(&self, items: &[Item], at: usize, start: usize) -> Option<Known<'h>> {
        let colon = at.checked_sub(1).filter(|&c| c > start && self.punct(items[c]) == Some(':'))?;
        let reach = colon.saturating_sub(MAX_PHRASE).max(start);
        let noun = (reach..colon)
            .rev()
            .take_while(|&k| self.is_word(items[k]))
            .find(|&k| self.is_phrase_noun(items[k]))?;
        // its adjectives (شهيرة، مأثورة), then the one whose saying it is
        let of = (noun + 1..colon.min(noun + 4)).find(|&k| self.folded_item(items[k]).starts_with('ل'))?;
        // (not a verb between, كلمة قالها لي, nor a pronoun on ل)
        let plain = items[noun + 1..of].iter().all(|&it| self.cue(it).is_none());
        if !plain
            || self.class(items[of]).has(Class::PRE_SUBJECT)
            || self.folded_item(items[of]).chars().count() < 3
        {
            return None;
        }
        let (first, stop) = self.phrase_after_preposition(items, of, colon)?;
        let mut known = self.known(items, first, stop - 1);
        known.read_off_preposition(self.text);
        Some(known)
    }

    /// `ما كتبه فلان من أن «…»`، `ما ذكرته الصحيفة من أن «…»`: a claim
    /// another made, named by ما and a reporting verb with its pronoun, then
    /// من أن and the quotation: its author is the verb's subject.
    fn author_of_claim(&self, items: &[Item], at: usize, start: usize) -> Option<Known<'h>> {
        if at < start + 4
            || self.folded_item(items[at - 1]) != "ان"
            || self.folded_item(items[at - 2]) != "من"
        {
            return None;
        }
        let reach = (at - 2).saturating_sub(MAX_PHRASE + 2).max(start);
        let ma =
            (reach..at - 2).rev().take_while(|&k| self.is_word(items[k]) || self.is_comma(items[k])).find(
                |&k| matches!(Clitics::without_conjunction(self.folded_item(items[k])), "ما" | "لما" | "بما"),
            )?;
        let verb = *items.get(ma + 1).filter(|_| ma + 1 < at - 2)?;
        // the verb with the pronoun of ما (قاله، كتبه، ذكرته، أعلنوه)
        let folded = self.folded_item(verb);
        let stem = ["ه", "ها"].iter().find_map(|p| folded.strip_suffix(p))?;
        // (the plural drops its alef before the pronoun: قالوه is قالوا + ه)
        let plural = stem.ends_with('و').then(|| format!("{stem}ا"));
        let entry = self
            .cue(verb)
            .map(|(e, _)| e)
            .or_else(|| self.lexicon.lookup(stem))
            .or_else(|| plural.and_then(|p| self.lexicon.lookup(&p)))?;
        if entry.kind() != CueKind::Verb {
            return None;
        }
        self.subject_after(items, ma + 2, at - 2, &entry)
    }

    /// `كما قال فلان، فإن …`: a sentence opening on كما and a reporting
    /// verb, whose main clause after a comma opens on `فإن`; the quotation
    /// at `at` stands in that clause.
    fn as_said_by(
        &self,
        items: &[Item],
        at: usize,
        sentence: Range<usize>,
        discourse: &Discourse<'h>,
    ) -> Option<Found<'h>> {
        let mut s = sentence.start;
        // (after an interview's answer label, ج:)
        if s + 2 < at && self.is_qa_label(items, s) {
            s += 2;
        }
        if s < at && matches!(self.folded_item(items[s]), "و" | "ف") {
            s += 1;
        }
        if s + 1 >= at || !matches!(self.folded_item(items[s]), "كما" | "وكما") {
            return None;
        }
        let (entry, len) = self.cue(items[s + 1]).filter(|(e, _)| e.kind() == CueKind::Verb)?;
        let reach = at.min(s + 1 + CLAUSE_SUBJECT_REACH);
        let fa_inna = (s + 2..reach).find(|&k| {
            self.is_comma(items[k])
                && items.get(k + 1).is_some_and(|&n| matches!(self.folded_item(n), "فان" | "فانه" | "فانها"))
        })?;
        let clause = sentence.start..fa_inna;
        Some(self.resolve_cue(items, s + 1, len as usize, clause, entry, None, None, discourse))
    }

    /// Whether nothing but words separates items `a` and `b` (no comma,
    /// colon or other quotation).
    fn same_clause(&self, items: &[Item], a: usize, b: usize) -> bool {
        // (a relative clause on the object set off by commas stays inside:
        // يصف الصيادون الميناء، الذي أغلق …، بـ«…»)
        let mut aside = false;
        for k in a + 1..b {
            let it = items[k];
            if self.is_word(it) {
                continue;
            }
            let opens = !aside && k + 1 < b && self.class(items[k + 1]).has(Class::RELATIVE);
            if !self.is_comma(it) || !(opens || aside) {
                return false;
            }
            aside = opens;
        }
        !aside
    }

    /// A quotation whose first word is a verb in the future (`«ستستفيد»`)
    /// or a reporting verb is not a name.
    fn starts_with_verb(&self, q: u32) -> bool {
        // among its first tokens
        let first = self.name_tokens(q).take(8).find(|&i| self.toks[i].kind == TokenKind::Word);
        first.is_some_and(|i| {
            let word = Clitics::without_conjunction(self.fold_of(i));
            let future = word.starts_with("سي") || word.starts_with("ست") || word.starts_with("سن");
            (future && word.chars().count() >= 5)
                || self.cue_of(&self.toks[i]).is_some_and(|(e, _)| e.kind() == CueKind::Verb && !e.is_weak())
        })
    }

    /// `البرتغالي جوزيه مورينيو إن`: a given name ending in `يه` (José),
    /// which reads like a noun with its pronoun, after a nisba of origin and
    /// before a family name that closes the phrase. (`واصل الوزير الفرنسي
    /// سعيه لتحقيق …`: a possessed noun goes on to its complement.)
    fn foreign_given_name(&self, items: &[Item], j: usize, end: usize) -> bool {
        let family_name = |k: usize| {
            k < end
                && self.is_word(items[k])
                && self.class(items[k]) == Class::NONE
                && self.cue(items[k]).is_none()
                && !is_definite(self.folded_item(items[k]))
                && !self.folded_item(items[k]).starts_with('و')
        };
        let closes =
            || self.closes_phrase_at(items, j + 2, end) || self.class(items[j + 2]).has(Class::ENDS_PHRASE);
        j > 0
            && is_nisba(self.folded_item(items[j - 1]))
            && self.folded_item(items[j]).ends_with("يه")
            && family_name(j + 1)
            && closes()
    }

    /// Whether the item at `k` ends a speaker phrase: the end, punctuation
    /// or a quotation, `إن`/`أن`, or a reporting verb.
    fn closes_phrase_at(&self, items: &[Item], k: usize, end: usize) -> bool {
        k >= end
            || !self.is_word(items[k])
            || self.class(items[k]).has(Class::COMPLEMENTIZER)
            || self.is_verb_cue(items[k])
    }

    /// Whether quotation `q` at `at` stands right after the body the active
    /// cue names as its subject, and the clause goes on past it (a comma, or
    /// a word): the body's short name, not its words.
    fn short_name_after_body(
        &self,
        items: &[Item],
        at: usize,
        q: u32,
        end: usize,
        active: Option<&Found<'h>>,
    ) -> bool {
        let Some(subject) =
            active.filter(|f| f.resolution == Resolution::Explicit).and_then(|f| f.speaker.as_ref())
        else {
            return false;
        };
        let body = subject.naming.body && subject.in_marks.is_none();
        let right_after = self.item_span(items[at - 1]).end == subject.mention.span().end;
        // (a comma, or what the verb goes on to: عن، إن، أن; not بالعقد,
        // after the verb's object: أكدت الشركة «الالتزام الكامل» بالعقد)
        let goes_on = at + 1 < end
            && (self.is_comma(items[at + 1])
                || self.class(items[at + 1]).has(Class::COMPLEMENTIZER)
                || self.folded_item(items[at + 1]) == "عن");
        // (words no list knows, not «لا تعليق»، «حالة الطوارئ»، «سنواصل»،
        // «التزامها»، «استعداداً»)
        body && right_after && goes_on && self.unlisted_name_words(q, false) && !self.starts_with_verb(q)
    }

    /// Whether the quotation stands right after a definite noun phrase that
    /// ends on a nisba (`الهلال الأحمر الليبي «نجدة»`), holds only words no
    /// list knows, and is no clause: the short name of what the phrase
    /// names (a colon after it would make it words said).
    fn short_name_after_nisba(&self, items: &[Item], at: usize, q: u32, sentence: Range<usize>) -> bool {
        if at < sentence.start + 2 {
            return false;
        }
        let (nisba, noun) = (items[at - 1], items[at - 2]);
        let definite_word = |item: Item| self.is_word(item) && is_definite(self.folded_item(item));
        let closed_by_nisba = definite_word(nisba)
            && is_nisba(self.folded_item(nisba))
            && self.class(nisba) == Class::NONE
            && self.cue(nisba).is_none()
            && definite_word(noun)
            && self.cue(noun).is_none();
        let colon_after = items.get(at + 1).is_some_and(|&next| self.punct(next) == Some(':'));
        closed_by_nisba
            && !colon_after
            && self.unlisted_name_words(q, true)
            && !self.starts_with_verb(q)
            && !self.starts_with_present_verb(q)
            && !self.opens_on_accusative(q)
    }

    /// Whether every word of a quotation is one no list knows, no cue, with
    /// no pronoun and not in the accusative (and, if `indefinite`, without
    /// the article): the words of a short name, not `«لا تعليق»`،
    /// `«التزامها»`، `«استعداداً»`.
    fn unlisted_name_words(&self, q: u32, indefinite: bool) -> bool {
        self.name_tokens(q).all(|i| {
            let t = &self.toks[i];
            let item = Item::Tok(i as u32);
            t.kind != TokenKind::Word
                || (t.class() == Class::NONE
                    && t.cue == NO_CUE
                    && !(indefinite && is_definite(self.fold_of(i)))
                    && !ends_in_pronoun(&self.written(item))
                    && !self.is_accusative(item))
        })
    }

    /// Whether the quotation is a kunya: `أبو`، `أم` (or `ابن`، `بنت`), then
    /// one word no list knows (`«أبو رامي»`، `«أم أحمد»`).
    fn is_kunya(&self, q: u32) -> bool {
        let mut words = self.name_tokens(q).filter(|&i| self.toks[i].kind == TokenKind::Word);
        let (Some(first), Some(second), None) = (words.next(), words.next(), words.next()) else {
            return false;
        };
        let name = &self.toks[second];
        matches!(self.fold_of(first), "ابو" | "ام" | "ابن" | "بنت")
            && name.class() == Class::NONE
            && name.cue == NO_CUE
            && !is_definite(self.fold_of(second))
    }

    /// Whether the quotation opens on an independent pronoun (`هي ما …`،
    /// `نحن لا …`): a clause, never a name.
    /// The nominal cue after a comma within a few words from `from`, with
    /// no quotation or reporting verb before it (`بشأن الصفقة، بحسب`).
    fn nominal_cue_past_adjunct(&self, items: &[Item], from: usize, end: usize) -> Option<usize> {
        let nominal = |next: usize| self.cue(items[next]).is_some_and(|(e, _)| e.kind() == CueKind::Nominal);
        let reach = end.min(from + 12);
        let blocked = |k: &usize| {
            matches!(items[*k], Item::Quote(_))
                || self.is_verb_cue(items[*k])
                || self.is_sentence_end(items[*k])
        };
        let stop = (from..reach).find(blocked).unwrap_or(reach);
        (from..stop).find(|&k| self.is_comma(items[k]) && k + 1 < end && nominal(k + 1)).map(|k| k + 1)
    }

    /// Whether the quotation opens on a noun and its adjective that both
    /// carry the accusative's tanwin (`تقدماً كبيراً`، `نمواً قياسياً`):
    /// an object of the clause around the marks (a slogan's adverb has
    /// one: `معاً ضد الجفاف`).
    fn opens_on_accusative(&self, q: u32) -> bool {
        let accusative = |i: usize| printed_accusative(&self.text[self.toks[i].span.range()]);
        let mut words = self.name_tokens(q).filter(|&i| self.toks[i].kind == TokenKind::Word);
        words.next().is_some_and(accusative) && words.next().is_some_and(accusative)
    }

    fn starts_with_pronoun(&self, q: u32) -> bool {
        let first = self.name_tokens(q).find(|&i| self.toks[i].kind == TokenKind::Word);
        first.is_some_and(|i| {
            matches!(
                Clitics::without_conjunction(self.fold_of(i)),
                "هو" | "هي" | "هم" | "هن" | "هما" | "نحن" | "انا" | "انت" | "انتم"
            )
        })
    }

    /// Whether the quotation opens on a present verb no list knows, its
    /// preposition right after it (`تتجه إلى`، `يسعى إلى`): the shape of a
    /// verbal noun (`تقرير عن`، `تعاون من أجل`، `تنمية`) does not count.
    fn starts_with_present_verb(&self, q: u32) -> bool {
        let mut words = self.name_tokens(q).filter(|&i| self.toks[i].kind == TokenKind::Word);
        let (Some(first), Some(second)) = (words.next(), words.next()) else {
            return false;
        };
        let word = Clitics::without_conjunction(self.fold_of(first));
        let letters: Vec<char> = word.chars().collect();
        let printed = self.text[self.toks[first].span.range()].trim_end_matches(is_foldable_mark);
        // (no verbal noun opens on ي: يراهن، يسعى are verbs)
        let on_ya = letters.first() == Some(&'ي');
        let verbal_noun = printed.ends_with('ة')
            || word.ends_with("ات")
            || (letters.get(2) == Some(&'ا') && !on_ya)
            || (letters.len() == 5 && letters[3] == 'ي' && !on_ya);
        is_present_form(word)
            && (4..=6).contains(&letters.len())
            && !verbal_noun
            && self.toks[first].class() == Class::NONE
            && matches!(self.fold_of(second), "من" | "الي" | "علي" | "في" | "عن" | "مع")
    }

    /// The first quotation of a list that ends with the one at `at`
    /// (`«…» و«…»`, `«…»، «…»`), at most eight back.
    fn list_head(&self, items: &[Item], at: usize, start: usize) -> usize {
        let mut head = at;
        for _ in 0..8 {
            let joined = head >= start + 2
                && (self.folded_item(items[head - 1]) == "و" || self.is_comma(items[head - 1]))
                && matches!(items[head - 2], Item::Quote(_));
            if !joined {
                break;
            }
            head -= 2;
        }
        head
    }

    /// A noun that introduces names just before the quotation (`صحيفة «…»`,
    /// `بموقع التواصل الاجتماعي “…”`); with no cue in force, a title
    /// before a short quotation introduces a person's name
    /// (`وقائد الحوثيين في عدن «…»`).
    /// `اسمه الحقيقي هو «…»`، `عنوان كتابها هو «…»`: a copula right
    /// before the quotation at `at`, after a noun that names (a title, a
    /// name, a nickname, with its pronoun or article) and at most two words
    /// describing it.
    fn named_by_copula(&self, items: &[Item], at: usize, start: usize) -> bool {
        if at < start + 2 || !matches!(self.folded_item(items[at - 1]), "هو" | "هي") {
            return false;
        }
        (at.saturating_sub(4).max(start)..at - 1).rev().any(|k| {
            let word = without_conjunction(self.folded_item(items[k]));
            let noun = split_pronoun(word).map_or(article_stem(word), |(stem, _, _)| stem);
            self.is_word(items[k])
                && matches!(noun, "عنوان" | "اسم" | "لقب" | "شعار")
                && items[k + 1..at - 1].iter().all(|&it| self.is_word(it))
        })
    }

    fn trigger_before(
        &self,
        items: &[Item],
        at: usize,
        start: usize,
        uncued: bool,
        words: usize,
    ) -> Option<QuoteKind> {
        let short = words <= 3;
        // بتهم «…» و«…» و«…»: a quotation in a list is introduced by the
        // noun before the list's first
        let at = self.list_head(items, at, start);
        let mut k = at;
        // تحت عنوان: «…»، بعنوان: "…": a colon after the noun of a title
        // names what follows as much as the bare noun does
        if self.naming_colon(items, k, start) {
            k -= 1;
        }
        // a preposition between: يعرف بـ "…"، حسابه على «…»، صفحتها في «…»
        // (and إلى after a noun of an exchange: في حديث إلى «…»)
        let to_outlet = || {
            k > start + 1
                && self.folded_item(items[k - 1]) == "الي"
                && self.class(items[k - 2]).has(Class::EXCHANGE)
        };
        let through = k > start
            && (matches!(self.folded_item(items[k - 1]), "ب" | "ل" | "ك" | "علي" | "في" | "عبر" | "مع")
                || to_outlet());
        if through {
            k -= 1;
        }
        // مطالباً هيئة الدوري بـ«…»: the ب of a verb of demand or promise
        // after its object, not a name's preposition
        let demanded = through
            && self.folded_item(items[k]) == "ب"
            && (k.saturating_sub(4).max(start)..k).any(|v| {
                self.cue(items[v])
                    .is_some_and(|(e, _)| e.class() == CueClass::Act && self.lexicon.supports(&e, "ب"))
            });
        if demanded {
            return None;
        }
        let mut seen = 0;
        // المعروفة إعلامياً بـ«…»: an adverb between the noun and its preposition
        if through && k > start + 1 && self.is_word(items[k - 1]) && self.is_accusative(items[k - 1]) {
            k -= 1;
        }
        // ما بات يعرف في الحي بـ«…»: where it is so called, on في, between
        // the verb of naming and its preposition
        if through {
            let place = (k.saturating_sub(3).max(start + 1)..k).find(|&p| self.folded_item(items[p]) == "في");
            if let Some(p) = place {
                let named =
                    self.class(items[p - 1]).has(Class::TRIGGER_TERM) && self.cue(items[p - 1]).is_none();
                if named && items[p..k].iter().all(|&it| self.is_word(it)) {
                    k = p;
                }
            }
        }
        // الهيئة الأهلية «جسور الخير» توزيع …، وكالة أنباء الساحل «سنا»،
        // أن: a short name in marks set after a body's own name, the
        // clause going on after it
        let next = items.get(at + 1).copied();
        // (not «لا»، «لن نقبل»: words, not a name)
        let Some(&Item::Quote(q)) = items.get(at) else { return None };
        let particle = self
            .name_tokens(q)
            .find(|&i| self.toks[i].kind == TokenKind::Word)
            .is_some_and(|i| self.toks[i].class().has(Class::STOP | Class::COMPLEMENTIZER));
        let apposition =
            short && !through && !particle && next.is_some_and(|n| self.is_word(n) || self.is_comma(n));
        // (the body's own adjectives only between it and the marks)
        let mut only_adjectives = true;
        while k > start && seen < 3 {
            let item = items[k - 1];
            if !self.is_word(item) {
                return None;
            }
            let word = self.folded_item(item);
            // روايته «…»، حسابها على «…»: a possessed noun introduces names too
            let class = self.class(item).union(
                self.possessed_class(item, Class::TRIGGER_NAME | Class::TRIGGER_TITLE | Class::EXCHANGE),
            );
            // في حوار مع «…»، تغريدة على «…»: where the words were said or posted
            if through && seen == 0 && words <= 4 && class.has(Class::EXCHANGE) {
                return Some(QuoteKind::Name);
            }
            // a name in marks follows its noun in construct, without the
            // article: صحيفة «…», not الاتفاق «…» or بالجائزة «…»
            let listed = self.words.exact(Clitics::without_conjunction(word));
            // (ألبوم، ألعاب: printed with a hamza, أل is no article)
            let hamza = self.written(item).trim_start_matches(['و', 'ف']).starts_with('أ');
            let definite = Clitics::readings(word).any(|r| r.article) && !hamza;
            // (a work named after its article and an adjective: الفيلم
            // الوثائقي «…»، الرواية الجديدة «…»)
            let described_work = seen > 0 && class.has(Class::TRIGGER_TITLE);
            // (and a place or firm after its article and adjectives, the
            // clause going on past a short name: في المنطقة الصناعية «…»
            // توقفت; not the subject of إن/أن, whose predicate the marks
            // may hold: إن الشركة الوطنية «ملتزمة» بتعويض)
            let subject_of_complementizer =
                k >= start + 2 && self.class(items[k - 2]).has(Class::COMPLEMENTIZER);
            let described_place = seen > 0
                && only_adjectives
                && !subject_of_complementizer
                && short
                && !particle
                && class.has(Class::TRIGGER_NAME)
                && next.is_some_and(|n| {
                    self.is_word(n) && !self.class(n).has(Class::PREPOSITION | Class::COMPLEMENTIZER)
                });
            let bare_trigger = !definite
                || listed.has(Class::TRIGGER_NAME | Class::TRIGGER_TERM)
                || described_work
                || described_place;
            // وأن مشروع الميزانية الجديدة «لن يمس …»: past the noun's own words,
            // a quotation after the subject of أن, or opening on a verbal
            // particle, is what is said of it
            if class.has(Class::TRIGGER_NAME | Class::TRIGGER_TITLE | Class::TRIGGER_TERM) {
                let particle = self.opens_with_particle(items, at);
                // (but أن الحملة الوطنية «…» شملت: the clause going on
                // past the marks, they name the subject)
                // (or to the words said of them: أن مبادرة «…» «…»)
                // (or past a relative clause on them: أن قصيدة «…»، التي كتبها …، هي)
                let relative_next = next.is_some_and(|n| self.is_comma(n))
                    && items.get(at + 2).is_some_and(|&r| self.class(r).has(Class::RELATIVE));
                let clause_goes_on =
                    next.is_some_and(|n| self.is_word(n) || matches!(n, Item::Quote(_))) || relative_next;
                let after_subject = k >= start + 2
                    && self.class(items[k - 2]).has(Class::COMPLEMENTIZER)
                    && words >= 2
                    && !clause_goes_on;
                // (and إن روايتها «…».: the noun itself the subject, the
                // quotation closing the clause is its predicate)
                if (seen > 0 && particle) || after_subject {
                    return None;
                }
                // إن حزبه «لن يشارك»: no party or body is named «لن …» (a book may be)
                if particle && class.has(Class::TRIGGER_NAME) && !class.has(Class::TRIGGER_TITLE) {
                    return None;
                }
            }
            // names are short; a title (تقريراً بعنوان «…») may be a sentence
            if bare_trigger && class.has(Class::TRIGGER_NAME) && words <= MAX_NAME {
                return Some(QuoteKind::Name);
            }
            if bare_trigger && class.has(Class::TRIGGER_TITLE) {
                return Some(QuoteKind::Title);
            }
            // (a charge's legal wording in construct may run longer: بتهمة «…»)
            let most = if seen == 0 && !definite { MAX_TERM_IN_CONSTRUCT } else { MAX_NAME };
            if bare_trigger && class.has(Class::TRIGGER_TERM) && words <= most {
                return Some(QuoteKind::Term);
            }
            if uncued && short && seen == 0 && class.has(Class::TITLE) {
                return Some(QuoteKind::Name);
            }
            // (a name stands for one body: not المنظمات الدولية «الإغاثة العاجلة»)
            let one_body = class.has(Class::BODY) && !word.ends_with("ات");
            if apposition && seen > 0 && only_adjectives && one_body && self.cue(item).is_none() {
                return Some(QuoteKind::Name);
            }
            // look past definite words after the noun (موقع التواصل الاجتماعي
            // “…”), for a short quotation, and past adjectives for any; for
            // a name in apposition, past a noun in construct (وكالة أنباء …)
            let adjective = is_nisba(word) || class.has(Class::ADJECTIVE);
            only_adjectives &= adjective;
            let construct = apposition
                && k > start + 1
                && class == Class::NONE
                && self.class(items[k - 2]).has(Class::TRIGGER_NAME | Class::BODY);
            // (through a preposition, only adjectives: طالبت نقابة المحامين
            // العرب بـ«…» asks for the words, it does not name the body)
            if !(definite || construct)
                || self.cue(item).is_some()
                || class.has(Class::TITLE | Class::BODY)
                || !(short || adjective)
                || (through && !adjective)
            {
                return None;
            }
            seen += 1;
            k -= 1;
        }
        None
    }

    /// Whether a folded word is the sound plural of a listed title, with
    /// the article (`الصحفيين`، `المراسلون`), which no family name is.
    fn is_title_plural(&self, bare: &str) -> bool {
        let Some(noun) = bare.strip_prefix("ال") else {
            return false;
        };
        ["ين", "ون"]
            .iter()
            .filter_map(|s| noun.strip_suffix(s))
            .any(|stem| stem.chars().count() >= 3 && self.words.exact(stem).has(Class::TITLE))
    }

    /// Whether the quotation at `items[at]` opens on a particle that only comes before a verb: `لن`، `لم`،
    /// `سوف`، `قد`، `لقد`.
    fn opens_with_particle(&self, items: &[Item], at: usize) -> bool {
        let Some(&Item::Quote(q)) = items.get(at) else {
            return false;
        };
        let mut words = self.name_tokens(q).take(8).filter(|&i| self.toks[i].kind == TokenKind::Word);
        match words.next().map(|i| self.fold_of(i)) {
            Some("لن" | "لم" | "سوف" | "قد" | "لقد") => true,
            // لا يعدو، لا يمكن: the negation before a present verb (not لا
            // للفساد, a slogan's name)
            Some("لا") => words.next().is_some_and(|i| self.fold_of(i).starts_with('ي')),
            _ => false,
        }
    }

    /// The classes of a trigger noun carrying a possessive pronoun
    /// (`روايته`, `حسابها`, `صفحتهم`), read without it.
    fn possessed_class(&self, item: Item, wanted: Class) -> Class {
        // (والدته is والدة with its pronoun, not و + الدته)
        let folded = self.folded_item(item);
        let bare = Clitics::without_conjunction(folded);
        match self.possessed_class_of(folded, wanted) {
            Class::NONE if bare.len() < folded.len() => self.possessed_class_of(bare, wanted),
            class => class,
        }
    }

    /// Whether a word printed with `ه` that folds like a feminine title or
    /// body is a masculine title with its pronoun: `محاميه` (his lawyer,
    /// not محامية), `مؤسسه` (its founder, not مؤسسة).
    fn pronoun_not_ta_marbuta(&self, item: Item) -> bool {
        let written = self.written(item);
        let folded = Clitics::without_conjunction(self.folded_item(item));
        written.trim_end_matches(is_foldable_mark).ends_with('ه')
            && folded.strip_suffix('ه').is_some_and(|stem| {
                stem.chars().count() >= 3 && self.lexicon.vocab(stem).class.has(Class::TITLE)
            })
    }

    /// [`possessed_class`](Self::possessed_class) of a folded word.
    fn possessed_class_of(&self, word: &str, wanted: Class) -> Class {
        self.possessed_noun_of(word, wanted).map_or(Class::NONE, |(_, class)| class)
    }

    /// The noun a folded word with a pronoun stands for, when it has one of
    /// the `wanted` classes, and its classes: `مخرجته` → `مخرجه` (a title).
    fn possessed_noun_of<'w>(&self, word: &'w str, wanted: Class) -> Option<(Cow<'w, str>, Class)> {
        for &(suffix, ..) in &PRONOUN_SUFFIXES {
            if let Some(stem) = word.strip_suffix(suffix).filter(|s| s.chars().count() >= 2) {
                // a ة before the pronoun is written ت: روايت|ه → روايه
                // (on a preposition too: بروايتها الأخيرة «…»)
                for form in [noun_before_pronoun(stem), Cow::Borrowed(stem)] {
                    let class = self.lexicon.vocab(&form).class;
                    if class.has(wanted) {
                        return Some((form, class));
                    }
                }
            }
        }
        None
    }

    /// The trigger class of a name in marks that opens on a noun of names
    /// with the article, when every word is definite (no verb or predicate:
    /// `«الهيئة العليا للرقابة»`, `«المؤتمر الإقليمي للطاقة وتحلية المياه»`,
    /// but `«المجلس قرر …»`); `Class::NONE` otherwise.
    fn definite_trigger(&self, q: u32) -> Class {
        let mut words = [""; MAX_DEFINITE_NAME + 1];
        let mut n = 0;
        for i in self.name_tokens(q).filter(|&i| self.toks[i].kind == TokenKind::Word) {
            if n > MAX_DEFINITE_NAME {
                return Class::NONE;
            }
            words[n] = self.fold_of(i);
            n += 1;
        }
        let words = &words[..n];
        let Some(bare) = words.first().and_then(|w| Clitics::without_article(w)) else {
            return Class::NONE;
        };
        // (a noun in construct after و or ل: وإعادة الإعمار، لحقوق الإنسان)
        let in_construct = |k: usize| {
            words[k].starts_with(['و', 'ل']) && words.get(k + 1).is_some_and(|next| is_definite(next))
        };
        // (and a preposition of aim before a definite noun, past the
        // name's head and adjective: الحملة الوطنية ضد الفساد، المؤتمر
        // الدولي حول المناخ)
        let of_aim = |k: usize| {
            k >= 2
                && matches!(words[k], "ضد" | "حول")
                && words.get(k + 1).is_some_and(|next| is_definite(next))
        };
        let definite = (0..words.len())
            .all(|k| is_definite(words[k]) || words[k].starts_with("لل") || in_construct(k) || of_aim(k));
        if !(2..=MAX_DEFINITE_NAME).contains(&words.len()) || !definite {
            return Class::NONE;
        }
        self.words.exact(bare).intersect(Class::TRIGGER_NAME | Class::TRIGGER_TITLE)
    }

    /// `رئيس «رابطة الصيادين» فلان`، `مدير «…» أن`: an indefinite title
    /// in construct right before the marks heads the body they name. The
    /// title's phrase goes on after them (a name, a verb, a comma), and the
    /// quotation opens on a noun of bodies (`رابطة`، `حزب`، `مستشفى`): not
    /// `قال مسؤول «الوضع خطير» جداً`.
    fn body_after_title(&self, items: &[Item], at: usize, sentence: Range<usize>, q: u32) -> bool {
        if at <= sentence.start || at + 1 >= sentence.end || self.quote_words(q) > MAX_NAMED_COLON {
            return false;
        }
        let title = items[at - 1];
        // (أمام folds like إمام: a preposition is no title)
        let in_construct = self.class(title).has(Class::TITLE)
            && !self.class(title).has(Class::PREPOSITION)
            && !is_definite(self.folded_item(title))
            && self.cue(title).is_none()
            && !self.is_accusative(title);
        let goes_on = self.is_word(items[at + 1]) || self.is_comma(items[at + 1]);
        let first = self.name_tokens(q).find(|&i| self.toks[i].kind == TokenKind::Word);
        let opens_on_noun = first.is_some_and(|i| {
            self.toks[i].class().has(Class::BODY | Class::TRIGGER_NAME | Class::TRIGGER_TITLE)
        });
        in_construct && goes_on && opens_on_noun && !self.starts_with_verb(q)
    }

    /// The index of the quotation in `ما تسمى «…»` or `ما يعرف بـ«…»`
    /// starting at `at` (the so-called name of a body), if one is there.
    fn so_called_name(&self, items: &[Item], at: usize, end: usize) -> Option<usize> {
        if self.folded_item(items[at]) != "ما" {
            return None;
        }
        // (the quotation right after the verb, or after its بـ)
        let k = (at + 2..end.min(at + 4)).find(|&k| matches!(items[k], Item::Quote(_)))?;
        let Item::Quote(q) = items[k] else { return None };
        let adjacent = k == at + 2 || self.folded_item(items[at + 2]) == "ب";
        (adjacent && self.quote_words(q) <= MAX_NAME && self.so_called_before(items, k, at + 1)).then_some(k)
    }

    /// `حزب العمال`، `قانون المالية` inside the marks: a name or a title.
    fn starts_with_trigger(&self, q: u32) -> Option<QuoteKind> {
        // «فيسبوك»، «تيك توك»: a platform's name alone
        let mut words = self.name_tokens(q).filter(|&i| self.toks[i].kind == TokenKind::Word).peekable();
        if words.peek().is_some() && words.all(|i| self.words.exact(self.fold_of(i)).has(Class::PLATFORM)) {
            return Some(QuoteKind::Name);
        }
        let range = self.quote_tokens(q as usize);
        let first = self.name_tokens(q).find(|&i| self.toks[i].kind == TokenKind::Word)?;
        let mut class = self.words.exact(self.fold_of(first));
        if class == Class::NONE {
            class = self.definite_trigger(q);
        }
        // «بطولة عربية استثنائية»، «جمعية خيرية»: an indefinite noun with
        // nisba adjectives describes something, it names nothing
        let described = || {
            let mut rest =
                self.name_tokens(q).filter(|&i| self.toks[i].kind == TokenKind::Word).skip(1).peekable();
            !is_definite(self.fold_of(first))
                && rest.peek().is_some()
                && rest.all(|i| {
                    let word = self.fold_of(i);
                    !is_definite(word) && is_nisba(word)
                })
        };
        if range.len() < 2 || described() {
            None
        } else if class.has(Class::TRIGGER_NAME) {
            Some(QuoteKind::Name)
        } else if class.has(Class::TRIGGER_TITLE) {
            Some(QuoteKind::Title)
        } else {
            None
        }
    }

    /// `لـ«…»`: a short quotation right after a bare `ل` names an addressee
    /// or channel; after `بـ` that follows a title, it names the
    /// institution (`والناطق الإعلامي بـ«…»`).
    fn preposition_before(&self, items: &[Item], at: usize, start: usize) -> bool {
        if at <= start {
            return false;
        }
        match self.folded_item(items[at - 1]) {
            "ل" => true,
            // مؤكدين في «إعلان …»، كتب في «…»: where the words were said
            "في" if at >= start + 2 => self.is_verb_cue(items[at - 2]),
            // تحدثوا إلى «الشروق»، صرّح إلى «…»: the outlet one speaks to
            // (not دعا إلى «…», what is called for)
            "الي" if at >= start + 2 => self
                .cue(items[at - 2])
                .is_some_and(|(e, _)| matches!(&*self.folded_lemma(&e), "تحدث" | "صرح")),
            "ب" if at >= start + 2 => {
                let prev = items[at - 2];
                let title_at = if self.class(prev).has(Class::TITLE) {
                    Some(at - 2)
                } else {
                    let nisba_after_title = is_nisba(self.folded_item(prev))
                        && at >= start + 3
                        && self.class(items[at - 3]).has(Class::TITLE);
                    nisba_after_title.then(|| at - 3)
                };
                // المدير التنفيذي بـ«…»: a title's firm; but طالب الوزير
                // بـ«…»، وعد المحافظ بـ«…»: the title is the subject of a
                // verb of demand or promise, and بـ is that verb's
                let acts = title_at.is_some_and(|t| {
                    t > start
                        && self
                            .cue(items[t - 1])
                            .is_some_and(|(e, _)| e.kind() == CueKind::Verb && e.class() == CueClass::Act)
                });
                title_at.is_some() && !acts && !self.is_verb_cue(prev)
            }
            _ => false,
        }
    }

    /// `“…” السعودية`: a nisba or name adjective right after the quotation.
    fn adjective_after(&self, items: &[Item], at: usize, end: usize) -> bool {
        let Some(&next) = items.get(at + 1).filter(|_| at + 1 < end) else {
            return false;
        };
        if !self.is_word(next) {
            return false;
        }
        let word = self.folded_item(next);
        if self.class(next).has(Class::NAME_ADJECTIVE) {
            return true;
        }
        // (or a participle: «أسبوع الوقاية» المعتمد سنوياً)
        is_definite(word) && (is_nisba(word) || is_participle(word)) && word.chars().count() >= 6
    }

    /// `«…» (هشام سالم، المكلف بالإعلام)`: a source printed in parentheses
    /// right after words of three or more that open their sentence. The
    /// parentheses hold only the source: a name of two or three words no
    /// list knows, or a phrase headed by a title or body, maybe with an
    /// apposition after a comma, and no cue (`«…» (يقول فلان)` is a cue
    /// after the quotation).
    fn source_in_parentheses(&self, items: &[Item], at: usize, sentence: Range<usize>) -> Option<Known<'h>> {
        let Item::Quote(q) = items[at] else { return None };
        let first = at + 2;
        if at != sentence.start
            || first >= sentence.end
            || self.quote_words(q) < 3
            || self.punct(items[at + 1]) != Some('(')
        {
            return None;
        }
        // (bounded: a phrase and its apposition)
        let reach = sentence.end.min(first + MAX_PHRASE + MAX_APPOSITION);
        let close = (first..reach).find(|&k| !self.is_word(items[k]) && !self.is_comma(items[k]))?;
        if close == first || self.punct(items[close]) != Some(')') {
            return None;
        }
        if items[first..close].iter().any(|&it| self.cue(it).is_some()) {
            return None;
        }
        let titled = self.class(items[first]).has(Class::TITLE | Class::BODY);
        let named = first + 1 < close
            && self.is_name_like(items[first])
            && (self.is_name_like(items[first + 1]) || is_definite(self.folded_item(items[first + 1])));
        if !(titled || named) {
            return None;
        }
        self.subject_after(items, first, close, &CueEntry::default_say())
    }

    /// `رد الوزير «بعصبية»`: a one-word quotation on `ب` (a manner), with
    /// no `إن`/`أن` or colon between it and the cue in force, describes how
    /// something was done rather than quoting words.
    fn manner_adverb(&self, items: &[Item], found: &Found<'h>, at: usize) -> bool {
        let Item::Quote(q) = items[at] else {
            return false;
        };
        let between = &items[found.at + found.len..at];
        let plain = between.iter().all(|&it| {
            !self.class(it).has(Class::COMPLEMENTIZER)
                && self.punct(it) != Some(':')
                && !matches!(it, Item::Quote(_))
        });
        plain && !between.is_empty() && fold_starts_with_b(self.quotes[q as usize].as_str())
    }

    /// A cue right after the quotation: `«…»، قال الوزير`.
    fn cue_after(
        &self,
        items: &[Item],
        at: usize,
        sentence: Range<usize>,
        verb: Option<&Found<'h>>,
        discourse: &Discourse<'h>,
    ) -> Option<Found<'h>> {
        let end = sentence.end;
        // في ردها على استفسارات «الصحيفة»، أوضحت: a short name in construct
        // after a noun, inside the clause's opening adjunct, is no one's words
        if self.named_in_opening_adjunct(items, at, sentence.start) {
            return None;
        }
        let mut j = at + 1;
        while j < end && (self.is_comma(items[j]) || self.is_sentence_end(items[j])) {
            j += 1;
        }
        // «…» (يقول فلان): the source set in parentheses after the words
        if j == at + 1 && j + 1 < end && self.punct(items[j]) == Some('(') {
            j += 1;
        }
        // كما قال الرئيس، مثلما أكد البيان، هكذا ردّ الوزير; after هكذا
        // (and بهذه الكلمات) the frame says the quotation was spoken, so a
        // weak form reports it (ردّ); كما also frames naming (كما يلقبه)
        let mut framed = None;
        let frame = self.folded_item(items[j.min(end.saturating_sub(1))]);
        let as_said = j + 1 < end && matches!(frame, "كما" | "مثلما" | "وكما");
        if j + 1 < end && matches!(frame, "كما" | "مثلما" | "وكما" | "هكذا" | "وهكذا") {
            j += 1;
            framed = matches!(frame, "هكذا" | "وهكذا").then_some(Frame::Thus);
        }
        // بهذه الكلمات ختم الوزير، بهذه العبارة: the words are named, so the
        // verb after them reports even if no list knows it (ختم)
        if j + 2 < end
            && matches!(self.folded_item(items[j]), "بهذه" | "بتلك" | "بهذا")
            && self.is_word(items[j + 1])
        {
            j += 2;
            framed = Some(Frame::TheseWords);
        }
        // هذا ما قاله الوزير
        if j + 1 < end && matches!(self.folded_item(items[j]), "هذا" | "هذه" | "ذلك" | "وهذا" | "وهو" | "هو")
        {
            let next = self.folded_item(items[j + 1]);
            if next == "ما" {
                j += 2;
            }
        }
        // «…» حول الاتفاق، بحسب مصادر: a nominal cue after a short
        // adjunct, past a comma, sources the quotation too
        // (words, not a term: a clause, an object, or four words and more)
        let worded = || match items[at] {
            Item::Quote(q) => {
                self.quote_words(q) >= 4
                    || self.opens_on_accusative(q)
                    || self.starts_with_verb(q)
                    || self.starts_with_present_verb(q)
            }
            _ => false,
        };
        if framed.is_none() && j < end && self.cue(items[j]).is_none() && worded() {
            j = self.nominal_cue_past_adjunct(items, j, end).unwrap_or(j);
        }
        if j >= end {
            return None;
        }
        let (entry, len) = match self.cue(items[j]) {
            Some((entry, len)) if !entry.is_weak() => (entry, len as usize),
            Some((entry, _)) if framed.is_some() && entry.kind() == CueKind::Verb => (entry, 1),
            // (هكذا تلخص فلانة أمنيتها: after هكذا too, a word no list
            // knows is the verb, but a present one says no gender: تـ may
            // open a man's verb too, تحدث)
            None if framed.is_some() && self.is_word(items[j]) && self.class(items[j]) == Class::NONE => {
                // a past verb before its subject: ت marks a woman
                let written = self.written(items[j]);
                let feminine = written.trim_end_matches(is_foldable_mark).ends_with('ت');
                let gender = match framed {
                    _ if feminine => Gender::Feminine,
                    Some(Frame::TheseWords) => Gender::Masculine,
                    _ => Gender::Unknown,
                };
                (CueEntry::default_say().with_gender(gender), 1)
            }
            _ => return None,
        };
        if matches!(entry.kind(), CueKind::Setting | CueKind::Participle) {
            return None;
        }
        if entry.kind() == CueKind::Verb && self.starts_with_conjunction(items[j]) {
            return None; // وقال … opens the next statement
        }
        // a cue that introduces what follows it is not this quotation's
        if j + len < end
            && (self.punct(items[j + len]) == Some(':') || matches!(items[j + len], Item::Quote(_)))
        {
            return None;
        }
        // «…»، أكد ذلك الوزير: the demonstrative is the verb's object, the
        // subject follows it
        let len = if entry.kind() == CueKind::Verb
            && j + len + 1 < end
            && matches!(self.folded_item(items[j + len]), "ذلك" | "هذا")
        {
            len + 1
        } else {
            len
        };
        // after a frame (بهذه الكلمات وصف …) the subject follows the verb: the
        // frame's words are not a subject before it
        let start = if framed.is_some() { j } else { at };
        let mut found = self.resolve_cue(items, j, len, start..end, entry, verb, None, discourse);
        // ولا يخفي الأب قلقه، فـ«…»، كما يقول: "as he says" with no subject
        // of its own is said of the clause the quotation completes
        if as_said && found.resolution == Resolution::DroppedSubject && entry.person() != Person::First {
            let (gender, number) = (entry.gender(), entry.number());
            // (the clause ends before the comma and the ف that lead to the marks)
            let mut clause_end = at;
            while clause_end > sentence.start
                && (self.is_comma(items[clause_end - 1]) || self.folded_item(items[clause_end - 1]) == "ف")
            {
                clause_end -= 1;
            }
            if let Some(mut subject) = self
                .clause_subject(items, sentence.start, clause_end)
                .filter(|k| agrees_with(k, gender, number))
            {
                subject.agree(gender, number);
                found.speaker = Some(subject);
                found.shared_subject = true;
            }
        }
        Some(found)
    }

    /// Whether the short quotation at `at` stands in construct after a
    /// noun (no article, no cue, not a noun of words such as `عبارة`) in an
    /// adjunct that opens the sentence on a preposition: `وفي ردها على
    /// استفسارات «الصحيفة»،`. Looked for within a phrase's reach: linear time.
    fn named_in_opening_adjunct(&self, items: &[Item], at: usize, start: usize) -> bool {
        let Some(Item::Quote(q)) = items.get(at).copied() else { return false };
        if at < start + 2 || self.quote_words(q) > 2 || !self.name_words_only(q) {
            return false;
        }
        let noun = items[at - 1];
        let in_construct = self.is_word(noun)
            && !is_definite(self.folded_item(noun))
            && self.cue(noun).is_none()
            && self.class(noun) == Class::NONE
            && !self.is_phrase_noun(noun)
            && !ends_in_pronoun(&self.written(noun));
        let opening = Clitics::without_conjunction(self.folded_item(items[start]));
        let adjunct = self.words.get(opening).has(Class::PREPOSITION)
            && at - start <= MAX_PHRASE
            && items[start..at].iter().all(|&it| self.is_word(it));
        in_construct && adjunct
    }

    /// `الوزير: «…»`: a short phrase naming a source opens the sentence,
    /// then a colon, then (maybe after a few words) the quotation.
    /// `الأرصاد: «…»`، `الصحة العالمية: «…»`: a headline that opens on a
    /// definite noun (and its adjective) and a colon right before the
    /// quotation names a ministry or service by its field, as headlines
    /// do; the noun is the speaker though no list knows it.
    fn field_before_headline_colon(&self, items: &[Item], at: usize, start: usize) -> Option<Known<'h>> {
        let colon = at.checked_sub(1).filter(|&c| c > start && self.punct(items[c]) == Some(':'))?;
        if colon - start > 2 {
            return None;
        }
        // (the article is printed with a bare alif: ألفاريز is a name)
        let field = |it: Item| {
            let folded = self.folded_item(it);
            self.is_word(it)
                && self.written(it).starts_with("ال")
                && is_definite(folded)
                && !folded.starts_with(['و', 'ف'])
                && self.cue(it).is_none()
                && !self.class(it).has(Class::STOP | Class::TIME | Class::TRIGGER_TITLE | Class::TRIGGER_TERM)
        };
        items[start..colon].iter().all(|&it| field(it)).then(|| self.known(items, start, colon - 1))
    }

    /// «…».. وزير النقل يحسم الجدل: in a headline, the phrase of a title,
    /// body or group after the quotation (past dots, a dash or a comma), with
    /// a verb after it, is who said it.
    fn headline_speaker_after(&self, items: &[Item], at: usize) -> Option<Known<'h>> {
        let mut j = at + 1;
        while j < items.len() && matches!(self.punct(items[j]), Some('.' | '…' | '،' | ',' | '-' | '–' | '—'))
        {
            j += 1;
        }
        let head = *items.get(j)?;
        if !self.class(head).has(Class::TITLE | Class::BODY | Class::COLLECTIVE) || self.cue(head).is_some() {
            return None;
        }
        let (first, stop) = self.phrase_after(items, j, items.len())?;
        let verb_like = |k: usize| {
            items.get(k).is_some_and(|&verb| {
                self.is_word(verb)
                    && (self.class(verb) == Class::NONE || self.is_verb_cue(verb))
                    && !is_definite(self.folded_item(verb))
            })
        };
        // (the phrase may have read the present verb as a name after its
        // definite genitive: وزير التجارة يطمئن المواطنين)
        let last = stop - 1;
        let read_as_name = last > first
            && verb_like(last)
            && self.folded_item(items[last]).starts_with(['ي', 'ت'])
            && is_definite(self.folded_item(items[last - 1]));
        if read_as_name {
            Some(self.known(items, first, last - 1))
        } else {
            verb_like(stop).then(|| self.known(items, first, stop - 1))
        }
    }

    /// `المعارضة تنسحب والرئيس: «…»`: a headline's clause, then a title,
    /// body or group joined by `و` that runs to the colon: the frame's name
    /// is the phrase on the conjunct (its first item and end), read when
    /// the phrase from the start does not reach the colon.
    fn conjunct_before_colon(&self, items: &[Item], start: usize, colon: usize) -> Option<(usize, usize)> {
        let k = (start + 1..colon).rev().find(|&k| self.folded_item(items[k]).starts_with('و'))?;
        let word = self.folded_item(items[k]);
        let heads =
            self.words.get(&word['و'.len_utf8()..]).has(Class::TITLE | Class::BODY | Class::COLLECTIVE);
        let words_between = items[start..k].iter().all(|&it| self.is_word(it));
        if !(heads && words_between && self.conjunction_reading(word)) {
            return None;
        }
        self.phrase_after(items, k, colon).filter(|&(_, stop)| stop == colon)
    }

    fn colon_frame(&self, items: &[Item], at: usize, start: usize) -> Option<Known<'h>> {
        // 10:40 — الوزير: a live blog's time and dash, or a bullet, before the name
        let mut start = start;
        while start < at
            && (self.tok(items[start]).is_some_and(|t| t.kind == TokenKind::Number)
                || matches!(self.punct(items[start]), Some('—' | '–' | '-' | '•' | '|' | '*' | '·')))
        {
            start += 1;
        }
        // (looked for among the first words only: linear time)
        let colon = (start..at.min(start + MAX_COLON_FRAME)).find(|&i| self.punct(items[i]) == Some(':'))?;
        // (س: and ج:, an interview's question and answer, are labels, not names)
        if colon == start || (colon == start + 1 && self.is_qa_label(items, start)) {
            return None;
        }
        // و«التربية»: «…»: a body's short name in marks, maybe after the
        // conjunction, is the whole frame
        if let Item::Quote(q) = items[colon - 1] {
            let conj = colon >= start + 2 && matches!(self.folded_item(items[colon - 2]), "و" | "ف");
            let first = if conj { colon - 2 } else { colon - 1 };
            if first == start && self.quote_words(q) <= MAX_NAME && self.name_words_only(q) {
                return Some(self.known_in_marks(q));
            }
        }
        // (تحت عنوان: «…»، بعنوان: «…»: a noun of titles in construct names
        // what follows; not أمام المؤتمر:, where the words were said)
        let noun = items[colon - 1];
        if self.class(noun).has(Class::TRIGGER_TITLE | Class::TRIGGER_TERM)
            && !is_definite(self.folded_item(noun))
        {
            return None;
        }
        // (a setting, في كلمته، is no verb: الوزير في كلمته: «…»)
        if items[start..colon]
            .iter()
            .any(|&it| self.cue(it).is_some_and(|(e, _)| e.kind() != CueKind::Setting))
        {
            return None;
        }
        let (first, mut stop) = match self.phrase_after(items, start, colon) {
            Some(phrase) if phrase.1 == colon => phrase,
            phrase => self.conjunct_before_colon(items, start, colon).or(phrase)?,
        };
        // خطيب الجامع العتيق: «…»: a definite word or two left before the
        // colon are the phrase's last genitive, a name the lists do not know
        let genitive = |it: Item| {
            self.is_word(it)
                && is_definite(self.folded_item(it))
                && self.cue(it).is_none()
                && !self.class(it).has(Class::TIME | Class::STOP | Class::PREPOSITION | Class::TITLE)
        };
        if first == start
            && stop < colon
            && colon - stop <= 2
            && items[stop..colon].iter().all(|&it| genitive(it))
        {
            stop = colon;
        }
        // (ومخرجته: «…»: a title or body with its pronoun heads it too)
        let written = self.folded_item(items[first]);
        // (and مراسلنا، ومراسلتنا: "our correspondent", a title with "our")
        let our_title = Clitics::without_conjunction(written)
            .strip_suffix("نا")
            .is_some_and(|stem| self.words.exact(&noun_before_pronoun(stem)).has(Class::TITLE));
        let head = self
            .class(items[first])
            .union(self.possessed_class(items[first], Class::TITLE | Class::BODY))
            .union(if our_title { Class::TITLE } else { Class::NONE });
        // ويبقى السؤال: …: a clause opening on a conjunction is no name; nor
        // is a verb no list knows before its subject (وتذكر الكاتب عبارة …:)
        // (nor a present verb no list knows before a definite noun: ويبقى
        // السؤال، وتبقى الحقيقة)
        let mut letters = written.chars();
        let joined = matches!(letters.next(), Some('و' | 'ف'));
        let present = joined && matches!(letters.next(), Some('ي' | 'ت'));
        let verb_then_subject = joined
            && head == Class::NONE
            && items.get(first + 1).is_some_and(|&next| {
                self.class(next).has(Class::TITLE | Class::BODY)
                    || (present && self.is_word(next) && is_definite(self.folded_item(next)))
            });
        // رسالتنا واضحة: …: "our message", the speaker's own words, no name
        let ours = head == Class::NONE && written.ends_with("نا") && written.chars().count() >= 5;
        // (but .. وعراقيون: «…»: a group named by a plural nisba speaks)
        let group = is_plural_nisba(Clitics::without_conjunction(written));
        if (self.conjunction_reading(written) && head == Class::NONE && !group) || verb_then_subject || ours {
            return None;
        }
        let word = Clitics::without_conjunction(written);
        let titled = head.has(Class::TITLE | Class::BODY | Class::COLLECTIVE);
        // far from its colon, only a title or a body heads a name
        if colon > start + MAX_NAMED_COLON && !titled {
            return None;
        }
        // حلب: ارتفاع أسعار الخبز للمرة الثالثة وتحذيرات من «…»: after a place
        // or a name no list knows, the marks deep in the clause after the
        // colon are inside the article's own words
        if !titled && at - colon > MAX_WORDS_AFTER_COLON {
            return None;
        }
        let source = titled || head.has(Class::PLACE) || !is_definite(word) || is_nisba(word);
        source.then(|| {
            let mut known = self.known(items, first, stop - 1);
            if our_title && word.len() < written.len() {
                known.read_off_letter(self.text, 'و');
            }
            known
        })
    }
}

/// Who a relay names as the author of the words it passes on.
enum Author<'h> {
    /// `نقلت الصحيفة عن الوزير`: the phrase after `عن`.
    Named(Box<Known<'h>>),
    /// `نقلت عنه الصحيفة`: a pronoun, referring back, with its agreement.
    Pronoun(Gender, Number),
    /// No `عن` in the clause: the relay's subject is the source.
    None,
}

/// What a level is, for the rules that depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    /// The first paragraph of a document when it is short (at most
    /// [`MAX_HEADLINE_WORDS`]): a headline, not a lead.
    Headline,
    /// Any other paragraph.
    Body,
    /// The inside of a quotation.
    Nested,
}

/// Where a quotation stands, for [`Doc::decide_quote`].
struct Context<'i> {
    items: &'i [Item],
    at: usize,
    sentence: Range<usize>,
    level: Level,
    first_sentence: bool,
    /// Whether the sentence opens a paragraph that follows one ending with
    /// someone's quoted words.
    after_speech: bool,
    /// Whether the quotation before this one in the sentence is speech.
    previous_speech: bool,
}

/// Where a sentence stands.
#[derive(Clone, Copy, Debug)]
struct Place {
    /// The first sentence of the headline.
    first_of_headline: bool,
    /// The first sentence of a paragraph after one that ends with someone's
    /// quoted words.
    after_speech: bool,
}

/// How a cue stands in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// The sentence's own reporting verb: its subject becomes the current speaker.
    Main,
    /// In a subordinate clause (`بعدما أشارت التقارير`): it may introduce a
    /// quotation, but the current speaker stays.
    Subordinate,
    /// In a relative clause (`الذي تعتبره أنقرة`): it governs only its own clause.
    Relative,
    /// A speech act reported inside another speaker's clause (`أكد أن لندن
    /// عبّرت عن «…»`): the outer speaker keeps the quotation.
    Embedded,
}

/// The most words of a speaker phrase shown as its source's name; a longer
/// phrase that ends on its holder's name after a comma is shown by that name.
const MAX_SHOWN_WORDS: usize = 12;

/// How many items before its colon a colon frame's name may stand
/// (`وزير المالية، فلان الفلاني، في كلمته الافتتاحية: «…»`).
const MAX_COLON_FRAME: usize = 12;

/// How many items before its colon a colon frame's name may stand when no
/// title or body heads it (`سامي حداد: «…»`).
const MAX_NAMED_COLON: usize = 8;

/// The most words a headline quotation may have for
/// [`Doc::source_repeating`] to look for it in the body.
const MAX_REPEATED_QUOTE_WORDS: usize = 12;

/// The longest quotation (in bytes) that [`Doc::repeated_quotes`] compares with
/// the others.
const MAX_REPEATED_QUOTE_BYTES: usize = 2000;

/// The most items (words and an apposition's comma) between a relative
/// pronoun and the title heading its antecedent ([`Doc::antecedent`]).
const MAX_ANTECEDENT_WORDS: usize = 9;

/// The most words an office may have between a title and its holder's
/// name ([`Doc::holder_name_after`]).
const MAX_OFFICE_WORDS: usize = 8;

/// The most words of a person's name read after an office.
const MAX_PERSON_NAME: usize = 4;

/// The most tokens of a quotation read as a name ([`Doc::name_tokens`]).
const MAX_NAME_TOKENS: usize = 32;

/// The most items a dateline may hold before its dash (`الرباط (و م ع) -`).
const MAX_DATELINE_ITEMS: usize = 8;

/// The most words a name in marks made of definite words only may have.
const MAX_DEFINITE_NAME: usize = 8;

/// How many nominal cues may lead one to the next (`بحسب ما جاء على لسان`).
const MAX_NOMINAL_CHAIN: usize = 3;

/// How far into its sentence [`Doc::clause_subject`] looks for `X قد VERB`.
const CLAUSE_SUBJECT_REACH: usize = 40;

/// How many tokens back a document named after a nominal cue is looked for
/// where it was issued (أصدرت الوزارة بياناً … وجاء في البيان).
const MAX_ISSUER_REACH: usize = 120;

/// How many tokens may stand between a verb of issuing and the document it
/// issues (أصدرت الوزارة، مساء أمس، بياناً).
const MAX_ISSUER_GAP: usize = 8;

/// How far back a document said "in" (في بيان) looks for the start of its
/// sentence, whose subject issued it.
const MAX_ISSUER_SENTENCE: usize = 60;

/// What a sentence has shown up to the item being read, kept as the
/// reading goes so that no cue rescans its sentence (linear time even in a
/// sentence of a million words).
#[derive(Debug)]
struct Clause {
    /// Items before this one have been taken into account.
    seen: usize,
    /// The start of the current clause: after the last comma or colon.
    start: usize,
    /// The last subordinator (`حين`، `بعد أن` …) seen, if any.
    subordinator: Option<usize>,
    /// The last complementizer (`إن`، `أن`) seen, if any.
    complementizer: Option<usize>,
    /// The first clause end (a comma or a semicolon; a colon does not end
    /// one: بعد أن قالت أنقرة: إنها «…») at or after the last one asked for.
    end: usize,
}

impl Clause {
    fn new(start: usize) -> Clause {
        Clause { seen: start, start, subordinator: None, complementizer: None, end: start }
    }

    /// Takes the items before `to` into account.
    fn advance(&mut self, doc: &Doc<'_, '_>, items: &[Item], to: usize) {
        while self.seen < to {
            let item = items[self.seen];
            if doc.is_comma(item) || doc.punct(item) == Some(':') {
                self.start = self.seen + 1;
            }
            let class = doc.class(item);
            if class.has(Class::SUBORDINATOR) {
                self.subordinator = Some(self.seen);
            }
            if class.has(Class::COMPLEMENTIZER) {
                self.complementizer = Some(self.seen);
            }
            self.seen += 1;
        }
    }

    /// The index of the clause boundary at or after `from` (or `end`); asked
    /// with `from` never decreasing, so each item is looked at once.
    fn end_after(&mut self, doc: &Doc<'_, '_>, items: &[Item], from: usize, end: usize) -> usize {
        self.end = self.end.max(from);
        while self.end < end
            && !(doc.is_comma(items[self.end]) || matches!(doc.punct(items[self.end]), Some('؛' | ';')))
        {
            self.end += 1;
        }
        self.end.min(end)
    }
}

/// A frame before a cue after its quotation that says the quotation was
/// spoken ([`Doc::cue_after`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    /// `هكذا ردّ …`
    Thus,
    /// `بهذه الكلمات ختم …`
    TheseWords,
}

/// A cue in force in a sentence.
#[derive(Clone, Debug)]
struct Active<'h> {
    found: Found<'h>,
    /// Where its scope ends (a relative clause's), if before the sentence end.
    scope_end: Option<usize>,
}

/// `وأوضح المحافظ أن مديريات شبوة وأبين «…»`: whether a first-person form
/// stands past the complementizer of a third person's reporting verb in
/// force (the clause's last complementizer, kept as the sentence is read:
/// constant time). What the report says is in the third person, so the
/// form is another word there (أبين, a place), not the writer speaking
/// (وأقول «…», in a column, has no such verb before it).
fn first_person_in_report(entry: &CueEntry, active: Option<&Active<'_>>, clause: &Clause) -> bool {
    let Some(found) = active.map(|a| &a.found) else { return false };
    entry.person() == Person::First
        && found.entry.kind() == CueKind::Verb
        && found.entry.person() == Person::Third
        && clause.complementizer.is_some_and(|c| c >= found.at + found.len)
}

/// The gender "one of" says (أحد، أحدهم; إحدى، إحداهن), if the folded word
/// is that word.
fn one_of_gender(word: &str) -> Option<Gender> {
    match word {
        "احد" | "احدهم" => Some(Gender::Masculine),
        "احدي" | "احداهن" => Some(Gender::Feminine),
        _ => None,
    }
}

/// Whether a folded word is the preposition with its pronoun that completes
/// a passive participle (`المجني عليه`, `المفرج عنهم`).
fn completes_passive(word: &str) -> bool {
    matches!(word, "عليه" | "عليها" | "عليهم" | "عنه" | "عنها" | "عنهم" | "به" | "بها" | "بهم" | "بهما")
}

/// Whether a folded word carries the article (`ال`, `وال`; not `والدة`,
/// a listed word that only begins with `وال`).
fn is_definite(word: &str) -> bool {
    let bare = without_conjunction(word);
    // (آلاف، آلية، آليات fold to an ال that is the word's own آ and ل)
    bare.starts_with("ال") && bare.chars().count() > 3 && !matches!(bare, "الاف" | "الية" | "اليات")
}

/// Whether two agreement features may be the same (either is unknown, or
/// they are equal).
fn agrees<T: PartialEq + Default>(a: T, b: T) -> bool {
    a == T::default() || b == T::default() || a == b
}

/// Given names that begin with `ل` (folded), which the preposition `ل`
/// could also begin: `قالت ليلى` names the speaker, `قال لرويترز` does not.
const GIVEN_NAMES_ON_LAM: &[&str] = &[
    "ليلي",
    "لينا",
    "لين",
    "لينه",
    "لبني",
    "لمياء",
    "لميا",
    "لطيفه",
    "لطفي",
    "لطفيه",
    "لوي",
    "لؤي",
    "ليث",
    "لقمان",
    "لمي",
    "لارا",
    "لميس",
    "لجين",
    "لانا",
    "لبيب",
    "لبيبه",
    "لولوه",
    "لؤلؤه",
    "لطف",
    "لواحظ",
];

/// Whether a folded word may be an addressee on `ل` rather than a name:
/// `ل` that may be the preposition, on a word of three letters or more
/// without the article (`للصحفيين` is read elsewhere), and no given name
/// beginning with `ل`.
fn may_be_addressee_on_lam(word: &str) -> bool {
    lam_may_be_preposition(word)
        && word.chars().count() >= 4
        && !word.starts_with("لل")
        && !GIVEN_NAMES_ON_LAM.contains(&word)
}

/// Whether a folded word on `ل` may be the preposition and a noun: not
/// when `ائ` follows (`لائحة`، `لائق`), which opens no word but the
/// verbal nouns in `ائت` (`لائتلاف` is ل + ائتلاف).
fn lam_may_be_preposition(word: &str) -> bool {
    word.strip_prefix('ل').is_some_and(|rest| !rest.starts_with("ائ") || rest.starts_with("ائت"))
}

/// Whether a folded word links a name to the father's or the son's: `ولد`,
/// `بن`, `بنت`, `ابن`, `ابو` (محمد ولد الشيخ، علي بن سالم، أبو خالد).
fn links_to_father(word: &str) -> bool {
    matches!(word, "ولد" | "بن" | "بنت" | "ابن" | "ابو")
}

/// Whether `women`, a feminine sound plural, names the women of the group
/// `men` names, a masculine sound plural of the same stem: `المعلمين`
/// and `المعلمات`, `مواطنون` and `مواطنات`.
fn same_group_of_women(men: &str, women: &str) -> bool {
    let men = article_stem(men);
    let women = article_stem(women);
    let stem = men.strip_suffix("ون").or_else(|| men.strip_suffix("ين"));
    stem.is_some_and(|stem| stem.chars().count() >= 3 && women.strip_suffix("ات") == Some(stem))
}

/// Whether a cue of `gender` and `number` can refer to `known`. A plural
/// that is not a masculine one also takes the feminine singular (`صحف
/// أوروبية …، معتبرة`، `قالت مصادر`), as broken plurals and things do.
fn agrees_with(known: &Known<'_>, gender: Gender, number: Number) -> bool {
    let feminine_singular = gender == Gender::Feminine && number == Number::Singular;
    let broken_plural = known.number == Number::Plural && known.gender != Gender::Masculine;
    (agrees(known.gender, gender) && agrees(known.number, number)) || (feminine_singular && broken_plural)
}

/// Whether a folded word, without its article, opens on the م of a
/// participle and is long enough to be one (`المشرف`، `المجني`): a
/// participle governs the preposition after it (`المشرف على`، `المجني عليه`).
fn has_participle_prefix(word: &str) -> bool {
    let stem = article_stem(word);
    stem.starts_with('م') && stem.chars().count() >= 4
}

/// `ذكر`، `نشر`، `الكشف عن`، `إخفاء`: the verbal nouns (and the `عن`) that
/// take a name as their object when a source keeps it back (`اشترط عدم
/// ذكر اسمه`).
fn is_withholding(word: &str) -> bool {
    matches!(word, "ذكر" | "نشر" | "كشف" | "الكشف" | "اخفاء" | "عن" | "اعلان" | "كتابه" | "عدم")
}

/// Whether a folded word is a name or an identity with a possessive
/// pronoun (`اسمه`، `هويتها`، `اسمهم`), which a source keeps back or gives.
fn is_own_name_or_identity(word: &str) -> bool {
    ["اسم", "هويت"]
        .iter()
        .any(|noun| word.strip_prefix(noun).is_some_and(|r| matches!(r, "ه" | "ها" | "هم" | "هما")))
}

/// Whether a folded word has the shape of a third-person present verb
/// (`يزور`، `تتبنى`): `ي` or `ت` and at least three letters more. Given
/// names have it too (`يوسف`), so callers look for more evidence.
fn is_present_form(word: &str) -> bool {
    word.starts_with(['ي', 'ت']) && word.chars().count() >= 4
}

/// The pronouns a word may carry, longest first, with their agreement:
/// `بيانها` is feminine singular, `عنهم` plural.
const PRONOUN_SUFFIXES: [(&str, Gender, Number); 5] = [
    ("هما", Gender::Unknown, Number::Dual),
    ("هم", Gender::Unknown, Number::Plural),
    ("هن", Gender::Feminine, Number::Plural),
    ("ها", Gender::Feminine, Number::Singular),
    ("ه", Gender::Masculine, Number::Singular),
];

/// A folded word's attached pronoun: the stem before it and the pronoun's
/// agreement (`بيانها` → `بيان`, feminine singular).
fn split_pronoun(word: &str) -> Option<(&str, Gender, Number)> {
    PRONOUN_SUFFIXES
        .iter()
        .find_map(|&(suffix, gender, number)| Some((word.strip_suffix(suffix)?, gender, number)))
}

/// The folded noun a stem before a pronoun stands for: the feminine ending
/// is printed ت there (`رسالت|ه` → `رساله`); any other stem is the noun.
fn noun_before_pronoun(stem: &str) -> Cow<'_, str> {
    stem.strip_suffix('ت').map_or(Cow::Borrowed(stem), |s| Cow::Owned(format!("{s}ه")))
}

/// The folded form of the last of `toks` (empty when there is none), read/// The folded form of the last of `toks` (empty when there is none), read
/// while the tokens are being built.
fn last_fold<'a>(toks: &[Tok], text: &'a str, folded: &'a str) -> &'a str {
    let Some(last) = toks.last() else { return "" };
    if last.plain {
        return &text[last.span.range()];
    }
    let start = toks.len().checked_sub(2).map_or(0, |i| toks[i].fold_end as usize);
    folded.get(start..last.fold_end as usize).unwrap_or("")
}

/// `صادر`، `الصادرة` (issued), with or without the article: before `عن`,
/// the issuer of a document follows.
fn is_issued_form(word: &str) -> bool {
    matches!(word.strip_prefix("ال").unwrap_or(word), "صادر" | "صادره")
}

/// `المصنعه`، `المنظمه`: the article, م, three letters and the feminine
/// ending, the shape of a feminine participle of a derived verb (it is
/// also the shape of some nouns, `المحكمه`, so it is read only where an
/// adjective may stand).
fn is_feminine_participle(word: &str) -> bool {
    let Some(stem) = word.strip_prefix("الم") else {
        return false;
    };
    stem.ends_with('ه') && stem.chars().count() == 4
}

/// Whether a folded definite word has the shape of a participle used as
/// an adjective: `المفعول` (`الموقوف`, `المخطوف`), `المفتعل`
/// (`المختطف`, `المعتقل`) or `المتفاعل` (`المتقاعد`): `الشاب الموقوف`,
/// `الغواص المتقاعد` are one phrase.
fn is_participle(word: &str) -> bool {
    let Some(stem) = word.strip_prefix("ال") else {
        return false;
    };
    let mut letters = stem.chars();
    let shape: [Option<char>; 7] = std::array::from_fn(|_| letters.next());
    match shape {
        [Some('م'), Some(_), Some(third), Some(fourth), Some(_), None, _] => fourth == 'و' || third == 'ت',
        [Some('م'), Some('ت'), Some(_), Some('ا'), Some(_), Some(_), None] => true,
        _ => false,
    }
}

/// Whether a folded word is an honorific with a possessive pronoun, which
/// refers back to its holder: `معاليه`، `سعادتها`، `سموه`، `سماحته`.
fn is_honorific_pronoun(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ها").or_else(|| word.strip_suffix('ه')) else {
        return false;
    };
    // a ة before the pronoun is written ت: سعادت|ه
    match stem.strip_suffix('ت') {
        Some(noun) => HONORIFICS.iter().any(|h| h.strip_suffix('ه') == Some(noun)),
        None => is_honorific(stem),
    }
}

/// Honorifics that stand before a title or a name and say no gender
/// (folded): `معالي`، `سمو`، `سعادة`، `سماحة`، `فخامة` ….
const HONORIFICS: [&str; 10] =
    ["معالي", "سمو", "سعاده", "سماحه", "فخامه", "جلاله", "نيافه", "غبطه", "دوله", "عطوفه"];

/// Whether a folded word is one of [`HONORIFICS`].
fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word)
}

/// A verb that folds like a noun introducing names or terms: the written
/// form tells them apart. يُدعى (is called) and يدّعي (claims): printed
/// with ى, the word introduces a name. تسمية (naming) and تسميه (she calls
/// it): printed with ة, the noun; with ه, the verb and its object pronoun.
/// Returns the word's classes and whether it stays a cue.
fn trigger_or_verb(written: &str, class: Class) -> (Class, bool) {
    if (written.ends_with('ى') && class.has(Class::TRIGGER_NAME)) || written.ends_with('ة') {
        (class, false)
    } else if written.ends_with('ه') {
        (class.without(Class::TRIGGERS), true)
    } else {
        (class, true)
    }
}

/// The classes of a word whose folded form stands for two words, told
/// apart by how it is printed:
///
/// - `علي` (a name) and `على` (on): printed with `ي`, the name, which no
///   list holds;
/// - `والي` (governor, a title) and `وإلى` / `والى` (and to): printed
///   `والي`, with neither `ى` nor a hamza, the title;
/// - `ابنه`، `والده`، `نائبه` (his son, his father, his deputy) and `ابنة`،
///   `والدة`، `نائبة` (daughter, mother, a deputy): printed with `ه`, not `ة`,
///   masculine.
fn written_reading(folded: &str, written: &str, class: Class) -> Class {
    let printed_ya = !written.contains(['ى', 'إ', 'أ']);
    match folded {
        "علي" if printed_ya => Class::NONE,
        "والي" if printed_ya => class.intersect(Class::TITLE),
        "والي" => class.without(Class::TITLE),
        // أمام (before, in front of) and إمام (imam) fold alike: the
        // hamza says which
        "امام" | "وامام" | "فامام" if written.contains('أ') => class.without(Class::TITLE),
        "امام" | "وامام" | "فامام" if written.contains('إ') => {
            class.without(Class::PREPOSITION)
        }
        // ابنه (his son) and ابنة (daughter), والده (his father) and والدة
        // (mother): printed with ه, a man with a pronoun
        _ if written.ends_with('ه') => class.without(Class::FEMININE),
        _ => class,
    }
}

/// Whether a word as printed has the article, read past any diacritic or
/// tatweel inside it (`اَلوزير`، `الـوزير`).
fn printed_definite(printed: &str) -> bool {
    if has_foldable_mark(printed) {
        is_definite(&printed.chars().filter(|&c| !is_foldable_mark(c)).collect::<String>())
    } else {
        is_definite(printed)
    }
}

/// `قد`, `لقد` and the past of the auxiliary `كان`, which may stand
/// before a verb inside its clause (`الذي كان يردد`، `التي قد أكدت`).
fn is_verb_particle(folded: &str) -> bool {
    matches!(folded, "قد" | "لقد" | "كان" | "كانت" | "كانوا" | "كانا" | "كانتا" | "كن")
}

/// A folded word without a leading `و` or `ف`, unless that letter belongs
/// to a listed word (`والدة`, `فريق`).
fn without_conjunction(word: &str) -> &str {
    // (the table is asked only when there is a letter to read off)
    if !word.starts_with(['و', 'ف']) {
        return word;
    }
    if Words::builtin().exact(word) == Class::NONE {
        Clitics::without_conjunction(word)
    } else {
        word
    }
}

/// Whether a folded word ends like a nisba adjective (`الأميركي`,
/// `الدولية`, `الدوليون`).
/// A word (as printed, marks removed) ending in an attached pronoun:
/// `مقرها`، `بلدهم`، `حسابه`.
fn ends_in_pronoun(written: &str) -> bool {
    // (أوليفييه، بوارييه: a French name in -ier ends in ييه, no pronoun)
    ["ه", "ها", "هم", "هما"].iter().any(|p| written.ends_with(p))
        && !written.ends_with("ييه")
        && !with_article(written)
}

/// Whether a written word carries the article after at most two one-letter
/// clitics (`المياه`، `والمياه`، `وللمياه`): such a noun takes no possessive
/// pronoun, so a final `ه` is its own letter (`المياه`، `الاتجاه`). `إليه`
/// printed without its hamza (`اليه`) is the preposition, not the article,
/// and in `والدته`، `واليها` the `وال` is the word's own (parent, governor).
fn with_article(written: &str) -> bool {
    let whole = written.trim_start_matches(is_foldable_mark);
    if ["والد", "والي"].iter().any(|own| whole.starts_with(own)) {
        return false;
    }
    let mut rest = whole;
    for _ in 0..2 {
        if rest.starts_with(['و', 'ف', 'ب', 'ك']) && !rest.starts_with("ال") {
            rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
        }
    }
    let to_him = matches!(rest, "اليه" | "اليها" | "اليهم" | "اليهما");
    (rest.starts_with("ال") || rest.starts_with("لل")) && !to_him
}

/// Whether a headline's quotation of three words or more condenses a
/// longer one (`«هذه الأرض لن نتركها»` from `«هذه الأرض أرض أجدادنا، لن
/// نتركها»`): its words, in order, within a stretch of the body's at most
/// three times as long that opens on its first word. Linear in the body.
fn condensed(target: &[&str], body: &[&str]) -> bool {
    if target.len() < 3 {
        return false;
    }
    let reach = 3 * target.len();
    body.iter().enumerate().filter(|&(_, w)| *w == target[0]).take(4).any(|(start, _)| {
        let mut want = target.iter();
        let mut next = want.next();
        for w in &body[start..(start + reach).min(body.len())] {
            if next == Some(w) {
                next = want.next();
            }
        }
        next.is_none()
    })
}

/// Whether a folded word gives an age with the article: an ordinal
/// (`الثامنة`، `العاشر`) or a decade (`الستين`، `الخمسينات`، `الخمسينيات`).
fn is_age(word: &str) -> bool {
    let Some(stem) = word.strip_prefix("ال") else {
        return false;
    };
    let ordinal = stem.strip_suffix('ه').unwrap_or(stem);
    let decade = stem.strip_suffix("يات").or_else(|| stem.strip_suffix("ات")).map_or(stem, |d| d);
    matches!(ordinal, "ثالث" | "رابع" | "خامس" | "سادس" | "سابع" | "ثامن" | "تاسع" | "عاشر")
        || matches!(decade, "عشرين" | "ثلاثين" | "اربعين" | "خمسين" | "ستين" | "سبعين" | "ثمانين" | "تسعين")
}

/// A plural nisba of people (`عراقيون`، `السوريين`): six letters or more.
/// Whether a printed word carries the accusative's tanwin (`تقدماً`;
/// or the tanwin alone, after a hamza or ة: `إقصاءً`، `قائلةً`).
fn printed_accusative(printed: &str) -> bool {
    printed.ends_with("اً") || printed.ends_with("ًا") || printed.ends_with('\u{064B}')
}

/// Whether a printed word opens on the future `س` and a bare alif
/// (`ساعد`، `وساعد`), which the first person's `سأ` is not.
fn bare_alif_after_future(written: &str) -> bool {
    let word = written.strip_prefix(['و', 'ف']).unwrap_or(written);
    word.strip_prefix('س').is_some_and(|rest| rest.starts_with('ا'))
}

/// Whether a folded word is a sign that bears a slogan (`لافتة`، `يافطة`،
/// `لوحة`، `ملصق`).
fn is_sign(word: &str) -> bool {
    matches!(
        word.strip_prefix("ال").unwrap_or(word),
        "لافته" | "لافتات" | "يافطه" | "يافطات" | "لوحه" | "لوحات" | "ملصق" | "ملصقات"
    )
}

/// Whether a definite word has the shape of a participle's sound masculine
/// plural, which names people: `ال` + `م` …  + `ين`/`ون`, at least six letters
/// after the article (`المعتصمين`، `المتضررون`), and not the pattern `مفاعيل`
/// of things (`الملايين`، `الموازين`), whose third letter is `ا`.
fn is_plural_participle(word: &str) -> bool {
    let Some(stem) = word.strip_prefix("الم") else {
        return false;
    };
    let letters = stem.chars().count() + 1;
    letters >= 6 && (stem.ends_with("ين") || stem.ends_with("ون")) && stem.chars().nth(1) != Some('ا')
}

fn is_plural_nisba(word: &str) -> bool {
    (word.ends_with("يون") || word.ends_with("يين")) && word.chars().count() >= 6
}

fn is_nisba(word: &str) -> bool {
    ["ي", "يه", "يون", "يين", "يان", "يات"].iter().any(|s| word.ends_with(s)) && word.chars().count() >= 4
}

fn fold_starts_with_b(text: &str) -> bool {
    let mut buf = String::new();
    fold_into(text.trim(), &mut buf);
    buf.starts_with('ب') && !buf.contains(' ')
}

fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(span.start + lead, (span.end - trail).max(span.start + lead))
}

fn name_decision<'h>(kind: QuoteKind, rule: Rule, confidence: f32) -> Decision<'h> {
    Decision { kind, speaker: None, cue: None, confidence, rule }
}

fn speech_decision<'h>(
    known: Option<Known<'h>>,
    resolution: Resolution,
    cue: Option<Cue<'h>>,
    rule: Rule,
    confidence: f32,
) -> Decision<'h> {
    let speaker = known.map(|k| {
        let resolution = if resolution == Resolution::Explicit && k.described {
            Resolution::Description
        } else {
            resolution
        };
        let mut s = Speaker::new(k.mention.clone(), resolution);
        s.set_agreement(k.gender, k.number);
        s.set_entity(k.entity);
        if !matches!(resolution, Resolution::Explicit | Resolution::Description) {
            s.set_mention(None);
        }
        s
    });
    let confidence = if speaker.is_none() && rule != Rule::Uncued { confidence - 0.2 } else { confidence };
    Decision { kind: QuoteKind::Speech, speaker, cue, confidence, rule }
}

impl<'h> Known<'h> {
    /// Reads a preposition `ل` off the start of the mention (`لهيئة` →
    /// `هيئة`); `لل` was already rebuilt as `ال` by [`Doc::known`].
    fn read_off_preposition(&mut self, text: &'h str) {
        self.read_off_letter(text, 'ل');
    }

    /// Reads a one-letter preposition off the start of the mention, with
    /// the diacritics on it (`لِهيئة` → `هيئة`، `بالحاجة` → `الحاجة`), unless
    /// the letter is doubled (`لل`) or the mention was rebuilt.
    fn read_off_letter(&mut self, text: &'h str, letter: char) {
        let span = self.mention.span();
        let written = &text[span.range()];
        let Some(rest) = written.strip_prefix(letter) else {
            return;
        };
        if !rest.starts_with(letter) && self.mention.text() == written {
            let marks = rest.len() - rest.trim_start_matches(is_foldable_mark).len();
            let start = span.start + letter.len_utf8() + marks;
            if start < span.end {
                self.mention = Mention::new(text, Span::new(start, span.end));
            }
        }
    }

    /// Takes the gender and number a cue gives, where the phrase gave none.
    fn agree(&mut self, gender: Gender, number: Number) {
        if self.gender == Gender::Unknown {
            self.gender = gender;
        }
        if self.number == Number::Unknown {
            self.number = number;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Extractor, QuoteKind, Resolution, Rule};

    #[test]
    fn galloping_finds_what_a_binary_search_finds() {
        use super::{first_token_at, Span, Tok, TokenKind, NO_CUE};
        let starts = [0, 3, 4, 9, 10, 11, 20, 35, 36, 50, 51, 52, 53, 80];
        let toks: Vec<Tok> = starts
            .iter()
            .map(|&s| Tok {
                span: Span::new(s, s + 1),
                fold_end: 0,
                info: 0,
                cue: NO_CUE,
                kind: TokenKind::Word,
                plain: false,
            })
            .collect();
        for pos in 0..=90 {
            let want = toks.partition_point(|t| t.span.start < pos);
            // from any token that starts before `pos`, and from the answer
            for from in 0..=want {
                assert_eq!(first_token_at(&toks, from, pos), want, "from {from} to byte {pos}");
            }
        }
        assert_eq!(first_token_at(&[], 0, 5), 0);
        assert_eq!(first_token_at(&toks, 99, 5), toks.len());
    }

    /// (passage, which quotation, its kind, a phrase its speaker must hold, the rule)
    type Row = (&'static str, usize, QuoteKind, Option<&'static str>, Rule);

    fn check(rows: &[Row]) {
        let ex = Extractor::new();
        for &(text, index, kind, speaker, rule) in rows {
            let doc = ex.extract(text);
            let a = &doc.attributions()[index];
            assert_eq!(a.kind(), kind, "kind of quotation {index} in {text}");
            assert_eq!(a.rule(), rule, "rule of quotation {index} in {text}");
            match speaker {
                Some(s) => {
                    let got = a.speaker().map(|s| s.text().to_owned()).unwrap_or_default();
                    assert!(got.contains(s), "speaker {got:?} should hold {s:?} in {text}");
                }
                None => assert!(a.speaker().is_none(), "no speaker expected in {text}"),
            }
        }
    }

    #[test]
    fn cues_before_and_after() {
        use QuoteKind::Speech;
        check(&[
            (
                "وقال وزير المالية كمال راشد، في مؤتمر صحافي، إن «العجز تراجع».",
                0,
                Speech,
                Some("كمال راشد"),
                Rule::CueBefore,
            ),
            ("الحكومة أكدت أن «الأجور سترتفع».", 0, Speech, Some("الحكومة"), Rule::CueBefore),
            ("وكان الوزير قد قال إن «الخطة جاهزة».", 0, Speech, Some("الوزير"), Rule::CueBefore),
            ("«لن نتراجع»، قالت الوزيرة سلمى حداد.", 0, Speech, Some("سلمى حداد"), Rule::CueAfter),
            (
                "«الوضع هادئ»، بحسب المتحدث باسم الشرطة.",
                0,
                Speech,
                Some("المتحدث باسم الشرطة"),
                Rule::CueAfter,
            ),
            (
                "وأكد النائب سعيد ناصر موقفه، مضيفاً أن «الحوار مستمر».",
                0,
                Speech,
                Some("سعيد ناصر"),
                Rule::Participle,
            ),
            (
                "ونقلت صحيفة «الفجر» عن الوزير كريم داود قوله «نحن مستعدون».",
                1,
                Speech,
                Some("كريم داود"),
                Rule::Relay,
            ),
            ("وزير الصحة: «اللقاح آمن»", 0, Speech, Some("وزير الصحة"), Rule::Colon),
            // a weak participle (متوقعاً is also "expected") before أن
            (
                "وأكد الوزير سامي داود أن النمو «سيتسارع»، متوقعاً أن «تنخفض البطالة».",
                1,
                Speech,
                Some("سامي داود"),
                Rule::Participle,
            ),
        ]);
        // the same word as an adjective, with no complementizer after it, is no cue
        let doc = Extractor::new().extract("وكان الانسحاب متوقعاً، «فالفريق منهك منذ أسابيع طويلة».");
        assert!(doc.attributions()[0].cue().is_none());
    }

    #[test]
    fn the_embedded_subject_is_not_the_speaker() {
        let doc = Extractor::new().extract("وقال المحافظ ماهر سليم إن الحكومة «لم تف بوعودها».");
        let speaker = doc.attributions()[0].speaker().unwrap();
        assert!(speaker.text().contains("ماهر سليم"));
        assert!(!speaker.text().contains("الحكومة"));
    }

    #[test]
    fn a_thing_reporting_inside_a_sources_clause_leaves_the_words_to_the_source() {
        first_speakers_are(&[
            // results, figures and records report nothing of their own
            ("وأوضح المهندس كريم عواد أن القياسات بينت أن «الجسر آمن تماماً».", "المهندس كريم عواد"),
            ("وقالت الطبيبة منى صابر إن الفحوص أكدت أن «الطفل بخير».", "الطبيبة منى صابر"),
            // (with its adjective)
            ("وأوضح المهندس كريم عواد أن القياسات الميدانية بينت أن «الجسر آمن».", "المهندس كريم عواد"),
            // a body, and a family name the document gave, speak for themselves
            ("وقال المتحدث سليم داود إن الحكومة أكدت أن «الطريق سيفتح».", "الحكومة"),
            ("وقال المتحدث سليم داود إن الحكومة الجديدة أكدت أن «الطريق سيفتح».", "الحكومة الجديدة"),
        ]);
        let text =
            "قال المدرب نبيل الحداد إن «الفوز مهم». وأوضح المحامي سامي داود أن الحداد أكد أن «الفريق جاهز».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المدرب نبيل الحداد"));
        // outside a reported clause, the thing is who the text gives
        assert_eq!(speaker_text("وكشفت الفحوص أن «الطفل بخير».", 0).as_deref(), Some("الفحوص"));
    }

    #[test]
    fn names_in_marks() {
        use QuoteKind::{Name, Speech, Term, Title};
        check(&[
            ("نشرت صحيفة «الأيام» التقرير.", 0, Name, None, Rule::NameTrigger),
            ("أطلق الجيش عملية «درع الشمال».", 0, Title, None, Rule::NameTrigger),
            // a service, inside a clause on a bank's statement
            ("وقال المصرف إن على العملاء استخدام خدمة «تأكد» قبل التحويل.", 0, Name, None, Rule::NameTrigger),
            // a battle named by its side, the subject of أن
            ("وقال القائد إن «معركة التحرير» مستمرة.", 0, Title, None, Rule::NameTrigger),
            // a museum, hall or market named inside a source's reported clause
            ("وأوضحت المديرة أن القطع ستعرض في متحف «دار السلام» قريباً.", 0, Name, None, Rule::NameTrigger),
            ("وقال التاجر إن الزحام يشتد في سوق «باب الجابية» مساءً.", 0, Name, None, Rule::NameTrigger),
            ("وقال الوزير لـ«الأخبار» إنه متفائل.", 0, Name, None, Rule::NamePreposition),
            // a title's firm on بـ, and a verb of demand or promise's بـ
            ("وقال الشريك المؤسس بـ«نماء» إن التمويل اكتمل.", 0, Name, None, Rule::NamePreposition),
            ("وطالب النقيب بـ«مراجعة شاملة للأجور».", 0, Speech, Some("النقيب"), Rule::CueBefore),
            ("ووعدت المديرة بـ«تحسن ملموس».", 0, Speech, Some("المديرة"), Rule::CueBefore),
            // وعد after its subject is weak (يعد "is deemed"); its بـ confirms it
            ("والبلدية تعد بـ«انفراج قريب».", 0, Speech, Some("البلدية"), Rule::CueBefore),
            ("ونشرت “الصباح” اللبنانية مقالاً.", 0, Name, None, Rule::NameAdjective),
            ("وبدأ «الحوار» أمس.", 0, Term, None, Rule::Short),
            // a race, a news portal, a charge, a case
            ("وأكد المنظمون أن سباق «جبال الأطلس» ينطلق غداً.", 0, Name, None, Rule::NameTrigger),
            ("وقال النائب لبوابة «المدار» إن الجلسة تأجلت.", 0, Name, None, Rule::NameTrigger),
            ("وأضاف المحامي أن موكله سُجن بتهمة «تبديد المال العام».", 0, Term, None, Rule::NameTrigger),
            ("وأرجأت المحكمة النظر في قضية «الأسمدة المغشوشة».", 0, Term, None, Rule::NameTrigger),
            // where it is so called may stand between the verb of naming and بـ
            (
                "وقال التاجر إن الركود بلغ ما بات يعرف في المدينة بـ«شتاء العطش».",
                0,
                Term,
                None,
                Rule::NameTrigger,
            ),
            // a place after its article and adjective, the clause going on
            (
                "وأكد المحافظ أن المعامل في المدينة الصناعية «النخيل» أغلقت أبوابها.",
                0,
                Name,
                None,
                Rule::NameTrigger,
            ),
            // (not before أن, nor after the subject of إن: what is said of it)
            (
                "وأشار المهندس إلى أن الطاقم الفني «مغربي بالكامل» وأن المعدات محلية.",
                0,
                Speech,
                Some("المهندس"),
                Rule::CueBefore,
            ),
            ("وقال المحافظ إن المدينة الصناعية «النخيل» أغلقت.", 0, Speech, Some("المحافظ"), Rule::CueBefore),
            // after أن and a work's noun with its adjective, the clause going
            // on past the marks: they name the subject
            (
                "وأعلن الوزير أن الحملة الوطنية «عين على البحر» شملت عشرين شاطئاً.",
                0,
                Title,
                None,
                Rule::NameTrigger,
            ),
            // a title after بعنوان, even under a verb that labels
            (
                "ووصف الناقد الفيلم في مراجعة بعنوان «ضوء على الرمل» بأنه «مغامرة جميلة».",
                0,
                Title,
                None,
                Rule::NameTrigger,
            ),
            // a company's name in the subject's phrase of a verb that labels, before أن
            (
                "ورأى كبير المحللين في «دار الأرقام»، سامي عيد، أن السوق متماسكة.",
                0,
                Name,
                None,
                Rule::SpeakerInMarks,
            ),
            // a body's name in marks as the verb's subject, the clause going on
            (
                "وأعلنت «الغرفة الوطنية لمربي النحل» تنظيم معرض في الربيع.",
                0,
                Name,
                None,
                Rule::SpeakerInMarks,
            ),
            // a short quotation in the frame of the colon that introduces the words
            ("وقال المدرب بعد الفوز على «النجوم»: «استحققنا النقاط».", 0, Name, None, Rule::NameTrigger),
        ]);
        // the clause ending with the marks: what is said of the subject
        let doc = Extractor::new().extract("وأعلن الوزير أن الحملة الوطنية «حققت أهدافها كاملة».");
        assert!(doc.attributions()[0].is_speech());
        // so too right after a possessed noun: إن روايتها «…». is a predicate
        let ex = Extractor::new();
        let doc = ex.extract("وقالت الكاتبة إن روايتها «رحلة في ذاكرة المدينة».");
        assert!(doc.attributions()[0].is_speech());
        let doc = ex.extract("وأكد المدرب أن فريقه «قدم مباراة كبيرة».");
        assert!(doc.attributions()[0].is_speech());
        // but the clause going on, or the words said of it following, it names
        let doc = ex.extract("وقالت الكاتبة إن روايتها «رحلة في ذاكرة المدينة» ستصدر قريباً.");
        assert_eq!(doc.attributions()[0].kind(), Title);
        let doc = ex.extract("وقال الوزير إن مبادرة «الطريق الأخضر» «فتحت آفاقاً جديدة».");
        assert!(!doc.attributions()[0].is_speech());
        assert!(doc.attributions()[1].is_speech());
        // a comma before the colon: another clause, and the quotation is speech
        let doc = Extractor::new().extract("وقال الوزير إن «العمل مستمر»، مضيفاً: «لن نتوقف».");
        assert!(doc.attributions()[0].is_speech());
        // a body: تنسيقية
        let text = "وأعلنت تنسيقية الأطباء المقيمين أن «الإضراب سيستمر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("تنسيقية الأطباء المقيمين"));
    }

    #[test]
    fn a_label_verb_makes_even_one_word_speech() {
        check(&[
            (
                "ووصف الوزير جمال عيسى القرار بـ«المتسرع».",
                0,
                QuoteKind::Speech,
                Some("جمال عيسى"),
                Rule::Label,
            ),
            // past a relative clause on the object, set off by commas (the
            // label opening on a noun of names stays the label)
            (
                "ويصف الصيادون الميناء، الذي أغلق منذ عامين، بـ«مدينة الأشباح».",
                0,
                QuoteKind::Speech,
                Some("الصيادون"),
                Rule::Label,
            ),
        ]);
    }

    #[test]
    fn a_cause_and_a_name_given_in_the_speakers_words() {
        use QuoteKind::{Speech, Term};
        check(&[
            // عزا / أرجع … إلى «…»: the cause is named in the speaker's words
            ("وعزا المدير سامر النمر التأخير إلى «ظروف فنية».", 0, Speech, Some("سامر النمر"), Rule::Label),
            ("وأرجعت المهندسة ليلى الخطيب العطل إلى «سوء التخزين».", 0, Speech, Some("ليلى"), Rule::Label),
            // ما تسميه X «…»: the verb printed with its pronoun ه
            ("ورفض النائب ما تسميه الحكومة «الإصلاح الشامل».", 0, Speech, Some("الحكومة"), Rule::Label),
            // تسمية «…»: the noun printed with ة introduces a term
            ("وقالت إن تسمية «الحي القديم» لم تعد مناسبة.", 0, Term, None, Rule::NameTrigger),
        ]);
    }

    #[test]
    fn a_manner_between_the_verb_and_its_subject() {
        // بنبرة غاضبة، بحسرة: an adverb of manner, not the subject
        assert_eq!(
            speaker_text("قالت ليلى إن البيت تهدم. وتضيف بنبرة غاضبة: «لا أحد يسمعنا».", 0),
            Some("ليلى".into())
        );
        assert_eq!(speaker_text("وقال الوزير بنبرة حادة: «لن نقبل بذلك».", 0), Some("الوزير".into()));
        assert_eq!(speaker_text("وقالت بحسرة أم محمد: «فقدت كل شيء».", 0), Some("أم محمد".into()));
        assert_eq!(speaker_text("وقالت بصوت متقطع: «لم يبق لنا شيء».", 0), None);
        // بخجل، بلا تردد، بصوت واحد: the speaker is the one before
        assert_eq!(
            speaker_text("وقف المهندس نادر أمام اللجنة. «نسيت الرسم»، يقول بخجل.", 0),
            Some("المهندس نادر".into())
        );
        assert_eq!(speaker_text("وأجابت بلا تردد الأستاذة هند: «الصبر أولاً».", 0), Some("الأستاذة هند".into()));
        assert_eq!(
            speaker_text("تجلس الطالبتان سهى ومنى قرب الباب. «تعبنا كثيراً»، قالتا بصوت واحد معاً.", 0),
            Some("الطالبتان سهى ومنى".into())
        );
    }

    #[test]
    fn a_state_or_a_recurring_time_between_the_verb_and_its_subject() {
        // a participle of state (حال), its tanwin printed or not
        assert_eq!(
            speaker_text("قالت ليلى إن البيت تهدم. وتضيف مبتسمة: «سنبنيه من جديد».", 0),
            Some("ليلى".into())
        );
        assert_eq!(speaker_text("وأضاف ساخرا: «هذا كل ما لدينا».", 0), None);
        // and it ends the phrase of a subject before it
        assert_eq!(speaker_text("وقالت المعلمة متأثرة: «كانوا أبنائي».", 0), Some("المعلمة".into()));
        // كل يوم، ذات ليلة: a time, not the subject
        assert_eq!(speaker_text("ويقول كل يوم: «الصبر جميل».", 0), None);
        assert_eq!(speaker_text("قال ذات يوم الشاعر سليم: «لا».", 0), Some("الشاعر سليم".into()));
        // but كل before a noun that is no time is the subject
        assert_eq!(speaker_text("وقالت كل الأحزاب: «لا».", 0), Some("كل الأحزاب".into()));
    }

    #[test]
    fn charges_and_lists_after_the_noun_that_introduces_them() {
        use QuoteKind::{Speech, Term};
        check(&[
            // a charge's legal wording in construct after تهمة may be long
            (
                "أدانت المحكمة الموظف بالسجن عاماً بتهمة «استغلال النفوذ للحصول على منافع غير مشروعة لصالح الغير».",
                0,
                Term,
                None,
                Rule::NameTrigger,
            ),
            // every quotation of a list after the noun (بتهم «…» و«…» و«…»)
            ("وحوكم المدير بتهم «تبديد المال» و«التزوير» و«منح صفقات دون مناقصة قانونية».", 2, Term, None, Rule::NameTrigger),
            ("وحوكم المدير بتهم «تبديد المال»، «التزوير».", 1, Term, None, Rule::NameTrigger),
            // a label's list stays the speaker's words
            ("ووصف الوزير القرار بـ«المتسرع» و«غير المسؤول».", 1, Speech, Some("الوزير"), Rule::CueBefore),
            // a body named in full, then a preposition: its demand, not its name
            ("وطالبت رابطة المحامين العرب بـ«وقف فوري للترحيل» قبل الانتخابات.", 0, Speech, Some("رابطة"), Rule::CueBefore),
        ]);
    }

    #[test]
    fn a_club_in_marks_inside_the_speaker_phrase() {
        use QuoteKind::{Name, Speech};
        let text = "قال مدرب «النجم الساحلي» كريم العياري، بعد المباراة، إن فريقه «لعب بروح عالية».";
        check(&[
            (text, 0, Name, None, Rule::SpeakerInMarks),
            (text, 1, Speech, Some("كريم العياري"), Rule::CueBefore),
            // not a definite title before the marks, nor a verb after them
            ("وقال المدرب «لن نستسلم» وغادر.", 0, Speech, Some("المدرب"), Rule::CueBefore),
        ]);
        // a passive participle with its preposition and pronoun: موثوق به
        assert_eq!(
            speaker_text("وقال مسؤول موثوق به لدى الاتحاد إن «القرار نهائي».", 0),
            Some("مسؤول موثوق به لدى الاتحاد".into())
        );
    }

    #[test]
    fn channels_and_nouns_that_look_like_cues() {
        use QuoteKind::Speech;
        check(&[
            // بحسب صحيفة «…» between the verb's subject and أن: the channel
            (
                "وأكد اللاعب سامر عواد، بحسب صحيفة «الميدان»، أن الفريق «سيعود أقوى».",
                1,
                Speech,
                Some("سامر عواد"),
                Rule::CueBefore,
            ),
            // نادي in construct after a title is the club, not the verb نادى
            (
                "وقال مدرب نادي الشروق إن الخسارة «درس قاس».",
                0,
                Speech,
                Some("مدرب نادي الشروق"),
                Rule::CueBefore,
            ),
            // معدّ، مؤلف، مساعد head a phrase like other titles
            (
                "وأوضح مساعد وزير المالية سمير داود أن الخطة «ستنفذ تدريجياً».",
                0,
                Speech,
                Some("مساعد وزير المالية سمير داود"),
                Rule::CueBefore,
            ),
            ("وقالت معدة الدراسة إن النتائج «مقلقة».", 0, Speech, Some("معدة الدراسة"), Rule::CueBefore),
            // after إن and the subject's words, a negated present verb opens
            // what is said of it
            (
                "وقال السفير إن مشروع الاتفاق الجديد «لا يمثل إلا مناورة».",
                0,
                Speech,
                Some("السفير"),
                Rule::CueBefore,
            ),
        ]);
        // (but a slogan after its noun: حملة «لا للفساد»)
        let doc = Extractor::new().extract("وأطلقت الجمعية حملة «لا للفساد» في المدارس.");
        assert!(!doc.attributions()[0].is_speech());
    }

    #[test]
    fn an_institution_named_on_lam_and_a_document_issued_by_one() {
        // لشؤون: the complement of a body or a title, with its genitive
        assert_eq!(
            speaker_text("وقالت الهيئة العليا لشؤون المهاجرين إن «الأعداد تتزايد».", 0),
            Some("الهيئة العليا لشؤون المهاجرين".into())
        );
        assert_eq!(
            speaker_text("وقال وزير الدولة لشؤون المغتربين إن «الأعداد تتزايد».", 0),
            Some("وزير الدولة لشؤون المغتربين".into())
        );
        // (but a name on ل, then a group: the verb's object)
        assert_eq!(
            speaker_text("وأبلغ الوزير سامي لطفي الصحفيين: «الأعداد تتزايد».", 0),
            Some("الوزير سامي لطفي".into())
        );
        // بيان لـ، تقرير لـ: the issuer is the source
        assert_eq!(speaker_text("وقال بيان لوزارة النقل إن الحادث «عرضي».", 0), Some("وزارة النقل".into()));
        assert_eq!(
            speaker_text("ووفق تقرير لمرصد البيئة، فإن المياه «ملوثة».", 0),
            Some("مرصد البيئة".into())
        );
    }

    #[test]
    fn names_and_terms_inside_another_cue_s_clause() {
        use QuoteKind::{Name, Speech, Term, Title};
        check(&[
            // a label verb's object on أمام, ضد, مع is no label
            ("ووصف المدرب التعادل أمام «الشعلة» بأنه «نتيجة عادلة».", 0, Name, None, Rule::SpeakerInMarks),
            (
                "ووصف المدرب التعادل أمام «الشعلة» بأنه «نتيجة عادلة».",
                1,
                Speech,
                Some("المدرب"),
                Rule::CueBefore,
            ),
            // ما يُعرف بـ«…» under a verb that labels: a term
            ("ويعتبر خبراء ما يُعرف بـ«الجدار المالي» وهماً.", 0, Term, None, Rule::NameTrigger),
            // an album, a channel's screen
            ("وتحدث المغني عن ألبومه «ليل المدينة» مطولاً.", 0, Title, None, Rule::NameTrigger),
            ("وقالت الممثلة على شاشة «الأفق» إنها «سعيدة».", 0, Name, None, Rule::NameTrigger),
            // after إن, a name opening on its noun with the clause going on
            (
                "وقال المدير إن «مهرجان الواحة الدولي للمسرح» هذا العام جذب «آلاف الزوار».",
                0,
                Title,
                None,
                Rule::NameTrigger,
            ),
            // a body's short name after it, before a printed passive and بأن
            (
                "وأفاد تقرير لدائرة الخليج للدراسات «دخد»، نُشر أمس، بأن الإنفاق «تضاعف».",
                0,
                Name,
                None,
                Rule::SpeakerInMarks,
            ),
        ]);
        // a printed past passive (نُشرت) is no cue: the words stay the minister's
        let text = "قال الوزير سالم داود، في حديث لمجلة «الأفق» نُشر أمس، إن البلاد «لن تتراجع».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزير سالم داود"));
        // but نُقل عن فلان relays the one after عن
        assert_eq!(speaker_text("ونُقل عن الوزير قوله: «نعم».", 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_verb_after_a_comma_with_its_own_subject_leaves_the_reported_clause() {
        use QuoteKind::Speech;
        check(&[
            // ونقلت قناة … عن فلانة: a new clause, not the first speaker's words
            (
                "قالت الجمعية إنها قلصت المساعدات، ونقلت إذاعة «الشرق» عن مديرتها ليلى سعد قولها: «لا خيار لنا».",
                1,
                Speech,
                Some("ليلى سعد"),
                Rule::Relay,
            ),
            // فرد عليه الوزير: past the preposition with its pronoun
            (
                "وقال النائب إن الاقتراح «مناورة»، فرد عليه الوزير سامر وهبي بالقول: «بل هو حل».",
                1,
                Speech,
                Some("سامر وهبي"),
                Rule::Participle,
            ),
        ]);
        // (a verb joined by و with no subject of its own stays in the clause)
        let text = "وقال الوزير إن الحكومة ستدعم المزارعين، وأضاف: «لن نتأخر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn the_so_called_frame_and_titles_of_stars() {
        use QuoteKind::{Speech, Term};
        check(&[
            // ما يسمى «…» frames a term and names no speaker for what follows
            (
                "وقالت الجمعية، معتبرة أن ما يسمى «الحجز الاحتياطي» هو «عقاب مقنع».",
                0,
                Term,
                None,
                Rule::NameTrigger,
            ),
            (
                "وقالت الجمعية، معتبرة أن ما يسمى «الحجز الاحتياطي» هو «عقاب مقنع».",
                1,
                Speech,
                Some("الجمعية"),
                Rule::Participle,
            ),
        ]);
        // بطل، نجم head a phrase, which goes on to a second title and a name
        assert_eq!(
            speaker_text("وقال بطل المسلسل الممثل كريم ناصر: «الدور صعب».", 0).as_deref(),
            Some("بطل المسلسل الممثل كريم ناصر")
        );
        assert_eq!(
            speaker_text("وقال نجم الفريق سامي خليل: «سنفوز».", 0).as_deref(),
            Some("نجم الفريق سامي خليل")
        );
    }

    #[test]
    fn a_title_with_its_pronoun_keeps_its_first_letter() {
        // والدته is والدة with a pronoun, not و + الدته
        assert_eq!(speaker_text("وقالت والدته: «كان طيباً».", 0), Some("والدته".into()));
        assert_eq!(speaker_text("وقال وكيلها إن «العقد انتهى».", 0), Some("وكيلها".into()));
        // and heads a relative clause's antecedent, past the auxiliary كان
        assert_eq!(
            speaker_text("وروى الكاتب أن والدته التي كانت تردد له: «اصبر».", 0),
            Some("والدته".into())
        );
        assert_eq!(speaker_text("تحدثت الشابة عن زوجها الذي كان يردد: «سأعود».", 0), Some("زوجها".into()));
    }

    #[test]
    fn names_in_marks_beside_a_body_an_event_or_a_platform() {
        use QuoteKind::{Name, Speech, Title};
        check(&[
            // a short name set after the body's own name, the clause going on
            ("أعلنت الهيئة الأهلية «جسور الخير» توزيع ألف سلة غذائية.", 0, Name, None, Rule::NameTrigger),
            // (not the words asked of a group after the subject, nor «لا»)
            (
                "وناشدت الوزارة المنظمات الدولية «الإغاثة العاجلة» لإنقاذ المرضى.",
                0,
                Speech,
                Some("الوزارة"),
                Rule::CueBefore,
            ),
            ("وقالت الحكومة «لا» للمشروع.", 0, Speech, Some("الحكومة"), Rule::CueBefore),
            // an agency's short name after its full name
            (
                "وقال الوزير، بحسب وكالة أنباء الساحل «سنا»، إن الخطة «جاهزة».",
                0,
                Name,
                None,
                Rule::NameTrigger,
            ),
            // an event named after its noun
            ("وقال الوزير خلال ملتقى «الطاقة والمستقبل» إن الخطة «جاهزة».", 0, Title, None, Rule::NameTrigger),
            // a platform's name alone
            ("وكتب أحد السكان على «فيسبوك»: «لا ماء منذ أسبوع».", 0, Name, None, Rule::NameTrigger),
            // known by a name, with an adverb before the preposition
            ("في القضية المعروفة إعلامياً بـ«قضية الأراضي» أمس.", 0, QuoteKind::Term, None, Rule::NameTrigger),
            // a labelling verb's object is a title: the label is still the word
            ("ووصف الوزير المعارضة بـ«المضللة».", 0, Speech, Some("الوزير"), Rule::Label),
        ]);
    }

    #[test]
    fn a_channel_named_after_the_speakers_verb_only_carries_the_words() {
        let rows = [
            ("وأضاف الحارس، بحسب ما نقلت رابطة الأندية: «نحن جاهزون».", "الحارس"),
            ("وأوضحت الوزيرة، وفقاً لما نقلته الوكالة الرسمية، أن المشروع «جاهز».", "الوزيرة"),
            // (accounts and pages that pass news on are channels too)
            ("وتابع المدرب، بحسب ما تداولته صفحات رياضية، أن الفريق «سيعود».", "المدرب"),
            ("وقالت النائبة، وفق ما نقلته حسابات محلية، إن القانون «ظالم».", "النائبة"),
            // (the author after عن, and a nameless source, stay the source)
            ("وقال الوزير أمس ونقلت الصحيفة عن مصادر مطلعة: «الحكومة ستستقيل».", "مصادر مطلعة"),
        ];
        for (text, speaker) in rows {
            assert_eq!(speaker_text(text, 0).as_deref(), Some(speaker), "{text}");
        }
        // with no speaker of its own before it, the channel is the source
        assert_eq!(
            speaker_text("وبحسب الوكالة الرسمية، فإن المشروع «جاهز».", 0).as_deref(),
            Some("الوكالة الرسمية")
        );
    }

    #[test]
    fn a_document_speaks_for_its_issuer() {
        let rows = [
            // the issuer in the phrase: a genitive, or after الصادر عن
            ("وجاء في قرار المحكمة أن المتهم «أقدم على فعلته».", "المحكمة"),
            ("وبحسب النشرة الصادرة عن الهيئة، فإن الأمطار «ستكون غزيرة».", "الهيئة"),
            // a document alone: whoever issued it a little before
            (
                "نشرت الوزارة، مساء الاثنين، تدوينة على صفحتها. وجاء في التدوينة أن التأجيل «فرضته أسباب تقنية».",
                "الوزارة",
            ),
            ("أصدرت منظمة العفو تقريراً. وبحسب التقرير، فإن السجناء «يتعرضون للتعذيب».", "منظمة العفو"),
        ];
        for (text, speaker) in rows {
            let got = speaker_text(text, 0).unwrap_or_default();
            assert!(got.contains(speaker), "{got:?} should hold {speaker:?} in {text}");
        }
        // a document as a reporting verb's subject speaks for its issuer too
        let rows = [
            ("أصدرت البلدية بياناً مساء أمس. وأضاف البيان أن الشوارع «ستفتح غداً».", "البلدية"),
            ("ردت الشركة في بيان على الاتهامات. وتابع البيان: «نحترم القانون».", "الشركة"),
            ("وقال تقرير صادر عن المرصد إن الهواء «ملوث».", "المرصد"),
            ("وأكد البيان الصادر عن النادي أن اللاعب «باق».", "النادي"),
            ("وصدر بلاغ عن الشرطة. وأوضح البلاغ أن السائق «فر».", "الشرطة"),
        ];
        for (text, speaker) in rows {
            assert_eq!(speaker_text(text, 0).as_deref(), Some(speaker), "{text}");
        }
        // received, not issued: the document stays the only source named
        let text = "تلقى صاحب المطعم رسالة تهديد. وجاء في الرسالة: «أغلق المطعم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الرسالة"));
        // عادةً is "usually", no participle of عدّ
        let text = "وتصل الرسالة عادةً: «حدّث بياناتك».";
        assert!(Extractor::new().extract(text).attributions()[0].cue().is_none(), "{text}");
    }

    #[test]
    fn a_document_named_sentences_before_speaks_for_its_issuer() {
        let rows = [
            // the issuer gave words in the sentence that named the document
            (
                "«لن نتراجع عن مطالبنا»، بهذه الكلمات حسمت النقابة موقفها في بيان ليلة الأحد. \
                 وأضاف البيان أن الاعتصام «باقٍ إلى أن تُلبّى المطالب».",
                1,
                "النقابة",
            ),
            // the issuer on ل after the document, read by the nominal cue
            (
                "وجاء في بلاغ للمديرية أن الطريق «مغلق أمام السيارات». وأضاف البلاغ أن الأشغال «ستنتهي قريباً».",
                1,
                "المديرية",
            ),
            // the issuer in a relative after the document
            ("وجاء في بيان أصدرته الجمعية أن الأسعار «مرتفعة جداً».", 0, "الجمعية"),
            ("وجاء في تعميم وزعته الإدارة على الموظفين أن الدوام «سيتغير».", 0, "الإدارة"),
        ];
        for (text, quote, speaker) in rows {
            assert_eq!(speaker_text(text, quote).as_deref(), Some(speaker), "{text}");
        }
        // an aside after a verb with its subject: the subject's words
        let text = "استقبل الوزير وفداً من المزارعين، وفق بيان لوزارة الزراعة. \
                    وأكد الوزير، بحسب البيان، أن الدعم «سيصل قريباً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
        // a definite document is no new one: whoever criticised it did not issue it
        let text = "انتقد الحزب البيان الصادر عن الحكومة. وكان البيان قد وصف الاحتجاجات بأنها «فوضى منظمة».";
        assert!(!speaker_text(text, 0).unwrap_or_default().contains("الحزب"), "{text}");
        // a document named with the article was introduced before: وفقاً
        // للبيان in the minister's sentence does not make him its issuer
        let text = "وجاء في بيان للنقابة أن الإضراب «مستمر». وقال الوزير، وفقاً للبيان، إن الحوار «مفتوح». \
                    وأضاف البيان أن المطالب «مشروعة».";
        assert_eq!(speaker_text(text, 2).as_deref(), Some("النقابة"));
        // a document no sentence gave an issuer to stays the source
        assert_eq!(speaker_text("«الأسعار لن ترتفع»، وفق البيان.", 0).as_deref(), Some("البيان"));
        // the verb agrees with the document, and says nothing of the issuer
        let text = "وحسب بيان للنقابة المستقلة للأطباء، فإن الإضراب «سيتواصل». \
                    وأضاف البيان أن الأطباء «لن يعودوا قبل الاتفاق».";
        let doc = Extractor::new().extract(text);
        assert_eq!(speaker_text(text, 1).as_deref(), Some("النقابة المستقلة للأطباء"));
        assert_eq!(doc.speakers().len(), 1, "{text}");
        assert_eq!(doc.speakers()[0].number(), crate::Number::Unknown, "{text}");
    }

    #[test]
    fn a_verbs_form_after_a_preposition_is_no_cue() {
        // a place shaped like a first-person verb (أبين "I show") in a
        // speaker's office, before the name in apposition
        let text = "وقال مدير الميناء في أبين، المهندس وليد حسن، إن الرصيف «جاهز».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مدير الميناء في أبين، المهندس وليد حسن"));
        // a verbal noun after في (in reply to the request of «…»): the
        // paper in marks is the request's, not the ministry's words
        let text = "وقالت الوزارة، في رد على سؤال «الأيام»، إنها ستراجع القرار.";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name, "{text}");
    }

    #[test]
    fn ithnay_before_ashar_is_the_number_twelve() {
        // اثني عشر: not أثنى "praised" with عشر for its subject
        let text = "ويضيف الحارس، الذي بدأ العمل في المصنع قبل اثني عشر يوماً: «الأجر لا يكفي».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("ويضيف"));
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الحارس"));
    }

    #[test]
    fn a_bodys_short_name_after_its_full_name_is_a_name() {
        use QuoteKind::{Name, Speech};
        check(&[
            // the short name, then the clause goes on: a comma, عن
            (
                "أعلنت الشركة الوطنية لتوزيع الغاز «غازكو»، صباح اليوم، عن خفض الأسعار.",
                0,
                Name,
                None,
                Rule::SpeakerInMarks,
            ),
            ("وأعلنت الهيئة العامة للطيران «جاكا» عن تأخير الرحلات.", 0, Name, None, Rule::SpeakerInMarks),
        ]);
        // words a list knows are the body's words or its object
        let doc = Extractor::new().extract("وأعلنت الحكومة «حالة الاستنفار»، وقالت إن الوضع «مقلق».");
        assert_eq!(doc.attributions()[0].kind(), Speech);
        let doc = Extractor::new().extract("وقالت الوزارة «لا تعليق» على الخبر.");
        assert_eq!(doc.attributions()[0].kind(), Speech);
    }

    #[test]
    fn a_document_with_a_possessive_speaks_for_the_pronouns_referent() {
        let rows = [
            // the sentence's subject, when the pronoun agrees with it
            ("وأنهت اللجنة عملها أمس، وجاء في تقريرها أن المياه «غير صالحة للشرب».", "اللجنة"),
            // an earlier sentence's source, by the pronoun's agreement
            ("وقال المدرب إن الفريق جاهز. وجاء في رسالته إلى اللاعبين: «لا مكان للتراخي».", "المدرب"),
            ("أعلنت النقابة الإضراب. وورد في بيانها أن المطالب «مشروعة».", "النقابة"),
            ("أنهت اللجنة عملها. ووفقاً لتقريرها، فإن المياه «ملوثة».", "اللجنة"),
        ];
        for (text, speaker) in rows {
            assert_eq!(speaker_text(text, 0).as_deref(), Some(speaker), "{text}");
        }
        // the document's own issuer, when it names one
        let text = "وجاء في بيان النقابة أن المطالب «مشروعة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النقابة"));
    }

    #[test]
    fn a_titles_plural_after_a_bodys_phrase_is_the_object() {
        let text = "ودعت الهيئة الوطنية للطوارئ المواطنين إلى «الحذر الشديد».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الهيئة الوطنية للطوارئ"));
        // (in the body's construct it is the body's name)
        let text = "وقالت نقابة المعلمين إن الإضراب «مستمر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("نقابة المعلمين"));
    }

    #[test]
    fn a_headline_names_its_speaker_after_the_quotation() {
        let text =
            "«لا زيادة في الأسعار».. وزير التجارة يتوعد المحتكرين\nأكد وزير التجارة سامي العلي أن المخزون كاف.";
        let got = speaker_text(text, 0).unwrap_or_default();
        assert!(got.starts_with("وزير التجارة"), "{got:?}");
        // (a definite word after the phrase is no verb: no speaker named)
        let text = "«الحلم الأخير».. المخرج الشاب الفائز بالجائزة\nفاز الفيلم بالجائزة الكبرى.";
        assert_eq!(speaker_text(text, 0), None);
    }

    #[test]
    fn a_verbs_form_after_a_preposition_is_a_noun() {
        // في رد نشرته الصحيفة: رد is "a reply", not "he replied"
        let text = "وقالت الوزارة في رد نشرته الصحيفة إن فرقها «باشرت العمل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزارة"));
        // (من before a verb is also "who": the verb stays a cue)
        let text = "وتساءل النائب: من قال إن «الأزمة انتهت»؟";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("قال"));
    }

    #[test]
    fn the_one_speaking_is_whoever_was_quoted_before() {
        // وأضاف المتحدث: "the speaker", not a new source
        let text = "أكد رئيس البلدية، السيد سامي النجار، أن الأشغال «ستنتهي قريباً».\nوأضاف المتحدث أن «التأخير سببه المقاول».";
        let doc = Extractor::new().extract(text);
        let entity = |i: usize| doc.attributions()[i].speaker().and_then(|s| s.entity());
        assert!(entity(0).is_some());
        assert_eq!(entity(0), entity(1));
        assert_eq!(doc.speakers().len(), 1);
    }

    #[test]
    fn a_later_verb_without_subject_shares_the_sentences_subject() {
        // تظاهر المزارعون … رفضاً لما وصفوه بـ«…»: no conjunction before the
        // verb, and the verb of the first clause is no cue
        let text = "تظاهر المزارعون أمام الوزارة رفضاً لما وصفوه بـ«الظلم الواضح».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المزارعون"));
        // (a verb that does not agree looks further)
        let text = "قال الوزير إن الخطة جاهزة. تظاهر المزارعون أمام الوزارة بعدما أكد أن «الدعم مستمر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_dropped_subject_takes_the_speaker_that_agrees() {
        let text = "وقالت الوزيرة هدى سالم إن «الموازنة جاهزة». وقال النائب وليد فارس إن «النقاش لم يبدأ». \
                    وأضافت أن «التصويت قريب».";
        let doc = Extractor::new().extract(text);
        let third = doc.attributions()[2].speaker().unwrap();
        assert!(third.text().contains("هدى سالم"), "{}", third.text());
        assert_eq!(third.resolution(), Resolution::DroppedSubject);
        // a study (دراسة, written with ة) is feminine: the masculine وأضاف
        // goes back to the minister, past the study cited in between
        let text = "قال الوزير سامي حداد إن «الخطة جاهزة». وبحسب الدراسة، فإن الأسعار «سترتفع». \
                    وأضاف: «لن نتراجع».";
        assert_eq!(speaker_text(text, 2).as_deref(), Some("الوزير سامي حداد"));
        assert_eq!(speaker_text(text.replace("وأضاف", "وأضافت").as_str(), 2).as_deref(), Some("الدراسة"));
    }

    #[test]
    fn a_plural_verb_without_subject_refers_to_the_first_group_named_before_it() {
        first_speakers_are(&[
            // an indefinite accusative, the subject of a verb after أن
            ("وحكى التاجر وليد أن جنوداً دخلوا متجره ليلاً وقالوا له: «أغلق الباب».", "جنوداً"),
            // a group on a count, with an aside naming a second group
            (
                "وتقدم بالشكوى عشرات المتضررين، أغلبهم من المتقاعدين، أكدوا أنهم دفعوا ثمن شقق «لم تُبنَ بعد».",
                "عشرات المتضررين",
            ),
            // a relative clause's second verb, after a singular subject
            ("أثار القرار غضب الطلاب، الذين نظموا وقفة أمام الإدارة رددوا خلالها: «لا للظلم».", "الطلاب"),
            // the first group is the subject; a later one is in the object
            ("لكن محللين نبهوا إلى تأخر عدد من الوزراء عن الجلسة، ورأوا أن النقاش «سطحي».", "محللين"),
        ]);
        // a singular verb takes nothing from a group
        let text = "أثار القرار غضب الطلاب، وقال الوزير سامي إن «القرار نهائي».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير سامي"));
    }

    #[test]
    fn what_a_sign_says_is_its_carriers_words_or_a_slogan() {
        use QuoteKind::{Speech, Term};
        let carried = "وحمل العمال يافطات دوّنوا عليها «الأجر قبل العرق» و«نريد عقوداً».";
        let hung = "وعلقت عند المدخل لوحة كبيرة بعبارة «ممنوع الوقوف».";
        let shop = "وفوق باب الدكان لافتة بالأزرق: «مخبز الفجر». وقالت صاحبته سلمى: «بدأنا من الصفر».";
        check(&[
            // carried by a group: their words, the sign no part of their name
            (carried, 0, Speech, Some("العمال"), Rule::Uncued),
            (carried, 1, Speech, Some("العمال"), Rule::Uncued),
            // carried by a body named in marks, right before the sign
            (
                "ورفعت رابطة «أنصار النادي» لافتة كتب عليها: «الكرة للجماهير».",
                1,
                Speech,
                Some("رابطة «أنصار النادي»"),
                Rule::Uncued,
            ),
            // hung (علّق, not "commented"), carried by no one: a slogan
            (hung, 0, Term, None, Rule::NameTrigger),
            // a sign before a colon is no participle of لفت
            (shop, 0, Term, None, Rule::NameTrigger),
            (shop, 1, Speech, Some("صاحبته سلمى"), Rule::CueBefore),
            // the participle has its preposition right after it
            (
                "وأوضح المدير أن المشروع «متأخر»، لافتاً النظر إلى أن «التمويل تأخر».",
                1,
                Speech,
                Some("المدير"),
                Rule::Participle,
            ),
            // commenting on a picture is still commenting
            (
                "وعلّق الوزير على صورة نشرها ناشطون قائلاً: «هذا غير صحيح».",
                0,
                Speech,
                Some("الوزير"),
                Rule::Participle,
            ),
        ]);
        // a sign that opens the text has no carrier before it
        let doc = Extractor::new().extract("لافتة: «نعم للسلام»");
        assert_eq!(doc.attributions()[0].kind(), Term);
        // the carriers' phrase stops before the sign
        let text = "ورفع الأهالي يافطة خطوا عليها «نريد الماء».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الأهالي"));
    }

    #[test]
    fn the_futures_first_person_is_printed_with_its_hamza() {
        // ساعد (a name here, or "helped") is not سأعد, "I will promise"
        first_speakers_are(&[(
            "ونسبت الإذاعة إلى رئيس القسم، نادر ساعد، قوله إن الامتحانات «تجري بسلاسة».",
            "رئيس القسم",
        )]);
        assert!(super::bare_alif_after_future("وساعد"));
        assert!(!super::bare_alif_after_future("سأعد"));
        assert!(!super::bare_alif_after_future("سيقول"));
    }

    #[test]
    fn an_indefinite_noun_with_nisba_adjectives_describes_and_names_nothing() {
        use QuoteKind::{Name, Speech, Title};
        check(&[
            ("ووصف الحكم الدورة بأنها «بطولة عربية استثنائية».", 0, Speech, Some("الحكم"), Rule::Label),
            ("وقال النائب إن ما يجري «معركة سياسية» لا أكثر.", 0, Speech, Some("النائب"), Rule::CueBefore),
            // a name or a definite title still follows its noun
            ("وقال الوزير لقناة «الشرق» إن الخطة «جاهزة».", 0, Name, None, Rule::NameTrigger),
            ("وأعلنت الوزارة إطلاق «حملة النظافة الكبرى».", 0, Title, None, Rule::NameTrigger),
        ]);
    }

    #[test]
    fn a_nominal_cue_closing_the_sentence_sources_the_words_before_it() {
        use QuoteKind::{Speech, Term, Title};
        check(&[
            // an object in marks (noun and adjective in the accusative) after
            // a body's name is no name; the cue past the adjunct sources it
            (
                "وحققت المحادثات بين الحكومة وحركة الشباب «تقدماً كبيراً» حول الأسرى، بحسب مصادر دبلوماسية.",
                0,
                Speech,
                Some("مصادر دبلوماسية"),
                Rule::CueAfter,
            ),
            (
                "وقالت اللجنة إن العمل «سيستمر حتى نهاية الشهر» في كل المدن، وفق بيان للجنة.",
                0,
                Speech,
                Some("اللجنة"),
                Rule::CueBefore,
            ),
            // a term in the middle of the clause is not what the source said
            ("وبلغ ثمن «الخروف» الواحد ألفي درهم، وفق معطيات السوق.", 0, Term, None, Rule::Short),
            // a slogan's adverb after its campaign still names it
            ("وأطلقت البلدية حملة «معاً ضد النفايات»، بحسب بيان لها.", 0, Title, None, Rule::NameTrigger),
        ]);
    }

    #[test]
    fn soon_with_its_ma_opens_a_main_clause() {
        // سرعان ما ("soon"): ما is no relative, and the verb after it has
        // the sentence's subject, whom the participle after it follows
        first_speakers_are(&[
            (
                "وسرعان ما ردّ مدير الشركة، سامي نادر، في منشور، قائلاً إن «الأعطال تصلح».",
                "مدير الشركة، سامي نادر",
            ),
            ("وسرعان ما قال مدير الشركة سامي نادر إن «الأعطال تصلح».", "مدير الشركة سامي نادر"),
            ("لكن المدير سرعان ما قال إن «الخطة تغيرت».", "المدير"),
        ]);
    }

    #[test]
    fn an_office_runs_on_to_its_holders_name() {
        use QuoteKind::Speech;
        check(&[
            // a place after the office
            (
                "وقال مدير ميناء صور أحمد قبلان إن «الرصيف جاهز».",
                0,
                Speech,
                Some("أحمد قبلان"),
                Rule::CueBefore,
            ),
            // a prepositional complement, then a second title
            (
                "وحذرت الباحثة في علم المناخ الدكتورة سهى الخطيب من أن «الصيف سيطول».",
                0,
                Speech,
                Some("سهى الخطيب"),
                Rule::CueBefore,
            ),
            // an ordinal
            (
                "وقال قائد اللواء الرابع العقيد زياد نمر: «نتقدم».",
                0,
                Speech,
                Some("زياد نمر"),
                Rule::CueBefore,
            ),
            // a group in the genitive of the office (للطلاب), then the name
            (
                "وقال رئيس الاتحاد الوطني للطلاب سامي داود إن الموسم «سيكون صعباً».",
                0,
                Speech,
                Some("سامي داود"),
                Rule::CueBefore,
            ),
            // a title the lists know (حارس), its complement, then the name
            (
                "وقال حارس مرمى الفريق سامي داود إن اللاعبين «سيعودون أقوى».",
                0,
                Speech,
                Some("سامي داود"),
                Rule::CueBefore,
            ),
            // a long office (عن … في …), and a first name of three letters on ف
            (
                "وقال النائب عن دائرة الشمال في مجلس الشعب فهد سالم إن القانون «سيمر بسهولة».",
                0,
                Speech,
                Some("فهد سالم"),
                Rule::CueBefore,
            ),
        ]);
        // a group after the speaker's title with no name after it is the
        // addressee, and ends the phrase
        let doc = Extractor::new().extract("وقال الوزير للطلاب إن «الامتحانات في موعدها».");
        let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned());
        assert_eq!(speaker.as_deref(), Some("الوزير"));
        // ف on a pronoun is no name: فهو opens the next clause
        let doc = Extractor::new().extract("وقال مدير المكتب فهو يتابع إن «العمل مستمر».");
        let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned());
        assert_eq!(speaker.as_deref(), Some("مدير المكتب"));
        // no name after the office: the phrase is left as it was
        let doc = Extractor::new().extract("وقال رئيس الوزراء في مؤتمر صحفي عقده أمس إن «الأزمة انتهت».");
        let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned());
        assert_eq!(speaker.as_deref(), Some("رئيس الوزراء"));
        // و opens another person: the office does not run across it
        let doc =
            Extractor::new().extract("وقال وزير الخارجية في فرنسا ووزير الدفاع سامي نور إن «الحوار مفيد».");
        let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned()).unwrap_or_default();
        assert!(!speaker.contains("سامي نور"), "{speaker}");
        // على after the office opens the verb's complement (ردّ على …): the
        // words after it are no holder's name
        let text = "وردّ هشام نور، المتحدث باسم الاتحاد على مزاعم كمال سعيد، معتبراً أن «الاتهام باطل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("هشام نور، المتحدث باسم الاتحاد"));
        let text = "وردّ المتحدث باسم الاتحاد على مزاعم كمال سعيد، معتبراً أن «الاتهام باطل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المتحدث باسم الاتحاد"));
        // (but a participle governs its على: the overseer's name follows)
        let text = "وقال المشرف على المشروع الدكتور كمال سعيد إن «العمل مستمر».";
        assert!(speaker_text(text, 0).is_some_and(|s| s.contains("كمال سعيد")));
    }

    #[test]
    fn a_relative_clause_after_an_apposition_with_a_document_as_object() {
        // الذي وصف القرار: the document is the verb's object, the antecedent
        // (a title, then its holder between commas) the speaker
        let text = "وتحدث رئيس النقابة، سالم حمد العلي، الذي وصف القرار بأنه «متسرع».";
        let got = speaker_text(text, 0).unwrap_or_default();
        assert!(got.contains("سالم حمد العلي"), "{got:?}");
    }

    #[test]
    fn a_verb_right_after_a_nameless_indefinite_source_describes_it() {
        use QuoteKind::Speech;
        let rows: &[(&str, &str, Rule)] = &[
            // the verb describes the source: the nominal cue stays in force
            (
                "وبحسب موظف في البلدية تحدث للإذاعة المحلية، فإن الأشغال «ستنتهي قبل الصيف».",
                "موظف في البلدية",
                Rule::Nominal,
            ),
            // and so does the verb before it (no word after the verb is its subject)
            ("وقال مهندس تحدث لنا في موقع المشروع إن العمل «يسير ببطء».", "مهندس", Rule::CueBefore),
            // and a verb the source's phrase has read into itself ("affiliated
            // to", also "went on")
            (
                "وقال مندوب ميداني تابع للهيئة إن الفرز «جرى بهدوء».",
                "مندوب ميداني تابع للهيئة",
                Rule::CueBefore,
            ),
            // with و, the verb opens a clause with its own subject
            ("وقال مسؤول محلي وصرح المحافظ للإذاعة بأن الطريق «سيفتح غداً».", "المحافظ", Rule::CueBefore),
            // with no verb of saying, a participle adds to what the nominal cue's source said
            (
                "ووفق مسؤولة في الهيئة، فإن الطلبات تضاعفت، مضيفة أن الفرق «تعمل ليلاً ونهاراً».",
                "مسؤولة في الهيئة",
                Rule::Participle,
            ),
        ];
        let ex = Extractor::new();
        for &(text, speaker, rule) in rows {
            let doc = ex.extract(text);
            let a = &doc.attributions()[0];
            assert_eq!((a.kind(), a.rule()), (Speech, rule), "{text}");
            assert_eq!(a.speaker().map(|s| s.text()), Some(speaker), "{text}");
        }
    }

    #[test]
    fn an_addressee_on_lam_after_the_verb_is_no_subject() {
        use QuoteKind::Speech;
        let dropped = "ترأس الوزير سامي داود اجتماع اللجنة. وقال لرويترز إن الخطة «تسير كما يجب».";
        let after =
            "ترأس الوزير سامي داود اجتماع اللجنة. وقال لرويترز مسؤول في الوزارة إن الخطة «تسير كما يجب».";
        check(&[
            // the minister is who the dropped subject refers to
            (dropped, 0, Speech, Some("سامي داود"), Rule::CueBefore),
            // the subject comes after the addressee
            (after, 0, Speech, Some("مسؤول في الوزارة"), Rule::CueBefore),
            // a given name on ل is a name
            (
                "ترأست الوزيرة هدى داود اجتماع اللجنة. وقالت ليلى سالم إن الخطة «تسير كما يجب».",
                0,
                Speech,
                Some("ليلى سالم"),
                Rule::CueBefore,
            ),
            // and so is a word the text wrote before as a name's part
            (
                "ترأس المبعوث الخاص، الكندي بيير لوران، اجتماع اللجنة. وقال لوران إن الخطة «تسير كما يجب».",
                0,
                Speech,
                Some("لوران"),
                Rule::CueBefore,
            ),
        ]);
        let doc = Extractor::new().extract(dropped);
        let speaker = doc.attributions()[0].speaker().map(|s| s.resolution());
        assert_eq!(speaker, Some(Resolution::DroppedSubject));
    }

    #[test]
    fn words_after_the_verb_that_are_not_its_subject() {
        use QuoteKind::Speech;
        check(&[
            // a preposition with the pronoun "us"
            ("وأما سمير، وهو مهندس، فكتب إلينا: «الخدمة سيئة».", 0, Speech, Some("سمير"), Rule::CueBefore),
            // a time placed before now, then the subject
            (
                "ومديرها، سامي داود، قال الأسبوع الماضي بأن الطريق «سيفتح قريباً».",
                0,
                Speech,
                Some("سامي داود"),
                Rule::CueBefore,
            ),
            // an act resumed on the document its subject issued calls on its object
            (
                "وأصدرت البلدية نشرة دعت فيها السكان إلى «ترشيد المياه».",
                0,
                Speech,
                Some("البلدية"),
                Rule::CueBefore,
            ),
            // a number alone is no subject
            ("وقال 14 شاهداً إن الحادث «مروع».", 0, Speech, None, Rule::CueBefore),
        ]);
    }

    #[test]
    fn an_affiliation_a_house_and_a_compound_given_name_in_the_phrase() {
        use QuoteKind::Speech;
        check(&[
            // where a titled source comes from, set off by commas before the verb
            (
                "غير أن الباحثة الاقتصادية سلوى حداد، من معهد الدراسات المالية في عمّان، رأت أن الأرقام «مشجعة».",
                0,
                Speech,
                Some("سلوى حداد"),
                Rule::Label,
            ),
            // دار heads an institution, the subject a participle goes back to
            ("أصدرت دار الأوبرا بياناً جديداً، مؤكدة أن العروض «ستستأنف قريباً».", 0, Speech, Some("دار الأوبرا"), Rule::Participle),
            // عبد and a definite word open a holder's name after the body in marks
            ("وقال رئيس نادي «الشعلة» عبد الباسط الزين إن الفريق «جاهز».", 1, Speech, Some("عبد الباسط الزين"), Rule::CueBefore),
        ]);
    }

    #[test]
    fn ones_own_talk_after_the_verb_and_a_person_known_as() {
        use QuoteKind::Speech;
        check(&[
            // the verb's object is her own talk; the participle is hers
            (
                "قالت الكاتبة هدى سالم إن «الكتابة صعبة». واختتمت مداخلتها قائلة: «شكراً للجميع».",
                1,
                Speech,
                Some("هدى سالم"),
                Rule::Participle,
            ),
            // a person introduced with المعروف بـ and a name in marks speaks next
            (
                "عنوان\nيجلس سالم الحداد، المعروف في الحي بـ«أبو علي»، أمام دكانه. يقول وهو يبتسم: «الرزق على الله».",
                1,
                Speech,
                Some("سالم الحداد"),
                Rule::CueBefore,
            ),
        ]);
    }

    #[test]
    fn where_a_nameless_source_works_after_its_describing_verb() {
        first_speakers_are(&[
            ("ونقلت الوكالة عن طبيب يعمل في غزة قوله: «الأدوية نفدت».", "طبيب يعمل في غزة"),
            ("وقال مهندس يعمل في الميناء إن الرافعات «متوقفة».", "مهندس يعمل في الميناء"),
            // a place that runs on is not read into the phrase
            ("وقال مدرس يعمل في مدرسة القرية منذ عشرين عاماً إن الصفوف «مكتظة».", "مدرس يعمل"),
        ]);
    }

    #[test]
    fn a_word_in_iya_alone_before_its_label_is_what_is_labelled() {
        use QuoteKind::Speech;
        check(&[
            (
                "رفضت المحامية سلمى حداد الاتهامات، واعتبرت القضية «ملفقة بالكامل».",
                0,
                Speech,
                Some("سلمى حداد"),
                Rule::CueBefore,
            ),
            // a body in ـية followed by its object is the subject
            ("ودعت الاتحادية الوزارة إلى «الحوار».", 0, Speech, Some("الاتحادية"), Rule::CueBefore),
        ]);
    }

    #[test]
    fn a_bodys_town_on_ba_closes_its_phrase() {
        first_speakers_are(&[
            ("وقال المجلس البلدي بصفاقس إن الأشغال «متواصلة».", "المجلس البلدي بصفاقس"),
            ("ودعت الجمعية الخيرية بالقيروان إلى «التبرع».", "الجمعية الخيرية"),
            // not an adverb of manner, nor a town the phrase would run past
            ("وندد الاتحاد العام بشدة بـ«القرار».", "الاتحاد العام"),
            ("وطالبت النقابة الوطنية بسحب القرار «فوراً».", "النقابة الوطنية"),
        ]);
    }

    #[test]
    fn a_relative_clause_speaks_for_its_antecedent() {
        use QuoteKind::Speech;
        check(&[
            (
                "وحضر الحفل الكاتب سامي داود، الذي قال: «الثقافة أولاً».",
                0,
                Speech,
                Some("سامي داود"),
                Rule::CueBefore,
            ),
            (
                "وشاركت في الندوة الباحثة هدى عمران التي أكدت أن «البحث مستمر».",
                0,
                Speech,
                Some("هدى عمران"),
                Rule::CueBefore,
            ),
            // a title of four words, then the name in apposition
            (
                "وتلقى الوزير اتصالاً من المبعوثة الأممية لشؤون اللاجئين، سارة كولمان، التي أكدت أن المنظمة «ستزيد دعمها».",
                0,
                Speech,
                Some("سارة كولمان"),
                Rule::CueBefore,
            ),
        ]);
        // ما has no antecedent: ما قاله is "what he said"
        let doc = Extractor::new().extract("وردّ الوزير على ما قاله النائب عن «صفقة سرية».");
        let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned()).unwrap_or_default();
        assert!(!speaker.contains("الوزير"), "{speaker}");
    }

    #[test]
    fn a_participle_takes_a_group_subject_of_an_unknown_verb() {
        // اعتصم is no cue; its subject, a group, is the participle's speaker
        check(&[(
            "واعتصم الطلاب أمام الجامعة، مرددين «نريد حقوقنا كاملة».",
            0,
            QuoteKind::Speech,
            Some("الطلاب"),
            Rule::Participle,
        )]);
    }

    #[test]
    fn a_plural_subject_in_construct() {
        // لاعبو is a title's plural in construct, and begins with ل without
        // being ل + a group (للمواطنين, an addressee)
        let doc = Extractor::new().extract("وقال لاعبو النادي إن الإدارة «لم تصرف المستحقات».");
        let speaker = doc.attributions()[0].speaker().expect("a speaker");
        assert_eq!((speaker.text(), speaker.number()), ("لاعبو النادي", crate::Number::Plural));
        let doc = Extractor::new().extract("وقال لاعبون في الفريق إن الإدارة «لم تصرف المستحقات».");
        assert!(doc.attributions()[0].speaker().is_some_and(|s| s.text().starts_with("لاعبون")));
        let doc = Extractor::new().extract("وقال الوزير للمواطنين إن «الدعم مستمر».");
        assert_eq!(doc.attributions()[0].speaker().map(|s| s.text()), Some("الوزير"));
        // a sound masculine plural in construct, with no verb to agree with
        let doc = Extractor::new().extract("مودعو المصارف: «أعيدوا أموالنا»");
        let speaker = doc.attributions()[0].speaker().expect("a speaker");
        assert_eq!((speaker.text(), speaker.gender()), ("مودعو المصارف", crate::Gender::Masculine));
    }

    #[test]
    fn a_name_goes_on_after_bin() {
        use QuoteKind::Speech;
        // علي folds like the preposition على; after بن it is a name
        check(&[
            (
                "وقال الباحث سالم بن علي الكثيري إن «الدراسة اكتملت».",
                0,
                Speech,
                Some("سالم بن علي الكثيري"),
                Rule::CueBefore,
            ),
            (
                "وقالت الوزيرة، هند بنت علي، إن «المعرض سيفتتح غداً».",
                0,
                Speech,
                Some("هند بنت علي"),
                Rule::CueBefore,
            ),
        ]);
    }

    #[test]
    fn a_subject_before_the_verb_may_have_an_apposition() {
        // title، name، verb and name، title، verb: the whole phrase
        for (text, want) in [
            ("وزير النقل، سامي حداد، أكد في مؤتمر صحفي أن الطريق «سيفتح قريباً».", "وزير النقل، سامي حداد"),
            ("سامي حداد، وزير النقل، أكد في مؤتمر صحفي أن الطريق «سيفتح قريباً».", "سامي حداد، وزير النقل"),
            ("وكان وزير النقل، سامي حداد، قد أكد أن الطريق «سيفتح قريباً».", "وزير النقل، سامي حداد"),
        ] {
            assert_eq!(speaker_text(text, 0).as_deref(), Some(want), "{text}");
        }
        // a clause between commas is no apposition; a list is none either
        for text in [
            "وقال الوزير: «نعم». وفي المؤتمر، الذي عقد أمس، أكد أن الطريق «سيفتح قريباً».",
            "وقال الوزير: «نعم». وفي المؤتمر الصحفي، بعد الاجتماع، أكد أن الطريق «سيفتح قريباً».",
        ] {
            assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزير"), "{text}");
        }
        let text = "زار الموقع الوزير، والسفير، أكد أن الطريق «سيفتح قريباً».";
        assert_ne!(speaker_text(text, 0).as_deref(), Some("الوزير، والسفير"));
    }

    #[test]
    fn abd_and_abu_with_a_definite_word_are_one_given_name() {
        // عبد الكريم is one name: the family names after it still belong
        let text = "قال عبد الكريم المنصوري الزواوي، الخبير المالي، إن القرار «متسرع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("عبد الكريم المنصوري الزواوي، الخبير المالي"));
        let text = "وقال أبو الفضل الهاشمي العمري إن القرار «متسرع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أبو الفضل الهاشمي العمري"));
    }

    #[test]
    fn professions_head_a_speaker_phrase() {
        for (text, want) in [
            (
                "تقول استشارية التغذية الدكتورة سلمى نور إن الحمية «ليست حلاً».",
                "استشارية التغذية الدكتورة سلمى نور",
            ),
            ("وقال مخرج الفيلم كريم سالم إن التصوير «انتهى».", "مخرج الفيلم كريم سالم"),
            ("وقالت مذيعة القناة هالة نصار إن البرنامج «توقف».", "مذيعة القناة هالة نصار"),
        ] {
            assert_eq!(speaker_text(text, 0).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn the_topic_after_amma_is_the_subject_of_its_answer() {
        for (text, want) in [
            // a bare name, then a comma and the verb on ف
            ("قال رئيس النادي إن «الصفقة تمت». أما سليم الدباغ، فكتب: «سعيد بالانضمام».", "سليم الدباغ"),
            // the answer opens on فقد
            (
                "وقالت الوزيرة إن «الخطة جاهزة». أما النائب حسن عبد الرضا فقد قال: «الخطة ناقصة».",
                "حسن عبد الرضا",
            ),
            // an apposition between commas inside the topic
            ("قال الوزير إن «الوضع صعب». أما مدير الفريق، ناصر حمدي، فقال: «لا نملك الموارد».", "ناصر حمدي"),
            // a subject of its own right after the verb is kept
            ("قال الوزير إن «الوضع صعب». أما الحكومة فقال وزيرها: «لا نملك الموارد».", "وزيرها"),
            // an aside on وهي between the topic and its answer
            ("قال الوزير إن «الوضع صعب». أما سعاد، وهي ممرضة منذ عشرين عاماً، فقالت: «تعبنا».", "سعاد"),
        ] {
            let got = speaker_text(text, 1).unwrap_or_default();
            assert!(got.contains(want), "{text}: {got}");
        }
        // a place after أما is no topic: the dropped subject goes back to the minister
        let text = "قال الوزير إن «الوضع صعب». أما في العاصمة، فقال: «لا نملك الموارد».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_title_after_abd_is_part_of_the_name() {
        // الملك is a title, but after عبد it finishes a given name
        let text = "وقال المهاجم حسن عبد الملك في المؤتمر إن الفريق «جاهز».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المهاجم حسن عبد الملك"));
        let text = "تعاقد النادي مع المهاجم حسن عبد الملك. أما عبد الملك، فكتب: «سعيد بالانضمام».";
        assert!(speaker_text(text, 0).is_some_and(|s| s.contains("حسن عبد الملك")));
    }

    #[test]
    fn a_purpose_or_a_time_on_lam_ends_a_full_name() {
        // the title's mention in the first sentence is the speaker's fullest name
        for text in [
            "اجتمع وزير النقل سامي حداد لمناقشة الأزمة. وقال حداد: «الوضع صعب».",
            "اجتمع وزير النقل سامي حداد لساعتين مع الوفد. وقال حداد: «الوضع صعب».",
            "تعاقد النادي مع المدرب سامي حداد لمدة عامين. وقال حداد: «الفريق جاهز».",
        ] {
            assert_eq!(
                speaker_text(text, 0).as_deref(),
                Some("وزير النقل سامي حداد").filter(|_| text.contains("وزير")).or(Some("المدرب سامي حداد")),
                "{text}"
            );
        }
        // a third name on ل, with no noun after it, is still a name
        let text = "وقال وزير النقل سامي أحمد لطفي إن «الوضع صعب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزير النقل سامي أحمد لطفي"));
    }

    #[test]
    fn a_name_between_the_verb_and_its_complementizer() {
        let kinds = |text: &str| {
            Extractor::new().extract(text).attributions().iter().map(|a| a.kind()).collect::<Vec<_>>()
        };
        use QuoteKind::{Name, Speech};
        // the body in marks is in the study's phrase; the words follow أن
        assert_eq!(kinds("أكد تقرير صادر عن «المعهد الوطني للإحصاء» أن الأسعار «ارتفعت»."), [Name, Speech]);
        assert_eq!(kinds("أكد استطلاع أجرته «نبض الشارع» أن الأسعار «ارتفعت كثيراً»."), [Name, Speech]);
        assert_eq!(kinds("وأكد مدير «الواحة» للصحفيين بأن العمل «سيستأنف غداً»."), [Name, Speech]);
        // where it was said (في بيان، في منشور) may stand between
        assert_eq!(
            kinds("وقالت القيادة الإقليمية الموحدة «سيركوم» في بيان إن الميناء «مغلق»."),
            [Name, Speech]
        );
        // after the complementizer, a quotation is what was said
        assert_eq!(kinds("وقال الوزير إن «المرحلة صعبة» وإن الحكومة «مستعدة»."), [Speech, Speech]);
        // with no complementizer after it, the quotation is the verb's words
        assert_eq!(kinds("وقال الوزير «لن نتراجع» ثم غادر القاعة."), [Speech]);
    }

    #[test]
    fn bil_qawl_reports_the_saying_of_the_clauses_subject() {
        // بالقول: "by saying", of either gender; the object with its pronoun
        // (جلسته) after the name is not part of the name
        let text = "وافتتح النائب وليد سالم جلسته بالقول: «الميزانية غامضة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النائب وليد سالم"));
        let text = "وقالت الوزيرة إن «الملف مغلق». واكتفت بالقول: «لا تعليق».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزيرة"));
        // but a joined عبدالله, or a name after عبد, is no object
        let text = "وقال محمد عبدالله الشمري إن «الملف مغلق».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("محمد عبدالله الشمري"));
    }

    #[test]
    fn a_source_in_parentheses_after_the_words_is_their_speaker() {
        // a cue in the parentheses
        let text = "وانتظرت الأسرة طويلاً.\n«لم يأت أحد لمساعدتنا طوال الليل» (تقول الأم سعاد حمدي بحزن).";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الأم سعاد حمدي"));
        // the source alone, with an apposition
        let text = "وانتظرت الأسرة طويلاً.\n«الفرق وصلت بعد ساعة من البلاغ» (نادر عزام، مدير الدفاع المدني).";
        let got = speaker_text(text, 0).unwrap_or_default();
        assert!(got.starts_with("نادر عزام"), "{got:?}");
        // (a quotation inside its sentence keeps what the sentence says)
        let text = "وقال المسعف: «الفرق وصلت بعد ساعة من البلاغ» (نادر عزام، مدير الدفاع المدني).";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المسعف"));
    }

    #[test]
    fn a_participle_after_a_document_speaks_for_its_issuer() {
        // (the issuer given by the pronoun of صادر عن مكتبه)
        let text = "وقالت نقابة المعلمين في بلاغ صادر عن مكتبها الوطني إن «الأجور متدنية».\n\
                    وعرج البلاغ على ملف التقاعد، مضيفاً أن النقابة «لن تقبل المساس به».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("نقابة المعلمين"));
    }

    #[test]
    fn a_sentence_opening_on_a_name_and_an_age_is_that_persons() {
        let text = "وقال رئيس البلدية: «الماء سيعود».\n\
                    سليم (61 عاماً)، بائع خضار في السوق، يرتب صناديقه ويقول: «ما عاد في شغل».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("سليم"));
        // (after a verb joined by و, no list knows)
        let text = "وقال رئيس البلدية: «الماء سيعود».\n\
                    وتحسب هدى (40 عاماً) مصاريف البيت، وتقول: «الراتب لا يكفي».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("هدى"));
    }

    #[test]
    fn a_first_person_form_inside_a_third_persons_report_is_no_cue() {
        // (أبين, a province; نصف, "half": forms of بيّن and وصف in the first person)
        let text = "وأوضح المحافظ سمير ناجي أن مديريات شبوة وأبين «تحتاج إلى دعم عاجل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحافظ سمير ناجي"));
        let text = "وقالت الموظفة هالة سعيد إن نصف دخلها «يذهب إلى الإيجار».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الموظفة هالة سعيد"));
        // (a writer's own first person, with no report around it, still speaks)
        let doc = Extractor::new().extract("وأقول «كفى».");
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("وأقول"));
    }

    #[test]
    fn a_noun_on_b_with_its_pronoun_after_the_verb_is_a_manner() {
        let text = "وقال التاجر سامر حداد: «الأسعار ترتفع».\nويقول بلكنته الجبلية: «السوق نائم».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("التاجر سامر حداد"));
    }

    #[test]
    fn a_daily_names_its_paper_and_a_follow_up_is_no_participle() {
        use QuoteKind::{Name, Speech};
        let doc = Extractor::new()
            .extract("وفي جواب عن استفسار يومية «الفجر» بشأن الإضراب، قال الوزير: «الحوار مستمر».");
        assert_eq!(doc.attributions()[0].kind(), Name);
        // (متابعة, "a follow-up", reports only with a colon or أن after it)
        let doc = Extractor::new()
            .extract("وأصدرت المصلحة نشرة متابعة رفعت بها الإنذار إلى «المستوى الثاني» في المنطقة.");
        assert_ne!(doc.attributions()[0].kind(), Speech);
        let doc = Extractor::new().extract("وأشادت المدربة بلاعباتها، متابعة: «قدمن مباراة كبيرة».");
        assert_eq!(doc.attributions()[0].kind(), Speech);
    }

    #[test]
    fn a_specialist_is_a_title() {
        let text = "وقال المختص في علم الاجتماع الدكتور نادر سالم إن الظاهرة «ليست جديدة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المختص في علم الاجتماع الدكتور نادر سالم"));
    }

    #[test]
    fn the_participle_of_reminding_reports() {
        let text = "ورفع رئيس الجلسة الاجتماع، مذكراً بأن النظام الداخلي «لا يسمح بالمقاطعة».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("مذكراً"));
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيس الجلسة"));
    }

    #[test]
    fn a_conjunction_printed_apart_from_its_verb_is_no_subject() {
        // (some outlets print و apart: و قال, و أضاف)
        let text = "وتحدث المدرب سامي العربي عن المباراة، و قال: «اللاعبون قدموا كل شيء».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدرب سامي العربي"));
    }

    #[test]
    fn a_participle_after_a_joined_clause_takes_that_clauses_subject() {
        // تدخل is no cue, but its subject interrupts the first speaker
        let text =
            "وقال النائب وليد سالم: «الميزانية غامضة»، فتدخل رئيس اللجنة قائلاً: «البيانات متاحة للجميع».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("رئيس اللجنة"));
        // with no clause between, the participle goes on with the verb's subject
        let text = "وقال النائب وليد سالم إن «الأرقام غامضة»، مضيفاً أن «الحكومة تتهرب».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("النائب وليد سالم"));
        // a clause of time after the comma, and a group for its subject
        let text = "وقال الوزير عادل سليم: «الملعب جاهز»، حين نهض المشجعون مرددين «نريد الكأس».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المشجعون"));
        let text = "وخطب الوزير عادل سليم في الحفل، إذ هتف الطلاب قائلين «عاش الوطن».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الطلاب"));
        // a clause on قبل أن, whose verb may take a bare name, and a comma
        // that closes the clause before the participle
        let text =
            "وقال النائب وليد سالم: «الموازنة غامضة»، قبل أن ينهض مازن العلي من مقعده، قائلاً: «الوقت انتهى».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("مازن العلي"));
        // (but a verb with its plural pronoun has its subject, and a
        // participle agrees in gender with the one it is said of)
        let text = "وقال مصدر أمني إن عناصر الشبكة تواصلوا سراً، ويحملون محافظ رقمية، مضيفاً أن الضحايا «تجاوزوا المئة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصدر أمني"));
        let text = "أعلنت الشركة وقف الإنتاج، بعد أن أغلق محتجون خط الأنابيب، مؤكدة أن التوقف «سيكلف الكثير».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الشركة"));
    }

    #[test]
    fn a_live_blogs_time_and_a_setting_before_a_colon() {
        // the time and dash of a live blog are not the name before the colon
        let text = "21:10 — المفوضية العليا للانتخابات: نسبة المشاركة بلغت «41 في المئة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المفوضية العليا للانتخابات"));
        // a title with its holder and a setting before the colon
        let text =
            "10:40 — وزير النقل، وليد سالم، في كلمة أمام المؤتمر: «لن نؤجل المشاريع مهما كانت الظروف».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزير النقل، وليد سالم"));
        // far from the colon, a phrase with no title or body names no one
        let text =
            "قال الوزير إن «الخطط جاهزة». وتذكر الكاتب عبارة شهيرة لشاعر من المدينة القديمة: «البيت وطن».";
        assert_ne!(speaker_text(text, 1).as_deref(), Some("وتذكر"));
    }

    #[test]
    fn names_in_marks_in_press_reviews_and_lists() {
        let kinds = |text: &str| {
            Extractor::new().extract(text).attributions().iter().map(|a| a.kind()).collect::<Vec<_>>()
        };
        use QuoteKind::{Name, Speech, Title};
        // a paper after the sentence's opening preposition, then a comma
        assert_eq!(kinds("وفي «المنارة»، تساءل الكاتب سامر عيد: «إلى متى ننتظر؟»"), [Name, Speech]);
        // a paper as the subject of a verb no list knows, its object after it
        assert_eq!(
            kinds("وقال الوزير إن «الوضع صعب»، فيما أفردت «المنارة» صفحتها الثانية للقانون."),
            [Speech, Name]
        );
        // عنون: the paper's headline is its words
        let text = "وقال الوزير إن «الوضع صعب»، بينما عنونت «المنارة» عددها اليوم: «عام الوعود».";
        assert_eq!(kinds(text), [Speech, Name, Speech]);
        assert_eq!(speaker_text(text, 2).as_deref(), Some("المنارة"));
        // electoral lists and columns introduce names and titles
        assert_eq!(kinds("وتتنافس لائحة «غد المدينة» ولائحة «صوت الحي»."), [Name, Name]);
        assert_eq!(kinds("وهو صاحب عمود «حديث الصباح» في الصحيفة."), [Title]);
        // an aside between commas after a nominal cue, before أن
        let text = "وجاء في الحكم، الذي حصلت عليه «المنارة»، أن المتهم «كان في كامل وعيه».";
        assert_eq!(kinds(text), [Name, Speech]);
    }

    #[test]
    fn a_later_verb_shares_the_subject_after_an_opening_phrase() {
        // the sentence opens on a phrase with a preposition, then its verb
        let text =
            "قال الوزير إن «النتائج عادلة». وفي ساحة الجامعة، تجمع طلاب غاضبون، وأكدوا أن التصحيح «ظالم».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("طلاب غاضبون"));
        // ولي (العهد، الأمر) is a title: a second one coordinated ends the first
        let text = "وفي الملف الاقتصادي، ناقشت رئيسة الحكومة وولي العهد خطط الاستثمار. وقالت رئيسة الحكومة إن «الأمن أولاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيسة الحكومة"));
    }

    #[test]
    fn a_nominal_cue_leading_to_a_relay_names_the_author_after_an() {
        let text = "ويبدو أن الوزارة «ستعيد الهيكلة قريباً»، بحسب ما نقلته صحيفة «المنارة» عن مصادر حكومية.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصادر حكومية"));
        let text = "وتهدف الخطة إلى «ترميم المباني القديمة»، وفق ما نقلته وكالة الأنباء عن رئيس البلدية.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيس البلدية"));
    }

    #[test]
    fn ordinals_and_family_names_that_are_name_parts() {
        // an ordinal adjective stays in the title's phrase
        let text = "وقال قائد الفرقة الثالثة إن «الهجوم فشل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("قائد الفرقة الثالثة"));
        // النور (as in عبد النور) also ends a holder's name as a family name
        let text = "وقال العضو في حزب «نداء الغد» ماهر سليم النور إن «الحوار مستمر».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("العضو في حزب «نداء الغد» ماهر سليم النور"));
    }

    #[test]
    fn one_of_them_named_after_yudaa() {
        // إذ (as) opens no background clause: its verb reports the words
        let text = "لكن الركاب يشكون من التأخير؛ إذ قال أحدهم، ويدعى عبد الله سالم: «ننتظر الحافلة طويلاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أحدهم، ويدعى عبد الله سالم"));
        // واسمه gives the name too; يدّعي (claims), printed with ي, does not
        let text = "وقال أحد السكان، واسمه سامر، إن «الوضع لا يطاق».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أحد السكان، واسمه سامر"));
        // وهو before a name says who "one of them" is (not before a description)
        let text = "ويقول أحدهم، وهو حسان يوسف الذي يبيع الخضار منذ عقدين: «السوق تغيرت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أحدهم، وهو حسان يوسف"));
        let text = "ويقول أحدهم، وهو البائع الأقدم في السوق: «السوق تغيرت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أحدهم"));
        // a family name ending like a pronoun after عبد الله is still the name
        let text = "وقال المزارع عبد الله شحاته إن «المحصول ضاع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المزارع عبد الله شحاته"));
    }

    #[test]
    fn a_source_in_it_before_its_verb() {
        // the subject of أنّ is accusative, and its place may be a pronoun
        let text = "وقال الوزير إن «الخطة جاهزة». لكن مسؤولاً فيها أكد للصحيفة أن الخطة «لم تكتمل».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("مسؤولاً فيها"));
    }

    #[test]
    fn what_a_document_says_goes_to_its_issuer() {
        // جاء فيه، ورد فيها: the document just named speaks for the sentence's subject
        let text = "بعث رئيس الرابطة سامر عيد رسالة إلى المحافظ، ورد فيها: «إغلاق الحدائق خطأ كبير».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيس الرابطة سامر عيد"));
        let text = "وقال الوزير إن «الخطة جاهزة». ونشرت النقابة بياناً ورد فيه أن الخطة «ناقصة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("النقابة"));
    }

    #[test]
    fn a_phrase_named_by_ibara_or_kalima_is_someones_words() {
        // heard from a source named after من, before or after the quotation
        let text = "قال النائب سامر عيد: «تلقينا من الوزارة عبارة \"الملف قيد الدراسة\" مرات كثيرة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزارة"));
        let text = "وقالت المديرة: «تلقينا كلمة \"غداً\" من الممولين».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الممولين"));
        // with no other source, the one quoting it, not a term
        let text = "وقال الوزير: «لا أحب كلمة \"مستحيل\" أبداً».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[1].kind(), QuoteKind::Speech);
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزير"));
    }

    #[test]
    fn as_someone_said_then_fa_inna() {
        // كما قال فلان، فإن …: what follows فإن is that person's
        let text =
            "وقال النقيب: «الأجور متدنية». كما قال وزير النقل أمس، فإن الأجور «مرتبطة بالموازنة العامة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("وزير النقل"));
        // in an interview, the answer's label ج: is no speaker
        let text = "حوار مع النقيب سامر عيد.\nس: هل ترتفع الأجور؟\nج: كما قال وزير النقل نفسه، فإن الأجور «مرتبطة بالموازنة العامة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزير النقل"));
    }

    #[test]
    fn an_unlisted_verb_after_these_words_gives_its_gender() {
        let gender = |text: &str| {
            let doc = Extractor::new().extract(text);
            doc.attributions()[0].speaker().map(|s| s.gender())
        };
        let text = "«البضاعة كاسدة»، بهذه الكلمات اختصر البائع سامر عيد حاله.";
        assert_eq!(gender(text), Some(crate::Gender::Masculine));
        let text = "«البضاعة كاسدة»، بهذه الكلمات اختصرت البائعة سلمى عيد حالها.";
        assert_eq!(gender(text), Some(crate::Gender::Feminine));
    }

    #[test]
    fn a_claim_named_by_ma_goes_to_its_author() {
        // the one replying or denying is not the author of the claim
        let text = "ردّ الناقد سامر عيد على ما قاله الشاعر ماهر سليم من أن «الشعر الحديث بلا وزن».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الشاعر ماهر سليم"));
        let text = "ونفى الوزير ما قاله النواب من أن «الخطة فاشلة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النواب"));
    }

    #[test]
    fn a_saying_of_someone_before_a_colon() {
        // عبارة، قول … لفلان: the saying is the one named on لـ
        let text =
            "قال الوزير إن «الخطط جاهزة». وتذكر الكاتب مقولة شهيرة للمعلم الراحل ماهر سليم: «العلم نور».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المعلم الراحل ماهر سليم"));
        // but a verb between (كلمة قالها لي …) keeps its own reading
        let text = "وقال الممثل: «آخر كلمة قالها لي معلمي سامر عيد كانت: \"تمهل\"».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("معلمي سامر عيد"));
    }

    #[test]
    fn a_nameless_bodys_place_closes_its_phrase() {
        // a body and its place in one word, then إن: the place is kept
        let text = "وقالت سلطة المياه في سلفيت إن الضخ «سيستأنف غداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سلطة المياه في سلفيت"));
        // but not a document or a noun with a pronoun after في
        let text = "وقالت سلطة المياه في بيان إن الضخ «سيستأنف غداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سلطة المياه"));
        let text = "وقالت سلطة المياه في حينه إن الضخ «سيستأنف غداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سلطة المياه"));
        // a listed city with its article is a place too; another definite
        // word is not
        let text = "وقالت هيئة النقل في الرباط إن الخط «سيفتح غداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("هيئة النقل في الرباط"));
        let text = "وقالت هيئة النقل في الاجتماع إن الخط «سيفتح غداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("هيئة النقل"));
    }

    #[test]
    fn a_group_after_a_name_is_the_object() {
        let text = "قالت سلمى نور: «نعم». وتنصح نور الأهالي بـ«الحذر من الحميات».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("سلمى نور"));
    }

    #[test]
    fn a_count_of_people_takes_its_partitive() {
        let text = "وقال عدد من السكان إن الفرق «وصلت متأخرة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("عدد من السكان"));
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].speaker().map(|s| s.number()), Some(crate::Number::Plural));
        let text = "وقال العديد من المشاركين إن الجلسة «كانت مثمرة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("العديد من المشاركين"));
        // a count with the article, and a partitive in construct
        let text = "وقال العشرات من أهالي القرية إن المياه «مقطوعة منذ أسبوع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("العشرات من أهالي القرية"));
    }

    #[test]
    fn an_honorific_on_a_pronoun_refers_back() {
        // معاليه, سعادتها: the holder named before, not a new speaker
        let text = "قال معالي الوزير سالم حداد إن النمو «مستمر».\nوقال معاليه في كلمته: «الدين انخفض».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("معالي الوزير سالم حداد"));
        // the honorific says no gender: the title after it does
        let text = "قالت سعادة السفيرة هند سالم إن العلاقات «ممتازة».\nوأضافت سعادتها: «سنعمل معاً».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("سعادة السفيرة هند سالم"));
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].speaker().map(|s| s.gender()), Some(crate::Gender::Feminine));
    }

    #[test]
    fn a_titles_plural_after_a_name_is_the_object() {
        let text = "أبلغ وزير المالية سامي حداد الصحفيين أن الحكومة «بصدد مراجعة الدعم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزير المالية سامي حداد"));
        // a title in the singular that ends the phrase is still a family name
        let text = "وقال حمدي النقيب إن الحكومة «بصدد مراجعة الدعم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("حمدي النقيب"));
    }

    #[test]
    fn words_said_of_a_named_thing_are_not_its_name() {
        use QuoteKind::{Speech, Title};
        check(&[
            (
                "وقال الوزير إن مشروع الميزانية الجديدة «لن يمس الرواتب».",
                0,
                Speech,
                Some("الوزير"),
                Rule::CueBefore,
            ),
            ("وقال الوزير إن مشروع «المدينة الذكية» سيكتمل.", 0, Title, None, Rule::NameTrigger),
        ]);
    }

    #[test]
    fn an_aside_on_the_name_between_subject_and_verb() {
        let text = "لكن طبيباً في مستشفى المدينة، طلب عدم ذكر اسمه، قال إن «الأرقام لا تعكس الواقع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("طبيباً في مستشفى المدينة"));
        let text = "مسؤول في الوزارة، فضّل عدم الكشف عن هويته، قال إن «القرار نهائي».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مسؤول في الوزارة"));
    }

    #[test]
    fn a_fathers_name_after_bin_is_no_verb() {
        // آري reads as أرى ("I see"), يقول as "he says"
        first_speakers_are(&[
            ("وكتب المحلل سامي بن آري أن الوزارة تواجه «أزمة حقيقية».", "المحلل سامي بن آري"),
            ("وقال محمد ولد يقول إن «الحملة بدأت».", "محمد ولد يقول"),
        ]);
    }

    #[test]
    fn a_rendering_of_the_words_in_an_aside_is_a_channel() {
        // بحسب ترجمة …: who translated carries the words; the verb's subject said them
        first_speakers_are(&[
            ("وأضاف السفير، بحسب ترجمة «الشروق» للحوار، أن بلاده «لن تتراجع».", "السفير"),
            ("وأضاف السفير، وفق تسجيل بثته القناة، أن بلاده «لن تتراجع».", "السفير"),
        ]);
    }

    #[test]
    fn a_topic_taken_up_on_the_verbs_preposition_is_its_object() {
        // الموقف نفسه عبّرت عنه فلانة: the pronoun of عنه takes up the topic; the subject follows
        let text = "الموقف ذاته عبرت عنه سعاد داود، التي قالت إن «المشروع متأخر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سعاد داود"));
        // a subject before the verb with no pronoun after it is the subject
        let text = "الحكومة عبرت عن «قلقها البالغ».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الحكومة"));
    }

    #[test]
    fn a_participle_after_a_verb_no_list_knows_takes_its_subject() {
        first_speakers_are(&[
            // some of a group
            ("وفي المقابل، دافع بعض الناشطين عن القرار، معتبرين أنه «شجاع».", "بعض الناشطين"),
            // past "however" on أن, a subject with its holder in apposition
            (
                "غير أن رئيس اللجنة، المهندس رامي عواد، رفض الاتهام، موضحاً أن التأخير «مؤقت».",
                "رئيس اللجنة، المهندس رامي عواد",
            ),
        ]);
    }

    #[test]
    fn many_of_a_group_is_one_source() {
        first_speakers_are(&[
            ("ووصفه كثير من المعلقين يومها بـ«المغامر».", "كثير من المعلقين"),
            ("وقال الكثير من السكان إن «الماء مقطوع».", "الكثير من السكان"),
        ]);
    }

    #[test]
    fn a_possessed_noun_in_marks_after_a_verb_is_its_object() {
        // «دعمها الكامل» is what the union declared, not a union named in marks
        let text = "وأصدرت النقابة بياناً أعلنت فيه «دعمها الكامل» للمعلمين، مؤكدة رفضها «أي تهديد».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Speech);
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النقابة"));
        assert_eq!(speaker_text(text, 1).as_deref(), Some("النقابة"));
    }

    #[test]
    fn an_articles_author_speaks_in_it() {
        // مقالاً للكاتب فلان …، يرى فيه: the author on ل, past the article's title
        let text =
            "ونشرت المجلة مقالاً للكاتبة سلمى عيسى بعنوان «مدن بلا ظل»، ترى فيه أن البلديات «تأخرت كثيراً».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الكاتبة سلمى عيسى"));
        first_speakers_are(&[(
            "ونشرت المجلة مقالاً للكاتبة سلمى عيسى، ترى فيه أن البلديات «تأخرت كثيراً».",
            "الكاتبة سلمى عيسى",
        )]);
    }

    #[test]
    fn a_title_with_its_pronoun_keeps_its_field_and_a_forum_is_a_body() {
        first_speakers_are(&[
            // مراسلها للشؤون …: "its correspondent for …" heads a phrase like المراسل
            ("وكتب مراسلها للشؤون الاقتصادية هاني سعد أن «السوق قلقة».", "مراسلها للشؤون الاقتصادية هاني سعد"),
            // a forum is a body, its field on لل after its adjective
            ("وقال المنتدى المغاربي للتنمية الريفية إن «الجفاف يتفاقم».", "المنتدى المغاربي للتنمية الريفية"),
        ]);
    }

    #[test]
    fn a_french_name_in_ier_is_no_noun_with_a_pronoun() {
        first_speakers_are(&[
            ("وقال الخبير أوليفييه بورنييه إن «السوق هادئة».", "الخبير أوليفييه بورنييه"),
            ("وقال جان بورنييه إن «السوق هادئة».", "جان بورنييه"),
            // after a title in apposition too
            ("وقال مدير المعهد، جان بورنييه، إن «السوق هادئة».", "مدير المعهد، جان بورنييه"),
        ]);
        // a preposition on a possessed noun still ends the phrase
        let text = "وقال الوزير بصوته المعتاد إن «السوق هادئة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_phrase_too_long_to_show_is_shown_by_its_holders_name() {
        let text = "وقالت مديرة إدارة مكافحة الأمراض المعدية في وزارة الصحة والسكان المصرية، \
                    سعاد علي إبراهيم، إن «الحالات قليلة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سعاد علي إبراهيم"));
        let doc = Extractor::new().extract(text);
        let mention = doc.attributions()[0].speaker().unwrap().mention().unwrap().text().to_string();
        assert!(mention.starts_with("مديرة إدارة"), "{mention}");
        // a phrase of twelve words or fewer is shown whole
        let text = "وقالت رئيسة قسم الأمراض المعدية، سعاد إبراهيم، إن «الحالات قليلة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيسة قسم الأمراض المعدية، سعاد إبراهيم"));
    }

    #[test]
    fn a_compound_family_name_on_allah() {
        let text = "وقال المحامي رامي فضل الله إن موكله «بريء».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحامي رامي فضل الله"));
        // after a definite family name, الله is another word (دعت فلانة الله أن …)
        let text = "ودعت الموظفة سعاد العلي الله أن «يحفظ الجميع».";
        assert_ne!(speaker_text(text, 0).as_deref(), Some("الموظفة سعاد العلي الله"));
    }

    #[test]
    fn two_members_with_an_abbreviated_title_stay_two_sources() {
        // د. before a name: the name is a name, not a genitive of the title
        let text =
            "اعتبرت العضو د. هالة سالم أن التعديلات «منحازة»، في حين رأى العضو سامي حداد أنها «متوازنة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("العضو د. هالة سالم"));
        assert_eq!(speaker_text(text, 1).as_deref(), Some("العضو سامي حداد"));
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.speakers().len(), 2);
        // a feminine verb before a title of the masculine form: a woman
        assert_eq!(doc.attributions()[0].speaker().map(|s| s.gender()), Some(crate::Gender::Feminine));
        assert_eq!(doc.attributions()[1].speaker().map(|s| s.gender()), Some(crate::Gender::Masculine));
    }

    #[test]
    fn a_title_on_lam_after_wifqan_keeps_its_office_and_holder() {
        let text = "العلاقات «في أفضل حالاتها»، وفقاً للسفير الكوري لدى تونس كيم سو، الذي زار المعرض.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("السفير الكوري لدى تونس كيم سو"));
        let text = "وفقاً لهيئة الأرصاد الجوية، فإن الأمطار «ستستمر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("هيئة الأرصاد الجوية"));
    }

    #[test]
    fn a_relay_reads_past_the_channels_short_name_in_brackets() {
        let text = "ونقلت وكالة الأنباء الوطنية (وان) عن مدير الإغاثة أن المخيمات «تعاني نقصاً حاداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مدير الإغاثة"));
    }

    #[test]
    fn a_nameless_office_holder_keeps_the_place_of_office() {
        let text = "وقال مدير الأمن بالمحافظة إن الوضع «هادئ».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مدير الأمن بالمحافظة"));
        // عمالة, Morocco's prefecture, is such a place
        let text = "وأكد مهندس بالعمالة أن السدود «ممتلئة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مهندس بالعمالة"));
        // ب on another noun opens the object
        let text = "وأشاد مدير الأمن بالمدينة الرياضية وقال إن الملعب «جاهز».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مدير الأمن"));
    }

    #[test]
    fn the_defence_and_groups_of_outlets_are_sources() {
        let text = "فيما وصف دفاع المتهم الحكم بـ«القاسي».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("دفاع المتهم"));
        // a noun with a pronoun after the adjective is the object
        let text = "ووصفت صحف محلية أداءها بـ«المذهل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("صحف محلية"));
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].speaker().map(|s| s.number()), Some(crate::Number::Plural));
    }

    #[test]
    fn a_bloc_named_in_marks_after_a_title() {
        use QuoteKind::{Name, Speech};
        let text = "رأى عضو كتلة «الوفاق الوطني» النائب سمير داود أن الحكومة «تتعامل مع الملف بالترقيع».";
        check(&[(text, 0, Name, None, Rule::NameTrigger)]);
        assert_eq!(speaker_text(text, 1).as_deref(), Some("عضو كتلة «الوفاق الوطني» النائب سمير داود"));
        // an adjective in marks after a labelling verb is the label
        check(&[("وتصنف السلطات الجماعة منظمة «إرهابية».", 0, Speech, Some("السلطات"), Rule::Label)]);
        // no party is named «لن …»: after حزبه it is what is said of it
        let text = "وقال رئيس حزب «الأمة» إن حزبه «لن يشارك».";
        check(&[(text, 1, Speech, Some("رئيس حزب «الأمة»"), Rule::CueBefore)]);
    }

    #[test]
    fn charge_and_one_of_and_closing_words() {
        // المكلفة بالإعلام: what the holder is in charge of belongs to the title
        let text = "وقالت المكلفة بالإعلام لدى الديوان سلمى نور إن الأمطار «غزيرة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المكلفة بالإعلام لدى الديوان سلمى نور"));
        // أحد says the gender
        let text = "وقال أحد متطوعيها إن الناس «لا يملكون شيئاً».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].speaker().map(|s| s.gender()), Some(crate::Gender::Masculine));
        // وختم حديثه بالقول: the talk is the object; the speaker is dropped
        let text = "وقال الكاتب سامي حداد إن المنفى «قاس».\nوختم حديثه بالقول: «الكتابة وطن».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الكاتب سامي حداد"));
        // بحسب ما أوردته الوكالة: the verb of the relative clause is skipped
        let text = "وبحسب ما أوردته وكالة الأنباء الرسمية، فإن الوزير «متفائل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وكالة الأنباء الرسمية"));
        // رددوا خلالها: a preposition with a pronoun is no subject
        let text = "تظاهر الطلبة أمس، ورددوا خلالها: «لا للعبث بمستقبلنا».";
        assert_ne!(speaker_text(text, 0).as_deref(), Some("خلالها"));
    }

    #[test]
    fn continuing_is_a_cue_only_where_speech_follows() {
        // ستواصل inside the minister's clause is "will go on (doing)", not a cue
        let text = "أكد المحافظ أن الأجهزة ستواصل حملات الإزالة \"دون استثناء أو تهاون\".";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحافظ"));
        let text = "وواصل الوزير: «لن نتراجع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
        // a noun with a pronoun after a definite noun is the object (حديثه),
        // but not a name in ه (عبده)
        let text = "وواصل الوزير حديثه قائلاً: «لن نتراجع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
        let text = "وقال اللواء عبده سالم إن «الوضع هادئ».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("اللواء عبده سالم"));
    }

    #[test]
    fn a_work_named_after_its_article_and_an_adjective() {
        use QuoteKind::{Speech, Title};
        check(&[
            (
                "وستشهد الدورة عرض الفيلم الوثائقي «ذاكرة البحر» في الهواء الطلق.",
                0,
                Title,
                None,
                Rule::NameTrigger,
            ),
            // after إن, the work with its adjective is the subject the words are said of
            ("وقال الناقد إن الفيلم الجديد «مؤثر جداً».", 0, Speech, Some("الناقد"), Rule::CueBefore),
        ]);
    }

    #[test]
    fn a_verb_after_a_complementizer_with_a_pronoun_has_the_pronoun_for_subject() {
        // إنها كتبت الرواية «…»: the pronoun is كتبت's subject (the winner
        // the sentence named), the novel its object
        let text = "وقالت المترجمة هدى سالم، في حفل التكريم، إنها كتبت الرواية «بين محطتي قطار».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المترجمة هدى سالم"));
        let text = "وأكد العمال أنهم رددوا الشعار «لا للإغلاق» أمام المصنع.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("العمال"));
    }

    #[test]
    fn a_naming_noun_and_a_copula_name_what_the_marks_hold() {
        // عنوان فيلمه هو «…»: the work's title, even after a verb of saying
        for text in
            ["وقال المخرج إن عنوان فيلمه القادم هو «ظل الجدار».", "وتضيف أن لقبها في الحي هو «أم الفقراء»."]
        {
            let doc = Extractor::new().extract(text);
            assert!(!doc.attributions()[0].kind().is_speech(), "{text}");
        }
        // a copula after any other noun holds the speaker's words
        let text = "وقال الوزير إن الهدف هو «تحسين الخدمات».";
        assert!(Extractor::new().extract(text).attributions()[0].kind().is_speech(), "{text}");
    }

    #[test]
    fn raay_with_a_dotted_ya_is_an_opinion_not_a_verb() {
        // رأي (an opinion) folds like رأى (he held): no cue, and عام is no
        // one who could speak later
        let text = "تحول تسجيل نشره المدون سامي نصار على حسابه، مساء السبت، إلى مادة رأي عام بعد أن \
                    شاهده الآلاف. ويظهر المدون داخل المستشفى، قبل أن يقول بصوت مرتفع: «انظروا بأعينكم».";
        assert_ne!(speaker_text(text, 0).as_deref(), Some("عام"), "{text}");
        // an influencer is someone, whose clause a later verb shares
        let text = "ويظهر المؤثر، واسمه كريم نصار، داخل المحل، قبل أن يقول: «هذا ظلم».";
        let got = speaker_text(text, 0).unwrap_or_default();
        assert!(got.starts_with("المؤثر"), "{got:?} in {text}");
        let text = "ورأى الوزير أن القرار «صائب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
        // a group of parents is a group a plural verb refers to
        let text = "وفي الساحة، تجمع أولياء الأمور أمام البوابة، وقالوا إن الصفوف «مكتظة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أولياء الأمور"));
    }

    #[test]
    fn amam_with_its_hamza_above_is_a_preposition() {
        // أمام (before) folds like إمام (imam, a title): printed with the
        // hamza above, it opens an adjunct and names no one
        let text = "وأقرّ أمام أعضاء اللجنة بأن «المخزون لا يكفي».";
        let doc = Extractor::new().extract(text);
        assert!(doc.attributions()[0].speaker().is_none(), "{text}");
        let text = "رئيس الهيئة، عادل منصور، اعترف أمام الصحفيين بأن «المخزون لا يكفي».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيس الهيئة، عادل منصور"));
        // printed with the hamza below, the imam speaks
        let text = "وقال إمام الجامع إن «صلاة العيد ستقام في الساحة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("إمام الجامع"));
        // an adverb of frequency without its tanwin is no subject
        let text = "وأضاف النقيب أن زميله الراحل كان يكرر دوما: «الخشبة لا تكذب».";
        assert_ne!(speaker_text(text, 0).as_deref(), Some("دوما"));
        let text = "ويقول غالبا: «العمل قبل الكلام».";
        assert!(Extractor::new().extract(text).attributions()[0]
            .speaker()
            .is_none_or(|s| s.text() != "غالبا"));
    }

    #[test]
    fn wali_printed_with_ya_is_the_governor() {
        // والي (governor) folds like وإلى (and to); printed والي, it is a title
        let text = "وقال والي ولاية النيل سامي عثمان إن «الطرق ستفتح غداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("والي ولاية النيل سامي عثمان"));
        // ابنه (his son) folds like ابنة (daughter); printed with ه, a man
        let doc = Extractor::new().extract("ويشير ابنه خالد إلى أن الصيد «تراجع».");
        assert_eq!(doc.attributions()[0].speaker().map(|s| s.gender()), Some(crate::Gender::Masculine));
        let doc = Extractor::new().extract("وقالت ابنة الضحية إن «العدالة غائبة».");
        assert_eq!(doc.attributions()[0].speaker().map(|s| s.gender()), Some(crate::Gender::Feminine));
        // so are a title with his pronoun and the feminine title: نائبه، نائبة
        let doc = Extractor::new().extract("وقال نائبه للشؤون المالية إن «الموازنة جاهزة».");
        assert_eq!(doc.attributions()[0].speaker().map(|s| s.gender()), Some(crate::Gender::Masculine));
        let doc = Extractor::new().extract("وقال نائبة المدير إن «الموازنة جاهزة».");
        assert_eq!(doc.attributions()[0].speaker().map(|s| s.gender()), Some(crate::Gender::Feminine));
        let text = "وقال الوالي في تصريح للصحفيين: «لا خسائر بشرية».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوالي"));
        // printed وإلى or والى it is the preposition, and no speaker
        for and_to in ["وإلى", "والى"] {
            let text = format!("وقال الوزير إن الوفد سيتوجه إلى تونس {and_to} «المدن الكبرى» بعد ذلك.");
            assert_eq!(speaker_text(&text, 0).as_deref(), Some("الوزير"), "{and_to}");
        }
    }

    #[test]
    fn a_title_with_a_possessive_pronoun_reaches_the_name() {
        use QuoteKind::Speech;
        check(&[
            // in apposition between commas
            (
                "وقال رئيسها التنفيذي، سامي حداد، إن الشركة «تتوسع».",
                0,
                Speech,
                Some("سامي حداد"),
                Rule::CueBefore,
            ),
            // a feminine title: its ة is written ت before the pronoun
            (
                "وقالت رئيستها، هدى عمران، إن الجمعية «لن تتوقف».",
                0,
                Speech,
                Some("هدى عمران"),
                Rule::CueBefore,
            ),
            // the spokesman "in its name", then a rank and the name
            (
                "وطوقت الشرطة الحي، وقال الناطق باسمها المقدم فادي نور إن «التحقيق مستمر».",
                0,
                Speech,
                Some("فادي نور"),
                Rule::CueBefore,
            ),
        ]);
        // باسمها alone ends the phrase with the spokesman, not the next words
        let doc = Extractor::new().extract("وقال المتحدث باسمها إن «الوضع تحت السيطرة».");
        let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned());
        assert_eq!(speaker.as_deref(), Some("المتحدث باسمها"));
    }

    #[test]
    fn a_listed_noun_in_b_is_no_preposition() {
        check(&[(
            "وقال رئيس بلدية جبيل وسام زعرور إن «الطريق فتحت».",
            0,
            QuoteKind::Speech,
            Some("وسام زعرور"),
            Rule::CueBefore,
        )]);
    }

    #[test]
    fn a_name_in_lam_after_bihasab_keeps_its_letter() {
        for text in ["«الطريق مغلقة»، بحسب ليلى منصور.", "«الطريق مغلقة»، بحسب لَيلى منصور."]
        {
            let doc = Extractor::new().extract(text);
            let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned()).unwrap_or_default();
            assert!(speaker.starts_with('ل'), "{speaker:?} in {text}");
        }
        // وفقاً takes its source through ل
        let doc = Extractor::new().extract("«الطريق مغلقة»، وفقاً لهيئة الطرق.");
        let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned()).unwrap_or_default();
        assert_eq!(speaker, "هيئة الطرق");
    }

    #[test]
    fn a_first_person_plural_says_nothing_of_the_speakers_number() {
        let text = "وقال كريم العلي: «سنواصل العمل، وأضاف “لا أريد هذا”».";
        let doc = Extractor::new().extract(text);
        let outer = doc.attributions()[0].speaker().unwrap();
        assert_ne!(outer.number(), crate::Number::Plural);
    }

    #[test]
    fn frames_after_a_quotation_name_its_speaker() {
        use QuoteKind::Speech;
        check(&[
            // the demonstrative object before the subject
            ("«الهدنة هشة»، أكد ذلك قائد الشرطة سمير داود.", 0, Speech, Some("سمير داود"), Rule::CueAfter),
            // هكذا with a weak form of a verb of saying
            ("«لا تعليق»، هكذا ردّ الناطق باسم الشركة.", 0, Speech, Some("الناطق باسم الشركة"), Rule::CueAfter),
            // بهذه الكلمات with a verb no list holds
            (
                "«شكراً لكم»، بهذه الكلمات ودّع المدرب رامي سعد جمهوره.",
                0,
                Speech,
                Some("رامي سعد"),
                Rule::CueAfter,
            ),
            // and هكذا too, in a new sentence (a present verb, no gender)
            (
                "«أريد بيتاً صغيراً». هكذا تلخص الجدة نعمة أمنيتها.",
                0,
                Speech,
                Some("الجدة نعمة"),
                Rule::CueAfter,
            ),
            (
                "«أريد بيتاً صغيراً»، هكذا يلخص المزارع نعيم أمنيته.",
                0,
                Speech,
                Some("المزارع نعيم"),
                Rule::CueAfter,
            ),
        ]);
        // كما frames naming as well: a nickname stays a name
        let doc = Extractor::new().extract("وكان «أبو سمير»، كما يدعوه أهل القرية، يبيع الخبز.");
        assert!(!doc.attributions()[0].is_speech());
    }

    #[test]
    fn unnamed_sources_keep_their_qualifiers() {
        use QuoteKind::Speech;
        check(&[
            (
                "وقال سكان في القرية إن «السيول جرفت الطريق».",
                0,
                Speech,
                Some("سكان في القرية"),
                Rule::CueBefore,
            ),
            ("«الأسعار سترتفع»، يقول صاحب أحد المتاجر.", 0, Speech, Some("صاحب أحد المتاجر"), Rule::CueAfter),
        ]);
    }

    #[test]
    fn a_weak_verb_of_warning_is_read_before_min() {
        use QuoteKind::Speech;
        check(&[
            // حذر is also the noun "caution"; حذر … من is the verb
            ("حذر الخبير من «موسم جفاف طويل يهدد المحاصيل».", 0, Speech, Some("الخبير"), Rule::CueBefore),
            (
                "وكانت الهيئة الوطنية للطقس قد حذّرت أمس من «رياح قوية تثير الغبار».",
                0,
                Speech,
                Some("الهيئة الوطنية للطقس"),
                Rule::CueBefore,
            ),
        ]);
    }

    #[test]
    fn a_quotation_standing_alone_after_someone_s_words_goes_on_with_them() {
        let text = "أعلنت البلدية خطة جديدة.\nوقالت المهندسة رنا فارس: «بدأنا بتنظيف المجاري».\n«سننتهي من الأحياء الشرقية قبل الشتاء».";
        assert_eq!(speaker_text(text, 1), Some("المهندسة رنا فارس".into()));
        // a cross-head after a paragraph of narrative is no one's yet
        let text = "أعلنت البلدية خطة جديدة.\nوقالت المهندسة رنا فارس إن العمل بدأ.\n«الأحياء الشرقية أولاً»\nوتشمل الخطة ثلاث مراحل.";
        assert_eq!(speaker_text(text, 0), None);
    }

    #[test]
    fn a_named_source_of_a_nominal_cue_speaks_next() {
        // وجاء ذلك على لسان …: no verb of saying, so the named source is
        // the subject of the dropped وأوضح
        let text = "أطلقت الجمعية حملة للتبرع بالدم. وجاء ذلك على لسان رئيسها، الدكتور سمير خوري، خلال لقاء.\nوأوضح أن الحملة «تطمح إلى عشرة آلاف متبرع».";
        assert_eq!(speaker_text(text, 0).as_deref().map(|s| s.contains("سمير خوري")), Some(true));
    }

    #[test]
    fn a_document_s_issuer_on_lam_al_is_a_body() {
        let text = "أعلنت الهيئة العامة للطيران المدني جدولاً جديداً.\nوجاء في بيان للهيئة: «أعدنا فتح المجال الجوي بالكامل».";
        assert_eq!(speaker_text(text, 0), Some("الهيئة العامة للطيران المدني".into()));
        // (an addressee on لل is not the issuer)
        let text = "وذكرت الرابطة في بيان للرأي العام أن «الإضراب مستمر حتى تحقيق المطالب».";
        assert_eq!(speaker_text(text, 0), Some("الرابطة".into()));
    }

    #[test]
    fn an_institution_is_shown_by_its_full_name() {
        let text = "قالت هيئة البيئة الوطنية إن الهواء «غير صحي».\nودعت الهيئة السكان إلى «إغلاق النوافذ».";
        assert_eq!(speaker_text(text, 1), Some("هيئة البيئة الوطنية".into()));
        // a document is no institution: its mention stays as written
        let text = "أظهرت دراسة جامعية أن الأسر «تأكل أقل».\nوأضافت الدراسة أن العادة «تنتشر بسرعة».";
        assert_eq!(speaker_text(text, 1), Some("الدراسة".into()));
    }

    #[test]
    fn an_institution_s_phrase_ends_before_the_verb_s_object() {
        assert_eq!(
            speaker_text("أعلنت وزارة النقل حصيلة جديدة: «مئة حادث في يوم واحد».", 0),
            Some("وزارة النقل".into())
        );
        // (a complement on ل is part of the name)
        assert_eq!(
            speaker_text("وقال المرصد الوطني لحقوق الطفل إن القانون «يقيد الحريات».", 0),
            Some("المرصد الوطني لحقوق الطفل".into())
        );
        // (a person's title may take a name after its definite words)
        assert_eq!(
            speaker_text("وقال الناطق باسم الحكومة سامر فارس إن القانون «يحمي الحريات».", 0),
            Some("الناطق باسم الحكومة سامر فارس".into())
        );
    }

    #[test]
    fn a_statement_said_in_by_the_sentence_s_subject_speaks_for_it() {
        // مؤكدة في بيان …، then وجاء في البيان: the ministry's statement
        let text = "حددت وزارة الري مواعيد المناوبات، مؤكدة في بيان أن الجدول «ملزم للجميع».\nوجاء في البيان: «لا استثناء لأي مزارع».";
        assert_eq!(speaker_text(text, 1), Some("وزارة الري".into()));
        // (a person's sentence does not make him a document's issuer)
        let text = "زار الوزير سامر فارس المزارع، مؤكداً في كلمة أن الموسم «جيد».\nوجاء في البيان: «لا استثناء لأي مزارع».";
        assert_eq!(speaker_text(text, 1), Some("البيان".into()));
        // قرار اللجنة: the committee in construct issued the decision
        let text = "أصدرت لجنة المسابقات عقوبات جديدة. وجاء في قرار اللجنة: «إيقاف الحارس مباراتين».";
        assert_eq!(speaker_text(text, 0), Some("لجنة المسابقات".into()));
    }

    #[test]
    fn a_weak_verb_read_as_no_cue_still_opens_its_clause() {
        // نفى (also the noun نفي) without أن is no cue, but its subject is
        // the subject of the participle after it
        let text = "نفى سامي حداد، المتحدث باسم الوزارة، صحة ما نشرته الصفحة، مؤكداً أن الصور «قديمة».";
        let got = speaker_text(text, 0).unwrap_or_default();
        assert!(got.contains("سامي حداد"), "{got}");
        // a rank is a title: the apposition after the office holds the name
        let text = "وقالت المكلفة بالإعلام، الملازم الأول هدى سالم، إن الفرق «في الميدان».";
        let got = speaker_text(text, 0).unwrap_or_default();
        assert!(got.contains("هدى سالم"), "{got}");
    }

    #[test]
    fn a_report_of_a_body_in_construct_names_the_body() {
        // لجنة is a listed noun, not ل + جنة
        assert_eq!(speaker_text("وقال تقرير لجنة الزراعة إن الموسم «واعد».", 0), Some("لجنة الزراعة".into()));
    }

    #[test]
    fn a_count_of_a_group_with_its_pronoun_is_one_phrase() {
        assert_eq!(
            speaker_text("وهتف العشرات من أنصاره: «الحرية للجميع».", 0),
            Some("العشرات من أنصاره".into())
        );
        // (and of a group in construct)
        assert_eq!(
            speaker_text("وهتف المئات من سكان الحي: «الماء حق».", 0),
            Some("المئات من سكان الحي".into())
        );
        // مصادر مقربة من …: whom the sources are close to
        assert_eq!(
            speaker_text("وقالت مصادر مقربة من النادي إن الصفقة «شبه منتهية».", 0),
            Some("مصادر مقربة من النادي".into())
        );
    }

    #[test]
    fn the_phrase_after_a_relative_act_verb_is_its_object() {
        // الذي دعا الطلاب إلى: no pronoun on the verb, so the relative (the
        // centre) is its subject and the students its object
        let text =
            "وتبدأ الدورة الثانية الشهر المقبل، بحسب مركز الامتحانات، الذي دعا الطلاب إلى «الاستعداد الجيد».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مركز الامتحانات"));
        // (a verb of saying after the relative keeps its own subject)
        let text = "وهذا هو القرار الذي قال الوزير إنه «نهائي».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_bodys_unit_in_its_parent_body_is_one_source() {
        first_speakers_are(&[
            ("وقال المكتب الإعلامي في الرئاسة إن الزيارة «ناجحة».", "المكتب الإعلامي في الرئاسة"),
            (
                "وأكدت لجنة المسابقات في الاتحاد المغربي أن المباراة «ستعاد».",
                "لجنة المسابقات في الاتحاد المغربي",
            ),
        ]);
        // (a document after في is where the body spoke)
        first_speakers_are(&[("وأعلنت الوزارة في بيان أن الخطة «جاهزة».", "الوزارة")]);
    }

    #[test]
    fn one_name_word_after_a_phrase_closed_by_its_nisba_is_its_short_name() {
        let kind = |text: &str| Extractor::new().extract(text).attributions()[0].kind();
        assert_eq!(kind("وأرسل الهلال الأحمر الليبي «نجدة» عشر شاحنات إلى المدينة."), QuoteKind::Name);
        assert_eq!(kind("وبلغ عدد الضحايا 12 وفق هيئة الطوارئ الوطنية «إسعاف»."), QuoteKind::Name);
        // (not a colon's words, nor a verb or an adverb in the accusative)
        assert!(kind("وقال المتحدث الأمريكي: «مستحيل».").is_speech());
        assert!(kind("وتوقع وزير الطاقة السوداني «انفراجاً» قريباً.").is_speech());
    }

    #[test]
    fn an_adjective_of_faith_stays_in_a_bodys_name() {
        first_speakers_are(&[(
            "ودعا مجلس الكنائس الأرثوذكس في حمص إلى «التهدئة».",
            "مجلس الكنائس الأرثوذكس في حمص",
        )]);
    }

    #[test]
    fn concluding_an_event_is_no_speech() {
        // اختتم as "brought to a close": no colon, complementizer or بالقول
        // (a weak form: after a clause-opening و it still counts, as weak
        // forms that are also nouns do)
        let text = "أسدل الستار على الموسم الثقافي.\nاختتمت مساء الخميس الدورة الخامسة من «أيام الشعر» بتتويج الفائزين.";
        let doc = Extractor::new().extract(text);
        assert!(!doc.attributions()[0].kind().is_speech());
        // (as "ended his words", the verb of saying it is)
        let text = "واختتم الوزير سامي حداد كلمته قائلاً: «المشوار في بدايته».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير سامي حداد"));
        let text = "واختتم الوزير سامي حداد بالقول إن المشوار «في بدايته».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير سامي حداد"));
    }

    #[test]
    fn a_department_is_a_body_a_source_comes_from() {
        first_speakers_are(&[(
            "وأفاد مصدر من قسم الجوازات أن المعاملات «ستنجز خلال أسبوع».",
            "مصدر من قسم الجوازات",
        )]);
    }

    #[test]
    fn a_noun_in_construct_with_the_marks_is_the_verbs_object() {
        // نفت وجود «…»: the source named before denies; وجود is no name
        let text = "وقالت الوزيرة سلمى الحداد إن الحسابات «دقيقة»، ونفت وجود «أي عجز في الموازنة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزيرة سلمى الحداد"));
        // (a family name the document gave stays the subject)
        let text = "وقال الطبيب سامر ثابت إن الحالات «تتزايد». وكما يقول ثابت «الوقت ينفد».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الطبيب سامر ثابت"));
        // (and so does the noun after a verb that carries its object)
        let text = "وقالت الوزيرة إن الحركة «خطرة»، فيما تعتبرها بغداد «جماعة محظورة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("بغداد"));
    }

    #[test]
    fn a_title_on_lam_after_the_verb_is_the_addressee() {
        // وأضافت لمراسل …: told to a reporter; the dropped subject is the
        // woman who spoke before
        let text = "وقالت النازحة سعاد الحلبي إن الخيمة «غرقت». وأضافت لمراسل الوكالة: «لم يبق لنا شيء».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("النازحة سعاد الحلبي"));
        // (ولد is no ل on د, the doctor's abbreviation)
        assert_eq!(
            speaker_text("وقال محمد ولد عبد الله للصحفيين إن السوق «مستقرة».", 0).as_deref(),
            Some("محمد ولد عبد الله")
        );
    }

    #[test]
    fn van_inside_a_foreign_name_is_no_fa_inna() {
        first_speakers_are(&[
            ("وقال تران فان لونغ إن اللقاء «كان مثمراً».", "تران فان لونغ"),
            ("وقال المدرب يوهان فان ميرس للصحفيين: «سنعود أقوى».", "المدرب يوهان فان ميرس"),
        ]);
        // (with the hamza, or before a definite word, it is فإن)
        assert_eq!(
            speaker_text("وقال الوزير إنه إذا تأخر الدعم فان الحكومة «ستتحرك».", 0).as_deref(),
            Some("الوزير")
        );
    }

    #[test]
    fn a_feminine_participle_with_its_complement_stays_in_a_body_name() {
        // after a plural of things (no ة to agree with), the participle and
        // its complement on لل are still the body's words
        first_speakers_are(&[
            (
                "وأعلنت الأمانة العامة لاتحاد الدول المنتجة للقطن أن الأسعار «ستتراجع».",
                "الأمانة العامة لاتحاد الدول المنتجة للقطن",
            ),
            (
                "وقال رئيس رابطة الشركات المستوردة للأدوية إن المخزون «يكفي شهرين».",
                "رئيس رابطة الشركات المستوردة للأدوية",
            ),
        ]);
    }

    #[test]
    fn an_aside_in_the_accusative_is_no_apposition() {
        assert_eq!(
            speaker_text("وقال مصدر حكومي للصحيفة، طالباً عدم ذكر اسمه، إن الخطة «جاهزة».", 0),
            Some("مصدر حكومي".into())
        );
        // a time between commas, then the verb's complement: no later name
        let text = "أفاد مصدر عسكري، مساء الأحد، بتعرض مطار الوادي الجوي في الشمال لقصف. وقال المصدر إن «الأضرار محدودة».";
        let doc = Extractor::new().extract(text);
        let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned());
        // (a source known by no name is shown as the text introduces it)
        assert_eq!(speaker.as_deref(), Some("مصدر عسكري"));
        let table = doc.speakers();
        assert!(table.iter().all(|e| !e.name().contains("مطار")), "{:?}", table);
    }

    #[test]
    fn a_quotation_after_a_possessed_noun_under_inna_is_the_speaker_s() {
        // بلاده after إن is a noun, not a verb no list knows with «…» as its subject
        check(&[(
            "قال وزير الزراعة، سالم عيد، إن بلاده «مكتفية ذاتياً» بإنتاجها من القمح.",
            0,
            QuoteKind::Speech,
            Some("سالم عيد"),
            Rule::CueBefore,
        )]);
    }

    #[test]
    fn a_feminine_title_in_apposition_says_the_gender() {
        let doc = Extractor::new()
            .extract("لكن عضو لجنة الصحة، النائبة سعاد مراد، ترى أن الخطة «متأخرة»، وقالت: «ننتظر الأفعال».");
        let first = doc.attributions()[0].speaker().map(|s| s.gender());
        assert_eq!(first, Some(crate::Gender::Feminine));
        // and the dropped subject of وقالت agrees with her
        let second = doc.attributions()[1].speaker().map(|s| s.text().to_owned()).unwrap_or_default();
        assert!(second.contains("سعاد مراد"), "{second}");
    }

    #[test]
    fn a_body_s_purpose_is_part_of_its_name() {
        assert_eq!(
            speaker_text("جمعية رعاية الأيتام: «التبرعات تراجعت هذا العام»", 0),
            Some("جمعية رعاية الأيتام".into())
        );
        assert_eq!(
            speaker_text("وقالت هيئة الرقابة على الأسواق إن المخزون «كافٍ».", 0),
            Some("هيئة الرقابة على الأسواق".into())
        );
        assert_eq!(
            speaker_text("وقالت لجنة الدفاع عن الحريات إن القانون «جائر».", 0),
            Some("لجنة الدفاع عن الحريات".into())
        );
    }

    #[test]
    fn a_nominal_cue_s_source_on_lam_takes_its_apposition() {
        let got = speaker_text("ووفقاً لمديرة الأبحاث في المصرف، ليلى حداد، فإن الخفض «متوقع».", 0)
            .unwrap_or_default();
        assert!(got.contains("ليلى حداد"), "{got}");
    }

    #[test]
    fn an_operator_introduces_a_name() {
        check(&[
            ("وأوضح متعامل «نجمة» في بيان أن الأسعار «ثابتة».", 0, QuoteKind::Name, None, Rule::NameTrigger),
            (
                "وأوضح متعامل «نجمة» في بيان أن الأسعار «ثابتة».",
                1,
                QuoteKind::Speech,
                Some("نجمة"),
                Rule::CueBefore,
            ),
        ]);
    }

    #[test]
    fn a_representative_s_seat_on_an_before_a_definite_noun() {
        assert_eq!(
            speaker_text("نائب عن المعارضة: «الموازنة لا تخدم الفقراء»", 0),
            Some("نائب عن المعارضة".into())
        );
        // المترشح (the Maghreb's word for a candidate) is a title
        assert_eq!(
            speaker_text("رفض المترشح المستقل النتائج، واصفاً الفرز بـ«المسرحية».", 0),
            Some("المترشح المستقل".into())
        );
    }

    #[test]
    fn a_topic_after_amma_may_hold_a_name_in_marks() {
        let got = speaker_text("أما العضو في تكتل «الغد الأفضل»، سمير داود، فقال: «لن نشارك في الجلسة».", 1)
            .unwrap_or_default();
        assert!(got.contains("سمير داود"), "{got}");
        // and the topic is the subject of a later verb in the sentence
        let got =
            speaker_text("أما المترشحة سلمى زيان، فقد زارت مدينة الواحات، حيث أكدت أن «الريف ينتظر».", 0)
                .unwrap_or_default();
        assert!(got.contains("سلمى زيان"), "{got}");
    }

    #[test]
    fn a_definite_name_opening_on_a_noun_that_introduces_names() {
        use QuoteKind::{Name, Speech};
        check(&[
            ("وأوضح أن الطعون تنظر فيها «الهيئة العليا للرقابة» وحدها.", 0, Name, None, Rule::NameTrigger),
            // (a clause opening on the same noun is someone's words)
            ("وقال الوزير إن «الهيئة فشلت في مهمتها».", 0, Speech, Some("الوزير"), Rule::CueBefore),
        ]);
    }

    #[test]
    fn a_name_marked_once_is_a_name_wherever_it_is_repeated() {
        let doc = Extractor::new().extract(
            "أطلقت شركة «سحاب» تطبيقاً جديداً.\nوقال المحلل سمير داود إن «سحاب» تقدم «تجربة تنافس الكبار».",
        );
        let kinds: Vec<QuoteKind> = doc.attributions().iter().map(|a| a.kind()).collect();
        assert_eq!(kinds, [QuoteKind::Name, QuoteKind::Name, QuoteKind::Speech]);
    }

    #[test]
    fn a_nameless_body_keeps_its_place_before_an_object_or_a_time() {
        assert_eq!(
            speaker_text("وقالت محكمة الجنايات في بنغازي أمس إن الأدلة «قاطعة».", 0),
            Some("محكمة الجنايات في بنغازي".into())
        );
        assert_eq!(
            speaker_text("أصدرت محكمة الجنايات في بنغازي حكماً وصفته بأنه «رادع».", 0),
            Some("محكمة الجنايات في بنغازي".into())
        );
        // (or the verb's complement on ب, after a complement on ل)
        assert_eq!(
            speaker_text("ورحبت بعثة الاتحاد للرقابة في تونس بالقرار، وكتبت: «نرحب بهذه الخطوة».", 0),
            Some("بعثة الاتحاد للرقابة في تونس".into())
        );
        // (or on عن, على, إلى: أعرب عن)
        assert_eq!(
            speaker_text("وأعربت بعثة الاتحاد للمراقبة في مالي عن «أسفها» للحادث.", 0),
            Some("بعثة الاتحاد للمراقبة في مالي".into())
        );
        // (a place shaped like a first-person verb: أبين "I show")
        assert_eq!(
            speaker_text("وأفاد مكتب الصحة في أبين بأن الجرحى «بخير».", 0),
            Some("مكتب الصحة في أبين".into())
        );
        // (but a verbal noun after في is no place: في رد على)
        assert_eq!(
            speaker_text("وقالت الهيئة في رد على الاتهامات إنها «لم تخالف القانون».", 0),
            Some("الهيئة".into())
        );
    }

    #[test]
    fn a_report_s_title_and_a_level_in_marks() {
        use QuoteKind::{Term, Title};
        check(&[
            ("ونشرت المنظمة تقرير «مستقبل المياه في المنطقة» أمس.", 0, Title, None, Rule::NameTrigger),
            ("رفعت الأرصاد الإنذار إلى مستوى «برتقالي» في ثلاث ولايات.", 0, Term, None, Rule::NameTrigger),
            ("وأعلنت الشركة حالة «الطوارئ القصوى» في المصفاة.", 0, Term, None, Rule::NameTrigger),
        ]);
    }

    /// The speaker's text of quotation `index` in `text`, exactly.
    fn speaker_text(text: &str, index: usize) -> Option<String> {
        let doc = Extractor::new().extract(text);
        doc.attributions()[index].speaker().map(|s| s.text().to_owned())
    }

    /// Each sentence's first quotation has the speaker given beside it.
    fn first_speakers_are(rows: &[(&str, &str)]) {
        for &(text, want) in rows {
            assert_eq!(speaker_text(text, 0).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_vowel_on_an_changes_no_relay() {
        // the author after عن is no channel, however عن is printed
        for an in ["عن", "عَن", "عِن"] {
            let text = format!("وقال المراسل نقلاً {an} الأهالي: «الماء مقطوع منذ أسبوع».");
            assert_eq!(speaker_text(&text, 0).as_deref(), Some("الأهالي"), "{an}");
        }
    }

    #[test]
    fn a_quotation_on_a_preposition_after_an_exchange_names_the_outlet() {
        use QuoteKind::{Name, Speech};
        check(&[
            ("وقال الوزير في حوار مع «الأخبار» إن «الموازنة جاهزة».", 0, Name, None, Rule::NameTrigger),
            (
                "وقال الوزير في حوار مع «الأخبار» إن «الموازنة جاهزة».",
                1,
                Speech,
                Some("الوزير"),
                Rule::CueBefore,
            ),
            ("ونشر اللاعب تغريدة على «إكس» قال فيها: «سأعود أقوى من قبل».", 0, Name, None, Rule::NameTrigger),
            // a possessed noun: صفحتها على «…»
            (
                "وكتبت المغنية عبر صفحتها على «إنستغرام»: «شكراً لكم جميعاً على الدعم».",
                0,
                Name,
                None,
                Rule::NameTrigger,
            ),
        ]);
        // right after the noun, with no preposition, the rule does not apply
        let doc =
            Extractor::new().extract("وفي حوار «طويل ومفتوح مع الشباب عن المستقبل» قال الوزير كلاماً كثيراً.");
        assert_ne!(doc.attributions()[0].kind(), Name);
    }

    #[test]
    fn a_post_or_statement_is_the_object_not_the_speaker() {
        // the verb opens a clause on the statement: its issuer is the speaker
        let said_in = [
            ("وأصدرت الوزارة بيانا قالت فيه إن «الوضع تحت السيطرة».", "الوزارة"),
            ("ونشر اللاعب تغريدة على «إكس» قال فيها: «سأعود أقوى من قبل».", "اللاعب"),
            ("ونشر الكاتب منير سعد تدوينة جاء فيها: «الحرية لا تتجزأ أبداً».", "الكاتب منير سعد"),
            // an accusative object before the verb (مقطعاً) is not its subject
            ("ونشرت الفنانة ليلى سمير مقطعاً كتبت فيه: «شكراً لكل من ساندني».", "الفنانة ليلى سمير"),
        ];
        for (text, speaker) in said_in {
            let index = Extractor::new().extract(text).attributions().len() - 1;
            assert_eq!(speaker_text(text, index).as_deref(), Some(speaker), "{text}");
        }
    }

    #[test]
    fn b_on_a_verbal_noun_ends_the_phrase() {
        // بتشكيل (ب + تفعيل) opens the object of طالب, not a family name
        let text = "وطالب النائب سامر عيد بتشكيل لجنة تحقيق، وقال إن «الفساد تفشى».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النائب سامر عيد"));
        // a family name on ب still belongs to the name
        let text = "وقال الشاعر سليم بركات إن «القصيدة انتهت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الشاعر سليم بركات"));
    }

    #[test]
    fn asking_for_something_not_to_be_done_reports_no_words() {
        // the aside طلب عدم ذكر اسمه does not replace the cue before it
        let text = "وقال مسؤول في الوزارة، طلب عدم ذكر اسمه، إن «القرار نهائي».";
        let doc = Extractor::new().extract(text);
        let a = &doc.attributions()[0];
        assert_eq!(a.cue().map(|c| c.lemma()), Some("قال"));
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مسؤول في الوزارة"));
        // طلب without عدم is still a cue
        let text = "وطلب الوزير من المواطنين «التزام منازلهم حتى إشعار آخر».";
        assert_eq!(Extractor::new().extract(text).attributions()[0].cue().map(|c| c.lemma()), Some("طلب"));
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn the_name_in_apposition_after_a_complement_ends_the_phrase() {
        // the title's complement, the name between commas, then the object
        let text = "وناشد النائب عن ائتلاف «الوفاق»، حيدر سالم، الحكومة «التحرك فوراً لإنهاء الأزمة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("النائب عن ائتلاف «الوفاق»، حيدر سالم"));
    }

    #[test]
    fn a_title_spelled_with_waw_is_not_a_conjunction() {
        // والدة is a title, not و + الدة: the definite noun after it is its complement
        let text = "وقالت والدة الطالب إن «ابنها بريء».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("والدة الطالب"));
        // a participle adjective goes on with the definite noun before it
        let text = "«ابني بريء»، قالت والدة الشاب الموقوف، وهي تبكي.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("والدة الشاب الموقوف"));
        let text = "وقال شقيق الصحفي المعتقل إن «العائلة قلقة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("شقيق الصحفي المعتقل"));
        // (المتفاعل: the retired one, then the name)
        let text = "ويقول البحار المتقاعد خليل عواد: «البحر تغير».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("البحار المتقاعد خليل عواد"));
    }

    #[test]
    fn participle_shapes() {
        for word in ["الموقوف", "المخطوف", "المختطف", "المعتقل", "المتقاعد", "المتنازل"]
        {
            assert!(super::is_participle(word), "{word}");
        }
        for word in ["الموقع", "المدينه", "الوزير", "موقوف", "المستشار", "المتاحف"]
        {
            assert!(!super::is_participle(word), "{word}");
        }
    }

    #[test]
    fn a_coordinated_verb_shares_the_subject_of_the_first_verb() {
        // the first verb is none the lexicon knows
        let text = "وقضت المحكمة الإدارية لصالح المعلمين، وقالت في حكمها إن الوزارة «تجاوزت صلاحياتها».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحكمة الإدارية"));
        let text = "واجتمع الوزيران في العاصمة، وقالا إن «التعاون يتعمق».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزيران"));
        // but not a subject that does not agree with the verb
        let text = "وزار الرئيس المدينة، وقالت الوزيرة إن «الزيارة مهمة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزيرة"));
        let doc = Extractor::new().extract("وزار الرئيس المدينة الجديدة، وقالت إن «الزيارة مهمة».");
        let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned());
        assert_ne!(speaker.as_deref(), Some("الرئيس"));
    }

    #[test]
    fn marks_deep_in_the_clause_after_a_places_colon_are_no_ones_words() {
        let text = "حلب: ارتفاع أسعار الخبز للمرة الثالثة هذا العام وتحذيرات من «أزمة جوع»";
        let doc = Extractor::new().extract(text);
        assert!(doc.attributions()[0].speaker().is_none());
        // a titled source's frame reaches further
        let text = "وزير المالية: الحكومة لن ترفع الضرائب هذا العام ولا «الرسوم الجمركية»";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزير المالية"));
        // and a name's, near its colon
        let text = "حداد: لا تراجع عن «الإصلاح»";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("حداد"));
    }

    #[test]
    fn the_subject_after_kana_is_who_speaks_next() {
        // كان + subject + present verb: the scene's person, then words said
        let text = "كان المزارع سالم الهاشمي يرتب أدواته. «لن يرث أولادي الأرض»، قالها وهو ينظر إلى الحقل.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المزارع سالم الهاشمي"));
    }

    #[test]
    fn a_name_in_an_opening_adjunct_is_no_ones_words() {
        use QuoteKind::Speech;
        let text = "وفي ردها على أسئلة «الوطن»، أوضحت البلدية أن الأشغال «ستنتهي قريباً».";
        let doc = Extractor::new().extract(text);
        assert!(!doc.attributions()[0].kind().is_speech());
        assert_eq!(doc.attributions()[1].kind(), Speech);
        // words said before the verb after them still are
        let text = "«ستنتهي الأشغال قريباً»، أوضحت البلدية.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("البلدية"));
    }

    #[test]
    fn a_long_aside_on_the_sources_name_stands_between_subject_and_verb() {
        let text = "غير أن دبلوماسياً غربياً، تحدث إلى إذاعة محلية مشترطاً إخفاء هويته ومنصبه، قال إن المهلة «قصيرة جداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("دبلوماسياً غربياً"));
    }

    #[test]
    fn a_nameless_groups_place_may_be_a_construct() {
        let rows = [
            ("ونقلت الوكالة عن محللين في سوق المال أن التراجع «مؤقت».", "محللين في سوق المال"),
            ("وقال ناشطون في مخيم النازحين إن «المساعدات لم تصل».", "ناشطون في مخيم النازحين"),
            // a time is no place
            ("وقال ناشطون في صباح اليوم إن «المساعدات لم تصل».", "ناشطون"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn a_place_noun_in_construct_with_a_body_names_its_head() {
        let rows = [
            // محافظة: a governorate, or the woman who governs a bank
            ("وقالت محافظة المصرف المركزي إن الأسعار «ستستقر قريباً».", "محافظة المصرف المركزي"),
            ("وقالت ولاية الخرطوم إن الأسعار «ستستقر قريباً».", "ولاية الخرطوم"),
            // with the article, the governorate, its object after it
            ("وناشدت المحافظة الوزارة أن «تتدخل سريعاً لحل الأزمة».", "المحافظة"),
            // a joined verb shares the subject opening the clause, which a
            // present verb after the body's adjective closes
            ("محافظة المصرف المركزي ترفع الفائدة وتحذر من «موجة غلاء»", "محافظة المصرف المركزي"),
            ("الشركة الوطنية تفتتح المصنع وتعد بـ«آلاف الوظائف»", "الشركة الوطنية"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn a_conjunct_after_a_clause_on_a_reporting_verb_is_the_next_subject() {
        let rows = [
            // تعبر (also "expresses") is a reporting verb: its clause ends before والمنظمة
            ("مئات الأسر تعبر الحدود والمنظمة تحذر من «نقص في الغذاء»", "المنظمة"),
            ("النائب يطالب بالتحقيق والوزارة تتحدث عن «أخطاء فردية»", "الوزارة"),
            // a plural verb keeps every conjunct of its own clause
            ("العمال يطالبون بزيادة الأجور والنقابات والروابط يهددون بـ«إضراب شامل»", "النقابات والروابط"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn the_language_something_is_said_in_is_a_manner_not_a_subject() {
        let rows = [
            ("وجلست الطالبة سلمى في الصف. وتقول بعربية متكسرة: «أنا سعيدة جدا هنا».", "الطالبة سلمى"),
            (
                "وصعد المدرب رامي ناصر إلى المنصة. ثم قال بالإنجليزية: «نحن جاهزون للمباراة».",
                "المدرب رامي ناصر",
            ),
            // given names on ب: the nisba is too short to be a language
            ("وتقول بهية الخطيب: «أنا سعيدة جدا هنا».", "بهية الخطيب"),
            ("وتقول بدرية سالم: «أنا سعيدة جدا هنا».", "بدرية سالم"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn a_short_given_name_on_ba_after_a_title_is_no_preposition() {
        let rows = [
            ("«الكهرباء مقطوعة منذ أيام»، قال الموظف بكر الشمري أمس.", "الموظف بكر الشمري"),
            ("وقال المهندس بدر الخالدي إن «العمل مستمر».", "المهندس بدر الخالدي"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn a_topics_age_in_brackets_stays_out_of_it() {
        let rows = [(
            "أما الزائرة الهولندية ماريكه (40 عاماً)، فتأتي كل صيف إلى السوق، وتقول: «أحب هذا المكان».",
            "الزائرة الهولندية ماريكه",
        )];
        first_speakers_are(&rows);
    }

    #[test]
    fn words_the_speaker_recalls_saying_are_the_speakers_own() {
        // قلت "I said" inside a quotation: the outer speaker quoting himself
        let text = "وقال المدرب سامي عطية: «اللاعب قوي. قلت له منذ أول يوم: ‹عليك أن تركض حتى النهاية›».";
        let doc = Extractor::new().extract(text);
        let inner = &doc.attributions()[1];
        assert_eq!(inner.text(), "عليك أن تركض حتى النهاية");
        assert_eq!(inner.cue().map(|c| c.text()), Some("قلت"));
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المدرب سامي عطية"));
    }

    #[test]
    fn a_broken_plural_takes_a_feminine_singular_participle() {
        let rows = [
            ("اهتمت صحف عربية بالقمة، معتبرة أنها تمثل «منعطفاً حاسماً» للمنطقة.", "صحف عربية"),
            ("واحتجت منظمات حقوقية على الحكم، مؤكدة أن المتهمين «لم يحصلوا على دفاع».", "منظمات حقوقية"),
        ];
        first_speakers_are(&rows);
        // a masculine plural does not: المحتجون … مؤكدة
        let text = "وتجمع المحتجون أمام الوزارة. وقالت الوزيرة سعاد نور: «لن نتراجع». وغادر المحتجون الساحة، مؤكدة أن الحوار «مفتوح».";
        assert_ne!(speaker_text(text, 1).as_deref(), Some("المحتجون"));
    }

    #[test]
    fn a_titles_word_after_a_name_is_part_of_the_name() {
        // الأمين and الشيخ are names here: the two men are not one
        let text = "وقال الطبيب محمد الأمين ولد سالم إن المركز «مكتظ».\nوقال رئيس الجمعية، سيدي عمر ولد الشيخ، إن الوضع «خطير».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الطبيب محمد الأمين ولد سالم"));
        assert_eq!(speaker_text(text, 1).as_deref(), Some("رئيس الجمعية، سيدي عمر ولد الشيخ"));
        // after ولد "son of", a title's word is the father's name
        let text = "مدير المركز، الطبيب أحمد ولد الإمام، أقر بأن المركز «مكتظ».\nوقال رئيسها، سيدي أحمد ولد الشيخ، إن الوضع «خطير».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الطبيب أحمد ولد الإمام"));
    }

    #[test]
    fn a_groups_men_and_women_are_one_group() {
        let rows = [
            ("وقال المعلمون والمعلمات إن «الرواتب لم تصرف».", "المعلمون والمعلمات"),
            ("وهتف عشرات المواطنين والمواطنات: «نريد الماء».", "عشرات المواطنين والمواطنات"),
            // a man and a group of women are two
            ("وقال المعلم والمعلمات إن «الرواتب لم تصرف».", "المعلم"),
        ];
        first_speakers_are(&rows);
        assert!(super::same_group_of_women("العاملين", "العاملات"));
        assert!(!super::same_group_of_women("العاملين", "المعلمات"));
    }

    #[test]
    fn a_conjunct_before_a_headlines_colon_is_its_speaker() {
        let rows = [
            ("الأهالي يحتجون والوزيرة: «نعمل على حل الأزمة»", "الوزيرة"),
            ("النادي يضم المهاجم ومدربه: «صفقة ممتازة للفريق»", "مدربه"),
            // a name that runs to the colon keeps its own و
            ("وزير المالية والاقتصاد: «نعمل على حل الأزمة»", "وزير المالية والاقتصاد"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn a_circumstantial_clause_on_waw_after_the_verb_is_no_subject() {
        let text =
            "وقالت سعاد نور إن «المحل احترق». وأضافت والحزن باد على وجهها أن أسرتها «تعتمد على هذا المحل».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("سعاد نور"));
        // a name or title whose و is its own letter is the subject
        let rows = [
            ("وقال والي الولاية إن «الوضع صعب».", "والي الولاية"),
            ("وقال وليد سالم إن «الوضع صعب».", "وليد سالم"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn who_sent_a_message_says_what_is_in_it() {
        let rows = [
            // a kin title with "my" after the verb, maybe after a pronoun on a preposition
            ("بعثت لي شقيقتي رسالة قصيرة تقول فيها: «متى تعود إلى البيت؟»", "شقيقتي"),
            ("بعثت شقيقتي رسالة قصيرة تقول فيها: «متى تعود إلى البيت؟»", "شقيقتي"),
            ("بعث لنا المدير رسالة يقول فيها: «شكرا لكم على العمل».", "المدير"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn a_scene_may_open_on_a_place_before_its_person() {
        let rows = [
            ("في السوق القديم، يقف سالم الراشدي أمام دكانه، ويقول: «الزبائن يعرفون الحلوى».", "سالم الراشدي"),
            ("وفي متجر قريب، تعمل رهف العلي بعد دوامها، وتقول إن رمضان «له طعم خاص».", "رهف العلي"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn a_noun_opening_on_lam_keeps_its_lam_after_wafqan() {
        let rows = [
            ("وفق لائحة البطولة، «لا أشواط إضافية في المباراة النهائية».", "لائحة البطولة"),
            // ل and a verbal noun in ائت, or a noun in construct
            ("وفقا لائتلاف المعارضة، فإن النتائج «مزورة بالكامل».", "ائتلاف المعارضة"),
            ("ووفقاً لوزارة الصحة، فإن الإصابات «في تراجع مستمر».", "وزارة الصحة"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn our_correspondent_before_a_colon_speaks() {
        let rows = [
            ("مراسلنا في المدينة: «الشوارع امتلأت بالناس».", "مراسلنا"),
            ("ومراسلتنا في المدينة: «القصف لم يتوقف».", "مراسلتنا"),
        ];
        first_speakers_are(&rows);
        // "our message" is no one
        assert_eq!(speaker_text("رسالتنا واضحة: «لن نتراجع أبدا».", 0), None);
    }

    #[test]
    fn a_person_a_sentence_introduces_is_who_speaks_next() {
        let text = "وقال التاجر سامي نور إن «الأسعار مرتفعة». أم علي، ربة منزل في الخمسين، كانت تقلب الأكياس. قالت للصحيفة: «الحلوى صارت حلما».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("أم علي"));
        let text = "وقال التاجر سامي نور إن «الأسعار مرتفعة». وفي الزاوية المقابلة، كان حسام، المهندس في شركة الكهرباء، يساعد والده. يقول مبتسما إن الكتاب الورقي «ما زال مطلوبا».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("حسام، المهندس في شركة الكهرباء"));
        // a place described in apposition is no person
        let text = "وقال التاجر سامي نور إن «الأسعار مرتفعة». حلب، القطاع الصناعي فيها، تشهد زحاما. وأضاف أن «الناس يشترون أقل».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("التاجر سامي نور"));
    }

    #[test]
    fn a_group_after_the_conjunction_of_a_headline_is_named_without_it() {
        let rows = [
            ("المحافظ: «الطريق يفتح غداً».. وعراقيون: «سمعنا هذا من قبل»\nنص الخبر.", 1, "عراقيون"),
            ("وفاة الشاعر سامي نور عن 90 عاماً.. ونجوم الأدب: «رحل المعلم»\nنص الخبر.", 0, "نجوم الأدب"),
        ];
        for (text, i, want) in rows {
            assert_eq!(speaker_text(text, i).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_statement_speaks_for_the_body_that_issued_it() {
        // بيان نشرته البلدية: the verb of issuing with the document's pronoun
        let text = "عنوان\nغيّرت بلدية الميناء مواعيد جمع النفايات، وفق بيان نشرته البلدية أمس.\nوأوضح البيان أن الشاحنات «ستعمل ليلاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("بلدية الميناء"));
        // موضحة في بلاغ, in a sentence that opens on من جهتها،
        let text = "عنوان\nمن جهتها، ذكرت مديرية الطرق أن الجسر «سيفتح قريباً»، موضحة في بلاغ أن الأشغال انتهت. وذكر البلاغ أن فرقها «ستراقب الجسر».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("مديرية الطرق"));
        // (a verb of issuing followed by no subject leaves the statement
        // to the sentence's subject)
        let text = "عنوان\nوقالت الهيئة، في بيان وزعته مساء الأحد، إن «الأسعار ستنخفض». وأضاف البيان أن فرقها «ستراقب الأسواق».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الهيئة"));
    }

    #[test]
    fn a_bodys_second_aim_and_its_parent_body_are_part_of_its_name() {
        let rows = [
            ("وقال مركز الرصد للمياه وحماية الطبيعة إن التلوث «تضاعف».", "مركز الرصد للمياه وحماية الطبيعة"),
            (
                "وقالت وحدة الإسعاف التابعة لوزارة الصحة إن الحصيلة «ثقيلة».",
                "وحدة الإسعاف التابعة لوزارة الصحة",
            ),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn a_headline_that_condenses_a_body_quotation_takes_its_speaker() {
        let text = "مزارعو القرية يبدؤون الموسم.. «هذه الأرض لن نتركها»\nوقال المزارع سالم حداد إن «هذه الأرض أرض أجدادي، لن نتركها مهما حدث».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المزارع سالم حداد"));
        // (the words in order, but scattered over a long stretch, are no
        // condensed quotation)
        let far = "هذه الأرض عرفت مواسم كثيرة جدا، وتعب فيها الآباء والأجداد طويلا، ولم يبق منها شيء، لن نقبل أن نتركها";
        let text =
            format!("مزارعو القرية يبدؤون الموسم.. «هذه الأرض لن نتركها»\nوقال المزارع سالم حداد إن «{far}».");
        assert_ne!(speaker_text(&text, 0).as_deref(), Some("المزارع سالم حداد"));
        assert!(super::condensed(&["هذه", "الارض", "لن"], &["هذه", "الارض", "ارض", "لن"]));
        assert!(!super::condensed(&["هذه", "الارض"], &["هذه", "ارض", "الارض"]));
    }

    #[test]
    fn a_word_the_writer_glosses_with_ay_is_a_term() {
        use QuoteKind::{Speech, Term};
        check(&[
            (
                "ويرى الخبير أن المشكلة هي «السماسرة»، أي الوسطاء بين المربين والتجار.",
                0,
                Term,
                None,
                Rule::Short,
            ),
            ("وقالت الطالبة إن «الوصل» (أي الإيصال المؤقت) لم يعد يكفي.", 0, Term, None, Rule::Short),
            // (without the gloss, the label is the speaker's word)
            ("ويرى الخبير أن المشكلة هي «السماسرة» في كل الأسواق.", 0, Speech, Some("الخبير"), Rule::Label),
        ]);
    }

    #[test]
    fn ali_after_a_reply_is_to_me_unless_a_name_goes_on() {
        let text = "عنوان\nقلت للبائع إن السعر مرتفع، فرد علي: «هذا هو السعر».";
        assert_ne!(speaker_text(text, 0).as_deref(), Some("علي"));
        let text = "عنوان\nوسألنا البائع عن السعر، فرد علي بغضب: «هذا هو السعر».";
        assert_ne!(speaker_text(text, 0).as_deref(), Some("علي"));
        let text = "عنوان\nورد علي الحسن: «هذا هو السعر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("علي الحسن"));
    }

    #[test]
    fn a_nameless_persons_age_stays_in_the_phrase() {
        let rows = [
            ("وتصرخ طفلة في الثامنة: «وجدت أمي».", "طفلة في الثامنة"),
            ("وقال رجل في السبعين من عمره إن «البئر جفت».", "رجل في السبعين من عمره"),
            ("وقالت ممرضة في الأربعينيات إن «الدواء نفد».", "ممرضة في الأربعينيات"),
            // (an hour is no age)
            ("وقال مسؤول في الرابعة فجراً إن «الدواء نفد».", "مسؤول"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn a_person_named_before_who_returns_to_the_scene_speaks_next() {
        let text = "وقالت المهندسة لينا المصري إن «العمل صعب». وقالت المديرة سلوى ناصر إن «الخطة جاهزة». وعند المساء، خرجت لينا من الموقع. وقالت: «سنعود غداً».";
        assert_eq!(speaker_text(text, 2).as_deref(), Some("المهندسة لينا المصري"));
        // a name the document has not given before is not taken on trust
        let text = "وقالت المهندسة لينا المصري إن «العمل صعب». وقالت المديرة سلوى ناصر إن «الخطة جاهزة». وعند المساء، خرجت هدى من الموقع. وقالت: «سنعود غداً».";
        assert_eq!(speaker_text(text, 2).as_deref(), Some("المديرة سلوى ناصر"));
    }

    #[test]
    fn a_known_person_opening_the_sentence_says_its_later_clause() {
        let before =
            "وقال اللاعب نادر العموري إن «الأغنية جديدة». وقال المدير العام حسن بدر إن «القرار نهائي». ";
        let rows = [
            // past an opening phrase, a verb of issuing that is no cue here
            "من جهته، نشر العموري تسجيلاً صوتياً على حسابه قال فيه: «لم أخطئ في شيء».",
            // past a time with no comma, a verb no list knows
            "وفي المساء خرج العموري في بث مباشر قال فيه: «لم أخطئ في شيء».",
        ];
        for row in rows {
            let text = format!("{before}{row}");
            assert_eq!(speaker_text(&text, 2).as_deref(), Some("اللاعب نادر العموري"), "{row}");
        }
        // a relative clause's subject is its antecedent (the report)
        let text = format!("{before}ويستشهد العموري بتقرير الهيئة، والذي يقول إن «الأرقام مرتفعة».");
        let speaker = speaker_text(&text, 2);
        assert!(!speaker.as_deref().is_some_and(|s| s.contains("العموري")), "{speaker:?}");
    }

    #[test]
    fn a_person_named_in_full_as_an_object_is_known_later() {
        let after = " وقال المدير العام حسن بدر إن «القرار نهائي». من جهته، نشر العموري تسجيلاً صوتياً قال فيه: «لم أخطئ في شيء».";
        let text = format!("أوقفت الهيئة اللاعب نادر العموري، وأحالته إلى لجنة التأديب.{after}");
        assert_eq!(speaker_text(&text, 1).as_deref(), Some("اللاعب نادر العموري"));
        // on a preposition, the title in a construct
        let text = format!("ومنحت الإدارة إجازة طويلة لمدرب الفريق نادر العموري، بعد الخسارة الثالثة.{after}");
        assert_eq!(speaker_text(&text, 1).as_deref(), Some("مدرب الفريق نادر العموري"));
        // a name no mark closes may run on into words no list knows
        // (ثلاثة أشهر), so only a mark closes it
        let text =
            "وقضت المحكمة بسجن المهندس وليد الزهيري ثلاثة أشهر مع وقف التنفيذ. وقال الزهيري إن «الحكم ظالم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الزهيري"));
    }

    #[test]
    fn a_nameless_source_s_body_on_bal_and_a_ministry_s_portfolio_stay_in_the_phrase() {
        first_speakers_are(&[
            ("وأكدت مصادر بالبلدية أن الرواتب «ستصرف الأسبوع المقبل».", "مصادر بالبلدية"),
            ("وقال مصدر بالشركة إن الخط «سيعود إلى العمل غداً».", "مصدر بالشركة"),
            ("وقال وزير العمل والشؤون الاجتماعية إن البرنامج «يشمل الجميع».", "وزير العمل والشؤون الاجتماعية"),
            ("وقال وزير الخارجية والمغتربين إن الوفد «سيصل مساء اليوم».", "وزير الخارجية والمغتربين"),
            // (a group after any other title is a second subject)
            ("وقال مدير المستشفى والأطباء إن الأجهزة «معطلة منذ أسبوع».", "مدير المستشفى"),
            // (so is the ministry a source belongs to, after في or ب)
            ("وصرح موظف في وزارة العمل والمغتربين بأن الطلبات «تضاعفت».", "موظف في وزارة العمل والمغتربين"),
            ("وأفاد مصدر بوزارة العمل والمغتربين أن الملعب «جاهز».", "مصدر بوزارة العمل والمغتربين"),
        ]);
    }

    #[test]
    fn a_witness_and_a_civic_actor_head_a_phrase_with_the_name_in_apposition() {
        first_speakers_are(&[
            ("وقال شاهد عيان، سامر الحلو، إن الشاحنة «كانت مسرعة».", "شاهد عيان، سامر الحلو"),
            (
                "وقالت فاعلة جمعوية من الحي، نادية بنعلي، إن السكان «ينتظرون منذ سنوات».",
                "فاعلة جمعوية من الحي، نادية بنعلي",
            ),
        ]);
    }

    #[test]
    fn inside_and_outside_open_a_place_and_a_source_s_body() {
        // داخل، خارج open a place set off by a comma, like في
        let text = "وقال مدير المخيم سامر الحلو إن «الوضع صعب». داخل خيمة صغيرة في الطرف الشرقي، تجلس أم سعيد، وهي أرملة من حمص، قرب موقد. تقول: «البرد لا يرحم».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("أم سعيد"));
        // and a source inside a body is still one phrase
        first_speakers_are(&[
            ("وقال مصدر داخل الاتحاد إن المدرب «باقٍ حتى نهاية الموسم».", "مصدر داخل الاتحاد"),
            ("وقالت مصادر داخل المخيم إن الخيام «غرقت بعد العاصفة».", "مصادر داخل المخيم"),
        ]);
    }

    #[test]
    fn a_title_in_apposition_after_a_name_is_one_a_later_description_takes_up() {
        let text = "قال الدكتور سامي فرحات، وزير النقل، إن الطريق «سيفتح قريباً». وقالت النائبة هدى سليم إن «المشروع متأخر». وقال الوزير إن العمل «يتقدم بسرعة».";
        assert_eq!(speaker_text(text, 2).as_deref(), Some("الدكتور سامي فرحات"));
        // and a headline's nameless title is the holder the body names
        let text = "وزير النقل: «الطريق سيفتح قريباً»\nأعلن المهندس سامي فرحات، وزير النقل والمواصلات، أن الأعمال بدأت.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المهندس سامي فرحات"));
    }

    #[test]
    fn what_follows_a_manner_or_a_state_is_no_subject() {
        let rows = [
            // a present verb no list knows describes the manner's noun
            ("وقال المزارع سامي حداد إن «الموسم صعب». «خسرنا كل شيء»، قال بفرنسية تختلط بالعربية.", 1),
            // a word on ب no list knows, after a state, is one more manner
            ("وقالت الطالبة ليلى إن «الموعد بعيد». «حصلت على موعد»، قالت ضاحكة بخفوت.", 1),
        ];
        let first = ["المزارع سامي حداد", "الطالبة ليلى"];
        for ((text, i), want) in rows.into_iter().zip(first) {
            assert_eq!(speaker_text(text, i).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn uncued_words_are_those_of_the_body_the_sentence_opens_on() {
        let text = "إضراب الأطباء يتواصل\nوقال الوزير سامي نور إن «الحل قريب». وقررت نقابة الأطباء تمديد الإضراب أسبوعا، احتجاجا على «تأخر الرواتب وغياب أبسط الحقوق».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("نقابة الأطباء"));
        // with no such subject, the current speaker's
        let text = "إضراب الأطباء يتواصل\nوقال الوزير سامي نور إن «الحل قريب». وتتواصل الاحتجاجات منذ أسابيع، احتجاجا على «تأخر الرواتب وغياب أبسط الحقوق».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزير سامي نور"));
    }

    #[test]
    fn a_banner_and_a_farewell_are_no_reporting_cues() {
        let cue_of = |text: &str, i: usize| {
            Extractor::new().extract(text).attributions()[i].cue().map(|c| c.text().to_owned())
        };
        // لافتة "pointing out" needs إلى or أن; a banner does not
        let text = "وقالت الوزيرة إن «العمل مستمر»، لافتة إلى أن الحكومة «لن تتراجع».";
        assert_eq!(cue_of(text, 1).as_deref(), Some("لافتة"));
        let text = "وقال المدير إن «العمل مستمر». ورفع المحتجون لافتة كتب عليها «ارجع بطلا يا صديقنا».";
        assert_ne!(cue_of(text, 1).as_deref(), Some("لافتة"));
        // nor does the masculine: ارتفاعاً لافتاً "a striking rise"
        let text = "وقال المدير إن «العمل مستمر». وشهدت الأسواق ارتفاعاً لافتاً في سعر «البلدي» هذا الأسبوع.";
        assert_ne!(cue_of(text, 1).as_deref(), Some("لافتاً"));
        let text = "وقال المدير إن «العمل مستمر»، لافتاً إلى أن الفرق «تعمل ليلاً».";
        assert_eq!(cue_of(text, 1).as_deref(), Some("لافتاً"));
        // قد ودّعت: the و after قد is the verb's own (ودّع), not و + دعت
        let text = "وقال المدير إن «العمل مستمر». وكانت الجماهير قد ودعت اللاعب بهتاف «ارجع بطلا يا صديقنا».";
        assert_ne!(cue_of(text, 1).as_deref(), Some("ودعت"));
        let text = "وقال المدير إن «العمل مستمر». وكانت الوزيرة قد وصفت القرار بأنه «خطوة شجاعة».";
        assert_eq!(cue_of(text, 1).as_deref(), Some("وصفت"));
    }

    #[test]
    fn words_attributed_to_someone_with_nasaba_are_theirs() {
        let text = "ونسبت الوكالة إلى عضو في حزب «الوفاق» قوله: «القانون يمحو الودائع بهدوء».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("عضو في حزب «الوفاق»"));
        // إليه: the one the pronoun refers to
        let text = "وقال الوزير إن «الوضع صعب». ونسبت إليه الصحيفة قوله: «القانون يمحو الودائع بهدوء».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزير"));
        // نسب alone is "rates": نسب البطالة
        let text = "وارتفعت نسب البطالة إلى «مستويات قياسية غير مسبوقة».";
        assert!(Extractor::new().extract(text).attributions()[0].cue().is_none());
    }

    #[test]
    fn a_body_within_another_keeps_its_place() {
        let rows = [
            ("وقالت كلية الطب في جامعة حلب إن «القبول مفتوح».", "كلية الطب في جامعة حلب"),
            ("وأعلنت لجنة الطوارئ في بلدية صور أن «الطرق سالكة».", "لجنة الطوارئ في بلدية صور"),
            // a campaign speaks as a body, and holds its officials
            ("وقالت حملة المرشح في بيان إن «النتائج مزورة».", "حملة المرشح"),
            ("وأكد مسؤول في حملة المرشحة أن الفريق «سيطعن في النتائج».", "مسؤول في حملة المرشحة"),
            // a statement is where it was said, not a body
            ("وقالت كلية الطب في بيان رسمي إن «القبول مفتوح».", "كلية الطب"),
            ("وقالت كلية الطب في بيان أصدرته إن «القبول مفتوح».", "كلية الطب"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn words_after_a_preposition_are_no_subject_before_the_verb() {
        // بعد أشهر وصفها: the months are what the verb's pronoun takes up
        let text = "وقال المدير إن الإنتاج تحسن بعد أشهر وصفها بـ«الأصعب»، مؤكداً أن الخطة «تنجح».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدير"));
        // حتى is also "even": the subject after it says the words
        let text = "حتى المحافظ، سامي نجم، قال إن «الطريق يحتاج إلى صيانة عاجلة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحافظ، سامي نجم"));
    }

    #[test]
    fn a_hyphen_glued_between_names_joins_them() {
        let rows = [
            ("وقال المدرب جان-بول مارتان: «سنفوز».", "المدرب جان-بول مارتان"),
            (
                "وقالت الناطقة باسم الصندوق، ليلى بيرغ-سورنسن، إن «التمويل كافٍ».",
                "الناطقة باسم الصندوق، ليلى بيرغ-سورنسن",
            ),
            // a dash between spaces, or before a listed word, is no part of a name
            ("وقال الوزير - في تصريح - إن «القرار نهائي».", "الوزير"),
            ("وقال الوزير-في تصريح-إن «القرار نهائي».", "الوزير"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn a_singular_verbs_subject_before_it_is_the_last_conjunct() {
        let rows = [
            ("الحزب الحاكم يعلن فوزه بعد الفرز الأولي وخصمه يتحدث عن «تزوير واسع»", "خصمه"),
            ("الشركة ترفع الأجور ووزير العمل يقول إن «الحوار مفتوح»", "وزير العمل"),
            // a dual verb keeps both
            ("الوزير ونظيره يؤكدان: «التعاون مستمر»", "الوزير ونظيره"),
            // a noun with its pronoun and more words is an aside
            ("المنظمة ومقرها جنيف تقول إن «الأرقام دقيقة»", "المنظمة ومقرها جنيف"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn a_nameless_persons_town_may_be_definite() {
        // a place noun with the article, closed by the complement, an
        // addressee on لل or an adjunct
        let rows = [
            ("وقالت سيدة من القرية إن «المدرسة بعيدة».", "سيدة من القرية"),
            ("«الموسم ضاع»، يقول مزارع من الوادي للصحيفة.", "مزارع من الوادي"),
            ("وقال مواطن من المحتجين: «لن نعود».", "مواطن من المحتجين"),
            // (fishers and sellers are occupations, like sailors and traders)
            ("وقال صياد من الميناء للإذاعة إن «الموج كان عالياً».", "صياد من الميناء"),
            ("«البضاعة لا تباع»، تقول بائعة من الحي.", "بائعة من الحي"),
            // not a listed word that is no place: the phrase stops
            ("وقال مواطن من الموقع نفسه: «الطريق مغلق».", "مواطن"),
        ];
        first_speakers_are(&rows);
    }

    #[test]
    fn as_he_says_after_the_quotation_is_said_of_the_clause_before() {
        // كما يقول with no subject: the subject of the clause the marks complete
        let text = "قالت الوزيرة إن الخطة جاهزة. ويبدو والد الطالبة متردداً، فـ«الرسوم مرتفعة»، كما يقول.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("والد الطالبة"));
        let text = "وتبدي المعلمة سعاد حرصها على الطلاب، فـ«الامتحان قريب»، كما تقول.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المعلمة سعاد"));
        // a subject that does not agree leaves the discourse to decide
        let text = "قالت الوزيرة إن الخطة جاهزة. ويبدو والد الطالبة متردداً، فـ«الرسوم مرتفعة»، كما تقول.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزيرة"));
    }

    #[test]
    fn a_joined_verb_shares_the_person_a_scene_opens_with() {
        // a verb no list knows, then a name of two words closed by a preposition
        let text = "الموصل – يقف كريم عبد الواحد على ضفة النهر، ويشير إلى القوارب: «هنا كنا نصطاد».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("كريم عبد الواحد"));
        let text = "تجلس ليلى حداد أمام باب المدرسة منذ الفجر، وتقول: «ابني ينتظر النتيجة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("ليلى حداد"));
        // a verb that does not agree with the name keeps to the discourse
        let text = "يقف سالم الراشدي أمام دكانه، وتقول: «لم يدخل أحد».";
        assert_ne!(speaker_text(text, 0).as_deref(), Some("سالم الراشدي"));
    }

    #[test]
    fn a_listed_noun_in_alif_maqsura_is_no_nisba() {
        // المستشفى folds to …ي like a nisba: after a full name it is the object
        let text = "وزارت الوزيرة هالة يوسف المستشفى، ووصفت ما رأته بأنه «مأساة إنسانية».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزيرة هالة يوسف"));
        // a true nisba still belongs to the name
        let text = "وقال الكاتب سامي حداد اللبناني إن «الرواية انتهت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الكاتب سامي حداد اللبناني"));
    }

    #[test]
    fn a_name_in_marks_after_the_title_is_the_holders_name() {
        use QuoteKind::{Name, Speech};
        let text = "وقال الناطق باسم الشرطة «سامر عيد» إن «البحث مستمر».";
        check(&[
            (text, 0, Name, None, Rule::SpeakerInMarks),
            (text, 1, Speech, Some("الناطق باسم الشرطة"), Rule::CueBefore),
        ]);
        // words a list knows are speech, not a name
        check(&[("وقال الوزير «لا تراجع» إن الحكومة ماضية.", 0, Speech, Some("الوزير"), Rule::CueBefore)]);
        check(&[("وقالت الوزيرة «نعم»، ثم غادرت القاعة.", 0, Speech, Some("الوزيرة"), Rule::CueBefore)]);
    }

    #[test]
    fn an_uncued_quotation_after_the_speakers_own_carries_the_speaker_over() {
        // even in the first paragraph: the speaker was named before it there
        let text = "وقال المدير سامر عيد: «أنجزنا نصف العمل». «والنصف الثاني سيكتمل قبل نهاية العام».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المدير سامر عيد"));
        // a headline's quotation with nobody named before it has no speaker
        let text = "«سنعيد بناء كل ما تهدم في المدينة»\nوقال المحافظ إن العمل بدأ.";
        assert_eq!(speaker_text(text, 0), None);
    }

    #[test]
    fn a_long_first_paragraph_is_a_lead_not_a_headline() {
        // the words of the first paragraph, its quotations standing as items
        let doc = |text: &str| {
            let ex = Extractor::new();
            let quotes = ex.scanner().scan(text);
            let mut buffers = super::Buffers::default();
            let settings = super::Settings::default();
            let d = super::Doc::new(text, &quotes, ex.lexicon(), &settings, &mut buffers);
            let range = d.paragraphs()[0].clone();
            let own: Vec<u32> = (0..quotes.len() as u32).collect();
            d.words_in(&d.level(range, &own))
        };
        assert_eq!(doc("وزير الخارجية يزور العاصمة"), 4);
        // a quotation counts its words
        assert_eq!(doc("الوزير: «لن نتراجع عن القرار»"), 5);
        let lead = "أعلن الوزير أمس في مؤتمر صحفي عقده في العاصمة بحضور عدد من المسؤولين والخبراء أن الحكومة ستطلق خطة جديدة لدعم الصناعة المحلية خلال العام المقبل.";
        assert!(doc(lead) > super::MAX_HEADLINE_WORDS);
    }

    #[test]
    fn a_relay_from_a_pronoun_agrees_with_the_pronoun() {
        // نقلت (feminine, for the newspaper) عنه (masculine): the minister
        let text = "وقال الوزير سامر عيد إن الزيارة مهمة.\nونقلت عنه صحيفة «الغد» قوله إن «الاتفاق قريب».";
        let doc = Extractor::new().extract(text);
        let a = &doc.attributions()[1];
        assert_eq!(a.speaker().map(|s| s.text()), Some("الوزير سامر عيد"));
        assert_eq!(a.speaker().map(|s| s.resolution()), Some(Resolution::Pronoun));
        // عنها: the woman named before
        let text = "وقالت الوزيرة هدى سالم إن الزيارة مهمة.\nونقل عنها التلفزيون قولها إن «الاتفاق قريب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزيرة هدى سالم"));
    }

    #[test]
    fn a_group_after_the_subject_is_the_object() {
        // a definite group after a definite subject (or its ل complement)
        let text = "وحذر المرصد الوطني للمياه المزارعين من أن «الموسم سيكون جافاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المرصد الوطني للمياه"));
        let text = "وحذر الوزير المزارعين من أن «الموسم سيكون جافاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
        // a group no title names, or a title's plural, after a definite title
        let text = "وطمأنت الوزيرة الأهالي قائلة: «لا خطر على المياه».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزيرة"));
        let text = "وطمأن المحافظ المواطنين بأن الطريق «سيفتح غداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحافظ"));
        // a group in the genitive of an office belongs to it
        let text = "وقال رئيس اتحاد المزارعين إن «الموسم سيكون جافاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيس اتحاد المزارعين"));
    }

    #[test]
    fn marks_between_a_noun_and_a_relative_clause_name_a_thing() {
        use QuoteKind::{Name, Speech};
        check(&[
            // inside a source's reported clause, the noun and the clause on it
            (
                "وأعلنت المديرة أن الموسم يفتتح بعرض «ليالي الساحل» الذي تقدمه فرقة محلية.",
                0,
                Name,
                None,
                Rule::NameTrigger,
            ),
            (
                "وأوضح الوزير أن الوزارة ستفتح مسار «درب الزيتون» الذي يربط القرى.",
                0,
                Name,
                None,
                Rule::NameTrigger,
            ),
            // words after بـ and a labelling verb stay the source's
            (
                "وانتقد النائب ما وصفه بـ«الوعود الكاذبة» التي أطلقتها الحكومة.",
                0,
                Speech,
                Some("النائب"),
                Rule::Label,
            ),
            // after a preposition, the clause takes up the source's words
            (
                "وحذّرت الطبيبة من «القلق المزمن» الذي يرافق المراهقين.",
                0,
                Speech,
                Some("الطبيبة"),
                Rule::CueBefore,
            ),
        ]);
    }

    #[test]
    fn a_datelines_outlet_in_marks_is_a_name() {
        use QuoteKind::{Name, Speech};
        check(&[
            ("صفاقس – «الصباح»\nأعلنت البلدية أن الأشغال «ستنتهي قريباً».", 0, Name, None, Rule::NameTrigger),
            ("القاهرة - \"المساء\" - قال الوزير إن «الخطة جاهزة».", 0, Name, None, Rule::NameTrigger),
            // a title before the dash is a headline's speaker
            ("الوزير – «لن نتراجع عن القرار»", 0, Speech, None, Rule::Uncued),
        ]);
    }

    #[test]
    fn a_short_name_opening_the_clause_after_anna() {
        use QuoteKind::{Name, Speech};
        check(&[
            // the name is the subject of the clause after أن, which goes on
            ("ويرى الخبير أن «منصة التداول الموحدة» لم تنجح بعد.", 0, Name, None, Rule::NameTrigger),
            // words that do not open on a name's noun stay the source's
            ("ويرى الخبير أن «الحل الوحيد» لم يجرب بعد.", 0, Speech, Some("الخبير"), Rule::Label),
        ]);
    }

    #[test]
    fn a_joined_anna_does_not_make_the_marks_before_it_a_name() {
        // وأن after a comma joins a second clause to the first أن: the
        // marks before it are words, not a subject's name
        let doc = Extractor::new()
            .extract("وأوضح المدير أن اللجنة تتوقع «انفراجة قريبة» خلال أسابيع، وأن «الدعم سيزيد».");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Speech);
        // a bare أن after the marks: they name the verb's subject
        let doc = Extractor::new().extract("وأكد تقرير صادر عن «مرصد المياه» أن «المخزون يتراجع».");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
    }

    #[test]
    fn but_with_a_pronoun_is_no_speaker_and_a_branch_is_a_body() {
        // لكنهم: "but they", the subject of the clause before
        let text = "ورحب سكان الحي بالمشروع، لكنهم اعتبروا أن المهلة «قصيرة جداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سكان الحي"));
        // فرع (a branch) heads a body's phrase
        let text = "وقال فرع النقابة الوطنية للأطباء إن الإضراب «ناجح».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("فرع النقابة الوطنية للأطباء"));
    }

    #[test]
    fn a_shows_presenter_and_guests_are_titles_and_a_participle_agrees() {
        // مقدمة البرنامج: the presenter, subject of a verb no list knows
        let text = "وحاولت مقدمة البرنامج ريم سعد، قائلة: «لنعد إلى الأرقام».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مقدمة البرنامج ريم سعد"));
        // a masculine participle is not said of the feminine subject that
        // opened the sentence: it goes to the man named before
        let text = "قال الوزير سامر عيد: «لن أبقى». وحاولت مقدمة البرنامج ريم سعد التهدئة، لكن الضيف غادر، مردداً: «هذه محكمة».";
        let doc = Extractor::new().extract(text);
        let speaker = doc.attributions()[1].speaker().map(|s| s.text().to_owned());
        assert!(speaker.as_deref().is_some_and(|s| !s.contains("ريم")), "{speaker:?}");
    }

    #[test]
    fn an_opening_adverb_of_time_is_read_off_the_clause() {
        // وهنا، عندها: the clause's verb and subject come after the adverb
        let text = "وعندها قاطعه النائب سامر عيد قائلاً: «هذا غير صحيح».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النائب سامر عيد"));
        let text = "وهنا قاطعتها الضيفة، المحامية هدى نور، قائلة: «القانون واضح».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الضيفة، المحامية هدى نور"));
    }

    #[test]
    fn marks_after_a_plural_verb_are_its_words_not_its_subject() {
        // ورددوا: the plural verb carries its subject, so «…» is no name
        let text = "واحتشد عشرات العمال أمام المصنع ورددوا «حقوقنا ليست منة»، وقال أحدهم: «لن نعود».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("عشرات العمال"));
    }

    #[test]
    fn an_answer_to_a_question_put_with_a_pronoun_is_the_one_asked() {
        // وسأله الصحفي …، فرد: the pronoun is the source before the asker
        let text = "وقال المدير هشام عواد إن «الخطة جاهزة». وسأله صحفي: «متى تبدأ؟»، فرد: «مطلع الشهر».";
        assert_eq!(speaker_text(text, 2).as_deref(), Some("المدير هشام عواد"));
        assert_eq!(speaker_text(text, 1).as_deref(), Some("صحفي"));
        // the one asked was named before, but not yet quoted
        let text =
            "تجلس سعاد، وهي ممرضة متقاعدة، قرب النافذة. تسألها «الأيام» عن بيتها فتجيب: «لم يبق منه شيء».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("سعاد"));
    }

    #[test]
    fn a_person_by_name_after_a_verb_no_list_knows() {
        // a kunya, or a name the writer then describes as a person (وهي …)
        let text = "تنتظر أم سامي أمام الفرن منذ الفجر. «لم نأكل منذ يومين»، تقول.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أم سامي"));
        let text = "تجلس سعاد، وهي ممرضة متقاعدة، قرب النافذة. «تعبنا من الانتظار»، تقول.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سعاد"));
        // and past an opening phrase, with its comma or without
        let text = "وفي الخيمة المجاورة، تقيم أم سامي مع أطفالها. وتقول: «البرد لا يرحم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أم سامي"));
        let text = "في الصف الأخير تجلس سعاد، وهي ممرضة متقاعدة، بصمت. «تعبنا من الانتظار»، تقول.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سعاد"));
        // a child named after الطفل opens the sentence (its age in brackets)
        let text = "الطفلة ليان (9 أعوام) تبيع المناديل عند الإشارة. «أمي مريضة»، تقول.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الطفلة ليان"));
        // and after a negation before the verb
        let text = "لم تنم سعاد، وهي ممرضة متقاعدة، منذ أيام. تقول بصوت متقطع: «ننتظر خبراً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سعاد"));
        // a noun no list knows after the verb is not taken for a person
        let text = "قال الوزير إن الموسم جيد. ارتفعت أسعار الخبز أمس. وأضاف: «سنتدخل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn what_follows_is_no_speaker() {
        // وفيما يلي: "in what follows", an interview's preamble
        let doc = Extractor::new().extract(
            "استضاف البرنامج الوزير سامر عيد، ونورد فيما يلي أبرز ما قاله:\nس: ما الجديد؟\nج: «لن نرفع الأسعار هذا الصيف مهما حدث».",
        );
        let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned());
        assert!(speaker.as_deref().is_none_or(|s| !s.contains("يلي")), "{speaker:?}");
    }

    #[test]
    fn a_pronoun_before_a_present_verb_is_its_subject() {
        // وهم يرددون: the words after the verb are what they chant, not a name
        let doc = Extractor::new().extract("وخرج المشيعون وهم يرددون «حسبنا الله» عند مدخل المقبرة.");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Speech);
        assert!(doc.attributions()[0].speaker().is_none_or(|s| !s.text().contains("حسبنا")));
    }

    #[test]
    fn a_posts_author_on_lam_wrote_in_it() {
        // the post, its author on ل, then the verb whose pronoun takes the post up
        let text = "وتناقل مدونون تدوينة للباحث سامر عيد كتب فيها: «الأرقام لا تكذب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الباحث سامر عيد"));
        // the post right before the verb: whoever posted it
        let text = "ونشرت البلدية بياناً قالت فيه: «الطرق مفتوحة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("البلدية"));
        // the author in construct after the statements (a plural of exchange)
        let text = "ونشرت المجلة تصريحات مسؤول بالبلدية قال فيها إن الطرق «آمنة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مسؤول بالبلدية"));
    }

    #[test]
    fn a_verb_carrying_its_object_has_its_subject_after_it() {
        // the noun phrase before the verb is its object, taken up by ها
        let text = "ويضم المتحف مخطوطات نادرة وصفتها المديرة بـ«ذاكرة المدينة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المديرة"));
        // a verb whose ه is the root's carries no object: تتهم
        let text = "«الرابطة» تتهم البلدية بـ«الإهمال».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الرابطة"));
        // after such a verb any phrase is the subject, even one a labelling
        // verb would take for its object
        let text = "وأقرت البلدية رسوماً جديدة، وهو ما وصفه المطور العقاري سامر عيد بـ«العبء».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المطور العقاري سامر عيد"));
    }

    #[test]
    fn a_participle_after_wahuwa_ma_takes_that_verbs_subject() {
        // the clause on ما has its own subject, who goes on speaking
        let text = "ويرى تجار أن «السوق راكدة»، وهو ما أكده رئيس الغرفة سامر عيد بقوله: «الطلب ضعيف».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("رئيس الغرفة سامر عيد"));
        let text = "ويرى تجار أن «السوق راكدة»، وهذا ما أشار إليه الوزير قائلاً: «الطلب ضعيف».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزير"));
        // a ما clause with no subject leaves the sentence's source speaking
        let text = "وقال الوزير إن الطلب ضعيف، وهو ما يعني أن الأسعار ستنخفض، مضيفاً: «لا حل قريباً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn the_person_the_writer_met_speaks_next() {
        let text = "التقيت هدى السامرائي في مكتبها. قالت لي وهي تبتسم: «المشوار في بدايته».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("هدى السامرائي"));
        // a title or a word with the article on ب, before a name
        let text = "وفي السوق، التقينا بالحاجة نجلاء، بائعة خضار، قالت لنا: «الغلاء أتعبنا».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الحاجة نجلاء"));
        let text = "التقينا بالمزارعين عند السد، وقالوا: «الماء لا يكفي».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المزارعين"));
        // an outlet in marks that met someone
        let text = "التقت «الرائد» المخرج سامر عيد في عمّان.\nوعن فيلمه الجديد، قال: «إنه عن الهجرة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المخرج سامر عيد"));
        // a third-person subject who met someone goes on speaking
        let text = "والتقى الوزير نظيره سامر عيد، وقال إن «العلاقات ممتازة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_sound_plural_in_yeen_after_the_verb_is_its_object() {
        // the subject was dropped: the speaker is the one of the clause before
        let text = "وقال المحافظ إن الطرق مفتوحة، ودعا المواطنين إلى «تجنب السفر ليلاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحافظ"));
        let text = "وأشاد الوزير بالفرق، وحث المسعفين على «البقاء في مواقعهم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
        let text = "ودعا المعتصمين إلى «فض الاعتصام».";
        assert_eq!(speaker_text(text, 0), None);
        // in the nominative the plural is the subject
        let text = "ودعا المعتصمون إلى «فض الاعتصام».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المعتصمون"));
        // a participle's shape alone is no plural before أن: family names have it
        let text = "وقال سامي المراشدين إن الطرق مفتوحة. وأوضح المراشدين أن «الخطة جاهزة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سامي المراشدين"));
        // الأمين (the secretary) is singular
        let text = "وقال الأمين العام إن «الخطة جاهزة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الأمين العام"));
    }

    #[test]
    fn a_representatives_seat_belongs_to_the_title() {
        let text = "وقالت النائبة عن كتلة «الأمل» هدى سالم إن «القانون يحتاج إلى نقاش».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("النائبة عن كتلة «الأمل» هدى سالم"));
        let text = "وقال المرشح عن حزب العمال سامر عيد إن «الحملة بدأت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المرشح عن حزب العمال سامر عيد"));
        // عن after another title is "about": not part of the phrase
        let text = "وتحدث الوزير عن الحكومة، وقال إن «الوضع صعب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn the_name_ali_is_told_from_the_preposition_by_its_ya() {
        let text = "وقال القيادي في الحركة علي سالم إن «الحوار ضروري».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("القيادي في الحركة علي سالم"));
        // على with ى stays a preposition
        let text = "وأكد الوزير على أن «الحوار ضروري».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_verb_joined_after_a_comma_goes_back_to_the_main_clause() {
        // ونقلت agrees with ذكرت: the newspaper relays, out of the أن clause
        let text = "وذكرت صحيفة «الغد» أن الوزير سيستقيل، ونقلت عن مصدر مقرب منه قوله: «القرار اتخذ».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[1].rule(), Rule::Relay);
        assert_eq!(speaker_text(text, 1).as_deref(), Some("مصدر مقرب"));
    }

    #[test]
    fn sports_venues_and_matches_introduce_names() {
        use QuoteKind::Name;
        check(&[
            ("وبحسب الجدول، تقام مباراة «القمة» مساء السبت.", 0, Name, None, Rule::NameTrigger),
            ("ويستضيف ملعب «الشهداء» المباراة النهائية.", 0, Name, None, Rule::NameTrigger),
        ]);
    }

    #[test]
    fn speaker_phrases_of_wider_news() {
        let cases = [
            // المتحدث باسم + a body no list knows
            (
                "وقالت المتحدثة باسم غرفة الطوارئ، منى سعيد، إن «المطابخ توقفت».",
                0,
                "المتحدثة باسم غرفة الطوارئ، منى سعيد",
            ),
            // an adverb in the accusative between the verb and its subject, or alone
            ("ويردد دائماً المدرب سامي حداد: «العمل أولاً».", 0, "المدرب سامي حداد"),
            // a listed adjective after a nisba
            ("وحذر المبعوث الأممي الخاص سامي حداد من أن «الوضع خطير».", 0, "المبعوث الأممي الخاص سامي حداد"),
            // a second name on ب after a first name
            ("وقال الطبيب جان بيار موريل إن «الحالات تضاعفت».", 0, "الطبيب جان بيار موريل"),
            // a definite family name that ends the phrase
            ("وقال الإعلامي عمرو فتحي السيد، في برنامجه، إن «الأزمة كبيرة».", 0, "الإعلامي عمرو فتحي السيد"),
            // a body after a person's name is the object
            ("وطالب الساعدي وزارة الموارد المائية بـ«إطلاقات مائية عاجلة».", 0, "الساعدي"),
            // a feminine plural adjective after a feminine plural
            ("وقالت الممرضات المحتجات إنهن «يعملن في ظروف صعبة».", 0, "الممرضات المحتجات"),
            // a long subject before its verb
            (
                "النائب في مجلس الأمة الكويتي سالم مبارك العنزي أكد أن الاستجواب «مستحق».",
                0,
                "النائب في مجلس الأمة الكويتي سالم مبارك العنزي",
            ),
        ];
        for (text, index, speaker) in cases {
            assert_eq!(speaker_text(text, index).as_deref(), Some(speaker), "{text}");
        }
        // عالمة is a feminine title
        let doc = Extractor::new().extract("«الأشجار تعافت»، بحسب عالمة البيئة منى سعيد.");
        assert_eq!(doc.attributions()[0].speaker().map(|s| s.gender()), Some(crate::Gender::Feminine));
    }

    #[test]
    fn names_after_their_nouns_in_wider_news() {
        use QuoteKind::{Name, Speech, Title};
        check(&[
            // one word after a bare noun of names, even one read like a future verb
            ("وتقول المخرجة لمجلة «سينماتك» إن الفيلم «رسالة حب».", 0, Name, None, Rule::NameTrigger),
            // a possessed noun and a listed adjective before the title
            (
                "وعن روايته الأخيرة «بيت على حافة البحر» يقول الكاتب إنها «محاولة للفهم».",
                0,
                Title,
                None,
                Rule::NameTrigger,
            ),
            (
                "وأشارت المديرة إلى أن ركن «كتابي الأول» «استقطب مئتي مخطوطة».",
                0,
                Name,
                None,
                Rule::NameTrigger,
            ),
        ]);
        // a one-word future verb with no such noun before it stays speech
        check(&[("وقال الوزير إن المنظمة «ستستفيد».", 0, Speech, Some("الوزير"), Rule::CueBefore)]);
    }

    #[test]
    fn while_another_said() {
        // فيما قال: a second source beside the first, even across an aside
        let text = "وقال الوزير إن الخطة جاهزة، فيما قال المعارض سامر عيد، وهو نائب، إن «الخطة فاشلة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المعارض سامر عيد"));
        // أحدهم، أحد السكان: one person, with the name given after يدعى
        let text = "فيما قال أحدهم، ويدعى نادر منصور، إن «الراتب لا يكفي».";
        let doc = Extractor::new().extract(text);
        let speaker = doc.attributions()[0].speaker().unwrap();
        assert_eq!((speaker.text(), speaker.number()), ("أحدهم، ويدعى نادر منصور", crate::Number::Singular));
    }

    #[test]
    fn former_holders_and_their_names() {
        let text = "وقالت عميدة كلية الطب سابقاً، نادية رضوان، إن «الوضع صعب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("عميدة كلية الطب سابقاً، نادية رضوان"));
        // يُدعى printed with ى is "is called", not the cue يدّعي
        let doc = Extractor::new().extract("وقال شاب يدعى سامر إن «الوضع صعب».");
        assert_eq!(doc.attributions()[0].cue().map(|c| c.lemma()), Some("قال"));
    }

    #[test]
    fn a_frame_naming_the_words_takes_the_subject_after_its_verb() {
        // بهذه الكلمات + a verb: the subject follows the verb
        let text = "«المخيم محاصر منذ أسبوعين»، بهذه الكلمات وصف رئيس اللجنة، عماد أبو زيد، الوضع.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيس اللجنة، عماد أبو زيد"));
        // the frame may open the next sentence
        let text = "«لا تساهل مع الغش». بهذه العبارة حذر وزير التربية، سامر عيد، الطلاب.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزير التربية، سامر عيد"));
        // any other sentence after the quotation is not its cue
        let text = "«لا تساهل مع الغش في الامتحانات». وقال الوزير إن «الحوار مستمر».";
        assert_eq!(speaker_text(text, 0), None);
    }

    #[test]
    fn objects_after_a_name_and_issuers_after_a_document() {
        // a noun that introduces titles, after a full name, is the object
        let text = "وانتقد النائب سامر عيد قرار رفع الأسعار، داعياً إلى «مراجعته فوراً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النائب سامر عيد"));
        // a body after صادر عن is the document's issuer, in the phrase
        let text = "ووفقاً لتقرير صادر عن صندوق النقد العربي، فإن الاقتصاد «سينمو ببطء».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(speaker.ends_with("صندوق النقد العربي"), "{speaker}");
    }

    #[test]
    fn the_one_asked_answers() {
        // the paper asks, the minister answers: فأجاب has no subject of its own
        let text = "وسألت «الأفق» وزيرة النقل عن موعد افتتاح الجسر، فأجابت: «في الربيع المقبل».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("وزيرة النقل"));
        // a first-person question; ف joins a plain verb of saying as the answer
        let text = "وسألنا رئيس البلدية عن خطة الصيف، فقال: «سنزرع ألف شجرة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيس البلدية"));
        // the answer must agree with the one asked: the asker goes on
        let text = "وسألت النائبة هدى سليم وزير الطاقة عن الانقطاع، فقالت: «الناس تعبت».";
        assert_ne!(speaker_text(text, 0).as_deref(), Some("وزير الطاقة"));
    }

    #[test]
    fn a_weak_form_after_a_reporting_verb_is_its_subject() {
        // نادي: a club, not the verb نادى, right after أعلن
        let text = "وأعلن نادي الشروق في بيان أنه «سيطعن في القرار».";
        let doc = Extractor::new().extract(text);
        let a = &doc.attributions()[0];
        assert_eq!(a.cue().map(|c| c.text()), Some("وأعلن"));
        assert_eq!(a.speaker().map(|s| s.text()), Some("نادي الشروق"));
    }

    #[test]
    fn an_accusative_subject_after_anna_before_its_verb() {
        // غير أن مسؤولاً …، لكن خبيراً: the subject of أن/لكن is accusative
        let text = "وأعلنت الهيئة خطة جديدة. غير أن مهندساً زراعياً قال إن الخطة «متأخرة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مهندساً زراعياً"));
        // (with no particle before it, the accusative is the object before)
        let text = "وأعلنت الهيئة خطة جديدة، ونشرت مقطعاً كتبت فيه: «بدأنا».";
        assert_ne!(speaker_text(text, 0).as_deref(), Some("مقطعاً"));
    }

    #[test]
    fn a_feminine_title_printed_with_ta_marbuta_is_no_verb() {
        // طالبة folds like طالبه ("he asked him"), but ة is no pronoun
        let text = "«الحافلة لا تأتي أبداً»، تقول طالبة من الحي الجنوبي.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("طالبة"));
    }

    #[test]
    fn a_title_of_a_so_called_body_and_a_name_with_the_article() {
        // رئيس ما تسمى «…»: the so-called body stays in the title's phrase
        let text = "ونقلت الإذاعة عن رئيس ما يسمى «مجلس الحي» قوله إن «الوضع هادئ».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("رئيس ما يسمى «مجلس الحي»"));
        // …، الطاهر فلان،: a given name with the article, in apposition
        let text = "وقال الناطق باسم النقابة، المختار بلقاسم، إن «الإضراب قائم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الناطق باسم النقابة، المختار بلقاسم"));
        // (both with the article, the family name a nisba)
        let text = "وقال الناطق باسم النقابة، الطاهر القروي، إن «الإضراب قائم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الناطق باسم النقابة، الطاهر القروي"));
    }

    #[test]
    fn a_participle_after_an_indefinite_source_is_its_adjective() {
        // مصادر متابعة للتحقيق: "sources following the inquiry", not "continuing"
        let text = "وذكرت مصادر متابعة للتحقيق أن «الجولة المقبلة حاسمة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصادر متابعة للتحقيق"));
        // (after a definite subject, the participle of manner still reports)
        let doc = Extractor::new().extract("وتحدثت الوزيرة عن الخطة، متابعة: «سننجزها».");
        assert_eq!(doc.attributions()[0].rule(), Rule::Participle);
    }

    #[test]
    fn a_conjunction_is_read_off_a_body_printed_with_ta_marbuta() {
        // ومؤسسة: "and an institution", not مؤسس ("founder") with "his"
        let text = "تراجع الصادرات.. ومؤسسة الموانئ تحذر من «ركود طويل»";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مؤسسة الموانئ"));
    }

    #[test]
    fn the_one_phrase_before_the_label_of_wasf_is_its_object() {
        // ووصف الاتفاق بأنه «…»: what is described; the describer is dropped
        let text = "وصرحت الوزيرة سلمى داود بأن المفاوضات طويلة. ووصفت حصيلة الجولة بأنها «إنجاز تاريخي».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزيرة سلمى داود"));
        // (a describer before a possessed object stays the subject)
        let text = "ويصف معارضون خطتها بأنها «ترميم» لا إصلاح.";
        assert!(speaker_text(text, 0).is_some_and(|s| s.starts_with("معارضون")));
    }

    #[test]
    fn one_word_in_brackets_is_a_gloss_not_a_cue() {
        // (يواصل) reads as a verb; alone in brackets, it is a party's short name
        let text = "ورأى حزب «الوفاق الوطني» (يواصل) في بيان أن الميزانية «مجحفة».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[1].cue().map(|c| c.text()), Some("ورأى"));
        assert!(speaker_text(text, 1).is_some_and(|s| s.starts_with("حزب")));
    }

    #[test]
    fn a_clause_subject_is_found_past_a_dateline() {
        // the place, the agency in brackets, a dash, then the clause
        let text = "الرباط (و م ع) - اعتصم عشرات الأطباء أمام الوزارة، هاتفين «كرامة الطبيب أولاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("عشرات الأطباء"));
    }

    #[test]
    fn definite_words_after_a_sources_colon_are_what_it_said() {
        // X: «…» frames words even when they read like a name's
        let text = "المدربة: «البطولة الأخيرة للجمهور»";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Speech);
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدربة"));
        // (but a noun of titles before the colon names no source)
        let text = "وانعقد اللقاء تحت عنوان: «المدن الذكية».";
        assert_eq!(speaker_text(text, 0), None);
    }

    #[test]
    fn a_person_set_in_a_scene_by_name_and_apposition_speaks_next() {
        // تجلس فلانة فلان الدين، وهي …: a name of three words, the last
        // with the article, then a description
        let text =
            "في السوق، تجلس نادية نور الدين، وهي بائعة خضار، قرب بسطتها. «البيع قليل هذا الشهر»، تقول.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("نادية نور الدين"));
        // (or an indefinite title in apposition: ، صاحب مخبز)
        let text = "قرب الساحة، يقف كريم عواد، صاحب مخبز صغير. ويقول: «الطحين لا يصل».";
        assert!(speaker_text(text, 0).is_some_and(|s| s.starts_with("كريم عواد")));
        // (not أمام, which folds like إمام: a preposition)
        let text = "تجلس هدى، وهي أم لطفلين، أمام الباب. «نحن بخير»، تقول.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("هدى"));
    }

    #[test]
    fn a_headline_repeating_words_a_dropped_subject_said_takes_its_speaker() {
        let text = "الظلام يبتلع الحي: «تركونا وحدنا»\nتقف سميرة داود، وهي معلمة متقاعدة، عند بابها. «تركونا وحدنا»، تقول بحزن.";
        let doc = Extractor::new().extract(text);
        let speakers: Vec<_> =
            doc.attributions().iter().map(|a| a.speaker().map(|s| s.text().to_owned())).collect();
        assert_eq!(speakers[1].as_deref(), Some("سميرة داود"));
        assert_eq!(speakers[0], speakers[1]);
    }

    #[test]
    fn an_after_a_subordinator_opens_no_words_said() {
        // قبل أن، بعد أن: the quotation after the subject is what was said,
        // not a name in the subject's phrase
        for text in [
            "وقال المحتجون «لن نرحل»، قبل أن يغلقوا الطريق.",
            "وهتف الطلاب «التعليم حق» بعد أن تجمعوا أمام الكلية.",
        ] {
            let doc = Extractor::new().extract(text);
            assert_eq!(doc.attributions()[0].kind(), QuoteKind::Speech, "{text}");
        }
    }

    #[test]
    fn lam_of_aim_after_a_body_named_by_its_noun_ends_the_phrase() {
        // وتتجه الجمعية لتنظيم وقفة: the aim, not the body's complement
        let text = "وتستعد الجمعية لتنظيم وقفة الأحد. وقالت: «لن نسكت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الجمعية"));
        // (a body's complement after its adjective stays: الهيئة الوطنية لمكافحة الفساد)
        let text = "وقالت الهيئة الوطنية لمكافحة الفساد إن «الملف مفتوح».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الهيئة الوطنية لمكافحة الفساد"));
    }

    #[test]
    fn a_subject_shared_from_the_first_clause_speaks_next() {
        // وبين الحاضرين فلان، وهو …، ويقول: then ويضيف refers to him
        let text = "ومن بين هؤلاء وليد منصور، وهو مهندس متقاعد، ويقول إن «الوضع صعب». ويضيف: «لا نملك شيئاً».";
        let doc = Extractor::new().extract(text);
        let second = doc.attributions()[1].speaker().map(|s| s.text().to_owned());
        assert!(second.is_some_and(|s| s.contains("منصور")));
    }

    #[test]
    fn a_verb_that_is_also_a_noun_ends_a_definite_subject_before_its_preposition() {
        // وكان الوزير حذر من أن: حذر is the verb, not the subject's word
        let text = "وكان الوزير حذر قبل أسبوع من أن «الوضع خطير».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
        // (a woman's given name after her title stays: الطبيبة أمل الطيب)
        let text = "وقالت الطبيبة أمل الطيب إن «الوضع خطير».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الطبيبة أمل الطيب"));
    }

    #[test]
    fn according_to_what_a_channel_relayed_from_him_is_his() {
        // بحسب ما نقلت عنه الوكالة: the pronoun's words, not the agency's
        let text =
            "وقال المبعوث رامي داود إن الحل ممكن. «لا بديل عن الحوار»، بحسب ما نقلت عنه إذاعة «الساحل».";
        let doc = Extractor::new().extract(text);
        let speaker = doc.attributions()[0].speaker().map(|s| s.text().to_owned());
        assert!(speaker.is_some_and(|s| s.contains("رامي داود")));
    }

    #[test]
    fn lam_of_purpose_on_a_reporting_verb() {
        // وعاد الوزير ليؤكد، خرج فلان ليقول: the subject of the verb before
        let text = "وعاد الوزير ليؤكد أن «المشروع مستمر».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("ليؤكد"));
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
        // (a name no list knows after a verb no list knows)
        let text = "وخرج ماهر عبود ليقول إن «الفريق جاهز».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("ماهر عبود"));
        // a subject of its own after the verb: a title, or a name a colon closes
        let text = "وتبادل النائبان الاتهامات، ليرد الوزير مبتسماً: «سنرى النتائج قريباً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
        let text = "وقالت النائبة سلمى داود إن «الأرقام خاطئة». واحتدم النقاش في القاعة، ليرد العموري: «الأرقام صحيحة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("العموري"));
        // (not an act's object, nor a possessed noun before the colon)
        let text = "وتدخلت النائبة سلمى داود لتطالب الحكومة بـ«نشر الأرقام كاملة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النائبة سلمى داود"));
        let text = "ووقف المدير ماهر عبود ليقول عبارته المعروفة: «العمل أولاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدير ماهر عبود"));
    }

    #[test]
    fn two_titles_joined_by_wa_before_one_name_are_one_holder() {
        let text = "وأوضحت المؤسسة والرئيسة التنفيذية للمنصة، هالة داود، أن «الطلب يتضاعف».";
        assert!(speaker_text(text, 0).is_some_and(|s| s.ends_with("هالة داود")));
        // (two people: no name in apposition after the second title)
        let text = "وقال الرئيس والوزير، في مؤتمر صحفي، إن «الاتفاق قريب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الرئيس"));
        // with no comma, after a bare title
        let text = "وقال الشاعر والروائي الليبي سالم العوكلي إن الجائزة «تكريم للقصة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الشاعر والروائي الليبي سالم العوكلي"));
        // (with no name after, two people)
        let text = "وقال الرئيس والوزير في مؤتمر مشترك إن الاتفاق «تاريخي».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الرئيس"));
        // a title of several words, then the second title and the name
        let text = "وقال نائب رئيس الحكومة ووزير التخطيط نبيل الساعدي إن الموازنة «متوازنة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("نائب رئيس الحكومة ووزير التخطيط نبيل الساعدي"));
        let text = "وأكد رئيس مجلس الأمناء والمدير العام للصندوق مازن الخوري أن «الودائع آمنة».";
        assert!(speaker_text(text, 0).is_some_and(|s| s.ends_with("مازن الخوري")));
        // (a title of several words and a second one with no name: two people)
        let text = "وقال نائب رئيس الحكومة ووزير التخطيط في تصريح مشترك إن الخطة «جاهزة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("نائب رئيس الحكومة"));
    }

    #[test]
    fn one_letter_in_marks_is_a_label() {
        let text = "ووقع المنتخب في المجموعة «ج» إلى جانب الكاميرون، وقال المدرب إن الحظ «لم يخدمنا».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
        assert_eq!(doc.attributions()[1].kind(), QuoteKind::Speech);
    }

    #[test]
    fn occupations_of_rights_unions_parliaments_and_universities_are_titles() {
        let rows = [
            (
                "لكن الحقوقي الليبي المقيم في تونس، سالم الورفلي، يعتبر أن الإفراج «خطوة ناقصة».",
                "سالم الورفلي",
            ),
            ("وقال النقابي عادل الهمامي إن الإضراب «سيتواصل».", "النقابي عادل الهمامي"),
            ("وقالت الأكاديمية رشا يوسف إن المناهج «تحتاج مراجعة».", "الأكاديمية رشا يوسف"),
        ];
        for (text, speaker) in rows {
            let got = speaker_text(text, 0).unwrap_or_default();
            assert!(got.contains(speaker), "{got:?} should hold {speaker:?} in {text}");
        }
    }

    #[test]
    fn a_bodys_aim_on_lam_is_no_name() {
        // لشؤون after the body's definite words is in construct: the plural
        // after it is its genitive, not the verb's object
        let text = "وحثت الهيئة العليا لشؤون اللاجئين الحكومات على «فتح الحدود».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الهيئة العليا لشؤون اللاجئين"));
    }

    #[test]
    fn a_word_on_b_after_an_indefinite_head_is_its_adjective_or_name() {
        let rows = [
            ("وقالت منظمة بلجيكية إن السجون «مكتظة».", "منظمة بلجيكية"),
            ("وقال نادي بورصة سبور إن اللاعب «لن يرحل».", "نادي بورصة سبور"),
            // (بيانا is no nisba: it is the object after a name in ا)
            ("ونشر نادي كوستا بيانا أكد فيه أن المدرب «باق».", "نادي كوستا"),
        ];
        for (text, speaker) in rows {
            assert_eq!(speaker_text(text, 0).as_deref(), Some(speaker), "{text}");
        }
        // (a source's body after a preposition stays as it was)
        let text = "وقال مسؤول بوزارة النقل إن الطريق «مغلق».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مسؤول بوزارة النقل"));
    }

    #[test]
    fn a_feminine_participle_agrees_with_the_noun_before_it() {
        let text = "وقالت الشركة المطورة للتطبيق إن البيانات «محمية».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الشركة المطورة للتطبيق"));
        // (a listed noun of that shape starts the object)
        let text = "وأبلغت الشرطة المحكمة أن الشاهد «اختفى».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الشرطة"));
    }

    #[test]
    fn a_body_before_a_relative_is_the_subject_of_its_verb() {
        let text = "وهاجم الوزير الجمعية التي وصفت القرار بـ«المتسرع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الجمعية"));
        // (a verb that takes the body up as its object has another subject)
        let text = "وتحدث الخبير سامر نعيم عن المصرف، الذي يصفه بـ«الصندوق الأسود».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الخبير سامر نعيم"));
    }

    #[test]
    fn a_participle_with_another_after_it_is_a_person() {
        let text = "وكتب مغرد آخر: «من يحاسب المقصر؟».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مغرد آخر"));
        let text = "وكتبت مغردة أخرى: «من يحاسب المقصر؟».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مغردة أخرى"));
    }

    #[test]
    fn a_representatives_seat_set_off_by_commas_is_an_aside() {
        let text = "بينما النائبة هدى سالم، عن كتلة الإصلاح، طالبت بـ«تحقيق عاجل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النائبة هدى سالم"));
    }

    #[test]
    fn a_headline_source_known_by_no_name_is_the_body_source_of_the_same_words() {
        let text = "العطش يضرب ضواحي المدينة.. ومهندس: «الأزمة ستطول»\n\
                    وقال مدير محطة الضخ وليد سمارة: «الأزمة ستطول. المضخات قديمة».";
        let doc = Extractor::new().extract(text);
        let got = doc.attributions()[0].speaker().map(|s| s.text().to_string()).unwrap_or_default();
        assert!(got.contains("وليد سمارة"), "{got:?}");
        // (a body named in the headline keeps the words)
        let text = "نقابة الأطباء: «الأزمة ستطول»\n\
                    وقال نقيب الأطباء سامي حداد: «الأزمة ستطول. المستشفيات مكتظة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("نقابة الأطباء"));
    }

    #[test]
    fn a_headline_description_named_by_a_later_title_still_yields_to_the_repeated_words() {
        // (the later bare title names the headline's description, but the
        // body gives the headline's words to another member)
        let text = "نائب في البرلمان: «لن نصوت على الموازنة»\n\
                    وقال عضو لجنة المال النائب ماهر زيدان: «لن نصوت على الموازنة بصيغتها الحالية». \
                    وكتبت النائب ريم عواد: «الجلسة مؤجلة».";
        let got = speaker_text(text, 0).unwrap_or_default();
        assert!(got.contains("ماهر زيدان"), "{got:?}");
    }

    #[test]
    fn a_quotation_opening_on_a_present_verb_and_its_preposition_is_a_clause() {
        use QuoteKind::{Speech, Title};
        let doc =
            Extractor::new().extract("وقال الوسيط إن الجولة الجارية في مدينة الطائف «تتجه إلى تسوية» قريبة.");
        assert_eq!(doc.attributions()[0].kind(), Speech);
        // (a verbal noun is no verb, and a noun that names keeps its name)
        let doc = Extractor::new().extract("وأطلقت الجمعية مبادرة «تعاون من أجل الريف».");
        assert_eq!(doc.attributions()[0].kind(), Title);
        let doc = Extractor::new().extract("ويعرض برنامج «يحدث في المدينة» مساء الجمعة.");
        assert_eq!(doc.attributions()[0].kind(), Title);
    }

    #[test]
    fn a_quotation_opening_on_a_pronoun_is_a_clause() {
        // after a noun that names (برنامج), a pronoun opens what is said of it
        let text = "وأكد المدير أن أرباح البرنامج الجديد «هي ما يغطي رواتب الموظفين».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Speech, "{text}");
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدير"));
        // (right after the noun of a title, a pronoun may open a title)
        let doc = Extractor::new().extract("ووقع الطلاب عريضة بعنوان «نحن لسنا أدوات».");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Title);
    }

    #[test]
    fn a_quotation_closing_a_clause_after_inna_holds_its_predicate() {
        // إن «صفحة …»: a noun that names opens the marks, but nothing
        // follows them, so they hold the whole clause
        let text = "وقال المتحدث باسم البلدية إن «صفحة الخلاف انتهت»، مضيفاً أن العمل مستمر.";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Speech, "{text}");
        // (a clause going on past the marks: they name its subject)
        let doc = Extractor::new().extract("وقال المتحدث إن «صفحة الحي» تنشر الأخبار يومياً.");
        assert_ne!(doc.attributions()[0].kind(), QuoteKind::Speech);
    }

    #[test]
    fn a_nameless_persons_town_after_min_closes_the_phrase() {
        first_speakers_are(&[
            ("وقال معلم من جرش: «الموسم ضعيف».", "معلم من جرش"),
            ("وقالت طبيبة من غزة إن المستشفى «مكتظ».", "طبيبة من غزة"),
            // (a group and its place)
            ("وقال مواطن من سكان القرية إن المياه «مقطوعة».", "مواطن من سكان القرية"),
            // (not a pronoun: من جهته is "for his part")
            ("وقال مسؤول من جهته إن الوضع «صعب».", "مسؤول"),
        ]);
    }

    #[test]
    fn what_abda_expresses_is_its_object() {
        // أبدى (showed, expressed) takes what is felt as its object, with
        // the feeler's pronoun on it: قلقها is no subject
        let text = "أعلنت البعثة النتائج، ثم أبدت قلقها حيال «تأخر الفرز في الأرياف».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("البعثة"));
        let text = "وأبدى رئيس النقابة استعداده «للجلوس إلى الطاولة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيس النقابة"));
    }

    #[test]
    fn an_agent_noun_no_list_knows_takes_the_name_in_apposition() {
        // المستثمر (the investor): a participle's shape, definite, then the
        // person's name between commas, or before a colon
        let text = "وقال المستثمر، كمال يوسف، إن العقارات «لن تنخفض».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المستثمر، كمال يوسف"));
        let text = "وقال المستورد في سوق الخضار، كمال يوسف: «الأسعار تضاعفت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المستورد في سوق الخضار، كمال يوسف"));
        // (a title's complement before a colon too)
        let text = "وقال الباحث في مركز «أفق» للدراسات، كمال يوسف: «الأرقام مقلقة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الباحث في مركز «أفق» للدراسات، كمال يوسف"));
        // (a verb after the comma is no name: …، وكتب:)
        let text = "ونعى المستثمر الراحل عبر حسابه، وكتب: «رحل صديقي».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(!speaker.contains("وكتب"), "{speaker}");
    }

    #[test]
    fn a_negation_after_a_colon_opens_words_not_a_name() {
        // «لا تغيير» في المواعيد …: two words after a colon, the clause going on
        // outside the marks, but a negation opens a predicate, never a name
        let text = "حرس الحدود: «لا تهاون» مع المهربين بعد اليوم";
        let doc = Extractor::new().extract(text);
        assert!(doc.attributions()[0].kind().is_speech());
        assert_eq!(speaker_text(text, 0).as_deref(), Some("حرس الحدود"));
    }

    #[test]
    fn a_negated_verb_no_list_knows_after_an_opening_phrase_gives_the_subject() {
        // في المقابل، لم يخف فلان غضبه، وقال: the subject of the negated
        // verb after the opening phrase is who then speaks
        let text = "وقال الحكم إن القرار «صحيح». في المقابل، لم يخف مدرب الضيوف، كريم ناصر، \
                    استياءه من التحكيم، وقال: «سنقدم شكوى».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("مدرب الضيوف، كريم ناصر"));
    }

    #[test]
    fn the_topic_of_amma_past_a_relative_aside_an_initial_or_no_comma() {
        let before = "وقال رئيس البلدية إن الأشغال «ستنتهي قريباً». ";
        // أما فلان، الشاب الذي …، فيقول: a description with its relative
        // clause is an aside the topic does not take
        let text = format!("{before}أما سليم داود، المعلم الذي فقد بيته في السيل، فيقول: «ننتظر منذ شهرين».");
        assert_eq!(speaker_text(&text, 1).as_deref(), Some("سليم داود"));
        // أما فلانة ح.، وهي …، فقالت: a name's initial and its dot
        let text = format!("{before}أما السيدة منى ع.، وهي من سكان الحي، فقالت إن الشارع «مظلم».");
        assert_eq!(speaker_text(&text, 1).as_deref(), Some("السيدة منى ع."));
        // أما فلانة فظهرت …، إذ قالت: the answer of أما follows a short topic
        // with no comma, and the topic is the later verb's dropped subject
        let text = format!("{before}أما منى فظهرت واثقة، إذ قالت: «سنعود إلى بيوتنا».");
        assert_eq!(speaker_text(&text, 1).as_deref(), Some("منى"));
    }

    #[test]
    fn a_relative_after_an_apposition_refers_to_the_named_phrase_before_it() {
        // الخبير فلان، أستاذ …، الذي رأى: the relative clause is on the
        // expert, whose office stands between commas
        let text = "واستضاف البرنامج الباحث الاقتصادي الدكتور عادل منصور، أستاذ المالية بجامعة الشرق، \
                    الذي رأى أن الأزمة «مؤقتة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الباحث الاقتصادي الدكتور عادل منصور"));
    }

    #[test]
    fn a_compound_given_name_after_an_office_goes_on_to_the_family_name() {
        // عبد الرحيم: عبد and a name's second part with the article, then the
        // family name; the article on الرحيم does not end the name
        let text = "وأوضح مدير العلاقات العامة بالمستشفى عبد الرحيم القاسمي أن الأجهزة «وصلت».";
        assert_eq!(
            speaker_text(text, 0).as_deref(),
            Some("مدير العلاقات العامة بالمستشفى عبد الرحيم القاسمي")
        );
    }

    #[test]
    fn wali_amr_is_a_guardian_not_to_me() {
        // ولي أمر (a pupil's guardian): ولي reads as و + لي "to me" too,
        // which is skipped before a subject (قال لي الوزير); a title is not
        let text = "وقال ولي أمر إن الامتحان «كان طويلاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("ولي أمر"));
        let text = "وقال لي المدير إن الامتحان «كان طويلاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدير"));
    }

    #[test]
    fn an_unnamed_sources_place_of_work_stays_in_its_phrase() {
        // مصدر في الشعبة: where an unnamed source works, after في, is part
        // of who it is; a document after في is not (مصدر في تصريح)
        let text = "وقال مصدر في القسم إن الإضراب «وارد».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصدر في القسم"));
        let text = "وذكرت مصادر في حملة المرشح أن الأخير «سينسحب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصادر في حملة المرشح"));
        let text = "وقال مصدر في تصريح إن الإضراب «وارد».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصدر"));
    }

    #[test]
    fn a_name_kept_back_is_no_name_given() {
        // اشترط عدم ذكر اسمه: اسمه is the object of ذكر here, so the words
        // after it are no name (as they are in واسمه فلان); the aside is
        // skipped back to its head
        let text = "سائق سابق في الشركة، اشترط عدم ذكر اسمه حرصاً على عمله، قال: «كنا نعمل بلا عقود».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سائق سابق في الشركة"));
        let text = "عاملة في المصنع، فضلت عدم نشر اسمها لأسباب عائلية، تقول: «الأجر لا يكفي».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("عاملة في المصنع"));
    }

    #[test]
    fn our_outlet_on_lam_is_an_addressee() {
        // لموقعنا، لصحيفتنا: the outlet that prints the words, told them;
        // no subject, and no part of the one before it
        let text = "مدير الجمعية فؤاد الخطيب قال لموقعنا إن الحملة «مستمرة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مدير الجمعية فؤاد الخطيب"));
        let text = "وأوضح مسؤول بلدي لجريدتنا أن الطريق «سيفتح قريباً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مسؤول بلدي"));
        let text = "وقال لمراسلنا المحافظ إن الطريق «سيفتح قريباً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحافظ"));
    }

    #[test]
    fn where_a_nameless_source_is_closes_its_phrase() {
        // مسؤول في إحدى الجهات، مصدر أمني في المحافظة: an indefinite title
        // or group, an adjective at most, then في and a definite place or
        // body (or "one of" them), up to where the phrase closes
        let text = "وقال مهندس في إحدى الورش الكبرى إن العمل «توقف تماماً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مهندس في إحدى الورش الكبرى"));
        let text = "وقال مصدر عسكري في الجبهة الشرقية: «الهدوء حذر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصدر عسكري في الجبهة الشرقية"));
        let text = "وقال أحد المزارعين في الوادي: «لم يبق لنا شيء».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أحد المزارعين في الوادي"));
        // (closed by a time word or an addressee too)
        let text = "وقال موظف في البلدية أمس لـ«الصباح» إن الرواتب «لم تصرف».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("موظف في البلدية"));
        // a name after the place: the phrase is the holder's, read as before
        let text = "وقال خبير في الشؤون المائية سمير الحداد إن السد «ممتلئ».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("خبير في الشؤون المائية سمير الحداد"));
        // an object after the place: no place of the source
        let text = "وطالب عامل في المصنع الإدارة بصرف «المستحقات كاملة».";
        assert_ne!(speaker_text(text, 0).as_deref(), Some("عامل في المصنع الإدارة"));
        // an age after في is read by the age rule, which runs before this
        // one, and keeps the whole phrase
        let text = "وقال رجل في الخمسين إن المدينة «تغيرت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رجل في الخمسين"));
    }

    #[test]
    fn a_plural_verb_has_no_subject_after_it() {
        // ورددوا هتاف «…»: a verb that shows a plural subject has it in its
        // ending; the noun after it (the chant) is its object, and the
        // chanters are the group named before
        let text = "واعتصم العشرات من المزارعين أمام المحافظة، ورددوا هتاف «الأرض لمن يزرعها».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("العشرات من المزارعين"));
    }

    #[test]
    fn first_after_a_title_is_its_rank() {
        // وكيل أول، الملازم أول: أول (first) after a title is its rank, not
        // the time word of أول أمس
        let text = "وقال وكيل أول الوزارة سامي حداد إن القرار «نهائي».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وكيل أول الوزارة سامي حداد"));
        let text = "وقال الوزير أول أمس إن القرار «نهائي».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_title_with_my_is_no_conjunction() {
        // والدي (my father) is والد with ي, not و + الدي
        let text = "ويقول والدي دائماً: «من زرع حصد».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(speaker.starts_with("والدي"), "{speaker}");
    }

    #[test]
    fn chief_of_a_profession_is_a_title() {
        // كبير الاقتصاديين، كبيرة محللي …: "chief" in construct with a
        // profession heads the phrase, and the name after it is the holder's
        let text = "وقال كبير الاقتصاديين في مصرف «الواحة»، سمير داود، إن النمو «سيتباطأ».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("كبير الاقتصاديين في مصرف «الواحة»، سمير داود"));
        let text = "«الطلب ضعيف»، كتبت كبيرة محللي الأسواق في شركة الرمال، هالة نصر، في تقرير.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("كبيرة محللي الأسواق في شركة الرمال، هالة نصر"));
    }

    #[test]
    fn a_family_name_in_wa_after_a_given_name_is_no_plural_verb() {
        // (وا ends a plural past verb, احتجزوا; after a given name it ends
        // a family name: Lecoq, Benoît)
        let text = "وقالت ممثلة البعثة في تشاد، ماري لوكوا، إن المخيمات «مكتظة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("ممثلة البعثة في تشاد، ماري لوكوا"));
        let text = "وقال المدرب جان بنوا إن الفريق «جاهز».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدرب جان بنوا"));
    }

    #[test]
    fn kin_with_a_pronoun_heads_the_phrase_before_a_title_and_name() {
        // نجله (his son), حفيده (his grandson): kin are titles, and the
        // title and name after them are the same person
        let text = "وكتب نجله المهندس سامر الخطيب على صفحته: «توفي والدي فجر اليوم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("نجله المهندس سامر الخطيب"));
        let text = "وقال حفيده الطبيب سامي حسن إن جده «كان كريماً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("حفيده الطبيب سامي حسن"));
        // (زوجته، شقيقها: a kin word no list holds with its pronoun is
        // definite and no name's word, so the title after it goes on)
        let text = "وقالت زوجته المعلمة هدى سليم إن البيت «صار فارغاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("زوجته المعلمة هدى سليم"));
        let text = "وقال شقيقها المحامي رامي عودة: «ننتظر الإفراج عنها».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("شقيقها المحامي رامي عودة"));
    }

    #[test]
    fn a_first_person_form_right_after_a_reporting_verb_is_its_subject() {
        // أروى (a given name) reads as أروي "I narrate"
        let text = "تقول أروى: «افتتحنا المتجر قبل عامين».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أروى"));
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("تقول"));
    }

    #[test]
    fn a_kunya_in_marks_is_a_name() {
        use QuoteKind::{Name, Speech};
        check(&[(
            "يقول الصياد سالم عيسى «أبو ناصر»، 60 عاماً، وهو يصلح الشباك: «البحر تغير».",
            0,
            Name,
            None,
            Rule::NameTrigger,
        )]);
        // (two words opening on أم "or" are not one)
        let doc = Extractor::new().extract("وسأل الصحفي الوزير: «أم لا؟»");
        assert_eq!(doc.attributions()[0].kind(), Speech);
    }

    #[test]
    fn a_present_verb_on_ya_opens_a_clause_even_in_a_list_of_names() {
        // after a name in marks and a comma, «يراهن على …» is the expert's
        // words: no verbal noun opens on ي
        let text = "ورأى الخبير أن الاحتيال، المعروف بـ«التصيد»، «يراهن على خوف الضحية».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[1].kind(), QuoteKind::Speech, "{text}");
    }

    #[test]
    fn a_message_from_a_sender_speaks_for_the_sender() {
        let text = "وتلقت الإذاعة رسالة من مستمعة في الريف تقول فيها: «الطريق مقطوع منذ أسبوع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مستمعة في الريف"));
    }

    #[test]
    fn an_unattributed_headline_quotation_opening_a_body_quotation_is_its_sources() {
        let rows = [
            (
                "«البلدية»: «لا رسوم جديدة على المحلات»\nوأكدت بلدية المدينة في بيان أنه «لا رسوم جديدة على المحلات هذا العام».",
                "بلدية المدينة",
            ),
            (
                "الفائز بالميدالية: «التعب لم يذهب سدى»\nوقال العداء سامي نور بعد السباق: «التعب لم يذهب سدى، والقادم أفضل».",
                "سامي نور",
            ),
        ];
        for (text, speaker) in rows {
            let doc = Extractor::new().extract(text);
            let headline = doc.attributions().iter().find(|a| a.kind() == QuoteKind::Speech).unwrap();
            let got = headline.speaker().map(|s| s.text().to_string()).unwrap_or_default();
            assert!(got.contains(speaker), "{got:?} should hold {speaker:?} in {text}");
        }
    }

    #[test]
    fn a_possessed_work_names_its_title_and_honorifics_and_shouting_are_read() {
        let doc = Extractor::new().extract("وفاز المخرج بالجائزة عن عمله «ظلال على الماء».");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Title);
        // المكرم, the honorific of a council member
        let text = "وطالب المكرم سالم بن خلفان الحارثي بـ«توسعة الطريق».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المكرم سالم بن خلفان الحارثي"));
        // صرخ reports words; صارخاً is "blatant", no manner of saying
        assert_eq!(speaker_text("وصرخ السجين من الزنزانة: «أريد محامياً».", 0).as_deref(), Some("السجين"));
        let doc = Extractor::new().extract("واعتبر ذلك خرقاً صارخاً «للهدنة».");
        assert!(doc.attributions()[0].cue().is_none_or(|c| c.text() != "صارخاً"));
    }

    #[test]
    fn what_went_round_about_something_is_no_source() {
        // ما تردد عن: the words stay the source's who reports the rumour
        let text = "ونفى المتحدث أن يكون ما تردد عن استقالة الوزير «صحيحاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المتحدث"));
    }

    #[test]
    fn a_noun_of_titles_heading_the_phrase_takes_its_name_in_marks() {
        let text = "وطالبت حملة «حقي» لحماية المستهلك بـ«سحب المنتج».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("حملة «حقي»"));
    }

    #[test]
    fn an_example_after_such_as_is_named() {
        let doc = Extractor::new().extract("وتراجعت منصات مثل «تيك توك» و«سناب» عن القرار.");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
        assert_eq!(doc.attributions()[1].kind(), QuoteKind::Name);
        // (a name of several words is not read as words said)
        let doc = Extractor::new().extract("وانتشرت أدوات مثل «دي بي إل ترانس» بين الطلاب.");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
    }

    #[test]
    fn a_verb_after_the_name_a_clause_gave_has_that_name_for_subject() {
        let text = "والتقت الإذاعة بأحد السكان، وهو صياد يدعى عادل الخميري، قال إن البحر «لم يعد يعطي».";
        let got = speaker_text(text, 0).unwrap_or_default();
        assert!(got.contains("عادل الخميري"), "{got:?}");
    }

    #[test]
    fn a_substance_or_virus_names_what_follows_in_marks() {
        let doc = Extractor::new().extract("وقال المتحدث إن الدوريات ضبطت كمية من مادة «الشبو» في المنفذ.");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
        let doc = Extractor::new().extract("وأكدت الوزارة أن فيروس «نيباه» لم يسجل في البلاد.");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
    }

    #[test]
    fn ending_by_saying_reads_the_weak_verb_before_it() {
        let text = "وقال الوزير إن الخطة «جاهزة»، فيما ختم المدير سالم نوري بالقول: «الأبواب مفتوحة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المدير سالم نوري"));
    }

    #[test]
    fn a_masculine_verb_does_not_agree_with_a_feminine_body_after_it() {
        // ودعا الوزارة: the ministry is the object; the MP is still speaking
        let text = "وقال النائب عادل سمير إن الإنجاز «جيد». ودعا الوزارة إلى «نشر الأرقام».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("النائب عادل سمير"));
        let text = "ودعت الوزارة السكان إلى «الحذر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزارة"));
        // nor with bodies in the sound feminine plural
        let text = "ووصف النائب عادل سمير القرار بأنه «متسرع»، ودعا الجهات الرسمية إلى «التراجع عنه».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("النائب عادل سمير"));
        let text = "ودعت النقابات الحكومة إلى «الحوار».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النقابات"));
    }

    #[test]
    fn a_headline_quotation_inside_a_body_quotation_is_its_sources() {
        // its words inside a longer quotation, after و
        let text = "«الماء»: عطل في المحطة و«لا خوف على الإمدادات»\n\
                    وقال مدير المحطة حسان نوري: «العطل بسيط، ولا خوف على الإمدادات في الصيف».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("مدير المحطة حسان نوري"));
        // a short phrase read as a term is the source's words too
        let text =
            "«مجرد دعابة».. فيديو يغضب المتابعين\nوقال صاحب الفيديو في بث لاحق: «كانت مجرد دعابة بين أصدقاء».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Speech);
        // (not a definite noun phrase a quotation may use as a term)
        let text = "«الحرب الباردة» تعود\nوقال المحلل سامي نور: «الحرب الباردة لم تنته».";
        let doc = Extractor::new().extract(text);
        assert_ne!(doc.attributions()[0].kind(), QuoteKind::Speech);
    }

    #[test]
    fn a_word_printed_with_ta_marbuta_is_no_preposition_with_its_pronoun() {
        // منة الله (a given name) folds like منه (from him)
        let text = "وقالت الطالبة منة الله عادل إن الامتحان «كان سهلاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الطالبة منة الله عادل"));
    }

    #[test]
    fn an_apposition_may_hold_a_name_in_marks() {
        let text = "غير أن عادل منصور، رئيس «رابطة مزارعي السهل»، قال إن المحصول «ضعيف».";
        let got = speaker_text(text, 1).unwrap_or_default();
        assert!(got.starts_with("عادل منصور"), "{got:?}");
    }

    #[test]
    fn a_bodys_longer_name_in_marks_after_a_verb_is_its_subject() {
        let text = "وحذّرت «رابطة مزارعي الوادي الأخضر» في بيان من «موسم صعب».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("رابطة مزارعي الوادي الأخضر"));
    }

    #[test]
    fn a_weak_form_after_a_verb_that_waw_opens_is_its_subject() {
        // ونشر نادي …: نادي is the club, not نادى "called out"
        let text = "ونشر نادي الفيصلي على صفحته بعد اللقاء: «فخورون باللاعبين».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("نادي الفيصلي"));
    }

    #[test]
    fn a_publishing_house_names_what_follows_in_marks() {
        let doc = Extractor::new().extract("واشتكى الناشر عادل نور، مدير دار «الواحة الزرقاء»، من الرسوم.");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
    }

    #[test]
    fn a_source_known_by_no_name_is_shown_as_introduced() {
        // مصدر دبلوماسي رفيع …، then المصدر: the introduction names it
        let text = "وقال مصدر دبلوماسي رفيع إن المحادثات «متعثرة». وأضاف المصدر أن «الجولة المقبلة حاسمة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("مصدر دبلوماسي رفيع"));
        // (a document with no issuer named is shown by its head; one issued
        // by a body named near speaks for it)
        let text = "وأكد التقرير الأخير أن الوضع «كارثي». وأضاف التقرير أن «المساعدات لا تكفي».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("التقرير"));
        let text = "وأكد تقرير صادر عن المنظمة أن الوضع «كارثي». وأضاف التقرير أن «المساعدات لا تكفي».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المنظمة"));
    }

    #[test]
    fn a_joined_present_verb_shares_the_subject_before_the_first() {
        // الهيئة تعلن … وتؤكد: the subject opening the headline
        let text = "نقابة الأطباء ترفض القرار وتحذر: «المستشفيات على حافة الانهيار»";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("نقابة الأطباء"));
        let text = "جماعة مسلحة تتبنى تفجيراً قرب الحدود وتتوعد: «الرد قادم»";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("جماعة مسلحة"));
        // (a possessed noun after a verb that follows its subject is its
        // object: تنظيم مسلح يعلن مسؤوليته)
        let text = "تنظيم مسلح يعلن مسؤوليته عن التفجير ويتوعد: «الرد قادم»";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("تنظيم مسلح"));
        // (nor one after a family name with the article: الوزير يوسف الخطيب يزور)
        let text = "الوزير يوسف الخطيب يزور الميناء ويؤكد: «التوسعة في موعدها»";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير يوسف الخطيب"));
    }

    #[test]
    fn more_nouns_of_bodies_introduce_names() {
        for text in [
            "وأصدرت رابطة «أصدقاء البيئة» بياناً قالت فيه إن «النهر يموت».",
            "ونشر مرصد «عين المدينة» تقريراً جاء فيه أن «الأسعار تضاعفت».",
        ] {
            let doc = Extractor::new().extract(text);
            assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name, "{text}");
            assert_eq!(doc.attributions()[1].kind(), QuoteKind::Speech, "{text}");
        }
        // (but the ب of a verb of demand after its object is the verb's)
        let text = "وأوضح الرئيس أن الموسم مرهق، مطالبا هيئة الدوري بـ«رقابة أشد».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Speech);
    }

    #[test]
    fn a_first_person_form_after_a_relative_is_no_cue() {
        // الذي أعقب المباراة: "followed", not أُعقّب "I comment"
        let text = "وقال المدرب في المؤتمر الذي أعقب المباراة: «لا أعذار».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("وقال"));
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدرب"));
    }

    #[test]
    fn a_title_with_its_office_on_a_preposition_before_a_name_in_apposition() {
        let text = "وكان المشرف الفني على الدورة، الدكتور سامي داود، قد أكد أن الدورة «ناجحة».";
        assert!(speaker_text(text, 0).is_some_and(|s| s.contains("سامي داود")));
        // (an adjective the lists know: الإنذار المبكر)
        let text = "وحذر مركز الرصد والإنذار المبكر من أن «العاصفة قريبة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مركز الرصد والإنذار المبكر"));
    }

    #[test]
    fn a_connective_before_a_verb_is_no_subject() {
        let text = "ولذلك تقول الكاتبة في روايتها: «البحر لا ينسى».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الكاتبة"));
        let text = "قال الأب إن ابنه سافر. ولذلك يقول: «لن أنتظر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الأب"));
    }

    #[test]
    fn forms_that_are_not_the_reporting_verb() {
        // عدة مدن: printed with ة, a noun, not عدّه
        let text = "وتعيش عدة مدن أزمة خبز، وسط تعليقات ساخرة من قبيل «الطابور أطول من الرغيف».";
        let doc = Extractor::new().extract(text);
        assert!(doc.attributions()[0].cue().is_none());
        // الوزارة تتابع الملف: تابع with its object, not "went on"
        let text = "وقال المتحدث إن الوزارة تتابع الملف «يوماً بيوم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المتحدث"));
        // (but وتابع العطار: «…»: a family name, then the words)
        let text = "وتابع العطار: «لن نتراجع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("العطار"));
    }

    #[test]
    fn a_noun_taken_up_by_the_verbs_pronoun_is_not_its_subject() {
        // وقفة رددوا خلالها: they chanted during it; the group speaks
        let text = "نظم المحتجون وقفة رددوا خلالها: «أين أموالنا؟»";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحتجون"));
        // (the verb's own subject may follow: في لحظة أعلنت فيها الهيئة)
        let text = "في لحظة أعلنت فيها الهيئة أن «الطريق مفتوح».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الهيئة"));
    }

    #[test]
    fn an_aside_on_the_condition_of_speaking_is_no_clause() {
        // …، تحدث بشرط عدم ذكر اسمه،: the source before it speaks
        let text = "وقال مصدر في الميناء، تحدث بشرط عدم ذكر اسمه، إن «الرواتب متأخرة».";
        assert!(speaker_text(text, 0).is_some_and(|s| s.starts_with("مصدر")));
    }

    #[test]
    fn a_colon_after_the_noun_of_a_title_keeps_the_title() {
        // تحت عنوان: «…»: the colon does not turn a title into speech
        for text in [
            "وانعقد اللقاء تحت عنوان: «المدن الذكية».",
            "نظم النادي أمسية بعنوان: \"الشعر والذاكرة\".",
            "وصدر للكاتبة ديوان ثالث بعنوان: «نوافذ على البحر».",
        ] {
            let doc = Extractor::new().extract(text);
            assert_eq!(doc.attributions()[0].kind(), QuoteKind::Title, "{text}");
        }
        // (a colon after a report frames its words: وجاء في تقرير: «…»)
        let text = "وجاء في تقرير اللجنة: «الخسائر كبيرة».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Speech);
    }

    #[test]
    fn a_name_after_a_nisba_of_origin_in_apposition() {
        // …، الإسباني خوان لوبيث،: the holder's nationality, then his name
        let text = "وقال مدرب الفريق، الإسباني خوان لوبيث، إن «الفوز مستحق».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مدرب الفريق، الإسباني خوان لوبيث"));
        // (روي reads as the verb روى; after the nisba, it is a given name)
        let text = "وقال مدرب الفريق، البرتغالي روي كوستا، إن «الفوز مستحق».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("وقال"));
        // (a given name in يه reads as a noun with its pronoun; after the
        // nisba and before a family name closing the phrase, it is a name,
        // and the nisba alone later refers back to its holder)
        let text = "وقال المدرب الفرنسي جوزيه لابورت إن «الفوز مستحق». وأضاف الفرنسي: «سنواصل العمل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدرب الفرنسي جوزيه لابورت"));
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المدرب الفرنسي جوزيه لابورت"));
        // (a possessed noun before a word a list knows is no name)
        let text = "وقال المدرب البرتغالي لمساعديه بعد المباراة إن «الحل قريب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدرب البرتغالي"));
    }

    #[test]
    fn a_name_in_marks_as_the_topic_of_amma() {
        // أما «…»، فقالت: the body in marks is the topic and the speaker
        let text = "أما «الإدارة المحلية للجزيرة»، فقالت إن الأسعار «غير مبررة».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الإدارة المحلية للجزيرة"));
    }

    #[test]
    fn amin_after_a_given_name_is_a_name() {
        // محمد أمين + a family name in ي: one person's name
        let text = "وقال محمد أمين الحلبي، صاحب مخبز، إن «الطحين نفد».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("محمد أمين الحلبي، صاحب مخبز"));
    }

    #[test]
    fn a_slogan_chanted_is_the_chanters_words() {
        // ردد … شعار «…»: chanted, the slogan is speech, and the slogan's
        // noun is the verb's object, not part of its subject
        let text = "وتجمع العمال أمام المصنع، حيث ردد المضربون شعار «الأجر حق لا منة».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Speech);
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المضربون"));
        // a campaign's slogan, chanted by no one, stays a title
        let doc = Extractor::new().extract("وأطلقت البلدية حملة تحت شعار «مدينتي أجمل».");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Title);
    }

    #[test]
    fn a_body_in_marks_after_a_title_in_construct() {
        // رئيس «رابطة …» فلان: the title heads the body, even under the
        // cue of the clause before
        let text = "وحمل المحتجون شعارات تطالب بالإنصاف، وخطب رئيس «رابطة الخبازين في الشمال» سليم نجار.";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
        // and the title's phrase takes the name in
        let text = "وقال رئيس «رابطة الصيادين» فادي حمود إن «الموسم ضاع».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("رئيس «رابطة الصيادين» فادي حمود"));
    }

    #[test]
    fn a_speech_given_in_a_joined_clause_speaks_for_its_subject() {
        // كلمة (an address) is a document: وألقى فلان كلمة قال فيها, the
        // clause after the comma has its own subject
        let text = "وتجمع الأهالي أمام المبنى حاملين لافتات تطالب بالماء، وألقى رئيس البلدية ماهر عودة كلمة قال فيها: «لن نترككم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيس البلدية ماهر عودة"));
    }

    #[test]
    fn a_body_named_in_marks_after_a_verb_no_list_knows() {
        // تبنت «…» التفجير: the object after the marks makes them the subject,
        // a name, and the one a later dropped subject refers to
        let text = "وتبنت «سرايا الجبل» التفجير، وأكدت في بيان أنها «لن تتوقف».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
        assert_eq!(speaker_text(text, 1).as_deref(), Some("سرايا الجبل"));
        // or a statement or report without the article, whose relative
        // clause then speaks for the body
        let text = "وأذاعت «رابطة الصيادين» بياناً حذرت فيه من «كارثة بيئية».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
        assert_eq!(speaker_text(text, 1).as_deref(), Some("رابطة الصيادين"));
        // a one-word name too (without the rule, a short term)
        let doc = Extractor::new().extract("واستلمت «الهلال» الشحنة أمس.");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
        // the subject of a relative clause's verb on its pronoun: an outlet
        let doc = Extractor::new().extract("وكشف التقرير الذي اطلعت عليه «المنارة»، عن ارتفاع الحوادث.");
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
        // (an adjective after the marks is no object)
        let doc = Extractor::new().extract("وتسلمت «الرسالة» الرسمية أمس.");
        assert_ne!(doc.attributions()[0].rule(), Rule::SpeakerInMarks);
    }

    #[test]
    fn a_weak_verb_reaches_its_colon_past_a_name_in_brackets() {
        // كتب (also "books") is read as the verb when its clause goes on to
        // a colon, and a short name in brackets is still in that clause
        let text = "من جهته، كتب المدير العام لهيئة المياه (همس)، في تدوينة على حسابه: «الضخ يعود غداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدير العام لهيئة المياه"));
    }

    #[test]
    fn a_weak_form_after_a_statement_is_a_preposition() {
        // في بيان عبر قنواتها: "via"; the إن and the عن after it are not its
        let text =
            "قالت هيئة الموانئ، في بيان عبر قنواتها الرسمية على «واتساب»، إن السفن «عادت إلى الرصيف»، \
                    وإن العاصفة أسفرت عن «أضرار طفيفة».";
        let doc = Extractor::new().extract(text);
        for q in [1, 2] {
            let a = &doc.attributions()[q];
            assert_eq!(a.cue().map(|c| c.text()), Some("قالت"), "{q}");
            assert_eq!(a.speaker().map(|s| s.text()), Some("هيئة الموانئ"), "{q}");
        }
        // (with its own word after it, the form is the verb عبّر)
        let text = "وأصدر الوزير بياناً عبر فيه عن «قلقه البالغ».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("عبر"));
        // و joining two places is no clause: داخل الأحياء وبين القرى
        let text = "وحددت البلدية أسعار النقل داخل الأحياء وبين القرى، على أن تطبق «ابتداء من الأسبوع المقبل».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), None);
        // (after a stop, وبين opens a clause: "and he explained")
        let text = "وقال الوزير إن الخطة جاهزة. وبين أن التطبيق «سيبدأ قريباً».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("وبين"));
    }

    #[test]
    fn a_nameless_sources_body_on_b() {
        // مصدر بهيئة …: the body the source belongs to, in construct
        let text = "وقال مصدر بهيئة الطيران المدني إن «الرحلات ستعود الأسبوع المقبل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصدر بهيئة الطيران المدني"));
        // مصدر من …، مصادر من داخل …: the body on من
        let text = "وقال مصدر من وزارة النقل إن «الطريق سيفتح قريباً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصدر من وزارة النقل"));
        let text = "وقالت مصادر من داخل الحزب إن «الاجتماع تأجل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصادر من داخل الحزب"));
        // the circle around a body or team: محيط، أوساط، صفوف
        let text = "وأفاد مسؤول من محيط الفريق بأن «اللاعبين مرهقون».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مسؤول من محيط الفريق"));
        // a definite subject: the body on ب is the verb's object
        let text = "وأشاد الوزير بهيئة الطيران المدني، وقال إن «الرحلات ستعود».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_noun_with_tanwin_is_not_the_dual_past() {
        // ردّاً (in reply) folds like ردا (they both replied)
        let text = "وقال الشاهد ردّاً على سؤال المحكمة: «لم أر شيئاً تلك الليلة».";
        let doc = Extractor::new().extract(text);
        let a = &doc.attributions()[0];
        assert_eq!(a.cue().map(|c| c.text()), Some("وقال"));
        assert_eq!(a.speaker().map(|s| s.text()), Some("الشاهد"));
        // printed without tanwin, the dual verb still reports
        let doc = Extractor::new().extract("واجتمع الوزيران أمس، وردا بأن «الاتفاق قائم».");
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("وردا"));
    }

    #[test]
    fn a_name_in_marks_inside_a_subject_before_its_verb() {
        // a site named in marks after its noun, then قد and the verb
        let text = "وكانت منصة «أرصاد الشام» قد أكدت أن العاصفة «الأعنف هذا الشتاء».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("منصة «أرصاد الشام»"));
        // a list's name with its adjective; a label after ما, in the
        // accusative, is the list's word and no name of a subject
        let text = "وكانت قائمة «الوفاء للمدينة» المستقلة قد احتجت على ما سمّته «تهميشاً متعمداً»، ونشرت على حسابها: «سنطعن».";
        let doc = Extractor::new().extract(text);
        let said: Vec<_> =
            doc.attributions().iter().map(|a| (a.kind(), a.speaker().map(|s| s.text()))).collect();
        let list = Some("قائمة «الوفاء للمدينة» المستقلة");
        assert_eq!(said, [(QuoteKind::Name, None), (QuoteKind::Speech, list), (QuoteKind::Speech, list)]);
    }

    #[test]
    fn insisting_reports() {
        // أصر على أن; the present نصر is no cue (نصر is a name)
        let text = "وأصرت النائبة على أن «الموازنة غير واقعية».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النائبة"));
        let text = "وقال المدير سامي نصر إن «الموسم ناجح».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدير سامي نصر"));
    }

    #[test]
    fn a_relative_clause_on_an_office() {
        // مكتب المدعي العام الذي قال: the office, not the title in its construct
        let text = "وبحسب مكتب المدعي العام الذي قال في بيان إن المتهمين «اعترفوا بالتهم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مكتب المدعي العام"));
    }

    #[test]
    fn an_opening_adverb_before_the_first_verb() {
        // بالمقابل، رفضت الوزيرة …، وقالت: the subject past the adverb
        let text = "بالمقابل، رفضت وزيرة الثقافة الاتهامات، وقالت في تعليقها: «الميزانية لم تتجاوز المقرر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزيرة الثقافة"));
    }

    #[test]
    fn a_passive_participles_preposition_completes_it() {
        // المفرج عنهم، والدة المحكوم عليه: not cut before the pronoun
        let text = "وقال أصغر المفرج عنهم سناً إن «الزنازين كانت مكتظة».";
        assert!(speaker_text(text, 0).unwrap_or_default().contains("المفرج عنهم"));
        let text = "وقالت والدة المحكوم عليه إن «ابنها بريء».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("والدة المحكوم عليه"));
        // after a title, عنه is "about him", not part of the phrase
        let text = "وقال الوزير عنه إن «العمل ممتاز».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn common_adjectives_of_people_stay_in_the_phrase() {
        // الشابة، الزائر: the name after them is the holder's
        let text = "وقالت العداءة الشابة ريم سالم إن «السباق كان صعباً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("العداءة الشابة ريم سالم"));
        // السريع، العاجل: after a body's genitive, its adjective
        let text = "وقالت فرق الإنقاذ العاجل إن «الطرق مقطوعة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("فرق الإنقاذ العاجل"));
        // a colour, in a body's name: الهلال الأحمر
        let text = "وقالت جمعية الهلال الأحمر الإماراتي في بيان إن «القوافل وصلت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("جمعية الهلال الأحمر الإماراتي"));
    }

    #[test]
    fn an_opening_relay_names_the_author_of_what_the_channel_reports() {
        // نقلاً عن X، أفادت وكالة …: X's words, and X's gender, not the agency's
        let text = "ونقلاً عن خبير في هيئة الري، ذكرت إذاعة المدينة أن السد «سيمتلئ قبل الصيف».";
        let doc = Extractor::new().extract(text);
        let speaker = doc.attributions()[0].speaker().unwrap();
        assert_eq!(speaker.text(), "خبير في هيئة الري");
        assert_eq!(speaker.gender(), crate::Gender::Masculine);
        // with no relay opening the sentence, the agency reports
        let text = "وذكرت إذاعة المدينة أن السد «سيمتلئ قبل الصيف».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("إذاعة المدينة"));
    }

    #[test]
    fn a_clause_before_a_colon_names_no_one() {
        // a present verb no list knows, then a definite noun: a clause
        assert_eq!(speaker_text("وتبقى المشكلة: «من سيدفع الفاتورة؟»", 0), None);
        // "our message is clear": the speaker's own words frame the inner quotation
        let text = "وقال الناطق باسم النقابة: «موقفنا ثابت: “لا عودة قبل الاتفاق”».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الناطق باسم النقابة"));
        // a name still heads its colon
        assert_eq!(
            speaker_text("الطالبة رنا حداد: «الامتحان كان طويلاً»", 0).as_deref(),
            Some("الطالبة رنا حداد")
        );
    }

    #[test]
    fn an_offices_place_before_a_name_set_off_by_commas() {
        // … لبرنامج الإغاثة في لبنان، فلان: the place stays in the office
        let text = "وقال المنسق الإقليمي لبرنامج الإغاثة في لبنان، جان مورو، إن «المخازن فارغة».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(speaker.contains("في لبنان"), "{speaker}");
        // a title with its pronoun heads the office too
        let text = "وقال ممثلها في عمّان، جان مورو، إن «المخازن فارغة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("ممثلها في عمّان، جان مورو"));
        // a channel after the comma is no name
        let text = "وقال مدير المركز الطبي في غزة، لإذاعة محلية، إن «المخازن فارغة».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(!speaker.contains("لإذاعة"), "{speaker}");
    }

    #[test]
    fn an_aside_asking_not_to_be_named() {
        // آثر عدم الإفصاح عن هويته: a clause, not the source's name in apposition
        let text = "ونفى موظف في الشركة، آثر عدم الإفصاح عن هويته، أن يكون «الاندماج قد حسم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("موظف في الشركة"));
        // in a clause on في حين, the aside does not end the cue's scope
        let text = "وقال الوزير إن «الأمر محسوم»، في حين نفى موظف في الشركة، آثر عدم الإفصاح عن هويته، أن يكون «الاندماج قد حسم».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("موظف في الشركة"));
    }

    #[test]
    fn a_name_given_after_yud_a_between_the_subject_and_its_verb() {
        // أحد …، ويدعى فلان، قال: the aside names the subject before the verb
        let text = "أحد هؤلاء الصيادين، ويدعى فراس، قال للصحيفة إن البحر «لم يعد يعطي شيئاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أحد هؤلاء الصيادين، ويدعى فراس"));
        let text = "أحد الصيادين، واسمه فراس، قال إن البحر «لم يعد يعطي شيئاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أحد الصيادين، واسمه فراس"));
    }

    #[test]
    fn an_embedded_verb_with_a_colon_introduces_its_own_words() {
        // روى أن طفلة سألته: «…»: the girl asks, not the narrator
        let text = "وروى الطبيب أن مريضة في السبعين سألته عند الباب: «متى أعود إلى بيتي؟»";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مريضة في السبعين"));
        // without the colon, a speech act in his clause stays his
        let text = "وقال الطبيب إن الوزارة طالبت بـ«تحقيق عاجل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الطبيب"));
    }

    #[test]
    fn the_noun_after_inna_is_the_subject_of_the_verb_after_it() {
        // إن المدير أخبره شخصياً: «…»: the director, not the adverb after the verb
        let text = "وقال الموظف إن المدير أخبره شخصياً: «لن تصرف مكافآت هذا العام».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدير"));
    }

    #[test]
    fn a_gloss_in_brackets_inside_a_speakers_phrase() {
        // (يونيسف): the body's short name, the phrase going on after it
        let text = "وقال المتحدث باسم منظمة الأغذية والزراعة (فاو) في السودان، سامي عيد، إن «المحاصيل تضررت».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(speaker.ends_with("سامي عيد"), "{speaker}");
        // an age in brackets is no part of it; nor a gloss the phrase ends on
        let text = "وقالت سعاد (40 عاماً) إن «الأسعار نار».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سعاد"));
    }

    #[test]
    fn giving_ones_name_is_no_verb_of_saying() {
        // رفض ذكر اسمه: ذكر before a name with its pronoun is a verbal noun
        let text = "وقال موظف في البلدية، رفض ذكر اسمه: «الرواتب متأخرة».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(speaker.starts_with("موظف"), "{speaker}");
        // (the verb itself still reports: ذكر المصدر أن)
        let text = "وذكر المصدر أن الرواتب «متأخرة منذ شهرين».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المصدر"));
    }

    #[test]
    fn broken_plural_adjectives_stay_in_the_phrase() {
        let text = "وطالب الوزراء العرب في ختام اجتماعهم بـ«وقف فوري للحرب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزراء العرب"));
        let text = "وقال الأعضاء الجدد في المجلس إن «العمل بدأ».";
        assert!(speaker_text(text, 0).is_some_and(|s| s.starts_with("الأعضاء الجدد")));
        // (size and rank too: أحد المساهمين الكبار)
        let text = "وقال أحد المساهمين الكبار إن «الأرباح تراجعت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أحد المساهمين الكبار"));
    }

    #[test]
    fn abroad_belongs_to_an_office() {
        let text = "وشدد وزير الخارجية وشؤون المغتربين بالخارج على أن بلاده «ترفض التدخل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزير الخارجية وشؤون المغتربين بالخارج"));
        // (after a nisba plural, which could end a person's name)
        let text = "وقال وزير الخارجية والتعاون وشؤون الليبيين بالخارج إن «الحوار مستمر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزير الخارجية والتعاون وشؤون الليبيين بالخارج"));
        // (and ends it: a verb no list knows may follow)
        let text = "وأوضح المتحدث أن وزير الخارجية وشؤون المغتربين بالخارج تلقى اتصالاً. وشدد الوزير على أن «الحوار مستمر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزير الخارجية وشؤون المغتربين بالخارج"));
        // (any other بال… still ends the phrase: أشاد الوزير بالقرار)
        let text = "وأشاد الوزير بالقرار، معتبراً أنه «خطوة شجاعة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_womans_given_name_that_is_also_a_verb() {
        // الطبيبة أمل: a masculine past verb cannot follow its feminine subject
        let text = "وقالت الطبيبة أمل سعيد لإذاعة محلية إن المستشفى «يعمل فوق طاقته».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الطبيبة أمل سعيد"));
        // the verb أمل (hoped) before its subject stays a cue
        let doc = Extractor::new().extract("وأمل الوزير أن «تنجح المبادرة».");
        let a = &doc.attributions()[0];
        assert_eq!(a.cue().map(|c| c.text()), Some("وأمل"));
        assert_eq!(a.speaker().map(|s| s.text()), Some("الوزير"));
    }

    #[test]
    fn a_weak_verb_form_set_off_by_commas_is_a_name() {
        // أمل (hoped) and روي (was narrated) as given names in apposition
        let text = "وتقول مديرة المركز، أمل حداد، إن الدعم «لم يصل بعد».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مديرة المركز، أمل حداد"));
        let doc = Extractor::new().extract("وأكد المدرب، روي سانتوس، أن الفريق «جاهز».");
        let a = &doc.attributions()[0];
        assert_eq!(a.cue().map(|c| c.text()), Some("وأكد"));
        assert_eq!(a.speaker().map(|s| s.text()), Some("المدرب، روي سانتوس"));
        // a verb after a comma with its own clause stays a cue
        let doc = Extractor::new().extract("وفي ختام اللقاء، أمل الوزير أن «تنجح المبادرة».");
        assert_eq!(doc.attributions()[0].cue().map(|c| c.text()), Some("أمل"));
    }

    #[test]
    fn two_titles_in_apposition_then_the_name() {
        let text = "من جهته، صرّح وزير الدولة، وزير الاتصال، هشام بن عيسى، أن الحكومة «لم تغلق باب الحوار».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزير الدولة، وزير الاتصال، هشام بن عيسى"));
        // a name already given: the second title is the apposition, no more
        let text = "وقال الوزير سامي نور، وزير الخارجية، كمال سالم، إن «الحوار مستمر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير سامي نور"));
    }

    #[test]
    fn a_long_name_of_definite_words_in_marks() {
        use QuoteKind::*;
        check(&[
            (
                "وأعلن الناطق باسم الوزارة أن المدينة ستستضيف «المؤتمر الإقليمي للطاقة المتجددة وتحلية المياه» في الربيع.",
                0,
                Title,
                None,
                Rule::NameTrigger,
            ),
            // a verb inside the marks keeps it speech
            ("وقال الوزير إن «المؤتمر الإقليمي فشل في مهمته».", 0, Speech, Some("الوزير"), Rule::CueBefore),
            // a preposition of aim between definite words, and up to eight words
            ("وأعلنت الهيئة انطلاق «الحملة الوطنية ضد التنمر» غداً.", 0, Title, None, Rule::NameTrigger),
            (
                "وتنظم الجامعة «الملتقى الدولي الرابع حول الأمن الغذائي والتنمية المستدامة» الشهر المقبل.",
                0,
                Title,
                None,
                Rule::NameTrigger,
            ),
            // (not a preposition of place: a definite noun «في» is what is said)
            ("وقال النائب إن «القرار الأخير في الجلسة» مخالف.", 0, Speech, Some("النائب"), Rule::CueBefore),
        ]);
    }

    #[test]
    fn a_document_after_a_verb_of_writing_is_its_object() {
        // كتب النص «…»: what he wrote, not who wrote
        let text = "ويقول المؤلف سامر حداد إنه كتب النص «على مدى عامين».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المؤلف سامر حداد"));
        // a paper that writes is still the writer
        let text = "وكتبت الصحيفة أن «الأزمة تتفاقم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الصحيفة"));
    }

    #[test]
    fn artists_titles_head_a_colon_headline() {
        let text = "الشاعر الليبي عمر فرج: «القصيدة بيت لا يُهدم»";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الشاعر الليبي عمر فرج"));
        let text = "العازفة هالة نور: «العود يشبهني»";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("العازفة هالة نور"));
    }

    #[test]
    fn a_nisba_family_name_ends_the_persons_name() {
        // طرح ألبومه: after الكتبي-like family names, the verb's object
        let text = "أعلن المغني سالم الكعبي إصدار ألبومه الجديد، وقال إن «الأغاني جاهزة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المغني سالم الكعبي"));
        // a second person after و, and a name's link (ولد، بن), go on
        let text = "وقال الباحثان سامي العلوي وهشام نور إن «النتائج مشجعة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الباحثان سامي العلوي وهشام نور"));
        let text = "وقال المحامي محمد الشنقيطي ولد أحمد إن «الملف فارغ».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحامي محمد الشنقيطي ولد أحمد"));
    }

    #[test]
    fn an_adverb_of_a_passive_participle_stays_in_the_phrase() {
        let text = "وقالت السلطة المعترف بها دولياً إنها «منفتحة على الحوار».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("السلطة المعترف بها دولياً"));
        // and ends it: the label verb's object follows
        let text = "ووصفت السلطة المعترف بها دولياً الخطوة بأنها «تصعيد».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("السلطة المعترف بها دولياً"));
        // any other accusative after the subject is a circumstance
        let text = "وقال الوزير مدافعاً إن «القرار صائب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn an_object_without_printed_tanwin_ends_the_subject() {
        // وفدا تجاريا: an indefinite object and its nisba, no tanwin printed
        let text = "واستقبل الوزير سامر حداد وفدا تجاريا، وقال إن «الأبواب مفتوحة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير سامر حداد"));
        // a name ending on ا goes on being a name
        let text = "وقال المهندس باسل رضا إن «الأبواب مفتوحة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المهندس باسل رضا"));
    }

    #[test]
    fn a_relayed_source_described_by_a_clause() {
        // عن خبير أممي لم تحدده قوله: the expert, not the radio
        let text = "ونقلت الإذاعة عن خبير أممي لم تحدده قوله إن المحادثات «بلغت طريقاً مسدوداً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("خبير أممي"));
        // لم تكشف هويتها: keeping back an identity is no verb of saying
        let text = "ونقلت الصحيفة عن مصادر لم تكشف هويتها أن المفاوضات «متعثرة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصادر"));
    }

    #[test]
    fn the_main_clause_after_a_while_clause() {
        // وفيما قال …، أكدت الشرطة …، داعية: the participle goes with the
        // police, whose verb, after the comma, is the sentence's main verb
        let text =
            "وفيما قال سكان إن الانفجار «مدبّر»، أكدت الشرطة أن الأسباب «لم تتضح بعد»، داعية إلى «الهدوء».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سكان"));
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الشرطة"));
        assert_eq!(speaker_text(text, 2).as_deref(), Some("الشرطة"));
    }

    #[test]
    fn an_accusative_inside_the_words_before_a_verb_is_no_subject() {
        // تناقل ناشطون مقطعاً منسوباً إلى الجيش يزعم: the clip, in the accusative, is the
        // object of another verb; its words are not the subject of يزعم
        let text = "وفيما تناقل ناشطون على المنصات مقطعاً منسوباً إلى الجيش يزعم أن الانفجار «مدبّر»، أكدت الشرطة أن «التحقيق جار».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(!speaker.contains("مقطعاً"), "{speaker}");
        // the head itself may be accusative, after لكن or إن
        let text = "لكن سكاناً في الحي قالوا إن «المياه لم تصل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("سكاناً في الحي"));
    }

    #[test]
    fn a_joined_verb_of_the_other_gender_goes_with_the_reported_clause() {
        // وقالت الناطقة إن الوزير شدد …، وحذّر: حذّر is masculine, so it
        // cannot share the spokeswoman's subject; it goes on the minister's
        let text =
            "وقالت الناطقة باسم الوزارة إن الوزير شدد على «ضبط النفس»، وحذّر من أن التصعيد «يهدد المنطقة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزير"));
        let text =
            "وقال الناطق باسم الوزارة إن الوزيرة شددت على «ضبط النفس»، وحذّرت من أن التصعيد «يهدد المنطقة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الوزيرة"));
    }

    #[test]
    fn a_work_named_as_the_subject_before_a_relative_clause() {
        use QuoteKind::*;
        check(&[
            // أن قصيدة «…»، التي كتبها …، هي: the clause goes on past the
            // relative clause, so the marks name the poem
            (
                "وأشار الشاعر إلى أن ديوان «ضوء على الماء»، الذي كتبه في المنفى، هو الأقرب إليه.",
                0,
                Title,
                None,
                Rule::NameTrigger,
            ),
            // a quotation closing the clause after the noun is what is said of it
            ("وأكد الوزير أن المشروع «سيغير وجه المدينة».", 0, Speech, Some("الوزير"), Rule::CueBefore),
        ]);
    }

    #[test]
    fn the_saying_of_one_named_after_it() {
        use QuoteKind::Speech;
        check(&[
            // قول المتنبي: «…» inside the poet's words: the quoted poet speaks
            (
                "وقال الشاعر: «أتذكر دائماً قول المعري: \"غير مجدٍ في ملتي واعتقادي\"، كلما كتبت».",
                1,
                Speech,
                Some("المعري"),
                Rule::Nominal,
            ),
            (
                "واستشهد الخطيب بقول الشاعر: «إذا الشعب يوماً أراد الحياة».",
                0,
                Speech,
                Some("الشاعر"),
                Rule::Nominal,
            ),
        ]);
    }

    #[test]
    fn names_of_dams_crossings_stages_and_roles() {
        use QuoteKind::*;
        check(&[
            ("وقال الوزير إن سد «وادي الرمل» سيدخل الخدمة قريباً.", 0, Name, None, Rule::NameTrigger),
            (
                "وأكدت الوزارة أن معبر «الحدود الشمالية» مفتوح أمام المسافرين.",
                0,
                Name,
                None,
                Rule::NameTrigger,
            ),
            ("وأكدت الممثلة أن دور «زينب» كان «أجمل ما قدمت».", 0, Name, None, Rule::NameTrigger),
            ("وأكدت الممثلة أن دور «زينب» كان «أجمل ما قدمت».", 1, Speech, Some("الممثلة"), Rule::CueBefore),
        ]);
    }

    #[test]
    fn a_document_after_in_it_is_the_object() {
        // رد … انتقدت فيه التقرير: the union wrote in its reply
        let text = "ونشرت النقابة رداً على موقعها، انتقدت فيه التقرير بوصفه «منحازاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النقابة"));
    }

    #[test]
    fn a_subject_before_a_relative_aside() {
        // منظمة «…»، التي تدير مستشفى «…»، أكدت: the aside between commas
        let text = "غير أن منظمة «أطباء الإنقاذ»، التي تدير مستشفى «الأمل»، أكدت أن الحصار «يمنع وصول الأدوية».";
        let speaker = speaker_text(text, 2).unwrap_or_default();
        assert!(speaker.starts_with("منظمة «أطباء الإنقاذ»"), "{speaker}");
        let text = "وكان الوزير، الذي زار المدينة أمس، قد قال إن «الوضع مستقر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_body_named_for_its_members() {
        // الهيئة الوطنية للمستثمرين: after the body's adjective, لل +
        // a group is whom it stands for, not an addressee
        let text = "واعتبرت الهيئة الوطنية للمستثمرين أن الظروف «صعبة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الهيئة الوطنية للمستثمرين"));
        // (a body speaking to a group, with no adjective between, addresses it)
        let text = "وقالت الوزارة للصحفيين إن «الدعم مستمر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الوزارة"));
    }

    #[test]
    fn a_nameless_groups_place() {
        // طلاب في الحي لـ«…»: the place completes a source with no name
        let text = "وقال طلاب في الحي لـ«الصباح» إنهم ينتظرون «المنحة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("طلاب في الحي"));
        let text = "ونقلت الوكالة عن مصادر طبية في المدينة أن المستشفيات «ممتلئة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مصادر طبية في المدينة"));
        // (not a document of theirs: في مذكرتهم)
        let text = "وقال محامون في مذكرتهم إن الحكم «شابه قصور».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("محامون"));
    }

    #[test]
    fn titled_works_decrees_outlets_spoken_to_and_rights_bodies() {
        use QuoteKind::*;
        check(&[
            // تقرير … المعنون «…»: the report's title, however long
            (
                "وكان تقرير المجلس المعنون «المياه في البلاد: الواقع وآفاق الإصلاح» قد حذر من الخلل.",
                0,
                Title,
                None,
                Rule::NameTrigger,
            ),
            // مرسوم «…»: a decree's name
            ("ونقلت الصحيفة عن مصدر أن مرسوم «منحة الغلاء» بات جاهزاً.", 0, Title, None, Rule::NameTrigger),
            // تحدثوا إلى «…»: the paper they spoke to
            ("غير أن سكاناً تحدثوا إلى «الأيام» أبدوا تذمرهم.", 0, Name, None, Rule::NamePreposition),
            // مؤكدين في «…»: the declaration they said it in
            (
                "واختتم الوزراء اجتماعهم، مؤكدين في «بيان الرباط» أن التعاون «أولوية».",
                0,
                Name,
                None,
                Rule::NamePreposition,
            ),
            // (دعا إلى «…» asks for the words)
            ("ودعت الوزارة إلى «التزام الهدوء».", 0, Speech, Some("الوزارة"), Rule::CueBefore),
            // a rights body's name of definite words, its genitive on ل
            (
                "واعتبرت منظمات، من بينها «الجمعية الوطنية لحقوق الإنسان»، أن الاتفاق «صفقة».",
                0,
                Name,
                None,
                Rule::NameTrigger,
            ),
        ]);
    }

    #[test]
    fn a_dossiers_title_and_a_name_described_by_a_participle() {
        use QuoteKind::*;
        check(&[
            (
                "وأدرجت المنظمة الموقع على اللائحة ضمن ملف «الواحات القديمة: ذاكرة الصحراء وطرق القوافل».",
                0,
                Title,
                None,
                Rule::NameTrigger,
            ),
            // «…» المعتمد سنوياً: a participle agreeing with the words in marks
            (
                "وأطلقت الوزارة حملات التلقيح ضمن «أسبوع الوقاية» المعتمد سنوياً.",
                0,
                Name,
                None,
                Rule::NameAdjective,
            ),
        ]);
    }

    #[test]
    fn trades_and_crafts_are_titles() {
        // المترجمة، المزارعة: a woman's trade gives her gender
        let doc = Extractor::new().extract("«كل ترجمة قراءة ثانية»، بحسب المترجمة هدى سالم.");
        let speaker = doc.attributions()[0].speaker().expect("a speaker");
        assert_eq!((speaker.text(), speaker.gender()), ("المترجمة هدى سالم", crate::Gender::Feminine));
        let text = "ويقول مربي الأبقار سامر علي إن «الأعلاف غالية».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مربي الأبقار سامر علي"));
    }

    #[test]
    fn a_unit_is_a_body_and_pharmacists_are_many() {
        // طبيب في وحدة …: a nameless source's place of work
        let text = "وقال طبيب في وحدة غسيل الكلى إن «الأجهزة قديمة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("طبيب في وحدة غسيل الكلى"));
        let doc = Extractor::new().extract("وأكد صيادلة أن الأدوية «مفقودة منذ أسابيع».");
        let speaker = doc.attributions()[0].speaker().expect("a speaker");
        assert_eq!(speaker.number(), crate::Number::Plural);
    }

    #[test]
    fn marks_in_a_titles_construct_name_its_body_not_the_person() {
        // الناطق باسم «المياه»: «…»: the marks name the ministry, so the
        // headline's spokesman is still nameless and is the one the body names
        let text = "الناطق باسم «الزراعة»: «الموسم سيكون جيداً»\n\
                    وقال الناطق الإعلامي باسم وزارة الزراعة، فادي سمارة، إن الأمطار «كانت كافية».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الناطق الإعلامي باسم وزارة الزراعة، فادي سمارة"));
    }

    #[test]
    fn a_headline_short_name_in_marks_is_the_body_the_article_names() {
        // …. و«الزراعة»: «…»: a ministry's short name in marks after the
        // conjunction speaks in the headline, and is the ministry the body
        // quotes by its full name
        let text = "المزارعون يشكون نقص الأسمدة.. و«الزراعة»: «الشحنات في الطريق»\n\
                    وقالت وزارة الزراعة والثروة الحيوانية في بيان إن التوزيع «سيبدأ الأحد».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("وزارة الزراعة والثروة الحيوانية"));
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[1].rule(), Rule::Colon);
        // (a short name the body never gives as a source stays as printed)
        let text = "المزارعون يشكون نقص الأسمدة.. و«الزراعة»: «الشحنات في الطريق»";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الزراعة"));
    }

    #[test]
    fn a_headline_name_after_its_conjunction_is_the_person_the_body_names() {
        // .. وكارفالو: «…»: و is the headline's conjunction, and the body
        // names the candidate without it
        let text = "الاقتراع يتجه إلى جولة ثانية.. وكارفالو: «لم نخسر بعد»\n\
                    وقال المرشح ماركو كارفالو في مؤتمر صحفي إن حملته «ستواصل».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(speaker.contains("ماركو كارفالو"), "{speaker}");
        // and before the verb that reports (.. وكامارا يرد: «…»)
        let text = "إيقاف الحارس ستة أشهر.. وكامارا يرد: «سأعود»
\
                    وقال الحارس إبراهيم كامارا في بيان إنه «لم يقصد الإيذاء».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(speaker.contains("إبراهيم كامارا"), "{speaker}");
    }

    #[test]
    fn a_headline_surname_named_in_full_in_the_body() {
        // ألفاريز: a surname that opens like the article ال, which the
        // colon rule alone does not take for a name, linked to the body's
        let text = "ألفاريز: «لن نرفع الضرائب هذا العام»\nوقال وزير المالية الأرجنتيني خوان ألفاريز إن الميزانية «متوازنة».";
        let doc = Extractor::new().extract(text);
        let speaker = doc.attributions()[0].speaker().expect("a speaker");
        assert!(speaker.text().ends_with("خوان ألفاريز"), "{}", speaker.text());
        assert_eq!(doc.attributions()[0].rule(), Rule::Colon);
        // a word the body never uses as a name gives no speaker
        let text = "ألفاريز: «لن نرفع الضرائب»\nوقال وزير المالية إن الميزانية «متوازنة».";
        assert_eq!(speaker_text(text, 0), None);
        // a headline label is no speaker
        let text = "عاجل: «الهدنة تبدأ الليلة»\nوأكد المتحدث أن الاتفاق «نهائي».";
        assert_eq!(speaker_text(text, 0), None);
        // a headline's title alone: the person the body names with it
        let text =
            "مخرجة «ظل الشجرة»: «كتبت الفيلم لأبي»\nوقالت المخرجة المصرية ليلى سامي إن الفيلم «رحلة شخصية».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المخرجة المصرية ليلى سامي"));
        let doc = Extractor::new().extract(text);
        let (headline, body) = (&doc.attributions()[1], &doc.attributions()[2]);
        assert_eq!(headline.speaker().and_then(|s| s.entity()), body.speaker().and_then(|s| s.entity()));
        // a possessed noun after the apposition is the verb's object, no
        // name of the speaker's (…، الفرنسي فلان، استياءه من …)
        let text =
            "وأكد مدرب النادي، الفرنسي جان لوران، استياءه من التعادل، مشيراً إلى أن الفريق «كان الأفضل».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(!speaker.contains("استياءه"), "{speaker}");
        // (the body's mention of the same description is the same person,
        // and gives the headline's speaker its name)
        let text = "مدرب النادي: «خسرنا نقطتين»\nأبدى مدرب النادي، الفرنسي جان لوران، استياءه من التعادل.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مدرب النادي، الفرنسي جان لوران"));
    }

    #[test]
    fn a_headline_title_with_its_pronoun_is_the_holder_the_body_names() {
        // ….. ومؤسسه: «…»: "and its founder", a title with its pronoun after
        // the conjunction, is the founder the body names
        let text = "منصة «دروب» تجمع مليون دولار.. ومؤسسه: «بدأنا بثلاثة موظفين»\n\
                    وقال المؤسس والمدير التنفيذي للمنصة، كريم عواد، إن الجولة «خطوة أولى».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المؤسس والمدير التنفيذي للمنصة، كريم عواد"));
        // (محاميه: his lawyer, printed with ه, not the feminine محامية)
        let text = "الحكم على رجل الأعمال بالسجن.. ومحاميه: «سنطعن»\n\
                    وقال محامي الدفاع، سليم نادر، إن موكله «بريء».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("محامي الدفاع، سليم نادر"));
        // (ومخرجته: a feminine title, its ة printed ت before the pronoun)
        let text = "فيلم «المدى» يفوز.. ومخرجته: «الجائزة لكل الأمهات»\n\
                    وقالت المخرجة هند صالح إن الفيلم «بدأ حلماً».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المخرجة هند صالح"));
        // (a given name in ة is no noun with a pronoun: نادية is not نادي + ه)
        let text = "وقالت رئيسة المجلس، نادية سالم، إن المشروع «تأخر». وردت سالم قائلة: «الأشغال مستمرة».";
        let doc = Extractor::new().extract(text);
        let entity = |i: usize| doc.attributions()[i].speaker().and_then(|s| s.entity());
        assert_eq!(entity(0), entity(1));
    }

    #[test]
    fn after_amma_a_labelling_verbs_noun_is_its_object() {
        // أما المحللة، فوصفت أداء …: after the topic, the noun that follows a
        // verb that names or judges is what it judges, not its subject
        let text = "أما المحللة سناء الكردي، فوصفت أداء قطاع النقل بـ«المتعثر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحللة سناء الكردي"));
        // (a title after the verb is still a subject of its own)
        let text = "أما النقابة فقال رئيسها: «لن نوقع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيسها"));
    }

    #[test]
    fn adding_in_the_future_is_no_report() {
        // ستضيف «…»: "will add", what the plan will bring, not a report;
        // the words are the official's whom the sentence quotes
        let text = "وقال موظف في البلدية إن الحدائق الجديدة ستضيف «مساحة للتنفس» إلى الحي.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("موظف في البلدية"));
        // (a past or present أضاف still reports)
        let text = "وأضاف المدرب: «سنعود أقوى».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المدرب"));
    }

    #[test]
    fn an_adverbs_an_does_not_make_a_weak_form_a_cue() {
        // دون أن، بعد أن: the أن of an adverb opens its own clause; it does
        // not make a weak future (ستضيف, "will add") report what follows
        let text = "ونقلت الإذاعة عن مسؤول في الوزارة قوله إن المحطة ستضيف \"طاقة نظيفة\" للشبكة، دون أن يذكر كلفتها.";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مسؤول في الوزارة"));
    }

    #[test]
    fn a_person_a_scene_sets_after_an_opening_phrase_speaks_next() {
        // وبين الأجنحة، كانت الطالبة فلانة …: after a place (بين is no cue
        // here) and كانت, a title and a name are the scene's person
        let text = "قال الناشر سمير داود: «الأسعار مرتفعة». وبين الأجنحة المكتظة، كانت الطالبة ليلى الحسن تقلب كتاباً. \
                    «جئت من أجل الروايات»، قالت مبتسمة.";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الطالبة ليلى الحسن"));
    }

    #[test]
    fn a_headline_names_a_ministry_by_its_field() {
        // الأرصاد: «…»، الصحة: «…»: a definite noun (and its adjective)
        // before a headline's colon is the service that speaks
        let rows = [
            ("الأرصاد: «رياح قوية على السواحل غداً»\nحذر المركز الوطني من رياح قوية.", "الأرصاد"),
            ("الصحة العالمية: «الوباء لم ينته بعد»\nقالت المنظمة إن الحذر واجب.", "الصحة العالمية"),
        ];
        first_speakers_are(&rows);
        // (in the body, a definite noun before a colon names no one)
        let doc = Extractor::new().extract("وصل الوفد صباحاً.\nالنتيجة: «تعادل مخيب»");
        assert!(doc.attributions()[0].speaker().is_none());
    }

    #[test]
    fn a_ministrys_second_portfolio_in_construct_stays_in_its_name() {
        // وزارة الداخلية وشؤون البلديات: the second portfolio is a noun in
        // construct joined by و; what follows it is the verb's object
        let text = "ووصفت وزارة الداخلية وشؤون البلديات القرار بـ«المتسرع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزارة الداخلية وشؤون البلديات"));
        let text = "ورفعت وزارة الاقتصاد وشؤون التجارة رسوم الاستيراد، وقالت إنها «ضرورية».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("وزارة الاقتصاد وشؤون التجارة"));
    }

    #[test]
    fn a_name_ending_in_allah_after_a_title_is_a_name() {
        // الشيخ عبدالله: the ه of الله is no pronoun on a noun after the title
        let text = "ووصف المهندس عبدالله الراشد المشروع بأنه «إنجاز».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المهندس عبدالله الراشد"));
    }

    #[test]
    fn a_phrase_noun_on_min_needs_a_source_that_can_speak() {
        // صورة من الحفل مرفقة بعبارة «…»: من says where the picture is
        // from; the words are the one who posted it
        let text = "ونشرت المغنية سلمى ناصر على حسابها صورة من الحفل مرفقة بعبارة «شكراً لكم».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المغنية سلمى ناصر"));
        // (a body after من is the source: تلقينا من النقابة عبارة «…»)
        let text = "تلقينا من النقابة عبارة «لا تراجع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("النقابة"));
    }

    #[test]
    fn the_text_of_a_document_speaks_for_its_issuer() {
        // نص البيان: the text of a statement named before is its issuer's
        let text = "أكدت الرابطة في بيان أن الاعتصام «مفتوح». وجاء في نص البيان أن المطالب «مشروعة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الرابطة"));
        // (the text of a document never introduced stays as printed)
        let text = "وجاء في نص المرسوم أن المهلة «ثلاثة أشهر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("نص المرسوم"));
    }

    #[test]
    fn a_document_issued_in_a_sentence_without_words_has_its_issuer() {
        // أصدرت الهيئة تعميماً …، then وجاء في التعميم: the subject of the
        // verb of issuing issued it, though the sentence quotes nothing
        // (far past the reach of the look back for the indefinite
        // document, and past a traveller quoted between)
        let between =
            "وشهدت صالات المطار حركة نشطة خلال الأسبوع الماضي مع اقتراب موسم الإجازات في المدن الكبرى. "
                .repeat(9);
        let text = format!(
            "أصدرت هيئة الطيران تعميماً حول الحقائب. {between}وقال المسافر سامي علي إن القرار «مفاجئ». \
             وأكد التعميم أن الوزن «لا يتجاوز عشرين كيلوغراماً»."
        );
        assert_eq!(speaker_text(&text, 1).as_deref(), Some("هيئة الطيران"));
        // (the first document of the sentence keeps its issuer when another
        // document word follows: حكم is a ruling on something here)
        let text = format!(
            "أصدر مجلس الإفتاء فتوى في حكم بيع الذهب بالتقسيط. {between}وقال التاجر سامي علي إن السوق «راكدة». \
             وأوضحت الفتوى أن البيع «جائز بشروط»."
        );
        assert_eq!(speaker_text(&text, 1).as_deref(), Some("مجلس الإفتاء"));
    }

    #[test]
    fn a_headlines_colon_frame_takes_its_last_definite_genitive() {
        // خطيب الجامع العتيق: «…»: a definite word the lists do not know,
        // left before the colon, ends the frame's phrase
        let rows = [("خطيب الجامع العتيق: «الصبر مفتاح الفرج»\nألقى الخطيب كلمته.", "خطيب الجامع العتيق")];
        first_speakers_are(&rows);
        // (a time word before the colon is no part of it)
        let rows = [("المدرب اليوم: «جاهزون»\nتحدث المدرب للصحفيين.", "المدرب")];
        first_speakers_are(&rows);
    }

    #[test]
    fn walad_links_a_name_to_the_fathers() {
        // محمد ولد سالم: ولد (son of) goes on to the father's name after an office
        let text = "وقال المحاضر في القانون العام أحمد ولد محمود إن النص «غامض».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المحاضر في القانون العام أحمد ولد محمود"));
    }

    #[test]
    fn a_subordinate_verbs_clause_goes_on_past_its_subjects_apposition() {
        // حيث كتب أحدهم، ويدعى فلان، على صفحته: «…»: the aside's closing
        // comma does not end the clause of the cue
        let text = "وانتشر الخبر بسرعة، حيث كتب أحد الصيادين، ويدعى ماهر العلي، على حسابه: «البحر غاضب».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أحد الصيادين، ويدعى ماهر العلي"));
    }

    #[test]
    fn a_live_blogs_time_opens_no_subject() {
        // 09:20 | قررت الهيئة …، أكدت فيه: past the time and its bar, the
        // body the entry opens on is the later verb's subject
        let text = "11:40 | قررت بلدية المدينة إغلاق الجسر، في إعلان على موقعها أكدت فيه أن الإغلاق «مؤقت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("بلدية المدينة"));
    }

    #[test]
    fn a_bare_title_in_construct_with_a_short_name_in_marks() {
        // أفاد مراسل «المدى» في …: the marks name the correspondent's outlet
        let text = "وأفاد مراسل «المدى» في المدينة بانقطاع الماء عن الأحياء الشرقية.";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
        // (a title before marks that close the sentence: the words said)
        let text = "قال مسؤول «الوضع مقلق جداً».";
        assert!(Extractor::new().extract(text).attributions()[0].kind().is_speech());
    }

    #[test]
    fn a_joined_verb_shares_the_subject_of_the_reporting_verb_before_it() {
        // رفعت الهيئة التأهب، وقالت المتحدثة باسمها …، وتابعت: the spokeswoman
        // goes on, not the body that opens the sentence
        let text = "رفعت الهيئة درجة التأهب، وقالت المتحدثة باسمها، منى العلي، إن الوضع \"حرج\"، وتابعت: «الأيام المقبلة صعبة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المتحدثة باسمها، منى العلي"));
        // (a verb that does not agree with it looks further: the body)
        let text =
            "رفعت الهيئة درجة التأهب، وقال المتحدث باسمها إن الوضع \"حرج\"، وأضافت: «الأيام المقبلة صعبة».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الهيئة"));
    }

    #[test]
    fn two_titles_with_an_office_then_the_holders_name() {
        // الشاعر والمحاضر في معهد …، الدكتور فلان: one holder
        let text = "وقال الشاعر والمحاضر في معهد الفنون الدكتور سالم العبدالله إن الديوان «جريء».";
        assert_eq!(
            speaker_text(text, 0).as_deref(),
            Some("الشاعر والمحاضر في معهد الفنون الدكتور سالم العبدالله")
        );
    }

    #[test]
    fn a_titles_institution_in_marks_after_fi() {
        // الباحث في «…» فلان: the institution in marks, then the holder's name
        let text = "ويعتقد المحلل في «بيت الخبرة» ماجد العطيات أن الأسعار «ستهبط قريباً».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المحلل في «بيت الخبرة» ماجد العطيات"));
        // with no name after it, a body's noun opens the marks
        let text = "وقالت الخبيرة في «مركز الريادة» إن الطلب «يتراجع ببطء».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("الخبيرة في «مركز الريادة»"));
        // (where the words were said is no institution)
        let text = "وقال المدرب في «لقاء الأربعاء» إن الفريق «لم يستسلم».";
        assert_eq!(speaker_text(text, 1).as_deref(), Some("المدرب"));
        // the same phrase as the topic of أما
        let text = "أما المحلل في «بيت الخبرة»، ماجد العطيات، فيرى أن الأسعار «ستهبط».";
        assert!(speaker_text(text, 1).is_some_and(|s| s.ends_with("ماجد العطيات")));
    }

    #[test]
    fn a_group_on_lam_in_an_office_before_the_holders_name() {
        // رئيس الرابطة لأولياء …، فلان: the office's genitive, then the name
        let text = "وقال رئيس الرابطة الأهلية لسكان الأحياء القديمة مروان الحلبي إن الترميم «تأخر».";
        assert_eq!(
            speaker_text(text, 0).as_deref(),
            Some("رئيس الرابطة الأهلية لسكان الأحياء القديمة مروان الحلبي")
        );
        // (with no name after, the group is whom the words were said to)
        let text = "وقال رئيس الرابطة لسكان الأحياء إن الترميم «تأخر».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("رئيس الرابطة"));
    }

    #[test]
    fn a_noun_with_the_article_ending_in_ha_carries_no_pronoun() {
        // والمياه: the ه is the noun's own, no "its" opening an aside
        let text = "وقال مدير هيئة الكهرباء والمياه سالم الراشد إن الانقطاع «مؤقت».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مدير هيئة الكهرباء والمياه سالم الراشد"));
        use super::{ends_in_pronoun, with_article};
        assert!(with_article("والمياه") && with_article("للمياه") && with_article("الاتجاه"));
        // (إليه printed without its hamza, a parent, a governor)
        assert!(!with_article("اليه") && !with_article("والدته") && !with_article("واليها"));
        assert!(ends_in_pronoun("ومقرها") && !ends_in_pronoun("والمياه"));
    }

    #[test]
    fn a_description_on_its_preposition_is_an_aside_of_the_topic() {
        // أما فلانة، الحاصلة على …، فقالت: the topic is the name before the aside
        let text = "أما المهندسة رغد الزعبي، العائدة من الخارج قبل عامين، فقالت إن السوق «صغيرة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المهندسة رغد الزعبي"));
        // (a title in apposition stays in the topic)
        let text = "أما رغد الزعبي، المهندسة في الشركة، فقالت إن السوق «صغيرة».";
        assert!(speaker_text(text, 0).is_some_and(|s| s.starts_with("رغد الزعبي")));
    }

    #[test]
    fn a_count_of_a_group_and_a_number_after_a_name() {
        // (a number after a full name opens an amount: the name ends there)
        let text =
            "قضت المحكمة بتغريم الناشط سامر العتوم 3 آلاف دينار.\nوكان العتوم قد كتب: «رئيس البلدية ظالم».";
        let speaker = speaker_text(text, 0).unwrap_or_default();
        assert!(speaker.contains("العتوم") && !speaker.contains("دينار"), "{speaker}");
        // (and after a count of the group; آلاف is no noun with the article)
        let text = "واحتشد آلاف العمال حاملين لافتات كتب عليها «حقوقنا أولاً».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("آلاف العمال"));
    }

    #[test]
    fn corridors_fields_crudes_and_outlets_name_what_is_in_marks() {
        let rows = [
            "وقال المسؤول إن القوات انسحبت من محور «الساحل» أمس.",
            "وتراجع سعر خام «الشرق» إلى 70 دولاراً، بحسب المتعاملين.",
            "وأعلنت الشركة زيادة إنتاج حقل «النجمة» بعد الصيانة.",
            "وأكد الوزير توسيع منافذ «خير بلدي» في المحافظات.",
        ];
        for text in rows {
            let doc = Extractor::new().extract(text);
            assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name, "{text}");
        }
    }

    #[test]
    fn the_outlet_spoken_to_after_ila() {
        // في حديث إلى «…»: the outlet, not the words
        let text = "ويلفت سامر، في حديث إلى «نبض الشارع»، إلى أن الأسعار «مرتفعة».";
        let doc = Extractor::new().extract(text);
        assert_eq!(doc.attributions()[0].kind(), QuoteKind::Name);
        assert_eq!(doc.attributions()[1].kind(), QuoteKind::Speech);
    }

    #[test]
    fn one_of_these_people_is_one_phrase() {
        let text = "وتحدث الصحفيون إلى موظفين في الوزارة، وقال أحد هؤلاء الموظفين: «لم نتقاض رواتبنا».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("أحد هؤلاء الموظفين"));
    }

    #[test]
    fn a_body_s_complement_on_lam_after_its_adjective() {
        // المجموعة الإنمائية لدول …: ل on a group in construct names the
        // body's members, not whom it spoke to
        let text = "وحذرت المجموعة الإنمائية لدول الجنوب من «ركود طويل».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("المجموعة الإنمائية لدول الجنوب"));
        let text = "وأكدت الرابطة الوطنية لجمعيات المزارعين أن الموسم «ضعيف».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الرابطة الوطنية لجمعيات المزارعين"));
        // (a noun with its pronoun is whom it spoke to: لعملائها)
        let text = "وقالت الشركة الوطنية لعملائها إن الخدمة «ستعود».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الشركة الوطنية"));
    }

    #[test]
    fn cells_are_bodies_and_visitors_are_people() {
        // بلاغ للخلية: the cell the document is issued by
        let text = "أعلنت خلية الأزمة إغلاق المدارس. وجاء في بلاغ للخلية: «الإغلاق أسبوعان».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("خلية الأزمة"));
        // الزائر فلان: a visitor heads a person's phrase
        let text = "ويرى الزائر ماهر النجار أن المعرض «ممتع».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("الزائر ماهر النجار"));
    }

    #[test]
    fn a_bodys_service_in_its_province_closes_its_name() {
        // مكتب الإعلام بأمن العاصمة، …: ب on a service in construct with its
        // province, then a comma, ends the body's name
        let text = "وحسب بيان لمكتب الإعلام بأمن العاصمة، فإن الموقوفين «ثلاثة».";
        assert_eq!(speaker_text(text, 0).as_deref(), Some("مكتب الإعلام بأمن العاصمة"));
    }

    #[test]
    fn the_last_of_a_list_of_definite_nouns_in_marks_is_a_topic() {
        // الأسعار والمطر و«النشامى»: a list of topics, no one's words
        let text = "جولة في الصحف: الأسعار والمطر و«النشامى» في الصدارة";
        assert_eq!(Extractor::new().extract(text).attributions()[0].kind(), QuoteKind::Name);
        // (in a source's reported clause, the words are the source's)
        let text = "وقال النائب إن البلد يواجه الغلاء والبطالة و«الفساد المنظم».";
        assert!(Extractor::new().extract(text).attributions()[0].kind().is_speech());
    }
}
