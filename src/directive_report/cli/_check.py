"""``directive-report check``: consistency and decree checks on report files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from directive_report.i18n import _


def register(subparsers: Any) -> None:
    """Add the ``check`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "check",
        help=_("check reports for inconsistencies and departures from the decree"),
        description=_(
            "Load each TOML/JSON report and list what the checks find. The JSON output has "
            "each message in English and Vietnamese. The exit status is 1 if any file cannot "
            "be loaded or has an error-level finding (with --strict, a warning too)."
        ),
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help=_("report files"))
    parser.add_argument("--json", action="store_true", help=_("print one JSON array of findings"))
    parser.add_argument("--strict", action="store_true", help=_("fail on warnings too"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check every input; a file that cannot be loaded is reported and the others still run."""
    from directive_report.checks import Severity, check
    from directive_report.cli._common import describe_finding, error_line
    from directive_report.errors import DirectiveReportError
    from directive_report.serialize import load

    failing = {Severity.ERROR, Severity.WARNING} if args.strict else {Severity.ERROR}
    records: list[dict[str, str]] = []
    status = 0
    for path in args.inputs:
        try:
            report = load(path)
        except DirectiveReportError as error:
            print(error_line(error), file=sys.stderr)
            status = 1
            continue
        for finding in check(report):
            status = 1 if finding.severity in failing else status
            if args.json:
                records.append(
                    {
                        "file": str(path),
                        "code": finding.code,
                        "severity": finding.severity.value,
                        "location": finding.location,
                        "message": finding.message,
                        "message_vi": finding.message_vi,
                    }
                )
            else:
                print(f"{path}: {describe_finding(finding)}")
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        print()
    return status
