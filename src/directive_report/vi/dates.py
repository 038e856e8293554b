"""Dates and weekdays as Nghị định 30/2020/NĐ-CP writes them (Phụ lục I, Phụ lục II V.8.c).

The rules and their sources: ``docs/formatting.md``, section "Dates".
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Final, Literal

from directive_report import i18n
from directive_report.vi._common import (
    VietnameseFormatError,
    VietnameseParseError,
    _fullmatch,
    _quote,
)

__all__ = [
    "DateStyle",
    "format_date",
    "parse_date",
    "parse_place_date_line",
    "place_date_line",
    "weekday_name",
]

_WEEKDAYS: Final = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_WEEKDAY_INDEX: Final = {name.lower(): i for i, name in enumerate(_WEEKDAYS)}

#: The styles of :func:`format_date`.
DateStyle = Literal["admin", "long", "short"]


def _check_date(d: object) -> date:
    if not isinstance(d, date):
        raise VietnameseFormatError(
            i18n._("expected a datetime.date, got {quote}").format(quote=_quote(d))
        )
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
        i18n._("unknown date style {style!r}; expected 'admin', 'long' or 'short'").format(
            style=style
        )
    )


def place_date_line(place: str, d: date) -> str:
    """The place-and-date line (ô 4): "Bắc Giang, ngày 20 tháng 5 năm 2024"."""
    if not isinstance(place, str) or not place.strip():
        raise VietnameseFormatError(
            i18n._("place must be a non-empty str, got {quote}").format(quote=_quote(place))
        )
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
    match = _fullmatch(
        _DATE_RE,
        text,
        "a date",
        "a form such as '25/5/2020', '25-5-2020' or 'ngày 25 tháng 5 năm 2020'",
    )
    groups = match.groupdict()
    n = next(n for n in "123" if groups[f"y{n}"] is not None)
    year_s, month_s, day_s = groups[f"y{n}"], groups[f"m{n}"], groups[f"d{n}"]
    if len(year_s) != 4:
        raise VietnameseParseError(
            i18n._(
                "cannot read {quote} as a date: the year must have four digits, got {year!r}"
            ).format(quote=_quote(text), year=year_s)
        )
    try:
        result = date(int(year_s), int(month_s), int(day_s))
    except ValueError as exc:
        raise VietnameseParseError(
            i18n._("{quote} is not a valid date: {exc}").format(quote=_quote(text), exc=exc)
        ) from None
    weekday = groups["weekday"]
    if weekday is not None and _WEEKDAY_INDEX[weekday] != result.weekday():
        raise VietnameseParseError(
            i18n._("{quote}: {day} is a {weekday}, not a {written}").format(
                quote=_quote(text),
                day=result.isoformat(),
                weekday=_WEEKDAYS[result.weekday()],
                written=_WEEKDAYS[_WEEKDAY_INDEX[weekday]],
            )
        )
    return result


def parse_place_date_line(text: str) -> tuple[str, date]:
    """Split a place-and-date line into its place and its date.

    ``parse_place_date_line("Bắc Giang, ngày 20 tháng 5 năm 2024")`` gives
    ``("Bắc Giang", date(2024, 5, 20))``. The place keeps its capitalisation (NFC).
    """
    if not isinstance(text, str):
        raise VietnameseParseError(
            i18n._("place-and-date line must be a str, got {quote}").format(quote=_quote(text))
        )
    flat = " ".join(unicodedata.normalize("NFC", text).split())
    place, comma, rest = flat.rpartition(",")
    place = place.strip()
    if not comma or not place:
        raise VietnameseParseError(
            i18n._(
                "cannot read {quote} as a place-and-date line; expected '<place>, ngày <dd> tháng <m> năm <yyyy>'"
            ).format(quote=_quote(text))
        )
    return place, parse_date(rest)
