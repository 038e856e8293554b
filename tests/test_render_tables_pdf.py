"""The new examples and a 200-row table printed by a real LibreOffice: every cell's text, the
header rows on every page a long table spans, landscape appendix pages, the appendix's own page
numbers, and no font but Liberation Serif."""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from _office import convert_to_pdf, pdf_fonts, pdf_pages
from directive_report import Report, examples
from directive_report.exporters import ExportOptions
from directive_report.exporters.docx_export import DocxExporter
from directive_report.exporters.odt_export import OdtExporter
from directive_report.layout import document_content
from directive_report.layout.content_types import TableContent
from directive_report.model import Appendix, Cell, Orientation, Table

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

NEW_EXAMPLES = (
    "bao-cao-ket-qua-2024",
    "quyet-dinh-ke-hoach-cds-2025",
    "to-trinh-phe-duyet-du-an-2025",
)
LONG_ROWS = 200


def long_table_report() -> Report:
    """The báo cáo with a 200-row table in its body and again in a portrait appendix."""
    report = examples.load("bao-cao-ket-qua-2024")
    table = Table(
        caption="Danh sách điểm phục vụ bưu chính",
        numbered=True,
        header=[["STT", "Tên điểm phục vụ", "Xã, phường", "Số bưu gửi năm 2024"]],
        rows=[
            [n, f"Điểm bưu điện văn hóa số {n}", f"Xã số {n % 37 + 1}", 1000 + 7 * n]
            for n in range(1, LONG_ROWS + 1)
        ],
        total=[
            Cell(value="Tổng cộng", colspan=3),
            sum(1000 + 7 * n for n in range(1, LONG_ROWS + 1)),
        ],
    )
    appendix = Appendix(
        title="Danh sách chi tiết", blocks=[table], orientation=Orientation.PORTRAIT
    )
    section = attrs.evolve(report.sections[0], blocks=(*report.sections[0].blocks, table))
    return attrs.evolve(
        report,
        sections=(section, *report.sections[1:]),
        appendices=(*report.appendices, appendix),
    )


def _render(report: Report, path: Path) -> Path:
    exporter = DocxExporter() if path.suffix == ".docx" else OdtExporter()
    stream = io.BytesIO()
    exporter.render(report, stream, ExportOptions())
    path.write_bytes(stream.getvalue())
    return path


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tables")
    documents = {}
    for name in NEW_EXAMPLES:
        for suffix in (".docx", ".odt"):
            documents[f"{name}{suffix}"] = _render(
                examples.load(name), folder / f"{name}-{suffix[1:]}{suffix}"
            )
    for suffix in (".docx", ".odt"):
        documents[f"long{suffix}"] = _render(
            long_table_report(), folder / f"long-{suffix[1:]}{suffix}"
        )
    converted = convert_to_pdf(list(documents.values()), folder / "pdf")
    return {key: converted[path] for key, path in documents.items()}


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _tables(report: Report) -> Iterator[TableContent]:
    content = document_content(report)
    for part in (content.body, *(p.body for p in content.parts)):
        yield from (block for block in part if isinstance(block, TableContent))


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
@pytest.mark.parametrize("name", NEW_EXAMPLES)
def test_every_cell_is_printed(pdfs: dict[str, Path], name: str, suffix: str) -> None:
    """Each cell's text is in the PDF: every word of it, as often as the cells hold it (a cell's text wraps onto lines that
    pdftotext reads between other cells' lines), compared without white space (poppler splits
    some words at precomposed Vietnamese letters)."""
    printed = _squeezed("".join(pdf_pages(pdfs[f"{name}{suffix}"])))
    cells = [
        cell.line.text
        for table in _tables(examples.load(name))
        for row in (*table.header, *table.rows)
        for cell in row
        if cell.line.text
    ]
    assert cells
    needed = Counter(word for text in cells for word in text.split())
    missing = {word: count for word, count in needed.items() if printed.count(word) < count}
    assert not missing


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_the_header_row_is_on_every_page_of_a_long_table(
    pdfs: dict[str, Path], suffix: str
) -> None:
    pages = pdf_pages(pdfs[f"long{suffix}"])
    spanned = [page for page in pages if re.search(r"Điểm bưu điện văn hóa số \d+", page)]
    assert len(spanned) >= 8  # 200 rows in the body and 200 in the appendix: several pages each
    for page in spanned:
        assert "Tên điểm phục vụ" in page
        assert "Số bưu gửi năm 2024" in page
    rows = [int(n) for page in pages for n in re.findall(r"Điểm bưu điện văn hóa số (\d+)", page)]
    assert rows == [*range(1, LONG_ROWS + 1)] * 2  # every row, in order, none split or lost


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_landscape_appendix_pages(pdfs: dict[str, Path], suffix: str) -> None:
    from pypdf import PdfReader

    pdf = pdfs[f"bao-cao-ket-qua-2024{suffix}"]
    pages = pdf_pages(pdf)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(pdf).pages]
    appendix = next(i for i, text in enumerate(pages) if text.lstrip().startswith("Phụ lục"))
    assert appendix > 0
    assert all(width < height for width, height in sizes[:appendix])
    assert all(width > height for width, height in sizes[appendix:])


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_appendix_pages_are_numbered_on_their_own(pdfs: dict[str, Path], suffix: str) -> None:
    """The long report: its body pages are numbered 2, 3, ... from page 2; each appendix starts
    again with an unnumbered first page, then 2, 3, ... (Phụ lục I, III.1)."""
    pages = pdf_pages(pdfs[f"long{suffix}"])
    starts = [i for i, text in enumerate(pages) if re.match(r"\s*Phụ lục (I|II)\n", text)]
    assert len(starts) == 2
    bounds = [0, *starts, len(pages)]
    for first, end in itertools.pairwise(bounds):
        assert not re.match(r"\s*\d+\n", pages[first])  # no number on a first page
        for offset in range(1, end - first):
            assert pages[first + offset].lstrip().split("\n")[0] == str(offset + 1)


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
@pytest.mark.parametrize("name", [*NEW_EXAMPLES, "long"])
def test_only_liberation_serif(pdfs: dict[str, Path], name: str, suffix: str) -> None:
    fonts = pdf_fonts(pdfs[f"{name}{suffix}"])
    assert fonts
    assert all(font.startswith("LiberationSerif") for font in fonts), fonts
