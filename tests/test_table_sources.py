"""Tables loaded from CSV files and Excel sheets: the same table from both, merged cells, typed
values, and one error line naming the file, the sheet and the cell."""

from __future__ import annotations

import builtins
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from _documents import HEAD
from directive_report import ReportLoadError, check, dumps, load, loads
from directive_report.model import Cell, CellKind, Column, Table

REPORT = (
    HEAD.format(type="Báo cáo", abbr="BC")
    + """
[[sections]]
title = "KẾT QUẢ"

[[sections.blocks]]
[sections.blocks.table]
caption = "Kết quả phát triển thuê bao"
source = {source}
"""
)

CSV = """\
STT,Đơn vị,Kế hoạch,Thực hiện,Tỷ lệ,Ngày chốt
1,Huyện Lục Nam,120,118,98.3%,2024-11-30
2,Huyện Yên Thế,80,85,106.3%,2024-11-30
,Tổng cộng,200,203,101.5%,
"""

EXPECTED = Table(
    header=[["STT", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ", "Ngày chốt"]],
    rows=[
        [
            1,
            "Huyện Lục Nam",
            120,
            118,
            Cell(kind=CellKind.PERCENT, value=Decimal("98.3")),
            dt.date(2024, 11, 30),
        ],
        [
            2,
            "Huyện Yên Thế",
            80,
            85,
            Cell(kind=CellKind.PERCENT, value=Decimal("106.3")),
            dt.date(2024, 11, 30),
        ],
    ],
    total=["", "Tổng cộng", 200, 203, Cell(kind=CellKind.PERCENT, value=Decimal("101.5")), ""],
    caption="Kết quả phát triển thuê bao",
)


def _write(folder: Path, source: str) -> Path:
    path = folder / "bao-cao.toml"
    path.write_text(REPORT.replace("{source}", source), encoding="utf-8")
    return path


def _workbook(path: Path, *, merged_header: bool = False) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Biểu 01"
    sheet.append(["BIỂU TỔNG HỢP"])  # a title row above the range
    if merged_header:
        sheet.append(["STT", "Đơn vị", "Năm 2024", None, "Tỷ lệ", "Ngày chốt"])
        sheet.append([None, None, "Kế hoạch", "Thực hiện", None, None])
        for cells in ("A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"):
            sheet.merge_cells(cells)
    else:
        sheet.append(["STT", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ", "Ngày chốt"])
    first = sheet.max_row + 1
    for row in (
        [1, "Huyện Lục Nam", 120, 118, 0.983, dt.datetime(2024, 11, 30)],
        [2, "Huyện Yên Thế", 80, 85, 1.063, dt.datetime(2024, 11, 30)],
        [None, "Tổng cộng", 200, 203, 1.015, None],
    ):
        sheet.append(row)
    for r in range(first, sheet.max_row + 1):
        sheet.cell(row=r, column=5).number_format = "0.0%"
    book.save(path)


class TestSameTable:
    def test_csv(self, tmp_path: Path) -> None:
        (tmp_path / "data").mkdir()
        (tmp_path / "data" / "bieu-01.csv").write_text(CSV, encoding="utf-8")
        report = load(_write(tmp_path, '{ file = "data/bieu-01.csv", total = true }'))
        assert report.sections[0].blocks[0] == EXPECTED

    def test_xlsx_gives_the_same_table(self, tmp_path: Path) -> None:
        _workbook(tmp_path / "bieu.xlsx")
        report = load(_write(tmp_path, '{ file = "bieu.xlsx", range = "A2:F5", total = true }'))
        table = report.sections[0].blocks[0]
        assert isinstance(table, Table)
        # the same cells; the sheet's number format "0.0%" also gives the column its decimals
        columns = [Column(decimals=1) if index == 4 else Column() for index in range(6)]
        assert table == Table(**{**_fields(EXPECTED), "columns": columns})

    def test_xlsx_merged_cells_become_spans(self, tmp_path: Path) -> None:
        _workbook(tmp_path / "bieu.xlsx", merged_header=True)
        report = load(
            _write(
                tmp_path,
                '{ file = "bieu.xlsx", sheet = "Biểu 01", range = "A2:F6", header_rows = 2, total = true }',
            )
        )
        table = report.sections[0].blocks[0]
        assert isinstance(table, Table)
        assert table.header == (
            (
                Cell(value="STT", rowspan=2),
                Cell(value="Đơn vị", rowspan=2),
                Cell(value="Năm 2024", colspan=2),
                Cell(value="Tỷ lệ", rowspan=2),
                Cell(value="Ngày chốt", rowspan=2),
            ),
            (Cell(value="Kế hoạch"), Cell(value="Thực hiện")),
        )
        assert table.rows == EXPECTED.rows

    def test_vietnamese_numbers_in_csv(self, tmp_path: Path) -> None:
        text = "Đơn vị;Kinh phí;Tỷ lệ;Ngày\nHuyện A;1.234.567;12,5%;20/5/2024\nHuyện B;2,75;100%;05/01/2024\n"
        (tmp_path / "a.csv").write_text(text, encoding="utf-8")
        report = load(_write(tmp_path, '{ file = "a.csv", numbers = "vietnamese" }'))
        table = report.sections[0].blocks[0]
        assert isinstance(table, Table)
        assert table.rows == (
            (
                Cell(value="Huyện A"),
                Cell(value=1234567),
                Cell(kind=CellKind.PERCENT, value=Decimal("12.5")),
                Cell(value=dt.date(2024, 5, 20)),
            ),
            (
                Cell(value="Huyện B"),
                Cell(value=Decimal("2.75")),
                Cell(kind=CellKind.PERCENT, value=Decimal("100")),
                Cell(value=dt.date(2024, 1, 5)),
            ),
        )

    def test_the_loaded_rows_are_written_back(self, tmp_path: Path) -> None:
        (tmp_path / "b.csv").write_text(CSV, encoding="utf-8")
        report = load(_write(tmp_path, '{ file = "b.csv", total = true }'))
        assert loads(dumps(report)) == report

    def test_the_totals_check_reads_the_loaded_total(self, tmp_path: Path) -> None:
        (tmp_path / "c.csv").write_text(CSV.replace(",200,203,", ",200,204,"), encoding="utf-8")
        findings = check(load(_write(tmp_path, '{ file = "c.csv", total = true }')))
        (total,) = [f for f in findings if f.code == "table-total"]
        assert total.location == "sections[0].blocks[0].table.total[3]"
        assert "column 4 (“Thực hiện”): the totals row says 204" in total.message


def _fields(table: Table) -> dict[str, Any]:
    import attrs

    return {f.name: getattr(table, f.name) for f in attrs.fields(Table) if f.init}


class TestErrors:
    def _error(self, tmp_path: Path, source: str) -> ReportLoadError:
        with pytest.raises(ReportLoadError) as caught:
            load(_write(tmp_path, source))
        return caught.value

    def test_an_excel_error_names_file_sheet_and_cell(self, tmp_path: Path) -> None:
        openpyxl = pytest.importorskip("openpyxl")
        _workbook(tmp_path / "bieu.xlsx")
        book = openpyxl.load_workbook(tmp_path / "bieu.xlsx")
        book["Biểu 01"]["D4"] = "#DIV/0!"
        book.save(tmp_path / "bieu.xlsx")
        error = self._error(tmp_path, '{ file = "bieu.xlsx", range = "A2:F5" }')
        assert str(error) == (
            f"{tmp_path / 'bieu.xlsx'}: sheet 'Biểu 01', cell D4: holds the error #DIV/0!: correct "
            f"the sheet (the table at sections[0].blocks[0].table of {tmp_path / 'bao-cao.toml'})"
        )

    def test_a_formula_never_computed(self, tmp_path: Path) -> None:
        openpyxl = pytest.importorskip("openpyxl")
        _workbook(tmp_path / "bieu.xlsx")
        book = openpyxl.load_workbook(tmp_path / "bieu.xlsx")
        book["Biểu 01"]["C5"] = "=SUM(C3:C4)"  # openpyxl saves no result for it
        book.save(tmp_path / "bieu.xlsx")
        error = self._error(tmp_path, '{ file = "bieu.xlsx", range = "A2:F5" }')
        assert error.location == "sheet 'Biểu 01', cell C5"
        assert "formula whose result was never saved" in error.message

    def test_a_merge_across_the_range(self, tmp_path: Path) -> None:
        _workbook(tmp_path / "bieu.xlsx", merged_header=True)
        error = self._error(tmp_path, '{ file = "bieu.xlsx", range = "A3:F6" }')
        assert error.location == "sheet 'Biểu 01', cells A2:A3"

    def test_a_missing_sheet(self, tmp_path: Path) -> None:
        _workbook(tmp_path / "bieu.xlsx")
        error = self._error(tmp_path, '{ file = "bieu.xlsx", sheet = "Biểu 02" }')
        assert "has no sheet 'Biểu 02'; its sheets are Biểu 01" in str(error)

    def test_a_bad_csv_date_names_the_cell(self, tmp_path: Path) -> None:
        (tmp_path / "d.csv").write_text(
            CSV.replace("2024-11-30", "2024-02-30", 1), encoding="utf-8"
        )
        error = self._error(tmp_path, '{ file = "d.csv" }')
        assert error.source == str(tmp_path / "d.csv")
        assert error.location == "cell F2"
        assert "is not a day of the calendar" in error.message

    @pytest.mark.parametrize(
        ("source", "location", "message"),
        [
            ('{ file = "none.csv" }', ".source.file", "no such file"),
            ('{ file = "x.ods" }', ".source.file", "expected a .csv or .xlsx file"),
            ('{ file = "e.csv", range = "A1-F5" }', ".source.range", "a range such as 'A4:F18'"),
            ('{ file = "e.csv", range = "A1:Z50" }', ".source.range", "the file has 4 rows"),
            ('{ file = "e.csv", header_rows = 0 }', ".source.header_rows", "from 1"),
            ('{ file = "e.csv", sheets = 1 }', ".source", "unknown source keys ['sheets']"),
        ],
    )
    def test_mistakes_in_the_source_keys(
        self, tmp_path: Path, source: str, location: str, message: str
    ) -> None:
        (tmp_path / "e.csv").write_text(CSV, encoding="utf-8")
        error = self._error(tmp_path, source)
        assert error.location == "sections[0].blocks[0].table" + location
        assert message in error.message

    def test_rows_and_a_source_together(self, tmp_path: Path) -> None:
        error = self._error(tmp_path, '{ file = "e.csv" }\nrows = [["a"]]')
        assert "gives rows and a source: give one of them" in error.message

    def test_without_openpyxl_the_message_names_the_extra(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        real_import = builtins.__import__

        def no_openpyxl(name: str, *args: Any, **kwargs: Any) -> Any:
            if name == "openpyxl" or name.startswith("openpyxl."):
                raise ImportError("No module named 'openpyxl'")
            return real_import(name, *args, **kwargs)

        (tmp_path / "bieu.xlsx").write_bytes(b"PK")
        monkeypatch.setattr(builtins, "__import__", no_openpyxl)
        error = self._error(tmp_path, '{ file = "bieu.xlsx" }')
        assert "pip install 'directive-report[xlsx]'" in str(error)
