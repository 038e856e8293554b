"""``directive-report demo``: render the bundled example to every available format.

Every format that works is written; a plug-in that cannot be loaded or fails to render is one
line on stderr naming it, the others are still written, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from directive_report.cli._common import CommandError, describe_export_error, error_line
from directive_report.i18n import _


def register(subparsers: Any) -> None:
    """Add the ``demo`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "demo",
        help=_("render the bundled example report to every available format"),
        description=_(
            "Render the bundled example report (bac-giang-ct21-2024) to every "
            "available format, one file per format, into --out."
        ),
    )
    parser.add_argument(
        "--out", type=Path, default=Path("out"), help=_("output folder (default: out)")
    )
    parser.add_argument("--example", default="bac-giang-ct21-2024", help=_("which bundled example"))
    parser.add_argument("--force", action="store_true", help=_("overwrite existing files"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Render the example; report each file written on stdout, each format that failed on stderr."""
    from directive_report import examples
    from directive_report.errors import ExporterError
    from directive_report.exporters import Exporter, available, load_exporter
    from directive_report.exporters.api import export

    report = examples.load(args.example)
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise CommandError(_("{path} exists and is not a folder").format(path=out))
    problems: list[str] = []
    exporters: list[Exporter] = []
    for info in available():  # loading tells a plug-in's suffix
        try:
            exporters.append(load_exporter(info))
        except ExporterError as error:
            problems.append(str(error))
    targets = [(exporter.name, out / f"{args.example}{exporter.suffix}") for exporter in exporters]
    existing = [str(target) for _, target in targets if target.exists()]
    if existing and not args.force:
        raise CommandError(
            _("{path} already exists (use --force to overwrite)").format(path=existing[0])
        )
    out.mkdir(parents=True, exist_ok=True)
    for name, target in targets:
        try:
            export(report, target, format=name)
        except Exception as error:  # a bug in a plug-in must not stop the other formats
            problems.append(describe_export_error(error, name, target))
        else:
            print(f"{name:>10}  {target}", file=sys.stdout)
    for problem in problems:
        print(error_line(problem), file=sys.stderr)
    return 1 if problems else 0
