"""What every benchmark shares: timing side by side, the scaled report, the rows of the table.

A benchmark measures the library and its anchor (a baseline built with another tool, or the
library's own other path) in the same process and the same run, and reports one :class:`Row`
per comparison: the two figures, their ratio, the target and whether it is met.  Absolute times
depend on the machine and on what else runs on it; the ratios much less.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import attrs

from directive_report import Report, examples

SEED = "bac-giang-ct21-2024"


def seed_report(scale: int = 1) -> Report:
    """The bundled seed example with its sections repeated *scale* times (renumbered by
    position): 10× is about 35 pages, 100× about 340."""
    report = examples.load(SEED)
    return attrs.evolve(report, sections=report.sections * scale)


def interleaved_ms(builders: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Median wall time in ms of each builder over *runs*, after one warm-up call each.

    The builders take turns run by run, in rotating order, with a garbage collection before
    each call, so that a change in the machine's load touches them alike.
    """
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


@dataclass(frozen=True)
class Row:
    """One comparison: *value* (in *unit*) of what is measured against *anchor_value* of its
    anchor, their *ratio*, the *target* in words and whether it is *met*."""

    what: str
    value: float
    unit: str
    anchor: str
    anchor_value: float
    ratio: float
    target: str
    met: bool


def time_row(what: str, ours: float, anchor: str, theirs: float, at_most: float) -> Row:
    """A row for two times in ms whose ratio (ours / theirs) should be at most *at_most*."""
    ratio = ours / theirs
    return Row(what, ours, "ms", anchor, theirs, ratio, f"ratio ≤ {at_most:g}", ratio <= at_most)


def format_value(value: float, unit: str) -> str:
    """``"12.3 ms"``, ``"0.041 ms"``, ``"25.1 MB/s"``."""
    digits = 3 if abs(value) < 1 else 1
    return f"{value:,.{digits}f} {unit}"


def table(rows: Iterable[Row]) -> str:
    """The rows as one Markdown table."""
    lines = [
        "| measurement | value | anchor | anchor value | ratio | target | met |",
        "|---|---:|---|---:|---:|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row.what} | {format_value(row.value, row.unit)} | {row.anchor} "
            f"| {format_value(row.anchor_value, row.unit)} | {row.ratio:.2f} | {row.target} "
            f"| {'yes' if row.met else '**no**'} |"
        )
    return "\n".join(lines)


def write_json(rows: Sequence[Row], path: Path, **context: object) -> None:
    """The rows (and *context*: machine, options) as JSON at *path*, folders created."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {**context, "rows": [asdict(row) for row in rows]}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main_over_scales(
    measure: Callable[[Sequence[int], int | None], list[Row]],
    doc: str,
    argv: Sequence[str] | None = None,
) -> None:
    """Run a benchmark over scales alone: ``--scales`` (default 1 10 100) and ``--runs`` (the
    benchmark's own default per scale), then print its table."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, help="runs per figure (default: by scale)")
    args = parser.parse_args(argv)
    print(table(measure(args.scales, args.runs)))
