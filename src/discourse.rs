//! Stage 4b: the speakers a document has named so far.
//!
//! Arabic news names a source once and then drops the subject
//! (`وأضاف «…»`, `وتابعت «…»`, `مؤكداً «…»`). The discourse remembers each
//! speaker named by a cue, with the gender and number the text gives it,
//! and which one is the current subject; a cue with no subject of its own
//! resolves to the current speaker when it agrees with the cue's form, or
//! else to the most recent one that does.

use crate::record::{Gender, Mention, Number, Speaker};


/// The most speakers remembered; older ones are forgotten.
const MEMORY: usize = 64;

/// A speaker the document has named.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Known<'h> {
    pub mention: Mention<'h>,
    pub gender: Gender,
    pub number: Number,
    pub entity: Option<usize>,
    /// The quotation the name was printed in (`وقال «الحذيفي»`), if any.
    pub in_marks: Option<u32>,
}

impl<'h> Known<'h> {
    pub fn new(mention: Mention<'h>, gender: Gender) -> Known<'h> {
        Known { mention, gender, number: Number::Unknown, entity: None, in_marks: None }
    }

    /// The speaker of a decided quotation, as a known speaker.
    pub fn from_speaker(speaker: &Speaker<'h>) -> Known<'h> {
        let mut k = Known::new(speaker.name(), speaker.gender());
        k.number = speaker.number();
        k.entity = speaker.entity();
        k
    }

    fn agrees(&self, gender: Gender, number: Number) -> bool {
        self.gender.agrees(gender) && self.number.agrees(number)
    }
}

/// The discourse state of one document (or of the inside of one quotation).
#[derive(Clone, Debug, Default)]
pub(crate) struct Discourse<'h> {
    known: Vec<Known<'h>>,
    current: Option<usize>,
    outer: Option<Known<'h>>,
}

impl<'h> Discourse<'h> {
    pub fn new() -> Discourse<'h> {
        Discourse::default()
    }

    /// The state inside a quotation said by `outer`: its first person and
    /// dropped subjects refer to the outer speaker.
    pub fn nested(outer: Option<&Speaker<'h>>, _paragraph: usize) -> Discourse<'h> {
        let mut d = Discourse::new();
        if let Some(s) = outer {
            let k = Known::from_speaker(s);
            d.outer = Some(k.clone());
            d.known.push(k);
            d.current = Some(0);
        }
        d
    }

    pub fn start_paragraph(&mut self, _paragraph: usize) {}

    /// Records a speaker named explicitly; the subject of a main clause's
    /// reporting verb becomes the current one.
    pub fn note(&mut self, known: Known<'h>, current: bool) {
        if self.known.len() >= MEMORY {
            self.known.remove(0);
            self.current = self.current.and_then(|c| c.checked_sub(1));
        }
        self.known.push(known);
        if current {
            self.current = Some(self.known.len() - 1);
        }
    }

    /// Makes the speaker of a quotation the current one.
    pub fn set_current_from(&mut self, speaker: &Speaker<'h>) {
        let found = self.known.iter().rposition(|k| k.mention.span() == speaker.span());
        if let Some(i) = found {
            self.current = Some(i);
        }
    }

    /// The current speaker.
    pub fn current(&self) -> Option<Known<'h>> {
        self.current.and_then(|i| self.known.get(i)).cloned()
    }

    /// The speaker around this level, for first-person cues inside a quotation.
    pub fn outer(&self) -> Option<Known<'h>> {
        self.outer.clone()
    }

    /// The speaker a dropped subject of this gender and number refers to:
    /// the current one if it agrees, else the most recent that does.
    pub fn resolve(&self, gender: Gender, number: Number) -> Option<Known<'h>> {
        if let Some(k) = self.current.and_then(|i| self.known.get(i)) {
            if k.agrees(gender, number) {
                return Some(k.clone());
            }
        }
        self.known.iter().rev().find(|k| k.agrees(gender, number)).cloned()
    }
}
