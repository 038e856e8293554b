"""The ODF vocabulary the ODT writer shares between its parts (private): namespaces, lengths,
and formatting properties written as attributes named as in ODF (``fo:margin-left``).

Only the properties that differ from ODF's initial values are written (OpenDocument 1.2 Part 1
§20 and XSL-FO: start alignment, no indents or spacing, single line height), so a style says
what it changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

from directive_report.exporters._xml import escape, escape_attribute
from directive_report.layout import Align, ParagraphStyle

__all__ = [
    "ALIGN",
    "DECLARATION",
    "NAMESPACES",
    "attributes",
    "font_face_declarations",
    "mm",
    "odf_text",
    "paragraph_properties",
    "pt",
    "root",
    "text_properties",
]

DECLARATION: Final = '<?xml version="1.0" encoding="UTF-8"?>\n'
#: The namespaces every XML part of the document declares on its root element, always the same.
NAMESPACES: Final = {
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
_DECLARATIONS: Final = "".join(f' xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())
#: ``fo:text-align`` of each alignment.
ALIGN: Final = {
    Align.LEFT: "start",
    Align.CENTER: "center",
    Align.RIGHT: "end",
    Align.JUSTIFY: "justify",
}


def root(name: str) -> str:
    """The XML declaration and the start tag of the root element *name* of an ODF 1.2 part.

    >>> root("office:document-meta").endswith('office:version="1.2">')
    True
    """
    return f'{DECLARATION}<{name}{_DECLARATIONS} office:version="1.2">'


def attributes(values: Mapping[str, str] | Iterable[tuple[str, str]]) -> str:
    """``name="value"`` pairs, each with a leading space, the values escaped.

    >>> attributes({"fo:margin-left": "3.000mm", "style:name": 'A "B"'})
    ' fo:margin-left="3.000mm" style:name="A &quot;B&quot;"'
    """
    pairs = values.items() if isinstance(values, Mapping) else values
    return "".join(f' {name}="{escape_attribute(value)}"' for name, value in pairs)


def pt(value: float) -> str:
    """A length in points, four significant digits: ``"70.87pt"``."""
    return f"{value:.4g}pt"


def mm(value: float) -> str:
    """A length in millimetres, to the micrometre: ``"12.700mm"``."""
    return f"{value:.3f}mm"


def font_face_declarations(family: str) -> str:
    """``office:font-face-decls`` declaring *family*, a variable-pitch roman (serif) font."""
    face = attributes(
        {
            "style:name": family,
            "svg:font-family": f"'{family}'",
            "style:font-family-generic": "roman",
            "style:font-pitch": "variable",
        }
    )
    return f"<office:font-face-decls><style:font-face{face}/></office:font-face-decls>"


def text_properties(
    *, size: float | None = None, bold: bool = False, italic: bool = False
) -> dict[str, str]:
    """Text properties for the Latin, Asian and complex scripts alike, so that no script falls
    back to another size or weight.

    >>> text_properties(bold=True)
    {'fo:font-weight': 'bold', 'style:font-weight-asian': 'bold', 'style:font-weight-complex': 'bold'}
    """
    properties = {}
    for suffix in ("", "-asian", "-complex"):
        prefix = "fo" if not suffix else "style"
        if size is not None:
            properties[f"{prefix}:font-size{suffix}"] = pt(size)
        if bold:
            properties[f"{prefix}:font-weight{suffix}"] = "bold"
        if italic:
            properties[f"{prefix}:font-style{suffix}"] = "italic"
    return properties


def paragraph_properties(style: ParagraphStyle) -> dict[str, str]:
    """The paragraph properties of *style* that differ from ODF's initial values."""
    properties = {}
    if style.align is not Align.LEFT:
        properties["fo:text-align"] = ALIGN[style.align]
    for name, value in (
        ("fo:margin-left", style.left_indent),
        ("fo:text-indent", style.first_line_indent),
    ):
        if value:
            properties[name] = mm(value)
    for name, value in (
        ("fo:margin-top", style.space_before),
        ("fo:margin-bottom", style.space_after),
    ):
        if value:
            properties[name] = pt(value)
    if style.exact_line_height is not None:
        properties["fo:line-height"] = pt(style.exact_line_height)
    elif style.line_spacing != 1:
        properties["fo:line-height"] = f"{style.line_spacing * 100:g}%"
    if style.keep_with_next:
        properties["fo:keep-with-next"] = "always"
    if style.border_top is not None:
        properties["fo:border-top"] = f"{style.border_top:g}pt solid #000000"
        properties["fo:padding"] = "0mm"
    return properties


# Text that needs ODF's white-space elements: runs of spaces, tabs, line breaks.
_SPECIAL_WHITESPACE: Final = re.compile(r" {2,}|\t|\n")


def odf_text(text: str, *, after_space: bool = False) -> str:
    """*text* as ODF paragraph content, escaped, with what ODF would otherwise collapse or drop
    (a run of spaces, a leading space after a space, tabs, line breaks) written as ``text:s``,
    ``text:tab`` and ``text:line-break``.

    >>> odf_text("Số:      /BC")
    'Số: <text:s text:c="5"/>/BC'
    >>> odf_text(" a\\tb\\nc", after_space=True)
    '<text:s text:c="1"/>a<text:tab/>b<text:line-break/>c'
    """
    leading = after_space and text.startswith(" ")
    if not leading and "  " not in text and "\t" not in text and "\n" not in text:
        return escape(text)
    out = []
    position = 0
    if leading:
        position = len(text) - len(text.lstrip(" "))
        out.append(f'<text:s text:c="{position}"/>')
    for match in _SPECIAL_WHITESPACE.finditer(text, position):
        if match.start() > position:
            out.append(escape(text[position : match.start()]))
        found = match.group()
        if found == "\t":
            out.append("<text:tab/>")
        elif found == "\n":
            out.append("<text:line-break/>")
        else:  # the first space stays text, the others become text:s
            out.append(f' <text:s text:c="{len(found) - 1}"/>')
        position = match.end()
    if position < len(text):
        out.append(escape(text[position:]))
    return "".join(out)
