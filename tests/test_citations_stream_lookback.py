"""A streamed text's words before a rejected candidate are still seen when the stream has cut
the text already read just before them (real corpus, batch 7: "Quốc hội ban hành Luật Kiểm
toán nhà nước", the text's own title, read as a citation once the cut fell inside it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from directive_report import citations
from directive_report.citations import _stream

OWN_TITLE = "Quốc hội ban hành Luật Kiểm toán nhà nước.\n"
LATER = "Nghị định số 15/2020/NĐ-CP"


def _chunks(text: str, size: int) -> Iterator[str]:
    for position in range(0, len(text), size):
        yield text[position : position + size]


def _text(distance: int) -> str:
    """A citation, the text's own title, then another citation *distance* characters after the
    title's start: the stream waits for that one and keeps CONTEXT characters before it, so its
    cut falls inside "Quốc hội ban hành" for distances just above CONTEXT."""
    filler = ("chữ " * 3000)[: distance - len(OWN_TITLE)]
    return "Căn cứ Hiến pháp năm 2013;\n\n" + OWN_TITLE + filler + LATER + "\n" + "chữ " * 3000


@pytest.mark.parametrize("distance", range(_stream.CONTEXT + 1, _stream.CONTEXT + 18))
@pytest.mark.parametrize("size", [51, 97, 500])
def test_a_cut_inside_the_words_before_a_candidate(distance: int, size: int) -> None:
    """Chunks of any size give the citations of the whole text: the own title is not one."""
    text = _text(distance)
    whole = [(f.start, f.end, f.text) for f in citations.extract(text)]
    assert [found[2] for found in whole] == ["Hiến pháp năm 2013", LATER]
    streamed = [(f.start, f.end, f.text) for f in citations.extract(_chunks(text, size))]
    assert streamed == whole
