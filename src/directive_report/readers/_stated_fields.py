"""A built report's tasks and actions given the fields their text states (private).

After the body is built (:mod:`directive_report.readers._body_blocks`), each body of the report
— its own, an attached document's, an appendix's — is gone through once:

* a list followed by the line this library prints under a task ("Đơn vị thực hiện: …; thời
  hạn: ngày …", :func:`~directive_report.readers._assignments.layout_details`) is a task list,
  its last item the task the line belongs to; lists and lines that follow one another make one
  task list, as they were printed;
* numbered headings under a section, each holding nothing but such a line or nothing at all,
  are numbered tasks (the layout numbers tasks as the level below their section: "1." under
  "III.");
* a task without an assignee, a deadline or a source gets the ones its words state
  (:func:`~directive_report.readers._assignments.assignee_in`, ``deadline_in``; its source is
  the provision of the report's directive it cites, ``provision_in``);
* an action gets the actors, partners, date or period its sentence states
  (:mod:`directive_report.readers._actors`), and in a báo cáo a ``-`` list one of whose items
  names its actor ("UBND tỉnh đã ban hành …") is a list of actions.

Nothing is moved out of its place or dropped: a line is taken into a task only when printing
the task again gives the same line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from directive_report.model import (
    TEMPLATES,
    Action,
    ActionList,
    Block,
    BulletList,
    Citation,
    Paragraph,
    Report,
    Section,
    Task,
    TaskKind,
    TaskList,
    template_for,
)
from directive_report.readers._actors import actors_in, with_stated_facts
from directive_report.readers._assignments import (
    assignee_in,
    deadline_in,
    layout_details,
    provision_in,
)
from directive_report.readers._body_blocks import task_kind

__all__ = ["with_stated_fields"]

_REPORT_TYPE: Final = "Báo cáo"


@attrs.frozen
class _Context:
    levels: int  # how many levels of headings the template numbers
    reports_actions: bool  # a báo cáo: its "-" lists may be lists of actions
    directive: Citation | None = None  # the document implemented: its provisions are sources


def with_stated_fields(report: Report) -> Report:
    """*report* with its tasks and actions given what their text states (see the module)."""
    cited = report.directive.citation if report.directive else None
    own = _Context(len(report.template.levels), report.doc_type.name == _REPORT_TYPE, cited)
    intro, sections, closing = _body(report.intro, report.sections, report.closing, own)
    attachments = []
    for attachment in report.attachments:
        context = _Context(len(template_for(attachment.doc_type).levels), False, cited)
        a_intro, a_sections, a_closing = _body(
            attachment.intro, attachment.sections, attachment.closing, context
        )
        attachments.append(
            attrs.evolve(attachment, intro=a_intro, sections=a_sections, closing=a_closing)
        )
    appendix_context = _Context(len(TEMPLATES["2.1"].levels), own.reports_actions, cited)
    appendices = []
    for appendix in report.appendices:
        blocks, a_sections, _ = _body(appendix.blocks, appendix.sections, (), appendix_context)
        appendices.append(attrs.evolve(appendix, blocks=blocks, sections=a_sections))
    return attrs.evolve(
        report,
        intro=intro,
        sections=sections,
        closing=closing,
        attachments=attachments,
        appendices=appendices,
    )


def _body(
    intro: Sequence[Block],
    sections: Sequence[Section],
    closing: Sequence[Block],
    context: _Context,
) -> tuple[tuple[Block, ...], tuple[Section, ...], tuple[Block, ...]]:
    return (
        _blocks(intro, "", 0, context),
        tuple(_section(section, 1, context) for section in sections),
        _blocks(closing, "", 0, context),
    )


def _section(section: Section, depth: int, context: _Context) -> Section:
    subsections = tuple(_section(sub, depth + 1, context) for sub in section.sections)
    blocks = list(section.blocks)
    tasks = _heading_tasks(subsections, section.title)
    if tasks is not None:
        blocks.append(TaskList(tasks=tasks))
        subsections = ()
    return attrs.evolve(
        section,
        blocks=_blocks(blocks, section.title, depth, context),
        sections=subsections,
    )


def _heading_tasks(sections: Sequence[Section], parent_title: str) -> list[Task] | None:
    """Tasks, when every one of *sections* is a heading with nothing under it but the line the
    layout prints under a task (at least one has that line)."""
    tasks: list[Task] = []
    for section in sections:
        details = None
        if section.sections or len(section.blocks) > 1:
            return None
        if section.blocks:
            block = section.blocks[0]
            details = layout_details(block.text) if isinstance(block, Paragraph) else None
            if details is None:
                return None
        assignee, deadline = details or (None, None)
        tasks.append(
            Task(
                text=section.title,
                kind=task_kind(parent_title),
                assignee=assignee,
                deadline=deadline,
            )
        )
    if not any(task.assignee or task.deadline for task in tasks):
        return None
    return tasks


def _printed_as_tasks(block: Block) -> bool:
    """Whether *block* is a list its tasks could have been printed as (tasks print no "+")."""
    return isinstance(block, TaskList) or (
        isinstance(block, BulletList | ActionList) and block.marker == "-"
    )


def _tasks_of(block: Block, kind_title: str) -> list[Task]:
    if isinstance(block, TaskList):
        return list(block.tasks)
    if isinstance(block, ActionList):
        paragraphs = [action.text for action in block.actions]
    else:
        assert isinstance(block, BulletList)
        paragraphs = list(block.items)
    return [Task(text=p, kind=task_kind(kind_title)) for p in paragraphs]


def _blocks(
    blocks: Sequence[Block], title: str, depth: int, context: _Context
) -> tuple[Block, ...]:
    """*blocks* of a section titled *title* at *depth* (0 outside any section) with the task
    lines taken into their tasks and the stated fields filled in."""
    out: list[Block] = []
    made: set[int] = set()  # indices in *out* of task lists made here from printed lines
    for block in blocks:
        details = layout_details(block.text) if isinstance(block, Paragraph) else None
        if details is not None and out and _printed_as_tasks(out[-1]):
            listed = out.pop()
            # a "-" list is numbered where the layout numbers tasks with "-" too (past the
            # template's last level), so that it prints again as it was printed
            numbered = listed.numbered if isinstance(listed, TaskList) else depth >= context.levels
            tasks = _tasks_of(listed, title)
            assignee, deadline = details
            tasks[-1] = attrs.evolve(tasks[-1], assignee=assignee, deadline=deadline)
            before = out[-1] if out else None
            if len(out) - 1 in made and isinstance(before, TaskList):
                tasks = [*before.tasks, *tasks]
                out.pop()
            out.append(TaskList(tasks=tasks, numbered=numbered))
            made.add(len(out) - 1)
            continue
        out.append(block)
    return tuple(_filled(block, title, context) for block in out)


def _filled(block: Block, title: str, context: _Context) -> Block:
    if isinstance(block, TaskList):
        return attrs.evolve(block, tasks=[_task(task, context) for task in block.tasks])
    if isinstance(block, ActionList):
        return attrs.evolve(block, actions=[with_stated_facts(a) for a in block.actions])
    if (
        isinstance(block, BulletList)
        and context.reports_actions
        and task_kind(title) is TaskKind.ASSIGNED
        and any(actors_in(item.text) for item in block.items)
    ):
        actions = [with_stated_facts(Action(text=item)) for item in block.items]
        return ActionList(actions=actions, marker=block.marker)
    return block


def _task(task: Task, context: _Context) -> Task:
    text = task.text.text
    if task.source is None:
        task = attrs.evolve(task, source=provision_in(text, context.directive))
    if task.assignee is None:
        task = attrs.evolve(task, assignee=assignee_in(text))
    if task.deadline is None:
        task = attrs.evolve(task, deadline=deadline_in(text))
    return task
