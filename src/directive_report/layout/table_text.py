"""The words of a table: how each cell prints, the caption and the unit line (content stage);
:func:`table_content` puts them together.

Typed cells print by the Vietnamese rules of :mod:`directive_report.vi` — "1.234.567",
"12,5", "95,5%", "20/5/2024" — with the column's decimals when it gives them; text cells print
as written.  The wording around a table is practice for biểu số liệu in administrative reports:

>>> from decimal import Decimal
>>> from directive_report.model import Cell, CellKind
>>> cell_text(Cell(value=1234567), None), cell_text(Cell(value=Decimal("12.345")), 1)
('1.234.567', '12,3')
>>> cell_text(Cell(kind=CellKind.PERCENT, value=Decimal("95.5")), None)
'95,5%'
>>> caption_text("Kết quả thực hiện chỉ tiêu", 1), unit_text("triệu đồng")
('Biểu số 01: Kết quả thực hiện chỉ tiêu', 'Đơn vị tính: triệu đồng')
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Final

from directive_report import vi
from directive_report.layout.content_types import Line, TableCellContent, TableContent, plain_line
from directive_report.layout.roles import Role
from directive_report.model import Cell, CellKind, Paragraph, Run, Table, TablePart

__all__ = [
    "TABLE_LABEL",
    "UNIT_LABEL",
    "caption_text",
    "cell_text",
    "table_content",
    "unit_text",
]

#: What opens a numbered table's caption: "Biểu số 01".
TABLE_LABEL: Final = "Biểu số"
#: What opens the unit line: "Đơn vị tính: triệu đồng".
UNIT_LABEL: Final = "Đơn vị tính:"


def cell_text(cell: Cell, decimals: int | None) -> str:
    """The printed text of *cell*; numbers with *decimals* after the comma (None: as stored)."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, Paragraph):
        return value.text
    if isinstance(value, dt.date):
        return vi.format_date(value, style="short")
    assert isinstance(value, int | Decimal)
    digits = vi.format_number(value, decimals=decimals)
    return digits + "%" if cell.kind is CellKind.PERCENT else digits


def caption_text(caption: str | None, number: int | None) -> str:
    """The caption line: ``"Biểu số 01: <caption>"`` for the *number*-th numbered table, the
    caption alone when the table is not numbered, ``"Biểu số 01"`` for a number alone."""
    if number is None:
        return caption or ""
    label = f"{TABLE_LABEL} {number:02d}"
    return f"{label}: {caption}" if caption else label


def unit_text(unit: str) -> str:
    """The unit line: ``"Đơn vị tính: người"``."""
    return f"{UNIT_LABEL} {unit}"


def table_content(table: Table, number: int | None) -> TableContent:
    """The printed form of *table*; *number* is its place among the document's numbered tables
    (None when it is not numbered)."""
    caption = caption_text(table.caption, number)
    return TableContent(
        columns=table.column_count,
        caption=plain_line(Role.TABLE_CAPTION, caption) if caption else None,
        unit=plain_line(Role.TABLE_UNIT, unit_text(table.unit)) if table.unit else None,
        header=tuple(
            tuple(_cell(table, column, cell, header=True) for column, cell in row)
            for row in table.placed(TablePart.HEADER)
        ),
        rows=tuple(
            tuple(_cell(table, column, cell, total=part is TablePart.TOTAL) for column, cell in row)
            for part in (TablePart.BODY, TablePart.TOTAL)
            for row in table.placed(part)
        ),
        notes=tuple(Line(role=Role.TABLE_NOTE, runs=note.runs) for note in table.notes),
    )


def _cell(
    table: Table, column: int, cell: Cell, *, header: bool = False, total: bool = False
) -> TableCellContent:
    if header:
        role = Role.TABLE_HEADER
    elif cell.kind is CellKind.TEXT:
        role = Role.TABLE_TEXT
    else:
        role = Role.TABLE_NUMBER
    if isinstance(cell.value, Paragraph):
        runs = cell.value.runs
    else:
        text = cell_text(cell, table.decimals(column))
        runs = (Run(text=text),) if text else ()
    if total:  # the totals row is bold
        runs = tuple(Run(text=run.text, bold=True, italic=run.italic) for run in runs)
    return TableCellContent(
        line=Line(role=role, runs=runs), column=column, colspan=cell.colspan, rowspan=cell.rowspan
    )
