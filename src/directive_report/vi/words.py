"""Numbers in words, the canonical reading of official and accounting texts, and ordinals.

The rules, their variants and sources: ``docs/formatting.md``, sections "Numbers in words"
and "Ordinals, Roman numerals and điểm letters".
"""

from __future__ import annotations

import itertools
import unicodedata
from decimal import Decimal
from typing import Final, Literal

from directive_report import i18n
from directive_report.vi._common import (
    MAX_DIGITS,
    MAX_WORDS,
    VietnameseFormatError,
    VietnameseParseError,
    _check_int,
    _check_size,
    _quote,
)
from directive_report.vi.numbers import _split_decimal, format_number

__all__ = [
    "Billion",
    "Four",
    "Linh",
    "Thousand",
    "number_to_words",
    "ordinal",
    "words_to_number",
]

#: The word for a zero tens digit: "linh" (canonical, Northern) or "lẻ" (Southern).
Linh = Literal["linh", "lẻ"]
#: The word for 1000: "nghìn" (canonical, official texts) or "ngàn" (Southern).
Thousand = Literal["nghìn", "ngàn"]
#: The word for 10^9, in its two spellings: "tỷ" (canonical, official texts) or "tỉ".
Billion = Literal["tỷ", "tỉ"]
#: A final 4 after mươi: "tư" (canonical) or "bốn".
Four = Literal["tư", "bốn"]

_DIGITS: Final = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_BILLION: Final = 10**9
_MAX_BITS: Final = int(MAX_DIGITS * 3.33) + 8  # a little over MAX_DIGITS decimal digits
_TOO_LARGE: Final = 10**MAX_DIGITS
# A style is (linh, thousand, billion, four): the words that have regional alternates.
_Style = tuple[str, str, str, str]
_CANONICAL: Final[_Style] = ("linh", "nghìn", "tỷ", "tư")
_OPTIONS: Final = (
    ("linh", ("linh", "lẻ")),
    ("thousand", ("nghìn", "ngàn")),
    ("billion", ("tỷ", "tỉ")),
    ("four", ("tư", "bốn")),
)


def _check_style(style: _Style) -> None:
    for (name, allowed), value in zip(_OPTIONS, style, strict=True):
        if value not in allowed:
            raise VietnameseFormatError(
                i18n._("{name} must be {value}, got {quote}").format(
                    name=name, value=" or ".join(map(repr, allowed)), quote=_quote(value)
                )
            )


def _tens_units(t: int, u: int, four: str) -> str:
    """Reading of a non-zero two-digit tail *t u* (t > 0), or of a lone digit (t = 0)."""
    if t == 0:
        return _DIGITS[u]
    if t == 1:
        return "mười" if u == 0 else "mười " + ("lăm" if u == 5 else _DIGITS[u])
    head = _DIGITS[t] + " mươi"
    if u == 0:
        return head
    return head + " " + ("mốt" if u == 1 else four if u == 4 else "lăm" if u == 5 else _DIGITS[u])


_GROUP_TABLES: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _group_tables(linh: str, four: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Readings of 0 … 999 as the leading group and as an inner group.

    An inner group is read with all three digits ("không trăm linh năm"), the leading one
    without its zeros ("năm").
    """
    key = (linh, four)
    tables = _GROUP_TABLES.get(key)
    if tables is None:
        tails = [""] + [
            (linh + " " + _DIGITS[tu] if tu < 10 else _tens_units(tu // 10, tu % 10, four))
            for tu in range(1, 100)
        ]
        inner = tuple(
            _DIGITS[g // 100] + " trăm" + (" " + tails[g % 100] if g % 100 else "")
            for g in range(1000)
        )
        leading = tuple(
            inner[g] if g >= 100 else _tens_units(g // 10, g % 10, four) if g else ""
            for g in range(1000)
        )
        tables = _GROUP_TABLES[key] = (leading, inner)
    return tables


def _below_billion(
    n: int, leading: tuple[str, ...], inner: tuple[str, ...], thousand: str, parts: list[str]
) -> None:
    """Append the reading of 1 … 999 999 999 to *parts*; *leading* is the first group's table."""
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    table = leading
    if millions:
        parts.append(table[millions])
        parts.append("triệu")
        table = inner
    if thousands:
        parts.append(table[thousands])
        parts.append(thousand)
        table = inner
    if units:
        parts.append(table[units])


def _cardinal(n: int, style: _Style) -> str:
    """Reading of a non-negative int; from 10^12 up the count of tỷ is read as a number first."""
    if n == 0:
        return "không"
    linh, thousand, billion, four = style
    leading, inner = _group_tables(linh, four)
    chunks = []
    while n >= _BILLION:
        n, low = divmod(n, _BILLION)
        chunks.append(low)
    parts: list[str] = []
    _below_billion(n, leading, inner, thousand, parts)
    for low in reversed(chunks):
        parts.append(billion)
        if low:
            _below_billion(low, inner, inner, thousand, parts)
    return " ".join(parts)


def number_to_words(
    n: int | Decimal,
    *,
    linh: Linh = "linh",
    thousand: Thousand = "nghìn",
    billion: Billion = "tỷ",
    four: Four = "tư",
) -> str:
    """Read an int or a Decimal in Vietnamese words, lower case.

    Canonical style (the defaults): ``number_to_words(1_001) == "một nghìn không trăm linh
    một"``, ``number_to_words(24) == "hai mươi tư"``, 10^12 is "một nghìn tỷ", negatives
    start with "âm", decimals read the fractional part as a whole number after "phẩy",
    each of its leading zeros as "không" (``Decimal("0.05")`` → "không phẩy không năm").
    The options switch, for the whole string, to the accepted regional alternates:
    ``linh="lẻ"``, ``thousand="ngàn"``, ``billion="tỉ"``, ``four="bốn"`` (after mươi).
    """
    style = (linh, thousand, billion, four)
    if style != _CANONICAL:
        _check_style(style)
    if isinstance(n, int) and not isinstance(n, bool):
        _check_size(n, "number")
        return "âm " + _cardinal(-n, style) if n < 0 else _cardinal(n, style)
    if not isinstance(n, Decimal):
        raise VietnameseFormatError(
            f"number_to_words takes an int or a Decimal, got {_quote(n)}"
            + ("; pass Decimal(str(x)) for a float" if isinstance(n, float) else "")
        )
    if not n.is_finite():
        raise VietnameseFormatError(
            i18n._("cannot write {quote} in words; expected a finite number").format(
                quote=_quote(n)
            )
        )
    _check_size(n, "number")
    negative, whole, fraction = _split_decimal(n)
    fraction = fraction.rstrip("0")
    words = _cardinal(whole, style)
    if fraction:
        rest = fraction.lstrip("0")
        zeros = "không " * (len(fraction) - len(rest))
        words += " phẩy " + zeros + _cardinal(int(rest), style)
    elif whole == 0:
        return words  # no "âm không" for Decimal("-0")
    return "âm " + words if negative else words


_TOKEN_DIGIT: Final = {
    **{word: i for i, word in enumerate(_DIGITS)},
    "mốt": 1,
    "tư": 4,
    "lăm": 5,
    "nhăm": 5,
}
_SCALES: Final = {"nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000}
_VOCABULARY: Final = frozenset(
    [*_TOKEN_DIGIT, *_SCALES, "mười", "mươi", "trăm", "linh", "lẻ", "tỷ", "tỉ", "âm", "phẩy"]
)
_NOT_WRITTEN: Final = {
    "lẽ": "'lẽ' is a misspelling of 'lẻ'",
    "bẩy": "write 'bảy', not 'bẩy'",
    "hăm": "'hăm' is speech; write 'hai mươi'",
    "băm": "'băm' is speech; write 'ba mươi'",
    "chục": "'chục' is speech; write 'mười' or '<digit> mươi'",
    "vạn": "'vạn' (10^4) is archaic; write 'mười nghìn'",
    "ức": "'ức' is archaic",
}


def _evaluate(tokens: list[str]) -> int | None:
    """Value of a well-formed integer reading; None when the tokens cannot be one.

    Lenient on purpose: the caller checks the tokens against the reading of the value.
    """
    billions = below = small = 0
    last: int | None = None
    for token in tokens:
        digit = _TOKEN_DIGIT.get(token)
        if digit is not None:
            small += digit
            last = digit
            continue
        if token == "mười":
            small += 10
        elif token == "mươi" or token == "trăm":
            if last is None:
                return None
            small += last * (9 if token == "mươi" else 99)
        elif token in _SCALES:
            below += small * _SCALES[token]
            small = 0
        elif token in ("tỷ", "tỉ"):
            billions = (billions + below + small) * _BILLION
            if billions.bit_length() > _MAX_BITS:  # stop before the numbers grow any larger
                raise _out_of_range()
            below = small = 0
        elif token not in ("linh", "lẻ"):
            return None
        last = None
    value = billions + below + small
    if value >= _TOO_LARGE:  # what number_to_words refuses to write
        raise _out_of_range()
    return value


def _out_of_range() -> VietnameseParseError:
    return VietnameseParseError(
        i18n._("a number in words is out of range: more than {MAX_DIGITS} digits").format(
            MAX_DIGITS=MAX_DIGITS
        )
    )


def _choose(tokens: list[str], canonical: str, alternate: str, text: str) -> str:
    has_canonical, has_alternate = canonical in tokens, alternate in tokens
    if has_canonical and has_alternate:
        raise VietnameseParseError(
            i18n._(
                "{quote} mixes {canonical!r} and {alternate!r}; use one of them throughout"
            ).format(quote=_quote(text), canonical=canonical, alternate=alternate)
        )
    return alternate if has_alternate else canonical


def _after(tokens: list[str], before: tuple[str, ...], word: str) -> bool:
    return any(t == word and p in before for p, t in itertools.pairwise(tokens))


def _replace_after(tokens: list[str], before: tuple[str, ...], old: str, new: str) -> list[str]:
    return [new if t == old and i and tokens[i - 1] in before else t for i, t in enumerate(tokens)]


def words_to_number(text: str) -> int | Decimal:
    """Read a number written in Vietnamese words back: the inverse of :func:`number_to_words`.

    Accepts the canonical reading and the accepted variants listed in ``docs/formatting.md``
    (lẻ, ngàn, tỉ, bốn after mươi, tư after linh/lẻ, nhăm after mươi, the fractional
    part digit by digit), each used consistently, in any case, NFC or NFD. Returns an int,
    or a Decimal when there is a "phẩy". Speech forms ("hai mốt", "một nghìn lẻ tám",
    "mười tư", "trăm nghìn", per-group "… nghìn tỷ … tỷ") raise :class:`VietnameseParseError`.
    """
    if not isinstance(text, str):
        raise VietnameseParseError(
            i18n._("number in words must be a str, got {quote}").format(quote=_quote(text))
        )
    # one pass, and never more than MAX_WORDS + 1 words in memory
    tokens = unicodedata.normalize("NFC", text).lower().split(None, MAX_WORDS)
    if not tokens:
        raise VietnameseParseError(i18n._("cannot read an empty text as a number in words"))
    if len(tokens) > MAX_WORDS:
        raise VietnameseParseError(
            i18n._(
                "cannot read {quote} as a number: more than {MAX_WORDS:,} words, more than any number of up to {MAX_DIGITS} digits has"
            ).format(quote=_quote(text), MAX_WORDS=MAX_WORDS, MAX_DIGITS=MAX_DIGITS)
        )
    for position, token in enumerate(tokens, 1):
        if token not in _VOCABULARY:
            reason = _NOT_WRITTEN.get(token, "not a Vietnamese number word")
            raise VietnameseParseError(
                i18n._(
                    "cannot read {quote} as a number: word {position}, {quote2}: {reason}"
                ).format(quote=_quote(text), position=position, quote2=_quote(token), reason=reason)
            )
    style = (
        _choose(tokens, "linh", "lẻ", text),
        _choose(tokens, "nghìn", "ngàn", text),
        _choose(tokens, "tỷ", "tỉ", text),
        "bốn" if _after(tokens, ("mươi",), "bốn") else "tư",
    )
    if style[3] == "bốn" and _after(tokens, ("mươi",), "tư"):
        raise VietnameseParseError(
            i18n._("{quote} mixes 'mươi tư' and 'mươi bốn'; use one throughout").format(
                quote=_quote(text)
            )
        )
    for before, canonical, alternate in ((("mươi",), "lăm", "nhăm"), (("linh", "lẻ"), "bốn", "tư")):
        if _after(tokens, before, alternate):
            if _after(tokens, before, canonical):
                raise VietnameseParseError(
                    i18n._(
                        "{quote} mixes {canonical!r} and {alternate!r} after {before!r}; use one throughout"
                    ).format(
                        quote=_quote(text),
                        canonical=canonical,
                        alternate=alternate,
                        before=before[0],
                    )
                )
            tokens = _replace_after(tokens, before, alternate, canonical)
    negative = tokens[0] == "âm"
    if negative:
        tokens = tokens[1:]
    if "phẩy" not in tokens:
        whole = _read_int(tokens, text, style)
        if negative and whole == 0:
            raise VietnameseParseError(
                i18n._("{quote}: zero is 'không', not 'âm không'").format(quote=_quote(text))
            )
        return -whole if negative else whole
    cut = tokens.index("phẩy")
    head, tail = tokens[:cut], tokens[cut + 1 :]
    whole = _read_int(head, text, style)
    if tail and all(t in _DIGITS for t in tail):
        fraction = "".join(str(_DIGITS.index(t)) for t in tail)
    else:
        zeros = 0
        while zeros < len(tail) and tail[zeros] == "không":
            zeros += 1
        fraction = "0" * zeros + str(_read_int(tail[zeros:], text, style))
    if len(fraction) > MAX_DIGITS:
        raise VietnameseParseError(
            i18n._(
                "cannot read {quote} as a number: more than {MAX_DIGITS} digits after 'phẩy'"
            ).format(quote=_quote(text), MAX_DIGITS=MAX_DIGITS)
        )
    return Decimal(f"{'-' if negative else ''}{whole}.{fraction}")


def _read_int(tokens: list[str], text: str, style: _Style) -> int:
    """Value of an integer reading that is exactly the reading of that value in *style*."""
    value = _evaluate(tokens) if tokens else None
    hint = ""
    if value is not None:
        expected = _cardinal(value, style)
        if expected.split() == tokens:
            return value
        if expected.replace(" không trăm", "").split() == tokens:
            # "một nghìn lẻ tám" skips the "không trăm" of an inner group.
            hint = f"; an inner group is read with 'không trăm': {expected!r}"
    raise VietnameseParseError(
        f"{_quote(text)} is not a well-formed number in words: cannot read {_quote(' '.join(tokens))}"
        + (hint or " (speech forms such as 'hai mốt', 'một trăm tư' or 'mười tư' are not accepted)")
    )


def ordinal(n: int, *, words: bool = True) -> str:
    """Vietnamese ordinal: "thứ nhất", "thứ hai", "thứ tư", "thứ hai mươi mốt"; "thứ 4" with words=False."""
    n = _check_int(n, "ordinal")
    if n < 1:
        raise VietnameseFormatError(i18n._("ordinals start at 1, got {n}").format(n=n))
    if not words:
        return "thứ " + format_number(n)
    if n == 1:
        return "thứ nhất"
    if n == 4:
        return "thứ tư"
    return "thứ " + number_to_words(n)
