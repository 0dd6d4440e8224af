//! Stage 1: finding every quotation between marks.
//!
//! The rules are documented on [`Scanner`], the type this module exports.

use core::fmt;

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, space0};
use nom::combinator::value;
use nom::sequence::preceded;
use nom::{IResult, Parser};
use serde::{Deserialize, Serialize};

use crate::span::Span;

/// The family of marks that delimits a quotation.
///
/// # Examples
///
/// ```
/// use isnad::{Mark, Scanner};
///
/// let quotes = Scanner::new().scan("قال «نعم» و“لا” و\"ربما\"");
/// let marks: Vec<Mark> = quotes.iter().map(|q| q.mark()).collect();
/// assert_eq!(marks, [Mark::Guillemet, Mark::Curly, Mark::Straight]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Mark {
    /// `«` and `»`, with or without spaces inside.
    #[default]
    Guillemet,
    /// `“` `”` and the low `„`, in any of the orders outlets type them.
    Curly,
    /// The ASCII `"`, the same glyph at both ends.
    Straight,
    /// Single guillemets `‹` and `›`.
    Angle,
    /// Ornate parentheses `﴿` `﴾` around Qur'anic verses.
    Ornate,
}

impl Mark {
    /// A short lower-case name, as used in JSON output.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::Mark::Curly.name(), "curly");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Mark::Guillemet => "guillemet",
            Mark::Curly => "curly",
            Mark::Straight => "straight",
            Mark::Angle => "angle",
            Mark::Ornate => "ornate",
        }
    }
}

impl fmt::Display for Mark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One quotation found by the [`Scanner`]: the text between its marks.
///
/// `'h` is the lifetime of the scanned text (the haystack): the quotation
/// borrows it, and every span is a byte range into it.
///
/// # Examples
///
/// ```
/// use isnad::{Mark, Scanner, Span};
///
/// let text = "قال: «نعم»";
/// let quote = &Scanner::new().scan(text)[0];
/// assert_eq!(quote.as_str(), "نعم");
/// assert_eq!(&text[quote.span()], "نعم");
/// assert_eq!(&text[quote.open()], "«");
/// assert_eq!(quote.close().map(|s| &text[s]), Some("»"));
/// assert_eq!(quote.mark(), Mark::Guillemet);
/// assert!(quote.is_closed());
/// assert_eq!((quote.depth(), quote.parent()), (0, None));
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Quote<'h> {
    text: &'h str,
    span: Span,
    open: Span,
    close: Option<Span>,
    mark: Mark,
    depth: usize,
    parent: Option<usize>,
    continues: Option<usize>,
}

impl<'h> Quote<'h> {
    /// The text between the marks, exactly as in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Scanner::new().scan("« أهلاً »");
    /// assert_eq!(quotes[0].as_str(), " أهلاً ");
    /// ```
    #[inline]
    pub fn as_str(&self) -> &'h str {
        self.text
    }

    /// The byte range of the text between the marks.
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Scanner::new().scan("\"نعم\"");
    /// assert_eq!(quotes[0].span(), isnad::Span::new(1, 7));
    /// ```
    #[inline]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The byte range of the opening mark.
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Scanner::new().scan("«نعم»");
    /// assert_eq!(quotes[0].open(), isnad::Span::new(0, 2));
    /// ```
    #[inline]
    pub fn open(&self) -> Span {
        self.open
    }

    /// The byte range of the closing mark, or `None` when the quotation was
    /// never closed and runs to the end of its paragraph (or of its parent).
    ///
    /// When one mark closes a quotation and the one around it (`“قال: “نعم”.`
    /// at the end of a paragraph), both report that mark.
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Scanner::new().scan("قال «نعم\nثم");
    /// assert_eq!(quotes[0].close(), None);
    /// assert_eq!(quotes[0].as_str(), "نعم");
    /// ```
    #[inline]
    pub fn close(&self) -> Option<Span> {
        self.close
    }

    /// Whether a closing mark was found.
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Scanner::new().scan("«نعم» «لا");
    /// assert!(quotes[0].is_closed());
    /// assert!(!quotes[1].is_closed());
    /// ```
    #[inline]
    pub fn is_closed(&self) -> bool {
        self.close.is_some()
    }

    /// The family of the marks.
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Scanner::new().scan("”نعم“");
    /// assert_eq!(quotes[0].mark(), isnad::Mark::Curly);
    /// ```
    #[inline]
    pub fn mark(&self) -> Mark {
        self.mark
    }

    /// How many quotations enclose this one: 0 at the top level.
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Scanner::new().scan("«قال “نعم”»");
    /// assert_eq!(quotes[1].depth(), 1);
    /// ```
    #[inline]
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The index (in the scanner's output) of the quotation that encloses
    /// this one, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Scanner::new().scan("«قال “نعم”»");
    /// assert_eq!(quotes[1].parent(), Some(0));
    /// ```
    #[inline]
    pub fn parent(&self) -> Option<usize> {
        self.parent
    }

    /// For a quotation that re-opens at the start of a paragraph after the
    /// previous paragraph ended inside an unclosed quotation of the same
    /// marks, the index of that quotation: the two are one quotation running
    /// over several paragraphs.
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Scanner::new().scan("قال: «أولاً\n«ثانياً»");
    /// assert_eq!(quotes[1].continues(), Some(0));
    /// ```
    #[inline]
    pub fn continues(&self) -> Option<usize> {
        self.continues
    }

    /// The byte range from the opening mark through the closing mark (or the
    /// end of the text, when unclosed).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "قال «نعم» ثم";
    /// let q = &isnad::Scanner::new().scan(text)[0];
    /// assert_eq!(&text[q.outer()], "«نعم»");
    /// ```
    #[inline]
    pub fn outer(&self) -> Span {
        Span::new(self.open.start, self.close.map_or(self.span.end, |c| c.end))
    }
}

impl fmt::Debug for Quote<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Quote")
            .field("span", &self.span)
            .field("text", &self.text)
            .field("mark", &self.mark)
            .field("closed", &self.is_closed())
            .field("depth", &self.depth)
            .finish()
    }
}

/// How the scanner decides where a paragraph ends (an unclosed quotation
/// runs to the end of its paragraph, and never past it).
///
/// # Examples
///
/// ```
/// use isnad::{ParagraphBreak, Scanner};
///
/// let text = "قال «نعم\nو لا»";
/// let by_line = Scanner::new().scan(text);
/// assert_eq!(by_line[0].as_str(), "نعم");
/// let by_blank = Scanner::new().paragraph_break(ParagraphBreak::BlankLine).scan(text);
/// assert_eq!(by_blank[0].as_str(), "نعم\nو لا");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ParagraphBreak {
    /// Every line break ends a paragraph: the shape of scraped news text.
    #[default]
    Line,
    /// Only an empty line ends a paragraph: for hard-wrapped text.
    BlankLine,
}

/// The quotation-mark scanner: finds every [`Quote`] in a text.
///
/// Arabic news sets quotations off with several families of marks, and types
/// them less tidily than a style guide would:
///
/// | family | marks | seen as |
/// |---|---|---|
/// | [`Mark::Guillemet`] | `«…»`, `« … »` | the house style of most Arabic outlets |
/// | [`Mark::Curly`] | `“…”`, `”…“`, `“…“`, `”…”`, `„…“`, `„…”` | curly quotes, often mirrored or doubled by RTL keyboards |
/// | [`Mark::Straight`] | `"…"` | the ASCII mark, the same glyph for both ends |
/// | [`Mark::Angle`] | `‹…›` | single guillemets |
/// | [`Mark::Ornate`] | `﴿…﴾` | ornate parentheses around verses of the Qur'an, only with [`Scanner::ornate`] |
///
/// Ornate parentheses are off by default. They set off a verse of the Qur'an
/// cited (`مستشهداً بقوله تعالى: ﴿…﴾`), which the corpus guidelines do not count
/// among quotation marks, and a quotation they open would take the verse as
/// words said in the news. Turn them on to collect the verses as well.
///
/// Because the glyph so often lies about which end it is, the scanner decides
/// whether a mark opens or closes from what stands on each side of it, the way
/// a reader does: a mark with a space (or `(`, `:`, `،` or a one-letter
/// proclitic such as `و` or `بـ`) before it and a letter after it opens
/// (`قال "نعم`, `و"حماس`, `بـ”عار`); a mark with a letter or a full stop
/// before it and a space or punctuation after it closes (`نعم" و`, `أمرنا”.`).
/// Only when the sides do not tell (a mark glued to words on both sides, or
/// standing alone between spaces) does the glyph decide: `«` opens and `»`
/// closes, while the curly and straight marks toggle (close the open quotation
/// of their family if there is one, open a new one otherwise).
///
/// The rest follows the annotation guidelines of the project's corpus:
///
/// - a quotation nested in another, of the same family or another, is its own
///   [`Quote`], listed after its parent, with [`Quote::depth`] and [`Quote::parent`];
/// - a mark that reads as closing, with nothing of its family open, closes
///   the innermost open quotation when that one was opened with another
///   of the marks outlets mix up (`“نعم"`, `"نعم”`, `«نعم"`, `"نعم»`); otherwise it
///   is a stray and is ignored;
/// - an opening mark never closed ends at the end of its paragraph (not an
///   error: [`Quote::is_closed`] is `false`); when the last thing in that
///   paragraph is a nested quotation followed only by punctuation
///   (`“قال: “نعم”.`), the one closing mark is read as closing both;
/// - a quotation that runs on over several paragraphs, each re-opened with
///   the same mark and never closed until the last, is linked by
///   [`Quote::continues`];
/// - a straight `"` between Latin letters or digits (`5"x3"`, `12'30"45`) is
///   an inch or second sign, not a mark; single quotes `'` `‘` `’` never are.
///
/// # Complexity
///
/// The scanner jumps from one candidate byte to the next with `memchr`
/// (marks and line breaks all start with one of six bytes), looks at a few
/// characters around each mark, and keeps open quotations on an explicit
/// stack bounded by [`Scanner::max_depth`]: time is linear in the text, memory
/// linear in the number of quotations, and nothing recurses on the input.
///
/// Built once and reused; it holds only its options.
///
/// # Examples
///
/// ```
/// use isnad::Scanner;
///
/// let text = "وقال الوزير «إن “الحوار” مستمر» ثم غادر.";
/// let quotes = Scanner::new().scan(text);
/// let texts: Vec<&str> = quotes.iter().map(|q| q.as_str()).collect();
/// assert_eq!(texts, ["إن “الحوار” مستمر", "الحوار"]);
/// ```
///
/// # Complexity
///
/// Linear in the length of the text, whatever its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scanner {
    max_depth: usize,
    paragraph_break: ParagraphBreak,
    ornate: bool,
}

impl Default for Scanner {
    fn default() -> Scanner {
        Scanner::new()
    }
}

/// The default bound on nesting: real text rarely nests beyond two levels.
pub const DEFAULT_MAX_DEPTH: usize = 16;

impl Scanner {
    /// A scanner with the default options: nesting up to
    /// [`DEFAULT_MAX_DEPTH`] levels, paragraphs ended by any line break.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::Scanner::new().scan("«نعم»").len(), 1);
    /// ```
    pub fn new() -> Scanner {
        Scanner { max_depth: DEFAULT_MAX_DEPTH, paragraph_break: ParagraphBreak::Line, ornate: false }
    }

    /// Sets whether ornate parentheses `﴿…﴾` are quotation marks (default
    /// `false`: they are read as text, as the verse of the Qur'an they set
    /// off is cited, not reported).
    ///
    /// # Examples
    ///
    /// ```
    /// use isnad::{Mark, Scanner};
    /// let text = "مستشهداً بقوله تعالى: ﴿وتعاونوا على البر﴾.";
    /// assert!(Scanner::new().scan(text).is_empty());
    /// let quotes = Scanner::new().ornate(true).scan(text);
    /// assert_eq!(quotes[0].as_str(), "وتعاونوا على البر");
    /// assert_eq!(quotes[0].mark(), Mark::Ornate);
    /// ```
    pub fn ornate(mut self, on: bool) -> Scanner {
        self.ornate = on;
        self
    }

    /// Whether ornate parentheses are quotation marks.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!isnad::Scanner::new().reads_ornate());
    /// ```
    pub fn reads_ornate(&self) -> bool {
        self.ornate
    }

    /// Sets how deep quotations may nest (at least 1). Opening marks deeper
    /// than this are read as text, and so are the closing marks that match
    /// them, so pathological input (`««««…`) yields at most this many
    /// quotations open at once.
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Scanner::new().max_depth(1).scan("«أ «ب» ج»");
    /// assert_eq!(quotes.len(), 1);
    /// assert_eq!(quotes[0].as_str(), "أ «ب» ج");
    /// ```
    pub fn max_depth(mut self, depth: usize) -> Scanner {
        self.max_depth = depth.max(1);
        self
    }

    /// Sets what ends a paragraph.
    ///
    /// # Examples
    ///
    /// ```
    /// use isnad::{ParagraphBreak, Scanner};
    /// let s = Scanner::new().paragraph_break(ParagraphBreak::BlankLine);
    /// assert_eq!(s.scan("«أ\n\nب»").len(), 1);
    /// ```
    pub fn paragraph_break(mut self, rule: ParagraphBreak) -> Scanner {
        self.paragraph_break = rule;
        self
    }

    /// The nesting bound in force.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(isnad::Scanner::new().depth_limit(), isnad::DEFAULT_MAX_DEPTH);
    /// ```
    pub fn depth_limit(&self) -> usize {
        self.max_depth
    }

    /// Finds every quotation in `text`, in the order of their opening marks
    /// (so a nested quotation comes right after the one around it).
    ///
    /// # Examples
    ///
    /// ```
    /// let quotes = isnad::Scanner::new().scan("قال: «نعم» و«لا»");
    /// assert_eq!(quotes.len(), 2);
    /// assert_eq!(quotes[1].as_str(), "لا");
    /// ```
    ///
    /// # Complexity
    ///
    /// Linear in `text.len()`.
    pub fn scan<'h>(&self, text: &'h str) -> Vec<Quote<'h>> {
        let mut out = Vec::new();
        self.scan_into(text, &mut out);
        out
    }

    /// Like [`scan`](Self::scan), but appends to `out`, so that a caller
    /// scanning many texts can reuse one buffer. Indices in
    /// [`Quote::parent`] and [`Quote::continues`] are positions in `out`.
    ///
    /// # Examples
    ///
    /// ```
    /// let scanner = isnad::Scanner::new();
    /// let mut quotes = Vec::new();
    /// for text in ["«أ»", "«ب» «ج»"] {
    ///     quotes.clear();
    ///     scanner.scan_into(text, &mut quotes);
    /// }
    /// assert_eq!(quotes.len(), 2);
    /// ```
    pub fn scan_into<'h>(&self, text: &'h str, out: &mut Vec<Quote<'h>>) {
        let mut state = State::new(text, self, out);
        let mut candidates = Candidates::new(text.as_bytes());
        while let Some(pos) = candidates.next() {
            let rest = &text[pos..];
            if let Some(len) = self.break_len(rest) {
                state.end_paragraph(pos, pos + len);
                candidates.skip_to(pos + len);
            } else if let Ok((after, glyph)) = glyph(rest) {
                if glyph.mark == Mark::Ornate && !self.ornate {
                    continue;
                }
                let end = text.len() - after.len();
                state.mark(glyph, Span::new(pos, end));
            }
        }
        state.end_paragraph(text.len(), text.len());
    }

    /// The length of the paragraph break at the start of `rest`, if any.
    fn break_len(&self, rest: &str) -> Option<usize> {
        let parsed = match self.paragraph_break {
            ParagraphBreak::Line => line_break(rest),
            ParagraphBreak::BlankLine => blank_line(rest),
        };
        parsed.ok().map(|(after, ())| rest.len() - after.len())
    }
}

// ---------------------------------------------------------------- nom parsers

/// A mark as typed: its family and the end its glyph suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Glyph {
    mark: Mark,
    lean: Lean,
}

/// Which end of a quotation a glyph is drawn for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lean {
    Open,
    Close,
    /// The straight `"`: drawn the same at both ends.
    Neither,
}

const fn g(mark: Mark, lean: Lean) -> Glyph {
    Glyph { mark, lean }
}

/// One quotation mark of any family: `«` `»` `“` `”` `„` `"` `‹` `›` `﴿` `﴾`.
fn glyph(input: &str) -> IResult<&str, Glyph> {
    alt((
        value(g(Mark::Guillemet, Lean::Open), char('«')),
        value(g(Mark::Guillemet, Lean::Close), char('»')),
        value(g(Mark::Straight, Lean::Neither), char('"')),
        value(g(Mark::Curly, Lean::Open), char('“')),
        value(g(Mark::Curly, Lean::Close), char('”')),
        value(g(Mark::Curly, Lean::Open), char('„')),
        value(g(Mark::Angle, Lean::Open), char('‹')),
        value(g(Mark::Angle, Lean::Close), char('›')),
        value(g(Mark::Ornate, Lean::Open), char('﴿')),
        value(g(Mark::Ornate, Lean::Close), char('﴾')),
    ))
    .parse(input)
}

/// Any single line break: `\r\n`, `\n`, `\r`, U+2029, U+2028 or U+0085.
fn line_break(input: &str) -> IResult<&str, ()> {
    value((), alt((tag("\r\n"), tag("\n"), tag("\r"), tag("\u{2029}"), tag("\u{2028}"), tag("\u{85}"))))
        .parse(input)
}

/// A line break followed by a line holding only spaces or tabs: an empty line.
fn blank_line(input: &str) -> IResult<&str, ()> {
    value((), preceded(line_break, preceded(space0, line_break))).parse(input)
}

// ---------------------------------------------------------------- candidates

/// Positions of the bytes that can start a mark or a line break, in order:
/// `"` `\n` `\r` and the lead bytes `0xC2` (`«` `»` U+0085), `0xE2` (curly,
/// angle, U+2028/9) and `0xEF` (ornate), found with two `memchr3` searches
/// merged.
struct Candidates<'a> {
    bytes: &'a [u8],
    a: Option<usize>,
    b: Option<usize>,
}

impl<'a> Candidates<'a> {
    fn new(bytes: &'a [u8]) -> Candidates<'a> {
        let mut c = Candidates { bytes, a: None, b: None };
        c.a = c.find_a(0);
        c.b = c.find_b(0);
        c
    }

    fn find_a(&self, from: usize) -> Option<usize> {
        let hay = self.bytes.get(from..)?;
        memchr::memchr3(b'"', 0xC2, 0xE2, hay).map(|i| i + from)
    }

    fn find_b(&self, from: usize) -> Option<usize> {
        let hay = self.bytes.get(from..)?;
        memchr::memchr3(b'\n', b'\r', 0xEF, hay).map(|i| i + from)
    }

    fn next(&mut self) -> Option<usize> {
        let pos = match (self.a, self.b) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => return None,
        };
        self.skip_to(pos + 1);
        Some(pos)
    }

    /// Moves both searches to positions at or after `from`.
    fn skip_to(&mut self, from: usize) {
        if self.a.is_some_and(|a| a < from) {
            self.a = self.find_a(from);
        }
        if self.b.is_some_and(|b| b < from) {
            self.b = self.find_b(from);
        }
    }
}

// ---------------------------------------------------------------- context

/// What stands beside a mark, as far as deciding its role goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// Whitespace, a line break, or the edge of the text.
    Space,
    /// A letter, digit or any other symbol that belongs to a word.
    Word,
    /// An ASCII letter or digit (a `"` between two of them is an inch sign).
    Latin,
    /// Punctuation that ends a phrase: `. ، , : ؛ ; ! ? ؟ … ) ]` and dashes.
    Closing,
    /// Punctuation that starts one, `( [ {`, or another quotation mark.
    Opening,
    /// A one- or two-letter proclitic (`و`, `ف`, `ب`, `ل`, `ك`, `وب` …) or a
    /// tatweel (`بـ`, `لـ`): glued to the word that follows.
    Proclitic,
}

/// What a mark does once its surroundings are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// The surroundings do not tell: glued on both sides, or free on both.
    Unclear,
    /// Not a quotation mark here (an inch sign).
    Text,
}

fn is_mark_char(c: char) -> bool {
    matches!(c, '«' | '»' | '"' | '“' | '”' | '„' | '‹' | '›' | '﴿' | '﴾')
}

/// Invisible characters (bidi controls, zero-width joiners, byte-order mark)
/// that are skipped when looking at a mark's neighbours.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{061C}')
}

fn is_closing_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | '،'
            | ':'
            | ';'
            | '؛'
            | '!'
            | '?'
            | '؟'
            | '…'
            | ')'
            | ']'
            | '}'
            | '-'
            | '–'
            | '—'
            | '/'
            | '*'
            | '٪'
            | '%'
            | '۔'
    )
}

fn is_opening_punct(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '<' | '#' | '@')
}

fn is_proclitic_letter(c: char) -> bool {
    matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك')
}

fn classify(c: char) -> Side {
    if c.is_whitespace() {
        Side::Space
    } else if c.is_ascii_alphanumeric() {
        Side::Latin
    } else if is_closing_punct(c) {
        Side::Closing
    } else if is_opening_punct(c) || is_mark_char(c) {
        Side::Opening
    } else {
        Side::Word
    }
}

/// What stands before the byte `pos`.
fn left_side(text: &str, pos: usize) -> Side {
    let mut chars = text[..pos].chars().rev().filter(|&c| !is_invisible(c)).take(3 + 8);
    let Some(c) = chars.next() else {
        return Side::Space;
    };
    if c == 'ـ' {
        return Side::Proclitic;
    }
    if is_proclitic_letter(c) {
        // a proclitic is a word of one or two such letters
        match chars.next() {
            None => return Side::Proclitic,
            Some(b) if !b.is_alphabetic() => return Side::Proclitic,
            Some(b) if is_proclitic_letter(b) => match chars.next() {
                None => return Side::Proclitic,
                Some(a) if !a.is_alphabetic() => return Side::Proclitic,
                _ => {}
            },
            _ => {}
        }
        return Side::Word;
    }
    classify(c)
}

/// What stands at the byte `pos` (just after a mark).
fn right_side(text: &str, pos: usize) -> Side {
    match text[pos..].chars().find(|&c| !is_invisible(c)) {
        None => Side::Space,
        Some(c) if is_mark_char(c) => Side::Closing,
        Some(c) => classify(c),
    }
}

/// Reads a mark's role from its two sides.
fn role(mark: Mark, left: Side, right: Side) -> Role {
    use Side::*;
    match (left, right) {
        (Latin, Latin) if mark == Mark::Straight => Role::Text,
        (Latin | Word, Latin | Word | Proclitic) => Role::Unclear,
        (_, Latin | Word | Opening | Proclitic) => Role::Open,
        (Latin | Word | Closing | Proclitic, Space | Closing) => Role::Close,
        (Space | Opening, Space | Closing) => Role::Unclear,
    }
}

// ---------------------------------------------------------------- state

/// The number of mark families, to index [`State::open_of`] by [`Mark`].
const FAMILIES: usize = Mark::Ornate as usize + 1;

/// A quotation still open, on the scanner's stack.
#[derive(Clone, Copy, Debug)]
struct Frame {
    index: usize,
    mark: Mark,
    /// The last quotation nested directly in this one that was closed.
    last_child: Option<usize>,
}

struct State<'h, 'o> {
    text: &'h str,
    out: &'o mut Vec<Quote<'h>>,
    stack: Vec<Frame>,
    /// How many frames of each family the stack holds (so that asking
    /// whether a family is open never walks a deep stack).
    open_of: [usize; FAMILIES],
    max_depth: usize,
    /// Opening marks beyond `max_depth` still waiting for their closers.
    overflow: usize,
    /// Where the current paragraph's first mark may stand to continue the
    /// previous paragraph's unclosed quotation.
    paragraph_start: usize,
    /// The previous paragraph's unclosed top-level quotation, if any.
    carried: Option<(usize, Mark)>,
}

impl<'h, 'o> State<'h, 'o> {
    fn new(text: &'h str, scanner: &Scanner, out: &'o mut Vec<Quote<'h>>) -> State<'h, 'o> {
        State {
            text,
            out,
            stack: Vec::new(),
            open_of: [0; FAMILIES],
            max_depth: scanner.max_depth,
            overflow: 0,
            paragraph_start: 0,
            carried: None,
        }
    }

    fn mark(&mut self, glyph: Glyph, at: Span) {
        let left = left_side(self.text, at.start);
        let right = right_side(self.text, at.end);
        match role(glyph.mark, left, right) {
            Role::Open => self.open(glyph.mark, at),
            Role::Close => self.close(self.family_closed_by(glyph.mark), at),
            Role::Text => {}
            Role::Unclear => match glyph.lean {
                Lean::Open if glyph.mark != Mark::Curly => self.open(glyph.mark, at),
                Lean::Close if glyph.mark != Mark::Curly => self.close(glyph.mark, at),
                _ if self.is_open(glyph.mark) => self.close(glyph.mark, at),
                _ => self.open(glyph.mark, at),
            },
        }
    }

    /// The family a mark that reads as closing closes: its own, or, when
    /// none of its family is open, the innermost open quotation's if that
    /// was opened with another of the marks outlets mix up (`“نعم"`,
    /// `"نعم”`, `«نعم"`, `"نعم»`).
    fn family_closed_by(&self, mark: Mark) -> Mark {
        let Some(top) = self.stack.last() else {
            return mark;
        };
        let typed_for = matches!(
            (top.mark, mark),
            (Mark::Curly, Mark::Straight)
                | (Mark::Straight, Mark::Curly)
                | (Mark::Guillemet, Mark::Straight | Mark::Curly)
                | (Mark::Straight | Mark::Curly, Mark::Guillemet)
        );
        if self.overflow == 0 && self.open_of[mark as usize] == 0 && typed_for {
            top.mark
        } else {
            mark
        }
    }

    fn is_open(&self, mark: Mark) -> bool {
        self.overflow > 0 || self.open_of[mark as usize] > 0
    }

    fn open(&mut self, mark: Mark, at: Span) {
        if self.stack.len() >= self.max_depth {
            self.overflow += 1;
            return;
        }
        let continues = self.continuation(mark, at);
        let index = self.out.len();
        self.out.push(Quote {
            text: "",
            span: Span::new(at.end, at.end),
            open: at,
            close: None,
            mark,
            depth: self.stack.len(),
            parent: self.stack.last().map(|f| f.index),
            continues,
        });
        self.push(Frame { index, mark, last_child: None });
    }

    /// The quotation this opening mark continues, when it is the first thing
    /// in its paragraph and the paragraph before ended inside one.
    fn continuation(&mut self, mark: Mark, at: Span) -> Option<usize> {
        let (index, carried_mark) = self.carried.take()?;
        let lead = &self.text[self.paragraph_start..at.start];
        let first = self.stack.is_empty() && lead.chars().all(|c| c.is_whitespace() || is_invisible(c));
        (first && carried_mark == mark).then_some(index)
    }

    fn close(&mut self, mark: Mark, at: Span) {
        if self.overflow > 0 {
            self.overflow -= 1;
            return;
        }
        if self.open_of[mark as usize] == 0 {
            return; // a stray closing mark
        }
        // the frames above the one closed are popped: each is walked once
        while let Some(inner) = self.stack.last().copied().filter(|f| f.mark != mark) {
            self.pop();
            let floor = self.out[inner.index].span.start;
            self.finish(inner, trim_end(self.text, floor, at.start), None);
        }
        let Some(frame) = self.pop() else {
            return;
        };
        self.finish(frame, at.start, Some(at));
        if let Some(parent) = self.stack.last_mut() {
            parent.last_child = Some(frame.index);
        }
    }

    fn push(&mut self, frame: Frame) {
        self.open_of[frame.mark as usize] += 1;
        self.stack.push(frame);
    }

    fn pop(&mut self) -> Option<Frame> {
        let frame = self.stack.pop()?;
        self.open_of[frame.mark as usize] -= 1;
        Some(frame)
    }

    fn finish(&mut self, frame: Frame, end: usize, close: Option<Span>) {
        let quote = &mut self.out[frame.index];
        let end = end.max(quote.span.start);
        quote.span.end = end;
        quote.text = &self.text[quote.span.start..end];
        quote.close = close;
    }

    /// Closes everything still open at a paragraph break spanning `at..next`.
    fn end_paragraph(&mut self, at: usize, next: usize) {
        self.overflow = 0;
        let tail = if self.stack.is_empty() { at } else { trim_tail(self.text, self.paragraph_start, at) };
        let top = self.stack.first().map(|f| (f.index, f.mark));
        while let Some(frame) = self.pop() {
            let shared = frame.last_child.and_then(|c| self.out[c].close).filter(|close| close.end >= tail);
            match shared {
                Some(close) => self.finish(frame, close.start, Some(close)),
                None => {
                    let end = trim_end(self.text, self.out[frame.index].span.start, at);
                    self.finish(frame, end, None);
                }
            }
            if let Some(parent) = self.stack.last_mut() {
                parent.last_child = Some(frame.index);
            }
        }
        let blank = self.text[self.paragraph_start..at].trim().is_empty();
        if top.is_some() || !blank {
            self.carried = top.filter(|&(i, _)| !self.out[i].is_closed());
        }
        self.paragraph_start = next;
    }
}

/// `end` moved back over trailing whitespace, not before `floor`.
fn trim_end(text: &str, floor: usize, end: usize) -> usize {
    let slice = &text[floor..end];
    floor + slice.trim_end_matches(|c: char| c.is_whitespace() || is_invisible(c)).len()
}

/// The end of the last character in `start..end` that is neither whitespace
/// nor sentence punctuation nor a mark: what follows it is the paragraph's tail.
fn trim_tail(text: &str, start: usize, end: usize) -> usize {
    let slice = &text[start..end];
    start
        + slice
            .trim_end_matches(|c: char| {
                c.is_whitespace() || is_invisible(c) || is_closing_punct(c) || is_mark_char(c)
            })
            .len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, expected quotation texts in order)
    fn texts(text: &str) -> Vec<&str> {
        Scanner::new().scan(text).iter().map(|q| q.as_str()).collect()
    }

    #[test]
    fn families_and_their_pairs() {
        let rows: &[(&str, &[&str])] = &[
            ("قال «نعم» ثم", &["نعم"]),
            ("قال « نعم » ثم", &[" نعم "]),
            ("قال «\u{a0}نعم\u{a0}» ثم", &["\u{a0}نعم\u{a0}"]),
            ("قال “نعم” ثم", &["نعم"]),
            ("قال ”نعم” ثم", &["نعم"]),
            ("قال “نعم“ ثم", &["نعم"]),
            ("قال ”نعم“ ثم", &["نعم"]),
            ("قال „نعم“ ثم", &["نعم"]),
            ("قال „نعم” ثم", &["نعم"]),
            ("قال \"نعم\" ثم", &["نعم"]),
            ("قال ‹نعم› ثم", &["نعم"]),
            ("قالت:»نعم» ثم", &["نعم"]),
        ];
        for (input, want) in rows {
            assert_eq!(texts(input), *want, "input: {input}");
        }
    }

    #[test]
    fn ornate_parentheses_only_when_asked() {
        let text = "قال تعالى ﴿ربنا آتنا﴾ صدق";
        assert!(texts(text).is_empty());
        let quotes = Scanner::new().ornate(true).scan(text);
        let got: Vec<&str> = quotes.iter().map(|q| q.as_str()).collect();
        assert_eq!(got, ["ربنا آتنا"]);
        // a verse inside a quotation leaves the quotation whole
        assert_eq!(texts("قال: «كما قال تعالى ﴿ربنا﴾ فلنعمل»"), ["كما قال تعالى ﴿ربنا﴾ فلنعمل"]);
    }

    #[test]
    fn marks_report_their_family() {
        let q = Scanner::new().ornate(true).scan("«أ» “ب” \"ج\" ‹د› ﴿هـ﴾");
        let marks: Vec<Mark> = q.iter().map(|q| q.mark()).collect();
        assert_eq!(marks, [Mark::Guillemet, Mark::Curly, Mark::Straight, Mark::Angle, Mark::Ornate]);
    }

    #[test]
    fn straight_marks_pair_left_to_right() {
        assert_eq!(texts("\"أ\" و\"ب\" ثم \"ج\""), ["أ", "ب", "ج"]);
    }

    #[test]
    fn nesting_of_another_family() {
        let q = Scanner::new().scan("قال «إن “الحوار” مستمر» ثم");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].as_str(), "إن “الحوار” مستمر");
        assert_eq!(q[1].as_str(), "الحوار");
        assert_eq!((q[1].depth(), q[1].parent()), (1, Some(0)));
    }

    #[test]
    fn nesting_of_the_same_family() {
        let q = Scanner::new().scan("قال «نرفض «الحوار» و«الوساطة» معاً» ثم");
        let t: Vec<&str> = q.iter().map(|q| q.as_str()).collect();
        assert_eq!(t, ["نرفض «الحوار» و«الوساطة» معاً", "الحوار", "الوساطة"]);
        assert_eq!(q[2].parent(), Some(0));
        let q = Scanner::new().scan("قال \"نرفض \"الحوار\"، أو \"الوساطة\" معاً\".");
        let t: Vec<&str> = q.iter().map(|q| q.as_str()).collect();
        assert_eq!(t, ["نرفض \"الحوار\"، أو \"الوساطة\" معاً", "الحوار", "الوساطة"]);
        let q = Scanner::new().scan("وتابع “هذا الرجل “فلان”، الذي نعرفه” وأضاف");
        let t: Vec<&str> = q.iter().map(|q| q.as_str()).collect();
        assert_eq!(t, ["هذا الرجل “فلان”، الذي نعرفه", "فلان"]);
    }

    #[test]
    fn unclosed_quote_runs_to_the_end_of_its_paragraph() {
        let text = "قال «نعم هذا صحيح.  \nفقرة أخرى";
        let q = Scanner::new().scan(text);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].as_str(), "نعم هذا صحيح.");
        assert!(!q[0].is_closed());
        assert_eq!(texts("قال \"نعم"), ["نعم"]);
    }

    #[test]
    fn a_mark_typed_for_another_closes_it() {
        // “…" and "…”: curly and straight marks mixed up by the keyboard
        assert_eq!(texts("قال: “نعم نريد السلام\"، ثم غادر."), ["نعم نريد السلام"]);
        assert_eq!(texts("قال: \"نعم نريد السلام”، ثم غادر."), ["نعم نريد السلام"]);
        // «…": a guillemet closed by a straight mark
        let q = Scanner::new().scan("قال: «نعم نريد السلام\" ثم غادر.");
        assert_eq!((q[0].as_str(), q[0].mark(), q[0].is_closed()), ("نعم نريد السلام", Mark::Guillemet, true));
        // a closer of the quotation's own family still wins: «… "نعم" …»
        assert_eq!(texts("قال «قلت \"نعم\" وغادرت»."), ["قلت \"نعم\" وغادرت", "نعم"]);
        // "…» and “…»: a straight or curly quotation closed by a guillemet
        assert_eq!(texts("قال: \"نعم نريد السلام»، ثم غادر."), ["نعم نريد السلام"]);
        assert_eq!(texts("قال: “نعم نريد السلام». ثم غادر."), ["نعم نريد السلام"]);
        // but not when a guillemet of its own is open inside: "… «نعم» …"
        assert_eq!(texts("قال \"قلت «نعم» وغادرت\"."), ["قلت «نعم» وغادرت", "نعم"]);
    }

    #[test]
    fn one_closing_mark_ends_a_quote_and_the_quote_inside_it() {
        let text = "قال “بعض الناس، إليهم أقول: “لا أحد مثلنا”.";
        let q = Scanner::new().scan(text);
        let t: Vec<&str> = q.iter().map(|q| q.as_str()).collect();
        assert_eq!(t, ["بعض الناس، إليهم أقول: “لا أحد مثلنا", "لا أحد مثلنا"]);
        assert_eq!(q[0].close(), q[1].close());
        // but not when words follow the inner quotation
        let t = texts("قال “بعض الناس: “لا أحد” وغيره");
        assert_eq!(t, ["بعض الناس: “لا أحد” وغيره", "لا أحد"]);
    }

    #[test]
    fn stray_closing_marks_are_ignored() {
        assert_eq!(texts("كلام» ثم «نعم» و\"لا\" ثم القادمة\"."), ["نعم", "لا"]);
        assert_eq!(texts("» «أ»"), ["أ"]);
    }

    #[test]
    fn mismatched_curly_pairs() {
        // “ … “ and ” … “ as typed by outlets, with a stray ” after them
        let t = texts("قائلاً: “الرجاء “، وقافلتنا تسير”. وتابع: بـ”عار عليهم “");
        assert_eq!(t, ["الرجاء ", "عار عليهم "]);
    }

    #[test]
    fn glued_marks_and_proclitics() {
        assert_eq!(texts("حركتي \"فتح \" و\"حماس\"حول"), ["فتح ", "حماس"]);
        assert_eq!(texts("وصفه بـ\"الإرهاب\" ثم"), ["الإرهاب"]);
        assert_eq!(texts("تصريح لـ«الصحيفة»، إن"), ["الصحيفة"]);
        assert_eq!(texts("وب«القوة» فقط"), ["القوة"]);
    }

    #[test]
    fn a_quote_reopened_on_each_paragraph() {
        let text = "قال: «أولاً نحن هنا.\n\n«وثانياً باقون.\n«وثالثاً منتصرون».";
        let q = Scanner::new().scan(text);
        assert_eq!(q.len(), 3);
        assert_eq!(q[0].continues(), None);
        assert_eq!(q[1].continues(), Some(0));
        assert_eq!(q[2].continues(), Some(1));
        assert!(q[2].is_closed());
        // a closed quotation is not continued
        let q = Scanner::new().scan("قال: «أولاً».\n«ثانياً»");
        assert_eq!(q[1].continues(), None);
    }

    #[test]
    fn empty_adjacent_and_edge_quotes() {
        assert_eq!(texts("«»"), [""]);
        assert_eq!(texts("«أ»«ب»"), ["أ", "ب"]);
        assert_eq!(texts("\"\""), [""]);
        assert_eq!(texts("«"), [""]);
        assert_eq!(texts("»"), Vec::<&str>::new());
        assert_eq!(texts("«نعم"), ["نعم"]);
        assert_eq!(texts(""), Vec::<&str>::new());
    }

    #[test]
    fn inch_and_second_signs_are_not_marks() {
        assert_eq!(texts("شاشة 5\" جديدة"), Vec::<&str>::new());
        assert_eq!(texts("في الدقيقة 12'30\" سجل"), Vec::<&str>::new());
        assert_eq!(texts("لوح 5\"x3\" فقط"), Vec::<&str>::new());
        assert_eq!(texts("رأيه ‘كلٌ له دواء’ صحيح"), Vec::<&str>::new());
    }

    #[test]
    fn marks_close_inner_unclosed_quotes() {
        let q = Scanner::new().scan("«قال “نعم» ثم");
        assert_eq!(q[0].as_str(), "قال “نعم");
        assert_eq!(q[1].as_str(), "نعم");
        assert!(q[0].is_closed() && !q[1].is_closed());
    }

    #[test]
    fn depth_is_bounded() {
        let text = "«".repeat(100) + &"»".repeat(100);
        let q = Scanner::new().max_depth(4).scan(&text);
        assert_eq!(q.len(), 4);
        assert!(q.iter().all(|q| q.is_closed()));
        assert_eq!(q[0].as_str(), &text[2..text.len() - 2]);
    }

    #[test]
    fn offsets_count_bytes_of_the_original() {
        let text = "\u{feff}قال «نعم»";
        let q = Scanner::new().scan(text);
        assert_eq!(&text[q[0].span()], "نعم");
        assert_eq!(q[0].open(), Span::new(10, 12));
    }

    #[test]
    fn crlf_and_unicode_paragraph_separators() {
        assert_eq!(texts("«أ\r\nب»"), ["أ"]);
        assert_eq!(texts("«أ\u{2029}ب»"), ["أ"]);
    }

    #[test]
    fn roles_from_sides() {
        use Side::*;
        let rows = [
            (Space, Word, Role::Open),
            (Proclitic, Word, Role::Open),
            (Closing, Word, Role::Open),
            (Word, Space, Role::Close),
            (Closing, Space, Role::Close),
            (Word, Word, Role::Unclear),
            (Space, Space, Role::Unclear),
            (Space, Closing, Role::Unclear),
        ];
        for (l, r, want) in rows {
            assert_eq!(role(Mark::Guillemet, l, r), want, "{l:?} {r:?}");
        }
        assert_eq!(role(Mark::Straight, Latin, Latin), Role::Text);
    }
}
