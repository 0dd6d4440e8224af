#!/usr/bin/env python3
"""Writes a corpus of generated Arabic news articles for the Spark example.

Each article is built from short sentences composed for isnad's tests
(invented people, places and statements): reported speech with cues before
and after the quotation, headlines with a colon, dropped subjects, sources
introduced by بحسب, names and titles in marks, unclosed quotations, and
sentences without any. With --from DIR, the articles are instead the
paragraphs of DIR/*.txt, cycled (e.g. a local evaluation set; nothing from
it is shipped).

    python make_corpus.py corpus.jsonl 10000
    python make_corpus.py corpus.parquet 100000 --seed 3     # needs pyarrow

One record per article: {"id": "doc-000001", "text": "..."}.
"""

import argparse
import json
import random
from pathlib import Path

PEOPLE = [
    # (role, name, feminine)
    ("وزير الزراعة", "كريم منصور", False),
    ("رئيس البلدية", "سامي حداد", False),
    ("المتحدث باسم الحكومة", "فادي حمدان", False),
    ("مدرب المنتخب", "سعيد ناصر", False),
    ("مدير المستشفى", "نادر الخطيب", False),
    ("النائب", "وليد عيسى", False),
    ("وزيرة الصحة", "رنا سليم", True),
    ("المتحدثة باسم الشركة", "ليلى عواد", True),
    ("رئيسة الجامعة", "منى الشريف", True),
    ("الطبيبة", "هالة يوسف", True),
]
CUES = [("قال", "قالت"), ("أكد", "أكدت"), ("أوضح", "أوضحت"), ("صرح", "صرحت"), ("أعلن", "أعلنت")]
AFTER = [("وأضاف", "وأضافت"), ("وتابع", "وتابعت"), ("واختتم", "واختتمت")]
SOURCES = ["مصدر مطلع", "بيان الوزارة", "مسؤول في البلدية", "تقرير اللجنة"]
SAYINGS = [
    "سنواصل العمل حتى نهاية العام",
    "الوضع تحت السيطرة تماماً",
    "لن نرفع الأسعار في الوقت الحالي",
    "المشروع سيكتمل قبل حلول الصيف",
    "نحن بحاجة إلى مزيد من الدعم",
    "الحوار هو الطريق الوحيد للحل",
    "الفريق جاهز للمباراة النهائية",
    "سنفتح المدارس في موعدها",
    "لا تراجع عن هذا القرار",
    "الأرقام تبشر بموسم جيد",
]
NAMES = [
    "نشرت صحيفة {o}الفجر الجديد{c} تقريراً عن الموسم الزراعي.",
    "أطلقت الشركة حملة {o}معاً نبني{c} في مدينة الرمال.",
    "وعرض برنامج {o}صباح الخير{c} لقاءً مع السكان.",
    "وافتتح المحافظ مشروع {o}واحة النخيل{c} صباح اليوم.",
]
FILLER = [
    "افتتح المحافظ الجسر الجديد صباح اليوم.",
    "وشهدت المدينة حركة نشطة خلال عطلة نهاية الأسبوع.",
    "ويأتي ذلك بعد اجتماع استمر ثلاث ساعات.",
    "وحضر الحفل عدد كبير من المواطنين.",
]
MARKS = [("«", "»"), ("«", "»"), ("“", "”"), ('"', '"')]


def sentence(rng: random.Random, speaker) -> str:
    role, name, fem = speaker
    o, c = rng.choice(MARKS)
    say = rng.choice(SAYINGS)
    pick = rng.randrange(9)
    if pick == 0:
        return f"{rng.choice(CUES)[fem]} {role} {name} إن {o}{say}{c}."
    if pick == 1:
        return f"{role} {name}: {o}{say}{c}"
    if pick == 2:
        return f"{rng.choice(AFTER)[fem]}: {o}{say}{c}."
    if pick == 3:
        return f"وبحسب {rng.choice(SOURCES)}، فإن {o}{say}{c}."
    if pick == 4:
        return f"{o}{say}{c}، {rng.choice(CUES)[fem]} {name}."
    if pick == 5:
        return rng.choice(NAMES).format(o=o, c=c)
    if pick == 6:
        return f"{rng.choice(CUES)[fem]} {role} أن «{say}\n"  # unclosed: runs to the end of the line
    return rng.choice(FILLER)


def article(rng: random.Random) -> str:
    speaker = rng.choice(PEOPLE)
    paragraphs = []
    for _ in range(rng.randint(1, 4)):
        paragraphs.append(" ".join(sentence(rng, speaker) for _ in range(rng.randint(1, 5))).replace("\n ", "\n"))
    return "\n".join(p.strip() for p in paragraphs)


def generated(n: int, seed: int):
    rng = random.Random(seed)
    for i in range(n):
        yield {"id": f"doc-{i:06d}", "text": article(rng)}


def cycled(n: int, directory: Path):
    paragraphs = [
        p.strip()
        for path in sorted(directory.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if p.strip()
    ]
    if not paragraphs:
        raise SystemExit(f"no paragraphs in {directory}/*.txt")
    for i in range(n):
        yield {"id": f"doc-{i:06d}", "text": paragraphs[i % len(paragraphs)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="output file: .jsonl, or .parquet (needs pyarrow)")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--from", dest="source", type=Path, help="cycle the paragraphs of DIR/*.txt instead")
    args = parser.parse_args()
    records = cycled(args.n, args.source) if args.source else generated(args.n, args.seed)
    if args.out.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(list(records)), args.out)
    else:
        with args.out.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
