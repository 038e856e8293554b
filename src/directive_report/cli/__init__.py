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
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from directive_report import i18n
from directive_report.cli._common import (
    PROG,
    CommandError,
    Terminated,
    describe_export_error,
    describe_os_error,
    error_line,
)
from directive_report.cli._output import (
    add_all_errors_option,
    add_verbosity_options,
    print_error,
    set_level,
)
from directive_report.errors import DirectiveReportError
from directive_report.i18n import _
from directive_report.i18n._argparse import translated_argparse

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
COMMANDS: tuple[str, ...] = (
    "demo",
    "check",
    "render",
    "formats",
    "citations",
    "rollup",
    "next",
    "ingest",
    "convert",
    "validate",
    "clean",
)

#: The commands that load report files, which take ``--all-errors``.
LOADS_REPORTS = frozenset({"check", "render", "citations", "rollup", "next", "convert"})


class _Version(argparse.Action):
    """``--version``: print the installed distribution's version and exit (its metadata is read
    only then: :mod:`importlib.metadata` is not imported by every command)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import version

        print(f"{PROG} {version('directive-report')}")
        parser.exit()


class _LanguageNames:
    """``en = English, vi = Tiếng Việt`` for ``--lang``'s help, written only when the help is
    printed (argparse formats a help with its action's attributes): the names come from
    Babel's CLDR data, which a command that prints no help does not load."""

    def __str__(self) -> str:
        return ", ".join(f"{code} = {i18n.language_name(code)}" for code in i18n.LANGUAGES)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_(
            "Model, check and render Vietnamese reports on the implementation of "
            "directives in the layout of Nghị định 30/2020/NĐ-CP."
        ),
    )
    parser.add_argument(
        "--version",
        action=_Version,
        help=_("show the version and exit"),
    )
    lang = parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=_("language of the messages: {languages} (default: from the locale, LANG)").format(
            languages="%(language_names)s"
        ),
    )
    lang.language_names = _LanguageNames()  # type: ignore[attr-defined]  # read by the help
    add_verbosity_options(parser, top=True)
    subparsers = parser.add_subparsers(title=_("commands"), metavar=_("COMMAND"))
    for name in COMMANDS:
        module = importlib.import_module(f"directive_report.cli._{name.replace('-', '_')}")
        module.register(subparsers)
    for name, command in subparsers.choices.items():
        add_verbosity_options(command)
        if name in LOADS_REPORTS:
            add_all_errors_option(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (``sys.argv[1:]`` by default); return the exit status.

    Messages are in the language of ``--lang``, else of the locale variables (``LANG``, ...).
    """
    arguments = sys.argv[1:] if argv is None else list(argv)
    language = _language_option(arguments) or i18n.language_from_environment()
    with i18n.using(language), translated_argparse():
        return _main(arguments)


def _language_option(argv: Sequence[str]) -> i18n.Language | None:
    """The ``--lang`` of *argv*, read before the parser is built (its help is translated)."""
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        value = argument.removeprefix("--lang=") if argument.startswith("--lang=") else None
        if argument == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in i18n.LANGUAGES:
            return value
    return None


def _main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return 2
    set_level(args)
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if in_main_thread else None
    try:
        status: int = run(args)
    except DirectiveReportError as error:
        print_error(error, all_errors=getattr(args, "all_errors", False))
        return 1
    except Terminated:
        print(_("{prog}: terminated").format(prog=PROG), file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print(_("{prog}: interrupted").format(prog=PROG), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (``directive-report citations x.toml | head``): stop quietly,
        # and keep Python from complaining again when it flushes stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as error:  # a folder that cannot be made, a disk that is full, ...
        print(error_line(describe_os_error(error)), file=sys.stderr)
        return 1
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous)
    return status


def _terminate(signum: int, frame: FrameType | None) -> None:
    """``SIGTERM`` stops a command as Ctrl-C does, with the same clean-up."""
    raise Terminated


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
