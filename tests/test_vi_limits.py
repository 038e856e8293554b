"""directive_report.vi on out-of-range and huge input (issue 17, cases 8 and 11): the module's
own error for every number too large to write, linear reading, and short messages."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from _timing import best_cpu_seconds
from directive_report import vi
from directive_report.vi._common import MAX_DIGITS

OUT_OF_RANGE: list[tuple[Callable[..., object], object]] = [
    (vi.parse_number, "1" * 4301),
    (vi.parse_number, "1," + "5" * 4301),
    (vi.format_number, 10**5000),
    (vi.format_number, -(10**5000)),
    (vi.format_number, Decimal("1E-5000")),
    (vi.format_money, 10**5000),
    (vi.format_percent, Decimal("1E+5000")),
    (vi.number_to_words, 10**5000),
    (vi.number_to_words, Decimal("1E+1001")),
    (vi.ordinal, 10**5000),
    (vi.words_to_number, "một tỷ " * 200),
    (vi.words_to_number, "một phẩy " + "một " * (MAX_DIGITS + 1)),
    (vi.words_to_number, "một " * 700_000),
]


@pytest.mark.parametrize(
    ("function", "value"), OUT_OF_RANGE, ids=lambda v: getattr(v, "__name__", "")
)
def test_out_of_range_is_the_modules_error(function: Callable[..., object], value: object) -> None:
    """Each raises VietnameseFormatError (never a bare ValueError), in one short line that
    quotes an excerpt of the input, not all of it."""
    with pytest.raises(vi.VietnameseFormatError) as caught:
        function(value)
    message = str(caught.value)
    assert "\n" not in message
    assert len(message) < 250, message


def test_the_largest_numbers_still_work() -> None:
    """MAX_DIGITS digits on each side of the point are written and read back."""
    biggest = 10**MAX_DIGITS - 1
    assert vi.words_to_number(vi.number_to_words(biggest)) == biggest
    assert vi.parse_number(vi.format_number(biggest)) == biggest
    tiny = Decimal(1).scaleb(-MAX_DIGITS)
    assert vi.words_to_number(vi.number_to_words(tiny)) == tiny


def test_messages_quote_an_excerpt_with_the_size() -> None:
    """A 1 MB text in a message is its first characters and its length."""
    with pytest.raises(vi.VietnameseParseError) as caught:
        vi.parse_date("x" * 1_000_000)
    assert str(caught.value) == (
        "cannot read 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'… (1,000,000 characters) as a "
        "date; expected a form such as '25/5/2020', '25-5-2020' or 'ngày 25 tháng 5 năm 2020'"
    )
    with pytest.raises(vi.VietnameseParseError) as caught:
        vi.words_to_number("hai mươi " + "x" * 500)
    assert "word 3, " in str(caught.value)
    assert len(str(caught.value)) < 250


def test_words_to_number_is_linear() -> None:
    """Eight times the text takes about eight times as long, not sixty-four (it took 32 s on
    700 KB when the check was quadratic); both sizes are past the caches.  The bound, 24, is a
    factor of three from either growth, so that a loaded machine's noise does not fail it."""
    small = "một trăm " * 150_000
    large = "một trăm " * 1_200_000
    error = vi.VietnameseFormatError
    ratio = best_cpu_seconds(lambda: vi.words_to_number(large), expected=error) / best_cpu_seconds(
        lambda: vi.words_to_number(small), expected=error
    )
    assert ratio < 24, ratio
