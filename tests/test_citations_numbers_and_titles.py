"""Numbers, qualifiers and titles of the sixth round (issue 15): kinds found on batch 6's
development texts of the real corpus, each with cases written for the project (unit tests, not
the measure) and the traps next to them."""

from __future__ import annotations

import pytest

from _citations_read import Row, read_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an old ký hiệu, a number and its issuer's group after a dash (before 2000)
        (
            "Căn cứ Nghị định số 36-CP ngày 29/5/1995 của Chính phủ;",
            [
                (
                    "Nghị định số 36-CP ngày 29/5/1995 của Chính phủ",
                    "Nghị định",
                    "CP",
                    None,
                    "Chính phủ",
                    None,
                )
            ],
        ),
        (
            "theo Quyết định 135-HĐBT và Chỉ thị 237-TTg",
            [
                ("Quyết định 135-HĐBT", "Quyết định", "HĐBT", None, "Hội đồng Bộ trưởng", None),
                ("Chỉ thị 237-TTg", "Chỉ thị", "TTg", None, "Thủ tướng Chính phủ", None),
            ],
        ),
        # ... a group no issuer is known by stays the number alone, as before
        ("Kế hoạch số 12-KH đã nêu", [("Kế hoạch số 12", "Kế hoạch", "12", None, None, None)]),
        # a Party ký hiệu written with a dash for its slash
        (
            "Thực hiện Nghị quyết số 18-NQ-TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng",
            [
                (
                    "Nghị quyết số 18-NQ-TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng",
                    "Nghị quyết",
                    "NQ-TW",
                    None,
                    "Ban Chấp hành Trung ương Đảng",
                    None,
                )
            ],
        ),
        ("Chỉ thị số 05-CT-TU", [("Chỉ thị số 05-CT-TU", "Chỉ thị", "CT-TU", None, None, None)]),
        # the Office of the National Assembly names itself in a consolidated text's ký hiệu
        (
            "Văn bản hợp nhất 20/VBHN-VPQH năm 2014",
            [
                (
                    "Văn bản hợp nhất 20/VBHN-VPQH năm 2014",
                    "Văn bản hợp nhất",
                    "VBHN-VPQH",
                    2014,
                    "Văn phòng Quốc hội",
                    None,
                )
            ],
        ),
    ],
)
def test_old_and_dashed_numbers(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words qualifying the type, an abbreviation in parentheses among them, before "số"
        # and a number without ký hiệu: a citation when its date follows
        (
            "theo Quyết định giám đốc thẩm (GĐT) số 04 ngày 16-4-2014 của Hội đồng Thẩm phán",
            [
                (
                    "Quyết định giám đốc thẩm (GĐT) số 04 ngày 16-4-2014 của Hội đồng Thẩm phán",
                    "Quyết định",
                    "4",
                    None,
                    "Hội đồng Thẩm phán",
                    None,
                )
            ],
        ),
        (
            "và Quyết định GĐT số 27 ngày 8-7-2010 của Tòa Dân sự",
            [
                (
                    "Quyết định GĐT số 27 ngày 8-7-2010 của Tòa Dân sự",
                    "Quyết định",
                    "27",
                    None,
                    "Tòa Dân sự",
                    None,
                )
            ],
        ),
        # ... not a qualified number without a date: a plan's week, a count
        ("theo Kế hoạch tuần số 4 của tổ", []),
        ("Báo cáo tuần số 12 đã gửi", []),
        # an issuer written between the type and "số", in any case, when the ký hiệu names
        # the type
        (
            "tại Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997",
            [
                (
                    "Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997",
                    "Quyết định",
                    "QĐ/TW",
                    None,
                    "Bộ Chính trị",
                    "Điều 2",
                )
            ],
        ),
        (
            "Quyết định của Ban Bí thư Trung ương Đảng số 91-QĐ/TW",
            [
                (
                    "Quyết định của Ban Bí thư Trung ương Đảng số 91-QĐ/TW",
                    "Quyết định",
                    "QĐ/TW",
                    None,
                    "Ban Bí thư Trung ương Đảng",
                    None,
                )
            ],
        ),
        # ... not when the ký hiệu names another type
        (
            "Quyết định của Bộ Chính trị số 31-KL/TW",
            [],
        ),
    ],
)
def test_words_between_the_type_and_so(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "năm" and a year after a bare number is its year, not a count of years
        (
            "cần một Nghị quyết thay thế Nghị quyết 653 năm 2019, sau đó",
            [("Nghị quyết 653 năm 2019", "Nghị quyết", "653", 2019, None, None)],
        ),
        # ... but a period is a count: "Kế hoạch 5 năm 2021-2025"
        ("xây dựng Kế hoạch 5 năm 2021-2025 của tỉnh", []),
        ("Kế hoạch 5 năm 2021 - 2025", []),
        ("Kế hoạch 5 năm", []),
    ],
)
def test_a_year_after_a_bare_number(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document's own title in capitals repeating its header's number is no citation
        (
            "BỘ CÔNG AN\n\nSố: 45/2019/TT-BCA\n\nHà Nội, ngày 02 tháng 10 năm 2019\n\n"
            "THÔNG TƯ 45/2019/TT-BCA\n\nQUY ĐỊNH VỀ TIÊU CHUẨN",
            [],
        ),
        # ... nor its old-style title, the type alone on its line, "CỦA ... SỐ" below it
        (
            "NGHỊ ĐỊNH\n\nCỦA CHÍNH PHỦ SỐ 58/2003/NĐ-CP NGÀY 29 THÁNG 5 NĂM 2003 QUY ĐỊNH VỀ",
            [],
        ),
        # ... but a portal's list item in that style is, and so is a title naming another
        # number than the header's
        (
            "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28/5/2008",
            [
                (
                    "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28/5/2008",
                    "Quyết định",
                    "QĐ-TTg",
                    2008,
                    "Thủ tướng Chính phủ",
                    None,
                )
            ],
        ),
        (
            "Số: 12/KH-UBND\n\nKẾ HOẠCH\nTHỰC HIỆN\nTHÔNG TƯ 45/2019/TT-BCA",
            [("THÔNG TƯ 45/2019/TT-BCA", "Thông tư", "TT-BCA", 2019, "Bộ Công an", None)],
        ),
    ],
)
def test_a_documents_own_title(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected
