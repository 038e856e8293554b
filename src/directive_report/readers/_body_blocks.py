"""The recognised body items built into the model's blocks and sections (private).

Headings open sections (nested by their depth); runs of list items become bullet lists, action
lists (``-`` items with money amounts or counted quantities, their citations attached) or task
lists; a data table takes the caption and unit lines printed above it ("Biểu số 01: …",
"Đơn vị tính: …") and the notes printed below it ("Nguồn: …", "Ghi chú: …"); Căn cứ and Điều
outside a decision stay paragraphs and are listed as unplaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from directive_report.errors import DirectiveReportError
from directive_report.model import (
    Action,
    ActionList,
    Block,
    BulletList,
    Paragraph,
    Run,
    Section,
    Table,
    Task,
    TaskKind,
    TaskList,
)
from directive_report.readers._recognised import BodyItem, Unplaced
from directive_report.readers._table import model_table
from directive_report.readers._text_facts import amounts, citations, quantities

__all__ = ["body_blocks", "paragraph_of", "task_kind"]

_FORWARD: Final = re.compile(r"NHIỆM\s+VỤ|PHƯƠNG\s+HƯỚNG|GIẢI\s+PHÁP|KẾ\s+HOẠCH", re.IGNORECASE)
_UNIT: Final = re.compile(r"^Đơn\s+vị\s+tính\s*:\s*(?P<unit>\S.*?)\s*\.?$")
_NUMBERED: Final = re.compile(r"^Biểu\s+số\s+\d+\s*(?::\s*(?P<caption>.*))?$")
_NOTE: Final = re.compile(r"^(?:Nguồn|Ghi\s+chú)\s*:")

Body = tuple[tuple[Block, ...], tuple[Section, ...], tuple[Block, ...]]


def paragraph_of(runs: Iterable[tuple[str, bool, bool]], fallback: str) -> Paragraph:
    """A paragraph of ``(text, bold, italic)`` runs, outer white space trimmed."""
    cleaned = [Run(text=re.sub(r"\s+", " ", t), bold=b, italic=i) for t, b, i in runs if t]
    text = "".join(run.text for run in cleaned)
    if not text.strip():
        return Paragraph(runs=fallback)
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    out: list[Run] = []
    position = 0
    for run in cleaned:
        start, end = position, position + len(run.text)
        position = end
        keep_from = max(start, lead)
        keep_to = min(end, len(text) - trail)
        if keep_to > keep_from:
            out.append(attrs.evolve(run, text=run.text[keep_from - start : keep_to - start]))
    return Paragraph(runs=out)


def _table(item: BodyItem, blocks: list[Block], unplaced: list[Unplaced]) -> Block | None:
    """The table of *item*, taking its unit and caption lines off the end of *blocks*."""
    assert item.table is not None
    unit = caption = None
    numbered = False
    last_block = blocks[-1] if blocks else None
    unit_match = _UNIT.match(last_block.text) if isinstance(last_block, Paragraph) else None
    if unit_match:
        blocks.pop()
        unit = unit_match["unit"]
    if blocks and isinstance(blocks[-1], Paragraph):
        last = blocks[-1]
        numbered_match = _NUMBERED.match(last.text)
        if numbered_match or (last.runs and all(run.bold for run in last.runs if run.text.strip())):
            blocks.pop()
            numbered = numbered_match is not None
            caption = (numbered_match["caption"] or None) if numbered_match else last.text
    try:
        return model_table(item.table, caption=caption, unit=unit, numbered=numbered)
    except DirectiveReportError as error:
        unplaced.append(
            Unplaced(location=item.location, text=item.text, reason=f"a table: {error}")
        )
        return None


def body_blocks(items: Sequence[BodyItem], unplaced: list[Unplaced]) -> Body:
    """``(intro, sections, closing)`` of *items*; what cannot be placed goes to *unplaced*."""
    intro: list[Block] = []
    closing: list[Block] = []
    stack: list[tuple[int, str, list[Block], list[Section]]] = []  # depth, title, blocks, subs
    top: list[Section] = []
    pending: list[BodyItem] = []

    def target() -> list[Block]:
        return stack[-1][2] if stack else intro

    def close_to(depth: int) -> None:
        while stack and stack[-1][0] >= depth:
            _, title, blocks, subs = stack.pop()
            section = Section(title=title, blocks=blocks, sections=subs)
            (stack[-1][3] if stack else top).append(section)

    def flush() -> None:
        if pending:
            target().extend(_list(pending, stack[-1][1] if stack else ""))
            pending.clear()

    for item in items:
        if item.kind == "item":
            if pending and pending[-1].label_kind != item.label_kind:
                flush()
            pending.append(item)
            continue
        flush()
        paragraph = paragraph_of(item.runs, item.text)
        blocks = target()
        if item.kind == "heading":
            assert item.heading is not None
            depth = min(item.heading.depth, (stack[-1][0] + 1) if stack else 1)
            close_to(depth)
            stack.append((depth, item.text, [], []))
        elif item.kind == "closing":
            closing.append(paragraph)
        elif item.kind == "table":
            table = _table(item, blocks, unplaced)
            if table is not None:
                blocks.append(table)
        elif blocks and isinstance(blocks[-1], Table) and _NOTE.match(item.text):
            if all(run.italic for run in paragraph.runs):  # the layout prints notes in italics
                paragraph = Paragraph(runs=paragraph.text)
            if paragraph.text.endswith("./."):  # the end mark of the part, not the note's
                paragraph = Paragraph(runs=paragraph.text[: -len("/.")])
            blocks[-1] = attrs.evolve(blocks[-1], notes=(*blocks[-1].notes, paragraph))
        else:
            if item.kind in ("legal_basis", "article"):
                what = "Căn cứ (legal basis)" if item.kind == "legal_basis" else "Điều (article)"
                unplaced.append(
                    Unplaced(
                        location=item.location,
                        text=item.text,
                        reason=f"{what} outside a decision; kept as a plain paragraph",
                    )
                )
            blocks.append(paragraph)
    flush()
    close_to(1)
    return tuple(intro), tuple(top), tuple(closing)


def _list(items: Sequence[BodyItem], section_title: str) -> list[Block]:
    kind = items[0].label_kind
    paragraphs = [paragraph_of(item.runs, item.text) for item in items]
    if kind in ("dash", "plus"):
        marker = "-" if kind == "dash" else "+"
        facts = [(amounts(p.text), quantities(p.text)) for p in paragraphs]
        if any(money or quantities for money, quantities in facts):
            return [
                ActionList(
                    actions=[
                        Action(
                            text=p,
                            amounts=money,
                            quantities=quantities,
                            citations=citations(p.text),
                        )
                        for p, (money, quantities) in zip(paragraphs, facts, strict=True)
                    ],
                    marker=marker,
                )
            ]
        return [BulletList(items=paragraphs, marker=marker)]
    kind_of_task = task_kind(section_title)
    return [TaskList(tasks=[Task(text=p, kind=kind_of_task) for p in paragraphs])]


def task_kind(section_title: str) -> TaskKind:
    """The kind of the tasks listed under a section titled *section_title*: set for the coming
    period under "Nhiệm vụ", "Phương hướng", "Giải pháp" or "Kế hoạch", assigned otherwise."""
    return TaskKind.FORWARD if _FORWARD.search(section_title) else TaskKind.ASSIGNED
