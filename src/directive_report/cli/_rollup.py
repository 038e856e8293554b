"""``directive-report rollup``: compile the units' reports into the superior body's draft.

``directive-report rollup INPUT... --authority authority.toml -o tong-hop.toml [--date D]
[--force]`` reads every input (one unit's report each), compiles them with
:func:`directive_report.rollup`, writes the draft (TOML/JSON, or any format by its suffix) and
prints a table of what was merged, what stands alone, what was left out and what to look at.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from directive_report.i18n import _, ngettext

if TYPE_CHECKING:
    from directive_report.cycle import RollupResult
    from directive_report.model import Report

__all__ = ["parse_date", "print_summary", "read_report", "register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``rollup`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "rollup",
        help=_("compile the units' reports into one report"),
        description=_(
            "Compile reports on one directive into a draft of the compiling body: headings "
            "merged, each block naming its unit, quantities and money summed, citations "
            "checked. Prints what was merged and what was not."
        ),
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        type=Path,
        metavar="INPUT",
        help=_("the units' reports (TOML, JSON, DOCX, ODT, DOC or text)"),
    )
    parser.add_argument(
        "--authority",
        type=Path,
        required=True,
        metavar="FILE",
        help=_("TOML file naming the compiling body (and the expected units, Kính gửi, ...)"),
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help=_("the draft to write"))
    parser.add_argument(
        "--date", type=parse_date, default=None, help=_("date of the draft, YYYY-MM-DD (today)")
    )
    parser.add_argument("--force", action="store_true", help=_("overwrite an existing output"))
    parser.set_defaults(run=run)


def parse_date(text: str) -> dt.date:
    """An ISO date from the command line, or a one-line usage error."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("expected a date as YYYY-MM-DD, got {text!r}").format(text=text)
        ) from None


def read_report(path: Path) -> Report:
    """A report from a file: TOML or JSON; a DOCX or ODT written by directive-report through
    the report it carries; any other document (DOCX, ODT, .doc, text written by another
    program) through :func:`directive_report.ingest`, which marks what it could not find."""
    from directive_report.errors import EmbeddedReportError
    from directive_report.serialize import load

    suffix = path.suffix.lower()
    if suffix in (".toml", ".json"):
        return load(path)
    if suffix in (".docx", ".odt"):
        from directive_report.exporters._package import read_embedded_report

        try:
            return read_embedded_report(path)
        except EmbeddedReportError:
            pass  # made by another program, or re-saved: read what the pages show
    from directive_report.readers import ingest

    return ingest(path).report


def run(args: argparse.Namespace) -> int:
    """Compile, write the draft, print the summary table on stdout."""
    from directive_report.cli._common import write_report
    from directive_report.cli._output import is_quiet, say, step
    from directive_report.cycle import rollup
    from directive_report.cycle._settings import load_settings

    settings = load_settings(args.authority)
    reports = {}
    for path in args.inputs:
        step(_("{path}: reading").format(path=path))
        reports[str(path)] = read_report(path)
    step(
        ngettext("compiling {count} report", "compiling {count} reports", len(reports)).format(
            count=len(reports)
        )
    )
    result = rollup(
        reports,
        authority=settings.authority,
        date=args.date or dt.date.today(),
        expected_units=settings.expected_units,
        summary=settings.summary,
        addressees=settings.addressees,
        signature=settings.signature,
        distribution=settings.distribution,
    )
    write_report(result.report, args.output, force=args.force, inputs=args.inputs)
    if not is_quiet():
        print_summary(result, sys.stdout)
    say(args.output)
    return 0


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]) - 1)]
    return [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]])
        for row in rows
    ]


def print_summary(result: RollupResult, stream: TextIO) -> None:
    """The table of units (headings merged and alone, blocks placed, paragraphs left out), the
    totals of more than one part, and the findings, in the active language."""
    from directive_report import vi
    from directive_report.cli._common import describe_finding

    rows: list[tuple[str, ...]] = [
        (_("Unit"), _("Merged headings"), _("Own headings"), _("Blocks"), _("Left out"))
    ]
    for unit in result.units:
        headings = [h for h in result.headings if h.origin.unit == unit]
        rows.append(
            (
                unit,
                str(sum(h.matched for h in headings)),
                str(sum(h.how == "unmatched" for h in headings)),
                str(sum(p.origin.unit == unit for p in result.placements)),
                str(sum(left.origin.unit == unit for left in result.left_out)),
            )
        )
    for line in _table(rows):
        print(line, file=stream)
    sums = [t for t in result.totals if t.location == "" and len(t.parts) > 1]
    if sums:
        print("\n" + _("Totals:"), file=stream)
        for total in sums:
            parts = " + ".join(vi.format_number(part.value) for part in total.parts)
            print(f"  {vi.format_number(total.value)} {total.unit} = {parts}", file=stream)
    if result.findings:
        print("\n" + _("To look at:"), file=stream)
        for finding in result.findings:
            print(f"  {describe_finding(finding)}", file=stream)
