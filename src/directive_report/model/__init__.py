"""The domain model: frozen, keyword-only attrs classes with invariants checked at construction."""

from directive_report.model.appendix import Appendix, Attachment, Orientation
from directive_report.model.body import (
    Action,
    ActionList,
    Block,
    BodyEntry,
    BulletList,
    Money,
    Period,
    Quantity,
    Section,
    Task,
    TaskKind,
    TaskList,
    block_paragraphs,
    walk_body,
)
from directive_report.model.citation import Citation, Pinpoint, Provision, ProvisionLevel
from directive_report.model.contact import Contact
from directive_report.model.decision import Article, Chapter, Clause, Decision, Request
from directive_report.model.document import (
    DOCUMENT_TYPES,
    DocumentKind,
    DocumentNumber,
    DocumentType,
    document_type,
)
from directive_report.model.report import (
    Authority,
    Capacity,
    Directive,
    Distribution,
    Report,
    Signature,
    SignaturePrefix,
)
from directive_report.model.table import Cell, CellKind, Column, Table, TablePart
from directive_report.model.templates import TEMPLATES, Template, template_for
from directive_report.model.text import Paragraph, Run

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
    "BodyEntry",
    "BulletList",
    "Capacity",
    "Cell",
    "CellKind",
    "Chapter",
    "Citation",
    "Clause",
    "Column",
    "Contact",
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
    "template_for",
    "walk_body",
]
