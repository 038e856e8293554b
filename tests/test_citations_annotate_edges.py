"""citations.segments and citations.report_text at their ends: a citation that ends the text
leaves no empty stretch after it, and a report's plain text ends with one line break.  Expected
values written by hand."""

from __future__ import annotations

import attrs

from directive_report import Report, citations


def test_a_citation_ending_the_text_is_the_last_stretch() -> None:
    """'Theo ' then the citation, which ends the text: two stretches, no empty third."""
    text = "Theo Chỉ thị số 21/CT-TTg"
    pieces = list(citations.segments(text, citations.extract(text)))
    assert [(words, found is not None) for words, found in pieces] == [
        ("Theo ", False),
        ("Chỉ thị số 21/CT-TTg", True),
    ]


def test_a_text_that_is_one_citation_is_one_stretch() -> None:
    text = "Chỉ thị số 21/CT-TTg"
    assert [words for words, _ in citations.segments(text, citations.extract(text))] == [text]


def test_report_text_is_summary_then_paragraphs_ending_with_one_line_break(
    seed_report: Report,
) -> None:
    """The summary, a blank line, the one intro paragraph, and one line break at the end."""
    report = attrs.evolve(
        seed_report,
        summary="Về việc thực hiện Chỉ thị số 21/CT-TTg",
        intro=("Căn cứ Nghị định số 15/2020/NĐ-CP.",),
        sections=(),
        closing=(),
    )
    assert citations.report_text(report) == (
        "Về việc thực hiện Chỉ thị số 21/CT-TTg\n\nCăn cứ Nghị định số 15/2020/NĐ-CP.\n"
    )
