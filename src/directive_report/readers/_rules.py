"""Horizontal rules found in a paragraph's formatting or text (private, shared by the readers).

Producers draw the rules of the header in four ways; each gives a
:class:`~directive_report.readers.facts.RuleFacts` placed in reading order:

* a top border (placed before the paragraph) or a bottom border (after it), as long as the
  paragraph's text area: the container width less both indents;
* a paragraph of underscores, as long as the underscores set in their font;
* a whole line of underlined text, as long as that text;
* a drawn line shape (the readers measure those themselves).

Widths of text come from the Times New Roman metrics of :mod:`directive_report.layout.metrics`.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from directive_report.readers.facts import (
    Align,
    BlockFacts,
    ParagraphFacts,
    RuleFacts,
    RuleKind,
    RunFacts,
)

__all__ = ["DEFAULT_SIZE", "merge_runs", "placed_rule_offset", "with_rules"]

#: A line drawn in a paragraph: its length in mm, and its offset in mm when the file places it.
Shape = tuple[float, float | None]

#: The size assumed for text whose size the file does not give, in points.
DEFAULT_SIZE: Final = 13.0

_UNDERSCORES: Final = re.compile(r"^\s*_{3,}\s*$")


def _run_width(run: RunFacts) -> float:
    from directive_report.layout.metrics import text_width_mm

    return text_width_mm(
        run.text.replace("\t", " "),
        run.size or DEFAULT_SIZE,
        bold=bool(run.bold),
        italic=bool(run.italic),
    )


def merge_runs(runs: list[RunFacts]) -> list[RunFacts]:
    """*runs* with neighbours of identical formatting joined and empty runs dropped."""
    merged: list[RunFacts] = []
    for run in runs:
        if not run.text:
            continue
        if merged and attrs.evolve(merged[-1], text="") == attrs.evolve(run, text=""):
            merged[-1] = attrs.evolve(merged[-1], text=merged[-1].text + run.text)
        else:
            merged.append(run)
    return merged


def placed_rule_offset(paragraph: ParagraphFacts, length: float) -> float:
    """Where a line *length* mm long starts in *paragraph*'s container, from its alignment."""
    width = paragraph.width or 0.0
    left = paragraph.left_indent or 0.0
    right = paragraph.right_indent or 0.0
    if paragraph.align is Align.CENTER:
        return left + (width - left - right - length) / 2
    if paragraph.align is Align.RIGHT:
        return width - right - length
    return left + (paragraph.first_line_indent or 0.0)


def _border_rule(paragraph: ParagraphFacts, weight: float, where: str) -> RuleFacts:
    width = paragraph.width or 0.0
    left = paragraph.left_indent or 0.0
    right = paragraph.right_indent or 0.0
    return RuleFacts(
        location=f"{paragraph.location} ({where} border)",
        kind=RuleKind.BORDER,
        length=max(width - left - right, 0.0),
        offset=left,
        container_width=paragraph.width,
        weight=weight,
    )


def _inked_width(runs: tuple[RunFacts, ...]) -> float:
    """The width of *runs* without the white space at either end of the line."""
    kept = [run for run in runs if run.text]
    while kept and not kept[0].text.strip():
        kept.pop(0)
    while kept and not kept[-1].text.strip():
        kept.pop()
    if not kept:
        return 0.0
    kept[0] = attrs.evolve(kept[0], text=kept[0].text.lstrip())
    kept[-1] = attrs.evolve(kept[-1], text=kept[-1].text.rstrip())
    return sum(_run_width(run) for run in kept)


def _text_rule(paragraph: ParagraphFacts, kind: RuleKind) -> RuleFacts:
    length = _inked_width(paragraph.runs)
    return RuleFacts(
        location=paragraph.location,
        kind=kind,
        length=length,
        offset=placed_rule_offset(paragraph, length),
        container_width=paragraph.width,
    )


def _underlined_line(paragraph: ParagraphFacts) -> bool:
    inked = [run for run in paragraph.runs if run.text.strip()]
    if not inked or "\n" in paragraph.text.strip():
        return False
    return all(run.underline for run in inked)


def with_rules(paragraph: ParagraphFacts, shapes: list[Shape] | None = None) -> list[BlockFacts]:
    """*paragraph* with the rules it draws, in reading order, the drawn line *shapes* last.  A
    paragraph that only draws rules (empty with a border or a line, or underscores) is replaced
    by them."""
    text = paragraph.text
    empty = not text.strip() and not paragraph.label
    if _UNDERSCORES.match(text) and not paragraph.label:
        return [_text_rule(paragraph, RuleKind.UNDERSCORES)]
    blocks: list[BlockFacts] = []
    if paragraph.border_top is not None:
        blocks.append(_border_rule(paragraph, paragraph.border_top.width, "top"))
    draws_only_rules = empty and (blocks or paragraph.border_bottom is not None)
    if not draws_only_rules:
        blocks.append(paragraph)
    if not empty and _underlined_line(paragraph):
        blocks.append(_text_rule(paragraph, RuleKind.UNDERLINE))
    if paragraph.border_bottom is not None:
        blocks.append(_border_rule(paragraph, paragraph.border_bottom.width, "bottom"))
    for length, offset in shapes or ():
        blocks.append(
            RuleFacts(
                location=f"{paragraph.location} (drawn line)",
                kind=RuleKind.SHAPE,
                length=length,
                offset=placed_rule_offset(paragraph, length) if offset is None else offset,
                container_width=paragraph.width,
            )
        )
    if shapes and empty:
        blocks = [block for block in blocks if block is not paragraph]
    return blocks
