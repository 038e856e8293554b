"""``directive-report citations FILE|FOLDER... [--json] [--jobs N|0|auto]``: list the documents texts or
reports cite."""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from pathlib import Path
from typing import Any

from directive_report.cli._common import CommandError, jobs_argument
from directive_report.cli._workers import resolve_jobs
from directive_report.i18n import _

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
        help=_("list the legal and administrative documents cited in texts or reports"),
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


def read_text(path: Path) -> str:
    """The text searched in *path*: the file itself, or the words of a report file."""
    from directive_report import citations

    if _is_report(path):
        from directive_report.serialize import load

        return citations.report_text(load(path))
    try:
        with path.open(encoding="utf-8", newline="") as stream:
            return stream.read()
    except FileNotFoundError:
        raise CommandError(_("{path}: no such file").format(path=path)) from None
    except IsADirectoryError:
        raise CommandError(
            _("{path}: is a folder, expected a text or report file").format(path=path)
        ) from None
    except UnicodeDecodeError as error:
        raise CommandError(
            _("{path}: not UTF-8 text (byte {byte}): save it as UTF-8 first").format(
                path=path, byte=error.start
            )
        ) from None
    except OSError as error:
        raise CommandError(
            _("{path}: cannot read: {reason}").format(path=path, reason=error.strerror)
        ) from None


def records(file: str, text: str) -> list[dict[str, Any]]:
    """The ``--json`` records of the citations in *text*, read from *file*."""
    from directive_report import citations

    found = citations.extract(text)
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


class _Places:
    """Where an offset of a text is: ``FILE:LINE:COLUMN`` in a text file; in a report, whose
    lines are not the file's, the paragraph of its words (1 is the trích yếu):
    ``FILE (paragraph 3)``.  The line (or paragraph) breaks are found once, so placing every
    citation of a text takes time linear in the text."""

    def __init__(self, file: str, text: str, report: bool) -> None:
        self.file = file
        self.report = report
        separator = _PARAGRAPH_BREAK if report else "\n"
        self.starts = [0]  # where each line (or paragraph) starts
        found = text.find(separator)
        while found != -1:
            self.starts.append(found + len(separator))
            found = text.find(separator, found + len(separator))

    def where(self, offset: int) -> str:
        index = bisect.bisect_right(self.starts, offset)
        if self.report:
            return _("{file} (paragraph {paragraph})").format(file=self.file, paragraph=index)
        return f"{self.file}:{index}:{offset - self.starts[index - 1] + 1}"


def _records_of(job: tuple[str, str]) -> list[dict[str, Any]]:
    return records(*job)


def _all_records(texts: list[tuple[str, str, bool]], jobs: int) -> list[list[dict[str, Any]]]:
    """The records of each text, in order; with *jobs* > 1 in that many processes."""
    work = [(file, text) for file, text, _report in texts]
    if jobs == 1 or len(work) < 2:
        return [_records_of(job) for job in work]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(work))) as pool:
        return list(pool.map(_records_of, work))


def run(args: argparse.Namespace) -> int:
    """Read every file first (so that a bad one stops the run before any output), then print."""
    texts = [(str(path), read_text(path), _is_report(path)) for path in expand(args.files)]
    found = _all_records(texts, resolve_jobs(args.jobs))
    if args.json:
        out = [record for file_records in found for record in file_records]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for (file, text, report), file_records in zip(texts, found, strict=True):
        places = _Places(file, text, report)
        for record in file_records:
            where = places.where(record["start"])
            words = " ".join(record["text"].split())
            canonical = record["resolved_to"]
            line = f"{where}: {words}"
            if canonical and canonical != words:
                line += f"  =>  {canonical}"
            print(line)
    return 0
