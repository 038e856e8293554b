"""Kinds of real text found on the development part of the real corpus in its third round
(issue 15), each with hand-checked cases written for the project (unit tests, not the measure)
and the traps next to each."""

from __future__ import annotations

import datetime as dt

import pytest

from _citations_read import Row, read_rows
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Party number with spaces around its dash, as copies write it
        (
            "quán triệt Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư về việc đổi mới",
            [
                (
                    "Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư",
                    "Kết luận",
                    "KL/TW",
                    None,
                    "Ban Bí thư",
                    None,
                )
            ],
        ),
        (
            "THỰC HIỆN QUY ĐỊNH SỐ 181- QĐ/TW NGÀY 30-3-2013 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ",
            [
                (
                    "QUY ĐỊNH SỐ 181- QĐ/TW NGÀY 30-3-2013 CỦA BỘ CHÍNH TRỊ",
                    "Quy định",
                    "QĐ/TW",
                    None,
                    "Bộ Chính trị",
                    None,
                )
            ],
        ),
        # a dash between two numbers is not a Party number
        ("Kế hoạch số 12 - 15 ngày", [("Kế hoạch số 12", "Kế hoạch", "12", None, None, None)]),
        # a pinpoint joined to its document by "trong"
        (
            "giải thích tại Điều 5 trong Quy định số 181-QĐ/TW của Bộ Chính trị về xử lý",
            [
                (
                    "Điều 5 trong Quy định số 181-QĐ/TW của Bộ Chính trị",
                    "Quy định",
                    "QĐ/TW",
                    None,
                    "Bộ Chính trị",
                    "Điều 5",
                )
            ],
        ),
        # a year alone after a ký hiệu, as portal titles write it
        (
            "Hướng dẫn 28/HD-VKSTC 2020 thực hành quyền công tố; Quyết định 439/QĐ-TTg 2023.",
            [
                (
                    "Hướng dẫn 28/HD-VKSTC 2020",
                    "Hướng dẫn",
                    "HD-VKSTC",
                    2020,
                    "Viện kiểm sát nhân dân tối cao",  # inferred: the procuracy's ký hiệu
                    None,
                ),
                (
                    "Quyết định 439/QĐ-TTg 2023",
                    "Quyết định",
                    "QĐ-TTg",
                    2023,
                    "Thủ tướng Chính phủ",
                    None,
                ),
            ],
        ),
        # ... but not a range, a decimal count, or the year of a number that has one
        (
            "Kế hoạch số 12/KH-UBND 2021 - 2025; Công văn số 45/SNV-VP 2021,5 tỷ;"
            " Nghị định số 15/2020/NĐ-CP 2021",
            [
                ("Kế hoạch số 12/KH-UBND", "Kế hoạch", "KH-UBND", None, None, None),
                ("Công văn số 45/SNV-VP", "Công văn", "SNV-VP", None, None, None),
                ("Nghị định số 15/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None),
            ],
        ),
        # an abbreviation in parentheses between a code's name and its year
        (
            "tại Điều 296, Điều 317 Bộ luật Tố tụng hình sự (BLTTHS) năm 2015. Qua",
            [
                (
                    "Điều 296, Điều 317 Bộ luật Tố tụng hình sự (BLTTHS) năm 2015",
                    "Bộ luật",
                    None,
                    2015,
                    None,
                    "Điều 296, 317",
                )
            ],
        ),
        # a name the list of laws does not know, followed by its year alone
        (
            "quy định cụ thể tại các Điều 20, 21, 22 Luật Thanh trra 2010. Theo đó",
            [("Điều 20, 21, 22 Luật Thanh trra 2010", "Luật", None, 2010, None, "Điều 20, 21, 22")],
        ),
        ("Luật sư Nguyễn Văn A 2020 cho biết", []),
    ],
)
def test_numbers_years_and_pinpoints(text: str, expected: list[Row]) -> None:
    """Party numbers, pinpoints, years and laws as real copies write them."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "issuer", "end"),
    [
        # a trích yếu written with a capital after the issuer
        (
            "Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ Quy định"
            " cơ chế quản lý",
            "Chính phủ",
            "của Chính phủ",
        ),
        (
            "Căn cứ Thông tư số 01/2020/TT-BNV của Bộ Nội vụ Hướng dẫn thực hiện",
            "Bộ Nội vụ",
            "của Bộ Nội vụ",
        ),
        # ... but a place's name that starts the same way goes on
        (
            "Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND thành phố Quy Nhơn về việc",
            "UBND thành phố Quy Nhơn",
            "thành phố Quy Nhơn",
        ),
        # "Liên Bộ" before the ministries it joins
        (
            "Thông tư liên tịch số 02/2010/TTLT-BTNMT-BTC ngày 08/01/2010 của Liên Bộ: Tài nguyên"
            " và Môi trường - Tài chính Hướng dẫn xây dựng",
            "Liên Bộ: Tài nguyên và Môi trường - Tài chính",
            "Môi trường - Tài chính",
        ),
        (
            "Thông tư liên tịch số 05/2009/TTLT-BKHĐT-BNV của Liên bộ Kế hoạch và Đầu tư - Nội vụ"
            " tại đây",
            "Liên bộ Kế hoạch và Đầu tư - Nội vụ",
            "Đầu tư - Nội vụ",
        ),
        # a known ministry written without its comma, in other case: read whole, as written
        (
            "căn cứ Công văn số 1624/BVHTTDL-VHCS ngày 26/4/2023 của Bộ Văn hóa thể thao và du"
            " lịch; căn cứ chức năng",
            "Bộ Văn hóa thể thao và du lịch",
            "và du lịch",
        ),
        # joint issuers in capitals keep their comma where it was written
        (
            "SỬA ĐỔI THÔNG TƯ LIÊN TỊCH SỐ 113/2013/TTLT-BTC-BYT NGÀY 15 THÁNG 8 NĂM 2013 CỦA BỘ"
            " TÀI CHÍNH, BỘ Y TẾ QUY ĐỊNH QUẢN LÝ",
            "Bộ Tài chính, Bộ Y tế",
            "BỘ TÀI CHÍNH, BỘ Y TẾ",
        ),
    ],
)
def test_issuer_ends(text: str, issuer: str, end: str) -> None:
    """Where an issuer ends, and how it is written."""
    [found] = citations.extract(text)
    assert found.citation.issuer == issuer
    assert found.text.endswith(end)


def test_a_verb_before_words_and_a_number_is_not_a_type() -> None:
    """A type word in lower case, then the trích yếu and "số", is the title's verb when the
    ký hiệu names another type: the identifier is read alone, typed by its ký hiệu."""
    text = (
        "Nghị định hướng dẫn thi hành luật bảo hiểm y tế số 70/2015/NĐ-CP\n"
        "Thông tư hướng dẫn thực hiện bảo hiểm y tế số 41/2014/TTLT-BYT-BTC\n"
        "quyết định xử phạt vi phạm hành chính số 12/QĐ-XPHC ngày 05/3/2020"
    )
    found = citations.extract(text)
    assert [(f.text, f.citation.doc_type.name) for f in found] == [
        ("luật bảo hiểm y tế", "Luật"),  # a known name after "luật" (test_citations_more_kinds)
        ("70/2015/NĐ-CP", "Nghị định"),
        ("41/2014/TTLT-BYT-BTC", "Thông tư liên tịch"),
        ("quyết định xử phạt vi phạm hành chính số 12/QĐ-XPHC ngày 05/3/2020", "Quyết định"),
    ]
    assert found[3].citation.date == dt.date(2020, 3, 5)


def test_a_list_after_a_semicolon_shares_the_law() -> None:
    """ "Luật X số 01/2002/QH11 ...; số 83/2015/QH13 ...": the second number is the same law's
    later version, each a citation; "; số liệu" and a number without ký hiệu are not items."""
    text = (
        "Căn cứ Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002; số"
        " 83/2015/QH13 ngày 25 tháng 6 năm 2015;\nQuyết định số 12/QĐ-UBND ngày 1/2/2020; số"
        " liệu 2020; Quyết định số 14/QĐ-UBND; số 15 đơn vị"
    )
    assert read_rows(text) == [
        (
            "Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002",
            "Luật",
            "QH11",
            2002,
            "Quốc hội khóa XI",
            None,
        ),
        (
            "số 83/2015/QH13 ngày 25 tháng 6 năm 2015",
            "Luật",
            "QH13",
            2015,
            "Quốc hội khóa XIII",
            None,
        ),
        ("Quyết định số 12/QĐ-UBND ngày 1/2/2020", "Quyết định", "QĐ-UBND", None, None, None),
        ("Quyết định số 14/QĐ-UBND", "Quyết định", "QĐ-UBND", None, None, None),
    ]
    assert [f.citation.name for f in citations.extract(text)][:2] == ["Ngân sách nhà nước"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law's number after its year, as portals title laws
        (
            "Luật Tổ chức Chính phủ 2015 số 76/2015/QH13\nSố hiệu: 76/2015/QH13",
            [
                (
                    "Luật Tổ chức Chính phủ 2015 số 76/2015/QH13",
                    "Luật",
                    "QH13",
                    2015,
                    "Quốc hội khóa XIII",
                    None,
                )
            ],
        ),
        # ... not a number of another year
        (
            "Luật Đất đai 2013 số 45/2014/QH13 ghi sai",
            [("Luật Đất đai 2013", "Luật", None, 2013, None, None)],
        ),
    ],
)
def test_law_number_after_its_year(text: str, expected: list[Row]) -> None:
    """A law's number after its year, as portals title laws."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a normative type in lower case and a bare number, the trích yếu or issuer after it
        (
            "Chính phủ vừa ban hành nghị định 178 về chức năng; có quyết định 10 của Bộ",
            [
                ("nghị định 178", "Nghị định", "178", None, None, None),
                ("quyết định 10 của Bộ", "Quyết định", "10", None, "Bộ", None),
            ],
        ),
        # ... not another type, nor a count
        ("theo kế hoạch 5 về đích; nghị quyết 2 ngày làm việc; thông tư 3 lần", []),
    ],
)
def test_lower_case_type_and_bare_number(text: str, expected: list[Row]) -> None:
    """ "nghị định 178 về ...": a citation although its type is written in lower case."""
    assert read_rows(text) == expected
