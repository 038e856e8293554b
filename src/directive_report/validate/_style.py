"""Small tests of a paragraph's look shared by the page rules (private)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from directive_report._text import vi_upper
from directive_report.layout.metrics import text_width_mm
from directive_report.readers.facts import ParagraphFacts, RuleFacts

if TYPE_CHECKING:
    from directive_report.checks import Finding
    from directive_report.validate.rules import Rule

__all__ = [
    "TOLERANCE_PT",
    "excerpt",
    "is_upper",
    "line_width",
    "rule_ratio",
    "size_in",
    "style_findings",
]

#: Sizes are compared with this slack (files store half points; converters round).
TOLERANCE_PT = 0.05


def excerpt(paragraph: ParagraphFacts, length: int = 40) -> str:
    """The start of the paragraph's text, for a message."""
    text = " ".join(paragraph.visible_text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def size_in(paragraph: ParagraphFacts, low: float, high: float) -> bool:
    """Whether the paragraph's size is known and between *low* and *high* points."""
    size = paragraph.size
    return size is None or low - TOLERANCE_PT <= size <= high + TOLERANCE_PT


def is_upper(paragraph: ParagraphFacts) -> bool:
    """Whether the text is in capitals (typed so, or set in capitals by formatting); words
    with digits or a slash (document symbols such as 21/CT-TTg) keep their case."""
    words = [w for w in paragraph.text.split() if not re.search(r"[\d/]", w)]  # 21/CT-TTg
    text = " ".join(words)
    return text == vi_upper(text) or all(run.caps for run in paragraph.runs if run.text.strip())


def style_findings(
    rule: Rule,
    paragraph: ParagraphFacts,
    *,
    part: str,
    sizes: tuple[float, float],
    bold: bool | None = None,
    italic: bool | None = None,
    upper: bool | None = None,
) -> Iterator[Finding]:
    """A finding of *rule* for each way the paragraph's size, weight, slant or case is not the
    one the decree gives *part* (a message id such as ``N_("the motto")``)."""
    from directive_report.i18n import N_, translator

    where = paragraph.location
    fields = {
        "part": part,
        "part_vi": translator("vi")(part),
        "text": excerpt(paragraph),
        "low": f"{sizes[0]:g}",
        "high": f"{sizes[1]:g}",
    }
    size = paragraph.size
    if not size_in(paragraph, *sizes):
        message = (
            N_("{part} '{text}' is set in {size} pt, expected {low} pt")
            if sizes[0] == sizes[1]
            else N_("{part} '{text}' is set in {size} pt, expected {low}–{high} pt")
        )
        yield rule.finding(where, message, size=f"{size:g}", **fields)
    if bold is not None and paragraph.bold is not None and paragraph.bold != bold:
        message = (
            N_("{part} '{text}' should be bold")
            if bold
            else N_("{part} '{text}' should not be bold")
        )
        yield rule.finding(where, message, **fields)
    if italic is not None and paragraph.italic is not None and paragraph.italic != italic:
        message = (
            N_("{part} '{text}' should be italic")
            if italic
            else N_("{part} '{text}' should be upright")
        )
        yield rule.finding(where, message, **fields)
    if upper is not None and is_upper(paragraph) != upper:
        message = (
            N_("{part} '{text}' should be in capitals")
            if upper
            else N_("{part} '{text}' should not be in capitals")
        )
        yield rule.finding(where, message, **fields)


def line_width(paragraph: ParagraphFacts) -> float | None:
    """The width in mm of the paragraph's longest line as set (font metrics of Times New
    Roman, the paragraph's size and weight; a line too long for its container wraps, so the
    container's width bounds it); ``None`` without a size."""
    size = paragraph.size
    if size is None:
        return None
    bold = bool(paragraph.bold)
    italic = bool(paragraph.italic)
    widest = max(
        text_width_mm(line.strip(), size, bold=bold, italic=italic)
        for line in paragraph.visible_text.split("\n")
    )
    if paragraph.width is None:
        return widest
    room = paragraph.width - (paragraph.left_indent or 0) - (paragraph.right_indent or 0)
    return min(widest, room)  # a longer line wraps: the widest line fills the room


def rule_ratio(rule: RuleFacts, width: float) -> float:
    """The rule's length as a share of *width*."""
    return rule.length / width if width else 0.0
