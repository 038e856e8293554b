"""Compiling the units' reports on one directive into the superior body's report (private)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping

import attrs

from directive_report.checks import Finding, Severity
from directive_report.cycle._appendix import appendix_parts, data_appendix
from directive_report.cycle._cited import collect_citations, group_citations
from directive_report.cycle._merge import Node, merge_sections, walk
from directive_report.cycle._result import (
    HeadingMatch,
    LeftOut,
    Origin,
    Placement,
    RollupResult,
    Total,
)
from directive_report.cycle._totals import block_parts, sum_parts, totals_paragraph
from directive_report.errors import CycleError
from directive_report.i18n import _, both
from directive_report.model import (
    Authority,
    Citation,
    Directive,
    Distribution,
    DocumentNumber,
    Paragraph,
    Report,
    Section,
    Signature,
    Table,
    block_paragraphs,
    document_type,
)
from directive_report.model.placeholder import placeholder

__all__ = ["rollup", "unit_key"]


def unit_key(name: str) -> str:
    """How unit names are compared: case, spacing and "UBND"/"Ủy ban nhân dân" do not count."""
    text = " ".join(name.casefold().split())
    text = re.sub(r"\bubnd\b", "ủy ban nhân dân", text)
    return re.sub(r"\bhđnd\b", "hội đồng nhân dân", text)


def _inputs(reports: Iterable[Report] | Mapping[str, Report]) -> list[tuple[str, Report]]:
    if isinstance(reports, Mapping):
        return [(str(source), report) for source, report in reports.items()]
    return [(report.authority.name, report) for report in reports]


def _summary_numbers(report: Report) -> set[str]:
    """The document numbers the trích yếu cites ("Sơ kết ... Chỉ thị số 21/CT-TTg ...")."""
    from directive_report.citations import extract

    return {str(f.citation.number) for f in extract(report.summary) if f.citation.number}


def _directive(inputs: list[tuple[str, Report]]) -> Directive:
    """The directive every report is on.  A report that names none as data (one ingested from
    a file made by another program, whose body never dates the directive) is on it when its
    trích yếu cites its number; a report on another directive, or on none, is an error."""
    named = [(source, report) for source, report in inputs if report.directive is not None]
    if not named:
        raise CycleError(inputs[0][0], _("the report names no directive, so it cannot be compiled"))
    first_source, first = named[0]
    assert first.directive is not None
    number = first.directive.citation.number
    for source, report in inputs:
        if report.directive is None:
            if str(number) not in _summary_numbers(report):
                raise CycleError(
                    source, _("the report names no directive, so it cannot be compiled")
                )
        elif report.directive.citation.number != number:
            raise CycleError(
                source,
                _("the report is on {directive}, not on {expected} like {first}").format(
                    directive=report.directive.short_name,
                    expected=first.directive.short_name,
                    first=first_source,
                ),
            )
    return first.directive


def _ordered(
    inputs: list[tuple[str, Report]], expected: tuple[str, ...]
) -> tuple[list[tuple[str, Report]], list[str], list[str]]:
    """The inputs in the expected units' order (the others after them, as given), the expected
    units that did not report, and the units that reported without being expected."""
    seen: dict[str, str] = {}
    for source, report in inputs:
        key = unit_key(report.authority.name)
        if key in seen:
            raise CycleError(
                source,
                _("{unit} reported twice (also in {other}): give one report per unit").format(
                    unit=report.authority.name, other=seen[key]
                ),
            )
        seen[key] = source
    rank = {unit_key(name): index for index, name in enumerate(expected)}
    ordered = sorted(inputs, key=lambda item: rank.get(unit_key(item[1].authority.name), len(rank)))
    reported = {unit_key(report.authority.name) for _source, report in inputs}
    missing = [name for name in expected if unit_key(name) not in reported]
    unexpected = [
        report.authority.name
        for _source, report in ordered
        if unit_key(report.authority.name) not in rank
    ]
    return ordered, missing, unexpected


def _build(
    nodes: list[Node], moved: frozenset[int]
) -> tuple[tuple[Section, ...], list[Placement], list[Total]]:
    """The compiled sections from the merged tree (without the blocks *moved* to the data
    appendix), with where each block went and the totals."""
    placements: list[Placement] = []
    totals: list[Total] = []

    def build(level: list[Node], prefix: str) -> tuple[Section, ...]:
        sections = []
        for index, node in enumerate(level):
            here = f"{prefix}[{index}]"
            kept = [part for part in node.blocks if id(part) not in moved]
            for number, part in enumerate(kept):
                placements.append(
                    Placement(origin=part.origin, location=f"{here}.blocks[{number}]")
                )
            found = sum_parts(
                (a for part in kept for a in block_parts(part.source_block, part.origin)),
                here,
            )
            totals.extend(found)
            stated = totals_paragraph(found)
            blocks = [part.block for part in kept] + ([stated] if stated else [])
            sections.append(
                Section(
                    title=node.title,
                    blocks=tuple(blocks),
                    sections=build(node.children, f"{here}.sections"),
                )
            )
        return tuple(sections)

    return build(nodes, "sections"), placements, totals


def rollup(
    reports: Iterable[Report] | Mapping[str, Report],
    *,
    authority: Authority,
    date: dt.date,
    expected_units: Iterable[str] | None = None,
    summary: str | None = None,
    addressees: Iterable[str] = (),
    signature: Signature | None = None,
    distribution: Distribution | None = None,
) -> RollupResult:
    """Compile the units' *reports* on one directive into a draft report of *authority*.

    *reports* is a sequence of reports, or a mapping from where each was read (a file name) to
    it.  Headings are merged across units (:mod:`directive_report.cycle`), each block names
    its unit, quantities and money are summed per unit of measure and currency, citations are
    grouped by number; the units' opening and closing paragraphs are left out (and listed).
    *expected_units* names the units that should report, in the order the compiled report
    takes them.  What the compiling body must write itself (opening, closing, and the
    signature and recipients when not given) is a placeholder that
    :func:`directive_report.check` reports until it is filled.

    Raises :class:`~directive_report.errors.CycleError` for no reports, a report on another
    directive (or none), or a unit that reported twice.
    """
    inputs = _inputs(reports)
    if not inputs:
        raise CycleError("", _("no reports to compile"))
    directive = _directive(inputs)
    ordered, missing, unexpected = _ordered(inputs, tuple(expected_units or ()))
    nodes: list[Node] = []
    left_out: list[LeftOut] = []
    mentions: list[tuple[Citation, Origin]] = []
    own_tables: list[tuple[str, Origin, Table]] = []
    table_findings: list[Finding] = []
    for index, (source, report) in enumerate(ordered):
        unit = report.authority.name
        merge_sections(
            nodes, report.sections, unit=unit, source=source, prefix="sections", first=index == 0
        )
        for part, blocks in (("intro", report.intro), ("closing", report.closing)):
            for number, block in enumerate(blocks):
                for paragraph in block_paragraphs(block):
                    left_out.append(
                        LeftOut(
                            origin=Origin(unit=unit, source=source, location=f"{part}[{number}]"),
                            text=paragraph.text,
                            reason="opening or closing of the unit's own letter",
                        )
                    )
        tables, rest = appendix_parts(report, unit=unit, source=source)
        own_tables.extend((unit, origin, table) for origin, table in tables)
        left_out.extend(rest)
        table_findings.extend(_source_totals(report, source))
        mentions.extend(collect_citations(report, unit=unit, source=source))
    data = data_appendix(nodes, own_tables, [report.authority.name for _s, report in ordered])
    sections, placements, section_totals = _build(nodes, data.moved)
    headings = [
        _located(match, location) for location, node in walk(nodes) for match in node.matches
    ]
    all_parts = [(total.what, total.unit, part) for total in section_totals for part in total.parts]
    cited, conflicts = group_citations(mentions)
    directives: dict[str, Directive] = {}
    for _source, report in ordered:
        for one in report.directives:
            directives.setdefault(str(one.citation.number or one.short_name), one)
    compiled = Report(
        authority=authority,
        doc_type=document_type("Báo cáo"),
        number=DocumentNumber(symbol=f"BC-{authority.abbreviation}"),
        date=date,
        summary=summary or _summary(directive, date),
        directives=tuple(directives.values()),
        addressees=tuple(addressees),
        intro=(Paragraph(runs=placeholder("phần mở đầu của báo cáo tổng hợp")),),
        sections=sections,
        closing=(Paragraph(runs=placeholder("phần kết của báo cáo tổng hợp")),),
        signature=signature or _placeholder_signature(),
        distribution=distribution or _placeholder_distribution(tuple(addressees)),
        appendices=(data.appendix,) if data.appendix else (),
    )
    findings = [
        *(_unmatched(match) for match in headings if match.how == "unmatched"),
        *(_unit_finding(name, expected=True) for name in missing),
        *(_unit_finding(name, expected=False) for name in unexpected),
        *conflicts,
        *table_findings,
    ]
    return RollupResult(
        report=compiled,
        units=tuple(report.authority.name for _source, report in ordered),
        missing=tuple(missing),
        headings=tuple(headings),
        placements=(*placements, *data.placements),
        totals=(*section_totals, *sum_parts(all_parts, "")),
        citations=tuple(cited),
        left_out=tuple(left_out),
        findings=tuple(findings),
    )


def _source_totals(report: Report, source: str) -> Iterator[Finding]:
    """A unit's table whose totals row does not add up: the compiled table adds the rows
    again, so the unit's figure is not carried, but the unit should know."""
    from directive_report.checks import check_table_totals

    for finding in check_table_totals(report):
        yield attrs.evolve(finding, location=f"{source}: {finding.location}")


def _located(match: HeadingMatch, location: str) -> HeadingMatch:
    return attrs.evolve(match, location=location)


def _summary(directive: Directive, date: dt.date) -> str:
    subject = directive.citation.subject
    about = f" về {subject}" if subject else ""
    year = directive.implementation_year(date)
    return f"Tổng hợp kết quả năm thứ {year} thực hiện {directive.short_name}{about}"


def _placeholder_signature() -> Signature:
    return Signature(
        name=placeholder("họ và tên người ký"),
        signer_title=placeholder("chức vụ người ký", upper=True),
    )


def _placeholder_distribution(addressees: tuple[str, ...]) -> Distribution:
    first = ("Như trên",) if addressees else ()
    return Distribution(recipients=(*first, placeholder("nơi nhận")))


def _unmatched(match: HeadingMatch) -> Finding:
    message, message_vi = both(
        "{unit}'s heading “{title}” ({origin}) matches no other unit's and stands as a heading "
        "of its own",
        unit=match.origin.unit,
        title=match.title,
        origin=match.origin,
    )
    return Finding(
        code="heading-unmatched",
        severity=Severity.WARNING,
        location=match.location,
        message=message,
        message_vi=message_vi,
    )


def _unit_finding(name: str, *, expected: bool) -> Finding:
    """An expected unit that did not report, or a unit that reported unexpectedly."""
    if expected:
        code, severity = "unit-missing", Severity.WARNING
        message, message_vi = both("{unit} was expected to report but did not", unit=name)
    else:
        code, severity = "unit-unexpected", Severity.INFO
        message, message_vi = both("{unit} reported but is not among the expected units", unit=name)
    return Finding(
        code=code, severity=severity, location="", message=message, message_vi=message_vi
    )
