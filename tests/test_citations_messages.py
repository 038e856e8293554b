"""The exact messages of the citation errors users read, with where reading stopped.

Each message names what was given and what was wrong; the expected texts are written by hand
from the inputs (offsets counted in the text as given).
"""

from __future__ import annotations

import attrs
import pytest

from directive_report import citations
from directive_report.citations import CitationError, CitationParseError

TEXT = "Theo Chỉ thị số 21/CT-TTg & Nghị định số 15/2020/NĐ-CP."


@pytest.mark.parametrize(
    ("text", "position", "message"),
    [
        (
            "Báo cáo năm 2024",
            0,
            "no citation found: expected e.g. 'Chỉ thị số 21/CT-TTg ngày 25/5/2020'",
        ),
        ("Theo Chỉ thị số 21/CT-TTg", 5, "unexpected 'Theo' before the citation"),
        ("  Chỉ thị số 21/CT-TTg năm nay", 22, "unexpected 'năm nay' after it"),
        ("Nghị định số 15/2020/NĐ-CP và 30/2020/NĐ-CP", 26, "it holds several citations"),
    ],
)
def test_parse_says_where_and_why(text: str, position: int, message: str) -> None:
    with pytest.raises(CitationParseError) as error:
        citations.parse(text)
    assert (error.value.text, error.value.position, error.value.message) == (
        text,
        position,
        message,
    )
    assert str(error.value) == f"cannot read {text!r} as one citation: {message}"


def test_parse_wants_text() -> None:
    with pytest.raises(TypeError) as error:
        citations.parse(b"Chi thi 21/CT-TTg")  # type: ignore[arg-type]
    assert str(error.value) == "expected text (str), got bytes"


def test_a_citation_of_another_text() -> None:
    """ "Chỉ thị số 21/CT-TTg" sits at 5:25 of TEXT, not of a text of x's."""
    found = citations.extract(TEXT)
    with pytest.raises(CitationError) as error:
        list(citations.segments("x" * len(TEXT), found))
    assert str(error.value) == (
        "citation 0 ('Chỉ thị số 21/CT-TTg') is not at 5:25 of this text: was it found in "
        "another one?"
    )


def test_overlapping_citations() -> None:
    first, _ = citations.extract(TEXT)
    shifted = attrs.evolve(first, start=6, text=TEXT[6:25])
    with pytest.raises(CitationError) as error:
        list(citations.segments(TEXT, [first, shifted]))
    assert str(error.value) == "citation 1 ('hỉ thị số 21/CT-TTg') overlaps the one before it"


def test_touching_citations_are_not_overlapping() -> None:
    """A citation may start where the one before it ends."""
    first, _ = citations.extract(TEXT)
    head = attrs.evolve(first, start=0, end=5, text="Theo ")
    assert [words for words, _ in citations.segments(TEXT, [head, first])][:2] == [
        "Theo ",
        "Chỉ thị số 21/CT-TTg",
    ]


def test_chunks_must_be_text() -> None:
    with pytest.raises(TypeError) as error:
        list(citations.extract(iter(["Chỉ thị ", b"21/CT-TTg"])))  # type: ignore[arg-type]
    assert str(error.value) == "expected chunks of text (str), got bytes"
