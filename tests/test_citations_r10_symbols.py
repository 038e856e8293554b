"""The ký hiệu of a citation is the document's, in the canonical form NĐ 30/2020 prescribes,
whatever separators a copy wrote: a hyphen lost (``NĐCP``), spaces or a line break around it
(``NĐ - CP``), a dot for it (``NĐ .CP``).  The words as written are the span (``Found.text``).

So a citation's ``number.symbol`` compares equal across the ways one document is written, and
:func:`directive_report.citations.resolve` groups them (docs/citations.md, "The record").
Every sentence is written for these tests.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from directive_report import citations

#: A type, its abbreviation (Phụ lục III) and an issuer's abbreviation the issuer table knows.
_DOCUMENTS = (
    ("Nghị định", "NĐ", "CP"),
    ("Quyết định", "QĐ", "UBND"),
    ("Quyết định", "QĐ", "TTg"),
    ("Thông tư", "TT", "BYT"),
    ("Thông tư", "TT", "BTC"),
    ("Nghị quyết", "NQ", "HĐND"),
    ("Chỉ thị", "CT", "TTg"),
)
#: What copies write between the two groups (a dot is read so before an issuer in capitals).
_SEPARATORS = ("-", "", " - ", "- ", " -", "\n- ", "\n-")
_DOTS = (".", " .")


def _symbols(text: str) -> list[str | None]:
    return [
        found.citation.number.symbol if found.citation.number else None
        for found in citations.extract(text)
    ]


@st.composite
def _written(draw: st.DrawFn) -> tuple[str, str, str]:
    """A citation with its ký hiệu written as a copy may, its canonical ký hiệu and its type."""
    doc_type, kind, issuer = draw(st.sampled_from(_DOCUMENTS))
    separators = _SEPARATORS + (_DOTS if issuer.isupper() else ())
    separator = draw(st.sampled_from(separators))
    number, year = draw(st.integers(1, 999)), draw(st.integers(2000, 2025))
    text = f"{doc_type} số {number}/{year}/{kind}{separator}{issuer} ngày 3/2/{year}"
    return text, f"{kind}-{issuer}", f"{doc_type} số {number}/{year}/{kind}-{issuer}"


@given(_written())
def test_the_symbol_is_canonical_whatever_the_separators(written: tuple[str, str, str]) -> None:
    text, canonical, _ = written
    [found] = citations.extract(f"Căn cứ {text} của cơ quan;")
    assert found.text.startswith(text.split(" ngày")[0])  # the words as written, in the span
    assert found.citation.number is not None
    assert found.citation.number.symbol == canonical


@given(_written())
def test_reading_the_canonical_symbol_again_gives_it_again(written: tuple[str, str, str]) -> None:
    _, canonical, full = written
    assert _symbols(f"Căn cứ {full};") == [canonical]
    [found] = citations.extract(f"Căn cứ {full};")
    assert found.citation.number is not None
    assert _symbols(f"Căn cứ {found.citation.doc_type.name} số {found.citation.number};") == [
        canonical
    ]


@given(_written())
def test_one_document_however_its_symbol_is_written(written: tuple[str, str, str]) -> None:
    text, _, full = written
    documents = citations.resolve(citations.extract(f"Căn cứ {text};\nThực hiện {full}, ..."))
    assert [len(document.mentions) for document in documents] == [2]


def test_a_lost_hyphen_between_a_type_and_an_unknown_group_is_kept() -> None:
    # only an issuer the table knows is split off: "QĐPT" (an appeal court's decision) stays
    assert _symbols("theo Quyết định số 22/2019/QĐPT-HC ngày 22/3/2019") == ["QĐPT-HC"]
