"""Properties of the layout plan over generated reports (Hypothesis): every word of the body planned\nonce, in order, with its style."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from directive_report import Report, Run, vi
from directive_report.layout import (
    StyledParagraph,
    Table,
    plan_document,
    section_label,
)
from directive_report.model import (
    ActionList,
    Block,
    BulletList,
    Paragraph,
    Section,
    Task,
    TaskList,
)

# --------------------------------------------------------------------------------------------
# Properties over generated reports

_words = st.sampled_from(
    ["Sở", "tuyên truyền", "lừa đảo", "Chỉ thị", "*x*", "# y", "1.", "Hạnh phúc"]
)
_texts_st = st.lists(_words, min_size=1, max_size=8).map(" ".join)
_paragraphs = st.builds(
    lambda parts: Paragraph(runs=[Run(text=t, italic=i) for t, i in parts]),
    st.lists(st.tuples(_texts_st, st.booleans()), min_size=1, max_size=3).map(
        lambda parts: [(t + " ", i) for t, i in parts[:-1]] + [parts[-1]]
    ),
)
_blocks = st.one_of(
    _paragraphs,
    st.builds(lambda items: BulletList(items=items), st.lists(_paragraphs, min_size=1, max_size=3)),
    st.builds(
        lambda items: TaskList(tasks=[Task(text=item) for item in items]),
        st.lists(_paragraphs, min_size=1, max_size=3),
    ),
)
_sections = st.recursive(
    st.builds(
        lambda title, blocks: Section(title=title, blocks=blocks),
        _texts_st,
        st.lists(_blocks, max_size=2),
    ),
    lambda children: st.builds(
        lambda title, blocks, subs: Section(title=title, blocks=blocks, sections=subs),
        _texts_st,
        st.lists(_blocks, max_size=2),
        st.lists(children, max_size=3),
    ),
    max_leaves=6,
)


@given(sections=st.lists(_sections, min_size=1, max_size=3), closing=st.lists(_blocks, max_size=2))
def test_every_word_of_the_body_is_planned_once_in_order(
    seed_report: Report, sections: list[Section], closing: list[Block]
) -> None:
    """Property: the body paragraphs of the plan carry the report's text in reading order, each
    block's text exactly once, and the last body paragraph ends with ./. and keeps with the footer."""
    report = attrs.evolve(seed_report, intro=(), sections=sections, closing=closing)
    plan = plan_document(report)
    body = list(plan.blocks[4:-1])
    assert all(isinstance(b, StyledParagraph) for b in body)
    expected: list[str] = []

    def task_marker(depth: int, number: int) -> str:
        # the level below the section's: 1. under I. (or outside sections), a) under 1., - deeper
        if depth <= 1:
            return f"{number}."
        return f"{vi.point_letter(number)})" if depth == 2 else "-"

    def block_texts(blocks: tuple[object, ...], depth: int) -> None:
        for block in blocks:
            if isinstance(block, Paragraph):
                expected.append(block.text)
            elif isinstance(block, BulletList):
                expected.extend(f"{block.marker} {p.text}" for p in block.items)
            elif isinstance(block, ActionList):
                expected.extend(f"{block.marker} {a.text.text}" for a in block.actions)
            elif isinstance(block, TaskList):
                expected.extend(
                    f"{task_marker(depth, n)} {t.text.text}" for n, t in enumerate(block.tasks, 1)
                )

    for path, section in report.walk_sections():
        expected.append(f"{section_label(path)} {section.title}")
        block_texts(section.blocks, len(path))
    block_texts(report.closing, 0)
    got = [b.text for b in body if isinstance(b, StyledParagraph)]
    assert got[:-1] == expected[:-1]
    assert got[-1].startswith(expected[-1])
    assert got[-1].endswith("./.")
    last = body[-1]
    assert isinstance(last, StyledParagraph)
    assert last.keep_with_next
    assert sum(1 for b in body if isinstance(b, StyledParagraph) and b.keep_with_next) == 1
    assert isinstance(plan.blocks[0], Table)
    assert isinstance(plan.blocks[-1], Table)
