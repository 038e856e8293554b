"""Reading an ODT package back for the ODT exporter's tests: its XML parts with ElementTree
(the layout facts written into ``styles.xml`` and ``content.xml``) and the exporter's bytes."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from directive_report import Report
from directive_report.exporters import ExportOptions
from directive_report.exporters.odt_export import (
    OdtExporter,
)
from directive_report.layout import Role

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
        name: str | None = style_name(paragraph)
        while name is not None and name not in named:
            name = self.style("paragraph", name).get(q("style:parent-style-name"))
        assert name is not None, "every paragraph style derives from a named style"
        return name

    def paragraph_prop(self, paragraph: ET.Element, attribute: str) -> str | None:
        """A paragraph property of *paragraph* (``fo:text-align``...)."""
        return self.prop("paragraph", style_name(paragraph), "paragraph-properties", attribute)

    def text_prop(self, paragraph: ET.Element, attribute: str) -> str | None:
        """A text property of *paragraph*'s style (``fo:font-size``...)."""
        return self.prop("paragraph", style_name(paragraph), "text-properties", attribute)

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


def style_name(element: ET.Element) -> str:
    """The style name of a paragraph."""
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
