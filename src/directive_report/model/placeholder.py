"""Places in a draft that still need text: ``[Cần bổ sung: kết quả thực hiện]``.

A draft made by the library (the next period's report, a compiled report) holds no invented
text: where a person must write, it holds a placeholder, a bracketed note that prints in every
format and that :func:`directive_report.check` reports (code ``placeholder``) until it is
replaced.  A placeholder is plain text, so it survives a round trip through a word processor.

>>> from directive_report.model.placeholder import placeholder, placeholders_in
>>> placeholder("kết quả thực hiện")
'[Cần bổ sung: kết quả thực hiện]'
>>> placeholders_in("Đã thu hồi [Cần bổ sung: số thuê bao] số thuê bao.")
('[Cần bổ sung: số thuê bao]',)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import cast

import attrs

from directive_report._text import nfc, vi_upper
from directive_report.model.text import Paragraph

__all__ = ["PLACEHOLDER_WORDS", "find_placeholders", "placeholder", "placeholders_in"]

#: The words that open a placeholder ("needs to be supplied").
PLACEHOLDER_WORDS = "Cần bổ sung"

_PLACEHOLDER_RE = re.compile(rf"\[{PLACEHOLDER_WORDS}(?::[^\[\]]*)?\]", re.IGNORECASE)


def placeholder(what: str, *, upper: bool = False) -> str:
    """The placeholder for *what* is missing; in capitals with ``upper`` (for a field that
    must be written in capitals, such as a signer's title)."""
    text = f"[{PLACEHOLDER_WORDS}: {nfc(what).strip()}]"
    return vi_upper(text) if upper else text


def placeholders_in(text: str) -> tuple[str, ...]:
    """The placeholders in *text*, in order."""
    return tuple(match[0] for match in _PLACEHOLDER_RE.finditer(nfc(text)))


def find_placeholders(value: object, location: str = "") -> Iterator[tuple[str, str]]:
    """Every ``(location, placeholder)`` in a model object and everything it holds, in field
    order; locations are paths such as ``sections[0].blocks[1]`` or ``signature.name``."""
    found: list[tuple[str, str]] = []
    _collect(value, [location], found)
    return iter(found)


# What a value is to the walk, by its type: text, a paragraph, a tuple of values, a model
# object (its fields are walked) or anything else (a number, a date: nothing to find).
_TEXT, _PARAGRAPH, _TUPLE, _MODEL, _OTHER = range(1, 6)
_KINDS: dict[type, int] = {}
#: The name of each field walked in a model class, with its step in a location (".name").
_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _kind(cls: type) -> int:
    """What a value of type *cls* is to the walk (worked out once per type)."""
    if issubclass(cls, str):
        kind = _TEXT
    elif issubclass(cls, Paragraph):
        kind = _PARAGRAPH
    elif issubclass(cls, tuple):
        kind = _TUPLE
    elif attrs.has(cls):
        kind = _MODEL
        # derived data (a table's placed cells) is not walked: its source is
        _FIELDS[cls] = tuple((f.name, f".{f.name}") for f in attrs.fields(cls) if f.init)
    else:
        kind = _OTHER
    _KINDS[cls] = kind
    return kind


def _collect(value: object, steps: list[str | int], found: list[tuple[str, str]]) -> None:
    """Append the placeholders in *value* to *found*; *steps* lead to it: the caller's
    location, then field steps and item indexes (a location is written only for a find)."""
    kind = _KINDS.get(type(value)) or _kind(type(value))
    if kind in (_TEXT, _PARAGRAPH):
        text = value if isinstance(value, str) else cast(Paragraph, value).text
        if "[" in text:  # every placeholder opens with one (NFC keeps it)
            where = _location(steps)
            found.extend((where, each) for each in placeholders_in(text))
        return
    if kind == _TUPLE:
        children: Iterable[tuple[str | int, object]] = enumerate(cast(tuple[object, ...], value))
    elif kind == _MODEL:
        children = [(step, getattr(value, name)) for name, step in _FIELDS[type(value)]]
    else:
        return
    for step, child in children:
        if (_KINDS.get(type(child)) or _kind(type(child))) != _OTHER:  # a number, a date, None
            steps.append(step)
            _collect(child, steps, found)
            steps.pop()


def _location(steps: list[str | int]) -> str:
    """``sections[0].blocks[1]`` from ``["", ".sections", 0, ".blocks", 1]``."""
    text = "".join(f"[{step}]" if isinstance(step, int) else step for step in steps)
    return text[1:] if not steps[0] and text.startswith(".") else text
