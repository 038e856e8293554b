"""Tests of the docx exporter: the file reopened with python-docx, and rendered by LibreOffice.

Every expected value is independent of the code under test: sizes and faces from the decree
(docs/decree-layout.md), text widths measured with fontTools on the Liberation Serif font files, text
from the model, positions and lengths measured in LibreOffice's PDF and page image.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from functools import cache
from pathlib import Path

import attrs
import docx
import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph
from hypothesis import HealthCheck, given, settings

import _office
from directive_report import Paragraph, Report, Run, examples
from directive_report.errors import (
    DirectiveReportError,
    EmbeddedReportError,
    ReportLoadError,
    UnprintableTextError,
)
from directive_report.exporters import Exporter, ExportOptions
from directive_report.exporters.docx_export import (
    DocxExporter,
    read_embedded_report,
)
from directive_report.layout import SIZE_SETS, LayoutProfile
from directive_report.testing import reports
from test_same_words import docx_texts

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


@pytest.fixture(scope="module")
def seed_docx(seed_report: Report) -> bytes:
    """The seed example as DOCX."""
    return render(seed_report)


@pytest.fixture(scope="module")
def document(seed_docx: bytes) -> Document:
    """The seed example's DOCX, reopened."""
    return reopen(seed_docx)


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


# --------------------------------------------------------------------------------------------
# The contract


def test_satisfies_the_exporter_protocol() -> None:
    """DocxExporter is an Exporter named docx with the Word media type."""
    exporter = DocxExporter()
    assert isinstance(exporter, Exporter)
    assert (exporter.name, exporter.suffix) == ("docx", ".docx")
    assert (
        exporter.media_type
        == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def test_declared_as_entry_point() -> None:
    """The built-in is found like a plug-in, through the entry-point group."""
    from importlib.metadata import entry_points

    (point,) = entry_points(group="directive_report.exporters", name="docx")
    assert point.load() is DocxExporter


def test_same_report_same_bytes(seed_report: Report, seed_docx: bytes) -> None:
    """Output is reproducible: no timestamps, no random ids."""
    assert render(seed_report) == seed_docx


def test_stream_is_left_open_and_only_appended_to(seed_report: Report, seed_docx: bytes) -> None:
    """render writes the whole file to the stream and does not close it."""
    buffer = io.BytesIO()
    DocxExporter().render(seed_report, buffer, ExportOptions())
    assert not buffer.closed
    assert buffer.getvalue() == seed_docx


# --------------------------------------------------------------------------------------------
# Page, fonts, styles


def test_page_a4_with_the_profile_margins(document: Document) -> None:
    """A4 portrait; margins 20/20/30/15 mm; page-number header 10 mm from the edge."""
    section = document.sections[0]
    assert (round(mm(section.page_width), 1), round(mm(section.page_height), 1)) == (210.0, 297.0)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(mm(m), 1) for m in margins] == [20.0, 20.0, 30.0, 15.0]
    assert round(mm(section.header_distance), 1) == 10.0


def test_a_province_profile_changes_the_page(seed_report: Report) -> None:
    """Margins come from the profile passed in ExportOptions."""
    profile = LayoutProfile(margin_top=25, margin_left=35, margin_right=20)
    section = reopen(render(seed_report, ExportOptions(layout=profile))).sections[0]
    assert [
        round(mm(m), 1) for m in (section.top_margin, section.left_margin, section.right_margin)
    ] == [
        25.0,
        35.0,
        20.0,
    ]


def test_times_new_roman_in_all_four_slots_and_no_theme_fonts(
    document: Document, seed_docx: bytes
) -> None:
    """Document defaults name Times New Roman in ascii, hAnsi, eastAsia and cs; nothing anywhere
    names a theme font or another font (docs/office-techniques.md, "Fonts")."""
    with zipfile.ZipFile(io.BytesIO(seed_docx)) as package:
        xml = {
            name: package.read(name).decode()
            for name in package.namelist()
            if name.startswith("word/")
        }
    styles = document.styles.element
    fonts = (
        styles.find(qn("w:docDefaults"))
        .find(qn("w:rPrDefault"))
        .find(qn("w:rPr"))
        .find(qn("w:rFonts"))
    )
    assert {key.split("}")[1]: value for key, value in fonts.attrib.items()} == {
        "ascii": TNR,
        "hAnsi": TNR,
        "eastAsia": TNR,
        "cs": TNR,
    }
    for name, text in xml.items():
        assert "Theme" not in text, name
        for fonts_element in re.findall(r"<w:rFonts [^>]*>", text):
            assert set(re.findall(r'="([^"]*)"', fonts_element)) == {TNR}, name


def test_text_is_nfc_and_black(document: Document, seed_docx: bytes) -> None:
    """Every paragraph's text is NFC; the default colour is black."""
    for paragraph in document.paragraphs:
        assert unicodedata.is_normalized("NFC", paragraph.text)
    assert (
        'w:color w:val="000000"'
        in zipfile.ZipFile(io.BytesIO(seed_docx)).read("word/styles.xml").decode()
    )


def test_every_paragraph_has_a_named_style_and_runs_no_direct_formatting(
    document: Document,
) -> None:
    """Paragraphs use the NĐ30 styles; runs carry at most a named character style."""
    paragraphs = [*document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for paragraph in paragraphs:
        assert paragraph.style is not None
        assert paragraph.style.name is not None
        assert paragraph.style.name.startswith("NĐ30 "), paragraph.text
        for run in paragraph.runs:
            rpr = run._r.rPr
            if rpr is not None:
                assert [child.tag for child in rpr] == [qn("w:rStyle")]


def test_emphasis_is_a_named_character_style(document: Document) -> None:
    """The seed's italic "domain" is set in the italic character style NĐ30 Emphasis."""
    runs = [run for p in document.paragraphs for run in p.runs if run.text == "domain"]
    assert len(runs) == 1
    style = runs[0].style
    assert style is not None
    assert style.name == "NĐ30 Emphasis"
    assert style.font.italic is True


# --------------------------------------------------------------------------------------------
# Header


def test_header_table_geometry(document: Document) -> None:
    """Borderless, fixed, zero side cell margins; grid and cell widths 65 + 100 mm agree."""
    table = document.tables[0]
    tbl = table._tbl
    grid = [twips_mm(col.get(qn("w:w"))) for col in tbl.tblGrid.iterchildren(qn("w:gridCol"))]
    assert grid == pytest.approx([65.0, 100.0], abs=0.02)
    for row in table.rows:
        assert [mm(cell.width) for cell in row.cells] == pytest.approx(grid, abs=0.02)
    tbl_pr = tbl.tblPr
    assert tbl_pr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    borders = tbl_pr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"nil"}
    margins = tbl_pr.find(qn("w:tblCellMar"))
    assert (
        margins.find(qn("w:left")).get(qn("w:w"))
        == margins.find(qn("w:right")).get(qn("w:w"))
        == "0"
    )


@pytest.mark.parametrize(
    ("row", "column", "index", "text", "size", "bold", "italic"),
    [
        (0, 0, 0, "UBND TỈNH BẮC GIANG", 13, False, False),
        (0, 0, 1, "SỞ THÔNG TIN VÀ", 13, True, False),
        (0, 0, 2, "TRUYỀN THÔNG", 13, True, False),
        (1, 0, 0, "Số:      /BC-STTTT", 13, False, False),
        (0, 1, 0, QUOC_HIEU, 13, True, False),
        (0, 1, 1, TIEU_NGU, 14, True, False),
        (1, 1, 0, "Bắc Giang, ngày 20 tháng 5 năm 2024", 14, False, True),
    ],
)
def test_header_elements(
    document: Document,
    row: int,
    column: int,
    index: int,
    text: str,
    size: float,
    bold: bool,
    italic: bool,
) -> None:
    """Hand-checked table (docs/decree-layout.md, "The elements", 13/14 set): text, size, bold, italic, centred."""
    paragraph = cell_paragraphs(document.tables[0], row, column)[index]
    assert paragraph.text == text
    assert effective(paragraph) == (size, bold, italic)
    style = paragraph.style
    assert style is not None
    assert style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_cong_van_subject_line_under_the_number() -> None:
    """A công văn (Mẫu 1.5): no tên loại line; "V/v ..." 13 pt upright, not bold, centred
    under Số, 6 pt below it; the body starts with Kính gửi."""
    cong_van = reopen(render(examples.load("cong-van-tin-dung-den-2020")))
    number, subject = cell_paragraphs(cong_van.tables[0], 1, 0)
    assert number.text == "Số: 1510/STTTT-TTBCXB"
    assert subject.text.startswith("V/v tăng cường thông tin tuyên truyền")
    assert effective(subject) == (13, False, False)
    style = subject.style
    assert style is not None
    assert style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert style.paragraph_format.space_before is not None
    assert style.paragraph_format.space_before.pt == 6
    assert cong_van.paragraphs[0].text == "Kính gửi:"


def test_number_and_date_share_a_row(document: Document) -> None:
    """Số (ô 3) and the place-date line (ô 4) are the two cells of the second row."""
    second = document.tables[0].rows[1]
    assert [cell.paragraphs[0].text[:3] for cell in second.cells] == ["Số:", "Bắc"]


def test_motto_rule_is_as_long_as_the_motto(document: Document) -> None:
    """The rule under Tiêu ngữ equals its 14 pt bold width (±1 mm), centred in its column."""
    paragraphs = cell_paragraphs(document.tables[0], 0, 1)
    rule = paragraphs[2]
    assert is_rule(rule)
    expected = font_width_mm(TIEU_NGU, 14, "Bold")
    assert expected == pytest.approx(60.46, abs=0.01)
    assert rule_length_mm(rule, 100.0) == pytest.approx(expected, abs=1.0)
    fmt = rule.paragraph_format
    assert mm(fmt.left_indent) == pytest.approx(mm(fmt.right_indent), abs=0.05)


def test_issuer_rule_is_a_third_to_a_half_of_the_issuer_line(document: Document) -> None:
    """1/3–1/2 of the widest issuer line (13 pt bold), centred under it."""
    paragraphs = cell_paragraphs(document.tables[0], 0, 0)
    rule = paragraphs[-1]
    assert is_rule(rule)
    widest = max(
        font_width_mm(p.text, 13, "Bold") for p in paragraphs if p.text and effective(p)[1]
    )
    length = rule_length_mm(rule, 65.0)
    assert widest / 3 - 1 <= length <= widest / 2 + 1


def test_summary_rule_is_a_third_to_a_half_of_the_summary_line(document: Document) -> None:
    """The trích yếu is bold 14 pt, centred; its rule 1/3–1/2 of its widest line."""
    paragraphs = body_paragraphs(document)
    title, summary, rule = paragraphs[:3]
    assert (title.text, effective(title)) == ("BÁO CÁO", (14, True, False))
    assert effective(summary) == (14, True, False)
    lines = summary.text.split("\n")
    assert " ".join(lines) == examples.load("bac-giang-ct21-2024").summary
    assert is_rule(rule)
    widest = max(font_width_mm(line, 14, "Bold") for line in lines)
    assert widest <= 165
    assert widest / 3 - 1 <= rule_length_mm(rule, 165.0) <= widest / 2 + 1


def test_rules_are_thin_exact_height_paragraphs(document: Document) -> None:
    """The rule paragraphs are 2 pt exact lines, so they add no mark height (docs/office-techniques.md)."""
    rule = cell_paragraphs(document.tables[0], 0, 1)[2]
    style = rule.style
    assert style is not None
    assert style.paragraph_format.line_spacing is not None
    assert style.paragraph_format.line_spacing.pt == 2
    assert style.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY


# --------------------------------------------------------------------------------------------
# Body, footer, page numbers


def test_body_paragraph_format(document: Document) -> None:
    """Body: justified, first line 12.7 mm, 6 pt before, 0 after, single spacing, 14 pt."""
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Hằng tháng"))
    style = paragraph.style
    assert style is not None
    fmt = style.paragraph_format
    assert style.name == "NĐ30 Body"
    assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert mm(fmt.first_line_indent) == pytest.approx(12.7, abs=0.02)
    assert fmt.space_before is not None
    assert fmt.space_after is not None
    assert (fmt.space_before.pt, fmt.space_after.pt, fmt.line_spacing) == (6, 0, 1.0)
    assert effective(paragraph) == (14, False, False)


def test_headings(document: Document) -> None:
    """I./1. headings are bold 14 pt and keep with the next paragraph."""
    headings = {
        p.text: p
        for p in document.paragraphs
        if p.style is not None and "Heading" in (p.style.name or "")
    }
    first = headings["I. KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg"]
    second = headings["2. Công tác tuyên truyền"]
    for heading in (first, second):
        assert effective(heading) == (14, True, False)
        style = heading.style
        assert style is not None
        assert style.paragraph_format.keep_with_next is True


def test_footer_is_kept_together_and_with_the_last_paragraph(document: Document) -> None:
    """The signature row cannot split; the paragraph before it (ending ./.) keeps with it."""
    footer = document.tables[-1]
    row_properties = footer._tbl.tr_lst[0].trPr
    assert row_properties is not None
    assert row_properties.find(qn("w:cantSplit")) is not None
    last = document.paragraphs[-1]
    assert last.text.endswith("báo cáo./.")
    assert last.paragraph_format.keep_with_next is True
    assert last._p.getnext() is footer._tbl


@pytest.mark.parametrize(
    ("column", "index", "text", "size", "bold", "italic"),
    [
        (0, 0, "Nơi nhận:", 12, True, True),
        (0, 1, "- Phòng Cảnh sát hình sự - Công an tỉnh;", 11, False, False),
        (0, 4, "- Lưu: VT.", 11, False, False),
        (1, 0, "KT. GIÁM ĐỐC", 14, True, False),
        (1, 1, "PHÓ GIÁM ĐỐC", 14, True, False),
        (1, 2, "Ngô Đình Tiến", 14, True, False),
    ],
)
def test_footer_elements(
    document: Document, column: int, index: int, text: str, size: float, bold: bool, italic: bool
) -> None:
    """Hand-checked table (docs/decree-layout.md, Nơi nhận and signature): Nơi nhận 12 bold italic, items 11, signer 14 bold."""
    paragraph = cell_paragraphs(document.tables[-1], 0, column)[index]
    assert paragraph.text == text
    assert effective(paragraph) == (size, bold, italic)


def test_signature_space_above_the_name(document: Document) -> None:
    """The name sits 25 mm below the title lines: room for the signature and the seal."""
    name = cell_paragraphs(document.tables[-1], 0, 1)[-1]
    style = name.style
    assert style is not None
    assert style.paragraph_format.space_before is not None
    assert mm(style.paragraph_format.space_before) == pytest.approx(25.0, abs=0.05)


def test_page_numbers_from_page_two(document: Document) -> None:
    """titlePg with no first-page header (page 1 blank); a centred PAGE field, 14 pt, after."""
    section = document.sections[0]
    assert section.different_first_page_header_footer is True
    assert section.first_page_header.is_linked_to_previous  # no part: blank on page 1
    (paragraph,) = section.header.paragraphs
    instructions = "".join(t.text or "" for t in paragraph._p.iter(qn("w:instrText")))
    assert instructions.strip() == "PAGE"
    assert [f.get(qn("w:fldCharType")) for f in paragraph._p.iter(qn("w:fldChar"))] == [
        "begin",
        "separate",
        "end",
    ]
    style = paragraph.style
    assert style is not None
    assert style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert effective(paragraph) == (14, False, False)


def test_twelve_thirteen_size_set(seed_report: Report) -> None:
    """With the 12/13 set: Quốc hiệu 12, Tiêu ngữ and date 13, rule 56.1 mm."""
    document = reopen(
        render(seed_report, ExportOptions(layout=LayoutProfile(sizes=SIZE_SETS["12/13"])))
    )
    national = cell_paragraphs(document.tables[0], 0, 1)
    assert effective(national[0])[0] == 12
    assert effective(national[1])[0] == 13
    assert effective(cell_paragraphs(document.tables[0], 1, 1)[0]) == (13, False, True)
    assert rule_length_mm(national[2], 100.0) == pytest.approx(
        font_width_mm(TIEU_NGU, 13, "Bold"), abs=1.0
    )


def test_addressees_one_per_line_under_the_colon(seed_report: Report) -> None:
    """Kính gửi with two addressees: "Kính gửi:" alone, then a "- ...;" line each whose dash
    starts under the colon (the label's indent plus the width of "Kính gửi")."""
    report = attrs.evolve(seed_report, addressees=["Bộ Công an", "Ủy ban nhân dân tỉnh Bắc Giang"])
    paragraphs = reopen(render(report)).paragraphs
    texts = [p.text for p in paragraphs]
    index = texts.index("Kính gửi:")
    label, *items = paragraphs[index : index + 3]
    assert [item.text for item in items] == ["- Bộ Công an;", "- Ủy ban nhân dân tỉnh Bắc Giang."]
    label_style = label.style
    assert label_style is not None
    label_start = mm(label_style.paragraph_format.left_indent) + mm(
        label_style.paragraph_format.first_line_indent
    )
    colon = label_start + font_width_mm("Kính gửi", 14, "Regular")
    for item in items:
        style = item.style
        assert style is not None
        dash = mm(style.paragraph_format.left_indent) + mm(style.paragraph_format.first_line_indent)
        assert dash == pytest.approx(colon, abs=0.05)


# --------------------------------------------------------------------------------------------
# The embedded model


def test_embedded_report_round_trip(seed_report: Report, seed_docx: bytes, tmp_path: Path) -> None:
    """The report read back from the file (path or stream) equals the one rendered."""
    path = tmp_path / "seed.docx"
    path.write_bytes(seed_docx)
    assert read_embedded_report(path) == seed_report
    assert read_embedded_report(io.BytesIO(seed_docx)) == seed_report


def test_embedded_part_is_a_registered_custom_xml_part(seed_docx: bytes) -> None:
    """A custom XML data part, related from the document and with its properties part typed in
    [Content_Types].xml, so that Word and LibreOffice keep it without showing it."""
    with zipfile.ZipFile(io.BytesIO(seed_docx)) as package:
        rels = package.read("word/_rels/document.xml.rels").decode()
        types = package.read("[Content_Types].xml").decode()
        assert "relationships/customXml" in rels
        assert 'Target="../customXml/item1.xml"' in rels
        assert 'PartName="/customXml/itemProps1.xml"' in types
        assert package.namelist()[0] == "[Content_Types].xml"


def test_no_model_when_not_asked(seed_report: Report) -> None:
    """embed_model=False writes no model part, and reading says so clearly."""
    data = render(seed_report, ExportOptions(embed_model=False))
    assert not [
        n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("customXml")
    ]
    with pytest.raises(EmbeddedReportError, match="carries no report"):
        read_embedded_report(io.BytesIO(data))


def test_reading_errors_name_the_file(tmp_path: Path) -> None:
    """Not a package, or no such file: a DirectiveReportError naming the file."""
    bogus = tmp_path / "notes.docx"
    bogus.write_text("not a zip")
    with pytest.raises(EmbeddedReportError, match=r"notes\.docx: not a DOCX or ODT file") as error:
        read_embedded_report(bogus)
    assert isinstance(error.value, DirectiveReportError)
    with pytest.raises(EmbeddedReportError, match="no such file"):
        read_embedded_report(tmp_path / "missing.docx")


def test_corrupt_model_is_a_load_error(seed_docx: bytes) -> None:
    """A model part that is not a valid report raises ReportLoadError naming the part."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(seed_docx)) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "customXml/item1.xml":
                data = data.replace(b'"summary"', b'"summari"', 1)
            target.writestr(item, data)
    with pytest.raises(
        ReportLoadError, match=r"customXml/item1\.xml: summary: required key missing"
    ):
        read_embedded_report(buffer)


def test_control_characters_never_reach_the_exporter(seed_report: Report) -> None:
    """Text XML cannot carry is refused when the report is built, so no report holds any."""
    with pytest.raises(UnprintableTextError, match=r"U\+0007"):
        attrs.evolve(seed_report, closing=["Xin báo cáo\x07."])


def test_markup_characters_are_text(seed_report: Report) -> None:
    """<, >, & and quotes in the report are text, not markup."""
    text = 'Điều <1> & "khoản" 2'
    report = attrs.evolve(seed_report, closing=[text])
    paragraphs = reopen(render(report)).paragraphs
    assert paragraphs[-1].text == text + "./."


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports(parts=True))
def test_any_report_round_trips_and_keeps_its_text(report: Report) -> None:
    """Property: for generated reports (tables, decisions and appendices included), the file
    opens in python-docx, carries the report unchanged, and holds every text of the model in
    order."""
    data = render(report)
    assert read_embedded_report(io.BytesIO(data)) == report
    text = "\n".join(docx_texts(data))  # paragraphs and table cells, in order
    position = 0
    for piece in report.body_texts():
        found = text.find(piece, position)
        assert found >= 0, piece
        position = found + len(piece)


# --------------------------------------------------------------------------------------------
# Rendered by LibreOffice


def _closing_variants(seed: Report) -> dict[str, Report]:
    """The seed with 0–7 extra body paragraphs: one of them puts the last paragraph at the foot
    of a page, where a signature block that does not keep with it would be orphaned."""
    extra = Paragraph(
        runs=[Run(text="Nội dung bổ sung để đẩy khối chữ ký xuống cuối trang. " * 3 + "Hết.")]
    )
    last = seed.sections[-1]
    return {
        f"push-{k}": attrs.evolve(
            seed,
            sections=(*seed.sections[:-1], attrs.evolve(last, blocks=(*last.blocks, *[extra] * k))),
        )
        for k in range(8)
    }


def _in_ho_chi_minh_city(seed: Report) -> Report:
    """The seed dated in Thành phố Hồ Chí Minh (written in full, NĐ 30/2020 Phụ lục I, II.4.a),
    whose date line in 14 pt italic is wider than the profile's 100 mm right column, under a
    cơ quan chủ quản wider than the left one."""
    authority = attrs.evolve(
        seed.authority, place="Thành phố Hồ Chí Minh", superior="UBND THÀNH PHỐ HỒ CHÍ MINH"
    )
    return attrs.evolve(seed, authority=authority, date=dt.date(2024, 11, 11))


@pytest.fixture(scope="module")
def rendered(
    tmp_path_factory: pytest.TempPathFactory, seed_report: Report, seed_docx: bytes
) -> dict[str, Path]:
    """PDFs of the seed and its variants, from one LibreOffice run."""
    folder = tmp_path_factory.mktemp("docx-pdf")
    documents = {
        "seed": seed_docx,
        "cong-van": render(examples.load("cong-van-tin-dung-den-2020")),
        "hcm": render(_in_ho_chi_minh_city(seed_report)),
    } | {name: render(report) for name, report in _closing_variants(seed_report).items()}
    paths = {}
    for name, data in documents.items():
        paths[name] = folder / f"{name}.docx"
        paths[name].write_bytes(data)
    pdfs = _office.convert_to_pdf(list(paths.values()), folder / "pdf")
    return {name: pdfs[path] for name, path in paths.items()}


@pytest.fixture(scope="module")
def seed_pdf(rendered: dict[str, Path]) -> Path:
    """The seed example's PDF."""
    return rendered["seed"]


@pytest.fixture(scope="module")
def seed_png(seed_pdf: Path) -> Path:
    """Page 1 of the seed at 200 dpi."""
    return _office.render_page(seed_pdf, seed_pdf.with_name("seed-page1.png"), dpi=200)


def _running_text(pdf: Path) -> str:
    """The PDF's text as one line: page numbers dropped, lines joined (a line ending in a hyphen
    joins without a space), spaces normalised."""
    lines: list[str] = []
    for number, page in enumerate(_office.pdf_pages(pdf), start=1):
        page_lines = [line for line in page.splitlines() if line.strip()]
        if number > 1 and page_lines and page_lines[0].strip() == str(number):
            page_lines = page_lines[1:]
        lines.extend(page_lines)
    joined = ""
    for line in lines:
        broken_word = joined.endswith("-") and not joined.endswith(" -")
        joined += line if broken_word else " " + line
    return " ".join(joined.split())


@pytest.mark.libreoffice
def test_pdf_has_every_text_of_the_report(seed_report: Report, seed_pdf: Path) -> None:
    """Every paragraph, heading, header line, recipient and the signature, in NFC, in order."""
    text = _running_text(seed_pdf)
    assert unicodedata.is_normalized("NFC", text)
    pieces = [
        "UBND TỈNH BẮC GIANG",
        QUOC_HIEU,
        TIEU_NGU,
        "Bắc Giang, ngày 20 tháng 5 năm 2024",
        "BÁO CÁO",
        " ".join(seed_report.summary.split()),
        *(" ".join(piece.split()) for piece in seed_report.body_texts()),
        "Nơi nhận:",
        *(f"- {recipient};" for recipient in seed_report.distribution.recipients),
        f"- Lưu: {seed_report.distribution.archive}.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Ngô Đình Tiến",
    ]
    for piece in pieces:
        assert piece in text, piece


@pytest.mark.libreoffice
def test_pdf_has_every_word_of_the_real_report(seed_pdf: Path) -> None:
    """Every word of the real report (shared/examples/seed-report.txt) is in the PDF."""
    words = set(SEED_TEXT.read_text(encoding="utf-8").replace("*", "").split())
    text = _running_text(seed_pdf)
    assert not {word for word in words if word not in text}


@pytest.mark.libreoffice
def test_pdf_uses_only_liberation_serif(seed_pdf: Path) -> None:
    """Only the Times New Roman substitute: no DejaVu (missing Vietnamese glyphs), no Carlito
    (theme fonts)."""
    fonts = _office.pdf_fonts(seed_pdf)
    assert fonts
    assert all(font.startswith("LiberationSerif") for font in fonts), fonts


@pytest.mark.libreoffice
def test_pdf_page_count_and_size(seed_pdf: Path) -> None:
    """Four A4 pages, as the real report."""
    assert _office.pdf_page_count(seed_pdf) == 4
    assert _office.pdf_page_size_mm(seed_pdf) == pytest.approx((210.0, 297.0), abs=0.1)


@pytest.mark.libreoffice
def test_pdf_header_lines(seed_pdf: Path) -> None:
    """The Quốc hiệu on one line, centred over the right column; Số and date on one baseline."""
    lines = {line.text: line for line in _office.pdf_lines(seed_pdf) if line.page == 1}
    qh = lines[QUOC_HIEU]
    assert qh.centre == pytest.approx(30 + 65 + 50, abs=0.5)
    assert qh.width == pytest.approx(font_width_mm(QUOC_HIEU, 13, "Bold"), abs=0.5)
    date = lines["Bắc Giang, ngày 20 tháng 5 năm 2024"]
    number = next(line for text, line in lines.items() if text.startswith("Số:"))
    assert number.top == pytest.approx(date.top, abs=1.0)
    assert qh.top == pytest.approx(20.0, abs=0.5)  # the text area starts at the top margin


@pytest.mark.libreoffice
def test_pdf_page_numbers(seed_pdf: Path) -> None:
    """No number on page 1; "2" centred over the text area, in the 10 mm header, on page 2."""
    lines = _office.pdf_lines(seed_pdf)
    assert not [line for line in lines if line.page == 1 and line.top < 19]
    (number,) = [line for line in lines if line.page == 2 and line.top < 19]
    assert number.text == "2"
    assert number.centre == pytest.approx(30 + 165 / 2, abs=0.5)
    assert number.top == pytest.approx(10, abs=1.0)


@pytest.mark.libreoffice
def test_pdf_rules_have_their_computed_lengths(seed_png: Path) -> None:
    """In the page image: the Tiêu ngữ rule as long as the Tiêu ngữ (±0.3 mm), centred on its
    column; the issuer and summary rules centred under their text."""
    rules = [r for r in _office.horizontal_rules(seed_png, 200, min_length=12) if r.top < 80]
    motto = [r for r in rules if r.centre > 120]
    assert len(motto) == 1
    assert motto[0].length == pytest.approx(font_width_mm(TIEU_NGU, 14, "Bold"), abs=0.3)
    assert motto[0].centre == pytest.approx(145.0, abs=0.3)
    issuer = [r for r in rules if r.centre < 80 and r.top < 45]
    assert len(issuer) == 1
    widest = font_width_mm("SỞ THÔNG TIN VÀ", 13, "Bold")
    assert widest / 3 <= issuer[0].length <= widest / 2
    assert issuer[0].centre == pytest.approx(30 + 65 / 2, abs=0.3)
    summary = [r for r in rules if abs(r.centre - 112.5) < 0.3 and r.top > 45]
    assert len(summary) == 1


@pytest.mark.libreoffice
def test_pdf_signature_block_never_leaves_the_last_paragraph(rendered: dict[str, Path]) -> None:
    """In every variant the last paragraph, Nơi nhận and the signer's name share a page, and at
    least one variant needed the keep (the block moved to a new page with the paragraph)."""
    pages_used = set()
    variants = {name: pdf for name, pdf in rendered.items() if name.startswith(("seed", "push-"))}
    for name, pdf in variants.items():
        pages = _office.pdf_pages(pdf)
        where = {
            label: [i for i, page in enumerate(pages) if needle in page]
            for label, needle in (
                ("last", "trân trọng báo cáo./."),
                ("label", "Nơi nhận:"),
                ("name", "Ngô Đình Tiến"),
            )
        }
        assert where["last"] == where["label"] == where["name"], (name, where)
        assert len(where["last"]) == 1, name
        pages_used.add(len(pages))
    assert len(pages_used) > 1  # the variants do cross a page boundary


@pytest.mark.libreoffice
def test_pdf_long_date_line_stays_on_one_line(rendered: dict[str, Path]) -> None:
    """ "Thành phố Hồ Chí Minh, ngày 11 tháng 11 năm 2024" (106.3 mm in 14 pt italic) prints
    on one line, level with Số, under the Quốc hiệu, which stays on one line too; "UBND THÀNH
    PHỐ HỒ CHÍ MINH" keeps the city's name on one line."""
    lines = [line for line in _office.pdf_lines(rendered["hcm"]) if line.page == 1]
    texts = [line.text for line in lines]
    date = lines[texts.index("Thành phố Hồ Chí Minh, ngày 11 tháng 11 năm 2024")]
    assert date.width == pytest.approx(font_width_mm(date.text, 14, "Italic"), abs=0.5)
    national = lines[texts.index(QUOC_HIEU)]
    assert date.centre == pytest.approx(national.centre, abs=0.5)
    number = next(line for line in lines if line.text.startswith("Số:"))
    assert number.top == pytest.approx(date.top, abs=1.0)
    assert date.right <= 210 - 15 + 0.1  # inside the right margin
    # the cơ quan chủ quản (70.7 mm in 13 pt) breaks before its place name, not inside it
    assert texts[:2] == ["UBND", "THÀNH PHỐ HỒ CHÍ MINH"]


@pytest.mark.libreoffice
def test_pdf_addressee_dashes_under_the_colon(rendered: dict[str, Path]) -> None:
    """In the công văn example as printed: "Kính gửi:" alone on its line, then one line per
    addressee whose dash starts under the colon (±0.3 mm)."""
    lines = [line for line in _office.pdf_lines(rendered["cong-van"]) if line.page == 1]
    texts = [line.text for line in lines]
    label = lines[texts.index("Kính gửi:")]
    colon_left = label.right - font_width_mm(":", 14, "Regular")
    items = lines[texts.index("Kính gửi:") + 1 : texts.index("Kính gửi:") + 3]
    assert [line.text for line in items] == [
        "- Các cơ quan báo chí trên địa bàn tỉnh;",
        "- Đài Truyền thanh các huyện, thành phố.",
    ]
    for line in items:
        assert line.left == pytest.approx(colon_left, abs=0.3)
        assert line.top > label.top


@pytest.mark.libreoffice
def test_embedded_report_survives_a_libreoffice_resave(
    tmp_path: Path, seed_report: Report, seed_docx: bytes
) -> None:
    """Opened and saved again as DOCX by LibreOffice, the file still carries the report."""
    source = tmp_path / "seed.docx"
    source.write_bytes(seed_docx)
    (resaved,) = _office.convert([source], tmp_path / "resaved", "docx").values()
    assert read_embedded_report(resaved) == seed_report


def test_module_examples() -> None:
    """The examples in the module's docstrings hold."""
    import doctest

    from directive_report.exporters import docx_export

    results = doctest.testmod(docx_export)
    assert results.attempted > 0
    assert results.failed == 0


def test_every_part_is_well_formed_and_typed(seed_docx: bytes) -> None:
    """Each XML part parses, and each part but the defaults has a content type override."""
    import xml.etree.ElementTree as ElementTree

    with zipfile.ZipFile(io.BytesIO(seed_docx)) as package:
        names = package.namelist()
        for name in names:
            ElementTree.fromstring(package.read(name))
        types = package.read("[Content_Types].xml").decode()
    for name in names:
        if not name.endswith(".rels") and not name.startswith(("customXml/item1", "[")):
            assert f'PartName="/{name}"' in types, name


def test_core_properties(document: Document, seed_report: Report) -> None:
    """Title (type and trích yếu), author (the issuer) and language are filled in."""
    properties = document.core_properties
    assert properties.title == f"BÁO CÁO: {seed_report.summary}"
    assert properties.author == "Sở Thông tin và Truyền thông"
    assert properties.language == "vi-VN"


def test_the_ooxml_module_exports_what_the_exporter_uses() -> None:
    """``_docx_oxml.__all__`` is exactly what docx_export takes from it (read from the source),
    and every name in it exists."""
    import ast

    from directive_report.exporters import _docx_oxml, docx_export

    tree = ast.parse(Path(docx_export.__file__).read_text(encoding="utf-8"))
    used = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "oxml"
    }
    assert used == set(_docx_oxml.__all__)
    assert all(hasattr(_docx_oxml, name) for name in _docx_oxml.__all__)
