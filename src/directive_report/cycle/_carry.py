"""Starting the next period's report from this one (private)."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from directive_report import vi
from directive_report._text import vi_upper
from directive_report.cycle._headings import heading_key
from directive_report.cycle._tables import carried_table
from directive_report.errors import CycleError
from directive_report.i18n import _
from directive_report.model import (
    Block,
    DocumentNumber,
    Paragraph,
    Period,
    Report,
    Section,
    Table,
    Task,
    TaskKind,
    TaskList,
)
from directive_report.model.appendix import Appendix
from directive_report.model.placeholder import placeholder

__all__ = ["carry_forward", "next_year_text"]

#: The placeholder put where a period's own text stood.
NEW_TEXT = "nội dung của kỳ báo cáo mới"
#: The placeholder under each task carried from "Phương hướng, nhiệm vụ".
TASK_RESULT = "kết quả thực hiện nhiệm vụ"

_SPOKEN = {vi.ordinal(n): n for n in range(1, 101)}
_YEAR_RE = re.compile(
    r"\b(năm )(thứ (?:\d+|"
    + "|".join(sorted((re.escape(w.removeprefix("thứ ")) for w in _SPOKEN), key=len, reverse=True))
    + r"))\b",
    re.IGNORECASE,
)


def next_year_text(text: str, years: int) -> str:
    """*text* with every "năm thứ N" moved on by *years*, in the same style ("năm thứ 4" ->
    "năm thứ 5", "năm thứ tư" -> "năm thứ năm")."""

    def move(match: re.Match[str]) -> str:
        head, number = match[2][:4], match[2][4:]  # "thứ " / "THỨ ", then "4" or "tư"
        if number.isdigit():
            return f"{match[1]}{head}{int(number) + years}"
        spoken = vi.ordinal(_SPOKEN["thứ " + number.lower()] + years)[4:]
        return f"{match[1]}{head}{vi_upper(spoken) if number.isupper() else spoken}"

    return _YEAR_RE.sub(move, text)


def _moved_paragraph(paragraph: Paragraph, years: int) -> Paragraph:
    return Paragraph(
        runs=tuple(
            attrs.evolve(run, text=next_year_text(run.text, years)) for run in paragraph.runs
        )
    )


def _moved_block(block: Block, years: int) -> Block:
    return _moved_paragraph(block, years) if isinstance(block, Paragraph) else block


def _emptied_blocks(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """*blocks* with the period's text replaced by one placeholder; the directive's assigned
    tasks stay (they remain due), tables keep their shape with last period's figures as the
    comparison column (:func:`~directive_report.cycle._tables.carried_table`)."""
    kept: list[Block] = []
    dropped = False
    for block in blocks:
        if isinstance(block, Table):
            kept.append(carried_table(block))
        elif isinstance(block, TaskList):
            assigned = tuple(task for task in block.tasks if task.kind is TaskKind.ASSIGNED)
            if assigned:
                kept.append(attrs.evolve(block, tasks=assigned))
            dropped = dropped or len(assigned) < len(block.tasks)
        else:
            dropped = True
    if dropped:
        kept.append(Paragraph(runs=placeholder(NEW_TEXT)))
    return tuple(kept)


def _emptied(section: Section) -> Section:
    """*section* and its subsections with their blocks emptied (:func:`_emptied_blocks`)."""
    return attrs.evolve(
        section,
        blocks=_emptied_blocks(section.blocks),
        sections=tuple(_emptied(child) for child in section.sections),
    )


def _emptied_appendix(appendix: Appendix) -> Appendix:
    return attrs.evolve(
        appendix,
        blocks=_emptied_blocks(appendix.blocks),
        sections=tuple(_emptied(child) for child in appendix.sections),
    )


def _forward_tasks(report: Report) -> list[Task]:
    return [
        task
        for entry in report.walk_body()
        if isinstance(entry.item, TaskList)
        for task in entry.item.tasks
        if task.kind is TaskKind.FORWARD
    ]


def _task_heading(task: Task) -> Section:
    """The heading under which the next report states what came of *task*."""
    from directive_report.layout import task_details

    details = task_details(task)
    lines: list[Block] = [Paragraph(runs=details)] if details else []
    lines.append(Paragraph(runs=placeholder(TASK_RESULT)))
    title = " ".join(task.text.text.split())
    if title.endswith((".", ";")) and not title.endswith(".."):
        title = title[:-1]  # a heading takes no closing stop
    return Section(title=title, blocks=tuple(lines))


def _results_index(sections: tuple[Section, ...]) -> int:
    """The top-level section of results: the first whose heading says "kết quả", else the first."""
    return next(
        (index for index, s in enumerate(sections) if "kết quả" in heading_key(s.title).topics), 0
    )


def _next_period(report: Report, date: dt.date, years: int) -> Period | None:
    old = report.period
    if old is None:
        return None  # follows from the directive and the date, as before
    if years >= 1:
        return Period(start=_add_years(old.start, years), end=_add_years(old.end, years))
    start = old.end + dt.timedelta(days=1)
    if date < start:
        raise CycleError(
            "",
            _("{date} falls inside the period already reported (to {end})").format(
                date=date, end=old.end
            ),
        )
    return Period(start=start, end=date)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)


def carry_forward(report: Report, *, date: dt.date) -> Report:
    """Next period's draft of *report*, dated *date*.

    The same authority, type, directives, addressees, recipients and signature; the number
    unassigned; "năm thứ N" moved on in the summary, the opening and the closing; the period
    moved on by the same number of years (or, within a year, from the day after the old one to
    *date*).  Every section keeps its heading and loses its period's text, which becomes a
    placeholder; a table keeps its shape and text, last period's current figures move to its
    comparison column ("Năm trước" / "Năm nay") and every other figure becomes a placeholder;
    appendices are treated alike; the forward tasks of "Phương hướng, nhiệm vụ" become headings under the results
    section, each with its assignee and deadline and a placeholder for what came of it.  Nothing
    is invented: :func:`directive_report.check` reports every placeholder until it is filled.

    Raises :class:`~directive_report.errors.CycleError` when *date* is not after the report's.
    """
    if date <= report.date:
        raise CycleError(
            "",
            _("the next report's date {date} must be after this report's ({old})").format(
                date=date, old=report.date
            ),
        )
    if report.number.party:
        raise CycleError("", _("a Party document's number cannot be left unassigned"))
    directive = report.directive
    years = (
        directive.implementation_year(date) - directive.implementation_year(report.date)
        if directive is not None
        else date.year - report.date.year
    )
    sections = tuple(_emptied(section) for section in report.sections)
    tasks = _forward_tasks(report)
    if tasks and sections:
        index = _results_index(sections)
        results = sections[index]
        results = attrs.evolve(
            results, sections=(*results.sections, *(_task_heading(task) for task in tasks))
        )
        sections = (*sections[:index], results, *sections[index + 1 :])
    return attrs.evolve(
        report,
        number=DocumentNumber(symbol=report.number.symbol, year=report.number.year),
        date=date,
        summary=next_year_text(report.summary, years),
        period=_next_period(report, date, years),
        intro=tuple(_moved_block(block, years) for block in report.intro),
        sections=sections,
        closing=tuple(_moved_block(block, years) for block in report.closing),
        appendices=tuple(_emptied_appendix(appendix) for appendix in report.appendices),
    )
