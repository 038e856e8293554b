"""Vietnamese formatting for administrative documents.

Dates in the Nghị định 30/2020/NĐ-CP style, the place-and-date line, weekday names,
Roman numerals and điểm letters, each with a strict parser for the way back.

All output is NFC, single-spaced Vietnamese. All errors are :class:`VietnameseFormatError`
(a :class:`ValueError`); parsers raise its subclass :class:`VietnameseParseError`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Final, Literal

__all__ = [
    "POINT_LETTERS",
    "DateStyle",
    "VietnameseFormatError",
    "VietnameseParseError",
    "format_date",
    "from_roman",
    "parse_date",
    "parse_place_date_line",
    "parse_point_letter",
    "place_date_line",
    "point_letter",
    "to_roman",
    "weekday_name",
]


class VietnameseFormatError(ValueError):
    """A value cannot be formatted (or read) as Vietnamese text."""


class VietnameseParseError(VietnameseFormatError):
    """A text is not a well-formed Vietnamese number, date, numeral or letter."""


def _check_int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise VietnameseFormatError(f"{what} must be an int, got {value!r}")
    return value


def _normalize(text: object, what: str) -> str:
    """NFC, lower case, single spaces (any Unicode white space, line breaks included)."""
    if not isinstance(text, str):
        raise VietnameseParseError(f"{what} must be a str, got {text!r}")
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


# --------------------------------------------------------------------------------------
# Weekdays and dates (NĐ 30/2020, Phụ lục I and Phụ lục II V.8.c)
# --------------------------------------------------------------------------------------

_WEEKDAYS: Final = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_WEEKDAY_INDEX: Final = {name.lower(): i for i, name in enumerate(_WEEKDAYS)}

DateStyle = Literal["admin", "long", "short"]


def _check_date(d: object) -> date:
    if not isinstance(d, date):
        raise VietnameseFormatError(f"expected a datetime.date, got {d!r}")
    return d


def weekday_name(d: date, *, capitalize: bool = False) -> str:
    """Name of the day of the week as NĐ 30 writes it: "thứ Hai" … "thứ Bảy", "Chủ nhật".

    Only the syllable naming the day is capitalised; pass ``capitalize=True`` at the
    start of a sentence ("Thứ Hai").
    """
    name = _WEEKDAYS[_check_date(d).weekday()]
    return name[0].upper() + name[1:] if capitalize else name


def _day_month(d: date) -> tuple[str, str]:
    # Day below 10 and months 1 and 2 get a leading zero (NĐ 30/2020, Phụ lục I).
    return f"{d.day:02d}", (f"{d.month:02d}" if d.month <= 2 else str(d.month))


def format_date(d: date, *, style: DateStyle = "admin") -> str:
    """Format a date the way Vietnamese administrative documents write it.

    - ``"admin"``: "ngày 05 tháng 02 năm 2024", "ngày 20 tháng 5 năm 2024";
    - ``"short"``: "05/02/2024", "25/5/2020" (citations in running text);
    - ``"long"``: "thứ Hai, ngày 20 tháng 5 năm 2024".

    Days below 10 and months 1 and 2 are padded with a zero in every style; years are
    written with four digits.
    """
    d = _check_date(d)
    day, month = _day_month(d)
    if style == "admin":
        return f"ngày {day} tháng {month} năm {d.year:04d}"
    if style == "short":
        return f"{day}/{month}/{d.year:04d}"
    if style == "long":
        return f"{_WEEKDAYS[d.weekday()]}, ngày {day} tháng {month} năm {d.year:04d}"
    raise VietnameseFormatError(
        f"unknown date style {style!r}; expected 'admin', 'long' or 'short'"
    )


def place_date_line(place: str, d: date) -> str:
    """The place-and-date line (ô 4): "Bắc Giang, ngày 20 tháng 5 năm 2024"."""
    if not isinstance(place, str) or not place.strip():
        raise VietnameseFormatError(f"place must be a non-empty str, got {place!r}")
    place = " ".join(unicodedata.normalize("NFC", place).split())
    return f"{place}, {format_date(d)}"


_WEEKDAY_RE: Final = r"(?:(?P<weekday>thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật) ?,? ?)?"
_DATE_RE: Final = re.compile(
    _WEEKDAY_RE
    + r"(?:ngày ?)?(?:"
    + r"(?P<d1>[0-9]{1,2}) ?(?P<sep>[/.-]) ?(?P<m1>[0-9]{1,2}) ?(?P=sep) ?(?P<y1>[0-9]+)"
    + r"|(?P<d2>[0-9]{1,2}) ?tháng ?(?P<m2>[0-9]{1,2}) ?,? ?năm ?(?P<y2>[0-9]+)"
    + r"|(?P<y3>[0-9]{4})-(?P<m3>[0-9]{2})-(?P<d3>[0-9]{2})"
    + r")"
)


def parse_date(text: str) -> date:
    """Read a date as Vietnamese documents write it.

    Accepts "25/5/2020", "25-5-2020", "25.5.2020", "05/02/2024", "ngày 25 tháng 5 năm
    2020", "ngày06/5/2005", "thứ Hai, ngày 20 tháng 5 năm 2024" and ISO "2024-02-05", with
    or without padding, in any case, with extra spaces or line breaks, NFC or NFD. The
    year must have four digits. Impossible dates, and a weekday that does not match the
    date, raise :class:`VietnameseParseError`.
    """
    norm = _normalize(text, "date text")
    match = _DATE_RE.fullmatch(norm)
    if match is None:
        raise VietnameseParseError(
            f"cannot read {text!r} as a date; expected a form such as '25/5/2020', "
            "'25-5-2020' or 'ngày 25 tháng 5 năm 2020'"
        )
    groups = match.groupdict()
    n = next(n for n in "123" if groups[f"y{n}"] is not None)
    year_s, month_s, day_s = groups[f"y{n}"], groups[f"m{n}"], groups[f"d{n}"]
    if len(year_s) != 4:
        raise VietnameseParseError(
            f"cannot read {text!r} as a date: the year must have four digits, got {year_s!r}"
        )
    try:
        result = date(int(year_s), int(month_s), int(day_s))
    except ValueError as exc:
        raise VietnameseParseError(f"{text!r} is not a valid date: {exc}") from None
    weekday = groups["weekday"]
    if weekday is not None and _WEEKDAY_INDEX[weekday] != result.weekday():
        raise VietnameseParseError(
            f"{text!r}: {result.isoformat()} is a {_WEEKDAYS[result.weekday()]}, "
            f"not a {_WEEKDAYS[_WEEKDAY_INDEX[weekday]]}"
        )
    return result


def parse_place_date_line(text: str) -> tuple[str, date]:
    """Split a place-and-date line into its place and its date.

    ``parse_place_date_line("Bắc Giang, ngày 20 tháng 5 năm 2024")`` gives
    ``("Bắc Giang", date(2024, 5, 20))``. The place keeps its capitalisation (NFC).
    """
    if not isinstance(text, str):
        raise VietnameseParseError(f"place-and-date line must be a str, got {text!r}")
    flat = " ".join(unicodedata.normalize("NFC", text).split())
    place, comma, rest = flat.rpartition(",")
    place = place.strip()
    if not comma or not place:
        raise VietnameseParseError(
            f"cannot read {text!r} as a place-and-date line; expected "
            "'<place>, ngày <dd> tháng <m> năm <yyyy>'"
        )
    return place, parse_date(rest)


# --------------------------------------------------------------------------------------
# Roman numerals and điểm letters
# --------------------------------------------------------------------------------------

_ROMAN: Final = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_ROMAN_RE: Final = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUE: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n: int) -> str:
    """Upper-case Roman numeral for 1 … 3999: ``to_roman(14) == "XIV"``."""
    n = _check_int(n, "Roman numeral value")
    if not 1 <= n <= 3999:
        raise VietnameseFormatError(f"Roman numerals cover 1 to 3999, got {n}")
    parts = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        parts.append(letters * count)
    return "".join(parts)


def from_roman(s: str) -> int:
    """Value of a canonical Roman numeral (any case, surrounding spaces ignored).

    Non-canonical forms such as "IIII" or "IC" raise :class:`VietnameseParseError`.
    """
    if not isinstance(s, str):
        raise VietnameseParseError(f"Roman numeral must be a str, got {s!r}")
    text = s.strip().upper()
    if not text or not text.isascii() or _ROMAN_RE.fullmatch(text) is None:
        raise VietnameseParseError(f"{s!r} is not a canonical Roman numeral (I … MMMCMXCIX)")
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN_VALUE[ch]
        if i + 1 < len(text) and _ROMAN_VALUE[text[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


#: The 23 letters that label điểm, in Vietnamese alphabet order (no f, j, w, z).
POINT_LETTERS: Final = (
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
)  # fmt: skip


def point_letter(i: int) -> str:
    """Letter of the *i*-th điểm, counting from 1: 1 → "a", 5 → "đ", 6 → "e", 23 → "y".

    Only the 23 letters of the Vietnamese alphabet order are defined; a 24th điểm
    raises :class:`VietnameseFormatError`.
    """
    i = _check_int(i, "điểm index")
    if not 1 <= i <= len(POINT_LETTERS):
        raise VietnameseFormatError(
            f"điểm index must be between 1 and {len(POINT_LETTERS)} "
            f"(a … y in Vietnamese alphabet order), got {i}"
        )
    return POINT_LETTERS[i - 1]


def parse_point_letter(s: str) -> int:
    """Position (from 1) of a điểm letter: "a" → 1, "đ" → 5; an "a)" suffix is allowed."""
    norm = _normalize(s, "điểm letter")
    letter = norm[:-1].rstrip() if norm.endswith(")") else norm
    try:
        return POINT_LETTERS.index(letter) + 1
    except ValueError:
        raise VietnameseParseError(
            f"{s!r} is not a điểm letter; expected one of {' '.join(POINT_LETTERS)}"
        ) from None
