"""Reading back what the library wrote: :func:`read`.

``read(source)`` returns the :class:`~directive_report.Report` of a TOML or JSON report file, or
of a DOCX or ODT written by directive-report, from the report the document carries inside
(``ExportOptions.embed_model``), or of Markdown written by it, from the report its TOML front
matter carries.  The carried report is trusted only after it is checked against
what the document shows: the report is rendered again in the same format and the visible text of
both documents — every paragraph and table cell (every Markdown block, markup aside), white space
ignored — is compared.  When
someone edited the document in a word processor the texts differ, and :func:`read` raises
:class:`VisibleTextMismatchError` naming the file and the first differing place with both texts;
with ``strict=False`` it warns (:class:`EditedDocumentWarning`) and returns the report ingested
from the visible text instead (:func:`~directive_report.ingest`; for Markdown, of the text the
body shows).
"""

from __future__ import annotations

import difflib
import io
import itertools
import os
import warnings
from typing import Final

from directive_report.errors import DirectiveReportError
from directive_report.model import Report
from directive_report.readers._limits import Source, read_source, source_name
from directive_report.readers._read_facts import read_facts, sniff_format
from directive_report.readers.facts import ParagraphFacts

__all__ = ["READ_FORMATS", "EditedDocumentWarning", "VisibleTextMismatchError", "read"]

#: The formats :func:`read` reads.
READ_FORMATS: Final = ("docx", "odt", "markdown", "toml", "json")
_SUFFIXES: Final = {
    ".docx": "docx",
    ".odt": "odt",
    ".md": "markdown",
    ".markdown": "markdown",
    ".toml": "toml",
    ".json": "json",
}


class VisibleTextMismatchError(DirectiveReportError):
    """A document's visible text no longer matches the report it carries (it was edited).

    ``source`` names the file, ``location`` the first differing place (``"paragraph 12"``),
    ``shown`` the text the document shows there and ``expected`` the carried report's.
    """

    def __init__(self, source: str, location: str, shown: str, expected: str) -> None:
        self.source = source
        self.location = location
        self.shown = shown
        self.expected = expected
        super().__init__(
            f"{source}: {location}: the document shows {shown!r} where the report it carries "
            f"has {expected!r}: it was edited after it was written; read it with strict=False "
            "to take what it shows"
        )


class EditedDocumentWarning(UserWarning):
    """A document was edited after directive-report wrote it; its visible text was ingested."""


def _format_of(source: Source, data: bytes, format: str | None) -> str:
    if format is not None:
        return format
    if isinstance(source, str | os.PathLike):
        suffix = os.path.splitext(os.fspath(source))[1].lower()
        if suffix in _SUFFIXES:
            return _SUFFIXES[suffix]
    if data.startswith(b"PK"):
        return sniff_format(data)
    if data.removeprefix(b"\xef\xbb\xbf").startswith(b"+++"):
        return "markdown"
    return "json" if data.lstrip()[:1] in (b"{", b"[") else "toml"


def read(source: Source, *, format: str | None = None, strict: bool = True) -> Report:
    """The report in *source* (a path or a binary stream): ``"docx"``, ``"odt"``,
    ``"markdown"``, ``"toml"`` or ``"json"``, from the suffix or the content unless *format*
    says.

    Raises :class:`VisibleTextMismatchError` for a document edited since it was written (unless
    ``strict=False``), :class:`~directive_report.errors.EmbeddedReportError` for one that
    carries no report, and :class:`~directive_report.errors.ReportLoadError` for a report file
    (or Markdown front matter) that does not load.
    """
    name = source_name(source)
    data = read_source(source)
    fmt = _format_of(source, data, format)
    if fmt in ("toml", "json"):
        from directive_report.serialize import loads

        return loads(
            data.decode("utf-8", errors="replace"), "json" if fmt == "json" else "toml", source=name
        )
    if fmt == "markdown":
        from directive_report.readers.markdown_reader import carried_report

        base = os.path.dirname(os.fspath(source)) if isinstance(source, str | os.PathLike) else None
        carried = carried_report(data, name, base)
    else:
        stream = io.BytesIO(data)
        stream.name = name
        from directive_report.exporters._package import read_embedded_report

        carried = read_embedded_report(stream)
    shown = _visible(data, fmt, name)
    mismatch = _first_difference(name, shown, _visible(_rendered(carried, fmt), fmt, name))
    if mismatch is None:
        return carried
    if strict:
        raise mismatch
    warnings.warn(
        EditedDocumentWarning(f"{mismatch}; the report was ingested from what it shows"),
        stacklevel=2,
    )
    from directive_report.readers._ingest import ingest

    stream = io.BytesIO(data)  # Markdown: the body it shows (its front matter left out)
    stream.name = name
    return ingest(stream, format=fmt).report


def _rendered(report: Report, fmt: str) -> bytes:
    from directive_report.exporters.api import render

    return render(report, fmt)


def _visible(data: bytes, fmt: str, name: str) -> list[tuple[str, str]]:
    """``(location, text)`` of every non-empty paragraph (or Markdown block), white space
    collapsed, without the page-number field (its text is whatever page the producer last saw);
    the first-page footers' paragraphs (a công văn's contact line) after the body's."""
    if fmt == "markdown":
        from directive_report.readers.markdown_reader import shown_blocks

        blocks = shown_blocks(data, name)
    else:
        stream = io.BytesIO(data)
        stream.name = name
        facts = read_facts(stream, format=fmt)
        footers = [
            block
            for section in facts.sections
            for block in section.first_page_footer or ()
            if isinstance(block, ParagraphFacts)
        ]
        blocks = [
            (paragraph.location, paragraph.visible_text)
            for paragraph in itertools.chain(facts.paragraphs(), footers)
        ]
    return [(where, " ".join(text.split())) for where, text in blocks if text.strip()]


def _first_difference(
    name: str, shown: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> VisibleTextMismatchError | None:
    """The first place where the document *name* shows other text than it should, if any."""
    shown_text = [text for _, text in shown]
    expected_text = [text for _, text in expected]
    if "".join(shown_text).replace(" ", "") == "".join(expected_text).replace(" ", ""):
        return None
    matcher = difflib.SequenceMatcher(a=shown_text, b=expected_text, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        where = shown[a_start][0] if a_start < len(shown) else "the end of the document"
        got = " ".join(shown_text[a_start:a_end]) or "(nothing)"
        wanted = " ".join(expected_text[b_start:b_end]) or "(nothing)"
        return VisibleTextMismatchError(name, where, got, wanted)
    return VisibleTextMismatchError(name, "the document", " ".join(shown_text), "")
