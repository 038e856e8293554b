"""Behaviours of directive_report.vi that mutation testing found no test looking at (issue 17,
case 14), and the exact messages users read.  Expected values written by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from directive_report import vi


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (1_000_000_000, "1 tỷ đồng"),
        (1_000_000, "1 triệu đồng"),
        (1_000, "1 nghìn đồng"),
        (2_000_000_000_000, "2.000 tỷ đồng"),
        (1_010_000_000, "1,01 tỷ đồng"),
        (1_001_000_000, "1.001 triệu đồng"),
        (999, "999 đồng"),
        (-1_500_000, "-1,5 triệu đồng"),
    ],
)
def test_compact_money_at_round_amounts(amount: int, expected: str) -> None:
    assert vi.format_money(amount, style="compact") == expected


def test_place_with_commas_and_empty_place() -> None:
    """The date follows the last comma: a place may hold commas of its own."""
    line = "Phường 1, quận 3, ngày 05 tháng 3 năm 2020"
    assert vi.parse_place_date_line(line) == ("Phường 1, quận 3", date(2020, 3, 5))
    assert vi.place_date_line("Phường 1, quận 3", date(2020, 3, 5)) == line
    for bad in (", ngày 05 tháng 3 năm 2020", "ngày 05 tháng 3 năm 2020"):
        with pytest.raises(vi.VietnameseParseError) as caught:
            vi.parse_place_date_line(bad)
        assert str(caught.value) == (
            f"cannot read {bad!r} as a place-and-date line; expected "
            "'<place>, ngày <dd> tháng <m> năm <yyyy>'"
        )
    with pytest.raises(vi.VietnameseFormatError) as raised:
        vi.place_date_line("  ", date(2020, 3, 5))
    assert str(raised.value) == "place must be a non-empty str, got '  '"


@pytest.mark.parametrize(("text", "position"), [("a", 1), ("a)", 1), ("a )", 1), (" Đ) ", 5)])
def test_point_letters_read(text: str, position: int) -> None:
    assert vi.parse_point_letter(text) == position


@pytest.mark.parametrize("text", ["ab)", "a))", "f", ")", ""])
def test_point_letter_with_other_characters_is_refused(text: str) -> None:
    with pytest.raises(vi.VietnameseParseError) as caught:
        vi.parse_point_letter(text)
    assert str(caught.value) == (
        f"{text!r} is not a điểm letter; expected one of "
        "a b c d đ e g h i k l m n o p q r s t u v x y"
    )


MESSAGES: list[tuple[Callable[[], object], str]] = [
    (lambda: vi.to_roman(0), "Roman numerals cover 1 to 3999, got 0"),
    (lambda: vi.to_roman(4000), "Roman numerals cover 1 to 3999, got 4000"),
    (lambda: vi.to_roman(True), "Roman numeral value must be an int, got True"),
    (
        lambda: vi.from_roman("IIII"),
        "'IIII' is not a canonical Roman numeral (I … MMMCMXCIX)",
    ),
    (
        lambda: vi.point_letter(24),
        "điểm index must be between 1 and 23 (a … y in Vietnamese alphabet order), got 24",
    ),
    (
        lambda: vi.point_letter(0),
        "điểm index must be between 1 and 23 (a … y in Vietnamese alphabet order), got 0",
    ),
    (lambda: vi.ordinal(0), "ordinals start at 1, got 0"),
    (
        lambda: vi.format_number(1, decimals=-1),
        "decimals must be from 0 to 1000, got -1",
    ),
    (
        lambda: vi.format_number(1, decimals=1001),
        "decimals must be from 0 to 1000, got 1001",
    ),
    (
        lambda: vi.format_number(Decimal("NaN")),
        "number must be a finite number, got Decimal('NaN')",
    ),
    (
        lambda: vi.format_money(5, style="digits", chan=True),
        "chan=True (… đồng chẵn) applies only to style='words'",
    ),
    (
        lambda: vi.parse_percent("12,5"),
        "cannot read '12,5' as a percentage: no '%' at the end",
    ),
    (
        lambda: vi.parse_date("31/02/2024"),
        "'31/02/2024' is not a valid date: day is out of range for month",
    ),
    (
        lambda: vi.parse_date("25/5/20"),
        "cannot read '25/5/20' as a date: the year must have four digits, got '20'",
    ),
]


@pytest.mark.parametrize(("call", "message"), MESSAGES)
def test_messages_users_read(call: Callable[[], object], message: str) -> None:
    """One line naming what was given and what was expected, word for word."""
    with pytest.raises(vi.VietnameseFormatError) as caught:
        call()
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (Decimal("2.5"), 0, "3"),
        (Decimal("-2.5"), 0, "-3"),
        (Decimal("0.005"), 2, "0,01"),
        (Decimal("999.995"), 2, "1.000,00"),
        (Decimal("123456789.5"), 0, "123.456.790"),
        (0.125, 2, "0,13"),
    ],
)
def test_rounding_half_up(value: Decimal | float, decimals: int, expected: str) -> None:
    assert vi.format_number(value, decimals=decimals) == expected


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [(0.5, "50%"), (0.1, "10%"), (Decimal("0.12345"), "12,35%"), (0, "0%"), (1, "100%")],
)
def test_percent_drops_trailing_zeros(ratio: Decimal | float, expected: str) -> None:
    assert vi.format_percent(ratio) == expected
