"""Benchmark for directive_report.vi (issue 3): speed of number words and cost of importing.

Run with ``.venv/bin/python benchmarks/bench_vi.py [--numbers N] [--runs R]``. It prints
two tables:

1. ``number_to_words`` over N numbers (100,000 by default) spread over 0 … 10^15, side by
   side in this one process with ``num2words(n, lang="vi")`` on the same numbers (target:
   at least 2× faster), plus ``words_to_number`` on our own output. Each timing is the
   best of R repeats. Two spreads: log-uniform (every magnitude equally likely) and
   uniform (almost all numbers have 15 digits).
2. The import cost of ``directive_report.vi``, each figure the median of fresh
   subprocesses (target: under 5 ms beyond babel's own import, and no babel locale data
   loaded by the import).

This is a plain script, not a timed test: timings depend on the machine.
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


def speed_table(count: int, runs: int) -> None:
    from directive_report.vi import number_to_words, words_to_number

    num2words = partial(num2words_lib, lang="vi")

    rng = random.Random(20240520)
    spreads = {
        "log-uniform 0..10^15": log_uniform(count, rng),
        "uniform 0..10^15": [rng.randrange(0, 10**15) for _ in range(count)],
    }
    print(f"## number_to_words, {count:,} numbers, best of {runs}\n")
    print(
        "| spread | vi.number_to_words | num2words(lang='vi') | ratio | vi.words_to_number | same text |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for name, numbers in spreads.items():
        ours = best_of(runs, number_to_words, numbers)
        theirs = best_of(runs, num2words, numbers)
        texts = [number_to_words(n) for n in numbers]
        back = best_of(runs, words_to_number, texts)
        assert all(words_to_number(t) == n for t, n in zip(texts, numbers, strict=True))
        same = sum(a == num2words(n) for a, n in zip(texts, numbers, strict=True))
        print(
            f"| {name} | {ours * 1e6 / count:.2f} µs | {theirs * 1e6 / count:.2f} µs "
            f"| **{theirs / ours:.1f}×** | {back * 1e6 / count:.2f} µs | {same / count:.1%} |"
        )
    print("\n(same text: share of numbers where num2words writes exactly our canonical reading)\n")


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


def import_table(runs: int) -> None:
    rows: Sequence[tuple[str, str, str]] = [
        ("babel.numbers + babel.dates (reference)", "", "import babel.numbers, babel.dates"),
        ("directive_report package (the model; attrs)", "", "import directive_report"),
        (
            "directive_report.vi after babel and the package (target < 5 ms)",
            "import babel.numbers, babel.dates, directive_report",
            "import directive_report.vi",
        ),
        (
            "directive_report.vi after the package",
            "import directive_report",
            "import directive_report.vi",
        ),
        (
            "first number_to_words call (builds group tables)",
            "import directive_report.vi as vi",
            "vi.number_to_words(1_234_567)",
        ),
        (
            "first format_date call",
            "import directive_report.vi as vi, datetime",
            "vi.format_date(datetime.date(2024, 2, 5))",
        ),
    ]
    # Bytecode goes to a temporary folder (PYTHONPYCACHEPREFIX), not into the work tree,
    # even where PYTHONDONTWRITEBYTECODE is set: without it every import compiles source.
    pycache = tempfile.mkdtemp(prefix="bench-vi-pycache-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    print(f"## import and first-call cost, median of {runs} fresh processes\n")
    print("| measurement | cost |")
    print("|---|---:|")
    for label, setup, body in rows:
        code = (setup + "; " if setup else "") + TIMED.format(body=body)
        print(f"| {label} | {subprocess_ms(code, runs, env):.2f} ms |")
    check = (
        "import sys, directive_report.vi; "
        "ld = sys.modules.get('babel.localedata'); "
        "print('babel imported:', 'babel' in sys.modules, '| locale data loaded:', "
        "bool(ld and ld._cache))"
    )
    print(f"\n{run_python(check, env).strip()}")
    shutil.rmtree(pycache, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--numbers", type=int, default=100_000, help="numbers to read (100000)")
    parser.add_argument("--runs", type=int, default=3, help="repeats of each loop (3)")
    parser.add_argument("--processes", type=int, default=15, help="fresh processes per import row")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]} on {sys.platform}\n")
    speed_table(args.numbers, args.runs)
    import_table(args.processes)


if __name__ == "__main__":
    main()
