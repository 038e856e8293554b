"""Reading and writing report files and text at their edges (issue 17, case 14): the exact
problem for each document that cannot be read, the bounds on size, nesting and digits (the
bound itself allowed), and the forms TOML and JSON are written in.  Expected values by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directive_report import Report, ReportLoadError, dump, dumps, examples, load, loads
from directive_report.errors import ReportDumpError
from directive_report.model import Table
from directive_report.serialize import to_data
from directive_report.serialize._read import read_bounded
from test_serialize import MINIMAL

NESTED = "tables and arrays nested more than 64 levels deep"
DIGITS = "a whole number with more than 1000 digits"


def _problems(text: str, format: str = "toml") -> list[tuple[str, str]]:
    """The problems of *text*, which loads() names "<string>" when not told its source."""
    with pytest.raises(ReportLoadError) as caught:
        loads(text, format)  # type: ignore[arg-type]
    assert caught.value.source == "<string>"
    return [tuple(problem) for problem in caught.value.problems]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "format", "problems"),
    [
        ("", "yaml", [("", "unknown format 'yaml': expected 'toml' or 'json'")]),
        ("[]", "json", [("", "expected a table at the top level, got an array")]),
        ("5", "json", [("", "expected a table at the top level, got a number 5")]),
        ('"Báo cáo"', "json", [("", "expected a table at the top level, got text 'Báo cáo'")]),
        ("[" * 100_000 + "]" * 100_000, "json", [("", NESTED)]),
        ("1" * 5000, "json", [("", DIGITS)]),
        ('{"x": ' + "[" * 65 + "]" * 65 + "}", "json", [("x" + "[0]" * 63, NESTED)]),
        ("[" * 66 + "]" * 66, "json", [("[0]" * 64, NESTED)]),
        ('{"x": {"y": [' + "9" * 1001 + "]}}", "json", [("x.y[0]", DIGITS)]),
        ('{"x": -' + "9" * 1001 + "}", "json", [("x", DIGITS)]),
        ("x = " + "9" * 1001, "toml", [("x", DIGITS)]),
        ('{"x": 1' + "0" * 1000 + "}", "json", [("x", DIGITS)]),
        ('{"b": ' + "[" * 65 + "]" * 65 + ', "a": 1}', "json", [("b" + "[0]" * 63, NESTED)]),
    ],
)
def test_documents_that_cannot_be_read(text: str, format: str, problems: object) -> None:
    assert _problems(text, format) == problems


def test_the_bounds_themselves_are_allowed() -> None:
    """64 levels of nesting and 1000 digits are read (and then found to be no report)."""
    for text in ('{"x": ' + "[" * 64 + "]" * 64 + "}", '{"x": ' + "9" * 1000 + "}"):
        problems = _problems(text, "json")
        assert ("x", "unknown key 'x'") in problems
        assert ("summary", "required key missing") in problems


def test_syntax_errors_name_the_format_and_the_place() -> None:
    [(where, what)] = _problems("type = \nx = 1")
    assert (where, what[:14]) == ("", "invalid TOML: ")
    assert what.endswith("(at line 1, column 8)")
    assert _problems('{"type": }', "json") == [
        ("", "invalid JSON: Expecting value: line 1 column 10 (char 9)")
    ]


def test_a_file_is_read_up_to_its_bound(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_bytes(b"x" * 100)
    with pytest.raises(ReportLoadError) as caught:
        load(path, max_bytes=99)
    assert [tuple(p) for p in caught.value.problems] == [
        ("", "is 100 bytes, more than the 99 a report may have")
    ]
    with pytest.raises(ReportLoadError) as caught:  # 100 bytes of it are allowed: not a report
        load(path, max_bytes=100)
    assert caught.value.problems[0][1].startswith("invalid TOML: ")


def test_a_report_is_read_from_its_file(tmp_path: Path) -> None:
    """The suffix gives the format, in any case; a format given overrides it."""
    report = loads(MINIMAL)
    path = tmp_path / "BAO-CAO.TOML"
    path.write_text(MINIMAL, encoding="utf-8")
    assert load(path) == report
    other = tmp_path / "bao-cao.txt"
    other.write_text(dumps(report, "json"), encoding="utf-8")
    assert load(other, "json") == report


@pytest.fixture
def report() -> Report:
    return loads(MINIMAL)


def test_unknown_formats_are_refused_when_writing(tmp_path: Path, report: Report) -> None:
    for call, message in [
        (
            lambda: dumps(report, "yaml"),  # type: ignore[arg-type]
            "<string>: unknown format 'yaml': expected 'toml' or 'json'",
        ),
        (
            lambda: to_data(report, "yaml"),  # type: ignore[arg-type]
            "<data>: unknown format 'yaml': expected 'toml' or 'json'",
        ),
        (
            lambda: dump(report, tmp_path / "r.yaml"),
            f"{tmp_path / 'r.yaml'}: unknown file type '.yaml': expected .toml or .json",
        ),
        (
            lambda: dump(report, tmp_path / "r.toml", "yaml"),  # type: ignore[arg-type]
            f"{tmp_path / 'r.toml'}: unknown format 'yaml': expected 'toml' or 'json'",
        ),
    ]:
        with pytest.raises(ReportDumpError) as caught:
            call()  # type: ignore[no-untyped-call]
        assert str(caught.value) == message
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_the_forms_written(tmp_path: Path, report: Report) -> None:
    """JSON: indented by two, Vietnamese as written, a final line break; compact: one line
    without spaces; TOML: no multi-line strings.  The suffix gives the file's format."""
    text = dumps(report, "json")
    assert text.endswith("}\n")
    assert '\n  "type": "Báo cáo",\n' in text
    compact = dumps(report, "json", compact=True)
    assert "\n" not in compact
    assert compact == json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
    assert dumps(report, "toml", compact=True) == dumps(report)
    assert 'summary = "Sơ kết"\n' in dumps(report)
    seed = dumps(load(Path(examples.__file__).parent / "bac-giang-ct21-2024.toml"))
    assert '\n  "KT. GIÁM ĐỐC",\n' in seed  # a long array: one item a line, indented by two
    multi = loads(MINIMAL.replace('paragraph = "Nội dung."', 'paragraph = "Dòng một\\nDòng hai"'))
    assert 'paragraph = "Dòng một\\nDòng hai"' in dumps(multi)
    dump(report, tmp_path / "r.JSON")
    assert (tmp_path / "r.JSON").read_text(encoding="utf-8") == text
    dump(report, tmp_path / "r.txt", "toml")
    assert load(tmp_path / "r.txt", "toml") == report
    assert to_data(report, "json")["date"] == "2024-05-20"


def test_what_cannot_be_read_as_a_file(tmp_path: Path) -> None:
    """A missing file, and a folder reached by read_bounded itself (load names a folder before
    reading it)."""
    missing = tmp_path / "missing.toml"
    with pytest.raises(ReportLoadError) as caught:
        load(missing)
    assert (caught.value.source, [tuple(p) for p in caught.value.problems]) == (
        str(missing),
        [("", "no such file")],
    )
    with pytest.raises(ReportLoadError) as caught:
        read_bounded(tmp_path)
    assert (caught.value.source, [tuple(p) for p in caught.value.problems]) == (
        str(tmp_path),
        [("", "is a folder, expected a .toml or .json file")],
    )


def test_a_table_source_is_found_beside_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table's CSV source is read from the report file's folder, whatever the current one."""
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    (folder / "d.csv").write_text("Đơn vị,Số\nHuyện Lục Nam,5\n", encoding="utf-8")
    path = folder / "r.toml"
    path.write_text(
        MINIMAL + '\n[[sections.blocks]]\n[sections.blocks.table]\nsource = { file = "d.csv" }\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    table = load(path).sections[0].blocks[2]
    assert isinstance(table, Table)
    assert [cell.text for cell in table.rows[0]] == ["Huyện Lục Nam", ""]
    assert table.rows[0][1].value == 5
    monkeypatch.chdir(folder)  # text without a file: its sources are found in the current folder
    assert loads(path.read_text(encoding="utf-8")).sections[0].blocks[2] == table


def test_a_file_of_exactly_the_bound_is_read(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    size = len(MINIMAL.encode("utf-8"))
    assert load(path, max_bytes=size) == loads(MINIMAL)


def test_the_file_is_named_in_the_problems_of_its_text(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text("type = ", encoding="utf-8")
    with pytest.raises(ReportLoadError) as caught:
        load(path)
    assert caught.value.source == str(path)
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    for given, problem in [
        (folder, "is a folder, expected a .toml or .json file"),
        (tmp_path / "r.yaml", "unknown file type '.yaml': expected .toml or .json"),
    ]:
        with pytest.raises(ReportLoadError) as caught:
            load(given)
        assert (caught.value.source, [tuple(p) for p in caught.value.problems]) == (
            str(given),
            [("", problem)],
        )
    latin = tmp_path / "latin.toml"
    latin.write_bytes("Báo cáo".encode("latin-1"))
    with pytest.raises(ReportLoadError) as caught:
        load(latin)
    assert [tuple(p) for p in caught.value.problems] == [
        ("", "not UTF-8 text (byte 1): save the file as UTF-8")
    ]


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="Linux /proc")
def test_files_that_say_they_are_empty() -> None:
    """/proc files are regular files of size 0: read to one byte past the bound at most, and a
    failing read is one problem."""
    with pytest.raises(ReportLoadError) as caught:
        read_bounded(Path("/proc/self/status"), max_bytes=10)
    assert [tuple(p) for p in caught.value.problems] == [
        ("", "is 11 bytes, more than the 10 a report may have")
    ]
    with pytest.raises(ReportLoadError) as caught:
        read_bounded(Path("/proc/self/mem"))
    assert [tuple(p) for p in caught.value.problems] == [
        ("", "cannot read the file: Input/output error")
    ]


def test_a_table_source_problem_names_the_report() -> None:
    text = MINIMAL + '\n[[sections.blocks]]\n[sections.blocks.table]\nsource = "d.csv"\n'
    with pytest.raises(ReportLoadError) as caught:
        loads(text, source="r.toml")
    assert caught.value.source == "r.toml"
    assert [tuple(p) for p in caught.value.problems] == [
        ("sections[0].blocks[2].table.source", "expected a table such as { file = 'bieu-01.csv' }")
    ]
