"""How table cells print, and the column widths computed from them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directive_report.layout.table_text import caption_text, cell_text, unit_text
from directive_report.layout.table_widths import ColumnText, SpanText, column_widths, measure
from directive_report.model import Cell, CellKind, Paragraph, Run


@pytest.mark.parametrize(
    ("cell", "decimals", "printed"),
    [
        (Cell(value=1234567), None, "1.234.567"),
        (Cell(value=-5), None, "-5"),
        (Cell(value=120), 1, "120,0"),
        (Cell(value=Decimal("12.5")), None, "12,5"),
        (Cell(value=Decimal("12.25")), 1, "12,3"),  # half up, not to even
        (Cell(kind=CellKind.MONEY, value=Decimal("1450.5")), 1, "1.450,5"),
        (Cell(kind=CellKind.MONEY, value=25750), None, "25.750"),
        (Cell(kind=CellKind.PERCENT, value=Decimal("95.5")), None, "95,5%"),
        (Cell(kind=CellKind.PERCENT, value=100), 1, "100,0%"),
        (Cell(value=dt.date(2024, 5, 20)), None, "20/5/2024"),
        (Cell(value=dt.date(2024, 1, 5)), None, "05/01/2024"),
        (Cell(value=Paragraph(runs=[Run(text="Huyện "), Run(text="A", bold=True)])), 2, "Huyện A"),
        (Cell(), 2, ""),
    ],
)
def test_cells_print_by_the_vietnamese_rules(
    cell: Cell, decimals: int | None, printed: str
) -> None:
    assert cell_text(cell, decimals) == printed


def test_caption_and_unit_lines() -> None:
    assert caption_text("Kết quả", 12) == "Biểu số 12: Kết quả"
    assert caption_text(None, 3) == "Biểu số 03"
    assert caption_text("Kết quả", None) == "Kết quả"
    assert unit_text("thuê bao") == "Đơn vị tính: thuê bao"


class TestWidths:
    def test_lines_that_fit_share_the_room_in_proportion(self) -> None:
        widths = column_widths(
            [ColumnText(words=3, line=8), ColumnText(words=5, line=38)], 92, padding=2
        )
        assert widths == pytest.approx((18.4, 73.6))  # 10 and 40 wanted, times 92 / 50

    def test_columns_keep_their_longest_word_when_lines_do_not_fit(self) -> None:
        # wanted 12 + 202 > 100: minimum 12 + 22, the 66 mm left all go to the long column
        widths = column_widths(
            [ColumnText(words=10, line=10), ColumnText(words=20, line=200)], 100, padding=2
        )
        assert widths == pytest.approx((12.0, 88.0))

    def test_a_merged_cell_widens_its_columns(self) -> None:
        widths = column_widths(
            [ColumnText(words=5, line=200), ColumnText(words=5, line=200)],
            100,
            padding=0,
            spans=[SpanText(first=0, count=2, words=80)],
        )
        assert widths == pytest.approx((50.0, 50.0))
        widths = column_widths(
            [
                ColumnText(words=10, line=10),
                ColumnText(words=5, line=200),
                ColumnText(words=5, line=5),
            ],
            100,
            padding=0,
            spans=[SpanText(first=1, count=2, words=80)],
        )
        assert widths[1] + widths[2] >= 80 - 1e-9

    @given(
        st.lists(
            st.tuples(st.floats(0, 80), st.floats(0, 300)).map(
                lambda t: ColumnText(words=t[0], line=max(t)),
            ),
            min_size=1,
            max_size=12,
        ),
        st.floats(50, 300),
    )
    def test_widths_fill_the_room_and_keep_words_whole_when_they_can(
        self, columns: list[ColumnText], available: float
    ) -> None:
        widths = column_widths(columns, available, padding=3)
        assert sum(widths) == pytest.approx(available)
        if sum(c.words + 3 for c in columns) <= available:
            assert all(w >= c.words + 3 - 1e-6 for w, c in zip(widths, columns, strict=True))

    def test_measure_reads_the_font(self) -> None:
        words, line = measure("Đơn vị tính", 12)
        assert words < line
        assert measure("a\nbbbb", 12)[1] == measure("bbbb", 12)[1]
