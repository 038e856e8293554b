"""``directive-report convert INPUT -o OUTPUT [--force] [--lenient] [--no-embed]``: a report from any format
:func:`directive_report.read` reads (TOML, JSON, or a DOCX, ODT or Markdown file directive-report
wrote) to any format the exporters write, chosen by OUTPUT's suffix; ``--no-embed`` writes it
without the report inside."""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path
from typing import Any

from directive_report.cli._common import embed_argument, export_options, write_report
from directive_report.cli._output import say, step
from directive_report.i18n import _

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``convert`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "convert",
        help=_("convert a report between formats (TOML, DOCX, ODT, ...)"),
        description=_(
            "Read INPUT (TOML, JSON, or a DOCX, ODT or Markdown file written by "
            "directive-report, checked against what it shows) and write OUTPUT in the format "
            "of its suffix."
        ),
    )
    parser.add_argument("input", type=Path, metavar="INPUT", help=_("the report to read"))
    parser.add_argument("-o", "--output", type=Path, required=True, help=_("the file to write"))
    parser.add_argument("--force", action="store_true", help=_("overwrite an existing output"))
    parser.add_argument(
        "--lenient",
        action="store_true",
        help=_("take what an edited DOCX, ODT or Markdown file shows instead of refusing it"),
    )
    embed_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Read, then write; an edited document is refused unless ``--lenient``."""
    from directive_report.readers import read

    step(_("{path}: reading").format(path=args.input))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = read(args.input, strict=not args.lenient)
    step(_("{path}: writing").format(path=args.output))
    write_report(
        report, args.output, force=args.force, inputs=[args.input], options=export_options(args)
    )
    say(args.output)
    return 0
