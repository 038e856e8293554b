"""Reading a text as exactly one citation: :func:`parse` (private; the reader is :mod:`._find`'s)."""

from __future__ import annotations

import attrs

from directive_report.citations._errors import CitationParseError
from directive_report.citations._find import Reader
from directive_report.citations._source import Source
from directive_report.citations.issuers import DEFAULT_ISSUERS, IssuerTable
from directive_report.model import Citation

__all__ = ["parse"]


def parse(text: str, *, issuers: IssuerTable = DEFAULT_ISSUERS) -> Citation:
    """Read *text* as exactly one citation, e.g. ``"Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ
    tướng Chính phủ về tăng cường ..."`` (the trích yếu after "về" becomes ``subject``).

    Raises :class:`CitationParseError` when *text* is not one citation, saying where reading
    stopped (``position``, an offset into *text* as given).
    """
    if not isinstance(text, str):
        raise TypeError(f"expected text (str), got {type(text).__name__}")
    source = Source(text)
    lead = len(source.text) - len(source.text.lstrip())
    plain = source.text[lead:].rstrip()
    reader = Reader(plain, issuers)
    reader.whole = True

    def fail(offset: int, message: str) -> CitationParseError:
        return CitationParseError(text, source.original_offset(lead + offset), message)

    first = next(reader.mentions(), None)
    if first is None:
        raise fail(0, "no citation found: expected e.g. 'Chỉ thị số 21/CT-TTg ngày 25/5/2020'")
    if first.start != 0:
        raise fail(first.start, f"unexpected {plain[: first.start].strip()!r} before the citation")
    rest = plain[first.end :]
    subject = None
    if rest:
        match = reader.g.subject.fullmatch(rest)
        if match is None:
            if reader.g.continuation.match(plain, first.end):
                raise fail(first.end, "it holds several citations")
            raise fail(first.end, f"unexpected {rest.strip()!r} after it")
        subject = " ".join(match["subject"].split())
    citation = reader.citation(first)
    return attrs.evolve(citation, subject=subject) if subject else citation
