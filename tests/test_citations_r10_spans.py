"""Where a citation's span starts and ends (issue 15, tenth round): a year between commas before
the issuer, a date a copy wrote twice, a date glued to the ký hiệu, a paragraph opening with a
date, "&" and a space inside a ký hiệu, and short forms (a type's abbreviation or a type not
usually cited by a bare number) of a document the text cites with its ký hiệu.  Hand-written
sentences, expected values written by hand; the traps next to each kind."""

from __future__ import annotations

import datetime as dt

import pytest

from _citations_read import Row, read_rows
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", năm 2017, của ...": the year between commas, then the issuer
        (
            "việc thực hiện Nghị quyết số 18-NQ/TW, năm 2017, của Ban Chấp hành Trung ương khóa "
            "XII, Tổng Bí thư khẳng định",
            [
                (
                    "Nghị quyết số 18-NQ/TW, năm 2017, của Ban Chấp hành Trung ương khóa XII",
                    "Nghị quyết",
                    "NQ/TW",
                    2017,
                    "Ban Chấp hành Trung ương khóa XII",
                    None,
                )
            ],
        ),
        # ... not a year of the sentence after a comma, with no issuer after it
        (
            "Thực hiện Chỉ thị số 05-CT/TU, năm 2020 tỉnh đạt kết quả tốt.",
            [("Chỉ thị số 05-CT/TU", "Chỉ thị", "CT/TU", None, None, None)],
        ),
        # "&" joining a unit's two words, a space after it
        (
            "tại Công văn số 1597/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 về rà soát",
            [
                (
                    "Công văn số 1597/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025",
                    "Công văn",
                    "SXD-QLN&TTBĐS",
                    None,
                    None,
                    None,
                )
            ],
        ),
    ],
)
def test_span_ends(text: str, expected: list[Row]) -> None:
    """The span runs over a year between commas before "của", and over a ký hiệu's "& "."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "date"),
    [
        # a date written twice by a copy: both in the span
        (
            "Bãi bỏ Quyết định số 55/2014/QĐ-UBND ngày 31/12/2014 ngày 31/12/2014 của UBND thành "
            "phố Đà Nẵng.",
            "Quyết định số 55/2014/QĐ-UBND ngày 31/12/2014 ngày 31/12/2014 của UBND thành phố Đà "
            "Nẵng",
            dt.date(2014, 12, 31),
        ),
        # ... not two different dates
        (
            "Quyết định số 55/2014/QĐ-UBND ngày 31/12/2014 ngày 02/01/2015 đã được ban hành.",
            "Quyết định số 55/2014/QĐ-UBND ngày 31/12/2014",
            dt.date(2014, 12, 31),
        ),
        # the date glued to the ký hiệu by a copy
        (
            "Căn cứ Nghị định số 156/2013/NĐ-CPngày 11 tháng 11 năm 2013 của Chính phủ quy định",
            "Nghị định số 156/2013/NĐ-CPngày 11 tháng 11 năm 2013 của Chính phủ",
            dt.date(2013, 11, 11),
        ),
        # Markdown's emphasis marks between "ngày" and the date (a converted Word copy)
        (
            "*Căn cứ Quyết định số 12/QĐ-UBND ngày* *16/6/2025 của UBND tỉnh;*",
            "Quyết định số 12/QĐ-UBND ngày* *16/6/2025 của UBND tỉnh",
            dt.date(2025, 6, 16),
        ),
        (
            "*Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21 tháng* *6 năm 2021 của Chính phủ;*",
            "Nghị định số 60/2021/NĐ-CP ngày 21 tháng* *6 năm 2021 của Chính phủ",
            dt.date(2021, 6, 21),
        ),
        # "ngày" doubled and "năm" misspelt by a copy: still the date, the damage in the span
        (
            "Căn cứ Nghị định số 63/2010/NĐ-CP ngày ngày 08 tháng 6 ngăm 2010 của Chính phủ về",
            "Nghị định số 63/2010/NĐ-CP ngày ngày 08 tháng 6 ngăm 2010 của Chính phủ",
            dt.date(2010, 6, 8),
        ),
        (
            "Căn cứ Quyết định số 15/QĐ-UBNDngày 5/3/2020 của UBND tỉnh;",
            "Quyết định số 15/QĐ-UBNDngày 5/3/2020 của UBND tỉnh",
            dt.date(2020, 3, 5),
        ),
    ],
)
def test_dates(text: str, span: str, date: dt.date) -> None:
    """A date doubled or glued to the ký hiệu is the citation's."""
    (found,) = citations.extract(text)
    assert (found.text, found.citation.date) == (span, date)


def test_a_paragraph_opening_with_a_date_is_not_the_titles() -> None:
    """A title ending with a citation, then a blank line and a paragraph opening with "Ngày ...":
    the date is the paragraph's, not the citation's; on the same line it is the citation's."""
    found = citations.extract(
        "Triển khai thực hiện Nghị định số 59/2023/NĐ-CP\n\nNgày 21/9/2023, UBND tỉnh ban hành "
        "Công văn số 3936/UBND-VXNV."
    )
    assert [(f.text, f.citation.date) for f in found] == [
        ("Nghị định số 59/2023/NĐ-CP", None),
        ("Công văn số 3936/UBND-VXNV", None),
    ]
    (same_line,) = citations.extract("theo Quyết định số 12/QĐ-UBND\nngày 21/9/2023 của UBND tỉnh")
    assert same_line.citation.date == dt.date(2023, 9, 21)
    # a title in capitals, then a line opening with "Ngày": the paragraph's date, not the title's
    title, _ = citations.extract(
        "THÔNG BÁO KẾT LUẬN VỀ THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW\nNgày 28 tháng 11 năm 2025, tại "
        "Trụ sở Chính phủ đã họp về Nghị quyết số 66-NQ/TW."
    )
    assert (title.text, title.citation.date) == ("NGHỊ QUYẾT SỐ 66-NQ/TW", None)
    # ... but its own date in capitals on the next line is the title's
    (title,) = citations.extract(
        "THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW\nNGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ"
    )
    assert title.citation.date == dt.date(2025, 4, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a type's abbreviation and a bare number: the short form of a document the text cites
        # with its ký hiệu
        (
            "theo Kế hoạch số 363/KH-TTCP ngày 20/3/2019 của Thanh tra Chính phủ.\nTờ trình báo "
            "cáo theo KH 363",
            [
                (
                    "Kế hoạch số 363/KH-TTCP ngày 20/3/2019 của Thanh tra Chính phủ",
                    "Kế hoạch",
                    "KH-TTCP",
                    None,
                    "Thanh tra Chính phủ",
                    None,
                ),
                ("KH 363", "Kế hoạch", "363", None, None, None),
            ],
        ),
        (
            "- Nội dung TT 03\n- Phụ lục\nThông tư số 03/2021/TT-BNNPTNT sửa đổi",
            [
                ("TT 03", "Thông tư", "3", None, None, None),
                (
                    "Thông tư số 03/2021/TT-BNNPTNT",
                    "Thông tư",
                    "TT-BNNPTNT",
                    2021,
                    "Bộ Nông nghiệp và Phát triển nông thôn",
                    None,
                ),
            ],
        ),
        # ... not a count, nor a number the text cites with no ký hiệu, nor another number
        (
            "Đã kiểm tra CT 5 đơn vị theo Chỉ thị số 5/CT-TTg.",
            [
                ("Chỉ thị số 5/CT-TTg", "Chỉ thị", "CT-TTg", None, "Thủ tướng Chính phủ", None),
            ],
        ),
        (
            "theo Kế hoạch số 363 của Sở; KH 363 đã xong",
            [
                ("Kế hoạch số 363 của Sở", "Kế hoạch", "363", None, "Sở", None),
            ],
        ),
        (
            "theo Kế hoạch số 363/KH-TTCP; KH 364 đã xong",
            [
                (
                    "Kế hoạch số 363/KH-TTCP",
                    "Kế hoạch",
                    "KH-TTCP",
                    None,
                    "Thanh tra Chính phủ",
                    None,
                ),
            ],
        ),
        # a type not usually cited by a bare number, capitalised: the short form of one the
        # text cites with its ký hiệu (a title before the document's full citation)
        (
            "Quy định 22 - điểm tựa cho cán bộ\n\nTổng Bí thư đã ký Quy định số 22-QĐ/TW về "
            "công tác kiểm tra",
            [
                ("Quy định 22", "Quy định", "22", None, None, None),
                ("Quy định số 22-QĐ/TW", "Quy định", "QĐ/TW", None, None, None),
            ],
        ),
        (
            "Quy định 22 - điểm tựa cho cán bộ; Quy định số 23-QĐ/TW",
            [
                ("Quy định số 23-QĐ/TW", "Quy định", "QĐ/TW", None, None, None),
            ],
        ),
    ],
)
def test_short_forms_of_documents_cited_with_their_symbol(text: str, expected: list[Row]) -> None:
    """ "KH 363", "TT 03", "Quy định 22": read when the text cites that type and number with its
    ký hiệu within 1,000 characters either way."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page's title with spaces for its slashes, alone on its line (the corpus's decision:
        # a space is such a separator as "_" and "-" are)
        (
            "Thông tư 23 2022 BTC\n\nBỘ TÀI CHÍNH",
            [("Thông tư 23 2022 BTC", "Thông tư", "BTC", 2022, "Bộ Tài chính", None)],
        ),
        (
            "Tải về Nghị định 15 2020 NĐ-CP",
            [("Nghị định 15 2020 NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None)],
        ),
        # ... not in a sentence going on after it
        (
            "Thông tư 23 2022 BTC hướng dẫn",
            [("Thông tư 23", "Thông tư", "23", None, None, None)],
        ),
        ("Kế hoạch 5 2021 KH của xã", [("Kế hoạch 5", "Kế hoạch", "5", None, None, None)]),
    ],
)
def test_a_title_with_spaces_for_slashes(text: str, expected: list[Row]) -> None:
    """ "Thông tư 23 2022 BTC" alone on its line: number, year and ký hiệu."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Party rule's kind between its type word and "số", its ký hiệu "QĐ/TW" (the Party
        # abbreviates a Quy định so, not as Phụ lục III's "QyĐ")
        (
            "Căn cứ Quy định thi hành Điều lệ Đảng số 45-QĐ/TW, ngày 01-11-2011 của Ban Chấp "
            "hành Trung ương khoá XI;",
            [
                (
                    "Quy định thi hành Điều lệ Đảng số 45-QĐ/TW, ngày 01-11-2011 của Ban Chấp "
                    "hành Trung ương khoá XI",
                    "Quy định",
                    "QĐ/TW",
                    None,
                    "Ban Chấp hành Trung ương khoá XI",
                    None,
                )
            ],
        ),
        # ... not with a ký hiệu naming another type
        ("Căn cứ Quy định thi hành Điều lệ Đảng số 45-KL/TW của Bộ Chính trị;", []),
    ],
)
def test_a_party_rules_kind_before_its_number(text: str, expected: list[Row]) -> None:
    """ "Quy định thi hành Điều lệ Đảng số 45-QĐ/TW": the kind is inside the span."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # levels going down, up, then down again ("Mục 2 Chương II, Điều 91"): a pinpoint the
        # record would put in another order than written, left out of the span
        (
            "Căn cứ Mục 2 Chương II, Điều 91 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 được",
            [
                (
                    "Thông tư số 38/2015/TT-BTC ngày 25/3/2015",
                    "Thông tư",
                    "TT-BTC",
                    2015,
                    "Bộ Tài chính",
                    None,
                )
            ],
        ),
        # in one order, fine to coarse or coarse to fine, it is read
        (
            "Căn cứ Điều 91 Mục 2 Chương II Thông tư số 38/2015/TT-BTC",
            [
                (
                    "Điều 91 Mục 2 Chương II Thông tư số 38/2015/TT-BTC",
                    "Thông tư",
                    "TT-BTC",
                    2015,
                    "Bộ Tài chính",
                    "Điều 91 Mục 2 Chương II",
                )
            ],
        ),
        (
            "Căn cứ Chương II, Điều 91 Thông tư số 38/2015/TT-BTC",
            [
                (
                    "Chương II, Điều 91 Thông tư số 38/2015/TT-BTC",
                    "Thông tư",
                    "TT-BTC",
                    2015,
                    "Bộ Tài chính",
                    "Điều 91 Chương II",
                )
            ],
        ),
    ],
)
def test_a_pinpoint_written_in_two_orders(text: str, expected: list[Row]) -> None:
    """A pinpoint's levels are written in one order, fine to coarse or the reverse; one that
    turns back ("Mục 2 Chương II, Điều 91") is left out, the document still read."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Markdown's emphasis closed and opened again at a copy's line break, between the words
        # of a citation: inside its span (the corpus's batch-10 decision, "ngày* *16/6/2025")
        (
            "*Căn cứ Quyết định* *số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh;*",
            "Quyết định* *số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh",
        ),
        (
            "**Căn cứ Quyết định** **số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh;**",
            "Quyết định** **số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh",
        ),
        (
            "*Căn cứ Quyết định số 12/QĐ-UBND* *ngày 5/3/2020 của UBND tỉnh;*",
            "Quyết định số 12/QĐ-UBND* *ngày 5/3/2020 của UBND tỉnh",
        ),
        (
            "*Căn cứ Quyết định số 12/QĐ-UBND ngày 5/3/2020* *của UBND tỉnh;*",
            "Quyết định số 12/QĐ-UBND ngày 5/3/2020* *của UBND tỉnh",
        ),
        # ... not an emphasis closing after the citation
        ("**Quyết định số 12/QĐ-UBND** về việc", "Quyết định số 12/QĐ-UBND"),
        (
            "*Căn cứ Quyết định số 12/QĐ-UBND ngày 5/3/2020;*",
            "Quyết định số 12/QĐ-UBND ngày 5/3/2020",
        ),
    ],
)
def test_markdown_marks_between_a_citations_words(text: str, span: str) -> None:
    """ "Quyết định* *số ...", "...-UBND* *ngày ...", "...2020* *của ...": one citation."""
    (found,) = citations.extract(text)
    assert found.text == span
