//! Stage 3: the reporting-cue lexicon.
//!
//! The cue kinds and the data format are documented on [`Lexicon`].

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::normalize::fold;
use crate::record::{Gender, Number, Person};
use crate::words::{Class, Words};

/// The default lexicon's source text.
pub const DEFAULT_CUES: &str = include_str!("data/cues.txt");

/// How a cue introduces a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CueKind {
    /// A finite reporting verb (`قال`, `أكدت`, `يقولون`): its subject is the source.
    #[default]
    Verb,
    /// A participle of manner (`قائلاً`, `مضيفةً`): the source is the subject
    /// of the main clause.
    Participle,
    /// A nominal cue followed by the source (`بحسب`, `وفقاً لـ`, `جاء في`).
    Nominal,
    /// A cue whose pronoun refers back to the source (`على حد قوله`).
    Pronominal,
    /// A relay whose author follows `عن` (`نقلاً عن`, `نقلت … عن`; `إلى` after `نسبت`).
    Relay,
    /// A setting that marks reported speech without naming its source (`في تصريح`).
    Setting,
    /// A colon after a name, as in headlines (`الوزير: «…»`); not in the lexicon.
    Colon,
}

/// What a reporting verb says about its quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CueClass {
    /// Plain speech: `قال`, `أكد`, `أضاف`.
    #[default]
    Say,
    /// Naming or judging something (`وصف`, `اعتبر`, `عدّ`): even a one-word
    /// quotation after it is the source's word.
    Label,
    /// Writing or posting: `كتب`, `غرّد`, `نشر`.
    Write,
    /// Passing on someone else's words: `نقل … عن`.
    Relay,
    /// A speech act done to someone or something: `دعا`, `طالب`, `انتقد`,
    /// `رحّب`. The phrase after it may be its object rather than its subject.
    Act,
}

/// One entry of the lexicon, as found for a word or phrase.
///
/// # Examples
///
/// ```
/// use isnad::{CueKind, Lexicon, Number, Person};
///
/// let lexicon = Lexicon::default();
/// let cue = lexicon.word("يقولون").unwrap();
/// assert_eq!(cue.kind(), CueKind::Verb);
/// assert_eq!((cue.person(), cue.number()), (Person::Third, Number::Plural));
/// assert!(!cue.is_weak());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CueEntry {
    lemma: u32,
    kind: CueKind,
    class: CueClass,
    person: Person,
    gender: Gender,
    number: Number,
    weak: bool,
    object: bool,
}

impl CueEntry {
    /// A plain third-person verb of saying, for phrases found without a cue
    /// of their own (after `عن`, at the start of a clause).
    /// The same entry agreeing with a subject of `gender` (the form of a
    /// verb no list knows: لخّص is masculine, لخّصت feminine).
    pub(crate) fn with_gender(mut self, gender: Gender) -> CueEntry {
        self.gender = gender;
        self
    }

    pub(crate) fn default_say() -> CueEntry {
        CueEntry {
            lemma: u32::MAX,
            kind: CueKind::Verb,
            class: CueClass::Say,
            person: Person::Third,
            gender: Gender::Unknown,
            number: Number::Unknown,
            weak: false,
            object: false,
        }
    }

    /// How the cue introduces a quotation.
    pub fn kind(&self) -> CueKind {
        self.kind
    }

    /// What the verb says about its quotation.
    pub fn class(&self) -> CueClass {
        self.class
    }

    /// The grammatical person of the form (third for most cues).
    pub fn person(&self) -> Person {
        self.person
    }

    /// The grammatical gender the form agrees with.
    pub fn gender(&self) -> Gender {
        self.gender
    }

    /// The grammatical number the form agrees with.
    pub fn number(&self) -> Number {
        self.number
    }

    /// Whether the form is also a common noun or particle (`بين`, `طالب`),
    /// counted as a cue only with support from its clause.
    pub fn is_weak(&self) -> bool {
        self.weak
    }

    /// Whether the form carries an object pronoun (`وصفها`, `أبلغه`).
    pub fn has_object(&self) -> bool {
        self.object
    }
}

/// A multi-word cue: the folded words after the first, and its entry.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Phrase {
    rest: Vec<Box<str>>,
    entry: CueEntry,
}

/// The reporting-cue lexicon: folded word forms and phrases mapped to
/// [`CueEntry`]s. Cheap to clone (shared), `Send + Sync`.
///
/// Arabic news attributes words through a small set of constructions, each
/// anchored on a cue word:
///
/// - **reporting verbs**, in any person, gender and number, with the
///   conjunctions `و` `ف`, the future `س`, and an object pronoun:
///   `قال`, `وقالت`, `يقولون`, `فأكدوا`, `سيؤكد`, `وصفها`;
/// - **participles of manner** (حال) that add a quotation to the main clause's
///   subject: `قائلاً`, `مضيفةً`, `داعين`;
/// - **nominal cues** followed by the source: `بحسب الوزير`, `وفقاً للبيان`,
///   `جاء في التقرير`;
/// - **pronominal cues** whose pronoun refers back to the source:
///   `على حد قوله`, `حسب تعبيرها`, `كما قال`;
/// - **relay cues** whose author follows `عن`: `نقلاً عن الوزير`;
/// - **settings** that mark reported speech without naming its source:
///   `في تصريح`, `في بيان`.
///
/// The lexicon is data, not code: the default one is `src/data/cues.txt`,
/// compiled into the crate, and its format (documented at the top of that
/// file) generates every form of a verb from its stems. Callers can add
/// entries in the same format ([`Lexicon::extend`]). Lookup is by the folded
/// form of a word (see [`fold`](crate::fold)), in a hash map built once.
///
/// # Examples
///
/// ```
/// use isnad::{CueKind, Gender, Lexicon, Number};
///
/// let lexicon = Lexicon::default();
/// let cue = lexicon.word("وقالت").unwrap();
/// assert_eq!(cue.kind(), CueKind::Verb);
/// assert_eq!(lexicon.lemma(&cue), "قال");
/// assert_eq!((cue.gender(), cue.number()), (Gender::Feminine, Number::Singular));
///
/// let cue = lexicon.word("مضيفةً").unwrap();
/// assert_eq!(cue.kind(), CueKind::Participle);
/// assert_eq!(cue.gender(), Gender::Feminine);
/// ```
///
/// Adding entries:
///
/// ```
/// use isnad::{CueKind, Lexicon};
///
/// let mut lexicon = Lexicon::default();
/// assert!(lexicon.word("فضفض").is_none());
/// lexicon.extend("verb فضفض present=فضفض participle=مفضفض").unwrap();
/// assert_eq!(lexicon.word("وفضفضت").unwrap().kind(), CueKind::Verb);
/// assert_eq!(lexicon.word("مفضفضاً").unwrap().kind(), CueKind::Participle);
/// ```
#[derive(Clone, Debug)]
pub struct Lexicon {
    inner: Arc<Tables>,
}

#[derive(Clone, Debug, Default)]
struct Tables {
    words: FxHashMap<Box<str>, CueEntry>,
    /// Every word the lexicons know, with the prefixes it may carry in text
    /// (و، ف، س، ال، بال، لل …), mapped to all they say of it: one hash
    /// lookup per word of running text.
    read: FxHashMap<Box<str>, Vocab>,
    phrases: FxHashMap<Box<str>, Vec<Phrase>>,
    lemmas: Vec<Box<str>>,
    /// Words whose presence in a weak cue's clause supports it, by lemma.
    support: FxHashMap<u32, Vec<Box<str>>>,
    /// Lemmas whose future forms are weak (`ستضيف`: "will add").
    weak_future: Vec<u32>,
    /// The longest phrase, in words.
    longest: usize,
}

impl Default for Lexicon {
    /// The lexicon compiled into the crate ([`DEFAULT_CUES`]), built once per process.
    fn default() -> Lexicon {
        static DEFAULT: OnceLock<Lexicon> = OnceLock::new();
        DEFAULT.get_or_init(|| Lexicon::parse(DEFAULT_CUES).expect("the built-in lexicon is valid")).clone()
    }
}

impl Lexicon {
    /// An empty lexicon.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(isnad::Lexicon::empty().is_empty());
    /// ```
    pub fn empty() -> Lexicon {
        Lexicon { inner: Arc::new(Tables::default()) }
    }

    /// Builds a lexicon from text in the format of `src/data/cues.txt`.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first line that cannot be read.
    ///
    /// # Examples
    ///
    /// ```
    /// let lexicon = isnad::Lexicon::parse("nominal بحسب\n").unwrap();
    /// assert!(lexicon.word("وبحسب").is_some());
    /// assert!(isnad::Lexicon::parse("verb قال present").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Lexicon, Error> {
        let mut lexicon = Lexicon::empty();
        lexicon.extend(text)?;
        Ok(lexicon)
    }

    /// Adds the entries of `text` (same format as [`parse`](Self::parse)).
    /// A form already in the lexicon keeps its first entry, except that a
    /// third-person reading replaces a first-person one.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first line that cannot be read; the lexicon
    /// is then left unchanged.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut lexicon = isnad::Lexicon::default();
    /// lexicon.extend("nominal بشهادة").unwrap();
    /// assert!(lexicon.word("بشهادة").is_some());
    /// ```
    pub fn extend(&mut self, text: &str) -> Result<(), Error> {
        let mut tables = (*self.inner).clone();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if !line.is_empty() {
                parse_line(line, &mut tables).map_err(|msg| Error::lexicon(n + 1, msg))?;
            }
        }
        tables.read = read_table(&tables);
        self.inner = Arc::new(tables);
        Ok(())
    }

    /// Whether the lexicon holds no entries.
    pub fn is_empty(&self) -> bool {
        self.inner.words.is_empty() && self.inner.phrases.is_empty()
    }

    /// The number of single-word forms.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(isnad::Lexicon::default().len() > 3000);
    /// ```
    pub fn len(&self) -> usize {
        self.inner.words.len()
    }

    /// The lemma (dictionary form) of an entry, as written in the lexicon.
    pub fn lemma(&self, entry: &CueEntry) -> &str {
        self.inner.lemmas.get(entry.lemma as usize).map_or("", |s| s)
    }

    /// Looks up one word (folded or not) as a single-word cue, reading off a
    /// leading `و` or `ف` and the future `س`.
    ///
    /// # Examples
    ///
    /// ```
    /// let lexicon = isnad::Lexicon::default();
    /// assert!(lexicon.word("فسيؤكد").is_some());
    /// assert!(lexicon.word("وزير").is_none());
    /// ```
    pub fn word(&self, word: &str) -> Option<CueEntry> {
        self.lookup(&fold(word))
    }

    /// Like [`word`](Self::word) for a word already folded.
    ///
    /// # Complexity
    ///
    /// One hash lookup: the readings with prefixes are computed when the
    /// lexicon is built.
    #[inline]
    pub fn lookup(&self, folded: &str) -> Option<CueEntry> {
        self.inner.read.get(folded).and_then(|v| v.cue)
    }

    /// All the lexicons say of a folded word: its cue, its word classes,
    /// and whether a phrase starts with it.
    #[inline]
    pub(crate) fn vocab(&self, folded: &str) -> Vocab {
        self.inner.read.get(folded).copied().unwrap_or_default()
    }
}

/// What the lexicons say of one word of running text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Vocab {
    /// The single-word cue it is, if any.
    pub cue: Option<CueEntry>,
    /// Its classes in the table of function words and heads.
    pub class: Class,
    /// Whether a phrase of the lexicon may start with it.
    pub phrase: bool,
}

/// What [`Lexicon::lookup`] and [`Words::get`] find for every form with
/// every prefix it may carry, computed by reading the prefixes off one at a
/// time.
fn read_table(t: &Tables) -> FxHashMap<Box<str>, Vocab> {
    let mut read: FxHashMap<Box<str>, Vocab> = FxHashMap::default();
    for (word, &class) in Words::builtin().readings() {
        read.insert(word.clone(), Vocab { class, ..Vocab::default() });
    }
    let mut key = String::new();
    for (form, entry) in &t.words {
        let future = entry.kind == CueKind::Verb && form.starts_with(['ي', 'ت', 'ن', 'ا']);
        // (the ل of purpose on a third person: ليؤكد، ولتقول)
        let purpose = entry.kind == CueKind::Verb && form.starts_with(['ي', 'ت']);
        for prefix in ["", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل"] {
            if (prefix.contains('س') && !future) || (prefix.contains('ل') && !purpose) {
                continue;
            }
            key.clear();
            key.push_str(prefix);
            key.push_str(form);
            if let Some(e) = lookup_slowly(t, &key) {
                update(&mut read, &key, |v| v.cue = Some(e));
            }
        }
    }
    for first in t.phrases.keys() {
        for prefix in ["", "و", "ف"] {
            key.clear();
            key.push_str(prefix);
            key.push_str(first);
            update(&mut read, &key, |v| v.phrase = true);
        }
    }
    read
}

/// Changes the entry of `key` in `read`, adding it first if it is missing
/// (allocating the key only then).
fn update(read: &mut FxHashMap<Box<str>, Vocab>, key: &str, change: impl FnOnce(&mut Vocab)) {
    match read.get_mut(key) {
        Some(vocab) => change(vocab),
        None => {
            let mut vocab = Vocab::default();
            change(&mut vocab);
            read.insert(key.into(), vocab);
        }
    }
}

/// A form's entry, reading off a leading `و` or `ف` and the future `س`.
fn lookup_slowly(t: &Tables, folded: &str) -> Option<CueEntry> {
    let words = &t.words;
    if let Some(e) = words.get(folded) {
        return Some(*e);
    }
    let bare = folded.strip_prefix(['و', 'ف']).filter(|r| r.chars().nth(1).is_some());
    if let Some(e) = bare.and_then(|b| words.get(b)) {
        return Some(*e);
    }
    // the future prefix on a present form: سيقول، وسيؤكد; the ل of
    // purpose on a third person: ليؤكد، ولتقول
    let stem = bare.unwrap_or(folded);
    let future = stem.strip_prefix('س').filter(|r| r.starts_with(['ي', 'ت', 'ن', 'ا']));
    let purpose = stem.strip_prefix('ل').filter(|r| r.starts_with(['ي', 'ت']));
    let found = future.or(purpose).and_then(|f| words.get(f)).filter(|e| e.kind == CueKind::Verb);
    let mut entry = *found?;
    // (سيضيف is "will add" before it is "will go on to say")
    if future.is_some() && t.weak_future.contains(&entry.lemma) {
        entry.weak = true;
    }
    Some(entry)
}

impl Lexicon {
    /// Looks for a multi-word cue starting at the first of `words` (each
    /// folded); returns how many words it covers and its entry. Single-word
    /// cues are not returned here.
    ///
    /// # Examples
    ///
    /// ```
    /// use isnad::{CueKind, Lexicon};
    /// let lexicon = Lexicon::default();
    /// // the words are folded: على is written علي
    /// let (len, cue) = lexicon.phrase(&["علي", "حد", "تعبيره", "امس"]).unwrap();
    /// assert_eq!((len, cue.kind()), (3, CueKind::Pronominal));
    /// ```
    pub fn phrase(&self, words: &[&str]) -> Option<(usize, CueEntry)> {
        let first = *words.first()?;
        let candidates = self.inner.phrases.get(first).or_else(|| {
            let bare = first.strip_prefix(['و', 'ف'])?;
            self.inner.phrases.get(bare)
        })?;
        candidates
            .iter()
            .filter(|p| p.rest.len() < words.len())
            .filter(|p| p.rest.iter().zip(&words[1..]).all(|(a, b)| **a == **b))
            .max_by_key(|p| p.rest.len())
            .map(|p| (p.rest.len() + 1, p.entry))
    }

    /// Whether the folded word `word` supports a weak form of `entry`
    /// (`عن` after `عبّر`), as the lexicon's `support=` option says.
    pub fn supports(&self, entry: &CueEntry, word: &str) -> bool {
        self.inner.support.get(&entry.lemma).is_some_and(|words| words.iter().any(|w| **w == *word))
    }

    /// Whether the lexicon names words that support weak forms of `entry`
    /// (its `support=` option).
    pub fn has_support(&self, entry: &CueEntry) -> bool {
        self.inner.support.contains_key(&entry.lemma)
    }

    /// The greatest number of words in a phrase.
    pub fn longest_phrase(&self) -> usize {
        self.inner.longest.max(1)
    }
}

// ---------------------------------------------------------------- parsing

type LineResult = Result<(), String>;

fn parse_line(line: &str, t: &mut Tables) -> LineResult {
    let mut fields = line.split_whitespace();
    let keyword = fields.next().unwrap_or_default();
    let rest: Vec<&str> = fields.collect();
    match keyword {
        "verb" => parse_verb(&rest, t),
        "forms" => parse_forms(&rest, t),
        "nominal" => parse_phrases(&rest, CueKind::Nominal, t),
        "pronominal" => parse_phrases(&rest, CueKind::Pronominal, t),
        "relay" => parse_phrases(&rest, CueKind::Relay, t),
        "setting" => parse_phrases(&rest, CueKind::Setting, t),
        other => Err(format!("unknown entry type {other:?}")),
    }
}

/// The `key=value` options of a line, and its plain fields.
fn split_options<'a>(fields: &[&'a str]) -> (HashMap<&'a str, &'a str>, Vec<&'a str>) {
    let mut options = HashMap::new();
    let mut plain = Vec::new();
    for f in fields {
        match f.split_once('=') {
            Some((k, v)) => {
                options.insert(k, v);
            }
            None => plain.push(*f),
        }
    }
    (options, plain)
}

fn parse_class(options: &HashMap<&str, &str>) -> Result<CueClass, String> {
    match options.get("class").copied() {
        None | Some("say") => Ok(CueClass::Say),
        Some("label") => Ok(CueClass::Label),
        Some("write") => Ok(CueClass::Write),
        Some("relay") => Ok(CueClass::Relay),
        Some("act") => Ok(CueClass::Act),
        Some(other) => Err(format!("unknown class {other:?}")),
    }
}

fn folded_set(value: Option<&&str>) -> Vec<String> {
    value.map_or_else(Vec::new, |v| {
        v.split(',').filter(|s| !s.is_empty()).map(|s| fold(s).into_owned()).collect()
    })
}

fn intern(t: &mut Tables, lemma: &str) -> u32 {
    match t.lemmas.iter().position(|l| &**l == lemma) {
        Some(i) => i as u32,
        None => {
            t.lemmas.push(lemma.into());
            (t.lemmas.len() - 1) as u32
        }
    }
}

fn parse_verb(fields: &[&str], t: &mut Tables) -> LineResult {
    let (options, mut plain) = split_options(fields);
    let objects = take_flag(&mut plain, "objects");
    let weak_future = take_flag(&mut plain, "weak-future");
    let lemma = *plain.first().ok_or("a verb entry needs a lemma")?;
    if plain.len() > 1 {
        return Err(format!("unexpected field {:?}", plain[1]));
    }
    for key in options.keys() {
        if !matches!(*key, "present" | "participle" | "past1" | "class" | "weak" | "no" | "support") {
            return Err(format!("unknown option {key:?}"));
        }
    }
    let class = parse_class(&options)?;
    let weak = folded_set(options.get("weak"));
    let skip: Vec<&str> = options.get("no").map_or_else(Vec::new, |v| v.split(',').collect());
    for s in &skip {
        if !matches!(*s, "past" | "present" | "participle") {
            return Err(format!("unknown form set {s:?}"));
        }
    }
    let id = intern(t, lemma);
    add_support(t, id, options.get("support"));
    if weak_future {
        t.weak_future.push(id);
    }
    let past = fold(lemma).into_owned();
    let past1 = options.get("past1").map_or_else(|| past.clone(), |p| fold(p).into_owned());
    let mut forms: Vec<(String, &str)> = Vec::new();
    if !skip.contains(&"past") {
        forms.extend(past_forms(&past, &past1));
    }
    if !skip.contains(&"present") {
        let present = options.get("present").ok_or("a verb entry needs present=STEM")?;
        forms.extend(present_forms(&fold(present)));
    }
    for (form, tag) in forms {
        if objects {
            for object in object_forms(&form) {
                add_word(t, &object, id, CueKind::Verb, class, tag, &weak, true)?;
            }
        }
        // the masculine dual (قالا) is also the accusative of the noun (طلباً)
        let dual = tag == "3md" && !form.starts_with(['ي', 'ت']);
        let weak_here: Vec<String> = if dual { vec![form.clone()] } else { Vec::new() };
        add_word(t, &form, id, CueKind::Verb, class, tag, if dual { &weak_here } else { &weak }, false)?;
    }
    // no feminine plural participle in -ات: it is the plural of a noun (لافتات)
    if let (Some(stem), false) = (options.get("participle"), skip.contains(&"participle")) {
        let stem = fold(stem);
        for (suffix, tag) in [("ا", "ms"), ("ه", "fs"), ("ين", "mp"), ("تين", "fd")] {
            let form = format!("{stem}{suffix}");
            add_word(t, &form, id, CueKind::Participle, class, tag, &weak, false)?;
        }
    }
    Ok(())
}

/// Records the words of a `support=` option for the lemma `id`.
fn add_support(t: &mut Tables, id: u32, value: Option<&&str>) {
    let support = folded_set(value);
    if !support.is_empty() {
        t.support.entry(id).or_default().extend(support.into_iter().map(String::into_boxed_str));
    }
}

fn past_forms(past: &str, past1: &str) -> Vec<(String, &'static str)> {
    let mut forms = vec![
        (past.to_owned(), "3ms"),
        (format!("{past}ت"), "3fs"),
        (format!("{past}ا"), "3md"),
        (format!("{past}تا"), "3fd"),
        (format!("{past}وا"), "3mp"),
        (format!("{past1}ن"), "3fp"),
        (format!("{past1}نا"), "1p"),
    ];
    // قلت "I said": only where the stem changes, as the first person of
    // a sound verb (أكدت) is printed as its feminine
    if past1 != past {
        forms.push((format!("{past1}ت"), "1s"));
    }
    forms
}

fn present_forms(stem: &str) -> Vec<(String, &'static str)> {
    vec![
        (format!("ي{stem}"), "3ms"),
        (format!("ت{stem}"), "3fs"),
        (format!("ي{stem}ان"), "3md"),
        (format!("ت{stem}ان"), "3fd"),
        (format!("ي{stem}ون"), "3mp"),
        (format!("ي{stem}وا"), "3mp"),
        (format!("ي{stem}ن"), "3fp"),
        (format!("ن{stem}"), "1p"),
        (format!("ا{stem}"), "1s"),
    ]
}

/// A form with each object pronoun: وصف → وصفه وصفها وصفهم وصفهما.
fn object_forms(form: &str) -> Vec<String> {
    // the alef of the plural ending drops before a pronoun: وصفوا → وصفوه
    let base = form.strip_suffix("وا").map_or_else(|| form.to_owned(), |b| format!("{b}و"));
    ["ه", "ها", "هم", "هما"].iter().map(|p| format!("{base}{p}")).collect()
}

fn agreement(tag: &str) -> Result<(Person, Gender, Number), String> {
    let (person, rest) = match tag.as_bytes().first() {
        Some(b'1') => (Person::First, &tag[1..]),
        Some(b'2') => (Person::Second, &tag[1..]),
        Some(b'3') => (Person::Third, &tag[1..]),
        _ => (Person::Third, tag),
    };
    let (gender, number) = match rest {
        "ms" => (Gender::Masculine, Number::Singular),
        "fs" => (Gender::Feminine, Number::Singular),
        "md" => (Gender::Masculine, Number::Dual),
        "fd" => (Gender::Feminine, Number::Dual),
        "d" => (Gender::Unknown, Number::Dual),
        "mp" => (Gender::Masculine, Number::Plural),
        "fp" => (Gender::Feminine, Number::Plural),
        "s" if person == Person::First => (Gender::Unknown, Number::Singular),
        "p" if person == Person::First => (Gender::Unknown, Number::Plural),
        "" => (Gender::Unknown, Number::Unknown),
        _ => return Err(format!("unknown tag {tag:?}")),
    };
    Ok((person, gender, number))
}

#[allow(clippy::too_many_arguments)]
fn add_word(
    t: &mut Tables,
    form: &str,
    lemma: u32,
    kind: CueKind,
    class: CueClass,
    tag: &str,
    weak: &[String],
    object: bool,
) -> LineResult {
    let (person, gender, number) = agreement(tag)?;
    let weak = weak.iter().any(|w| w == form);
    let entry = CueEntry { lemma, kind, class, person, gender, number, weak, object };
    // the first entry for a form stays, except that a third-person reading
    // wins over a first-person one (أثني: "I praise", or "he praised" folded)
    let slot = t.words.entry(form.into()).or_insert(entry);
    if slot.person == Person::First && person == Person::Third {
        *slot = entry;
    }
    Ok(())
}

/// Removes a bare flag from the plain fields; whether it was there.
fn take_flag(plain: &mut Vec<&str>, flag: &str) -> bool {
    let before = plain.len();
    plain.retain(|f| *f != flag);
    plain.len() != before
}

fn parse_forms(fields: &[&str], t: &mut Tables) -> LineResult {
    let (options, mut plain) = split_options(fields);
    let objects = take_flag(&mut plain, "objects");
    let lemma = *plain.first().ok_or("a forms entry needs a lemma")?;
    for key in options.keys() {
        if !matches!(*key, "class" | "kind" | "weak" | "support") {
            return Err(format!("unknown option {key:?}"));
        }
    }
    let class = parse_class(&options)?;
    let kind = match options.get("kind").copied() {
        None | Some("verb") => CueKind::Verb,
        Some("participle") => CueKind::Participle,
        Some(other) => return Err(format!("unknown kind {other:?}")),
    };
    let weak = folded_set(options.get("weak"));
    let id = intern(t, lemma);
    add_support(t, id, options.get("support"));
    if plain.len() < 2 {
        return Err("a forms entry needs at least one FORM:TAG".into());
    }
    for item in &plain[1..] {
        let (form, tag) = item.split_once(':').ok_or_else(|| format!("{item:?} is not FORM:TAG"))?;
        let form = fold(form);
        if objects {
            for object in object_forms(&form) {
                add_word(t, &object, id, kind, class, tag, &weak, true)?;
            }
        }
        add_word(t, &form, id, kind, class, tag, &weak, false)?;
    }
    Ok(())
}

fn parse_phrases(fields: &[&str], kind: CueKind, t: &mut Tables) -> LineResult {
    if fields.is_empty() {
        return Err("an entry needs at least one phrase".into());
    }
    for field in fields {
        for (text, tag) in expand(field)? {
            let (person, gender, number) = agreement(tag.unwrap_or(""))?;
            let class = if kind == CueKind::Relay { CueClass::Relay } else { CueClass::Say };
            let lemma = intern(t, &text.replace('+', " "));
            let entry = CueEntry { lemma, kind, class, person, gender, number, weak: false, object: false };
            let words: Vec<Box<str>> =
                text.split('+').filter(|w| !w.is_empty()).map(|w| fold(w).into()).collect();
            match words.as_slice() {
                [] => return Err(format!("empty phrase in {field:?}")),
                [one] => {
                    t.words.entry(one.clone()).or_insert(entry);
                }
                [first, rest @ ..] => {
                    t.longest = t.longest.max(words.len());
                    t.phrases.entry(first.clone()).or_default().push(Phrase { rest: rest.to_vec(), entry });
                }
            }
        }
    }
    Ok(())
}

/// Expands `{a,b}` groups; an alternative written `x:TAG` tags the result.
fn expand(pattern: &str) -> Result<Vec<(String, Option<&str>)>, String> {
    let mut results: Vec<(String, Option<&str>)> = vec![(String::new(), None)];
    let mut rest = pattern;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('{') {
            let end = after.find('}').ok_or_else(|| format!("unclosed {{ in {pattern:?}"))?;
            let group = &after[..end];
            let mut next = Vec::new();
            for (text, tag) in &results {
                for alt in group.split(',') {
                    let (word, alt_tag) = match alt.split_once(':') {
                        Some((w, t)) => (w, Some(t)),
                        None => (alt, None),
                    };
                    next.push((format!("{text}{word}"), alt_tag.or(*tag)));
                }
            }
            results = next;
            rest = &after[end + 1..];
        } else {
            let end = rest.find('{').unwrap_or(rest.len());
            if rest[..end].contains('}') {
                return Err(format!("unopened }} in {pattern:?}"));
            }
            for (text, _) in results.iter_mut() {
                text.push_str(&rest[..end]);
            }
            rest = &rest[end..];
        }
    }
    Ok(results)
}

/// The lemma of an entry as an owned or static string, for records.
pub(crate) fn lemma_cow(lexicon: &Lexicon, entry: &CueEntry) -> Cow<'static, str> {
    Cow::Owned(lexicon.lemma(entry).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::default()
    }

    #[test]
    fn the_default_lexicon_parses() {
        assert!(lex().len() > 3000);
    }

    #[test]
    fn verb_forms_carry_person_gender_and_number() {
        use Gender::{Feminine, Masculine};
        use Number::{Dual, Plural, Singular};
        const UNKNOWN: Gender = Gender::Unknown;
        let rows = [
            ("قال", Person::Third, Masculine, Singular),
            ("قالت", Person::Third, Feminine, Singular),
            ("قالا", Person::Third, Masculine, Dual),
            ("قالتا", Person::Third, Feminine, Dual),
            ("قالوا", Person::Third, Masculine, Plural),
            ("يقول", Person::Third, Masculine, Singular),
            ("تقول", Person::Third, Feminine, Singular),
            ("يقولون", Person::Third, Masculine, Plural),
            ("أقول", Person::First, UNKNOWN, Singular),
            ("نقول", Person::First, UNKNOWN, Plural),
            // قلت, أضفت: the first person where the stem changes; أكدت,
            // printed alike for "she" and "I", stays the feminine
            ("قلت", Person::First, UNKNOWN, Singular),
            ("أضفت", Person::First, UNKNOWN, Singular),
            ("أكدت", Person::Third, Feminine, Singular),
            ("أكدتا", Person::Third, Feminine, Dual),
            ("يؤكدان", Person::Third, Masculine, Dual),
            ("دعت", Person::Third, Feminine, Singular),
            ("يدعون", Person::Third, Masculine, Plural),
        ];
        for (word, p, g, n) in rows {
            let e = lex().word(word).unwrap_or_else(|| panic!("{word} is a cue"));
            assert_eq!((e.person(), e.gender(), e.number()), (p, g, n), "{word}");
        }
    }

    #[test]
    fn clitics_diacritics_and_objects() {
        let l = lex();
        for word in ["وقال", "فقالت", "وأكّدَ", "وسيؤكد", "وشدّد", "وعدّت", "وصفها", "اعتبرته", "وصفوه"]
        {
            assert!(l.word(word).is_some(), "{word}");
        }
        assert!(l.word("وصفها").unwrap().has_object());
        assert_eq!(l.lemma(&l.word("عدّت").unwrap()), "عد");
        // وعدت is both "and she considered" and "she promised": the whole word wins
        assert_eq!(l.lemma(&l.word("وعدت").unwrap()), "وعد");
    }

    #[test]
    fn participles_of_manner() {
        let l = lex();
        for word in ["قائلاً", "قائلا", "مضيفةً", "مؤكدين", "داعياً", "مشيرا", "واصفاً", "متسائلاً"]
        {
            assert_eq!(l.word(word).map(|e| e.kind()), Some(CueKind::Participle), "{word}");
        }
        assert_eq!(l.word("مضيفةً").unwrap().gender(), Gender::Feminine);
        // the nominative participle is a noun, not a cue
        assert!(l.word("قائل").is_none());
        assert!(l.word("مقر").is_none());
    }

    #[test]
    fn the_precomputed_readings_agree_with_reading_slowly() {
        let l = lex();
        for word in [
            "وقال",
            "فسيؤكد",
            "وسيقول",
            "سيقول",
            "ستستفيد",
            "قال",
            "وزير",
            "وبحسب",
            "ووصفها",
            "فقالت",
            "سقال",
        ] {
            let f = fold(word);
            assert_eq!(l.lookup(&f), lookup_slowly(&l.inner, &f), "{word}");
        }
    }

    #[test]
    fn weak_forms_are_flagged() {
        let l = lex();
        assert!(l.word("بين").unwrap().is_weak());
        assert!(l.word("طالب").unwrap().is_weak());
        assert!(!l.word("بينت").unwrap().is_weak());
        assert!(!l.word("قال").unwrap().is_weak());
    }

    #[test]
    fn a_weak_future_makes_only_the_future_forms_weak() {
        // ستضيف "will add": weak; أضاف، يضيف and سيقول stay cues
        let l = lex();
        assert!(l.word("ستضيف").unwrap().is_weak());
        assert!(l.word("وسيضيف").unwrap().is_weak());
        assert!(!l.word("يضيف").unwrap().is_weak());
        assert!(!l.word("أضاف").unwrap().is_weak());
        assert!(!l.word("سيقول").unwrap().is_weak());
        // the flag is read from the entry line
        let l = Lexicon::parse("verb أكد present=ؤكد weak-future").unwrap();
        assert!(l.word("سيؤكد").unwrap().is_weak());
        assert!(!l.word("يؤكد").unwrap().is_weak());
    }

    #[test]
    fn listed_forms_take_weak_and_support_like_verbs() {
        let l = Lexicon::parse("forms هتف weak=هتف support=ب هتف:3ms هتفت:3fs").unwrap();
        let weak = l.word("هتف").unwrap();
        assert!(weak.is_weak());
        assert!(!l.word("هتفت").unwrap().is_weak());
        assert!(l.supports(&weak, "ب"));
        assert!(!l.supports(&weak, "عن"));
        assert!(Lexicon::parse("forms هتف support هتف:3ms").is_err());
    }

    #[test]
    fn labels_writes_and_relays() {
        let l = lex();
        assert_eq!(l.word("وصفته").unwrap().class(), CueClass::Label);
        assert_eq!(l.word("اعتبر").unwrap().class(), CueClass::Label);
        assert_eq!(l.word("وعزا").unwrap().class(), CueClass::Label);
        assert_eq!(l.word("تسميه").unwrap().class(), CueClass::Label);
        assert_eq!(l.word("غرد").unwrap().class(), CueClass::Write);
        assert_eq!(l.word("ونقلت").unwrap().class(), CueClass::Relay);
    }

    #[test]
    fn nominal_and_phrasal_cues() {
        let l = lex();
        assert_eq!(l.word("وبحسب").unwrap().kind(), CueKind::Nominal);
        assert_eq!(l.word("وفقاً").unwrap().kind(), CueKind::Nominal);
        let rows: &[(&[&str], usize, CueKind)] = &[
            (&["علي", "حد", "قولها"], 3, CueKind::Pronominal),
            (&["حسب", "تعبيره"], 2, CueKind::Pronominal),
            (&["نقلا", "عن", "الوزير"], 2, CueKind::Relay),
            (&["في", "تصريح", "ل"], 2, CueKind::Setting),
            (&["وجاء", "في", "البيان"], 2, CueKind::Nominal),
        ];
        for (words, len, kind) in rows {
            let (n, e) = l.phrase(words).unwrap_or_else(|| panic!("{words:?}"));
            assert_eq!((n, e.kind()), (*len, *kind), "{words:?}");
        }
        let (_, e) = l.phrase(&["علي", "حد", "قولها"]).unwrap();
        assert_eq!(e.gender(), Gender::Feminine);
        assert!(l.phrase(&["علي", "حد"]).is_none());
    }

    #[test]
    fn bad_lines_name_their_line() {
        let rows = [
            ("verb", "lexicon line 1: a verb entry needs a lemma"),
            ("\nverb قال", "lexicon line 2: a verb entry needs present=STEM"),
            ("forms قال قال:9zz", "lexicon line 1: unknown tag \"9zz\""),
            ("forms قال قال", "lexicon line 1: \"قال\" is not FORM:TAG"),
            ("nominal {بحسب", "lexicon line 1: unclosed { in \"{بحسب\""),
            ("verb قال present=قول class=shout", "lexicon line 1: unknown class \"shout\""),
            ("blah قال", "lexicon line 1: unknown entry type \"blah\""),
        ];
        for (text, message) in rows {
            assert_eq!(Lexicon::parse(text).unwrap_err().to_string(), message, "{text:?}");
        }
    }

    #[test]
    fn extend_keeps_the_lexicon_unchanged_on_error() {
        let mut l = Lexicon::parse("nominal بحسب").unwrap();
        assert!(l.extend("nominal وفق\nverb").is_err());
        assert!(l.word("وفق").is_none());
    }

    #[test]
    fn brace_expansion() {
        let e = expand("a{b:1s,c}d{e,f:3fs}").unwrap();
        let got: Vec<(String, Option<&str>)> = e;
        assert_eq!(
            got,
            [
                ("abde".to_string(), Some("1s")),
                ("abdf".to_string(), Some("3fs")),
                ("acde".to_string(), None),
                ("acdf".to_string(), Some("3fs")),
            ]
        );
    }
}
