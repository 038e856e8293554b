"""Tables, decisions, tờ trình and appendices as the DOCX and ODT exporters write them, read back
with python-docx and odfpy: the decree's layout (Nghị định 30/2020/NĐ-CP, Phụ lục I, II.6 and
III.1; Phụ lục III, Mẫu 1.3 and 2.1) and what a long table needs to print well."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import pytest

from directive_report import Report, examples
from directive_report.exporters import ExportOptions
from directive_report.exporters.docx_export import DocxExporter
from directive_report.exporters.odt_export import OdtExporter
from directive_report.layout import LayoutProfile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_WIDTH = LayoutProfile().text_width
LANDSCAPE_WIDTH = (
    LayoutProfile().page_height - LayoutProfile().margin_left - LayoutProfile().margin_right
)


def _twips(mm: float) -> float:
    return mm * 1440 / 25.4


def docx_of(report: Report) -> Any:
    import docx

    stream = io.BytesIO()
    DocxExporter().render(report, stream, ExportOptions())
    return docx.Document(io.BytesIO(stream.getvalue()))


def odt_of(report: Report) -> Any:
    from odf.opendocument import load

    stream = io.BytesIO()
    OdtExporter().render(report, stream, ExportOptions())
    return load(io.BytesIO(stream.getvalue()))


@pytest.fixture(scope="module")
def bao_cao() -> Report:
    return examples.load("bao-cao-ket-qua-2024")


@pytest.fixture(scope="module")
def bao_cao_docx(bao_cao: Report) -> Any:
    return docx_of(bao_cao)


def data_tables(document: Any) -> list[Any]:
    """The bordered tables (the header and signature tables have no borders)."""
    return [
        table
        for table in document.tables
        if table._tbl.tblPr.find(f"{W}tblBorders/{W}top").get(f"{W}val") == "single"
    ]


def paragraph_texts(document: Any) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs]


def _style(paragraph: Any) -> Any:
    return paragraph.style


class TestDocxTables:
    def test_header_rows_repeat_and_no_row_splits(self, bao_cao_docx: Any) -> None:
        tables = data_tables(bao_cao_docx)
        assert len(tables) == 3
        first = tables[0]._tbl
        rows = first.findall(f"{W}tr")
        repeated = [row.find(f"{W}trPr/{W}tblHeader") is not None for row in rows]
        assert repeated == [True, True] + [False] * 11  # two header rows, 10 districts, total
        assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)

    def test_widths_fill_the_text_width_of_their_page(self, bao_cao_docx: Any) -> None:
        tables = data_tables(bao_cao_docx)
        for table, width in zip(tables, (TEXT_WIDTH, TEXT_WIDTH, LANDSCAPE_WIDTH), strict=True):
            grid = [int(col.get(f"{W}w")) for col in table._tbl.findall(f"{W}tblGrid/{W}gridCol")]
            assert sum(grid) == pytest.approx(_twips(width), abs=len(grid))
            assert table._tbl.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"

    def test_merged_cells(self, bao_cao_docx: Any) -> None:
        first = data_tables(bao_cao_docx)[0]._tbl
        top, second = first.findall(f"{W}tr")[:2]
        cells = top.findall(f"{W}tc")
        assert [c.find(f"{W}tcPr/{W}vMerge") is not None for c in cells] == [True, True, False]
        assert cells[2].find(f"{W}tcPr/{W}gridSpan").get(f"{W}val") == "3"
        below = second.findall(f"{W}tc")
        assert [c.find(f"{W}tcPr/{W}vMerge").get(f"{W}val") for c in below[:2]] == [None, None]

    def test_numbers_right_text_left_header_bold_centred(self, bao_cao_docx: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        table = data_tables(bao_cao_docx)[0]
        header = table.rows[0].cells[2].paragraphs[0]
        district = table.rows[2].cells[1].paragraphs[0]
        figure = table.rows[2].cells[2].paragraphs[0]
        assert (header.text, district.text, figure.text) == (
            "Thuê bao băng rộng cố định",
            "Thành phố Bắc Giang",
            "62.000",
        )
        assert header.style.font.bold
        assert header.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert figure.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
        assert district.style.paragraph_format.alignment in (None, WD_ALIGN_PARAGRAPH.LEFT)
        assert table.rows[-1].cells[3].paragraphs[0].text == "317.780"
        assert table.rows[-1].cells[3].paragraphs[0].runs[0].bold or (
            table.rows[-1].cells[3].paragraphs[0].runs[0].style.font.bold
        )

    def test_caption_and_unit_line(self, bao_cao_docx: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraphs = {p.text: p for p in bao_cao_docx.paragraphs}
        caption = paragraphs["Biểu số 01: Kết quả phát triển thuê bao băng rộng cố định năm 2024"]
        assert caption.style.font.bold
        assert caption.style.paragraph_format.keep_with_next
        assert "Biểu số 02: Kinh phí thực hiện các nhiệm vụ chuyển đổi số năm 2024" in paragraphs
        unit = paragraphs["Đơn vị tính: thuê bao"]
        assert unit.style.font.italic
        assert unit.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT


class TestDocxAppendix:
    def test_a_landscape_section_numbered_from_one(self, bao_cao_docx: Any) -> None:
        from docx.enum.section import WD_ORIENT

        main, appendix = bao_cao_docx.sections
        assert main.orientation == WD_ORIENT.PORTRAIT
        assert appendix.orientation == WD_ORIENT.LANDSCAPE
        assert appendix.page_width > appendix.page_height
        assert main.different_first_page_header_footer
        assert appendix.different_first_page_header_footer
        start = appendix._sectPr.find(f"{W}pgNumType")
        assert start is not None
        assert start.get(f"{W}start") == "1"
        assert main._sectPr.find(f"{W}pgNumType") is None

    def test_title_lines(self, bao_cao_docx: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        texts = paragraph_texts(bao_cao_docx)
        start = texts.index("Phụ lục")
        label, title, reference = (bao_cao_docx.paragraphs[start + i] for i in range(3))
        assert title.text == "SỐ LIỆU HẠ TẦNG VIỄN THÔNG VÀ CHUYỂN ĐỔI SỐ CẤP HUYỆN NĂM 2024"
        assert reference.text == (
            "(Kèm theo Báo cáo số 312/BC-STTTT ngày 20 tháng 12 năm 2024 "
            "của Sở Thông tin và Truyền thông)"
        )
        for paragraph in (label, title):
            assert paragraph.style.font.bold
            assert paragraph.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert reference.style.font.italic
        assert label.style.font.size.pt == 14

    def test_several_appendices_take_roman_numerals(self, bao_cao: Report) -> None:
        import attrs

        appendix = bao_cao.appendices[0]
        report = attrs.evolve(
            bao_cao, appendices=(appendix, appendix), number=bao_cao.number.parse("/BC-STTTT")
        )
        texts = paragraph_texts(docx_of(report))
        assert "Phụ lục I" in texts
        assert "Phụ lục II" in texts
        assert "Phụ lục" not in texts
        assert (
            "(Kèm theo Báo cáo số      /BC-STTTT ngày 20 tháng 12 năm 2024 của Sở Thông tin và "
            "Truyền thông)"
        ) in texts
        assert len(docx_of(report).sections) == 3


@pytest.fixture(scope="module")
def decision_docx() -> Any:
    return docx_of(examples.load("quyet-dinh-ke-hoach-cds-2025"))


@pytest.fixture(scope="module")
def bao_cao_odt(bao_cao: Report) -> Any:
    return odt_of(bao_cao)


class TestDocxDecision:
    def test_authority_bases_and_enacting_words(self, decision_docx: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraphs = decision_docx.paragraphs
        texts = [p.text for p in paragraphs]
        authority = paragraphs[texts.index("GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BẮC GIANG")]
        assert authority.style.font.bold
        enacting = paragraphs[texts.index("QUYẾT ĐỊNH:")]
        assert enacting.style.font.bold
        assert enacting.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
        bases = [p for p in paragraphs if p.style.name == "NĐ30 Basis"]
        assert [p.text.split()[0] for p in bases] == ["Căn", "Căn", "Căn", "Theo"]
        assert all(p.text.endswith(";") for p in bases[:-1])
        assert bases[-1].text.endswith(".")
        assert all(p.style.font.italic for p in bases)
        assert texts.index("QUYẾT ĐỊNH:") > texts.index(bases[-1].text)

    def test_articles(self, decision_docx: Any) -> None:
        articles = [p for p in decision_docx.paragraphs if p.text.startswith("Điều ")]
        assert [p.text.split(".")[0] for p in articles] == ["Điều 1", "Điều 2", "Điều 3"]
        for paragraph in articles:
            first = paragraph.runs[0]
            assert first.text.startswith("Điều")
            assert first.style.font.bold
        assert articles[-1].text == (
            "Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở và các tổ chức, cá "
            "nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
        )

    def test_the_attached_plan(self, decision_docx: Any) -> None:
        texts = paragraph_texts(decision_docx)
        start = texts.index("KẾ HOẠCH")
        assert texts[start + 1] == "Chuyển đổi số năm 2025 của Sở Thông tin và Truyền thông"
        assert texts[start + 2] == (
            "(Ban hành kèm theo Quyết định số      /QĐ-STTTT ngày 10 tháng 01 năm 2025 của Giám "
            "đốc Sở Thông tin và Truyền thông)"
        )
        assert len(decision_docx.sections) == 2


def test_a_to_trinh_closes_with_its_request() -> None:
    document = docx_of(examples.load("to-trinh-phe-duyet-du-an-2025"))
    texts = paragraph_texts(document)
    assert "Kính gửi: Ủy ban nhân dân tỉnh Bắc Giang." in texts
    assert (
        "Sở Thông tin và Truyền thông kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./."
        in texts
    )


# --------------------------------------------------------------------------------------------
# ODT


def _elements(node: Any, name: str) -> Iterator[Any]:
    for child in node.childNodes:
        if child.nodeType == child.ELEMENT_NODE:
            if child.qname[1] == name:
                yield child
            yield from _elements(child, name)


def _mm(value: str | None) -> float:
    assert value is not None
    return float(value.removesuffix("mm"))


def _attribute(element: Any, namespace: str, name: str) -> str | None:
    for (ns, local), value in element.attributes.items():
        if local == name and ns.endswith(namespace):
            return str(value)
    return None


class TestOdt:
    def test_header_rows_merges_and_unsplit_rows(self, bao_cao_odt: Any) -> None:
        tables = [
            t
            for t in _elements(bao_cao_odt.text, "table")
            if "Data_Table" in (_attribute(t, "table:1.0", "name") or "")
        ]
        assert len(tables) == 3
        header_rows = list(_elements(tables[0], "table-header-rows"))
        assert len(header_rows) == 1
        assert len(list(_elements(header_rows[0], "table-row"))) == 2
        cells = list(_elements(header_rows[0], "table-cell"))
        spanned = [_attribute(c, "table:1.0", "number-columns-spanned") for c in cells]
        assert spanned[2] == "3"
        assert len(list(_elements(header_rows[0], "covered-table-cell"))) == 2 + 2
        styles = {
            _attribute(s, "style:1.0", "name"): s
            for s in _elements(bao_cao_odt.automaticstyles, "style")
        }
        row_style = styles["Data_Table_1.Row"]
        keep = next(_elements(row_style, "table-row-properties"))
        assert _attribute(keep, "xsl-fo-compatible:1.0", "keep-together") == "always"

    def test_column_widths_fill_the_page(self, bao_cao_odt: Any) -> None:
        styles = {
            _attribute(s, "style:1.0", "name"): s
            for s in _elements(bao_cao_odt.automaticstyles, "style")
        }
        for index, width in ((1, TEXT_WIDTH), (3, LANDSCAPE_WIDTH)):
            columns = [
                next(_elements(style, "table-column-properties"))
                for name, style in styles.items()
                if name and re.fullmatch(rf"Data_Table_{index}\.C[0-9]+", name)
            ]
            total = sum(_mm(_attribute(c, "style:1.0", "column-width")) for c in columns)
            assert total == pytest.approx(width, abs=0.01)

    def test_the_appendix_starts_a_landscape_page_numbered_from_one(self, bao_cao_odt: Any) -> None:
        masters = {
            _attribute(m, "style:1.0", "name"): m
            for m in _elements(bao_cao_odt.masterstyles, "master-page")
        }
        assert {"Landscape_20_First_20_Page", "Landscape"} <= set(masters)
        layouts = {
            _attribute(s, "style:1.0", "name"): s
            for s in _elements(bao_cao_odt.automaticstyles, "page-layout")
        }
        landscape = next(_elements(layouts["PL_First_Landscape"], "page-layout-properties"))
        assert _attribute(landscape, "style:1.0", "print-orientation") == "landscape"
        width = _mm(_attribute(landscape, "xsl-fo-compatible:1.0", "page-width"))
        assert width == pytest.approx(297)
        starts = [
            s
            for s in _elements(bao_cao_odt.automaticstyles, "style")
            if _attribute(s, "style:1.0", "master-page-name") == "Landscape_20_First_20_Page"
        ]
        assert len(starts) == 1
        properties = next(_elements(starts[0], "paragraph-properties"))
        assert _attribute(properties, "style:1.0", "page-number") == "1"
