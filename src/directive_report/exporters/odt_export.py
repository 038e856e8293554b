"""The built-in ``odt`` exporter: an OpenDocument text file in the layout of Nghị định 30/2020/NĐ-CP.

The document is the one the ``docx`` exporter writes, translated from the same
:class:`~directive_report.layout.plan.DocumentPlan`: A4, the profile's margins, Times New Roman in
every script slot, the borderless two-column header with its rules of computed length, headings,
justified body, the Nơi nhận / signature table kept with the last paragraph, and page numbers top
centre from page 2.  LibreOffice renders both files line for line alike.

How the layout maps onto ODF:

* every :class:`~directive_report.layout.plan.Role` is a named paragraph style in ``styles.xml``
  (``ND30Body``, shown as "NĐ30 Body"), every emphasis a named text style, so a clerk restyles the
  document in LibreOffice; one-off variations (a rule's indents, keep-with-next on the last body
  paragraph, table geometry) are automatic styles in ``content.xml`` derived from them;
* two page layouts and master pages: "First Page" (the profile's top margin, no header) is
  selected by the first block only and leads on to "Standard", whose header holds a centred
  ``text:page-number`` ``header_distance`` from the top edge; in ODF the header lies inside the
  page margins, so the text starts at the same height on every page;
* a rule is an empty paragraph with a top border and equal side margins (office-recipes §13);
* two rules of Word that LibreOffice applies to a DOCX are written out, so that both formats
  break lines and pages alike: widow and orphan control of two lines, and between two paragraphs
  the larger of the first one's space after and the second one's space before (ODF adds them);
* the serialized report travels inside the package as ``directive-report/report.json``, listed in
  ``META-INF/manifest.xml`` like every other file (LibreOffice refuses a package with an unlisted
  file); :func:`read_embedded_report` reads it back.  An office suite that re-saves the document
  drops it.

The package is written by this module rather than odfpy's ``save``: ``mimetype`` first and
stored, a manifest of exactly the files written, fixed timestamps and namespace declarations, so
one report always gives the same bytes.  odfpy is imported only when a document is rendered.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Final
from xml.sax.saxutils import quoteattr

from directive_report.errors import EmbeddedReportError, ReportLoadError
from directive_report.exporters import API_VERSION, ExportOptions
from directive_report.layout.plan import (
    Align,
    DocumentPlan,
    LayoutBlock,
    ParagraphStyle,
    Role,
    Rule,
    StyledParagraph,
    Table,
    character_role,
    plan_document,
)
from directive_report.model import Report

if TYPE_CHECKING:
    from odf.element import Element
    from odf.opendocument import OpenDocument

__all__ = ["MEDIA_TYPE", "MODEL_PATH", "OdtExporter", "read_embedded_report"]

#: The media type of an OpenDocument text, also the content of the package's ``mimetype`` file.
MEDIA_TYPE: Final = "application/vnd.oasis.opendocument.text"
#: Where the serialized report (compact JSON) is kept inside the package.
MODEL_PATH: Final = "directive-report/report.json"

#: The namespaces every XML part declares: those of the elements written here, and the usual
#: companions of an ODF text.
_NAMESPACES: Final = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}
_NAMESPACE_DECLARATIONS: Final = "".join(
    f' xmlns:{prefix}="{uri}"' for prefix, uri in _NAMESPACES.items()
).encode("ascii")
_XMLNS: Final = re.compile(rb'\s+xmlns:[\w.-]+="[^"]*"')
#: Timestamp of every member of the package: fixed, so that a report always gives the same bytes.
_ZIP_TIME: Final = (1980, 1, 1, 0, 0, 0)

_FIRST_PAGE: Final = "First_20_Page"  # the NCName odfpy and LibreOffice give "First Page"
_STANDARD_PAGE: Final = "Standard"
_ALIGN: Final = {
    Align.LEFT: "start",
    Align.CENTER: "center",
    Align.RIGHT: "end",
    Align.JUSTIFY: "justify",
}


class OdtExporter:
    """Renders a report as an OpenDocument text (``.odt``) in the layout of NĐ 30/2020.

    >>> import io
    >>> from directive_report import examples
    >>> from directive_report.exporters import ExportOptions
    >>> buffer = io.BytesIO()
    >>> OdtExporter().render(examples.load("bac-giang-ct21-2024"), buffer, ExportOptions())
    >>> buffer.getvalue()[30:77].decode()
    'mimetypeapplication/vnd.oasis.opendocument.text'
    """

    name: ClassVar[str] = "odt"
    suffix: ClassVar[str] = ".odt"
    media_type: ClassVar[str] = MEDIA_TYPE
    api_version: ClassVar[int] = API_VERSION

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        """Write *report* to *stream* as an ODT package, laid out with ``options.layout``.

        The whole package is built in memory first: on an error nothing is written.
        """
        from directive_report.serialize import dumps

        plan = plan_document(report, options.layout)
        document = _OdtBuilder(plan).build(title=f"{report.doc_type.title} {report.summary}")
        model = dumps(report, "json", compact=True).encode("utf-8") if options.embed_model else None
        stream.write(_package(document, model))


def read_embedded_report(source: str | os.PathLike[str] | IO[bytes]) -> Report:
    """The report carried inside an ODT written by :class:`OdtExporter` (a path or a binary stream).

    Raises :class:`~directive_report.errors.EmbeddedReportError`, naming the file, when *source*
    is not an ODT package or carries no report (exported with ``embed_model=False``, or re-saved
    by an office suite), and :class:`~directive_report.errors.ReportLoadError` when the carried
    report is invalid.
    """
    from directive_report.serialize import loads

    if isinstance(source, str | os.PathLike):
        name = os.fspath(source)
    else:
        name = str(getattr(source, "name", "<stream>"))

    def fail(message: str) -> EmbeddedReportError:
        return EmbeddedReportError(name, message)

    try:
        with zipfile.ZipFile(source) as package:
            members = set(package.namelist())
            mimetype = package.read("mimetype") if "mimetype" in members else None
            if mimetype != MEDIA_TYPE.encode("ascii"):
                found = "no mimetype file" if mimetype is None else f"mimetype {mimetype!r}"
                raise fail(f"not an ODT text document ({found}, expected {MEDIA_TYPE!r})")
            if MODEL_PATH not in members:
                raise fail(
                    f"the document carries no report ({MODEL_PATH} is missing): it was exported "
                    "with embed_model=False, not by directive-report, or re-saved by an office "
                    "suite, which drops it"
                )
            data = package.read(MODEL_PATH)
    except (zipfile.BadZipFile, OSError) as error:
        raise fail(f"cannot read it as an ODT package: {error}") from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ReportLoadError(f"{name}:{MODEL_PATH}", [("", f"not UTF-8 text: {error}")]) from None
    return loads(text, "json", source=f"{name}:{MODEL_PATH}")


# --------------------------------------------------------------------------------------------
# The package


def _package(document: OpenDocument, model: bytes | None) -> bytes:
    """The ZIP bytes of *document*: ``mimetype`` first and stored, every other file listed in
    the manifest, *model* (when given) included."""
    files = [
        ("content.xml", "text/xml", _fixed_namespaces(document.contentxml())),
        ("styles.xml", "text/xml", _fixed_namespaces(document.stylesxml().encode("utf-8"))),
        ("meta.xml", "text/xml", _fixed_namespaces(document.metaxml().encode("utf-8"))),
    ]
    if model is not None:
        files.append((MODEL_PATH, "application/json", model))
    files.append(("META-INF/manifest.xml", "text/xml", _manifest(files)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(_member("mimetype", zipfile.ZIP_STORED), MEDIA_TYPE.encode("ascii"))
        for path, _, data in files:
            package.writestr(_member(path, zipfile.ZIP_DEFLATED), data)
    return buffer.getvalue()


def _fixed_namespaces(xml: bytes) -> bytes:
    """*xml* with its root element declaring exactly :data:`_NAMESPACES`.

    odfpy declares every namespace any document of the process has used so far, in the order of
    first use; a fixed set keeps the output independent of what ran before.
    """
    start = xml.index(b"<", xml.index(b"?>") if xml.startswith(b"<?") else 0)
    end = xml.index(b">", start)
    root = _XMLNS.sub(b"", xml[start:end])
    name_end = root.find(b" ") if b" " in root else len(root)
    return xml[:start] + root[:name_end] + _NAMESPACE_DECLARATIONS + root[name_end:] + xml[end:]


def _member(path: str, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, _ZIP_TIME)
    info.compress_type = compression
    info.external_attr = 0o644 << 16
    return info


def _manifest(files: Iterable[tuple[str, str, bytes]]) -> bytes:
    entries = "".join(
        f"\n <manifest:file-entry manifest:full-path={quoteattr(path)} "
        f"manifest:media-type={quoteattr(media_type)}/>"
        for path, media_type, _ in files
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">\n'
        f' <manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        f'manifest:media-type="{MEDIA_TYPE}"/>{entries}\n</manifest:manifest>\n'
    ).encode()


# --------------------------------------------------------------------------------------------
# Formatting properties, named as in ODF ("fo:margin-left")


def _qualified(properties: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """``{"fo:margin-left": v}`` as odfpy's ``qattributes`` (much cheaper than its keywords)."""
    qualified = {}
    for name, value in properties.items():
        prefix, _, local = name.partition(":")
        qualified[_NAMESPACES[prefix], local] = value
    return qualified


def _pt(value: float) -> str:
    return f"{value:.4g}pt"


def _mm(value: float) -> str:
    return f"{value:.3f}mm"


def _text_properties(
    *, size: float | None = None, bold: bool = False, italic: bool = False
) -> dict[str, str]:
    """Text properties for the Latin, Asian and complex scripts alike (office-recipes §11)."""
    properties = {}
    for suffix in ("", "-asian", "-complex"):
        prefix = "fo" if not suffix else "style"
        if size is not None:
            properties[f"{prefix}:font-size{suffix}"] = _pt(size)
        if bold:
            properties[f"{prefix}:font-weight{suffix}"] = "bold"
        if italic:
            properties[f"{prefix}:font-style{suffix}"] = "italic"
    return properties


def _paragraph_properties(style: ParagraphStyle) -> dict[str, str]:
    """The paragraph properties of *style* that differ from ODF's initial values (start
    alignment, no indents or spacing, single line height)."""
    properties = {}
    if style.align is not Align.LEFT:
        properties["fo:text-align"] = _ALIGN[style.align]
    for name, value in (
        ("fo:margin-left", style.left_indent),
        ("fo:text-indent", style.first_line_indent),
    ):
        if value:
            properties[name] = _mm(value)
    for name, value in (
        ("fo:margin-top", style.space_before),
        ("fo:margin-bottom", style.space_after),
    ):
        if value:
            properties[name] = _pt(value)
    if style.exact_line_height is not None:
        properties["fo:line-height"] = _pt(style.exact_line_height)
    elif style.line_spacing != 1:
        properties["fo:line-height"] = f"{style.line_spacing * 100:g}%"
    if style.keep_with_next:
        properties["fo:keep-with-next"] = "always"
    if style.border_top is not None:
        properties["fo:border-top"] = f"{style.border_top:g}pt solid #000000"
        properties["fo:padding"] = "0mm"
    return properties


# --------------------------------------------------------------------------------------------
# The document


class _OdtBuilder:
    """Translates one :class:`DocumentPlan` into an odfpy document."""

    def __init__(self, plan: DocumentPlan) -> None:
        from odf.opendocument import OpenDocumentText

        self.plan = plan
        self.document = OpenDocumentText()
        self._derived_styles: dict[tuple[Role, tuple[tuple[str, str], ...]], Any] = {}

    def build(self, *, title: str) -> OpenDocument:
        """The document, with *title* in its metadata."""
        from odf import dc

        self.document.meta.addElement(dc.Title(text=title))
        self.document.meta.addElement(dc.Language(text="vi-VN"))
        self._defaults()
        body_size = self.plan.profile.sizes.body  # the default style's: not repeated
        self.paragraph_styles = {
            role: self._named_style(
                role.style_id,
                style.name,
                "paragraph",
                _text_properties(
                    size=None if style.size == body_size else style.size,
                    bold=style.bold,
                    italic=style.italic,
                ),
                _paragraph_properties(style),
            )
            for role, style in self.plan.styles.items()
        }
        self.text_styles = {
            role: self._named_style(
                role.style_id,
                style.name,
                "text",
                _text_properties(bold=style.bold, italic=style.italic),
            )
            for role, style in self.plan.character_styles.items()
        }
        self._pages()
        self._flow(self.plan.blocks, self.document.text, first_page=True)
        return self.document

    # -- styles ------------------------------------------------------------------------------

    def _defaults(self) -> None:
        """Times New Roman for every script, Vietnamese, black, no kerning (the rule lengths
        assume none); widow and orphan control of two lines."""
        from odf.style import DefaultStyle, FontFace, ParagraphProperties, Style, TextProperties

        family = self.plan.profile.font_family
        self.document.fontfacedecls.addElement(
            FontFace(
                name=family,
                fontfamily=f"'{family}'",
                fontfamilygeneric="roman",
                fontpitch="variable",
            )
        )
        text = {
            "style:font-name": family,
            "style:font-name-asian": family,
            "style:font-name-complex": family,
            "fo:language": "vi",
            "fo:country": "VN",
            "fo:color": "#000000",
            "style:letter-kerning": "false",
            **_text_properties(size=self.plan.profile.sizes.body),
        }
        default = DefaultStyle(family="paragraph")
        default.addElement(
            ParagraphProperties(qattributes=_qualified({"fo:widows": "2", "fo:orphans": "2"}))
        )
        default.addElement(TextProperties(qattributes=_qualified(text)))
        self.document.styles.addElement(default)
        # LibreOffice's "Default Paragraph Style", the parent of every role's style (as Word's
        # Normal is in the DOCX): changing its font changes the whole document.
        self.standard = Style(name="Standard", family="paragraph")
        self.standard.setAttribute("class", "text")
        self.document.styles.addElement(self.standard)

    def _named_style(
        self,
        name: str,
        display_name: str,
        family: str,
        text: Mapping[str, str],
        paragraph: Mapping[str, str] | None = None,
    ) -> Any:
        """A named (common) style in styles.xml, which a clerk sees and can change; paragraph
        styles (those given *paragraph* properties) derive from "Standard"."""
        from odf.style import ParagraphProperties, Style, TextProperties

        style = Style(name=name, displayname=display_name, family=family)
        if paragraph is not None:
            style.setAttribute("parentstylename", self.standard)
            if paragraph:
                style.addElement(ParagraphProperties(qattributes=_qualified(paragraph)))
        if text:
            style.addElement(TextProperties(qattributes=_qualified(text)))
        self.document.styles.addElement(style)
        return style

    def _derived(self, role: Role, changes: Mapping[str, str], master_page: str | None) -> Any:
        """An automatic paragraph style: *role*'s named style with the paragraph properties
        *changes*, selecting *master_page* if given.  Equal requests share one style."""
        key = (role, (*sorted(changes.items()), ("master", master_page or "")))
        style = self._derived_styles.get(key)
        if style is None:
            from odf.style import ParagraphProperties, Style

            style = Style(
                name=f"P{len(self._derived_styles) + 1}",
                family="paragraph",
                parentstylename=self.paragraph_styles[role],
            )
            if master_page:
                style.setAttribute("masterpagename", master_page)
            if changes:
                style.addElement(ParagraphProperties(qattributes=_qualified(changes)))
            self.document.automaticstyles.addElement(style)
            self._derived_styles[key] = style
        return style

    def _pages(self) -> None:
        """The first page (no header) and the following pages (page number top centre)."""
        from odf.style import (
            Header,
            HeaderFooterProperties,
            HeaderStyle,
            MasterPage,
            PageLayout,
            PageLayoutProperties,
        )
        from odf.text import P, PageNumber

        profile = self.plan.profile
        page = {
            "fo:page-width": _mm(profile.page_width),
            "fo:page-height": _mm(profile.page_height),
            "style:print-orientation": (
                "portrait" if profile.page_height >= profile.page_width else "landscape"
            ),
            "fo:margin-bottom": _mm(profile.margin_bottom),
            "fo:margin-left": _mm(profile.margin_left),
            "fo:margin-right": _mm(profile.margin_right),
        }
        first = PageLayout(name="PL_First")
        first.addElement(
            PageLayoutProperties(
                qattributes=_qualified({**page, "fo:margin-top": _mm(profile.margin_top)})
            )
        )
        following = PageLayout(name="PL_Standard")
        following.addElement(
            PageLayoutProperties(
                qattributes=_qualified({**page, "fo:margin-top": _mm(profile.header_distance)})
            )
        )
        header_style = HeaderStyle()
        # As in Word, a header that does not fit above the top margin pushes the text down.
        header_height = _mm(max(0.0, profile.margin_top - profile.header_distance))
        header_style.addElement(
            HeaderFooterProperties(
                qattributes=_qualified(
                    {"fo:min-height": header_height, "fo:margin": "0mm", "fo:padding": "0mm"}
                )
            )
        )
        following.addElement(header_style)
        for layout in (first, following):
            self.document.automaticstyles.addElement(layout)

        standard = MasterPage(name=_STANDARD_PAGE, pagelayoutname=following)
        header = Header()
        number = P(stylename=self.paragraph_styles[Role.PAGE_NUMBER])
        number.addElement(PageNumber(selectpage="current", text="2"))
        header.addElement(number)
        standard.addElement(header)
        self.document.masterstyles.addElement(standard)
        self.document.masterstyles.addElement(
            MasterPage(
                name=_FIRST_PAGE,
                displayname="First Page",
                pagelayoutname=first,
                nextstylename=standard,
            )
        )

    # -- blocks ------------------------------------------------------------------------------

    def _flow(
        self,
        blocks: Iterable[LayoutBlock | StyledParagraph | Rule],
        container: Element,
        *,
        first_page: bool = False,
    ) -> None:
        """Append the elements of *blocks* to *container* (the body or a table cell).

        With *first_page*, the first block selects the first-page master page.  Word puts the
        larger of a paragraph's space after and the next one's space before between them, ODF
        both: a paragraph after one with space after gets only what its space before adds.
        """
        from odf.text import P

        styles = self.plan.styles
        space_after = 0.0
        for block in blocks:
            master_page = _FIRST_PAGE if first_page else None
            first_page = False
            if isinstance(block, Table):
                container.addElement(self._table(block, master_page))
                space_after = 0.0
                continue
            style = styles[block.role]
            changes = {}
            if space_after and style.space_before:
                changes["fo:margin-top"] = _pt(max(0.0, style.space_before - space_after))
            if isinstance(block, Rule):
                side = _mm(block.indent)
                changes |= {"fo:margin-left": side, "fo:margin-right": side}
            elif block.keep_with_next and not style.keep_with_next:
                changes["fo:keep-with-next"] = "always"
            if changes or master_page:
                odf_style = self._derived(block.role, changes, master_page)
            else:
                odf_style = self.paragraph_styles[block.role]
            paragraph = P(stylename=odf_style)
            if isinstance(block, StyledParagraph):
                self._runs(block, paragraph)
            container.addElement(paragraph)
            space_after = style.space_after

    def _runs(self, block: StyledParagraph, paragraph: Element) -> None:
        """The text of *block* into *paragraph*, emphasis as spans of the named text styles."""
        from odf.text import Span

        after_space = False  # whether the text so far ends in a space (ODF collapses a second one)
        for run in block.runs:
            role = character_role(run)
            if role is None:
                _add_text(paragraph, run.text, after_space=after_space)
            else:
                span = Span(stylename=self.text_styles[role])
                _add_text(span, run.text, after_space=after_space)
                paragraph.addElement(span)
            after_space = run.text.endswith(" ")

    def _table(self, table: Table, master_page: str | None) -> Element:
        """A borderless table with fixed column widths, aligned left (not stretched to the text
        width), zero padding; its rows unsplittable when the plan keeps it together."""
        from odf.style import (
            Style,
            TableCellProperties,
            TableColumnProperties,
            TableProperties,
            TableRowProperties,
        )
        from odf.table import Table as OdfTable
        from odf.table import TableCell, TableColumn, TableRow

        def automatic(name: str, family: str, properties: Any, **attributes: str) -> Any:
            style = Style(name=name, family=family, **attributes)
            style.addElement(properties)
            self.document.automaticstyles.addElement(style)
            return style

        name = f"{table.name.capitalize()}_Table"
        widths = table.column_widths
        table_style = automatic(
            name,
            "table",
            TableProperties(
                qattributes=_qualified(
                    {
                        "style:width": _mm(sum(widths)),
                        "table:align": "left",
                        "fo:margin-top": _pt(table.space_before),
                    }
                )
            ),
            **({"masterpagename": master_page} if master_page else {}),
        )
        cell_style = automatic(
            f"{name}.Cell",
            "table-cell",
            TableCellProperties(
                qattributes=_qualified(
                    {"fo:border": "none", "fo:padding": "0mm", "style:vertical-align": "top"}
                )
            ),
        )
        keep = "always" if table.keep_together else "auto"
        row_style = automatic(
            f"{name}.Row",
            "table-row",
            TableRowProperties(qattributes=_qualified({"fo:keep-together": keep})),
        )
        element = OdfTable(name=name, stylename=table_style)
        for index, width in enumerate(widths, start=1):
            column_style = automatic(
                f"{name}.C{index}",
                "table-column",
                TableColumnProperties(qattributes=_qualified({"style:column-width": _mm(width)})),
            )
            element.addElement(TableColumn(stylename=column_style))
        for row in table.rows:
            row_element = TableRow(stylename=row_style)
            for cell in row:
                cell_element = TableCell(stylename=cell_style, valuetype="string")
                self._flow(cell.content, cell_element)
                row_element.addElement(cell_element)
            element.addElement(row_element)
        return element


# Text that needs ODF's white-space elements: runs of spaces, tabs, line breaks.
_SPECIAL_WHITESPACE: Final = re.compile(r" {2,}|\t|\n")


def _add_text(element: Element, text: str, *, after_space: bool) -> None:
    """Append *text* to *element*, writing what ODF would otherwise collapse or drop (a run of
    spaces, a space after a space, tabs, line breaks) as ``text:s``, ``text:tab`` and
    ``text:line-break``.  (The model guarantees no character XML cannot carry.)"""
    leading = after_space and text.startswith(" ")
    if not leading and "  " not in text and text.isprintable():  # no tab, no line break
        element.addText(text)
        return
    from odf.text import LineBreak, S, Tab

    position = 0
    if leading:
        position = len(text) - len(text.lstrip(" "))
        element.addElement(S(c=position))
    for match in _SPECIAL_WHITESPACE.finditer(text, position):
        if match.start() > position:
            element.addText(text[position : match.start()])
        found = match.group()
        if found == "\t":
            element.addElement(Tab())
        elif found == "\n":
            element.addElement(LineBreak())
        else:  # the first space stays text, the others become text:s
            element.addText(" ")
            element.addElement(S(c=len(found) - 1))
        position = match.end()
    if position < len(text):
        element.addText(text[position:])
