"""Reading documents: page facts from DOCX, ODT and plain text.

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

import io
import os
from typing import TYPE_CHECKING, Any, Final

from directive_report import i18n
from directive_report.readers._limits import (
    Source,
    UnreadableFileError,
    read_source,
    source_name,
)
from directive_report.readers.facts import PageFacts

if TYPE_CHECKING:
    from directive_report.readers._ingest import Ingested, IngestError, ingest

_LAZY: Final = {"ingest", "Ingested", "IngestError"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from directive_report.readers import _ingest

        return getattr(_ingest, name)
    raise AttributeError(f"module 'directive_report.readers' has no attribute {name!r}")


__all__ = [
    "FACT_FORMATS",
    "IngestError",
    "Ingested",
    "PageFacts",
    "UnreadableFileError",
    "ingest",
    "read_facts",
    "sniff_format",
]

#: The formats :func:`read_facts` reads, by name.
FACT_FORMATS: Final = ("docx", "odt", "text")

_SUFFIXES: Final = {".docx": "docx", ".odt": "odt", ".txt": "text", ".text": "text"}


def sniff_format(data: bytes) -> str:
    """``"docx"``, ``"odt"`` or ``"text"`` from a file's first bytes and ZIP directory."""
    if data.startswith(b"PK"):
        import zipfile

        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, EOFError):
            return "docx"  # a damaged package: the DOCX reader says so
        if "content.xml" in names or "mimetype" in names:
            return "odt"
        return "docx"
    return "text"


def read_facts(source: Source, *, format: str | None = None) -> PageFacts:
    """The page facts of *source* (a path or a binary stream).

    *format* is ``"docx"``, ``"odt"`` or ``"text"``; by default the suffix decides, or else the
    content.  Raises :class:`UnreadableFileError` naming the file and the reason when it cannot be
    read (missing, empty, too large, damaged, hostile, or not of the format).
    """
    name = source_name(source)
    if format is None and isinstance(source, str | os.PathLike):
        format = _SUFFIXES.get(os.path.splitext(os.fspath(source))[1].lower())
    if format is None:
        data = read_source(source)
        format = sniff_format(data)
        source = io.BytesIO(data)
        source.name = name
    if format == "docx":
        from directive_report.readers.docx_reader import read_docx_facts

        return read_docx_facts(source)
    if format == "odt":
        from directive_report.readers.odt_reader import read_odt_facts

        return read_odt_facts(source)
    if format == "text":
        from directive_report.readers.text_reader import read_text_facts

        return read_text_facts(source)
    raise UnreadableFileError(
        name,
        i18n._("unknown format {format!r} (expected one of {formats})").format(
            format=format, formats=FACT_FORMATS
        ),
    )
