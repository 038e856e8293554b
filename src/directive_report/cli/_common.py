"""What the sub-commands share: the program's name, the user-error type and one-line messages."""

from __future__ import annotations

from directive_report.errors import DirectiveReportError

__all__ = ["PROG", "CommandError", "describe_export_error", "describe_os_error"]

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
    return f"internal error in exporter {format!r}: {type(error).__name__}: {error}"


def describe_os_error(error: OSError, path: object = None) -> str:
    """One line for a failed file operation: ``"out/x.md: Permission denied"``.

    *path* names the file when the error does not.
    """
    filename = error.filename if error.filename is not None else path
    reason = error.strerror or str(error)
    return reason if filename is None else f"{filename}: {reason}"
