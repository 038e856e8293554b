"""``styles.xml`` of the ODT (private): the font, the named styles, the pages.

* the default paragraph style: Times New Roman in every script slot, Vietnamese, black, no
  kerning (the rule lengths assume none), the body size, widow and orphan control of two lines
  (Word's default, which LibreOffice applies to a DOCX);
* "Standard", LibreOffice's Default Paragraph Style, the parent of every role's style as Word's
  Normal is in the DOCX: a font chosen there reaches the whole document;
* one named paragraph style per :class:`~directive_report.layout.Role` (``ND30Body``, shown as
  "NĐ30 Body") and one named text style per emphasis, which a clerk sees and can change;
* two page layouts and master pages: "First Page" (the profile's top margin, no header) leads on
  to "Standard", whose header holds the page number, centred, ``header_distance`` from the top
  edge.  In ODF the header lies inside the page margins, so "Standard" has a top margin of
  ``header_distance`` and a header as tall as the rest of the profile's top margin: the text
  starts at the same height on every page;
* when the plan has a first-page footer (ô 13, the issuer's contact line), a third master page,
  "Contact First Page", for page 1 alone: "First Page" with that footer, lying (as ODF puts it)
  inside a bottom margin of ``header_distance`` and at least as tall as the rest of the
  profile's bottom margin, as Word puts a footer ``w:footer`` from the edge; the parts after
  the signature keep "First Page", so no other page prints it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from directive_report.exporters._odf import (
    attributes,
    font_face_declarations,
    mm,
    odf_text,
    paragraph_properties,
    root,
    text_properties,
)
from directive_report.exporters._xml import escape_attribute
from directive_report.layout import (
    CharacterStyle,
    DocumentPlan,
    ParagraphStyle,
    Role,
    StyledParagraph,
)

__all__ = [
    "CONTACT_FIRST_PAGE",
    "FIRST_PAGE",
    "LANDSCAPE_FIRST_PAGE",
    "LANDSCAPE_PAGE",
    "STANDARD_PAGE",
    "styles_xml",
]

#: The master page of page 1: "First Page", as an NCName (odfpy and LibreOffice spell it so).
FIRST_PAGE: Final = "First_20_Page"
#: The master page of every following page.
STANDARD_PAGE: Final = "Standard"
#: The first page of a landscape part (an appendix with a wide table), and the pages after it.
LANDSCAPE_FIRST_PAGE: Final = "Landscape_20_First_20_Page"
LANDSCAPE_PAGE: Final = "Landscape"
#: The master page of page 1 when it prints the issuer's contact line (ô 13) in its footer.
CONTACT_FIRST_PAGE: Final = "Contact_20_First_20_Page"


def styles_xml(plan: DocumentPlan) -> str:
    """The ``styles.xml`` part of *plan*'s document."""
    family = plan.profile.font_family
    body_size = plan.profile.sizes.body  # the default style's: not repeated in each style
    named = "".join(_paragraph_style(style, body_size) for style in plan.styles.values())
    named += "".join(_text_style(style) for style in plan.character_styles.values())
    return (
        f"{root('office:document-styles')}{font_face_declarations(family)}"
        f"<office:styles>{_default_style(family, body_size)}"
        '<style:style style:name="Standard" style:family="paragraph" '
        'style:display-name="Standard" style:class="text"/>'
        f"{named}</office:styles>{_pages(plan)}</office:document-styles>"
    )


def _properties(kind: str, values: Mapping[str, str]) -> str:
    """``<style:{kind}-properties .../>``, or nothing when *values* is empty."""
    return f"<style:{kind}-properties{attributes(values)}/>" if values else ""


def _default_style(family: str, body_size: float) -> str:
    text = {
        "style:font-name": family,
        "style:font-name-asian": family,
        "style:font-name-complex": family,
        "fo:language": "vi",
        "fo:country": "VN",
        "fo:color": "#000000",
        "style:letter-kerning": "false",
        **text_properties(size=body_size),
    }
    return (
        '<style:default-style style:family="paragraph">'
        '<style:paragraph-properties fo:widows="2" fo:orphans="2"/>'
        f"{_properties('text', text)}</style:default-style>"
    )


def _named(name: str, display_name: str, family: str, parent: str | None) -> str:
    """The start tag of a named style."""
    parent_attribute = f' style:parent-style-name="{parent}"' if parent else ""
    return (
        f'<style:style style:name="{name}" style:display-name="{escape_attribute(display_name)}" '
        f'style:family="{family}"{parent_attribute}>'
    )


def _paragraph_style(style: ParagraphStyle, body_size: float) -> str:
    text = text_properties(
        size=None if style.size == body_size else style.size, bold=style.bold, italic=style.italic
    )
    return (
        f"{_named(style.role.style_id, style.name, 'paragraph', 'Standard')}"
        f"{_properties('paragraph', paragraph_properties(style))}{_properties('text', text)}"
        "</style:style>"
    )


def _text_style(style: CharacterStyle) -> str:
    text = text_properties(bold=style.bold, italic=style.italic)
    return f"{_named(style.role.style_id, style.name, 'text', None)}{_properties('text', text)}</style:style>"


def _pages(plan: DocumentPlan) -> str:
    """The page layouts (automatic styles) and the master pages: "First Page" leading on to
    "Standard", and their landscape twins for the parts that ask for them."""
    profile = plan.profile
    layouts = []
    masters = []
    number = (
        f'<text:p text:style-name="{Role.PAGE_NUMBER.style_id}">'
        '<text:page-number text:select-page="current">2</text:page-number></text:p>'
    )
    # As in Word, a header that does not fit above the top margin pushes the text down.
    header = _properties(
        "header-footer",
        {
            "fo:min-height": mm(max(0.0, profile.margin_top - profile.header_distance)),
            "fo:margin": "0mm",
            "fo:padding": "0mm",
        },
    )
    for suffix, first_name, following_name, display, landscape in (
        ("", FIRST_PAGE, STANDARD_PAGE, ("First Page", "Standard"), False),
        (
            "_Landscape",
            LANDSCAPE_FIRST_PAGE,
            LANDSCAPE_PAGE,
            ("Landscape First Page", "Landscape"),
            True,
        ),
    ):
        width, height = profile.page_width, profile.page_height
        if landscape:
            width, height = height, width
        page = {
            "fo:page-width": mm(width),
            "fo:page-height": mm(height),
            "style:print-orientation": "landscape" if landscape else "portrait",
            "fo:margin-bottom": mm(profile.margin_bottom),
            "fo:margin-left": mm(profile.margin_left),
            "fo:margin-right": mm(profile.margin_right),
        }
        first = _properties("page-layout", {**page, "fo:margin-top": mm(profile.margin_top)})
        following = _properties(
            "page-layout", {**page, "fo:margin-top": mm(profile.header_distance)}
        )
        layouts.append(
            f'<style:page-layout style:name="PL_First{suffix}">{first}</style:page-layout>'
            f'<style:page-layout style:name="PL_Standard{suffix}">{following}'
            f"<style:header-style>{header}</style:header-style></style:page-layout>"
        )
        masters.append(
            f'<style:master-page style:name="{following_name}" style:display-name="{display[1]}" '
            f'style:page-layout-name="PL_Standard{suffix}"><style:header>{number}</style:header>'
            f'</style:master-page><style:master-page style:name="{first_name}" '
            f'style:display-name="{display[0]}" style:page-layout-name="PL_First{suffix}" '
            f'style:next-style-name="{following_name}"/>'
        )
    if plan.first_page_footer:
        layouts.append(_contact_layout(plan))
        masters.append(
            f'<style:master-page style:name="{CONTACT_FIRST_PAGE}" '
            f'style:display-name="Contact First Page" style:page-layout-name="PL_Contact" '
            f'style:next-style-name="{STANDARD_PAGE}"><style:footer>{_footer(plan)}'
            "</style:footer></style:master-page>"
        )
    return (
        f"<office:automatic-styles>{''.join(layouts)}</office:automatic-styles>"
        f"<office:master-styles>{''.join(masters)}</office:master-styles>"
    )


def _contact_layout(plan: DocumentPlan) -> str:
    """The page layout of "Contact First Page": "First Page"'s, its footer inside a bottom
    margin of ``header_distance``, at least as tall as the rest of the profile's bottom margin."""
    profile = plan.profile
    page = {
        "fo:page-width": mm(profile.page_width),
        "fo:page-height": mm(profile.page_height),
        "style:print-orientation": "portrait",
        "fo:margin-top": mm(profile.margin_top),
        "fo:margin-bottom": mm(profile.header_distance),
        "fo:margin-left": mm(profile.margin_left),
        "fo:margin-right": mm(profile.margin_right),
    }
    footer = {
        "fo:min-height": mm(max(0.0, profile.margin_bottom - profile.header_distance)),
        "fo:margin": "0mm",
        "fo:padding": "0mm",
    }
    return (
        f'<style:page-layout style:name="PL_Contact">{_properties("page-layout", page)}'
        f"<style:footer-style>{_properties('header-footer', footer)}</style:footer-style>"
        "</style:page-layout>"
    )


def _footer(plan: DocumentPlan) -> str:
    """The paragraphs of the first-page footer: the rule (the top border of an empty
    paragraph as wide as the text area), then the lines in their role's style."""
    return "".join(
        f'<text:p text:style-name="{block.role.style_id}">'
        + "".join(odf_text(run.text) for run in block.runs)
        + "</text:p>"
        if isinstance(block, StyledParagraph)
        else f'<text:p text:style-name="{block.role.style_id}"/>'
        for block in plan.first_page_footer
    )
