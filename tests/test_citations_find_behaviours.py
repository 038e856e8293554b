"""What the extractor takes for a citation's head and what it leaves alone: headers, identifiers
without their type word, abbreviations, laws by name and their own titles, lists — the
behaviours mutation testing (``nox -s mutate -- citations/_find``) found no test looking at.

Every expected value is written by hand from the citation grammar (docs/citations.md, "What it
reads" and "what it leaves alone"): the cited words and the canonical wording of NĐ 30/2020
Phụ lục I, an inferred issuer written out like any other.
"""

from __future__ import annotations

import pytest

from _citations_read import read_citations as _read
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full identifier without its type word, typed by its ký hiệu
        (
            "09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ",
            [
                (
                    "09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ",
                    "Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ",
                )
            ],
        ),
        (
            "thực hiện theo số 09/2019/NĐ-CP ngày 24/01/2019",
            [
                (
                    "09/2019/NĐ-CP ngày 24/01/2019",
                    "Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ",
                )
            ],
        ),
        (
            "Thông  39/2018/TT-BYT",
            [("39/2018/TT-BYT", "Thông tư số 39/2018/TT-BYT của Bộ Y tế")],
        ),
        # ... but not the text's own number, nor a portal's
        ("Số: 14/2007/QĐ-UBND", []),
        ("Loại văn bản: Quyết định; Số hiệu: 14/2007/QĐ-UBND", []),
        ("theo 0/2019/NĐ-CP", []),
        # headers: "Số:" under a type's title, a numbered head with "số:" at the start of a
        # line or in a table's cell
        ("BÁO CÁO\nSố: 123/BC-STTTT", []),
        ("BÁO CÁO \nSố: 123/BC-STTTT", []),
        ("BÁO CÁO\nSố 123/BC-STTTT", []),
        ("BÁO CÁO \nSố 123/BC-STTTT", []),
        ("ỦY BAN NHÂN DÂN TỈNH BÁO CÁO\nSố: 123/BC-STTTT", []),
        ("Nghị quyết số: 71/2022/QH15", []),
        (
            "Căn cứ Hiến pháp năm 2013;\nBáo cáo\nNghị quyết số: 71/2022/QH15",
            [
                ("Hiến pháp năm 2013", "Hiến pháp năm 2013"),
            ],
        ),
        ("| Nghị quyết số: 71/2022/QH15 |", []),
        ("Luật số: 65/2020/QH14", []),
        # a line broken between the type and "số"; "Số" with a capital inside a sentence
        (
            "theo Quyết định\nsố 12/QĐ-UBND",
            [("Quyết định\nsố 12/QĐ-UBND", "Quyết định số 12/QĐ-UBND")],
        ),
        (
            "theo Quyết định Số 12/QĐ-UBND",
            [("Quyết định Số 12/QĐ-UBND", "Quyết định số 12/QĐ-UBND")],
        ),
        # a running number alone: only for the types cited that way, from 1
        ("Tờ trình 5 về việc", []),
        ("Kế hoạch tuần số 4", []),
        ("Kế hoạch số 0", []),
        ("Kế hoạch số 01", [("Kế hoạch số 01", "Kế hoạch số 01")]),
        # a type's abbreviation as its word: with a year only for the normative types
        ("theo NĐ 15 và QĐ 12", []),
        ("CT 5/2020 và", []),
        # the type a ký hiệu names
        (
            "văn bản số 82/2005/QĐ-UBND",
            [("văn bản số 82/2005/QĐ-UBND", "Quyết định số 82/2005/QĐ-UBND")],
        ),
        (
            "Thông tư số 03/2008/TTLT-BYT-BNV",
            [("Thông tư số 03/2008/TTLT-BYT-BNV", "Thông tư liên tịch số 03/2008/TTLT-BYT-BNV")],
        ),
    ],
)
def test_heads(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law's number: read after its name or alone, the year said again after it
        (
            "theo Luật số 24/2018/QH14",
            [("Luật số 24/2018/QH14", "Luật số 24/2018/QH14 của Quốc hội khóa XIV")],
        ),
        (
            "theo Luật số 24/2018/QH14 năm 2018",
            [("Luật số 24/2018/QH14 năm 2018", "Luật số 24/2018/QH14 của Quốc hội khóa XIV")],
        ),
        # "ban hành" before a law that is not the enacting sentence
        (
            "Sau khi ban hành Luật An ninh mạng năm 2018, Bộ Công an",
            [("Luật An ninh mạng năm 2018", "Luật An ninh mạng năm 2018")],
        ),
        (
            "Luật Giao dịch điện tử số 20/2023/QH15 năm 2023",
            [
                (
                    "Luật Giao dịch điện tử số 20/2023/QH15 năm 2023",
                    "Luật Giao dịch điện tử số 20/2023/QH15 của Quốc hội khóa XV",
                )
            ],
        ),
        # a law's name in capitals on a line with other words is cited; alone on its lines,
        # it is the text's own title
        (
            "Căn cứ\nLUẬT TỔ CHỨC QUỐC HỘI;",
            [("LUẬT TỔ CHỨC QUỐC HỘI", "Luật Tổ chức Quốc hội")],
        ),
        (
            "LUẬT\nTỔ CHỨC QUỐC HỘI\n\nCăn cứ Hiến pháp năm 2013\nQuốc hội ban hành",
            [("Hiến pháp năm 2013", "Hiến pháp năm 2013")],
        ),
        (
            "Điều 5 Nghị định số 15/2020/NĐ-CP, Điều 7 và Điều 8 đã quy định",
            [
                (
                    "Điều 5 Nghị định số 15/2020/NĐ-CP",
                    "Điều 5 Nghị định số 15/2020/NĐ-CP của Chính phủ",
                )
            ],
        ),
    ],
)
def test_laws_titles_and_pinpoints(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


def test_a_law_s_year_said_twice_is_its_number_s() -> None:
    (found,) = citations.extract("Luật Giao dịch điện tử số 20/2023/QH15 năm 2023")
    assert found.citation.year is None
    assert found.citation.number is not None
    assert found.citation.number.year == 2023


def test_two_items_share_the_issuer_written_after_the_last() -> None:
    text = (
        "các Công văn số: 386/CAT-ANM ngày 17/02/2023, 2719/CAT-ANM ngày 14/8/2023 của Công an tỉnh"
    )
    assert _read(text) == [
        (
            "Công văn số: 386/CAT-ANM ngày 17/02/2023",
            "Công văn số 386/CAT-ANM ngày 17/02/2023 của Công an tỉnh",
        ),
        (
            "2719/CAT-ANM ngày 14/8/2023 của Công an tỉnh",
            "Công văn số 2719/CAT-ANM ngày 14/8/2023 của Công an tỉnh",
        ),
    ]


def test_parse_ignores_the_spaces_around_a_citation() -> None:
    expected = citations.parse("Chỉ thị số 21/CT-TTg")
    assert citations.parse("  Chỉ thị số 21/CT-TTg \n") == expected
    assert expected.subject is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Markdown's emphasis around a citation (directive-report citations reads .md files)
        (
            "theo _Chỉ thị số 21/CT-TTg_ và *Nghị định số 15/2020/NĐ-CP*",
            [
                ("Chỉ thị số 21/CT-TTg", "Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ"),
                ("Nghị định số 15/2020/NĐ-CP", "Nghị định số 15/2020/NĐ-CP của Chính phủ"),
            ],
        ),
        # a type word at the end of a longer word is not a type (a capital glued to a digit or
        # a small letter starts one: test_citations_more_kinds)
        ("AChỉ thị số 21/CT-TTg", []),
        # the enacting sentence in capitals: the text's own title
        ("QUỐC HỘI BAN HÀNH LUẬT AN NINH MẠNG.", []),
    ],
)
def test_emphasis_and_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


def test_an_alias_in_capitals() -> None:
    """ "(SAU ĐÂY GỌI TẮT LÀ ĐỀ ÁN 06)": the second mention is an alias of the first."""
    first, alias = citations.extract("Quyết định số 06/QĐ-TTg (SAU ĐÂY GỌI TẮT LÀ ĐỀ ÁN 06)")
    assert (first.alias, alias.text, alias.alias) == (False, "ĐỀ ÁN 06", True)
