"""directive_report.citations._source: NFC text with exact offsets back to the original."""

from __future__ import annotations

import unicodedata
from typing import Literal

from hypothesis import given
from hypothesis import strategies as st

from directive_report.citations._source import Source
from directive_report.testing import text


def test_nfc_input_is_used_as_is() -> None:
    """The common case costs nothing: same object, identity offsets."""
    original = "Chỉ thị số 21/CT-TTg"
    source = Source(original)
    assert source.text is original
    assert source.original_offset(5) == 5


def test_nfd_offsets() -> None:
    """Each composed character maps back to the start of its cluster."""
    original = unicodedata.normalize("NFD", "Điều 6a Luật")
    source = Source(original)
    assert source.text == "Điều 6a Luật"
    # "Điều": Đ i ề(e + circumflex + grave) u -> 4 characters from 6
    assert source.original_offset(4) == 6
    assert original[source.original_offset(8) :] == unicodedata.normalize("NFD", "Luật")
    assert source.original_offset(len(source.text)) == len(original)


@given(text(max_words=20), st.sampled_from(["NFC", "NFD", "mixed"]))
def test_offsets_round_trip(words: str, form: Literal["NFC", "NFD", "mixed"]) -> None:
    """For every cluster boundary of the NFC text, the original up to the mapped offset is,
    once composed, exactly the NFC text up to there."""
    if form == "mixed":
        half = len(words) // 2
        original = unicodedata.normalize("NFD", words[:half]) + words[half:]
    else:
        original = unicodedata.normalize(form, words)
    source = Source(original)
    assert source.text == unicodedata.normalize("NFC", original)
    for index in range(len(source.text) + 1):
        offset = source.original_offset(index)
        assert unicodedata.normalize("NFC", original[:offset]) == source.text[:index]
