"""Checks that a report is consistent and follows the decree, beyond what construction enforces.

A :class:`Report` that exists is already valid (its invariants hold); these checks find what a
careful văn thư would still point out before signing: a summary that says "năm thứ 3" when the
directive's dates make it the fourth year, a cited document dated after the report, a "Kính gửi"
without "Như trên" in Nơi nhận.  Each finding has a stable code, a severity, the place in the
report (the same paths as load errors: ``sections[0].blocks[2].actions[1]``) and its message in
English and in Vietnamese.

>>> import directive_report as dr
>>> dr.check(dr.examples.load("bac-giang-ct21-2024"))
[]
"""

from __future__ import annotations

import datetime
import enum
import re
import weakref
from collections.abc import Callable, Iterator
from decimal import ROUND_HALF_UP, Decimal

import attrs

from directive_report import vi
from directive_report._text import vi_upper
from directive_report.i18n import N_, both
from directive_report.model import (
    ActionList,
    Block,
    BodyEntry,
    Citation,
    Paragraph,
    Report,
    Section,
    SignaturePrefix,
    Table,
    TablePart,
    TaskKind,
    TaskList,
)

__all__ = ["CHECKS", "Finding", "Severity", "check"]


class Severity(enum.Enum):
    """How serious a finding is."""

    ERROR = "error"  #: the document states something false or breaks a rule of the decree
    WARNING = "warning"  #: very likely a mistake
    INFO = "info"  #: worth knowing; the exporters handle it


@attrs.frozen(kw_only=True)
class Finding:
    """One thing a check found: ``code``, ``severity``, ``location`` in the report, and the
    message in English (``message``) and in Vietnamese (``message_vi``)."""

    code: str
    severity: Severity
    location: str
    message: str
    message_vi: str
    #: The rule's source in the decree ("NĐ 30/2020, Phụ lục I, mục II.9"), when it has one.
    reference: str = ""

    def message_in(self, language: str) -> str:
        """The message in *language* (``"en"`` or ``"vi"``)."""
        return self.message_vi if language == "vi" else self.message

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.severity.value} [{self.code}] {self.message} / {self.message_vi}"


Check = Callable[[Report], Iterator[Finding]]


# --------------------------------------------------------------------------------------------
# Walking the report


def _blocks_of(entries: Iterator[BodyEntry]) -> Iterator[tuple[str, Block]]:
    for entry in entries:
        if not isinstance(entry.item, Section):
            yield entry.location, entry.item


def _body_blocks(report: Report) -> Iterator[tuple[str, Block]]:
    blocks, in_body = _walked(report)
    return iter(blocks[:in_body])


def _blocks(report: Report) -> Iterator[tuple[str, Block]]:
    """Every block: the body's, then the attached documents' and the appendices'."""
    return iter(_walked(report)[0])


#: The report last walked (weakly held), its blocks and how many are the body's (walked once).
_last: tuple[weakref.ref[Report], tuple[tuple[str, Block], ...], int] | None = None


def _walked(report: Report) -> tuple[tuple[tuple[str, Block], ...], int]:
    global _last
    last = _last
    if last is None or last[0]() is not report:
        blocks = [*_blocks_of(report.walk_body())]
        in_body = len(blocks)
        for a, attachment in enumerate(report.attachments):
            blocks += _blocks_of(attachment.walk_body(prefix=f"attachments[{a}]."))
        for a, appendix in enumerate(report.appendices):
            blocks += _blocks_of(appendix.walk_body(prefix=f"appendices[{a}]."))
        last = _last = (weakref.ref(report), tuple(blocks), in_body)
    return last[1], last[2]


def _citations(report: Report) -> Iterator[tuple[str, Citation]]:
    for index, directive in enumerate(report.directives):
        yield f"directives[{index}].citation", directive.citation
    for path, block in _blocks(report):
        if isinstance(block, ActionList):
            for a, action in enumerate(block.actions):
                for c, citation in enumerate(action.citations):
                    yield f"{path}.actions[{a}].citations[{c}]", citation


# --------------------------------------------------------------------------------------------
# The checks


def check_implementation_year(report: Report) -> Iterator[Finding]:
    """The "năm thứ N" of the summary agrees with the directive's and the report's dates."""
    if report.directive is None:
        return
    stated = _stated_year(report.summary)
    actual = report.implementation_year()
    if stated is not None and stated != actual:
        message, message_vi = both(
            "the summary says year {stated} of implementation, but {date} is in year {actual} "
            "of {directive}",
            stated=stated,
            stated_vi=vi.ordinal(stated),
            **_dates(date=report.date),
            actual=actual,
            actual_vi=vi.ordinal(actual),
            directive=report.directive.short_name,
        )
        yield Finding(
            code="implementation-year",
            severity=Severity.ERROR,
            location="summary",
            message=message,
            message_vi=message_vi,
        )


def _dates(**days: datetime.date) -> dict[str, str]:
    """Message fields for dates: ``date`` in English ("20/05/2024") and ``date_vi`` as
    Vietnamese writes it in running text ("20/5/2024")."""
    fields = {name: f"{day:%d/%m/%Y}" for name, day in days.items()}
    fields.update({f"{name}_vi": vi.format_date(day, style="short") for name, day in days.items()})
    return fields


_YEAR_RE = re.compile(r"\bnăm thứ ((?:[^\W\d_]+|\d+)(?: [^\W\d_]+){0,3})", re.IGNORECASE)


def _stated_year(summary: str) -> int | None:
    match = _YEAR_RE.search(summary)
    if match is None:
        return None
    words = match[1].split()
    if words[0].isdigit():
        return int(words[0])
    # the longest run of words that is an ordinal: "tư", "hai mươi mốt"
    spoken = {vi.ordinal(n).removeprefix("thứ "): n for n in range(1, 101)}
    for length in range(len(words), 0, -1):
        found = spoken.get(" ".join(words[:length]).lower())
        if found is not None:
            return found
    return None


def check_citation_dates(report: Report) -> Iterator[Finding]:
    """No cited document is dated after the report."""
    for location, citation in _citations(report):
        if citation.date is not None and citation.date > report.date:
            message, message_vi = both(
                "{citation} is dated {date}, after the report ({report_date})",
                citation=citation.format("short"),
                **_dates(date=citation.date, report_date=report.date),
            )
            yield Finding(
                code="citation-after-report",
                severity=Severity.ERROR,
                location=location,
                message=message,
                message_vi=message_vi,
            )


def check_action_dates(report: Report) -> Iterator[Finding]:
    """Actions dated inside the report happen in the reporting period."""
    try:
        period = report.reporting_period()
    except ValueError:
        return
    for path, block in _blocks(report):
        if not isinstance(block, ActionList):
            continue
        for index, action in enumerate(block.actions):
            if action.date is not None and action.date not in period:
                message, message_vi = both(
                    "the action is dated {date}, outside the reporting period {start}–{end}",
                    **_dates(date=action.date, start=period.start, end=period.end),
                )
                yield Finding(
                    code="action-outside-period",
                    severity=Severity.WARNING,
                    location=f"{path}.actions[{index}].date",
                    message=message,
                    message_vi=message_vi,
                )


def check_forward_deadlines(report: Report) -> Iterator[Finding]:
    """Tasks for the coming period are not due before the report is issued."""
    for path, block in _blocks(report):
        if not isinstance(block, TaskList):
            continue
        for index, task in enumerate(block.tasks):
            if (
                task.kind is TaskKind.FORWARD
                and task.deadline is not None
                and task.deadline < report.date
            ):
                message, message_vi = both(
                    "a task for the coming period is due {date}, before the report's date",
                    **_dates(date=task.deadline),
                )
                yield Finding(
                    code="deadline-in-the-past",
                    severity=Severity.WARNING,
                    location=f"{path}.tasks[{index}].deadline",
                    message=message,
                    message_vi=message_vi,
                )


def check_recipients(report: Report) -> Iterator[Finding]:
    """With "Kính gửi", Nơi nhận starts with "Như trên"; the archive line starts with VT."""
    recipients = report.distribution.recipients
    if report.addressees and (not recipients or recipients[0] != "Như trên"):
        message, message_vi = both(
            "the document has 'Kính gửi' recipients, so Nơi nhận should start with "
            "'Như trên' (NĐ 30/2020, Phụ lục I, II.9)"
        )
        yield Finding(
            code="nhu-tren",
            severity=Severity.WARNING,
            location="distribution.recipients",
            message=message,
            message_vi=message_vi,
        )
    if not report.distribution.archive.startswith("VT"):
        message, message_vi = both(
            "the archive line should start with 'VT' (the agency's records office)"
        )
        yield Finding(
            code="archive-vt",
            severity=Severity.WARNING,
            location="distribution.archive",
            message=message,
            message_vi=message_vi,
        )


def check_section_titles(report: Report) -> Iterator[Finding]:
    """Top-level headings (I., II., ...) are in capitals; document symbols keep their case.

    A template whose top level is not the mục (a chỉ thị's points, 1., 2.) is not checked."""
    if report.template.levels[0] != "roman":
        return
    for index, section in enumerate(report.sections):
        words = [w for w in section.title.split() if not re.search(r"[\d/]", w)]
        if any(w != vi_upper(w) for w in words):
            message, message_vi = both(
                "a top-level heading is written in capitals: {title!r}", title=section.title
            )
            yield Finding(
                code="heading-case",
                severity=Severity.WARNING,
                location=f"sections[{index}].title",
                message=message,
                message_vi=message_vi,
            )


def check_signature(report: Report) -> Iterator[Finding]:
    """A deputy signing "KT." holds a deputy's title (PHÓ ..., TỔ PHÓ ..., or THỨ TRƯỞNG, a
    minister's deputy: "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" is the decree's own example)."""
    signature = report.signature
    if (
        signature.capacities
        and signature.capacities[-1].prefix is SignaturePrefix.KT
        and signature.signer_title
        and "PHÓ" not in signature.signer_title.split()
        and not signature.signer_title.startswith("THỨ TRƯỞNG")
    ):
        message, message_vi = both(
            "'KT.' is signed by a deputy, whose title usually starts with 'PHÓ', not {title!r}",
            title=signature.signer_title,
        )
        yield Finding(
            code="kt-deputy",
            severity=Severity.WARNING,
            location="signature.signer_title",
            message=message,
            message_vi=message_vi,
        )


def check_end_marker(report: Report) -> Iterator[Finding]:
    """The body ends with "./." (every exporter adds it when it is missing)."""
    if report.request is not None:
        return  # a tờ trình's request is printed last and always ends with "./."
    last = next((block for _, block in reversed(list(_body_blocks(report)))), None)
    if isinstance(last, Paragraph) and not last.text.endswith("./."):
        message, message_vi = both("the body does not end with './.'; every exporter adds it")
        yield Finding(
            code="end-marker",
            severity=Severity.INFO,
            location="closing" if report.closing else "sections",
            message=message,
            message_vi=message_vi,
        )


def check_contact_line(report: Report) -> Iterator[Finding]:
    """Contact data (ô 13) are given but not printed: only a công văn shows them.

    Of the decree's templates only Mẫu 1.5, the công văn, prints the issuer's address,
    telephone, e-mail and website (Phụ lục III, note 10); another document keeps them in its
    file but does not print them."""
    if report.authority.contact is not None and not report.template.contact_line:
        message, message_vi = both(
            "the issuer's address, telephone, e-mail and website are printed at the foot of "
            "page 1 of a công văn only, as the decree's templates show them; this {name} does "
            "not print them",
            name=report.doc_type.name,
        )
        yield Finding(
            code="contact-not-printed",
            severity=Severity.INFO,
            location="authority.contact",
            message=message,
            message_vi=message_vi,
            reference="NĐ 30/2020, Điều 8 khoản 3 điểm d; Phụ lục III, Mẫu 1.5",
        )


def check_template_parts(report: Report) -> Iterator[Finding]:
    """The parts the type's template prints are there (NĐ 30/2020, Phụ lục III).

    A decision states "QUYẾT ĐỊNH:" and its articles (Mẫu 1.1–1.3), and its first article issues
    the document attached to it ("Ban hành kèm theo Quyết định này ...", Mẫu 1.3); a tờ trình
    closes with its request; a tờ trình and a công văn name their addressees, "Kính gửi" (Phụ lục
    I, II.9)."""
    template, decision = report.template, report.decision
    first = decision.articles[0] if decision is not None else None
    words = [p.text for p in (first.text, *(c.text for c in first.clauses)) if p] if first else []
    rows = (  # found, code, location, message, reference
        (template.has_articles and decision is None, "decision-block", "decision",
         N_("a {type} states its decision: '{formula}' and its articles (Điều 1., ...); the "
            "document has none"), "NĐ 30/2020, Phụ lục III, Mẫu 1.1–1.3"),
        (bool(report.attachments) and not any("kèm theo" in w.lower() for w in words),
         "attachment-article", "decision.articles[0]",
         N_("the first article issues the attached document ('Ban hành kèm theo Quyết định này "
            "...'), but does not say so"), "NĐ 30/2020, Phụ lục III, Mẫu 1.3"),
        (template.request_formula is not None and report.request is None, "closing-request",
         "request", N_("a {type} closes with its request ('{request} ... xem xét, quyết định'); "
                       "the document has none"),
         ""),  # practice: Mẫu 1.4 prints only "nội dung văn bản"
        (template.addressed and not report.addressees, "addressees-missing", "addressees",
         N_("a {type} names the bodies it is sent to ('Kính gửi:'); the document names none"),
         "NĐ 30/2020, Phụ lục I, mục II.9"),
    )  # fmt: skip
    for found, code, location, text, reference in rows:
        if not found:
            continue
        message, message_vi = both(
            text,
            type=report.doc_type.name,
            formula=template.enacting_formula or "",
            request=template.request_formula or "",
        )
        yield Finding(
            code=code,
            severity=Severity.WARNING,
            location=location,
            message=message,
            message_vi=message_vi,
            reference=reference,
        )


def check_placeholders(report: Report) -> Iterator[Finding]:
    """No place is left that a draft marked for text still to be written (``[Cần bổ sung: ...]``,
    see :mod:`directive_report.model.placeholder`)."""
    from directive_report.model.placeholder import find_placeholders

    for location, found in find_placeholders(report):
        message, message_vi = both("text still to be written: {placeholder}", placeholder=found)
        yield Finding(
            code="placeholder",
            severity=Severity.ERROR,
            location=location,
            message=message,
            message_vi=message_vi,
        )


def check_table_totals(report: Report) -> Iterator[Finding]:
    """A table's totals row equals the sum of its column (typed number cells of the body,
    compared at the decimals the column prints)."""
    for path, block in _blocks(report):
        if not isinstance(block, Table) or block.total is None:
            continue
        for index, (column, cell) in enumerate(block.placed(TablePart.TOTAL)[0]):
            stated = cell.number
            if stated is None or not cell.kind.is_summable or cell.colspan != 1:
                continue
            values = [
                c.number
                for row in block.placed(TablePart.BODY)
                for start, c in row
                if start == column and c.colspan == 1 and c.kind.is_summable
            ]
            numbers = [v for v in values if v is not None]
            if not numbers:
                continue
            places = block.decimals(column)
            if places is None:
                places = max(-min(int(n.as_tuple().exponent) for n in [stated, *numbers]), 0)
            unit = Decimal(1).scaleb(-places)
            added = sum(numbers, Decimal(0)).quantize(unit, ROUND_HALF_UP)
            if added != stated.quantize(unit, ROUND_HALF_UP):
                message, message_vi = both(
                    "column {column}{heading}: the totals row says {stated}, but the {count} "
                    "rows above add up to {added}",
                    column=column + 1,
                    heading=_column_heading(block, column),
                    stated=vi.format_number(stated),
                    count=len(numbers),
                    added=vi.format_number(added),
                )
                yield Finding(
                    code="table-total",
                    severity=Severity.ERROR,
                    location=f"{path}.table.total[{index}]",
                    message=message,
                    message_vi=message_vi,
                )


def _column_heading(table: Table, column: int) -> str:
    """`` ("Thực hiện")``: the text of the lowest header cell over *column*, if any."""
    found = ""
    for row in table.placed(TablePart.HEADER):
        for start, cell in row:
            if start <= column < start + cell.colspan and cell.text:
                found = cell.text
    return f" (“{found}”)" if found else ""


#: Every check, in the order findings are reported.  A province adds its own by passing
#: ``checks=(*CHECKS, my_check)`` to :func:`check`.
CHECKS: tuple[Check, ...] = (
    check_implementation_year,
    check_citation_dates,
    check_action_dates,
    check_forward_deadlines,
    check_recipients,
    check_section_titles,
    check_signature,
    check_end_marker,
    check_contact_line,
    check_template_parts,
    check_placeholders,
    check_table_totals,
)


def check(report: Report, *, checks: tuple[Check, ...] = CHECKS) -> list[Finding]:
    """Run *checks* on *report* and return what they found, errors first."""
    found = [finding for one in checks for finding in one(report)]
    order = list(Severity)
    return sorted(found, key=lambda f: order.index(f.severity))
