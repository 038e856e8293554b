"""``directive-report render``: render report files (TOML or JSON) to a format.

``directive-report render INPUT... [-f FORMAT] [-o OUTPUT | --out-dir DIR] [--force] [--jobs N]
[--timeout SECONDS] [--strict]``

The format is ``-f`` or the suffix of ``-o``; ``-o -`` writes to standard output.  Each output
is named after its input (``report.toml`` -> ``report.md``) beside it or in ``--out-dir``; an
existing file is kept unless ``--force``, only a regular file is ever replaced, and an input is
never written over.  Several inputs are rendered in parallel processes (at most one per usable
core), with a progress bar when stderr is a terminal.  An input that fails is reported on one
line by name and the others still complete; the exit status is 0 only if every input was
rendered.  Each file written is listed on stdout.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from directive_report.cli._common import (
    CommandError,
    Progress,
    error_line,
    export_arguments,
    jobs_argument,
    note_line,
    positive_number,
    warning_line,
)
from directive_report.cli._export import Outcome, export_report
from directive_report.cli._output import error_lines, is_quiet, is_verbose, say, step
from directive_report.i18n import _, ngettext

if TYPE_CHECKING:
    from directive_report.exporters import Exporter

__all__ = ["Job", "Outcome", "register", "render_one", "run"]

#: The ``-o`` value that means standard output.
STDOUT = Path("-")


def register(subparsers: Any) -> None:
    """Add the ``render`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "render",
        help=_("render reports (TOML, JSON) to DOCX, ODT, Markdown, ..."),
        description=_(
            "Render one or many report files. The format is -f, or the suffix of -o. "
            "Outputs are named after their inputs, beside them or in --out-dir. "
            "Exit status 0 only if every input was rendered."
        ),
    )
    parser.add_argument(
        "inputs", nargs="+", type=Path, metavar="INPUT", help=_("report file (.toml or .json)")
    )
    parser.add_argument("-f", "--format", help=_("format name (see 'directive-report formats')"))
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "-o",
        "--output",
        type=Path,
        help=_("output file (one input only); '-' for standard output"),
    )
    where.add_argument("--out-dir", type=Path, metavar="DIR", help=_("folder for the outputs"))
    export_arguments(parser)
    parser.add_argument(
        "--max-input-mb",
        type=positive_number,
        metavar="MB",
        help=_("read input files of at most this many megabytes (default: 256)"),
    )
    jobs_argument(parser)
    parser.set_defaults(run=run)


class Job(NamedTuple):
    """One input to render: where from, where to (``-`` for stdout), in which format, how."""

    source: Path
    target: Path
    format: str
    force: bool
    strict: bool = False
    timeout: float | None = None
    max_bytes: int | None = None
    embed: bool = True
    all_errors: bool = False


def render_one(job: Job) -> Outcome:
    """Render one input and write its output (unless it goes to stdout: then ``data``)."""
    from directive_report.errors import ReportLoadError
    from directive_report.exporters import ExportOptions
    from directive_report.serialize import load
    from directive_report.serialize._read import MAX_INPUT_BYTES

    try:
        report = load(job.source, max_bytes=job.max_bytes or MAX_INPUT_BYTES)
    except ReportLoadError as error:  # names the file and the place in it
        return Outcome(problem="\n".join(error_lines(error, all_errors=job.all_errors)))
    return export_report(
        report,
        None if job.target == STDOUT else job.target,
        job.format,
        force=job.force,
        strict=job.strict,
        timeout=job.timeout,
        label=f"{job.source}: ",
        options=ExportOptions(embed_model=job.embed),
    )


def run(args: argparse.Namespace) -> int:
    """Render every input; print each file written on stdout and each failure on stderr."""
    from directive_report._files import remove_stale_temporaries
    from directive_report.cli._workers import resolve_jobs, run_in_process, run_in_workers

    jobs = _plan(args)
    for folder in sorted({job.target.parent for job in jobs if job.target != STDOUT}):
        removed = remove_stale_temporaries(folder)
        if removed:
            message = ngettext(
                "removed {count} temporary file left in {folder} by an interrupted run",
                "removed {count} temporary files left in {folder} by an interrupted run",
                len(removed),
            ).format(count=len(removed), folder=folder)
            if not is_quiet():
                print(note_line(message), file=sys.stderr)
    workers = min(resolve_jobs(args.jobs), len(jobs))
    step(
        ngettext(
            "rendering {count} report as {format} ({workers} at a time)",
            "rendering {count} reports as {format} ({workers} at a time)",
            len(jobs),
        ).format(count=len(jobs), format=jobs[0].format, workers=max(workers, 1))
    )
    bar = not (is_quiet() or is_verbose())  # verbose: the steps' lines instead of the bar
    progress = Progress(sys.stderr, len(jobs) if bar else 0)
    failures = 0

    def report(job: Job, outcome: Outcome | None) -> None:
        nonlocal failures
        progress.clear()
        failures += _report(job, outcome or Outcome())
        progress.advance()

    try:
        if workers > 1:
            run_in_workers(render_one, jobs, workers, report)
        else:
            run_in_process(render_one, jobs, report)
    finally:
        progress.clear()
    return 1 if failures else 0


def _report(job: Job, outcome: Outcome) -> int:
    """Print what became of *job*; 1 if it failed."""
    if outcome.warning is not None and not is_quiet():
        print(warning_line(outcome.warning), file=sys.stderr, flush=True)
    if outcome.problem is not None:
        for line in outcome.problem.splitlines():
            print(error_line(line), file=sys.stderr, flush=True)
        return 1
    if outcome.data is not None:
        step(_("{source}: rendered to standard output").format(source=job.source))
        sys.stdout.buffer.write(outcome.data)
        sys.stdout.flush()
    else:
        step(_("{source}: rendered to {target}").format(source=job.source, target=job.target))
        say(job.target)
    return 0


def _plan(args: argparse.Namespace) -> list[Job]:
    """The jobs, after checking what concerns all inputs at once (format, outputs)."""
    from directive_report.exporters import exporter_for_suffix

    sources: dict[Path, Path] = {}  # by resolved path: ``a.toml ./a.toml`` is rendered once
    for source in args.inputs:
        sources.setdefault(_resolved(source), source)
    inputs = list(sources.values())
    output: Path | None = args.output
    if output is not None and len(inputs) > 1:
        raise CommandError(
            _("-o names one output but {count} inputs were given; use --out-dir").format(
                count=len(inputs)
            )
        )
    if output is not None and output != STDOUT and output.is_dir():
        raise CommandError(
            _("-o {path} is a folder; use --out-dir to write into it").format(path=output)
        )
    if args.format is not None:
        exporter = _exporter_named(args.format)
    elif output is not None and output != STDOUT and output.suffix:
        exporter = exporter_for_suffix(output.suffix)
    else:
        raise CommandError(
            _("choose a format with -f (see 'directive-report formats') or give -o a suffix")
        )
    if args.out_dir is not None and args.out_dir.exists() and not args.out_dir.is_dir():
        raise CommandError(_("{path} exists and is not a folder").format(path=args.out_dir))

    def target(source: Path) -> Path:
        if output is not None:
            return output
        folder = args.out_dir if args.out_dir is not None else source.parent
        return folder / (source.stem + exporter.suffix)

    jobs = []
    seen: dict[Path, Path] = {}
    for source in inputs:
        limit = None if args.max_input_mb is None else int(args.max_input_mb * 2**20)
        job = Job(
            source,
            target(source),
            exporter.name,
            args.force,
            args.strict,
            args.timeout,
            limit,
            args.embed,
            args.all_errors,
        )
        if job.target == STDOUT:
            jobs.append(job)
            continue
        written = _resolved(job.target)
        if written in sources:  # even with --force: the report would be lost
            raise CommandError(
                _("{source}: the output {target} is an input file").format(
                    source=job.source, target=job.target
                )
            )
        other = seen.setdefault(written, job.source)
        if other != job.source:
            raise CommandError(
                _("{first} and {second} would both be written to {target}").format(
                    first=other, second=job.source, target=job.target
                )
            )
        jobs.append(job)
    if args.out_dir is not None:  # created as 'demo --out' does, once the run is known to be sound
        args.out_dir.mkdir(parents=True, exist_ok=True)
    return jobs


def _exporter_named(name: str) -> Exporter:
    """The exporter of format *name*, or else of the file suffix *name* (``-f md``, ``-f .odt``);
    an unknown name is the registry's error, with its did-you-mean."""
    from directive_report.errors import ExporterNotFoundError
    from directive_report.exporters import exporter_for_suffix, get_exporter

    try:
        return get_exporter(name)
    except ExporterNotFoundError as unknown:
        if not name.strip("."):
            raise
        try:
            return exporter_for_suffix("." + name.lstrip("."))
        except ExporterNotFoundError:
            raise unknown from None


def _resolved(path: Path) -> Path:
    """*path* made absolute with its links followed as far as they go (a link loop, a folder
    that cannot be entered: as far as can be seen); the file is checked when it is read."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symbolic link loop (Python < 3.13)
        return Path(os.path.abspath(path))
