"""The compiled reader finds what the pure-Python reader finds, record by record.

``nox -s compiled`` builds the wheel whose citation reader mypyc compiles
(docs/citations-compiled.md), installs it and runs the citation tests against it, this file
included: here the installed (compiled) reader and the pure-Python reader of the source tree,
loaded beside it (``tests/_pure_reader.py``), read the same texts and must give the same
citations with the same spans and the same value in every field.  The texts: every development
text of the real corpus (the held-out part is never run here), the texts written for the
project, the 1 MB texts of the bench (report and legal) whole and in chunks, and reports and
citation-dense texts drawn by Hypothesis.

With a pure-Python install (an editable one, the ``tests`` session) both readers are the same
code and the comparison could not fail: its tests are deselected (tests/conftest.py), and
``nox -s compiled`` sets ``DIRECTIVE_REPORT_COMPILED`` so that there a missing compiled module
fails instead.
"""

from __future__ import annotations

import enum
import functools
import os
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import _pure_reader
from directive_report import citations, testing
from directive_report.citations import _find, _issuer_reading, _law_reading, _patterns

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "corpus" / "citations"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_citations  # type: ignore[import-not-found]  # noqa: E402
import citation_corpus  # noqa: E402

#: The modules of the reader that the compiled build compiles (pyproject.toml's mypyc hook).
READER = (_find, _issuer_reading, _law_reading, _patterns)
COMPILED = all(_pure_reader.is_compiled(module) for module in READER)

if not COMPILED and os.environ.get("DIRECTIVE_REPORT_COMPILED"):
    raise RuntimeError(
        "DIRECTIVE_REPORT_COMPILED is set but the installed reader is pure Python: "
        + ", ".join(str(module.__file__) for module in READER)
    )
pytestmark = pytest.mark.compiled  # deselected where the reader is pure Python (conftest.py)


@functools.cache
def _pure() -> ModuleType:
    return _pure_reader.load()


def _plain(value: Any) -> Any:
    """*value* as plain data, every field of every record in it (the two readers' records are
    of different classes: each copy of the package has its own)."""
    if attrs.has(type(value)):
        return (
            type(value).__name__,
            tuple((a.name, _plain(getattr(value, a.name))) for a in attrs.fields(type(value))),
        )
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, frozenset):
        return tuple(sorted(map(repr, map(_plain, value))))
    if isinstance(value, tuple):
        return tuple(map(_plain, value))
    return value


def _records(reader: ModuleType, text: Any) -> list[Any]:
    return [_plain(found) for found in reader.extract(text)]


def _same(text: str) -> int:
    """Assert both readers find the same records in *text*; how many they found."""
    compiled, pure = _records(citations, text), _records(_pure(), text)
    for index, (ours, theirs) in enumerate(zip(compiled, pure, strict=False)):
        assert ours == theirs, f"record {index} differs"
    assert len(compiled) == len(pure)
    return len(compiled)


def _chunks(text: str, size: int) -> Iterator[str]:
    for start in range(0, len(text), size):
        yield text[start : start + size]


def test_the_pure_reader_is_another_copy() -> None:
    """The reader compared is the source tree's, as pure Python, not the installed one."""
    pure = _pure()
    assert pure is not citations
    assert not _pure_reader.is_compiled(pure._find)
    assert _pure_reader.SRC in Path(str(pure.__file__)).parents


@pytest.mark.parametrize(
    "text", citation_corpus.real_corpus("dev"), ids=lambda text: str(text.name)
)
def test_every_development_text_of_the_real_corpus(text: Any) -> None:
    _same(text.text)


@pytest.mark.parametrize("text", citation_corpus.corpus(), ids=lambda text: str(text.name))
def test_every_text_written_for_the_project(text: Any) -> None:
    _same(text.text)
    _same(unicodedata.normalize("NFD", text.text))  # offsets mapped back from NFC


@pytest.mark.parametrize("kind", ["report", "legal"])
def test_the_bench_texts_whole_and_in_chunks(kind: str) -> None:
    text = bench_citations.varied(bench_citations.kinds()[kind], 1)
    assert _same(text) > 1000
    for size in (4096, 65_537):
        compiled = _records(citations, _chunks(text, size))
        assert compiled == _records(_pure(), _chunks(text, size))


@settings(max_examples=60, deadline=None)
@given(testing.reports())
def test_reports_drawn_by_hypothesis(report: Any) -> None:
    _same(citations.report_text(report))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(
            testing.citations().map(lambda c: c.format("full")),
            testing.citations().map(lambda c: c.format("short").upper()),
            testing.text(max_words=6),
            st.sampled_from([", ", "; ", " và ", "\n", " (", ") ", ": ", " số "]),
        ),
        max_size=12,
    ).map("".join)
)
def test_citation_dense_texts_drawn_by_hypothesis(text: str) -> None:
    _same(text)
