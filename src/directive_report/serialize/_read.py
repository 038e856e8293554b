"""Reading a report from TOML or JSON text, or from a file (private)."""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

from cattrs.errors import ClassValidationError, IterableValidationError

from directive_report.errors import ReportLoadError, ReportValidationError
from directive_report.i18n import _
from directive_report.model import Report
from directive_report.serialize._converter import SUFFIXES, Format, converter
from directive_report.serialize._hooks import InputError, _describe
from directive_report.serialize._problems import message, problems


def loads(
    text: str,
    format: Format = "toml",
    *,
    source: str = "<string>",
    base: str | os.PathLike[str] | None = None,
) -> Report:
    """Read a report from TOML or JSON text.

    A table's ``source`` file (CSV or Excel, see :mod:`directive_report.table_sources`) is
    found relative to *base* (the current folder unless given; :func:`load` gives the report
    file's folder).  Raises :class:`~directive_report.errors.ReportLoadError` naming *source*, the location
    inside the document and what was expected.  A leading byte order mark (Windows editors
    write one) is ignored.
    """
    conv = converter(format)
    if conv is None:
        raise ReportLoadError(
            source,
            [("", _("unknown format {format!r}: expected 'toml' or 'json'").format(format=format))],
        )
    text = text.removeprefix("\ufeff")
    try:
        data = tomllib.loads(text) if format == "toml" else json.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ReportLoadError(
            source, [("", _("invalid TOML: {error}").format(error=error))]
        ) from None
    except json.JSONDecodeError as error:
        raise ReportLoadError(
            source, [("", _("invalid JSON: {error}").format(error=error))]
        ) from None
    if not isinstance(data, dict):
        raise ReportLoadError(
            source,
            [("", _("expected a table at the top level, got {got}").format(got=_describe(data)))],
        )
    if "source" in text:  # a table may name a CSV or Excel source: read it into rows
        from directive_report.table_sources import expand_table_sources

        data = expand_table_sources(data, Path(base or "."), source)
    try:
        report: Report = conv.structure(data, Report)
    except (ClassValidationError, IterableValidationError) as group:
        raise ReportLoadError(source, problems(group)) from None
    except (ReportValidationError, InputError) as error:
        raise ReportLoadError(source, [("", message(error))]) from None
    return report


def load(path: str | os.PathLike[str], format: Format | None = None) -> Report:
    """Read a report from a ``.toml`` or ``.json`` file (format from the suffix unless given)."""
    path = Path(path)
    if path.is_dir():
        raise ReportLoadError(str(path), [("", _("is a folder, expected a .toml or .json file"))])
    chosen = format or SUFFIXES.get(path.suffix.lower())
    if chosen is None:
        raise ReportLoadError(
            str(path),
            [
                (
                    "",
                    _("unknown file type {suffix!r}: expected .toml or .json").format(
                        suffix=path.suffix
                    ),
                )
            ],
        )
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReportLoadError(str(path), [("", _("no such file"))]) from None
    except UnicodeDecodeError as error:
        problem = _("not UTF-8 text (byte {byte}): save the file as UTF-8").format(byte=error.start)
        raise ReportLoadError(str(path), [("", problem)]) from None
    except OSError as error:
        problem = _("cannot read the file: {reason}").format(reason=error.strerror or error)
        raise ReportLoadError(str(path), [("", problem)]) from None
    return loads(text, chosen, source=str(path), base=path.parent)
