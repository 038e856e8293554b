"""What the recogniser finds, and the small text tests its parts share (private).

The types are re-exported by :mod:`directive_report.readers.recognise`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

import directive_report.readers._patterns as patterns
from directive_report.model import Contact
from directive_report.readers.facts import TableFacts

__all__ = [
    "BodyItem",
    "Heading",
    "Part",
    "Recognised",
    "Unplaced",
    "is_upper",
    "join",
    "label_of",
    "type_of",
]


@attrs.frozen(kw_only=True)
class Unplaced:
    """A piece of text the recogniser could not place: where it was, the text, and why."""

    location: str
    text: str
    reason: str


@attrs.frozen(kw_only=True)
class Heading:
    """A section heading: its label as printed (``"I."``, ``"1."``, ``"a)"``), title and depth
    (1 for the outermost kind of heading in the document)."""

    label: str
    title: str
    depth: int
    location: str


@attrs.frozen(kw_only=True)
class BodyItem:
    """One piece of the body in reading order.

    ``kind`` is ``"heading"`` (with ``heading``), ``"paragraph"``, ``"item"`` (a list item whose
    label kind is ``label_kind``: ``"dash"``, ``"plus"``, ``"arabic"``, ``"letter"``...),
    ``"legal_basis"`` (Căn cứ), ``"article"`` (Điều), ``"table"`` (a data table, with ``table``)
    or ``"closing"``.  ``runs`` are
    ``(text, bold, italic)`` without the label.
    """

    kind: str
    text: str
    location: str
    runs: tuple[tuple[str, bool, bool], ...] = ()
    label: str = ""
    label_kind: str = ""
    heading: Heading | None = None
    #: For ``kind == "table"``: the table's page facts.
    table: TableFacts | None = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen(kw_only=True)
class Part:
    """What is printed after the signature: an appendix (``kind == "appendix"``: its ``label``
    "Phụ lục II", ``title`` as printed) or the document a decision issues (``"attachment"``:
    ``title`` its type, ``summary`` its trích yếu, ``verb`` "Ban hành" or "Phê duyệt"), with the
    ``reference`` line "(Kèm theo …)" and its ``body`` items."""

    kind: str
    location: str
    title: str
    label: str = ""
    summary: str = ""
    verb: str = ""
    reference: str = ""
    body: tuple[BodyItem, ...] = ()


@attrs.frozen(kw_only=True)
class Recognised:
    """What :func:`recognise` found.  Text is kept as written (NFC, spaces collapsed); header
    names joined into one line with single spaces; ``number`` as ``"89/KH-STTTT"`` (``"/BC-X"``
    when the number is left blank)."""

    source: str
    superior: str | None = None
    issuer: str | None = None
    number: str | None = None
    place: str | None = None
    date: dt.date | None = None
    doc_type: str | None = None
    summary: str | None = None
    addressees: tuple[str, ...] = ()
    body: tuple[BodyItem, ...] = ()
    recipients: tuple[str, ...] = ()
    archive: str | None = None
    signature_titles: tuple[str, ...] = ()
    signer_name: str | None = None
    parts: tuple[Part, ...] = ()
    unplaced: tuple[Unplaced, ...] = ()
    #: The issuing body's address, telephone, fax, e-mail and website (ô 13), when printed.
    contact: Contact | None = None
    #: The lines the issuer's name is printed on, as printed (``issuer`` joins them).
    issuer_lines: tuple[str, ...] = ()

    @property
    def headings(self) -> tuple[Heading, ...]:
        """The section headings in reading order."""
        return tuple(item.heading for item in self.body if item.heading is not None)


def is_upper(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def join(parts: Sequence[str]) -> str:
    return " ".join(" ".join(parts).split())


def type_of(text: str) -> str | None:
    """The type name of a title line ("BÁO CÁO" → "Báo cáo"); a longer title keeps its type."""
    clean = " ".join(text.replace(":", " ").split()).upper()
    return patterns.TYPE_TITLES.get(clean)


def label_of(text: str) -> tuple[str, str, str] | None:
    """``(kind, label, rest)`` of a labelled paragraph."""
    for kind, pattern in patterns.LABELS:
        match = pattern.match(text)
        if match:
            return kind, " ".join(match["label"].split()), match["rest"].strip()
    return None
