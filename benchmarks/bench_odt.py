"""Benchmark of the odt exporter against a bare odfpy build of the same content and against the
docx exporter, in one process.

Run alone with ``.venv/bin/python benchmarks/bench_odt.py [--scales 1 10 100] [--runs N]``, or
with every other benchmark through ``nox -s bench`` (``benchmarks/run.py``).

The report is the bundled seed example, scaled by repeating its sections.  Three builders, each
timed from the report to the bytes of the file, taking turns run by run:

* **odfpy** (the anchor): what a developer writes with odfpy's API: a Times New Roman font face
  and default style, named paragraph and text styles, A4 page layouts with a first-page master
  without header and a default master with a centred page number, the header and signature
  blocks as fixed-width borderless tables, the rules as bordered empty paragraphs, one ``P`` per
  paragraph with ``Span`` for emphasis, the serialized report in the package, and ``save``;
* **directive-report ODT**: ``build_odt(report, ExportOptions())`` (what ``OdtExporter.render``
  writes), everything included: the layout plan, rule lengths from font metrics, the package
  with its manifest and the embedded report;
* **directive-report DOCX**: ``build_docx`` on the same report, the other anchor.

Targets: at most 1.25× odfpy at every scale, and at most 2× the DOCX exporter.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from functools import partial
from typing import Any

from _harness import Row, interleaved_ms, main_over_scales, seed_report, time_row
from bench_docx import body_items, header_lines

from directive_report import Report
from directive_report.exporters import ExportOptions
from directive_report.exporters.docx_export import build_docx
from directive_report.exporters.odt_export import MODEL_PATH, build_odt
from directive_report.layout.content import recipient_lines, signature_lines
from directive_report.serialize import to_data

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
        + [("recipient", f"- {line}") for line in recipient_lines(report.distribution)],
    )
    lines(
        signature,
        [
            ("signature", line)
            for line in (*signature_lines(report.signature), report.signature.name)
        ],
    )
    if model is not None:
        document._extra.append(OpaqueObject(MODEL_PATH, "application/json", model))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# Measuring

#: The most the exporter may take, as a share of odfpy's time and of the DOCX exporter's.
ODFPY_TARGET = 1.25
DOCX_TARGET = 2.0
RUNS = {1: 41, 10: 15}  # runs per figure at each scale; 7 above


def build_baseline(report: Report) -> bytes:
    """The odfpy build, carrying the report serialized as the exporter does (compact JSON)."""
    data = to_data(report, "json")
    model = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return build_odfpy(report, model)


def measure(scales: Sequence[int], runs: int | None = None) -> list[Row]:
    """The rows of the ODT exporter against odfpy and against the DOCX exporter at each scale."""
    rows = []
    for scale in scales:
        report = seed_report(scale)
        figures = interleaved_ms(
            {
                "odfpy": partial(build_baseline, report),
                "odt": partial(build_odt, report, ExportOptions()),
                "docx": partial(build_docx, report, ExportOptions()),
            },
            runs or RUNS.get(scale, 7),
        )
        odt = figures["odt"]
        rows.append(time_row(f"ODT, {scale}×", odt, "bare odfpy", figures["odfpy"], ODFPY_TARGET))
        rows.append(
            time_row(f"ODT, {scale}×", odt, "our DOCX exporter", figures["docx"], DOCX_TARGET)
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    """Measure at each scale and print the table."""
    main_over_scales(measure, __doc__ or "", argv)


if __name__ == "__main__":
    main()
