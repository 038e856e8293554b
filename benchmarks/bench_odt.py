"""Benchmark of the odt exporter (issue 7) against a bare odfpy build of the same content.

Run with ``.venv/bin/python benchmarks/bench_odt.py [--scales 1 10 100] [--runs N]``.

The report is the bundled seed example, scaled by repeating its sections (10× is about 35 pages,
100× about 340).  Two builders produce the same document, each timed from the report to the bytes
of the file:

* **odfpy** (the baseline): what a developer writes with odfpy's API: a Times New Roman font face
  and default style, named paragraph and text styles, A4 page layouts with a first-page master
  without header and a default master with a centred page number, the header and signature
  blocks as fixed-width borderless tables, the rules as bordered empty paragraphs, one ``P`` per
  paragraph with ``Span`` for emphasis, and ``save``;
* **directive-report**: ``OdtExporter().render(report, stream, ExportOptions())``, everything
  included: the layout plan, rule lengths from font metrics, the package written with its
  manifest.

Both carry the serialized report (compact JSON, made by the same call) in the package, or, in the
"without model" columns, neither does.  Target (issue 7): at most 1.25× odfpy at every scale, and
linear: the cost per paragraph from 10× to 100× close to that from 1× to 10×.  Each figure is the
median of N runs after a warm-up, with a garbage collection before each run.  This is a plain
script, not a timed test: absolute times depend on the machine, the ratios much less.
"""

from __future__ import annotations

import argparse
import gc
import io
import itertools
import json
import statistics
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from bench_docx import body_items, header_lines, scaled

from directive_report import Report, examples
from directive_report.exporters import ExportOptions
from directive_report.exporters.odt_export import MODEL_PATH, OdtExporter
from directive_report.layout.plan import plan_document
from directive_report.serialize import to_data

TARGET = 1.25


# --------------------------------------------------------------------------------------------
# Baseline: bare odfpy


def _odfpy_styles(document: Any) -> dict[str, Any]:
    from odf.style import (
        DefaultStyle,
        FontFace,
        ParagraphProperties,
        Style,
        TextProperties,
    )

    tnr = "Times New Roman"
    document.fontfacedecls.addElement(
        FontFace(name=tnr, fontfamily=f"'{tnr}'", fontfamilygeneric="roman", fontpitch="variable")
    )
    default = DefaultStyle(family="paragraph")
    default.addElement(
        TextProperties(
            fontname=tnr, fontnameasian=tnr, fontnamecomplex=tnr, fontsize="14pt", language="vi"
        )
    )
    document.styles.addElement(default)

    def style(
        name: str,
        *,
        align: str,
        size: int = 14,
        bold: bool = False,
        italic: bool = False,
        indent: bool = False,
        before: int = 0,
        border: bool = False,
    ) -> Any:
        new = Style(name=name, family="paragraph")
        paragraph = {"textalign": align, "margintop": f"{before}pt", "marginbottom": "0pt"}
        if indent:
            paragraph["textindent"] = "12.7mm"
        if border:
            paragraph |= {"bordertop": "0.5pt solid #000000", "lineheight": "2pt"}
        new.addElement(ParagraphProperties(**paragraph))
        text = {"fontsize": f"{size}pt"}
        if bold:
            text["fontweight"] = "bold"
        if italic:
            text["fontstyle"] = "italic"
        new.addElement(TextProperties(**text))
        document.styles.addElement(new)
        return new

    styles = {
        "superior": style("VB_Superior", align="center", size=13),
        "issuer": style("VB_Issuer", align="center", size=13, bold=True),
        "number": style("VB_Number", align="center", size=13, before=6),
        "national": style("VB_National", align="center", size=13, bold=True),
        "motto": style("VB_Motto", align="center", bold=True),
        "place_date": style("VB_Place_Date", align="center", italic=True, before=6),
        "rule": style("VB_Rule", align="start", before=3, border=True),
        "title": style("VB_Title", align="center", bold=True, before=18),
        "summary": style("VB_Summary", align="center", bold=True),
        "h1": style("VB_Heading_1", align="justify", bold=True, indent=True, before=6),
        "h2": style("VB_Heading_2", align="justify", bold=True, indent=True, before=6),
        "body": style("VB_Body", align="justify", indent=True, before=6),
        "recipients_label": style(
            "VB_Recipients_Label", align="start", size=12, bold=True, italic=True
        ),
        "recipient": style("VB_Recipient", align="start", size=11),
        "signature": style("VB_Signature", align="center", bold=True),
        "page_number": style("VB_Page_Number", align="center"),
    }
    for name, properties in (
        ("italic", {"fontstyle": "italic"}),
        ("bold", {"fontweight": "bold"}),
    ):
        text_style = Style(name=f"VB_{name.capitalize()}", family="text")
        text_style.addElement(TextProperties(**properties))
        document.styles.addElement(text_style)
        styles[name] = text_style
    return styles


def _odfpy_pages(document: Any, styles: dict[str, Any]) -> None:
    from odf.style import (
        Header,
        HeaderFooterProperties,
        HeaderStyle,
        MasterPage,
        PageLayout,
        PageLayoutProperties,
    )
    from odf.text import P, PageNumber

    page = {
        "pagewidth": "210mm",
        "pageheight": "297mm",
        "marginbottom": "20mm",
        "marginleft": "30mm",
        "marginright": "15mm",
    }
    first = PageLayout(name="PL_First")
    first.addElement(PageLayoutProperties(margintop="20mm", **page))
    following = PageLayout(name="PL_Standard")
    following.addElement(PageLayoutProperties(margintop="10mm", **page))
    header_style = HeaderStyle()
    header_style.addElement(HeaderFooterProperties(minheight="10mm", margin="0mm", padding="0mm"))
    following.addElement(header_style)
    document.automaticstyles.addElement(first)
    document.automaticstyles.addElement(following)
    standard = MasterPage(name="Standard", pagelayoutname=following)
    header = Header()
    number = P(stylename=styles["page_number"])
    number.addElement(PageNumber(selectpage="current", text="2"))
    header.addElement(number)
    standard.addElement(header)
    document.masterstyles.addElement(standard)
    document.masterstyles.addElement(
        MasterPage(name="First_20_Page", pagelayoutname=first, nextstylename=standard)
    )


def _odfpy_table(
    document: Any, name: str, widths_mm: tuple[float, float], rows: int, **table_style: str
) -> list[list[Any]]:
    from odf.style import Style, TableCellProperties, TableColumnProperties, TableProperties
    from odf.table import Table, TableCell, TableColumn, TableRow

    style = Style(name=f"{name}_T", family="table", **table_style)
    style.addElement(TableProperties(width=f"{sum(widths_mm)}mm", align="left"))
    cell_style = Style(name=f"{name}_Cell", family="table-cell")
    cell_style.addElement(TableCellProperties(border="none", padding="0mm"))
    document.automaticstyles.addElement(style)
    document.automaticstyles.addElement(cell_style)
    table = Table(name=name, stylename=style)
    for index, width in enumerate(widths_mm):
        column = Style(name=f"{name}_C{index}", family="table-column")
        column.addElement(TableColumnProperties(columnwidth=f"{width}mm"))
        document.automaticstyles.addElement(column)
        table.addElement(TableColumn(stylename=column))
    cells = []
    for _ in range(rows):
        row = TableRow()
        table.addElement(row)
        cells.append([TableCell(stylename=cell_style, valuetype="string") for _ in widths_mm])
        for cell in cells[-1]:
            row.addElement(cell)
    document.text.addElement(table)
    return cells


def _odfpy_rule(document: Any, styles: dict[str, Any], name: str, side_mm: float) -> Any:
    from odf.style import ParagraphProperties, Style
    from odf.text import P

    style = Style(name=name, family="paragraph", parentstylename=styles["rule"])
    side = f"{side_mm:.2f}mm"
    style.addElement(ParagraphProperties(marginleft=side, marginright=side))
    document.automaticstyles.addElement(style)
    return P(stylename=style)


def build_odfpy(report: Report, model: bytes | None) -> bytes:
    """The report built with odfpy's API, saved by odfpy, with *model* in the package."""
    from odf import teletype
    from odf.opendocument import OpaqueObject, OpenDocumentText
    from odf.text import P, Span

    document = OpenDocumentText()
    styles = _odfpy_styles(document)
    _odfpy_pages(document, styles)
    text = header_lines(report)

    def lines(cell: Any, keys_and_lines: list[tuple[str, str]]) -> None:
        for key, line in keys_and_lines:
            cell.addElement(P(stylename=styles[key], text=line))

    (left, right), (number, date) = _odfpy_table(
        document, "Header", (65, 100), 2, masterpagename="First_20_Page"
    )
    lines(left, [("superior", text["superior"]), ("issuer", text["issuer"])])
    left.addElement(_odfpy_rule(document, styles, "Rule1", 23.5))
    number_line = P(stylename=styles["number"])
    teletype.addTextToElement(number_line, text["number"])  # keeps the run of spaces
    number.addElement(number_line)
    lines(right, [("national", text["national"]), ("motto", text["motto"])])
    right.addElement(_odfpy_rule(document, styles, "Rule2", 19.77))
    lines(date, [("place_date", text["place_date"])])
    body = document.text
    body.addElement(P(stylename=styles["title"], text=text["title"]))
    body.addElement(P(stylename=styles["summary"], text=text["summary"]))
    body.addElement(_odfpy_rule(document, styles, "Rule3", 60.0))
    for key, runs in body_items(report):
        paragraph = P(stylename=styles[key])
        for run in runs:
            if run.italic or run.bold:
                paragraph.addElement(
                    Span(stylename=styles["italic" if run.italic else "bold"], text=run.text)
                )
            else:
                paragraph.addText(run.text)
        body.addElement(paragraph)
    ((recipients, signature),) = _odfpy_table(document, "Footer", (65, 100), 1)
    lines(
        recipients,
        [("recipients_label", "Nơi nhận:")]
        + [("recipient", line) for line in report.distribution.lines],
    )
    lines(
        signature,
        [("signature", line) for line in (*report.signature.title_lines, report.signature.name)],
    )
    if model is not None:
        document._extra.append(OpaqueObject(MODEL_PATH, "application/json", model))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# Harness


def build_library(report: Report, options: ExportOptions) -> bytes:
    """The report through the odt exporter."""
    buffer = io.BytesIO()
    OdtExporter().render(report, buffer, options)
    return buffer.getvalue()


def build_baseline(report: Report, *, embed_model: bool) -> bytes:
    """The baseline, serializing the report as the exporter does (compact JSON)."""
    model = None
    if embed_model:
        data = to_data(report, "json")
        model = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return build_odfpy(report, model)


def interleaved_medians_ms(
    builders: dict[str, Callable[[], object]], runs: int
) -> dict[str, float]:
    """Median wall time in ms of each builder, after a warm-up; the builders take turns run by
    run (in rotating order), so that a change in the machine's load touches them alike."""
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
    """Time both builders at each scale and print the table of ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument(
        "--runs", type=int, help="runs per figure (default: 41 at 1×, 15 at 10×, 7 above)"
    )
    args = parser.parse_args(argv)

    seed = examples.load("bac-giang-ct21-2024")
    rows = []
    for scale in args.scales:
        report = scaled(seed, scale)
        paragraphs = sum(1 for _ in plan_document(report).paragraphs())
        bare = ExportOptions(embed_model=False)
        figures = interleaved_medians_ms(
            {
                "odfpy": partial(build_baseline, report, embed_model=True),
                "ours": partial(build_library, report, ExportOptions()),
                "odfpy bare": partial(build_baseline, report, embed_model=False),
                "ours bare": partial(build_library, report, bare),
            },
            args.runs or {1: 41, 10: 15}.get(scale, 7),
        )
        rows.append((scale, paragraphs, *figures.values()))

    print(
        "| scale | paragraphs | odfpy ms | directive-report ms | ratio (≤ 1.25) "
        "| without model: odfpy ms | directive-report ms | ratio (≤ 1.25) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for scale, paragraphs, base, ours, bare_base, bare_ours in rows:
        verdicts = [
            f"{ratio:.2f} {'ok' if ratio <= TARGET else 'MISSED'}"
            for ratio in (ours / base, bare_ours / bare_base)
        ]
        print(
            f"| {scale}× | {paragraphs} | {base:.1f} | {ours:.1f} | {verdicts[0]} "
            f"| {bare_base:.1f} | {bare_ours:.1f} | {verdicts[1]} |"
        )
    for row_a, row_b in itertools.pairwise(rows):
        (scale_a, count_a, base_a, ours_a), (scale_b, count_b, base_b, ours_b) = (
            row_a[:4],
            row_b[:4],
        )
        base_per, ours_per = (
            (b - a) / (count_b - count_a) * 1000 for a, b in ((base_a, base_b), (ours_a, ours_b))
        )
        print(
            f"per paragraph from {scale_a}× to {scale_b}×: odfpy {base_per:.1f} µs, "
            f"directive-report {ours_per:.1f} µs (linear when each stays the same)"
        )


if __name__ == "__main__":
    main()
