"""``directive-report next``: start the next period's report from this one.

``directive-report next report.toml --date 2025-05-20 -o next.toml [--force]`` writes the draft
made by :func:`directive_report.carry_forward` and says how many places await text
(``directive-report check`` lists them).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from directive_report.i18n import _, ngettext

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``next`` command."""
    from directive_report.cli._rollup import parse_date

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "next",
        help=_("start the next period's report from this one"),
        description=_(
            "Write next period's draft of a report: same directive, 'năm thứ N+1', last "
            "period's forward tasks as the headings of the results, and placeholders where new "
            "text is needed ('directive-report check' lists them)."
        ),
    )
    parser.add_argument("input", type=Path, metavar="INPUT", help=_("this period's report"))
    parser.add_argument(
        "--date", type=parse_date, required=True, help=_("date of the next report, YYYY-MM-DD")
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help=_("the draft to write"))
    parser.add_argument("--force", action="store_true", help=_("overwrite an existing output"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the draft; print where, and how many places need text."""
    from directive_report.cli._common import write_report
    from directive_report.cli._output import say, step
    from directive_report.cli._rollup import read_report
    from directive_report.cycle import carry_forward
    from directive_report.model.placeholder import find_placeholders

    step(_("{path}: reading").format(path=args.input))
    draft = carry_forward(read_report(args.input), date=args.date)
    step(_("{path}: writing").format(path=args.output))
    write_report(draft, args.output, force=args.force, inputs=[args.input])
    places = sum(1 for _place in find_placeholders(draft))
    message = ngettext(
        "{path}: {count} place to fill (directive-report check {path} lists it)",
        "{path}: {count} places to fill (directive-report check {path} lists them)",
        places,
    )
    say(message.format(path=args.output, count=places))
    return 0
