"""Loading and saving reports as TOML (for people) and JSON (for programs).

The shape of the files follows the model field by field, with a few conveniences for authors:

* a document type is its name (``type = "Báo cáo"``), a document number its canonical string
  (``number = "89/KH-STTTT"``, ``"/BC-STTTT"`` while unassigned), a pinpoint its wording
  (``"điểm a khoản 5 Điều 102"``), a signature capacity its line (``"KT. GIÁM ĐỐC"``);
* dates are TOML dates (``2024-05-20``) or ISO strings in JSON; whole numbers stay numbers and
  decimals are strings (``"1.5"``), never binary floats;
* a paragraph is a string, or an array of runs where a run is a string or a table
  ``{ text = "...", italic = true }``;
* a body block is a table with one of the keys ``paragraph``, ``bullets``, ``actions``, ``tasks``;
* fields left at their defaults are omitted, and unknown keys are errors (a typo never passes
  silently).

Every problem is reported as :class:`~directive_report.errors.ReportLoadError`, naming the file,
the path inside it (``sections[2].blocks[0].actions[1].date``) and what was expected.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import os
import re
import tomllib
from collections.abc import Callable, Collection, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal, TypeAlias, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import transform_error

from directive_report._files import write_atomically
from directive_report._text import nfc
from directive_report.errors import ReportLoadError, ReportValidationError, UnprintableTextError
from directive_report.model import (
    DOCUMENT_TYPES,
    ActionList,
    Block,
    BulletList,
    Capacity,
    Citation,
    DocumentNumber,
    DocumentType,
    Paragraph,
    Pinpoint,
    Report,
    Run,
    SignaturePrefix,
    TaskList,
    document_type,
)

__all__ = ["Format", "dump", "dumps", "load", "loads", "make_converter"]

Format: TypeAlias = Literal["toml", "json"]
T = TypeVar("T")

_SUFFIXES: dict[str, Format] = {".toml": "toml", ".json": "json"}
_BLOCK_KEYS: dict[str, type[Any]] = {
    "paragraph": Paragraph,
    "bullets": BulletList,
    "actions": ActionList,
    "tasks": TaskList,
}


#: Classes whose keys in a file differ from their field names.
_RENAMED: dict[type[Any], dict[str, str]] = {
    BulletList: {"items": "bullets"},
    Citation: {"doc_type": "type"},
    Report: {"doc_type": "type"},
}
_KEY_OF_FIELD = {field: key for names in _RENAMED.values() for field, key in names.items()}


class _InputError(ValueError):
    """A value of the wrong shape, with the message shown to the user."""


# --------------------------------------------------------------------------------------------
# Scalar hooks


def _expect(value: object, kind: type | tuple[type, ...], what: str) -> None:
    if not isinstance(value, kind) or (
        isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,))
    ):
        raise _InputError(f"expected {what}, got {_describe(value)}")


def _describe(value: object) -> str:
    names = {str: "text", int: "a number", bool: "true/false", list: "an array", dict: "a table"}
    return names.get(type(value), type(value).__name__) + (
        f" {value!r}" if isinstance(value, str | int | float) and len(repr(value)) < 40 else ""
    )


def _structure_str(value: object, _: type) -> str:
    _expect(value, str, "text")
    assert isinstance(value, str)
    try:
        return nfc(value)
    except UnprintableTextError as error:
        raise _InputError(str(error)) from None


def _structure_int(value: object, _: type) -> int:
    _expect(value, int, "a whole number")
    assert isinstance(value, int)
    return value


def _structure_bool(value: object, _: type) -> bool:
    _expect(value, bool, "true or false")
    assert isinstance(value, bool)
    return value


def _structure_date(value: object, _: type) -> dt.date:
    if isinstance(value, dt.datetime):
        raise _InputError(f"expected a date without a time, got {value.isoformat()}")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _InputError(f"{value!r} is not a day of the calendar") from None
    raise _InputError(f"expected a date such as 2024-05-20, got {_describe(value)}")


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value.strip()):
        try:
            return Decimal(value.strip())
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
            pass
    raise _InputError(
        f"expected a whole number or a decimal written as text ('1.5'), got {_describe(value)}"
    )


def _structure_number(value: object, _: type) -> int | Decimal:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return _structure_decimal(value, Decimal)


def _unstructure_number(value: int | Decimal) -> int | str:
    return value if isinstance(value, int) else str(value)


def _structure_via(parse: Callable[[str], T], what: str) -> Callable[[object, type], T]:
    def hook(value: object, _: type) -> T:
        _expect(value, str, what)
        assert isinstance(value, str)
        try:
            return parse(value)
        except ReportValidationError as error:
            raise _InputError(error.message) from None

    return hook


def _unstructure_document_type(value: DocumentType) -> str | dict[str, object]:
    if value in DOCUMENT_TYPES:
        return value.name
    table: dict[str, object] = {"name": value.name, "kinds": sorted(k.value for k in value.kinds)}
    if value.abbreviation is not None:
        table["abbreviation"] = value.abbreviation
    return table


def _parse_capacity(text: str) -> Capacity:
    prefix, _, title = text.strip().partition(" ")
    for member in SignaturePrefix:
        if member.value == prefix:
            return Capacity(prefix=member, title=title.strip())
    raise ReportValidationError(
        "Capacity",
        "prefix",
        f"expected a line starting with {', '.join(p.value for p in SignaturePrefix)} "
        f"such as 'KT. GIÁM ĐỐC', got {text!r}",
        text,
    )


def _structure_enum_by_value(value: object, cls: type[Any]) -> Any:
    for member in cls:
        if member.value == value:
            return member
    raise _InputError(
        f"expected one of {', '.join(repr(m.value) for m in cls)}, got {_describe(value)}"
    )


# --------------------------------------------------------------------------------------------
# Paragraphs and blocks


def _structure_paragraph(value: object, _: type) -> Paragraph:
    try:
        return Paragraph(runs=_runs(value))
    except ReportValidationError as error:  # at the paragraph's own key: a file has no "runs"
        raise _InputError(error.message) from None


def _runs(value: object) -> str | list[Run | str]:
    """The runs of a paragraph written as text or as an array of runs."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise _InputError(
            f"expected a paragraph (text or an array of runs), got {_describe(value)}"
        )
    runs: list[Run | str] = []
    for index, item in enumerate(value):
        if isinstance(item, str):
            runs.append(item)
        elif isinstance(item, Mapping):
            extra = set(item) - {"text", "bold", "italic"}
            if extra or "text" not in item:
                problem = f"unknown keys {sorted(extra)}" if extra else "the key 'text' is missing"
                raise _InputError(
                    f"run {index}: {problem}; a run is {{ text = '...', bold/italic = true }}"
                )
            runs.append(
                Run(
                    text=_structure_str(item["text"], str),
                    bold=_structure_bool(item.get("bold", False), bool),
                    italic=_structure_bool(item.get("italic", False), bool),
                )
            )
        else:
            raise _InputError(f"run {index}: expected text or a table, got {_describe(item)}")
    return runs


def _unstructure_paragraph(value: Paragraph) -> str | list[object]:
    if len(value.runs) == 1 and value.runs[0].plain:
        return value.text
    out: list[object] = []
    for run in value.runs:
        if run.plain:
            out.append(run.text)
        else:
            table: dict[str, object] = {"text": run.text}
            if run.bold:
                table["bold"] = True
            if run.italic:
                table["italic"] = True
            out.append(table)
    return out


# --------------------------------------------------------------------------------------------
# The converter


def make_converter(format: Format = "toml") -> cattrs.Converter:
    """A converter between the model and plain data for *format*.

    TOML keeps dates as :class:`datetime.date`; JSON writes them as ISO 8601 strings.  The
    converter is strict: wrong types are errors, never silently coerced.
    """
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True, detailed_validation=True)

    # Model classes are tables; their hooks are made on first use, when all the hooks of
    # their fields are known.
    @functools.cache
    def structure_table(cls: type[T]) -> Callable[[object, type], T]:
        generated = make_dict_structure_fn(
            cls,
            conv,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=True,
            **_overrides(cls),
        )

        def hook(value: object, _: type) -> T:
            if not isinstance(value, Mapping):
                raise _InputError(f"expected a table, got {_describe(value)}")
            return generated(value, cls)

        return hook

    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_structure_hook(int | Decimal, _structure_number)
    conv.register_unstructure_hook(int | Decimal, _unstructure_number)
    conv.register_unstructure_hook(Decimal, str)
    if format == "json":
        conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    else:
        conv.register_unstructure_hook(dt.date, lambda d: d)

    by_name = _structure_via(document_type, "a document type such as 'Báo cáo'")

    def structure_document_type(value: object, _: type) -> DocumentType:
        # a known type by name, or a table of one's own: { name = "...", abbreviation = "..." }
        if isinstance(value, Mapping):
            table: DocumentType = structure_table(DocumentType)(value, DocumentType)
            return table
        return by_name(value, DocumentType)

    conv.register_structure_hook(DocumentType, structure_document_type)
    conv.register_unstructure_hook(DocumentType, _unstructure_document_type)
    for cls, parse, what in (
        (DocumentNumber, DocumentNumber.parse, "a document number such as '89/KH-STTTT'"),
        (Pinpoint, Pinpoint.parse, "a pinpoint such as 'điểm a khoản 5 Điều 102'"),
        (Capacity, _parse_capacity, "a capacity line such as 'KT. GIÁM ĐỐC'"),
    ):
        conv.register_structure_hook(cls, _structure_via(parse, what))
        conv.register_unstructure_hook(cls, str)

    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum),
        _structure_enum_by_value,
    )
    conv.register_structure_hook_func(_is_collection, _make_collection_hook(conv))

    conv.register_structure_hook(Paragraph, _structure_paragraph)
    conv.register_unstructure_hook(Paragraph, _unstructure_paragraph)

    def structure_block(value: object, _: type) -> Block:
        if not isinstance(value, Mapping):
            raise _InputError(
                f"expected a block table with one of the keys {', '.join(_BLOCK_KEYS)}"
            )
        kinds = [key for key in _BLOCK_KEYS if key in value]
        if len(kinds) != 1:
            raise _InputError(
                f"a block has exactly one of the keys {', '.join(_BLOCK_KEYS)}; found "
                + (", ".join(kinds) if kinds else "none of them: " + ", ".join(sorted(value)))
            )
        if kinds[0] == "paragraph":
            if len(value) != 1:
                raise ForbiddenExtraKeysError("", Paragraph, set(value) - {"paragraph"})
            return conv.structure(value["paragraph"], Paragraph)
        block: Block = conv.structure(value, _BLOCK_KEYS[kinds[0]])
        return block

    def unstructure_block(value: Block) -> dict[str, object]:
        if isinstance(value, Paragraph):
            return {"paragraph": conv.unstructure(value, Paragraph)}
        table: dict[str, object] = conv.unstructure(value, type(value))
        return table

    conv.register_structure_hook(Block, structure_block)
    conv.register_unstructure_hook(Block, unstructure_block)
    conv.register_unstructure_hook_func(
        lambda t: t == tuple[Block, ...], lambda blocks: [unstructure_block(b) for b in blocks]
    )

    def unstructure_table(cls: type[Any]) -> Callable[[Any], dict[str, Any]]:
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **_overrides(cls))

    conv.register_structure_hook_factory(attrs.has, structure_table)
    conv.register_unstructure_hook_factory(lambda t: t in _RENAMED, unstructure_table)
    return conv


def _overrides(cls: type[Any]) -> dict[str, Any]:
    return {field: override(rename=key) for field, key in _RENAMED.get(cls, {}).items()}


def _is_collection(t: object) -> bool:
    """``tuple[X, ...]`` or ``frozenset[X]``: written as an array."""
    args = get_args(t)
    if get_origin(t) is frozenset:
        return True
    return get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _make_collection_hook(conv: cattrs.Converter) -> Callable[[object, type], Collection[Any]]:
    def hook(value: object, t: type) -> Collection[Any]:
        if not isinstance(value, list | tuple):
            raise _InputError(f"expected an array, got {_describe(value)}")
        item_type = get_args(t)[0]
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(conv.structure(item, item_type))
            except Exception as error:
                error.__notes__ = [
                    *getattr(error, "__notes__", []),
                    f"Structuring {t} @ index {index}",
                ]
                from cattrs.errors import IterableValidationNote

                error.__notes__[-1] = IterableValidationNote(error.__notes__[-1], index, item_type)
                errors.append(error)
        if errors:
            raise IterableValidationError(f"While structuring {t!r}", errors, t)
        return frozenset(items) if get_origin(t) is frozenset else tuple(items)

    return hook


# --------------------------------------------------------------------------------------------
# Public functions

_CONVERTERS: dict[str, cattrs.Converter] = {}


def _converter(format: Format) -> cattrs.Converter:
    if format not in _SUFFIXES.values():
        raise ValueError(f"unknown format {format!r}: expected 'toml' or 'json'")
    if format not in _CONVERTERS:
        _CONVERTERS[format] = make_converter(format)
    return _CONVERTERS[format]


def loads(text: str, format: Format = "toml", *, source: str = "<string>") -> Report:
    """Read a report from TOML or JSON text.

    Raises :class:`~directive_report.errors.ReportLoadError` naming *source*, the location
    inside the document and what was expected.  A leading byte order mark (Windows editors
    write one) is ignored.
    """
    converter = _converter(format)
    text = text.removeprefix("\ufeff")
    try:
        data = tomllib.loads(text) if format == "toml" else json.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ReportLoadError(source, [("", f"invalid TOML: {error}")]) from None
    except json.JSONDecodeError as error:
        raise ReportLoadError(source, [("", f"invalid JSON: {error}")]) from None
    if not isinstance(data, dict):
        raise ReportLoadError(
            source, [("", f"expected a table at the top level, got {_describe(data)}")]
        )
    try:
        report: Report = converter.structure(data, Report)
    except (ClassValidationError, IterableValidationError) as group:
        raise ReportLoadError(source, _problems(group)) from None
    except (ReportValidationError, _InputError) as error:
        raise ReportLoadError(source, [("", _message(error))]) from None
    return report


def load(path: str | os.PathLike[str], format: Format | None = None) -> Report:
    """Read a report from a ``.toml`` or ``.json`` file (format from the suffix unless given)."""
    path = Path(path)
    if path.is_dir():
        raise ReportLoadError(str(path), [("", "is a folder, expected a .toml or .json file")])
    chosen = format or _SUFFIXES.get(path.suffix.lower())
    if chosen is None:
        raise ReportLoadError(
            str(path), [("", f"unknown file type {path.suffix!r}: expected .toml or .json")]
        )
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReportLoadError(str(path), [("", "no such file")]) from None
    except UnicodeDecodeError as error:
        problem = f"not UTF-8 text (byte {error.start}): save the file as UTF-8"
        raise ReportLoadError(str(path), [("", problem)]) from None
    except OSError as error:
        problem = f"cannot read the file: {error.strerror or error}"
        raise ReportLoadError(str(path), [("", problem)]) from None
    return loads(text, chosen, source=str(path))


def to_data(report: Report, format: Format = "toml") -> dict[str, Any]:
    """The report as plain data (dicts, lists, strings, numbers and dates for TOML)."""
    data: dict[str, Any] = _converter(format).unstructure(report, Report)
    return data


def dumps(report: Report, format: Format = "toml", *, compact: bool = False) -> str:
    """Write a report as TOML or JSON text; ``loads(dumps(r, f), f) == r``.

    ``compact=True`` writes JSON on one line without spaces (what the office exporters embed);
    it has no effect on TOML.
    """
    data = to_data(report, format)
    if format == "json":
        if compact:
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    import tomli_w

    return tomli_w.dumps(data, multiline_strings=False, indent=2)


def dump(report: Report, path: str | os.PathLike[str], format: Format | None = None) -> None:
    """Write a report to *path* (format from the suffix unless given).

    The file is written beside the target and renamed into place, so an existing file is never
    left half-written.
    """
    path = Path(path)
    chosen = format or _SUFFIXES.get(path.suffix.lower())
    if chosen is None:
        raise ValueError(f"{path}: unknown file type {path.suffix!r}: expected .toml or .json")
    text = dumps(report, chosen)
    write_atomically(path, text.encode("utf-8"))


# --------------------------------------------------------------------------------------------
# Error messages


def _message(error: BaseException) -> str:
    if isinstance(error, ReportValidationError):
        return error.message
    if isinstance(error, _InputError):
        return str(error)
    if isinstance(error, ForbiddenExtraKeysError):
        return f"unknown key{'s' if len(error.extra_fields) > 1 else ''} {', '.join(sorted(error.extra_fields))}"
    if isinstance(error, KeyError):
        return "required key missing"
    return str(error)


def _format_exception(error: BaseException, _: type | None) -> str:
    # " @@name" appends a field to the location; _problems takes it off again.
    if isinstance(error, ReportValidationError):
        return f"{error.message} @@{error.field}"
    if isinstance(error, ForbiddenExtraKeysError) and len(error.extra_fields) == 1:
        (key,) = error.extra_fields
        return f"unknown key {key!r} @@{key}"
    return _message(error)


def _problems(group: BaseException) -> list[tuple[str, str]]:
    problems = []
    for line in transform_error(group, path="$", format_exception=_format_exception):
        message, _, location = line.rpartition(" @ ")
        location = location.removeprefix("$").removeprefix(".")
        if " @@" in message:
            message, _, field = message.rpartition(" @@")
            location = f"{location}.{field}" if location else field
        problems.append((_file_keys(location), message))
    return problems


def _file_keys(location: str) -> str:
    """Replace field names by the keys the file uses (``doc_type`` is written ``type``)."""
    return re.sub(r"[^.\[\]]+", lambda name: _KEY_OF_FIELD.get(name[0], name[0]), location)
