"""Page facts read back from DOCX and ODT files: the library's own and a clerk's python-docx file.

Expected values are the decree's and the layout profile's numbers, or what the clerk's file was
built with here, never what the reader itself returned.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import directive_report as dr
from directive_report.readers import read_facts
from directive_report.readers.facts import (
    Align,
    Orientation,
    PageFacts,
    ParagraphFacts,
    RuleFacts,
    RuleKind,
    TableFacts,
)


def _rendered(fmt: str) -> PageFacts:
    report = dr.examples.load("bac-giang-ct21-2024")
    return read_facts(io.BytesIO(dr.render(report, fmt)), format=fmt)


@pytest.fixture(scope="module", params=["docx", "odt"])
def own(request: pytest.FixtureRequest) -> PageFacts:
    return _rendered(request.param)


def test_page_set_up_is_the_profiles(own: PageFacts) -> None:
    page = own.sections[0].page
    assert page is not None
    assert page.orientation is Orientation.PORTRAIT
    # A4 and the recommended margins 20/20/30/15 mm (a twip is 0.018 mm)
    for got, expected in [
        (page.width, 210),
        (page.height, 297),
        (page.margin_top, 20),
        (page.margin_bottom, 20),
        (page.margin_left, 30),
        (page.margin_right, 15),
    ]:
        assert got == pytest.approx(expected, abs=0.02)


def test_page_number_in_the_header_but_not_on_page_one(own: PageFacts) -> None:
    section = own.sections[0]
    assert section.page_number_in_header
    assert not section.page_number_in_footer
    assert not section.page_number_on_first_page


def test_header_table_cells_runs_and_rules(own: PageFacts) -> None:
    header = own.blocks[0]
    assert isinstance(header, TableFacts)
    assert header.borders is False
    left, right = header.rows[0]
    assert [p.text for p in left.paragraphs()] == [
        "UBND TỈNH BẮC GIANG",
        "SỞ THÔNG TIN VÀ",
        "TRUYỀN THÔNG",
    ]
    superior, issuer, _ = left.paragraphs()
    assert (superior.size, superior.bold, superior.font) == (13, False, "Times New Roman")
    assert (issuer.size, issuer.bold, issuer.align) == (13, True, Align.CENTER)
    title, motto = right.paragraphs()
    assert (title.size, title.bold) == (13, True)
    assert (motto.size, motto.bold) == (14, True)
    rule = right.blocks[2]
    assert isinstance(rule, RuleFacts)
    assert rule.kind is RuleKind.BORDER
    # the Tiêu ngữ rule is as long as the Tiêu ngữ: 60.46 mm in 14 pt bold (metrics module)
    assert rule.length == pytest.approx(60.46, abs=0.05)
    assert rule.centre_offset == pytest.approx(0, abs=0.05)
    date = header.rows[1][1].paragraphs().__next__()
    assert (date.text, date.italic, date.size) == ("Bắc Giang, ngày 20 tháng 5 năm 2024", True, 14)


def test_body_paragraphs_resolve_their_styles(own: PageFacts) -> None:
    paragraphs = [b for b in own.blocks if isinstance(b, ParagraphFacts)]
    doc_type = paragraphs[0]
    assert (doc_type.text, doc_type.size, doc_type.bold) == ("BÁO CÁO", 14, True)
    body = next(p for p in paragraphs if p.text.startswith("Chủ động phối hợp"))
    assert body.align is Align.JUSTIFY
    assert body.first_line_indent == pytest.approx(12.7, abs=0.02)
    assert body.style == "NĐ30 Body"
    assert body.width == pytest.approx(165, abs=0.05)


def test_signature_table_last(own: PageFacts) -> None:
    footer = own.blocks[-1]
    assert isinstance(footer, TableFacts)
    recipients, signature = footer.rows[0]
    label = next(recipients.paragraphs())
    assert (label.text, label.bold, label.italic, label.size) == ("Nơi nhận:", True, True, 12)
    assert [p.text for p in signature.paragraphs()] == [
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Ngô Đình Tiến",
    ]


# ------------------------------------------------------------------------------------------------
# A document made the way a clerk makes one in Word (python-docx, default template)


def _clerk_docx(path: Path) -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Mm, Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.different_first_page_header_footer = True
    header_paragraph = section.header.paragraphs[0]
    header_paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for xml in (
        f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {w}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {w}><w:t>2</w:t></w:r>",
        f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        header_paragraph._p.append(parse_xml(xml))
    table = document.add_table(rows=2, cols=2)
    cells = table.rows[0].cells
    left = cells[0].paragraphs[0]
    left.alignment = WD_ALIGN_PARAGRAPH.CENTER
    left.add_run("UBND HUYỆN TÂN YÊN").font.size = Pt(13)
    issuer = cells[0].add_paragraph()
    issuer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = issuer.add_run("PHÒNG VĂN HÓA VÀ THÔNG TIN")
    run.bold, run.font.size = True, Pt(13)
    underscores = cells[0].add_paragraph("_______")
    underscores.alignment = WD_ALIGN_PARAGRAPH.CENTER
    right = cells[1].paragraphs[0]
    right.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = right.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    run.bold, run.font.size = True, Pt(12)
    motto = cells[1].add_paragraph()
    motto.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = motto.add_run("Độc lập - Tự do - Hạnh phúc")
    run.bold, run.underline, run.font.size = True, True, Pt(13)
    table.rows[1].cells[0].paragraphs[0].add_run("Số: 12/BC-VHTT")
    table.rows[1].cells[1].paragraphs[0].add_run("Tân Yên, ngày 05 tháng 3 năm 2024").italic = True
    heading = document.add_paragraph("Tình hình chung", style="List Number")
    document.add_paragraph("Kết quả", style="List Number")
    heading.paragraph_format.space_before = Pt(6)
    target = path / "clerk.docx"
    document.save(str(target))
    return target


@pytest.fixture(scope="module")
def clerk(tmp_path_factory: pytest.TempPathFactory) -> PageFacts:
    return read_facts(_clerk_docx(tmp_path_factory.mktemp("clerk")))


def test_clerk_page_set_up_and_first_page_header(clerk: PageFacts) -> None:
    section = clerk.sections[0]
    assert section.page is not None
    assert section.page.margin_right == pytest.approx(20, abs=0.02)
    assert section.page.text_width == pytest.approx(160, abs=0.05)
    assert section.page_number_in_header
    assert section.first_page_header == ()
    assert not section.page_number_on_first_page


def test_clerk_runs_inherit_normal_style(clerk: PageFacts) -> None:
    table = clerk.blocks[0]
    assert isinstance(table, TableFacts)
    superior = next(table.rows[0][0].paragraphs())
    assert (superior.font, superior.size, superior.bold) == ("Times New Roman", 13, False)
    date = next(table.rows[1][1].paragraphs())
    assert (date.size, date.italic) == (14, True)  # size from the Normal style


def test_clerk_rules_drawn_with_underscores_and_underline(clerk: PageFacts) -> None:
    table = clerk.blocks[0]
    assert isinstance(table, TableFacts)
    assert table.borders is False  # the default "Normal Table" style draws none
    left_rule = table.rows[0][0].blocks[-1]
    assert isinstance(left_rule, RuleFacts)
    assert left_rule.kind is RuleKind.UNDERSCORES
    # seven underscores of 14 pt Times New Roman: 7 × 1024/2048 em × 14 pt = 49 pt = 17.29 mm
    assert left_rule.length == pytest.approx(17.29, abs=0.01)
    motto_rule = table.rows[0][1].blocks[-1]
    assert isinstance(motto_rule, RuleFacts)
    assert motto_rule.kind is RuleKind.UNDERLINE
    # "Độc lập - Tự do - Hạnh phúc" in 13 pt bold is 13/14 of its 60.46 mm at 14 pt
    assert motto_rule.length == pytest.approx(60.46 * 13 / 14, abs=0.05)


def test_clerk_automatic_numbering_labels(clerk: PageFacts) -> None:
    numbered = [b for b in clerk.blocks if isinstance(b, ParagraphFacts) and b.label]
    assert [(p.label, p.text) for p in numbered] == [("1.", "Tình hình chung"), ("2.", "Kết quả")]
    assert numbered[0].space_before == 6
