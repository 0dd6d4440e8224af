"""Quotations in Arabic news text: what is quoted, whether it is speech, who said it.

Type stubs for the native module ``isnad._isnad``, re-exported here.
"""

from collections.abc import Iterable, Iterator
from typing import Any, Literal, final

__all__ = [
    "DEFAULT_CUES",
    "DEFAULT_MAX_DEPTH",
    "Cue",
    "Document",
    "Entity",
    "Extractor",
    "Mention",
    "Quote",
    "Speaker",
    "__version__",
]

__version__: str

DEFAULT_MAX_DEPTH: int
"""How deep quotations nest by default before inner marks are read as text."""

DEFAULT_CUES: str
"""The built-in cue lexicon, in the text format that ``Extractor(cues=...)`` reads."""

_Offsets = Literal["chars", "bytes"]

@final
class Mention:
    """A phrase of the text that names a speaker."""

    @property
    def text(self) -> str:
        """The phrase as written."""
    @property
    def start(self) -> int:
        """Where it starts in the text."""
    @property
    def end(self) -> int:
        """Where it ends in the text (exclusive)."""
    def to_dict(self) -> dict[str, Any]:
        """The mention as a dict: ``{"text", "start", "end"}``."""

@final
class Speaker:
    """Who said a quotation.

    ``text`` is the speaker's fullest name in the document (which may stand
    elsewhere than the quotation); ``mention`` is the phrase near the
    quotation that refers to them, or ``None`` when the subject is dropped.
    """

    @property
    def text(self) -> str:
        """The speaker's name: the fullest one the document gives."""
    @property
    def start(self) -> int:
        """Where that name starts in the text."""
    @property
    def end(self) -> int:
        """Where that name ends in the text (exclusive)."""
    @property
    def mention(self) -> Mention | None:
        """The phrase near the quotation that names the speaker, if any."""
    @property
    def entity(self) -> int | None:
        """Index of the speaker in ``Document.speakers``, if any."""
    @property
    def gender(self) -> str:
        """``"masculine"``, ``"feminine"`` or ``"unknown"``."""
    @property
    def number(self) -> str:
        """``"singular"``, ``"dual"``, ``"plural"`` or ``"unknown"``."""
    @property
    def resolution(self) -> str:
        """How the speaker was found: ``"explicit"``, ``"dropped_subject"``,
        ``"pronoun"``, ``"description"``, ``"carried_over"`` or ``"nested"``."""
    def to_dict(self) -> dict[str, Any]:
        """The speaker as a dict, in the shape of the library's JSON output."""

@final
class Cue:
    """The words that mark a quotation as someone's speech (``قال``, ``بحسب`` …)."""

    @property
    def text(self) -> str:
        """The cue as written."""
    @property
    def start(self) -> int:
        """Where it starts in the text."""
    @property
    def end(self) -> int:
        """Where it ends in the text (exclusive)."""
    @property
    def lemma(self) -> str:
        """The lexicon entry it matched (``"قال"`` for ``وقالت``)."""
    @property
    def kind(self) -> str:
        """``"verb"``, ``"participle"``, ``"nominal"``, ``"pronominal"``, ``"relay"``,
        ``"setting"`` or ``"colon"``."""
    @property
    def class_(self) -> str:
        """What the cue says of its quotation: ``"say"``, ``"label"``, ``"write"``,
        ``"relay"`` or ``"act"`` (``"class"`` in ``to_dict()``)."""
    def to_dict(self) -> dict[str, Any]:
        """The cue as a dict, in the shape of the library's JSON output."""

@final
class Quote:
    """One quotation and what isnad decided about it.

    ``start`` and ``end`` delimit the text between the marks, so that
    ``text[q.start:q.end] == q.text`` (with the default ``offsets="chars"``).
    """

    @property
    def text(self) -> str:
        """The quoted text, between the marks."""
    @property
    def start(self) -> int:
        """Where the quoted text starts."""
    @property
    def end(self) -> int:
        """Where the quoted text ends (exclusive)."""
    @property
    def kind(self) -> str:
        """``"speech"``, ``"name"``, ``"title"``, ``"term"`` or ``"other"``."""
    @property
    def speaker(self) -> Speaker | None:
        """Who said it, if anyone was found."""
    @property
    def cue(self) -> Cue | None:
        """The reporting cue, if any."""
    @property
    def confidence(self) -> float:
        """How sure isnad is of the kind and speaker, from 0 to 1."""
    @property
    def rule(self) -> str:
        """The rule that decided (``"cue_before"``, ``"colon"``, ``"name_trigger"`` …)."""
    @property
    def mark(self) -> str:
        """The marks: ``"guillemet"``, ``"curly"``, ``"straight"``, ``"angle"`` or ``"ornate"``."""
    @property
    def open(self) -> tuple[int, int]:
        """The opening mark, as ``(start, end)``."""
    @property
    def close(self) -> tuple[int, int] | None:
        """The closing mark as ``(start, end)``, or ``None`` if the quotation is unclosed."""
    @property
    def closed(self) -> bool:
        """Whether the quotation has a closing mark."""
    @property
    def is_speech(self) -> bool:
        """Whether the quotation is reported speech (``kind == "speech"``)."""
    @property
    def depth(self) -> int:
        """How many quotations this one is nested in (0 at the top)."""
    @property
    def parent(self) -> int | None:
        """Index in ``Document.quotes`` of the quotation around this one, if any."""
    def to_dict(self) -> dict[str, Any]:
        """The quotation as a dict, in the shape of the library's JSON output."""

@final
class Entity:
    """One source of the document's speaker table."""

    @property
    def name(self) -> str:
        """The fullest name the document gives the source."""
    @property
    def start(self) -> int:
        """Where that name starts in the text."""
    @property
    def end(self) -> int:
        """Where that name ends in the text (exclusive)."""
    @property
    def gender(self) -> str:
        """``"masculine"``, ``"feminine"`` or ``"unknown"``."""
    @property
    def number(self) -> str:
        """``"singular"``, ``"dual"``, ``"plural"`` or ``"unknown"``."""
    @property
    def mentions(self) -> list[Mention]:
        """Every phrase that names the source, in document order."""
    @property
    def quotes(self) -> list[int]:
        """Indices in ``Document.quotes`` of the source's quotations."""
    def to_dict(self) -> dict[str, Any]:
        """The entity as a dict, in the shape of the library's JSON output."""

@final
class Document:
    """What isnad found in one text: its quotations and its speaker table."""

    @property
    def quotes(self) -> list[Quote]:
        """The quotations, in the order of their opening marks; a nested
        quotation comes right after the one around it."""
    @property
    def speakers(self) -> list[Entity]:
        """The speaker table: one entry per source. ``Speaker.entity`` indexes it."""
    def to_dict(self) -> dict[str, Any]:
        """``{"quotes": [...], "speakers": [...]}``, in the shape of the library's JSON output."""
    def __len__(self) -> int:
        """The number of quotations."""
    def __iter__(self) -> Iterator[Quote]:
        """Iterates over the quotations."""

@final
class Extractor:
    """Finds quotations in Arabic text, tells speech from names in marks, and
    links each quotation to its speaker.

    Build one extractor and reuse it. It is immutable, can be shared by
    threads, and pickles as its options. Invalid options or cue entries raise
    ``ValueError`` with the library's message.

    :param max_depth: how deep quotations may nest before inner marks are read as text (at least 1).
    :param blank_lines: if true, only an empty line ends a paragraph (for hard-wrapped text);
        else any line break does. An unclosed quotation runs to the end of its paragraph.
    :param cues: extra reporting cues, in the lexicon's text format (see ``DEFAULT_CUES``),
        e.g. ``"verb فضفض present=فضفض"``.
    :param uncued_speech_words: the fewest words a quotation with no cue needs to count as speech (at least 1).
    :param discourse: resolve dropped subjects and pronouns through the document.
    :param offsets: ``"chars"`` (``str`` indices, the default) or ``"bytes"`` (UTF-8 byte offsets).
    :param ornate: if true, ornate parentheses ``﴿…﴾`` around a verse of the Qur'an are quotation
        marks; by default they are text.
    """

    def __new__(
        cls,
        max_depth: int = 16,
        blank_lines: bool = False,
        cues: str | None = None,
        uncued_speech_words: int = 4,
        discourse: bool = True,
        offsets: _Offsets = "chars",
        ornate: bool = False,
    ) -> Extractor: ...
    @property
    def max_depth(self) -> int: ...
    @property
    def blank_lines(self) -> bool: ...
    @property
    def cues(self) -> str | None: ...
    @property
    def uncued_speech_words(self) -> int: ...
    @property
    def discourse(self) -> bool: ...
    @property
    def offsets(self) -> _Offsets: ...
    @property
    def ornate(self) -> bool: ...
    def extract(self, text: str, offsets: _Offsets | None = None) -> Document:
        """Finds, classifies and attributes every quotation of ``text``.

        Never fails on any ``str``, except one holding lone surrogates
        (``UnicodeEncodeError``). ``offsets`` overrides the extractor's unit
        for this call. The GIL is released while extracting.
        """
    def extract_many(
        self, texts: Iterable[str], offsets: _Offsets | None = None, threads: int | None = None
    ) -> list[Document]:
        """Extracts every text of ``texts``, in parallel on ``threads`` threads
        (default: all cores) with the GIL released.

        Returns one ``Document`` per text, in input order: the same as
        ``[extractor.extract(t) for t in texts]``.
        """
