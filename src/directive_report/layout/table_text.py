"""The words of a table: how each cell prints, the caption and the unit line (content stage).

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
from directive_report.model import Cell, CellKind, Paragraph

__all__ = ["TABLE_LABEL", "UNIT_LABEL", "caption_text", "cell_text", "unit_text"]

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
