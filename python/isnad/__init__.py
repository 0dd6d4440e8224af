"""Quotations in Arabic news text: what is quoted, whether it is speech, who said it.

isnad finds every quotation in a text (« », “ ”, " " and mismatched marks),
decides whether it is reported speech or a name or term in marks, and links
each quotation to its speaker through reporting cues (قال، أكد، بحسب …) and
the document's speaker table. This package is a thin layer over the Rust
library: the same results, as Python objects.

>>> import isnad
>>> ex = isnad.Extractor()
>>> doc = ex.extract("وقال الوزير سامي حداد: «سنواصل الحوار».")
>>> q = doc.quotes[0]
>>> (q.text, q.kind, q.speaker.text)
('سنواصل الحوار', 'speech', 'الوزير سامي حداد')

Offsets are ``str`` indices (code points) unless ``offsets="bytes"`` is asked
for, so ``text[q.start:q.end] == q.text``.
"""

from ._isnad import (
    DEFAULT_CUES,
    DEFAULT_MAX_DEPTH,
    Cue,
    Document,
    Entity,
    Extractor,
    Mention,
    Quote,
    Speaker,
    __version__,
)

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
