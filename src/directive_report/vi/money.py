"""Amounts of Vietnamese đồng: in digits, compact ("1,5 tỷ đồng") or in words.

The rules and their sources: ``docs/formatting.md``, section "Money".
"""

from __future__ import annotations

from typing import Final, Literal

from directive_report import i18n
from directive_report.vi._common import VietnameseFormatError
from directive_report.vi.numbers import Number, _round, _to_decimal, format_number
from directive_report.vi.words import number_to_words

__all__ = ["MoneyStyle", "format_money"]

#: The styles of :func:`format_money`.
MoneyStyle = Literal["digits", "compact", "words"]

_COMPACT_SCALES: Final = ((10**9, "tỷ", 9), (10**6, "triệu", 6), (10**3, "nghìn", 3))


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
        raise VietnameseFormatError(i18n._("chan=True (… đồng chẵn) applies only to style='words'"))
    if style == "words":
        words = number_to_words(whole)
        return words[0].upper() + words[1:] + (" đồng chẵn" if chan else " đồng")
    if style == "compact":
        return _compact(whole) + " đồng"
    if style == "digits":
        return format_number(whole) + " đồng"
    raise VietnameseFormatError(
        i18n._("unknown money style {style!r}; expected 'digits', 'compact' or 'words'").format(
            style=style
        )
    )
