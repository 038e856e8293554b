"""Vietnamese formatting for administrative reports, and the strict parsers back.

Dates follow Nghị định 30/2020/NĐ-CP: a leading zero on days below 10 and on months 1–2.

>>> from datetime import date
>>> from decimal import Decimal
>>> format_date(date(2024, 2, 5))
'ngày 05 tháng 02 năm 2024'
>>> format_date(date(2020, 5, 25), style="short"), format_date(date(2024, 5, 20), style="long")
('25/5/2020', 'thứ Hai, ngày 20 tháng 5 năm 2024')
>>> place_date_line("Bắc Giang", date(2024, 5, 20))
'Bắc Giang, ngày 20 tháng 5 năm 2024'
>>> parse_date("ngày06/5/2005"), parse_date("25-5-2020")
(datetime.date(2005, 5, 6), datetime.date(2020, 5, 25))
>>> weekday_name(date(2024, 5, 26))
'Chủ nhật'

Numbers in words use the canonical style of official and accounting texts (linh, nghìn,
tỷ, mốt, lăm, tư after mươi, "không trăm" in every inner group, the count of tỷ read first
from 10^12 up); keyword options switch to the regional alternates (lẻ, ngàn, tỉ, bốn).

>>> number_to_words(1_005_000)
'một triệu không trăm linh năm nghìn'
>>> number_to_words(1_500_000_000_000), number_to_words(Decimal("-0.05"))
('một nghìn năm trăm tỷ', 'âm không phẩy không năm')
>>> number_to_words(1_001, linh="lẻ", thousand="ngàn")
'một ngàn không trăm lẻ một'
>>> words_to_number("Hai mươi nhăm"), words_to_number("một phẩy năm")
(25, Decimal('1.5'))

Digits group with "." and mark decimals with ","; rounding is half up.

>>> format_number(1234.5), parse_number("50.000.000"), format_percent(0.125)
('1.234,5', 50000000, '12,5%')
>>> format_money(1_500_000_000, style="compact")
'1,5 tỷ đồng'
>>> format_money(50_000_000, style="words", chan=True)
'Năm mươi triệu đồng chẵn'
>>> ordinal(4), ordinal(21), ordinal(4, words=False)
('thứ tư', 'thứ hai mươi mốt', 'thứ 4')
>>> to_roman(14), from_roman("XIV"), point_letter(5), parse_point_letter("đ")
('XIV', 14, 'đ', 5)

Output is NFC with single spaces; parsers accept NFC or NFD, any case and any white
space. Every error is a :class:`VietnameseFormatError` (a
:class:`~directive_report.errors.DirectiveReportError` and a :class:`ValueError`) whose
message names the input and what was expected; parsers raise its subclass
:class:`VietnameseParseError`. Importing this module loads neither babel nor locale data.
The rules, sources and examples are in ``docs/formatting.md``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Final, Literal

from directive_report.errors import DirectiveReportError

__all__ = [
    "POINT_LETTERS",
    "Billion",
    "DateStyle",
    "Four",
    "Linh",
    "MoneyStyle",
    "Number",
    "Thousand",
    "VietnameseFormatError",
    "VietnameseParseError",
    "format_date",
    "format_money",
    "format_number",
    "format_percent",
    "from_roman",
    "number_to_words",
    "ordinal",
    "parse_date",
    "parse_number",
    "parse_percent",
    "parse_place_date_line",
    "parse_point_letter",
    "place_date_line",
    "point_letter",
    "to_roman",
    "weekday_name",
    "words_to_number",
]


class VietnameseFormatError(DirectiveReportError, ValueError):
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

#: The styles of :func:`format_date`.
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
# Patterns are compiled (and cached by re) on first use, to keep the import cheap.
_DATE_RE: Final = (
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
    match = re.fullmatch(_DATE_RE, norm)
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
_ROMAN_RE: Final = r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})"
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
    if not text or not text.isascii() or re.fullmatch(_ROMAN_RE, text) is None:
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


# --------------------------------------------------------------------------------------
# Numbers in words (vietnamese-formatting.md §2.1–2.3, §2.10–2.11)
# --------------------------------------------------------------------------------------

#: The word for a zero tens digit: "linh" (canonical, Northern) or "lẻ" (Southern).
Linh = Literal["linh", "lẻ"]
#: The word for 1000: "nghìn" (canonical, official texts) or "ngàn" (Southern).
Thousand = Literal["nghìn", "ngàn"]
#: The word for 10^9, in its two spellings: "tỷ" (canonical, official texts) or "tỉ".
Billion = Literal["tỷ", "tỉ"]
#: A final 4 after mươi: "tư" (canonical) or "bốn".
Four = Literal["tư", "bốn"]

_DIGITS: Final = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_BILLION: Final = 10**9
# A style is (linh, thousand, billion, four): the words that have regional alternates.
_Style = tuple[str, str, str, str]
_CANONICAL: Final[_Style] = ("linh", "nghìn", "tỷ", "tư")
_OPTIONS: Final = (
    ("linh", ("linh", "lẻ")),
    ("thousand", ("nghìn", "ngàn")),
    ("billion", ("tỷ", "tỉ")),
    ("four", ("tư", "bốn")),
)


def _check_style(style: _Style) -> None:
    for (name, allowed), value in zip(_OPTIONS, style, strict=True):
        if value not in allowed:
            raise VietnameseFormatError(
                f"{name} must be {' or '.join(map(repr, allowed))}, got {value!r}"
            )


def _tens_units(t: int, u: int, four: str) -> str:
    """Reading of a non-zero two-digit tail *t u* (t > 0), or of a lone digit (t = 0)."""
    if t == 0:
        return _DIGITS[u]
    if t == 1:
        return "mười" if u == 0 else "mười " + ("lăm" if u == 5 else _DIGITS[u])
    head = _DIGITS[t] + " mươi"
    if u == 0:
        return head
    return head + " " + ("mốt" if u == 1 else four if u == 4 else "lăm" if u == 5 else _DIGITS[u])


_GROUP_TABLES: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _group_tables(linh: str, four: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Readings of 0 … 999 as the leading group and as an inner group (R6, R7)."""
    key = (linh, four)
    tables = _GROUP_TABLES.get(key)
    if tables is None:
        tails = [""] + [
            (linh + " " + _DIGITS[tu] if tu < 10 else _tens_units(tu // 10, tu % 10, four))
            for tu in range(1, 100)
        ]
        inner = tuple(
            _DIGITS[g // 100] + " trăm" + (" " + tails[g % 100] if g % 100 else "")
            for g in range(1000)
        )
        leading = tuple(
            inner[g] if g >= 100 else _tens_units(g // 10, g % 10, four) if g else ""
            for g in range(1000)
        )
        tables = _GROUP_TABLES[key] = (leading, inner)
    return tables


def _below_billion(
    n: int, leading: tuple[str, ...], inner: tuple[str, ...], thousand: str, parts: list[str]
) -> None:
    """Append the reading of 1 … 999 999 999 to *parts*; *leading* is the first group's table."""
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    table = leading
    if millions:
        parts.append(table[millions])
        parts.append("triệu")
        table = inner
    if thousands:
        parts.append(table[thousands])
        parts.append(thousand)
        table = inner
    if units:
        parts.append(table[units])


def _cardinal(n: int, style: _Style) -> str:
    """Reading of a non-negative int (§2.1, §2.2: above 10^9 the count of tỷ is read first)."""
    if n == 0:
        return "không"
    linh, thousand, billion, four = style
    leading, inner = _group_tables(linh, four)
    chunks = []
    while n >= _BILLION:
        n, low = divmod(n, _BILLION)
        chunks.append(low)
    parts: list[str] = []
    _below_billion(n, leading, inner, thousand, parts)
    for low in reversed(chunks):
        parts.append(billion)
        if low:
            _below_billion(low, inner, inner, thousand, parts)
    return " ".join(parts)


def _split_decimal(x: Decimal) -> tuple[bool, int, str]:
    """Sign, integer part and fractional digits (as written) of a finite Decimal."""
    sign, digit_tuple, exponent = x.as_tuple()
    assert isinstance(exponent, int)
    digits = "".join(map(str, digit_tuple))
    if exponent >= 0:
        return bool(sign), int(digits) * 10**exponent, ""
    cut = len(digits) + exponent
    if cut > 0:
        return bool(sign), int(digits[:cut]), digits[cut:]
    return bool(sign), 0, "0" * -cut + digits


def number_to_words(
    n: int | Decimal,
    *,
    linh: Linh = "linh",
    thousand: Thousand = "nghìn",
    billion: Billion = "tỷ",
    four: Four = "tư",
) -> str:
    """Read an int or a Decimal in Vietnamese words, lower case.

    Canonical style (the defaults): ``number_to_words(1_001) == "một nghìn không trăm linh
    một"``, ``number_to_words(24) == "hai mươi tư"``, 10^12 is "một nghìn tỷ", negatives
    start with "âm", decimals read the fractional part as a whole number after "phẩy",
    each of its leading zeros as "không" (``Decimal("0.05")`` → "không phẩy không năm").
    The options switch, for the whole string, to the accepted regional alternates:
    ``linh="lẻ"``, ``thousand="ngàn"``, ``billion="tỉ"``, ``four="bốn"`` (after mươi).
    """
    style = (linh, thousand, billion, four)
    if style != _CANONICAL:
        _check_style(style)
    if isinstance(n, int) and not isinstance(n, bool):
        return "âm " + _cardinal(-n, style) if n < 0 else _cardinal(n, style)
    if not isinstance(n, Decimal):
        raise VietnameseFormatError(
            f"number_to_words takes an int or a Decimal, got {n!r}"
            + ("; pass Decimal(str(x)) for a float" if isinstance(n, float) else "")
        )
    if not n.is_finite():
        raise VietnameseFormatError(f"cannot write {n!r} in words; expected a finite number")
    negative, whole, fraction = _split_decimal(n)
    fraction = fraction.rstrip("0")
    words = _cardinal(whole, style)
    if fraction:
        rest = fraction.lstrip("0")
        zeros = "không " * (len(fraction) - len(rest))
        words += " phẩy " + zeros + _cardinal(int(rest), style)
    elif whole == 0:
        return words  # no "âm không" for Decimal("-0")
    return "âm " + words if negative else words


_TOKEN_DIGIT: Final = {
    **{word: i for i, word in enumerate(_DIGITS)},
    "mốt": 1,
    "tư": 4,
    "lăm": 5,
    "nhăm": 5,
}
_SCALES: Final = {"nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000}
_VOCABULARY: Final = frozenset(
    [*_TOKEN_DIGIT, *_SCALES, "mười", "mươi", "trăm", "linh", "lẻ", "tỷ", "tỉ", "âm", "phẩy"]
)
_NOT_WRITTEN: Final = {
    "lẽ": "'lẽ' is a misspelling of 'lẻ'",
    "bẩy": "write 'bảy', not 'bẩy'",
    "hăm": "'hăm' is speech; write 'hai mươi'",
    "băm": "'băm' is speech; write 'ba mươi'",
    "chục": "'chục' is speech; write 'mười' or '<digit> mươi'",
    "vạn": "'vạn' (10^4) is archaic; write 'mười nghìn'",
    "ức": "'ức' is archaic",
}


def _evaluate(tokens: list[str]) -> int | None:
    """Value of a well-formed integer reading; None when the tokens cannot be one.

    Lenient on purpose: the caller checks the tokens against the reading of the value.
    """
    billions = below = small = 0
    last: int | None = None
    for token in tokens:
        digit = _TOKEN_DIGIT.get(token)
        if digit is not None:
            small += digit
            last = digit
            continue
        if token == "mười":
            small += 10
        elif token == "mươi" or token == "trăm":
            if last is None:
                return None
            small += last * (9 if token == "mươi" else 99)
        elif token in _SCALES:
            below += small * _SCALES[token]
            small = 0
        elif token in ("tỷ", "tỉ"):
            billions = (billions + below + small) * _BILLION
            below = small = 0
        elif token not in ("linh", "lẻ"):
            return None
        last = None
    return billions + below + small


def _choose(tokens: list[str], canonical: str, alternate: str, text: str) -> str:
    has_canonical, has_alternate = canonical in tokens, alternate in tokens
    if has_canonical and has_alternate:
        raise VietnameseParseError(
            f"{text!r} mixes {canonical!r} and {alternate!r}; use one of them throughout"
        )
    return alternate if has_alternate else canonical


def _after(tokens: list[str], before: tuple[str, ...], word: str) -> bool:
    return any(t == word and p in before for p, t in itertools.pairwise(tokens))


def _replace_after(tokens: list[str], before: tuple[str, ...], old: str, new: str) -> list[str]:
    return [new if t == old and i and tokens[i - 1] in before else t for i, t in enumerate(tokens)]


def words_to_number(text: str) -> int | Decimal:
    """Read a number written in Vietnamese words back: the inverse of :func:`number_to_words`.

    Accepts the canonical reading and the accepted variants of vietnamese-formatting.md
    §2.11 (lẻ, ngàn, tỉ, bốn after mươi, tư after linh/lẻ, nhăm after mươi, the fractional
    part digit by digit), each used consistently, in any case, NFC or NFD. Returns an int,
    or a Decimal when there is a "phẩy". Speech forms ("hai mốt", "một nghìn lẻ tám",
    "mười tư", "trăm nghìn", per-group "… nghìn tỷ … tỷ") raise :class:`VietnameseParseError`.
    """
    tokens = _normalize(text, "number in words").split()
    if not tokens:
        raise VietnameseParseError("cannot read an empty text as a number in words")
    for token in tokens:
        if token not in _VOCABULARY:
            reason = _NOT_WRITTEN.get(token, "not a Vietnamese number word")
            raise VietnameseParseError(f"cannot read {text!r} as a number: {token!r}: {reason}")
    style = (
        _choose(tokens, "linh", "lẻ", text),
        _choose(tokens, "nghìn", "ngàn", text),
        _choose(tokens, "tỷ", "tỉ", text),
        "bốn" if _after(tokens, ("mươi",), "bốn") else "tư",
    )
    if style[3] == "bốn" and _after(tokens, ("mươi",), "tư"):
        raise VietnameseParseError(f"{text!r} mixes 'mươi tư' and 'mươi bốn'; use one throughout")
    for before, canonical, alternate in ((("mươi",), "lăm", "nhăm"), (("linh", "lẻ"), "bốn", "tư")):
        if _after(tokens, before, alternate):
            if _after(tokens, before, canonical):
                raise VietnameseParseError(
                    f"{text!r} mixes {canonical!r} and {alternate!r} after {before[0]!r}; "
                    "use one throughout"
                )
            tokens = _replace_after(tokens, before, alternate, canonical)
    negative = tokens[0] == "âm"
    if negative:
        tokens = tokens[1:]
    if "phẩy" not in tokens:
        whole = _read_int(tokens, text, style)
        if negative and whole == 0:
            raise VietnameseParseError(f"{text!r}: zero is 'không', not 'âm không'")
        return -whole if negative else whole
    cut = tokens.index("phẩy")
    head, tail = tokens[:cut], tokens[cut + 1 :]
    whole = _read_int(head, text, style)
    if tail and all(t in _DIGITS for t in tail):
        fraction = "".join(str(_DIGITS.index(t)) for t in tail)
    else:
        zeros = 0
        while zeros < len(tail) and tail[zeros] == "không":
            zeros += 1
        fraction = "0" * zeros + str(_read_int(tail[zeros:], text, style))
    return Decimal(f"{'-' if negative else ''}{whole}.{fraction}")


def _read_int(tokens: list[str], text: str, style: _Style) -> int:
    """Value of an integer reading that is exactly the reading of that value in *style*."""
    value = _evaluate(tokens) if tokens else None
    hint = ""
    if value is not None:
        expected = _cardinal(value, style)
        if expected.split() == tokens:
            return value
        if expected.replace(" không trăm", "").split() == tokens:
            # R6: "một nghìn lẻ tám" skips the "không trăm" of an inner group.
            hint = f"; an inner group is read with 'không trăm': {expected!r}"
    raise VietnameseParseError(
        f"{text!r} is not a well-formed number in words: cannot read {' '.join(tokens)!r}"
        + (hint or " (speech forms such as 'hai mốt', 'một trăm tư' or 'mười tư' are not accepted)")
    )


# --------------------------------------------------------------------------------------
# Numbers in digits, percent and money (§2.4, §2.8)
# --------------------------------------------------------------------------------------

#: What the digit formatters take: floats are read at their shortest repr.
Number = int | Decimal | float
#: The styles of :func:`format_money`.
MoneyStyle = Literal["digits", "compact", "words"]

_NUMBER_RE: Final = r"([-−])?([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?"
_COMPACT_SCALES: Final = ((10**9, "tỷ", 9), (10**6, "triệu", 6), (10**3, "nghìn", 3))


def _to_decimal(x: object, what: str) -> Decimal:
    if isinstance(x, Decimal):
        if not x.is_finite():
            raise VietnameseFormatError(f"{what} must be a finite number, got {x!r}")
        return x
    if isinstance(x, int) and not isinstance(x, bool):
        return Decimal(x)
    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            raise VietnameseFormatError(f"{what} must be a finite number, got {x!r}")
        return Decimal(repr(x))
    raise VietnameseFormatError(f"{what} must be an int, a Decimal or a float, got {x!r}")


def _round(x: Decimal, decimals: int) -> Decimal:
    """Round half up (not babel's half-even) to *decimals* fractional digits."""
    _check_int(decimals, "decimals")
    if decimals < 0:
        raise VietnameseFormatError(f"decimals must be 0 or more, got {decimals}")
    digits = max(x.adjusted(), 0) + decimals + 2
    return x.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP, Context(prec=digits))


def _digits(x: Decimal) -> str:
    """Vietnamese digits of a finite Decimal, with exactly its own fractional digits."""
    negative, whole, fraction = _split_decimal(x)
    minus = "-" if negative and x != 0 else ""
    return f"{minus}{whole:,}".replace(",", ".") + ("," + fraction if fraction else "")


def format_number(x: Number, *, decimals: int | None = None) -> str:
    """Digits with "." grouping thousands and "," before decimals: "50.000.000", "1.234,5".

    With ``decimals=None`` a Decimal keeps its own digits (``Decimal("2.50")`` →
    "2,50") and a float shows its shortest repr; otherwise the value is rounded half up
    to exactly *decimals* fractional digits. Negative numbers start with "-".
    """
    if decimals is None and type(x) is int:
        return f"{x:,}".replace(",", ".")
    value = _to_decimal(x, "number")
    return _digits(value if decimals is None else _round(value, decimals))


def parse_number(text: str) -> int | Decimal:
    """Read Vietnamese digits strictly: "50.000.000" → 50000000, "1.234,5" → Decimal("1234.5").

    Groups must be exactly three digits after a "." ("1.5" and "12.34" are errors, not 15
    and 1234); ungrouped digits ("2024", "1234,5") are accepted. Returns an int without a
    "," and a Decimal with one.
    """
    norm = _normalize(text, "number text")
    match = re.fullmatch(_NUMBER_RE, norm)
    if match is None:
        raise VietnameseParseError(
            f"cannot read {text!r} as a number; expected digits grouped by '.' in threes "
            "with an optional ',' decimal part, such as '50.000.000' or '1.234,5'"
        )
    minus, whole, fraction = match.groups()
    sign = "-" if minus else ""
    if fraction is None:
        return int(sign + whole.replace(".", ""))
    return Decimal(f"{sign}{whole.replace('.', '')}.{fraction}")


def format_percent(x: Number, *, decimals: int | None = None) -> str:
    """A ratio as a Vietnamese percentage, no space before "%": 0.125 → "12,5%".

    ``decimals=None`` rounds half up to at most two decimals and drops trailing zeros
    (0.5 → "50%", 1/3 → "33,33%"); an int *decimals* shows exactly that many.
    """
    value = _to_decimal(x, "ratio").scaleb(2)
    if decimals is not None:
        return _digits(_round(value, decimals)) + "%"
    text = _digits(_round(value, 2))
    return (text.rstrip("0").rstrip(",") if "," in text else text) + "%"


def parse_percent(text: str) -> Decimal:
    """Read a percentage back as a ratio: "12,5%" → Decimal("0.125")."""
    norm = _normalize(text, "percentage text")
    if not norm.endswith("%"):
        raise VietnameseParseError(f"cannot read {text!r} as a percentage: no '%' at the end")
    return Decimal(parse_number(norm[:-1].rstrip())).scaleb(-2)


def _compact(whole: int) -> str:
    """ "1,5 tỷ", "1.205 triệu", "500 nghìn" when exact (see format_money), else digits."""
    size, own_scale = abs(whole), True
    for scale, name, width in _COMPACT_SCALES:
        if size >= scale:
            count, rest = divmod(size, scale)
            fraction = str(rest).zfill(width).rstrip("0") if rest else ""
            if len(fraction) <= (2 if own_scale else 0):
                sign = "-" if whole < 0 else ""
                return f"{sign}{format_number(count)}{',' if fraction else ''}{fraction} {name}"
            own_scale = False
    return format_number(whole)


def format_money(amount: Number, *, style: MoneyStyle = "digits", chan: bool = False) -> str:
    """An amount of Vietnamese đồng, rounded half up to a whole đồng.

    - ``"digits"``: "50.000.000 đồng";
    - ``"compact"``: "50 triệu đồng", "1,5 tỷ đồng", "1.234 tỷ đồng": the amount's own
      scale (tỷ, triệu or nghìn) when that shows it exactly with at most two decimals,
      else the largest smaller scale that shows it as a whole number ("1.205 triệu
      đồng"), else digits ("1.234.567 đồng");
    - ``"words"``: "Năm mươi triệu đồng", with ``chan=True`` "Năm mươi triệu đồng chẵn";
      the "Bằng chữ:" wrapper and final full stop are the caller's.
    """
    value = _round(_to_decimal(amount, "amount"), 0)
    whole = int(value)
    if chan and style != "words":
        raise VietnameseFormatError("chan=True (… đồng chẵn) applies only to style='words'")
    if style == "words":
        words = number_to_words(whole)
        return words[0].upper() + words[1:] + (" đồng chẵn" if chan else " đồng")
    if style == "compact":
        return _compact(whole) + " đồng"
    if style == "digits":
        return format_number(whole) + " đồng"
    raise VietnameseFormatError(
        f"unknown money style {style!r}; expected 'digits', 'compact' or 'words'"
    )


# --------------------------------------------------------------------------------------
# Ordinals (§2.5)
# --------------------------------------------------------------------------------------


def ordinal(n: int, *, words: bool = True) -> str:
    """Vietnamese ordinal: "thứ nhất", "thứ hai", "thứ tư", "thứ hai mươi mốt"; "thứ 4" with words=False."""
    n = _check_int(n, "ordinal")
    if n < 1:
        raise VietnameseFormatError(f"ordinals start at 1, got {n}")
    if not words:
        return "thứ " + format_number(n)
    if n == 1:
        return "thứ nhất"
    if n == 4:
        return "thứ tư"
    return "thứ " + number_to_words(n)
