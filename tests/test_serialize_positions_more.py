"""Where load problems are, pinned further: the line and column of TOML values written without
spaces, in literal strings and keys, after a date-time with a space, in nested arrays, after a
header with a comment glued to it; problems at renamed keys and out-of-bounds values; the
did-you-mean of one unknown key and its absence for several.

Every position is counted by hand, character by character, in the comments beside the text.
"""

from __future__ import annotations

import pytest
from cattrs.errors import ClassValidationError

from directive_report import ReportLoadError, loads
from directive_report.model import Report
from directive_report.serialize._converter import make_converter
from directive_report.serialize._positions import position_of, positions
from directive_report.serialize._problems import problems
from test_serialize import MINIMAL
from test_table_serialize import TABLE

TOML = """\
'a.b' = 1
s = ['a b', 'c']
t={a=1,b=[1,2],c='x'}
d = [1979-05-27 07:32:00Z, 2]
n = [[1], [2]]
['x y']#c
k=1
[[arr]]#c
v = 2
"""

# line 1: ' a . b ' (1-5), " = " (6-8), 1 at 9
# line 2: s, " = ", [ at 5, 'a b' at 6-10, ", ", 'c' at 13
# line 3: t = { at 3, a at 4, = 5, 1 at 6, "," 7, b 8, = 9, [ at 10, 1 at 11, "," 12, 2 at 13,
#         ] 14, "," 15, c 16, = 17, 'x' at 18
# line 4: [ at 5, the date-time at 6-25 (20 characters), ", ", 2 at 28
# line 5: [ at 5, [1] at 6-8, ", ", [2] at 11, its 2 at 12
# lines 6-9: the headers at column 1, k at 7:3, v at 9:5
TOML_POSITIONS = [
    (("a.b",), (1, 9)),
    (("s",), (2, 5)),
    (("s", 0), (2, 6)),
    (("s", 1), (2, 13)),
    (("t",), (3, 3)),
    (("t", "a"), (3, 6)),
    (("t", "b"), (3, 10)),
    (("t", "b", 0), (3, 11)),
    (("t", "b", 1), (3, 13)),
    (("t", "c"), (3, 18)),
    (("d", 0), (4, 6)),
    (("d", 1), (4, 28)),
    (("n", 0), (5, 6)),
    (("n", 1), (5, 11)),
    (("n", 1, 0), (5, 12)),
    (("x y",), (6, 1)),
    (("x y", "k"), (7, 3)),
    (("arr",), (8, 1)),
    (("arr", 0), (8, 1)),
    (("arr", 0, "v"), (9, 5)),
]


def test_the_toml_text_holds_what_the_table_says() -> None:
    import tomllib

    data = tomllib.loads(TOML)
    assert data["a.b"] == 1
    assert data["s"] == ["a b", "c"]
    assert data["t"] == {"a": 1, "b": [1, 2], "c": "x"}
    assert data["d"][1] == 2
    assert data["n"] == [[1], [2]]
    assert data["x y"] == {"k": 1}
    assert data["arr"] == [{"v": 2}]


@pytest.mark.parametrize(("path", "expected"), TOML_POSITIONS)
def test_toml_positions_without_spaces_and_in_literals(
    path: tuple[str | int, ...], expected: tuple[int, int]
) -> None:
    assert positions(TOML, "toml")[path] == expected


def test_json_items_without_spaces() -> None:
    """{ at 1, "a" 2-4, : 5, [ at 6, 1 at 7, "," 8, 2 at 9."""
    found = positions('{"a":[1,2]}', "json")
    assert (found[("a",)], found[("a", 0)], found[("a", 1)]) == ((1, 6), (1, 7), (1, 9))


def test_a_path_not_written_is_placed_at_its_nearest_table_even_at_the_top() -> None:
    """A key missing from the inline table t is at t's '{'; a top-level key is itself."""
    found = positions(TOML, "toml")
    assert position_of(found, ("t", "missing")) == (3, 3)
    assert position_of(found, ("s",)) == (2, 5)
    assert position_of(found, ("missing",)) is None


# MINIMAL: line 1 is empty, line 2 'type = "Báo cáo"', line 5 'summary = "Sơ kết"'


def test_a_problem_at_a_renamed_key_is_placed_at_the_key_the_file_uses() -> None:
    """The model's doc_type is the file's 'type': its wrong value is at line 2, column 8."""
    with pytest.raises(ReportLoadError) as caught:
        loads(MINIMAL.replace('type = "Báo cáo"', "type = 5"))
    assert [(p.location, p.line, p.column) for p in caught.value.problems] == [("type", 2, 8)]


def test_a_mistyped_renamed_key_suggests_the_key_the_file_uses() -> None:
    """'typ' is close to the file's 'type' (not to the field's name 'doc_type')."""
    with pytest.raises(ReportLoadError) as caught:
        loads(MINIMAL.replace('type = "Báo cáo"', 'typ = "Báo cáo"'))
    assert "unknown key 'typ'; did you mean 'type'?" in [p.message for p in caught.value.problems]


def test_a_number_too_long_is_placed_where_it_is_written() -> None:
    """A 1001-digit number for the summary: line 5, column 11 ('summary = ' is 10)."""
    with pytest.raises(ReportLoadError) as caught:
        loads(MINIMAL.replace('summary = "Sơ kết"', "summary = 1" + "0" * 1000))
    assert [(*tuple(p), p.line, p.column) for p in caught.value.problems] == [
        ("summary", "a whole number with more than 1000 digits", 5, 11)
    ]


def test_problems_without_positions_have_none() -> None:
    """Problems of data that came from no text (no positions given) carry no line."""
    data = {"type": "Báo cáo", "number": "/BC-STTTT", "summary": 5}
    with pytest.raises(ClassValidationError) as caught:
        make_converter("toml").structure(data, Report)
    found = problems(caught.value)
    assert found
    assert {(p.line, p.column) for p in found} == {(None, None)}
    assert ("summary", "expected text, got a number 5") in [tuple(p) for p in found]


CELL = '{ percent = "95.5" }'  # row 0, column 2 of test_table_serialize.TABLE
CELL_AT = "intro[0].table.rows[0][2]"
CELL_RULE = (
    ": a cell table has one of the keys text, integer, decimal, money, percent, date and "
    "optional colspan, rowspan"
)


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("{ integr = 5 }", "unknown keys ['integr']; did you mean 'integer'?" + CELL_RULE),
        ("{ integr = 5, colspn = 2 }", "unknown keys ['colspn', 'integr']" + CELL_RULE),
    ],
)
def test_one_unknown_key_of_a_cell_gets_a_suggestion_several_get_none(
    cell: str, message: str
) -> None:
    assert CELL in TABLE
    with pytest.raises(ReportLoadError) as caught:
        loads(TABLE.replace(CELL, cell, 1))
    assert [tuple(problem) for problem in caught.value.problems] == [(CELL_AT, message)]


def test_several_unknown_keys_of_a_run_get_no_suggestion() -> None:
    """'bol' and 'italc' are each close to a key; with two, no guess is made."""
    paragraph = 'paragraph = "Nội dung."'
    assert paragraph in MINIMAL
    with pytest.raises(ReportLoadError) as caught:
        loads(
            MINIMAL.replace(
                paragraph, 'paragraph = [{ text = "Nội dung", bol = true, italc = true }]'
            )
        )
    assert [tuple(problem) for problem in caught.value.problems] == [
        (
            "sections[0].blocks[0]",
            "run 0: unknown keys ['bol', 'italc']; a run is { text = '...', bold/italic = true }",
        )
    ]
