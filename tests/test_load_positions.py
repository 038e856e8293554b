"""Where a load problem is in the file: line and column of TOML and JSON values, every problem
listed, and the did-you-mean of an unknown key.

The positions in the tables below were counted by hand in the texts beside them.
"""

from __future__ import annotations

import json
import pickle
from typing import Any, Literal

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from directive_report import ReportLoadError, loads
from directive_report.errors import LoadProblem
from directive_report.serialize._positions import position_of, positions

TOML = '''\
title = "a # not a comment [x]"   # a comment [y]
"quoted.key" = 1
dotted.inner . deep = 2
multi = """
first "line"
""\"""
after = 3
literal = \'\'\'
it's [raw] = \'\'\'\'
when = 1979-05-27 07:32:00Z
inline = { a = 1, b = { c = [1, 2] } }
spread = [
  # a comment, then an item
  "x", { d = "}" },
]

[[sections]]
title = "one"

[[sections.blocks]]
text = "b0"

[[sections.blocks]]
text = "b1"

[[sections]]
title = "two"

[[sections.blocks]]
[sections.blocks.table]
"caption" = "t"
'''

TOML_POSITIONS = [
    (("title",), (1, 9)),
    (("quoted.key",), (2, 16)),
    (("dotted",), (3, 1)),
    (("dotted", "inner"), (3, 1)),
    (("dotted", "inner", "deep"), (3, 23)),
    (("multi",), (4, 9)),
    (("after",), (7, 9)),
    (("literal",), (8, 11)),
    (("when",), (10, 8)),
    (("inline",), (11, 10)),
    (("inline", "a"), (11, 16)),
    (("inline", "b"), (11, 23)),
    (("inline", "b", "c", 1), (11, 33)),
    (("spread",), (12, 10)),
    (("spread", 0), (14, 3)),
    (("spread", 1), (14, 8)),
    (("spread", 1, "d"), (14, 14)),
    (("sections",), (17, 1)),
    (("sections", 0), (17, 1)),
    (("sections", 0, "title"), (18, 9)),
    (("sections", 0, "blocks", 0), (20, 1)),
    (("sections", 0, "blocks", 1, "text"), (24, 8)),
    (("sections", 1), (26, 1)),
    (("sections", 1, "blocks", 0), (29, 1)),  # numbered again under the second section
    (("sections", 1, "blocks", 0, "table"), (30, 1)),
    (("sections", 1, "blocks", 0, "table", "caption"), (31, 13)),
]


@pytest.mark.parametrize(("path", "expected"), TOML_POSITIONS)
def test_toml_positions(path: tuple[str | int, ...], expected: tuple[int, int]) -> None:
    """Headers, dotted and quoted keys, inline tables, arrays over several lines with comments,
    multi-line strings holding quotes and brackets, a date-time with a space: each value is
    found where it starts."""
    assert positions(TOML, "toml")[path] == expected


def test_the_toml_text_is_what_the_table_says() -> None:
    """The text really holds what the table above expects (a typo in it would prove nothing)."""
    import tomllib

    data = tomllib.loads(TOML)
    assert data["multi"] == 'first "line"\n""'
    assert data["literal"] == "it's [raw] = '"
    assert data["sections"][1]["blocks"][0]["table"]["caption"] == "t"
    assert data["dotted"]["inner"]["deep"] == 2


JSON = """{
  "a": [1, {"b": "x\\"]"},
        true],
  "c" :{"d": null}
}"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ((), (1, 1)),
        (("a",), (2, 8)),
        (("a", 0), (2, 9)),
        (("a", 1, "b"), (2, 18)),
        (("a", 2), (3, 9)),
        (("c", "d"), (4, 14)),
    ],
)
def test_json_positions(path: tuple[str | int, ...], expected: tuple[int, int]) -> None:
    """JSON values, escaped quotes in strings included."""
    assert positions(JSON, "json")[path] == expected


def test_position_of_a_missing_key_is_its_table() -> None:
    """A key that is missing is placed at the table it is missing from; nothing at the top."""
    found = positions(TOML, "toml")
    assert position_of(found, ("sections", 1, "blocks", 0, "table", "rows")) == (30, 1)
    assert position_of(found, ("number",)) is None


_KEYS = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=6)
_SCALARS = (
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=8)
    | st.integers()
    | st.booleans()
    | st.dates()
)
_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=3),
    max_leaves=12,
)


def _leaves(value: Any, path: tuple[str | int, ...] = ()) -> Any:
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _leaves(child, (*path, index))
    else:
        yield path, value


def _offset(text: str, line: int, column: int) -> int:
    """Lines end at "\\n" only (TOML and JSON), not at the other breaks of str.splitlines."""
    return sum(len(row) + 1 for row in text.split("\n")[: line - 1]) + column - 1


@given(st.dictionaries(_KEYS, _DATA, max_size=4))
def test_every_value_written_by_tomli_w_and_json_is_found(data: dict[str, Any]) -> None:
    """Whatever the data, each scalar is found where its own text starts, in TOML (as tomli_w
    writes it, with arrays of tables and inline tables) and in JSON."""
    for format in ("toml", "json"):
        text = _written(data, format)
        found = positions(text, format)
        for path, value in _leaves(data):
            if path:
                line, column = found[path]
                assert text.startswith(_written(value, format), _offset(text, line, column))


def _written(value: object, format: Literal["toml", "json"]) -> str:
    """*value* as tomli_w or json writes it (a scalar: its own text)."""
    if format == "json":
        return json.dumps(value, default=str, ensure_ascii=False, indent=1)
    if isinstance(value, dict):
        return tomli_w.dumps(value)
    return tomli_w.dumps({"k": value})[4:].rstrip("\n")


NESTED = """\
type = "Báo cáo"
number = "/BC-STTTT"
date = 2024-05-20
summary = "Sơ kết"
authority = { name = "Sở Thông tin và Truyền thông", abbreviation = "STTTT", place = "Bắc Giang" }
signature = { name = "Ngô Đình Tiến", signer_title = "GIÁM ĐỐC" }
distribution.recipients = ["Như trên"]

[[sections]]
title = "MỘT"

[[sections]]
title = "HAI"

[[sections.sections]]
title = "Hai một"

[[sections.sections.blocks]]
paragraph = "Nội dung."

[[sections.sections.blocks]]
[[sections.sections.blocks.actions]]
text = "Việc đầu."

[[sections.sections.blocks.actions]]
text = "Việc sau."
quantities = [{ value = "nhiều", unit = "lượt" }]
perod = { start = 2024-01-01, end = 2024-06-30 }
"""


def test_a_nested_problem_names_line_and_column() -> None:
    """A wrong value deep in arrays of tables is named by its path, its line and its column;
    a mistyped key gets the key it resembles; every problem is kept, in file order of cattrs."""
    with pytest.raises(ReportLoadError) as caught:
        loads(NESTED, source="bao-cao.toml")
    problems = caught.value.problems
    assert problems == (
        (
            "sections[1].sections[0].blocks[1].actions[1].quantities[0].value",
            "expected a whole number or a decimal written as text ('1.5'), got text 'nhiều'",
        ),
        (
            "sections[1].sections[0].blocks[1].actions[1].perod",
            "unknown key 'perod'; did you mean 'period'?",
        ),
    )
    assert [(p.line, p.column) for p in problems] == [(27, 25), (28, 9)]
    assert str(caught.value) == (
        "bao-cao.toml, line 27, column 25: "
        "sections[1].sections[0].blocks[1].actions[1].quantities[0].value: expected a whole "
        "number or a decimal written as text ('1.5'), got text 'nhiều' (and 1 more problem)"
    )
    assert caught.value.problem_lines()[1] == (
        "bao-cao.toml, line 28, column 9: sections[1].sections[0].blocks[1].actions[1].perod: "
        "unknown key 'perod'; did you mean 'period'?"
    )


def test_json_problem_names_line_and_column() -> None:
    """The same report in JSON: the problem's line and column in the JSON text."""
    import tomllib

    data = tomllib.loads(NESTED.replace("perod", "period"))
    text = json.dumps(data, default=str, ensure_ascii=False, indent=1)
    with pytest.raises(ReportLoadError) as caught:
        loads(text, "json", source="bao-cao.json")
    (problem,) = caught.value.problems
    line = text.split("\n")[problem.line - 1]  # type: ignore[operator]
    assert line[problem.column - 1 :] == '"nhiều",'  # type: ignore[operator]


def test_a_missing_key_is_placed_at_its_table() -> None:
    """A required key that is missing points at the header of the table without it."""
    text = NESTED.replace('title = "Hai một"\n', "").replace("perod", "period")
    with pytest.raises(ReportLoadError) as caught:
        loads(text)
    missing = next(p for p in caught.value.problems if p.message == "required key missing")
    assert (missing.location, missing.line, missing.column) == (
        "sections[1].sections[0].title",
        15,
        1,
    )


def test_whole_document_problems_have_no_position() -> None:
    """A key missing at the top has no better place than the file: no line is made up."""
    with pytest.raises(ReportLoadError) as caught:
        loads(NESTED.replace('summary = "Sơ kết"\n', "").replace("perod", "period"))
    summary = next(p for p in caught.value.problems if p.location == "summary")
    assert (summary.line, summary.column) == (None, None)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('paragraph = "Nội dung."', 'paragraf = "Nội dung."', "did you mean 'paragraph'?"),
        ('text = "Việc đầu."', 'text = ["a", { text = "b", itallic = true }]', "'italic'?"),
        ('name = "Ngô Đình Tiến"', 'nam = "Ngô Đình Tiến"', "did you mean 'name'?"),
    ],
)
def test_did_you_mean(old: str, new: str, expected: str) -> None:
    """An unknown key close to a known one names it: table keys, block kinds, run keys."""
    with pytest.raises(ReportLoadError) as caught:
        loads(NESTED.replace("perod", "period").replace(old, new, 1))
    assert any(expected in message for _where, message in caught.value.problems), (
        caught.value.problems
    )


def test_no_suggestion_for_a_key_like_none() -> None:
    """A key close to nothing gets no guess."""
    with pytest.raises(ReportLoadError) as caught:
        loads(NESTED.replace("perod", "xyzzy"))
    assert caught.value.problems[-1].message == "unknown key 'xyzzy'"


def test_a_problem_is_still_a_pair() -> None:
    """Code that unpacks ``(location, message)`` or compares with a tuple keeps working, and a
    problem survives pickling (render's worker processes) with its position."""
    problem = LoadProblem("summary", "must not be empty", 4, 11)
    location, message = problem
    assert (location, message) == ("summary", "must not be empty") == problem
    assert pickle.loads(pickle.dumps(problem)).line == 4
    assert ReportLoadError("a.toml", [("", "no such file")]).problems[0].line is None
