"""Kinds of real text found on the development part of the real corpus in its seventh round
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
    assert cited.number is not None
    assert cited.number.symbol == "TTr-TT.HĐND"
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


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a project board's field after "dự án": its verbs' syllables name its projects
        (
            "theo Quyết định số 45/QĐ-BQLDA ngày 12/3/2021 của Ban Quản lý dự án đầu tư xây "
            "dựng tỉnh Lâm Đồng về việc giao nhiệm vụ",
            "Ban Quản lý dự án đầu tư xây dựng tỉnh Lâm Đồng",
        ),
        (
            "Công văn số 8/BQL-KT của Ban Quản lý dự án xây dựng công trình giao thông huyện Đức "
            "Trọng đã gửi",
            "Ban Quản lý dự án xây dựng công trình giao thông huyện Đức Trọng",
        ),
        # a steering board's field too, before any place's word
        (
            "Kế hoạch số 5/KH-BCĐ ngày 3/3/2022 của Ban Chỉ đạo thực hiện các chương trình mục "
            "tiêu quốc gia tỉnh Yên Bái về",
            "Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia tỉnh Yên Bái",
        ),
        (
            "Kế hoạch số 5/KH-BCĐ ngày 3/3/2022 của Ban Chỉ đạo tỉnh triển khai kế hoạch",
            "Ban Chỉ đạo tỉnh",
        ),
        (  # nor on the next line, nor after a national body's field
            "Kế hoạch số 5/KH-BCĐ ngày 3/3/2022 của Ban Chỉ đạo\ntriển khai kế hoạch",
            "Ban Chỉ đạo",
        ),
        (
            "Kế hoạch số 5/KH-BCĐ của Ban Chỉ đạo quốc gia về phòng, chống thiên tai\ntriển khai",
            "Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
        ),
        # but a department of planning and investment still ends before its verb
        (
            "Công văn số 7/SKHĐT-TH ngày 2/3/2021 của Sở Kế hoạch và Đầu tư xây dựng kế hoạch",
            "Sở Kế hoạch và Đầu tư",
        ),
        # a trích yếu opened by a type's words with a capital after the issuer
        (
            "Quy chế số 22-QC/TU ngày 5/3/2021 của Ban Thường vụ Tỉnh ủy Quy chế làm việc của",
            "Ban Thường vụ Tỉnh ủy",
        ),
        (
            "Kế hoạch số 3/KH-UBND ngày 5/3/2021 của UBND tỉnh Phú Yên Kế hoạch thực hiện",
            "UBND tỉnh Phú Yên",
        ),
        (
            "Báo cáo số 4/BC-UBND của Ủy ban nhân dân huyện Tân Phú Báo cáo kết quả thực hiện",
            "Ủy ban nhân dân huyện Tân Phú",
        ),
        # a body's name that holds such words is read whole
        (
            "Công văn số 9/SKHĐT-VP của Sở Kế hoạch và Đầu tư tỉnh Gia Lai",
            "Sở Kế hoạch và Đầu tư tỉnh Gia Lai",
        ),
        (
            "Thông báo số 6/TB-BCĐ của Ban Chỉ đạo Chương trình mục tiêu quốc gia tỉnh Hà Giang",
            "Ban Chỉ đạo Chương trình mục tiêu quốc gia tỉnh Hà Giang",
        ),
    ],
)
def test_issuer_ends(text: str, issuer: str) -> None:
    """Where an issuer ends: a project board's field, a trích yếu opened by a type's words."""
    (found,) = citations.extract(text)
    assert found.citation.issuer == issuer
    assert found.text.endswith(issuer)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a catalogue's "Type: number" without "số", when the ký hiệu names the type (for a
        # law, its legislature)
        (
            "STT Số ký hiệu Ngày\n1 Luật: 24/2018/QH14 12/6/2018 ...\n"
            "2 Nghị định: 15/2020/NĐ-CP 03/02/2020 ...",
            [
                ("Luật: 24/2018/QH14", "Luật", "QH14", 2018, "Quốc hội khóa XIV", None),
                ("Nghị định: 15/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None),
            ],
        ),
        (
            "4 Pháp lệnh: 02/2022/UBTVQH15 ...",
            [
                (
                    "Pháp lệnh: 02/2022/UBTVQH15",
                    "Pháp lệnh",
                    "UBTVQH15",
                    2022,
                    "Ủy ban Thường vụ Quốc hội khóa XV",
                    None,
                )
            ],
        ),
        # a ký hiệu naming another type, or a header's line, is no such citation
        ("Quyết định: 123/UBND-VP về việc", []),
        ("Luật: 12/2020/NĐ-CP", [("12/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None)]),
        ("Nghị quyết\nLuật: 38/2005/QH11\nngày", []),
    ],
)
def test_type_and_colon_before_a_number(text: str, expected: list[Row]) -> None:
    """ "Luật: 38/2005/QH11" in a catalogue: the type, a colon and the identifier."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's dash after a ký hiệu, before a word: the ký hiệu ends before it
        (
            "Quyết định số 03/2023/QĐ-UBND - Xã Tân Lập ban hành quy chế",
            [("Quyết định số 03/2023/QĐ-UBND", "Quyết định", "QĐ-UBND", 2023, None, None)],
        ),
        (
            "Công văn số 41/UBND-VP - Sở Tài chính trả lời",
            [("Công văn số 41/UBND-VP", "Công văn", "UBND-VP", None, None, None)],
        ),
        # a group in capitals after a spaced dash is the ký hiệu's ("TTg" too)
        (
            "Chỉ thị số 15/CT - TTg; Quyết định số 9/QĐ - UBND",
            [
                ("Chỉ thị số 15/CT - TTg", "Chỉ thị", "CT-TTg", None, "Thủ tướng Chính phủ", None),
                ("Quyết định số 9/QĐ - UBND", "Quyết định", "QĐ-UBND", None, None, None),
            ],
        ),
        # a date whose words a copy glued to its numbers
        (
            "Nghị định số 36/2012/NĐ-CP ngày 18tháng 4 năm 2012 của Chính phủ; Nghị định số "
            "76/2013/NĐ-CP ngày 16 tháng 7năm 2013 của Chính phủ",
            [
                (
                    "Nghị định số 36/2012/NĐ-CP ngày 18tháng 4 năm 2012 của Chính phủ",
                    "Nghị định",
                    "NĐ-CP",
                    2012,
                    "Chính phủ",
                    None,
                ),
                (
                    "Nghị định số 76/2013/NĐ-CP ngày 16 tháng 7năm 2013 của Chính phủ",
                    "Nghị định",
                    "NĐ-CP",
                    2013,
                    "Chính phủ",
                    None,
                ),
            ],
        ),
        # a Party công văn's ký hiệu ("CV") names its type after "văn bản"
        (
            "theo văn bản số 42-CV/TU ngày 3/4/2016 của Tỉnh ủy",
            [
                (
                    "văn bản số 42-CV/TU ngày 3/4/2016 của Tỉnh ủy",
                    "Công văn",
                    "CV/TU",
                    None,
                    "Tỉnh ủy",
                    None,
                )
            ],
        ),
        (
            "Văn bản số 42/CV-UBND",
            [("Văn bản số 42/CV-UBND", "Văn bản", "CV-UBND", None, None, None)],
        ),
    ],
)
def test_batch_seven_numbers_and_dates(text: str, expected: list[Row]) -> None:
    """A title's dash after a ký hiệu, glued date words, a Party công văn after "văn bản"."""
    assert read_rows(text) == expected


def test_glued_date_words_give_the_date() -> None:
    """The date read from "ngày 18tháng 4 năm 2012" is that day."""
    (found,) = citations.extract("Nghị định số 36/2012/NĐ-CP ngày 18tháng 4năm 2012")
    assert found.citation.date == dt.date(2012, 4, 18)


_HEAD = "Nghị quyết của Hội đồng nhân dân tỉnh số 05/2021/NQ-HĐND ngày 10/12/2021"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's items after their trích yếu, "số" and a ký hiệu naming the head's type,
        # after "," or ";", with or without a year: each carries the head's issuer
        (
            f"triển khai các {_HEAD} về kế hoạch đầu tư, số 61/NQ- HĐND ngày 10/12/2021 về dự "
            "toán ngân sách; số 70/2021/NQ-HĐND ngày 11/12/2021 về phân bổ vốn.",
            [
                (_HEAD, "Nghị quyết", "NQ-HĐND", 2021, "Hội đồng nhân dân tỉnh", None),
                (
                    "số 61/NQ- HĐND ngày 10/12/2021",
                    "Nghị quyết",
                    "NQ-HĐND",
                    None,
                    "Hội đồng nhân dân tỉnh",
                    None,
                ),
                (
                    "số 70/2021/NQ-HĐND ngày 11/12/2021",
                    "Nghị quyết",
                    "NQ-HĐND",
                    2021,
                    "Hội đồng nhân dân tỉnh",
                    None,
                ),
            ],
        ),
        (
            "các Quyết định của UBND tỉnh: số 15/QĐ-UBND ngày 3/3/2020 về việc A; số 16/QĐ-UBND "
            "ngày 4/3/2020 về việc B.",
            [
                (
                    "Quyết định của UBND tỉnh: số 15/QĐ-UBND ngày 3/3/2020",
                    "Quyết định",
                    "QĐ-UBND",
                    None,
                    "UBND tỉnh",
                    None,
                ),
                ("số 16/QĐ-UBND ngày 4/3/2020", "Quyết định", "QĐ-UBND", None, "UBND tỉnh", None),
            ],
        ),
        # a full identifier after ", số": typed by its ký hiệu, as one without "số" is
        (
            "Nghị định số 15/2020/NĐ-CP về xử phạt, số 16/2020/NĐ-CP về hóa đơn",
            [
                ("Nghị định số 15/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None),
                ("số 16/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None),
            ],
        ),
        # no head of its type, or another paragraph's: a number without a year is not read
        (
            "Căn cứ Luật Đất đai năm 2013; số 12/QĐ-UBND ngày 3/3/2020",
            [("Luật Đất đai năm 2013", "Luật", None, 2013, None, None)],
        ),
        (
            f"các {_HEAD} về kế hoạch.\n\nBáo cáo tháng 5, số 62/NQ-HĐND ngày 10/12/2021",
            [(_HEAD, "Nghị quyết", "NQ-HĐND", 2021, "Hội đồng nhân dân tỉnh", None)],
        ),
        (
            f"các {_HEAD} về kế hoạch, số 12/QĐ-UBND ngày 10/12/2021",
            [(_HEAD, "Nghị quyết", "NQ-HĐND", 2021, "Hội đồng nhân dân tỉnh", None)],
        ),
    ],
)
def test_list_items_after_their_subjects(text: str, expected: list[Row]) -> None:
    """ "các Nghị quyết của HĐND tỉnh số ... về ..., số 59/NQ-HĐND ... về ...": the items."""
    assert read_rows(text) == expected


def test_a_header_number_after_a_blank_is_no_list_item() -> None:
    """ "    Số: 05/2018/TTLT-BCA-BTP" indented on its line: a header, not a list's item."""
    assert read_rows("CÔNG AN\n    --------\n\n    Số: 05/2018/TTLT-BCA-BTP\n\n    THÔNG TƯ") == []


@pytest.mark.parametrize(
    "text",
    [
        "Resolution No. 03/2021/NQ-HĐTP dated 12th of May, 2021 on precedents",
        "under Circular No.12/2020/TT-BTC and Decree Nos. 15/2020/NĐ-CP",
        "Decree No 15/2020/NĐ-CP",
    ],
)
def test_an_english_number_is_no_citation(text: str) -> None:
    """An identifier after "No." is an English text's (the corpus does not annotate those)."""
    assert read_rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "CV", a công văn's informal abbreviation, before a number with its ký hiệu; after
        # "công văn" it is inside the span
        (
            "CV 4512/UBND-KT V/v tăng cường phòng chống dịch",
            [("CV 4512/UBND-KT", "Công văn", "UBND-KT", None, None, None)],
        ),
        (
            "UBND tỉnh có công văn CV 4512/UBND-KT. Theo đó",
            [("công văn CV 4512/UBND-KT", "Công văn", "UBND-KT", None, None, None)],
        ),
        (
            "Sở đã ban hành CV số 88/SYT-NVY ngày 3/4/2021",
            [("CV số 88/SYT-NVY ngày 3/4/2021", "Công văn", "SYT-NVY", None, None, None)],
        ),
        # without a ký hiệu it is no citation: a count, a curriculum vitae, an officer
        ("nộp CV 2 bản; CV 12/2020 của ứng viên; CV số 3 phòng", []),
    ],
)
def test_cv_for_cong_van(text: str, expected: list[Row]) -> None:
    """ "CV 9229/UBND-VHXH": "CV" for "Công văn" when a ký hiệu follows."""
    assert read_rows(text) == expected
