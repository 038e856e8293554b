"""The document a report implements, read from its trích yếu and its opening (private).

A báo cáo, kế hoạch or công văn names the document it implements in its trích yếu ("Sơ kết năm
thứ 4 thực hiện Chỉ thị số 21/CT-TTg về …") or in the sentence that opens its body ("Thực hiện
Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về …; Kế hoạch số …").  The citation
is read by :func:`directive_report.citations.extract`; this module only decides which citation
is the directive and where the trích yếu after its "về" ends (the citation reader leaves the
trích yếu out of a citation found in running text).  A directive needs its date: a document the
trích yếu cites is dated from a full citation of it in the body, and is left out when the body
does not date it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

import attrs

from directive_report.model import Citation, Directive
from directive_report.readers._agencies import agency_at, predicate_follows

__all__ = ["implemented_directive", "subject_after"]

#: What opens a sentence that names the document implemented ("Thực hiện", "Triển khai thực
#: hiện", "Triển khai"), followed at once by the citation.
_IMPLEMENTING: Final = re.compile(r"^(?:Thực\s+hiện|Triển\s+khai(?:\s+thực\s+hiện)?)\s+")
#: The words before a citation in a trích yếu that say it is implemented ("Sơ kết năm thứ 4
#: thực hiện Chỉ thị số …"; not "Thu hồi Quyết định số …").
_IMPLEMENTED: Final = re.compile(r"(?:thực\s+hiện|triển\s+khai|thi\s+hành)\s+$", re.IGNORECASE)
#: "về" (or "V/v") opening the trích yếu right after a citation.
_ABOUT: Final = re.compile(r"^,?\s*(?:về|V/v)\s+(?=\S)")
#: Where a trích yếu written after a citation may end: a semicolon, a sentence's end, a bracket
#: (not a short one: "(CCHC)" goes on), or a comma before the clause that follows it (", Sở
#: Thông tin và Truyền thông đề nghị …"; the next document, ", Kế hoạch số …", is cut before).
_SUBJECT_END: Final = re.compile(r";|\.(?:\s|$)|\s\((?P<bracket>[^()]*)\)?|,\s+(?P<clause>)|$")
#: The most words of a bracket the trích yếu goes on through ("(CCHC)", "(PCI)").
_SHORT_BRACKET: Final = 3
#: Trailing marks that are not part of a trích yếu ("…", "...", a closing comma).
_TRAILING: Final = re.compile(r"[\s,.…]+$")
#: The fewest words a trích yếu is taken with.
_MIN_SUBJECT_WORDS: Final = 2


def _found(text: str) -> list[tuple[int, int, Citation]]:
    from directive_report.citations import extract

    return [(f.start, f.end, f.citation) for f in extract(text) if not f.alias]


def subject_after(text: str, end: int, next_start: int | None = None) -> str | None:
    """The trích yếu written after the citation that ends at *end* of *text* ("… của Thủ tướng
    Chính phủ về tăng cường phòng ngừa, xử lý …; Quyết định …" gives ``"tăng cường phòng ngừa,
    xử lý …"``), cut before the next citation at *next_start*; ``None`` when no "về" follows or
    what follows is under two words."""
    rest = text[end:next_start]
    about = _ABOUT.match(rest)
    if about is None:
        return None
    rest = rest[about.end() :]
    stop = next(m for m in _SUBJECT_END.finditer(rest) if _ends_subject(rest, m))
    subject = " ".join(_TRAILING.sub("", rest[: stop.start()]).split())
    if (
        subject.count("“") != subject.count("”")
        or subject.endswith(":")  # the clause announcing a list is in it
        or len(subject.split()) < _MIN_SUBJECT_WORDS
    ):
        return None
    return subject


def _ends_subject(text: str, stop: re.Match[str]) -> bool:
    if stop["bracket"] is not None:
        closed = text.find(")", stop.start()) != -1
        return not (closed and len(stop["bracket"].split()) <= _SHORT_BRACKET)
    if stop["clause"] is not None:
        agency = agency_at(text, stop.end())
        return agency is not None and predicate_follows(text, agency[1])
    return True


def _with_subject(text: str, index: int, found: list[tuple[int, int, Citation]]) -> Citation:
    """The citation *found[index]* of *text* with the trích yếu written after it."""
    _start, end, citation = found[index]
    next_start = found[index + 1][0] if index + 1 < len(found) else None
    subject = subject_after(text, end, next_start)
    return attrs.evolve(citation, subject=subject) if subject else citation


def _dated(citation: Citation, on: dt.date) -> bool:
    return citation.date is not None and citation.pinpoint is None and citation.date <= on


def _same_document(a: Citation, b: Citation) -> bool:
    return a.number is not None and a.number == b.number and a.doc_type == b.doc_type


def implemented_directive(summary: str, body: Sequence[str], on: dt.date) -> Directive | None:
    """The directive a document dated *on* implements: the document its *summary* says it
    implements ("… thực hiện Chỉ thị số …"),
    dated by a full citation of it in the *body* paragraphs; else the document the first body
    paragraph implements ("Thực hiện Chỉ thị số … ngày … của …"); ``None`` when neither names
    a dated document.  Its trích yếu comes from the words after "về" where it is fully cited,
    or else from the trích yếu of the summary."""
    in_summary = _found(summary)
    cited = [
        c
        for start, _, c in in_summary
        if c.number is not None and _IMPLEMENTED.search(summary, 0, start)
    ]
    for wanted in cited:
        for text in body:
            found = _found(text)
            for index, (_, _, citation) in enumerate(found):
                if _same_document(citation, wanted) and _dated(citation, on):
                    full = _with_subject(text, index, found)
                    if full.subject is None:
                        at = next(i for i, (*_, c) in enumerate(in_summary) if c is wanted)
                        from_summary = _with_subject(summary, at, in_summary)
                        full = attrs.evolve(full, subject=from_summary.subject)
                    return Directive(citation=full)
    if cited or not body:
        return None
    opening = body[0]
    verb = _IMPLEMENTING.match(opening)
    if verb is None:
        return None
    found = _found(opening)
    if found and found[0][0] == verb.end() and _dated(found[0][2], on):
        return Directive(citation=_with_subject(opening, 0, found))
    return None
