"""Benchmark of the Markdown exporter and of the package's import cost (issue 5), in one run.

Run with ``.venv/bin/python benchmarks/bench_markdown.py [--scales 1 10 100] [--runs N]``.

**Rendering.**  The bundled seed example, scaled by repeating its sections, rendered two ways,
each from the report to the text:

* **string joining** (the baseline): the same blocks built with a list and ``"\\n\\n".join``,
  escaping every Markdown character of the text with one ``str.translate`` and marking emphasis
  with ``*``/``**`` without looking at the neighbours (what a hand-written exporter does);
* **directive-report**: :func:`directive_report.exporters.markdown_export.to_markdown`, which
  escapes only what could be misread, keeps emphasis valid next to punctuation and other emphasis,
  handles line breaks inside texts and normalises to NFC.

Target: at most 2× the baseline.

**Import.**  ``python -c "import directive_report"`` against ``python -c "import attrs, cattrs,
babel.dates, babel.numbers"`` and the bare interpreter, alternated in fresh processes.  Target:
at most 1.2× the three libraries, and no exporter, no ``importlib.metadata`` loaded.

Each figure is the median of N runs after a warm-up (a garbage collection before each in-process
run).  A plain script, not a timed test: the ratios matter, not the milliseconds.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial

import attrs

from directive_report import (
    ActionList,
    BulletList,
    Paragraph,
    Report,
    Run,
    TaskList,
    examples,
    section_label,
    vi,
)
from directive_report.exporters.markdown_export import to_markdown

# --------------------------------------------------------------------------------------------
# The baseline: plain string joining


_ESCAPE_ALL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})


def _runs(runs: tuple[Run, ...]) -> str:
    out = []
    for run in runs:
        text = run.text.translate(_ESCAPE_ALL)
        mark = ("**" if run.bold else "") + ("*" if run.italic else "")
        out.append(f"{mark}{text}{mark[::-1]}" if mark else text)
    return "".join(out)


def joined_markdown(report: Report) -> str:
    """The same document by plain string joining."""
    a = report.authority
    blocks = [
        "\\\n".join(
            [
                *filter(None, [a.superior]),
                *(f"**{x}**" for x in a.header_lines),
                report.number.header_text(),
            ]
        ),
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\\n**Độc lập - Tự do - Hạnh phúc**\\\n"
        f"*{vi.place_date_line(a.place, report.date)}*",
        f"# {report.doc_type.title}",
        f"**{report.summary.translate(_ESCAPE_ALL)}**",
    ]

    def body(items: tuple[object, ...]) -> None:
        for block in items:
            if isinstance(block, Paragraph):
                blocks.append(_runs(block.runs))
            elif isinstance(block, BulletList):
                blocks.append("\n".join(f"- {_runs(item.runs)}" for item in block.items))
            elif isinstance(block, ActionList):
                blocks.append("\n".join(f"- {_runs(action.text.runs)}" for action in block.actions))
            elif isinstance(block, TaskList):
                blocks.append(
                    "\n".join(f"{n}. {_runs(t.text.runs)}" for n, t in enumerate(block.tasks, 1))
                )

    body(report.intro)
    for path, section in report.walk_sections():
        blocks.append(
            f"{'#' * min(len(path) + 1, 6)} {section_label(path)} {section.title.translate(_ESCAPE_ALL)}"
        )
        body(section.blocks)
    body(report.closing)
    blocks.append("***Nơi nhận:***")
    blocks.append("\n".join(report.distribution.lines))
    blocks.append("\\\n".join(f"**{line}**" for line in report.signature.title_lines))
    blocks.append(f"**{report.signature.name}**")
    return "\n\n".join(blocks) + "\n"


# --------------------------------------------------------------------------------------------
# Timing


def median_ms(function: Callable[[], object], runs: int) -> float:
    """Median wall time of *function* in milliseconds, after one warm-up call."""
    function()
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


IMPORTS = {
    "python -c pass": "pass",
    "attrs + cattrs + babel": "import attrs, cattrs, babel.dates, babel.numbers",
    "directive_report": "import directive_report",
}


def import_times(runs: int) -> dict[str, float]:
    """Median wall time of each import in a fresh interpreter, the three alternated."""
    times: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for _ in range(runs + 1):
        for name, code in IMPORTS.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values[1:]) * 1000 for name, values in times.items()}


def loaded_after_import() -> list[str]:
    """Which heavy or discovery modules ``import directive_report`` loads (should be none)."""
    watched = (
        "importlib.metadata",
        "directive_report.exporters",
        "docx",
        "odf",
        "lxml",
        "markdown_it",
    )
    code = (
        f"import sys, directive_report; print(' '.join(m for m in {watched!r} if m in sys.modules))"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()


def main() -> None:
    """Print both tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()

    seed = examples.load("bac-giang-ct21-2024")
    print("Markdown rendering, median ms (ratio to string joining; target <= 2.0)")
    print(f"{'scale':>6} {'joining':>10} {'directive-report':>17} {'ratio':>7} {'chars':>10}")
    for scale in args.scales:
        report = attrs.evolve(seed, sections=seed.sections * scale)
        runs = max(5, args.runs // scale)
        baseline = median_ms(partial(joined_markdown, report), runs)
        ours = median_ms(partial(to_markdown, report), runs)
        size = len(to_markdown(report))
        print(f"{scale:>5}x {baseline:>10.3f} {ours:>17.3f} {ours / baseline:>7.2f} {size:>10,}")

    print()
    print(
        "Import in a fresh interpreter, median ms (target: directive_report <= 1.2x the libraries)"
    )
    times = import_times(max(5, args.runs // 2))
    bare, libraries, ours = times.values()
    for name, value in times.items():
        print(f"{name:>24} {value:>8.1f}")
    print(f"{'ratio, whole process':>24} {ours / libraries:>8.2f}")
    print(f"{'ratio, over python -c pass':>24} {(ours - bare) / (libraries - bare):>8.2f}")
    print(
        f"{'modules loaded by import':>24} {loaded_after_import() or 'none of importlib.metadata, exporters, docx, odf, lxml, markdown_it'}"
    )


if __name__ == "__main__":
    main()
