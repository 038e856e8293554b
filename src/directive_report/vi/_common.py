"""What every part of :mod:`directive_report.vi` shares: its errors and input checks."""

from __future__ import annotations

import re
import unicodedata

from directive_report.errors import DirectiveReportError

__all__ = ["VietnameseFormatError", "VietnameseParseError"]


class VietnameseFormatError(DirectiveReportError, ValueError):
    """A value cannot be formatted (or read) as Vietnamese text."""

    __module__ = "directive_report.vi"


class VietnameseParseError(VietnameseFormatError):
    """A text is not a well-formed Vietnamese number, date, numeral or letter."""

    __module__ = "directive_report.vi"


def _check_int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise VietnameseFormatError(f"{what} must be an int, got {value!r}")
    return value


def _normalize(text: object, what: str) -> str:
    """NFC, lower case, single spaces (any Unicode white space, line breaks included)."""
    if not isinstance(text, str):
        raise VietnameseParseError(f"{what} must be a str, got {text!r}")
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def _fullmatch(pattern: str, text: object, what: str, expected: str) -> re.Match[str]:
    """The match of *pattern* on the whole normalised *text*, read as *what* ("a date")."""
    match = re.fullmatch(pattern, _normalize(text, what))
    if match is None:
        raise VietnameseParseError(f"cannot read {text!r} as {what}; expected {expected}")
    return match
