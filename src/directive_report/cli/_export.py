"""Exporting one report to one file, as ``render`` and ``demo`` do (private).

The target is checked before rendering (a long render is not wasted on a file that will be
refused) and again when the file is moved into place; the exporter runs under the time limit;
an exporter that writes nothing is a warning, or an error under ``--strict``; any failure is one
line, and never stops the other outputs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from directive_report.cli._common import describe_export_error
from directive_report.i18n import _
from directive_report.model import Report

if TYPE_CHECKING:
    from directive_report.exporters import ExportOptions

__all__ = ["Outcome", "export_report"]


class Outcome(NamedTuple):
    """What became of one export: a failure, a warning (one line each), the bytes for stdout."""

    problem: str | None = None
    warning: str | None = None
    data: bytes | None = None


def export_report(
    report: Report,
    target: Path | None,
    format: str,
    *,
    force: bool,
    strict: bool = False,
    timeout: float | None = None,
    label: str = "",
    options: ExportOptions | None = None,
) -> Outcome:
    """Render *report* in *format* (with *options*) and write it to *target* (``None``: return
    the bytes).

    *label* starts every message (``"bao-cao.toml: "``).
    """
    from directive_report._files import check_target, write_atomically
    from directive_report.cli._workers import writing
    from directive_report.exporters import get_exporter
    from directive_report.exporters.api import render_with

    try:
        if target is not None:
            check_target(target, overwrite=force)
        data = render_with(report, get_exporter(format), options, timeout=timeout)
        warning = None
        if not data:
            if strict:
                problem = _("exporter {format!r} wrote nothing (--strict)").format(format=format)
                return Outcome(problem=label + problem)
            where = _("standard output") if target is None else target
            empty = _("exporter {format!r} wrote nothing; {target} is empty")
            warning = label + empty.format(format=format, target=where)
        if target is None:
            return Outcome(warning=warning, data=data)
        with writing():
            write_atomically(target, data, overwrite=force)
    except Exception as error:  # a bug in an exporter must not stop the other outputs
        return Outcome(problem=label + describe_export_error(error, format, target))
    return Outcome(warning=warning)
