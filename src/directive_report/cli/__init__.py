"""The ``directive-report`` command line.

Each sub-command lives in its own module exposing ``register(subparsers)``, which adds a parser
whose ``run`` default is called with the parsed arguments and returns the exit status.  A user's
mistake (a bad file, an unknown format) prints one line to stderr and exits non-zero; only a bug
in the library shows a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from directive_report.errors import DirectiveReportError

__all__ = ["COMMANDS", "CommandError", "describe_export_error", "describe_os_error", "main"]

#: Modules of the sub-commands, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = ("demo", "check", "render", "formats", "citations")

PROG = "directive-report"


class CommandError(DirectiveReportError):
    """A user error detected by a command; printed as one line, exit status 1."""


def _version() -> str:
    from importlib.metadata import version

    return version("directive-report")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Model, check and render Vietnamese reports on the implementation of "
        "directives in the layout of Nghị định 30/2020/NĐ-CP.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"directive_report.cli._{name.replace('-', '_')}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (``sys.argv[1:]`` by default); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        status: int = run(args)
    except DirectiveReportError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (``directive-report citations x.toml | head``): stop quietly,
        # and keep Python from complaining again when it flushes stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as error:  # a folder that cannot be made, a disk that is full, ...
        print(f"{PROG}: error: {describe_os_error(error)}", file=sys.stderr)
        return 1
    return status


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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
