"""Draft laws (issue 15, seventh round): a date after a comma following a draft law ("Dự thảo 2
Luật X, ban hành ngày ...") is the draft's, which no law has yet, and is left out of the span.
Hand-checked cases written for the project (unit tests, not the measure), with the traps next
to them."""

from __future__ import annotations

import pytest

from _citations_read import LawRow, law_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "theo bản Dự thảo 2 Luật Hòa giải, đối thoại tại Tòa án, ban hành ngày 27/5/2019 thì",
            [
                (
                    "Luật Hòa giải, đối thoại tại Tòa án",
                    "Luật",
                    "Hòa giải, đối thoại tại Tòa án",
                    None,
                )
            ],
        ),
        (
            "Điều 4 Dự thảo lần thứ ba Luật Đất đai, ngày 15/01/2023 của Bộ Tài nguyên",
            [("Điều 4 Dự thảo lần thứ ba Luật Đất đai", "Luật", "Đất đai", None)],
        ),
        # a law that is no draft keeps its date
        (
            "Căn cứ Luật Đất đai, ban hành ngày 29/11/2013;",
            [("Luật Đất đai, ban hành ngày 29/11/2013", "Luật", "Đất đai", None)],
        ),
        # nor does a draft's word before another law take it
        (
            "Dự thảo Luật Nhà ở và Luật Đất đai, ban hành ngày 29/11/2013",
            [
                ("Luật Nhà ở", "Luật", "Nhà ở", None),
                ("Luật Đất đai, ban hành ngày 29/11/2013", "Luật", "Đất đai", None),
            ],
        ),
        # nor a draft's word far before the law
        (
            "Dự thảo đã gửi; Luật Đất đai, ban hành ngày 29/11/2013",
            [("Luật Đất đai, ban hành ngày 29/11/2013", "Luật", "Đất đai", None)],
        ),
    ],
)
def test_a_date_after_a_draft_law(text: str, expected: list[LawRow]) -> None:
    """A date after a comma following "Dự thảo ... Luật X" is not the law's."""
    assert law_rows(text) == expected
