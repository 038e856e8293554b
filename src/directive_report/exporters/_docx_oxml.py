"""WordprocessingML for a :class:`~directive_report.layout.DocumentPlan` (private).

Every part of the package is written as text straight from the plan: no template to load, no
per-paragraph object model, so the cost is a few string operations per paragraph and the output
is byte-for-byte reproducible.  What the markup does, and why (see ``docs/docx.md``):

* Times New Roman in all four ``w:rFonts`` slots (``ascii``, ``hAnsi``, ``eastAsia``, ``cs``) and
  no theme font anywhere: a theme attribute wins over a font name, and LibreOffice takes some
  characters from the ``eastAsia`` font even in Vietnamese text;
* A4 with ``w:titlePg`` (page 1 gets the empty first-page header) and a centred ``PAGE`` field in
  the default header; when the plan has a first-page footer (ô 13, the issuer's contact line),
  the first section's first-page footer prints it and every later section names an empty one;
* fixed tables whose ``w:gridCol`` and ``w:tcW`` agree (LibreOffice lays a table out from the
  grid, Word from the cell widths) and whose cells have no side margins;
* a rule is the top border of an empty paragraph of exact height (an empty paragraph is
  otherwise as tall as its mark's font);
* named styles applied by id; a ``w:cantSplit`` signature row after a keep-with-next paragraph;
* every element's children in the order the ECMA-376 schema requires, which Word enforces
  (``tests/test_docx_ooxml_order.py`` checks it).

The report travels as a custom XML data part (:mod:`~directive_report.exporters._package`),
which survives a LibreOffice re-save.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from directive_report.exporters._docx_grid import grid_table, section_properties
from directive_report.exporters._package import DOCX_REPORT_NAMESPACE, PackageMetadata
from directive_report.exporters._xml import escape, escape_attribute
from directive_report.layout import (
    Align,
    CharacterStyle,
    DocumentPlan,
    GridTable,
    PageStart,
    ParagraphStyle,
    Role,
    Rule,
    StyledParagraph,
    Table,
    character_role,
)
from directive_report.model import Run

__all__ = [
    "CONTENT_TYPES",
    "MEDIA_TYPE",
    "SETTINGS",
    "app_properties",
    "content_types",
    "core_properties",
    "document",
    "model_item_properties",
    "page_footer",
    "page_header",
    "relationships",
    "styles",
]

W: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECLARATION: Final = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_ALIGN: Final = {
    Align.LEFT: "left",
    Align.CENTER: "center",
    Align.RIGHT: "right",
    Align.JUSTIFY: "both",
}


# --------------------------------------------------------------------------------------------
# Units and text


def _twips(mm: float) -> int:
    """Millimetres to twentieths of a point."""
    return round(mm * 1440 / 25.4)


def _pt20(points: float) -> int:
    return round(points * 20)


def _run(run: Run) -> str:
    role = character_role(run)
    properties = f'<w:rPr><w:rStyle w:val="{role.style_id}"/></w:rPr>' if role else ""
    text = escape(run.text)
    if "\n" in text or "\t" in text:
        text = text.replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">')
        text = text.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _paragraph(block: StyledParagraph) -> str:
    """A ``w:p`` in its role's style, with its runs."""
    keep = "<w:keepNext/>" if block.keep_with_next else ""
    runs = "".join(_run(run) for run in block.runs)
    return f'<w:p><w:pPr><w:pStyle w:val="{block.role.style_id}"/>{keep}</w:pPr>{runs}</w:p>'


def _rule(block: Rule) -> str:
    """An empty ``w:p`` whose style draws the rule and whose side indents centre it."""
    side = _twips(block.indent)
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{block.role.style_id}"/>'
        f'<w:ind w:left="{side}" w:right="{side}"/></w:pPr></w:p>'
    )


def _table(block: Table) -> str:
    """A borderless fixed-layout ``w:tbl``; grid and cell widths agree (LibreOffice reads the grid)."""
    widths = [_twips(width) for width in block.column_widths]
    nil = "".join(
        f'<w:{edge} w:val="nil"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    margins = (
        f'<w:top w:w="{_pt20(block.space_before)}" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
    )
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    row_properties = "<w:trPr><w:cantSplit/></w:trPr>" if block.keep_together else ""
    rows = []
    for row in block.rows:
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            + "".join(
                _paragraph(p) if isinstance(p, StyledParagraph) else _rule(p) for p in cell.content
            )
            + "</w:tc>"
            for cell, width in zip(row, widths, strict=True)
        )
        rows.append(f"<w:tr>{row_properties}{cells}</w:tr>")
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>'
        f'<w:tblBorders>{nil}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar>{margins}</w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def _blocks(
    plan: DocumentPlan, header_id: str, footer_ids: tuple[str, str] | None
) -> Iterator[str]:
    """The body's elements; a page section ends with a paragraph carrying its ``w:sectPr``, and
    the last section's is returned by :func:`document` after them.  *footer_ids* name the
    first-page footers of the first section and of the later ones."""

    def ending() -> str:
        footer = None if footer_ids is None else footer_ids[restart]
        return section_properties(
            plan.profile, header_id, landscape=landscape, restart=restart, first_footer_id=footer
        )

    landscape = restart = False
    for block in plan.blocks:
        if isinstance(block, StyledParagraph):
            yield _paragraph(block)
        elif isinstance(block, Rule):
            yield _rule(block)
        elif isinstance(block, GridTable):
            yield grid_table(block, _paragraph)
        elif isinstance(block, PageStart):
            yield f"<w:p><w:pPr>{ending()}</w:pPr></w:p>"
            landscape, restart = block.landscape, True
        else:
            yield _table(block)
    yield ending()


# --------------------------------------------------------------------------------------------
# Parts


def document(plan: DocumentPlan, header_id: str, footer_ids: tuple[str, str] | None = None) -> str:
    """``word/document.xml``: the body and its sections (A4, margins, titlePg, header; a
    section of its own, numbered from 1, for each part after the signature).  *footer_ids*
    (the footer of page 1, :func:`page_footer`, and an empty one for the later sections) are
    given when the plan has a first-page footer."""
    return (
        f'{DECLARATION}<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
        f"{''.join(_blocks(plan, header_id, footer_ids))}</w:body></w:document>"
    )


def page_footer(content: Iterable[StyledParagraph | Rule]) -> str:
    """A ``w:ftr`` part holding *content* (the plan's first-page footer, ô 13); with no
    content, an empty footer (one empty paragraph, as the schema asks)."""
    blocks = "".join(
        _paragraph(block) if isinstance(block, StyledParagraph) else _rule(block)
        for block in content
    )
    return f'{DECLARATION}<w:ftr xmlns:w="{W}" xmlns:r="{R}">{blocks or "<w:p/>"}</w:ftr>'


def page_header(plan: DocumentPlan) -> str:
    """``word/header1.xml``: the page number, a ``PAGE`` field centred at the top (from page 2,
    since the section has a distinct, empty first-page header)."""
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    return (
        f'{DECLARATION}<w:hdr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr>'
        f'<w:pStyle w:val="{Role.PAGE_NUMBER.style_id}"/></w:pPr>{field}</w:p></w:hdr>'
    )


def _fonts(family: str) -> str:
    family = escape_attribute(family)
    return (
        f'<w:rFonts w:ascii="{family}" w:hAnsi="{family}" w:eastAsia="{family}" w:cs="{family}"/>'
    )


def _paragraph_style(style: ParagraphStyle) -> str:
    properties = []
    if style.keep_with_next:
        properties.append("<w:keepNext/>")
    if style.border_top is not None:
        size = round(style.border_top * 8)  # eighths of a point
        properties.append(
            f'<w:pBdr><w:top w:val="single" w:sz="{size}" w:space="0" w:color="000000"/></w:pBdr>'
        )
    if style.exact_line_height is not None:
        line = f'w:line="{_pt20(style.exact_line_height)}" w:lineRule="exact"'
    else:
        line = f'w:line="{round(240 * style.line_spacing)}" w:lineRule="auto"'
    properties.append(
        f'<w:spacing w:before="{_pt20(style.space_before)}" w:after="{_pt20(style.space_after)}" {line}/>'
    )
    first = _twips(style.first_line_indent)
    first_line = f'w:hanging="{-first}"' if first < 0 else f'w:firstLine="{first}"'
    properties.append(f'<w:ind w:left="{_twips(style.left_indent)}" w:right="0" {first_line}/>')
    properties.append(f'<w:jc w:val="{_ALIGN[style.align]}"/>')
    size = round(style.size * 2)
    run = (
        ("<w:b/><w:bCs/>" if style.bold else '<w:b w:val="0"/><w:bCs w:val="0"/>')
        + ("<w:i/><w:iCs/>" if style.italic else '<w:i w:val="0"/><w:iCs w:val="0"/>')
        + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    )
    return (
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style.role.style_id}">'
        f'<w:name w:val="{escape_attribute(style.name)}"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        f"<w:pPr>{''.join(properties)}</w:pPr><w:rPr>{run}</w:rPr></w:style>"
    )


def _character_style(style: CharacterStyle) -> str:
    run = ("<w:b/><w:bCs/>" if style.bold else "") + ("<w:i/><w:iCs/>" if style.italic else "")
    return (
        f'<w:style w:type="character" w:customStyle="1" w:styleId="{style.role.style_id}">'
        f'<w:name w:val="{escape_attribute(style.name)}"/><w:basedOn w:val="DefaultParagraphFont"/>'
        f"<w:qFormat/><w:rPr>{run}</w:rPr></w:style>"
    )


def styles(plan: DocumentPlan) -> str:
    """``word/styles.xml``: document defaults (the font in all four slots, body size, black,
    Vietnamese), the four built-in styles Word expects, and one named style per role."""
    profile = plan.profile
    body = round(profile.sizes.body * 2)
    zero_margins = "".join(
        f'<w:{edge} w:w="0" w:type="dxa"/>' for edge in ("top", "left", "bottom", "right")
    )
    defaults = (
        f"<w:docDefaults><w:rPrDefault><w:rPr>{_fonts(profile.font_family)}"
        f'<w:color w:val="000000"/><w:sz w:val="{body}"/><w:szCs w:val="{body}"/>'
        '<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    built_in = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
        f'<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>{zero_margins}</w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    )
    named = "".join(_paragraph_style(style) for style in plan.styles.values())
    named += "".join(_character_style(style) for style in plan.character_styles.values())
    return f'{DECLARATION}<w:styles xmlns:w="{W}">{defaults}{built_in}{named}</w:styles>'


SETTINGS: Final = (
    f'{DECLARATION}<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/>'
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
    'w:val="15"/></w:compat></w:settings>'
)


def relationships(targets: Iterable[tuple[str, str, str]]) -> str:
    """A ``.rels`` part from ``(id, type, target)`` triples; types are short names of
    ``officeDocument/2006/relationships`` or full URIs."""
    items = "".join(
        f'<Relationship Id="{rid}" Type="{kind if "/" in kind else f"{R}/{kind}"}" Target="{target}"/>'
        for rid, kind, target in targets
    )
    return (
        f'{DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{items}</Relationships>"
    )


_WORDML: Final = "application/vnd.openxmlformats-officedocument.wordprocessingml"
#: The media type of a Word document.
MEDIA_TYPE: Final = f"{_WORDML}.document"


def content_types(overrides: Iterable[tuple[str, str]]) -> str:
    """``[Content_Types].xml``: defaults for ``.rels`` and ``.xml`` and the given part overrides."""
    items = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides
    )
    return (
        f'{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{items}</Types>"
    )


CONTENT_TYPES: Final = {
    "document": f"{_WORDML}.document.main+xml",
    "styles": f"{_WORDML}.styles+xml",
    "settings": f"{_WORDML}.settings+xml",
    "header": f"{_WORDML}.header+xml",
    "footer": f"{_WORDML}.footer+xml",
    "core": "application/vnd.openxmlformats-package.core-properties+xml",
    "app": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    "custom_xml_properties": "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
}


def core_properties(metadata: PackageMetadata) -> str:
    """``docProps/core.xml``: title, creator, language and creation date."""
    return (
        f"{DECLARATION}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(metadata.title)}</dc:title>"
        f"<dc:creator>{escape(metadata.creator)}</dc:creator>"
        f"<dc:language>{metadata.language}</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{metadata.created}</dcterms:created>'
        "</cp:coreProperties>"
    )


def app_properties(metadata: PackageMetadata) -> str:
    """``docProps/app.xml``: the application that wrote the file."""
    return (
        f"{DECLARATION}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>{escape(metadata.generator)}</Application></Properties>"
    )


def model_item_properties(item_id: str) -> str:
    """``customXml/itemProps1.xml``: the data store item's id and the schema of the report part
    (:func:`~directive_report.exporters._package.docx_report_item`)."""
    return (
        f'{DECLARATION}<ds:datastoreItem ds:itemID="{{{item_id}}}" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{DOCX_REPORT_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>'
    )
