"""Data tables (biểu số liệu): a caption, a unit line, header rows with merged cells, body rows,
an optional totals row and notes.

Cells hold text (a :class:`Paragraph`, with the same emphasis as body text) or a typed value
(whole number, decimal, money, percentage, date) that the layout prints by the Vietnamese rules
and aligns right.  Merged cells are written once, at their top-left position, with ``colspan`` and
``rowspan``; the positions they cover are left out of the following rows, as in HTML.  Every row
must then cover the same number of columns: a table that breaks this names the row and column.

>>> table = Table(
...     header=[["STT", "Đơn vị", "Kế hoạch", "Thực hiện"]],
...     rows=[[1, "Huyện Lục Nam", 120, 118], [2, "Huyện Yên Thế", 80, 85]],
...     total=[Cell(value="Tổng cộng", colspan=2), 200, 203],
...     unit="người",
... )
>>> table.column_count, table.rows[0][2].kind
(4, <CellKind.INTEGER: 'integer'>)
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, TypeAlias

import attrs

from directive_report import i18n
from directive_report._text import nfc, nfc_optional
from directive_report.model._validation import fail, optional_non_empty
from directive_report.model.text import Paragraph, RunLike, as_paragraph

__all__ = [
    "Cell",
    "CellKind",
    "CellValue",
    "Column",
    "Table",
    "TablePart",
]

#: What a cell holds: text, a number, a date, or nothing (an empty cell).
CellValue: TypeAlias = Paragraph | int | Decimal | dt.date | None

#: The most decimals a column may ask for.
MAX_DECIMALS = 6


class CellKind(enum.Enum):
    """What a cell's value is, and so how it is printed."""

    TEXT = "text"  #: text, left-aligned, with emphasis (empty when the value is None)
    INTEGER = "integer"  #: a whole number: 1.234.567
    DECIMAL = "decimal"  #: a decimal number: 12,5
    MONEY = "money"  #: an amount in the table's unit: 1.500.000 (the unit line names the currency)
    PERCENT = "percent"  #: a percentage, stored in points (95.5 is printed 95,5%)
    DATE = "date"  #: a day: 20/5/2024

    @property
    def is_number(self) -> bool:
        """Whether the kind is a number (printed right-aligned)."""
        return self in _NUMBERS

    @property
    def is_summable(self) -> bool:
        """Whether a column of this kind adds up to a total (percentages and dates do not)."""
        return self in _SUMMABLE


_NUMBERS = frozenset({CellKind.INTEGER, CellKind.DECIMAL, CellKind.MONEY, CellKind.PERCENT})
_SUMMABLE = frozenset({CellKind.INTEGER, CellKind.DECIMAL, CellKind.MONEY})


def _infer_kind(value: object) -> CellKind:
    if isinstance(value, bool):
        return CellKind.TEXT  # rejected by the value check with a clear message
    if isinstance(value, int):
        return CellKind.INTEGER
    if isinstance(value, Decimal):
        return CellKind.DECIMAL
    if isinstance(value, dt.date):
        return CellKind.DATE
    return CellKind.TEXT


def _cell_value(value: Paragraph | str | Iterable[RunLike] | int | Decimal | dt.date | None) -> Any:
    """Text becomes a paragraph ("" an empty cell); numbers and dates are kept as given."""
    if value is None or isinstance(value, Paragraph | int | Decimal | dt.date):
        return value
    if isinstance(value, str):
        return as_paragraph(nfc(value)) if value.strip() else None
    return as_paragraph(value)


_EXPECTED = {
    CellKind.TEXT: "text",
    CellKind.INTEGER: "a whole number",
    CellKind.DECIMAL: "a Decimal",
    CellKind.MONEY: "a whole number or a Decimal",
    CellKind.PERCENT: "a whole number or a Decimal (percentage points: 95.5 for 95,5%)",
    CellKind.DATE: "a date",
}


def _value_fits(kind: CellKind, value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, bool):
        return False
    if kind is CellKind.TEXT:
        return isinstance(value, Paragraph)
    if kind is CellKind.INTEGER:
        return isinstance(value, int)
    if kind is CellKind.DECIMAL:
        return isinstance(value, Decimal) and value.is_finite()
    if kind is CellKind.DATE:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    return isinstance(value, int) or (isinstance(value, Decimal) and value.is_finite())


def _positive(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        fail(
            instance,
            attribute,
            i18n._("must be a whole number from 1, got {value!r}").format(value=value),
            value,
        )


@attrs.frozen(kw_only=True)
class Cell:
    """One cell of a table: ``Cell(value=1200)``, ``Cell(value="Kế hoạch", colspan=2)``,
    ``Cell(kind=CellKind.PERCENT, value=Decimal("95.5"))``.

    ``kind`` defaults to what the value is: text for strings and paragraphs, ``INTEGER`` for an
    int, ``DECIMAL`` for a Decimal, ``DATE`` for a date; money and percentages are asked for
    explicitly.  ``None`` (or ``""``) is an empty cell, always of kind ``TEXT``.
    """

    value: CellValue = attrs.field(default=None, converter=_cell_value)
    kind: CellKind = attrs.field(
        default=attrs.Factory(lambda self: _infer_kind(self.value), takes_self=True)
    )
    colspan: int = attrs.field(default=1, validator=_positive)
    rowspan: int = attrs.field(default=1, validator=_positive)

    def __attrs_post_init__(self) -> None:
        if self.value is None and self.kind is not CellKind.TEXT:
            object.__setattr__(self, "kind", CellKind.TEXT)  # an empty cell has one form
        if not _value_fits(self.kind, self.value):
            fail(
                self,
                "value",
                i18n._("a {kind} cell holds {expected}, got {value!r}").format(
                    kind=self.kind.value, expected=_EXPECTED[self.kind], value=self.value
                ),
                self.value,
            )

    @property
    def is_empty(self) -> bool:
        """Whether the cell prints nothing."""
        return self.value is None

    @property
    def text(self) -> str:
        """The text of a text cell without emphasis ("" for an empty or typed cell)."""
        return self.value.text if isinstance(self.value, Paragraph) else ""

    @property
    def number(self) -> Decimal | None:
        """The value of a number cell as a Decimal (None for text, dates and empty cells)."""
        if self.kind.is_number and isinstance(self.value, int | Decimal):
            return Decimal(self.value)
        return None


def as_cell(value: Cell | Paragraph | str | int | Decimal | dt.date | None) -> Cell:
    """Accept a :class:`Cell` or a bare value (text, number, date, None)."""
    return value if isinstance(value, Cell) else Cell(value=value)


def _row(items: Iterable[Any]) -> tuple[Cell, ...]:
    if isinstance(items, str | Cell):
        raise TypeError("a row is a sequence of cells")
    return tuple(as_cell(item) for item in items)


def _rows(items: Iterable[Iterable[Any]]) -> tuple[tuple[Cell, ...], ...]:
    return tuple(_row(row) for row in items)


def _optional_row(items: Iterable[Any] | None) -> tuple[Cell, ...] | None:
    return None if items is None else _row(items)


def _notes(items: Iterable[Paragraph | str]) -> tuple[Paragraph, ...]:
    if isinstance(items, str | Paragraph):
        items = (items,)
    return tuple(as_paragraph(item) for item in items)


def _columns(items: Iterable[Column]) -> tuple[Column, ...]:
    return tuple(items)


def _decimals(instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DECIMALS
    ):
        fail(
            instance,
            attribute,
            i18n._("must be 0 to {most}, got {value!r}").format(most=MAX_DECIMALS, value=value),
            value,
        )


@attrs.frozen(kw_only=True)
class Column:
    """How one column prints its numbers: ``decimals`` after the comma (None: as written)."""

    decimals: int | None = attrs.field(default=None, validator=_decimals)


class TablePart(enum.Enum):
    """The three bands of rows; a merged cell never reaches from one into another."""

    HEADER = "header"
    BODY = "rows"
    TOTAL = "total"


#: A cell with the grid column it starts at (0-based).
Placed: TypeAlias = tuple[int, Cell]


def _place(
    table: Table, part: TablePart, rows: tuple[tuple[Cell, ...], ...], width: int | None
) -> tuple[tuple[Placed, ...], ...]:
    """Give each cell its starting column, checking that every row covers *width* columns
    (the first row's own width when *width* is None)."""
    covered: dict[int, set[int]] = {}  # row -> columns taken by rowspans from above
    placed_rows: list[tuple[Placed, ...]] = []
    for r, row in enumerate(rows):
        taken = covered.pop(r, set())
        column = 0
        placed: list[Placed] = []
        for c, cell in enumerate(row):
            while column in taken:
                column += 1
            where = _where(part, r, c, column)
            if width is not None and column + cell.colspan > width:
                fail(
                    table,
                    part.value,
                    i18n._(
                        "{where}: the cell reaches column {value}, but the table has {width} columns"
                    ).format(where=where, value=column + cell.colspan, width=width),
                    row,
                )
            if r + cell.rowspan > len(rows):
                fail(
                    table,
                    part.value,
                    i18n._(
                        "{where}: rowspan {rowspan} reaches past the last row of the {part} ({count} rows)"
                    ).format(
                        where=where,
                        rowspan=cell.rowspan,
                        part=_PART_NAMES[part],
                        count=len(rows),
                    ),
                    row,
                )
            for below in range(r + 1, r + cell.rowspan):
                covered.setdefault(below, set()).update(range(column, column + cell.colspan))
            placed.append((column, cell))
            column += cell.colspan
        # the columns the row covers: its cells', and those taken by rowspans from above (no
        # cell is placed on those, and none reaches past the width: checked above)
        count = len(taken) + sum(cell.colspan for cell in row)
        if width is None:  # the first row of the header, which nothing above reaches into
            width = count
        if count != width:
            fail(
                table,
                part.value,
                i18n._(
                    "{where}: covers {reach} columns with its merged cells, but the table has {width} (from its first header row)"
                ).format(where=_where(part, r, None, None), reach=count, width=width),
                row,
            )
        placed_rows.append(tuple(placed))
    return tuple(placed_rows)


_PART_INDEX = {TablePart.HEADER: 0, TablePart.BODY: 1, TablePart.TOTAL: 2}
_PART_NAMES = {TablePart.HEADER: "header", TablePart.BODY: "body", TablePart.TOTAL: "totals row"}


def _where(part: TablePart, row: int, cell: int | None, column: int | None) -> str:
    """``"row 3, column 2"`` (1-based, as a reader counts), naming the header and totals row."""
    if part is TablePart.TOTAL:
        place = "totals row"
    elif part is TablePart.HEADER:
        place = f"header row {row + 1}"
    else:
        place = f"row {row + 1}"
    if cell is None or column is None:
        return place
    return f"{place}, cell {cell + 1} (column {column + 1})"


@attrs.frozen(kw_only=True)
class Table:
    """A data table (biểu): ``header`` rows, body ``rows``, an optional ``total`` row.

    ``caption`` is printed above the table (``"Biểu số 01: <caption>"`` when ``numbered``: the
    layout numbers the numbered tables of a document in order); ``unit`` is the unit line
    (``"triệu đồng"`` prints ``Đơn vị tính: triệu đồng``); ``columns`` gives each column's
    decimals (empty: every column prints its values as written); ``notes`` are printed below
    (``"Ghi chú: ..."``, ``"Nguồn: ..."``, as written).
    """

    header: tuple[tuple[Cell, ...], ...] = attrs.field(converter=_rows)
    rows: tuple[tuple[Cell, ...], ...] = attrs.field(converter=_rows)
    total: tuple[Cell, ...] | None = attrs.field(default=None, converter=_optional_row)
    caption: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=optional_non_empty
    )
    numbered: bool = False
    unit: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=optional_non_empty
    )
    columns: tuple[Column, ...] = attrs.field(default=(), converter=_columns)
    notes: tuple[Paragraph, ...] = attrs.field(default=(), converter=_notes)
    _placed: tuple[tuple[tuple[Placed, ...], ...], ...] = attrs.field(
        init=False, default=(), eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        if not self.header:
            fail(self, "header", i18n._("a table needs at least one header row"), self.header)
        if not self.rows:
            fail(self, "rows", i18n._("a table needs at least one body row"), self.rows)
        header = _place(self, TablePart.HEADER, self.header, None)
        width = sum(cell.colspan for _, cell in header[0])
        body = _place(self, TablePart.BODY, self.rows, width)
        total = _place(self, TablePart.TOTAL, (self.total,), width) if self.total else ()
        if self.columns and len(self.columns) != width:
            fail(
                self,
                "columns",
                i18n._("gives {count} columns, but the table has {width}").format(
                    count=len(self.columns), width=width
                ),
                self.columns,
            )
        for r, row in enumerate(self.header):
            for c, cell in enumerate(row):
                if cell.kind is not CellKind.TEXT:
                    fail(
                        self,
                        "header",
                        i18n._("{where}: header cells are text, not {value}").format(
                            where=_where(TablePart.HEADER, r, c, header[r][c][0]),
                            value=cell.kind.value,
                        ),
                        cell.value,
                    )
        object.__setattr__(self, "_placed", (header, body, total))

    @property
    def column_count(self) -> int:
        """How many grid columns the table has."""
        return sum(cell.colspan for _, cell in self._placed[0][0])

    def placed(self, part: TablePart) -> tuple[tuple[Placed, ...], ...]:
        """The rows of *part* with each cell's starting grid column (0-based)."""
        return self._placed[_PART_INDEX[part]]

    def decimals(self, column: int) -> int | None:
        """The decimals column *column* (0-based) prints, or None to print values as written."""
        return self.columns[column].decimals if self.columns else None

    def cells(self) -> Iterator[tuple[TablePart, int, int, Cell]]:
        """Every cell in reading order: its part, row (0-based in its part), grid column, cell."""
        for part in TablePart:
            for r, row in enumerate(self.placed(part)):
                for column, cell in row:
                    yield part, r, column, cell
