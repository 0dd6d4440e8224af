"""The type stubs describe the module that is installed, no more and no less."""

import ast
import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

import isnad


def stub_tree() -> ast.Module:
    path = Path(isnad.__file__).with_name("__init__.pyi")
    assert path.is_file(), "the wheel ships __init__.pyi"
    assert path.with_name("py.typed").is_file(), "the wheel ships the py.typed marker"
    return ast.parse(path.read_text(encoding="utf-8"))


def test_stub_classes_match_runtime():
    classes = {node.name: node for node in stub_tree().body if isinstance(node, ast.ClassDef)}
    runtime = {name for name, obj in vars(isnad).items() if inspect.isclass(obj)}
    assert set(classes) == runtime
    for name, node in classes.items():
        declared = {item.name for item in node.body if isinstance(item, ast.FunctionDef)}
        public = {attr for attr in dir(getattr(isnad, name)) if not attr.startswith("_")}
        assert declared - {"__new__", "__len__", "__iter__"} == public, name


def test_stub_names_match_all():
    names = set()
    for node in stub_tree().body:
        if isinstance(node, ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign):
            names.add(node.target.id)
    assert set(isnad.__all__) <= names
    for name in isnad.__all__:
        assert hasattr(isnad, name)


def test_docstrings():
    for cls in (isnad.Extractor, isnad.Document, isnad.Quote, isnad.Speaker, isnad.Cue, isnad.Entity, isnad.Mention):
        assert cls.__doc__, cls
    assert "code point" in isnad.__doc__ or "str`` indices" in isnad.__doc__
    assert isnad.Extractor.extract.__doc__ and isnad.Extractor.extract_many.__doc__
    assert isnad.Quote.speaker.__doc__ == "Who said it, if anyone was found."


def require_mypy():
    if os.environ.get("ISNAD_CI"):
        import mypy  # noqa: F401  (CI installs it: a missing mypy is a failure)
    else:
        pytest.importorskip("mypy")


def test_stubtest_finds_no_drift():
    """mypy's stubtest compares every stub signature with the runtime module."""
    require_mypy()
    done = subprocess.run([sys.executable, "-m", "mypy.stubtest", "isnad"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


USAGE = """
import isnad

ex = isnad.Extractor(max_depth=8, offsets="bytes")
doc: isnad.Document = ex.extract("قال «نعم»")
starts: list[int] = [q.start for q in doc.quotes]
names: list[str] = [q.speaker.text for q in doc if q.speaker is not None]
docs: list[isnad.Document] = ex.extract_many(["«أ»"], threads=2)
"""

MISUSE = {
    "unchecked optional": 'import isnad\nisnad.Extractor().extract("x").quotes[0].speaker.text\n',
    "wrong offsets literal": 'import isnad\nisnad.Extractor(offsets="words")\n',
    "str where int": 'import isnad\nq = isnad.Extractor().extract("x").quotes[0]\nq.start + "1"\n',
}


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory) -> dict:
    """One strict mypy run over the usage file and each misuse file: error lines per file."""
    require_mypy()
    folder = tmp_path_factory.mktemp("mypy")
    files = {"usage": USAGE, **MISUSE}
    paths = {case: folder / f"case_{i}.py" for i, case in enumerate(files)}
    for case, path in paths.items():
        path.write_text(files[case], encoding="utf-8")
    cmd = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull]
    done = subprocess.run([*cmd, *map(str, paths.values())], capture_output=True, text=True, cwd=folder)
    assert done.returncode in (0, 1), done.stdout + done.stderr
    return {case: [l for l in done.stdout.splitlines() if path.name in l and "error:" in l] for case, path in paths.items()}


def test_mypy_accepts_typical_use(mypy_errors):
    assert mypy_errors["usage"] == []


@pytest.mark.parametrize("case", sorted(MISUSE))
def test_mypy_rejects_misuse(mypy_errors, case):
    assert mypy_errors[case], f"mypy accepted: {MISUSE[case]!r}"
