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
from collections.abc import Iterator

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
    if isinstance(value, str):
        for found in placeholders_in(value):
            yield location, found
    elif isinstance(value, Paragraph):
        for found in placeholders_in(value.text):
            yield location, found
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from find_placeholders(item, f"{location}[{index}]")
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            if not field.init:
                continue  # derived data (a table's placed cells): its source is walked
            inner = getattr(value, field.name)
            where = f"{location}.{field.name}" if location else field.name
            yield from find_placeholders(inner, where)
