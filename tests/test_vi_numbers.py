"""Tests for the number side of directive_report.vi: words, digits, percent, money, ordinals.

Every expected value below was written by hand from the rules and tables of
docs/formatting.md, "Rules and sources" (R1–R11, numbers from 10^12, decimals, money, forms not
accepted, variants), never by running vi. Hypothesis checks the round trips and, for digits, babel as an oracle.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import unicodedata
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
# Integers in words, canonical style
# --------------------------------------------------------------------------------------

INTEGERS = [
    # R11, single digits
    (0, "không"),
    (1, "một"),
    (2, "hai"),
    (3, "ba"),
    (4, "bốn"),
    (5, "năm"),
    (6, "sáu"),
    (7, "bảy"),
    (8, "tám"),
    (9, "chín"),
    # R1–R4: mười / mươi, mốt, lăm, tư
    (10, "mười"),
    (11, "mười một"),
    (12, "mười hai"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (17, "mười bảy"),
    (19, "mười chín"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (22, "hai mươi hai"),
    (24, "hai mươi tư"),
    (25, "hai mươi lăm"),
    (30, "ba mươi"),
    (31, "ba mươi mốt"),
    (34, "ba mươi tư"),
    (35, "ba mươi lăm"),
    (40, "bốn mươi"),
    (41, "bốn mươi mốt"),
    (44, "bốn mươi tư"),
    (45, "bốn mươi lăm"),
    (50, "năm mươi"),
    (51, "năm mươi mốt"),
    (54, "năm mươi tư"),
    (55, "năm mươi lăm"),
    (65, "sáu mươi lăm"),
    (75, "bảy mươi lăm"),
    (85, "tám mươi lăm"),
    (95, "chín mươi lăm"),
    (99, "chín mươi chín"),
    # hundreds, R5 linh
    (100, "một trăm"),
    (101, "một trăm linh một"),
    (104, "một trăm linh bốn"),
    (105, "một trăm linh năm"),
    (110, "một trăm mười"),
    (111, "một trăm mười một"),
    (114, "một trăm mười bốn"),
    (115, "một trăm mười lăm"),
    (120, "một trăm hai mươi"),
    (121, "một trăm hai mươi mốt"),
    (124, "một trăm hai mươi tư"),
    (125, "một trăm hai mươi lăm"),
    (200, "hai trăm"),
    (205, "hai trăm linh năm"),
    (250, "hai trăm năm mươi"),
    (301, "ba trăm linh một"),
    (400, "bốn trăm"),
    (404, "bốn trăm linh bốn"),
    (515, "năm trăm mười lăm"),
    (999, "chín trăm chín mươi chín"),
    # thousands, R6 "không trăm" for inner groups, R7 none for the leading one
    (1_000, "một nghìn"),
    (1_001, "một nghìn không trăm linh một"),
    (1_004, "một nghìn không trăm linh bốn"),
    (1_005, "một nghìn không trăm linh năm"),
    (1_008, "một nghìn không trăm linh tám"),
    (1_010, "một nghìn không trăm mười"),
    (1_015, "một nghìn không trăm mười lăm"),
    (1_021, "một nghìn không trăm hai mươi mốt"),
    (1_024, "một nghìn không trăm hai mươi tư"),
    (1_032, "một nghìn không trăm ba mươi hai"),
    (1_100, "một nghìn một trăm"),
    (1_234, "một nghìn hai trăm ba mươi tư"),
    (1_942, "một nghìn chín trăm bốn mươi hai"),
    (1_975, "một nghìn chín trăm bảy mươi lăm"),
    (2_002, "hai nghìn không trăm linh hai"),
    (2_020, "hai nghìn không trăm hai mươi"),
    (2_024, "hai nghìn không trăm hai mươi tư"),
    (2_025, "hai nghìn không trăm hai mươi lăm"),
    (5_000, "năm nghìn"),
    (10_000, "mười nghìn"),
    (10_001, "mười nghìn không trăm linh một"),
    (15_000, "mười lăm nghìn"),
    (21_000, "hai mươi mốt nghìn"),
    (24_000, "hai mươi tư nghìn"),
    (25_000, "hai mươi lăm nghìn"),
    (100_000, "một trăm nghìn"),
    (101_000, "một trăm linh một nghìn"),
    (105_000, "một trăm linh năm nghìn"),
    (110_000, "một trăm mười nghìn"),
    (406_705, "bốn trăm linh sáu nghìn bảy trăm linh năm"),
    (999_999, "chín trăm chín mươi chín nghìn chín trăm chín mươi chín"),
    # millions; all-zero groups are skipped
    (1_000_000, "một triệu"),
    (1_000_001, "một triệu không trăm linh một"),
    (1_000_005, "một triệu không trăm linh năm"),
    (1_000_010, "một triệu không trăm mười"),
    (1_000_100, "một triệu một trăm"),
    (1_001_000, "một triệu không trăm linh một nghìn"),
    (1_005_000, "một triệu không trăm linh năm nghìn"),
    (1_010_000, "một triệu không trăm mười nghìn"),
    (1_100_000, "một triệu một trăm nghìn"),
    (1_234_500, "một triệu hai trăm ba mươi tư nghìn năm trăm"),
    (1_234_567, "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy"),
    (3_990_000, "ba triệu chín trăm chín mươi nghìn"),
    (15_000_000, "mười lăm triệu"),
    (50_000_000, "năm mươi triệu"),
    (100_000_000, "một trăm triệu"),
    (105_000_000, "một trăm linh năm triệu"),
    (
        123_456_789,
        "một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín",
    ),
    # billions
    (1_000_000_000, "một tỷ"),
    (1_000_000_001, "một tỷ không trăm linh một"),
    (1_000_001_000, "một tỷ không trăm linh một nghìn"),
    (1_001_000_000, "một tỷ không trăm linh một triệu"),
    (1_205_000_000, "một tỷ hai trăm linh năm triệu"),
    (1_500_000_000, "một tỷ năm trăm triệu"),
    (2_000_000_005, "hai tỷ không trăm linh năm"),
    (10_000_000_000, "mười tỷ"),
    (25_000_000_000, "hai mươi lăm tỷ"),
    (953_087_000_000, "chín trăm năm mươi ba tỷ không trăm tám mươi bảy triệu"),
    (
        999_999_999_999,
        "chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu"
        " chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
    ),
    # docs/formatting.md: 10^12 and above, the count of tỷ read first
    (10**12, "một nghìn tỷ"),
    (10**12 + 1, "một nghìn tỷ không trăm linh một"),
    (1_001_000_000_000, "một nghìn không trăm linh một tỷ"),
    (1_500_000_000_000, "một nghìn năm trăm tỷ"),
    (
        1_234_567_890_123,
        "một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu"
        " tám trăm chín mươi nghìn một trăm hai mươi ba",
    ),
    (10**15, "một triệu tỷ"),
    (10**15 + 5, "một triệu tỷ không trăm linh năm"),
    (2 * 10**15, "hai triệu tỷ"),
    (
        3_453_847_298_478_930,
        "ba triệu bốn trăm năm mươi ba nghìn tám trăm bốn mươi bảy tỷ"
        " hai trăm chín mươi tám triệu bốn trăm bảy mươi tám nghìn chín trăm ba mươi",
    ),
    (10**18, "một tỷ tỷ"),
    (10**18 + 1, "một tỷ tỷ không trăm linh một"),
    (10**21, "một nghìn tỷ tỷ"),
    # R10 negatives
    (-1, "âm một"),
    (-5, "âm năm"),
    (-15, "âm mười lăm"),
    (-20, "âm hai mươi"),
    (-21, "âm hai mươi mốt"),
    (-55, "âm năm mươi lăm"),
    (-1_001, "âm một nghìn không trăm linh một"),
    (-1_000_000, "âm một triệu"),
    (-1_500_000_000_000, "âm một nghìn năm trăm tỷ"),
]


@pytest.mark.parametrize(("n", "words"), INTEGERS)
def test_number_to_words_integers(n: int, words: str) -> None:
    assert number_to_words(n) == words


@pytest.mark.parametrize(("n", "words"), INTEGERS)
def test_words_to_number_integers(n: int, words: str) -> None:
    result = words_to_number(words)
    assert result == n
    assert type(result) is int


def test_number_to_words_accepts_decimal_integers() -> None:
    assert number_to_words(Decimal(2024)) == "hai nghìn không trăm hai mươi tư"
    assert number_to_words(Decimal("1E+3")) == "một nghìn"
    assert number_to_words(Decimal("2.00")) == "hai"
    assert number_to_words(Decimal("-0")) == "không"


# --------------------------------------------------------------------------------------
# Decimals (docs/formatting.md, "Decimals"): fractional part read as a whole number, leading zeros as "không"
# --------------------------------------------------------------------------------------

DECIMALS = [
    ("2.35", "hai phẩy ba mươi lăm"),
    ("37.42", "ba mươi bảy phẩy bốn mươi hai"),
    ("502.467", "năm trăm linh hai phẩy bốn trăm sáu mươi bảy"),
    ("73.108", "bảy mươi ba phẩy một trăm linh tám"),
    ("375.406", "ba trăm bảy mươi lăm phẩy bốn trăm linh sáu"),
    ("0.1985", "không phẩy một nghìn chín trăm tám mươi lăm"),
    ("1942.54", "một nghìn chín trăm bốn mươi hai phẩy năm mươi tư"),
    ("301.80", "ba trăm linh một phẩy tám"),
    ("0.05", "không phẩy không năm"),
    ("0.5", "không phẩy năm"),
    ("1.5", "một phẩy năm"),
    ("0.999", "không phẩy chín trăm chín mươi chín"),
    ("0.032", "không phẩy không ba mươi hai"),
    ("0.001", "không phẩy không không một"),
    ("-2.5", "âm hai phẩy năm"),
    ("-0.5", "âm không phẩy năm"),
    ("12.25", "mười hai phẩy hai mươi lăm"),
    ("3.14", "ba phẩy mười bốn"),
    ("1.01", "một phẩy không một"),
    ("10.10", "mười phẩy một"),
    ("0.0105", "không phẩy không một trăm linh năm"),
    ("1000.001", "một nghìn phẩy không không một"),
    ("1.000000001", "một phẩy không không không không không không không không một"),
    (
        "1234567.891",
        "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy phẩy tám trăm chín mươi mốt",
    ),
]


@pytest.mark.parametrize(("value", "words"), DECIMALS)
def test_number_to_words_decimals(value: str, words: str) -> None:
    assert number_to_words(Decimal(value)) == words


@pytest.mark.parametrize(("value", "words"), DECIMALS)
def test_words_to_number_decimals(value: str, words: str) -> None:
    result = words_to_number(words)
    assert isinstance(result, Decimal)
    assert result == Decimal(value)


# --------------------------------------------------------------------------------------
# Options: the accepted regional alternates (R8; "Canonical style and accepted variants")
# --------------------------------------------------------------------------------------

OPTION_CASES: list[tuple[int | Decimal, dict[str, str], str]] = [
    (101, {"linh": "lẻ"}, "một trăm lẻ một"),
    (1_001, {"linh": "lẻ"}, "một nghìn không trăm lẻ một"),
    (104, {"linh": "lẻ"}, "một trăm lẻ bốn"),
    (-1_001, {"linh": "lẻ"}, "âm một nghìn không trăm lẻ một"),
    (1_000, {"thousand": "ngàn"}, "một ngàn"),
    (1_001, {"linh": "lẻ", "thousand": "ngàn"}, "một ngàn không trăm lẻ một"),
    (2_000_000_000, {"billion": "tỉ"}, "hai tỉ"),
    (10**12, {"thousand": "ngàn", "billion": "tỉ"}, "một ngàn tỉ"),
    (24, {"four": "bốn"}, "hai mươi bốn"),
    (104, {"four": "bốn"}, "một trăm linh bốn"),
    (14, {"four": "bốn"}, "mười bốn"),
    (4, {"four": "bốn"}, "bốn"),
    (
        1_024,
        {"linh": "lẻ", "thousand": "ngàn", "billion": "tỉ", "four": "bốn"},
        "một ngàn không trăm hai mươi bốn",
    ),
    (
        1_234_567_890_123,
        {"linh": "lẻ", "thousand": "ngàn", "billion": "tỉ", "four": "bốn"},
        "một ngàn hai trăm ba mươi bốn tỉ năm trăm sáu mươi bảy triệu"
        " tám trăm chín mươi ngàn một trăm hai mươi ba",
    ),
    (Decimal("104.104"), {"linh": "lẻ"}, "một trăm lẻ bốn phẩy một trăm lẻ bốn"),
    (Decimal("24.24"), {"four": "bốn"}, "hai mươi bốn phẩy hai mươi bốn"),
]


@pytest.mark.parametrize(("n", "options", "words"), OPTION_CASES)
def test_number_to_words_options(n: int | Decimal, options: dict[str, str], words: str) -> None:
    assert number_to_words(n, **options) == words  # type: ignore[arg-type]
    assert words_to_number(words) == n


@pytest.mark.parametrize(
    ("option", "value"),
    [("linh", "lẽ"), ("thousand", "ngan"), ("billion", "ty"), ("four", "4")],
)
def test_number_to_words_rejects_unknown_option(option: str, value: str) -> None:
    with pytest.raises(VietnameseFormatError, match=f"{option} must be"):
        number_to_words(5, **{option: value})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value", [1.5, "12", True, None, Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")]
)
def test_number_to_words_rejects_non_numbers(value: object) -> None:
    with pytest.raises(VietnameseFormatError):
        number_to_words(value)  # type: ignore[arg-type]


def test_number_to_words_float_hint() -> None:
    with pytest.raises(VietnameseFormatError, match=r"Decimal\(str\(x\)\)"):
        number_to_words(1.5)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# Reading back: accepted variants and forms not accepted (docs/formatting.md: "Forms not accepted", "accepted variants")
# --------------------------------------------------------------------------------------

ACCEPTED = [
    ("hai mươi nhăm", 25),
    ("chín mươi nhăm nghìn", 95_000),
    ("một trăm linh tư", 104),
    ("một trăm lẻ tư", 104),
    ("một trăm lẻ bốn", 104),
    ("một tỉ", 10**9),
    ("ba mươi tư nghìn", 34_000),
    ("hai mươi bốn ngàn", 24_000),
    ("Năm mươi triệu", 50_000_000),
    ("MỘT TỶ KHÔNG TRĂM LINH MỘT", 1_000_000_001),
    ("Âm năm mươi lăm", -55),
    ("  một  nghìn\nkhông trăm\tlinh một ", 1_001),
    ("hai phẩy ba tám", Decimal("2.38")),
    ("không phẩy không năm", Decimal("0.05")),
    ("một phẩy năm mươi", Decimal("1.5")),
    ("hai phẩy không", Decimal("2")),
    ("ba phẩy một bốn", Decimal("3.14")),
    ("không phẩy không ba hai", Decimal("0.032")),
]


@pytest.mark.parametrize(("text", "value"), ACCEPTED)
def test_words_to_number_accepts_variants(text: str, value: int | Decimal) -> None:
    assert words_to_number(text) == value
    assert words_to_number(unicodedata.normalize("NFD", text)) == value


REJECTED = [
    ("hai mốt", "speech forms"),
    ("ba tư", "speech forms"),
    ("hăm ba", "'hăm' is speech"),
    ("băm mốt", "'băm' is speech"),
    ("một nghìn mốt", "speech forms"),
    ("một trăm tư", "speech forms"),
    ("một triệu tư", "speech forms"),
    ("trăm nghìn", "speech forms"),
    ("một nghìn lẻ tám", "'không trăm': 'một nghìn không trăm lẻ tám'"),
    ("một triệu linh năm nghìn", "'không trăm': 'một triệu không trăm linh năm nghìn'"),
    ("mười tư", "speech forms"),
    ("mười nhăm", "speech forms"),
    ("bẩy", "write 'bảy'"),
    ("hai chục", "'chục' is speech"),
    ("một vạn", "archaic"),
    ("một trăm lẽ một", "misspelling of 'lẻ'"),
    ("một mươi", "speech forms"),
    ("hai mươi một", "speech forms"),
    ("hai mươi năm", "speech forms"),
    ("sáu mươi năm", "speech forms"),
    ("mười năm", "speech forms"),
    ("linh năm", "speech forms"),
    ("không trăm năm mươi", "speech forms"),
    ("không không", "speech forms"),
    ("một trăm linh", "speech forms"),
    ("một nghìn không trăm", "speech forms"),
    ("mươi", "speech forms"),
    ("âm không", "zero is 'không'"),
    ("một phẩy", "cannot read ''"),
    ("phẩy năm", "cannot read ''"),
    ("một phẩy hai phẩy ba", "cannot read"),
    ("năm âm", "cannot read"),
    ("", "empty"),
    ("12", "not a Vietnamese number word"),
    ("hai mươi tư và năm", "'và': not a Vietnamese number word"),
    ("một trăm linh một nghìn một trăm lẻ một", "mixes 'linh' and 'lẻ'"),
    ("một nghìn không trăm linh một ngàn", "mixes 'nghìn' and 'ngàn'"),
    ("một tỷ tỉ", "mixes 'tỷ' and 'tỉ'"),
    ("hai mươi tư nghìn hai trăm hai mươi bốn", "mixes 'mươi tư' and 'mươi bốn'"),
    ("ba mươi lăm phẩy hai mươi nhăm", "mixes 'lăm' and 'nhăm'"),
    ("một trăm linh tư nghìn một trăm linh bốn", "mixes 'bốn' and 'tư'"),
    ("hai phẩy tư", "speech forms"),
]


@pytest.mark.parametrize(("text", "message"), REJECTED)
def test_words_to_number_rejects(text: str, message: str) -> None:
    with pytest.raises(VietnameseParseError, match=message.replace("(", r"\(")):
        words_to_number(text)


def test_words_to_number_rejects_non_str() -> None:
    with pytest.raises(VietnameseParseError, match="must be a str"):
        words_to_number(25)  # type: ignore[arg-type]


def test_per_group_reading_above_10_21_is_the_canonical_one() -> None:
    # The non-standard per-group reading of 1.500.000.000.000 spells, letter for letter,
    # the canonical reading of 10^21 + 5·10^11: the canonical meaning wins.
    assert words_to_number("một nghìn tỷ năm trăm tỷ") == 10**21 + 5 * 10**11
    # When the inner group has no hundreds the per-group form cannot be canonical.
    with pytest.raises(VietnameseParseError):
        words_to_number("một nghìn tỷ năm mươi tỷ")


# --------------------------------------------------------------------------------------
# Hypothesis: the round trips over huge ranges and every option combination
# --------------------------------------------------------------------------------------

OPTION_COMBINATIONS: list[dict[str, str]] = [
    {"linh": linh, "thousand": thousand, "billion": billion, "four": four}
    for linh, thousand, billion, four in itertools.product(
        ("linh", "lẻ"), ("nghìn", "ngàn"), ("tỷ", "tỉ"), ("tư", "bốn")
    )
]
# The closed vocabulary of the rules (docs/formatting.md), with the accepted alternates.
VOCABULARY = {
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
    "mười", "mươi", "mốt", "tư", "lăm", "trăm", "linh", "lẻ",
    "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "âm", "phẩy",
}  # fmt: skip

# Many zeros inside (k·10^j ± small) as well as plain big numbers.
integers = st.one_of(
    st.integers(-(10**6), 10**6),
    st.integers(-(10**40), 10**40),
    st.builds(
        lambda k, j, small: k * 10**j + small,
        st.integers(-999, 999),
        st.integers(0, 30),
        st.integers(-20, 20),
    ),
)
decimals = st.builds(
    lambda coefficient, places: Decimal(coefficient).scaleb(-places),
    st.integers(-(10**20), 10**20),
    st.integers(0, 25),
)


@given(integers, st.sampled_from(OPTION_COMBINATIONS))
def test_words_round_trip_integers(n: int, options: dict[str, str]) -> None:
    words = number_to_words(n, **options)  # type: ignore[arg-type]
    assert words_to_number(words) == n
    assert set(words.split()) <= VOCABULARY
    assert unicodedata.is_normalized("NFC", words)
    assert words == " ".join(words.split())


@given(decimals, st.sampled_from(OPTION_COMBINATIONS))
def test_words_round_trip_decimals(x: Decimal, options: dict[str, str]) -> None:
    words = number_to_words(x, **options)  # type: ignore[arg-type]
    assert words_to_number(words) == x
    assert set(words.split()) <= VOCABULARY


@given(st.integers(-(10**30), 10**30))
def test_words_never_use_speech_forms(n: int) -> None:
    words = f" {number_to_words(n)} "
    for bad in (" một mươi ", " mươi một ", " mươi năm ", " mười năm ", " mười tư ", " mười mốt "):
        assert bad not in words


@given(st.integers(-(10**30), 10**30), st.sampled_from(OPTION_COMBINATIONS))
def test_options_change_only_their_words(n: int, options: dict[str, str]) -> None:
    canonical = number_to_words(n).split()
    varied = number_to_words(n, **options).split()  # type: ignore[arg-type]
    assert len(canonical) == len(varied)
    for a, b in zip(canonical, varied, strict=True):
        assert a == b or (a, b) in {("linh", "lẻ"), ("nghìn", "ngàn"), ("tỷ", "tỉ"), ("tư", "bốn")}


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
