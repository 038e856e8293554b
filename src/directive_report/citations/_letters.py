"""Letters and words of Vietnamese as the citation grammar compares them (private): tone marks
placed either way ("hòa"/"hoà"), scrambled or lost, case and spacing folded for look-ups."""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = [
    "TONE_PLACEMENTS",
    "base_letter",
    "fold",
    "loose_marks",
    "modern_tones",
    "tone_flexible",
    "tone_variants",
    "toneless",
    "unaccented_key",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """The words of *text*: a compact way to write a set of Vietnamese words."""
    return frozenset(text.split())


#: The two placements of a tone mark on "oa", "oe", "uy" (new, old): "hòa"/"hoà", "Ủy"/"Uỷ".
TONE_PLACEMENTS = tuple(
    (f"{v}{w}", f"{x}{m}")
    for v, x, w, marks in (
        ("òóỏõọ", "o", "a", "àáảãạ"),
        ("òóỏõọ", "o", "e", "èéẻẽẹ"),
        ("ùúủũụ", "u", "y", "ỳýỷỹỵ"),
    )
    for v, m in zip(v, marks, strict=True)
)
_OLD_TONES = re.compile("|".join(old for _, old in TONE_PLACEMENTS), re.IGNORECASE)
_NEW_BY_OLD = {old: new for new, old in TONE_PLACEMENTS}


def modern_tones(text: str) -> str:
    """*text* with the tone marks of "oa", "oe", "uy" placed the modern way ("hoà" -> "hòa")."""
    if not _OLD_TONES.search(text):
        return text
    return _OLD_TONES.sub(lambda m: _match_case(_NEW_BY_OLD[m[0].lower()], m[0]), text)


def _match_case(new: str, old: str) -> str:
    return "".join(n.upper() if o.isupper() else n for n, o in zip(new, old, strict=True))


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """A lookup key: case folded, spaces removed, tones placed the modern way (``"Thông tư
    liêntịch"`` = ``"Thông tư liên tịch"``, ``"Uỷ"`` = ``"Ủy"``)."""
    return modern_tones("".join(text.split()).casefold())


_NEW_TONES = re.compile("|".join(new for new, _ in TONE_PLACEMENTS), re.IGNORECASE)
_OLD_BY_NEW = dict(TONE_PLACEMENTS)


def tone_flexible(pattern: str) -> str:
    """*pattern* (escaped words) matching either placement of a tone mark ("Ủy" or "Uỷ"); the
    pattern is meant to be compiled ignoring case."""
    return _NEW_TONES.sub(lambda m: f"(?:{m[0]}|{_OLD_BY_NEW[m[0].lower()]})", pattern)


def base_letter(letter: str) -> str:
    """*letter* without its diacritics ("ị" -> "i", "đ" -> "d")."""
    if letter in "đĐ":
        return "d" if letter == "đ" else "D"
    return unicodedata.normalize("NFD", letter)[0]


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below


def toneless(text: str) -> str:
    """*text* without its tone marks, its vowels' shapes kept: "khỏá" -> "khoa", "ương" stays."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if c not in _TONE_MARKS)
    )


def tone_variants(letter: str) -> str:
    """*letter* with each tone mark or none, and without any diacritic: "ậ" -> "âầấẩẫậa"."""
    bare = toneless(letter)
    variants = [unicodedata.normalize("NFC", bare + mark) for mark in ("", *_TONE_MARKS)]
    return "".join(dict.fromkeys(v for v in [*variants, base_letter(letter)] if len(v) == 1))


def loose_marks(pattern: str) -> str:
    """*pattern* also matching its letters written without diacritics ("Nghi dinh", "Nghi
    định"), as copies that lost them write them, or with their tone marks scrambled by a broken
    font ("Kết lúận", "Nghị qụỵết"); a vowel keeps its shape (not "giày mới" for "giấy mời").
    Letters inside a character class or after a backslash are left as they are."""
    pieces, in_class = [], False
    for index, char in enumerate(pattern):
        escaped = pattern[index - 1 : index] == "\\"
        if char == "[" and not escaped:
            in_class = True
        elif char == "]" and not escaped:
            in_class = False
        elif not (in_class or escaped) and char.lower() in _MARKED:
            char = f"[{tone_variants(char.lower())}]"
        pieces.append(char)
    return "".join(pieces)


# The letters a diacritic or a tone may mark: the vowels and "d".
_MARKED = frozenset("aàáảãạăằắẳẵặâầấẩẫậdđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ")


def unaccented_key(text: str) -> str:
    """A lookup key without case, spaces or diacritics: ``"Nghi dinh"`` = ``"Nghị định"``."""
    return "".join(base_letter(c) for c in fold(text))
