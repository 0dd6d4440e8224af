//! Stage 2a: folding Arabic words for comparison.
//!
//! The rules are documented on [`fold`].

use std::borrow::Cow;

/// What folding does to one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Folded {
    /// The character is kept as it is.
    Keep,
    /// The character is removed.
    Drop,
    /// The character becomes another.
    To(char),
    /// A presentation form: replaced by its compatibility decomposition.
    Decompose,
}

/// The folding table: see [`fold`] for each rule.
pub(crate) const fn fold_char(c: char) -> Folded {
    use Folded::*;
    match c {
        // fast path: ASCII and the plain Arabic letters
        '\0'..='\u{7f}' | 'ء' | 'ؤ' | 'ئ' | 'ا' | 'ب' | 'ت'..='غ' | 'ف'..='ه' | 'و' | 'ي' => Keep,
        '\u{064B}'..='\u{065F}' | '\u{0670}' => Drop,
        '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}' => Drop,
        'ـ' => Drop,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{061C}' => Drop,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' | 'ٵ' => To('ا'),
        'ى' | 'ی' => To('ي'),
        'ة' | 'ۃ' | 'ھ' | 'ہ' | 'ە' => To('ه'),
        'ک' | 'ڪ' => To('ك'),
        '٠'..='٩' => To((b'0' + (c as u32 - '٠' as u32) as u8) as char),
        '۰'..='۹' => To((b'0' + (c as u32 - '۰' as u32) as u8) as char),
        '\u{FD3E}' | '\u{FD3F}' => Keep, // ornate parentheses are punctuation
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => Decompose,
        _ => Keep,
    }
}

/// [`fold_char`] for every code point of the Arabic block (U+0600–U+06FF),
/// whose letters are two bytes in UTF-8: folding them needs no decoding.
const ARABIC_FOLD: [Folded; 256] = {
    let mut table = [Folded::Keep; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = match char::from_u32(0x600 + i as u32) {
            Some(c) => fold_char(c),
            None => Folded::Keep,
        };
        i += 1;
    }
    table
};

/// The code point of a two-byte UTF-8 sequence in the Arabic block, if the
/// bytes at `i` are one.
#[inline]
pub(crate) fn arabic_at(bytes: &[u8], i: usize) -> Option<u32> {
    let lead = *bytes.get(i)?;
    if !(0xD8..=0xDB).contains(&lead) {
        return None;
    }
    let next = *bytes.get(i + 1)?;
    Some(((u32::from(lead) & 0x1F) << 6) | (u32::from(next) & 0x3F))
}

/// Whether `text` holds a character that folding drops (a diacritic, the
/// tatweel, an invisible format character): the Arabic block is read through
/// the folding table, so that a plain word costs a table look-up per letter.
#[inline]
pub(crate) fn has_foldable_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
        } else if let Some(cp) = arabic_at(bytes, i) {
            if ARABIC_FOLD[(cp - 0x600) as usize] == Folded::Drop {
                return true;
            }
            i += 2;
        } else {
            let Some(c) = text[i..].chars().next() else { return false };
            if fold_char(c) == Folded::Drop {
                return true;
            }
            i += c.len_utf8();
        }
    }
    false
}

/// Appends the folded form of `c` to `out`.
fn push_folded(c: char, out: &mut String) {
    match fold_char(c) {
        Folded::Keep => out.push(c),
        Folded::Drop => {}
        Folded::To(d) => out.push(d),
        Folded::Decompose => {
            unicode_normalization::char::decompose_compatible(c, |d| {
                // a presentation form never splits a word: drop the spaces
                // that the isolated forms of the vowel marks decompose into
                if d != ' ' {
                    match fold_char(d) {
                        Folded::Keep | Folded::Decompose => out.push(d),
                        Folded::To(e) => out.push(e),
                        Folded::Drop => {}
                    }
                }
            });
        }
    }
}

/// Folds `text` for comparison,
/// borrowing it when nothing changes.
///
/// The same word reaches a news page in many spellings: with or without
/// short vowels (`قَالَ` / `قال`), stretched by tatweel (`قـــال`), with any of
/// the hamza seats on alef (`أكد` / `اكد`), with final `ى` typed as `ي`, with
/// `ة` typed as `ه`, with Persian or Urdu letters from another keyboard
/// (`ی` `ک`), as presentation forms copied out of a PDF (`ﻗﺎﻝ`), with
/// Arabic-Indic digits (`٢٠١٥`), and with invisible bidi or zero-width
/// characters inside it. [`fold`] maps all of these to one form:
///
/// | rule | from | to |
/// |---|---|---|
/// | strip short vowels, tanwin, shadda, sukun, superscript alef | `U+064B`–`U+065F`, `U+0670` | (nothing) |
/// | strip Qur'anic annotation marks | `U+0610`–`U+061A`, `U+06D6`–`U+06ED`, `U+08D3`–`U+08FF` | (nothing) |
/// | strip tatweel | `ـ` | (nothing) |
/// | strip invisible format characters | bidi controls, ZWJ, ZWNJ, ZWSP, BOM, soft hyphen, ALM | (nothing) |
/// | alef with hamza or madda, wasla | `أ إ آ ٱ ٲ ٳ ٵ` | `ا` |
/// | alef maqsura, Persian yeh | `ى ی` | `ي` |
/// | teh marbuta and heh variants | `ة ۃ ھ ہ ە` | `ه` |
/// | Persian keheh, swash kaf | `ک ڪ` | `ك` |
/// | Arabic-Indic and Eastern digits | `٠`–`٩`, `۰`–`۹` | `0`–`9` |
/// | presentation forms | `U+FB50`–`U+FDFF`, `U+FE70`–`U+FEFF` | their letters (compatibility decomposition), then the rules above |
///
/// Folding is for comparing words, never for reporting them: isnad folds one
/// token at a time and keeps the token's span in the original text, so the
/// offsets it returns always point into what the caller passed in.
///
/// # Examples
///
/// ```
/// use isnad::fold;
///
/// assert_eq!(fold("وأكَّدَ"), "واكد");
/// assert_eq!(fold("قـــالت"), "قالت");
/// assert_eq!(fold("ﻗﺎﻝ"), "قال");
/// assert_eq!(fold("٢٠١٥"), "2015");
/// assert_eq!(fold("مستشفى"), "مستشفي");
/// // nothing to fold: the input is borrowed, not copied
/// assert!(matches!(fold("قال"), std::borrow::Cow::Borrowed(_)));
/// ```
///
/// # Examples
///
/// ```
/// assert_eq!(isnad::fold("إنَّ الصلاةَ"), "ان الصلاه");
/// assert_eq!(isnad::fold("ﷲ"), "الله");
/// ```
///
/// # Complexity
///
/// Linear in `text.len()`; allocates only when a character changes.
pub fn fold(text: &str) -> Cow<'_, str> {
    match text.char_indices().find(|&(_, c)| fold_char(c) != Folded::Keep) {
        None => Cow::Borrowed(text),
        Some((at, _)) => {
            let mut out = String::with_capacity(text.len());
            out.push_str(&text[..at]);
            fold_append(&text[at..], &mut out);
            // a presentation-block character with no decomposition folds to itself
            if out == text {
                Cow::Borrowed(text)
            } else {
                Cow::Owned(out)
            }
        }
    }
}

/// Folds `text` into `out` (cleared first): the allocation-free form of
/// [`fold`] for callers that fold many words with one buffer.
///
/// # Examples
///
/// ```
/// let mut buf = String::new();
/// isnad::fold_into("وأضافَ", &mut buf);
/// assert_eq!(buf, "واضاف");
/// ```
pub fn fold_into(text: &str, out: &mut String) {
    out.clear();
    fold_append(text, out);
}

/// Appends the folded form of `text` to `out` (not cleared).
///
/// Runs of unchanged text are copied whole; Arabic letters are folded from
/// their two UTF-8 bytes through a table.
#[inline]
pub(crate) fn fold_append(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        let (folded, c, len) = match arabic_at(bytes, i) {
            Some(cp) => {
                let f = ARABIC_FOLD[(cp - 0x600) as usize];
                (f, char::from_u32(cp).unwrap_or(' '), 2)
            }
            None => {
                let c = text[i..].chars().next().unwrap_or(' ');
                (fold_char(c), c, c.len_utf8())
            }
        };
        if folded != Folded::Keep {
            out.push_str(&text[run..i]);
            match folded {
                Folded::To(d) => out.push(d),
                Folded::Decompose => push_folded(c, out),
                Folded::Drop | Folded::Keep => {}
            }
            run = i + len;
        }
        i += len;
    }
    out.push_str(&text[run..]);
}

/// Whether folding removes `c` entirely (a diacritic, tatweel or an
/// invisible format character): such characters never separate words.
///
/// # Examples
///
/// ```
/// assert!(isnad::is_foldable_mark('\u{064E}')); // fatha
/// assert!(isnad::is_foldable_mark('\u{200F}')); // right-to-left mark
/// assert!(!isnad::is_foldable_mark('ا'));
/// ```
pub fn is_foldable_mark(c: char) -> bool {
    fold_char(c) == Folded::Drop
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_of_the_table() {
        let rows = [
            ("قَالَ", "قال"),
            ("مُؤَكِّداً", "مؤكدا"),
            ("قـــال", "قال"),
            ("ق\u{200F}ال", "قال"),
            ("ق\u{200C}ا\u{200D}ل", "قال"),
            ("أإآٱ", "اااا"),
            ("على", "علي"),
            ("فی", "في"),
            ("مدرسة", "مدرسه"),
            ("کتاب", "كتاب"),
            ("٢٠١٥ ۱۹", "2015 19"),
            ("ﻗﺎﻟﺖ", "قالت"),
            ("ﻻ", "لا"),
            ("ﷺ", "صلياللهعليهوسلم"),
            ("\u{FE70}", ""),
            ("بسم\u{06DA}", "بسم"),
            ("عدّ", "عد"),
            ("Hello", "Hello"),
            ("﴿", "﴿"),
        ];
        for (from, to) in rows {
            assert_eq!(fold(from), to, "folding {from:?}");
        }
    }

    #[test]
    fn the_arabic_table_agrees_with_the_rules() {
        for cp in 0x600..0x700u32 {
            let c = char::from_u32(cp).unwrap();
            assert_eq!(ARABIC_FOLD[(cp - 0x600) as usize], fold_char(c), "U+{cp:04X}");
            let mut fast = String::new();
            fold_append(&c.to_string(), &mut fast);
            let mut slow = String::new();
            push_folded(c, &mut slow);
            assert_eq!(fast, slow, "U+{cp:04X}");
        }
    }

    #[test]
    fn borrows_when_nothing_changes() {
        assert!(matches!(fold("قال الوزير"), Cow::Borrowed(_)));
        assert!(matches!(fold("قالَ"), Cow::Owned(_)));
    }

    #[test]
    fn has_foldable_mark_agrees_with_the_characters() {
        for word in ["قال", "قَال", "قـال", "ق\u{200F}ال", "ﻗﺎﻝ", "plain", "", "مدرسة\u{00AD}"]
        {
            assert_eq!(has_foldable_mark(word), word.chars().any(is_foldable_mark), "{word}");
        }
    }

    #[test]
    fn fold_into_agrees_with_fold() {
        let mut buf = String::from("stale");
        for word in ["وأكّد", "ﻗﺎﻝ", "plain", ""] {
            fold_into(word, &mut buf);
            assert_eq!(buf, fold(word));
        }
    }
}
