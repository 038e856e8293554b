"""``directive-report citations FILE|FOLDER... [--json] [--jobs N|0|auto]``: list the documents texts or
reports cite."""

from __future__ import annotations

import argparse
import bisect
import codecs
import json
import stat
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from directive_report.cli._common import CommandError, jobs_argument
from directive_report.cli._workers import resolve_jobs
from directive_report.i18n import _

if TYPE_CHECKING:
    from directive_report.citations import Found

#: The keys of a ``--json`` record, in order.  A stable contract: see docs/citations.md.
RECORD_KEYS = (
    "file",
    "start",
    "end",
    "text",
    "doc_type",
    "number",
    "year",
    "symbol",
    "date",
    "issuer",
    "issuer_inferred",
    "pinpoint",
    "resolved_to",
)
_REPORT_SUFFIXES = (".toml", ".json")
#: The files a folder given on the command line contributes (searched through its subfolders).
_FOLDER_SUFFIXES = (".txt", ".md", *_REPORT_SUFFIXES)
#: What separates the paragraphs of citations.report_text.
_PARAGRAPH_BREAK = "\n\n"


def _is_report(path: Path) -> bool:
    return path.suffix.lower() in _REPORT_SUFFIXES


def register(subparsers: Any) -> None:
    """Add the ``citations`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "citations",
        help=_("list the documents cited in texts or reports"),
        description=_(
            "Find every citation (Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng "
            "Chính phủ, điểm a khoản 5 Điều 102 Nghị định số 15/2020/NĐ-CP, Luật An ninh mạng năm "
            "2018, ...) in each FILE: UTF-8 text (.txt, .md) or a report (.toml, .json), whose "
            "paragraphs are searched in reading order.  Prints one line per citation, or with "
            "--json one JSON array of records for the whole run."
        ),
    )
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar=_("FILE"),
        help=_("text or report file, or a folder of them (.txt, .md, .toml, .json)"),
    )
    jobs_argument(parser)
    parser.add_argument(
        "--json", action="store_true", help=_("print one JSON array of records (see the docs)")
    )
    parser.set_defaults(run=run)


def expand(paths: list[Path]) -> list[Path]:
    """The files to read: each file as given, and a folder's text and report files, by name."""
    files = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        found = sorted(
            p for p in path.rglob("*") if p.suffix.lower() in _FOLDER_SUFFIXES and p.is_file()
        )
        if not found:
            raise CommandError(
                _("{path}: no text or report file (.txt, .md, .toml, .json) in this folder").format(
                    path=path
                )
            )
        files.extend(found)
    return files


#: Bytes read at a time from a text file: the file is never held whole (memory while reading
#: stays a few times this).
_BLOCK = 1 << 18


def _text_chunks(path: Path) -> Iterator[str]:
    """The text of *path* as UTF-8, a chunk at a time (line ends untouched, a BOM kept as a
    character); each way it cannot be read is one :class:`CommandError`."""
    from directive_report._files import kind_of

    decoder = codecs.getincrementaldecoder("utf-8")()
    read = 0  # bytes read before the current block
    try:
        mode = path.stat().st_mode  # before opening: a named pipe would block the open
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            raise CommandError(
                f"{path}: " + _("is {kind}, not a regular file").format(kind=kind_of(mode))
            )
        with path.open("rb") as stream:
            while True:
                block = stream.read(_BLOCK)
                pending = len(decoder.getstate()[0])
                try:
                    chunk = decoder.decode(block, final=not block)
                except UnicodeDecodeError as error:
                    raise CommandError(
                        _("{path}: not UTF-8 text (byte {byte}): save it as UTF-8 first").format(
                            path=path, byte=read - pending + error.start
                        )
                    ) from None
                if chunk:
                    yield chunk
                if not block:
                    return
                read += len(block)
    except FileNotFoundError:
        raise CommandError(_("{path}: no such file").format(path=path)) from None
    except IsADirectoryError:
        raise CommandError(
            _("{path}: is a folder, expected a text or report file").format(path=path)
        ) from None
    except OSError as error:
        raise CommandError(
            _("{path}: cannot read: {reason}").format(path=path, reason=error.strerror)
        ) from None


def _check_text(path: Path) -> None:
    """Read *path* through once, so that a file that cannot be read, or holds a bidirectional
    control (which :func:`citations.extract` refuses), stops the run before any output."""
    from directive_report._text import BIDI_CONTROLS, bidi_control_error

    read = 0
    for chunk in _text_chunks(path):
        found = BIDI_CONTROLS.search(chunk)
        if found is not None:
            raise bidi_control_error(chunk, found.start(), read)
        read += len(chunk)


def records(file: str, found: list[Found]) -> list[dict[str, Any]]:
    """The ``--json`` records of the citations *found* in the text of *file*, in order."""
    from directive_report import citations

    resolved: dict[int, str] = {}
    for document in citations.resolve(found):
        canonical = document.citation.format("full")
        for mention in document.mentions:
            resolved[id(mention)] = canonical
    out = []
    for item in found:
        c = item.citation
        out.append(
            {
                "file": file,
                "start": item.start,
                "end": item.end,
                "text": item.text,
                "doc_type": c.doc_type.name,
                "number": c.running_number,
                "year": c.identifier_year,
                "symbol": c.number.symbol if c.number is not None else None,
                "date": c.date.isoformat() if c.date is not None else None,
                "issuer": c.issuer,
                "issuer_inferred": c.issuer_inferred,
                "pinpoint": str(c.pinpoint) if c.pinpoint is not None else None,
                "resolved_to": resolved.get(id(item)),
            }
        )
    return out


class _Lines:
    """``FILE:LINE:COLUMN`` of offsets met in increasing order in a text read a chunk at a
    time: the chunks pass through :meth:`feed`, and only those not yet counted are kept, so
    placing every citation takes time linear in the text and memory of about one chunk."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.chunks: deque[str] = deque()  # read and not wholly counted; the first starts at base
        self.base = 0
        self.counted = 0  # the line breaks before this offset are counted
        self.line = 1
        self.line_start = 0

    def feed(self, chunks: Iterator[str]) -> Iterator[str]:
        """*chunks*, kept until counted."""
        for chunk in chunks:
            self.chunks.append(chunk)
            yield chunk

    def where(self, offset: int) -> str:
        """Where *offset* is (not before the last offset asked for)."""
        while self.counted < offset:
            chunk = self.chunks[0]
            low, high = self.counted - self.base, min(len(chunk), offset - self.base)
            breaks = chunk.count("\n", low, high)
            if breaks:
                self.line += breaks
                self.line_start = self.base + chunk.rindex("\n", low, high) + 1
            self.counted = self.base + high
            if high == len(chunk):  # wholly counted
                self.chunks.popleft()
                self.base += len(chunk)
        return f"{self.file}:{self.line}:{offset - self.line_start + 1}"


class _Paragraphs:
    """Where an offset of a report's text is: its words' lines are not the file's, so the
    paragraph (1 is the trích yếu): ``FILE (paragraph 3)``."""

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.starts = [0]  # where each paragraph starts
        found = text.find(_PARAGRAPH_BREAK)
        while found != -1:
            self.starts.append(found + len(_PARAGRAPH_BREAK))
            found = text.find(_PARAGRAPH_BREAK, found + len(_PARAGRAPH_BREAK))

    def where(self, offset: int) -> str:
        index = bisect.bisect_right(self.starts, offset)
        return _("{file} (paragraph {paragraph})").format(file=self.file, paragraph=index)


def _file_records(job: tuple[str, str | None]) -> tuple[list[dict[str, Any]], list[str]]:
    """The records of one input, and where each citation is: *job* is the file as given and,
    for a report, its text (a text file is streamed from disk)."""
    from directive_report import citations

    file, report = job
    if report is not None:
        found = citations.extract(report)
        paragraphs = _Paragraphs(file, report)
        places = [paragraphs.where(item.start) for item in found]
    else:
        lines = _Lines(file)
        found, places = [], []
        for item in citations.extract(lines.feed(_text_chunks(Path(file)))):
            found.append(item)
            places.append(lines.where(item.start))
    return records(file, found), places


def _all_records(
    inputs: list[tuple[str, str | None]], jobs: int
) -> list[tuple[list[dict[str, Any]], list[str]]]:
    """The records and places of each input, in order; with *jobs* > 1 in that many processes."""
    if jobs == 1 or len(inputs) < 2:
        return [_file_records(job) for job in inputs]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(inputs))) as pool:
        return list(pool.map(_file_records, inputs))


def run(args: argparse.Namespace) -> int:
    """Check every file first (so that a bad one stops the run before any output), then print.

    A report is loaded whole (its size is bounded when loaded); a text file is read a chunk at
    a time, twice (checked, then searched), and never held whole.
    """
    from directive_report import citations
    from directive_report.serialize import load

    inputs: list[tuple[str, str | None]] = []
    for path in expand(args.files):
        if _is_report(path):
            inputs.append((str(path), citations.report_text(load(path))))
        else:
            _check_text(path)
            inputs.append((str(path), None))
    found = _all_records(inputs, resolve_jobs(args.jobs))
    if args.json:
        out = [record for file_records, _places in found for record in file_records]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for file_records, places in found:
        for record, where in zip(file_records, places, strict=True):
            words = " ".join(record["text"].split())
            canonical = record["resolved_to"]
            line = f"{where}: {words}"
            if canonical and canonical != words:
                line += f"  =>  {canonical}"
            print(line)
    return 0
