"""``extract`` over a text, a file or an iterable of chunks (private).

A large input is read a chunk at a time.  The citations of each stretch are reported once every
citation that could still grow into the next chunk has been seen whole: a window of
:data:`MARGIN` characters stays unreported until more text (or the end) arrives, and
:data:`CONTEXT` characters of text already read are kept before it, so that a pinpoint or a type
word just before a number is seen as in the whole text.  Offsets are absolute: those of the
whole input, as if it had been one string.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO, cast, overload

import attrs

from directive_report._text import BIDI_CONTROLS, bidi_control_error
from directive_report.citations._find import Found, Reader
from directive_report.citations._source import Source
from directive_report.citations.issuers import DEFAULT_ISSUERS, IssuerTable

__all__ = ["CHUNK", "CONTEXT", "MARGIN", "extract"]

_new = object.__new__
_init_found = Found.__init__

#: Characters read at a time from a file.
CHUNK = 1 << 20
#: Characters at the end of what has been read whose citations wait for more text: longer than
#: any citation (a long list of numbers sharing a type and an issuer stays well under it).
MARGIN = 4000
#: Characters of text already reported kept before the next stretch, for what a citation looks
#: back at (a pinpoint before the type, the start of the line of a header).
CONTEXT = 1000


@overload
def extract(text: str, *, issuers: IssuerTable = ...) -> list[Found]: ...  # type: ignore[overload-overlap]


@overload
def extract(
    text: os.PathLike[str] | TextIO | Iterable[str], *, issuers: IssuerTable = ...
) -> Iterator[Found]: ...


def extract(
    text: str | os.PathLike[str] | TextIO | Iterable[str],
    *,
    issuers: IssuerTable = DEFAULT_ISSUERS,
) -> list[Found] | Iterator[Found]:
    """Every citation in *text*, in order, with its span.

    *text* may be in any Unicode normal form; spans are offsets into *text* as given.  A list
    sharing a type and an issuer ("các Công văn số: 386/CAT-ANM, 2719/CAT-ANM của Công an tỉnh")
    gives one :class:`Found` per item.  *issuers* is the table used to read ký hiệu (see
    :mod:`directive_report.citations.issuers`).

    Given a string, the citations come as a list.  Given a path (read as UTF-8), an open text
    file or an iterable of strings (chunks of one text, cut anywhere), they come one by one as
    the text is read, without holding it whole, with offsets into the whole text.
    """
    if isinstance(text, str):
        _refuse_bidi_controls(text)
        return extract_text(text, issuers)
    if isinstance(text, os.PathLike):
        return _extract_path(Path(text), issuers)
    if isinstance(text, io.IOBase):
        return extract_chunks(_read_chunks(cast(TextIO, text)), issuers=issuers)
    return extract_chunks(text, issuers=issuers)


def _extract_path(path: Path, issuers: IssuerTable) -> Iterator[Found]:
    with path.open(encoding="utf-8", newline="") as stream:
        yield from extract_chunks(_read_chunks(stream), issuers=issuers)


def _read_chunks(stream: TextIO) -> Iterator[str]:
    while chunk := stream.read(CHUNK):
        yield chunk


def extract_chunks(
    chunks: Iterable[str], *, issuers: IssuerTable = DEFAULT_ISSUERS
) -> Iterator[Found]:
    """The citations of the text made of *chunks* (joined with nothing), in order, with
    offsets into that text; memory holds about one chunk and :data:`MARGIN`."""
    buffer = ""  # the text from absolute offset `base` to what has been read
    read = 0  # absolute offset of the end of what has been read
    base = 0
    kept = 0  # length of the buffer after the last pass: a pass waits for MARGIN new characters
    reported = 0  # absolute offset where the last reported citation ends
    settled = 0  # absolute offset before which every candidate has been read (found or not)
    for chunk in chunks:
        if not isinstance(chunk, str):
            raise TypeError(f"expected chunks of text (str), got {type(chunk).__name__}")
        _refuse_bidi_controls(chunk, read)
        read += len(chunk)
        buffer += chunk
        if len(buffer) - kept < MARGIN or len(buffer) < MARGIN + CONTEXT:
            continue
        limit = base + len(buffer) - MARGIN  # citations ending after it wait for more text
        waiting = limit
        for group in extract_groups(
            buffer, issuers, after=max(0, reported - base), start=settled - base
        ):
            # the items of a list ("Nghị định 132/2008/NĐ-CP và 67/2009/NĐ-CP") are found
            # from its head only: reported together, or waiting together
            if group[-1].end + base > limit:
                waiting = group[0].start + base
                break
            for found in group:
                yield attrs.evolve(found, start=found.start + base, end=found.end + base)
            reported = group[-1].end + base
        settled = min(waiting, limit)
        cut = max(base, settled - CONTEXT)
        buffer, base = buffer[cut - base :], cut
        kept = len(buffer)
    for group in extract_groups(
        buffer, issuers, after=max(0, reported - base), start=settled - base
    ):
        for found in group:
            yield attrs.evolve(found, start=found.start + base, end=found.end + base)


def _refuse_bidi_controls(text: str, offset: int = 0) -> None:
    """A text holding a bidirectional control prints in another order than it is stored
    ("21/CT-TTg" stored reversed), so its citations cannot be read as a person reads them:
    refuse it, naming the character and its position, rather than skip what it hides."""
    found = BIDI_CONTROLS.search(text)
    if found is not None:
        raise bidi_control_error(text, found.start(), offset)


def extract_text(text: str, issuers: IssuerTable = DEFAULT_ISSUERS) -> list[Found]:
    """Every citation in *text* (any normal form), in order."""
    return [found for group in extract_groups(text, issuers) for found in group]


def extract_groups(
    text: str, issuers: IssuerTable = DEFAULT_ISSUERS, after: int = 0, start: int = 0
) -> list[list[Found]]:
    """The citations in *text* (any normal form) that start at or after offset *after*, read
    as if the text before *after* had been read already, grouped as read (see
    :meth:`Reader.groups`): :mod:`._stream` reports a group whole or waits for all of it.  No
    candidate before *start* is read: the stream decided them in a pass that saw the words
    before them, which its cut may since have dropped ("Quốc hội ban hành Luật ...")."""
    source = Source(text)
    reader = Reader(source.text, issuers)
    mapped = source.text is not text  # NFC input, the usual case, needs no mapping
    done, first = after, max(0, start)
    if mapped:
        done, first = _nfc_offset(source, after), _nfc_offset(source, first)
    groups = []
    for items in reader.groups(done, first):
        group = []
        for parts in items:
            start, end = parts.start, parts.end
            if mapped:
                start, end = source.original_offset(start), source.original_offset(end)
            found = _new(Found)  # see _find: no dict of keywords on the way to __init__
            _init_found(
                found,
                start=start,
                end=end,
                text=text[start:end],
                citation=reader.citation(parts),
                alias=parts.alias,
            )
            group.append(found)
        groups.append(group)
    return groups


def _nfc_offset(source: Source, offset: int) -> int:
    """The first offset in *source*'s NFC text at or after *offset* in the text as given."""
    low, high = 0, len(source.text) if offset else 0
    while low < high:
        middle = (low + high) // 2
        if source.original_offset(middle) < offset:
            low = middle + 1
        else:
            high = middle
    return low
