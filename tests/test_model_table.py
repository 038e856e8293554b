"""Tables, decisions, appendices and templates in the model: invariants with errors that name
the row and column, and the grid positions the layout reads."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given

from directive_report import ReportValidationError
from directive_report.model import (
    Appendix,
    Article,
    Cell,
    CellKind,
    Clause,
    Column,
    Decision,
    Report,
    Request,
    Table,
    TablePart,
    document_type,
    template_for,
)
from directive_report.testing import decisions, tables


def _table(**changes: object) -> Table:
    fields: dict[str, object] = {
        "header": [
            [
                Cell(value="STT", rowspan=2),
                Cell(value="Đơn vị", rowspan=2),
                Cell(value="Năm 2024", colspan=2),
            ],
            ["Kế hoạch", "Thực hiện"],
        ],
        "rows": [[1, "Huyện Lục Nam", 120, 118], [2, "Huyện Yên Thế", 80, 85]],
        "total": [Cell(value="Tổng cộng", colspan=2), 200, 203],
    }
    fields.update(changes)
    return Table(**fields)  # type: ignore[arg-type]


class TestCells:
    def test_kind_follows_the_value(self) -> None:
        assert Cell(value=5).kind is CellKind.INTEGER
        assert Cell(value=Decimal("1.5")).kind is CellKind.DECIMAL
        assert Cell(value=dt.date(2024, 5, 20)).kind is CellKind.DATE
        assert Cell(value="Huyện").kind is CellKind.TEXT
        assert Cell(value="").is_empty
        assert Cell(value="").kind is CellKind.TEXT

    def test_an_empty_cell_is_text_whatever_kind_is_asked(self) -> None:
        assert Cell(kind=CellKind.MONEY) == Cell()

    @pytest.mark.parametrize(
        ("kind", "value"),
        [
            (CellKind.INTEGER, Decimal("1.5")),
            (CellKind.INTEGER, True),
            (CellKind.DECIMAL, Decimal("NaN")),
            (CellKind.DATE, dt.datetime(2024, 5, 20, 8, 0)),
            (CellKind.PERCENT, "95%"),
        ],
    )
    def test_a_value_of_the_wrong_kind_is_refused(self, kind: CellKind, value: object) -> None:
        with pytest.raises(ReportValidationError, match=f"a {kind.value} cell holds"):
            Cell(kind=kind, value=value)  # type: ignore[arg-type]

    def test_spans_start_at_one(self) -> None:
        with pytest.raises(ReportValidationError, match="colspan: must be a whole number from 1"):
            Cell(value="x", colspan=0)

    def test_numbers(self) -> None:
        assert Cell(kind=CellKind.PERCENT, value=Decimal("95.5")).number == Decimal("95.5")
        assert Cell(value="12").number is None


class TestGrid:
    def test_merged_cells_take_their_columns(self) -> None:
        table = _table()
        assert table.column_count == 4
        assert [c for c, _ in table.placed(TablePart.HEADER)[1]] == [2, 3]
        assert [c for c, _ in table.placed(TablePart.TOTAL)[0]] == [0, 2, 3]

    def test_a_cell_merged_down_the_body(self) -> None:
        table = _table(rows=[[Cell(value=1, rowspan=2), "A", 1, 2], ["B", 3, 4]])
        assert [c for c, _ in table.placed(TablePart.BODY)[1]] == [1, 2, 3]

    def test_a_short_row_names_the_row(self) -> None:
        with pytest.raises(ReportValidationError, match=r"Table\.rows: row 2: covers 3 columns"):
            _table(rows=[[1, "A", 1, 2], [2, "B", 3]])

    def test_a_long_row_names_row_and_column(self) -> None:
        with pytest.raises(
            ReportValidationError, match=r"row 1, cell 5 \(column 5\): the cell reaches column 5"
        ):
            _table(rows=[[1, "A", 1, 2, 3]])

    def test_a_wide_merge_in_the_header_names_the_header_row(self) -> None:
        with pytest.raises(ReportValidationError, match=r"header row 2, cell 3 \(column 4\)"):
            _table(
                header=[
                    [Cell(value="a", rowspan=2), "b", Cell(value="c", colspan=2)],
                    ["d", "e", Cell(value="f", colspan=2)],
                ]
            )

    def test_a_rowspan_past_the_header(self) -> None:
        with pytest.raises(
            ReportValidationError, match="rowspan 3 reaches past the last row of the header"
        ):
            _table(header=[[Cell(value="a", rowspan=3), "b", "c", "d"]])

    def test_a_totals_row_of_the_wrong_width(self) -> None:
        with pytest.raises(ReportValidationError, match=r"Table\.total: totals row: covers 3"):
            _table(total=["Tổng cộng", 200, 203])

    def test_header_cells_are_text(self) -> None:
        with pytest.raises(ReportValidationError, match="header cells are text, not integer"):
            _table(header=[["STT", "Đơn vị", 2024, "Thực hiện"]])

    def test_columns_match_the_grid(self) -> None:
        with pytest.raises(ReportValidationError, match="gives 2 columns, but the table has 4"):
            _table(columns=[Column(decimals=1), Column()])
        with pytest.raises(ReportValidationError, match="must be 0 to 6"):
            Column(decimals=7)

    def test_a_table_needs_a_header_and_a_body(self) -> None:
        with pytest.raises(ReportValidationError, match="at least one header row"):
            _table(header=[])
        with pytest.raises(ReportValidationError, match="at least one body row"):
            _table(rows=[])

    @given(tables())
    def test_generated_tables_fill_their_grid(self, table: Table) -> None:
        """Every row of every part covers each grid column exactly once."""
        width = table.column_count
        for part in TablePart:
            rows = table.placed(part)
            taken: list[set[int]] = [set() for _ in rows]
            for r, row in enumerate(rows):
                for column, cell in row:
                    for below in range(r, r + cell.rowspan):
                        span = set(range(column, column + cell.colspan))
                        assert not taken[below] & span
                        taken[below] |= span
            assert all(t == set(range(width)) for t in taken)


class TestDecision:
    def test_bases_are_stored_without_their_closing_punctuation(self) -> None:
        decision = Decision(
            authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
            bases=[
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                "Căn cứ ...",
            ],
            articles=[Article(text="Ban hành kèm theo Quyết định này Kế hoạch.")],
        )
        assert [b.text for b in decision.bases] == [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
            "Căn cứ",
        ]

    def test_a_decision_needs_bases_and_articles(self) -> None:
        with pytest.raises(ReportValidationError, match="at least one 'Căn cứ' line"):
            Decision(authority="GIÁM ĐỐC SỞ NỘI VỤ", bases=[], articles=[Article(text="x")])
        with pytest.raises(ReportValidationError, match="at least one article"):
            Decision(authority="GIÁM ĐỐC SỞ NỘI VỤ", bases=["Căn cứ x"], articles=[])
        with pytest.raises(ReportValidationError, match="must be written in capitals"):
            Decision(authority="Giám đốc", bases=["Căn cứ x"], articles=[Article(text="x")])

    def test_an_article_needs_content_and_points_fit_the_alphabet(self) -> None:
        with pytest.raises(ReportValidationError, match="needs its text, a title or clauses"):
            Article()
        with pytest.raises(ReportValidationError, match="has 24 điểm"):
            Clause(text="x", points=["y"] * 24)

    @given(decisions())
    def test_generated_decisions_count_the_executing_article(self, decision: Decision) -> None:
        assert decision.article_count == len(decision.articles) + bool(decision.executors)


class TestTemplates:
    @pytest.mark.parametrize(
        ("name", "form", "formula"),
        [
            ("Quyết định", "1.2", "QUYẾT ĐỊNH:"),
            ("Nghị quyết", "1.1", "QUYẾT NGHỊ:"),
            ("Báo cáo", "1.4", None),
            ("Kế hoạch", "1.4", None),
            ("Công văn", "1.5", None),
        ],
    )
    def test_forms_of_phu_luc_iii(self, name: str, form: str, formula: str | None) -> None:
        template = template_for(document_type(name))
        assert (template.form, template.enacting_formula) == (form, formula)

    def test_types_with_their_own_structure(self) -> None:
        assert template_for(document_type("Quyết định"), attached=True).form == "1.3"
        assert template_for(document_type("Tờ trình")).request_formula == "Kính trình"
        assert template_for(document_type("Chỉ thị")).top_level == "arabic"


class TestReportParts:
    def test_a_bao_cao_cannot_hold_articles(self, seed_report: Report) -> None:
        import attrs

        decision = Decision(
            authority="GIÁM ĐỐC SỞ", bases=["Căn cứ x"], articles=[Article(text="x")]
        )
        with pytest.raises(ReportValidationError, match="a Báo cáo has no articles"):
            attrs.evolve(seed_report, decision=decision)
        with pytest.raises(ReportValidationError, match="a Báo cáo closes with no request"):
            attrs.evolve(seed_report, request=Request(recipient="UBND tỉnh"))

    def test_appendices_and_a_decision_only_body(self, seed_report: Report) -> None:
        import attrs

        appendix = Appendix(title="Biểu tổng hợp", blocks=[_table()])
        report = attrs.evolve(seed_report, appendices=[appendix])
        assert report.appendices[0].blocks[0] == _table()
        decision = Decision(
            authority="GIÁM ĐỐC SỞ", bases=["Căn cứ x"], articles=[Article(text="x")]
        )
        decided = attrs.evolve(
            seed_report,
            doc_type=document_type("Quyết định"),
            number=seed_report.number.parse("/QĐ-STTTT"),
            intro=(),
            sections=(),
            closing=(),
            addressees=(),
            decision=decision,
        )
        assert decided.template.form == "1.2"
        with pytest.raises(ReportValidationError, match="an appendix needs a body"):
            Appendix(title="x")
