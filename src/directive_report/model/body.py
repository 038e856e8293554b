"""The body of a report: facts about actions, tasks, lists, sections, and the walk over them.

A report's body is its ``intro`` blocks, its numbered ``sections`` (each with blocks and
subsections) and its ``closing`` blocks.  :func:`walk_body` visits all of it in reading order;
the report's own methods, the checks and the layout all walk the body with it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, TypeAlias

import attrs

from directive_report import i18n
from directive_report._text import nfc, nfc_optional, nfc_tuple
from directive_report.model._validation import each_non_empty, fail, non_empty, optional_non_empty
from directive_report.model.citation import Citation, Pinpoint
from directive_report.model.table import Table, TablePart
from directive_report.model.text import Paragraph, as_paragraph

__all__ = [
    "Action",
    "ActionList",
    "Block",
    "BodyEntry",
    "BulletList",
    "Money",
    "Period",
    "Quantity",
    "Section",
    "Task",
    "TaskKind",
    "TaskList",
    "block_paragraphs",
    "walk_body",
]


def _tuple_of_paragraphs(items: Iterable[Paragraph | str]) -> tuple[Paragraph, ...]:
    return tuple(as_paragraph(item) for item in items)


# Typed converters (mypy cannot type a generic converter such as ``tuple`` on an attrs field).
def _quantities(items: Iterable[Quantity]) -> tuple[Quantity, ...]:
    return tuple(items)


def _amounts(items: Iterable[Money]) -> tuple[Money, ...]:
    return tuple(items)


def _citations(items: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(items)


def _tasks(items: Iterable[Task]) -> tuple[Task, ...]:
    return tuple(items)


def _actions(items: Iterable[Action]) -> tuple[Action, ...]:
    return tuple(items)


def as_sections(items: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(items)


# --------------------------------------------------------------------------------------------
# Facts about actions


@attrs.frozen(kw_only=True)
class Period:
    """A span of days, both ends included."""

    start: dt.date
    end: dt.date

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            fail(
                self,
                "end",
                i18n._("ends ({end}) before it starts ({start})").format(
                    end=self.end, start=self.start
                ),
                self.end,
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


Number: TypeAlias = int | Decimal


def _check_number(instance: object, attribute: attrs.Attribute[Any], value: Number) -> None:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        fail(
            instance,
            attribute,
            i18n._("expected a whole number or Decimal, got {value!r}").format(value=value),
            value,
        )
    elif isinstance(value, Decimal) and not value.is_finite():
        fail(
            instance, attribute, i18n._("must be finite, got {value!r}").format(value=value), value
        )


@attrs.frozen(kw_only=True)
class Quantity:
    """A counted quantity with its unit: ``Quantity(value=185, unit="số thuê bao")``."""

    value: Number = attrs.field(validator=_check_number)
    unit: str = attrs.field(converter=nfc, validator=non_empty)


@attrs.frozen(kw_only=True)
class Money:
    """An amount of money, in đồng unless said otherwise: ``Money(amount=50_000_000)``."""

    amount: Number = attrs.field(validator=_check_number)
    currency: str = attrs.field(default="đồng", converter=nfc, validator=non_empty)


@attrs.frozen(kw_only=True)
class Action:
    """Something done in the period: its sentence, and the facts in it as data.

    ``text`` is the sentence as the report prints it; ``date`` or ``period`` when it happened;
    ``actors`` who did it, ``partners`` with whom; ``quantities`` (185 số thuê bao), ``amounts``
    (50 triệu đồng) and the ``citations`` it rests on.
    """

    text: Paragraph = attrs.field(converter=as_paragraph)
    date: dt.date | None = None
    period: Period | None = None
    actors: tuple[str, ...] = attrs.field(default=(), converter=nfc_tuple, validator=each_non_empty)
    partners: tuple[str, ...] = attrs.field(
        default=(), converter=nfc_tuple, validator=each_non_empty
    )
    quantities: tuple[Quantity, ...] = attrs.field(default=(), converter=_quantities)
    amounts: tuple[Money, ...] = attrs.field(default=(), converter=_amounts)
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)

    def __attrs_post_init__(self) -> None:
        if self.date is not None and self.period is not None:
            fail(self, "period", i18n._("give either a date or a period, not both"), self.period)


# --------------------------------------------------------------------------------------------
# Tasks and directives


class TaskKind(enum.Enum):
    """Where a task comes from."""

    ASSIGNED = "assigned"  #: a duty the directive assigns
    FORWARD = "forward"  #: a task set for the coming period (Phương hướng, nhiệm vụ)


@attrs.frozen(kw_only=True)
class Task:
    """A duty: assigned by a directive, or planned for the next period.

    ``source`` is the directive's provision that assigns it (``khoản 3``), ``assignee`` who must
    do it, ``deadline`` when it is due.
    """

    text: Paragraph = attrs.field(converter=as_paragraph)
    kind: TaskKind = TaskKind.ASSIGNED
    assignee: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=optional_non_empty
    )
    source: Pinpoint | None = None
    deadline: dt.date | None = None


# --------------------------------------------------------------------------------------------
# Body blocks and sections


@attrs.frozen(kw_only=True)
class BulletList:
    """A list of paragraphs, each printed after a literal marker (``-`` by default, ``+`` deeper)."""

    items: tuple[Paragraph, ...] = attrs.field(converter=_tuple_of_paragraphs)
    marker: str = attrs.field(default="-", validator=attrs.validators.in_(("-", "+", "•")))

    def __attrs_post_init__(self) -> None:
        if not self.items:
            fail(self, "items", i18n._("a list needs at least one item"), self.items)


@attrs.frozen(kw_only=True)
class ActionList:
    """Actions printed as a ``-`` list (the items of section I.3 of the seed report)."""

    actions: tuple[Action, ...] = attrs.field(converter=_actions)
    marker: str = attrs.field(default="-", validator=attrs.validators.in_(("-", "+", "•")))

    def __attrs_post_init__(self) -> None:
        if not self.actions:
            fail(self, "actions", i18n._("a list needs at least one action"), self.actions)


@attrs.frozen(kw_only=True)
class TaskList:
    """Tasks printed as numbered items, one level below their section (``1.`` under ``I.``,
    ``a)`` under ``1.``, ``-`` under ``a)``), or all with ``-`` when not ``numbered``; a task's
    assignee and deadline are printed under it (``Đơn vị thực hiện: ...; thời hạn: ...``)."""

    tasks: tuple[Task, ...] = attrs.field(converter=_tasks)
    numbered: bool = True

    def __attrs_post_init__(self) -> None:
        if not self.tasks:
            fail(self, "tasks", i18n._("a list needs at least one task"), self.tasks)


#: What a section's body is made of.
Block: TypeAlias = Paragraph | BulletList | ActionList | TaskList | Table


def block_paragraphs(block: Block) -> tuple[Paragraph, ...]:
    """The paragraphs of *block* in reading order: itself, or its items', actions' or tasks' texts."""
    if isinstance(block, Paragraph):
        return (block,)
    if isinstance(block, BulletList):
        return block.items
    if isinstance(block, ActionList):
        return tuple(action.text for action in block.actions)
    if isinstance(block, Table):
        return _table_paragraphs(block)
    return tuple(task.text for task in block.tasks)


def _table_paragraphs(table: Table) -> tuple[Paragraph, ...]:
    """A table's words that are text: caption, text cells in reading order, notes."""
    caption = (Paragraph(runs=table.caption),) if table.caption else ()
    cells = tuple(
        cell.value
        for part in TablePart
        for row in table.placed(part)
        for _, cell in row
        if isinstance(cell.value, Paragraph)
    )
    return caption + cells + table.notes


_BLOCK_TYPES = (Paragraph, BulletList, ActionList, TaskList, Table)


def as_blocks(items: Iterable[Block | str]) -> tuple[Block, ...]:
    return tuple(Paragraph(runs=item) if isinstance(item, str) else item for item in items)


def check_blocks(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[Block, ...]
) -> None:
    for block in value:
        if not isinstance(block, _BLOCK_TYPES):
            fail(
                instance,
                attribute,
                i18n._("expected paragraphs, lists and tables, got {kind}").format(
                    kind=type(block).__name__
                ),
                block,
            )


@attrs.frozen(kw_only=True)
class Section:
    """A numbered heading with its body and subsections.

    Numbers are not stored: they follow from the position (``I.``, ``1.``, ``a)``), see
    :meth:`Report.walk_sections`.  The title is kept exactly as written (a mục title is in
    capitals, but ``CT-TTg`` keeps its case).
    """

    title: str = attrs.field(converter=nfc, validator=non_empty)
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=as_blocks, validator=check_blocks)
    sections: tuple[Section, ...] = attrs.field(default=(), converter=as_sections)


# --------------------------------------------------------------------------------------------
# Walking the body


@attrs.frozen(kw_only=True)
class BodyEntry:
    """One step of :func:`walk_body`: a section (its heading comes here) or a block.

    ``location`` names it as load errors and check findings do (``"intro[0]"``,
    ``"sections[1].sections[0]"``, ``"sections[1].blocks[2]"``, ``"closing[0]"``, after the
    prefix of the part it is in: ``"appendices[0].blocks[1]"``); ``path`` is the position path
    of the section itself, or of the section holding the block (``()`` outside any section).
    """

    location: str
    path: tuple[int, ...]
    item: Section | Block


def walk_body(
    intro: tuple[Block, ...],
    sections: tuple[Section, ...],
    closing: tuple[Block, ...] = (),
    *,
    prefix: str = "",
    intro_key: str = "intro",
) -> Iterator[BodyEntry]:
    """A body in reading order: the *intro* blocks; each section, then its blocks, then its
    subsections, depth first; the *closing* blocks.  Locations start with *prefix*, and the
    intro's blocks are named *intro_key* (an appendix calls them ``"blocks"``)."""
    for index, block in enumerate(intro):
        yield BodyEntry(location=f"{prefix}{intro_key}[{index}]", path=(), item=block)

    def walk(
        sections: tuple[Section, ...], path: tuple[int, ...], where: str
    ) -> Iterator[BodyEntry]:
        for index, section in enumerate(sections):
            here, at = (*path, index + 1), f"{where}[{index}]"
            yield BodyEntry(location=at, path=here, item=section)
            for number, block in enumerate(section.blocks):
                yield BodyEntry(location=f"{at}.blocks[{number}]", path=here, item=block)
            yield from walk(section.sections, here, f"{at}.sections")

    yield from walk(sections, (), f"{prefix}sections")
    for index, block in enumerate(closing):
        yield BodyEntry(location=f"{prefix}closing[{index}]", path=(), item=block)
