"""``directive-report demo``: render the bundled example to every available format.

Every format that works is written; a plug-in that cannot be loaded or fails to render is one
line on stderr naming it, the others are still written, and the exit status is 1.  Two exporters
never write one file: when several write the same suffix, the built-in keeps
``<example><suffix>`` and each plug-in writes ``<example>.<format name><suffix>``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from directive_report.cli._common import (
    CommandError,
    error_line,
    export_arguments,
    export_options,
    warning_line,
)
from directive_report.cli._export import export_report
from directive_report.cli._output import is_quiet, say, step
from directive_report.i18n import _

if TYPE_CHECKING:
    from directive_report.exporters import ExporterInfo


def register(subparsers: Any) -> None:
    """Add the ``demo`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "demo",
        help=_("render the bundled example to every available format"),
        description=_(
            "Render the bundled example report (bac-giang-ct21-2024) to every "
            "available format, one file per format, into --out."
        ),
    )
    parser.add_argument(
        "--out", type=Path, default=Path("out"), help=_("output folder (default: out)")
    )
    parser.add_argument("--example", default="bac-giang-ct21-2024", help=_("which bundled example"))
    export_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Render the example; report each file written on stdout, each format that failed on stderr."""
    from directive_report import examples
    from directive_report.errors import ExporterError
    from directive_report.exporters import available, load_exporter

    report = examples.load(args.example)
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise CommandError(_("{path} exists and is not a folder").format(path=out))
    problems: list[str] = []
    loaded: list[tuple[ExporterInfo, str]] = []
    for info in available():  # loading tells a plug-in's suffix
        try:
            loaded.append((info, load_exporter(info).suffix))
        except ExporterError as error:
            problems.append(str(error))
    targets = _targets(out, args.example, loaded)
    existing = [str(target) for _name, target in targets if os.path.lexists(target)]
    if existing and not args.force:
        raise CommandError(
            _("{path} already exists (use --force to overwrite)").format(path=existing[0])
        )
    out.mkdir(parents=True, exist_ok=True)
    warnings: list[str] = []
    for name, target in targets:
        step(_("{path}: writing").format(path=target))
        outcome = export_report(
            report,
            target,
            name,
            force=args.force,
            strict=args.strict,
            timeout=args.timeout,
            options=export_options(args),
        )
        if outcome.warning is not None:
            warnings.append(outcome.warning)
        if outcome.problem is not None:
            problems.append(outcome.problem)
        else:
            say(f"{name:>10}  {target}")
    for warning in [] if is_quiet() else warnings:
        print(warning_line(warning), file=sys.stderr)
    for problem in problems:
        print(error_line(problem), file=sys.stderr)
    return 1 if problems else 0


def _targets(
    out: Path, stem: str, loaded: list[tuple[ExporterInfo, str]]
) -> list[tuple[str, Path]]:
    """One file per exporter, never the same for two: a suffix several exporters write goes to
    the built-in as ``stem + suffix`` and to each plug-in as ``stem.name + suffix``."""
    claims = Counter(suffix.lower() for _, suffix in loaded)
    targets = []
    for info, suffix in loaded:
        shared = claims[suffix.lower()] > 1 and not info.builtin
        targets.append(
            (info.name, out / (f"{stem}.{info.name}{suffix}" if shared else stem + suffix))
        )
    return targets
