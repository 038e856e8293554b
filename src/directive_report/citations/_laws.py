"""Names of Vietnamese laws, codes and ordinances (listed in :mod:`._law_names`), and how a name
is matched, so that a law cited by name is read to its exact end.

A law's name may contain commas and "và" ("Luật Phòng, chống tham nhũng", "Luật Tổ chức Hội đồng
nhân dân và Ủy ban nhân dân"), so its end cannot be told from the words alone.  Names are given
as in the laws' own titles, without "Luật"; matching ignores case and spacing.  A name missing
from this list is still read when a year or a number follows it ("Luật Thủ đô năm 2024").
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections.abc import Iterable

from directive_report.citations._law_names import CODE_NAMES, LAW_NAMES, ORDINANCE_NAMES
from directive_report.citations._letters import TONE_PLACEMENTS, modern_tones
from directive_report.citations._regex_pieces import CONSTITUTION_COUNTRY

__all__ = [
    "CODE_NAMES",
    "LAW_NAMES",
    "ORDINANCE_NAMES",
    "abbreviates_known",
    "i_or_y",
    "known_with_letters_lost",
    "known_written_loosely",
    "runs_on_loosely",
    "y_as_i",
]

# "i" and "y" with the same tone mark: after a consonant, ending a syllable, either is written
# for the other ("liệt sĩ" and "liệt sỹ", "Sĩ quan" and "Sỹ quan", "Quản lý" and "Quản lí").
_I_BY_Y = dict(zip("yýỳỷỹỵ", "iíìỉĩị", strict=True))
_CONSONANT = "bcdđghklmnpqrstvx"
_Y_AFTER_CONSONANT = re.compile(f"(?<=[{_CONSONANT}])[{''.join(_I_BY_Y)}]")
_FINAL_I_OR_Y = re.compile(
    f"(?<=[{_CONSONANT}{_CONSONANT.upper()}])[{''.join(_I_BY_Y)}{''.join(_I_BY_Y.values())}](?!\\w)"
)


@functools.lru_cache(maxsize=4096)
def y_as_i(key: str) -> str:
    """*key* (a name in lower case) with each "y" after a consonant written "i": names that
    differ only there are the same (see :func:`i_or_y`)."""
    return _Y_AFTER_CONSONANT.sub(lambda m: _I_BY_Y[m[0]], key)


def i_or_y(pattern: str) -> str:
    """*pattern* (names in lower case or with capitals, escaped) matching "i" or "y" where one
    ends a syllable after a consonant ("sĩ" or "sỹ")."""

    def either(match: re.Match[str]) -> str:
        i = _I_BY_Y.get(match[0], match[0])
        y = next(y for y, other in _I_BY_Y.items() if other == i)
        return f"[{i}{y}]"

    return _FINAL_I_OR_Y.sub(either, pattern)


# What a font without the glyphs of accented letters leaves of a name: its plain letters but for
# "h" and "g", which it may lose with the vowel after them ("nhân" as "nn", "pháp" as "pp").
_KEPT = frozenset(string.ascii_lowercase) - {"h", "g"}
_MARKED = frozenset("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")


# "oà", "oé", "uỳ" ... before a letter: a closed syllable ("hoạch", "Huỳnh"), whose mark has one
# place only, the second vowel's; only an open one's ("hoà", "hòa") is moved to compare them.
_CLOSED_PAIR = re.compile("(?:" + "|".join(old for _, old in TONE_PLACEMENTS) + r")[^\W\d_]")


def _letters(word: str) -> str:
    folded = word.casefold()
    return y_as_i(folded if _CLOSED_PAIR.search(folded) else modern_tones(folded))


def _kept(letters: str) -> str:
    return "".join(c for c in letters if c in _KEPT)


@functools.cache
def _names_by_kept_letters() -> dict[str, tuple[tuple[str, str], ...]]:
    """The known names of two words and eight letters or more (their letters and the name), and
    the country in the Constitution's title, by the letters a font without accented glyphs
    keeps."""
    index: dict[str, list[tuple[str, str]]] = {}
    for name in (*LAW_NAMES, *CODE_NAMES, *ORDINANCE_NAMES, CONSTITUTION_COUNTRY):
        letters = "".join(map(_letters, re.findall(r"[^\W\d_]+", name)))
        if len(name.split()) >= 2 and len(letters) >= 8:
            index.setdefault(_kept(letters), []).append((letters, name))
    return {kept: tuple(names) for kept, names in index.items()}


@functools.cache
def _kept_beginnings() -> frozenset[str]:
    """The beginnings of the known names' kept letters (see :func:`_names_by_kept_letters`)."""
    return frozenset(kept[:n] for kept in _names_by_kept_letters() for n in range(len(kept)))


@functools.cache
def _lost_glyphs(known: str) -> re.Pattern[str]:
    """What a font without accented glyphs may leave of *known* (a name's letters): each
    accented vowel kept or lost, with the "h" or "g" before it."""
    pieces, position = [], 0
    while position < len(known):
        letter = known[position]
        if letter in "hg" and known[position + 1 : position + 2] in _MARKED:
            pieces.append(f"(?:{letter}{known[position + 1]}?)?")
            position += 2
        else:
            pieces.append(f"{letter}?" if letter in _MARKED else letter)
            position += 1
    return re.compile("".join(pieces))


def known_with_letters_lost(words: list[str]) -> tuple[int, str] | None:
    """The longest known name that the first of *words* (pieces of words as written) write with
    a few accented letters lost, as a font without their glyphs leaves them ("Cht lượng sản
    phẩm, hàng hóa" for "Chất lượng sản phẩm, hàng hóa", "T ch c Chính ph" for "Tổ chức
    Chính phủ"): how many of *words* it takes, and the name; None if there is none. A name of
    two words and eight letters or more, a third of its letters lost at most."""
    written: list[str] = []
    kept = ""
    beginnings = _kept_beginnings()
    for word in words:  # as far as the words may begin a name (most stop at the first)
        if kept not in beginnings:
            break
        written.append(_letters(word))
        kept += _kept(written[-1])
    index = _names_by_kept_letters()
    for count in range(len(written), 0, -1):
        letters = "".join(written[:count])
        for known, name in index.get(_kept(letters), ()):
            lost = len(known) - len(letters)
            if 0 < 3 * lost <= len(known) and _lost_glyphs(known).fullmatch(letters):
                return count, name
    return None


# Words administrative text abbreviates inside a law's name ("Luật Ban hành văn bản QPPL của
# HĐND và UBND"), by the words they stand for; and "các", which it slips in ("Luật ban hành các
# văn bản quy phạm pháp luật"): a loose key leaves it out.
_ABBREVIATED_WORDS = {
    "hđnd": ("hội", "đồng", "nhân", "dân"),
    "ubnd": ("ủy", "ban", "nhân", "dân"),
    "qppl": ("quy", "phạm", "pháp", "luật"),
    "vbqppl": ("văn", "bản", "quy", "phạm", "pháp", "luật"),
    "tand": ("tòa", "án", "nhân", "dân"),
    "vksnd": ("viện", "kiểm", "sát", "nhân", "dân"),
}
_LOOSE_TOKEN = re.compile(r"[^\W\d_]+|,")


def loose_key(word: str) -> tuple[str, ...]:
    """The words *word* (a word or a comma, as written) stands for in a loose key: its letters in
    lower case, an abbreviation's words, nothing for "các"; a dash is a comma ("Luật Thi đua -
    Khen thưởng")."""
    if word in ("-", "–"):
        return (",",)
    letters = _letters(word)
    if letters == "các":
        return ()
    return _ABBREVIATED_WORDS.get(letters, (letters,))


@functools.cache
def _names_by_loose_key() -> dict[tuple[str, ...], str]:
    """The known names by their loose keys: as titled, and without their commas."""
    index: dict[tuple[str, ...], str] = {}
    for name in (*LAW_NAMES, *CODE_NAMES, *ORDINANCE_NAMES):
        key = tuple(word for token in _LOOSE_TOKEN.findall(name) for word in loose_key(token))
        index.setdefault(key, name)
        index.setdefault(tuple(word for word in key if word != ","), name)
    return index


@functools.cache
def _loose_beginnings() -> frozenset[tuple[str, ...]]:
    """The proper beginnings of the known names' loose keys."""
    return frozenset(key[:n] for key in _names_by_loose_key() for n in range(len(key)))


@functools.cache
def _loose_key_of(name: str) -> tuple[str, ...]:
    return tuple(word for token in _LOOSE_TOKEN.findall(name) for word in loose_key(token))


@functools.lru_cache(maxsize=4096)
def runs_on_loosely(name: str, token: str) -> bool:
    """Whether the known *name* and the *token* after it (a word or a comma, as written) begin
    a longer known name written loosely ("Khiếu nại" and "tố" of "Khiếu nại tố cáo"): only then
    is a known name read again loosely."""
    key = _loose_key_of(name) + loose_key(token)
    return key in _loose_beginnings() or key in _names_by_loose_key()


def known_written_loosely(tokens: Iterable[str]) -> tuple[int, str] | None:
    """The longest known name that the first of *tokens* (words and commas, as written) write
    loosely: without the commas of its title ("Khiếu nại tố cáo"), with a body or a phrase
    abbreviated ("của HĐND và UBND", "văn bản QPPL"; "Thuế SDĐ nông nghiệp", an abbreviation
    inside it, not ending it: see :func:`_abbreviated_in`) or "các" slipped in ("ban hành các văn bản ..."); how many tokens it
    takes, and the name; None if there is none. Two words at least."""
    index, beginnings = _names_by_loose_key(), _loose_beginnings()
    key: tuple[str, ...] = ()
    found = None
    for count, token in enumerate(tokens, 1):
        words = loose_key(token)
        expanded = None
        if key and token.isupper() and len(token) > 1 and words == (_letters(token),):
            expanded = _abbreviated_in(key, token)  # "Thuế SDĐ nông nghiệp": inside the name
        key += expanded or words
        if len(key) >= 2 and key in index and expanded is None:
            found = count, index[key]
        if key not in beginnings:
            break
    return found


def _initial(word: str) -> str:
    """The first letter of *word* as an abbreviation writes it: a capital without its marks,
    "D" for "Đ" too (an abbreviation may lose the stroke: "HDND")."""
    first = unicodedata.normalize("NFD", word[0].upper())[0]
    return "D" if first == "Đ" else first


_NAME_WORD = re.compile(r"[^\W\d_]+")
_AMPERSAND = re.compile(r"\s*[&,]\s*")
# A country's name closing a known name, which its abbreviation may leave out ("Luật NHNN" for
# "Ngân hàng Nhà nước Việt Nam").
_COUNTRY_ENDINGS = (("tại", "việt", "nam"), ("việt", "nam"))
# English abbreviations of known names: "Luật PPP" (đầu tư theo phương thức đối tác công tư),
# "Luật Thuế VAT" (giá trị gia tăng).
_ENGLISH_ABBREVIATIONS = frozenset({"PPP", "VAT"})


@functools.cache
def _known_initials() -> frozenset[str]:
    """The initials of the known names' words, as titled ("Các tổ chức tín dụng", "Tổ chức HĐND
    và UBND") and as their loose keys write them ("các" left out, "HĐND" as its words), with
    "và", "của" or both left out or not, an opening "Thuế" ("Luật TNCN") and a closing country's
    name or not; and their first four initials or more ("Luật HĐGS", "Luật TTATGT")."""
    found: set[str] = set()
    titled = (
        tuple(_NAME_WORD.findall(name)) for name in (*LAW_NAMES, *CODE_NAMES, *ORDINANCE_NAMES)
    )
    for key in (*_names_by_loose_key(), *titled):
        words = tuple(word for word in key if word != ",")
        kept = [
            words,
            *(words[: -len(end)] for end in _COUNTRY_ENDINGS if words[-len(end) :] == end),
        ]
        kept += [k[1:] for k in kept if k[0].casefold() == "thuế"]  # "Luật TNCN"
        for left_out in ((), ("và",), ("của",), ("và", "của")):
            for initials in ("".join(_initial(w) for w in k if w not in left_out) for k in kept):
                found.update(initials[:n] for n in range(min(4, len(initials)), len(initials) + 1))
    return frozenset(found)


def abbreviates_known(written: str) -> bool:
    """Whether *written*, an abbreviation in capitals after a law's type and the words before
    it ("BHXH", "HN&GĐ", "HN & GĐ", "CB,CC", "Thuế TNCN", "các TCTD"), abbreviates a name the
    list knows: the initials of the words and the capitals are a known name's initials (see
    :func:`_known_initials`), or the capitals an English abbreviation of one ("PPP"). Not
    "ACC", a law firm's."""
    *words, capitals = _AMPERSAND.sub("&", written).split()
    if capitals in _ENGLISH_ABBREVIATIONS:
        return True
    initials = "".join(_initial(w) for word in words for w in loose_key(word))
    initials += "".join(_initial(c) for c in capitals if c.isalpha())
    return initials in _known_initials()


@functools.cache
def _loose_initials() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The known names' loose keys, each with its words' initials (a comma as itself)."""
    return tuple(
        (key, "".join("," if word == "," else _initial(word) for word in key))
        for key in _names_by_loose_key()
    )


@functools.lru_cache(maxsize=1024)
def _abbreviated_in(key: tuple[str, ...], capitals: str) -> tuple[str, ...] | None:
    """The words of a known name that *capitals* abbreviate right after the words of its loose
    *key* read so far ("SDĐ" for "sử dụng đất" after "thuế"), their initials the capitals';
    None if no known name goes on so."""
    initials = "".join(map(_initial, capitals))
    start, end = len(key), len(key) + len(initials)
    for known, known_initials in _loose_initials():
        if known_initials[start:end] == initials and known[:start] == key:
            return known[start:end]
    return None
