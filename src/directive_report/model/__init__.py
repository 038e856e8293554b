"""The domain model: frozen, keyword-only attrs classes with invariants checked at construction."""

import attrs

from directive_report.model import report as _report
from directive_report.model.appendix import Appendix, Attachment, Orientation
from directive_report.model.citation import Citation, Pinpoint, Provision, ProvisionLevel
from directive_report.model.decision import Article, Clause, Decision, Request
from directive_report.model.document import (
    DOCUMENT_TYPES,
    DocumentKind,
    DocumentNumber,
    DocumentType,
    document_type,
)
from directive_report.model.report import (
    Action,
    ActionList,
    Authority,
    Block,
    BulletList,
    Capacity,
    Directive,
    Distribution,
    Money,
    Period,
    Quantity,
    Report,
    Section,
    Signature,
    SignaturePrefix,
    Task,
    TaskKind,
    TaskList,
    block_paragraphs,
    section_label,
)
from directive_report.model.table import Cell, CellKind, Column, Table, TablePart
from directive_report.model.templates import TEMPLATES, Template, template_for
from directive_report.model.text import Paragraph, Run

# A report's appendices and attached documents are built from its blocks and sections, so
# report.py names them only for type checkers; its annotations are resolved here, where both exist.
attrs.resolve_types(
    Report,
    globalns=vars(_report),
    localns={"Appendix": Appendix, "Attachment": Attachment},
)

__all__ = [
    "DOCUMENT_TYPES",
    "TEMPLATES",
    "Action",
    "ActionList",
    "Appendix",
    "Article",
    "Attachment",
    "Authority",
    "Block",
    "BulletList",
    "Capacity",
    "Cell",
    "CellKind",
    "Citation",
    "Clause",
    "Column",
    "Decision",
    "Directive",
    "Distribution",
    "DocumentKind",
    "DocumentNumber",
    "DocumentType",
    "Money",
    "Orientation",
    "Paragraph",
    "Period",
    "Pinpoint",
    "Provision",
    "ProvisionLevel",
    "Quantity",
    "Report",
    "Request",
    "Run",
    "Section",
    "Signature",
    "SignaturePrefix",
    "Table",
    "TablePart",
    "Task",
    "TaskKind",
    "TaskList",
    "Template",
    "block_paragraphs",
    "document_type",
    "section_label",
    "template_for",
]
