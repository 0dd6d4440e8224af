//! Stage 2b: words, punctuation and boundaries, with offsets into the original.
//!
//! The rules are documented on [`tokens`].

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::normalize::{arabic_at, fold, is_foldable_mark};
use crate::span::Span;

/// What a [`Token`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// A word: letters, with any diacritics, tatweel and digits inside it.
    Word,
    /// Digits, with `.` `,` `/` `:` between them (`11.30`, `2015`).
    Number,
    /// One punctuation character or symbol.
    Punct,
    /// A quotation mark (`«` `»` `“` `”` `„` `"` `‹` `›` `﴿` `﴾`).
    Mark,
    /// A line break (`\n`, `\r\n`, `\r`, U+2028, U+2029, U+0085).
    Break,
}

/// One token: a slice of the original text and what it is.
///
/// # Examples
///
/// ```
/// let text = "قالَ «نعم»";
/// let first = isnad::tokens(text).next().unwrap();
/// assert_eq!(first.as_str(), "قالَ");
/// assert_eq!(first.folded(), "قال");
/// assert_eq!(&text[first.span()], "قالَ");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'h> {
    text: &'h str,
    span: Span,
    kind: TokenKind,
}

impl<'h> Token<'h> {
    /// The token as written in the original text.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::tokens("وأكّد").next().unwrap().as_str(), "وأكّد");
    /// ```
    #[inline]
    pub fn as_str(&self) -> &'h str {
        self.text
    }

    /// Where the token stands in the original text.
    ///
    /// # Examples
    ///
    /// ```
    /// let t = isnad::tokens("  قال").next().unwrap();
    /// assert_eq!(t.span(), isnad::Span::new(2, 8));
    /// ```
    #[inline]
    pub fn span(&self) -> Span {
        self.span
    }

    /// What kind of token this is.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::tokens("،").next().unwrap().kind(), isnad::TokenKind::Punct);
    /// ```
    #[inline]
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// Whether this is a word (not a number, punctuation, mark or break).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(isnad::tokens("قال").next().unwrap().is_word());
    /// ```
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// The token folded for comparison (see [`fold`](crate::fold)).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::tokens("أكَّدَت").next().unwrap().folded(), "اكدت");
    /// ```
    pub fn folded(&self) -> Cow<'h, str> {
        fold(self.text)
    }

    /// The punctuation character, for a [`TokenKind::Punct`] or
    /// [`TokenKind::Mark`] token.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::tokens("؛").next().unwrap().punct(), Some('؛'));
    /// assert_eq!(isnad::tokens("قال").next().unwrap().punct(), None);
    /// ```
    pub fn punct(&self) -> Option<char> {
        match self.kind {
            TokenKind::Punct | TokenKind::Mark => self.text.chars().next(),
            _ => None,
        }
    }

    /// Whether the token ends a sentence: `.` `!` `?` `؟` `…` `۔` or a line break.
    ///
    /// # Examples
    ///
    /// ```
    /// let ends: Vec<bool> = isnad::tokens("نعم. لا؟").map(|t| t.is_sentence_end()).collect();
    /// assert_eq!(ends, [false, true, false, true]);
    /// ```
    pub fn is_sentence_end(&self) -> bool {
        self.kind == TokenKind::Break || matches!(self.punct(), Some('.' | '!' | '?' | '؟' | '…' | '۔'))
    }

    /// Whether the token ends a clause: a sentence end, or `،` `,` `؛` `;` `:`.
    ///
    /// # Examples
    ///
    /// ```
    /// let ends: Vec<bool> = isnad::tokens("نعم، لا").map(|t| t.is_clause_end()).collect();
    /// assert_eq!(ends, [false, true, false]);
    /// ```
    pub fn is_clause_end(&self) -> bool {
        self.is_sentence_end() || matches!(self.punct(), Some('،' | ',' | '؛' | ';' | ':'))
    }
}

/// The tokens of `text`, in order. Whitespace is skipped; everything else
/// is covered by exactly one token.
///
/// Arabic writes some words glued to the next: the conjunctions `و` and `ف`,
/// the prepositions `ب` `ل` `ك`, and the article `ال` (which after `ل` loses
/// its alef: `للوزير` is `ل + الوزير`). A token is a whole written word, as
/// the text spells it (`وقال`, `للصحيفة`); [`Clitics`] reads the prefixes off
/// its folded form when a rule needs the bare stem.
///
/// Punctuation is kept as tokens, one character each, because it carries
/// the structure that attribution needs: `،` `,` `؛` `;` `:` end a clause,
/// `.` `!` `?` `؟` `…` and line breaks end a sentence, and quotation marks
/// are tokens of their own. Diacritics, tatweel and invisible format
/// characters belong to the word they stand in (`قـال`, `ق\u{200F}ال`); a
/// `.` between digits belongs to the number (`11.30`).
///
/// # Examples
///
/// ```
/// use isnad::{tokens, TokenKind};
///
/// let text = "وقال الوزيرُ: «نعم».";
/// let toks: Vec<(&str, TokenKind)> = tokens(text).map(|t| (t.as_str(), t.kind())).collect();
/// assert_eq!(toks, [
///     ("وقال", TokenKind::Word),
///     ("الوزيرُ", TokenKind::Word),
///     (":", TokenKind::Punct),
///     ("«", TokenKind::Mark),
///     ("نعم", TokenKind::Word),
///     ("»", TokenKind::Mark),
///     (".", TokenKind::Punct),
/// ]);
/// ```
///
/// # Examples
///
/// ```
/// let words: Vec<&str> = isnad::tokens("قال: «نعم»").filter(|t| t.is_word()).map(|t| t.as_str()).collect();
/// assert_eq!(words, ["قال", "نعم"]);
/// ```
///
/// # Complexity
///
/// Linear in `text.len()`; no allocation.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

/// The iterator returned by [`tokens`]; `'h` is the lifetime of the text.
#[derive(Clone, Debug)]
pub struct Tokens<'h> {
    text: &'h str,
    pos: usize,
}

impl<'h> Tokens<'h> {
    /// The byte offset the iterator has reached.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut t = isnad::tokens("قال نعم");
    /// t.next();
    /// assert_eq!(t.offset(), 6);
    /// ```
    pub fn offset(&self) -> usize {
        self.pos
    }
}

#[inline]
fn is_mark(c: char) -> bool {
    matches!(c, '«' | '»' | '"' | '“' | '”' | '„' | '‹' | '›' | '﴿' | '﴾')
}

impl<'h> Iterator for Tokens<'h> {
    type Item = Token<'h>;

    #[inline]
    fn next(&mut self) -> Option<Token<'h>> {
        let (start, end, kind) = lex(self.text, self.pos, None)?;
        self.pos = end;
        let span = Span::new(start, end);
        Some(Token { text: &self.text[span], span, kind })
    }
}

/// Finds the next token at or after byte `pos`: its start, end and kind.
/// With `fold`, the folded form of a word or number is appended to it as
/// the word is read (see [`fold`](crate::fold)), so that attribution reads
/// every byte once.
pub(crate) fn lex(
    text: &str,
    mut pos: usize,
    mut fold: Option<&mut String>,
) -> Option<(usize, usize, TokenKind)> {
    let bytes = text.as_bytes();
    loop {
        let start = pos;
        // spaces between words, the most common byte after letters
        if bytes.get(start) == Some(&b' ') {
            pos += 1;
            continue;
        }
        let (c, clen) = char_at(text, start)?;
        match classify(c) {
            CharClass::Break => {
                let len = if bytes[start..].starts_with(b"\r\n") { 2 } else { clen };
                return Some((start, start + len, TokenKind::Break));
            }
            CharClass::Space => pos += clen,
            CharClass::Mark => return Some((start, start + clen, TokenKind::Mark)),
            CharClass::Punct => return Some((start, start + clen, TokenKind::Punct)),
            CharClass::Letter | CharClass::Digit | CharClass::Invisible => {
                let mark = fold.as_ref().map(|f| f.len());
                let word = scan_word(text, start, fold.as_deref_mut());
                if word.visible {
                    let kind = if word.number { TokenKind::Number } else { TokenKind::Word };
                    return Some((start, word.end, kind));
                }
                // invisible characters or stray diacritics alone: not a word
                if let (Some(out), Some(mark)) = (fold.as_deref_mut(), mark) {
                    out.truncate(mark);
                }
                pos = word.end;
            }
        }
    }
}

/// What a character is to the tokenizer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CharClass {
    /// A letter (of any script), or `_`.
    Letter,
    /// A decimal digit.
    Digit,
    /// A diacritic, tatweel or invisible format character: part of a word
    /// but not enough to make one.
    Invisible,
    Space,
    Break,
    Mark,
    Punct,
}

/// The character at byte `i` and its length, decoding the Arabic block's
/// two-byte sequences directly.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    if let Some(cp) = arabic_at(text.as_bytes(), i) {
        return char::from_u32(cp).map(|c| (c, 2));
    }
    let c = text[i..].chars().next()?;
    Some((c, c.len_utf8()))
}

/// [`classify_slowly`] for ASCII and for the Arabic block (U+0600–U+06FF).
const ASCII_CLASS: [CharClass; 128] = class_table(0);
const ARABIC_CLASS: [CharClass; 256] = class_table(0x600);

const fn class_table<const N: usize>(base: u32) -> [CharClass; N] {
    let mut table = [CharClass::Punct; N];
    let mut i = 0;
    while i < N {
        if let Some(c) = char::from_u32(base + i as u32) {
            table[i] = classify_const(c);
        }
        i += 1;
    }
    table
}

/// The classes of ASCII and the Arabic block, by rule (usable in constants).
const fn classify_const(c: char) -> CharClass {
    match c {
        '\n' | '\r' => CharClass::Break,
        ' ' | '\t' | '\u{0B}' | '\u{0C}' => CharClass::Space,
        '0'..='9' | '٠'..='٩' | '۰'..='۹' => CharClass::Digit,
        'a'..='z' | 'A'..='Z' | '_' => CharClass::Letter,
        '"' => CharClass::Mark,
        '\0'..='\u{7f}' => CharClass::Punct,
        _ => match crate::normalize::fold_char(c) {
            crate::normalize::Folded::Drop => CharClass::Invisible,
            _ => match c {
                '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' => {
                    CharClass::Letter
                }
                '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}' => CharClass::Letter,
                _ => CharClass::Punct,
            },
        },
    }
}

/// The tokenizer's class of a character; ASCII and the Arabic block are
/// read from tables.
#[inline]
fn classify(c: char) -> CharClass {
    let cp = c as u32;
    if cp < 0x80 {
        ASCII_CLASS[cp as usize]
    } else if (0x600..0x700).contains(&cp) {
        ARABIC_CLASS[(cp - 0x600) as usize]
    } else {
        classify_slowly(c)
    }
}

/// The tokenizer's class of any character, by Unicode properties.
fn classify_slowly(c: char) -> CharClass {
    match c {
        '\u{2028}' | '\u{2029}' | '\u{85}' => CharClass::Break,
        _ if is_mark(c) => CharClass::Mark,
        _ if is_foldable_mark(c) => CharClass::Invisible,
        _ if c.is_numeric() => CharClass::Digit,
        _ if c.is_alphanumeric() => CharClass::Letter,
        _ if c.is_whitespace() => CharClass::Space,
        _ => CharClass::Punct,
    }
}

/// A word found by [`scan_word`].
struct Word {
    end: usize,
    /// Whether it holds a letter or digit (not only diacritics or invisibles).
    visible: bool,
    /// Whether it is digits and separators only.
    number: bool,
}

/// Scans the word starting at byte `start`: word characters, and `.` `,`
/// `/` `:` standing between two digits.
fn scan_word(text: &str, start: usize, mut fold: Option<&mut String>) -> Word {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut visible = false;
    let mut number = true;
    let mut prev_digit = false;
    // the start of the text not yet copied to `fold` (unchanged by folding)
    let mut run = start;
    loop {
        // the common case: a run of Arabic letters, two bytes each
        while let Some(cp) = arabic_at(bytes, i) {
            let index = (cp - 0x600) as usize;
            if ARABIC_CLASS[index] != CharClass::Letter {
                break;
            }
            let code = ARABIC_FOLD_CODE[index];
            if code != FOLD_KEEP {
                if let Some(out) = fold.as_deref_mut() {
                    out.push_str(&text[run..i]);
                    push_fold_code(code, out);
                }
                run = i + 2;
            }
            visible = true;
            number = false;
            prev_digit = false;
            i += 2;
        }
        let Some((c, len)) = char_at(text, i) else {
            break;
        };
        match classify(c) {
            CharClass::Letter => {
                visible = true;
                number = false;
                prev_digit = false;
            }
            CharClass::Digit => {
                visible = true;
                prev_digit = true;
            }
            CharClass::Invisible => {
                number = false;
                prev_digit = false;
            }
            _ if prev_digit
                && matches!(c, '.' | ',' | '/' | ':')
                && char_at(text, i + len).is_some_and(|(d, _)| classify(d) == CharClass::Digit) =>
            {
                prev_digit = false;
            }
            _ => break,
        }
        if let Some(out) = fold.as_deref_mut() {
            if crate::normalize::fold_char(c) != crate::normalize::Folded::Keep {
                out.push_str(&text[run..i]);
                crate::normalize::fold_append(&text[i..i + len], out);
                run = i + len;
            }
        }
        i += len;
    }
    // a word folding leaves as it is is not copied: `run` moved only if
    // something changed
    let folded = run != start;
    if let Some(out) = fold.filter(|_| folded) {
        out.push_str(&text[run..i]);
    }
    Word { end: i, visible, number: number && visible }
}

/// [`fold_char`](crate::normalize::fold_char) of the Arabic block as codes:
/// [`FOLD_KEEP`], [`FOLD_DROP`], or the replacement's code point.
const ARABIC_FOLD_CODE: [u32; 256] = {
    let mut table = [FOLD_KEEP; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = match char::from_u32(0x600 + i as u32) {
            Some(c) => match crate::normalize::fold_char(c) {
                crate::normalize::Folded::Keep | crate::normalize::Folded::Decompose => FOLD_KEEP,
                crate::normalize::Folded::Drop => FOLD_DROP,
                crate::normalize::Folded::To(d) => d as u32,
            },
            None => FOLD_KEEP,
        };
        i += 1;
    }
    table
};
const FOLD_KEEP: u32 = 0;
const FOLD_DROP: u32 = 1;

#[inline]
fn push_fold_code(code: u32, out: &mut String) {
    if code != FOLD_DROP {
        if let Some(c) = char::from_u32(code) {
            out.push(c);
        }
    }
}

/// The prefixes glued to a folded word: a conjunction (`و` `ف`), a
/// preposition (`ب` `ل` `ك`), the article (`ال`, or its `ل` after `ل`), and
/// what is left.
///
/// Words are ambiguous (`وصف` is the verb "described", not `و + صف`), so
/// [`Clitics::readings`] lists every way to read the prefixes, the bare
/// word first; a rule takes the first reading it recognises.
///
/// # Examples
///
/// ```
/// use isnad::Clitics;
///
/// let r = Clitics::readings("وللوزير").last().unwrap();
/// assert_eq!((r.conjunction, r.preposition, r.article, r.stem), (Some('و'), Some('ل'), true, "وزير"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clitics<'a> {
    /// `و` or `ف`, if the reading has one.
    pub conjunction: Option<char>,
    /// `ب`, `ل` or `ك`, if the reading has one.
    pub preposition: Option<char>,
    /// Whether the reading has the article `ال`.
    pub article: bool,
    /// The word without its prefixes.
    pub stem: &'a str,
}

impl<'a> Clitics<'a> {
    /// Every reading of the folded word `word`, from the fewest prefixes to
    /// the most; stems are at least two letters long.
    ///
    /// # Examples
    ///
    /// ```
    /// let stems: Vec<&str> = isnad::Clitics::readings("والوزير").map(|r| r.stem).collect();
    /// assert_eq!(stems, ["والوزير", "الوزير", "وزير"]);
    /// ```
    pub fn readings(word: &'a str) -> impl Iterator<Item = Clitics<'a>> + 'a {
        let conjunctions = [None, Some('و'), Some('ف')];
        let prepositions = [None, Some('ب'), Some('ل'), Some('ك')];
        conjunctions
            .into_iter()
            .flat_map(move |conj| prepositions.into_iter().map(move |prep| (conj, prep)))
            .flat_map(|(conj, prep)| [(conj, prep, false), (conj, prep, true)])
            .filter_map(move |(conjunction, preposition, article)| {
                let mut rest = word;
                if let Some(c) = conjunction {
                    rest = rest.strip_prefix(c)?;
                }
                if let Some(p) = preposition {
                    rest = rest.strip_prefix(p)?;
                }
                if article {
                    // after ل the article is written with its lam only: للوزير
                    rest = if preposition == Some('ل') {
                        rest.strip_prefix('ل')?
                    } else {
                        rest.strip_prefix("ال")?
                    };
                }
                (rest.chars().count() >= 2).then_some(Clitics {
                    conjunction,
                    preposition,
                    article,
                    stem: rest,
                })
            })
    }

    /// The word without a leading `و` or `ف` (when at least two letters remain).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::Clitics::without_conjunction("وقال"), "قال");
    /// assert_eq!(isnad::Clitics::without_conjunction("قال"), "قال");
    /// ```
    pub fn without_conjunction(word: &str) -> &str {
        match word.strip_prefix(['و', 'ف']) {
            Some(rest) if rest.chars().nth(1).is_some() => rest,
            _ => word,
        }
    }

    /// The word without the article `ال` (or `لل` → `ل`), if it has one.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::Clitics::without_article("الوزير"), Some("وزير"));
    /// assert_eq!(isnad::Clitics::without_article("وزير"), None);
    /// ```
    pub fn without_article(word: &str) -> Option<&str> {
        word.strip_prefix("ال").filter(|rest| rest.chars().nth(1).is_some())
    }
}

/// A folded word without its article (`الوزير` → `وزير`, `للوزير` → `وزير`).
pub(crate) fn article_stem(word: &str) -> &str {
    if let Some(rest) = word.strip_prefix("لل").filter(|r| r.chars().count() >= 2) {
        return rest;
    }
    word.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        tokens(text).map(|t| (t.as_str(), t.kind())).collect()
    }

    #[test]
    fn words_keep_their_diacritics_tatweel_and_invisibles() {
        use TokenKind::*;
        assert_eq!(kinds("قَالَ قـــال ق\u{200F}ال"), [("قَالَ", Word), ("قـــال", Word), ("ق\u{200F}ال", Word)]);
    }

    #[test]
    fn numbers_hold_their_separators() {
        use TokenKind::*;
        assert_eq!(
            kinds("الساعة 11.30 يوم 29/11/2015."),
            [("الساعة", Word), ("11.30", Number), ("يوم", Word), ("29/11/2015", Number), (".", Punct),]
        );
        assert_eq!(kinds("٢٠١٥"), [("٢٠١٥", Number)]);
    }

    #[test]
    fn punctuation_marks_and_breaks() {
        use TokenKind::*;
        assert_eq!(
            kinds("أ،ب\r\n«ج»؟"),
            [
                ("أ", Word),
                ("،", Punct),
                ("ب", Word),
                ("\r\n", Break),
                ("«", Mark),
                ("ج", Word),
                ("»", Mark),
                ("؟", Punct),
            ]
        );
    }

    #[test]
    fn invisible_characters_alone_are_skipped() {
        assert_eq!(kinds("\u{200F} \u{FEFF}قال"), [("\u{FEFF}قال", TokenKind::Word)]);
    }

    #[test]
    fn spans_cover_the_original_text() {
        let text = "وقالَ الوزيرُ، «نعم»!\n";
        for t in tokens(text) {
            assert_eq!(&text[t.span()], t.as_str());
        }
        let joined: String = tokens(text).map(|t| t.as_str()).collect();
        assert_eq!(joined, text.split_whitespace().collect::<String>() + "\n");
    }

    #[test]
    fn boundaries() {
        let ends: Vec<(bool, bool)> =
            tokens("أ، ب: ج. د\n").map(|t| (t.is_clause_end(), t.is_sentence_end())).collect();
        assert_eq!(
            ends,
            [
                (false, false),
                (true, false),
                (false, false),
                (true, false),
                (false, false),
                (true, true),
                (false, false),
                (true, true),
            ]
        );
    }

    #[test]
    fn clitic_readings() {
        let all: Vec<(Option<char>, Option<char>, bool, &str)> =
            Clitics::readings("وبالقوة").map(|r| (r.conjunction, r.preposition, r.article, r.stem)).collect();
        assert_eq!(
            all,
            [
                (None, None, false, "وبالقوة"),
                (Some('و'), None, false, "بالقوة"),
                (Some('و'), Some('ب'), false, "القوة"),
                (Some('و'), Some('ب'), true, "قوة"),
            ]
        );
        let r = Clitics::readings("للصحيفة").last().unwrap();
        assert_eq!((r.preposition, r.article, r.stem), (Some('ل'), true, "صحيفة"));
        assert_eq!(Clitics::without_conjunction("و"), "و");
        assert_eq!(Clitics::without_conjunction("ول"), "ول");
    }
}
