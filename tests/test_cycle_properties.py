"""Properties of ``rollup`` over generated reports: no action lost or duplicated, every sum the
sum of its parts and of the sources' quantities."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import directive_report as dr
from directive_report import testing
from directive_report.cycle import rollup
from directive_report.model import ActionList, Report

DIRECTIVE = dr.Directive(
    citation=dr.Citation(
        doc_type=dr.document_type("Chỉ thị"),
        number=dr.DocumentNumber.parse("21/CT-TTg"),
        date=dt.date(2000, 1, 1),
    )
)
TITLES = [
    "KẾT QUẢ THỰC HIỆN",
    "Công tác tuyên truyền",
    "Công tác chỉ đạo, điều hành",
    "NHẬN XÉT, ĐÁNH GIÁ",
    "PHƯƠNG HƯỚNG, NHIỆM VỤ",
    "Kết quả khác",
]
UNITS = ["Sở Tư pháp", "Sở Y tế", "UBND huyện Tân Yên", "Công an tỉnh", "Sở Tài chính"]
MEASURES = ["số thuê bao", "hội nghị", "Số thuê bao", "lượt người"]


def _actions() -> st.SearchStrategy[dr.Action]:
    quantity = st.builds(
        dr.Quantity,
        value=st.integers(0, 10**6) | st.decimals(0, 1000, places=1),
        unit=st.sampled_from(MEASURES),
    )
    money = st.builds(dr.Money, amount=st.integers(0, 10**9))
    return st.builds(
        dr.Action,
        text=testing.paragraphs(max_runs=2),
        quantities=st.lists(quantity, max_size=2),
        amounts=st.lists(money, max_size=1),
    )


def _sections(depth: int) -> st.SearchStrategy[dr.Section]:
    blocks = st.lists(
        st.builds(ActionList, actions=st.lists(_actions(), min_size=1, max_size=3))
        | testing.paragraphs(),
        max_size=2,
    )
    children = st.just([]) if depth <= 1 else st.lists(_sections(depth - 1), max_size=2)
    title = st.sampled_from(TITLES) | testing.text(max_words=4, punctuation=False)
    return st.builds(dr.Section, title=title, blocks=blocks, sections=children)


@st.composite
def unit_reports(draw: st.DrawFn) -> list[Report]:
    """Two to four reports of distinct units on one directive."""
    names = draw(st.lists(st.sampled_from(UNITS), min_size=2, max_size=4, unique=True))
    reports = []
    for name in names:
        base = draw(testing.reports(max_depth=1))
        sections = draw(st.lists(_sections(2), min_size=1, max_size=3))
        reports.append(
            attrs.evolve(
                base,
                authority=attrs.evolve(base.authority, name=name),
                directives=(DIRECTIVE,),
                sections=tuple(sections),
            )
        )
    return reports


def _actions_of(report: Report) -> list[tuple[str, dr.Action]]:
    return [
        (report.authority.name, action)
        for _, section in report.walk_sections()
        for block in section.blocks
        if isinstance(block, ActionList)
        for action in block.actions
    ]


def _measure(unit: str) -> str:
    return unit.casefold()


@settings(max_examples=30)
@given(unit_reports())
def test_no_action_lost_or_duplicated_and_sums_add_up(reports: list[Report]) -> None:
    """Every source action is in the result once (naming its unit), and the whole-report
    total per unit of measure is the sum of the sources' quantities in that unit."""
    authority = dr.Authority(name="Ủy ban nhân dân tỉnh", abbreviation="UBND", place="Tỉnh")
    result = rollup(reports, authority=authority, date=dt.date(2036, 1, 1))
    expected: Counter[str] = Counter()
    sums: dict[tuple[str, str], int | Decimal] = {}
    for report in reports:
        for unit, action in _actions_of(report):
            text = action.text.text
            expected[
                text if text.casefold().startswith(unit.casefold()) else f"{unit}: {text}"
            ] += 1
            for q in action.quantities:
                key = ("quantity", _measure(q.unit))
                sums[key] = sums.get(key, 0) + q.value
            for m in action.amounts:
                key = ("money", _measure(m.currency))
                sums[key] = sums.get(key, 0) + m.amount
    compiled = Counter(a.text.text for _, a in _actions_of(result.report))
    assert compiled == expected
    overall = {(t.what, _measure(t.unit)): t.value for t in result.totals if t.location == ""}
    assert overall == sums
    for total in result.totals:
        assert total.value == sum(part.value for part in total.parts)
