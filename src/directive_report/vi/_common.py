"""What every part of :mod:`directive_report.vi` shares: its errors and input checks."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from directive_report import i18n
from directive_report.errors import DirectiveReportError

__all__ = ["MAX_DIGITS", "VietnameseFormatError", "VietnameseParseError"]

#: The most digits a number may have, before or after the decimal point, to be formatted or
#: read (far beyond any amount; it keeps every call fast and every error a VietnameseFormatError).
MAX_DIGITS = 1000
#: The most words a number in words may have (the reading of a MAX_DIGITS-digit number fits).
MAX_WORDS = 10 * MAX_DIGITS
_EXCERPT = 40


class VietnameseFormatError(DirectiveReportError, ValueError):
    """A value cannot be formatted (or read) as Vietnamese text."""

    __module__ = "directive_report.vi"


class VietnameseParseError(VietnameseFormatError):
    """A text is not a well-formed Vietnamese number, date, numeral or letter."""

    __module__ = "directive_report.vi"


def _quote(value: object) -> str:
    """*value* as messages quote it: its repr, or for a long text or number a short excerpt
    with its size, so that an error never repeats a large input."""
    if isinstance(value, str):
        if len(value) <= _EXCERPT:
            return repr(value)
        return f"{value[:_EXCERPT]!r}… ({len(value):,} characters)"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"an int of {_digit_count(value):,} digits"
    text = repr(value)
    return text if len(text) <= 2 * _EXCERPT else f"{text[: 2 * _EXCERPT]}…"


def _digit_count(value: int) -> int:
    """The number of decimal digits of *value*, without converting it to text."""
    size = abs(value)
    count = max(1, int(size.bit_length() * 0.30102999566398120))
    while 10**count <= size:
        count += 1
    return count


def _check_size(value: int | Decimal, what: str) -> None:
    """Refuse a number with more than :data:`MAX_DIGITS` digits on either side of the point."""
    if isinstance(value, int):
        # 3.32 bits a digit is a little less than log2(10): no number of more than MAX_DIGITS
        # digits is under it, and the digits of the few just over it are counted
        too_big = value.bit_length() > 3.32 * MAX_DIGITS and _digit_count(value) > MAX_DIGITS
    else:
        exponent = value.as_tuple().exponent
        too_big = value.is_finite() and (
            value.adjusted() >= MAX_DIGITS or (isinstance(exponent, int) and exponent < -MAX_DIGITS)
        )
    if too_big:
        raise VietnameseFormatError(
            i18n._(
                "{what} {quote} is out of range: at most {MAX_DIGITS} digits before and after the decimal point"
            ).format(what=what, quote=_quote(value), MAX_DIGITS=MAX_DIGITS)
        )


def _check_int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise VietnameseFormatError(
            i18n._("{what} must be an int, got {quote}").format(what=what, quote=_quote(value))
        )
    return value


def _normalize(text: object, what: str) -> str:
    """NFC, lower case, single spaces (any Unicode white space, line breaks included)."""
    if not isinstance(text, str):
        raise VietnameseParseError(
            i18n._("{what} must be a str, got {quote}").format(what=what, quote=_quote(text))
        )
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def _fullmatch(pattern: str, text: object, what: str, expected: str) -> re.Match[str]:
    """The match of *pattern* on the whole normalised *text*, read as *what* ("a date")."""
    match = re.fullmatch(pattern, _normalize(text, what))
    if match is None:
        raise VietnameseParseError(
            i18n._("cannot read {quote} as {what}; expected {expected}").format(
                quote=_quote(text), what=what, expected=expected
            )
        )
    return match
