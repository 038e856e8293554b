"""The names of the layout plan, from the modules of the two stages that now define them.

Kept while code written against ``directive_report.layout.plan`` moves to
:mod:`directive_report.layout` (which exports the same names); new code imports from there.
"""

from directive_report.layout.content import END_MARKER, MOTTO, NATIONAL_TITLE, task_details
from directive_report.layout.geometry import plan_document
from directive_report.layout.geometry_types import (
    Align,
    Cell,
    CharacterStyle,
    DocumentPlan,
    LayoutBlock,
    ParagraphStyle,
    Rule,
    StyledParagraph,
    Table,
)
from directive_report.layout.roles import CharacterRole, Role, character_role
from directive_report.layout.styles import define_character_styles, define_styles

__all__ = [
    "END_MARKER",
    "MOTTO",
    "NATIONAL_TITLE",
    "Align",
    "Cell",
    "CharacterRole",
    "CharacterStyle",
    "DocumentPlan",
    "LayoutBlock",
    "ParagraphStyle",
    "Role",
    "Rule",
    "StyledParagraph",
    "Table",
    "character_role",
    "define_character_styles",
    "define_styles",
    "plan_document",
    "task_details",
]
