"""Every Python example in the docs is executed by the docs build (``sphinx-build -b doctest``).

A fenced ```` ```python ```` block (or ``{code-block} python``) is only highlighted, never run, so
it may silently rot; examples are written as ``{doctest}`` or ``{testcode}`` blocks instead.
Code shown from a file (``{literalinclude}``) is the file's own tests' business.
"""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
UNEXECUTED = re.compile(
    r"^\s*(`{3,}|~{3,})\s*(\{code-block\}|\{code\}|\{sourcecode\})?\s*(python|py|pycon)3?\s*$"
)


def unexecuted_blocks(text: str) -> list[int]:
    """The line numbers of fenced Python blocks that only show code."""
    return [n for n, line in enumerate(text.splitlines(), 1) if UNEXECUTED.match(line)]


def test_every_python_example_in_the_docs_is_executed() -> None:
    pages = sorted(DOCS.rglob("*.md"))
    assert len(pages) > 20
    found = {
        str(page.relative_to(DOCS)): lines
        for page in pages
        if (lines := unexecuted_blocks(page.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_finder_sees_each_spelling_of_a_python_block() -> None:
    text = "\n".join(
        [
            "```python",
            "x",
            "```",
            "```{code-block} python",
            "```",
            "~~~py",
            "```{testcode}",
            "```console",
        ]
    )
    assert unexecuted_blocks(text) == [1, 4, 6]
