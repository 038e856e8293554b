"""What a real LibreOffice makes of the DOCX exporter's files: PDFs read with poppler, page images.

Every expected value is independent of the code under test: sizes and faces from the decree
(docs/decree-layout.md), text widths measured with fontTools on the Liberation Serif font files, text
from the model, positions and lengths measured in LibreOffice's PDF and page image.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile
from pathlib import Path

import attrs
import pytest
from docx.document import Document

import _office
from _docx import (
    QUOC_HIEU,
    SEED_TEXT,
    TIEU_NGU,
    font_width_mm,
    render,
)
from directive_report import Paragraph, Report, Run, examples
from directive_report.exporters.docx_export import (
    read_embedded_report,
)

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


def test_core_properties(seed_document: Document, seed_report: Report) -> None:
    """Title (type and trích yếu), author (the issuer) and language are filled in."""
    properties = seed_document.core_properties
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
