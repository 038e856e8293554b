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
