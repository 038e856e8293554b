"""The repository stands on its own: nothing in it points at notes kept outside it.

The facts the code relies on are in ``docs/`` with their primary sources (the decree's article
or appendix); a comment or page that cites a notes file outside the repository sends a
maintainer to something they do not have.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Names of notes that live outside the repository, and paths that lead out of it.
OUTSIDE = re.compile(
    r"office-recipes|vietnamese-formatting\.md|nd30-layout|\.\./shared|shared/reference"
    r"|(?<![\w/])(?:design|architecture|performance)\.md"
)
TEXT_SUFFIXES = {".py", ".md", ".toml", ".txt", ".cfg", ".ini", ".rst", ".yml", ".yaml", ""}


def _tracked_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [ROOT / name for name in listed.split("\0") if name]


def test_no_file_cites_notes_outside_the_repository() -> None:
    here = Path(__file__).resolve()
    found = []
    for path in _tracked_files():
        if path == here or path.suffix not in TEXT_SUFFIXES or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_the_pattern_sees_a_pointer() -> None:
    assert OUTSIDE.search("(office-recipes §4)")
    assert OUTSIDE.search("see nd30-layout.md §10")
    assert OUTSIDE.search("../shared/reference/design.md")
    assert not OUTSIDE.search("docs/decree-layout.md")
