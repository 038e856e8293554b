"""Reading citations back in tests: each cited span checked against the text, with its
canonical wording."""

from __future__ import annotations

from directive_report import citations


def read_citations(text: str) -> list[tuple[str, str]]:
    """The cited words and the canonical wording of each citation in *text*, in order; every
    citation's offsets are checked to index its words in *text*."""
    found = citations.extract(text)
    for item in found:
        assert text[item.start : item.end] == item.text
    return [(item.text, item.citation.format()) for item in found]


#: (cited words, type, ký hiệu or running number, year, issuer, pinpoint) of one citation.
Row = tuple[str, str, str | None, int | None, str | None, str | None]


def read_rows(text: str) -> list[Row]:
    """A :data:`Row` for each citation in *text*, in order; every citation's offsets are
    checked to index its words in *text*."""
    rows = []
    for found in citations.extract(text):
        assert text[found.start : found.end] == found.text
        c = found.citation
        number = c.number.symbol if c.number else (str(c.bare_number) if c.bare_number else None)
        pinpoint = str(c.pinpoint) if c.pinpoint else None
        rows.append((found.text, c.doc_type.name, number, c.identifier_year, c.issuer, pinpoint))
    return rows


#: (cited words, type, name, year) of one law cited by name.
LawRow = tuple[str, str, str | None, int | None]


def law_rows(text: str) -> list[LawRow]:
    """A :data:`LawRow` for each citation in *text*, in order (offsets checked by
    :func:`read_rows`)."""
    found = citations.extract(text)
    return [
        (row[0], row[1], item.citation.name, item.citation.year)
        for row, item in zip(read_rows(text), found, strict=True)
    ]


def read_issuers(text: str) -> list[tuple[str, str | None]]:
    """The cited words and the issuer of each citation in *text*, in order."""
    return [(text[f.start : f.end], f.citation.issuer) for f in citations.extract(text)]
