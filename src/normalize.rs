//! Stage 2a: folding Arabic words for comparison.
//!
//! The same word reaches a news page in many spellings: with or without
//! short vowels (`قَالَ` / `قال`), stretched by tatweel (`قـــال`), with any of
//! the hamza seats on alef (`أكد` / `اكد`), with final `ى` typed as `ي`, with
//! `ة` typed as `ه`, with Persian or Urdu letters from another keyboard
//! (`ی` `ک`), as presentation forms copied out of a PDF (`ﻗﺎﻝ`), with
//! Arabic-Indic digits (`٢٠١٥`), and with invisible bidi or zero-width
//! characters inside it. [`fold`] maps all of these to one form:
//!
//! | rule | from | to |
//! |---|---|---|
//! | strip short vowels, tanwin, shadda, sukun, superscript alef | `U+064B`–`U+065F`, `U+0670` | (nothing) |
//! | strip Qur'anic annotation marks | `U+0610`–`U+061A`, `U+06D6`–`U+06ED`, `U+08D3`–`U+08FF` | (nothing) |
//! | strip tatweel | `ـ` | (nothing) |
//! | strip invisible format characters | bidi controls, ZWJ, ZWNJ, ZWSP, BOM, soft hyphen, ALM | (nothing) |
//! | alef with hamza or madda, wasla | `أ إ آ ٱ ٲ ٳ ٵ` | `ا` |
//! | alef maqsura, Persian yeh | `ى ی` | `ي` |
//! | teh marbuta and heh variants | `ة ۃ ھ ہ ە` | `ه` |
//! | Persian keheh, swash kaf | `ک ڪ` | `ك` |
//! | Arabic-Indic and Eastern digits | `٠`–`٩`, `۰`–`۹` | `0`–`9` |
//! | presentation forms | `U+FB50`–`U+FDFF`, `U+FE70`–`U+FEFF` | their letters (compatibility decomposition), then the rules above |
//!
//! Folding is for comparing words, never for reporting them: isnad folds one
//! token at a time and keeps the token's span in the original text, so the
//! offsets it returns always point into what the caller passed in.
//!
//! # Examples
//!
//! ```
//! use isnad::fold;
//!
//! assert_eq!(fold("وأكَّدَ"), "واكد");
//! assert_eq!(fold("قـــالت"), "قالت");
//! assert_eq!(fold("ﻗﺎﻝ"), "قال");
//! assert_eq!(fold("٢٠١٥"), "2015");
//! assert_eq!(fold("مستشفى"), "مستشفي");
//! // nothing to fold: the input is borrowed, not copied
//! assert!(matches!(fold("قال"), std::borrow::Cow::Borrowed(_)));
//! ```

use std::borrow::Cow;

/// What folding does to one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Folded {
    /// The character is kept as it is.
    Keep,
    /// The character is removed.
    Drop,
    /// The character becomes another.
    To(char),
    /// A presentation form: replaced by its compatibility decomposition.
    Decompose,
}

/// The folding table: see the [module documentation](self) for each rule.
fn fold_char(c: char) -> Folded {
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
        '٠'..='٩' => To(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
        '۰'..='۹' => To(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
        '\u{FD3E}' | '\u{FD3F}' => Keep, // ornate parentheses are punctuation
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => Decompose,
        _ => Keep,
    }
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

/// Folds `text` for comparison (see the [module documentation](self)),
/// borrowing it when nothing changes.
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
            for c in text[at..].chars() {
                push_folded(c, &mut out);
            }
            Cow::Owned(out)
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
    for c in text.chars() {
        push_folded(c, out);
    }
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
    fn borrows_when_nothing_changes() {
        assert!(matches!(fold("قال الوزير"), Cow::Borrowed(_)));
        assert!(matches!(fold("قالَ"), Cow::Owned(_)));
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
