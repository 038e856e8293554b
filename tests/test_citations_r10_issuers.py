"""Where an issuer ends (issue 15, tenth round): a heading of the text's own ("Điều 1.",
"Chương I", "Mục 2", "Phần I", "Phụ lục") opening the next line is no part of it.
Hand-written sentences, expected values written by hand; the names that do go on next to them."""

from __future__ import annotations

import pytest

from _citations_read import read_issuers
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Căn cứ Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh\nĐiều 1. Ban hành kèm",
            [("Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh", "UBND tỉnh")],
        ),
        (
            "Căn cứ Thông tư số 12/2020/TT-BTC của Bộ Tài chính\nChương I\nQUY ĐỊNH CHUNG",
            [("Thông tư số 12/2020/TT-BTC của Bộ Tài chính", "Bộ Tài chính")],
        ),
        (
            "theo Kế hoạch số 5/KH-UBND của Ủy ban nhân dân huyện Cam Lộ\nMục 2. Nhiệm vụ",
            [
                (
                    "Kế hoạch số 5/KH-UBND của Ủy ban nhân dân huyện Cam Lộ",
                    "Ủy ban nhân dân huyện Cam Lộ",
                )
            ],
        ),
        (
            "theo Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy\nPhần II. Kết quả",
            [("Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")],
        ),
        # a name broken across the line goes on
        (
            "theo Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc\nGiang;",
            [
                (
                    "Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc\nGiang",
                    "Ủy ban nhân dân tỉnh Bắc Giang",
                )
            ],
        ),
    ],
)
def test_a_heading_on_the_next_line_ends_the_issuer(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "của UBND tỉnh\\nĐiều 1. ..." is "UBND tỉnh": the article's heading is the text's own."""
    assert read_issuers(text) == expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a national body's group with a unit's number glued to it names that body
        ("theo Quyết định số 14/2000/QĐ-NHNN16 về hệ thống", "Ngân hàng Nhà nước Việt Nam"),
        ("theo Quyết định số 5/QĐ-BCA16 về công tác", "Bộ Công an"),
        # a legislature's number is its term, as before
        ("theo Nghị quyết số 55/2010/QH12 về thuế", "Quốc hội khóa XII"),
        # a group naming no one body names none with a number either
        ("theo Quyết định số 14/QĐ-UBND16 về công tác", None),
    ],
)
def test_a_units_number_glued_to_a_bodys_group(text: str, issuer: str | None) -> None:
    """ "QĐ-NHNN16" (the State Bank's IT department) infers the State Bank, as the corpus's
    rule has "QĐ-BCA(C11)" infer the Ministry of Public Security."""
    (found,) = citations.extract(text)
    assert (found.citation.issuer, found.citation.issuer_inferred) == (issuer, issuer is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's field in capitals after its head noun, as in lower case ("Ban chấp hành")
        (
            "THỰC HIỆN NGHỊ QUYẾT SỐ 06-NQ/TU NGÀY 18/6/2021 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH VỀ "
            "XÂY DỰNG NÔNG THÔN MỚI",
            "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
        ),
        (
            "THỰC HIỆN NGHỊ QUYẾT SỐ 06-NQ/TU NGÀY 18/6/2021 CỦA BAN CHẤP\nHÀNH ĐẢNG BỘ TỈNH VỀ "
            "XÂY DỰNG NÔNG THÔN MỚI",
            "BAN CHẤP\nHÀNH ĐẢNG BỘ TỈNH",
        ),
        (
            "THEO KẾ HOẠCH SỐ 5-KH/TU CỦA BAN CHỈ ĐẠO TỈNH VỀ PHÒNG CHỐNG DỊCH",
            "BAN CHỈ ĐẠO TỈNH",
        ),
        # ... a stop word in capitals still ends it
        ("THEO QUYẾT ĐỊNH SỐ 5/QĐ-UBND CỦA UBND TỈNH VỀ VIỆC KHEN THƯỞNG", "UBND TỈNH"),
    ],
)
def test_a_bodys_field_in_capitals(text: str, expected: str) -> None:
    """ "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH": the field's verb after the head noun goes on, in
    capitals as in lower case."""
    (found,) = citations.extract(text)
    assert found.text.endswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's abbreviation in parentheses inside its name, a place's word after it
        (
            "theo Chỉ thị số 14/CT-UBND ngày 22/9/2016 của Ủy ban nhân dân (UBND) tỉnh, đạt",
            [
                (
                    "Chỉ thị số 14/CT-UBND ngày 22/9/2016 của Ủy ban nhân dân (UBND) tỉnh",
                    "Ủy ban nhân dân (UBND) tỉnh",
                )
            ],
        ),
        (
            "theo Nghị quyết số 5/NQ-HĐND của Hội đồng nhân dân (HĐND) huyện Cam Lộ về",
            [
                (
                    "Nghị quyết số 5/NQ-HĐND của Hội đồng nhân dân (HĐND) huyện Cam Lộ",
                    "Hội đồng nhân dân (HĐND) huyện Cam Lộ",
                )
            ],
        ),
        # ... not an abbreviation after the whole name
        (
            "theo Thông tư số 5/2020/TT-BTC của Bộ Tài chính (BTC) về phí",
            [("Thông tư số 5/2020/TT-BTC của Bộ Tài chính", "Bộ Tài chính")],
        ),
        (
            "theo Chỉ thị số 14/CT-UBND của UBND tỉnh (UBND) về",
            [("Chỉ thị số 14/CT-UBND của UBND tỉnh", "UBND tỉnh")],
        ),
    ],
)
def test_an_abbreviation_in_parentheses_inside_the_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "của Ủy ban nhân dân (UBND) tỉnh": the name goes on past its abbreviation to its place."""
    assert read_issuers(text) == expected


def test_a_bodys_field_broken_across_lines() -> None:
    """A national body's field after "về" goes on past a line break after "và" or a comma,
    its list not finished (not past one after a word: a new line, "... thiên tai\ntriển khai
    ...", nor into a new line's sentence after it)."""
    text = (
        "- Căn cứ Quy định số 05-QĐ/BCĐTW, ngày 27/8/2025 của\nBan Chỉ đạo Trung ương về phát "
        "triển khoa học, công nghệ, đổi mới sáng tạo và\nchuyển đổi số về Mô hình liên thông;"
    )
    (found,) = citations.extract(text)
    assert found.citation.issuer == (
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
        "đổi số"
    )
    (found,) = citations.extract(
        "theo Quyết định số 5/QĐ-BCĐ của Ban Chỉ đạo quốc gia về phòng chống thiên tai\nCác sở"
    )
    assert found.citation.issuer == "Ban Chỉ đạo quốc gia về phòng chống thiên tai"
    (found,) = citations.extract(
        "theo Quyết định số 5/QĐ-BCĐ của Ban Chỉ đạo quốc gia về phòng chống thiên tai\ntriển "
        "khai nhiệm vụ"
    )
    assert found.citation.issuer == "Ban Chỉ đạo quốc gia về phòng chống thiên tai"


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        # a unit's group in its own mixed case, which the table does not know: as written
        ("theo Công văn số 3508/BGDĐT-GDTrH ngày 17/8/2021", "BGDĐT-GDTrH"),
        ("theo công văn số 324/QTR-KTr2 ngày 22/7/2025", "QTR-KTr2"),
        # known groups and groups in one case get their canonical case, as before
        ("theo Chỉ thị số 21/ct-ttg ngày 25/5/2020", "CT-TTg"),
        ("theo Công văn số 15/ubnd-kt ngày 25/5/2020", "UBND-KT"),
    ],
)
def test_a_units_mixed_case_is_kept(text: str, symbol: str) -> None:
    """ "GDTrH" (Giáo dục Trung học) keeps its case; "ttg" is "TTg", "kt" is "KT"."""
    (found,) = citations.extract(text)
    assert found.citation.number is not None
    assert found.citation.number.symbol == symbol
