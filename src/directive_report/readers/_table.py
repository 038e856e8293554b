"""A data table of a document's body, from its page facts into the model's :class:`Table` (private).

What the file says is kept: each cell's column and row spans (merged cells), and the rows at the
top whose every written cell is bold as the header rows (the NĐ 30 biểu prints its header bold,
as Word's "repeat as header row" tables do); a last row that opens with "Tổng cộng", "Cộng" or
"Tổng số" is the totals row.  A cell whose text reads as a Vietnamese number
(:func:`directive_report.vi.parse_number`: ``1.234``, ``12,5``), a percentage (``95,5%``) or a
date (``20/5/2024``) becomes a typed cell; in a table whose unit line names a currency
("Đơn vị tính: triệu đồng") the numbers after the first column are money.  A column whose
numbers are all printed with the same number of decimals keeps them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from directive_report import vi
from directive_report.errors import DirectiveReportError
from directive_report.model import Cell, CellKind, Column, Paragraph, Run, Table
from directive_report.readers.facts import CellFacts, TableFacts

__all__ = ["model_table"]

_TOTAL: Final = re.compile(r"^(?:Tổng\s+cộng|Cộng|Tổng\s+số|Tổng)\b", re.IGNORECASE)
_NUMBER: Final = re.compile(r"^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$")
_PERCENT: Final = re.compile(r"^-?\d+(?:,\d+)?\s?%$")
_DATE: Final = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")


def _text(cell: CellFacts) -> str:
    return " ".join(cell.text.split())


def _bold(cell: CellFacts) -> bool:
    runs = [run for p in cell.paragraphs() for run in p.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _runs(cell: CellFacts, plain: bool) -> Paragraph | None:
    text = _text(cell)
    if not text:
        return None
    if plain:
        return Paragraph(runs=text)
    runs = [
        Run(text=run.text, bold=bool(run.bold), italic=bool(run.italic))
        for p in cell.paragraphs()
        for run in p.runs
        if run.text
    ]
    joined = "".join(run.text for run in runs)
    return Paragraph(runs=runs) if " ".join(joined.split()) == text else Paragraph(runs=text)


def _decimals(text: str) -> int:
    digits = text.rstrip("%").strip()
    return len(digits.split(",", 1)[1]) if "," in digits else 0


def _typed(text: str, column: int, money: bool) -> tuple[int | Decimal | dt.date, CellKind] | None:
    try:
        if _PERCENT.match(text):
            return vi.parse_percent(text.replace(" ", "")) * 100, CellKind.PERCENT
        if _NUMBER.match(text):
            value = vi.parse_number(text)
            if money and column > 0:
                return value, CellKind.MONEY
            return value, CellKind.INTEGER if isinstance(value, int) else CellKind.DECIMAL
        if _DATE.match(text):
            return vi.parse_date(text), CellKind.DATE
    except (DirectiveReportError, ValueError):
        return None
    return None


def _cell(cell: CellFacts, *, header: bool, total: bool, money: bool) -> Cell:
    text = _text(cell)
    colspan, rowspan = cell.column_span, cell.row_span
    if not header and text:
        typed = _typed(text, cell.column, money)
        if typed is not None:
            return Cell(value=typed[0], kind=typed[1], colspan=colspan, rowspan=rowspan)
    return Cell(value=_runs(cell, plain=header or total), colspan=colspan, rowspan=rowspan)


def _columns(rows: Sequence[Sequence[CellFacts]], width: int) -> tuple[Column, ...]:
    found: dict[int, set[int]] = {}
    for row in rows:
        for cell in row:
            text = _text(cell)
            if text and (_PERCENT.match(text) or _NUMBER.match(text)):
                found.setdefault(cell.column, set()).add(_decimals(text))
    decimals = [
        next(iter(found[c])) if len(found.get(c, ())) == 1 and 0 not in found[c] else None
        for c in range(width)
    ]
    if all(d is None for d in decimals):
        return ()
    return tuple(Column(decimals=d) for d in decimals)


def model_table(
    facts: TableFacts,
    *,
    caption: str | None = None,
    unit: str | None = None,
    numbered: bool = False,
) -> Table:
    """The model's table for *facts*; raises :class:`DirectiveReportError` when the rows do not
    make a table the model accepts (rows of different widths, no body row)."""
    rows = [row for row in facts.rows if row]
    money = unit is not None and "đồng" in unit.lower()
    header_count = 0
    for row in rows[:-1]:
        if all(_bold(cell) for cell in row if _text(cell)) and any(_text(c) for c in row):
            header_count += 1
        else:
            break
    header_count = header_count or 1
    body = rows[header_count:]
    total_row = None
    if len(body) > 1 and body[-1] and _TOTAL.match(_text(body[-1][0])):
        total_row, body = body[-1], body[:-1]
    width = sum(cell.column_span for cell in rows[0])
    return Table(
        header=[
            [_cell(c, header=True, total=False, money=money) for c in r]
            for r in rows[:header_count]
        ],
        rows=[[_cell(c, header=False, total=False, money=money) for c in r] for r in body],
        total=None
        if total_row is None
        else [_cell(c, header=False, total=True, money=money) for c in total_row],
        caption=caption,
        unit=unit,
        numbered=numbered,
        columns=_columns([*body, *((total_row,) if total_row else ())], width),
    )
