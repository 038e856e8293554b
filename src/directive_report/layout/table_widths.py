"""Column widths of a data table from its content, within the text width (geometry stage).

Each column needs at least its longest word (a word is never broken) and would like its longest
line on one line; the widths are found as a browser lays out an automatic table:

* when every column's longest line fits, the columns get that, and the room left over is shared
  in proportion to it, so that the table spans the text width;
* otherwise each column gets its longest word, and the room left is shared in proportion to how
  much more each column would like;
* a merged cell spanning several columns widens them, in proportion, when it needs more than
  they give.

Widths are measured from font metrics (:func:`~directive_report.layout.metrics.text_width_mm`),
plus the cell's side padding.

>>> widths = column_widths(
...     [ColumnText(words=2.0, line=5.0), ColumnText(words=20.0, line=60.0)], 100.0, padding=2.0
... )
>>> [round(w, 1) for w in widths]
[10.1, 89.9]
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from directive_report.layout.metrics import text_width_mm

__all__ = ["ColumnText", "SpanText", "column_widths", "measure"]


@attrs.frozen(kw_only=True)
class ColumnText:
    """What a column's own cells need, in mm without padding: ``words`` is the widest word,
    ``line`` the widest text set on one line."""

    words: float = 0.0
    line: float = 0.0

    def widen(self, words: float, line: float) -> ColumnText:
        """The needs of the column with one more cell's."""
        return ColumnText(words=max(self.words, words), line=max(self.line, line))


@attrs.frozen(kw_only=True)
class SpanText:
    """A merged cell over columns ``first`` to ``first + count - 1`` and its widest word."""

    first: int
    count: int
    words: float


def measure(text: str, size: float, *, bold: bool = False) -> tuple[float, float]:
    """The widest word and the widest line of *text* (lines split at ``"\\n"``), in mm."""
    lines = text.split("\n")
    line = max(text_width_mm(part, size, bold=bold) for part in lines)
    words = max(
        (text_width_mm(word, size, bold=bold) for part in lines for word in part.split()),
        default=0.0,
    )
    return words, line


def column_widths(
    columns: Sequence[ColumnText],
    available: float,
    *,
    padding: float,
    spans: Sequence[SpanText] = (),
) -> tuple[float, ...]:
    """The width of each column in mm, summing to *available* (see the module's docstring).

    *padding* is the room a cell takes besides its text (both sides together).
    """
    minimum = [column.words + padding for column in columns]
    wanted = [max(column.line + padding, low) for column, low in zip(columns, minimum, strict=True)]
    for span in spans:  # a merged cell's word must fit the columns it covers
        covered = range(span.first, span.first + span.count)
        need = span.words + padding
        have = sum(minimum[c] for c in covered)
        if need > have:
            for c in covered:
                minimum[c] += (need - have) * minimum[c] / have
                wanted[c] = max(wanted[c], minimum[c])
    if sum(wanted) <= available:
        total = sum(wanted)
        return tuple(w * available / total for w in wanted)
    if sum(minimum) >= available:  # not even the words fit: narrow every column alike
        total = sum(minimum)
        return tuple(m * available / total for m in minimum)
    room = available - sum(minimum)
    extra = [w - m for w, m in zip(wanted, minimum, strict=True)]
    total_extra = sum(extra)
    return tuple(m + room * e / total_extra for m, e in zip(minimum, extra, strict=True))
