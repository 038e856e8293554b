"""Merging the units' section trees into one, each block named after its unit (private)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import attrs

from directive_report.cycle._headings import HeadingKey, heading_key, match_heading
from directive_report.cycle._result import HeadingMatch, Origin
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
    TaskList,
)

__all__ = ["Contribution", "Node", "merge_sections", "name_unit"]

T = TypeVar("T", Action, Task)


@attrs.frozen(kw_only=True)
class Contribution:
    """A unit's block under a compiled heading, already naming the unit, with its origin."""

    block: Block
    origin: Origin
    source_block: Block


@attrs.define(eq=False)
class Node:
    """A heading of the compiled report while it is being built."""

    title: str
    key: HeadingKey
    blocks: list[Contribution] = attrs.Factory(list)
    children: list[Node] = attrs.Factory(list)
    matches: list[HeadingMatch] = attrs.Factory(list)


def _starts_with_unit(text: str, unit: str) -> bool:
    return text[: len(unit)].casefold() == unit.casefold()  # both NFC already


def _named(paragraph: Paragraph, unit: str) -> Paragraph:
    """*paragraph* opened by the unit's name in bold, ``"**<unit>:** "``, unless it already
    begins with the unit's name."""
    if _starts_with_unit(paragraph.text, unit):
        return paragraph
    return Paragraph(runs=(Run(text=f"{unit}:", bold=True), Run(text=" "), *paragraph.runs))


def _with_text(item: T, text: Paragraph) -> T:
    """*item* (an action, a task) with *text*: itself when its text is *text* already."""
    return item if item.text is text else attrs.evolve(item, text=text)


def name_unit(block: Block, unit: str) -> Block:
    """*block* with every paragraph, list item, action and task naming *unit* first, in bold
    ("**Sở Tư pháp:** Tổ chức 12 hội nghị..."); the facts of actions and tasks are unchanged."""
    if isinstance(block, Paragraph):
        return _named(block, unit)
    if isinstance(block, BulletList):
        return attrs.evolve(block, items=tuple(_named(item, unit) for item in block.items))
    if isinstance(block, ActionList):
        actions: tuple[Action, ...] = tuple(
            _with_text(a, _named(a.text, unit)) for a in block.actions
        )
        return attrs.evolve(block, actions=actions)
    if isinstance(block, TaskList):
        tasks: tuple[Task, ...] = tuple(_with_text(t, _named(t.text, unit)) for t in block.tasks)
        return attrs.evolve(block, tasks=tasks)
    if isinstance(block, Table):
        caption = f"{unit}: {block.caption}" if block.caption else unit
        return attrs.evolve(block, caption=caption)
    return block  # a block type this module does not know is carried as the unit wrote it


def merge_sections(
    nodes: list[Node],
    sections: tuple[Section, ...],
    *,
    unit: str,
    source: str,
    prefix: str,
    first: bool,
) -> None:
    """Merge one unit's *sections* (at *prefix*, ``"sections"`` or ``"sections[0].sections"``)
    into *nodes*, the compiled headings at that level; headings that match none are inserted
    before the heading that the unit's next matched heading joined, so that the units' order
    of headings is kept."""
    free = list(nodes)
    matched: list[tuple[Node, str] | None] = []
    for position, section in enumerate(sections, start=1):
        key = heading_key(section.title)
        found = (
            None
            if first
            else match_heading(key, position, [(node.key, nodes.index(node) + 1) for node in free])
        )
        if found is None:
            matched.append(None)
        else:
            node = free.pop(found[0])
            matched.append((node, found[1]))
    for index, section in enumerate(sections):
        origin = Origin(unit=unit, source=source, location=f"{prefix}[{index}]")
        entry = matched[index]
        if entry is None:
            node = Node(title=section.title, key=heading_key(section.title))
            following = next((m[0] for m in matched[index + 1 :] if m is not None), None)
            nodes.insert(nodes.index(following) if following is not None else len(nodes), node)
            how = "first" if first else "unmatched"
        else:
            node, how = entry
        match = HeadingMatch(
            origin=origin,
            title=section.title,
            merged_title=node.title,
            location="",  # known once the tree is final
            how=how,  # type: ignore[arg-type]
        )
        node.matches.append(match)
        for number, block in enumerate(section.blocks):
            where = Origin(unit=unit, source=source, location=f"{origin.location}.blocks[{number}]")
            node.blocks.append(
                Contribution(block=name_unit(block, unit), origin=where, source_block=block)
            )
        merge_sections(
            node.children,
            section.sections,
            unit=unit,
            source=source,
            prefix=f"{origin.location}.sections",
            first=first,
        )


def walk(nodes: list[Node], prefix: str = "sections") -> Iterator[tuple[str, Node]]:
    """Every node with its location in the compiled report, depth first."""
    for index, node in enumerate(nodes):
        here = f"{prefix}[{index}]"
        yield here, node
        yield from walk(node.children, f"{here}.sections")
