"""The HTML exporter: semantic, self-contained, the same words as every format, and a page that
headless Chromium prints as the decree's A4 page."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from directive_report import Report, examples
from directive_report.layout import document_content
from directive_report.testing import check_exporter, reports
from hypothesis import given, settings
from pypdf import PdfReader

from directive_report_html import HtmlExporter, to_html

A4_WIDTH_PT = 595.0


class _Collect(HTMLParser):
    """The text of a page and every element's tag and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self._hidden = 0  # inside <title> or <style>: not printed on the page

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._hidden += tag in {"title", "style"}
        if tag in {"p", "h1", "h2", "h3", "h4", "h5", "li", "br", "div"}:
            self.text.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in {"title", "style"}

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.text.append(data)


def _parse(html: str) -> _Collect:
    parser = _Collect()
    parser.feed(html)
    parser.close()
    return parser


def _words(text: str) -> list[str]:
    return text.split()


def test_semantic_and_self_contained() -> None:
    """lang="vi", headings, lists, header and footer, no resource loaded from outside."""
    html = check_exporter(HtmlExporter()).decode("utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="vi">')
    tags = [tag for tag, _ in _parse(html).elements]
    for tag in ("header", "h1", "h2", "h3", "main", "ul", "li", "footer", "cite"):
        assert tag in tags, tag
    assert not re.search(r"\b(src|href)=|url\(|@import|<link|<script", html)


def test_citations_carry_their_data() -> None:
    """Chỉ thị số 21/CT-TTg ngày 25/5/2020 is a <cite> with its type, number, date and issuer."""
    elements = _parse(to_html(examples.load("bac-giang-ct21-2024"))).elements
    cites = [attrs for tag, attrs in elements if tag == "cite"]
    assert {
        "data-type": "Chỉ thị",
        "data-number": "21/CT-TTg",
        "data-date": "2020-05-25",
        "data-issuer": "Thủ tướng Chính phủ",
    } in cites


@pytest.mark.parametrize("name", examples.names())
def test_same_words_as_the_content_stage(name: str) -> None:
    """Every bundled example: the page's words are the content stage's words, in order."""
    report = examples.load(name)
    expected = _words(" ".join(line.text for line in document_content(report).lines()))
    assert _words("".join(_parse(to_html(report)).text)) == expected


def test_chapters_of_a_quy_che_are_centred_bold() -> None:
    """The "Chương I" lines and their titles are paragraphs of class "chapter", centred, bold."""
    html = to_html(examples.load("quyet-dinh-quy-che-2025"))
    assert '<p class="chapter">Chương I</p>' in html
    assert '<p class="chapter">QUY ĐỊNH CHUNG</p>' in html
    assert ".chapter { text-align: center; font-weight: bold; }" in html


@settings(max_examples=30, deadline=None)
@given(reports(max_depth=2))
def test_generated_reports(report: Report) -> None:
    """Any report: the contract holds and the words are the content stage's, in order."""
    html = check_exporter(HtmlExporter(), report).decode("utf-8")
    expected = _words(" ".join(line.text for line in document_content(report).lines()))
    assert _words("".join(_parse(html).text)) == expected


def _print_to_pdf(html: str, folder: Path) -> bytes:
    """Headless Chromium (Debian's chromium) prints *html* to PDF with a fresh profile."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "chromium is required (apt-get install chromium)"
    page = folder / "page.html"
    page.write_text(html, encoding="utf-8")
    pdf = folder / "page.pdf"
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={folder / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return pdf.read_bytes()


def _word_boxes(pdf: bytes, folder: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) of every word, from poppler's pdftotext -bbox."""
    path = folder / "boxes.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    boxes, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', line
        )
        if found:
            x0, y0, x1, y1 = (float(found.group(i)) for i in range(1, 5))
            boxes.append((page, x0, y0, x1, y1, found.group(5)))
    return boxes


def test_chromium_prints_the_decree_page() -> None:
    """The canonical report printed by Chromium: A4 pages, the header and signer in the text,
    only Liberation Serif, no number on page 1 and "2" centred in the top margin of page 2, and
    no word outside the text area (30 mm left, 15 mm right margin)."""
    with tempfile.TemporaryDirectory() as folder:
        pdf = _print_to_pdf(to_html(examples.load("bac-giang-ct21-2024")), Path(folder))
        boxes = _word_boxes(pdf, Path(folder))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 3
    for page in reader.pages:
        assert round(float(page.mediabox.width)) == 595
        assert round(float(page.mediabox.height)) == 842
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bắc Giang, ngày 20 tháng 5 năm 2024",
        "BÁO CÁO",
        "KT. GIÁM ĐỐC",
        "Ngô Đình Tiến",
    ):
        assert expected in text
    mm = 72 / 25.4
    left, right = 30 * mm, A4_WIDTH_PT - 15 * mm
    outside = [b for b in boxes if b[1] < left - 1 or b[3] > right + 1]
    assert outside == []
    top_margin = 20 * mm
    page_numbers = {b[0]: b for b in boxes if b[2] < top_margin}
    assert 1 not in page_numbers
    assert page_numbers[2][5] == "2"
    centre = (page_numbers[2][1] + page_numbers[2][3]) / 2
    assert abs(centre - (left + right) / 2) < 3 * mm
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"].get_object()["/Font"].get_object().values()  # type: ignore[index]
    }
    assert fonts
    assert all("LiberationSerif" in font for font in fonts), fonts


def _long_cong_van() -> Report:
    """The bundled công văn, its body long enough for two pages."""
    import attrs
    from directive_report import Paragraph

    letter = examples.load("cong-van-tin-dung-den-2020")
    filler = Paragraph(
        runs="Các cơ quan, đơn vị chủ động rà soát, đánh giá kết quả thực hiện, kịp thời báo cáo "
        "những khó khăn, vướng mắc phát sinh trong quá trình triển khai để được hướng dẫn."
    )
    return attrs.evolve(letter, intro=(*letter.intro, *[filler] * 14))


#: ô 13 of the bundled công văn, as its file gives it and the decree labels it (Phụ lục I, Mục V).
CONTACT_LINES = [
    "Số 1 đường Ví Dụ, thành phố Bắc Giang, tỉnh Bắc Giang",
    "ĐT: 0204 0000 001, Fax: 0204 0000 002",
    "E-Mail: vanthu@stttt.bacgiang.example, Website: stttt.bacgiang.example",
]


def test_contact_line_on_screen_after_the_signature() -> None:
    """On screen the lines follow the signature in a <footer class="contact">."""
    html = to_html(examples.load("cong-van-tin-dung-den-2020"))
    lines = [line for line in "".join(_parse(html).text).splitlines() if line.strip()]
    assert lines[-4:] == ["Nguyễn Văn An", *CONTACT_LINES]
    assert '<footer class="contact">' in html
    assert "@page :first" in html.split("</style>")[0]
    assert "contact" not in to_html(examples.load("bac-giang-ct21-2024")).split("</style>")[1]


def test_contact_text_cannot_escape_the_style_sheet() -> None:
    """An address with quotes, a backslash and "</style>" stays text in the CSS string."""
    import attrs
    from directive_report.model import Contact

    letter = examples.load("cong-van-tin-dung-den-2020")
    address = 'Số "1" \\ đường </style><script>alert(1)</script>'
    letter = attrs.evolve(
        letter, authority=attrs.evolve(letter.authority, contact=Contact(address=address))
    )
    html = to_html(letter)
    assert "script" not in [tag for tag, _ in _parse(html).elements]
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert r'content: "Số \22 1\22  \5C  đường \3C /style>\3C script>' in style


def test_chromium_prints_the_contact_line_at_the_foot_of_page_1() -> None:
    """Printed: the three lines once, on page 1, at its foot (the last 10 mm left free), the
    first page's text above them; page 2 has its number and no contact line."""
    with tempfile.TemporaryDirectory() as folder:
        pdf = _print_to_pdf(to_html(_long_cong_van()), Path(folder))
        boxes = _word_boxes(pdf, Path(folder))
        page_one = subprocess.run(
            ["pdftotext", "-layout", "-f", "1", "-l", "1", str(Path(folder) / "boxes.pdf"), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    assert [line.strip() for line in page_one.splitlines() if line.strip()][-3:] == CONTACT_LINES
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    for line in CONTACT_LINES:
        assert pages[0].count(line) == 1, line
        assert line not in pages[1]
    mm = 72 / 25.4
    first = [b for b in boxes if b[0] == 1]
    contact = [b for b in first if b[5] in ("ĐT:", "E-Mail:")]
    assert len(contact) == 2
    bottom = max(b[4] for b in first)
    assert 842 - 12 * mm < bottom <= 842 - 10 * mm + 1  # the last line 10 mm above the edge
    assert [b[5] for b in boxes if b[0] == 2 and b[2] < 20 * mm] == ["2"]
