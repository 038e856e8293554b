"""Reading the page facts of a file of any supported format: :func:`read_facts` (private;
re-exported by :mod:`directive_report.readers`)."""

from __future__ import annotations

import io
import os
from typing import Final

from directive_report import i18n
from directive_report.readers._limits import (
    Source,
    UnreadableFileError,
    read_source,
    source_name,
)
from directive_report.readers.facts import PageFacts

__all__ = ["FACT_FORMATS", "read_facts", "sniff_format"]

#: The formats :func:`read_facts` reads, by name.
FACT_FORMATS: Final = ("docx", "odt", "markdown", "text")

_SUFFIXES: Final = {
    ".docx": "docx",
    ".odt": "odt",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
}


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

    *format* is ``"docx"``, ``"odt"``, ``"markdown"`` or ``"text"``; by default the suffix decides, or else the
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
    if format == "markdown":
        from directive_report.readers.markdown_facts import read_markdown_facts

        return read_markdown_facts(source)
    if format == "text":
        from directive_report.readers.text_reader import read_text_facts

        return read_text_facts(source)
    raise UnreadableFileError(
        name,
        i18n._("unknown format {format!r} (expected one of {formats})").format(
            format=format, formats=FACT_FORMATS
        ),
    )
