"""Reading documents: page facts from DOCX, ODT, Markdown and plain text.

:func:`read_facts` opens a file of any of these formats — within bounds on size, members and XML
(see :mod:`directive_report.readers._limits`) — and returns its
:class:`~directive_report.readers.facts.PageFacts`: paragraphs, rules and tables in reading order
with their resolved formatting, and the page set-up, headers and footers of each section.

>>> import io, directive_report as dr
>>> facts = read_facts(io.BytesIO(dr.render(dr.examples.load("bac-giang-ct21-2024"), "docx")))
>>> header = facts.blocks[0]
>>> [p.text for p in header.rows[0][1].paragraphs()]
['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']
>>> rule = header.rows[0][1].blocks[2]
>>> rule.kind.value, round(rule.length, 1)
('border', 60.4)

The python-docx and odfpy readers are imported only when a file of their format is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from directive_report.readers._limits import UnreadableFileError
from directive_report.readers._read_facts import FACT_FORMATS, read_facts, sniff_format
from directive_report.readers.facts import PageFacts

if TYPE_CHECKING:
    from directive_report.readers._ingest import Ingested, IngestError, ingest
    from directive_report.readers._read import (
        EditedDocumentWarning,
        VisibleTextMismatchError,
        read,
    )

_LAZY: Final = {"ingest", "Ingested", "IngestError"}
_LAZY_READ: Final = {"read", "EditedDocumentWarning", "VisibleTextMismatchError"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from directive_report.readers import _ingest

        return getattr(_ingest, name)
    if name in _LAZY_READ:
        from directive_report.readers import _read

        return getattr(_read, name)
    raise AttributeError(f"module 'directive_report.readers' has no attribute {name!r}")


__all__ = [
    "FACT_FORMATS",
    "EditedDocumentWarning",
    "IngestError",
    "Ingested",
    "PageFacts",
    "UnreadableFileError",
    "VisibleTextMismatchError",
    "ingest",
    "read",
    "read_facts",
    "sniff_format",
]
