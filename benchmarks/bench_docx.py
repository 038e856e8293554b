"""Benchmark of the docx exporter against bare python-docx and docxtpl, in one process.

Run alone with ``.venv/bin/python benchmarks/bench_docx.py [--scales 1 10 100] [--runs N]``, or
with every other benchmark through ``nox -s bench`` (``benchmarks/run.py``).

The report is the bundled seed example, scaled by repeating its sections (10× is about 35 pages,
100× about 340).  Three builders produce the same content, each timed from the report to the bytes
of the file, taking turns run by run:

* **python-docx** (the anchor): the idiomatic build: ``Document()``, page set-up, named styles
  with ``add_style``, the header and signature blocks as borderless tables, one
  ``add_paragraph(text, style=<style object>)`` per paragraph, runs for emphasis, ``save``;
* **docxtpl**: a template made once (not timed) with the same styles, rendered with a loop over
  the paragraphs, then saved;
* **directive-report**: ``DocxExporter().render(report, stream, ExportOptions())``, everything
  included: the layout plan, rule lengths from font metrics, the embedded report (JSON).

Targets: at most 0.5× python-docx at 1×, 0.2× at 10×, 0.1× at 100×, and never slower than
docxtpl.  Each figure is the median of N runs after a warm-up.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

from _harness import Row, interleaved_ms, main_over_scales, seed_report, time_row

from directive_report import Report
from directive_report.exporters import ExportOptions
from directive_report.exporters.docx_export import build_docx
from directive_report.layout import MOTTO, NATIONAL_TITLE, section_label
from directive_report.layout.content import recipient_lines, signature_lines
from directive_report.model import ActionList, BulletList, Paragraph, Run, TaskList
from directive_report.vi import place_date_line

# --------------------------------------------------------------------------------------------
# The content, as the baselines see it: (style key, runs) in reading order


def body_items(report: Report) -> Iterator[tuple[str, tuple[Run, ...]]]:
    """Headings and paragraphs of the body with the style each baseline gives them."""

    def blocks(items: tuple[Any, ...]) -> Iterator[tuple[str, tuple[Run, ...]]]:
        for block in items:
            if isinstance(block, Paragraph):
                yield "body", block.runs
            elif isinstance(block, BulletList):
                for item in block.items:
                    yield "body", (Run(text=f"{block.marker} "), *item.runs)
            elif isinstance(block, ActionList):
                for action in block.actions:
                    yield "body", (Run(text=f"{block.marker} "), *action.text.runs)
            elif isinstance(block, TaskList):
                for number, task in enumerate(block.tasks, start=1):
                    yield "body", (Run(text=f"{number}. "), *task.text.runs)

    yield from blocks(report.intro)
    for path, section in report.walk_sections():
        style = "h1" if len(path) == 1 else "h2"
        yield style, (Run(text=f"{section_label(path)} {section.title}"),)
        yield from blocks(section.blocks)
    yield from blocks(report.closing)


def header_lines(report: Report) -> dict[str, str]:
    """The header and footer texts every builder prints."""
    return {
        "superior": report.authority.superior or "",
        "issuer": " ".join(report.authority.header_lines),
        "number": report.number.header_text(),
        "national": NATIONAL_TITLE,
        "motto": MOTTO,
        "place_date": place_date_line(report.authority.place, report.date),
        "title": report.doc_type.title,
        "summary": report.summary,
    }


# --------------------------------------------------------------------------------------------
# Baseline: bare python-docx


def _python_docx_styles(document: Any) -> dict[str, Any]:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = document.styles["Normal"]
    normal.font.size = Pt(14)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), "Times New Roman")

    def style(
        name: str,
        *,
        align: Any,
        size: int = 14,
        bold: bool = False,
        italic: bool = False,
        indent: bool = False,
        before: int = 0,
    ) -> Any:
        new = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        new.base_style = normal
        new.paragraph_format.alignment = align
        new.paragraph_format.space_before = Pt(before)
        if indent:
            new.paragraph_format.first_line_indent = Mm(12.7)
        new.font.size, new.font.bold, new.font.italic = Pt(size), bold, italic
        return new

    centre, justify, left = (
        WD_ALIGN_PARAGRAPH.CENTER,
        WD_ALIGN_PARAGRAPH.JUSTIFY,
        WD_ALIGN_PARAGRAPH.LEFT,
    )
    return {
        "superior": style("VB Superior", align=centre, size=13),
        "issuer": style("VB Issuer", align=centre, size=13, bold=True),
        "number": style("VB Number", align=centre, size=13, before=6),
        "national": style("VB National", align=centre, size=13, bold=True),
        "motto": style("VB Motto", align=centre, bold=True),
        "place_date": style("VB Place Date", align=centre, italic=True, before=6),
        "title": style("VB Title", align=centre, bold=True, before=18),
        "summary": style("VB Summary", align=centre, bold=True),
        "h1": style("VB Heading 1", align=justify, bold=True, indent=True, before=6),
        "h2": style("VB Heading 2", align=justify, bold=True, indent=True, before=6),
        "body": style("VB Body", align=justify, indent=True, before=6),
        "recipients_label": style(
            "VB Recipients Label", align=left, size=12, bold=True, italic=True
        ),
        "recipient": style("VB Recipient", align=left, size=11),
        "signature": style("VB Signature", align=centre, bold=True),
    }


def _python_docx_table(document: Any, widths_mm: tuple[float, float]) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    cells = table.rows[0].cells
    for cell, width in zip(cells, widths_mm, strict=True):
        cell.width = Mm(width)
    return cells


def build_python_docx(report: Report) -> bytes:
    """The report built with python-docx's public API, the way its documentation shows."""
    from docx import Document

    document = Document()
    styles = _python_docx_styles(document)
    text = header_lines(report)

    def cell_lines(cell: Any, lines: list[tuple[str, str]]) -> None:
        for index, (key, line) in enumerate(lines):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            paragraph.style = styles[key]
            paragraph.add_run(line)

    left, right = _python_docx_table(document, (65, 100))
    cell_lines(
        left,
        [("superior", text["superior"]), ("issuer", text["issuer"]), ("number", text["number"])],
    )
    cell_lines(
        right,
        [
            ("national", text["national"]),
            ("motto", text["motto"]),
            ("place_date", text["place_date"]),
        ],
    )
    document.add_paragraph(text["title"], style=styles["title"])
    document.add_paragraph(text["summary"], style=styles["summary"])
    for key, runs in body_items(report):
        paragraph = document.add_paragraph(style=styles[key])
        for run in runs:
            added = paragraph.add_run(run.text)
            if run.italic:
                added.italic = True
            if run.bold:
                added.bold = True
    left, right = _python_docx_table(document, (65, 100))
    cell_lines(
        left,
        [("recipients_label", "Nơi nhận:")]
        + [("recipient", f"- {line}") for line in recipient_lines(report.distribution)],
    )
    signature = report.signature
    cell_lines(
        right,
        [("signature", line) for line in (*signature_lines(signature), "", "", "", signature.name)],
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# docxtpl


def make_docxtpl_template() -> bytes:
    """A docxtpl template with the same page set-up and styles, and a loop over the body."""
    from docx import Document

    document = Document()
    styles = _python_docx_styles(document)
    left, right = _python_docx_table(document, (65, 100))
    for cell, keys in (
        (left, ("superior", "issuer", "number")),
        (right, ("national", "motto", "place_date")),
    ):
        for index, key in enumerate(keys):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            paragraph.style = styles[key]
            paragraph.add_run(f"{{{{ {key} }}}}")
    document.add_paragraph("{{ title }}", style=styles["title"])
    document.add_paragraph("{{ summary }}", style=styles["summary"])
    for text, key in [
        ("{%p for b in blocks %}", "body"),
        ("{%p if b.style == 'h1' %}", "body"),
        ("{{r b.text }}", "h1"),
        ("{%p elif b.style == 'h2' %}", "body"),
        ("{{r b.text }}", "h2"),
        ("{%p else %}", "body"),
        ("{{r b.text }}", "body"),
        ("{%p endif %}", "body"),
        ("{%p endfor %}", "body"),
    ]:
        document.add_paragraph(text, style=styles[key])
    left, right = _python_docx_table(document, (65, 100))
    left.paragraphs[0].style = styles["recipients_label"]
    left.paragraphs[0].add_run("Nơi nhận:")
    for text in ("{%p for r in recipients %}", "{{ r }}", "{%p endfor %}"):
        left.add_paragraph(text, style=styles["recipient"])
    right.paragraphs[0].style = styles["signature"]
    right.paragraphs[0].add_run("{{ sign_lines[0] }}")
    for text in ("{{ sign_lines[1] }}", "", "", "", "{{ signer }}"):
        right.add_paragraph(text, style=styles["signature"])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_docxtpl(report: Report, template: bytes) -> bytes:
    """The report rendered through the docxtpl template."""
    from docxtpl import DocxTemplate, RichText

    blocks = []
    for key, runs in body_items(report):
        rich = RichText()
        for run in runs:
            rich.add(run.text, italic=run.italic, bold=run.bold)
        blocks.append({"style": key, "text": rich})
    signature = report.signature
    context = header_lines(report) | {
        "blocks": blocks,
        "recipients": [f"- {line}" for line in recipient_lines(report.distribution)],
        "sign_lines": signature_lines(signature),
        "signer": signature.name,
    }
    document = DocxTemplate(io.BytesIO(template))
    document.render(context, autoescape=True)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# Measuring

#: The most the exporter may take, as a share of python-docx's time, at each scale.
TARGETS = {1: 0.5, 10: 0.2, 100: 0.1}
RUNS = {1: 21, 10: 9}  # runs per figure at each scale; 5 above


def measure(scales: Sequence[int], runs: int | None = None) -> list[Row]:
    """The rows of the DOCX exporter against python-docx and docxtpl at each scale."""
    template = make_docxtpl_template()
    rows = []
    for scale in scales:
        report = seed_report(scale)
        figures = interleaved_ms(
            {
                "python-docx": partial(build_python_docx, report),
                "docxtpl": partial(build_docxtpl, report, template),
                "ours": partial(build_docx, report, ExportOptions()),
            },
            runs or RUNS.get(scale, 5),
        )
        ours = figures["ours"]
        target = TARGETS.get(scale, TARGETS[100])
        rows.append(
            time_row(f"DOCX, {scale}×", ours, "bare python-docx", figures["python-docx"], target)
        )
        rows.append(time_row(f"DOCX, {scale}×", ours, "docxtpl", figures["docxtpl"], 1.0))
    return rows


def main(argv: list[str] | None = None) -> None:
    """Measure at each scale and print the table."""
    main_over_scales(measure, __doc__ or "", argv)


if __name__ == "__main__":
    main()
