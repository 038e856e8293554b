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

from directive_report.cli._common import (
    PROG,
    CommandError,
    describe_export_error,
    describe_os_error,
)
from directive_report.errors import DirectiveReportError

__all__ = [
    "COMMANDS",
    "PROG",
    "CommandError",
    "build_parser",
    "describe_export_error",
    "describe_os_error",
    "main",
]

#: Modules of the sub-commands, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = ("demo", "check", "render", "formats", "citations")


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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
