"""Writing a report as TOML or JSON text, or to a file (private)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import cattrs

from directive_report._files import write_atomically
from directive_report.errors import ReportDumpError
from directive_report.i18n import _
from directive_report.model import Report
from directive_report.serialize._converter import SUFFIXES, Format, converter


def _converter(format: Format, target: str) -> cattrs.Converter:
    conv = converter(format)
    if conv is None:
        raise ReportDumpError(
            target, _("unknown format {format!r}: expected 'toml' or 'json'").format(format=format)
        )
    return conv


def to_data(report: Report, format: Format = "toml") -> dict[str, Any]:
    """The report as plain data (dicts, lists, strings, numbers and dates for TOML)."""
    data: dict[str, Any] = _converter(format, "<data>").unstructure(report, Report)
    return data


def dumps(report: Report, format: Format = "toml", *, compact: bool = False) -> str:
    """Write a report as TOML or JSON text; ``loads(dumps(r, f), f) == r``.

    ``compact=True`` writes JSON on one line without spaces (what the office exporters embed);
    it has no effect on TOML.  An unknown *format* raises
    :class:`~directive_report.errors.ReportDumpError`.
    """
    data: dict[str, Any] = _converter(format, "<string>").unstructure(report, Report)
    if format == "json":
        if compact:
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    import tomli_w

    return tomli_w.dumps(data, multiline_strings=False, indent=2)


def dump(report: Report, path: str | os.PathLike[str], format: Format | None = None) -> None:
    """Write a report to *path* (format from the suffix unless given).

    The file is written beside the target and renamed into place, so an existing file is never
    left half-written.  A suffix or format other than TOML and JSON raises
    :class:`~directive_report.errors.ReportDumpError` and writes nothing; a failing disk raises
    :class:`OSError`.
    """
    path = Path(path)
    chosen = format or SUFFIXES.get(path.suffix.lower())
    if chosen is None:
        raise ReportDumpError(
            str(path),
            _("unknown file type {suffix!r}: expected .toml or .json").format(suffix=path.suffix),
        )
    _converter(chosen, str(path))
    text = dumps(report, chosen)
    write_atomically(path, text.encode("utf-8"))
