"""Benchmark of the Markdown exporter against plain string joining, in one process.

Run alone with ``.venv/bin/python benchmarks/bench_markdown.py [--scales 1 10 100] [--runs N]``,
or with every other benchmark through ``nox -s bench`` (``benchmarks/run.py``).

The bundled seed example, scaled by repeating its sections, rendered two ways, each from the
report to the text, taking turns run by run:

* **string joining** (the anchor): the same blocks built with a list and ``"\\n\\n".join``,
  escaping every Markdown character of the text with one ``str.translate`` and marking emphasis
  with ``*``/``**`` without looking at the neighbours (what a hand-written exporter does);
* **directive-report**: :func:`directive_report.exporters.markdown_export.to_markdown`, which
  escapes only what could be misread, keeps emphasis valid next to punctuation and other emphasis,
  handles line breaks inside texts and normalises to NFC.

Target: at most 2× the anchor.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from _harness import Row, interleaved_ms, main_over_scales, seed_report, time_row

from directive_report import (
    ActionList,
    BulletList,
    Paragraph,
    Report,
    Run,
    TaskList,
    section_label,
    vi,
)
from directive_report.exporters.markdown_export import to_markdown
from directive_report.layout.content import recipient_lines, signature_lines

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
    blocks.append("\n".join(f"- {line}" for line in recipient_lines(report.distribution)))
    blocks.append("\\\n".join(f"**{line}**" for line in signature_lines(report.signature)))
    blocks.append(f"**{report.signature.name}**")
    return "\n\n".join(blocks) + "\n"


# --------------------------------------------------------------------------------------------
# Measuring

TARGET = 2.0


def measure(scales: Sequence[int], runs: int | None = None) -> list[Row]:
    """The rows of the Markdown exporter against string joining at each scale."""
    rows = []
    for scale in scales:
        report = seed_report(scale)
        figures = interleaved_ms(
            {"joining": partial(joined_markdown, report), "ours": partial(to_markdown, report)},
            runs or max(5, 31 // scale),
        )
        rows.append(
            time_row(
                f"Markdown, {scale}×", figures["ours"], "string joining", figures["joining"], TARGET
            )
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    """Measure at each scale and print the table."""
    main_over_scales(measure, __doc__ or "", argv)


if __name__ == "__main__":
    main()
