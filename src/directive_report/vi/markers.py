"""The markers of a report's divisions: Roman numerals (mục I., II.) and điểm letters (a, b, đ).

The rules and their sources: ``docs/formatting.md``, section "Ordinals, Roman numerals and
điểm letters".
"""

from __future__ import annotations

import re
from typing import Final

from directive_report import i18n
from directive_report.vi._common import (
    VietnameseFormatError,
    VietnameseParseError,
    _check_int,
    _normalize,
    _quote,
)

__all__ = ["POINT_LETTERS", "from_roman", "parse_point_letter", "point_letter", "to_roman"]

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
        raise VietnameseFormatError(i18n._("Roman numerals cover 1 to 3999, got {n}").format(n=n))
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
        raise VietnameseParseError(
            i18n._("Roman numeral must be a str, got {quote}").format(quote=_quote(s))
        )
    text = s.strip().upper()
    if not text or not text.isascii() or re.fullmatch(_ROMAN_RE, text) is None:
        raise VietnameseParseError(
            i18n._("{quote} is not a canonical Roman numeral (I … MMMCMXCIX)").format(
                quote=_quote(s)
            )
        )
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
            i18n._(
                "điểm index must be between 1 and {count} (a … y in Vietnamese alphabet order), got {i}"
            ).format(count=len(POINT_LETTERS), i=i)
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
            i18n._("{quote} is not a điểm letter; expected one of {value}").format(
                quote=_quote(s), value=" ".join(POINT_LETTERS)
            )
        ) from None
