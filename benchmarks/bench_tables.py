"""Rendering a long data table: linear in its rows, and as cheap per cell as body text.

A report holds one table of 100 rows (1×) or 1,000 rows (10×), five columns (text, whole
numbers, a percentage); each exporter renders it, the two sizes side by side in one run.

* **linear**: the time per row at 10× is at most 1.5× the time per row at 1×;
* **as cheap as text**: at 10×, the time per table cell is at most 1.5× the time per body
  paragraph of the seed report rendered at 10× by the same exporter in the same run (a cell is a
  paragraph in a table's grid; the seed's paragraphs are the exporters' existing yardstick).

Run alone: ``python benchmarks/bench_tables.py --scales 1 10 --runs 5``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from decimal import Decimal

import attrs
from _harness import Row, interleaved_ms, main_over_scales, seed_report, time_row

from directive_report import Report, examples
from directive_report.exporters import ExportOptions
from directive_report.exporters.docx_export import DocxExporter
from directive_report.exporters.markdown_export import to_markdown
from directive_report.exporters.odt_export import OdtExporter
from directive_report.layout import plan_document
from directive_report.model import Cell, CellKind, Table

ROWS_AT_1X = 100
COLUMNS = 5


def table_report(rows: int) -> Report:
    """The canonical example with one table of *rows* rows in its first section."""
    report = examples.load("bao-cao-ket-qua-2024")
    table = Table(
        header=[["STT", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ"]],
        rows=[
            [
                n,
                f"Điểm phục vụ số {n}",
                1000 + n,
                990 + n,
                Cell(kind=CellKind.PERCENT, value=Decimal(990 + n) / (1000 + n) * 100),
            ]
            for n in range(1, rows + 1)
        ],
        columns=(),
    )
    first = attrs.evolve(report.sections[0], blocks=(table,), sections=())
    return attrs.evolve(report, sections=(first,), appendices=())


def _renderers() -> dict[str, Callable[[Report], object]]:
    options = ExportOptions()

    def office(exporter: DocxExporter | OdtExporter) -> Callable[[Report], object]:
        return lambda report: exporter.render(report, io.BytesIO(), options)

    return {"DOCX": office(DocxExporter()), "ODT": office(OdtExporter()), "Markdown": to_markdown}


def measure(scales: Sequence[int], runs: int | None) -> list[Row]:
    """Per exporter: time per row at the largest scale against the smallest, and time per cell
    against time per paragraph of the seed report at the largest scale."""
    small, large = min(scales), max(scales)
    count = runs or 5
    tables = {scale: table_report(ROWS_AT_1X * scale) for scale in (small, large)}
    seed = seed_report(large)
    paragraphs = sum(1 for _ in plan_document(seed).paragraphs())
    rows: list[Row] = []
    for name, render in _renderers().items():
        timed = interleaved_ms(
            {
                "small": lambda render=render: render(tables[small]),
                "large": lambda render=render: render(tables[large]),
                "seed": lambda render=render: render(seed),
            },
            count,
        )
        per_row_small = timed["small"] / (ROWS_AT_1X * small)
        per_row_large = timed["large"] / (ROWS_AT_1X * large)
        rows.append(
            time_row(
                f"{name}, table of {ROWS_AT_1X * large:,} rows, per row",
                per_row_large,
                f"per row at {ROWS_AT_1X * small:,} rows",
                per_row_small,
                1.5,
            )
        )
        rows.append(
            time_row(
                f"{name}, table of {ROWS_AT_1X * large:,} rows, per cell",
                per_row_large / COLUMNS,
                f"per paragraph of the seed at {large}×",
                timed["seed"] / paragraphs,
                1.5,
            )
        )
    return rows


if __name__ == "__main__":
    main_over_scales(measure, __doc__)
