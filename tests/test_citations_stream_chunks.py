"""citations.extract over chunks, files and streams, pinned by hand: absolute offsets across
chunks, the first citation of a streamed text, when each citation is reported, the issuer table
on every path, a file read as UTF-8 in pieces, and memory bounded by a chunk and the margins.

The stream reports a citation once MARGIN characters follow it (and, the first time, CONTEXT
more), in passes made each time MARGIN new characters have come (see citations/_stream.py);
the expected offsets and the characters read when each citation comes are counted by hand.
"""

from __future__ import annotations

import io
import tracemalloc
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from directive_report import citations
from directive_report.citations import _stream
from directive_report.citations.issuers import DEFAULT_ISSUERS, Issuer
from directive_report.errors import DirectiveReportError

# Plain words with no citation in them, to fill a text to an exact length.
FILLER = "Các cơ quan, đơn vị triển khai thực hiện nghiêm túc và hiệu quả. "


def filler(length: int) -> str:
    """*length* characters of plain text, ending with a space."""
    words = FILLER * (length // len(FILLER) + 1)
    return words[: length - 1] + " "


def pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def test_the_margins_are_the_documented_ones() -> None:
    """The timings below are counted with these."""
    assert (_stream.MARGIN, _stream.CONTEXT) == (4000, 1000)


def test_each_citation_comes_once_margin_characters_follow_it() -> None:
    """Chunks of 1,000 characters; 'Chỉ thị số 21/CT-TTg' at 0-20 and 'Nghị định số
    15/2020/NĐ-CP' (26 characters) at 4974-5000.  The first pass comes at 5,000 characters
    (MARGIN + CONTEXT): what ends by 1,000 is reported, the decree waits.  The next pass comes
    once MARGIN more have been read, at 9,000: the decree ends at 5,000, exactly the limit, and
    is reported.  The text goes on to 13,000 characters with nothing more to report."""
    first, second = "Chỉ thị số 21/CT-TTg", "Nghị định số 15/2020/NĐ-CP"
    text = first + ". " + filler(4974 - 22) + second + ". " + filler(13_000 - 5002)
    assert len(text) == 13_000
    assert text.index(second) == 4974
    read = 0

    def chunks() -> Iterator[str]:
        nonlocal read
        for chunk in pieces(text, 1000):
            read += len(chunk)
            yield chunk

    came = [(found.start, found.end, found.text, read) for found in citations.extract(chunks())]
    assert came == [(0, 20, first, 5000), (4974, 5000, second, 9000)]


def test_a_citation_at_the_very_start_of_a_long_streamed_text() -> None:
    """Offset 0 is a place like any other, in a pass (long text) and at the end (short)."""
    head = "Chỉ thị số 21/CT-TTg"
    long_text = head + ". " + filler(20_000)
    assert [(f.start, f.end) for f in citations.extract(pieces(long_text, 700))] == [(0, 20)]
    assert [(f.start, f.end) for f in citations.extract([head, ". Xong."])] == [(0, 20)]


def test_offsets_are_absolute_across_many_passes() -> None:
    """One citation every 3,000 characters, over 30,000, in chunks of 1,234: citation k starts
    at 3,000 k + 100."""
    block = filler(100) + "Nghị định số 15/2020/NĐ-CP" + ". " + filler(3000 - 128)
    text = block * 10
    assert len(text) == 30_000
    found = list(citations.extract(pieces(text, 1234)))
    assert [(f.start, f.end) for f in found] == [
        (3000 * k + 100, 3000 * k + 126) for k in range(10)
    ]
    assert {f.text for f in found} == {"Nghị định số 15/2020/NĐ-CP"}


def test_a_citation_right_after_the_last_one_reported_in_decomposed_text() -> None:
    """Two citations with nothing between them (the first ends with ')'), in NFD, the first
    reported by a pass and the second waiting for the next: the second is found from exactly
    where the first ends in the text as given."""
    law = unicodedata.normalize("NFD", "Luật Đất đai năm 2013 (sửa đổi, bổ sung năm 2018)")
    cited = unicodedata.normalize("NFD", "Luật số 24/2018/QH14")
    # "Luật" and "số" decompose: 2 characters more each
    assert len(cited) == 20 + 4
    before = unicodedata.normalize("NFD", filler(5000))
    text = before + law + cited + unicodedata.normalize("NFD", ". " + filler(6000))
    start = len(before)
    middle = start + len(law)
    # the first pass, at the end of the first chunk, has its limit between the two
    first_chunk = middle + _stream.MARGIN + 5
    chunks = [text[:first_chunk], text[first_chunk:]]
    found = [(f.start, f.end, f.text) for f in citations.extract(chunks)]
    assert found == [(start, middle, law), (middle, middle + 24, cited)]


def test_a_bidi_control_in_the_third_chunk_is_placed_in_the_whole_text() -> None:
    """'ab' + 'cd' + 'e\\u202e': the control is the sixth character of the whole text."""
    with pytest.raises(DirectiveReportError, match="at character 6:"):
        list(citations.extract(["ab", "cd", "e\u202e"]))


TABLE = DEFAULT_ISSUERS.extend(
    [Issuer(abbreviation="STTTT", name="Sở Thông tin và Truyền thông tỉnh Bắc Giang")]
)
CITED = "Công văn số 386/STTTT-CNTT"
TEXT = CITED + ". " + filler(12_000)


@pytest.mark.parametrize(
    "given",
    ["string", "path", "open file", "short chunks", "long chunks"],
)
def test_the_issuer_table_given_is_used_on_every_path(given: str, tmp_path: Path) -> None:
    """'STTTT' is known only to the table given: each way of passing the text reads the
    issuer from it (a long text in chunks reports in a pass, a short one at the end)."""
    source: object
    if given == "string":
        source = TEXT
    elif given == "path":
        source = tmp_path / "van-ban.txt"
        source.write_text(TEXT, encoding="utf-8")
    elif given == "open file":
        source = io.StringIO(TEXT)
    elif given == "short chunks":
        source = [CITED[:10], CITED[10:], "."]
    else:
        source = pieces(TEXT, 2000)
    found = list(citations.extract(source, issuers=TABLE))
    assert [(f.start, f.end) for f in found] == [(0, 26)]
    assert found[0].citation.issuer == "Sở Thông tin và Truyền thông tỉnh Bắc Giang"
    assert found[0].citation.issuer_inferred is True


def test_a_file_is_read_as_utf8_whatever_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the locale's encoding is not UTF-8 (Windows' cp1252), a file is still read as
    UTF-8: the Vietnamese words come back as written."""
    import io as io_module

    real = io_module.text_encoding
    monkeypatch.setattr(
        io_module, "text_encoding", lambda encoding, *args: real(encoding or "cp1252", *args)
    )
    path = tmp_path / "chi-thi.txt"
    path.write_bytes("Thực hiện Chỉ thị số 21/CT-TTg.".encode())
    (found,) = citations.extract(path)
    assert (found.start, found.end, found.text) == (10, 30, "Chỉ thị số 21/CT-TTg")


class _EndlessText(io.TextIOBase):
    """A text stream with no end (a pipe from a program that keeps writing): it can be read a
    piece at a time, never whole."""

    def __init__(self) -> None:
        self.asked: list[int] = []

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> str:
        if size is None or size < 0:
            raise AssertionError("an endless stream cannot be read whole")
        self.asked.append(size)
        line = "Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ. "
        return (line * (size // len(line) + 1))[:size]


def test_an_open_stream_is_read_a_chunk_at_a_time() -> None:
    """The first citation of an endless stream comes after one chunk has been read."""
    stream = _EndlessText()
    first = next(iter(citations.extract(stream)))
    assert (first.start, first.text) == (
        10,
        "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
    )
    assert stream.asked == [_stream.CHUNK]


def test_memory_holds_about_a_chunk_and_the_margins() -> None:
    """A text of 300,000 characters, dense with citations, streamed in chunks of 10,000: the
    memory at its peak stays far below the text's own size (600 kB as str, Vietnamese being
    two bytes a character), so the text already read is let go."""
    block = (
        "Thực hiện Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ, "
        "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ. "
    )
    text = (block * (300_000 // len(block) + 1))[:300_000]
    list(citations.extract(pieces(text[:30_000], 10_000)))  # patterns compiled beforehand
    tracemalloc.start()
    try:
        chunks = (text[i : i + 10_000] for i in range(0, len(text), 10_000))  # made as read
        count = sum(1 for _ in citations.extract(chunks))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count > 4000
    assert peak < 300_000
