"""What citations are read into: :class:`Found`, the parts of a citation being read, the
issuer a ký hiệu names, and pinpoints as written (private helpers of the extractor)."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

import attrs

from directive_report.citations.issuers import IssuerTable
from directive_report.errors import ReportValidationError
from directive_report.model import (
    Citation,
    DocumentNumber,
    DocumentType,
    Pinpoint,
    ProvisionLevel,
)

__all__ = ["LAW_TYPES", "Found", "Parts", "inferred_issuer", "pinpoint_of", "symbol_groups"]


@attrs.frozen(kw_only=True)
class Found:
    """A citation found in a text.

    ``text[start:end]`` of the text searched is exactly ``text``, the cited words (pinpoint,
    type, number, date and issuer; not the trích yếu).  ``alias`` is true for a mention that the
    text introduces as another name of the citation before it ("(gọi tắt là Đề án 06)").
    """

    start: int
    end: int
    text: str
    citation: Citation
    alias: bool = False


@attrs.define
class Parts:
    """A citation being read: its span in NFC text and the fields found so far."""

    start: int
    end: int
    written_type: DocumentType
    doc_type: DocumentType
    number: DocumentNumber | None = None
    bare_number: int | None = None
    name: str | None = None
    year: int | None = None
    amended_in: tuple[int, ...] = ()
    date: dt.date | None = None
    issuer: str | None = None
    pinpoint: Pinpoint | None = None
    alias: bool = False
    #: The issuer is written before the number, in a list's head ("các Nghị định của Chính
    #: phủ: số ...; số ..."): every item of the list carries it.
    issuer_first: bool = False


def symbol_groups(number: DocumentNumber) -> list[str]:
    """The groups of a (canonical, non-Party) ký hiệu: ``["CT", "TTg"]``."""
    return number.symbol.replace("/", "-").split("-")


# The abbreviations of the joint types, whose ký hiệu name the bodies that issue them together.
_JOINT_TYPES = ("TTLT", "NQLT")


def inferred_issuer(number: DocumentNumber, issuers: IssuerTable) -> str | None:
    """The issuer a ký hiệu names: the first group that is not a type's (nor a year inside it:
    "CT/2007-VKSTC-VP"); a type's group may have letters after the type's abbreviation
    ("TTLTHN-BQP").  A joint document's ký hiệu naming several bodies names no one issuer."""
    if number.party:
        return None
    groups = [group for group in symbol_groups(number) if not group.isdigit()]
    # "PL": an ordinance's old ký hiệu ("38/2001/PL-UBTVQH10"), no type of Phụ lục III
    if len(groups) > 1 and (_type_group(groups[0], issuers) or groups[0] == "PL"):
        if groups[0].startswith(_JOINT_TYPES) and len(groups) > 2:
            return None  # "TTLT-BTC-BYT": the joint document of two ministries
        return _named_by(groups[1], issuers)
    return _named_by(groups[0], issuers)


def _named_by(group: str, issuers: IssuerTable) -> str | None:
    """The issuer *group* names, a unit's number glued to a body's group naming the body
    ("NHNN16", the State Bank's IT department: the corpus's rule, as "BCA(C11)")."""
    named = issuers.issuer_named_by(group)
    if named is None and group[-1:].isdigit() and not group[:1].isdigit():
        named = issuers.issuer_named_by(group.rstrip("0123456789"))
    return named


def _type_group(group: str, issuers: IssuerTable) -> bool:
    """Whether the ký hiệu's first *group* is a type's: its abbreviation, alone or with more
    capitals after it that name no issuer ("TTLTHN")."""
    if issuers.is_type_abbreviation(group):
        return True
    return issuers.issuer_named_by(group) is None and any(
        group.startswith(abbreviation) and group[len(abbreviation) :].isupper()
        for abbreviation in _JOINT_TYPES
    )


LAW_TYPES = frozenset({"Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh"})
_LEVELS = "|".join(sorted((level.value for level in ProvisionLevel), key=len, reverse=True))
# A level written again before its next value: "Điều 5, Điều 6", "Khoản 1 và Khoản 3".
_REPEATED_LEVEL = re.compile(
    rf"(?<!\w)(?P<level>{_LEVELS})(?P<values>\s+\w+(?:\s*,\s*\w+)*)\s*(?P<joint>,|và)\s*"
    rf"(?P=level)\s+(?=\w)",
    re.IGNORECASE,
)


# Each level's rank, finest first ("điểm" 0 ... "Phụ lục" 7), by its word in lower case.
_RANKS = {level.value.lower(): rank for rank, level in enumerate(ProvisionLevel)}
_LEVEL_WORD = re.compile(rf"(?<!\w)(?:{_LEVELS})(?!\w)", re.IGNORECASE)


def _turns_back(text: str) -> bool:
    """Whether the pinpoint *text* writes its levels in two orders: going coarser, then finer
    again, or the reverse ("Mục 2 Chương II, Điều 91"), which the record would write in
    another order than the text (the corpus leaves it out)."""
    ranks = [_RANKS[" ".join(m[0].lower().split())] for m in _LEVEL_WORD.finditer(text)]
    steps = {(b > a) - (b < a) for a, b in itertools.pairwise(ranks)} - {0}
    return len(steps) > 1


@functools.lru_cache(maxsize=4096)
def pinpoint_of(text: str) -> Pinpoint | None:
    """The pinpoint written as *text*, or ``None`` when the model refuses it, or when a level
    is written again after a finer one ("khoản 4, 5 Điều 28, Điều 30": the khoản are Điều
    28's only, a pinpoint the record cannot hold)."""
    repeated = _REPEATED_LEVEL.search(text)
    if repeated is not None and repeated.start():
        return None
    if _turns_back(text):
        return None
    merged = _REPEATED_LEVEL.sub(r"\g<level>\g<values>, ", text)
    while merged != text:
        text, merged = merged, _REPEATED_LEVEL.sub(r"\g<level>\g<values>, ", merged)
    try:
        return Pinpoint.parse(text)
    except ReportValidationError:
        return None
