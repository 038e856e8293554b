"""Benchmark of reading a report file and checking it, against the cheapest office build.

Run alone with ``.venv/bin/python benchmarks/bench_model.py [--scales 1 10 100] [--runs N]``, or
with every other benchmark through ``nox -s bench`` (``benchmarks/run.py``).

**Load + check**: :func:`directive_report.load` of the seed example (scaled by repeating its
sections) from a file, which parses, structures and validates every model object, then
:func:`directive_report.check`.  Two rows per scale:

* from JSON, against the bare odfpy build of the same report (from ``bench_odt``), the cheapest
  way to write an office file: reading and checking a report must stay well under writing it
  (target: at most half of it), so that it never dominates a render;
* from TOML, against ``tomllib.loads`` of the same text alone, the floor any TOML reader pays
  (the standard library's parser is pure Python and takes most of the time): structuring,
  validating and checking may add at most as much again (target: at most 2×).
"""

from __future__ import annotations

import tempfile
import tomllib
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from _harness import Row, interleaved_ms, main_over_scales, seed_report, time_row
from bench_odt import build_baseline

import directive_report

JSON_TARGET = 0.5
TOML_TARGET = 2.0


def load_and_check(path: Path) -> None:
    """Read the report at *path* and run every check."""
    directive_report.check(directive_report.load(path))


def measure(scales: Sequence[int], runs: int | None = None) -> list[Row]:
    """The rows of load + check against the odfpy build at each scale."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-model-") as folder:
        for scale in scales:
            report = seed_report(scale)
            json_path, toml_path = Path(folder, f"{scale}.json"), Path(folder, f"{scale}.toml")
            directive_report.dump(report, json_path)
            directive_report.dump(report, toml_path)
            text = toml_path.read_text(encoding="utf-8")
            figures = interleaved_ms(
                {
                    "json": partial(load_and_check, json_path),
                    "odfpy": partial(build_baseline, report),
                    "toml": partial(load_and_check, toml_path),
                    "tomllib": partial(tomllib.loads, text),
                },
                runs or max(5, 21 // scale),
            )
            what = f"load + check, {scale}×"
            rows.append(
                time_row(
                    f"{what} (JSON)",
                    figures["json"],
                    "bare odfpy build",
                    figures["odfpy"],
                    JSON_TARGET,
                )
            )
            rows.append(
                time_row(
                    f"{what} (TOML)",
                    figures["toml"],
                    "tomllib.loads alone",
                    figures["tomllib"],
                    TOML_TARGET,
                )
            )
    return rows


def main(argv: list[str] | None = None) -> None:
    """Measure at each scale and print the table."""
    main_over_scales(measure, __doc__ or "", argv)


if __name__ == "__main__":
    main()
