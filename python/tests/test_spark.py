"""The Spark example job, run with PySpark in local mode on a generated corpus.

Its rows are checked against the CLI's output on the same articles
(`isnad extract --jsonl --offsets chars`), or, when no binary is found,
against the Python package's own extract (the same Rust core).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, find_cli

import isnad

if os.environ.get("ISNAD_CI"):  # CI: a missing PySpark is a failure, not a skip
    import pandas as pd
    import pyarrow  # noqa: F401
    import pyspark  # noqa: F401
else:
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    pd = pytest.importorskip("pandas")

SPARK = REPO / "examples" / "spark"
JOB = SPARK / "isnad_job.py"
MAKE_CORPUS = SPARK / "make_corpus.py"
N_DOCS = 10_000


def spark_env(own_python: bool = True) -> dict:
    """The job's environment; without `own_python` the job itself must point
    its local workers at this interpreter (the PATH's python3 may lack isnad)."""
    env = dict(os.environ)
    env.pop("PYSPARK_PYTHON", None)
    env.pop("PYSPARK_DRIVER_PYTHON", None)
    if own_python:
        env.update(PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    if "JAVA_HOME" not in env:
        for candidate in ("/usr/lib/jvm/java-17-openjdk-amd64", "/usr/lib/jvm/java-17-openjdk"):
            if Path(candidate, "bin", "java").exists():
                env["JAVA_HOME"] = candidate
                break
    if "JAVA_HOME" not in env and not shutil.which("java"):
        pytest.skip("no Java: set JAVA_HOME")
    return env


def make_corpus(path: Path, n: int, seed: int) -> list:
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(path), str(n), "--seed", str(seed)], check=True)
    if path.suffix == ".parquet":
        return pd.read_parquet(path).to_dict("records")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def run_job(source: Path, out: Path, *extra: str, own_python: bool = True) -> pd.DataFrame:
    cmd = [sys.executable, str(JOB), str(source), str(out), "--master", "local[2]", *extra]
    done = subprocess.run(cmd, env=spark_env(own_python), capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-4000:]
    frame = pd.read_parquet(out)
    return frame.sort_values(["id", "quote"]).reset_index(drop=True)


def rows_from_documents(records: list, docs: list) -> list:
    """Expected rows, from each article's list of quotation dicts with code-point offsets."""
    rows = []
    for record, quotes in zip(records, docs):
        for i, q in enumerate(quotes):
            speaker, cue = q["speaker"], q["cue"]
            rows.append(
                (
                    record["id"], i, q["text"], q["kind"],
                    speaker["text"] if speaker else None,
                    cue["text"] if cue else None,
                    cue["lemma"] if cue else None,
                    q["start"], q["end"], q["confidence"],
                )
            )  # fmt: skip
    return rows


def cli_documents(cli: Path, corpus: Path) -> list:
    """`isnad extract --jsonl --offsets chars` on the corpus: each article's quotations."""
    cmd = [str(cli), "extract", "--jsonl", "--offsets", "chars", "--quiet", str(corpus)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    return [(line["doc"], line["quotes"]) for line in lines]


def compare(frame: pd.DataFrame, expected: list) -> None:
    got = [
        (r.id, r.quote, r.text, r.kind, none(r.speaker), none(r.cue), none(r.cue_lemma), r.start, r.end, r.confidence)
        for r in frame.itertuples(index=False)
    ]
    expected = sorted(expected, key=lambda row: (row[0], row[1]))
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        assert g[:-1] == e[:-1]
        assert g[-1] == pytest.approx(e[-1], abs=1e-6)


def none(value):
    return None if value is None or (isinstance(value, float) and value != value) else value


def test_spark_job_matches_cli_on_10000_articles(tmp_path):
    records = make_corpus(tmp_path / "articles.jsonl", N_DOCS, seed=11)
    assert len(records) == N_DOCS
    frame = run_job(tmp_path / "articles.jsonl", tmp_path / "quotes.parquet")
    cli = find_cli()
    if cli is not None:
        found = cli_documents(cli, tmp_path / "articles.jsonl")
        assert [doc for doc, _ in found] == [r["id"] for r in records]
        docs = [quotes for _, quotes in found]
    else:  # the same Rust core, through the package
        ex = isnad.Extractor()
        docs = [[q.to_dict() for q in ex.extract(r["text"]).quotes] for r in records]
    expected = rows_from_documents(records, docs)
    assert len(expected) > N_DOCS  # several quotations per article
    compare(frame, expected)
    # Offsets are code points: they slice the article's str.
    texts = {r["id"]: r["text"] for r in records}
    assert all(texts[r.id][r.start : r.end] == r.text for r in frame.itertuples(index=False))
    assert set(frame["kind"]) >= {"speech", "name"}
    assert frame["speaker"].notna().sum() > N_DOCS


def test_spark_job_reads_parquet_with_other_columns(tmp_path):
    records = make_corpus(tmp_path / "articles.parquet", 500, seed=5)
    renamed = pd.DataFrame({"doc_key": [r["id"] for r in records], "body": [r["text"] for r in records]})
    renamed.to_parquet(tmp_path / "renamed.parquet")
    # run as a user would, with no PYSPARK_PYTHON set
    frame = run_job(
        tmp_path / "renamed.parquet",
        tmp_path / "quotes.parquet",
        "--id-col",
        "doc_key",
        "--text-col",
        "body",
        own_python=False,
    )
    ex = isnad.Extractor()
    expected = rows_from_documents(records, [[q.to_dict() for q in ex.extract(r["text"]).quotes] for r in records])
    compare(frame, expected)


def test_spark_job_rejects_bad_cues_before_starting_spark(tmp_path):
    (tmp_path / "cues.txt").write_text("verb\n", encoding="utf-8")
    (tmp_path / "articles.jsonl").write_text('{"id": 1, "text": "قال «نعم»"}\n', encoding="utf-8")
    cmd = [sys.executable, str(JOB), str(tmp_path / "articles.jsonl"), str(tmp_path / "out"), "--master", "local[1]"]
    done = subprocess.run([*cmd, "--cues", str(tmp_path / "cues.txt")], env=spark_env(), capture_output=True, text=True)
    assert done.returncode != 0
    assert "ValueError: lexicon line 1: a verb entry needs a lemma" in done.stderr
    assert not (tmp_path / "out").exists()
