"""Benchmark of the reporting cycle (issue 14): compiling N units' reports against rendering them.

Run with ``.venv/bin/python benchmarks/bench_cycle.py [--units 50 500] [--runs N]``.

The units' reports are the bundled seed example under N different unit names, every third one
with its headings worded as another unit words them ("KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "Công tác
tuyên truyền, phổ biến giáo dục pháp luật", ...), so that headings are matched by title, topic
and similarity, and with its figures changed, so that the sums are not of equal numbers.  Timed,
side by side in one process:

* **rollup**: :func:`directive_report.rollup` of the N reports (heading matching, naming the
  units, sums with their parts, citations extracted from every paragraph and grouped), and
  :func:`directive_report.carry_forward` of each;
* **render**: the baseline a province already pays, rendering the same N reports to DOCX (and to
  Markdown, the cheapest format) with :func:`directive_report.render`.

Targets (issue 14): the roll-up takes well under the time to render its inputs (ratio to DOCX at
most 0.5), and is linear: the time per report at 500 within 1.5× of that at 50.  Each figure is
the median of N runs after a warm-up, a garbage collection before each.  A plain script, not a
timed test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import statistics
import time
from collections.abc import Callable
from functools import partial

import attrs

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


def medians_ms(builders: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Median wall time in ms of each builder after a warm-up, taking turns run by run."""
    names = list(builders)
    for build in builders.values():
        build()
    times: dict[str, list[float]] = {name: [] for name in names}
    for run in range(runs):
        for name in names[run % len(names) :] + names[: run % len(names)]:
            gc.collect()
            start = time.perf_counter()
            builders[name]()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def main(argv: list[str] | None = None) -> None:
    """Time the roll-up, the carry-forward and the renderings; print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, nargs="+", default=[50, 500])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (default 3)")
    args = parser.parse_args(argv)

    rows = []
    for count in args.units:
        reports = unit_reports(count)
        figures = medians_ms(
            {
                "rollup": partial(compile_all, reports),
                "carry": partial(carry_all, reports),
                "docx": partial(render_all, reports, "docx"),
                "markdown": partial(render_all, reports, "markdown"),
            },
            args.runs,
        )
        rows.append((count, figures))

    print(
        "| reports | rollup ms | per report ms | carry_forward ms | render DOCX ms "
        "| rollup / DOCX (≤ 0.5) | render Markdown ms | rollup / Markdown |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for count, f in rows:
        ratio = f["rollup"] / f["docx"]
        print(
            f"| {count} | {f['rollup']:.0f} | {f['rollup'] / count:.2f} | {f['carry']:.0f} "
            f"| {f['docx']:.0f} | {ratio:.2f} {'ok' if ratio <= 0.5 else 'MISSED'} "
            f"| {f['markdown']:.0f} | {f['rollup'] / f['markdown']:.2f} |"
        )
    if len(rows) > 1:
        (small, a), (large, b) = rows[0], rows[-1]
        growth = (b["rollup"] / large) / (a["rollup"] / small)
        print(
            f"time per report from {small} to {large} reports: ×{growth:.2f} "
            f"({'linear, ok' if growth <= 1.5 else 'MISSED: not linear'}, target ≤ 1.5)"
        )


if __name__ == "__main__":
    main()
