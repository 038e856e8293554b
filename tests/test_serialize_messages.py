"""What a report file's author reads for each mistake the converter finds (issue 17, case 14):
the place in the file and the message, word for word, written by hand.  Each case changes one
line of a valid report (test_serialize.MINIMAL)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from directive_report import ReportLoadError, load, loads
from directive_report.model import ActionList, Cell, CellKind, Paragraph, Run, Section, Table
from test_serialize import MINIMAL
from test_table_serialize import TABLE

ACTION = 'actions = [{ text = "Thu hồi 185 số thuê bao;", date = 2024-01-01 }]'
PARAGRAPH = 'paragraph = "Nội dung."'
ACTION_AT = "sections[0].blocks[1].actions[0]"
BLOCKS = "paragraph, bullets, actions, tasks, table"


def _action(extra: str) -> tuple[str, str]:
    """The action of MINIMAL with more keys."""
    return ACTION, ACTION.replace("date = 2024-01-01", f"date = 2024-01-01, {extra}")


# (change to MINIMAL, location, message)
CASES: list[tuple[tuple[str, str], str, str]] = [
    # what a value is, as messages describe it: the repr only when short (under 40 characters)
    (('summary = "Sơ kết"', "summary = 5"), "summary", "expected text, got a number 5"),
    (
        ('summary = "Sơ kết"', "summary = true"),
        "summary",
        "expected text, got true/false True",
    ),
    (('summary = "Sơ kết"', "summary = [1]"), "summary", "expected text, got an array"),
    (('summary = "Sơ kết"', "summary = { a = 1 }"), "summary", "expected text, got a table"),
    (('summary = "Sơ kết"', "summary = 1.5"), "summary", "expected text, got float 1.5"),
    (
        ("date = 2024-01-01", f'date = "{"a" * 37}"'),
        f"{ACTION_AT}.date",
        f"expected a date such as 2024-05-20, got text '{'a' * 37}'",
    ),
    (
        ("date = 2024-01-01", f'date = "{"a" * 38}"'),
        f"{ACTION_AT}.date",
        "expected a date such as 2024-05-20, got text",
    ),
    # dates
    (
        ("date = 2024-05-20", "date = 2024-05-20T10:00:00"),
        "date",
        "expected a date without a time, got 2024-05-20T10:00:00",
    ),
    (
        ("date = 2024-01-01", 'date = "2024-02-30"'),
        f"{ACTION_AT}.date",
        "'2024-02-30' is not a day of the calendar",
    ),
    (
        ("date = 2024-01-01", 'date = "20/5/2024"'),
        f"{ACTION_AT}.date",
        "expected a date such as 2024-05-20, got text '20/5/2024'",
    ),
    # numbers: whole numbers, or decimals written as text
    (
        _action('quantities = [{ value = 1.5, unit = "người" }]'),
        f"{ACTION_AT}.quantities[0].value",
        "expected a whole number or a decimal written as text ('1.5'), got float 1.5",
    ),
    (
        _action('quantities = [{ value = "1,5", unit = "người" }]'),
        f"{ACTION_AT}.quantities[0].value",
        "expected a whole number or a decimal written as text ('1.5'), got text '1,5'",
    ),
    (
        _action('quantities = [{ value = true, unit = "người" }]'),
        f"{ACTION_AT}.quantities[0].value",
        "expected a whole number or a decimal written as text ('1.5'), got true/false True",
    ),
    # names, numbers and lines read from text
    (
        ('type = "Báo cáo"', "type = 5"),
        "type",
        "expected a document type such as 'Báo cáo', got a number 5",
    ),
    (
        ('number = "/BC-STTTT"', "number = 5"),
        "number",
        "expected a document number such as '89/KH-STTTT', got a number 5",
    ),
    (
        ('capacities = ["KT. GIÁM ĐỐC"]', "capacities = [5]"),
        "signature.capacities[0]",
        "expected a capacity line such as 'KT. GIÁM ĐỐC', got a number 5",
    ),
    (
        ('capacities = ["KT. GIÁM ĐỐC"]', 'capacities = ["XX. GIÁM ĐỐC"]'),
        "signature.capacities[0]",
        "expected a line starting with TM., KT., TL., TUQ., Q. such as 'KT. GIÁM ĐỐC', got "
        "'XX. GIÁM ĐỐC'",
    ),
    (
        _action("citations = [{ type = 5 }]"),
        f"{ACTION_AT}.citations[0].type",
        "expected a document type such as 'Báo cáo', got a number 5",
    ),
    (
        _action('citations = [{ type = "Chỉ thị", bare_number = 21, pinpoint = 5 }]'),
        f"{ACTION_AT}.citations[0].pinpoint",
        "expected a pinpoint such as 'điểm a khoản 5 Điều 102', got a number 5",
    ),
    # paragraphs and runs
    (
        (PARAGRAPH, "paragraph = 5"),
        "sections[0].blocks[0]",
        "expected a paragraph (text or an array of runs), got a number 5",
    ),
    (
        (PARAGRAPH, 'paragraph = ["Nội dung", 5]'),
        "sections[0].blocks[0]",
        "run 1: expected text or a table, got a number 5",
    ),
    (
        (PARAGRAPH, 'paragraph = ["Nội ", { bold = true }]'),
        "sections[0].blocks[0]",
        "run 1: the key 'text' is missing; a run is { text = '...', bold/italic = true }",
    ),
    (
        (PARAGRAPH, 'paragraph = [{ text = "Nội dung", underline = true, strike = true }]'),
        "sections[0].blocks[0]",
        "run 0: unknown keys ['strike', 'underline']; a run is { text = '...', bold/italic = "
        "true }",
    ),
    (
        (PARAGRAPH, 'paragraph = [{ text = "Nội dung", bold = 1 }]'),
        "sections[0].blocks[0]",
        "expected true or false, got a number 1",
    ),
    (
        (PARAGRAPH, 'paragraph = [{ text = "Nội dung", italic = "yes" }]'),
        "sections[0].blocks[0]",
        "expected true or false, got text 'yes'",
    ),
    (
        (PARAGRAPH, "paragraph = [{ text = 5 }]"),
        "sections[0].blocks[0]",
        "expected text, got a number 5",
    ),
    (
        (PARAGRAPH, 'paragraph = "Nội\\u0007dung"'),
        "sections[0].blocks[0]",
        "contains U+0007, a control character documents cannot carry, at character 4 of "
        "'Nội\\x07dung'",
    ),
    # blocks
    (
        (
            "[[sections.blocks]]\n" + PARAGRAPH,
            "[[sections.blocks]]\n" + PARAGRAPH + "\nbold = true",
        ),
        "sections[0].blocks[0].bold",
        "unknown key 'bold'",
    ),
    (
        (PARAGRAPH, 'paragraf = "Nội dung."\nnote = 1'),
        "sections[0].blocks[0]",
        f"a block has exactly one of the keys {BLOCKS}; found none of them: note, paragraf",
    ),
    (
        (PARAGRAPH, PARAGRAPH + '\nbullets = ["Một"]'),
        "sections[0].blocks[0]",
        f"a block has exactly one of the keys {BLOCKS}; found paragraph, bullets",
    ),
    (
        (ACTION, ACTION + '\n\n[[sections]]\ntitle = "HAI"\nblocks = [5]'),
        "sections[1].blocks[0]",
        f"expected a block table with one of the keys {BLOCKS}",
    ),
    (
        (ACTION, 'actions = [{ text = "Thu hồi", date = 2024-01-01, by = 1, with = 2 }]'),
        ACTION_AT,
        "unknown keys by, with",
    ),
    (
        (ACTION, "actions = 5"),
        "sections[0].blocks[1].actions",
        "expected an array, got a number 5",
    ),
    # tasks: an enumeration written by its value
    (
        (ACTION, 'tasks = [{ text = "Triển khai", kind = "later" }]'),
        "sections[0].blocks[1].tasks[0].kind",
        "expected one of 'assigned', 'forward', got text 'later'",
    ),
    # keys: a long one quoted, not repeated
    (
        ('summary = "Sơ kết"', f'summary = "Sơ kết"\n{"k" * 41} = 1'),
        "k" * 40 + "…",
        f"unknown key '{'k' * 40}'… (41 characters)",
    ),
    (
        ('summary = "Sơ kết"', f'summary = "Sơ kết"\n{"k" * 40} = 1'),
        "k" * 40,
        f"unknown key '{'k' * 40}'",
    ),
]


@pytest.mark.parametrize(("change", "location", "message"), CASES)
def test_each_mistake_is_named_where_it_is(
    change: tuple[str, str], location: str, message: str
) -> None:
    old, new = change
    assert old in MINIMAL
    with pytest.raises(ReportLoadError) as caught:
        loads(MINIMAL.replace(old, new, 1), source="bao-cao.toml")
    assert [tuple(problem) for problem in caught.value.problems] == [(location, message)]


def test_unknown_keys_are_listed_ten_at_most_each_cut_at_40_characters() -> None:
    keys = [f"k{i:02d}" for i in range(12)] + ["x" * 41]
    extra = ", ".join(f"{key} = 1" for key in keys)
    with pytest.raises(ReportLoadError) as caught:
        loads(MINIMAL.replace(ACTION, ACTION.replace(" }]", f", {extra} }}]")))
    shown = ", ".join(f"k{i:02d}" for i in range(10))
    assert [tuple(problem) for problem in caught.value.problems] == [
        (ACTION_AT, f"unknown keys {shown}")
    ]
    with pytest.raises(ReportLoadError) as caught:
        loads(MINIMAL.replace(ACTION, ACTION.replace(" }]", f", a = 1, {'x' * 41} = 2 }}]")))
    assert [tuple(problem) for problem in caught.value.problems] == [
        (ACTION_AT, f"unknown keys a, {'x' * 40}…")
    ]
    with pytest.raises(ReportLoadError) as caught:  # a key of 40 characters is shown whole
        loads(MINIMAL.replace(ACTION, ACTION.replace(" }]", f", a = 1, {'x' * 40} = 2 }}]")))
    assert [tuple(problem) for problem in caught.value.problems] == [
        (ACTION_AT, f"unknown keys a, {'x' * 40}")
    ]


def test_what_is_read_from_text() -> None:
    """A decimal written as text is read exactly, spaces around it ignored; emphasis is kept."""
    report = loads(
        MINIMAL.replace(*_action('quantities = [{ value = " 2.50 ", unit = "người" }]')).replace(
            PARAGRAPH,
            'paragraph = ["Nội ", { text = "dung", bold = true, italic = true }, "."]',
        )
    )
    section = report.sections[0]
    assert isinstance(section, Section)
    paragraph, actions = section.blocks
    assert isinstance(actions, ActionList)
    assert actions.actions[0].quantities[0].value == Decimal("2.50")
    assert paragraph == Paragraph(
        runs=[Run(text="Nội "), Run(text="dung", bold=True, italic=True), Run(text=".")]
    )
    for run in ('{ text = "Nội dung", italic = true }', '{ text = "Nội dung", bold = true }'):
        report = loads(MINIMAL.replace(PARAGRAPH, f"paragraph = [{run}]"))
        section = report.sections[0]
        assert isinstance(section, Section)
        italic = "italic" in run
        assert section.blocks[0] == Paragraph(
            runs=[Run(text="Nội dung", bold=not italic, italic=italic)]
        )


CELL = '{ percent = "95.5" }'  # row 0, column 2 of test_table_serialize.TABLE
CELL_AT = "intro[0].table.rows[0][2]"
CELL_KEYS = "text, integer, decimal, money, percent, date"

# (cell written instead of CELL, message)
CELLS: list[tuple[str, str]] = [
    ('" Huyện"', "must not start or end with whitespace: ' Huyện'"),
    (
        "1.5",
        "expected a cell: text, a whole number, a date, or a table such as { decimal = '12.5' } "
        "or { text = 'Kế hoạch', colspan = 2 }, got float 1.5",
    ),
    (
        "true",
        "expected a cell: text, a whole number, a date, or a table such as { decimal = '12.5' } "
        "or { text = 'Kế hoạch', colspan = 2 }, got true/false True",
    ),
    (
        '{ percent = "95.5", integer = 5 }',
        f"several values ['integer', 'percent']: a cell table has one of the keys {CELL_KEYS} "
        "and optional colspan, rowspan",
    ),
    (
        "{ value = 5, colspan = 1 }",
        f"unknown keys ['value']: a cell table has one of the keys {CELL_KEYS} and optional "
        "colspan, rowspan",
    ),
    ('{ percent = "95.5", colspan = "1" }', "expected a whole number, got text '1'"),
    ('{ percent = "95.5", rowspan = 1.0 }', "expected a whole number, got float 1.0"),
    ('{ integer = "5" }', "expected a whole number, got text '5'"),
    (
        "{ decimal = 1.5 }",
        "expected a whole number or a decimal written as text ('1.5'), got float 1.5",
    ),
    (
        '{ money = "1,5" }',
        "expected a whole number or a decimal written as text ('1.5'), got text '1,5'",
    ),
    ('{ date = "20/5/2024" }', "expected a date such as 2024-05-20, got text '20/5/2024'"),
    (
        '"Huyện\\u0007"',
        "contains U+0007, a control character documents cannot carry, at "
        "character 6 of 'Huyện\\x07'",
    ),
]


@pytest.mark.parametrize(("cell", "message"), CELLS)
def test_each_mistake_in_a_cell_is_named_where_it_is(cell: str, message: str) -> None:
    assert CELL in TABLE
    with pytest.raises(ReportLoadError) as caught:
        loads(TABLE.replace(CELL, cell, 1))
    assert [tuple(problem) for problem in caught.value.problems] == [(CELL_AT, message)]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('{ text = "" }', Cell()),
        ("{}", Cell()),
        ('{ text = "Huyện", colspan = 1, rowspan = 1 }', Cell(value=Paragraph(runs="Huyện"))),
        ('{ money = "1500.50" }', Cell(kind=CellKind.MONEY, value=Decimal("1500.50"))),
        ("{ money = 1500 }", Cell(kind=CellKind.MONEY, value=1500)),
        ('{ decimal = "2" }', Cell(kind=CellKind.DECIMAL, value=Decimal("2"))),
        ("{ decimal = 2 }", Cell(kind=CellKind.DECIMAL, value=Decimal("2"))),
    ],
)
def test_cells_are_read_as_written(cell: str, expected: Cell) -> None:
    report = loads(TABLE.replace(CELL, cell, 1))
    table = report.intro[0]
    assert isinstance(table, Table)
    assert table.rows[0][2] == expected


def test_a_path_that_cannot_be_looked_at_is_one_error(tmp_path: Path) -> None:
    """Looking at a path can fail (a name too long for the file system here; a folder the user
    cannot enter in tests/test_bad_input_permissions.py): one load error saying why, never a
    bare OSError (``Path.is_dir`` raised one)."""
    path = tmp_path / ("r" * 300 + ".toml")
    with pytest.raises(ReportLoadError) as caught:
        load(path)
    assert caught.value.source == str(path)
    assert [tuple(problem) for problem in caught.value.problems] == [
        ("", "cannot read the file: File name too long")
    ]


def test_a_merged_empty_cell_keeps_its_spans() -> None:
    text = TABLE.replace('{ percent = "95.5" }, 2024-05-20]', "{ colspan = 2 }]")
    spanned = TABLE.replace("2024-05-20],", "{ rowspan = 2 }],").replace(
        '{ percent = 100 }, ""]', "{ percent = 100 }]"
    )
    for source, column, cell in [(text, 2, Cell(colspan=2)), (spanned, 3, Cell(rowspan=2))]:
        table = loads(source).intro[0]
        assert isinstance(table, Table)
        assert table.rows[0][column] == cell
