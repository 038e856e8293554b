"""The bounds of loaded data are checked in one pass that keeps no paths (the path of a problem
is looked for only when that pass fails): that pass agrees with the nesting and the numbers of
the data as these tests work them out, at the edges and on any data."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from directive_report.serialize._read import (
    MAX_DEPTH,
    MAX_INTEGER_DIGITS,
    _out_of_bounds,
    _within_bounds,
)

TOO_LARGE = 10**MAX_INTEGER_DIGITS


def nested(value: object, levels: int) -> object:
    """*value* inside *levels* arrays and tables, in turn."""
    for level in range(levels):
        value = [value] if level % 2 else {"k": value}
    return value


def height(value: object) -> int:
    """How deep the deepest value sits (the top is at depth 0)."""
    children = (
        list(value.values())
        if isinstance(value, dict)
        else value
        if isinstance(value, list)
        else []
    )
    return 1 + max(map(height, children)) if children else 0


def numbers(value: object) -> list[int]:
    """Every whole number in *value* (true and false are not numbers)."""
    if isinstance(value, dict):
        return [n for child in value.values() for n in numbers(child)]
    if isinstance(value, list):
        return [n for child in value for n in numbers(child)]
    return [value] if isinstance(value, int) and not isinstance(value, bool) else []


def test_the_deepest_value_allowed_and_one_level_more() -> None:
    assert _within_bounds(nested(1, MAX_DEPTH))
    assert _within_bounds(nested([], MAX_DEPTH))  # an empty array holds nothing deeper
    assert _within_bounds(nested({}, MAX_DEPTH))
    assert not _within_bounds(nested(1, MAX_DEPTH + 1))
    assert not _within_bounds(nested([1], MAX_DEPTH))
    assert not _within_bounds(nested({"a": "b"}, MAX_DEPTH))
    assert not _within_bounds(nested(1, 3 * MAX_DEPTH))


def test_the_largest_number_allowed_and_the_first_too_large() -> None:
    for largest in (TOO_LARGE - 1, -(TOO_LARGE - 1)):
        assert _within_bounds({"a": [1, largest]})
    for too_large in (TOO_LARGE, -TOO_LARGE):
        assert not _within_bounds({"a": [1, too_large]})
        assert not _within_bounds(too_large)
    assert _within_bounds([True, False, 1.5e300, "9" * 2000])  # only whole numbers count


values = st.recursive(
    st.one_of(
        st.text(max_size=3),
        st.integers(-5, 5),
        st.sampled_from([TOO_LARGE - 1, TOO_LARGE, -TOO_LARGE, True]),
        st.floats(allow_nan=False),
        st.none(),
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3)
    ),
    max_leaves=20,
)


@given(values, st.integers(0, MAX_DEPTH + 6))
def test_the_fast_pass_agrees_with_the_data_and_with_the_walk_that_finds_the_place(
    value: object, levels: int
) -> None:
    data = nested(value, levels)
    expected = height(data) <= MAX_DEPTH and all(abs(n) < TOO_LARGE for n in numbers(data))
    assert _within_bounds(data) is expected
    assert (_out_of_bounds(data) is None) is expected
