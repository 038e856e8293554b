"""``citations.extract`` over a file or chunks: the same citations as over the whole string."""

from __future__ import annotations

import io
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from directive_report import citations
from directive_report.citations import _stream

sys.path.insert(0, str(Path(__file__).parent / "corpus" / "citations"))
import citation_corpus

# Real texts, one after another: long enough for several passes of the stream.
TEXT = "\n\n".join(text.text for text in citation_corpus.real_corpus())
WHOLE = citations.extract(TEXT)


def _key(found: citations.Found) -> tuple[object, ...]:
    return (found.start, found.end, found.text, found.citation, found.alias)


def _chunks(text: str, sizes: list[int]) -> Iterator[str]:
    position, index = 0, 0
    while position < len(text):
        size = sizes[index % len(sizes)]
        yield text[position : position + size]
        position, index = position + size, index + 1


def test_the_corpus_is_long_enough_to_stream() -> None:
    """The text spans many passes, so that the joins are tested."""
    assert len(TEXT) > 20 * (_stream.MARGIN + _stream.CONTEXT)
    assert len(WHOLE) > 700


@settings(max_examples=8, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=60_000), min_size=1, max_size=5))
@example([66, 496])  # once cut a list ("Nghị định 132/2008-NĐCP và 67/2009-NĐCP") after its head
def test_chunks_anywhere_give_the_same_citations(sizes: list[int]) -> None:
    """Chunks cut anywhere (inside a citation too) give the citations of the whole text."""
    streamed = list(citations.extract(_chunks(TEXT, sizes)))
    assert [_key(f) for f in streamed] == [_key(f) for f in WHOLE]
    for found in streamed:
        assert TEXT[found.start : found.end] == found.text


def test_small_chunks_and_nfd() -> None:
    """Text in NFD, a few characters at a time: offsets into the text as given."""
    decomposed = unicodedata.normalize("NFD", TEXT[:60_000])
    streamed = list(citations.extract(_chunks(decomposed, [7, 3000, 1])))
    assert [(f.start, f.end) for f in streamed] == [
        (f.start, f.end) for f in citations.extract(decomposed)
    ]
    assert all(decomposed[f.start : f.end] == f.text for f in streamed)


def test_file_and_path(tmp_path: Path) -> None:
    """A path is read as UTF-8 a chunk at a time; an open file too."""
    path = tmp_path / "all.txt"
    path.write_text(TEXT, encoding="utf-8", newline="")
    assert [_key(f) for f in citations.extract(path)] == [_key(f) for f in WHOLE]
    assert [_key(f) for f in citations.extract(io.StringIO(TEXT))] == [_key(f) for f in WHOLE]


def test_lazy(tmp_path: Path) -> None:
    """Citations come before the end of the input is read."""

    def endless() -> Iterator[str]:
        while True:
            yield "Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ. " * 50

    first = next(iter(citations.extract(endless())))
    assert first.text == "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ"


def test_chunks_must_be_text() -> None:
    """Bytes are a mistake, said plainly."""
    with pytest.raises(TypeError, match="chunks of text"):
        list(citations.extract([b"Chi thi so 21"]))  # type: ignore[list-item]
