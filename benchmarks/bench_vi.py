"""Benchmark of directive_report.vi: number words against num2words, and the cost of importing.

Run alone with ``.venv/bin/python benchmarks/bench_vi.py [--numbers N] [--runs R]``, or with every
other benchmark through ``nox -s bench`` (``benchmarks/run.py``).

1. ``number_to_words`` over N numbers (20,000 by default) spread over 0 … 10^15, side by side
   in this one process with ``num2words(n, lang="vi")`` on the same numbers (target: at least
   2× faster, a time ratio of at most 0.5), each timing the best of R repeats.  Two spreads:
   log-uniform (every magnitude equally likely) and uniform (almost all numbers have 15 digits).
   Every number is read back with ``words_to_number``, which must give it back.
2. The import cost of ``directive_report.vi`` after babel and the package, the median of fresh
   subprocesses, against babel's own import (target: under 5 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from _harness import Row
from num2words import num2words as num2words_lib


def log_uniform(count: int, rng: random.Random) -> list[int]:
    """Numbers whose digit count is uniform over 1 … 15, then uniform within that count."""
    out = []
    for _ in range(count):
        digits = rng.randint(1, 15)
        out.append(rng.randrange(0 if digits == 1 else 10 ** (digits - 1), 10**digits))
    return out


def best_of(runs: int, func: Callable[[Any], object], items: Sequence[Any]) -> float:
    """Best wall time in seconds of calling *func* on every item, over *runs* repeats."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for item in items:
            func(item)
        best = min(best, time.perf_counter() - start)
    return best


def speed_rows(count: int, runs: int) -> list[Row]:
    """Number words against num2words on two spreads of *count* numbers."""
    from directive_report.vi import number_to_words, words_to_number

    num2words = partial(num2words_lib, lang="vi")
    rng = random.Random(20240520)
    spreads = {
        "log-uniform": log_uniform(count, rng),
        "uniform": [rng.randrange(0, 10**15) for _ in range(count)],
    }
    rows = []
    for name, numbers in spreads.items():
        ours = best_of(runs, number_to_words, numbers) * 1e6 / count
        theirs = best_of(runs, num2words, numbers) * 1e6 / count
        assert all(words_to_number(number_to_words(n)) == n for n in numbers)
        ratio = ours / theirs
        rows.append(
            Row(
                f"number words, {count:,} {name} numbers 0…10^15",
                ours,
                "µs",
                "num2words(lang='vi')",
                theirs,
                ratio,
                "ratio ≤ 0.5 (2× faster)",
                ratio <= 0.5,
            )
        )
    return rows


def run_python(code: str, env: dict[str, str]) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout


def subprocess_ms(code: str, runs: int, env: dict[str, str]) -> float:
    """Median wall time in ms that *code* reports (it prints a float in seconds).

    One unmeasured run first writes the bytecode cache, as an installed package has it.
    """
    run_python(code, env)
    samples = [float(run_python(code, env).split()[-1]) * 1e3 for _ in range(runs)]
    return statistics.median(samples)


TIMED = "import time; t = time.perf_counter(); {body}; print(time.perf_counter() - t)"


def import_row(runs: int) -> Row:
    """The import of ``directive_report.vi`` after babel and the package, against babel's."""
    # Bytecode goes to a temporary folder (PYTHONPYCACHEPREFIX), not into the work tree,
    # even where PYTHONDONTWRITEBYTECODE is set: without it every import compiles source.
    pycache = tempfile.mkdtemp(prefix="bench-vi-pycache-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    try:
        babel = subprocess_ms(TIMED.format(body="import babel.numbers, babel.dates"), runs, env)
        setup = "import babel.numbers, babel.dates, directive_report; "
        ours = subprocess_ms(setup + TIMED.format(body="import directive_report.vi"), runs, env)
    finally:
        shutil.rmtree(pycache, ignore_errors=True)
    return Row(
        "import directive_report.vi after babel and the package",
        ours,
        "ms",
        "import babel.numbers, babel.dates",
        babel,
        ours / babel,
        "value < 5 ms",
        ours < 5,
    )


def measure(count: int, runs: int, processes: int) -> list[Row]:
    """Both kinds of row."""
    return [*speed_rows(count, runs), import_row(processes)]


def main(argv: Sequence[str] | None = None) -> None:
    """Measure and print the table."""
    from _harness import table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--numbers", type=int, default=20_000, help="numbers to read (20000)")
    parser.add_argument("--runs", type=int, default=3, help="repeats of each loop (3)")
    parser.add_argument("--processes", type=int, default=15, help="fresh processes for the import")
    args = parser.parse_args(argv)
    print(table(measure(args.numbers, args.runs, args.processes)))


if __name__ == "__main__":
    main()
