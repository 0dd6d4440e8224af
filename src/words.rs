//! Stage 3b: function words and the heads of speaker phrases.
//!
//! Finding who said something needs to know where a speaker phrase stops
//! and what can head it. Arabic marks both with closed classes of words,
//! kept as data in `src/data/words.txt`:
//!
//! - `إن`/`أن` and their pronoun forms (`إنه`, `بأنها`) end the subject and
//!   open the reported clause: `وقال الوزير إن …`;
//! - prepositions (`في`, `خلال`, `لـ`), time words (`أمس`, `الاثنين`) and
//!   relative pronouns (`الذي`) end it too: `وقال المصدر الذي …`;
//! - titles and offices (`الوزير`, `المتحدثة باسم`) head a phrase naming a
//!   person, and carry its gender (`وزيرة`);
//! - bodies (`وزارة`, `البيان`) and collectives (`مصادر`, `محققون`) head
//!   phrases naming institutions and groups;
//! - some nouns introduce a name or title in marks: `صحيفة «…»`,
//!   `عملية «…»`, and the names of social platforms name them alone
//!   (`على «فيسبوك»`);
//! - a noun of manner on ب is an adverb of the verb, not its subject:
//!   `وتقول بصوت متقطع: «…»`;
//! - verbs of issuing (`أصدرت`, `نشرت`) tell who wrote the document a
//!   later `وجاء في البيان` quotes.
//!
//! A word is looked up by its folded form, with whatever clitics it carries:
//! `بأنه` is a complementizer, `للوزيرة` a feminine title (the tests at the
//! foot of this file show each class).

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::normalize::fold;

/// The built-in table's source text.
const WORDS: &str = include_str!("data/words.txt");

/// A set of word classes (bit flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Class(u32);

impl Class {
    pub const NONE: Class = Class(0);

    /// The set whose bits are `bits`.
    pub(crate) const fn from_bits(bits: u32) -> Class {
        Class(bits)
    }

    /// The set's bits.
    pub(crate) const fn bits(self) -> u32 {
        self.0
    }

    pub const COMPLEMENTIZER: Class = Class(1);
    pub const PREPOSITION: Class = Class(1 << 1);
    pub const TIME: Class = Class(1 << 2);
    pub const RELATIVE: Class = Class(1 << 3);
    pub const STOP: Class = Class(1 << 4);
    pub const PRE_SUBJECT: Class = Class(1 << 5);
    pub const AUXILIARY: Class = Class(1 << 6);
    pub const TITLE: Class = Class(1 << 7);
    pub const BODY: Class = Class(1 << 8);
    pub const COLLECTIVE: Class = Class(1 << 9);
    pub const MEDIA: Class = Class(1 << 10);
    pub const TRIGGER_NAME: Class = Class(1 << 11);
    pub const TRIGGER_TITLE: Class = Class(1 << 12);
    pub const TRIGGER_TERM: Class = Class(1 << 13);
    pub const NAME_ADJECTIVE: Class = Class(1 << 14);
    /// A feminine head (`وزيرة`).
    pub const FEMININE: Class = Class(1 << 15);
    pub const SUBORDINATOR: Class = Class(1 << 16);
    pub const ADJECTIVE: Class = Class(1 << 17);
    pub const PLACE: Class = Class(1 << 18);
    pub const DETERMINER: Class = Class(1 << 19);
    pub const NUMERAL: Class = Class(1 << 20);
    pub const DOCUMENT: Class = Class(1 << 21);
    pub const NAME_PART: Class = Class(1 << 22);
    /// The dual of a title (`الوزيران`, `الباحثتان`).
    pub const DUAL: Class = Class(1 << 23);
    /// The plural of a title (`المراسلون`, `الناشطات`).
    pub const PLURAL: Class = Class(1 << 24);
    /// A noun of an exchange or a post (`حوار`, `تغريدة`): a short
    /// quotation on a preposition after it names the outlet or platform.
    pub const EXCHANGE: Class = Class(1 << 25);
    /// A noun of manner on ب (`بحسرة`, `بصوت`): with its adjective, an
    /// adverb that may stand between a verb and its subject.
    pub const MANNER: Class = Class(1 << 26);
    /// A word of a social platform's name (`فيسبوك`, `تيك توك`).
    pub const PLATFORM: Class = Class(1 << 27);
    /// A verb of issuing a document (`أصدرت`, `نشرت`): its subject is the
    /// document's author.
    pub const ISSUING: Class = Class(1 << 28);
    /// A participle of the speaker's state (`مبتسمةً`، `ضاحكاً`): an adverb
    /// (حال) that may stand between a verb and its subject, printed with
    /// or without its tanwin.
    pub const STATE: Class = Class(1 << 29);

    /// The nouns after which a quotation is a name, title or term.
    pub(crate) const TRIGGERS: Class =
        Class(Self::TRIGGER_NAME.0 | Self::TRIGGER_TITLE.0 | Self::TRIGGER_TERM.0);

    /// Classes whose words take the article and prepositions (`للوزير`).
    const HEADS: Class = Class(
        Self::TITLE.0
            | Self::BODY.0
            | Self::COLLECTIVE.0
            | Self::MEDIA.0
            | Self::TRIGGER_NAME.0
            | Self::TRIGGER_TITLE.0
            | Self::TRIGGER_TERM.0
            | Self::PLACE.0
            | Self::DOCUMENT.0
            | Self::DUAL.0
            | Self::PLURAL.0
            | Self::EXCHANGE.0
            | Self::FEMININE.0,
    );

    /// Classes that end a speaker phrase.
    pub const ENDS_PHRASE: Class = Class(
        Self::COMPLEMENTIZER.0
            | Self::PREPOSITION.0
            | Self::TIME.0
            | Self::RELATIVE.0
            | Self::STOP.0
            | Self::MANNER.0
            | Self::STATE.0,
    );

    /// Whether any class of `other` is in `self`.
    #[inline]
    pub fn has(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }

    #[inline]
    pub const fn union(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }

    /// The classes of `self` that are also in `other`.
    #[inline]
    pub(crate) fn intersect(self, other: Class) -> Class {
        Class(self.0 & other.0)
    }

    /// The classes of `self` that are not in `other`.
    #[inline]
    pub(crate) fn without(self, other: Class) -> Class {
        Class(self.0 & !other.0)
    }

    /// Whether the word is a feminine head.
    #[inline]
    pub fn is_feminine(self) -> bool {
        self.has(Class::FEMININE)
    }
}

fn section(name: &str) -> Option<Class> {
    Some(match name {
        "complementizer" => Class::COMPLEMENTIZER,
        "preposition" => Class::PREPOSITION,
        "time" => Class::TIME,
        "relative" => Class::RELATIVE,
        "stop" => Class::STOP,
        "pre-subject" => Class::PRE_SUBJECT,
        "auxiliary" => Class::AUXILIARY,
        "title" => Class::TITLE,
        "body" => Class::BODY,
        "collective" => Class::COLLECTIVE,
        "media" => Class::MEDIA,
        "exchange" => Class::EXCHANGE,
        "trigger-name" => Class::TRIGGER_NAME,
        "trigger-title" => Class::TRIGGER_TITLE,
        "trigger-term" => Class::TRIGGER_TERM,
        "name-adjective" => Class::NAME_ADJECTIVE,
        "pronoun-preposition" => Class::PRE_SUBJECT.union(Class::PREPOSITION),
        "subordinator" => Class::SUBORDINATOR,
        "adjective" => Class::ADJECTIVE,
        "place" => Class::PLACE,
        "determiner" => Class::DETERMINER,
        "numeral" => Class::NUMERAL,
        "document" => Class::DOCUMENT.union(Class::BODY),
        "name-part" => Class::NAME_PART,
        "manner" => Class::MANNER,
        "platform" => Class::PLATFORM,
        "state" => Class::STATE,
        "issuing" => Class::ISSUING,
        _ => return None,
    })
}

impl std::ops::BitOr for Class {
    type Output = Class;

    #[inline]
    fn bitor(self, other: Class) -> Class {
        self.union(other)
    }
}

/// The prefixes a word of the table may carry in text, besides none: the
/// conjunctions, the prepositions, the article, and their combinations
/// (`وبال`, `فلل`). [`Words::get`] reads a word through all of them.
const PREFIXES: [&str; 23] = [
    "و", "ف", "ب", "ل", "ك", "ال", "بال", "لل", "كال", "وال", "وب", "وبال", "ول", "ولل", "وك", "وكال", "فال",
    "فب", "فبال", "فل", "فلل", "فك", "فكال",
];

/// The dual and sound plural forms of a title, with their number (and the
/// feminine ones with their gender): `وزير` → `وزيران`, `وزيرون`;
/// `وزيرة` → `وزيرتان`, `وزيرات`. The oblique `-ين` is dual or plural and
/// gets no number.
fn number_forms(folded: &str, class: Class) -> Vec<(String, Class)> {
    let title = Class::TITLE;
    if let Some(stem) = folded.strip_suffix('ه').filter(|_| class.is_feminine()) {
        let f = title.union(Class::FEMININE);
        return vec![
            (format!("{stem}تان"), f.union(Class::DUAL)),
            (format!("{stem}تين"), f),
            (format!("{stem}ات"), f.union(Class::PLURAL)),
        ];
    }
    if folded.chars().count() < 3 || class.is_feminine() {
        return Vec::new();
    }
    vec![
        (format!("{folded}ان"), title.union(Class::DUAL)),
        (format!("{folded}ين"), title),
        (format!("{folded}ون"), title.union(Class::PLURAL)),
        // the plural in construct drops its ن: لاعبو الفريق، محامو المتهمين
        (format!("{folded}و"), title.union(Class::PLURAL)),
    ]
}

/// Every word of `exact` with every prefix of [`PREFIXES`], and the classes
/// it has read that way: all of them after a conjunction alone, a head's
/// after a preposition or the article. A form two words can give (`بعد`
/// as written, and `ب` + `عد`) gets the classes of both.
///
/// This is what [`Words::read_slowly`] computes for each such form, built
/// from the words outward instead of from each form inward.
fn readings_of(exact: &FxHashMap<Box<str>, Class>) -> FxHashMap<Box<str>, Class> {
    let mut read: FxHashMap<Box<str>, Class> = FxHashMap::default();
    read.reserve(exact.len() * 8);
    let mut key = String::new();
    for (word, &class) in exact {
        // a clitic leaves at least two letters (as Clitics::readings wants)
        let long_enough = word.chars().nth(1).is_some();
        for prefix in std::iter::once("").chain(PREFIXES) {
            let gained = if prefix.is_empty() {
                class
            } else if !long_enough {
                Class::NONE
            } else if matches!(prefix, "و" | "ف") {
                class
            } else {
                class.intersect(Class::HEADS)
            };
            if gained == Class::NONE {
                continue;
            }
            key.clear();
            key.push_str(prefix);
            key.push_str(word);
            match read.get_mut(key.as_str()) {
                Some(slot) => *slot = slot.union(gained),
                None => {
                    read.insert(key.as_str().into(), gained);
                }
            }
        }
    }
    read
}

/// The table of function words and heads, keyed by folded form.
///
/// `exact` holds the words as listed; `read` holds every listed word with
/// every prefix it may carry, mapped to the classes [`Words::get`] gives it,
/// so that reading a word of running text costs one hash lookup.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    exact: FxHashMap<Box<str>, Class>,
    read: FxHashMap<Box<str>, Class>,
}

impl Words {
    /// The built-in table, built once per process.
    pub fn builtin() -> &'static Words {
        static TABLE: OnceLock<Words> = OnceLock::new();
        TABLE.get_or_init(|| Words::parse(WORDS))
    }

    /// Reads the `[section]` format of `src/data/words.txt`; unknown
    /// sections are skipped.
    fn parse(text: &str) -> Words {
        let mut map: FxHashMap<Box<str>, Class> = FxHashMap::default();
        let mut current = Class::NONE;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = section(name).unwrap_or(Class::NONE);
                continue;
            }
            for word in line.split_whitespace() {
                let (word, feminine) = match word.strip_suffix("/f") {
                    Some(w) => (w, true),
                    None => (word, false),
                };
                let mut class = current;
                if feminine {
                    class = class.union(Class::FEMININE);
                }
                let folded = fold(word).into_owned();
                let mut forms = vec![(folded.clone(), class)];
                // حركتا، قائمتي: the dual of a noun in ة introduces names too
                if class.has(Class::TRIGGER_NAME | Class::TRIGGER_TITLE) && folded.ends_with('ه') {
                    let stem = &folded[..folded.len() - 'ه'.len_utf8()];
                    forms.push((format!("{stem}تا"), class));
                    forms.push((format!("{stem}تي"), class));
                }
                // الوزيران، الباحثتان، المراسلون، الناشطات: a title's dual and plural
                if class.has(Class::TITLE) {
                    forms.extend(number_forms(&folded, class));
                }
                // مزارعو المنطقة: a group's plural in construct drops its ن;
                // المزارعين: its oblique case ends in ين
                if class.has(Class::COLLECTIVE) && folded.chars().count() >= 5 {
                    if let Some(stem) = folded.strip_suffix("ون") {
                        forms.push((format!("{stem}و"), class));
                        forms.push((format!("{stem}ين"), class));
                    }
                }
                for (form, class) in forms {
                    let slot = map.entry(form.into()).or_default();
                    *slot = slot.union(class);
                }
            }
        }
        let read = readings_of(&map);
        Words { exact: map, read }
    }

    /// The classes of a folded word as written (no clitics read off).
    #[inline]
    pub fn exact(&self, folded: &str) -> Class {
        self.exact.get(folded).copied().unwrap_or_default()
    }

    /// The classes of a folded word: as written, without a leading `و`/`ف`,
    /// and for heads also without the article and a preposition. One hash
    /// lookup: every reading was computed when the table was built.
    #[inline]
    pub fn get(&self, folded: &str) -> Class {
        self.read.get(folded).copied().unwrap_or_default()
    }

    /// Every word with every prefix, and its classes.
    pub fn readings(&self) -> impl Iterator<Item = (&Box<str>, &Class)> {
        self.read.iter()
    }

    /// [`get`](Self::get) computed by reading the clitics off, for the tests
    /// to check the table [`readings_of`] builds.
    #[cfg(test)]
    fn read_slowly(&self, folded: &str) -> Class {
        use crate::token::Clitics;
        let mut class = self.exact(folded);
        let bare = Clitics::without_conjunction(folded);
        if bare.len() != folded.len() {
            class = class.union(self.exact(bare));
        }
        for reading in Clitics::readings(folded).skip(1) {
            if reading.article || reading.preposition.is_some() {
                class = class.union(self.exact(reading.stem).intersect(Class::HEADS));
            }
        }
        class
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(word: &str) -> Class {
        Words::builtin().get(&fold(word))
    }

    #[test]
    fn classes_of_function_words() {
        assert!(get("بأنه").has(Class::COMPLEMENTIZER));
        assert!(get("وفي").has(Class::PREPOSITION));
        assert!(get("الاثنين").has(Class::TIME));
        assert!(get("والذي").has(Class::RELATIVE));
        assert!(get("له").has(Class::PRE_SUBJECT));
        assert!(get("ENDS").0 == 0);
    }

    #[test]
    fn the_precomputed_readings_agree_with_reading_slowly() {
        let words = Words::builtin();
        for word in
            ["وبالوزير", "للوزيرة", "فقد", "والذي", "بعد", "كالرئيس", "وللصحفيين", "الوزير", "قال", "ولبنان"]
        {
            let f = fold(word);
            assert_eq!(words.get(&f), words.read_slowly(&f), "{word}");
        }
        // every listed word with every prefix, and nothing else in the table
        let mut read = std::collections::HashSet::new();
        for word in words.exact.keys() {
            for prefix in std::iter::once("").chain(PREFIXES) {
                let form = format!("{prefix}{word}");
                let class = words.read_slowly(&form);
                assert_eq!(words.get(&form), class, "{form}");
                if class != Class::NONE {
                    read.insert(form);
                }
            }
        }
        assert_eq!(words.read.len(), read.len());
    }

    #[test]
    fn manners_platforms_and_verbs_of_issuing() {
        assert!(get("بحسرة").has(Class::MANNER));
        assert!(get("وبصوت").has(Class::MANNER));
        // a manner ends a speaker phrase
        assert!(get("بنبرة").has(Class::ENDS_PHRASE));
        assert!(get("فيسبوك").has(Class::PLATFORM));
        assert!(get("وأصدرت").has(Class::ISSUING));
        assert!(!get("صوت").has(Class::MANNER));
        assert!(get("مبتسمةً").has(Class::STATE));
        assert!(get("ضاحكا").has(Class::STATE));
        assert!(!get("ضاحك").has(Class::STATE));
    }

    #[test]
    fn heads_read_off_the_article_and_prepositions() {
        assert!(get("الوزير").has(Class::TITLE));
        assert!(get("للوزيرة").has(Class::TITLE));
        assert!(get("للوزيرة").is_feminine());
        assert!(!get("الوزير").is_feminine());
        assert!(get("بصحيفة").has(Class::TRIGGER_NAME));
        assert!(get("وزارة").has(Class::BODY));
        // function words are not read through clitics: بعد is not ب + عد
        assert!(!get("الفي").has(Class::PREPOSITION));
    }

    #[test]
    fn plurals_in_construct_drop_their_nun() {
        // a title's: لاعب → لاعبو الفريق
        assert!(get("لاعبو").has(Class::TITLE | Class::PLURAL));
        assert!(get("ومحامو").has(Class::TITLE | Class::PLURAL));
        // a group's: مزارعون → مزارعو المنطقة
        assert!(get("مزارعو").has(Class::COLLECTIVE));
        // and its oblique case
        assert!(get("المزارعين").has(Class::COLLECTIVE));
        assert!(get("للمعلمين").has(Class::COLLECTIVE));
        // not a feminine title's, which has no such form
        assert_eq!(get("وزيرتو"), Class::NONE);
    }
}
