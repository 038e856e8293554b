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
The rules, sources and examples are in ``docs/formatting.md``. One module per subject:
:mod:`~directive_report.vi.dates`, :mod:`~directive_report.vi.words` (numbers in words and
ordinals), :mod:`~directive_report.vi.numbers` (digits and percentages),
:mod:`~directive_report.vi.money`, :mod:`~directive_report.vi.markers` (Roman numerals and
điểm letters); every public name is importable from here.
"""

from __future__ import annotations

from directive_report.vi._common import VietnameseFormatError, VietnameseParseError
from directive_report.vi.dates import (
    DateStyle,
    format_date,
    parse_date,
    parse_place_date_line,
    place_date_line,
    weekday_name,
)
from directive_report.vi.markers import (
    POINT_LETTERS,
    from_roman,
    parse_point_letter,
    point_letter,
    to_roman,
)
from directive_report.vi.money import MoneyStyle, format_money
from directive_report.vi.numbers import (
    Number,
    format_number,
    format_percent,
    parse_number,
    parse_percent,
)
from directive_report.vi.words import (
    Billion,
    Four,
    Linh,
    Thousand,
    number_to_words,
    ordinal,
    words_to_number,
)

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
