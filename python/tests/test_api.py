"""The Python API: records, options, offsets, errors, and agreement with the CLI."""

import json
import pickle

import pytest
from conftest import PASSAGES, run_cli

import isnad


def test_speech_speaker_cue_and_speaker_table(extractor):
    doc = extractor.extract(PASSAGES["two_quotes"])
    assert isinstance(doc, isnad.Document)
    assert len(doc) == 2
    first, second = doc.quotes
    assert (first.text, first.kind, first.rule) == ("الموسم الزراعي سيكون جيداً هذا العام", "speech", "cue_before")
    assert first.is_speech and first.closed
    assert first.speaker.text == "وزير الزراعة كريم منصور"
    assert first.speaker.resolution == "explicit"
    assert first.speaker.gender == "masculine"
    assert first.cue.lemma == "قال" and first.cue.kind == "verb" and first.cue.class_ == "say"
    assert second.cue.lemma == "أضاف"
    # Both quotations belong to the one source of the speaker table.
    assert first.speaker.entity == second.speaker.entity == 0
    (entity,) = doc.speakers
    assert isinstance(entity, isnad.Entity)
    assert entity.name == "وزير الزراعة كريم منصور"
    assert entity.quotes == [0, 1]
    assert [m.text for m in entity.mentions] == ["وزير الزراعة كريم منصور", "منصور"]
    assert 0.0 < first.confidence <= 1.0
    assert list(doc) == doc.quotes


def test_names_in_marks_are_not_speech(extractor):
    doc = extractor.extract(PASSAGES["names"])
    assert [q.text for q in doc.quotes] == ["الفجر الجديد", "واحة النخيل"]
    assert all(not q.is_speech and q.speaker is None and q.cue is None for q in doc.quotes)
    assert doc.speakers == []


def test_nested_quote_has_depth_and_parent(extractor):
    outer, inner = extractor.extract(PASSAGES["nested"]).quotes
    assert (outer.depth, outer.parent) == (0, None)
    assert (inner.text, inner.depth, inner.parent) == ("معاً نبني", 1, 0)
    assert (outer.mark, inner.mark) == ("guillemet", "curly")
    assert outer.start < inner.start < inner.end < outer.end


def test_unclosed_quote_runs_to_end_of_paragraph(extractor):
    (quote,) = extractor.extract(PASSAGES["unclosed"]).quotes
    assert quote.text == "المشروع سيكتمل قريباً"
    assert not quote.closed and quote.close is None
    assert quote.to_dict()["close"] is None


def test_dropped_subject_and_discourse_option():
    text = PASSAGES["dropped"]
    second = isnad.Extractor().extract(text).quotes[1]
    assert second.speaker.text == "الطبيبة هالة يوسف"
    assert second.speaker.resolution == "dropped_subject"
    assert second.speaker.mention is None
    off = isnad.Extractor(discourse=False).extract(text).quotes[1]
    assert off.speaker is None


@pytest.mark.parametrize("name", ["two_quotes", "nested", "emoji", "straight", "dropped"])
def test_code_point_offsets_slice_python_str(extractor, name):
    text = PASSAGES[name]
    doc = extractor.extract(text)
    assert doc.quotes
    for q in doc.quotes:
        assert text[q.start : q.end] == q.text
        assert q.open[1] <= q.start and (q.close is None or q.end <= q.close[0])
        if q.speaker and q.speaker.mention:
            m = q.speaker.mention
            assert text[m.start : m.end] == m.text
        if q.cue:
            assert text[q.cue.start : q.cue.end] == q.cue.text
    for e in doc.speakers:
        assert text[e.start : e.end] == e.name
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_arabic_with_emoji_before_the_quote():
    text = "📢😀 قالت الوزيرة رنا سليم: «سنفتح المدارس في موعدها» 👍"
    (q,) = isnad.Extractor().extract(text).quotes
    assert text[q.start : q.end] == q.text == "سنفتح المدارس في موعدها"
    assert text[q.open[0] : q.open[1]] == "«" and text[q.close[0] : q.close[1]] == "»"
    assert text[q.speaker.start : q.speaker.end] == "الوزيرة رنا سليم"
    # The same quotation in bytes: offsets into the UTF-8 encoding.
    (b,) = isnad.Extractor().extract(text, offsets="bytes").quotes
    data = text.encode("utf-8")
    assert data[b.start : b.end].decode("utf-8") == q.text
    assert b.start > q.start  # Arabic letters and emoji take several bytes each
    assert data[b.speaker.start : b.speaker.end].decode("utf-8") == "الوزيرة رنا سليم"


def test_offsets_option_on_extractor_and_per_call():
    text = PASSAGES["emoji"]
    by_bytes = isnad.Extractor(offsets="bytes")
    assert by_bytes.offsets == "bytes"
    q = by_bytes.extract(text).quotes[0]
    assert text.encode()[q.start : q.end].decode() == q.text
    q = by_bytes.extract(text, offsets="chars").quotes[0]
    assert text[q.start : q.end] == q.text
    # Same quotations whatever the unit, only the numbers differ.
    chars, raw = isnad.Extractor().extract(text), isnad.Extractor().extract(text, offsets="bytes")
    assert [q.text for q in chars] == [q.text for q in raw]


def test_to_dict_shapes(extractor):
    doc = extractor.extract(PASSAGES["two_quotes"])
    d = doc.to_dict()
    assert set(d) == {"quotes", "speakers"}
    q = d["quotes"][0]
    assert set(q) == {
        "text", "start", "end", "kind", "speaker", "cue", "confidence", "rule", "mark", "open", "close", "depth", "parent",
    }  # fmt: skip
    assert q == doc.quotes[0].to_dict()
    assert set(q["speaker"]) == {"text", "start", "end", "mention", "entity", "gender", "number", "resolution"}
    assert set(q["cue"]) == {"text", "start", "end", "lemma", "kind", "class"}
    assert q["open"] == {"start": doc.quotes[0].open[0], "end": doc.quotes[0].open[1]}
    assert set(d["speakers"][0]) == {"name", "start", "end", "gender", "number", "mentions", "quotes"}
    json.dumps(d)  # plain Python values only


def test_pandas_dataframe(extractor):
    pd = pytest.importorskip("pandas")
    doc = extractor.extract(PASSAGES["two_quotes"])
    frame = pd.DataFrame([q.to_dict() for q in doc.quotes])
    assert list(frame["kind"]) == ["speech", "speech"]
    flat = pd.json_normalize([q.to_dict() for q in doc.quotes])
    assert list(flat["speaker.text"]) == ["وزير الزراعة كريم منصور"] * 2
    assert list(flat["cue.lemma"]) == ["قال", "أضاف"]


def test_records_are_immutable_and_comparable(extractor):
    doc = extractor.extract(PASSAGES["two_quotes"])
    q = doc.quotes[0]
    with pytest.raises(AttributeError):
        q.text = "x"
    with pytest.raises(AttributeError):
        doc.quotes = []
    assert q == extractor.extract(PASSAGES["two_quotes"]).quotes[0]
    assert q != doc.quotes[1]
    assert doc == extractor.extract(PASSAGES["two_quotes"])
    assert doc != extractor.extract(PASSAGES["nested"])
    assert "الموسم الزراعي" in repr(q) and repr(doc) == "Document(quotes=2, speakers=1)"


def cli_document(cli, tmp_path, text, *flags):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    lines = run_cli(cli, "extract", *flags, str(path)).stdout.splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


@pytest.mark.parametrize("offsets", ["bytes", "chars"])
@pytest.mark.parametrize("name", sorted(PASSAGES))
def test_same_output_as_cli(extractor, cli, tmp_path, name, offsets):
    """doc.to_dict() is the JSON that `isnad extract --offsets UNIT` prints."""
    expected = cli_document(cli, tmp_path, PASSAGES[name], "--offsets", offsets)
    got = extractor.extract(PASSAGES[name], offsets=offsets).to_dict()
    assert_same_quotes(got["quotes"], expected["quotes"])
    assert got["speakers"] == expected["speakers"]


def test_same_options_as_cli(cli, tmp_path):
    text = PASSAGES["unclosed"]
    expected = cli_document(cli, tmp_path, text, "--blank-lines")
    got = isnad.Extractor(blank_lines=True, offsets="bytes").extract(text).to_dict()
    assert_same_quotes(got["quotes"], expected["quotes"])
    cues = "verb فضفض present=فضفض"
    (tmp_path / "cues.txt").write_text(cues + "\n", encoding="utf-8")
    text = "وفضفض الشاعر: «كلام». وأكد الناقد أن «القصيدة جميلة»."
    expected = cli_document(cli, tmp_path, text, "--lexicon", str(tmp_path / "cues.txt"))
    got = isnad.Extractor(cues=cues, offsets="bytes").extract(text).to_dict()
    assert got["quotes"][0]["cue"]["lemma"] == "فضفض"
    assert_same_quotes(got["quotes"], expected["quotes"])
    assert got["speakers"] == expected["speakers"]


def assert_same_quotes(got, expected):
    """Equal, except confidence to f32 precision (the CLI may print the f32 widened to f64)."""
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        assert g["confidence"] == pytest.approx(e["confidence"], abs=1e-6)
        assert {**g, "confidence": None} == {**e, "confidence": None}


def test_options():
    # max_depth: at depth 1, inner marks are text.
    assert len(isnad.Extractor(max_depth=1).extract(PASSAGES["nested"]).quotes) == 1
    assert len(isnad.Extractor(max_depth=2).extract(PASSAGES["nested"]).quotes) == 2
    # blank_lines: a single line break no longer ends the unclosed quotation.
    (q,) = isnad.Extractor(blank_lines=True).extract(PASSAGES["unclosed"]).quotes
    assert "\n" in q.text
    # cues: a verb the lexicon lacks.
    text = "وفضفض الشاعر: «كلام»."
    assert isnad.Extractor().extract(text).quotes[0].cue is None
    q = isnad.Extractor(cues="verb فضفض present=فضفض").extract(text).quotes[0]
    assert q.cue.lemma == "فضفض" and q.speaker.text == "الشاعر"
    # uncued_speech_words: an uncued six-word quotation inside a sentence is speech at 4, not at 9.
    text = "افتتح المحافظ الجسر الجديد صباح اليوم. وكانت الأجواء «هادئة جداً في كل أنحاء المدينة» طوال النهار."
    q = isnad.Extractor(uncued_speech_words=4).extract(text).quotes[0]
    assert (q.kind, q.rule) == ("speech", "uncued")
    assert isnad.Extractor(uncued_speech_words=9).extract(text).quotes[0].kind != "speech"
    ex = isnad.Extractor(max_depth=3, blank_lines=True, cues="verb فضفض present=فضفض", discourse=False)
    assert (ex.max_depth, ex.blank_lines, ex.cues, ex.discourse, ex.uncued_speech_words) == (
        3, True, "verb فضفض present=فضفض", False, 4,
    )  # fmt: skip
    assert isnad.DEFAULT_MAX_DEPTH == isnad.Extractor().max_depth
    # ornate: a verse in ﴿…﴾ is text unless asked for
    verse = "وختم الخطيب بقوله تعالى: ﴿فاصبر صبرا جميلا﴾."
    assert len(isnad.Extractor().extract(verse).quotes) == 0
    assert [q.text for q in isnad.Extractor(ornate=True).extract(verse).quotes] == ["فاصبر صبرا جميلا"]
    assert (isnad.Extractor().ornate, isnad.Extractor(ornate=True).ornate) == (False, True)
    assert "قال" in isnad.DEFAULT_CUES


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"cues": "verb"}, "lexicon line 1: a verb entry needs a lemma"),
        ({"cues": "verb فضفض present=فضفض\nfrob x"}, "lexicon line 2: "),
        ({"max_depth": 0}, "invalid option max_depth: must be at least 1"),
        ({"max_depth": -5}, "invalid option max_depth: must be at least 1"),
        ({"uncued_speech_words": 0}, "invalid option uncued_speech_words: must be at least 1"),
        ({"offsets": "words"}, "invalid option offsets"),
    ],
)
def test_invalid_options_raise_value_error(kwargs, message):
    with pytest.raises(ValueError, match=message):
        isnad.Extractor(**kwargs)


def test_errors_are_python_exceptions(extractor):
    with pytest.raises(TypeError):
        extractor.extract(123)
    with pytest.raises(TypeError):
        extractor.extract(b"bytes")
    with pytest.raises(TypeError):
        isnad.Extractor(max_depth="deep")
    with pytest.raises(ValueError, match="invalid option offsets"):
        extractor.extract("قال «نعم»", offsets="lines")
    with pytest.raises(TypeError, match="not a str"):
        extractor.extract_many("قال «نعم»")
    with pytest.raises(TypeError):
        extractor.extract_many(["قال «نعم»", 7])
    with pytest.raises(TypeError):
        extractor.extract_many(None)
    with pytest.raises(ValueError, match="threads"):
        extractor.extract_many(["قال «نعم»"], threads=0)
    # A str may hold a lone surrogate, which has no UTF-8 form.
    with pytest.raises(UnicodeEncodeError):
        extractor.extract("قال «نعم \ud800»")
    with pytest.raises(UnicodeEncodeError):
        extractor.extract_many(["«أ»", "\udfff"])


def test_extract_many_equals_a_loop(extractor):
    texts = [PASSAGES[name] for name in sorted(PASSAGES)] * 25
    expected = [extractor.extract(t) for t in texts]
    for threads in (None, 1, 2, 3, 64):
        got = extractor.extract_many(texts, threads=threads)
        assert len(got) == len(texts)
        assert [d.to_dict() for d in got] == [d.to_dict() for d in expected]
    # Any iterable, offsets per call.
    got = extractor.extract_many((t for t in texts[:5]), offsets="bytes")
    assert [d.to_dict() for d in got] == [extractor.extract(t, offsets="bytes").to_dict() for t in texts[:5]]
    assert extractor.extract_many([]) == []


def test_extractor_pickles_with_its_options():
    ex = isnad.Extractor(max_depth=3, cues="verb فضفض present=فضفض", offsets="bytes", discourse=False, ornate=True)
    copy = pickle.loads(pickle.dumps(ex))
    assert repr(copy) == repr(ex) and "ornate=True" in repr(ex)
    text = "وفضفض الشاعر: «كلام»."
    assert copy.extract(text).to_dict() == ex.extract(text).to_dict()


def test_threads_share_one_extractor(extractor):
    from concurrent.futures import ThreadPoolExecutor

    texts = [PASSAGES[name] for name in sorted(PASSAGES)] * 20
    expected = [extractor.extract(t).to_dict() for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: extractor.extract(t).to_dict(), texts))
    assert got == expected
