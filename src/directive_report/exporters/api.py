"""Rendering a report: :func:`render` to bytes, :func:`export` to a file.

Both are re-exported by the package: ``directive_report.render(report, "markdown")``.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from directive_report._time_limit import TimeLimitExceeded, time_limit
from directive_report.errors import ExporterNotFoundError, ExportFailedError
from directive_report.exporters._contract import Exporter, ExportOptions
from directive_report.exporters._registry import available, exporter_for_suffix, get_exporter
from directive_report.i18n import _
from directive_report.model import Report

__all__ = ["export", "render", "render_with"]


def render(
    report: Report,
    format: str,
    options: ExportOptions | None = None,
    *,
    timeout: float | None = None,
) -> bytes:
    """The bytes of *report* in *format* (``"markdown"``, ``"docx"``, a plug-in's name).

    An exporter that runs longer than *timeout* seconds (main thread only), or that stops the
    program (``sys.exit()``, any ``BaseException`` but ``KeyboardInterrupt``), raises
    :class:`~directive_report.errors.ExportFailedError`.

    >>> import directive_report as dr
    >>> text = dr.render(dr.examples.load("bac-giang-ct21-2024"), "markdown").decode()
    >>> "Nơi nhận:" in text
    True
    """
    return render_with(report, get_exporter(format), options, timeout=timeout)


def export(
    report: Report,
    target: str | os.PathLike[str],
    *,
    format: str | None = None,
    options: ExportOptions | None = None,
    overwrite: bool = True,
    timeout: float | None = None,
) -> Path:
    """Write *report* to the file *target* and return its path.

    The exporter is the one named *format*, or else the one for the target's suffix (``.md``,
    ``.docx``, ...).  The whole file is rendered first, written to a temporary file beside the
    target and renamed over it: a failure leaves no partial file and an existing target intact.
    Overwriting is the caller's decision (the command line asks for ``--force``): with
    ``overwrite=False`` an existing target, even one created while rendering, raises
    :class:`~directive_report.errors.OutputError`.  Only a regular file is ever replaced.
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
    from directive_report._files import check_target, write_atomically

    check_target(path, overwrite=overwrite)  # before a long render
    data = render_with(report, exporter, options, timeout=timeout)
    write_atomically(path, data, overwrite=overwrite)
    return path


def render_with(
    report: Report,
    exporter: Exporter,
    options: ExportOptions | None = None,
    *,
    timeout: float | None = None,
) -> bytes:
    """The bytes *exporter* writes for *report* (see :func:`render` for *timeout*)."""
    stream = io.BytesIO()
    try:
        with time_limit(timeout):
            exporter.render(report, stream, ExportOptions() if options is None else options)
    except TimeLimitExceeded:
        reason = _("took longer than {seconds} s").format(seconds=f"{timeout:g}")
        raise ExportFailedError(exporter.name, reason) from None
    except (Exception, KeyboardInterrupt):
        raise
    except BaseException as error:  # sys.exit() in a plug-in is its failure, not ours
        reason = _("stopped the program ({kind}: {error})").format(
            kind=type(error).__name__, error=error
        )
        raise ExportFailedError(exporter.name, reason) from error
    return stream.getvalue()
