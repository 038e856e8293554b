"""The documents the units cite, once per number, and the numbers cited two ways (private).

A citation is taken from the directives, from the actions' citations, and from the body text
(:func:`directive_report.citations.extract`); only citations with a số and ký hiệu
(``386/CAT-ANM``) are grouped, by that number.  The same number given two dates, or two issuers
of which neither contains the other ("UBND tỉnh Bắc Giang" is "Chủ tịch UBND tỉnh Bắc Giang"), is
a conflict: one of the units copied it wrong.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from directive_report import vi
from directive_report.checks import Finding, Severity
from directive_report.cycle._result import Cited, Origin
from directive_report.i18n import both
from directive_report.model import (
    ActionList,
    Block,
    Citation,
    Report,
    Section,
    block_paragraphs,
)

__all__ = ["collect_citations", "group_citations"]

_Mention = tuple[Citation, Origin]
_NUMBERED = re.compile(r"\d\s*[/-]\s*[0-9A-Za-zĐđ]")
_BETWEEN = "\n\n"  # between paragraphs searched together: no citation runs across it


def _blocks(report: Report) -> Iterator[tuple[str, Block]]:
    """The blocks of the sections (not of the intro or the closing), with where they stand."""
    for entry in report.walk_body():
        if entry.path and not isinstance(entry.item, Section):
            yield entry.location, entry.item


def collect_citations(report: Report, *, unit: str, source: str) -> Iterator[_Mention]:
    """Every numbered citation in *report*'s directives and sections (what a roll-up
    carries), in reading order, with where it stands."""
    from directive_report.citations import extract

    def at(location: str) -> Origin:
        return Origin(unit=unit, source=source, location=location)

    for index, directive in enumerate(report.directives):
        yield directive.citation, at(f"directives[{index}].citation")
    texts: list[str] = []
    starts: list[int] = []  # where each text begins in the joined text
    owners: list[str] = []  # the block each text belongs to
    length = 0
    for location, block in _blocks(report):
        if isinstance(block, ActionList):
            for a, action in enumerate(block.actions):
                for c, citation in enumerate(action.citations):
                    yield citation.document, at(f"{location}.actions[{a}].citations[{c}]")
        for paragraph in block_paragraphs(block):
            if not _NUMBERED.search(paragraph.text):
                continue  # no số and ký hiệu ("386/CAT-ANM", "12-NQ/TU"): nothing to group
            texts.append(paragraph.text)
            starts.append(length)
            owners.append(location)
            length += len(paragraph.text) + len(_BETWEEN)
    # one search over the joined text costs less than one per paragraph
    for found in extract(_BETWEEN.join(texts)):
        yield found.citation.document, at(owners[bisect.bisect_right(starts, found.start) - 1])


def _issuer_key(issuer: str) -> str:
    text = " ".join(issuer.casefold().split())
    return re.sub(r"\bubnd\b", "ủy ban nhân dân", text)


def _issuers_conflict(issuers: list[tuple[str, Origin]]) -> tuple[str, str] | None:
    """Two issuers of which neither contains the other, if any (compared once per spelling)."""
    keys = list(dict.fromkeys((_issuer_key(issuer), issuer) for issuer, _ in issuers))
    for index, (key, issuer) in enumerate(keys):
        for other_key, other in keys[index + 1 :]:
            if key not in other_key and other_key not in key:
                return issuer, other
    return None


def _where(values: list[tuple[str, Origin]], value: str) -> str:
    places = [str(origin) for stated, origin in values if stated == value]
    more = f"; +{len(places) - 2}" if len(places) > 2 else ""
    return "; ".join(places[:2]) + more


def group_citations(mentions: Iterable[_Mention]) -> tuple[list[Cited], list[Finding]]:
    """The cited documents, once per number in the order first cited, and a finding for each
    number given two dates or two issuers."""
    groups: dict[str, list[_Mention]] = {}
    for citation, origin in mentions:
        if citation.number is not None:
            groups.setdefault(str(citation.number), []).append((citation, origin))
    cited: list[Cited] = []
    findings: list[Finding] = []
    for number, group in groups.items():
        fullest = max(group, key=lambda m: (m[0].date is not None, m[0].issuer is not None))[0]
        cited.append(
            Cited(number=number, citation=fullest, origins=tuple(origin for _, origin in group))
        )
        days = [(c.date, origin) for c, origin in group if c.date is not None]
        issuers = [(c.issuer, origin) for c, origin in group if c.issuer and not c.issuer_inferred]
        if len({day for day, _ in days}) > 1:  # written out only then ("25/5/2020")
            dates = [(vi.format_date(day, style="short"), origin) for day, origin in days]
            distinct = list(dict.fromkeys(value for value, _ in dates))
            findings.append(_conflict(number, "date", dates, distinct))
        pair = _issuers_conflict(issuers)
        if pair is not None:
            findings.append(_conflict(number, "issuer", issuers, list(pair)))
    return cited, findings


def _conflict(number: str, what: str, values: list[tuple[str, Origin]], pair: list[str]) -> Finding:
    fields = {
        "number": number,
        "one": pair[0],
        "one_where": _where(values, pair[0]),
        "two": pair[1],
        "two_where": _where(values, pair[1]),
    }
    if what == "date":
        message, message_vi = both(
            "document {number} is cited with two dates: {one} ({one_where}) and {two} "
            "({two_where})",
            **fields,
        )
    else:
        message, message_vi = both(
            "document {number} is cited with two issuers: {one} ({one_where}) and {two} "
            "({two_where})",
            **fields,
        )
    return Finding(
        code="citation-conflict",
        severity=Severity.WARNING,
        location=number,
        message=message,
        message_vi=message_vi,
    )
