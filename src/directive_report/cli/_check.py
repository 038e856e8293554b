"""``directive-report check``: consistency and decree checks on report files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from directive_report.i18n import _, ngettext


def register(subparsers: Any) -> None:
    """Add the ``check`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "check",
        help=_("check reports for consistency and against the decree"),
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
    from directive_report.cli._common import describe_finding
    from directive_report.cli._output import is_quiet, print_error, step
    from directive_report.errors import DirectiveReportError
    from directive_report.serialize import load

    failing = {Severity.ERROR, Severity.WARNING} if args.strict else {Severity.ERROR}
    records: list[dict[str, str]] = []
    status = 0
    for path in args.inputs:
        step(_("{path}: loading and checking").format(path=path))
        try:
            report = load(path)
        except DirectiveReportError as error:
            print_error(error, all_errors=args.all_errors)
            status = 1
            continue
        findings = check(report)
        step(
            ngettext("{path}: {count} finding", "{path}: {count} findings", len(findings)).format(
                path=path, count=len(findings)
            )
        )
        for finding in findings:
            fails = finding.severity in failing
            status = 1 if fails else status
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
            elif fails or not is_quiet():  # quiet: only what fails
                print(f"{path}: {describe_finding(finding)}")
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        print()
    return status
