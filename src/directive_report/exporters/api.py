"""Rendering a report: :func:`render` to bytes, :func:`export` to a file.

Both are re-exported by the package: ``directive_report.render(report, "markdown")``.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from directive_report.errors import ExporterNotFoundError
from directive_report.exporters._contract import Exporter, ExportOptions
from directive_report.exporters._registry import available, exporter_for_suffix, get_exporter
from directive_report.model import Report

__all__ = ["export", "render"]


def render(report: Report, format: str, options: ExportOptions | None = None) -> bytes:
    """The bytes of *report* in *format* (``"markdown"``, ``"docx"``, a plug-in's name).

    >>> import directive_report as dr
    >>> text = dr.render(dr.examples.load("bac-giang-ct21-2024"), "markdown").decode()
    >>> "Nơi nhận:" in text
    True
    """
    return _render(report, get_exporter(format), options)


def export(
    report: Report,
    target: str | os.PathLike[str],
    *,
    format: str | None = None,
    options: ExportOptions | None = None,
) -> Path:
    """Write *report* to the file *target* and return its path.

    The exporter is the one named *format*, or else the one for the target's suffix (``.md``,
    ``.docx``, ...).  The whole file is rendered first, written to a temporary file beside the
    target and renamed over it: a failure leaves no partial file and an existing target intact.
    Overwriting is the caller's decision (the command line asks for ``--force``).
    """
    path = Path(target)
    if format is not None:
        exporter = get_exporter(format)
    elif path.suffix:
        exporter = exporter_for_suffix(path.suffix)
    else:
        names = tuple(info.name for info in available())
        raise ExporterNotFoundError(
            path.name,
            names,
            what="format of file",
            hint="; give the file a suffix such as .md, or choose a format by name",
        )
    data = _render(report, exporter, options)
    from directive_report._files import write_atomically

    write_atomically(path, data)
    return path


def _render(report: Report, exporter: Exporter, options: ExportOptions | None) -> bytes:
    stream = io.BytesIO()
    exporter.render(report, stream, ExportOptions() if options is None else options)
    return stream.getvalue()
