"""Small text helpers shared by the model and the serializers (private)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from directive_report.errors import UnprintableTextError

__all__ = ["nfc", "nfc_optional", "nfc_tuple", "vi_upper"]

# Characters XML 1.0 (so DOCX and ODT) cannot carry, and lone surrogates UTF-8 cannot encode.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def nfc(text: str) -> str:
    """Return *text* in Unicode normal form C (what every Vietnamese string is stored as).

    Raises :class:`UnprintableTextError` for a control character other than tab, line feed and
    carriage return: a report holding one could not be written to DOCX or ODT.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected text (str), got {type(text).__name__}")
    bad = _UNPRINTABLE.search(text)
    if bad:
        raise UnprintableTextError(
            f"contains U+{ord(bad[0]):04X}, a control character documents cannot carry, in "
            f"{text[:60]!r}"
        )
    return unicodedata.normalize("NFC", text)


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
