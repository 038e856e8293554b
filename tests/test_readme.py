"""The README's Python example runs and prints what its comments say."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

README = Path(__file__).parent.parent / "README.md"


def python_example() -> str:
    """The one Python block of the README."""
    blocks: list[str] = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    (block,) = blocks
    return block


def test_readme_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``print`` in the example prints the value its comment shows, and the export
    writes the file it names."""
    monkeypatch.chdir(tmp_path)
    code = python_example()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(README), "exec"), {})
    printed = out.getvalue().splitlines()
    expected = [
        comment.strip()
        for line in code.splitlines()
        if line.lstrip().startswith(("print(", "for ", "    print(")) and "#" in line
        for comment in [line.split("#", 1)[1]]
    ]
    assert len(printed) >= len(expected)
    for shown, comment in zip(printed, expected, strict=False):
        # a comment may abbreviate ("...") or annotate ("4  (\"năm thứ 4\")") the value
        head = comment.split("  (")[0].removesuffix("...").strip()
        assert shown.startswith(head), (shown, comment)
    assert (tmp_path / "bao-cao.docx").stat().st_size > 0
