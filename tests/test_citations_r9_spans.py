"""Where a citation's span ends (issue 15, ninth round): the corpus's span rules applied to the
whole family of shapes they cover, not one.  Hand-written sentences, expected values written
by hand; the traps next to each kind."""

from __future__ import annotations

import pytest

from _citations_read import Row, read_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line's end after a place's name or a known name, then a body opening the next line:
        # a new sentence whose subject is that body, not the issuer's rest
        (
            "Thực hiện Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND huyện Cam Lộ\nỦy ban "
            "nhân dân xã xây dựng kế hoạch.",
            [
                (
                    "Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND huyện Cam Lộ",
                    "Quyết định",
                    "QĐ-UBND",
                    None,
                    "UBND huyện Cam Lộ",
                    None,
                )
            ],
        ),
        (
            "Thực hiện Kế hoạch số 5/KH-UBND ngày 6/3/2021 của UBND tỉnh\nUBND huyện ban hành "
            "kế hoạch.",
            [
                (
                    "Kế hoạch số 5/KH-UBND ngày 6/3/2021 của UBND tỉnh",
                    "Kế hoạch",
                    "KH-UBND",
                    None,
                    "UBND tỉnh",
                    None,
                )
            ],
        ),
        (
            "Thực hiện Công văn số 15/BTC-NSNN ngày 6/3/2021 của Bộ Tài chính\nSở Tài chính "
            "hướng dẫn như sau:",
            [
                (
                    "Công văn số 15/BTC-NSNN ngày 6/3/2021 của Bộ Tài chính",
                    "Công văn",
                    "BTC-NSNN",
                    None,
                    "Bộ Tài chính",
                    None,
                )
            ],
        ),
        # a place's name broken across lines goes on
        (
            "Thực hiện Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh\nQuảng Trị về việc X.",
            [
                (
                    "Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh\nQuảng Trị",
                    "Quyết định",
                    "QĐ-UBND",
                    None,
                    "UBND tỉnh Quảng Trị",
                    None,
                )
            ],
        ),
    ],
)
def test_an_issuer_ends_before_a_body_opening_the_next_line(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's items on lines of their own, each from its "số", carry the head's issuer
        (
            "Căn cứ các Quyết định của UBND tỉnh:\n- Số 15/QĐ-UBND ngày 5/3/2020 về X;\n- Số "
            "16/QĐ-UBND ngày 6/3/2020 về Y;\n+ số 17/2020/QĐ-UBND ngày 7/3/2020 về Z.",
            [
                ("Số 15/QĐ-UBND ngày 5/3/2020", "Quyết định", "QĐ-UBND", None, "UBND tỉnh", None),
                ("Số 16/QĐ-UBND ngày 6/3/2020", "Quyết định", "QĐ-UBND", None, "UBND tỉnh", None),
                (
                    "số 17/2020/QĐ-UBND ngày 7/3/2020",
                    "Quyết định",
                    "QĐ-UBND",
                    2020,
                    "UBND tỉnh",
                    None,
                ),
            ],
        ),
        (
            "Căn cứ các Nghị định của Chính phủ:\nSố 15/2020/NĐ-CP ngày 3/2/2020 về X;\nSố "
            "14/2022/NĐ-CP ngày 27/01/2022 về Y.",
            [
                ("Số 15/2020/NĐ-CP ngày 3/2/2020", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None),
                ("Số 14/2022/NĐ-CP ngày 27/01/2022", "Nghị định", "NĐ-CP", 2022, "Chính phủ", None),
            ],
        ),
        # a header's number under the issuer's name, and an item of another paragraph
        ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 15/QĐ-UBND\n", []),
        (
            "Căn cứ các Quyết định của UBND tỉnh:\n- Số 15/QĐ-UBND về X;\n- Căn cứ Luật Đầu "
            "tư;\n- Số 16/QĐ-UBND về Y.",
            [
                ("Số 15/QĐ-UBND", "Quyết định", "QĐ-UBND", None, "UBND tỉnh", None),
                ("Luật Đầu tư", "Luật", None, None, None, None),
            ],
        ),
    ],
)
def test_list_items_on_lines_of_their_own(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ký hiệu a copy wrote twice is the ký hiệu once: the repetition is inside the span,
        # and the date and the issuer after it are read
        (
            "thực hiện Nghị quyết số 37-NQ/TW NQ/TW ngày 24/12/2018 của Bộ Chính trị về việc",
            [
                (
                    "Nghị quyết số 37-NQ/TW NQ/TW ngày 24/12/2018 của Bộ Chính trị",
                    "Nghị quyết",
                    "NQ/TW",
                    None,
                    "Bộ Chính trị",
                    None,
                )
            ],
        ),
        (
            "Căn cứ Quyết định số 12/QĐ-UBND QĐ-UBND ngày 5/3/2020 của UBND tỉnh;",
            [
                (
                    "Quyết định số 12/QĐ-UBND QĐ-UBND ngày 5/3/2020 của UBND tỉnh",
                    "Quyết định",
                    "QĐ-UBND",
                    None,
                    "UBND tỉnh",
                    None,
                )
            ],
        ),
        # another ký hiệu after it is not a repetition, nor is a longer word
        (
            "theo Nghị quyết số 37-NQ/TW NQ/TU và Quyết định số 12/QĐ-UBND QĐ-UBNDX.",
            [
                ("Nghị quyết số 37-NQ/TW", "Nghị quyết", "NQ/TW", None, None, None),
                ("Quyết định số 12/QĐ-UBND", "Quyết định", "QĐ-UBND", None, None, None),
            ],
        ),
    ],
)
def test_a_symbol_written_twice(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trích yếu opened with a capital by a verb no body's name holds ends the issuer
        (
            "thay thế bởi Nghị quyết số 26/2010/NQ-HĐND ngày 10/12/2010 của Hội đồng nhân dân "
            "tỉnh Đắk Lắk Phân cấp thẩm quyền quản lý tài sản",
            [
                (
                    "Nghị quyết số 26/2010/NQ-HĐND ngày 10/12/2010 của Hội đồng nhân dân tỉnh "
                    "Đắk Lắk",
                    "Nghị quyết",
                    "NQ-HĐND",
                    2010,
                    "Hội đồng nhân dân tỉnh Đắk Lắk",
                    None,
                )
            ],
        ),
        (
            "Quyết định số 5/2021/QĐ-UBND ngày 1/3/2021 của UBND tỉnh Gia Lai Phân loại đơn vị",
            [
                (
                    "Quyết định số 5/2021/QĐ-UBND ngày 1/3/2021 của UBND tỉnh Gia Lai",
                    "Quyết định",
                    "QĐ-UBND",
                    2021,
                    "UBND tỉnh Gia Lai",
                    None,
                )
            ],
        ),
    ],
)
def test_a_trich_yeu_with_a_capital_ends_the_issuer(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level written again after a finer level ("khoản 4, 5, 6 Điều 28, Điều 30": the
        # khoản are Điều 28's only) is a pinpoint the record cannot hold: left out of the span
        (
            "theo khoản 4, 5, 6 Điều 28, Điều 30 Nghị định số 146/2025/NĐ-CP ngày 12 tháng 6 "
            "năm 2025 của Chính phủ;",
            [
                (
                    "Nghị định số 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ",
                    "Nghị định",
                    "NĐ-CP",
                    2025,
                    "Chính phủ",
                    None,
                )
            ],
        ),
        (
            "theo điểm a khoản 1, khoản 3 Điều 5 Thông tư số 02/2021/TT-BNV;",
            [("Thông tư số 02/2021/TT-BNV", "Thông tư", "TT-BNV", 2021, "Bộ Nội vụ", None)],
        ),
        # the level written again first is read ("Điều 5, Điều 6", "khoản 1 và khoản 3 Điều 8")
        (
            "theo khoản 1 và khoản 3 Điều 8 Thông tư số 02/2021/TT-BNV, Điều 5, Điều 6 Thông "
            "tư số 03/2021/TT-BNV;",
            [
                (
                    "khoản 1 và khoản 3 Điều 8 Thông tư số 02/2021/TT-BNV",
                    "Thông tư",
                    "TT-BNV",
                    2021,
                    "Bộ Nội vụ",
                    "khoản 1, 3 Điều 8",
                ),
                (
                    "Điều 5, Điều 6 Thông tư số 03/2021/TT-BNV",
                    "Thông tư",
                    "TT-BNV",
                    2021,
                    "Bộ Nội vụ",
                    "Điều 5, 6",
                ),
            ],
        ),
    ],
)
def test_a_level_written_again_after_a_finer_one(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected
