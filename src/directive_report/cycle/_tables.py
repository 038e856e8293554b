"""The units' data tables in a roll-up, and last period's figures in the next report (private).

**Combining.**  Tables of several units with the same columns (the same header cells and the
same unit line) become one table of the data appendix "Tổng hợp số liệu của các đơn vị": the
columns "STT" and "Đơn vị" first (a leading STT column of the units' own is dropped), then the
units' columns.  When every row of every unit says the same thing (no two rows differ in a
text cell: a biểu of one row per unit, or of figures only), the rows are listed unit by unit and a totals row "Tổng cộng"
sums every column of whole numbers, decimals or money.  When the rows are indicators (their text
cells differ: "Số hội nghị", "Số thuê bao thu hồi"), they are grouped by indicator, each group
ending with a row "Cộng" that sums it when it has several rows: a column never adds different
indicators.  Percentages and dates are never added.

**Carrying forward.**  A table of last period keeps its header, its text cells and its shape;
where the header has a comparison column ("Năm trước", "Kỳ trước") and a current one ("Năm
nay", "Kỳ này"), last period's current figures move to the comparison column; every other
figure becomes a placeholder.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

import attrs

from directive_report.cycle._result import Origin
from directive_report.model import Paragraph
from directive_report.model.placeholder import placeholder
from directive_report.model.table import Cell, CellKind, Column, Table, TablePart

__all__ = ["APPENDIX_TITLE", "carried_table", "combine_tables", "table_signature"]

#: The title of the compiled report's data appendix.
APPENDIX_TITLE = "Tổng hợp số liệu của các đơn vị"
#: What a figure still to be reported holds.
NEW_FIGURE = "số liệu"

_STT = frozenset({"stt", "tt", "số tt", "số thứ tự"})
_PREVIOUS = re.compile(r"\b(?:năm|kỳ) trước\b")
_CURRENT = re.compile(r"\b(?:năm nay|kỳ này|năm báo cáo|kỳ báo cáo)\b")

Signature = tuple[tuple[tuple[str, int, int], ...], ...]
Sourced = tuple[str, Origin, Table]  # the unit, where its table stood, the table


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def table_signature(table: Table) -> tuple[Signature, str]:
    """What tables must share to be combined: the header cells (text and spans) and the unit
    line, compared without case and extra spaces."""
    header = tuple(
        tuple((_fold(cell.text), cell.colspan, cell.rowspan) for cell in row)
        for row in table.header
    )
    return header, _fold(table.unit or "")


def _leading_stt(table: Table) -> bool:
    """Whether the first column is a running number the combined table renumbers."""
    first = table.header[0][0]
    return (
        _fold(first.text) in _STT
        and first.colspan == 1
        and first.rowspan == len(table.header)
        and all(row[0].colspan == row[0].rowspan == 1 for row in table.rows)
        and all(table.placed(TablePart.BODY)[r][0][0] == 0 for r in range(len(table.rows)))
    )


def _key(row: Sequence[Cell]) -> tuple[str, ...]:
    return tuple(_fold(cell.text) for cell in row if cell.kind is CellKind.TEXT)


def _sum(cells: Sequence[Cell]) -> Cell:
    """The total of one column's cells: their sum when they are all summable numbers (or
    empty), in the kind they share; an empty cell otherwise."""
    values = [cell for cell in cells if not cell.is_empty]
    kinds = {cell.kind for cell in values}
    if not values or len(kinds) != 1 or not next(iter(kinds)).is_summable:
        return Cell()
    kind = next(iter(kinds))
    total: int | Decimal = sum((cell.value for cell in values), start=0)  # type: ignore[misc]
    return Cell(value=total, kind=kind)


def _sums(rows: Sequence[Sequence[Cell]], width: int, label: str) -> list[Cell]:
    """A row ``label | sums...`` under *rows* (each *width* cells, none merged)."""
    return [Cell(value=label, colspan=2), *(_sum([row[c] for row in rows]) for c in range(width))]


def combine_tables(tables: Sequence[Sourced]) -> Table:
    """One table from the units' *tables*, which share :func:`table_signature`."""
    first = tables[0][2]
    drop = all(_leading_stt(table) for _, _, table in tables)
    skip = 1 if drop else 0
    height = len(first.header)
    header = [
        [
            Cell(value="STT", rowspan=height),
            Cell(value="Đơn vị", rowspan=height),
            *first.header[0][skip:],
        ],
        *(list(row) for row in first.header[1:]),
    ]
    width = first.column_count - skip
    merged = any(
        cell.colspan > 1 or cell.rowspan > 1 for _, _, t in tables for r in t.rows for cell in r
    )
    rows_of: list[tuple[str, list[list[Cell]]]] = []
    for unit, _, table in tables:  # a unit's tables (its body's and its appendix's) together
        rows = [list(row[skip:]) for row in table.rows]
        if rows_of and rows_of[-1][0] == unit:
            rows_of[-1][1].extend(rows)
        else:
            rows_of.append((unit, rows))
    keys = {_key(row) for _, rows in rows_of for row in rows}
    body: list[list[Cell]] = []
    total: list[Cell] | None = None
    if len(keys) <= 1 or merged:
        for number, (unit, rows) in enumerate(rows_of, start=1):
            span = len(rows)
            for index, row in enumerate(rows):
                lead = [Cell(value=number, rowspan=span), Cell(value=unit, rowspan=span)]
                body.append([*lead, *row] if index == 0 else row)
        if not merged:
            total = _sums([row for _, rows in rows_of for row in rows], width, "Tổng cộng")
    else:
        groups: dict[tuple[str, ...], list[tuple[str, list[Cell]]]] = {}
        for unit, rows in rows_of:
            for row in rows:
                groups.setdefault(_key(row), []).append((unit, row))
        number = 0
        for members in groups.values():
            for unit, row in members:
                number += 1
                body.append([Cell(value=number), Cell(value=unit), *row])
            if len(members) > 1:
                body.append(_sums([row for _, row in members], width, "Cộng"))
    columns = (Column(), Column(), *first.columns[skip:]) if first.columns else ()
    notes = tuple(
        Paragraph(runs=f"{unit}: {note.text}") for unit, _, table in tables for note in table.notes
    )
    return Table(
        header=header,
        rows=body,
        total=total,
        caption=first.caption,
        numbered=first.numbered,
        unit=first.unit,
        columns=columns,
        notes=notes,
    )


def carried_table(table: Table) -> Table:
    """Next period's *table*: text and the running numbers (STT) kept, last period's current
    figures in the comparison column when the header has both, every other figure a
    placeholder."""
    previous = current = None
    for row in table.placed(TablePart.HEADER):
        for column, cell in row:
            if cell.colspan != 1:
                continue
            if _PREVIOUS.search(_fold(cell.text)):
                previous = column
            elif _CURRENT.search(_fold(cell.text)):
                current = column

    numbering = 0 if _leading_stt(table) else None

    def carried(row: tuple[tuple[int, Cell], ...]) -> list[Cell]:
        by_column = dict(row)
        cells = []
        for column, cell in row:
            if column == numbering:
                cells.append(cell)
            elif column == previous and current in by_column:
                moved = by_column[current]
                cells.append(attrs.evolve(moved, colspan=cell.colspan, rowspan=cell.rowspan))
            elif cell.kind is CellKind.TEXT:
                cells.append(cell)
            else:
                cells.append(
                    Cell(value=placeholder(NEW_FIGURE), colspan=cell.colspan, rowspan=cell.rowspan)
                )
        return cells

    return attrs.evolve(
        table,
        rows=[carried(row) for row in table.placed(TablePart.BODY)],
        total=carried(table.placed(TablePart.TOTAL)[0]) if table.total else None,
    )
