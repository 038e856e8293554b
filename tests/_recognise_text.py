"""What the recogniser finds in a text typed for a test (shared by the tests/test_recognise_*.py
and tests/test_ingest_reports.py files)."""

from __future__ import annotations

from pathlib import Path

from directive_report.readers import read_facts
from directive_report.readers.recognise import Recognised, recognise


def recognised(tmp_path: Path, text: str) -> Recognised:
    """*text* written to a plain-text file in *tmp_path*, read and recognised."""
    path = tmp_path / "typed.txt"
    path.write_text(text, encoding="utf-8")
    return recognise(read_facts(path))


def headings(found: Recognised) -> list[tuple[str, str, int]]:
    """The headings of *found* as ``(label, title, depth)``."""
    return [(h.label, h.title, h.depth) for h in found.headings]
