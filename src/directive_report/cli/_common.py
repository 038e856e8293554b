"""What the sub-commands share: the program's name, the user-error type and one-line messages."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from directive_report import i18n
from directive_report.errors import DirectiveReportError
from directive_report.i18n import N_, _

if TYPE_CHECKING:
    from directive_report.checks import Finding
    from directive_report.model import Report

__all__ = [
    "PROG",
    "CommandError",
    "describe_export_error",
    "describe_finding",
    "describe_os_error",
    "error_line",
    "write_report",
]

#: The program's name, as messages start with it.
PROG = "directive-report"


class CommandError(DirectiveReportError):
    """A user error detected by a command; printed as one line, exit status 1."""


def describe_export_error(error: Exception, format: str, target: object) -> str:
    """One line for an export to *target* that failed: the library's own message, the file's
    problem, or a bug in exporter *format* (which must not stop the other outputs)."""
    if isinstance(error, DirectiveReportError):
        return str(error)
    if isinstance(error, OSError):
        return describe_os_error(error, target)
    return _("internal error in exporter {format!r}: {kind}: {error}").format(
        format=format, kind=type(error).__name__, error=error
    )


def error_line(message: object) -> str:
    """``"directive-report: error: <message>"`` in the active language."""
    return _("{prog}: error: {message}").format(prog=PROG, message=message)


#: The severities' names, for the catalogs (``_(severity.value)`` translates them).
_SEVERITY_NAMES = (N_("error"), N_("warning"), N_("info"))


def describe_finding(finding: Finding) -> str:
    """One line for a finding, in the active language: ``"summary: lỗi [code] ..."``."""
    where = f"{finding.location}: " if finding.location else ""
    return _("{where}{severity} [{code}] {message}").format(
        where=where,
        severity=_(finding.severity.value),
        code=finding.code,
        message=finding.message_in(i18n.active_language()),
    )


def describe_os_error(error: OSError, path: object = None) -> str:
    """One line for a failed file operation: ``"out/x.md: Permission denied"``.

    *path* names the file when the error does not.
    """
    filename = error.filename if error.filename is not None else path
    reason = error.strerror or str(error)
    return reason if filename is None else f"{filename}: {reason}"


def write_report(report: Report, target: Path, *, force: bool, inputs: Sequence[Path] = ()) -> None:
    """Write *report* to *target*: TOML or JSON by :func:`~directive_report.dump`, any other
    suffix by its exporter; atomically, never over one of the *inputs*, and over an existing
    file only with *force*."""
    from directive_report.exporters.api import export
    from directive_report.serialize import dump

    if any(target.resolve() == source.resolve() for source in inputs):
        raise CommandError(_("the output {path} is an input file").format(path=target))
    if target.is_dir():
        raise CommandError(_("-o {path} is a folder").format(path=target))
    if target.exists() and not force:
        raise CommandError(
            _("{path} already exists (use --force to overwrite)").format(path=target)
        )
    if target.suffix.lower() in (".toml", ".json"):
        dump(report, target)
    else:
        export(report, target)
