"""Tests for the digit side of directive_report.vi: digits, percent, money, ordinals, and its import
cost.

Every expected value below was written by hand from the rules and tables of
docs/formatting.md, "Digits, percentages and money" and "Ordinals", never by running vi.
Hypothesis checks the round trips and, for digits, babel as an oracle.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from babel.numbers import format_decimal as babel_format_decimal
from babel.numbers import parse_decimal as babel_parse_decimal
from hypothesis import given
from hypothesis import strategies as st

from directive_report.vi import (
    Billion,
    Four,
    Linh,
    Thousand,
    VietnameseFormatError,
    VietnameseParseError,
    format_money,
    format_number,
    format_percent,
    number_to_words,
    ordinal,
    parse_number,
    parse_percent,
    words_to_number,
)

# --------------------------------------------------------------------------------------
# Digits (docs/formatting.md, "Digits, percentages and money")
# --------------------------------------------------------------------------------------

FORMAT_NUMBER: list[tuple[int | Decimal | float, int | None, str]] = [
    (0, None, "0"),
    (999, None, "999"),
    (1_000, None, "1.000"),
    (-1_000, None, "-1.000"),
    (50_000_000, None, "50.000.000"),
    (10**15, None, "1.000.000.000.000.000"),
    (1234.5, None, "1.234,5"),
    (-1234.5, None, "-1.234,5"),
    (Decimal("1234567.891"), None, "1.234.567,891"),
    (Decimal("2.50"), None, "2,50"),
    (Decimal("1E+3"), None, "1.000"),
    (Decimal("-0.001"), None, "-0,001"),
    (0.1, None, "0,1"),
    (1234.5, 2, "1.234,50"),
    (12, 1, "12,0"),
    (Decimal("2.5"), 0, "3"),
    (Decimal("3.5"), 0, "4"),
    (Decimal("-2.5"), 0, "-3"),
    (Decimal("1.005"), 2, "1,01"),
    (1.005, 2, "1,01"),
    (Decimal("-0.001"), 2, "0,00"),
    (Decimal("1234567.891"), 1, "1.234.567,9"),
    (Decimal("999.96"), 1, "1.000,0"),
]


@pytest.mark.parametrize(("x", "places", "expected"), FORMAT_NUMBER)
def test_format_number(x: int | Decimal | float, places: int | None, expected: str) -> None:
    assert format_number(x, decimals=places) == expected


@pytest.mark.parametrize(
    ("x", "places"), [(1.5, -1), (1.5, 1.0), (float("nan"), None), (True, None), ("5", None)]
)
def test_format_number_rejects(x: object, places: object) -> None:
    with pytest.raises(VietnameseFormatError):
        format_number(x, decimals=places)  # type: ignore[arg-type]


PARSE_NUMBER: list[tuple[str, int | Decimal]] = [
    ("50.000.000", 50_000_000),
    ("1.234,5", Decimal("1234.5")),
    ("1,5", Decimal("1.5")),
    ("0,05", Decimal("0.05")),
    ("1234", 1234),
    ("2024", 2024),
    ("1234,5", Decimal("1234.5")),
    ("-1.234,5", Decimal("-1234.5")),
    ("−1.234", -1234),
    ("  1.000  ", 1000),
    ("1.000.000.000.000", 10**12),
    ("0", 0),
    ("05", 5),
    ("12,50", Decimal("12.50")),
]


@pytest.mark.parametrize(("text", "value"), PARSE_NUMBER)
def test_parse_number(text: str, value: int | Decimal) -> None:
    result = parse_number(text)
    assert result == value
    assert type(result) is type(value)


@pytest.mark.parametrize(
    "text",
    [
        "1.5",
        "12.34",
        "1.23.456",
        "1.234,",
        ",5",
        "1,2,3",
        "1.234.5",
        "+5",
        "1e5",
        "1 234",
        "1\u00a0234",
        "١٢",
        "",
        "abc",
        "1.234,5.6",
        "1,234.5",
        "--5",
        "1234.567",
        "50.000.000 đồng",
    ],
)
def test_parse_number_is_strict(text: str) -> None:
    with pytest.raises(VietnameseParseError, match="cannot read"):
        parse_number(text)


finite_decimals = st.builds(
    lambda coefficient, places: Decimal(coefficient).scaleb(-places),
    st.integers(-(10**18), 10**18),
    st.integers(0, 10),
)


@given(st.one_of(st.integers(-(10**30), 10**30), finite_decimals))
def test_parse_number_inverts_format_number(x: int | Decimal) -> None:
    assert parse_number(format_number(x)) == x


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15))
def test_format_number_float_is_its_repr(x: float) -> None:
    assert parse_number(format_number(x)) == Decimal(repr(x))


@given(finite_decimals)
def test_format_number_agrees_with_babel(x: Decimal) -> None:
    _, _, exponent = x.as_tuple()
    assert isinstance(exponent, int)
    places = max(-exponent, 0)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    text = format_number(x)
    assert text == babel_format_decimal(x, pattern, locale="vi").replace("\u2212", "-")
    assert babel_parse_decimal(text, locale="vi", strict=True) == x


# --------------------------------------------------------------------------------------
# Percent ("12,5%", no space)
# --------------------------------------------------------------------------------------

PERCENTS: list[tuple[int | Decimal | float, int | None, str]] = [
    (0.125, None, "12,5%"),
    (0.5, None, "50%"),
    (1, None, "100%"),
    (0, None, "0%"),
    (Decimal("0.12345"), None, "12,35%"),
    (Decimal("0.12345"), 1, "12,3%"),
    (0.125, 0, "13%"),
    (0.5, 2, "50,00%"),
    (Decimal("1.5"), None, "150%"),
    (12, None, "1.200%"),
    (-0.05, None, "-5%"),
    (Decimal("0.00005"), None, "0,01%"),
    (Decimal(1) / Decimal(3), None, "33,33%"),
]


@pytest.mark.parametrize(("x", "places", "expected"), PERCENTS)
def test_format_percent(x: int | Decimal | float, places: int | None, expected: str) -> None:
    assert format_percent(x, decimals=places) == expected


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("12,5%", Decimal("0.125")),
        ("50%", Decimal("0.5")),
        ("1.200%", 12),
        ("12,5 %", Decimal("0.125")),
    ],
)
def test_parse_percent(text: str, ratio: Decimal) -> None:
    assert parse_percent(text) == ratio


@pytest.mark.parametrize("text", ["12,5", "12.5%", "%", "phần trăm"])
def test_parse_percent_rejects(text: str) -> None:
    with pytest.raises(VietnameseParseError):
        parse_percent(text)


@given(st.decimals(min_value=-1000, max_value=1000, places=4))
def test_percent_round_trip(ratio: Decimal) -> None:
    assert parse_percent(format_percent(ratio, decimals=2)) == ratio


# --------------------------------------------------------------------------------------
# Money (docs/formatting.md, "Digits, percentages and money")
# --------------------------------------------------------------------------------------

MONEY: list[tuple[int | Decimal, str, str, str]] = [
    # amount, digits, compact, words
    (50_000_000, "50.000.000 đồng", "50 triệu đồng", "Năm mươi triệu đồng"),
    (
        1_234_500,
        "1.234.500 đồng",
        "1.234.500 đồng",
        "Một triệu hai trăm ba mươi tư nghìn năm trăm đồng",
    ),
    (
        1_205_000_000,
        "1.205.000.000 đồng",
        "1.205 triệu đồng",
        "Một tỷ hai trăm linh năm triệu đồng",
    ),
    (3_990_000, "3.990.000 đồng", "3,99 triệu đồng", "Ba triệu chín trăm chín mươi nghìn đồng"),
    (1_500_000_000, "1.500.000.000 đồng", "1,5 tỷ đồng", "Một tỷ năm trăm triệu đồng"),
    (2_500_000_000, "2.500.000.000 đồng", "2,5 tỷ đồng", "Hai tỷ năm trăm triệu đồng"),
    (
        1_234_000_000_000,
        "1.234.000.000.000 đồng",
        "1.234 tỷ đồng",
        "Một nghìn hai trăm ba mươi tư tỷ đồng",
    ),
    (1_500_000, "1.500.000 đồng", "1,5 triệu đồng", "Một triệu năm trăm nghìn đồng"),
    (500_000, "500.000 đồng", "500 nghìn đồng", "Năm trăm nghìn đồng"),
    (999, "999 đồng", "999 đồng", "Chín trăm chín mươi chín đồng"),
    (
        1_234_567,
        "1.234.567 đồng",
        "1.234.567 đồng",
        "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng",
    ),
    (21_000, "21.000 đồng", "21 nghìn đồng", "Hai mươi mốt nghìn đồng"),
    (0, "0 đồng", "0 đồng", "Không đồng"),
    (Decimal("1234.5"), "1.235 đồng", "1.235 đồng", "Một nghìn hai trăm ba mươi lăm đồng"),
    (-1_500_000_000, "-1.500.000.000 đồng", "-1,5 tỷ đồng", "Âm một tỷ năm trăm triệu đồng"),
    (10**15, "1.000.000.000.000.000 đồng", "1.000.000 tỷ đồng", "Một triệu tỷ đồng"),
]


@pytest.mark.parametrize(("amount", "digits", "compact", "words"), MONEY)
def test_format_money(amount: int | Decimal, digits: str, compact: str, words: str) -> None:
    assert format_money(amount) == digits
    assert format_money(amount, style="digits") == digits
    assert format_money(amount, style="compact") == compact
    assert format_money(amount, style="words") == words
    assert format_money(amount, style="words", chan=True) == words + " chẵn"


def test_format_money_chan_example() -> None:
    assert (
        format_money(1_275_000, style="words", chan=True)
        == "Một triệu hai trăm bảy mươi lăm nghìn đồng chẵn"
    )


def test_format_money_rejects() -> None:
    with pytest.raises(VietnameseFormatError, match="chan=True"):
        format_money(5, chan=True)
    with pytest.raises(VietnameseFormatError, match="money style 'short'"):
        format_money(5, style="short")  # type: ignore[arg-type]
    with pytest.raises(VietnameseFormatError, match="amount must be"):
        format_money("5")  # type: ignore[arg-type]


@given(st.integers(-(10**20), 10**20))
def test_money_words_read_back(amount: int) -> None:
    words = format_money(amount, style="words")
    assert words[0].isupper()
    assert words.endswith(" đồng")
    assert words_to_number(words.removesuffix(" đồng")) == amount


SCALE = {"tỷ": 10**9, "triệu": 10**6, "nghìn": 10**3}


@given(
    st.one_of(
        st.integers(-(10**16), 10**16),
        st.builds(lambda k, j: k * 10**j, st.integers(-9999, 9999), st.integers(0, 12)),
    )
)
def test_money_compact_is_exact(amount: int) -> None:
    number, *scale, unit = format_money(amount, style="compact").split(" ")
    assert unit == "đồng"
    assert parse_number(number) * (SCALE[scale[0]] if scale else 1) == amount


# --------------------------------------------------------------------------------------
# Ordinals (docs/formatting.md, "Ordinals, weekdays, dates and numerals")
# --------------------------------------------------------------------------------------

ORDINALS = [
    (1, "thứ nhất", "thứ 1"),
    (2, "thứ hai", "thứ 2"),
    (3, "thứ ba", "thứ 3"),
    (4, "thứ tư", "thứ 4"),
    (5, "thứ năm", "thứ 5"),
    (10, "thứ mười", "thứ 10"),
    (11, "thứ mười một", "thứ 11"),
    (14, "thứ mười bốn", "thứ 14"),
    (15, "thứ mười lăm", "thứ 15"),
    (21, "thứ hai mươi mốt", "thứ 21"),
    (24, "thứ hai mươi tư", "thứ 24"),
    (100, "thứ một trăm", "thứ 100"),
    (101, "thứ một trăm linh một", "thứ 101"),
    (1_000, "thứ một nghìn", "thứ 1.000"),
]


@pytest.mark.parametrize(("n", "words", "digits"), ORDINALS)
def test_ordinal(n: int, words: str, digits: str) -> None:
    assert ordinal(n) == words
    assert ordinal(n, words=False) == digits


@pytest.mark.parametrize("n", [0, -1, True, 1.0])
def test_ordinal_rejects(n: object) -> None:
    with pytest.raises(VietnameseFormatError):
        ordinal(n)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# Import cost: vi imports no babel, so it cannot load babel's locale data
# --------------------------------------------------------------------------------------


def test_import_loads_no_babel() -> None:
    # In a fresh interpreter: importing vi (the package and every one of its modules) and
    # formatting with it leaves babel unloaded.
    code = (
        "import sys, datetime\n"
        "from directive_report import vi\n"
        "vi.number_to_words(5); vi.format_number(1.5); vi.format_date(datetime.date(2024, 1, 1))\n"
        "vi.format_money(1, style='compact'); vi.to_roman(4)\n"
        "print('babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_public_names_are_the_packages() -> None:
    import directive_report.vi as vi_module

    for name in vi_module.__all__:
        assert getattr(vi_module, name) is not None
    # errors name the package, where users import them from (and where pickle finds them)
    assert vi_module.VietnameseParseError.__module__ == "directive_report.vi"


def test_option_type_aliases_are_exported() -> None:
    linh: Linh = "lẻ"
    thousand: Thousand = "ngàn"
    billion: Billion = "tỉ"
    four: Four = "bốn"
    assert number_to_words(
        1_000_000_001_004, linh=linh, thousand=thousand, billion=billion, four=four
    ) == ("một ngàn tỉ không trăm lẻ một ngàn không trăm lẻ bốn")
