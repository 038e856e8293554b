"""An article's heading before a law's name (issue 15, seventh round): in a copy of a law or a
code, "Điều 146" on a line of its own, a blank line, then the article's text naming a law
("Hiến pháp nước Cộng hoà ... là luật cơ bản"): the heading is no pinpoint of the law. A
pinpoint and its document are never a paragraph apart. Hand-checked cases written for the
project (unit tests, not the measure)."""

from __future__ import annotations

import pytest

from _citations_read import LawRow, law_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Điều 120\n\nBộ luật Dân sự năm 2015 được áp dụng",
            [("Bộ luật Dân sự năm 2015", "Bộ luật", "Dân sự", 2015)],
        ),
        (
            "Điều 8\n  \nHiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam là luật cơ bản",
            [
                (
                    "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                    "Hiến pháp",
                    "nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                    None,
                )
            ],
        ),
        # a single line break, as a copy wraps a line, keeps the pinpoint
        (
            "theo khoản 2 Điều 8\nLuật Đất đai năm 2013",
            [("khoản 2 Điều 8\nLuật Đất đai năm 2013", "Luật", "Đất đai", 2013)],
        ),
    ],
)
def test_an_article_heading_is_no_pinpoint(text: str, expected: list[LawRow]) -> None:
    """A blank line between a provision and a law's name: the provision is not its pinpoint."""
    assert law_rows(text) == expected


def test_a_numbered_document_after_a_blank_line_keeps_no_pinpoint() -> None:
    """The same for a document cited by number."""
    from directive_report import citations

    found = citations.extract("Điều 3\n\nNghị định số 15/2020/NĐ-CP quy định")
    assert [(f.text, f.citation.pinpoint) for f in found] == [("Nghị định số 15/2020/NĐ-CP", None)]
