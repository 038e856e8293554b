"""Tables, appendices, decisions and requests in report files: exact round trips, the shape
written for authors, and errors that name the place in the file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings

from _documents import HEAD
from directive_report import Report, ReportLoadError, dumps, loads
from directive_report.model import Cell, CellKind, Orientation, Table
from directive_report.testing import reports

TABLE = (
    HEAD.format(type="Báo cáo", abbr="BC")
    + """
[[intro]]
[intro.table]
caption = "Kết quả thực hiện chỉ tiêu"
numbered = true
unit = "người"
columns = [{}, {}, { decimals = 1 }, {}]
header = [
  [{ text = "STT", rowspan = 2 }, { text = "Đơn vị", rowspan = 2 }, { text = "Năm 2024", colspan = 2 }],
  ["Tỷ lệ (%)", "Ngày báo cáo"],
]
rows = [
  [1, "Huyện Lục Nam", { percent = "95.5" }, 2024-05-20],
  [2, ["Huyện ", { text = "Yên Thế", bold = true }], { percent = 100 }, ""],
]
total = [{ text = "Tổng cộng", colspan = 2 }, "", ""]
notes = ["Nguồn: Sở Thông tin và Truyền thông."]

[[appendices]]
title = "Biểu chi tiết"
orientation = "landscape"
[[appendices.blocks]]
paragraph = "Số liệu chi tiết."
"""
)

DECISION = (
    HEAD.format(type="Quyết định", abbr="QĐ")
    + """
[decision]
authority = "GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
bases = ["Căn cứ Nghị định số 30/2020/NĐ-CP;", "Căn cứ Quyết định số 15/QĐ-UBND."]
proposal = "Theo đề nghị của Chánh Văn phòng Sở"
executors = ["Chánh Văn phòng Sở", "Trưởng các phòng, đơn vị thuộc Sở"]

[[decision.articles]]
text = "Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2025."

[[decision.articles]]
title = "Tổ chức thực hiện"
clauses = [{ text = "Các phòng triển khai:", points = ["Văn phòng Sở;", "Thanh tra Sở."] }]

[[attachments]]
type = "Kế hoạch"
summary = "Chuyển đổi số năm 2025"
[[attachments.sections]]
title = "MỤC ĐÍCH, YÊU CẦU"
[[attachments.sections.blocks]]
paragraph = "Đẩy mạnh chuyển đổi số."
"""
)


class TestRoundTrip:
    @settings(max_examples=25)  # each report is large: tables, appendices, decisions
    @given(reports(max_depth=2, parts=True))
    def test_reports_with_every_part_round_trip(self, report: Report) -> None:
        """loads(dumps(r)) == r with tables, appendices, decisions and requests, both formats."""
        assert loads(dumps(report)) == report
        assert loads(dumps(report, "json"), "json") == report

    @pytest.mark.parametrize("text", [TABLE, DECISION], ids=["table", "decision"])
    def test_hand_written_files_round_trip(self, text: str) -> None:
        report = loads(text)
        assert loads(dumps(report)) == report
        assert loads(dumps(report, "json"), "json") == report


class TestShape:
    def test_cells_read_as_written(self) -> None:
        report = loads(TABLE)
        table = report.intro[0]
        assert isinstance(table, Table)
        assert table.header[0][2] == Cell(value="Năm 2024", colspan=2)
        assert table.rows[0][2] == Cell(kind=CellKind.PERCENT, value=Decimal("95.5"))
        assert table.rows[1][2] == Cell(kind=CellKind.PERCENT, value=100)
        assert table.rows[0][3] == Cell(value=dt.date(2024, 5, 20))
        assert table.rows[1][3].is_empty
        assert table.rows[1][1].value is not None
        assert table.rows[1][1].text == "Huyện Yên Thế"
        assert report.appendices[0].orientation is Orientation.LANDSCAPE

    def test_what_is_written_back(self) -> None:
        """Plain text and whole numbers stay bare; other kinds and merged cells are tables."""
        written = dumps(loads(TABLE))
        assert '{ text = "Năm 2024", colspan = 2 }' in written
        assert '{ percent = "95.5" }' in written
        assert "{ date = 2024-05-20 }" in written
        assert '"Huyện Lục Nam",' in written

    def test_json_writes_dates_as_text_in_a_date_cell(self) -> None:
        assert '"date": "2024-05-20"' in dumps(loads(TABLE), "json")

    def test_decision_parts(self) -> None:
        report = loads(DECISION)
        assert report.decision is not None
        assert [b.text for b in report.decision.bases] == [
            "Căn cứ Nghị định số 30/2020/NĐ-CP",
            "Căn cứ Quyết định số 15/QĐ-UBND",
        ]
        assert report.decision.articles[1].clauses[0].points[1].text == "Thanh tra Sở."
        assert report.template.form == "1.3"
        assert report.attachments[0].doc_type.name == "Kế hoạch"


class TestErrors:
    @pytest.mark.parametrize(
        ("old", "new", "location", "message"),
        [
            (
                '{ percent = "95.5" }',
                '{ percent = "95,5" }',
                "intro[0].table.rows[0][2]",
                "a decimal written as text",
            ),
            (
                '{ percent = "95.5" }',
                "{ pct = 1 }",
                "intro[0].table.rows[0][2]",
                "unknown keys ['pct']",
            ),
            (
                "{ percent = 100 }",
                "{ percent = 100, integer = 1 }",
                "intro[0].table.rows[1][2]",
                "several values",
            ),
            ("[2, [", "[2, 3, [", "intro[0].table.rows", "row 2, cell 5 (column 5)"),
            ('"Tỷ lệ (%)"', "5", "intro[0].table.header", "header cells are text"),
            (
                'orientation = "landscape"',
                'orientation = "ngang"',
                "appendices[0].orientation",
                "'portrait', 'landscape'",
            ),
            ("numbered = true", "numbered = 1", "intro[0].table.numbered", "true or false"),
        ],
    )
    def test_errors_name_the_place(self, old: str, new: str, location: str, message: str) -> None:
        assert old in TABLE
        with pytest.raises(ReportLoadError) as caught:
            loads(TABLE.replace(old, new), source="bao-cao.toml")
        assert caught.value.location == location
        assert message in caught.value.message

    def test_a_report_type_without_articles_refuses_a_decision(self) -> None:
        text = DECISION.replace('type = "Quyết định"', 'type = "Báo cáo"').replace("/QĐ-", "/BC-")
        with pytest.raises(ReportLoadError, match="a Báo cáo has no articles"):
            loads(text.split("[[attachments]]")[0])
