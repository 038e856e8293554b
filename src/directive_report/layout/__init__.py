"""The layout of Nghị định 30/2020/NĐ-CP, in two stages shared by every exporter.

* the content stage, :func:`document_content` (:mod:`~directive_report.layout.content`): every
  word and the structure of a document, format-neutral — what the Markdown exporter and any
  text exporter print;
* the geometry stage, :func:`plan_document` (:mod:`~directive_report.layout.geometry`): that
  content on A4 pages — styles, column widths, rules from font metrics — what the DOCX and ODT
  exporters write;
* :mod:`~directive_report.layout.roles`: what each paragraph is (:class:`Role`), shared by both;
* :mod:`~directive_report.layout.profile`: :class:`LayoutProfile`, every measurement as data;
* :mod:`~directive_report.layout.metrics`: text widths from Times New Roman's metrics.
"""

from directive_report.layout.content import (
    ADDRESSEE_LABEL,
    END_MARKER,
    MOTTO,
    NATIONAL_TITLE,
    RECIPIENTS_LABEL,
    SUBJECT_PREFIX,
    document_content,
    section_label,
    task_details,
)
from directive_report.layout.content_contact import CONTACT_LABELS, contact_lines
from directive_report.layout.content_types import (
    ContentBlock,
    DocumentContent,
    HeaderContent,
    Heading,
    Item,
    ItemList,
    Line,
    PartContent,
    TableCellContent,
    TableContent,
    block_lines,
    grid_slots,
)
from directive_report.layout.geometry import plan_content, plan_document
from directive_report.layout.geometry_types import (
    Align,
    Cell,
    CharacterStyle,
    DocumentPlan,
    GridCell,
    GridTable,
    LayoutBlock,
    PageStart,
    ParagraphStyle,
    Rule,
    StyledParagraph,
    Table,
)
from directive_report.layout.metrics import text_width_mm
from directive_report.layout.profile import SIZE_SETS, LayoutError, LayoutProfile, SizeSet
from directive_report.layout.roles import CharacterRole, Role, character_role, role_emphasis
from directive_report.layout.styles import define_character_styles, define_styles

__all__ = [
    "ADDRESSEE_LABEL",
    "CONTACT_LABELS",
    "END_MARKER",
    "MOTTO",
    "NATIONAL_TITLE",
    "RECIPIENTS_LABEL",
    "SIZE_SETS",
    "SUBJECT_PREFIX",
    "Align",
    "Cell",
    "CharacterRole",
    "CharacterStyle",
    "ContentBlock",
    "DocumentContent",
    "DocumentPlan",
    "GridCell",
    "GridTable",
    "HeaderContent",
    "Heading",
    "Item",
    "ItemList",
    "LayoutBlock",
    "LayoutError",
    "LayoutProfile",
    "Line",
    "PageStart",
    "ParagraphStyle",
    "PartContent",
    "Role",
    "Rule",
    "SizeSet",
    "StyledParagraph",
    "Table",
    "TableCellContent",
    "TableContent",
    "block_lines",
    "character_role",
    "contact_lines",
    "define_character_styles",
    "define_styles",
    "document_content",
    "grid_slots",
    "plan_content",
    "plan_document",
    "role_emphasis",
    "section_label",
    "task_details",
    "text_width_mm",
]
