"""Kinds the development texts of the real corpus's third and fourth batches showed (issue 15),
each with hand-checked cases written for the project (unit tests, not the measure) and the
traps next to each."""

from __future__ import annotations

import pytest

from _citations_read import Row, read_rows
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers after one type word are each a citation of that type
        (
            "Tinh thần của 4 Nghị quyết 59, 70, 71 và 72 là; Chỉ thị số 21, 22 và số 23 của Ban"
            " Bí thư; Ba nghị quyết 70, 71, 72 là",
            [
                ("Nghị quyết 59", "Nghị quyết", "59", None, None, None),
                ("70", "Nghị quyết", "70", None, None, None),
                ("71", "Nghị quyết", "71", None, None, None),
                ("72", "Nghị quyết", "72", None, None, None),
                ("Chỉ thị số 21", "Chỉ thị", "21", None, "Ban Bí thư", None),
                ("22", "Chỉ thị", "22", None, "Ban Bí thư", None),
                ("số 23 của Ban Bí thư", "Chỉ thị", "23", None, "Ban Bí thư", None),
                ("nghị quyết 70", "Nghị quyết", "70", None, None, None),
                ("71", "Nghị quyết", "71", None, None, None),
                ("72", "Nghị quyết", "72", None, None, None),
            ],
        ),
        # a list ending in a unit counts something; a decimal ends the list; one number alone
        # in lower case is a count
        (
            "Kế hoạch 5, 10 năm; Chỉ thị 21, 22 tỷ đồng; Nghị quyết 3, 4.5; nghị quyết 70 là; kế"
            " hoạch 5, 6 năm",
            [("Nghị quyết 3", "Nghị quyết", "3", None, None, None)],
        ),
    ],
)
def test_numbers_listed_after_one_type_word(text: str, expected: list[Row]) -> None:
    """ "Nghị quyết 59, 70, 71 và 72": each number a citation of the type, sharing an issuer
    written after the last; not a count."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a type word with a capital glued to the number or the word before it by a copy
        (
            "- 1Quyết định 672/QĐ-UBND phê duyệt; và vàNghị quyết số 828/NQ-UBTVQH14",
            [
                ("Quyết định 672/QĐ-UBND", "Quyết định", "QĐ-UBND", None, None, None),
                (
                    "Nghị quyết số 828/NQ-UBTVQH14",
                    "Nghị quyết",
                    "NQ-UBTVQH14",
                    None,
                    "Ủy ban Thường vụ Quốc hội khóa XIV",
                    None,
                ),
            ],
        ),
        # ... but not the end of a longer word in lower case or in capitals
        ("thựcquyết định 5/QĐ-UBND; UBNDQuyết định 6/QĐ-UBND; ABCNghị quyết 7/NQ-CP", []),
    ],
)
def test_a_type_word_glued_to_what_stands_before(text: str, expected: list[Row]) -> None:
    """ "1Quyết định 672/QĐ-UBND", "vàNghị quyết số 828/...": a capital after a digit or a
    lower-case letter starts the type word."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "issuer", "end"),
    [
        # a date with a capital after a known issuer starts a new sentence
        (
            "Thực hiện Chỉ thị số 05 của Bộ Chính trị Ngày 17/3/2024, Hội đồng nhân dân",
            "Bộ Chính trị",
            "Chính trị",
        ),
        (
            "Quyết định số 5/QĐ-UBND của Ủy ban nhân dân huyện Năm 2023 tỉnh đã",
            "Ủy ban nhân dân huyện",
            "huyện",
        ),
        # ... not a name holding such a word
        (
            "Quyết định số 5/QĐ-UBND của Ủy ban nhân dân xã Năm Căn về việc",
            "Ủy ban nhân dân xã Năm Căn",
            "Năm Căn",
        ),
    ],
)
def test_a_date_with_a_capital_ends_the_issuer(text: str, issuer: str, end: str) -> None:
    """ "... của Bộ Chính trị Ngày 17/3/2024": the issuer ends before "Ngày" or "Năm" and a
    number."""
    [found] = citations.extract(text)
    assert (found.citation.issuer, found.text[-len(end) :]) == (issuer, end)


def test_a_lower_case_type_with_a_number_and_its_year() -> None:
    """ "nghị định 31/2013": a normative type in lower case and a number with its year is a
    citation; a type that is not normative is not."""
    assert read_rows("theo nghị định 31/2013 và kế hoạch 5/2020 thì") == [
        ("nghị định 31/2013", "Nghị định", "31", 2013, None, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a citation on the next line ends the issuer before it
        (
            "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ\nNghị định số 16/2020/NĐ-CP"
            " ngày 03/02/2020 của Chính phủ",
            [
                (
                    "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ",
                    "Nghị định",
                    "NĐ-CP",
                    2020,
                    "Chính phủ",
                    None,
                ),
                (
                    "Nghị định số 16/2020/NĐ-CP ngày 03/02/2020 của Chính phủ",
                    "Nghị định",
                    "NĐ-CP",
                    2020,
                    "Chính phủ",
                    None,
                ),
            ],
        ),
        # a heading, then a list's number on the next line: not a short form
        (
            "I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg; Chỉ thị\n21 của Ban Bí thư",
            [
                (
                    "Quyết định số 924/QĐ-TTg",
                    "Quyết định",
                    "QĐ-TTg",
                    None,
                    "Thủ tướng Chính phủ",
                    None,
                ),
                ("Chỉ thị\n21 của Ban Bí thư", "Chỉ thị", "21", None, "Ban Bí thư", None),
            ],
        ),
        # a field ends at a comma before a word that opens a clause
        (
            "Kế hoạch số 107-KH/BCĐTW của Ban Chỉ đạo Trung ương về phòng chống tham nhũng, từ đầu"
            " tháng 6",
            [
                (
                    "Kế hoạch số 107-KH/BCĐTW của Ban Chỉ đạo Trung ương về phòng chống tham nhũng",
                    "Kế hoạch",
                    "KH/BCĐTW",
                    None,
                    "Ban Chỉ đạo Trung ương về phòng chống tham nhũng",
                    None,
                ),
            ],
        ),
    ],
)
def test_where_a_line_or_a_clause_ends_a_citation(text: str, expected: list[Row]) -> None:
    """A type word on the next line, a list's number under a heading, a comma before a clause."""
    assert read_rows(text) == expected


def test_a_line_break_inside_the_type_word_keeps_a_short_form() -> None:
    """ "theo Nghị\\nquyết 30a.": the line breaks inside the type word, not before the number."""
    assert read_rows("theo Nghị\nquyết 30a. Hiện nay") == [
        ("Nghị\nquyết 30a", "Nghị quyết", "30", None, None, None)
    ]


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Nghị định số 09/2019/NĐCP ngày 24 tháng 01 năm 2019", "NĐ-CP"),
        ("Quyết định số 12/QĐUBND ngày 24/01/2019", "QĐ-UBND"),
        ("Quyết định số 12/QĐTTG", "QĐ-TTg"),
        # a type's abbreviation before a group the table does not know stays one group
        ("theo Quyết định số:22/2019/QĐPT-HC ngày 22/3/2019", "QĐPT-HC"),
        ("Công văn số 12/CVXYZ", "CVXYZ"),
        # ... or a type's abbreviation: only an issuer's is split off
        ("Quyết định số 12/QĐCTR", "QĐCTR"),
    ],
)
def test_a_type_glued_to_a_known_issuer_in_a_symbol(text: str, symbol: str) -> None:
    """ "09/2019/NĐCP": a type's abbreviation glued to an issuer's the table knows is two
    groups, "NĐ-CP"."""
    [found] = citations.extract(text)
    assert found.citation.number is not None
    assert found.citation.number.symbol == symbol


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 "
            "tháng 11 năm 2018;",
            "sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch",
        ),
        (
            "theo Luật sửa đổi, bổ sung một số điều Luật Bảo hiểm y tế (BHYT) được",
            "sửa đổi, bổ sung một số điều Luật Bảo hiểm y tế",
        ),
    ],
)
def test_an_amending_law_of_counted_laws_or_without_cua(text: str, name: str) -> None:
    """An amending law's title naming a count of laws ("của 37 luật ...") or the law without
    "của" ("một số điều Luật Bảo hiểm y tế"): one citation, the amending law."""
    [found] = citations.extract(text)
    assert (found.citation.doc_type.name, found.citation.name) == ("Luật", name)
    assert found.text.endswith(("năm 2018", "Bảo hiểm y tế"))


def test_a_court_decision_with_its_long_qualifier() -> None:
    """ "Quyết định đưa vụ án ra xét xử phúc thẩm số:22/...": up to eight lower-case words
    between the type and "số" when a ký hiệu follows; nine are not a qualifier."""
    text = (
        "theo Quyết định đưa vụ án ra xét xử phúc thẩm số:22/2019/QĐPT-HC ngày 22/3/2019; "
        "Quyết định a b c d e g h i k số 5/2019/QĐPT-HC"
    )
    assert read_rows(text) == [
        (
            "Quyết định đưa vụ án ra xét xử phúc thẩm số:22/2019/QĐPT-HC ngày 22/3/2019",
            "Quyết định",
            "QĐPT-HC",
            2019,
            None,
            None,
        ),
    ]  # nine words: the type is not read, and QĐPT names no type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any type with a capital, a bare number and "của": a citation with its issuer (a
        # programme's only as the short form of one the text cites with its ký hiệu)
        (
            "quán triệt Quy định 57 của Bộ Chính trị “Về một số vấn đề”; Chương trình 01 của "
            "Thành ủy Hà Nội về; Chương trình số 01-CTr/TU",
            [
                ("Quy định 57 của Bộ Chính trị", "Quy định", "57", None, "Bộ Chính trị", None),
                (
                    "Chương trình 01 của Thành ủy Hà Nội",
                    "Chương trình",
                    "1",
                    None,
                    "Thành ủy Hà Nội",
                    None,
                ),
                ("Chương trình số 01-CTr/TU", "Chương trình", "CTr/TU", None, None, None),
            ],
        ),
        # ... not without "của", nor in lower case, nor a count
        ("theo Quy định 57 về; quy định 57 của Bộ; Báo cáo 6 tháng của Sở", []),
    ],
)
def test_a_bare_number_and_its_issuer(text: str, expected: list[Row]) -> None:
    """ "Quy định 57 của Bộ Chính trị": a type not usually cited by a bare number is when its
    issuer follows."""
    assert read_rows(text) == expected


def test_a_known_name_on_the_next_line_is_not_the_issuers() -> None:
    """An issuer holding a known name ends at a line that starts with another (the enacting
    body's heading after a title in capitals)."""
    text = (
        "NGHỊ QUYẾT SỐ 37/2022/NQ-HĐND NGÀY 09 THÁNG 12 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM KHÓA X"
    )
    [found] = citations.extract(text)
    assert found.text.endswith("CỦA HỘI ĐỒNG NHÂN DÂN TỈNH")
    # a name broken over two lines before a known name is one issuer
    [found] = citations.extract("Quyết định số 5/QĐ-CT của Chủ tịch\nỦy ban nhân dân tỉnh; và")
    assert found.citation.issuer == "Chủ tịch Ủy ban nhân dân tỉnh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years listed after a law's name: one law each, with its own year
        (
            "qua Hiến pháp năm 1946, 1959, 1980, 1992 và năm 2013, Luật Đất đai 2003, 2013;",
            [
                ("Hiến pháp năm 1946", "Hiến pháp", None, 1946, None, None),
                ("1959", "Hiến pháp", None, 1959, None, None),
                ("1980", "Hiến pháp", None, 1980, None, None),
                ("1992", "Hiến pháp", None, 1992, None, None),
                ("năm 2013", "Hiến pháp", None, 2013, None, None),
                ("Luật Đất đai 2003", "Luật", None, 2003, None, None),
                ("2013", "Luật", None, 2013, None, None),
            ],
        ),
        # not a count or a date after the year, nor years after a law's number
        (
            "Luật Đất đai năm 2013, 2014 người; Luật Đất đai năm 2013, 2014/QĐ; Luật số "
            "45/2013/QH13, 2014",
            [
                ("Luật Đất đai năm 2013", "Luật", None, 2013, None, None),
                ("Luật Đất đai năm 2013", "Luật", None, 2013, None, None),
                ("Luật số 45/2013/QH13", "Luật", "QH13", 2013, "Quốc hội khóa XIII", None),
            ],
        ),
    ],
)
def test_years_listed_after_a_law(text: str, expected: list[Row]) -> None:
    """ "Hiến pháp năm 1946, 1959, 1980, 1992 và năm 2013": each year a law of that name."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's head naming the issuer before "số": "các Nghị định của Chính phủ: số ..."
        (
            "Căn cứ các Nghị định của\nChính phủ: số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 quy"
            " định",
            [
                (
                    "Nghị định của\nChính phủ: số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016",
                    "Nghị định",
                    "NĐ-CP",
                    2016,
                    "Chính phủ",
                    None,
                )
            ],
        ),
        (
            "Căn cứ các Nghị định của Chính phủ: Số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 quy",
            [
                (
                    "Nghị định của Chính phủ: Số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025",
                    "Nghị định",
                    "NĐ-CP",
                    2025,
                    "Chính phủ",
                    None,
                )
            ],
        ),
        # a header "Số: ..." on its own line, or a ký hiệu naming another type, is not one
        (
            "NGHỊ ĐỊNH CỦA CHÍNH PHỦ\nSố: 163/2016/NĐ-CP; Quyết định của Bộ: số 5/2016/NĐ-CP",
            [],
        ),
    ],
)
def test_a_head_naming_its_issuer_before_the_number(text: str, expected: list[Row]) -> None:
    """ "các Nghị định của Chính phủ: số 163/2016/NĐ-CP ...": the type and the issuer before the
    number, the ký hiệu confirming the type."""
    assert read_rows(text) == expected
