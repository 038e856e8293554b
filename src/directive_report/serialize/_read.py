"""Reading a report from TOML or JSON text, or from a file (private).

What is read is bounded, so that a hostile or careless file is one clear error in bounded time
and memory: a file is read only if it is a regular file (not a device, a pipe or a folder) of at
most *max_bytes* (:data:`MAX_INPUT_BYTES` by default); the data may nest at most
:data:`MAX_DEPTH` tables and arrays deep, and a whole number may have at most
:data:`MAX_INTEGER_DIGITS` digits.
"""

from __future__ import annotations

import json
import os
import stat
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cattrs.errors import ClassValidationError, IterableValidationError

from directive_report.errors import LoadProblem, ReportLoadError, ReportValidationError
from directive_report.i18n import _
from directive_report.model import Report
from directive_report.serialize._converter import SUFFIXES, Format, converter
from directive_report.serialize._hooks import InputError, _describe
from directive_report.serialize._positions import DataPath, position_of, positions
from directive_report.serialize._problems import location, message, problems

#: The largest report file read by default, in bytes (a 50 MB report renders; pass
#: ``max_bytes`` to read a larger one).
MAX_INPUT_BYTES = 256 * 2**20
#: How deep tables and arrays may nest (a report needs about ten levels).
MAX_DEPTH = 64
#: The most digits a whole number in a report may have (vi formats up to 1000).
MAX_INTEGER_DIGITS = 1000


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
    except RecursionError:
        raise ReportLoadError(source, [("", _nested_too_deeply())]) from None
    except ValueError:  # Python's limit on the digits of an integer (4300)
        raise ReportLoadError(source, [("", _too_many_digits())]) from None
    where = _out_of_bounds(data)
    if where is not None:
        path, problem = where
        place = position_of(positions(text, format), path)
        raise ReportLoadError(
            source, [LoadProblem(location(path), problem, *(place or (None, None)))]
        )
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
        raise ReportLoadError(source, problems(group, positions(text, format))) from None
    except (ReportValidationError, InputError) as error:
        raise ReportLoadError(source, [("", message(error))]) from None
    return report


def _nested_too_deeply() -> str:
    return _("tables and arrays nested more than {depth} levels deep").format(depth=MAX_DEPTH)


def _too_many_digits() -> str:
    return _("a whole number with more than {digits} digits").format(digits=MAX_INTEGER_DIGITS)


#: A whole number this large has more than MAX_INTEGER_DIGITS digits.
_TOO_LARGE = 10**MAX_INTEGER_DIGITS


def _within_bounds(data: object) -> bool:
    """Whether *data* nests at most :data:`MAX_DEPTH` deep and holds no whole number of more
    than :data:`MAX_INTEGER_DIGITS` digits: one pass, level by level, that keeps no paths."""
    level: list[object] = [data]
    depth = 0
    while level:
        inside: list[object] = []
        for value in level:
            if isinstance(value, str):  # most values: first
                continue
            children: Iterable[object]
            if isinstance(value, dict):
                children = value.values()
            elif isinstance(value, list):
                children = value
            elif (
                isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _TOO_LARGE
            ):
                return False
            else:
                continue
            if depth == MAX_DEPTH and value:
                return False  # a value one level too deep
            inside.extend(children)
        level, depth = inside, depth + 1
    return True


def _out_of_bounds(data: object) -> tuple[DataPath, str] | None:
    """The first place where *data* nests too deeply or holds too large a number, with what is
    wrong there; ``None`` when it is within bounds.  Iterative: any depth is safe to check."""
    if _within_bounds(data):
        return None
    pending: list[tuple[object, DataPath]] = [(data, ())]
    while pending:
        value, path = pending.pop()
        if len(path) > MAX_DEPTH:
            return path[:MAX_DEPTH], _nested_too_deeply()
        children: Any
        if isinstance(value, dict):
            children = value.items()
        elif isinstance(value, list):
            children = enumerate(value)
        else:
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _TOO_LARGE:
                return path, _too_many_digits()
            continue
        pending.extend((child, (*path, key)) for key, child in children)
    return None


def read_bounded(path: Path, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """The UTF-8 text of the regular file *path*, read only if it has at most *max_bytes*.

    Raises :class:`~directive_report.errors.ReportLoadError` for anything else: a folder, a
    device (``/dev/zero``), a pipe (which would block), a link loop, a file too large, an
    unreadable file, text that is not UTF-8.
    """
    from directive_report._files import kind_of

    def refuse(problem: str) -> ReportLoadError:
        return ReportLoadError(str(path), [("", problem)])

    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise refuse(_("no such file")) from None
    except OSError as error:
        problem = _("cannot read the file: {reason}").format(reason=error.strerror or error)
        raise refuse(problem) from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise refuse(_("is a folder, expected a .toml or .json file"))
        if not stat.S_ISREG(info.st_mode):
            raise refuse(_("is {kind}, not a regular file").format(kind=kind_of(info.st_mode)))
        if info.st_size > max_bytes:
            raise refuse(_too_large(info.st_size, max_bytes))
        with os.fdopen(os.dup(handle), "rb") as stream:
            data = stream.read(info.st_size + 1)  # a buffer of the file's size, not the limit's
            if len(data) > info.st_size:  # it grew after fstat: read on, up to the limit
                data += stream.read(max_bytes + 1 - len(data))
    except OSError as error:
        problem = _("cannot read the file: {reason}").format(reason=error.strerror or error)
        raise refuse(problem) from None
    finally:
        os.close(handle)
    if len(data) > max_bytes:  # it grew while being read
        raise refuse(_too_large(len(data), max_bytes))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        problem = _("not UTF-8 text (byte {byte}): save the file as UTF-8").format(byte=error.start)
        raise refuse(problem) from None


def _too_large(size: int, max_bytes: int) -> str:
    return _("is {size:,} bytes, more than the {limit:,} a report may have").format(
        size=size, limit=max_bytes
    )


def _is_folder(path: Path) -> bool:
    """Whether *path* is a folder; a path that cannot be looked at (in a folder the user cannot
    enter) is not, and reading it then says why (``Path.is_dir`` raises there)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def load(
    path: str | os.PathLike[str],
    format: Format | None = None,
    *,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Report:
    """Read a report from a ``.toml`` or ``.json`` file (format from the suffix unless given).

    Only a regular file of at most *max_bytes* is read (see ``read_bounded``)."""
    path = Path(path)
    if _is_folder(path):
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
    text = read_bounded(path, max_bytes)
    return loads(text, chosen, source=str(path), base=path.parent)
