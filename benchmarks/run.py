"""Every benchmark in one run: one table of ratios against anchors measured side by side, and JSON.

``nox -s bench`` runs ``python benchmarks/run.py``; arguments after ``--`` reach this script:

* ``--json PATH``: where the rows go as JSON (default ``bench-out/bench.json``);
* ``--smoke``: every benchmark at a tiny size and one run, in a few seconds: the suite runs this
  (tests/test_benchmarks.py) so that the benchmarks cannot rot; its figures mean nothing.

Each row names what is measured, its value, its anchor and the anchor's value in the same run,
their ratio, the target and whether it is met.  The rows come from the benchmark modules beside
this file (each also runs alone and says how it measures): ``bench_docx`` (DOCX against bare
python-docx and docxtpl), ``bench_odt`` (ODT against bare odfpy and against our DOCX),
``bench_markdown`` (Markdown against string joining), ``bench_model`` (load + check),
``bench_vi`` (number words against num2words, vi's import), ``bench_citations`` (the citation
extractor's throughput, measured with that module's own functions), ``bench_cycle`` (compiling
and carrying forward 500 reports against rendering them), ``bench_tables`` (a table of 1,000 rows
against 100, and per cell against the seed's paragraphs) and ``bench_process`` (the package's
import, batch rendering with ``--jobs 1`` and ``--jobs 2``).
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

import bench_cycle
import bench_docx
import bench_markdown
import bench_model
import bench_odt
import bench_process
import bench_tables
import bench_vi
from _harness import Row, table, write_json

#: The extractor's throughput targets by kind of text, in MB of UTF-8 per second on one core
#: (those of bench_citations).
CITATIONS_TARGETS = {"report": 40.0, "legal": 30.0}
#: The extractor is linear: its MB/s at the largest size within this factor of the smallest's.
CITATIONS_LINEARITY = 1.5


def citation_rows(sizes: list[float], runs: int) -> list[Row]:
    """``citations.extract`` on each kind of text, against the plain keyword scan on the same
    text, measured by bench_citations' own ``throughput`` at each of *sizes* (MB); then, for
    each kind, its speed at the largest size against the smallest (linear cost)."""
    import bench_citations

    rows = []
    speeds: dict[str, list[tuple[float, float]]] = {}  # kind: (MB, MB/s) by growing size
    for figures in bench_citations.throughput(sizes, runs):
        ours, naive = figures["extract_mb_s"], figures["keyword_scan_mb_s"]
        speeds.setdefault(figures["text"], []).append((figures["megabytes"], ours))
        target = CITATIONS_TARGETS[figures["text"]]
        rows.append(
            Row(
                f"citations.extract, {figures['megabytes']:g} MB of {figures['text']} text",
                ours,
                "MB/s",
                "plain keyword scan",
                naive,
                naive / ours,
                f"value ≥ {target:g} MB/s",
                ours >= target,
            )
        )
        if figures["pure_mb_s"]:  # the compiled reader against the pure-Python one
            rows.append(
                Row(
                    f"citations.extract (compiled), {figures['megabytes']:g} MB of "
                    f"{figures['text']} text",
                    ours,
                    "MB/s",
                    "the pure-Python reader",
                    figures["pure_mb_s"],
                    figures["pure_mb_s"] / ours,
                    "ratio ≤ 1",
                    ours >= figures["pure_mb_s"],
                )
            )
    for kind, by_size in speeds.items():
        if len(by_size) < 2:
            continue
        (smallest, small), (largest, large) = by_size[0], by_size[-1]
        rows.append(
            Row(
                f"citations.extract, {largest:g} MB of {kind} text",
                large,
                "MB/s",
                f"the same at {smallest:g} MB",
                small,
                small / large,
                f"ratio ≤ {CITATIONS_LINEARITY:g}",
                small / large <= CITATIONS_LINEARITY,
            )
        )
    return rows


def benchmarks(smoke: bool) -> list[tuple[str, Callable[[], list[Row]]]]:
    """Each benchmark's name and a call that measures its rows."""
    scales = [1] if smoke else [1, 10, 100]
    runs = 1 if smoke else None
    return [
        ("DOCX", lambda: bench_docx.measure(scales, runs)),
        ("ODT", lambda: bench_odt.measure(scales, runs)),
        ("Markdown", lambda: bench_markdown.measure(scales, runs)),
        ("load + check", lambda: bench_model.measure(scales, runs)),
        (
            "number words",
            lambda: bench_vi.measure(
                200 if smoke else 20_000, 1 if smoke else 3, 1 if smoke else 15
            ),
        ),
        (
            "citations",
            lambda: citation_rows([0.02, 0.04] if smoke else [1.0, 10.0, 100.0], 1 if smoke else 3),
        ),
        ("rollup", lambda: bench_cycle.measure([2, 4] if smoke else [50, 500], runs)),
        ("tables", lambda: bench_tables.measure([1, 2] if smoke else [1, 10], runs)),
        (
            "processes",
            lambda: bench_process.measure(
                4 if smoke else 200, 1 if smoke else 3, 1 if smoke else 15
            ),
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark, print the table, write the JSON; 0 whatever the verdicts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, default=Path("bench-out/bench.json"))
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one run: a check only")
    args = parser.parse_args(argv)

    rows: list[Row] = []
    started = time.perf_counter()
    for name, measure in benchmarks(args.smoke):
        print(f"measuring {name}...", file=sys.stderr, flush=True)
        rows += measure()
    print(table(rows))
    missed = sum(not row.met for row in rows)
    print(f"\n{len(rows) - missed} of {len(rows)} targets met.")
    write_json(
        rows,
        args.json,
        python=platform.python_version(),
        machine=platform.machine(),
        smoke=args.smoke,
        seconds=round(time.perf_counter() - started, 1),
    )
    print(f"JSON written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
