"""The private text helpers (directive_report._text)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directive_report._text import nfc, nfc_optional, nfc_tuple, vi_upper
from directive_report.errors import UnprintableTextError


@given(st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cs"])))
def test_nfc_is_normal_form_c(text: str) -> None:
    """nfc returns NFC whatever the input's form."""
    assert nfc(unicodedata.normalize("NFD", text)) == unicodedata.normalize("NFC", text)


def test_nfc_refuses_non_text() -> None:
    """A non-string is a TypeError naming its type."""
    with pytest.raises(TypeError, match="expected text"):
        nfc(5)  # type: ignore[arg-type]


def test_helpers() -> None:
    """None passes through; a lone string is one item; upper-casing keeps Vietnamese letters."""
    assert nfc_optional(None) is None
    assert nfc_tuple("Như trên") == ("Như trên",)
    assert nfc_tuple(["a", "Ba\u0301o"]) == ("a", "Báo")
    assert vi_upper("Sở Thông tin và Truyền thông") == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert vi_upper("ủy ban nhân dân tỉnh đắk lắk") == "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"


@pytest.mark.parametrize(
    "character", ["\x00", "\x07", "\x0b", "\x0c", "\x1f", "\ud800", "\ufffe", "\uffff"]
)
def test_characters_no_document_can_carry_are_refused(character: str) -> None:
    """XML 1.0 (DOCX, ODT) cannot carry these; a report never holds one."""
    with pytest.raises(UnprintableTextError, match=f"U\\+{ord(character):04X}"):
        nfc(f"a{character}b")


@pytest.mark.parametrize("character", ["\t", "\n", "\u00a0", "\u200b"])
def test_ordinary_white_space_is_kept(character: str) -> None:
    """Tab, line feeds and other printable characters pass."""
    assert nfc(f"a{character}b") == f"a{character}b"


@pytest.mark.parametrize("text", ["a\rb", "a\r\nb", "a\nb"])
def test_a_line_break_is_one_line_feed(text: str) -> None:
    """A carriage return, alone or before a line feed, is stored as a line feed: one rule for
    every format (a CR once printed as a space in DOCX and ODT, as a line break in Markdown)."""
    assert nfc(text) == "a\nb"
