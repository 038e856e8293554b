"""``directive-report clean [FOLDER...]``: remove the temporary files an interrupted run left.

A file being written is first a hidden temporary file beside its target,
``.<name>.directive-report-<pid>-<random>.tmp``; a run killed outright (``SIGKILL``, a power
cut) cannot remove it.  The next ``render`` into that folder removes such files, and so does this
command, for any folder.  A temporary file whose process is still running is kept.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from directive_report.cli._common import CommandError
from directive_report.cli._output import say
from directive_report.i18n import _


def register(subparsers: Any) -> None:
    """Add the ``clean`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "clean",
        help=_("remove temporary files left by interrupted runs"),
        description=_(
            "Remove the temporary files (.NAME.directive-report-PID-XXXXXXXX.tmp) that "
            "a killed run left in each FOLDER (default: the current folder); files of a run "
            "still going are kept. Each file removed is listed."
        ),
    )
    parser.add_argument(
        "folders", nargs="*", type=Path, metavar="FOLDER", help=_("folder to clean (default: .)")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Remove the stale temporary files of every folder; list each one removed."""
    from directive_report._files import remove_stale_temporaries

    folders: list[Path] = args.folders or [Path(".")]
    for folder in folders:
        if not folder.is_dir():
            raise CommandError(_("{path} is not a folder").format(path=folder))
    for folder in folders:
        for path in remove_stale_temporaries(folder):
            say(path)
    return 0
