"""Generated reports (``directive_report.testing.reports()``) whose body opens by naming the
directive it implements and lists tasks with assignees and deadlines, rendered without the
embedded copy and ingested back: the directive and the tasks' assignees and deadlines come back
equal.

The layout prints no directive of its own: the generated report states it the way plans do, in
its opening sentence ("Thực hiện Chỉ thị số 21/CT-TTg ngày … của Thủ tướng Chính phủ về …, Sở
Y tế xây dựng Kế hoạch như sau:").  Its issuer comes from a few real ones, since reading a
random issuer is the citation reader's business, not this; its number, date and trích yếu are
drawn.  The task texts are drawn sentences (the recogniser's business is tested elsewhere); their
assignees and deadlines are the strategy's own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directive_report.exporters import ExportOptions
from directive_report.exporters.api import render
from directive_report.model import (
    Authority,
    Citation,
    Directive,
    DocumentNumber,
    Report,
    Section,
    TaskList,
    document_type,
)
from directive_report.readers._ingest import ingest
from directive_report.testing import reports, tasks

#: Directives as real plans cite them: type, the ký hiệu after the number, the issuer.
_SOURCES = (
    ("Chỉ thị", "CT-TTg", "Thủ tướng Chính phủ"),
    ("Nghị quyết", "NQ-CP", "Chính phủ"),
    ("Kế hoạch", "KH-UBND", "Ủy ban nhân dân tỉnh Bắc Giang"),
    ("Quyết định", "QĐ-BYT", "Bộ Y tế"),
)
_LOWER = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ"
_WORD = st.text(alphabet=_LOWER, min_size=2, max_size=7)
#: How the opening sentence goes on after the directive's trích yếu.
_AFTER = (", Sở Y tế xây dựng Kế hoạch như sau:", "; Sở Y tế báo cáo như sau:", ".")


@st.composite
def _directives(draw: st.DrawFn, before: dt.date) -> Directive:
    kind, symbol, issuer = draw(st.sampled_from(_SOURCES))
    return Directive(
        citation=Citation(
            doc_type=document_type(kind),
            number=DocumentNumber(number=draw(st.integers(1, 9999)), symbol=symbol),
            date=draw(st.dates(dt.date(1995, 1, 1), before)),
            issuer=issuer,
            subject=" ".join(draw(st.lists(_WORD, min_size=2, max_size=10))),
        )
    )


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORD, min_size=3, max_size=12))
    return " ".join(words).capitalize() + "."


#: Issuers the generated documents come from (their header is the recogniser's business).
_ISSUERS = (
    Authority(
        name="Sở Y tế", abbreviation="SYT", superior="UBND TỈNH BẮC GIANG", place="Bắc Giang"
    ),
    Authority(name="Ủy ban nhân dân huyện Tân Yên", abbreviation="UBND", place="Tân Yên"),
)


@st.composite
def _plans(draw: st.DrawFn) -> Report:
    """A generated report (its date, recipients, signature …) of a báo cáo, kế hoạch or công
    văn with the opening sentence and the tasks above."""
    report = draw(reports(max_depth=1).filter(lambda r: r.date.year >= 1996))
    authority = draw(st.sampled_from(_ISSUERS))
    kind = document_type(draw(st.sampled_from(["Báo cáo", "Kế hoạch", "Công văn"])))
    head = kind.abbreviation or authority.abbreviation
    number = DocumentNumber(
        number=draw(st.integers(1, 999)), symbol=f"{head}-{authority.abbreviation}"
    )
    directive = draw(_directives(report.date))
    opening = f"Thực hiện {directive.citation.format('full')}{draw(st.sampled_from(_AFTER))}"
    listed = draw(st.lists(tasks(), min_size=1, max_size=3))
    listed = [attrs.evolve(task, text=draw(_sentences())) for task in listed]
    section = Section(
        title="NHIỆM VỤ", blocks=[TaskList(tasks=listed, numbered=draw(st.booleans()))]
    )
    return attrs.evolve(
        report,
        authority=authority,
        doc_type=kind,
        number=number,
        summary=draw(_sentences())[:-1],
        addressees=["Ủy ban nhân dân tỉnh"] if kind.abbreviation is None else [],
        directives=[directive],
        intro=[opening],
        sections=[section],
        closing=[],
        decision=None,
        request=None,
        attachments=[],
        appendices=[],
    )


def _tasks(report: Report) -> list[tuple[str, str | None, dt.date | None]]:
    """The tasks with an assignee or a deadline (a task with neither prints as a list item)."""
    return [
        (task.text.text, task.assignee, task.deadline)
        for entry in report.walk_body()
        if isinstance(entry.item, TaskList)
        for task in entry.item.tasks
        if task.assignee or task.deadline
    ]


def _cited(report: Report) -> list[tuple[object, ...]]:
    return [
        (c.doc_type.name, c.number, c.date, c.issuer, c.subject)
        for c in (d.citation for d in report.directives)
    ]


@pytest.mark.parametrize(("fmt", "suffix"), [("docx", "docx"), ("markdown", "md")])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=_plans())
def test_the_directive_and_the_tasks_come_back(
    tmp_path_factory: pytest.TempPathFactory, fmt: str, suffix: str, report: Report
) -> None:
    path = Path(tmp_path_factory.mktemp("generated")) / f"report.{suffix}"
    path.write_bytes(render(report, fmt, ExportOptions(embed_model=False)))
    got = ingest(path).report
    assert _cited(got) == _cited(report)
    assert _tasks(got) == _tasks(report)
