"""Kinds of real text found on the development part of the real corpus in its eighth round
(issue 15), each with hand-checked cases written for the project (unit tests, not the measure)
and the traps next to each."""

from __future__ import annotations

import datetime as dt

import pytest

from directive_report import DocumentNumber, ReportValidationError, citations


@pytest.mark.parametrize(
    ("text", "cited", "date"),
    [
        # a PDF copy's stray space inside the year of a date written with slashes
        (
            "Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định",
            "Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ",
            dt.date(2021, 7, 16),
        ),
        ("Kế hoạch số 12/KH-UBND ngày 05/01/19 98 của UBND huyện", None, dt.date(1998, 1, 5)),
        # the usual date is read as before
        ("Kế hoạch số 12/KH-UBND ngày 05/01/2022 của UBND huyện", None, dt.date(2022, 1, 5)),
        # not a year's first digits and an hour, or a count, after a short date
        ("Công văn số 12/UBND-VP ngày 20/7/20 15 giờ", "Công văn số 12/UBND-VP", None),
        ("Công văn số 12/UBND-VP ngày 20/7/20 21h", "Công văn số 12/UBND-VP", None),
        ("Công văn số 12/UBND-VP ngày 20/7/20 212", "Công văn số 12/UBND-VP", None),
    ],
)
def test_a_year_split_by_a_space(text: str, cited: str | None, date: dt.date | None) -> None:
    """A year split by a stray space ("16/7/20 21") is still the date's year."""
    (found,) = citations.extract(text)
    if cited is not None:
        assert found.text == cited
    assert found.citation.date == date


@pytest.mark.parametrize(
    ("text", "cited", "symbol", "party"),
    [
        # a Party ký hiệu in Vietnamese capitals, as the Party's rules write its issuers
        ("theo Nghị quyết 13-NQ/TƯ của Tỉnh ủy", "Nghị quyết 13-NQ/TƯ của Tỉnh ủy", "NQ/TƯ", True),
        ("Nghị quyết số 15-NQ / TƯ ngày 05/01/2022", None, "NQ/TƯ", True),
        ("Kế hoạch số 45-KH/ĐU của Đảng ủy", None, "KH/ĐU", True),
        # a tone mark on a capital is a copy's damage: read as the base letter
        ("Kết luận số 12-KL/TỈ", "Kết luận số 12-KL/TỈ", "KL/TI", True),
        # a state ký hiệu keeps its Latin letters and Đ: another capital is a copy's damage
        ("Quyết định số 12/QĐ-UBNĐ", None, "QĐ-UBNĐ", False),
        ("Công văn số 12/UBND-VĂN", None, "UBND-VAN", False),
        # a joint resolution's slash after its type is kept as written
        (
            "Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN ngày 22/8/2008 của Chính phủ và "
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            None,
            "NQLT/CP-UBTUMTTQVN",
            False,
        ),
        ("Thông tư liên tịch số 01/2010/TTLT/BCA-BNG", None, "TTLT/BCA-BNG", False),
        # the usual dash stays a dash
        ("Thông tư liên tịch số 01/2010/TTLT-BCA-BNG", None, "TTLT-BCA-BNG", False),
    ],
)
def test_symbols_as_written(text: str, cited: str | None, symbol: str, party: bool) -> None:
    """A Party ký hiệu keeps its Vietnamese capitals, a state one its slash after the type."""
    (found,) = citations.extract(text)
    if cited is not None:
        assert found.text == cited
    number = found.citation.number
    assert number is not None
    assert (number.symbol, number.party) == (symbol, party)
    assert citations.parse(found.citation.format()) == found.citation


@pytest.mark.parametrize(
    ("text", "symbol", "party"),
    [
        ("13-NQ/TƯ", "NQ/TƯ", True),
        ("19/2008/NQLT/CP-UBTUMTTQVN", "NQLT/CP-UBTUMTTQVN", False),
    ],
)
def test_the_model_holds_them(text: str, symbol: str, party: bool) -> None:
    """The document number reads and prints them as written."""
    number = DocumentNumber.parse(text)
    assert (number.symbol, number.party, str(number)) == (symbol, party, text)


@pytest.mark.parametrize(
    ("symbol", "party"),
    [
        ("NQ/TỈ", True),  # a tone mark is no letter of a ký hiệu
        ("QĐ-TƯ", False),  # a state ký hiệu has the decree's letters only
        ("NQLT//CP", False),
        ("NQLT/", False),
    ],
)
def test_the_model_refuses_others(symbol: str, party: bool) -> None:
    """Anything else is still refused, naming the value."""
    with pytest.raises(ReportValidationError, match="no spaces"):
        DocumentNumber(number=1, symbol=symbol, party=party)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page's title writing an identifier's slashes as dashes, no type word
        (
            "18-2019-TT-BGDĐT Thông tu ban hành quy định bồi dưỡng thường xuyên",
            [("18-2019-TT-BGDĐT", "Thông tư", 2019, "TT-BGDĐT", "Bộ Giáo dục và Đào tạo")],
        ),
        # with its type word
        (
            "Tải về Thông tư 18-2019-TT-BGDĐT",
            [("Thông tư 18-2019-TT-BGDĐT", "Thông tư", 2019, "TT-BGDĐT", "Bộ Giáo dục và Đào tạo")],
        ),
        (
            "Nghị định số 15-2020-NĐ-CP ngày 03/02/2020",
            [
                (
                    "Nghị định số 15-2020-NĐ-CP ngày 03/02/2020",
                    "Nghị định",
                    2020,
                    "NĐ-CP",
                    "Chính phủ",
                )
            ],
        ),
        # not a period, a date or a code: the group after the year must be a type's
        ("giai đoạn 2021-2025-UBND tỉnh", []),
        ("ngày 25-5-2020-TT", []),
        ("mã hàng 18-2019-ABC-X", []),
    ],
)
def test_dashes_for_slashes(
    text: str, expected: list[tuple[str, str, int, str, str | None]]
) -> None:
    """An identifier whose slashes a file name or title wrote as dashes is read when a type's
    abbreviation (Phụ lục III) follows its year."""
    rows = []
    for found in citations.extract(text):
        c = found.citation
        assert c.number is not None
        rows.append((found.text, c.doc_type.name, c.number.year, c.number.symbol, c.issuer))
    assert rows == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ký hiệu with its year inside, after its type: the identifier's year
        (
            "theo Chỉ thị số 02/CT/2007-VKSTC-VP của ngành",
            [("Chỉ thị số 02/CT/2007-VKSTC-VP", 2, 2007, "CT/2007-VKSTC-VP", None)],
        ),
        # a stray space inside the number before its slash and ký hiệu; a space before the
        # comma before the date does not end the citation
        (
            "Quyết định số 0 1/QĐ-VKSTC-V9 , ngày 10  tháng 12  năm 2010 của Viện trưởng",
            [
                (
                    "Quyết định số 0 1/QĐ-VKSTC-V9 , ngày 10  tháng 12  năm 2010 của Viện trưởng",
                    1,
                    None,
                    "QĐ-VKSTC-V9",
                    dt.date(2010, 12, 10),
                )
            ],
        ),
        ("Nghị định số 1 5/2020/NĐ-CP", [("Nghị định số 1 5/2020/NĐ-CP", 15, 2020, "NĐ-CP", None)]),
        # two numbers, the second with its year only, are not one
        ("Thông tư 18 19/2013 của Bộ", [("Thông tư 18", 18, None, None, None)]),
    ],
)
def test_numbers_and_symbols_a_copy_spaced(
    text: str, expected: list[tuple[str, int, int | None, str | None, dt.date | None]]
) -> None:
    """The year inside a ký hiệu, a stray space inside a number."""
    rows = []
    for found in citations.extract(text):
        c = found.citation
        number = c.number.number if c.number else c.bare_number
        symbol = c.number.symbol if c.number else None
        rows.append((found.text, number, c.identifier_year, symbol, c.date))
    assert rows == expected


def test_the_year_inside_names_no_issuer() -> None:
    """The issuer a ký hiệu names is its first group after the type and the year."""
    (found,) = citations.extract("Chỉ thị số 02/CT/2007-VKSTC-VP")
    assert (found.citation.issuer, found.citation.issuer_inferred) == (
        "Viện kiểm sát nhân dân tối cao",
        True,
    )
    again = citations.parse(found.citation.format())
    assert (again.number, again.identifier_year) == (found.citation.number, 2007)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # the socio-political organisations' names hold words in lower case: read whole
        (
            "Nghị quyết số 19-NQ/HNDTW của Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa "
            "VI) về tăng cường",
            "Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VI)",
        ),
        (
            "Nghị quyết số 09-NQ/TWĐTN của Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ "
            "Chí Minh về",
            "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        ),
        (
            "Hướng dẫn số 05/HD-ĐCT của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về",
            "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
        ),
        (
            "Chỉ thị số 12-CT/HCCBVN của Hội Cựu chiến binh Việt Nam về",
            "Hội Cựu chiến binh Việt Nam",
        ),
        # a province's association as before
        (
            "Kế hoạch số 12-KH/HND của Ban Thường vụ Hội Nông dân tỉnh Đồng Nai về việc",
            "Ban Thường vụ Hội Nông dân tỉnh Đồng Nai",
        ),
    ],
)
def test_the_fronts_organisations(text: str, issuer: str) -> None:
    """The Front's and the socio-political organisations' names (Hiến pháp 2013, Điều 9)."""
    (found,) = citations.extract(text)
    assert found.citation.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer", "inferred"),
    [
        # the Ministry of Labour writes its công văn's ký hiệu without its "B"
        (
            "Thực hiện Công văn số 3210/LĐTBXH-BTXH gửi các tỉnh",
            "Bộ Lao động - Thương binh và Xã hội",
            True,
        ),
        # an issuer written wins
        (
            "Công văn số 12/LĐTBXH-VP ngày 05/01/2021 của Sở Lao động - Thương binh và Xã hội",
            "Sở Lao động - Thương binh và Xã hội",
            False,
        ),
    ],
)
def test_the_labour_ministrys_cong_van(text: str, issuer: str, inferred: bool) -> None:
    """ "LĐTBXH" opening a công văn's ký hiệu names the ministry, as "BLĐTBXH" does."""
    (found,) = citations.extract(text)
    assert (found.citation.issuer, found.citation.issuer_inferred) == (issuer, inferred)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a bare number's date after "ngày" is no count of days
        (
            "thực hiện Công văn 1072 ngày 6/12/2013 của Ban Thường vụ Tỉnh ủy về",
            ["Công văn 1072 ngày 6/12/2013 của Ban Thường vụ Tỉnh ủy"],
        ),
        ("theo Chỉ thị 15 ngày 05/01/2020 của Tỉnh ủy", ["Chỉ thị 15 ngày 05/01/2020 của Tỉnh ủy"]),
        # a count of days stays one
        ("Kế hoạch 30 ngày cao điểm", []),
    ],
)
def test_a_bare_number_and_its_date(text: str, cited: list[str]) -> None:
    """ "ngày" and a date after a type and a bare number are its date."""
    assert [found.text for found in citations.extract(text)] == cited


def test_a_web_copys_line_break_tag_before_the_date() -> None:
    """A "<br />" a web page left between a ký hiệu and its date is inside the citation."""
    (found,) = citations.extract(
        "theo Nghị quyết số 49-NQ/TW<br /> ngày 02-06-2005 của Bộ Chính trị về"
    )
    assert found.text == "Nghị quyết số 49-NQ/TW<br /> ngày 02-06-2005 của Bộ Chính trị"
    assert found.citation.date == dt.date(2005, 6, 2)
    assert (
        citations.extract("Nghị quyết số 49-NQ/TW<br />Điều 5")[0].text == "Nghị quyết số 49-NQ/TW"
    )
