"""``directive-report formats``: the table of available exporters.

Each exporter is loaded to show its suffix and to check it; one that cannot be used (it fails to
import, breaks the contract, or shares its name) is listed with its problem, printed in full on
stderr, and makes the exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from directive_report.cli._common import error_line
from directive_report.i18n import _

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``formats`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "formats",
        help=_("list the available formats (built in and plug-ins)"),
        description=_(
            "List every exporter: built in, or declared by an installed plug-in in the "
            "entry-point group 'directive_report.exporters'. Exit status 1 if one cannot be used."
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the table on stdout, problems on stderr."""
    from directive_report.errors import ExporterError
    from directive_report.exporters import available, load_exporter

    rows = [(_("FORMAT"), _("SUFFIX"), _("DISTRIBUTION"), _("KIND"))]
    problems = []
    for info in available():
        kind = _("built in") if info.builtin else _("plug-in")
        suffix = info.suffix or "?"
        try:
            suffix = load_exporter(info).suffix
        except ExporterError as error:
            kind += f", {type(error).__name__}"
            problems.append(str(error))
        rows.append((info.name, suffix, info.origin or "?", kind))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]), file=sys.stdout)
    for problem in problems:
        print(error_line(problem), file=sys.stderr)
    return 1 if problems else 0
