"""Hostile input: deep nesting, megabytes of marks, random Unicode, NUL.

Each test checks the invariants of the output, not only that nothing crashed:
offsets in bounds and slicing to the quote's text, parents before children.
"""

import gc
import random
import sys

import pytest

import isnad

MARKS = "«»“”„\"‹›﴿﴾"


def check(text: str, doc: isnad.Document) -> None:
    quotes = doc.quotes
    for i, q in enumerate(quotes):
        assert 0 <= q.open[0] < q.open[1] <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.close is not None:
            assert q.end <= q.close[0] < q.close[1] <= len(text)
        if q.parent is not None:
            assert q.parent < i and quotes[q.parent].depth == q.depth - 1
        else:
            assert q.depth == 0
        if q.speaker is not None:
            assert 0 <= q.speaker.start <= q.speaker.end <= len(text)
            if q.speaker.entity is not None:
                assert q.speaker.entity < len(doc.speakers)
    for e in doc.speakers:
        assert all(0 <= i < len(quotes) for i in e.quotes)


def test_deep_nesting():
    depth = 200_000
    text = "قال: " + "«" * depth + "نعم" + "»" * depth
    doc = isnad.Extractor().extract(text)
    check(text, doc)
    assert max(q.depth for q in doc) == isnad.DEFAULT_MAX_DEPTH - 1


def test_deep_nesting_with_a_huge_max_depth():
    # Every level is a quotation here, and each holds all the levels inside
    # it, so the output alone is quadratic in the depth: keep the depth modest.
    depth = 2_000
    text = "قال: " + "«" * depth + "نعم" + "»" * depth
    doc = isnad.Extractor(max_depth=1 << 40).extract(text)
    check(text, doc)
    assert len(doc) == depth and doc.quotes[-1].text == "نعم"


def test_a_megabyte_of_marks():
    rng = random.Random(7)
    text = "".join(rng.choice(MARKS + " \n") for _ in range(1 << 20))
    doc = isnad.Extractor().extract(text)
    check(text, doc)
    assert len(doc) > 1000
    # The same text in bytes.
    raw = isnad.Extractor().extract(text, offsets="bytes")
    assert [q.text for q in raw] == [q.text for q in doc]


def random_text(rng: random.Random, n: int) -> str:
    pools = [
        lambda: chr(rng.randrange(0x0600, 0x0700)),  # Arabic
        lambda: rng.choice(MARKS),
        lambda: rng.choice(" \n\t:،.\x00"),
        lambda: rng.choice(["قال ", "وأضاف ", "بحسب ", "الوزير ", "إن "]),
        lambda: chr(rng.randrange(0x1F300, 0x1FAFF)),  # emoji
        lambda: chr(rng.choice([rng.randrange(0x20, 0xD800), rng.randrange(0xE000, 0x110000)])),  # any scalar
    ]
    return "".join(rng.choice(pools)() for _ in range(n))


@pytest.mark.parametrize("seed", range(20))
def test_random_unicode(seed):
    rng = random.Random(seed)
    texts = [random_text(rng, rng.randrange(0, 3000)) for _ in range(50)]
    ex = isnad.Extractor()
    docs = ex.extract_many(texts, threads=2)
    for text, doc in zip(texts, docs):
        check(text, doc)
    assert [d.to_dict() for d in docs] == [ex.extract(t).to_dict() for t in texts]


def test_nul_and_control_characters():
    text = "\x00قال\x00 الوزير: «نعم\x00 لا»\x00\x01\x7f"
    doc = isnad.Extractor().extract(text)
    check(text, doc)
    assert doc.quotes[0].text == "نعم\x00 لا"
    assert isnad.Extractor().extract("\x00" * 100_000).quotes == []


def rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_no_leak_over_many_calls():
    ex = isnad.Extractor()
    text = " ".join(
        f"وقال المسؤول رقم {i}: «سنواصل العمل “بجد” في المرحلة المقبلة». وأضاف: «لا تراجع»." for i in range(200)
    )
    for _ in range(50):  # warm up allocators
        ex.extract(text).to_dict()
    gc.collect()
    before = rss_kb()
    for _ in range(150):
        doc = ex.extract(text)
        doc.to_dict()
        ex.extract_many([text] * 4, threads=2)
    gc.collect()
    grown = rss_kb() - before
    # 150 rounds over ~45 KB of text and ~600 quotations each: a leak of even
    # one record per quotation would grow by far more than this.
    assert grown < 20_000, f"RSS grew by {grown} kB"
