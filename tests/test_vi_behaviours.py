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


OUT_OF_RANGE = " is out of range: at most 1000 digits before and after the decimal point"

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
    # a value of the wrong type names the argument and quotes the value
    (
        lambda: vi.parse_place_date_line(20240520),  # type: ignore[arg-type]
        "place-and-date line must be a str, got 20240520",
    ),
    (lambda: vi.from_roman(14), "Roman numeral must be a str, got 14"),  # type: ignore[arg-type]
    (lambda: vi.parse_point_letter(1), "điểm letter must be a str, got 1"),  # type: ignore[arg-type]
    (lambda: vi.point_letter("a"), "điểm index must be an int, got 'a'"),  # type: ignore[arg-type]
    (lambda: vi.ordinal("1"), "ordinal must be an int, got '1'"),  # type: ignore[arg-type]
    (lambda: vi.format_number(1, decimals="2"), "decimals must be an int, got '2'"),  # type: ignore[arg-type]
    (
        lambda: vi.format_percent("0.5"),  # type: ignore[arg-type]
        "ratio must be an int, a Decimal or a float, got '0.5'",
    ),
    (lambda: vi.parse_percent(12.5), "percentage text must be a str, got 12.5"),  # type: ignore[arg-type]
    (
        lambda: vi.format_money(5, style="short"),  # type: ignore[arg-type]
        "unknown money style 'short'; expected 'digits', 'compact' or 'words'",
    ),
    (
        lambda: vi.number_to_words(1, linh="le"),  # type: ignore[arg-type]
        "linh must be 'linh' or 'lẻ', got 'le'",
    ),
    (
        lambda: vi.number_to_words(1, four="bon"),  # type: ignore[arg-type]
        "four must be 'tư' or 'bốn', got 'bon'",
    ),
    (
        lambda: vi.format_date("2024-05-20"),  # type: ignore[arg-type]
        "expected a datetime.date, got '2024-05-20'",
    ),
    (
        lambda: vi.format_date(date(2024, 5, 20), style="iso"),  # type: ignore[arg-type]
        "unknown date style 'iso'; expected 'admin', 'long' or 'short'",
    ),
    (
        lambda: vi.parse_number("1.5"),
        "cannot read '1.5' as a number; expected digits grouped by '.' in threes with an "
        "optional ',' decimal part, such as '50.000.000' or '1.234,5'",
    ),
    (
        lambda: vi.parse_number("1," + "5" * 1001),
        "cannot read '1," + "5" * 38 + "'… (1,003 characters) as a number: more than 1000 digits",
    ),
    # numbers in words: the text, the word and why
    (lambda: vi.words_to_number(5), "number in words must be a str, got 5"),  # type: ignore[arg-type]
    (lambda: vi.words_to_number("  "), "cannot read an empty text as a number in words"),
    (
        lambda: vi.words_to_number("hai mươi x"),
        "cannot read 'hai mươi x' as a number: word 3, 'x': not a Vietnamese number word",
    ),
    (
        lambda: vi.words_to_number("bẩy"),
        "cannot read 'bẩy' as a number: word 1, 'bẩy': write 'bảy', not 'bẩy'",
    ),
    (
        lambda: vi.words_to_number("một nghìn một ngàn"),
        "'một nghìn một ngàn' mixes 'nghìn' and 'ngàn'; use one of them throughout",
    ),
    (
        lambda: vi.words_to_number("một trăm linh một nghìn một trăm lẻ một"),
        "'một trăm linh một nghìn một trăm lẻ một' mixes 'linh' and 'lẻ'; use one of them "
        "throughout",
    ),
    (
        lambda: vi.words_to_number("một tỷ một tỉ"),
        "'một tỷ một tỉ' mixes 'tỷ' and 'tỉ'; use one of them throughout",
    ),
    (
        lambda: vi.words_to_number("hai mươi tư nghìn không trăm ba mươi bốn"),
        "'hai mươi tư nghìn không trăm ba mươi bốn' mixes 'mươi tư' and 'mươi bốn'; use one "
        "throughout",
    ),
    (
        lambda: vi.words_to_number("hai mươi lăm nghìn ba mươi nhăm"),
        "'hai mươi lăm nghìn ba mươi nhăm' mixes 'lăm' and 'nhăm' after 'mươi'; use one throughout",
    ),
    (lambda: vi.words_to_number("âm không"), "'âm không': zero is 'không', not 'âm không'"),
    (
        lambda: vi.words_to_number("hai mốt"),
        "'hai mốt' is not a well-formed number in words: cannot read 'hai mốt' (speech forms "
        "such as 'hai mốt', 'một trăm tư' or 'mười tư' are not accepted)",
    ),
    (
        lambda: vi.words_to_number("hai mốt phẩy năm"),
        "'hai mốt phẩy năm' is not a well-formed number in words: cannot read 'hai mốt' "
        "(speech forms such as 'hai mốt', 'một trăm tư' or 'mười tư' are not accepted)",
    ),
    (
        lambda: vi.words_to_number("một phẩy không hai mốt"),
        "'một phẩy không hai mốt' is not a well-formed number in words: cannot read 'hai mốt' "
        "(speech forms such as 'hai mốt', 'một trăm tư' or 'mười tư' are not accepted)",
    ),
    (
        lambda: vi.words_to_number("một " * 10_001),
        "cannot read 'một một một một một một một một một một '… (40,004 characters) as a "
        "number: more than 10,000 words, more than any number of up to 1000 digits has",
    ),
    (
        lambda: vi.words_to_number("một phẩy " + "một " * 1001),
        "cannot read 'một phẩy " + "một " * 7 + "một'… (4,013 characters) as a "
        "number: more than 1000 digits after 'phẩy'",
    ),
    (
        lambda: vi.parse_date("thứ Ba, ngày 20 tháng 5 năm 2024"),
        "'thứ Ba, ngày 20 tháng 5 năm 2024': 2024-05-20 is a thứ Hai, not a thứ Ba",
    ),
    (lambda: vi.format_number(float("nan")), "number must be a finite number, got nan"),
    (lambda: vi.format_percent(float("inf")), "ratio must be a finite number, got inf"),
    (lambda: vi.format_percent(float("-inf")), "ratio must be a finite number, got -inf"),
    # numbers too large: the count of digits, never the digits
    (
        lambda: vi.format_number(10**1000),
        "number an int of 1,001 digits" + OUT_OF_RANGE,
    ),
    (
        lambda: vi.number_to_words(10**1000),
        "number an int of 1,001 digits" + OUT_OF_RANGE,
    ),
    (
        lambda: vi.number_to_words(Decimal("1E+1000")),
        "number Decimal('1E+1000')" + OUT_OF_RANGE,
    ),
    (
        lambda: vi.number_to_words(1.5),  # type: ignore[arg-type]
        "number_to_words takes an int or a Decimal, got 1.5; pass Decimal(str(x)) for a float",
    ),
    (
        lambda: vi.number_to_words("5"),  # type: ignore[arg-type]
        "number_to_words takes an int or a Decimal, got '5'",
    ),
    (
        lambda: vi.number_to_words(Decimal("NaN")),
        "cannot write Decimal('NaN') in words; expected a finite number",
    ),
    (
        lambda: vi.format_number(Decimal("1E+1000")),
        "number Decimal('1E+1000')" + OUT_OF_RANGE,
    ),
    (
        lambda: vi.format_money(10**5000),
        "amount an int of 5,001 digits" + OUT_OF_RANGE,
    ),
    (
        lambda: vi.format_number(10**5000),
        "number an int of 5,001 digits" + OUT_OF_RANGE,
    ),
    (
        lambda: vi.format_number(10**5000 - 1),
        "number an int of 5,000 digits" + OUT_OF_RANGE,
    ),
    (
        lambda: vi.words_to_number("một tỷ " * 200),
        "a number in words is out of range: more than 1000 digits",
    ),
    # quoting: a text up to 40 characters whole, a longer one cut; other values up to 80
    # characters of their repr; an int up to 128 bits whole, a larger one by its size
    (
        lambda: vi.parse_date("x" * 40),
        f"cannot read {'x' * 40!r} as a date; expected a form such as '25/5/2020', "
        "'25-5-2020' or 'ngày 25 tháng 5 năm 2020'",
    ),
    (
        lambda: vi.parse_date("x" * 41),
        f"cannot read {'x' * 40!r}… (41 characters) as a date; expected a form such as "
        "'25/5/2020', '25-5-2020' or 'ngày 25 tháng 5 năm 2020'",
    ),
    (
        lambda: vi.parse_date(b"x" * 77),  # type: ignore[arg-type]
        "a date must be a str, got b'" + "x" * 77 + "'",
    ),
    (
        lambda: vi.parse_date(b"x" * 78),  # type: ignore[arg-type]
        "a date must be a str, got b'" + "x" * 78 + "…",
    ),
    (
        lambda: vi.parse_date(2**128 - 1),  # type: ignore[arg-type]
        "a date must be a str, got 340282366920938463463374607431768211455",
    ),
    (
        lambda: vi.parse_date(2**128),  # type: ignore[arg-type]
        "a date must be a str, got an int of 39 digits",
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


def test_rounding_keeps_every_digit() -> None:
    """Half up on a 30-digit amount (past the 28 digits of Python's default precision), and
    to the most decimals allowed."""
    amount = Decimal("12345678901234567890123456789.5")
    assert vi.format_number(amount, decimals=0) == "12.345.678.901.234.567.890.123.456.790"
    assert vi.format_number(Decimal("0.5"), decimals=1000) == "0,5" + "0" * 999


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hai mươi nhăm nghìn không trăm ba mươi mốt", 25_031),  # only nhăm becomes lăm
        ("một trăm linh tư nghìn không trăm hai mươi tư", 104_024),  # only the tư after linh
    ],
)
def test_variants_are_read_where_they_stand(text: str, value: int) -> None:
    assert vi.words_to_number(text) == value


@pytest.mark.parametrize("text", ["mười trăm", "một nghìn trăm", "trăm", "tỷ mươi"])
def test_hundreds_and_tens_need_a_digit(text: str) -> None:
    with pytest.raises(vi.VietnameseParseError) as caught:
        vi.words_to_number(text)
    assert str(caught.value).startswith(f"{text!r} is not a well-formed number in words")


def test_words_and_digits_are_read_up_to_1000_digits() -> None:
    """What number_to_words and format_number write (at most 1000 digits) is read back, and
    no more: 10^1000 in words ("mười" and 111 "tỷ") was once read, 1,333 ungrouped digits too."""
    with pytest.raises(vi.VietnameseParseError) as caught:
        vi.words_to_number("mười" + " tỷ" * 111)
    assert str(caught.value) == "a number in words is out of range: more than 1000 digits"
    assert vi.words_to_number("một" + " tỷ" * 111) == 10**999
    assert vi.parse_number("9" * 1000) == 10**1000 - 1
    assert vi.parse_number("1." + "000." * 332 + "000") == 10**999
    for text in ("1" * 1001, "1" * 1333, "1." + "000." * 333 + "000"):
        with pytest.raises(vi.VietnameseParseError) as raised:
            vi.parse_number(text)
        assert str(raised.value).endswith(" as a number: more than 1000 digits")


def test_the_word_limit_is_10000_words() -> None:
    """10,000 words are read (and found ill-formed here); one more is refused unread."""
    with pytest.raises(vi.VietnameseParseError) as caught:
        vi.words_to_number("một " * 10_000)
    assert "is not a well-formed number in words" in str(caught.value)


def test_decimals_up_to_1000_digits_are_read() -> None:
    assert vi.parse_number("0," + "5" * 1000) == Decimal("0." + "5" * 1000)


def test_1000_digits_are_written() -> None:
    """The most digits allowed, as an int and as a Decimal (1001 digits were once written:
    the quick check on the size in bits let 10^1000 … 2^3330 through)."""
    assert vi.format_number(10**1000 - 1) == "9" + ".999" * 333
    assert vi.format_number(Decimal("9.99E+999")) == "9.990" + ".000" * 332
