#!/usr/bin/env python3
"""Spark job: one row per quotation found by isnad in a table of articles.

Reads articles (JSON Lines or Parquet, with an id column and a text column),
runs isnad on each partition with ``mapInPandas`` (the extractor is built on
the driver, which checks the options, and travels to the executors pickled as
its options: it is rebuilt once per partition), and writes Parquet with one
row per quotation:

    id          the article's id (as a string)
    quote       the quotation's index in the article (0, 1, ...)
    text        the quoted text
    kind        speech, name, title, term or other
    speaker     the speaker's name, or null
    cue         the reporting cue as written (e.g. وقالت), or null
    cue_lemma   its lexicon entry (e.g. قال), or null
    start, end  offsets of the quoted text in the article, in code points
                (Spark SQL: substring(text, start + 1, end - start))
    confidence  0 to 1

Local run:

    python isnad_job.py articles.jsonl quotes.parquet --master 'local[*]'

On a cluster the executors need the isnad package installed, or a packed
virtual environment shipped with the job (python/README.md, "Spark"):

    spark-submit --master yarn --archives isnad-env.tar.gz#environment \\
        --conf spark.pyspark.python=./environment/bin/python \\
        isnad_job.py s3a://bucket/articles/ s3a://bucket/quotes/
"""

import argparse
import os
import sys
from typing import Iterator

import pandas as pd

import isnad

COLUMNS = ["id", "quote", "text", "kind", "speaker", "cue", "cue_lemma", "start", "end", "confidence"]
SCHEMA = (
    "id string, quote int, text string, kind string, speaker string, cue string, cue_lemma string, "
    "start int, end int, confidence double"
)


def quote_rows(extractor: isnad.Extractor, ids: list, texts: list) -> pd.DataFrame:
    """The rows of one batch of articles: one per quotation, in article order."""
    rows: dict = {name: [] for name in COLUMNS}
    # One thread: Spark already runs one Python worker per executor core.
    for doc_id, doc in zip(ids, extractor.extract_many(texts, threads=1)):
        for i, q in enumerate(doc.quotes):
            rows["id"].append(doc_id)
            rows["quote"].append(i)
            rows["text"].append(q.text)
            rows["kind"].append(q.kind)
            rows["speaker"].append(q.speaker.text if q.speaker else None)
            rows["cue"].append(q.cue.text if q.cue else None)
            rows["cue_lemma"].append(q.cue.lemma if q.cue else None)
            rows["start"].append(q.start)
            rows["end"].append(q.end)
            rows["confidence"].append(q.confidence)
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.astype({"quote": "int32", "start": "int32", "end": "int32", "confidence": "float64"})


def extract_partition(extractor: isnad.Extractor):
    """The function given to mapInPandas: batches of (id, text) in, batches of quotation rows out."""

    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            ids = batch["id"].tolist()
            texts = [t if isinstance(t, str) else "" for t in batch["text"].tolist()]
            yield quote_rows(extractor, ids, texts)

    return run


def read_articles(spark, path: str, fmt: str, id_col: str, text_col: str):
    """The articles as (id, text) strings."""
    from pyspark.sql import functions as F

    if fmt == "auto":
        fmt = "parquet" if path.rstrip("/").endswith(".parquet") else "jsonl"
    if fmt == "parquet":
        frame = spark.read.parquet(path)
    else:
        # A schema spares Spark a pass over the data to infer one; a JSON
        # number or other value read as a string keeps its JSON text.
        schema = f"`{id_col}` string, `{text_col}` string"
        frame = spark.read.schema(schema).json(path)
    return frame.select(F.col(id_col).cast("string").alias("id"), F.col(text_col).cast("string").alias("text"))


def main() -> None:
    parser = argparse.ArgumentParser(description="One row per quotation found by isnad, as Parquet.")
    parser.add_argument("input", help="articles: JSON Lines or Parquet (file or directory)")
    parser.add_argument("output", help="output directory (Parquet), overwritten")
    parser.add_argument("--format", choices=["auto", "jsonl", "parquet"], default="auto")
    parser.add_argument("--id-col", default="id")
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--partitions", type=int, help="repartition the articles (default: at least one per core)")
    parser.add_argument("--master", help="Spark master, e.g. local[*] (default: spark-submit's)")
    parser.add_argument("--blank-lines", action="store_true", help="only an empty line ends a paragraph")
    parser.add_argument("--cues", help="file of extra cue entries, in isnad's lexicon format")
    args = parser.parse_args()

    from pyspark.sql import SparkSession

    # Built here so that bad options fail before the job starts.
    cues = open(args.cues, encoding="utf-8").read() if args.cues else None
    extractor = isnad.Extractor(blank_lines=args.blank_lines, cues=cues)

    builder = SparkSession.builder.appName("isnad")
    if args.master:
        builder = builder.master(args.master)
    if args.master and args.master.startswith("local"):
        # local workers run the interpreter that has isnad (this one), not
        # whatever `python3` the PATH finds
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()

    articles = read_articles(spark, args.input, args.format, args.id_col, args.text_col)
    partitions = args.partitions or max(articles.rdd.getNumPartitions(), spark.sparkContext.defaultParallelism)
    if partitions != articles.rdd.getNumPartitions():
        articles = articles.repartition(partitions)
    quotes = articles.mapInPandas(extract_partition(extractor), schema=SCHEMA)
    quotes.write.mode("overwrite").parquet(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
