"""``directive-report ingest FILE... (-o OUT | --out-dir DIR) [--force]``: recognise reports in
documents written without directive-report (DOCX, ODT, .doc, Markdown, text) and write them as TOML,
printing what could not be placed and which parts were missing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from directive_report.cli._common import CommandError, note_line, warning_line, write_report
from directive_report.cli._output import is_quiet, say, step
from directive_report.i18n import _

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``ingest`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "ingest",
        help=_("recognise reports in documents other programs wrote"),
        description=_(
            "Read each FILE (DOCX, ODT, legacy .doc through LibreOffice, Markdown or text), "
            "recognise the parts of an administrative document in it and write the report as "
            "TOML; what could not be placed is printed with its place and the reason."
        ),
    )
    parser.add_argument("files", nargs="+", type=Path, metavar=_("FILE"), help=_("a document"))
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=Path, help=_("the report to write (one FILE)"))
    target.add_argument("--out-dir", type=Path, help=_("write FILE's report as DIR/FILE.toml"))
    parser.add_argument("--force", action="store_true", help=_("overwrite existing outputs"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Ingest every file; the status is 1 when one of them could not be ingested."""
    from directive_report.errors import DirectiveReportError
    from directive_report.readers import ingest

    files: list[Path] = args.files
    if args.output is not None and len(files) > 1:
        raise CommandError(_("-o takes one FILE; use --out-dir for several"))
    status = 0
    for path in files:
        target = args.output or args.out_dir / f"{path.stem}.toml"
        try:
            step(_("{path}: reading").format(path=path))
            got = ingest(path)
            step(_("{path}: writing").format(path=target))
            write_report(got.report, target, force=args.force, inputs=files)
        except (DirectiveReportError, CommandError) as error:
            print(
                f"{path}: {error}" if isinstance(error, CommandError) else str(error),
                file=sys.stderr,
            )
            status = 1
            continue
        say(target)
        if is_quiet():
            continue
        for piece in got.unplaced:
            print(
                note_line(f"{path}: {piece.location}: {piece.reason}: {piece.text[:80]}"),
                file=sys.stderr,
            )
        if got.missing:
            print(
                warning_line(
                    _("{path}: missing, left as placeholders: {parts}").format(
                        path=path, parts=", ".join(got.missing)
                    )
                ),
                file=sys.stderr,
            )
    return status
