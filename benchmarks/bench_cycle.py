"""Benchmark of the reporting cycle (issue 14): compiling N units' reports against rendering them.

Run alone with ``.venv/bin/python benchmarks/bench_cycle.py [--scales 50 500] [--runs N]`` (the
scales are numbers of reports), or with every benchmark by ``nox -s bench``.

The units' reports are the bundled seed example under N different unit names, every third one
with its headings worded as another unit words them ("KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "Công tác
tuyên truyền, phổ biến giáo dục pháp luật", ...), so that headings are matched by title, topic
and similarity, and with its figures changed, so that the sums are not of equal numbers.  Timed,
side by side in one process:

* **rollup**: :func:`directive_report.rollup` of the N reports (heading matching, naming the
  units, sums with their parts, citations extracted from every paragraph and grouped), and
  :func:`directive_report.carry_forward` of each;
* **render**: the baseline a province already pays, rendering the same N reports to DOCX with
  :func:`directive_report.render`.

Targets (issue 14): the roll-up takes well under the time to render its inputs (ratio to DOCX at
most 0.5), and is linear: the time per report at 500 within 1.5× of that at 50.  Each figure is
the median of N runs after a warm-up, a garbage collection before each.  A plain script, not a
timed test.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from functools import partial

import attrs
from _harness import Row, interleaved_ms, main_over_scales, time_row

import directive_report as dr
from directive_report import ActionList, Quantity, Report, Section

#: Other units' wordings of the seed's headings, in the seed's order.
_WORDINGS = {
    "KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg": "KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
    "Công tác quán triệt, tổ chức triển khai thực hiện": "Công tác lãnh đạo, chỉ đạo",
    "Công tác tuyên truyền": "Công tác tuyên truyền, phổ biến giáo dục pháp luật",
    "Công tác phối hợp giám sát, đấu tranh, xử lý vi phạm": "Công tác đấu tranh, xử lý vi phạm",
    "NHẬN XÉT, ĐÁNH GIÁ": "ĐÁNH GIÁ CHUNG",
    "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TIẾP THEO": "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
}


def _reworded(section: Section, index: int) -> Section:
    blocks = tuple(
        attrs.evolve(
            block,
            actions=tuple(
                attrs.evolve(
                    action,
                    quantities=tuple(
                        Quantity(value=q.value + index, unit=q.unit) for q in action.quantities
                    ),
                )
                for action in block.actions
            ),
        )
        if isinstance(block, ActionList)
        else block
        for block in section.blocks
    )
    return attrs.evolve(
        section,
        title=_WORDINGS.get(section.title, section.title) if index % 3 == 1 else section.title,
        blocks=blocks,
        sections=tuple(_reworded(child, index) for child in section.sections),
    )


def unit_reports(count: int) -> list[Report]:
    """*count* reports of distinct units on Chỉ thị 21, from the seed example."""
    seed = dr.examples.load("bac-giang-ct21-2024")
    return [
        attrs.evolve(
            seed,
            authority=attrs.evolve(seed.authority, name=f"Đơn vị số {index + 1}"),
            sections=tuple(_reworded(section, index) for section in seed.sections),
        )
        for index in range(count)
    ]


def compile_all(reports: list[Report]) -> None:
    """The roll-up of *reports*."""
    authority = dr.Authority(
        name="Ủy ban nhân dân tỉnh Bắc Giang", abbreviation="UBND", place="Bắc Giang"
    )
    dr.rollup(reports, authority=authority, date=dt.date(2024, 5, 22))


def carry_all(reports: list[Report]) -> None:
    """Next year's draft of each of *reports*."""
    for report in reports:
        dr.carry_forward(report, date=dt.date(2025, 5, 20))


def render_all(reports: list[Report], format: str) -> None:
    """Each of *reports* rendered to *format*."""
    for report in reports:
        dr.render(report, format)


#: The roll-up's target against rendering the same reports to DOCX.
DOCX_TARGET = 0.5
#: How much the time per report may grow from the smallest to the largest count.
LINEAR_TARGET = 1.5


def measure(counts: Sequence[int], runs: int | None = None) -> list[Row]:
    """The rows: the roll-up against rendering its inputs to DOCX at each count, next year's
    drafts against the same, and the growth of the time per report."""
    rows = []
    per_report: list[tuple[int, float]] = []
    for count in counts:
        reports = unit_reports(count)
        figures = interleaved_ms(
            {
                "rollup": partial(compile_all, reports),
                "carry": partial(carry_all, reports),
                "docx": partial(render_all, reports, "docx"),
            },
            runs or 3,
        )
        rows.append(
            time_row(
                f"rollup of {count} reports",
                figures["rollup"],
                "rendering them to DOCX",
                figures["docx"],
                DOCX_TARGET,
            )
        )
        rows.append(
            time_row(
                f"carry_forward of {count} reports",
                figures["carry"],
                "rendering them to DOCX",
                figures["docx"],
                DOCX_TARGET,
            )
        )
        per_report.append((count, figures["rollup"] / count))
    if len(per_report) > 1:
        (small, first), (large, last) = per_report[0], per_report[-1]
        rows.append(
            Row(
                f"rollup per report, {large} reports",
                last,
                "ms",
                f"per report, {small} reports",
                first,
                last / first,
                f"ratio ≤ {LINEAR_TARGET:g} (linear)",
                last / first <= LINEAR_TARGET,
            )
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    """Measure at 50 and 500 reports (``--scales`` counts reports here) and print the table."""
    given = sys.argv[1:] if argv is None else argv
    main_over_scales(measure, __doc__ or "", given or ["--scales", "50", "500"])


if __name__ == "__main__":
    main()
