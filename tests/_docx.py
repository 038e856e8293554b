"""Reading a DOCX back for the DOCX exporter's tests: the exporter's bytes, python-docx's view of
them, lengths in millimetres and text widths from the Liberation Serif font files."""

from __future__ import annotations

import io
import unicodedata
from functools import cache
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph

import _office
from directive_report import Report
from directive_report.exporters import ExportOptions
from directive_report.exporters.docx_export import (
    DocxExporter,
)

#: A verbatim copy of shared/examples/seed-report.txt, the real report.
SEED_TEXT = Path(__file__).parent / "data" / "seed-report.txt"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
TNR = "Times New Roman"


def render(report: Report, options: ExportOptions | None = None) -> bytes:
    """The exporter's output for *report*."""
    buffer = io.BytesIO()
    DocxExporter().render(report, buffer, options or ExportOptions())
    return buffer.getvalue()


def reopen(data: bytes) -> Document:
    """The output opened with python-docx."""
    return docx.Document(io.BytesIO(data))


def mm(length: Length | int | None) -> float:
    """A python-docx length (EMU) in millimetres."""
    assert length is not None
    return int(length) / 36000


def twips_mm(value: str | None) -> float:
    """A twips attribute in millimetres."""
    assert value is not None
    return int(value) * 25.4 / 1440


@cache
def font_width_mm(text: str, size: float, face: str) -> float:
    """Width of *text* read straight from the Liberation Serif TTF with fontTools."""
    from fontTools.ttLib import TTFont

    font = TTFont(_office.require_liberation2() / f"LiberationSerif-{face}.ttf")
    cmap, hmtx = font.getBestCmap(), font["hmtx"].metrics
    units = sum(hmtx[cmap[ord(c)]][0] for c in unicodedata.normalize("NFC", text))
    return float(units / font["head"].unitsPerEm * size * 25.4 / 72)


def body_paragraphs(document: Document) -> list[DocxParagraph]:
    """Paragraphs outside tables, in order."""
    return list(document.paragraphs)


def cell_paragraphs(table: Table, row: int, column: int) -> list[DocxParagraph]:
    """The paragraphs of one cell."""
    return list(table.rows[row].cells[column].paragraphs)


def is_rule(paragraph: DocxParagraph) -> bool:
    """An empty paragraph whose style draws a top border."""
    style = paragraph.style
    assert style is not None
    ppr = style.element.pPr
    return not paragraph.text and ppr is not None and ppr.find(qn("w:pBdr")) is not None


def rule_length_mm(paragraph: DocxParagraph, container_mm: float) -> float:
    """Length of a rule paragraph: its container less its two indents."""
    fmt = paragraph.paragraph_format
    return container_mm - mm(fmt.left_indent) - mm(fmt.right_indent)


def effective(paragraph: DocxParagraph) -> tuple[float, bool, bool]:
    """Size, bold and italic of a paragraph as its style sets them (runs carry no direct
    formatting: checked separately)."""
    style = paragraph.style
    assert style is not None
    font = style.font
    assert font.size is not None
    return font.size.pt, bool(font.bold), bool(font.italic)
