"""The named styles of the paged formats: one paragraph style per role, from the profile.

Sizes, indents and spacing follow Nghị định 30/2020/NĐ-CP, Phụ lục I, as measured in the
:class:`~directive_report.layout.LayoutProfile`; the indents of Kính gửi come from font metrics.
"""

from __future__ import annotations

from typing import Any, Final

from directive_report.layout.content import ADDRESSEE_LABEL
from directive_report.layout.geometry_types import Align, CharacterStyle, ParagraphStyle
from directive_report.layout.metrics import MM_PER_PT, text_width_mm
from directive_report.layout.profile import LayoutProfile
from directive_report.layout.roles import CharacterRole, Role, role_emphasis

__all__ = [
    "RULE_GAP",
    "RULE_LINE_HEIGHT",
    "TABLE_SIZE_STEP",
    "define_character_styles",
    "define_styles",
]

#: Space between a line of text and the rule under it, in points.
RULE_GAP: Final = 3.0
#: Exact line height of the empty paragraph that carries a rule, in points (an empty paragraph
#: otherwise takes the height of its paragraph mark: docs/office-techniques.md).
RULE_LINE_HEIGHT: Final = 2.0


def define_styles(profile: LayoutProfile) -> dict[Role, ParagraphStyle]:
    """The paragraph style of every role for *profile*, in :class:`Role` order."""
    sizes = profile.sizes
    body: dict[str, Any] = {
        "size": sizes.body,
        "align": Align.JUSTIFY,
        "first_line_indent": profile.first_line_indent,
        "space_before": profile.paragraph_space_before,
        "space_after": profile.paragraph_space_after,
        "line_spacing": profile.line_spacing,
    }
    rule: dict[str, Any] = {
        "size": sizes.body,
        "space_before": RULE_GAP,
        "exact_line_height": RULE_LINE_HEIGHT,
        "border_top": profile.rule_weight,
    }
    # One addressee follows "Kính gửi: " on its line, a wrapped line hanging under it; several go
    # one per line below, each dash under the colon of "Kính gửi:" (Phụ lục I, II.9.d).
    label_width = text_width_mm(f"{ADDRESSEE_LABEL} ", sizes.body)
    colon = profile.addressee_indent + text_width_mm(ADDRESSEE_LABEL[:-1], sizes.body)
    dash_width = text_width_mm("- ", sizes.body)
    centred = Align.CENTER
    # space before the second header row: Số and the date line sit level below the rules
    row_gap = profile.paragraph_space_before
    specs: dict[Role, dict[str, Any]] = {
        Role.SUPERIOR: {"size": sizes.superior, "align": centred},
        Role.ISSUER: {"size": sizes.issuer, "align": centred},
        Role.NUMBER: {"size": sizes.number, "align": centred, "space_before": row_gap},
        # the decree puts V/v 6 pt below Số
        Role.SUBJECT_LINE: {"size": sizes.subject_line, "align": centred, "space_before": 6.0},
        Role.NATIONAL_TITLE: {"size": sizes.national_title, "align": centred},
        Role.MOTTO: {"size": sizes.motto, "align": centred},
        Role.PLACE_DATE: {
            "size": sizes.place_date,
            "align": centred,
            "space_before": row_gap,
        },
        Role.RULE: rule,
        Role.DOCUMENT_TYPE: {
            "size": sizes.doc_type,
            "align": centred,
            "space_before": profile.title_space_before,
            "keep_with_next": True,
        },
        Role.SUMMARY: {
            "size": sizes.summary,
            "align": centred,
            "keep_with_next": True,
        },
        Role.SUMMARY_RULE: {**rule, "space_after": profile.paragraph_space_before},
        Role.ADDRESSEE: {
            "size": sizes.body,
            "left_indent": profile.addressee_indent + label_width,
            "first_line_indent": -label_width,
            "space_before": profile.paragraph_space_before,
            "line_spacing": profile.line_spacing,
            "keep_with_next": True,
        },
        Role.ADDRESSEE_ITEM: {
            "size": sizes.body,
            "left_indent": colon + dash_width,
            "first_line_indent": -dash_width,
            "line_spacing": profile.line_spacing,
            "keep_with_next": True,
        },
        Role.HEADING_1: {**body, "keep_with_next": True},
        Role.HEADING_2: {**body, "keep_with_next": True},
        Role.HEADING_3: {**body, "keep_with_next": True},
        Role.HEADING_4: {**body, "keep_with_next": True},
        Role.BODY: body,
        Role.LIST_ITEM: body,
        Role.TASK_ITEM: body,
        Role.TASK_DETAIL: {**body, "space_before": 0},
        Role.RECIPIENTS_LABEL: {
            "size": sizes.recipients_label,
        },
        Role.RECIPIENT: {"size": sizes.recipients},
        Role.SIGNATURE_TITLE: {"size": sizes.signature, "align": centred},
        Role.SIGNER_NAME: {
            "size": sizes.signature,
            "align": centred,
            "space_before": profile.signature_space / MM_PER_PT,
        },
        Role.PAGE_NUMBER: {"size": sizes.page_number, "align": centred},
        Role.CONTACT: {"size": sizes.contact},
        **_part_styles(profile, body),
    }
    return {
        role: ParagraphStyle(
            role=role,
            bold=role_emphasis(role)[0],
            italic=role_emphasis(role)[1],
            **specs[role],
        )
        for role in Role
    }


#: How much smaller than the body a table's cells are set, in points (practice for biểu số
#: liệu: 12 pt cells under a 14 pt body; the decree sets no size for them).
TABLE_SIZE_STEP: Final = 2.0


def _part_styles(profile: LayoutProfile, body: dict[str, Any]) -> dict[Role, dict[str, Any]]:
    """The styles of a decision's lines, of tables and of the parts after the signature."""
    sizes = profile.sizes
    centred = Align.CENTER
    cell = sizes.body - TABLE_SIZE_STEP
    title = {"size": sizes.doc_type, "align": centred, "keep_with_next": True}
    return {
        Role.AUTHORITY: {**title, "space_before": profile.paragraph_space_before},
        Role.BASIS: body,
        Role.ENACTING: {
            **title,
            "size": sizes.body,
            "space_before": profile.paragraph_space_before,
            "space_after": profile.paragraph_space_before,
        },
        Role.ARTICLE: body,
        Role.CHAPTER: {**title, "size": sizes.body, "space_before": profile.paragraph_space_before},
        Role.TABLE_CAPTION: {
            "size": sizes.body,
            "align": centred,
            "space_before": profile.paragraph_space_before,
            "keep_with_next": True,
        },
        Role.TABLE_UNIT: {
            "size": sizes.body - 1,
            "align": Align.RIGHT,
            "keep_with_next": True,
        },
        Role.TABLE_HEADER: {"size": cell, "align": centred},
        Role.TABLE_TEXT: {"size": cell},
        Role.TABLE_NUMBER: {"size": cell, "align": Align.RIGHT},
        Role.TABLE_NOTE: {"size": cell, "space_before": 3.0},
        Role.PART_LABEL: title,
        Role.PART_TITLE: title,
        Role.PART_REFERENCE: {
            "size": sizes.body,
            "align": centred,
            "keep_with_next": True,
        },
    }


def define_character_styles() -> dict[CharacterRole, CharacterStyle]:
    """The character style of every :class:`CharacterRole`."""
    return {
        CharacterRole.EMPHASIS: CharacterStyle(role=CharacterRole.EMPHASIS, italic=True),
        CharacterRole.STRONG: CharacterStyle(role=CharacterRole.STRONG, bold=True),
        CharacterRole.STRONG_EMPHASIS: CharacterStyle(
            role=CharacterRole.STRONG_EMPHASIS, bold=True, italic=True
        ),
    }
