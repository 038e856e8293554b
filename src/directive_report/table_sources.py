"""Tables read from a CSV file or an Excel sheet, where a province keeps its figures.

In a report file a table may give a ``source`` instead of its rows::

    [[sections.blocks]]
    [sections.blocks.table]
    caption = "Kết quả thực hiện chỉ tiêu năm 2024"
    unit = "người"
    source = { file = "so-lieu/bieu-01.xlsx", sheet = "Biểu 01", range = "A4:F18", header_rows = 2, total = true }

``file`` is relative to the report file; ``range`` (``"A4:F18"``, optional: the whole sheet)
picks the cells; the first ``header_rows`` rows of the range (1 by default) are the header, and
with ``total = true`` the last row is the totals row.  Merged cells of an Excel sheet become
merged table cells; whole numbers, decimals, percentages (cells formatted with ``%``) and dates
keep their type, and a column's decimals follow the number format of its first body cell.  CSV
cells are text, read as numbers when they are written as a program writes them (``1234``,
``12.5``, ``95.5%``, ``2024-05-20``), or in the Vietnamese way with ``numbers = "vietnamese"``
(``1.234``, ``12,5``, ``95,5%``, ``20/5/2024``).

Excel needs the optional extra ``directive-report[xlsx]`` (openpyxl).  A problem is reported as
one :class:`~directive_report.errors.ReportLoadError` naming the file, the sheet and the cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from directive_report._text import nfc
from directive_report.errors import ReportLoadError, UnprintableTextError
from directive_report.i18n import _

__all__ = ["expand_table_sources", "read_table_source"]

_SOURCE_KEYS = frozenset({"file", "sheet", "range", "header_rows", "total", "numbers", "delimiter"})
_RANGE_RE = re.compile(r"^([A-Z]{1,3})([1-9][0-9]*):([A-Z]{1,3})([1-9][0-9]*)$")
_EXCEL_ERRORS = frozenset({"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"})

#: A cell as the report file writes it (see :mod:`directive_report.serialize`).
RawCell = Any


class _SourceProblem(Exception):
    """A problem with a table's source: in the data file (``in_file``: ``where`` is "sheet
    'Biểu 01', cell C7" or empty for the whole file) or in the ``source`` keys (``where`` is
    the key)."""

    def __init__(self, where: str, message: str, *, in_file: bool = False) -> None:
        self.where = where
        self.message = message
        self.in_file = in_file
        super().__init__(message)


def column_name(index: int) -> str:
    """The letters of column *index* (1-based): 1 is ``"A"``, 28 is ``"AB"``."""
    name = ""
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _column_index(name: str) -> int:
    index = 0
    for letter in name:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index


def _cell_name(row: int, column: int) -> str:
    return f"{column_name(column)}{row}"


def _parse_range(text: object) -> tuple[int, int, int, int]:
    """``"A4:F18"`` as (first row, first column, last row, last column), 1-based."""
    match = _RANGE_RE.match(text.strip().upper()) if isinstance(text, str) else None
    if match is None:
        raise _SourceProblem(
            "range", _("expected a range such as 'A4:F18', got {got!r}").format(got=text)
        )
    first_row, last_row = int(match[2]), int(match[4])
    first_column, last_column = _column_index(match[1]), _column_index(match[3])
    if last_row < first_row or last_column < first_column:
        raise _SourceProblem("range", _("{range!r} ends before it starts").format(range=text))
    return first_row, first_column, last_row, last_column


# --------------------------------------------------------------------------------------------
# Reading the files into a grid of raw cells


def _text(value: str, where: str) -> str:
    try:
        return nfc(value.strip())
    except UnprintableTextError as error:
        raise _SourceProblem(where, str(error), in_file=True) from None


_PLAIN_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^-?[0-9]+$"), "integer"),
    (re.compile(r"^-?[0-9]+\.[0-9]+$"), "decimal"),
    (re.compile(r"^-?[0-9]+(?:\.[0-9]+)?%$"), "percent"),
    (re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), "date"),
)


def _csv_cell(text: str, where: str, vietnamese: bool) -> RawCell:
    text = _text(text, where)
    if not text:
        return ""
    if vietnamese:
        return _vietnamese_cell(text, where)
    for pattern, kind in _PLAIN_PATTERNS:
        if pattern.match(text):
            if kind == "integer":
                return int(text)
            if kind == "date":
                try:
                    return dt.date.fromisoformat(text)
                except ValueError:
                    raise _SourceProblem(
                        where,
                        _("{text!r} is not a day of the calendar").format(text=text),
                        in_file=True,
                    ) from None
            return {kind: text.removesuffix("%")}
    return text


def _vietnamese_cell(text: str, where: str) -> RawCell:
    from directive_report import vi

    try:
        if text.endswith("%"):
            points = vi.parse_percent(text).scaleb(2)
            return {"percent": format(points.normalize(), "f")}
        if re.fullmatch(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}", text):
            return vi.parse_date(text)
        if re.fullmatch(r"-?[0-9][0-9.]*(,[0-9]+)?", text):
            number = vi.parse_number(text)
            return number if isinstance(number, int) else {"decimal": str(number)}
    except vi.VietnameseFormatError as error:
        raise _SourceProblem(where, str(error), in_file=True) from None
    return text


def _read_csv(path: Path, spec: Mapping[str, Any]) -> list[list[tuple[RawCell, int, int]]]:
    """The CSV's cells in the range, as (raw cell, colspan, rowspan) — CSV has no merges."""
    vietnamese = spec.get("numbers", "plain") == "vietnamese"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        problem = _("not UTF-8 text (byte {byte}): save it as UTF-8 CSV").format(byte=error.start)
        raise _SourceProblem("", problem, in_file=True) from None
    delimiter = spec.get("delimiter")
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
        except csv.Error:
            delimiter = ","
    lines = list(csv.reader(text.splitlines(), delimiter=delimiter))
    width = max((len(line) for line in lines), default=0)
    first_row, first_column, last_row, last_column = (
        _parse_range(spec["range"]) if "range" in spec else (1, 1, len(lines), width)
    )
    if last_row > len(lines) or last_column > width or not lines:
        raise _SourceProblem(
            "range",
            _("reaches {cell}, but the file has {rows} rows of at most {columns} columns").format(
                cell=_cell_name(last_row, last_column), rows=len(lines), columns=width
            ),
        )
    grid = []
    for r in range(first_row, last_row + 1):
        line = lines[r - 1]
        grid.append(
            [
                (
                    _csv_cell(
                        line[c - 1] if c <= len(line) else "",
                        _("cell {cell}").format(cell=_cell_name(r, c)),
                        vietnamese,
                    ),
                    1,
                    1,
                )
                for c in range(first_column, last_column + 1)
            ]
        )
    return grid


def _decimals_of(number_format: str) -> int | None:
    """How many decimals an Excel number format shows (``"#,##0.00"`` → 2), None for General."""
    match = re.search(r"\.(0+)", number_format)
    if match:
        return len(match[1])
    return 0 if re.search(r"0", number_format) else None


def _xlsx_cell(cell: Any, where: str) -> RawCell:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        problem = _("holds {value}, not a number, date or text").format(value=value)
        raise _SourceProblem(where, problem, in_file=True)
    if isinstance(value, str):
        if value.strip() in _EXCEL_ERRORS:
            problem = _("holds the error {error}: correct the sheet").format(error=value.strip())
            raise _SourceProblem(where, problem, in_file=True)
        return _text(value, where)
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            problem = _("holds a time ({time}); a table shows days only").format(
                time=f"{value:%H:%M}"
            )
            raise _SourceProblem(where, problem, in_file=True)
        return value.date()
    if isinstance(value, dt.date):
        return value
    percent = "%" in (cell.number_format or "")
    if isinstance(value, int):
        return {"percent": str(value * 100)} if percent else value
    if isinstance(value, float):
        number = Decimal(format(value, ".15g"))
        if percent:
            number = number.scaleb(2)
        text = format(number.normalize(), "f")
        return {"percent" if percent else "decimal": text}
    problem = _("holds {value}, not a number, date or text").format(value=type(value).__name__)
    raise _SourceProblem(where, problem, in_file=True)


def _read_xlsx(
    path: Path, spec: Mapping[str, Any]
) -> tuple[list[list[tuple[RawCell, int, int] | None]], list[int | None]]:
    try:
        import openpyxl
    except ImportError:
        raise _SourceProblem(
            "",
            _(
                "reading Excel files needs openpyxl: install the extra with "
                "pip install 'directive-report[xlsx]'"
            ),
        ) from None
    try:
        book = openpyxl.load_workbook(path, data_only=True)
        formulas = openpyxl.load_workbook(path, read_only=True)
    except Exception as error:  # openpyxl raises many types for a damaged or foreign file
        problem = _("cannot be read as an .xlsx workbook ({error})").format(error=error)
        raise _SourceProblem("", problem, in_file=True) from None
    sheet_name = spec.get("sheet", book.sheetnames[0])
    if sheet_name not in book.sheetnames:
        raise _SourceProblem(
            "",
            _("has no sheet {sheet!r}; its sheets are {sheets}").format(
                sheet=sheet_name, sheets=", ".join(book.sheetnames)
            ),
            in_file=True,
        )
    sheet = book[sheet_name]
    first_row, first_column, last_row, last_column = (
        _parse_range(spec["range"]) if "range" in spec else (1, 1, sheet.max_row, sheet.max_column)
    )
    place = _("sheet {sheet!r}").format(sheet=sheet_name) + ", "
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for merged in sorted(sheet.merged_cells.ranges, key=lambda m: (m.min_row, m.min_col)):
        inside = (
            merged.min_row >= first_row
            and merged.max_row <= last_row
            and merged.min_col >= first_column
            and merged.max_col <= last_column
        )
        overlaps = not (
            merged.max_row < first_row
            or merged.min_row > last_row
            or merged.max_col < first_column
            or merged.min_col > last_column
        )
        if overlaps and not inside:
            raise _SourceProblem(
                place + _("cells {cells}").format(cells=merged.coord),
                _("are merged across the edge of the range: widen or narrow the range"),
                in_file=True,
            )
        if inside:
            spans[merged.min_row, merged.min_col] = (
                merged.max_col - merged.min_col + 1,
                merged.max_row - merged.min_row + 1,
            )
            covered.update(
                (r, c)
                for r in range(merged.min_row, merged.max_row + 1)
                for c in range(merged.min_col, merged.max_col + 1)
            )
    formula_sheet = formulas[sheet_name]
    grid: list[list[tuple[RawCell, int, int] | None]] = []
    decimals: list[int | None] = [None] * (last_column - first_column + 1)
    for r in range(first_row, last_row + 1):
        row: list[tuple[RawCell, int, int] | None] = []
        for c in range(first_column, last_column + 1):
            if (r, c) in covered and (r, c) not in spans:
                row.append(None)  # covered by a merged cell above or to the left
                continue
            where = place + _("cell {cell}").format(cell=_cell_name(r, c))
            cell = sheet.cell(row=r, column=c)
            if cell.value is None:
                formula = formula_sheet.cell(row=r, column=c).value
                if isinstance(formula, str) and formula.startswith("="):
                    raise _SourceProblem(
                        where,
                        _(
                            "holds a formula whose result was never saved: open the file in "
                            "Excel or LibreOffice and save it again"
                        ),
                        in_file=True,
                    )
            colspan, rowspan = spans.get((r, c), (1, 1))
            row.append((_xlsx_cell(cell, where), colspan, rowspan))
            if isinstance(cell.value, int | float) and decimals[c - first_column] is None:
                decimals[c - first_column] = _decimals_of(cell.number_format or "")
        grid.append(row)
    formulas.close()
    return grid, decimals


# --------------------------------------------------------------------------------------------
# From a grid to the table's keys


def _as_header(raw: RawCell) -> RawCell:
    """Header cells are text: numbers and dates are written as they print."""
    if isinstance(raw, dict):
        (value,) = raw.values()
        return str(value)
    if isinstance(raw, int | dt.date):
        return str(raw)
    return raw


def _with_spans(raw: RawCell, colspan: int, rowspan: int) -> RawCell:
    if colspan == rowspan == 1:
        return raw
    if isinstance(raw, dict):
        return {**raw, "colspan": colspan, "rowspan": rowspan}
    if isinstance(raw, int):
        return {"integer": raw, "colspan": colspan, "rowspan": rowspan}
    if isinstance(raw, dt.date):
        return {"date": raw, "colspan": colspan, "rowspan": rowspan}
    return {"text": raw, "colspan": colspan, "rowspan": rowspan}


def read_table_source(spec: Mapping[str, Any], base: Path) -> dict[str, Any]:
    """The ``header``, ``rows``, ``total`` (and, from Excel number formats, ``columns``) keys
    of a table whose ``source`` is *spec*, with the file relative to *base*."""
    extra = set(spec) - _SOURCE_KEYS
    if extra:
        raise _SourceProblem(
            "",
            _("unknown source keys {keys}: expected {expected}").format(
                keys=sorted(extra), expected=sorted(_SOURCE_KEYS)
            ),
        )
    name = spec.get("file")
    if not isinstance(name, str) or not name.strip():
        raise _SourceProblem("", _("a source needs file = 'path/to/data.csv' (or .xlsx)"))
    header_rows = spec.get("header_rows", 1)
    if isinstance(header_rows, bool) or not isinstance(header_rows, int) or header_rows < 1:
        problem = _("expected a whole number from 1, got {got!r}").format(got=header_rows)
        raise _SourceProblem("header_rows", problem)
    total = spec.get("total", False)
    if not isinstance(total, bool):
        raise _SourceProblem("total", _("expected true or false, got {got!r}").format(got=total))
    if spec.get("numbers", "plain") not in ("plain", "vietnamese"):
        raise _SourceProblem("numbers", _("expected 'plain' or 'vietnamese'"))
    path = base / name
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise _SourceProblem("file", _("{name!r}: expected a .csv or .xlsx file").format(name=name))
    if not path.is_file():
        raise _SourceProblem("file", _("no such file: {path}").format(path=path))
    decimals: list[int | None] = []
    grid: list[list[tuple[RawCell, int, int] | None]]
    if suffix == ".csv":
        grid = list(_read_csv(path, spec))  # type: ignore[arg-type]
    else:
        grid, decimals = _read_xlsx(path, spec)
    body_end = len(grid) - (1 if total else 0)
    if body_end - header_rows < 1:
        raise _SourceProblem(
            "range",
            _(
                "has {rows} rows: not enough for {header_rows} header rows, {total}and a body row"
            ).format(
                rows=len(grid), header_rows=header_rows, total=_("a totals row ") if total else ""
            ),
        )

    def cells(
        rows: list[list[tuple[RawCell, int, int] | None]], header: bool
    ) -> Iterator[list[RawCell]]:
        for row in rows:
            yield [
                _with_spans(_as_header(raw) if header else raw, colspan, rowspan)
                for raw, colspan, rowspan in filter(None, row)
            ]

    table: dict[str, Any] = {
        "header": list(cells(grid[:header_rows], True)),
        "rows": list(cells(grid[header_rows:body_end], False)),
    }
    if total:
        table["total"] = next(cells(grid[body_end:], False))
    if any(d is not None for d in decimals):
        table["columns"] = [{} if d is None else {"decimals": d} for d in decimals]
    return table


def expand_table_sources(data: Any, base: Path, source: str, location: str = "") -> Any:
    """*data* (a report as plain data) with every table's ``source`` replaced by the rows it
    names; raises :class:`ReportLoadError` naming the data file, sheet and cell."""
    if isinstance(data, list):
        return [
            expand_table_sources(item, base, source, f"{location}[{index}]")
            for index, item in enumerate(data)
        ]
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        where = f"{location}.{key}" if location else key
        if key == "table" and isinstance(value, dict) and "source" in value:
            out[key] = _expand_one(value, base, source, where)
        else:
            out[key] = expand_table_sources(value, base, source, where)
    return out


def _expand_one(table: dict[str, Any], base: Path, source: str, where: str) -> dict[str, Any]:
    spec = table["source"]
    given = sorted({"header", "rows", "total"} & set(table))
    if given or not isinstance(spec, Mapping):
        problem = (
            _("gives {keys} and a source: give one of them").format(keys=", ".join(given))
            if given
            else _("expected a table such as {{ file = 'bieu-01.csv' }}").format()
        )
        raise ReportLoadError(source, [(f"{where}.source", problem)])
    try:
        loaded = read_table_source(spec, base)
    except _SourceProblem as problem:
        if problem.in_file:
            file_name = str(base / spec["file"])
            message = _("{problem} (the table at {where} of {source})").format(
                problem=problem.message, where=where, source=source
            )
            raise ReportLoadError(file_name, [(problem.where, message)]) from None
        location = f"{where}.source" + (f".{problem.where}" if problem.where else "")
        raise ReportLoadError(source, [(location, problem.message)]) from None
    rest = {key: value for key, value in table.items() if key != "source"}
    if "columns" in rest:
        loaded.pop("columns", None)
    return {**rest, **loaded}
