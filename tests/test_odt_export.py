"""Tests of directive_report.exporters.odt_export.

The ODT is read back two ways: its XML parts with ElementTree (the layout facts written into
``styles.xml`` and ``content.xml``), and through a real LibreOffice that converts it to PDF, read
with poppler (words, fonts, pages, positions) and compared pixel by pixel with the DOCX rendering
of the same report.
"""

from __future__ import annotations

import io
import re
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
from directive_report import Paragraph, Report, Run, examples
from directive_report.errors import DirectiveReportError, EmbeddedReportError, ReportLoadError
from directive_report.exporters import Exporter, ExportOptions
from directive_report.exporters.odt_export import (
    MEDIA_TYPE,
    MODEL_PATH,
    OdtExporter,
    read_embedded_report,
)
from directive_report.layout import SIZE_SETS, LayoutProfile, Role, plan_document
from directive_report.testing import reports

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
TNR = "Times New Roman"
# What a property is when no style sets it (ODF 1.2 Part 1 §20, XSL-FO initial values).
ODF_INITIAL = {
    "fo:text-align": "start",
    "fo:margin-left": "0mm",
    "fo:margin-right": "0mm",
    "fo:margin-top": "0mm",
    "fo:margin-bottom": "0mm",
    "fo:text-indent": "0mm",
    "fo:line-height": "100%",
    "fo:font-weight": "normal",
    "fo:font-style": "normal",
}
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def q(name: str) -> str:
    """``"fo:margin-top"`` in ElementTree's ``{namespace}local`` form."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def render(report: Report, options: ExportOptions | None = None) -> bytes:
    """The ODT bytes of *report*."""
    buffer = io.BytesIO()
    OdtExporter().render(report, buffer, options or ExportOptions())
    return buffer.getvalue()


_POINTS_PER = {"pt": 1.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0}


def pt(length: str) -> float:
    """An ODF length (``"6pt"``, ``"12.700mm"``, ``"1.27cm"``) in points."""
    match = re.fullmatch(r"(-?[\d.]+)(pt|mm|cm|in)", length)
    assert match, f"not an ODF length: {length!r}"
    return float(match[1]) * _POINTS_PER[match[2]]


def mm(length: str) -> float:
    """An ODF length in millimetres."""
    return pt(length) * 25.4 / 72


# --------------------------------------------------------------------------------------------
# Reading the package back


@dataclass(frozen=True)
class Odt:
    """An ODT package opened for inspection."""

    data: bytes
    content: ET.Element
    styles: ET.Element
    manifest: ET.Element

    @classmethod
    def parse(cls, data: bytes) -> Odt:
        """Open the package *data*."""
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = {
                name: ET.fromstring(package.read(name))
                for name in ("content.xml", "styles.xml", "META-INF/manifest.xml")
            }
        return cls(data, parts["content.xml"], parts["styles.xml"], parts["META-INF/manifest.xml"])

    def style(self, family: str, name: str) -> ET.Element:
        """The style *name* of *family*, automatic (content.xml) or named (styles.xml)."""
        for root in (self.content, self.styles):
            for element in root.iter(q("style:style")):
                if (
                    element.get(q("style:name")) == name
                    and element.get(q("style:family")) == family
                ):
                    return element
        raise AssertionError(f"no {family} style named {name!r}")

    def named_style(self, role: Role) -> ET.Element:
        """The named paragraph style of *role*, which must live in styles.xml."""
        office_styles = self.styles.find("office:styles", NS)
        assert office_styles is not None
        for element in office_styles.iterfind("style:style", NS):
            if element.get(q("style:name")) == role.style_id:
                return element
        raise AssertionError(f"styles.xml has no named style {role.style_id}")

    def prop(self, family: str, name: str, properties: str, attribute: str) -> str | None:
        """A formatting property of style *name* as a consumer resolves it: through
        ``style:parent-style-name`` to the family's default style, then ODF's initial value."""
        current: str | None = name
        while current is not None:
            element = self.style(family, current)
            found = element.find(f"style:{properties}", NS)
            if found is not None and found.get(q(attribute)) is not None:
                return found.get(q(attribute))
            current = element.get(q("style:parent-style-name"))
        for default in self.styles.iter(q("style:default-style")):
            if default.get(q("style:family")) == family:
                found = default.find(f"style:{properties}", NS)
                if found is not None and found.get(q(attribute)) is not None:
                    return found.get(q(attribute))
        return ODF_INITIAL.get(attribute)

    def named_style_of(self, paragraph: ET.Element) -> str:
        """The named style (in styles.xml) that *paragraph*'s style is or derives from."""
        office_styles = self.styles.find("office:styles", NS)
        assert office_styles is not None
        named = {s.get(q("style:name")) for s in office_styles.iterfind("style:style", NS)}
        name: str | None = _style_name(paragraph)
        while name is not None and name not in named:
            name = self.style("paragraph", name).get(q("style:parent-style-name"))
        assert name is not None, "every paragraph style derives from a named style"
        return name

    def paragraph_prop(self, paragraph: ET.Element, attribute: str) -> str | None:
        """A paragraph property of *paragraph* (``fo:text-align``...)."""
        return self.prop("paragraph", _style_name(paragraph), "paragraph-properties", attribute)

    def text_prop(self, paragraph: ET.Element, attribute: str) -> str | None:
        """A text property of *paragraph*'s style (``fo:font-size``...)."""
        return self.prop("paragraph", _style_name(paragraph), "text-properties", attribute)

    @property
    def body(self) -> ET.Element:
        """``office:text``."""
        found = self.content.find("office:body/office:text", NS)
        assert found is not None
        return found

    def tables(self) -> list[ET.Element]:
        """The body's tables in order."""
        return self.body.findall("table:table", NS)

    def cells(self, table: ET.Element) -> list[list[ET.Element]]:
        """The cells of *table*, row by row."""
        return [
            row.findall("table:table-cell", NS) for row in table.iterfind("table:table-row", NS)
        ]

    def paragraphs(self) -> Iterator[ET.Element]:
        """Every ``text:p`` of the body in reading order, tables included."""
        return self.body.iter(q("text:p"))


def _style_name(element: ET.Element) -> str:
    name = element.get(q("text:style-name"))
    assert name is not None, "every paragraph has a style"
    return name


def odf_text(paragraph: ET.Element) -> str:
    """The text a consumer shows for *paragraph*, by the white-space rules of ODF 1.2 §6.1.2:
    white space in text collapses to one space, none at the start of the paragraph; ``text:s``,
    ``text:tab`` and ``text:line-break`` are kept."""
    out: list[str] = []

    def add(text: str | None) -> None:
        for char in text or "":
            if char in " \t\n\r":
                if out and out[-1] != " " and not out[-1].endswith("\n"):
                    out.append(" ")
            else:
                out.append(char)

    def walk(element: ET.Element) -> None:
        add(element.text)
        for child in element:
            if child.tag == q("text:s"):
                out.append(" " * int(child.get(q("text:c"), "1")))
            elif child.tag == q("text:tab"):
                out.append("\t")
            elif child.tag == q("text:line-break"):
                out.append("\n")
            else:
                walk(child)
            add(child.tail)

    walk(paragraph)
    return "".join(out).rstrip(" ")


def cell_texts(cell: ET.Element) -> list[str]:
    """The non-empty paragraphs of a table cell."""
    return [text for p in cell.iterfind("text:p", NS) if (text := odf_text(p))]


@pytest.fixture(scope="module")
def seed_odt(seed_report: Report) -> Odt:
    """The seed example rendered with the default options."""
    return Odt.parse(render(seed_report))


# --------------------------------------------------------------------------------------------
# The exporter and the package


def test_exporter_contract() -> None:
    """OdtExporter satisfies the plug-in contract under the name "odt"."""
    exporter = OdtExporter()
    assert isinstance(exporter, Exporter)
    assert (exporter.name, exporter.suffix, exporter.media_type) == (
        "odt",
        ".odt",
        "application/vnd.oasis.opendocument.text",
    )


def test_import_does_not_load_odfpy() -> None:
    """odfpy is imported when a document is rendered, not when the module is imported."""
    import subprocess
    import sys

    code = (
        "import sys, directive_report.exporters.odt_export; "
        "print(sorted(m for m in sys.modules if m == 'odf' or m.startswith('odf.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


class TestPackage:
    """The ZIP container: what every ODF consumer sniffs and LibreOffice insists on."""

    def test_mimetype_first_and_stored(self, seed_odt: Odt) -> None:
        """``mimetype`` is the first member, stored, without an extra field (ODF 1.2 Part 3 §3.3),
        so its bytes sit at offset 38 of the file."""
        with zipfile.ZipFile(io.BytesIO(seed_odt.data)) as package:
            first = package.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert first.extra == b""
        assert seed_odt.data[30:38] == b"mimetype"
        assert seed_odt.data[38:77] == b"application/vnd.oasis.opendocument.text"

    def test_manifest_lists_every_file(self, seed_odt: Odt) -> None:
        """Every member but ``mimetype`` and the manifest itself is listed, the report included,
        with its media type; the root entry carries the document's media type."""
        with zipfile.ZipFile(io.BytesIO(seed_odt.data)) as package:
            members = set(package.namelist()) - {"mimetype", "META-INF/manifest.xml"}
        entries = {
            entry.get(q("manifest:full-path")): entry.get(q("manifest:media-type"))
            for entry in seed_odt.manifest.iterfind("manifest:file-entry", NS)
        }
        assert entries.pop("/") == MEDIA_TYPE
        assert set(entries) == members
        assert members == {"content.xml", "styles.xml", "meta.xml", MODEL_PATH}
        assert entries[MODEL_PATH] == "application/json"
        assert seed_odt.manifest.get(q("manifest:version")) == "1.2"

    def test_same_report_same_bytes(self, seed_report: Report, seed_odt: Odt) -> None:
        """Rendering is deterministic: no clock in the package."""
        assert render(seed_report) == seed_odt.data

    def test_odfpy_reads_it_back(self, seed_odt: Odt) -> None:
        """odfpy loads the package and finds the body's text."""
        from odf import teletype
        from odf.opendocument import load
        from odf.text import P

        document = load(io.BytesIO(seed_odt.data))
        texts = [teletype.extractText(p) for p in document.getElementsByType(P)]
        assert NATIONAL_TITLE in texts
        assert "Ngô Đình Tiến" in texts

    def test_metadata(self, seed_odt: Odt) -> None:
        """meta.xml names the document and its language."""
        with zipfile.ZipFile(io.BytesIO(seed_odt.data)) as package:
            meta = ET.fromstring(package.read("meta.xml"))
        assert meta.findtext(".//dc:language", namespaces=NS) == "vi-VN"
        title = meta.findtext(".//dc:title", namespaces=NS)
        assert title is not None
        assert title.startswith("BÁO CÁO: Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg")

    def test_nothing_written_on_error(self, seed_report: Report) -> None:
        """A report that cannot be laid out raises a library error and leaves the stream empty."""
        narrow = LayoutProfile(header_left_width=75, header_right_width=90)
        stream = io.BytesIO()
        with pytest.raises(DirectiveReportError, match="header_right_width"):
            OdtExporter().render(seed_report, stream, ExportOptions(layout=narrow))
        assert stream.getvalue() == b""

    @pytest.mark.parametrize("character", ["\x00", "\x0b", "\x1f", "\ufffe"])
    def test_text_xml_cannot_carry_never_reaches_the_exporter(self, character: str) -> None:
        """A control character XML cannot carry is refused by the model, naming it, so no report
        can hold one (odfpy alone would silently print U+FFFD in its place)."""
        with pytest.raises(DirectiveReportError, match=rf"U\+{ord(character):04X}.*'Trước"):
            Paragraph(runs=f"Trước{character}sau")


class TestEmbeddedReport:
    """The serialized report carried inside the package."""

    def test_round_trip_from_path_and_stream(self, seed_report: Report, tmp_path: Path) -> None:
        """The report read back from a file or a stream equals the one rendered."""
        path = tmp_path / "seed.odt"
        path.write_bytes(render(seed_report))
        assert read_embedded_report(path) == seed_report
        assert read_embedded_report(str(path)) == seed_report
        with path.open("rb") as stream:
            assert read_embedded_report(stream) == seed_report

    def test_left_out_on_request(self, seed_report: Report, tmp_path: Path) -> None:
        """``embed_model=False``: no model in the package, and reading it says why, naming the file."""
        path = tmp_path / "bare.odt"
        path.write_bytes(render(seed_report, ExportOptions(embed_model=False)))
        with zipfile.ZipFile(path) as package:
            assert MODEL_PATH not in package.namelist()
        with pytest.raises(
            EmbeddedReportError, match=r"bare\.odt: the document carries no report"
        ) as info:
            read_embedded_report(path)
        assert info.value.source == str(path)

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"not a zip at all", "not a DOCX or ODT file: not a ZIP package"),
            (b"", "the file is empty"),
        ],
    )
    def test_not_a_package(self, tmp_path: Path, data: bytes, message: str) -> None:
        """Bytes that are not a ZIP give an EmbeddedReportError naming the file."""
        path = tmp_path / "broken.odt"
        path.write_bytes(data)
        with pytest.raises(EmbeddedReportError, match=rf"broken\.odt: {message}"):
            read_embedded_report(path)

    def test_other_document_type(self, tmp_path: Path) -> None:
        """A ZIP of another kind (here a spreadsheet's mimetype) is refused with what was found."""
        path = tmp_path / "sheet.ods"
        with zipfile.ZipFile(path, "w") as package:
            package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        with pytest.raises(EmbeddedReportError, match=r"not an ODT text document.*spreadsheet"):
            read_embedded_report(path)

    def test_damaged_model(self, seed_report: Report, tmp_path: Path) -> None:
        """A model that is not a valid report is reported with its place inside the package."""
        path = tmp_path / "damaged.odt"
        with (
            zipfile.ZipFile(io.BytesIO(render(seed_report))) as source,
            zipfile.ZipFile(path, "w") as target,
        ):
            for member in source.infolist():
                data = source.read(member)
                if member.filename == MODEL_PATH:
                    data = re.sub(rb'"date": ?"2024-05-20"', b'"date": "20/5/2024"', data, count=1)
                    model = data.decode("utf-8")
                target.writestr(member, data)
        with pytest.raises(
            ReportLoadError, match=rf"damaged\.odt:{MODEL_PATH}, line 1, column \d+: date"
        ) as info:
            read_embedded_report(path)
        assert info.value.location == "date"
        (problem,) = info.value.problems
        assert "\n" not in model
        assert model[problem.column - 1 :].startswith('"20/5/2024"')  # type: ignore[operator]

    def test_missing_file(self, tmp_path: Path) -> None:
        """A path that does not exist is an EmbeddedReportError too."""
        with pytest.raises(EmbeddedReportError, match=r"nowhere\.odt"):
            read_embedded_report(tmp_path / "nowhere.odt")


# --------------------------------------------------------------------------------------------
# Layout facts in styles.xml and content.xml


class TestPage:
    """Page set-up, master pages and page numbers (docs/decree-layout.md: page set-up, page numbers)."""

    @staticmethod
    def master(odt: Odt, name: str) -> ET.Element:
        """The master page *name*."""
        for master in odt.styles.iter(q("style:master-page")):
            if master.get(q("style:name")) == name:
                return master
        raise AssertionError(f"no master page {name}")

    def page_layout(self, odt: Odt, master: str) -> ET.Element:
        """The ``style:page-layout`` of master page *master*."""
        layout_name = self.master(odt, master).get(q("style:page-layout-name"))
        for layout in odt.styles.iter(q("style:page-layout")):
            if layout.get(q("style:name")) == layout_name:
                return layout
        raise AssertionError(f"no page layout {layout_name}")

    @staticmethod
    def lengths(element: ET.Element | None, *attributes: str) -> list[float]:
        """The lengths in mm of *attributes* of *element*."""
        assert element is not None
        return [mm(element.get(q(attribute), "")) for attribute in attributes]

    def test_a4_and_margins(self, seed_odt: Odt) -> None:
        """A4 portrait, margins 20/20/30/15 mm on the first page, which has no header."""
        layout = self.page_layout(seed_odt, "First_20_Page")
        page = layout.find("style:page-layout-properties", NS)
        assert self.lengths(page, "fo:page-width", "fo:page-height") == pytest.approx([210, 297])
        assert page is not None
        assert page.get(q("style:print-orientation")) == "portrait"
        margins = ("fo:margin-top", "fo:margin-bottom", "fo:margin-left", "fo:margin-right")
        assert self.lengths(page, *margins) == pytest.approx([20, 20, 30, 15])
        assert layout.find("style:header-style", NS) is None

    def test_following_pages_put_the_number_in_the_top_margin(self, seed_odt: Odt) -> None:
        """Pages after the first: 10 mm to the header, whose 10 mm end where the text starts
        (in ODF the header lies inside the page margins)."""
        layout = self.page_layout(seed_odt, "Standard")
        page = layout.find("style:page-layout-properties", NS)
        margins = ("fo:margin-top", "fo:margin-bottom", "fo:margin-left", "fo:margin-right")
        assert self.lengths(page, *margins) == pytest.approx([10, 20, 30, 15])
        header = layout.find("style:header-style/style:header-footer-properties", NS)
        assert self.lengths(header, "fo:min-height", "fo:margin", "fo:padding") == pytest.approx(
            [10, 0, 0]
        )

    def test_header_lower_than_the_top_margin(self, seed_report: Report) -> None:
        """A profile that puts the page number 25 mm down, below a 20 mm top margin, gets a
        header of its natural height that pushes the text down (as Word does), not a negative
        one."""
        profile = LayoutProfile(header_distance=25)
        odt = Odt.parse(render(seed_report, ExportOptions(layout=profile)))
        layout = self.page_layout(odt, "Standard")
        page = layout.find("style:page-layout-properties", NS)
        header = layout.find("style:header-style/style:header-footer-properties", NS)
        assert self.lengths(page, "fo:margin-top") == pytest.approx([25])
        assert self.lengths(header, "fo:min-height") == [0]

    def test_masters(self, seed_odt: Odt) -> None:
        """ "First Page" has no header and leads to "Standard", whose header is the current page
        number, centred, 14 pt."""
        first = self.master(seed_odt, "First_20_Page")
        assert first.get(q("style:display-name")) == "First Page"
        assert first.find("style:header", NS) is None
        assert first.get(q("style:next-style-name")) == "Standard"
        number_paragraph = self.master(seed_odt, "Standard").find("style:header/text:p", NS)
        assert number_paragraph is not None
        page_number = number_paragraph.find("text:page-number", NS)
        assert page_number is not None
        assert page_number.get(q("text:select-page")) == "current"
        assert seed_odt.paragraph_prop(number_paragraph, "fo:text-align") == "center"
        assert seed_odt.text_prop(number_paragraph, "fo:font-size") == "14pt"

    def test_only_the_first_block_selects_the_first_page(self, seed_odt: Odt) -> None:
        """The header table's style selects "First Page"; no other style selects a master page
        (that would start a new page at every use)."""
        first_block = seed_odt.body[0]
        assert first_block.tag == q("table:table")
        selecting = [
            style.get(q("style:name"))
            for root in (seed_odt.content, seed_odt.styles)
            for style in root.iter(q("style:style"))
            if style.get(q("style:master-page-name"))
        ]
        assert selecting == [first_block.get(q("table:style-name"))]
        style = seed_odt.style("table", selecting[0] or "")
        assert style.get(q("style:master-page-name")) == "First_20_Page"


class TestFonts:
    """Times New Roman in all three script slots, and nowhere another font."""

    def test_default_style(self, seed_odt: Odt) -> None:
        """The default paragraph style names Times New Roman for Latin, Asian and complex text,
        in Vietnamese, black, without kerning (the rule lengths assume none)."""
        defaults = [
            d
            for d in seed_odt.styles.iter(q("style:default-style"))
            if d.get(q("style:family")) == "paragraph"
        ]
        assert len(defaults) == 1
        text = defaults[0].find("style:text-properties", NS)
        assert text is not None
        assert {text.get(q(f"style:font-name{slot}")) for slot in ("", "-asian", "-complex")} == {
            TNR
        }
        assert (text.get(q("fo:language")), text.get(q("fo:country"))) == ("vi", "VN")
        assert text.get(q("fo:color")) == "#000000"
        assert text.get(q("style:letter-kerning")) == "false"

    def test_no_other_font(self, seed_odt: Odt) -> None:
        """Every font declaration and every font reference is Times New Roman."""
        for root in (seed_odt.styles, seed_odt.content):
            faces = list(root.iter(q("style:font-face")))
            assert [f.get(q("style:name")) for f in faces] == [TNR]
            assert faces[0].get(q("svg:font-family")) == f"'{TNR}'"
            for element in root.iter():
                for attribute, value in element.attrib.items():
                    if attribute.startswith(f"{{{NS['style']}}}font-name"):
                        assert value == TNR


# The decree's values for the default profile (13/14 set), read from docs/decree-layout.md, "The elements":
# role -> (size pt, bold, italic, alignment).
DECREE_STYLES = {
    Role.SUPERIOR: (13, False, False, "center"),
    Role.ISSUER: (13, True, False, "center"),
    Role.NUMBER: (13, False, False, "center"),
    Role.NATIONAL_TITLE: (13, True, False, "center"),
    Role.MOTTO: (14, True, False, "center"),
    Role.PLACE_DATE: (14, False, True, "center"),
    Role.DOCUMENT_TYPE: (14, True, False, "center"),
    Role.SUMMARY: (14, True, False, "center"),
    Role.HEADING_1: (14, True, False, "justify"),
    Role.HEADING_2: (14, True, False, "justify"),
    Role.BODY: (14, False, False, "justify"),
    Role.RECIPIENTS_LABEL: (12, True, True, "start"),
    Role.RECIPIENT: (11, False, False, "start"),
    Role.SIGNATURE_TITLE: (14, True, False, "center"),
    Role.SIGNER_NAME: (14, True, False, "center"),
    Role.PAGE_NUMBER: (14, False, False, "center"),
}


class TestStyles:
    """Named styles in styles.xml, one per role, with the decree's values."""

    def test_every_role_is_a_named_style(self, seed_odt: Odt) -> None:
        """A clerk finds "NĐ30 Body" and its siblings in LibreOffice's style list."""
        for role in Role:
            style = seed_odt.named_style(role)
            assert style.get(q("style:display-name")) == role.value
            assert style.get(q("style:family")) == "paragraph"
            assert style.get(q("style:parent-style-name")) == "Standard"

    def test_styles_derive_from_the_default_paragraph_style(self, seed_odt: Odt) -> None:
        """Every role derives from "Standard" (LibreOffice's Default Paragraph Style), which
        carries no formatting of its own: a font set there reaches the whole document."""
        standard = seed_odt.style("paragraph", "Standard")
        assert list(standard) == []
        assert standard.get(q("style:parent-style-name")) is None

    @pytest.mark.parametrize("role", list(DECREE_STYLES), ids=lambda role: role.name)
    def test_decree_values(self, seed_odt: Odt, role: Role) -> None:
        """Size, weight, posture and alignment of each element."""
        size, bold, italic, align = DECREE_STYLES[role]
        name = role.style_id
        text = {
            a: seed_odt.prop("paragraph", name, "text-properties", a)
            for a in ("fo:font-size", "fo:font-weight", "fo:font-style")
        }
        assert pt(text["fo:font-size"] or "") == pytest.approx(size)
        assert (text["fo:font-weight"] == "bold") is bold
        assert (text["fo:font-style"] == "italic") is italic
        assert seed_odt.prop("paragraph", name, "paragraph-properties", "fo:text-align") == align
        for script in ("asian", "complex"):
            assert (
                seed_odt.prop("paragraph", name, "text-properties", f"style:font-size-{script}")
                == text["fo:font-size"]
            )

    def test_body_paragraph(self, seed_odt: Odt) -> None:
        """Justified, first line indented 12.7 mm, 6 pt before, nothing after, single spacing."""

        def get(attribute: str) -> str:
            return (
                seed_odt.prop("paragraph", Role.BODY.style_id, "paragraph-properties", attribute)
                or ""
            )

        assert mm(get("fo:text-indent")) == pytest.approx(12.7)
        assert pt(get("fo:margin-top")) == pytest.approx(6)
        assert pt(get("fo:margin-bottom")) == pytest.approx(0)
        assert get("fo:line-height") == "100%"

    def test_twelve_thirteen_profile(self, seed_report: Report) -> None:
        """The 12/13 size set moves Quốc hiệu, Tiêu ngữ and the date line together."""
        odt = Odt.parse(
            render(seed_report, ExportOptions(layout=LayoutProfile(sizes=SIZE_SETS["12/13"])))
        )
        sizes = {
            role: pt(odt.prop("paragraph", role.style_id, "text-properties", "fo:font-size") or "")
            for role in (Role.NATIONAL_TITLE, Role.MOTTO, Role.PLACE_DATE)
        }
        assert sizes == {Role.NATIONAL_TITLE: 12, Role.MOTTO: 13, Role.PLACE_DATE: 13}  # exact

    def test_emphasis_styles(self, seed_odt: Odt) -> None:
        """Inline emphasis uses named text styles."""
        assert seed_odt.prop("text", "ND30Emphasis", "text-properties", "fo:font-style") == "italic"
        assert seed_odt.prop("text", "ND30Strong", "text-properties", "fo:font-weight") == "bold"
        both = [
            seed_odt.prop("text", "ND30StrongEmphasis", "text-properties", a)
            for a in ("fo:font-weight", "fo:font-style")
        ]
        assert both == ["bold", "italic"]


class TestHeaderTable:
    """The two-column header (ô 1–4) and its rules."""

    @pytest.fixture
    def header(self, seed_odt: Odt) -> ET.Element:
        """The first table of the body."""
        return seed_odt.tables()[0]

    def test_geometry(self, seed_odt: Odt, header: ET.Element) -> None:
        """65 + 100 mm columns, a 165 mm table aligned left (not stretched), no borders or padding."""
        table_style = seed_odt.style("table", header.get(q("table:style-name")) or "")
        properties = table_style.find("style:table-properties", NS)
        assert properties is not None
        assert mm(properties.get(q("style:width"), "")) == pytest.approx(165)
        assert properties.get(q("table:align")) == "left"
        widths = [
            mm(
                seed_odt.prop(
                    "table-column",
                    column.get(q("table:style-name")) or "",
                    "table-column-properties",
                    "style:column-width",
                )
                or ""
            )
            for column in header.iterfind("table:table-column", NS)
        ]
        assert widths == pytest.approx([65, 100])
        for row in seed_odt.cells(header):
            for cell in row:
                style = cell.get(q("table:style-name")) or ""
                assert (
                    seed_odt.prop("table-cell", style, "table-cell-properties", "fo:border")
                    == "none"
                )
                assert (
                    mm(
                        seed_odt.prop("table-cell", style, "table-cell-properties", "fo:padding")
                        or ""
                    )
                    == 0
                )

    def test_contents(self, seed_odt: Odt, header: ET.Element) -> None:
        """Issuer left, Quốc hiệu and Tiêu ngữ right; Số and the place-and-date line on row 2."""
        (names, national), (number, date) = seed_odt.cells(header)
        assert cell_texts(names)[0] == "UBND TỈNH BẮC GIANG"
        assert " ".join(cell_texts(names)[1:]) == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
        assert cell_texts(national) == [NATIONAL_TITLE, MOTTO]
        assert cell_texts(number) == ["Số:      /BC-STTTT"]
        assert cell_texts(date) == ["Bắc Giang, ngày 20 tháng 5 năm 2024"]
        roles = [_style_name(p) for p in national.iterfind("text:p", NS)]
        assert roles[:2] == ["ND30NationalTitle", "ND30Motto"]

    def rule(self, odt: Odt, cell: ET.Element) -> tuple[float, float, float]:
        """(left margin, right margin, border weight in pt) of the rule paragraph in *cell*."""
        (paragraph,) = [p for p in cell.iterfind("text:p", NS) if not odf_text(p)]
        border = odt.paragraph_prop(paragraph, "fo:border-top") or ""
        weight, solid, colour = border.split()
        assert (solid, colour) == ("solid", "#000000")
        return (
            mm(odt.paragraph_prop(paragraph, "fo:margin-left") or ""),
            mm(odt.paragraph_prop(paragraph, "fo:margin-right") or ""),
            pt(weight),
        )

    def test_motto_rule(self, seed_odt: Odt, header: ET.Element) -> None:
        """Under the Tiêu ngữ, a rule exactly as long as the 14 pt bold text (60.46 mm, measured
        with fontTools on Liberation Serif Bold: docs/office-techniques.md), centred in its column."""
        left, right, weight = self.rule(seed_odt, seed_odt.cells(header)[0][1])
        assert left == pytest.approx(right)
        assert 100 - left - right == pytest.approx(60.46, abs=0.05)
        assert 0.25 <= weight <= 1.5

    def test_issuer_rule(self, seed_odt: Odt, header: ET.Element) -> None:
        """Under the issuer, a centred rule of 1/3–1/2 of its widest line ("SỞ THÔNG TIN VÀ":
        43.7 mm by the same measurement, so 14.6–21.9 mm)."""
        left, right, _ = self.rule(seed_odt, seed_odt.cells(header)[0][0])
        assert left == pytest.approx(right)
        assert 14.6 <= 65 - left - right <= 21.9

    def test_rule_paragraphs_are_exactly_short(self, seed_odt: Odt, header: ET.Element) -> None:
        """A rule's empty paragraph has an exact, tiny line height (not the height of a 14 pt line)."""
        for cell in seed_odt.cells(header)[0]:
            (paragraph,) = [p for p in cell.iterfind("text:p", NS) if not odf_text(p)]
            assert pt(seed_odt.paragraph_prop(paragraph, "fo:line-height") or "") <= 3


class TestBody:
    """Title, headings, body, emphasis, the end marker and the signature block."""

    @staticmethod
    def paragraphs_by_style(odt: Odt, role: Role) -> list[ET.Element]:
        """Body paragraphs whose style is *role*'s or derives from it."""
        return [p for p in odt.paragraphs() if odt.named_style_of(p) == role.style_id]

    def test_title_and_summary(self, seed_odt: Odt) -> None:
        """BÁO CÁO, then the trích yếu with its line break kept, then its rule."""
        (title,) = self.paragraphs_by_style(seed_odt, Role.DOCUMENT_TYPE)
        (summary,) = self.paragraphs_by_style(seed_odt, Role.SUMMARY)
        assert odf_text(title) == "BÁO CÁO"
        assert summary.find("text:line-break", NS) is not None
        assert odf_text(summary).replace("\n", " ") == (
            "Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg về tăng cường phòng ngừa, xử lý "
            "hoạt động lừa đảo chiếm đoạt tài sản"
        )

    def test_headings(self, seed_odt: Odt) -> None:
        """Section labels I./1. in bold heading styles."""
        level_1 = [odf_text(p) for p in self.paragraphs_by_style(seed_odt, Role.HEADING_1)]
        assert level_1 == [
            "I. KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg",
            "II. NHẬN XÉT, ĐÁNH GIÁ",
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TIẾP THEO",
        ]
        level_2 = [odf_text(p) for p in self.paragraphs_by_style(seed_odt, Role.HEADING_2)]
        assert level_2[0] == "1. Công tác quán triệt, tổ chức triển khai thực hiện"

    def test_italic_titles_keep_their_emphasis(self, seed_odt: Odt) -> None:
        """The list of article titles in I.2 is italic in the report, in an ND30Emphasis span."""
        spans = [
            s
            for s in seed_odt.body.iter(q("text:span"))
            if s.get(q("text:style-name")) == "ND30Emphasis"
        ]
        assert any(
            odf_text(s).startswith("Lừa đảo “chạy án”, một đối tượng bị phạt 12 năm tù;")
            for s in spans
        )
        (paragraph,) = [
            p
            for p in seed_odt.paragraphs()
            if odf_text(p).startswith("Một số tin, bài, chương trình")
        ]
        assert paragraph.text == "Một số tin, bài, chương trình, chuyên mục tiêu biểu: Bắc Giang: "

    def test_last_paragraph_ends_the_body_and_keeps_with_the_signature(self, seed_odt: Odt) -> None:
        """The closing paragraph ends in "./." and keeps with the Nơi nhận / signature table,
        whose row may not split."""
        last = seed_odt.body.findall("text:p", NS)[-1]
        assert odf_text(last).endswith("./.")
        assert seed_odt.paragraph_prop(last, "fo:keep-with-next") == "always"
        footer = seed_odt.tables()[-1]
        assert seed_odt.body[-1] is footer
        row = footer.find("table:table-row", NS)
        assert row is not None
        keep = seed_odt.prop(
            "table-row",
            row.get(q("table:style-name")) or "",
            "table-row-properties",
            "fo:keep-together",
        )
        assert keep == "always"

    def test_footer(self, seed_odt: Odt) -> None:
        """Nơi nhận left (12 pt label, 11 pt items); capacity, title and name right."""
        ((recipients, signature),) = seed_odt.cells(seed_odt.tables()[-1])
        assert cell_texts(recipients) == [
            "Nơi nhận:",
            "- Phòng Cảnh sát hình sự - Công an tỉnh;",
            "- Giám đốc Sở, PGĐ Ngô Đình Tiến;",
            "- Phòng TTBCXB; TTra Sở;",
            "- Lưu: VT.",
        ]
        assert cell_texts(signature) == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Ngô Đình Tiến"]

    def test_every_planned_paragraph_in_order(self, seed_report: Report, seed_odt: Odt) -> None:
        """The ODT has the plan's paragraphs, text and role, in reading order."""
        planned = [(p.text, p.role.style_id) for p in plan_document(seed_report).paragraphs()]
        written = [
            (odf_text(p), seed_odt.named_style_of(p)) for p in seed_odt.paragraphs() if odf_text(p)
        ]
        assert written == planned


# --------------------------------------------------------------------------------------------
# Properties over many reports


@settings(max_examples=25)
@given(reports(parts=True))
def test_any_report_renders_a_valid_package(report: Report) -> None:
    """Every valid report renders; the package is well formed, its manifest complete, the
    embedded report equal to the original, and every planned paragraph present in order."""
    odt = Odt.parse(render(report))
    with zipfile.ZipFile(io.BytesIO(odt.data)) as package:
        assert package.namelist()[0] == "mimetype"
        members = set(package.namelist()) - {"mimetype", "META-INF/manifest.xml"}
    listed = {
        e.get(q("manifest:full-path")) for e in odt.manifest.iterfind("manifest:file-entry", NS)
    }
    assert listed - {"/"} == members
    assert read_embedded_report(io.BytesIO(odt.data)) == report
    planned = [p.text for p in plan_document(report).paragraphs() if p.text]  # not empty cells
    assert [odf_text(p) for p in odt.paragraphs() if odf_text(p)] == planned


_SPACES = st.text(alphabet=" \t", min_size=1, max_size=4)
_WORDS = st.text(alphabet="aăâđêôơưAĐ*<&>_ ", min_size=1, max_size=6).filter(
    lambda word: word == word.strip()
)


@settings(max_examples=50)
@given(st.lists(st.tuples(_WORDS, _SPACES, st.booleans()), min_size=1, max_size=5), _WORDS)
def test_white_space_survives(
    seed_report: Report, pieces: list[tuple[str, str, bool]], last: str
) -> None:
    """Runs of spaces and tabs, inside runs and across emphasis boundaries, read back exactly
    as written (ODF collapses white space unless it is written as text:s and text:tab)."""
    runs = [Run(text=word + gap, italic=italic) for word, gap, italic in pieces] + [Run(text=last)]
    paragraph = Paragraph(runs=runs)
    report = attrs.evolve(seed_report, intro=(paragraph,), sections=())
    odt = Odt.parse(render(report, ExportOptions(embed_model=False)))
    first_body_paragraph = TestBody.paragraphs_by_style(odt, Role.BODY)[0]
    assert odf_text(first_body_paragraph) == paragraph.text


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
