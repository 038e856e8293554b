"""The built-in ``odt`` exporter: an OpenDocument text file in the layout of Nghị định 30/2020/NĐ-CP.

The document is the same one the ``docx`` exporter writes, translated from the same
:class:`~directive_report.layout.plan.DocumentPlan`: A4, the profile's margins, Times New Roman in
every script slot, the borderless two-column header with its rules of computed length, headings,
justified body, the Nơi nhận / signature table kept together with the last paragraph, and page
numbers top centre from page 2.

How the layout maps onto ODF:

* every :class:`~directive_report.layout.plan.Role` is a named paragraph style in ``styles.xml``
  (``ND30Body``, shown as "NĐ30 Body"), every emphasis a named text style, so a clerk restyles the
  document in LibreOffice; one-off variations (a rule's indents, keep-with-next on the last body
  paragraph, table geometry) are automatic styles in ``content.xml`` derived from them;
* two page layouts and master pages: ``First_20_Page`` (the profile's top margin, no header) is
  selected by the first block only, and leads on to ``Standard``, whose header holds a centred
  ``text:page-number`` ``header_distance`` from the top edge, so text starts at the same height
  on every page;
* a rule is an empty paragraph with a top border and equal side margins (office-recipes §13);
* the serialized report travels inside the package as ``directive-report/report.json``, listed in
  ``META-INF/manifest.xml`` like every other file (LibreOffice refuses a package with an unlisted
  file); :func:`read_embedded_report` reads it back.  An office suite that re-saves the document
  drops it.

The package is written by this module, not by odfpy's ``save``: ``mimetype`` first and stored,
a manifest of exactly the files written, and fixed timestamps, so that one report always gives the
same bytes.  odfpy is imported only when a document is rendered.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Final
from xml.sax.saxutils import quoteattr

from directive_report.errors import ReportLoadError
from directive_report.exporters import API_VERSION, ExportOptions
from directive_report.layout.plan import (
    Align,
    CharacterStyle,
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
#: Where the serialized report (JSON) is kept inside the package.
MODEL_PATH: Final = "directive-report/report.json"

#: Timestamp of every member of the package: fixed, so that a report always gives the same bytes.
_ZIP_TIME: Final = (1980, 1, 1, 0, 0, 0)
#: The namespaces declared by every XML part (those of the elements this module writes, and the
#: usual companions of an ODF text).
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
_FIRST_PAGE: Final = "First_20_Page"  # NCName of the master page "First Page"
_STANDARD_PAGE: Final = "Standard"
_ALIGN: Final = {
    Align.LEFT: "start",
    Align.CENTER: "center",
    Align.RIGHT: "end",
    Align.JUSTIFY: "justify",
}
# Text that needs ODF's whitespace elements: runs of spaces, a leading space, tabs, line breaks.
_SPECIAL_WHITESPACE: Final = re.compile(r"( {2,}|^ |\t|\n)")


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
        plan = plan_document(report, options.layout)
        model = None
        if options.embed_model:
            from directive_report.serialize import dumps

            model = dumps(report, "json").encode("utf-8")
        document = _OdtBuilder(plan).build(title=f"{report.doc_type.title} {report.summary}")
        stream.write(_package(document, model))


def read_embedded_report(source: str | os.PathLike[str] | IO[bytes]) -> Report:
    """The report carried inside an ODT written by :class:`OdtExporter` (a path or a binary stream).

    Raises :class:`~directive_report.errors.ReportLoadError` when *source* is not an ODT package
    or carries no report (exported with ``embed_model=False``, or re-saved by an office suite).
    """
    from directive_report.serialize import loads

    name = (
        os.fspath(source)
        if isinstance(source, str | os.PathLike)
        else getattr(source, "name", "<stream>")
    )
    name = str(name)
    try:
        with zipfile.ZipFile(source) as package:
            members = set(package.namelist())
            mimetype = (
                package.read("mimetype").decode("ascii", "replace")
                if "mimetype" in members
                else None
            )
            if mimetype != MEDIA_TYPE:
                found = "no mimetype file" if mimetype is None else f"mimetype {mimetype!r}"
                raise ReportLoadError(
                    name, [("", f"not an ODT text document ({found}, expected {MEDIA_TYPE!r})")]
                )
            if MODEL_PATH not in members:
                raise ReportLoadError(
                    name,
                    [
                        (
                            "",
                            f"the document carries no report ({MODEL_PATH} is missing): it was "
                            "exported with embed_model=False, not by directive-report, or re-saved "
                            "by an office suite, which drops it",
                        )
                    ],
                )
            data = package.read(MODEL_PATH)
    except (zipfile.BadZipFile, OSError) as error:
        raise ReportLoadError(name, [("", f"cannot read it as an ODT package: {error}")]) from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ReportLoadError(f"{name}:{MODEL_PATH}", [("", f"not UTF-8 text: {error}")]) from error
    return loads(text, "json", source=f"{name}:{MODEL_PATH}")


# --------------------------------------------------------------------------------------------
# The package


def _package(document: OpenDocument, model: bytes | None) -> bytes:
    """The ZIP bytes of *document*: ``mimetype`` first and stored, every other file listed in
    the manifest (the model too, when given)."""
    files: list[tuple[str, str, bytes]] = [
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
    """*xml* with its root element declaring :data:`_NAMESPACES`, in that order.

    odfpy declares every namespace any document of the process has used so far, in the order
    they were first used; a fixed set keeps the output independent of what ran before.
    """
    start = xml.index(b"<", xml.index(b"?>")) if xml.startswith(b"<?xml") else xml.index(b"<")
    end = xml.index(b">", start)
    root = _XMLNS.sub(b"", xml[start:end])
    name_end = root.find(b" ")
    name_end = len(root) if name_end < 0 else name_end
    return xml[:start] + root[:name_end] + _NAMESPACE_DECLARATIONS + root[name_end:] + xml[end:]


def _member(path: str, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, _ZIP_TIME)
    info.compress_type = compression
    info.external_attr = 0o644 << 16
    return info


def _manifest(files: Iterable[tuple[str, str, bytes]]) -> bytes:
    entries = [("/", MEDIA_TYPE), *((path, media_type) for path, media_type, _ in files)]
    lines = "".join(
        f"\n <manifest:file-entry manifest:full-path={quoteattr(path)} "
        f"manifest:media-type={quoteattr(media_type)}"
        + (' manifest:version="1.2"' if path == "/" else "")
        + "/>"
        for path, media_type in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        f'manifest:version="1.2">{lines}\n</manifest:manifest>\n'
    ).encode()


# --------------------------------------------------------------------------------------------
# The document


def _points(value: float) -> str:
    return f"{value:.4g}pt"


def _mm(value: float) -> str:
    return f"{value:.3f}mm"


def _text_properties(
    *, size: float | None = None, bold: bool = False, italic: bool = False
) -> dict[str, str]:
    """ODF text properties for the Latin, Asian and complex scripts alike (office-recipes §11)."""
    properties: dict[str, str] = {}
    if size is not None:
        properties |= {
            "fontsize": _points(size),
            "fontsizeasian": _points(size),
            "fontsizecomplex": _points(size),
        }
    if bold:
        properties |= {"fontweight": "bold", "fontweightasian": "bold", "fontweightcomplex": "bold"}
    if italic:
        properties |= {
            "fontstyle": "italic",
            "fontstyleasian": "italic",
            "fontstylecomplex": "italic",
        }
    return properties


def _paragraph_properties(style: ParagraphStyle) -> dict[str, str]:
    properties = {
        "textalign": _ALIGN[style.align],
        "marginleft": _mm(style.left_indent),
        "marginright": "0mm",
        "textindent": _mm(style.first_line_indent),
        "margintop": _points(style.space_before),
        "marginbottom": _points(style.space_after),
        "lineheight": (
            _points(style.exact_line_height)
            if style.exact_line_height is not None
            else f"{style.line_spacing * 100:g}%"
        ),
    }
    if style.keep_with_next:
        properties["keepwithnext"] = "always"
    if style.border_top is not None:
        properties |= {"bordertop": f"{style.border_top:g}pt solid #000000", "padding": "0mm"}
    return properties


class _OdtBuilder:
    """Translates one :class:`DocumentPlan` into an odfpy document."""

    def __init__(self, plan: DocumentPlan) -> None:
        self.plan = plan
        self._automatic: dict[tuple[object, ...], Any] = {}

    def build(self, *, title: str) -> OpenDocument:
        from odf import dc
        from odf.opendocument import OpenDocumentText

        self.document = document = OpenDocumentText()
        document.meta.addElement(dc.Title(text=title))
        document.meta.addElement(dc.Language(text="vi-VN"))
        self._fonts_and_defaults()
        self.paragraph_styles = {
            role: self._paragraph_style(style) for role, style in self.plan.styles.items()
        }
        self.text_styles = {
            role: self._text_style(style) for role, style in self.plan.character_styles.items()
        }
        self._pages()
        self._flow(self.plan.blocks, document.text, first_page=True)
        return document

    # -- styles ------------------------------------------------------------------------------

    def _fonts_and_defaults(self) -> None:
        from odf.style import DefaultStyle, FontFace, ParagraphProperties, TextProperties

        family = self.plan.profile.font_family
        self.document.fontfacedecls.addElement(
            FontFace(
                name=family,
                fontfamily=f"'{family}'",
                fontfamilygeneric="roman",
                fontpitch="variable",
            )
        )
        default = DefaultStyle(family="paragraph")
        # Widow and orphan control of two lines, as Word applies (and LibreOffice to a DOCX).
        default.addElement(ParagraphProperties(widows="2", orphans="2"))
        default.addElement(
            TextProperties(
                fontname=family,
                fontnameasian=family,
                fontnamecomplex=family,
                language="vi",
                country="VN",
                color="#000000",
                letterkerning="false",
                **_text_properties(size=self.plan.profile.sizes.body),
            )
        )
        self.document.styles.addElement(default)

    def _paragraph_style(self, style: ParagraphStyle) -> Any:
        from odf.style import ParagraphProperties, Style, TextProperties

        named = Style(name=style.role.style_id, displayname=style.name, family="paragraph")
        named.addElement(ParagraphProperties(**_paragraph_properties(style)))
        named.addElement(
            TextProperties(
                **_text_properties(size=style.size, bold=style.bold, italic=style.italic)
            )
        )
        self.document.styles.addElement(named)
        return named

    def _text_style(self, style: CharacterStyle) -> Any:
        from odf.style import Style, TextProperties

        named = Style(name=style.role.style_id, displayname=style.name, family="text")
        named.addElement(TextProperties(**_text_properties(bold=style.bold, italic=style.italic)))
        self.document.styles.addElement(named)
        return named

    def _derived(self, role: Role, **properties: str) -> Any:
        """An automatic paragraph style: the named style of *role* with *properties* changed;
        ``masterpagename`` is a style attribute, the rest paragraph properties."""
        key = (role, *sorted(properties.items()))
        style = self._automatic.get(key)
        if style is None:
            from odf.style import ParagraphProperties, Style

            master = properties.pop("masterpagename", None)
            style = Style(
                name=f"P{len(self._automatic) + 1}",
                family="paragraph",
                parentstylename=self.paragraph_styles[role],
                **({"masterpagename": master} if master else {}),
            )
            if properties:
                style.addElement(ParagraphProperties(**properties))
            self.document.automaticstyles.addElement(style)
            self._automatic[key] = style
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
            "pagewidth": _mm(profile.page_width),
            "pageheight": _mm(profile.page_height),
            "printorientation": "portrait"
            if profile.page_height >= profile.page_width
            else "landscape",
            "marginbottom": _mm(profile.margin_bottom),
            "marginleft": _mm(profile.margin_left),
            "marginright": _mm(profile.margin_right),
        }
        first = PageLayout(name="PL_First")
        first.addElement(PageLayoutProperties(margintop=_mm(profile.margin_top), **page))
        # In ODF the header lies inside the page area, below the top margin: the margin is the
        # header distance and the header fills the rest, so the text starts where it does on page 1.
        following = PageLayout(name="PL_Standard")
        following.addElement(PageLayoutProperties(margintop=_mm(profile.header_distance), **page))
        header_style = HeaderStyle()
        header_style.addElement(
            HeaderFooterProperties(
                minheight=_mm(profile.margin_top - profile.header_distance),
                margin="0mm",
                padding="0mm",
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

        *first_page*: the first block selects the first-page master page.  Word puts the larger
        of one paragraph's space after and the next one's space before between them, ODF both:
        a paragraph following one with space after gets only what its own space before adds.
        """
        space_after = 0.0
        for block in blocks:
            extra = {"masterpagename": _FIRST_PAGE} if first_page else {}
            first_page = False
            if isinstance(block, Table):
                container.addElement(self._table(block, **extra))
                space_after = 0.0
                continue
            style = self.plan.styles[block.role]
            if space_after and style.space_before:
                extra["margintop"] = _points(max(0.0, style.space_before - space_after))
            if isinstance(block, Rule):
                container.addElement(self._rule(block, **extra))
            else:
                container.addElement(self._paragraph(block, **extra))
            space_after = style.space_after

    def _paragraph(self, paragraph: StyledParagraph, **extra: str) -> Element:
        from odf.text import P, Span

        if paragraph.keep_with_next and not self.plan.styles[paragraph.role].keep_with_next:
            extra["keepwithnext"] = "always"
        style = (
            self._derived(paragraph.role, **extra)
            if extra
            else self.paragraph_styles[paragraph.role]
        )
        element = P(stylename=style)
        after_space = False  # whether the text so far ends in a space (ODF collapses a second one)
        for run in paragraph.runs:
            role = character_role(run)
            target = element if role is None else Span(stylename=self.text_styles[role])
            _add_text(target, run.text, after_space=after_space)
            if target is not element:
                element.addElement(target)
            after_space = run.text.endswith(" ")
        return element

    def _rule(self, rule: Rule, **extra: str) -> Element:
        from odf.text import P

        side = _mm(rule.indent)
        return P(stylename=self._derived(rule.role, marginleft=side, marginright=side, **extra))

    def _table(self, table: Table, **extra: str) -> Element:
        from odf.style import (
            Style,
            TableCellProperties,
            TableColumnProperties,
            TableProperties,
            TableRowProperties,
        )
        from odf.table import Table as OdfTable
        from odf.table import TableCell, TableColumn, TableRow

        name = f"{table.name.capitalize()}_Table"
        widths = table.column_widths
        table_properties = {
            "width": _mm(sum(widths)),
            "align": "left",
            "margintop": _points(table.space_before),
        }
        table_style = Style(name=name, family="table", **extra)
        table_style.addElement(TableProperties(**table_properties))
        cell_style = Style(name=f"{name}.Cell", family="table-cell")
        cell_style.addElement(
            TableCellProperties(border="none", padding="0mm", verticalalign="top")
        )
        row_style = Style(name=f"{name}.Row", family="table-row")
        row_style.addElement(
            TableRowProperties(keeptogether="always" if table.keep_together else "auto")
        )
        for style in (table_style, cell_style, row_style):
            self.document.automaticstyles.addElement(style)
        element = OdfTable(name=name, stylename=table_style)
        for index, width in enumerate(widths):
            column_style = Style(name=f"{name}.C{index + 1}", family="table-column")
            column_style.addElement(TableColumnProperties(columnwidth=_mm(width)))
            self.document.automaticstyles.addElement(column_style)
            element.addElement(TableColumn(stylename=column_style))
        for row in table.rows:
            row_element = TableRow(stylename=row_style)
            for cell in row:
                cell_element = TableCell(stylename=cell_style, valuetype="string")
                self._flow(cell.content, cell_element)
                row_element.addElement(cell_element)
            element.addElement(row_element)
        return element


def _add_text(element: Element, text: str, *, after_space: bool) -> None:
    """Append *text* to *element*, writing what ODF would otherwise collapse or drop (runs of
    spaces, a space after a space, tabs, line breaks) as ``text:s``, ``text:tab``,
    ``text:line-break``."""
    if not _SPECIAL_WHITESPACE.search(text) and not (after_space and text.startswith(" ")):
        element.addText(text)
        return
    from odf.text import LineBreak, S, Tab

    position = 0
    if after_space:
        spaces = len(text) - len(text.lstrip(" "))
        if spaces:
            element.addElement(S(c=spaces))
            position = spaces
    for match in _SPECIAL_WHITESPACE.finditer(text, position):
        start = match.start()
        if start < position:
            continue
        if start > position:
            element.addText(text[position:start])
        found = match.group()
        if found == "\t":
            element.addElement(Tab())
        elif found == "\n":
            element.addElement(LineBreak())
        elif start == 0:
            element.addElement(S(c=len(found)))
        else:  # keep the first space as text, the rest as text:s
            element.addText(" ")
            element.addElement(S(c=len(found) - 1))
        position = match.end()
    if position < len(text):
        element.addText(text[position:])
