"""Numbers in digits and percentages: "." groups thousands, "," marks decimals, half up.

The rules and their sources: ``docs/formatting.md``, section "Numbers in digits and
percentages".
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Final

from directive_report import i18n
from directive_report.vi._common import (
    MAX_DIGITS,
    VietnameseFormatError,
    VietnameseParseError,
    _check_int,
    _check_size,
    _fullmatch,
    _normalize,
    _quote,
)

__all__ = ["Number", "format_number", "format_percent", "parse_number", "parse_percent"]

#: What the digit formatters take: floats are read at their shortest repr.
Number = int | Decimal | float

_NUMBER_RE: Final = r"([-−])?([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?"


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


def _to_decimal(x: object, what: str) -> Decimal:
    if isinstance(x, Decimal):
        if not x.is_finite():
            raise VietnameseFormatError(
                i18n._("{what} must be a finite number, got {quote}").format(
                    what=what, quote=_quote(x)
                )
            )
        _check_size(x, what)
        return x
    if isinstance(x, int) and not isinstance(x, bool):
        _check_size(x, what)
        return Decimal(x)
    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            raise VietnameseFormatError(
                i18n._("{what} must be a finite number, got {quote}").format(
                    what=what, quote=_quote(x)
                )
            )
        return Decimal(repr(x))
    raise VietnameseFormatError(
        i18n._("{what} must be an int, a Decimal or a float, got {quote}").format(
            what=what, quote=_quote(x)
        )
    )


def _round(x: Decimal, decimals: int) -> Decimal:
    """Round half up (not babel's half-even) to *decimals* fractional digits."""
    _check_int(decimals, "decimals")
    if not 0 <= decimals <= MAX_DIGITS:
        raise VietnameseFormatError(
            i18n._("decimals must be from 0 to {most}, got {decimals}").format(
                most=MAX_DIGITS, decimals=decimals
            )
        )
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
        _check_size(x, "number")
        return f"{x:,}".replace(",", ".")
    value = _to_decimal(x, "number")
    return _digits(value if decimals is None else _round(value, decimals))


def parse_number(text: str) -> int | Decimal:
    """Read Vietnamese digits strictly: "50.000.000" → 50000000, "1.234,5" → Decimal("1234.5").

    Groups must be exactly three digits after a "." ("1.5" and "12.34" are errors, not 15
    and 1234); ungrouped digits ("2024", "1234,5") are accepted. Returns an int without a
    "," and a Decimal with one.
    """
    match = _fullmatch(
        _NUMBER_RE,
        text,
        "a number",
        "digits grouped by '.' in threes with an optional ',' decimal part, such as "
        "'50.000.000' or '1.234,5'",
    )
    minus, whole, fraction = match.groups()
    if len(whole) - whole.count(".") > MAX_DIGITS or len(fraction or "") > MAX_DIGITS:
        raise VietnameseParseError(
            i18n._("cannot read {quote} as a number: more than {most} digits").format(
                quote=_quote(text), most=MAX_DIGITS
            )
        )
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
    text = _digits(_round(value, 2))  # always two decimals: the "," is there to strip
    return text.rstrip("0").rstrip(",") + "%"


def parse_percent(text: str) -> Decimal:
    """Read a percentage back as a ratio: "12,5%" → Decimal("0.125")."""
    norm = _normalize(text, "percentage text")
    if not norm.endswith("%"):
        raise VietnameseParseError(
            i18n._("cannot read {quote} as a percentage: no '%' at the end").format(
                quote=_quote(text)
            )
        )
    return Decimal(parse_number(norm[:-1])).scaleb(-2)  # it reads past spaces
