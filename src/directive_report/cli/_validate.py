"""``directive-report validate FILE... [--json] [--fail-on warning]``: check received documents.

Each DOCX or ODT (or report file) is validated against Nghị định 30/2020/NĐ-CP
(:func:`directive_report.validate.validate`); findings are printed grouped by file, in the
language of the command line, or with ``--json`` as one array of records with both languages.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import attrs

from directive_report.cli._common import describe_finding
from directive_report.cli._output import is_quiet, print_error, say, step
from directive_report.i18n import N_, _

__all__ = ["RECORD_KEYS", "record", "register", "run"]

#: The keys of a ``--json`` record, in order.  A stable contract: see docs/validation.md.
RECORD_KEYS = ("file", "code", "severity", "location", "reference", "message", "message_vi")


def register(subparsers: Any) -> None:
    """Add the ``validate`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate",
        help=_("check received DOCX or ODT documents against the decree"),
        description=_(
            "Check the layout of each DOCX or ODT (paper, margins, fonts and sizes, the rules "
            "under the issuer and the motto, the Số and the date line, the body, Nơi nhận, "
            "the signature, page numbers), then the report it says. Findings are grouped by "
            "file. The exit status is 1 if a file cannot be read or has an error (with "
            "--fail-on warning, a warning too)."
        ),
    )
    parser.add_argument(
        "files", nargs="+", type=Path, metavar=_("FILE"), help=_("DOCX, ODT or report file")
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=_("print one JSON array of findings, in English and Vietnamese (see the docs)"),
    )
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning"),
        default="error",
        help=_("the lowest severity that makes the exit status 1 (default: error)"),
    )
    parser.set_defaults(run=run)


def record(file: str, finding: Any) -> dict[str, str]:
    """The ``--json`` record of one finding."""
    return {
        "file": file,
        "code": finding.code,
        "severity": finding.severity.value,
        "location": finding.location,
        "reference": finding.reference,
        "message": finding.message,
        "message_vi": finding.message_vi,
    }


#: The words of the readers' locations ("table 1, row 2, cell 1, paragraph 3"), for the catalogs.
_PLACE_WORDS = {
    word: word
    for word in (
        N_("table"), N_("row"), N_("cell"), N_("paragraph"), N_("header"), N_("footer"),
        N_("page"), N_("section"), N_("line"), N_("top border"), N_("bottom border"),
    )
}  # fmt: skip
_PLACE_RE = re.compile(r"\b(" + "|".join(sorted(_PLACE_WORDS, key=len, reverse=True)) + r")\b")


def _place(location: str) -> str:
    """A reader's location in the active language ("bảng 1, hàng 2, ô 1, đoạn 3"); a path in
    the report (``sections[0].title``) is left as it is."""
    if "[" in location or "." in location:
        return location
    return _PLACE_RE.sub(lambda match: _(match[1]), location)


def run(args: argparse.Namespace) -> int:
    """Validate every file; one that cannot be read is one line on stderr, the others go on."""
    from directive_report.checks import Severity
    from directive_report.errors import DirectiveReportError
    from directive_report.validate import validate

    failing = {Severity.ERROR, Severity.WARNING} if args.fail_on == "warning" else {Severity.ERROR}
    records: list[dict[str, str]] = []
    status = 0
    for path in args.files:
        step(_("{path}: reading and checking the layout").format(path=path))
        try:
            findings = validate(path)
        except DirectiveReportError as error:
            print_error(error)
            status = 1
            continue
        if any(finding.severity in failing for finding in findings):
            status = 1
        if args.json:
            records.extend(record(str(path), finding) for finding in findings)
            continue
        if is_quiet():  # only what fails
            findings = [finding for finding in findings if finding.severity in failing]
        if not findings:
            say(_("{file}: no findings").format(file=path))
            continue
        print(f"{path}:")
        for finding in findings:
            line = describe_finding(attrs.evolve(finding, location=_place(finding.location)))
            print(f"  {line} ({finding.reference})" if finding.reference else f"  {line}")
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        print()
    return status
