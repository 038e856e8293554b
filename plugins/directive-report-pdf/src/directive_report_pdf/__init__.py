"""PDF for directive-report: the built-in DOCX exporter's file, converted by LibreOffice.

The page is the DOCX exporter's page, laid out in the decree's format; LibreOffice only prints it.
Options (``ExportOptions.extra``):

* ``pdf.pdfa``: ``1``, ``2`` or ``3`` for PDF/A-1b, -2b, -3b (``True`` means 2), for archiving;
* ``pdf.timeout``: seconds one conversion may take (120 by default);
* ``pdf.via``: ``"docx"`` (default) or ``"odt"``, the built-in exporter whose file is converted.

:func:`render_pdfs` converts many reports with one LibreOffice start, which dominates the time
of a single conversion.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import BinaryIO, ClassVar

from directive_report import Report, render
from directive_report.exporters import ExportOptions

from directive_report_pdf._soffice import (
    DEFAULT_TIMEOUT,
    PDFA_PARTS,
    PdfConversionError,
    convert_to_pdf,
    find_soffice,
)

__all__ = ["PdfConversionError", "PdfExporter", "find_soffice", "render_pdfs"]

_SOURCE_FORMATS = ("docx", "odt")


class PdfExporter:
    """Writes a report as PDF (or PDF/A) through LibreOffice; see the module for its options."""

    name: ClassVar[str] = "pdf"  # the entry-point name
    suffix: ClassVar[str] = ".pdf"
    media_type: ClassVar[str] = "application/pdf"
    api_version: ClassVar[int] = 1  # the directive_report.exporters.API_VERSION it was written for

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        """Write *report* as PDF to *stream* (never closing it)."""
        with tempfile.TemporaryDirectory(prefix="directive-report-pdf-") as folder:
            (pdf,) = render_pdfs([report], Path(folder), options=options)
            stream.write(pdf.read_bytes())


def render_pdfs(
    reports: Sequence[Report],
    out_dir: str | os.PathLike[str],
    *,
    names: Sequence[str] | None = None,
    options: ExportOptions | None = None,
) -> list[Path]:
    """Write each report as ``out_dir/NAME.pdf`` with one LibreOffice start; return the paths.

    *names* are the file names without suffix (``report-1``, ``report-2``, … by default).  A PDF
    appears in *out_dir* only once every conversion has succeeded; an existing file of the same
    name is replaced.
    """
    options = ExportOptions() if options is None else options
    pdfa, timeout, via = _settings(options.extra)
    names = [f"report-{n}" for n in range(1, len(reports) + 1)] if names is None else list(names)
    if len(names) != len(reports):
        raise PdfConversionError(f"{len(reports)} reports but {len(names)} names")
    target_dir = Path(out_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".pdf-", dir=target_dir) as work:
        sources = []
        for report, name in zip(reports, names, strict=True):
            source = Path(work, f"{name}.{via}")
            source.write_bytes(render(report, via, options))
            sources.append(source)
        converted = convert_to_pdf(sources, Path(work, "pdf"), pdfa=pdfa, timeout=timeout)
        targets = [target_dir / pdf.name for pdf in converted]
        for pdf, target in zip(converted, targets, strict=True):
            os.replace(pdf, target)
    return targets


def _settings(extra: Mapping[str, object]) -> tuple[int | None, float, str]:
    pdfa = extra.get("pdf.pdfa")
    if pdfa is True:
        pdfa = 2
    if pdfa not in (None, False, *PDFA_PARTS) or isinstance(pdfa, float):
        raise PdfConversionError(f"pdf.pdfa must be 1, 2, 3 or true, got {pdfa!r}")
    timeout = extra.get("pdf.timeout", DEFAULT_TIMEOUT)
    if not isinstance(timeout, int | float) or isinstance(timeout, bool) or timeout <= 0:
        raise PdfConversionError(
            f"pdf.timeout must be a positive number of seconds, got {timeout!r}"
        )
    via = extra.get("pdf.via", "docx")
    if via not in _SOURCE_FORMATS:
        raise PdfConversionError(f"pdf.via must be one of {_SOURCE_FORMATS}, got {via!r}")
    return (int(pdfa) if pdfa else None), float(timeout), str(via)
