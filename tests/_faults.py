"""Planting one layout fault at a time in a DOCX or an ODT (test helper).

A :class:`Package` opens the file's XML parts (lxml); the edits find a paragraph by the start of
its text and change what a person would change in Word or LibreOffice: a run's size, weight,
slant, font or colour; a paragraph's alignment, indent or spacing; its words; a rule (removed
or stretched); the page's size and margins; where the page numbers are.  The same edit exists for
both formats, so one list of faults breaks both.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Iterator
from typing import Any

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _text_of(element: Any, text_tags: tuple[str, ...]) -> str:
    return "".join(
        node.text or ""
        for node in element.iter()
        if isinstance(node.tag, str) and node.tag in text_tags
    )


class Package:
    """A DOCX or ODT opened for editing; :meth:`save` returns the new bytes."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.names = archive.namelist()
            self.parts = {name: archive.read(name) for name in self.names}
        self.odt = "content.xml" in self.parts
        self.trees: dict[str, Any] = {}
        self._serial = 0

    def tree(self, name: str) -> Any:
        if name not in self.trees:
            self.trees[name] = etree.fromstring(self.parts[name])
        return self.trees[name]

    def save(self) -> bytes:
        for name, root in self.trees.items():
            self.parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for name in self.names:
                method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
                archive.writestr(name, self.parts[name], compress_type=method)
        return out.getvalue()

    # -- paragraphs ---------------------------------------------------------------------------

    def paragraphs(self) -> Iterator[Any]:
        """Every paragraph of the body, in order (tables included)."""
        if self.odt:
            yield from self.tree("content.xml").iter(f"{{{TEXT}}}p", f"{{{TEXT}}}h")
        else:
            yield from self.tree("word/document.xml").iter(w("p"))

    def text(self, paragraph: Any) -> str:
        if self.odt:
            return "".join(paragraph.itertext())
        return _text_of(paragraph, (w("t"),))

    def find(self, start: str) -> Any:
        """The first paragraph whose text starts with *start* (spaces compared as one)."""
        start = " ".join(start.split())
        for paragraph in self.paragraphs():
            if " ".join(self.text(paragraph).split()).startswith(start):
                return paragraph
        raise LookupError(f"no paragraph starts with {start!r}")

    def after(self, paragraph: Any) -> Any:
        """The paragraph after *paragraph* (a rule is the empty paragraph after its text)."""
        found = False
        for other in self.paragraphs():
            if found:
                return other
            found = other is paragraph
        raise LookupError("no paragraph after it")

    def remove(self, paragraph: Any) -> None:
        paragraph.getparent().remove(paragraph)

    def set_text(self, paragraph: Any, text: str) -> None:
        if self.odt:
            for child in list(paragraph):
                paragraph.remove(child)
            paragraph.text = text
            return
        runs = paragraph.findall(w("r"))
        for run in runs[1:]:
            paragraph.remove(run)
        run = runs[0]
        for child in list(run):
            if child.tag != w("rPr"):
                run.remove(child)
        t = etree.SubElement(run, w("t"))
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    def replace(self, paragraph: Any, old: str, new: str) -> None:
        text = self.text(paragraph)
        assert old in text, (old, text)
        self.set_text(paragraph, text.replace(old, new, 1))

    # -- formatting -----------------------------------------------------------------------------

    def run_format(
        self,
        paragraph: Any,
        *,
        size: float | None = None,
        bold: bool | None = None,
        italic: bool | None = None,
        font: str | None = None,
        colour: str | None = None,
    ) -> None:
        """Direct formatting on every run of the paragraph."""
        if self.odt:
            props: dict[str, str] = {}
            if size is not None:
                props[f"{{{FO}}}font-size"] = f"{size:g}pt"
            if bold is not None:
                props[f"{{{FO}}}font-weight"] = "bold" if bold else "normal"
            if italic is not None:
                props[f"{{{FO}}}font-style"] = "italic" if italic else "normal"
            if font is not None:
                props[f"{{{STYLE}}}font-name"] = font
                self._odt_font_face(font)
            if colour is not None:
                props[f"{{{FO}}}color"] = f"#{colour}"
            self._odt_style(paragraph, text=props)
            for span in paragraph.iter(f"{{{TEXT}}}span"):  # spans would override the paragraph
                span.attrib.pop(f"{{{TEXT}}}style-name", None)
            return
        for run in paragraph.iter(w("r")):
            rpr = run.find(w("rPr"))
            if rpr is None:
                rpr = etree.Element(w("rPr"))
                run.insert(0, rpr)
            if size is not None:
                for tag in ("sz", "szCs"):
                    self._set(rpr, tag, str(round(size * 2)))
            if bold is not None:
                self._set(rpr, "b", "1" if bold else "0")
            if italic is not None:
                self._set(rpr, "i", "1" if italic else "0")
            if font is not None:
                fonts = self._child(rpr, "rFonts")
                for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
                    fonts.set(w(slot), font)
            if colour is not None:
                self._set(rpr, "color", colour)

    def paragraph_format(
        self,
        paragraph: Any,
        *,
        align: str | None = None,
        first_line_mm: float | None = None,
        space_before_pt: float | None = None,
        line_spacing: float | None = None,
        indent_mm: float | None = None,
    ) -> None:
        """Direct paragraph formatting: alignment ("left", "center", "justify"), first-line
        indent, space before, line spacing (a multiple), left and right indents."""
        if self.odt:
            props: dict[str, str] = {}
            if align is not None:
                props[f"{{{FO}}}text-align"] = {"left": "start"}.get(align, align)
            if first_line_mm is not None:
                props[f"{{{FO}}}text-indent"] = f"{first_line_mm}mm"
            if space_before_pt is not None:
                props[f"{{{FO}}}margin-top"] = f"{space_before_pt:g}pt"
            if line_spacing is not None:
                props[f"{{{FO}}}line-height"] = f"{100 * line_spacing:g}%"
            if indent_mm is not None:
                props[f"{{{FO}}}margin-left"] = f"{indent_mm}mm"
                props[f"{{{FO}}}margin-right"] = f"{indent_mm}mm"
            self._odt_style(paragraph, para=props)
            return
        ppr = paragraph.find(w("pPr"))
        if ppr is None:
            ppr = etree.Element(w("pPr"))
            paragraph.insert(0, ppr)
        if align is not None:
            self._set(ppr, "jc", {"justify": "both"}.get(align, align))
        if first_line_mm is not None:
            ind = self._child(ppr, "ind")
            ind.attrib.pop(w("hanging"), None)
            ind.set(w("firstLine"), str(round(first_line_mm / 25.4 * 1440)))
        if space_before_pt is not None:
            self._child(ppr, "spacing").set(w("before"), str(round(space_before_pt * 20)))
        if line_spacing is not None:
            spacing = self._child(ppr, "spacing")
            spacing.set(w("line"), str(round(line_spacing * 240)))
            spacing.set(w("lineRule"), "auto")
        if indent_mm is not None:
            ind = self._child(ppr, "ind")
            twips = str(round(indent_mm / 25.4 * 1440))
            ind.set(w("left"), twips)
            ind.set(w("right"), twips)

    def _child(self, parent: Any, tag: str) -> Any:
        found = parent.find(w(tag))
        if found is None:
            found = etree.SubElement(parent, w(tag))
        return found

    def _set(self, parent: Any, tag: str, value: str) -> None:
        self._child(parent, tag).set(w("val"), value)

    def _odt_style(
        self,
        element: Any,
        *,
        text: dict[str, str] | None = None,
        para: dict[str, str] | None = None,
    ) -> None:
        """Give *element* (a text:p) a new automatic style: a copy of its own with *text* and
        *para* properties added."""
        automatic = self.tree("content.xml").find(f"{{{OFFICE}}}automatic-styles")
        name_attr = f"{{{TEXT}}}style-name"
        current = element.get(name_attr)
        own = next((s for s in automatic if s.get(f"{{{STYLE}}}name") == current), None)
        self._serial += 1
        if own is not None:
            style = copy.deepcopy(own)
        else:
            style = etree.Element(f"{{{STYLE}}}style")
            style.set(f"{{{STYLE}}}family", "paragraph")
            style.set(f"{{{STYLE}}}parent-style-name", current)
        style.set(f"{{{STYLE}}}name", f"Fault{self._serial}")
        for tag, props in (("paragraph-properties", para), ("text-properties", text)):
            if not props:
                continue
            found = style.find(f"{{{STYLE}}}{tag}")
            if found is None:
                found = etree.SubElement(style, f"{{{STYLE}}}{tag}")
                if tag == "paragraph-properties":  # paragraph properties come first
                    style.remove(found)
                    style.insert(0, found)
            for key, value in props.items():
                found.set(key, value)
                if key == f"{{{FO}}}font-size":
                    found.set(f"{{{STYLE}}}font-size-complex", value)
                    found.set(f"{{{STYLE}}}font-size-asian", value)
        automatic.append(style)
        element.set(name_attr, f"Fault{self._serial}")

    def _odt_font_face(self, font: str) -> None:
        for name in ("content.xml", "styles.xml"):
            decls = self.tree(name).find(f"{{{OFFICE}}}font-face-decls")
            if decls is not None and not any(
                face.get(f"{{{STYLE}}}name") == font for face in decls
            ):
                face = etree.SubElement(decls, f"{{{STYLE}}}font-face")
                face.set(f"{{{STYLE}}}name", font)
                face.set(
                    "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}font-family", font
                )

    # -- the page -------------------------------------------------------------------------------

    def page(
        self,
        *,
        width_mm: float | None = None,
        height_mm: float | None = None,
        margins_mm: dict[str, float] | None = None,
    ) -> None:
        """Paper size and margins (``{"top": 15}``) of every page style or section."""
        margins = margins_mm or {}
        if self.odt:
            for props in self.tree("styles.xml").iter(f"{{{STYLE}}}page-layout-properties"):
                if width_mm is not None:
                    props.set(f"{{{FO}}}page-width", f"{width_mm}mm")
                if height_mm is not None:
                    props.set(f"{{{FO}}}page-height", f"{height_mm}mm")
                for side, value in margins.items():
                    old = float(props.get(f"{{{FO}}}margin-{side}").removesuffix("mm"))
                    shift = 20 - old if side == "top" else 0  # a header shortens the top margin
                    props.set(f"{{{FO}}}margin-{side}", f"{value - shift}mm")
            return
        for sect in self.tree("word/document.xml").iter(w("sectPr")):
            size = sect.find(w("pgSz"))
            if width_mm is not None:
                size.set(w("w"), str(round(width_mm / 25.4 * 1440)))
            if height_mm is not None:
                size.set(w("h"), str(round(height_mm / 25.4 * 1440)))
            mar = sect.find(w("pgMar"))
            for side, value in margins.items():
                mar.set(w(side), str(round(value / 25.4 * 1440)))

    def contact_line(self, *, size: float | None = None, remove_rule: bool = False) -> bool:
        """Break the contact line in page 1's footer (ô 13): its lines set in *size* points, or
        the rule above them removed.  ``False`` when the document has no such footer."""
        if self.odt:
            root = self.tree("styles.xml")
            footer = next(
                (
                    master.find(f"{{{STYLE}}}footer")
                    for master in root.iter(f"{{{STYLE}}}master-page")
                    if master.get(f"{{{STYLE}}}name") == "Contact_20_First_20_Page"
                ),
                None,
            )
            if footer is None:
                return False
            if remove_rule:
                footer.remove(footer[0])
            if size is not None:
                style = next(
                    s
                    for s in root.iter(f"{{{STYLE}}}style")
                    if s.get(f"{{{STYLE}}}name") == "ND30Contact"
                )
                properties = style.find(f"{{{STYLE}}}text-properties")
                for name in (
                    f"{{{FO}}}font-size",
                    f"{{{STYLE}}}font-size-asian",
                    f"{{{STYLE}}}font-size-complex",
                ):
                    properties.set(name, f"{size:g}pt")
            return True
        if "word/footer1.xml" not in self.parts:
            return False
        footer = self.tree("word/footer1.xml")
        if remove_rule:
            footer.remove(footer[0])
        if size is not None:
            for paragraph in footer.iter(w("p")):
                self.run_format(paragraph, size=size)
        return True

    def page_number_on_first_page(self) -> None:
        """Show the page number on page 1 too."""
        if self.odt:
            masters = list(self.tree("styles.xml").iter(f"{{{STYLE}}}master-page"))
            standard = next(m for m in masters if m.get(f"{{{STYLE}}}name") == "Standard")
            for first in masters:  # every first page ("Contact First Page" when ô 13 is shown)
                if first is not standard:
                    first.append(copy.deepcopy(standard.find(f"{{{STYLE}}}header")))
            return
        for sect in self.tree("word/document.xml").iter(w("sectPr")):
            title = sect.find(w("titlePg"))
            if title is not None:
                sect.remove(title)
            for ref in sect.findall(w("headerReference")):
                if ref.get(w("type")) == "first":
                    sect.remove(ref)

    def page_number_in_footer(self) -> None:
        """Move the page number from the header to the footer."""
        if self.odt:
            root = self.tree("styles.xml")
            for header in root.iter(f"{{{STYLE}}}header"):
                header.tag = f"{{{STYLE}}}footer"
            for header_style in root.iter(f"{{{STYLE}}}header-style"):
                header_style.tag = f"{{{STYLE}}}footer-style"
            return
        document = self.tree("word/document.xml")
        rels = self.tree("word/_rels/document.xml.rels")
        types = self.tree("[Content_Types].xml")
        for sect in document.iter(w("sectPr")):
            for ref in sect.findall(w("headerReference")):
                if ref.get(w("type")) != "default":
                    continue
                if "word/footer9.xml" not in self.parts:  # one footer for every section
                    rel = next(r for r in rels if r.get("Id") == ref.get(f"{{{R}}}id"))
                    header = etree.fromstring(self.parts["word/" + rel.get("Target")])
                    header.tag = w("ftr")
                    self.parts["word/footer9.xml"] = etree.tostring(header)
                    self.names.append("word/footer9.xml")
                    new = etree.SubElement(rels, rel.tag)
                    new.set("Id", "rIdFault9")
                    new.set("Type", rel.get("Type").replace("/header", "/footer"))
                    new.set("Target", "footer9.xml")
                    override = etree.SubElement(types, types[0].tag.replace("Default", "Override"))
                    override.set("PartName", "/word/footer9.xml")
                    override.set(
                        "ContentType",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
                    )
                ref.tag = w("footerReference")
                ref.set(f"{{{R}}}id", "rIdFault9")
