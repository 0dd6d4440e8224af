//! Stage 4b: who the document is talking about.
//!
//! Arabic news names a source once and then refers to it in other ways:
//!
//! - it **drops the subject** (`وأضاف «…»`, `وتابعت «…»`, `مؤكداً «…»`):
//!   the verb's person, gender and number are all that is left;
//! - it uses a **shorter name** (`كمال زيدان` … `زيدان`) or a **description**
//!   (`الدبلوماسي الأميركي` for an ambassador named two paragraphs before,
//!   `الوزيرة` for a woman minister);
//! - it prints the name **in marks** (`وقال «البرقاوي»`).
//!
//! The discourse walks the document in order and keeps an [`Entity`] for
//! each source: the names and descriptions used for it, the gender and
//! number the text gives it (from cue agreement, `قالت` / `أكدوا`, and from
//! titles, `وزيرة`), and its quotations. A phrase with a name links to the
//! entity that shares its name words (`زيدان` ⊂ `كمال زيدان`); a description
//! without a name links to the most recent entity it fits: the same or a
//! more general title (`الدبلوماسي` fits `السفير`, `المسؤول` fits any
//! office), every adjective matching one the entity was given (spelling
//! variants such as `الأميركي` / `الأمريكي` match), and agreeing gender and
//! number. A description that fits nobody starts a new entity. A dropped
//! subject resolves to the current subject when it agrees with the verb's
//! form, or else to the most recent entity that does; a new explicit
//! subject takes over.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::record::{Gender, Mention, Number, Speaker};
use crate::span::Span;
use crate::token::article_stem;

/// What a phrase naming a source says about it, as attribution read it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Naming {
    /// Folded words of a proper name (`كمال`, `زيدان`).
    pub names: Vec<Box<str>>,
    /// Folded stems of its titles, bodies and adjectives (`وزير`, `خارجيه`, `جزائري`).
    pub descriptors: Vec<Box<str>>,
    /// The folded stem of the phrase's first title or body word, if any.
    pub head: Option<Box<str>>,
    /// The stem of a second title in apposition after a comma (`الدكتور
    /// فلان، وزير الصحة`): a later `الوزير` refers to the holder too.
    pub apposed: Option<Box<str>>,
    /// Whether the phrase is definite (`الوزير`, `وزير الخارجية`), so that
    /// it can refer back to someone named before.
    pub definite: bool,
    /// Whether the head is an institution or document (`مكتب`, `وزارة`,
    /// `بيان`) rather than a person's title: `مكتب رئيس الوزراء فلان` is
    /// not `فلان`.
    pub body: bool,
}

/// A speaker the document has named.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Known<'h> {
    pub mention: Mention<'h>,
    pub gender: Gender,
    pub number: Number,
    pub entity: Option<usize>,
    /// The quotation the name was printed in (`وقال «البرقاوي»`), if any.
    pub in_marks: Option<u32>,
    /// Shared, since a phrase's speaker is copied into every decision it
    /// makes and the naming itself does not change after it is read.
    pub naming: Rc<Naming>,
    /// Whether a description without a name was linked to a named entity.
    pub described: bool,
    /// A second phrase naming the same source (a name after a parenthesis),
    /// with its key.
    pub extra: Option<(Mention<'h>, String)>,
    /// The mention's folded words joined by spaces (empty: not computed).
    pub key: String,
}

impl<'h> Known<'h> {
    pub fn new(mention: Mention<'h>, gender: Gender) -> Known<'h> {
        Known {
            mention,
            gender,
            number: Number::Unknown,
            entity: None,
            in_marks: None,
            naming: Rc::default(),
            described: false,
            extra: None,
            key: String::new(),
        }
    }

    /// The speaker of a decided quotation, as a known speaker.
    pub fn from_speaker(speaker: &Speaker<'h>) -> Known<'h> {
        let mut k = Known::new(speaker.name(), speaker.gender());
        k.number = speaker.number();
        k.entity = speaker.entity();
        k
    }
}

/// One source of the document: every way it was named, and its quotations.
///
/// `'h` is the lifetime of the document's text.
///
/// # Examples
///
/// ```
/// let text = "قال وزير الخارجية سامي حداد إن «الحوار مستمر». وأكد حداد أن «لا تراجع».";
/// let doc = isnad::Extractor::new().extract(text);
/// let table = doc.speakers();
/// assert_eq!(table.len(), 1);
/// assert_eq!(table[0].name(), "وزير الخارجية سامي حداد");
/// assert_eq!(table[0].mentions().len(), 2);
/// assert_eq!(table[0].quotes(), [0, 1]);
/// assert_eq!(table[0].gender(), isnad::Gender::Masculine);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity<'h> {
    #[serde(borrow)]
    name: Cow<'h, str>,
    start: usize,
    end: usize,
    gender: Gender,
    number: Number,
    #[serde(borrow)]
    mentions: Vec<Mention<'h>>,
    quotes: Vec<usize>,
}

impl<'h> Entity<'h> {
    /// The fullest name the document gives this source.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Where that name stands in the document.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The grammatical gender the text gives the source, or unknown.
    pub fn gender(&self) -> Gender {
        self.gender
    }

    /// The grammatical number the text gives the source, or unknown.
    pub fn number(&self) -> Number {
        self.number
    }

    /// Every phrase that names the source, in document order.
    pub fn mentions(&self) -> &[Mention<'h>] {
        &self.mentions
    }

    /// The indices (in [`Document::attributions`](crate::Document::attributions))
    /// of the source's quotations.
    pub fn quotes(&self) -> &[usize] {
        &self.quotes
    }

    /// The canonical name as a mention (text and span).
    pub(crate) fn name_mention(&self) -> Mention<'h> {
        Mention::from_cow(self.name.clone(), self.span())
    }

    /// The same entity with owned text.
    pub fn into_owned(self) -> Entity<'static> {
        Entity {
            name: Cow::Owned(self.name.into_owned()),
            start: self.start,
            end: self.end,
            gender: self.gender,
            number: self.number,
            mentions: self.mentions.into_iter().map(Mention::into_owned).collect(),
            quotes: self.quotes,
        }
    }
}

/// An entity while the document is read.
#[derive(Clone, Debug)]
struct Building<'h> {
    mentions: Vec<Mention<'h>>,
    /// The spans of `mentions`, and their folded words, for constant-time checks.
    spans: FxHashSet<Span>,
    names: Vec<Box<str>>,
    descriptors: Vec<Box<str>>,
    heads: Vec<Box<str>>,
    /// Whether the first head was an institution's.
    body: Option<bool>,
    gender: Gender,
    number: Number,
    /// Whether a cue made it a source (not only mentioned by title).
    speaker: bool,
    /// Whether it was first named by words in marks (`«التربية»`).
    in_marks: bool,
    /// Whether its first mention had name words (not `عضو في المجلس`).
    introduced_by_name: bool,
    quotes: Vec<usize>,
}

impl<'h> Building<'h> {
    fn new() -> Building<'h> {
        Building {
            mentions: Vec::new(),
            spans: FxHashSet::default(),
            names: Vec::new(),
            descriptors: Vec::new(),
            heads: Vec::new(),
            body: None,
            gender: Gender::Unknown,
            number: Number::Unknown,
            speaker: false,
            in_marks: false,
            introduced_by_name: false,
            quotes: Vec::new(),
        }
    }

    fn add(&mut self, known: &Known<'h>) {
        if self.mentions.is_empty() {
            self.in_marks = known.in_marks.is_some();
            self.introduced_by_name = !known.naming.names.is_empty();
        }
        for m in std::iter::once(&known.mention).chain(known.extra.as_ref().map(|(m, _)| m)) {
            if self.spans.insert(m.span()) {
                self.mentions.push(m.clone());
            }
        }
        for n in &known.naming.names {
            if !self.names.contains(n) {
                self.names.push(n.clone());
            }
        }
        for d in &known.naming.descriptors {
            if !self.descriptors.contains(d) {
                self.descriptors.push(d.clone());
            }
        }
        if let Some(h) = &known.naming.head {
            if !self.heads.contains(h) {
                self.heads.push(h.clone());
            }
            self.body.get_or_insert(known.naming.body);
        }
        if let Some(h) = known.naming.apposed.as_ref().filter(|h| !self.heads.contains(h)) {
            self.heads.push(h.clone());
        }
        if self.gender == Gender::Unknown {
            self.gender = known.gender;
        }
        if self.number == Number::Unknown {
            self.number = known.number;
        }
    }

    /// Whether the entity is an institution known by no name words (a
    /// ministry, a court), not a document (بيان، دراسة) or a person.
    fn is_institution(&self) -> bool {
        self.body == Some(true) && self.names.is_empty() && !self.is_document() && !self.heads.is_empty()
    }

    /// Whether the entity is a document (بيان، دراسة), by its first head.
    fn is_document(&self) -> bool {
        let words = crate::words::Words::builtin();
        self.heads.first().is_some_and(|h| words.exact(h).has(crate::words::Class::DOCUMENT))
    }

    fn agrees(&self, gender: Gender, number: Number) -> bool {
        self.gender.agrees(gender) && self.number.agrees(number)
    }

    /// The mention to show as the entity's name: the one with the most name
    /// words (the fullest name), then (for an institution known by no name
    /// words) the longest up to 8 words, then (for any other source known
    /// by no name) its introduction, a mention without the article of at
    /// most 6 words, then the shortest, then the first; at most 12 words.
    fn canonical(&self) -> Option<&Mention<'h>> {
        let institution = self.is_institution();
        let document = self.is_document();
        let score = |m: &Mention<'h>| {
            let (mut words, mut named) = (0, 0);
            for word in m.text().split_whitespace() {
                let word = crate::normalize::fold(word.trim_matches(|c: char| !is_alphanumeric(c)));
                words += 1;
                named += usize::from(self.names.iter().any(|n| word.ends_with(&**n)));
            }
            // an institution's full name is its name (وزارة الشؤون
            // البلدية, not الوزارة)
            let full_name = if institution { words.min(8) } else { 0 };
            // a source known by no name is shown as the text introduces
            // it (مسؤول حكومي رفيع, not the later المسؤول)
            // (a document is shown by its head: التقرير, not تقرير صادر عن)
            let introduced =
                self.names.is_empty() && !institution && !document && words <= 6 && is_indefinite(m.text());
            (words <= 12, named, full_name, introduced, std::cmp::Reverse((words, m.span().start)))
        };
        self.mentions.iter().max_by_key(|m| score(m))
    }
}

/// Whether a mention opens on a word without the article (an
/// introduction: `مسؤول كبير`, `مصادر مطلعة`), a conjunction read off.
fn is_indefinite(mention: &str) -> bool {
    let first = mention.split_whitespace().next().unwrap_or("");
    let folded = crate::normalize::fold(first);
    let bare = folded.strip_prefix('و').filter(|r| r.starts_with("ال")).unwrap_or(&folded);
    !bare.is_empty() && !bare.starts_with("ال") && !bare.starts_with("لل")
}

/// [`char::is_alphanumeric`], answered without a table lookup for the
/// letters of the Arabic alphabet.
fn is_alphanumeric(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') || c.is_alphanumeric()
}

/// What [`Discourse::enter`] saves: the current speaker and the outer one.
pub(crate) struct Scope<'h> {
    current: Option<usize>,
    previous: Option<usize>,
    outer: Option<Known<'h>>,
}

/// A single definite word of the nisba shape (`الفرنسي`، `البرتغالية`).
fn is_nisba_alone(key: &str) -> bool {
    !key.contains(' ')
        && key.starts_with("ال")
        && (key.ends_with('ي') || key.ends_with("يه"))
        && key.chars().count() >= 6
}

/// How many recent speakers a dropped subject may reach back to.
const RECENT_SPEAKERS: usize = 16;

/// The discourse state of one document (or of the inside of one quotation).
///
/// Linking a phrase costs a few hash lookups: entities are indexed by their
/// name words, their title heads and the folded words of each mention, so a
/// long document (or a whole corpus passed as one text) is read in linear time.
#[derive(Clone, Debug, Default)]
pub(crate) struct Discourse<'h> {
    entities: Vec<Building<'h>>,
    /// When each entity was last mentioned (a counter, not a position).
    seen: Vec<u64>,
    clock: u64,
    by_name: FxHashMap<Box<str>, Vec<usize>>,
    by_head: FxHashMap<Box<str>, Vec<usize>>,
    by_key: FxHashMap<String, usize>,
    /// Recently mentioned entities that carry a title, for general
    /// descriptions (`المسؤول`, `الدبلوماسي`).
    titled: Vec<usize>,
    /// Recent sources, most recent last, for dropped subjects.
    speakers: Vec<usize>,
    current: Option<usize>,
    /// The current entity before the last change: the one a question the
    /// current one puts may be asked of (`تنتظر فلانة …، تسألها «الصحيفة»`).
    previous: Option<usize>,
    outer: Option<Known<'h>>,
    /// Who issued the documents the text named (`أصدرت الوزارة بياناً`,
    /// `قال المجلس في بيان`): each document's stem with its issuer, the
    /// most recent last, for a later `وأضاف البيان`.
    issuers: Vec<(Box<str>, usize)>,
}

impl<'h> Discourse<'h> {
    pub fn new() -> Discourse<'h> {
        Discourse::default()
    }

    /// Enters the inside of a quotation said by `outer`: its first person
    /// and dropped subjects refer to the outer speaker. Returns what
    /// [`leave`](Self::leave) restores.
    pub fn enter(&mut self, outer: Option<&Speaker<'h>>) -> Scope<'h> {
        let saved = Scope { current: self.current, previous: self.previous, outer: self.outer.take() };
        self.outer = outer.map(Known::from_speaker);
        self.current = outer.and_then(|s| s.entity()).filter(|&id| id < self.entities.len());
        saved
    }

    /// Leaves a quotation entered with [`enter`](Self::enter).
    pub fn leave(&mut self, saved: Scope<'h>) {
        self.current = saved.current;
        self.previous = saved.previous;
        self.outer = saved.outer;
    }

    /// Notes a phrase as a speaker only when it names an entity the
    /// document already knows by name (a headline's surname, `ألميدا:`,
    /// once the body has named `رودريغو ألميدا`); `None` otherwise.
    pub fn note_if_named(&mut self, known: Known<'h>) -> Option<Known<'h>> {
        let id = self.link(&known)?;
        if self.entities[id].names.is_empty() {
            return None;
        }
        Some(self.note(known, false, true))
    }

    /// Whether entity `id` is a person the document introduced by a
    /// description only (`طبيب`), no name and no body, though a later
    /// mention may have named it (`الطبيب فلان`).
    pub fn introduced_nameless_person(&self, id: usize) -> bool {
        self.entities.get(id).is_some_and(|e| !e.introduced_by_name && e.body != Some(true))
    }

    /// Whether a folded word is a name word of some entity (a cheap test
    /// before [`known_person`](Self::known_person)).
    pub fn has_name_word(&self, word: &str) -> bool {
        self.by_name.contains_key(word)
    }

    /// The gender and number of the person a phrase names, when the
    /// document has already named them (`لينا`, once it named `لينا بن
    /// يوسف`): a named entity that is no body.
    pub fn known_person(&self, known: &Known<'h>) -> Option<(Gender, Number)> {
        self.link(known)
            .and_then(|id| self.entities.get(id))
            .filter(|e| !e.names.is_empty() && e.body != Some(true))
            .map(|e| (e.gender, e.number))
    }

    /// Whether entity `id` has a name.
    pub fn is_named(&self, id: usize) -> bool {
        self.entities.get(id).is_some_and(|e| !e.names.is_empty())
    }

    /// The first source after `id` (an entity a cue made a speaker) that
    /// the document names and that shares a title with it, when `id`
    /// itself is known by no name: a headline's `مخرجة «…»:`, then the
    /// body's `وقالت المخرجة فلانة الفلانية`.
    pub fn named_later(&self, id: usize) -> Option<usize> {
        let e = self.entities.get(id)?;
        if !e.names.is_empty() {
            return None;
        }
        e.heads
            .iter()
            .filter_map(|h| self.by_head.get(h))
            .flatten()
            .copied()
            .filter(|&other| {
                other > id && self.entities[other].speaker && !self.entities[other].names.is_empty()
            })
            .min()
    }

    /// The first source after `id` that the document names with the folded
    /// word `name`: a headline's `.. وكارفالو: «…»`, whose و is the
    /// conjunction, then the body's `ماركو كارفالو`.
    pub fn source_named_later(&self, id: usize, name: &str) -> Option<usize> {
        self.by_name
            .get(name)?
            .iter()
            .copied()
            .filter(|&other| other > id && self.entities[other].speaker)
            .min()
    }

    /// The first source after `id` that is a body whose words hold all of
    /// `id`'s, when `id` is known only by such words: a headline's short
    /// name in marks (`و«التربية»: «…»`), then the body's `وقالت وزارة
    /// التربية والتعليم`. Reads the later entities once: linear in them.
    pub fn body_named_later(&self, id: usize) -> Option<usize> {
        let e = self.entities.get(id)?;
        if !e.in_marks {
            return None;
        }
        // (compared without the article: التربية in marks, وزارة التربية)
        let words: Vec<&str> = e.names.iter().chain(&e.descriptors).map(|w| article_stem(w)).collect();
        if words.is_empty() {
            return None;
        }
        (id + 1..self.entities.len()).find(|&other| {
            let o = &self.entities[other];
            let holds = |w: &&str| o.descriptors.iter().chain(&o.names).any(|d| article_stem(d) == *w);
            o.speaker && o.body == Some(true) && words.iter().all(holds)
        })
    }

    /// Links a phrase naming a speaker (or a person mentioned by title) to
    /// its entity, and returns it with the entity set. A `speaker` phrase
    /// that is a main clause's subject becomes the current one.
    pub fn note(&mut self, mut known: Known<'h>, current: bool, speaker: bool) -> Known<'h> {
        let id = match self.link(&known) {
            Some(id) => id,
            None => {
                self.entities.push(Building::new());
                self.seen.push(0);
                self.entities.len() - 1
            }
        };
        self.add(id, &known);
        let e = &mut self.entities[id];
        e.speaker |= speaker;
        known.described = known.naming.names.is_empty() && !e.names.is_empty();
        known.entity = Some(id);
        if known.gender == Gender::Unknown {
            known.gender = e.gender;
        }
        if known.number == Number::Unknown {
            known.number = e.number;
        }
        self.touch(id);
        if speaker {
            push_recent(&mut self.speakers, id, RECENT_SPEAKERS);
        }
        if current {
            self.make_current(id);
        }
        known
    }

    fn make_current(&mut self, id: usize) {
        if self.current != Some(id) {
            self.previous = self.current;
        }
        self.current = Some(id);
    }

    /// Adds a phrase to an entity and to the indices.
    fn add(&mut self, id: usize, known: &Known<'h>) {
        let e = &mut self.entities[id];
        let before = (e.names.len(), e.heads.len());
        e.add(known);
        for n in &e.names[before.0..] {
            self.by_name.entry(n.clone()).or_default().push(id);
        }
        for h in &e.heads[before.1..] {
            self.by_head.entry(h.clone()).or_default().push(id);
        }
        self.by_key.insert(key_of(known).into_owned(), id);
        if let Some((_, key)) = &known.extra {
            self.by_key.insert(key.clone(), id);
        }
        if !e.heads.is_empty() {
            push_recent(&mut self.titled, id, RECENT_SPEAKERS);
        }
    }

    fn touch(&mut self, id: usize) {
        self.clock += 1;
        self.seen[id] = self.clock;
    }

    /// The most recently mentioned of `candidates` that satisfies `keep`.
    fn latest(&self, candidates: &[usize], keep: impl Fn(&Building<'h>) -> bool) -> Option<usize> {
        candidates.iter().copied().filter(|&id| keep(&self.entities[id])).max_by_key(|&id| self.seen[id])
    }

    /// The entity a phrase refers to, if the document named it before.
    fn link(&self, known: &Known<'h>) -> Option<usize> {
        let naming = &known.naming;
        if !naming.names.is_empty() {
            // the same name: every name word of the shorter in the longer
            let mut candidates: Vec<usize> =
                naming.names.iter().filter_map(|n| self.by_name.get(n)).flatten().copied().collect();
            candidates.sort_unstable();
            candidates.dedup();
            let by_name = self.latest(&candidates, |e| {
                // مكتب داود is not داود: a bare name links to a person,
                // an office to an institution
                let same_kind = match (&naming.head, e.body) {
                    (_, None) => true,
                    (None, Some(body)) => !body,
                    (Some(_), Some(body)) => body == naming.body,
                };
                same_kind
                    && e.agrees(known.gender, known.number)
                    && (naming.names.iter().all(|n| e.names.contains(n))
                        || e.names.iter().all(|n| naming.names.contains(n)))
            });
            if by_name.is_some() {
                return by_name;
            }
            // وأضاف الفرنسي after المدرب الفرنسي فلان: a nisba of origin
            // alone, read as a family name, stands for a recent speaker it
            // described
            if let ([nisba], None) = (naming.names.as_slice(), &naming.head) {
                if is_nisba_alone(nisba) {
                    // (descriptors are kept without the article)
                    let bare = nisba.strip_prefix("ال").unwrap_or(nisba);
                    let described = |e: &Building<'h>| {
                        e.agrees(known.gender, known.number)
                            && e.descriptors.iter().any(|d| &**d == bare)
                            // (of someone named, whose family name it is not: الكتبي)
                            && !e.names.is_empty()
                            && !e.names.iter().any(|n| n == nisba || &**n == bare)
                    };
                    if let Some(id) = self.latest(&self.speakers, described) {
                        return Some(id);
                    }
                }
            }
            // a name given to an entity known so far only by description
            let head = naming.head.as_ref()?;
            let described = self.by_head.get(head).map_or(&[][..], |v| v.as_slice());
            return self.latest(described, |e| e.names.is_empty() && self.fits(e, known));
        }
        let key = key_of(known);
        if let Some(&id) = self.by_key.get(&*key) {
            return Some(id);
        }
        // الحلواني after رامي الحلواني: a family name with the article,
        // alone, that no list knows, is the name word of someone named before
        if naming.head.is_none() && key.starts_with("ال") && !key.contains(' ') {
            if let Some(ids) = self.by_name.get(&*key) {
                return self.latest(ids, |e| e.agrees(known.gender, known.number));
            }
        }
        let head = naming.head.as_ref().filter(|_| naming.definite)?;
        // a definite description: the latest entity it fits (مسؤول تركي,
        // indefinite, introduces someone new)
        let by_head = self.by_head.get(head).map_or(&[][..], |v| v.as_slice());
        let titled = if is_general(head) { &self.titled[..] } else { &[] };
        [by_head, titled]
            .into_iter()
            .flatten()
            .copied()
            .filter(|&id| self.fits(&self.entities[id], known))
            .max_by_key(|&id| self.seen[id])
    }

    /// Whether a description fits what the document said of an entity.
    fn fits(&self, e: &Building<'h>, known: &Known<'h>) -> bool {
        let naming = &known.naming;
        if !e.agrees(known.gender, known.number) {
            return false;
        }
        let Some(head) = &naming.head else {
            return false;
        };
        let head_fits = e.heads.iter().any(|h| same_stem(h, head)) || is_general(head) && !e.heads.is_empty();
        if !head_fits {
            return false;
        }
        // every other descriptor must match one the entity was given
        naming
            .descriptors
            .iter()
            .filter(|d| *d != head)
            .all(|d| e.descriptors.iter().any(|x| same_stem(x, d)))
    }

    /// Records what a verb with a dropped subject says of the entity it
    /// refers to (`وأضافوا`: plural), where nothing was known.
    pub fn agree(&mut self, entity: usize, gender: Gender, number: Number) {
        if let Some(e) = self.entities.get_mut(entity) {
            if e.gender == Gender::Unknown {
                e.gender = gender;
            }
            if e.number == Number::Unknown {
                e.number = number;
            }
        }
    }

    /// Counts a quotation for an entity.
    pub fn quoted(&mut self, entity: usize, quote: usize) {
        if let Some(e) = self.entities.get_mut(entity) {
            e.speaker = true;
            if e.quotes.last() != Some(&quote) {
                e.quotes.push(quote);
            }
            push_recent(&mut self.speakers, entity, RECENT_SPEAKERS);
        }
    }

    /// Takes back a quotation given to an entity by [`quoted`](Self::quoted)
    /// when it turns out to be a name.
    pub fn unquote(&mut self, entity: usize, quote: usize) {
        if let Some(e) = self.entities.get_mut(entity) {
            e.quotes.retain(|&q| q != quote);
        }
    }

    /// Records that the entity `id` issued the document `stem` (`بيان`):
    /// a later bare `البيان` speaks for it. A document speaks for no other.
    pub fn note_issuer(&mut self, stem: &str, id: usize) {
        if self.entities.get(id).is_none_or(|e| e.is_document()) {
            return;
        }
        self.issuers.retain(|(s, _)| &**s != stem);
        if self.issuers.len() == RECENT_SPEAKERS {
            self.issuers.remove(0);
        }
        self.issuers.push((stem.into(), id));
    }

    /// Who issued the document `stem` the text named last, if it said.
    pub fn issuer(&self, stem: &str) -> Option<Known<'h>> {
        let &(_, id) = self.issuers.iter().rev().find(|(s, _)| &**s == stem)?;
        Some(self.known_of(id))
    }

    /// Makes the speaker of a quotation the current one.
    pub fn set_current_from(&mut self, speaker: &Speaker<'h>) {
        if let Some(id) = speaker.entity().filter(|&id| id < self.entities.len()) {
            self.make_current(id);
            self.touch(id);
        }
    }

    /// The current speaker.
    pub fn current(&self) -> Option<Known<'h>> {
        self.current.map(|id| self.known_of(id))
    }

    /// The speaker around this level, for first-person cues inside a quotation.
    pub fn outer(&self) -> Option<Known<'h>> {
        self.outer.clone()
    }

    /// The speaker a dropped subject of this gender and number refers to:
    /// the current one if it agrees, else the most recent source that does.
    pub fn resolve(&self, gender: Gender, number: Number) -> Option<Known<'h>> {
        if let Some(id) = self.current {
            if self.entities[id].agrees(gender, number) {
                return Some(self.known_of(id));
            }
        }
        let id = self.latest(&self.speakers, |e| e.agrees(gender, number))?;
        Some(self.known_of(id))
    }

    /// The most recent source of this gender and number other than the
    /// current one: who was asked a question the current speaker put with a
    /// pronoun (`وسأله مراسل …: «…»، فرد: «…»`). The one current before
    /// the asker counts too, though not yet quoted (`تنتظر فلانة …،
    /// تسألها «الصحيفة» …، فتجيب`).
    pub fn resolve_other(&self, gender: Gender, number: Number) -> Option<Known<'h>> {
        let asker = self.current?;
        let others: Vec<usize> =
            self.speakers.iter().copied().chain(self.previous).filter(|&id| id != asker).collect();
        let id = self.latest(&others, |e| e.agrees(gender, number))?;
        Some(self.known_of(id))
    }

    fn known_of(&self, id: usize) -> Known<'h> {
        let e = &self.entities[id];
        let mention =
            e.mentions.last().cloned().unwrap_or_else(|| Mention::owned(String::new(), Span::default()));
        let mut k = Known::new(mention, e.gender);
        k.number = e.number;
        k.entity = Some(id);
        k
    }

    /// The speaker table: the entities with quotations, with their canonical
    /// names; and for every entity index, its row in the table.
    pub fn table(&self) -> (Vec<Entity<'h>>, Vec<Option<usize>>) {
        let mut table = Vec::new();
        let mut index = vec![None; self.entities.len()];
        for (id, e) in self.entities.iter().enumerate() {
            if e.quotes.is_empty() {
                continue;
            }
            let Some(name) = e.canonical() else { continue };
            index[id] = Some(table.len());
            let mut mentions = e.mentions.clone();
            mentions.sort_by_key(|m| m.span());
            let mut quotes = e.quotes.clone();
            quotes.sort_unstable();
            quotes.dedup();
            table.push(Entity {
                name: name.cow(),
                start: name.span().start,
                end: name.span().end,
                gender: e.gender,
                number: e.number,
                mentions,
                quotes,
            });
        }
        (table, index)
    }
}

/// Moves `id` to the end of a bounded recency list.
fn push_recent(list: &mut Vec<usize>, id: usize, bound: usize) {
    list.retain(|&e| e != id);
    list.push(id);
    if list.len() > bound {
        list.remove(0);
    }
}

/// Two folded stems that name the same thing, allowing one letter of
/// difference (or two neighbouring letters swapped) in long words
/// (`اميركي` / `امريكي`).
fn same_stem(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    if a_len.min(b_len) < 5 || a_len.abs_diff(b_len) > 1 {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    edit_distance_at_most_one(&a, &b)
}

fn edit_distance_at_most_one(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut i = 0;
    while i < short.len() && short[i] == long[i] {
        i += 1;
    }
    if short.len() == long.len() {
        // one letter replaced, or two neighbours swapped (اميركي / امريكي)
        let swapped = i + 1 < short.len()
            && short[i] == long[i + 1]
            && short[i + 1] == long[i]
            && short[i + 2..] == long[i + 2..];
        i == short.len() || short[i + 1..] == long[i + 1..] || swapped
    } else {
        short[i..] == long[i + 1..]
    }
}

/// Titles general enough to describe anyone holding an office.
fn is_general(head: &str) -> bool {
    matches!(
        head,
        "مسؤول"
            | "مسؤوله"
            | "دبلوماسي"
            | "دبلوماسيه"
            | "سياسي"
            | "قيادي"
            | "قياديه"
            | "رجل"
            | "مصدر"
            // وأضاف المتحدث: "the one speaking", whoever was quoted before
            | "متحدث"
            | "متحدثه"
    )
}

/// A phrase's key: the folded words attribution computed, or (for a
/// speaker carried in from outside) its text folded here.
fn key_of<'k>(known: &'k Known<'_>) -> Cow<'k, str> {
    if known.key.is_empty() {
        Cow::Owned(folded_words(known.mention.text()))
    } else {
        Cow::Borrowed(&known.key)
    }
}

/// The folded words of a phrase, joined by single spaces.
fn folded_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&crate::normalize::fold(w));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::{Extractor, Resolution};

    #[test]
    fn fast_alphanumeric_agrees_with_the_standard_library() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn speakers(text: &str) -> Vec<String> {
        let doc = Extractor::new().extract(text);
        doc.attributions()
            .iter()
            .map(|a| a.speaker().map_or(String::new(), |s| s.text().to_owned()))
            .collect()
    }

    #[test]
    fn a_shorter_name_links_to_the_full_one() {
        let got = speakers("وقال وزير النقل فادي منصور إن «الطريق جاهز». وأكد منصور أن «العمل مستمر».");
        assert_eq!(got[1], got[0]);
        assert!(got[1].contains("فادي منصور"));
    }

    #[test]
    fn a_family_name_with_the_article_links_to_the_full_name() {
        // الحلواني alone: no list knows it, the document named its bearer
        let got =
            speakers("وقال المدرب رامي الحلواني إن «الفريق جاهز». وبحسب الحلواني، فإن «الغيابات كثيرة».");
        assert_eq!(got[1], got[0]);
        // a gender the verb denies: someone else
        let got = speakers("وقال المدرب رامي الحلواني إن «الفريق جاهز». وقالت الحلواني إن «الغيابات كثيرة».");
        assert_ne!(got[1], got[0]);
    }

    #[test]
    fn a_definite_description_links_and_an_indefinite_one_does_not() {
        let text = "قال السفير الفرنسي جان دوبري إن «العلاقات متينة».\n\n\
                    وأضاف الدبلوماسي الفرنسي أن «الزيارة مثمرة».\n\n\
                    وقال مسؤول فرنسي إن «الملف معقد».";
        let doc = Extractor::new().extract(text);
        let second = doc.attributions()[1].speaker().unwrap();
        assert!(second.text().contains("جان دوبري"), "{}", second.text());
        assert_eq!(second.resolution(), Resolution::Description);
        let third = doc.attributions()[2].speaker().unwrap();
        assert!(!third.text().contains("جان دوبري"), "{}", third.text());
        assert_eq!(doc.speakers().len(), 2);
    }

    #[test]
    fn a_description_with_another_nationality_does_not_link() {
        let got =
            speakers("قال السفير الأمريكي جون ديفيس إن «الحوار مهم».\n\nوقال السفير الفرنسي إن «الوقت ضيق».");
        assert!(!got[1].contains("جون ديفيس"), "{}", got[1]);
    }

    #[test]
    fn the_speaker_table_records_gender_and_number() {
        let doc = Extractor::new()
            .extract("وقالت الطبيبة ريم خليل إن «المستشفى ممتلئ». وقال المحتجون إن «المطالب واضحة».");
        let genders: Vec<_> = doc.speakers().iter().map(|e| (e.gender(), e.number())).collect();
        use crate::{Gender, Number};
        assert_eq!(genders, [(Gender::Feminine, Number::Singular), (Gender::Masculine, Number::Plural)]);
    }

    #[test]
    fn stems_match_across_spelling_variants() {
        assert!(same_stem("اميركي", "امريكي"));
        assert!(same_stem("وزير", "وزير"));
        assert!(!same_stem("تركي", "عربي"));
        assert!(!same_stem("قطري", "قطر"));
    }
}
