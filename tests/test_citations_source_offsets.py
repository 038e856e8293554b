"""Offsets of decomposed and unusual text mapped to and from NFC, exactly.

Citations are read in NFC; their spans are offsets into the text as given.  These tables give,
for texts whose NFC differs (decomposed Vietnamese, marks in another order, compatibility
singletons such as the KELVIN SIGN U+212A that NFC turns into "K", a character NFC expands into
two), the NFC text and the offset in the original of every boundary of it.  Every value is
counted by hand, character by character, in the comments.
"""

from __future__ import annotations

import unicodedata

import pytest

from directive_report import citations
from directive_report.citations._source import Source

KELVIN = "\u212a"  # NFC: "K"
QA = "\u0958"  # DEVANAGARI LETTER QA, excluded from composition: NFC is KA + NUKTA
# Hangul conjoining jamo: L, V and T letters, none of them a combining mark, compose in NFC
# into one syllable (ᄀ + ᅡ + ᆨ = 각 U+AC01; ᄀ + ᅡ = 가 U+AC00)
L_G, V_A, T_G = "\u1100", "\u1161", "\u11a8"


@pytest.mark.parametrize(
    ("original", "composed", "offsets"),
    [
        # "ệ" as e + dot below + circumflex (3 characters) -> 1
        ("thi\u0323 e\u0323\u0302", "thị ệ", {0: 0, 3: 4, 4: 5, 5: 8}),
        # the marks in the other order compose to the same "ệ"
        ("e\u0302\u0323x", "ệx", {0: 0, 1: 3, 2: 4}),
        # a singleton alone: nothing to compose around it, one character for one
        (f"ab{KELVIN}", "abK", {0: 0, 1: 1, 2: 2, 3: 3}),
        # a decomposed first character, then a singleton: "é" is 2 characters there
        (f"e\u0301{KELVIN}", "éK", {0: 0, 1: 2, 2: 3}),
        # one character for two in NFC: QA is KA + NUKTA, "a" after it is the original's 1
        (f"{QA}a", "\u0915\u093ca", {0: 0, 2: 1, 3: 2}),
        # conjoining jamo after a decomposed mark: e ' (0-1) then L V T (2-4) -> é 각
        (f"e\u0301{L_G}{V_A}{T_G}", "é\uac01", {0: 0, 1: 2, 2: 5}),
        # L V, then a space, then L V T: 가(0-1) space(2) 각(3-5) x(6)
        (f"{L_G}{V_A} {L_G}{V_A}{T_G}x", "\uac00 \uac01x", {0: 0, 1: 2, 2: 3, 3: 6, 4: 7}),
        # decomposed "ế" after a singleton K: K(0) e(1) ^(2) '(3) space(4) 1 2 / K(8) H(9)
        (
            f"{KELVIN}e\u0302\u0301 12/{KELVIN}H",
            "Kế 12/KH",
            {0: 0, 1: 1, 2: 4, 3: 5, 4: 6, 5: 7, 6: 8, 7: 9, 8: 10},
        ),
    ],
)
def test_nfc_text_and_offsets_back(original: str, composed: str, offsets: dict[int, int]) -> None:
    source = Source(original)
    assert source.text == composed
    assert {offset: source.original_offset(offset) for offset in offsets} == offsets


def test_nfd_citation_span_is_counted_in_the_text_as_given() -> None:
    """'Theo ' (5) then 'Điều 5 Chỉ thị số 21/CT-TTg' in NFD: Điều 6 (Đ i e ^ ` u), ' 5 ' 3,
    Chỉ 4 (C h i ?), ' thị' 5 (space t h i dot), ' số' 5 (space s o ^ '), ' 21/CT-TTg' 10:
    33 characters from 5."""
    words = unicodedata.normalize("NFD", "Điều 5 Chỉ thị số 21/CT-TTg")
    (found,) = citations.extract("Theo " + words + ".")
    assert (found.start, found.end) == (5, 38)
    assert found.text == words
    assert found.citation.format() == "Điều 5 Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ"


def test_a_singleton_in_the_symbol_is_read_as_its_nfc_letter() -> None:
    """'Kế hoạch số 12/KH-UBND' written with the KELVIN SIGN for both K and 'ế' decomposed,
    after "Thực hiện " in NFD (T h u+horn+dot c, space, h i e+dot+^ n, space: 14).  The
    citation, 'K' 'e' '^' ''' (4), ' hoạch' 7 (a + dot), ' số' 5, ' 12/' 4, 'KH-UBND' 7: 27
    characters from 14, read as the NFC one."""
    words = f"{KELVIN}e\u0302\u0301 hoa\u0323ch so\u0302\u0301 12/{KELVIN}H-UBND"
    text = unicodedata.normalize("NFD", "Thực hiện ") + words + "."
    (found,) = citations.extract(text)
    assert (found.start, found.end) == (14, 41)
    assert found.text == words
    assert found.citation.format() == "Kế hoạch số 12/KH-UBND"
    assert found.citation.number is not None
    assert found.citation.number.symbol == "KH-UBND"
