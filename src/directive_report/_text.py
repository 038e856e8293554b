"""Small text helpers shared by the model and the serializers (private)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from directive_report import i18n
from directive_report.errors import UnprintableTextError

__all__ = [
    "BIDI_CONTROLS",
    "MAX_TEXT_LENGTH",
    "bidi_control_error",
    "excerpt",
    "nfc",
    "nfc_optional",
    "nfc_tuple",
    "vi_upper",
]

#: The longest single text a report may hold, in characters.  An XML text node over 10 MB is
#: refused by lxml (so python-docx) and crashes LibreOffice; a million characters are at most
#: 4 MB in UTF-8, and any longer text belongs in several paragraphs.
MAX_TEXT_LENGTH = 1_000_000

# Characters XML 1.0 (so DOCX and ODT) cannot carry, and lone surrogates UTF-8 cannot encode.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Bidirectional embeddings, overrides and isolates: they make a text print in another order
# than it is stored ("Trojan Source", CVE-2021-42574), so "21/CT-TTg" can be stored reversed.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Either of them, or a carriage return: a text without any is checked in one pass.
_UNUSUAL = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")
_EXCERPT = 40


def excerpt(text: str, limit: int = _EXCERPT) -> str:
    """*text* as a message quotes it: its repr, or its first *limit* characters and its size."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… ({len(text):,} characters)"


def bidi_control_error(text: str, position: int, offset: int = 0) -> UnprintableTextError:
    """The error for the bidirectional control at *position* of *text* (*offset* is where
    *text* starts in a larger one, for the position reported)."""
    character = text[position]
    start = max(0, position - _EXCERPT // 2)
    return UnprintableTextError(
        i18n._(
            "contains U+{ord:04X} ({name}), a bidirectional control that makes text print in another order than it is written, at character {at}: {excerpt}"
        ).format(
            ord=ord(character),
            name=unicodedata.name(character),
            at=offset + position + 1,
            excerpt=excerpt(text[start:], _EXCERPT),
        )
    )


def nfc(text: str) -> str:
    """Return *text* in Unicode normal form C (what every Vietnamese string is stored as), with
    every carriage return (``\\r\\n`` or a lone ``\\r``) made a line feed, so that a line
    break is one character and prints as a line break in every format.

    Raises :class:`UnprintableTextError`, naming the character and its position, for a control
    character other than tab, line feed and carriage return (DOCX and ODT cannot carry one), a
    bidirectional control character (U+202A–U+202E, U+2066–U+2069), or a text longer than
    :data:`MAX_TEXT_LENGTH` characters.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected text (str), got {type(text).__name__}")
    if len(text) > MAX_TEXT_LENGTH:
        raise UnprintableTextError(
            i18n._(
                "is {count:,} characters long, more than the {MAX_TEXT_LENGTH:,} a document can carry in one text; split it into paragraphs: {excerpt}"
            ).format(count=len(text), MAX_TEXT_LENGTH=MAX_TEXT_LENGTH, excerpt=excerpt(text))
        )
    if _UNUSUAL.search(text) is not None:
        text = _usual(text)
    return unicodedata.normalize("NFC", text)


def _usual(text: str) -> str:
    """*text* with its carriage returns made line feeds, or the error for the first character
    :func:`nfc` refuses: a control character, else a bidirectional control."""
    bad = _UNPRINTABLE.search(text)
    if bad:
        raise UnprintableTextError(
            i18n._(
                "contains U+{ord:04X}, a control character documents cannot carry, at character {value} of {excerpt}"
            ).format(ord=ord(bad[0]), value=bad.start() + 1, excerpt=excerpt(text))
        )
    bidi = BIDI_CONTROLS.search(text)
    if bidi:
        raise bidi_control_error(text, bidi.start())
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def nfc_optional(text: str | None) -> str | None:
    """:func:`nfc` that lets ``None`` through."""
    return None if text is None else nfc(text)


def nfc_tuple(items: Iterable[str]) -> tuple[str, ...]:
    """Turn an iterable of strings into a tuple of NFC strings (a bare string is one item)."""
    if isinstance(items, str):
        return (nfc(items),)
    return tuple(nfc(item) for item in items)


def vi_upper(text: str) -> str:
    """Upper-case Vietnamese text, keeping NFC (``"Sở Thông tin"`` -> ``"SỞ THÔNG TIN"``)."""
    return unicodedata.normalize("NFC", text.upper())
