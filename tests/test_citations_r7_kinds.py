"""Kinds of real text found on the development part of the real corpus in its seventh round
(issue 15), each with hand-checked cases written for the project (unit tests, not the measure)
and the traps next to each."""

from __future__ import annotations

import pytest

from _citations_read import Row, read_rows
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dot inside the issuer's part of a ký hiệu is the unit's own: kept
        (
            "theo Tờ trình số 15/TTr-TT.HĐND ngày 03/4/2019 của Thường trực Hội đồng nhân dân",
            [
                (
                    "Tờ trình số 15/TTr-TT.HĐND ngày 03/4/2019 của Thường trực Hội đồng nhân dân",
                    "Tờ trình",
                    "TTr-TT.HĐND",
                    None,
                    "Thường trực Hội đồng nhân dân",
                    None,
                )
            ],
        ),
        (
            "Văn phòng Chính phủ có công văn số 1234/VPCP-V.III gửi các bộ",
            [
                (
                    "công văn số 1234/VPCP-V.III",
                    "Công văn",
                    "VPCP-V.III",
                    None,
                    "Văn phòng Chính phủ",
                    None,
                )
            ],
        ),
        # one between the type and the issuer's part, or with a space, reads as the dash
        (
            "bãi bỏ Quyết định số 07/2001/QĐ.UB và Quyết định số 11/2003/QĐ .UBND",
            [
                ("Quyết định số 07/2001/QĐ.UB", "Quyết định", "QĐ-UB", 2001, None, None),
                ("Quyết định số 11/2003/QĐ .UBND", "Quyết định", "QĐ-UBND", 2003, None, None),
            ],
        ),
        # a sentence's full stop after a ký hiệu is no dot of it
        (
            "Xem Công văn số 88/UBND-VP. Sở Tài chính",
            [("Công văn số 88/UBND-VP", "Công văn", "UBND-VP", None, None, None)],
        ),
    ],
)
def test_dots_in_a_symbol(text: str, expected: list[Row]) -> None:
    """A ký hiệu's dot: the unit's own inside its issuer part, a dash's stand-in elsewhere."""
    assert read_rows(text) == expected


def test_a_dotted_symbol_reads_back() -> None:
    """The canonical wording of a ký hiệu with a dot parses back to the same citation."""
    cited = citations.parse("Tờ trình số 15/TTr-TT.HĐND ngày 03/4/2019")
    assert cited.number is not None and cited.number.symbol == "TTr-TT.HĐND"
    assert citations.parse(cited.format()) == cited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two articles each with its own khoản joined by "và": a pinpoint the record cannot
        # hold, left outside the span (the document is still cited)
        (
            "căn cứ điểm b, khoản 2, Điều 12 và điểm a, khoản 3, Điều 14 của Nghị định số "
            "15/2020/NĐ-CP thì",
            [("Nghị định số 15/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None)],
        ),
        (
            "quy định tại Điều 7 và khoản 1 Điều 9 Thông tư số 05/2021/TT-BNV",
            [("Thông tư số 05/2021/TT-BNV", "Thông tư", "TT-BNV", 2021, "Bộ Nội vụ", None)],
        ),
        # a range across articles: not "Điều 10" alone
        (
            "áp dụng khoản 1 Điều 5 đến khoản 2 Điều 10 Nghị định số 15/2020/NĐ-CP về",
            [("Nghị định số 15/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None)],
        ),
        # what one provision holds is still read: a level repeated after "và", a range
        (
            "theo khoản 1 và khoản 3 Điều 8 Nghị định số 15/2020/NĐ-CP",
            [
                (
                    "khoản 1 và khoản 3 Điều 8 Nghị định số 15/2020/NĐ-CP",
                    "Nghị định",
                    "NĐ-CP",
                    2020,
                    "Chính phủ",
                    "khoản 1, 3 Điều 8",
                )
            ],
        ),
        (
            "từ khoản 2 đến khoản 4 Điều 6 Nghị định số 15/2020/NĐ-CP",
            [
                (
                    "từ khoản 2 đến khoản 4 Điều 6 Nghị định số 15/2020/NĐ-CP",
                    "Nghị định",
                    "NĐ-CP",
                    2020,
                    "Chính phủ",
                    "từ khoản 2 đến khoản 4 Điều 6",
                )
            ],
        ),
        # another document's pinpoint before "và" is no provision of this one
        (
            "Điều 3 Luật Đất đai 2013 và Điều 4 Nghị định số 43/2014/NĐ-CP",
            [
                ("Điều 3 Luật Đất đai 2013", "Luật", None, 2013, None, "Điều 3"),
                (
                    "Điều 4 Nghị định số 43/2014/NĐ-CP",
                    "Nghị định",
                    "NĐ-CP",
                    2014,
                    "Chính phủ",
                    "Điều 4",
                ),
            ],
        ),
    ],
)
def test_pinpoints_the_record_cannot_hold(text: str, expected: list[Row]) -> None:
    """A pinpoint joined by "và" or "đến" to a provision it cannot hold is left outside."""
    assert read_rows(text) == expected
