"""The private text helpers (directive_report._text)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directive_report._text import nfc, nfc_optional, nfc_tuple, vi_upper


@given(st.text())
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
