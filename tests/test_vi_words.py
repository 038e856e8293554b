"""Tests for numbers in words in directive_report.vi: integers, decimals, the regional options,
reading words back, and the round trips.

Every expected value below was written by hand from the rules and tables of
docs/formatting.md, "Rules and sources" (R1–R11, numbers from 10^12, decimals, forms not
accepted, variants), never by running vi. Hypothesis checks the round trips.
"""

from __future__ import annotations

import itertools
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directive_report.vi import (
    VietnameseFormatError,
    VietnameseParseError,
    number_to_words,
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
