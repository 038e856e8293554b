"""The layout facts in the DOCX exporter's files, reopened with python-docx: page, fonts, styles,
the header table, the body, footer and page numbers.

Every expected value is independent of the code under test: sizes and faces from the decree
(docs/decree-layout.md), text widths measured with fontTools on the Liberation Serif font files, text
from the model, positions and lengths measured in LibreOffice's PDF and page image.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile

import attrs
import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn

from _docx import (
    QUOC_HIEU,
    TIEU_NGU,
    TNR,
    body_paragraphs,
    cell_paragraphs,
    effective,
    font_width_mm,
    is_rule,
    mm,
    render,
    reopen,
    rule_length_mm,
    twips_mm,
)
from directive_report import Report, examples
from directive_report.exporters import ExportOptions
from directive_report.layout import SIZE_SETS, LayoutProfile

# --------------------------------------------------------------------------------------------
# Page, fonts, styles


def test_page_a4_with_the_profile_margins(seed_document: Document) -> None:
    """A4 portrait; margins 20/20/30/15 mm; page-number header 10 mm from the edge."""
    section = seed_document.sections[0]
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
    seed_document: Document, seed_docx: bytes
) -> None:
    """Document defaults name Times New Roman in ascii, hAnsi, eastAsia and cs; nothing anywhere
    names a theme font or another font (docs/office-techniques.md, "Fonts")."""
    with zipfile.ZipFile(io.BytesIO(seed_docx)) as package:
        xml = {
            name: package.read(name).decode()
            for name in package.namelist()
            if name.startswith("word/")
        }
    styles = seed_document.styles.element
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


def test_text_is_nfc_and_black(seed_document: Document, seed_docx: bytes) -> None:
    """Every paragraph's text is NFC; the default colour is black."""
    for paragraph in seed_document.paragraphs:
        assert unicodedata.is_normalized("NFC", paragraph.text)
    assert (
        'w:color w:val="000000"'
        in zipfile.ZipFile(io.BytesIO(seed_docx)).read("word/styles.xml").decode()
    )


def test_every_paragraph_has_a_named_style_and_runs_no_direct_formatting(
    seed_document: Document,
) -> None:
    """Paragraphs use the NĐ30 styles; runs carry at most a named character style."""
    paragraphs = [*seed_document.paragraphs]
    for table in seed_document.tables:
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


def test_emphasis_is_a_named_character_style(seed_document: Document) -> None:
    """The seed's italic "domain" is set in the italic character style NĐ30 Emphasis."""
    runs = [run for p in seed_document.paragraphs for run in p.runs if run.text == "domain"]
    assert len(runs) == 1
    style = runs[0].style
    assert style is not None
    assert style.name == "NĐ30 Emphasis"
    assert style.font.italic is True


# --------------------------------------------------------------------------------------------
# Header


def test_header_table_geometry(seed_document: Document) -> None:
    """Borderless, fixed, zero side cell margins; grid and cell widths 65 + 100 mm agree."""
    table = seed_document.tables[0]
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
    seed_document: Document,
    row: int,
    column: int,
    index: int,
    text: str,
    size: float,
    bold: bool,
    italic: bool,
) -> None:
    """Hand-checked table (docs/decree-layout.md, "The elements", 13/14 set): text, size, bold, italic, centred."""
    paragraph = cell_paragraphs(seed_document.tables[0], row, column)[index]
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


def test_number_and_date_share_a_row(seed_document: Document) -> None:
    """Số (ô 3) and the place-date line (ô 4) are the two cells of the second row."""
    second = seed_document.tables[0].rows[1]
    assert [cell.paragraphs[0].text[:3] for cell in second.cells] == ["Số:", "Bắc"]


def test_motto_rule_is_as_long_as_the_motto(seed_document: Document) -> None:
    """The rule under Tiêu ngữ equals its 14 pt bold width (±1 mm), centred in its column."""
    paragraphs = cell_paragraphs(seed_document.tables[0], 0, 1)
    rule = paragraphs[2]
    assert is_rule(rule)
    expected = font_width_mm(TIEU_NGU, 14, "Bold")
    assert expected == pytest.approx(60.46, abs=0.01)
    assert rule_length_mm(rule, 100.0) == pytest.approx(expected, abs=1.0)
    fmt = rule.paragraph_format
    assert mm(fmt.left_indent) == pytest.approx(mm(fmt.right_indent), abs=0.05)


def test_issuer_rule_is_a_third_to_a_half_of_the_issuer_line(seed_document: Document) -> None:
    """1/3–1/2 of the widest issuer line (13 pt bold), centred under it."""
    paragraphs = cell_paragraphs(seed_document.tables[0], 0, 0)
    rule = paragraphs[-1]
    assert is_rule(rule)
    widest = max(
        font_width_mm(p.text, 13, "Bold") for p in paragraphs if p.text and effective(p)[1]
    )
    length = rule_length_mm(rule, 65.0)
    assert widest / 3 - 1 <= length <= widest / 2 + 1


def test_summary_rule_is_a_third_to_a_half_of_the_summary_line(seed_document: Document) -> None:
    """The trích yếu is bold 14 pt, centred; its rule 1/3–1/2 of its widest line."""
    paragraphs = body_paragraphs(seed_document)
    title, summary, rule = paragraphs[:3]
    assert (title.text, effective(title)) == ("BÁO CÁO", (14, True, False))
    assert effective(summary) == (14, True, False)
    lines = summary.text.split("\n")
    assert " ".join(lines) == examples.load("bac-giang-ct21-2024").summary
    assert is_rule(rule)
    widest = max(font_width_mm(line, 14, "Bold") for line in lines)
    assert widest <= 165
    assert widest / 3 - 1 <= rule_length_mm(rule, 165.0) <= widest / 2 + 1


def test_rules_are_thin_exact_height_paragraphs(seed_document: Document) -> None:
    """The rule paragraphs are 2 pt exact lines, so they add no mark height (docs/office-techniques.md)."""
    rule = cell_paragraphs(seed_document.tables[0], 0, 1)[2]
    style = rule.style
    assert style is not None
    assert style.paragraph_format.line_spacing is not None
    assert style.paragraph_format.line_spacing.pt == 2
    assert style.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY


# --------------------------------------------------------------------------------------------
# Body, footer, page numbers


def test_body_paragraph_format(seed_document: Document) -> None:
    """Body: justified, first line 12.7 mm, 6 pt before, 0 after, single spacing, 14 pt."""
    paragraph = next(p for p in seed_document.paragraphs if p.text.startswith("Hằng tháng"))
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


def test_headings(seed_document: Document) -> None:
    """I./1. headings are bold 14 pt and keep with the next paragraph."""
    headings = {
        p.text: p
        for p in seed_document.paragraphs
        if p.style is not None and "Heading" in (p.style.name or "")
    }
    first = headings["I. KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg"]
    second = headings["2. Công tác tuyên truyền"]
    for heading in (first, second):
        assert effective(heading) == (14, True, False)
        style = heading.style
        assert style is not None
        assert style.paragraph_format.keep_with_next is True


def test_footer_is_kept_together_and_with_the_last_paragraph(seed_document: Document) -> None:
    """The signature row cannot split; the paragraph before it (ending ./.) keeps with it."""
    footer = seed_document.tables[-1]
    row_properties = footer._tbl.tr_lst[0].trPr
    assert row_properties is not None
    assert row_properties.find(qn("w:cantSplit")) is not None
    last = seed_document.paragraphs[-1]
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
    seed_document: Document,
    column: int,
    index: int,
    text: str,
    size: float,
    bold: bool,
    italic: bool,
) -> None:
    """Hand-checked table (docs/decree-layout.md, Nơi nhận and signature): Nơi nhận 12 bold italic, items 11, signer 14 bold."""
    paragraph = cell_paragraphs(seed_document.tables[-1], 0, column)[index]
    assert paragraph.text == text
    assert effective(paragraph) == (size, bold, italic)


def test_signature_space_above_the_name(seed_document: Document) -> None:
    """The name sits 25 mm below the title lines: room for the signature and the seal."""
    name = cell_paragraphs(seed_document.tables[-1], 0, 1)[-1]
    style = name.style
    assert style is not None
    assert style.paragraph_format.space_before is not None
    assert mm(style.paragraph_format.space_before) == pytest.approx(25.0, abs=0.05)


def test_page_numbers_from_page_two(seed_document: Document) -> None:
    """titlePg with no first-page header (page 1 blank); a centred PAGE field, 14 pt, after."""
    section = seed_document.sections[0]
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
