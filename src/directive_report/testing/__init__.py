"""Test kit for code that uses directive-report, plug-in authors included.

Hypothesis strategies that build valid model objects with realistic Vietnamese text (requires
``hypothesis``, a test dependency: ``pip install hypothesis``)::

    from hypothesis import given
    from directive_report.testing import reports

    @given(reports())
    def test_my_exporter_never_fails(report):
        MyExporter().render(report, io.BytesIO(), ExportOptions())

Text is drawn the way reports are written: words of Vietnamese letters, digits and punctuation
(including characters that mean something in Markdown or XML: ``* _ # [ ] < > & \\``) separated by
single spaces.
"""

from directive_report.testing._base import (
    VIETNAMESE_LETTERS,
    actions,
    authorities,
    blocks,
    citations,
    contacts,
    dates,
    directives,
    document_numbers,
    document_types,
    paragraphs,
    pinpoints,
    sections,
    signatures,
    tasks,
    text,
    upper_text,
    words,
)
from directive_report.testing._parts import (
    appendices,
    attachments,
    cells,
    chapters,
    decisions,
    requests,
    tables,
)
from directive_report.testing._reports import check_exporter, reports

__all__ = [
    "VIETNAMESE_LETTERS",
    "actions",
    "appendices",
    "attachments",
    "authorities",
    "blocks",
    "cells",
    "chapters",
    "check_exporter",
    "citations",
    "contacts",
    "dates",
    "decisions",
    "directives",
    "document_numbers",
    "document_types",
    "paragraphs",
    "pinpoints",
    "reports",
    "requests",
    "sections",
    "signatures",
    "tables",
    "tasks",
    "text",
    "upper_text",
    "words",
]
