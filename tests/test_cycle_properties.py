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


@st.composite
def unit_tables(draw: st.DrawFn) -> list[tuple[str, dr.Table]]:
    """Two to four units' tables with the same columns, one to three rows each."""
    names = draw(st.lists(st.sampled_from(UNITS), min_size=2, max_size=4, unique=True))
    keys = st.sampled_from(["Số hội nghị", "Số thuê bao thu hồi", "Số vụ việc"])
    tables = []
    for name in names:
        rows = draw(
            st.lists(
                st.tuples(keys, st.integers(0, 10**6), st.integers(0, 10**6)),
                min_size=1,
                max_size=3,
            )
        )
        tables.append(
            (
                name,
                dr.Table(
                    header=[["STT", "Chỉ tiêu", "Năm trước", "Năm nay"]],
                    rows=[[n, *row] for n, row in enumerate(rows, start=1)],
                ),
            )
        )
    return tables


@settings(max_examples=50)
@given(unit_tables())
def test_combined_tables_keep_every_row_and_add_up(tables: list[tuple[str, dr.Table]]) -> None:
    """Every unit's row is in the combined table once, and every "Tổng cộng" or "Cộng" row is
    the sum of the rows it closes, never of rows of another indicator."""
    from directive_report.cycle._result import Origin
    from directive_report.cycle._tables import combine_tables

    combined = combine_tables([(u, Origin(unit=u, source=u, location=""), t) for u, t in tables])
    source_rows: Counter[tuple[str, int, int]] = Counter(
        (row[1].text, int(row[2].number or 0), int(row[3].number or 0))
        for _, table in tables
        for row in table.rows
    )
    data_rows = [row[-3:] for row in combined.rows if row[0].text not in ("Cộng",)]
    assert (
        Counter((r[0].text, int(r[1].number or 0), int(r[2].number or 0)) for r in data_rows)
        == source_rows
    )
    assert (combined.total is not None) == (len({key for key, _, _ in source_rows}) == 1)
    if combined.total is not None:
        assert [c.value for c in combined.total[-2:]] == [
            sum(v for (_, v, _), n in source_rows.items() for _ in range(n)),
            sum(v for (_, _, v), n in source_rows.items() for _ in range(n)),
        ]
    group: list[tuple[int, int]] = []  # the rows of the indicator being read
    key = None
    for row in combined.rows:
        if row[0].text == "Cộng":
            assert [c.value for c in row[-2:]] == [
                sum(a for a, _ in group),
                sum(b for _, b in group),
            ]
            group = []
            continue
        if row[-3].text != key:
            group, key = [], row[-3].text
        group.append((row[-2].value, row[-1].value))  # type: ignore[arg-type]
