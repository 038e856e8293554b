"""Laws named as amended (issue 15, seventh round): "sửa đổi, bổ sung" right after a law's name
and before a year names the law as amended that year, as "sửa đổi" alone does ("Luật Thi hành án
dân sự sửa đổi, bổ sung năm 2014"; the corpus's batch-6 decision: words between a name and its
year are inside the span). Hand-checked cases written for the project (unit tests, not the
measure), with the traps next to them."""

from __future__ import annotations

import pytest

from _citations_read import LawRow, law_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "theo khoản 2 Điều 7 Luật Giám định tư pháp sửa đổi, bổ sung năm 2020 thì",
            [
                (
                    "khoản 2 Điều 7 Luật Giám định tư pháp sửa đổi, bổ sung năm 2020",
                    "Luật",
                    "Giám định tư pháp sửa đổi, bổ sung",
                    2020,
                )
            ],
        ),
        (
            "Luật Đất đai sửa đổi bổ sung 2009 quy định",
            [("Luật Đất đai sửa đổi bổ sung 2009", "Luật", "Đất đai sửa đổi bổ sung", 2009)],
        ),
        # after the law's own year it is an amendment note, not covered
        (
            "Bộ luật Hình sự năm 1999 sửa đổi, bổ sung năm 2009 và",
            [("Bộ luật Hình sự năm 1999", "Bộ luật", "Hình sự", 1999)],
        ),
        # nor without a year after it, nor before its object
        (
            "Luật Đất đai sửa đổi, bổ sung; Luật Đất đai sửa đổi, bổ sung quy định về giá năm 2020",
            [("Luật Đất đai", "Luật", "Đất đai", None), ("Luật Đất đai", "Luật", "Đất đai", None)],
        ),
    ],
)
def test_a_law_named_as_amended_in_a_year(text: str, expected: list[LawRow]) -> None:
    """ "sửa đổi, bổ sung" between a known name and a year: the law as amended that year."""
    assert law_rows(text) == expected
