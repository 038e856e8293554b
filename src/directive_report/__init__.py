"""directive-report: Vietnamese reports on the implementation of directives, modelled and rendered.

The model (:class:`Report`, :class:`Citation`, ...) is imported eagerly and costs only attrs.
Everything else loads on first use: reading and writing files (:func:`load`, :func:`loads`,
:func:`dump`, :func:`dumps`), checking (:func:`check`), rendering (:func:`export`,
:func:`render`), compiling and carrying reports forward (:func:`rollup`, :func:`carry_forward`),
and the submodules
:mod:`~directive_report.vi`, :mod:`~directive_report.citations`, :mod:`~directive_report.examples`,
:mod:`~directive_report.exporters`.

>>> import directive_report as dr
>>> report = dr.examples.load("bac-giang-ct21-2024")
>>> report.number.header_text()
'Số:      /BC-STTTT'
>>> report.directive.short_name
'Chỉ thị số 21/CT-TTg'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from directive_report.errors import (
    CycleError,
    DirectiveReportError,
    ReportDumpError,
    ReportLoadError,
    ReportValidationError,
)
from directive_report.model import (
    DOCUMENT_TYPES,
    Action,
    ActionList,
    Appendix,
    Article,
    Attachment,
    Authority,
    Block,
    BulletList,
    Capacity,
    Cell,
    CellKind,
    Chapter,
    Citation,
    Clause,
    Column,
    Decision,
    Directive,
    Distribution,
    DocumentKind,
    DocumentNumber,
    DocumentType,
    Money,
    Orientation,
    Paragraph,
    Period,
    Pinpoint,
    Provision,
    ProvisionLevel,
    Quantity,
    Report,
    Request,
    Run,
    Section,
    Signature,
    SignaturePrefix,
    Table,
    Task,
    TaskKind,
    TaskList,
    document_type,
)

if TYPE_CHECKING:
    from directive_report import checks, citations, cycle, examples, exporters, vi
    from directive_report.checks import check
    from directive_report.cycle import carry_forward, rollup
    from directive_report.exporters.api import export, render
    from directive_report.layout.content import section_label
    from directive_report.readers import ingest, read
    from directive_report.serialize import dump, dumps, load, loads
    from directive_report.validate import validate

__all__ = [
    "DOCUMENT_TYPES",
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
    "Chapter",
    "Citation",
    "Clause",
    "Column",
    "CycleError",
    "Decision",
    "Directive",
    "DirectiveReportError",
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
    "ReportDumpError",
    "ReportLoadError",
    "ReportValidationError",
    "Request",
    "Run",
    "Section",
    "Signature",
    "SignaturePrefix",
    "Table",
    "Task",
    "TaskKind",
    "TaskList",
    "__version__",
    "carry_forward",
    "check",
    "checks",
    "citations",
    "cycle",
    "document_type",
    "dump",
    "dumps",
    "examples",
    "export",
    "exporters",
    "ingest",
    "load",
    "loads",
    "read",
    "render",
    "rollup",
    "section_label",
    "validate",
    "vi",
]

_LAZY_SUBMODULES = frozenset(
    {
        "checks",
        "citations",
        "cycle",
        "examples",
        "exporters",
        "readers",
        "serialize",
        "validate",
        "vi",
    }
)
_LAZY_ATTRIBUTES = {
    "carry_forward": "directive_report.cycle",
    "check": "directive_report.checks",
    "rollup": "directive_report.cycle",
    "load": "directive_report.serialize",
    "loads": "directive_report.serialize",
    "dump": "directive_report.serialize",
    "dumps": "directive_report.serialize",
    "export": "directive_report.exporters.api",
    "ingest": "directive_report.readers",
    "read": "directive_report.readers",
    "render": "directive_report.exporters.api",
    "section_label": "directive_report.layout.content",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY_SUBMODULES:
        return importlib.import_module(f"directive_report.{name}")
    if name in _LAZY_ATTRIBUTES:
        return getattr(importlib.import_module(_LAZY_ATTRIBUTES[name]), name)
    if name == "__version__":
        from importlib.metadata import version

        return version("directive-report")
    raise AttributeError(f"module 'directive_report' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
