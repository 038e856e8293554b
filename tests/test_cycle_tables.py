"""Tables in the reporting cycle: the units' tables combined into the data appendix, and last
period's figures carried into the comparison column (expected tables written by hand)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import directive_report as dr
from directive_report.cycle import RollupResult, carry_forward, rollup
from directive_report.model import Cell, CellKind, Report, Table
from directive_report.model.appendix import Appendix
from directive_report.model.placeholder import find_placeholders

DATA = Path(__file__).parent / "data" / "cycle"
STP = "Sở Tư pháp"
TAN_YEN = "Ủy ban nhân dân huyện Tân Yên"
TINH = dr.Authority(name="Ủy ban nhân dân tỉnh Bắc Giang", abbreviation="UBND", place="Bắc Giang")


def with_table(report: Report, table: Table, path: tuple[int, ...] = (0, 1)) -> Report:
    """*report* with *table* added at the end of the section at 0-based *path* (two levels)."""
    top = report.sections[path[0]]
    inner = top.sections[path[1]]
    inner = attrs.evolve(inner, blocks=(*inner.blocks, table))
    top = attrs.evolve(
        top, sections=(*top.sections[: path[1]], inner, *top.sections[path[1] + 1 :])
    )
    return attrs.evolve(
        report, sections=(*report.sections[: path[0]], top, *report.sections[path[0] + 1 :])
    )


def meetings(count: int, people: int) -> Table:
    """A unit's one-row table of its propaganda meetings."""
    return Table(
        header=[["STT", "Hình thức", "Số cuộc", "Số lượt người"]],
        rows=[[1, "Hội nghị tuyên truyền", count, people]],
        caption="Kết quả tuyên truyền",
    )


def indicators(rows: list[list[object]]) -> Table:
    """A unit's table of indicators, last year against this year."""
    return Table(
        header=[["STT", "Chỉ tiêu", "Năm trước", "Năm nay"]],
        rows=[[n, *row] for n, row in enumerate(rows, start=1)],
        caption="Một số chỉ tiêu",
    )


@pytest.fixture(scope="module")
def units() -> dict[str, Report]:
    """The Sở Tư pháp's and the huyện's test reports, each with its two tables."""
    stp = dr.load(DATA / "so-tu-phap-ct21-2024.toml")
    huyen = dr.load(DATA / "huyen-tan-yen-ct21-2024.toml")
    stp = with_table(stp, meetings(35, 4200))
    stp = with_table(
        stp,
        indicators([["Số hội nghị tuyên truyền", 30, 35], ["Số vụ việc trợ giúp pháp lý", 12, 18]]),
        (0, 2),
    )
    huyen = with_table(huyen, meetings(28, 3150))
    huyen = with_table(
        huyen,
        indicators([["Số hội nghị tuyên truyền", 20, 28], ["Số thuê bao bị thu hồi", 25, 40]]),
        (0, 2),
    )
    return {"stp.toml": stp, "tan-yen.toml": huyen}


@pytest.fixture(scope="module")
def result(units: dict[str, Report]) -> RollupResult:
    """The two units compiled."""
    return rollup(units, authority=TINH, date=dt.date(2024, 5, 22))


def rows_of(table: Table) -> list[list[object]]:
    """Each body row as its cells' values (texts as strings)."""
    return [[c.text if c.kind is CellKind.TEXT else c.value for c in row] for row in table.rows]


def test_one_row_per_unit_and_a_checked_total(result: RollupResult) -> None:
    """35 + 28 meetings, 4.200 + 3.150 people; STT renumbered, the unit named."""
    (appendix,) = result.report.appendices
    assert appendix.title == "Tổng hợp số liệu của các đơn vị"
    table = appendix.blocks[0]
    assert isinstance(table, Table)
    assert [[c.text for c in row] for row in table.header] == [
        ["STT", "Đơn vị", "Hình thức", "Số cuộc", "Số lượt người"]
    ]
    assert rows_of(table) == [
        [1, STP, "Hội nghị tuyên truyền", 35, 4200],
        [2, TAN_YEN, "Hội nghị tuyên truyền", 28, 3150],
    ]
    assert table.total is not None
    assert [c.text if c.kind is CellKind.TEXT else c.value for c in table.total] == [
        "Tổng cộng",
        "",
        63,
        7350,
    ]
    assert table.caption == "Kết quả tuyên truyền"
    assert not [f for f in dr.check(result.report) if f.code == "table-total"]


def test_indicators_grouped_and_summed_per_indicator(result: RollupResult) -> None:
    """Meetings are added to meetings (50 and 63), never to subscribers or legal aid cases."""
    table = result.report.appendices[0].blocks[1]
    assert isinstance(table, Table)
    assert rows_of(table) == [
        [1, STP, "Số hội nghị tuyên truyền", 30, 35],
        [2, TAN_YEN, "Số hội nghị tuyên truyền", 20, 28],
        ["Cộng", "", 50, 63],
        [3, STP, "Số vụ việc trợ giúp pháp lý", 12, 18],
        [4, TAN_YEN, "Số thuê bao bị thu hồi", 25, 40],
    ]
    assert table.total is None


def test_tables_leave_the_body_and_are_traced(result: RollupResult) -> None:
    """No table is left in the merged sections; each source table is placed in the appendix."""
    assert not [
        b for _, s in result.report.walk_sections() for b in s.blocks if isinstance(b, Table)
    ]
    placed = {
        (p.origin.source, p.origin.location): p.location
        for p in result.placements
        if p.location.startswith("appendices")
    }
    assert placed == {
        ("stp.toml", "sections[0].sections[1].blocks[2]"): "appendices[0].blocks[0]",
        ("tan-yen.toml", "sections[0].sections[1].blocks[1]"): "appendices[0].blocks[0]",
        ("stp.toml", "sections[0].sections[2].blocks[1]"): "appendices[0].blocks[1]",
        ("tan-yen.toml", "sections[0].sections[2].blocks[1]"): "appendices[0].blocks[1]",
    }


def test_a_table_no_other_unit_shares_stays_in_place(units: dict[str, Report]) -> None:
    """Named by its unit in the caption."""
    alone = Table(header=[["Nội dung", "Số vụ"]], rows=[["Khởi tố", 3]], caption="Xử lý hình sự")
    huyen = with_table(units["tan-yen.toml"], alone, (0, 0))
    result = rollup(
        {"stp.toml": units["stp.toml"], "h.toml": huyen}, authority=TINH, date=dt.date(2024, 5, 22)
    )
    first = result.report.sections[0].sections[0]
    tables = [b for b in first.blocks if isinstance(b, Table)]
    assert [t.caption for t in tables] == [f"{TAN_YEN}: Xử lý hình sự"]


def test_a_units_own_appendix_table_joins(units: dict[str, Report]) -> None:
    """A table in a unit's Phụ lục is pooled like one in its body; the appendix's other text
    is left out and listed."""
    stp = attrs.evolve(
        units["stp.toml"],
        appendices=(
            Appendix(
                title="Số liệu chi tiết",
                blocks=("Số liệu do các phòng cung cấp.", meetings(7, 700)),
            ),
        ),
    )
    result = rollup(
        {"stp.toml": stp, "h.toml": units["tan-yen.toml"]},
        authority=TINH,
        date=dt.date(2024, 5, 22),
    )
    table = result.report.appendices[0].blocks[0]
    assert isinstance(table, Table)
    assert rows_of(table) == [  # the Sở's two tables under its one name (rowspan 2)
        [1, STP, "Hội nghị tuyên truyền", 35, 4200],
        ["Hội nghị tuyên truyền", 7, 700],
        [2, TAN_YEN, "Hội nghị tuyên truyền", 28, 3150],
    ]
    assert table.rows[0][1].rowspan == 2
    assert table.total is not None
    assert [c.value for c in table.total[2:]] == [35 + 7 + 28, 4200 + 700 + 3150]
    assert [
        (o.origin.location, o.text) for o in result.left_out if "appendices" in o.origin.location
    ] == [("appendices[0].blocks[0]", "Số liệu do các phòng cung cấp.")]


def test_a_units_wrong_total_is_a_finding(units: dict[str, Report]) -> None:
    """The unit's total is not carried (the rows are added again), and it is pointed out."""
    wrong = Table(
        header=[["STT", "Hình thức", "Số cuộc", "Số lượt người"]],
        rows=[[1, "Hội nghị", 35, 4200], [2, "Tọa đàm", 5, 300]],
        total=[Cell(value="Tổng cộng", colspan=2), 41, 4500],
    )
    stp = with_table(units["stp.toml"], wrong, (0, 0))
    result = rollup(
        {"stp.toml": stp, "h.toml": units["tan-yen.toml"]},
        authority=TINH,
        date=dt.date(2024, 5, 22),
    )
    found = [f for f in result.findings if f.code == "table-total"]
    assert [f.location.split(":")[0] for f in found] == ["stp.toml"]
    assert "41" in found[0].message


def test_carry_forward_moves_this_year_to_last_year(units: dict[str, Report]) -> None:
    """ "Năm nay" 35 becomes "Năm trước" 35; "Năm nay" is to be filled; the indicator stays."""
    draft = carry_forward(units["stp.toml"], date=dt.date(2025, 5, 16))
    tables = [b for _, s in draft.walk_sections() for b in s.blocks if isinstance(b, Table)]
    assert len(tables) == 2
    assert rows_of(tables[1]) == [
        [1, "Số hội nghị tuyên truyền", 35, "[Cần bổ sung: số liệu]"],
        [2, "Số vụ việc trợ giúp pháp lý", 18, "[Cần bổ sung: số liệu]"],
    ]
    # a table without a comparison column keeps only its text: every figure is to be filled
    assert rows_of(tables[0]) == [
        [
            1,
            "Hội nghị tuyên truyền",
            "[Cần bổ sung: số liệu]",
            "[Cần bổ sung: số liệu]",
        ]
    ]
    cells = [loc for loc, _ in find_placeholders(draft) if ".rows[" in loc]
    assert len(cells) == 4
    assert {f.code for f in dr.check(draft)} == {"placeholder"}


def test_carry_forward_keeps_the_total_row_shape() -> None:
    """A totals row carries last year's total into "Năm trước"."""
    table = Table(
        header=[["Chỉ tiêu", "Năm trước", "Năm nay"]],
        rows=[["A", 1, 2], ["B", 3, Decimal("4.5")]],
        total=["Tổng cộng", 4, Decimal("6.5")],
    )
    report = with_table(dr.examples.load("bac-giang-ct21-2024"), table, (0, 0))
    draft = carry_forward(report, date=dt.date(2025, 5, 20))
    carried = next(b for b in draft.sections[0].sections[0].blocks if isinstance(b, Table))
    assert carried.total is not None
    assert [c.text if c.kind is CellKind.TEXT else c.value for c in carried.total] == [
        "Tổng cộng",
        Decimal("6.5"),
        "[Cần bổ sung: số liệu]",
    ]


def test_the_compiled_draft_with_its_data_appendix_renders(result: RollupResult) -> None:
    """The draft prints in every built-in format: the appendix title, its table's cells and the
    checked total, read back from the DOCX with python-docx and from the Markdown text."""
    import io

    import docx

    document = docx.Document(io.BytesIO(dr.render(result.report, "docx")))
    paragraphs = [p.text for p in document.paragraphs]
    assert "TỔNG HỢP SỐ LIỆU CỦA CÁC ĐƠN VỊ" in paragraphs
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    for expected in ("Tổng cộng", "63", "7.350", "4.200", "3.150", STP, TAN_YEN):
        assert expected in cells, expected
    markdown = dr.render(result.report, "markdown").decode("utf-8")
    assert "| **Tổng cộng** |  |  | **63** | **7.350** |" in markdown
    assert dr.render(result.report, "odt").startswith(b"PK")
