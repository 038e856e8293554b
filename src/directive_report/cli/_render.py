"""``directive-report render``: render report files (TOML or JSON) to a format.

``directive-report render INPUT... [-f FORMAT] [-o OUTPUT | --out-dir DIR] [--force] [--jobs N]``

The format is ``-f`` or the suffix of ``-o``.  Each output is named after its input
(``report.toml`` -> ``report.md``) beside it or in ``--out-dir``; an existing file is kept unless
``--force``, and an input is never written over.  Several inputs are rendered in parallel processes, with a progress bar when stderr is
a terminal.  An input that fails is reported on one line by name and the others still complete;
the exit status is 0 only if every input was rendered.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from directive_report import i18n
from directive_report.cli._common import CommandError, describe_export_error, error_line
from directive_report.i18n import _

__all__ = ["Job", "register", "render_one", "run"]


def register(subparsers: Any) -> None:
    """Add the ``render`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "render",
        help=_("render report files (TOML or JSON) to DOCX, ODT, Markdown or a plug-in's format"),
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
    where.add_argument("-o", "--output", type=Path, help=_("output file (one input only)"))
    where.add_argument("--out-dir", type=Path, metavar="DIR", help=_("folder for the outputs"))
    parser.add_argument("--force", action="store_true", help=_("overwrite existing files"))
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        metavar="N",
        help=_("parallel processes (default: one per CPU)"),
    )
    parser.set_defaults(run=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            _("expected a whole number from 1, got {text!r}").format(text=text)
        )
    return value


class Job(NamedTuple):
    """One input to render: where from, where to, in which format."""

    source: Path
    target: Path
    format: str
    force: bool


def render_one(job: Job) -> str | None:
    """Render one input; ``None`` when done, else the one-line reason it failed (naming it)."""
    from directive_report.errors import ReportLoadError
    from directive_report.exporters.api import export
    from directive_report.serialize import load

    if job.target.exists() and not job.force:
        exists = _("{path} already exists (use --force to overwrite)").format(path=job.target)
        return f"{job.source}: {exists}"
    try:
        export(load(job.source), job.target, format=job.format)
    except ReportLoadError as error:
        return str(error)  # names the file and the place in it
    except Exception as error:  # a bug in an exporter must not stop the other inputs
        return f"{job.source}: {describe_export_error(error, job.format, job.target)}"
    return None


def run(args: argparse.Namespace) -> int:
    """Render every input; print each file written on stdout and each failure on stderr."""

    jobs = _plan(args)
    progress = _Progress(sys.stderr, len(jobs))
    failures = 0
    for job, problem in _execute(jobs, args.jobs or os.cpu_count() or 1):
        progress.clear()
        if problem is None:
            print(job.target, file=sys.stdout, flush=True)
        else:
            failures += 1
            print(error_line(problem), file=sys.stderr, flush=True)
        progress.advance()
    progress.clear()
    return 1 if failures else 0


def _plan(args: argparse.Namespace) -> list[Job]:
    """The jobs, after checking what concerns all inputs at once (format, outputs)."""
    from directive_report.exporters import exporter_for_suffix, get_exporter

    sources: dict[Path, Path] = {}  # by resolved path: ``a.toml ./a.toml`` is rendered once
    for source in args.inputs:
        sources.setdefault(source.resolve(), source)
    inputs = list(sources.values())
    output: Path | None = args.output
    if output is not None and len(inputs) > 1:
        raise CommandError(
            _("-o names one output but {count} inputs were given; use --out-dir").format(
                count=len(inputs)
            )
        )
    if output is not None and output.is_dir():
        raise CommandError(
            _("-o {path} is a folder; use --out-dir to write into it").format(path=output)
        )
    if args.format is not None:
        exporter = get_exporter(args.format)
    elif output is not None and output.suffix:
        exporter = exporter_for_suffix(output.suffix)
    else:
        raise CommandError(
            _("choose a format with -f (see 'directive-report formats') or give -o a suffix")
        )
    if args.out_dir is not None and not args.out_dir.is_dir():
        raise CommandError(_("--out-dir {path} is not a folder").format(path=args.out_dir))

    def target(source: Path) -> Path:
        if output is not None:
            return output
        folder = args.out_dir if args.out_dir is not None else source.parent
        return folder / (source.stem + exporter.suffix)

    jobs = [Job(source, target(source), exporter.name, args.force) for source in inputs]
    seen: dict[Path, Path] = {}
    for job in jobs:
        written = job.target.resolve()
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
    return jobs


def _execute(jobs: Sequence[Job], workers: int) -> Iterator[tuple[Job, str | None]]:
    """Run *jobs*, in processes when there are several; yield each with its outcome as it ends."""
    if len(jobs) == 1 or workers == 1:
        for job in jobs:
            yield job, render_one(job)
        return
    with ProcessPoolExecutor(
        max_workers=min(workers, len(jobs)),
        initializer=i18n.activate,  # the workers write their messages in the same language
        initargs=(i18n.active_language(),),
    ) as pool:
        futures = {pool.submit(render_one, job): job for job in jobs}
        try:
            for future in as_completed(futures):
                yield futures[future], future.result()
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise


class _Progress:
    """A progress bar on *stream* when it is a terminal and there are several inputs."""

    WIDTH = 30

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.shown = total > 1 and stream.isatty()
        self._draw()

    def advance(self) -> None:
        """Count one input as finished and redraw."""
        self.done += 1
        self._draw()

    def clear(self) -> None:
        """Erase the bar, so that a message can be printed on its line."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def _draw(self) -> None:
        if self.shown and self.done < self.total:
            filled = self.WIDTH * self.done // self.total
            bar = "#" * filled + "." * (self.WIDTH - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total}")
            self.stream.flush()
