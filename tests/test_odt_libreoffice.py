"""What a real LibreOffice makes of the ODT exporter's files: converted to PDF and read with
poppler (words, fonts, pages, positions) and compared pixel by pixel with the DOCX rendering of
the same report."""

from __future__ import annotations

import io
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import attrs
import pytest

from _odt import (
    MOTTO,
    NATIONAL_TITLE,
    render,
)
from _office import (
    TextLine,
    convert_to_pdf,
    horizontal_rules,
    pdf_fonts,
    pdf_lines,
    pdf_page_count,
    pdf_page_size_mm,
    pdf_pages,
    pdf_text,
    render_page,
)
from directive_report import Report, examples
from directive_report.exporters import ExportOptions
from directive_report.layout import SIZE_SETS, LayoutProfile, plan_document

# --------------------------------------------------------------------------------------------
# LibreOffice


# The reports converted: the bundled examples, the seed five times longer, and the seed with the
# 12/13 size set (ODT only).
SEED = "bac-giang-ct21-2024"
LONG = "seed-5x"
SEED_1213 = "seed-12-13"
COMPARED = (*examples.names(), LONG)


@dataclass(frozen=True)
class Rendered:
    """PDFs made by one LibreOffice run: ``odt[name]`` and ``docx[name]`` for each report of
    :data:`COMPARED`, and ``odt[SEED_1213]``."""

    odt: dict[str, Path]
    docx: dict[str, Path]

    @property
    def seed(self) -> Path:
        """The seed example's ODT, as a PDF."""
        return self.odt[SEED]


@pytest.fixture(scope="module")
def rendered(seed_report: Report, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """One LibreOffice run over every document the LibreOffice tests need."""
    from directive_report.exporters.docx_export import DocxExporter

    folder = tmp_path_factory.mktemp("odt-lo")
    reports = {name: examples.load(name) for name in examples.names()}
    reports[LONG] = attrs.evolve(seed_report, sections=seed_report.sections * 5)
    documents = {f"{name}.odt": render(report) for name, report in reports.items()}
    documents[f"{SEED_1213}.odt"] = render(
        seed_report, ExportOptions(layout=LayoutProfile(sizes=SIZE_SETS["12/13"]))
    )
    for name, report in reports.items():
        buffer = io.BytesIO()
        DocxExporter().render(report, buffer, ExportOptions())
        documents[f"{name}-docx.docx"] = buffer.getvalue()
    for name, data in documents.items():
        (folder / name).write_bytes(data)
    pdfs = convert_to_pdf([folder / name for name in documents], folder / "pdf")
    by_name = {path.name: pdf for path, pdf in pdfs.items()}
    return Rendered(
        odt={name: by_name[f"{name}.odt"] for name in (*reports, SEED_1213)},
        docx={name: by_name[f"{name}-docx.docx"] for name in reports},
    )


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


@pytest.mark.libreoffice
class TestLibreOffice:
    """What LibreOffice makes of the file."""

    def test_every_word_is_printed(self, seed_report: Report, rendered: Rendered) -> None:
        """Every word of every planned paragraph is in the PDF's text, as often as planned, NFC."""
        text = pdf_text(rendered.seed)
        assert unicodedata.is_normalized("NFC", text)
        printed = Counter(_words(text))
        planned = Counter(
            w for p in plan_document(seed_report).paragraphs() for w in _words(p.text)
        )
        assert planned - printed == Counter()

    def test_only_the_times_new_roman_substitute(self, rendered: Rendered) -> None:
        """Only Liberation Serif faces are embedded: no fallback font for any Vietnamese letter."""
        for pdf in rendered.odt.values():
            fonts = pdf_fonts(pdf)
            assert fonts, "the PDF embeds fonts"
            assert fonts <= {
                "LiberationSerif",
                "LiberationSerif-Bold",
                "LiberationSerif-Italic",
                "LiberationSerif-BoldItalic",
            }

    def test_a4(self, rendered: Rendered) -> None:
        """The PDF's pages are A4."""
        assert pdf_page_size_mm(rendered.seed) == pytest.approx((210, 297), abs=0.1)

    @pytest.mark.parametrize("name", COMPARED)
    def test_same_page_count_as_the_docx(self, rendered: Rendered, name: str) -> None:
        """ODT and DOCX of the same report break into the same number of pages (4 for the
        seed, as the real report)."""
        assert pdf_page_count(rendered.odt[name]) == pdf_page_count(rendered.docx[name])
        assert pdf_page_count(rendered.seed) == 4

    def test_national_title_on_one_line(self, rendered: Rendered) -> None:
        """The Quốc hiệu never wraps, in either size set."""
        for pdf in rendered.odt.values():
            assert NATIONAL_TITLE in pdf_text(pdf).splitlines()

    def test_page_numbers_from_page_two(self, rendered: Rendered) -> None:
        """No number on page 1; "2", "3"... centred over the text area in the top margin, and
        the text starting 20 mm from the top on every page."""
        lines = pdf_lines(rendered.seed)
        pages = pdf_page_count(rendered.seed)
        first_page = [line for line in lines if line.page == 1]
        assert min(line.top for line in first_page) > 19
        for page in range(2, pages + 1):
            top_line, *rest = sorted(
                (line for line in lines if line.page == page), key=lambda line: line.top
            )
            assert top_line.text == str(page)
            assert top_line.top == pytest.approx(10, abs=1)
            assert top_line.centre == pytest.approx(30 + 165 / 2, abs=1)
            assert min(line.top for line in rest) == pytest.approx(20, abs=1)
        assert not any(line.text == "1" and line.top < 20 for line in first_page)

    def test_signature_block_together_with_the_last_paragraph(self, rendered: Rendered) -> None:
        """The paragraph ending in "./.", "Nơi nhận:" and the signer's name share a page."""
        for pdf in (rendered.seed, rendered.odt[LONG]):
            (page,) = [text for text in pdf_pages(pdf) if "Nơi nhận:" in text]
            assert "./." in page
            assert "Ngô Đình Tiến" in page

    def test_rules_as_long_as_computed(self, rendered: Rendered, tmp_path: Path) -> None:
        """In the page image the Tiêu ngữ rule is as long as the Tiêu ngữ as printed and centred
        under it; the issuer and summary rules are 1/3–1/2 of the line above them."""
        dpi = 300
        png = render_page(rendered.seed, tmp_path / "page1.png", dpi=dpi)
        rules = sorted(horizontal_rules(png, dpi), key=lambda rule: rule.top)
        lines = [line for line in pdf_lines(rendered.seed) if line.page == 1]

        def line(text: str) -> TextLine:
            (found,) = [candidate for candidate in lines if candidate.text == text]
            return found

        def rule_under(text_line: TextLine) -> float:
            below = [
                r
                for r in rules
                if 0 < r.top - text_line.bottom < 4 and abs(r.centre - text_line.centre) < 20
            ]
            assert len(below) == 1, f"expected one rule under {text_line.text!r}, found {below}"
            assert below[0].centre == pytest.approx(text_line.centre, abs=0.4)
            return below[0].length

        motto = line(MOTTO)
        assert rule_under(motto) == pytest.approx(motto.width, abs=0.3)
        issuer = line("SỞ THÔNG TIN VÀ")
        assert 1 / 3 - 0.01 <= rule_under(line("TRUYỀN THÔNG")) / issuer.width <= 1 / 2 + 0.01
        summary_lines = [line for line in lines if line.text.startswith("cường phòng ngừa")]
        (last_summary_line,) = summary_lines
        widest = max(
            last_summary_line.width,
            line("Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg về tăng").width,
        )
        assert 1 / 3 - 0.01 <= rule_under(last_summary_line) / widest <= 1 / 2 + 0.01

    @pytest.mark.parametrize("name", COMPARED)
    def test_every_line_where_the_docx_has_it(self, rendered: Rendered, name: str) -> None:
        """Rendered by LibreOffice, the ODT and the DOCX of the same report have the same lines of
        text on the same pages, each within 0.5 mm of the same place."""
        odt_lines, docx_lines = pdf_lines(rendered.odt[name]), pdf_lines(rendered.docx[name])
        assert [(line.page, line.text) for line in odt_lines] == [
            (line.page, line.text) for line in docx_lines
        ]
        for odt_line, docx_line in zip(odt_lines, docx_lines, strict=True):
            assert (odt_line.left, odt_line.top) == pytest.approx(
                (docx_line.left, docx_line.top), abs=0.5
            ), f"page {odt_line.page}: {odt_line.text}"

    def test_first_page_looks_like_the_docx(self, rendered: Rendered, tmp_path: Path) -> None:
        """Page 1 of the ODT and of the DOCX, both rendered by LibreOffice at 100 dpi, differ in
        fewer than 0.2 % of their pixels: a person sees the same page."""
        from PIL import Image, ImageChops

        dpi = 100
        odt_png = render_page(rendered.seed, tmp_path / "odt.png", dpi=dpi)
        docx_png = render_page(rendered.docx[SEED], tmp_path / "docx.png", dpi=dpi)
        with Image.open(odt_png) as odt_image, Image.open(docx_png) as docx_image:
            odt_grey, docx_grey = odt_image.convert("L"), docx_image.convert("L")
            assert odt_grey.size == docx_grey.size
            mask = ImageChops.difference(odt_grey, docx_grey).point(lambda v: 255 if v > 64 else 0)
            share = mask.histogram()[255] / (odt_grey.width * odt_grey.height)
            box = mask.getbbox()
        box_mm = box and tuple(round(v * 25.4 / dpi, 1) for v in box)
        assert share < 0.002, f"{share:.2%} of the pixels differ, within {box_mm} mm"
