"""How much a command says: ``--quiet``, ``--verbose`` and ``--all-errors`` (private).

The usual conventions: by default a command prints its results, the files it wrote and its
warnings, and a progress bar on a terminal; ``-q``/``--quiet`` prints only what makes the command
fail (errors, and the findings that fail ``check`` and ``validate``) and what was asked to go
to standard output (``-o -``, ``--json``, the list of ``formats`` or ``citations``);
``-v``/``--verbose`` also says on stderr what each step does (instead of the progress bar).
A report file that cannot be loaded is one line, its first problem and how many others there
are; ``--all-errors`` prints every problem on its own line.

The level is set once per run by :func:`directive_report.cli.main` from the options.
"""

from __future__ import annotations

import argparse
import sys
from typing import Literal

from directive_report.cli._common import PROG, error_line
from directive_report.errors import ReportLoadError
from directive_report.i18n import _

__all__ = [
    "add_all_errors_option",
    "add_verbosity_options",
    "error_lines",
    "is_quiet",
    "is_verbose",
    "print_error",
    "say",
    "set_level",
    "step",
]

Level = Literal["quiet", "normal", "verbose"]
_level: list[Level] = ["normal"]  # the run's level (a list: set without a global statement)


def add_verbosity_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """Add ``-q``/``--quiet`` and ``-v``/``--verbose``: before the command (*top*) or after it.

    After the command they default to nothing, so that the value given before it stands."""
    group = parser.add_mutually_exclusive_group()
    default = False if top else argparse.SUPPRESS
    group.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default,
        help=_("print only errors and the output asked for"),
    )
    group.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default,
        help=_("also say what each step does (on stderr)"),
    )


def add_all_errors_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--all-errors`` to a command that loads report files."""
    parser.add_argument(
        "--all-errors",
        action="store_true",
        help=_("list every problem of a report file that cannot be loaded, one per line"),
    )


def set_level(args: argparse.Namespace) -> None:
    """Take the level from the parsed options (``--quiet`` wins over ``--verbose`` given on
    the other side of the command)."""
    if getattr(args, "quiet", False):
        _level[0] = "quiet"
    elif getattr(args, "verbose", False):
        _level[0] = "verbose"
    else:
        _level[0] = "normal"


def is_quiet() -> bool:
    """``--quiet`` was given."""
    return _level[0] == "quiet"


def is_verbose() -> bool:
    """``--verbose`` was given."""
    return _level[0] == "verbose"


def say(message: object) -> None:
    """Print *message* on stdout unless ``--quiet``: a file written, a summary."""
    if not is_quiet():
        print(message, file=sys.stdout, flush=True)


def step(message: str) -> None:
    """Say on stderr what a step does, under ``--verbose`` only."""
    if is_verbose():
        print(
            _("{prog}: {message}").format(prog=PROG, message=message), file=sys.stderr, flush=True
        )


def print_error(error: Exception, *, all_errors: bool = False) -> None:
    """Print *error* on stderr as ``directive-report: error: ...`` lines (see
    :func:`error_lines`)."""
    for line in error_lines(error, all_errors=all_errors):
        print(error_line(line), file=sys.stderr, flush=True)


def error_lines(error: Exception, *, all_errors: bool) -> list[str]:
    """The lines that report *error*: one, or with *all_errors* each problem of a report file
    that cannot be loaded."""
    if all_errors and isinstance(error, ReportLoadError):
        return error.problem_lines()
    return [str(error)]
