"""The converter's hooks for scalars, paragraphs and values written as text (private).

Each hook checks the shape of one value read from a file and raises :class:`InputError`
with the message the user reads; where the value sits in the file is added by the caller.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from directive_report import i18n
from directive_report._suggest import did_you_mean
from directive_report._text import nfc
from directive_report.errors import ReportValidationError, UnprintableTextError
from directive_report.i18n import N_
from directive_report.model import (
    DOCUMENT_TYPES,
    Capacity,
    DocumentType,
    Paragraph,
    Run,
    SignaturePrefix,
)

T = TypeVar("T")


class InputError(ValueError):
    """A value of the wrong shape, with the message shown to the user."""


def _expect(value: object, kind: type | tuple[type, ...], what: str) -> None:
    if not isinstance(value, kind) or (
        isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,))
    ):
        raise InputError(
            i18n._("expected {what}, got {got}").format(what=i18n._(what), got=_describe(value))
        )


def _describe(value: object) -> str:
    names = {
        str: N_("text"),
        int: N_("a number"),
        bool: N_("true/false"),
        list: N_("an array"),
        dict: N_("a table"),
    }
    name = names.get(type(value))
    return (i18n._(name) if name else type(value).__name__) + (
        f" {value!r}" if isinstance(value, str | int | float) and len(repr(value)) < 40 else ""
    )


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        _expect(value, str, N_("text"))  # raises
    assert isinstance(value, str)
    try:
        return nfc(value)
    except UnprintableTextError as error:
        raise InputError(str(error)) from None


def _structure_int(value: object, _: type) -> int:
    _expect(value, int, N_("a whole number"))
    assert isinstance(value, int)
    return value


def _structure_bool(value: object, _: type) -> bool:
    _expect(value, bool, N_("true or false"))
    assert isinstance(value, bool)
    return value


def _structure_date(value: object, _: type) -> dt.date:
    if isinstance(value, dt.datetime):
        raise InputError(
            i18n._("expected a date without a time, got {got}").format(got=value.isoformat())
        )
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise InputError(
                i18n._("{value!r} is not a day of the calendar").format(value=value)
            ) from None
    raise InputError(
        i18n._("expected a date such as 2024-05-20, got {got}").format(got=_describe(value))
    )


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
    raise InputError(
        i18n._("expected a whole number or a decimal written as text ('1.5'), got {got}").format(
            got=_describe(value)
        )
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
            raise InputError(error.message) from None

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
        i18n._(
            "expected a line starting with {prefixes} such as 'KT. GIÁM ĐỐC', got {text!r}"
        ).format(prefixes=", ".join(p.value for p in SignaturePrefix), text=text),
        text,
    )


def _structure_enum_by_value(value: object, cls: type[Any]) -> Any:
    for member in cls:
        if member.value == value:
            return member
    raise InputError(
        i18n._("expected one of {values}, got {got}").format(
            values=", ".join(repr(m.value) for m in cls), got=_describe(value)
        )
    )


# --------------------------------------------------------------------------------------------
# Paragraphs and blocks


def _structure_paragraph(value: object, _: type) -> Paragraph:
    try:
        return Paragraph(runs=_runs(value))
    except ReportValidationError as error:  # at the paragraph's own key: a file has no "runs"
        raise InputError(error.message) from None


#: The keys of a run written as a table.
_RUN_KEYS = ("text", "bold", "italic")


def _runs(value: object) -> str | list[Run | str]:
    """The runs of a paragraph written as text or as an array of runs."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise InputError(
            i18n._("expected a paragraph (text or an array of runs), got {got}").format(
                got=_describe(value)
            )
        )
    runs: list[Run | str] = []
    for index, item in enumerate(value):
        if isinstance(item, str):
            runs.append(item)
        elif isinstance(item, Mapping):
            extra = set(item) - set(_RUN_KEYS)
            if extra or "text" not in item:
                problem = (
                    i18n._("unknown keys {keys}").format(keys=sorted(extra))
                    + (did_you_mean(next(iter(extra)), _RUN_KEYS) if len(extra) == 1 else "")
                    if extra
                    else i18n._("the key 'text' is missing")
                )
                raise InputError(
                    i18n._(
                        "run {index}: {problem}; a run is {{ text = '...', bold/italic = true }}"
                    ).format(index=index, problem=problem)
                )
            runs.append(
                Run(
                    text=_structure_str(item["text"], str),
                    bold=_structure_bool(item.get("bold", False), bool),
                    italic=_structure_bool(item.get("italic", False), bool),
                )
            )
        else:
            raise InputError(
                i18n._("run {index}: expected text or a table, got {got}").format(
                    index=index, got=_describe(item)
                )
            )
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
