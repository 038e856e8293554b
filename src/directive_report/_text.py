"""Small text helpers shared by the model and the serializers (private)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = ["nfc", "nfc_optional", "nfc_tuple", "vi_upper"]


def nfc(text: str) -> str:
    """Return *text* in Unicode normal form C (what every Vietnamese string is stored as)."""
    if not isinstance(text, str):
        raise TypeError(f"expected text (str), got {type(text).__name__}")
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
