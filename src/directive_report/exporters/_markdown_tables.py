"""Data tables in Markdown, as GFM pipe tables (private; see :mod:`.markdown_export`).

A pipe table has one header row and no merged cells, so a table is flattened: the first header
row is the table's header, further header rows are its first rows (in bold, as the header is
printed), a cell is one line, and a merged cell's text stands in its first position with the positions it covers
left empty.  The merges are then stated in a line under the table, so that nothing the printed
table says is lost: ``Ô gộp: “Năm 2024” gồm cột 3–4; “STT” gồm dòng tiêu đề 1–2.``
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from directive_report.layout import Line, Role, TableCellContent, TableContent, grid_slots
from directive_report.layout.content_types import plain_line

__all__ = ["MERGE_LABEL", "gfm_table", "merge_statement"]

#: What opens the line that states a table's merged cells.
MERGE_LABEL: Final = "Ô gộp:"


def gfm_table(
    table: TableContent, paragraph: Callable[[Line], str], cell: Callable[[Line], str]
) -> Iterator[str]:
    """The blocks of *table*: caption and unit lines, the pipe table, the line stating its
    merges, its notes; *paragraph* writes a line as a paragraph and *cell* as a cell's content
    (both escaped, emphasis kept: the header in bold)."""
    for line in (table.caption, table.unit):
        if line is not None:
            yield paragraph(line)
    rows = [_row(slots, cell) for slots in grid_slots((*table.header, *table.rows))]
    header, *body = rows
    yield "\n".join([_pipe(header), _pipe(_alignments(table)), *(_pipe(cells) for cells in body)])
    statement = merge_statement(table)
    if statement:  # in italics as a note is, escaped as every text is
        yield paragraph(plain_line(Role.TABLE_NOTE, statement))
    yield from (paragraph(line) for line in table.notes)


def _row(
    slots: tuple[tuple[TableCellContent, bool], ...], write: Callable[[Line], str]
) -> list[str]:
    cells: list[str] = []
    for cell, continued in slots:
        text = "" if continued or not cell.line.runs else write(cell.line)
        cells.extend([text, *([""] * (cell.colspan - 1))])
    return cells


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _alignments(table: TableContent) -> list[str]:
    """Right for a column whose body holds numbers or dates, left otherwise."""
    numeric = {
        cell.column
        for row in table.rows
        for cell in row
        if cell.line.role is Role.TABLE_NUMBER and cell.colspan == 1
    }
    return ["---:" if column in numeric else ":---" for column in range(table.columns)]


def merge_statement(table: TableContent) -> str:
    """The line stating the merged cells of *table* (empty when none are merged)."""
    parts = []
    for header, rows in ((True, table.header), (False, table.rows)):
        for number, row in enumerate(rows, start=1):
            for cell in row:
                if cell.colspan == 1 and cell.rowspan == 1:
                    continue
                spans = []
                if cell.colspan > 1:
                    spans.append(f"cột {cell.column + 1}–{cell.column + cell.colspan}")
                if cell.rowspan > 1:
                    which = "dòng tiêu đề" if header else "dòng"
                    spans.append(f"{which} {number}–{number + cell.rowspan - 1}")
                text = "".join(run.text for run in cell.line.runs) or "(trống)"
                parts.append(f"“{text}” gồm {', '.join(spans)}")
    return f"{MERGE_LABEL} {'; '.join(parts)}." if parts else ""
