"""directive_report.citations.annotate / segments / report_text."""

from __future__ import annotations

import html

import attrs
import pytest
from hypothesis import given

from directive_report import Report, citations
from directive_report.citations import CitationError
from directive_report.testing import text

TEXT = "Theo Chỉ thị số 21/CT-TTg & Nghị định số 15/2020/NĐ-CP <b>."


def test_annotate_wraps_each_citation() -> None:
    """Every citation is wrapped, the rest passes through *plain*."""
    found = citations.extract(TEXT)
    out = citations.annotate(
        TEXT,
        found,
        lambda words, f: (
            f'<cite title="{html.escape(f.citation.format())}">{html.escape(words)}</cite>'
        ),
        plain=html.escape,
    )
    assert out == (
        'Theo <cite title="Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ">Chỉ thị số 21/CT-TTg</cite>'
        ' &amp; <cite title="Nghị định số 15/2020/NĐ-CP của Chính phủ">Nghị định số 15/2020/NĐ-CP'
        "</cite> &lt;b&gt;."
    )


def test_segments() -> None:
    """Stretches alternate between plain text and citations."""
    pieces = list(citations.segments(TEXT, citations.extract(TEXT)))
    assert [(words, f is not None) for words, f in pieces] == [
        ("Theo ", False),
        ("Chỉ thị số 21/CT-TTg", True),
        (" & ", False),
        ("Nghị định số 15/2020/NĐ-CP", True),
        (" <b>.", False),
    ]


@given(text(max_words=30))
def test_segments_join_back(words: str) -> None:
    """Joining the stretches gives the text back, whatever it is."""
    assert "".join(w for w, _ in citations.segments(words, citations.extract(words))) == words


def test_citation_from_another_text_is_refused() -> None:
    """Spans must belong to the text being annotated."""
    found = citations.extract(TEXT)
    with pytest.raises(CitationError, match="found in another one"):
        citations.annotate("x" * len(TEXT), found, lambda w, f: w)


def test_overlap_is_refused() -> None:
    """Overlapping spans cannot be wrapped."""
    (first, _) = citations.extract(TEXT)
    shifted = attrs.evolve(first, start=first.start + 1, text=TEXT[first.start + 1 : first.end])
    with pytest.raises(CitationError, match="overlaps"):
        list(citations.segments(TEXT, [first, shifted]))


def test_report_text_of_the_seed(seed_report: Report) -> None:
    """The seed's words, in reading order, and the citations in them."""
    words = citations.report_text(seed_report)
    assert words.startswith(seed_report.summary + "\n\n")
    assert seed_report.sections[0].title in words
    found = citations.extract(words)
    texts = [f.text for f in found]
    assert "Điểm a, Khoản 5, Điều 102, Nghị định số 15/2020/NĐ-CP" in texts
    assert "2719/CAT-ANM ngày 14/8/2023 của Công an tỉnh Bắc Giang" in texts
    directive = seed_report.directive
    assert directive is not None
    resolved = citations.resolve(found)
    assert resolved[0].citation.document == attrs.evolve(directive.citation, subject=None)
