"""The converter's hooks for table cells (private).

A cell is written as text (``""`` for an empty cell), an array of runs, a whole number, a TOML
date, or a table with one of the keys ``text``, ``integer``, ``decimal``, ``money``,
``percent``, ``date`` and optional ``colspan``, ``rowspan``.  Plain text and whole numbers are
written back bare; every other kind, and every merged cell, as a table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Literal

from directive_report import i18n
from directive_report._suggest import did_you_mean
from directive_report.errors import ReportValidationError
from directive_report.model import Cell, CellKind, Paragraph
from directive_report.serialize._hooks import (
    InputError,
    _describe,
    _runs,
    _structure_date,
    _structure_decimal,
    _structure_int,
    _structure_number,
    _unstructure_paragraph,
)

#: The key that gives a cell's kind when a cell is written as a table.
_CELL_KEYS: dict[str, CellKind] = {kind.value: kind for kind in CellKind}
_CELL_SPANS = ("colspan", "rowspan")


def structure_cell(value: object, _: type) -> Cell:
    """Read one cell (see the module's docstring for the forms)."""
    try:
        if isinstance(value, Mapping):
            return _structure_cell_table(value)
        if isinstance(value, str | list):
            return Cell(value=Paragraph(runs=_runs(value)) if value else None)
        if isinstance(value, int) and not isinstance(value, bool):
            return Cell(value=value)
        if isinstance(value, dt.date):
            return Cell(value=_structure_date(value, dt.date))
    except ReportValidationError as error:
        raise InputError(error.message) from None
    raise InputError(
        i18n._(
            "expected a cell: text, a whole number, a date, or a table such as "
            "{{ decimal = '12.5' }} or {{ text = 'Kế hoạch', colspan = 2 }}, got {got}"
        ).format(got=_describe(value))
    )


def _structure_cell_table(value: Mapping[str, object]) -> Cell:
    kinds = [key for key in _CELL_KEYS if key in value]
    extra = set(value) - set(_CELL_KEYS) - set(_CELL_SPANS)
    if extra or len(kinds) > 1:
        problem = (
            i18n._("unknown keys {keys}").format(keys=sorted(extra))
            + (
                did_you_mean(next(iter(extra)), [*_CELL_KEYS, *_CELL_SPANS])
                if len(extra) == 1
                else ""
            )
            if extra
            else i18n._("several values {keys}").format(keys=kinds)
        )
        raise InputError(
            i18n._(
                "{problem}: a cell table has one of the keys {keys} and optional colspan, rowspan"
            ).format(problem=problem, keys=", ".join(_CELL_KEYS))
        )
    colspan, rowspan = (_structure_int(value.get(key, 1), int) for key in _CELL_SPANS)
    if not kinds:
        return Cell(colspan=colspan, rowspan=rowspan)
    kind = _CELL_KEYS[kinds[0]]
    raw = value[kinds[0]]
    content: object
    if kind is CellKind.TEXT:
        content = Paragraph(runs=_runs(raw)) if raw else None
    elif kind is CellKind.DATE:
        content = _structure_date(raw, dt.date)
    elif kind is CellKind.INTEGER:
        content = _structure_int(raw, int)
    elif kind is CellKind.DECIMAL:
        content = _structure_decimal(raw, Decimal)
    else:  # money and percentages: whole numbers or decimals
        content = _structure_number(raw, Decimal)
    return Cell(kind=kind, value=content, colspan=colspan, rowspan=rowspan)


def unstructure_cell(cell: Cell, *, format: Literal["toml", "json"]) -> object:
    """Write one cell: bare when it is plain text or a whole number without spans."""
    spans = {key: getattr(cell, key) for key in _CELL_SPANS if getattr(cell, key) != 1}
    value = cell.value
    if isinstance(value, Paragraph):
        data: object = _unstructure_paragraph(value)
    elif value is None:
        data = ""
    elif isinstance(value, dt.date):
        data = value.isoformat() if format == "json" else value
    elif isinstance(value, Decimal):
        data = str(value)
    else:
        data = value
    if not spans and cell.kind in (CellKind.TEXT, CellKind.INTEGER):
        return data
    return {cell.kind.value: data, **spans}
