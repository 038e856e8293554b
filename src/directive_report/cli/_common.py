"""What the sub-commands share: the program's name, the user-error type and one-line messages."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from directive_report import i18n
from directive_report.errors import DirectiveReportError
from directive_report.i18n import N_, _

if TYPE_CHECKING:
    from directive_report.checks import Finding
    from directive_report.exporters import ExportOptions
    from directive_report.model import Report

__all__ = [
    "PROG",
    "CommandError",
    "Progress",
    "Terminated",
    "describe_export_error",
    "describe_finding",
    "describe_os_error",
    "embed_argument",
    "error_line",
    "export_arguments",
    "export_options",
    "jobs_argument",
    "note_line",
    "positive_number",
    "warning_line",
    "write_report",
]

#: The program's name, as messages start with it.
PROG = "directive-report"


class CommandError(DirectiveReportError):
    """A user error detected by a command; printed as one line, exit status 1."""


class Terminated(KeyboardInterrupt):
    """``SIGTERM`` arrived: stop as on Ctrl-C (the same clean-up runs), exit status 143."""


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


def warning_line(message: object) -> str:
    """``"directive-report: warning: <message>"`` in the active language."""
    return _("{prog}: warning: {message}").format(prog=PROG, message=message)


def note_line(message: object) -> str:
    """``"directive-report: note: <message>"`` in the active language."""
    return _("{prog}: note: {message}").format(prog=PROG, message=message)


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


def write_report(
    report: Report,
    target: Path,
    *,
    force: bool,
    inputs: Sequence[Path] = (),
    options: ExportOptions | None = None,
) -> None:
    """Write *report* to *target*: TOML or JSON by :func:`~directive_report.dump`, any other
    suffix by its exporter (with *options*); atomically, never over one of the *inputs*, and over
    an existing file only with *force*."""
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
        export(report, target, options=options, overwrite=force)


def embed_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--no-embed`` (``args.embed`` false): ``ExportOptions(embed_model=False)``."""
    parser.add_argument(
        "--no-embed",
        dest="embed",
        action="store_false",
        help=_(
            "do not carry the report inside the output (DOCX, ODT, Markdown front matter): "
            "smaller and faster, but 'read' and 'convert' cannot read it back"
        ),
    )


def export_options(args: argparse.Namespace) -> ExportOptions:
    """The export options the command line asked for (``--no-embed``)."""
    from directive_report.exporters import ExportOptions

    return ExportOptions(embed_model=args.embed)


def export_arguments(parser: argparse.ArgumentParser) -> None:
    """Add what every command that writes exports takes: ``--force``, ``--strict``,
    ``--timeout SECONDS``, ``--no-embed``."""
    embed_argument(parser)
    parser.add_argument(
        "--force", action="store_true", help=_("overwrite existing files (regular files only)")
    )
    parser.add_argument(
        "--strict", action="store_true", help=_("an exporter that writes nothing is an error")
    )
    parser.add_argument(
        "--timeout",
        type=positive_number,
        metavar="SECONDS",
        help=_("stop an export that takes longer (default: no limit)"),
    )


def positive_number(text: str) -> float:
    """A number above zero (``--timeout`` seconds, ``--max-input-mb`` megabytes)."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < 10**6:
        raise argparse.ArgumentTypeError(
            _("expected a number above 0, got {text!r}").format(text=text)
        )
    return value


def _jobs_value(text: str) -> int:
    if text.strip().lower() == "auto":
        return 0
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            _("expected a whole number, 0 or 'auto', got {text!r}").format(text=text)
        )
    return value


def jobs_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``-j/--jobs N|0|auto``."""
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs_value,
        default=0,
        metavar="N",
        help=_(
            "parallel processes; 0 or 'auto' (the default): one per usable core; "
            "more than the usable cores is capped"
        ),
    )


class Progress:
    """A progress bar on *stream* when it is a terminal and there are several inputs."""

    WIDTH = 30

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.shown = total > 1 and stream.isatty()
        self._draw()

    def advance(self) -> None:
        """Count one input as finished and redraw."""
        self.done += 1
        self._draw()

    def clear(self) -> None:
        """Erase the bar, so that a message can be printed on its line."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def _draw(self) -> None:
        if self.shown and self.done < self.total:
            filled = self.WIDTH * self.done // self.total
            bar = "#" * filled + "." * (self.WIDTH - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total}")
            self.stream.flush()
