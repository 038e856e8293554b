"""Benchmark of what happens in fresh processes: importing the package, rendering a batch.

Run alone with ``.venv/bin/python benchmarks/bench_process.py [--reports N] [--runs R]``, or with
every other benchmark through ``nox -s bench`` (``benchmarks/run.py``).

**Import.**  ``python -c "import directive_report"`` against ``python -c "import attrs, cattrs,
babel.dates, babel.numbers"`` (the libraries it needs), alternated in fresh interpreters, median
of R (default 15) after a warm-up.  Target: at most 1.2×.  (That no exporter library is loaded
by the import is a test: tests/test_package.py.)

**Batch rendering.**  N report files (default 200: the bundled examples in turn, as TOML) rendered
to DOCX by ``directive-report render FILES --out-dir DIR --force --jobs J``, wall time of the whole
command, median of R (default 3):

* ``--jobs 1`` against the same files loaded and exported by a loop in this process
  (``export(load(file), target)``): what the command adds (interpreter start, imports, planning,
  one line per file) stays small: target at most 1.3×;
* ``--jobs 2`` against ``--jobs 1``: two worker processes share the work: target at most 0.7×,
  reachable only when two cores are free (the table says so when they were not).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from _harness import Row, table, time_row

import directive_report
from directive_report import examples

IMPORT_TARGET = 1.2
JOBS_1_TARGET = 1.3
JOBS_2_TARGET = 0.7
IMPORTS = {
    "libraries": "import attrs, cattrs, babel.dates, babel.numbers",
    "ours": "import directive_report",
}


def _environment(pycache: str) -> dict[str, str]:
    """This environment, with bytecode cached in *pycache* even where PYTHONDONTWRITEBYTECODE is
    set: without a cache every fresh interpreter compiles the sources again, which an installed
    package never does."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def _wall_ms(command: Sequence[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return (time.perf_counter() - start) * 1000


def import_row(runs: int) -> Row:
    """The package's import against its libraries', in fresh interpreters."""
    times: dict[str, list[float]] = {name: [] for name in IMPORTS}
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as pycache:
        env = _environment(pycache)
        for run in range(runs + 1):  # the first round writes the caches and is dropped
            for name, code in IMPORTS.items():
                elapsed = _wall_ms([sys.executable, "-c", code], env)
                if run:
                    times[name].append(elapsed)
    ours, theirs = (statistics.median(times[name]) for name in ("ours", "libraries"))
    return time_row(
        "python -c 'import directive_report'",
        ours,
        "import attrs, cattrs, babel.dates, babel.numbers",
        theirs,
        IMPORT_TARGET,
    )


def _inputs(folder: Path, count: int) -> list[Path]:
    """*count* report files in *folder*, the bundled examples in turn."""
    reports = [examples.load(name) for name in examples.names()]
    paths = []
    for index in range(count):
        path = folder / f"report-{index:03}.toml"
        directive_report.dump(reports[index % len(reports)], path)
        paths.append(path)
    return paths


def _loop(paths: Sequence[Path], out: Path) -> None:
    for path in paths:
        directive_report.export(directive_report.load(path), out / f"{path.stem}.docx")


def batch_rows(count: int, runs: int) -> list[Row]:
    """``render --jobs 1`` against a loop in this process, and ``--jobs 2`` against ``--jobs 1``."""
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as folder:
        paths = _inputs(Path(folder), count)
        out = Path(folder, "out")
        out.mkdir()

        def command(jobs: int) -> list[str]:
            return [
                sys.executable,
                "-m",
                "directive_report",
                "render",
                *map(str, paths),
                "-f",
                "docx",
                "--out-dir",
                str(out),
                "--force",
                "--jobs",
                str(jobs),
            ]

        env = _environment(str(Path(folder, "pycache")))
        times: dict[str, list[float]] = {"loop": [], "1": [], "2": []}
        for run in range(runs + 1):  # the first round writes the caches and is dropped
            start = time.perf_counter()
            _loop(paths, out)
            loop = (time.perf_counter() - start) * 1000
            one, two = _wall_ms(command(1), env), _wall_ms(command(2), env)
            if run:
                for name, value in (("loop", loop), ("1", one), ("2", two)):
                    times[name].append(value)
        if len(list(out.iterdir())) != count:
            raise AssertionError(f"expected {count} files in {out}")
    loop, one, two = (statistics.median(times[name]) for name in ("loop", "1", "2"))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        time_row(
            f"render {count} reports to DOCX, --jobs 1",
            one,
            "export(load(f)) loop in-process",
            loop,
            JOBS_1_TARGET,
        ),
        time_row(
            f"render {count} reports to DOCX, --jobs 2 ({cores} cores, shared)",
            two,
            "--jobs 1",
            one,
            JOBS_2_TARGET,
        ),
    ]


def measure(reports: int, runs: int, import_runs: int) -> list[Row]:
    """The import row and the two batch rows."""
    return [import_row(import_runs), *batch_rows(reports, runs)]


def main(argv: list[str] | None = None) -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=200, help="reports in the batch (200)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each batch (3)")
    parser.add_argument("--import-runs", type=int, default=15, help="fresh imports of each (15)")
    args = parser.parse_args(argv)
    print(table(measure(args.reports, args.runs, args.import_runs)))


if __name__ == "__main__":
    main()
