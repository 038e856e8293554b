"""What real copies do that the extractor reads (issue 15): each kind with hand-checked cases,
written for the project (unit tests, not the measure), and the traps next to each."""

from __future__ import annotations

import pytest

from _citations_read import read_citations as _read
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a type's abbreviation used as its word, when the ký hiệu (or a year) confirms it
        (
            "theo NĐ 15/2020/NĐ-CP và QĐ số 123/QĐ-UBND ngày 05/3/2020",
            [
                ("NĐ 15/2020/NĐ-CP", "Nghị định số 15/2020/NĐ-CP của Chính phủ"),
                ("QĐ số 123/QĐ-UBND ngày 05/3/2020", "Quyết định số 123/QĐ-UBND ngày 05/3/2020"),
            ],
        ),
        (
            "thực hiện NQ 12-NQ/TU của Tỉnh ủy",
            [("NQ 12-NQ/TU của Tỉnh ủy", "Nghị quyết số 12-NQ/TU của Tỉnh ủy")],
        ),
        ("sửa đổi NĐ 15/2020", [("NĐ 15/2020", "Nghị định số 15/2020")]),
        ("CT 5 đơn vị; QĐ 12/KH-UBND; HD 5; NQ 3 lần", []),
        # text that lost its diacritics, or a type word misspelt
        (
            "Chi thi so 21/CT-TTg ngay 25/5/2020 cua Thu tuong Chinh phu",
            [
                (
                    "Chi thi so 21/CT-TTg ngay 25/5/2020 cua Thu tuong Chinh phu",
                    "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thu tuong Chinh phu",
                )
            ],
        ),
        (
            "Nghi định số 86/2015/NĐ-CP; Nghi dinh 15/2020/ND-CP",
            [
                ("Nghi định số 86/2015/NĐ-CP", "Nghị định số 86/2015/NĐ-CP của Chính phủ"),
                ("Nghi dinh 15/2020/ND-CP", "Nghị định số 15/2020/NĐ-CP của Chính phủ"),
            ],
        ),
        ("so sanh so 5 nam truoc", []),
        # a law's type glued to its name; several amending laws, none named
        (
            "và các Luật sửa đổi, bổ sung một số điều của LuậtKhiếu nại, tố cáo;",
            [("LuậtKhiếu nại, tố cáo", "Luật Khiếu nại, tố cáo")],
        ),
        # words between the type and a number without "số", when the ký hiệu names the type
        (
            "thực hiện Chương trình hành động 17-CTr/TU của Tỉnh ủy",
            [
                (
                    "Chương trình hành động 17-CTr/TU của Tỉnh ủy",
                    "Chương trình số 17-CTr/TU của Tỉnh ủy",
                )
            ],
        ),
        ("Chỉ thị hành động 17-CTr/TU; Báo cáo tháng 5/2020", []),
        # a Party ký hiệu in Vietnamese capitals ("TƯ"), kept as written (round 8)
        (
            "Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV)",
            [
                (
                    "Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV)",
                    "Nghị quyết số 13-NQ/TƯ của Tỉnh ủy (khóa XIV)",
                )
            ],
        ),
        # "và" inside a law's name the list does not know, before a capital
        (
            "Căn cứ Luật Tổ chức HDND và UBND ngày 26\ntháng 11 năm 2003;",
            [
                (
                    "Luật Tổ chức HDND và UBND ngày 26\ntháng 11 năm 2003",
                    "Luật Tổ chức HDND và UBND ngày 26/11/2003",
                )
            ],
        ),
        (
            "Luật Đất đai và Luật Nhà ở năm 2014",
            [("Luật Đất đai", "Luật Đất đai"), ("Luật Nhà ở năm 2014", "Luật Nhà ở năm 2014")],
        ),
        # the text's own title: in capitals on lines of its own, or after "Quốc hội ban hành"
        (
            "LUẬT\nTỔ CHỨC QUỐC HỘI\n\nCăn cứ Hiến pháp năm 2013;",
            [("Hiến pháp năm 2013", "Hiến pháp năm 2013")],
        ),
        (
            "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội số "
            "57/2014/QH13.",
            [
                (
                    "Luật Tổ chức Quốc hội số 57/2014/QH13",
                    "Luật Tổ chức Quốc hội số 57/2014/QH13 của Quốc hội khóa XIII",
                )
            ],
        ),
        # a portal's metadata in a list: "• Số hiệu: ..."
        (
            "Thông tư 65/2020/TT-BCA quy định\n  • Số hiệu: 65/2020/TT-BCA\n",
            [("Thông tư 65/2020/TT-BCA", "Thông tư số 65/2020/TT-BCA của Bộ Công an")],
        ),
    ],
)
def test_kinds_of_real_text(text: str, expected: list[tuple[str, str]]) -> None:
    """The cited words and the canonical wording of each citation, in order."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a known name keeps the case it is written in; in capitals it gets its usual case
        (
            "Nghị quyết số 653/NQ-UBTVQH14 của Ủy ban thường vụ Quốc hội",
            "Ủy ban thường vụ Quốc hội",
        ),
        ("NGHỊ QUYẾT SỐ 20-NQ/TW CỦA BỘ CHÍNH TRỊ", "Bộ Chính trị"),
        # a ministry joined to known names, its name with "&"
        (
            "Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTB&XH ngày 27 tháng 5 năm 2010 của Bộ "
            "Nội vụ - Bộ Tài chính - Bộ Lao động Thương binh & Xã hội\n",
            "Bộ Nội vụ - Bộ Tài chính - Bộ Lao động Thương binh & Xã hội",
        ),
    ],
)
def test_issuers_of_real_text(text: str, issuer: str) -> None:
    """The issuer as written, read to its end."""
    (found,) = citations.extract(text)
    assert found.citation.issuer == issuer
    assert found.text.lower().endswith(issuer.split()[-1].lower())
