"""Documents made by other programs from the same text give no false errors.

* LibreOffice re-saves of the bundled examples (DOCX to ODT, ODT to DOCX);
* a python-docx document typed the way a clerk types it in Word, using what the decree allows
  beyond this library's choices: the decree's own margins (25/20/35/20 mm), the 12/13 size set,
  rules drawn with underscores, "CỘNG HOÀ", a 1 cm indent, 1.5 line spacing, no table borders
  set by style.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

import directive_report as dr
from _office import convert
from directive_report.layout.metrics import text_width_mm
from directive_report.readers import read_facts
from directive_report.validate import validate
from directive_report.validate._parts import Parts, find_parts

#: Every bundled example (a data table is typed as its cells' paragraphs, in reading order).
EXAMPLES = dr.examples.names()


@pytest.mark.libreoffice
def test_libreoffice_resaves_are_clean(tmp_path: Path) -> None:
    """Every example's DOCX re-saved as ODT and ODT as DOCX by LibreOffice: no finding."""
    sources = []
    for example in EXAMPLES:
        for format in ("docx", "odt"):
            path = tmp_path / format / f"{example}-{format}.{format}"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(dr.render(dr.examples.load(example), format))
            sources.append(path)
    converted = {
        **convert([p for p in sources if p.suffix == ".docx"], tmp_path / "to-odt", "odt"),
        **convert([p for p in sources if p.suffix == ".odt"], tmp_path / "to-docx", "docx"),
    }
    assert len(converted) == 2 * len(EXAMPLES)
    found = {path.name: [f.code for f in validate(path)] for path in converted.values()}
    assert found == {name: [] for name in found}


def _underscores(width_mm: float, size: float, bold: bool) -> str:
    """A run of underscores about *width_mm* long at *size* points."""
    one = text_width_mm("_", size, bold=bold)
    return "_" * round(width_mm / one)


def _paragraph(doc: Any, text: str, *, size: float, bold: bool = False, italic: bool = False,
               align: str = "center", container: Any = None) -> Any:  # fmt: skip
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = (container or doc).add_paragraph()
    paragraph.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(0)
    for number, line in enumerate(text.split("\n")):
        if number:
            paragraph.runs[-1].add_break()  # a line break inside the paragraph
        run = paragraph.add_run(line)
        run.font.size = Pt(size)
        run.bold = bold
        run.italic = italic
    return paragraph


def _typed_in_word(parts: Parts, *, flat_header: bool = False) -> bytes:
    """The example's text typed with python-docx, with choices the decree allows (with
    *flat_header*, the header typed as paragraphs one under the other: a fault)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), "Times New Roman")
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(25), Mm(20)
    section.left_margin, section.right_margin = Mm(35), Mm(20)
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = 1
    run = number.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
        else:
            instr = OxmlElement("w:instrText")
            instr.text = text
            run._r.append(instr)
    run.font.size = Pt(13)

    header = doc.add_table(rows=2, cols=2)
    left, right = header.rows[0].cells
    for cell, width in ((left, Mm(60)), (right, Mm(95))):
        cell.width = width
    left2, right2 = header.rows[1].cells
    if flat_header:
        header._element.getparent().remove(header._element)
        left = right = left2 = right2 = None
    assert parts.issuer
    issuer_lines = [p.text for p in parts.issuer]
    _paragraph(doc, issuer_lines[0], size=12, container=left)
    for line in issuer_lines[1:]:
        _paragraph(doc, line, size=12, bold=True, container=left)
    longest = max(text_width_mm(line, 12, bold=True) for line in issuer_lines[1:])
    _paragraph(doc, _underscores(0.4 * longest, 12, True), size=12, bold=True, container=left)
    _paragraph(doc, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True, container=right)
    motto = "Độc lập - Tự do - Hạnh phúc"
    _paragraph(doc, motto, size=13, bold=True, container=right)
    motto_width = text_width_mm(motto, 13, bold=True)
    _paragraph(doc, _underscores(motto_width, 13, True), size=13, bold=True, container=right)
    assert parts.number is not None
    assert parts.date_line is not None
    _paragraph(doc, " ".join(parts.number.text.split()).replace("Số: /", "Số:      /"),
               size=13, container=left2)  # fmt: skip
    for subject in parts.subject:
        _paragraph(doc, subject.text, size=12, container=left2)
    _paragraph(doc, parts.date_line.text, size=13, italic=True, container=right2)
    if parts.type_name is not None:
        _paragraph(
            doc, parts.type_name.text, size=14, bold=True
        ).paragraph_format.space_before = Pt(12)
        for summary in parts.summary:
            _paragraph(doc, summary.text, size=14, bold=True)
        widest = max(
            text_width_mm(line, 14, bold=True) for p in parts.summary for line in p.text.split("\n")
        )
        _paragraph(doc, _underscores(0.4 * widest, 14, True), size=14, bold=True)
    for addressee in parts.addressees:
        paragraph = _paragraph(doc, addressee.text, size=14, align="left")
        paragraph.paragraph_format.left_indent = Mm(20)
    for paragraph in parts.body:
        typed = _paragraph(doc, paragraph.visible_text, size=13, bold=bool(paragraph.bold),
                           italic=bool(paragraph.italic), align="justify")  # fmt: skip
        fmt = typed.paragraph_format
        fmt.first_line_indent = Mm(10)
        # tight under its item as the file has it (a task's details), otherwise 6 pt
        fmt.space_before = Pt(6 if paragraph.space_before != 0 else 0)
        fmt.line_spacing = 1.5
    footer = doc.add_table(rows=1, cols=2)
    recipients, signature = footer.rows[0].cells
    assert parts.recipients_label is not None
    _paragraph(
        doc, "Nơi nhận:", size=12, bold=True, italic=True, align="left", container=recipients
    )
    for recipient in parts.recipients:
        _paragraph(doc, recipient.text, size=11, align="left", container=recipients)
    *titles, name = parts.signature
    for title in titles:
        _paragraph(doc, title.text, size=13, bold=True, container=signature)
    _paragraph(doc, "(Đã ký)", size=13, italic=True, container=signature)
    _paragraph(doc, name.text, size=13, bold=True, container=signature)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize("example", EXAMPLES)
def test_python_docx_document_is_clean(example: str) -> None:
    """The same text typed with python-docx, with the decree's other allowed choices: no finding."""
    data = dr.render(dr.examples.load(example), "docx")
    parts = find_parts(read_facts(io.BytesIO(data), format="docx"))
    typed = io.BytesIO(_typed_in_word(parts))
    typed.name = f"{example}-python-docx.docx"
    assert [(f.code, f.location, f.message) for f in validate(typed)] == []


def test_header_typed_as_paragraphs() -> None:
    """A header typed line under line instead of in two columns is found, and only that."""
    data = dr.render(dr.examples.load("bac-giang-ct21-2024"), "docx")
    parts = find_parts(read_facts(io.BytesIO(data), format="docx"))
    typed = io.BytesIO(_typed_in_word(parts, flat_header=True))
    typed.name = "flat-header.docx"
    assert [f.code for f in validate(typed)] == ["header-columns"]


def test_a_missing_part_is_named() -> None:
    """A document without Nơi nhận and signature: the missing parts are reported."""
    from _faults import Package

    package = Package(dr.render(dr.examples.load("bac-giang-ct21-2024"), "odt"))
    for paragraph in list(package.paragraphs()):
        if package.text(paragraph).startswith(("Nơi nhận", "- ", "KT.", "PHÓ", "Ngô")):
            package.remove(paragraph)
    stream = io.BytesIO(package.save())
    stream.name = "no-footer.odt"
    found = validate(stream)
    assert {f.code for f in found} == {"missing-part"}
    assert {f.message for f in found} == {
        "'Nơi nhận:' is missing",
        "the signature block is missing",
    }


#: What the ingest corpus's clerk-made DOCX really break, and why: the builder types no first-line
#: indent, draws the rules under the issuer and the motto with 7 and 15 underscores and none under
#: a trích yếu, sets "Nơi nhận:" in the 14 pt of its Normal style, and the published texts end
#: without "./.", archive at "VP" instead of "VT", omit "Như trên" or Nơi nhận, or write "KT"
#: without its dot.  Any other code is a false error.
CLERK_FAULTS = {
    "body-indent",
    "motto-rule",
    "issuer-rule",
    "summary-rule",
    "recipients-label",
    "end-mark",
    "recipients-archive",
    "nhu-tren",
    "missing-part",
    "signature-prefix",
}


def test_ingest_corpus_clerk_documents_show_only_their_real_faults(tmp_path: Path) -> None:
    """The 27 real documents of the ingest corpus, typed into DOCX with python-docx as a clerk
    does: every finding is one of the faults the files really have."""
    import importlib
    import sys

    folder = str(Path(__file__).parent / "corpus" / "ingest")
    sys.path.insert(0, folder)
    try:
        corpus = importlib.import_module("ingest_corpus")
    finally:
        sys.path.remove(folder)
    made = corpus.renderings(corpus.documents(), tmp_path, ("clerk-docx",))
    found = {
        doc_id: {f.code for f in validate(path)} for doc_id, path in made["clerk-docx"].items()
    }
    assert len(found) == 27
    assert {doc_id: codes - CLERK_FAULTS for doc_id, codes in found.items()} == {
        doc_id: set() for doc_id in found
    }
