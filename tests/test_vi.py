"""Tests for directive_report.vi: hand-checked tables and Hypothesis properties.

Every expected value below was written by hand from the rules of docs/formatting.md ("Rules
and sources") and docs/decree-layout.md, never by running vi.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directive_report import vi
from directive_report.errors import DirectiveReportError
from directive_report.vi import (
    VietnameseFormatError,
    VietnameseParseError,
    format_date,
    from_roman,
    parse_date,
    parse_place_date_line,
    parse_point_letter,
    place_date_line,
    point_letter,
    to_roman,
    weekday_name,
)

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

ADMIN_DATES = [
    (date(2024, 2, 5), "ngày 05 tháng 02 năm 2024"),
    (date(2020, 5, 25), "ngày 25 tháng 5 năm 2020"),
    (date(2024, 10, 1), "ngày 01 tháng 10 năm 2024"),
    (date(2024, 11, 9), "ngày 09 tháng 11 năm 2024"),
    (date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
    (date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
    (date(2020, 3, 5), "ngày 05 tháng 3 năm 2020"),
    (date(2021, 2, 5), "ngày 05 tháng 02 năm 2021"),
    (date(2024, 12, 31), "ngày 31 tháng 12 năm 2024"),
    (date(2024, 1, 10), "ngày 10 tháng 01 năm 2024"),
    (date(2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
    (date(2021, 8, 3), "ngày 03 tháng 8 năm 2021"),
    (date(2011, 1, 18), "ngày 18 tháng 01 năm 2011"),
    (date(999, 3, 10), "ngày 10 tháng 3 năm 0999"),
]

SHORT_DATES = [
    (date(2020, 5, 25), "25/5/2020"),
    (date(2024, 2, 5), "05/02/2024"),
    (date(2021, 8, 3), "03/8/2021"),
    (date(2020, 3, 5), "05/3/2020"),
    (date(2024, 1, 1), "01/01/2024"),
    (date(2024, 12, 25), "25/12/2024"),
    (date(2024, 10, 9), "09/10/2024"),
    (date(2005, 5, 6), "06/5/2005"),
]

LONG_DATES = [
    (date(2024, 5, 20), "thứ Hai, ngày 20 tháng 5 năm 2024"),
    (date(2024, 5, 19), "Chủ nhật, ngày 19 tháng 5 năm 2024"),
    (date(2024, 2, 5), "thứ Hai, ngày 05 tháng 02 năm 2024"),
    (date(2021, 8, 3), "thứ Ba, ngày 03 tháng 8 năm 2021"),
    (date(2024, 12, 25), "thứ Tư, ngày 25 tháng 12 năm 2024"),
    (date(2024, 5, 25), "thứ Bảy, ngày 25 tháng 5 năm 2024"),
]


@pytest.mark.parametrize(("d", "expected"), ADMIN_DATES)
def test_format_date_admin(d: date, expected: str) -> None:
    assert format_date(d) == expected
    assert format_date(d, style="admin") == expected


@pytest.mark.parametrize(("d", "expected"), SHORT_DATES)
def test_format_date_short(d: date, expected: str) -> None:
    assert format_date(d, style="short") == expected


@pytest.mark.parametrize(("d", "expected"), LONG_DATES)
def test_format_date_long(d: date, expected: str) -> None:
    assert format_date(d, style="long") == expected


def test_format_date_accepts_datetime() -> None:
    assert format_date(datetime(2024, 2, 5, 14, 30)) == "ngày 05 tháng 02 năm 2024"


def test_format_date_rejects_bad_style_and_type() -> None:
    with pytest.raises(VietnameseFormatError, match="date style 'iso'"):
        format_date(date(2024, 1, 1), style="iso")  # type: ignore[arg-type]
    with pytest.raises(VietnameseFormatError, match=r"datetime\.date, got '2024-01-01'"):
        format_date("2024-01-01")  # type: ignore[arg-type]


WEEKDAYS = [
    (date(2024, 5, 20), "thứ Hai"),
    (date(2024, 5, 21), "thứ Ba"),
    (date(2024, 5, 22), "thứ Tư"),
    (date(2024, 5, 23), "thứ Năm"),
    (date(2024, 5, 24), "thứ Sáu"),
    (date(2024, 5, 25), "thứ Bảy"),
    (date(2024, 5, 26), "Chủ nhật"),
    (date(2020, 5, 25), "thứ Hai"),
]


@pytest.mark.parametrize(("d", "expected"), WEEKDAYS)
def test_weekday_name(d: date, expected: str) -> None:
    assert weekday_name(d) == expected


def test_weekday_name_sentence_start() -> None:
    assert weekday_name(date(2024, 5, 20), capitalize=True) == "Thứ Hai"
    assert weekday_name(date(2024, 5, 26), capitalize=True) == "Chủ nhật"


PLACE_LINES = [
    ("Bắc Giang", date(2024, 5, 20), "Bắc Giang, ngày 20 tháng 5 năm 2024"),
    ("Bắc Giang", date(2024, 2, 5), "Bắc Giang, ngày 05 tháng 02 năm 2024"),
    ("Hà Nội", date(2020, 5, 25), "Hà Nội, ngày 25 tháng 5 năm 2020"),
    ("Hà Nội", date(2020, 1, 5), "Hà Nội, ngày 05 tháng 01 năm 2020"),
    (
        "Thành phố Hồ Chí Minh",
        date(2019, 6, 29),
        "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019",
    ),
    ("Quảng Ninh", date(2021, 2, 5), "Quảng Ninh, ngày 05 tháng 02 năm 2021"),
]


@pytest.mark.parametrize(("place", "d", "expected"), PLACE_LINES)
def test_place_date_line(place: str, d: date, expected: str) -> None:
    assert place_date_line(place, d) == expected
    assert parse_place_date_line(expected) == (place, d)


def test_place_date_line_normalizes_place() -> None:
    nfd = unicodedata.normalize("NFD", "Bắc  Giang ")
    line = place_date_line(nfd, date(2024, 5, 20))
    assert line == "Bắc Giang, ngày 20 tháng 5 năm 2024"
    assert unicodedata.is_normalized("NFC", line)


@pytest.mark.parametrize("place", ["", "   ", None])
def test_place_date_line_rejects_empty_place(place: object) -> None:
    with pytest.raises(VietnameseFormatError, match="place must be a non-empty str"):
        place_date_line(place, date(2024, 5, 20))  # type: ignore[arg-type]


PARSE_DATES = [
    ("25/5/2020", date(2020, 5, 25)),
    ("25-5-2020", date(2020, 5, 25)),
    ("25.5.2020", date(2020, 5, 25)),
    ("05/02/2024", date(2024, 2, 5)),
    ("5/2/2024", date(2024, 2, 5)),
    ("03/8/2021", date(2021, 8, 3)),
    ("03/08/2021", date(2021, 8, 3)),
    ("ngày 25 tháng 5 năm 2020", date(2020, 5, 25)),
    ("ngày 05 tháng 02 năm 2024", date(2024, 2, 5)),
    ("ngày 5 tháng 2 năm 2024", date(2024, 2, 5)),
    ("Ngày 18 tháng 01 năm 2011", date(2011, 1, 18)),
    ("NGÀY 18 THÁNG 01 NĂM 2011", date(2011, 1, 18)),
    ("25 tháng 5 năm 2020", date(2020, 5, 25)),
    ("ngày06/5/2005", date(2005, 5, 6)),
    ("ngày 06/5/2005", date(2005, 5, 6)),
    ("ngày 27-7-2020", date(2020, 7, 27)),
    ("  ngày  25  tháng 5\nnăm 2020 ", date(2020, 5, 25)),
    ("ngày 25 tháng 5 năm\n2020", date(2020, 5, 25)),
    ("25 / 5 / 2020", date(2020, 5, 25)),
    ("ngày25tháng5năm2020", date(2020, 5, 25)),
    ("thứ Hai, ngày 20 tháng 5 năm 2024", date(2024, 5, 20)),
    ("Thứ Hai, ngày 20 tháng 5 năm 2024", date(2024, 5, 20)),
    ("Chủ nhật, ngày 19 tháng 5 năm 2024", date(2024, 5, 19)),
    ("thứ Bảy ngày 25/5/2024", date(2024, 5, 25)),
    ("2024-02-05", date(2024, 2, 5)),
    ("31/12/1999", date(1999, 12, 31)),
    ("29/02/2024", date(2024, 2, 29)),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_DATES)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected
    assert parse_date(unicodedata.normalize("NFD", text)) == expected
    assert type(parse_date(text)) is date


BAD_DATES = [
    ("30/02/2024", "not a valid date"),
    ("29/02/2023", "not a valid date"),
    ("31/4/2024", "not a valid date"),
    ("0/5/2024", "not a valid date"),
    ("25/13/2024", "not a valid date"),
    ("31/12/99", "four digits"),
    ("25/5/20", "four digits"),
    ("ngày 25 tháng 5", "cannot read"),
    ("ngày 31/8", "cannot read"),
    ("25/5-2020", "cannot read"),
    ("25 tháng Năm năm 2020", "cannot read"),
    ("hôm nay", "cannot read"),
    ("", "cannot read"),
    ("Hà Nội, ngày 25 tháng 5 năm 2020", "cannot read"),
    ("thứ Ba, ngày 20 tháng 5 năm 2024", "is a thứ Hai, not a thứ Ba"),
    ("ngày 25 tháng 5 năm 2020.", "cannot read"),
]


@pytest.mark.parametrize(("text", "message"), BAD_DATES)
def test_parse_date_rejects(text: str, message: str) -> None:
    with pytest.raises(VietnameseParseError, match=message):
        parse_date(text)


def test_parse_date_rejects_non_str() -> None:
    with pytest.raises(VietnameseParseError, match="must be a str"):
        parse_date(20240205)  # type: ignore[arg-type]


def test_parse_place_date_line_rejects_missing_place() -> None:
    with pytest.raises(VietnameseParseError, match="place-and-date line"):
        parse_place_date_line("ngày 25 tháng 5 năm 2020")


def test_errors_are_value_errors() -> None:
    assert issubclass(VietnameseParseError, VietnameseFormatError)
    assert issubclass(VietnameseFormatError, ValueError)


def test_errors_are_the_librarys_errors() -> None:
    """An application catching DirectiveReportError catches these too."""
    with pytest.raises(DirectiveReportError, match="not a valid date"):
        parse_date("30/2/2024")
    with pytest.raises(DirectiveReportError, match="between 1 and 23"):
        point_letter(24)


@given(st.dates(), st.sampled_from(["admin", "long", "short"]))
def test_parse_date_inverts_format_date(d: date, style: vi.DateStyle) -> None:
    text = format_date(d, style=style)
    assert unicodedata.is_normalized("NFC", text)
    assert parse_date(text) == d


@given(st.dates(), st.text(alphabet="ABCDEFabcdef ĐđàáảãạăắằẳẵặâấầẩẫậÂ", min_size=1))
def test_place_date_line_round_trip(d: date, place: str) -> None:
    if not place.strip() or "," in place:
        return
    parsed_place, parsed_date = parse_place_date_line(place_date_line(place, d))
    assert parsed_place == " ".join(place.split())
    assert parsed_date == d


# --------------------------------------------------------------------------------------
# Roman numerals
# --------------------------------------------------------------------------------------

ROMAN = [
    (1, "I"),
    (2, "II"),
    (3, "III"),
    (4, "IV"),
    (5, "V"),
    (6, "VI"),
    (9, "IX"),
    (10, "X"),
    (13, "XIII"),
    (14, "XIV"),
    (15, "XV"),
    (19, "XIX"),
    (40, "XL"),
    (49, "XLIX"),
    (90, "XC"),
    (99, "XCIX"),
    (400, "CD"),
    (444, "CDXLIV"),
    (1994, "MCMXCIV"),
    (2024, "MMXXIV"),
    (3999, "MMMCMXCIX"),
]


@pytest.mark.parametrize(("n", "expected"), ROMAN)
def test_roman(n: int, expected: str) -> None:
    assert to_roman(n) == expected
    assert from_roman(expected) == n
    assert from_roman(expected.lower()) == n


@pytest.mark.parametrize("n", [0, -1, 4000])
def test_to_roman_out_of_range(n: int) -> None:
    with pytest.raises(VietnameseFormatError, match="1 to 3999"):
        to_roman(n)


@pytest.mark.parametrize("n", [True, 1.0, "4"])
def test_to_roman_rejects_non_int(n: object) -> None:
    with pytest.raises(VietnameseFormatError, match="must be an int"):
        to_roman(n)  # type: ignore[arg-type]


@pytest.mark.parametrize("s", ["IIII", "IC", "VX", "MMMM", "", " ", "XIVX", "Ⅳ", "I V", "XLL"])
def test_from_roman_rejects(s: str) -> None:
    with pytest.raises(VietnameseParseError, match="canonical Roman numeral"):
        from_roman(s)


@given(st.integers(1, 3999))
def test_roman_round_trip(n: int) -> None:
    assert from_roman(to_roman(n)) == n


# --------------------------------------------------------------------------------------
# Điểm letters
# --------------------------------------------------------------------------------------

POINTS = [
    (1, "a"),
    (2, "b"),
    (4, "d"),
    (5, "đ"),
    (6, "e"),
    (7, "g"),
    (9, "i"),
    (10, "k"),
    (22, "x"),
    (23, "y"),
]


@pytest.mark.parametrize(("i", "letter"), POINTS)
def test_point_letter(i: int, letter: str) -> None:
    assert point_letter(i) == letter
    assert parse_point_letter(letter) == i
    assert parse_point_letter(letter.upper() + ")") == i


def test_point_letters_alphabet() -> None:
    assert "".join(vi.POINT_LETTERS) == "abcdđeghiklmnopqrstuvxy"


@pytest.mark.parametrize("i", [0, -1, 24])
def test_point_letter_out_of_range(i: int) -> None:
    with pytest.raises(VietnameseFormatError, match="between 1 and 23"):
        point_letter(i)


@pytest.mark.parametrize("s", ["f", "j", "w", "z", "", "ab", "1"])
def test_parse_point_letter_rejects(s: str) -> None:
    with pytest.raises(VietnameseParseError, match="not a điểm letter"):
        parse_point_letter(s)
