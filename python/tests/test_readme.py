"""The Python examples of python/README.md run, and print what the README says they print."""

import contextlib
import io
import re

import pytest
from conftest import REPO

README = REPO / "python" / "README.md"


def python_blocks() -> list:
    text = README.read_text(encoding="utf-8")
    return [b for b in re.findall(r"```python\n(.*?)```", text, flags=re.S) if "import isnad" in b]


def expected_output(block: str) -> list:
    """The comment lines that directly follow a statement that prints."""
    lines, out, after_print = block.splitlines(), [], False
    for line in lines:
        if line.startswith("# ") and after_print:
            out.append(line[2:])
            continue
        after_print = "print(" in line or (after_print and line.startswith(" "))
    return out


def test_readme_has_examples():
    assert len(python_blocks()) >= 2


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_readme_example_runs(index):
    block = python_blocks()[index]
    if "pandas" in block:
        pytest.importorskip("pandas")
    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        exec(compile(block, f"README.md block {index}", "exec"), {})
    assert stdout.getvalue().splitlines() == expected_output(block)
