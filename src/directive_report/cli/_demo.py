"""``directive-report demo``: render the bundled example to every available format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ``demo`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "demo",
        help="render the bundled example report to every available format",
        description="Render the bundled example report (bac-giang-ct21-2024) to every "
        "available format, one file per format, into --out.",
    )
    parser.add_argument(
        "--out", type=Path, default=Path("out"), help="output folder (default: out)"
    )
    parser.add_argument("--example", default="bac-giang-ct21-2024", help="which bundled example")
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Render the example; report each file written on stdout."""
    from directive_report import examples
    from directive_report.cli import CommandError
    from directive_report.exporters import available, load_exporter
    from directive_report.exporters.api import export

    report = examples.load(args.example)
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise CommandError(f"{out} exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    # Loading tells a plug-in's suffix, and a broken plug-in stops the demo with its error.
    exporters = [load_exporter(info) for info in available()]
    targets = [(exporter.name, out / f"{args.example}{exporter.suffix}") for exporter in exporters]
    existing = [str(target) for _, target in targets if target.exists()]
    if existing and not args.force:
        raise CommandError(f"{existing[0]} already exists (use --force to overwrite)")
    for name, target in targets:
        export(report, target, format=name)
        print(f"{name:>10}  {target}", file=sys.stdout)
    return 0
