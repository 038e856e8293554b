"""The geometry of data tables and of the parts after the signature (geometry stage).

A table's caption and unit line are paragraphs kept with the table; its columns get widths
from their content (:mod:`~directive_report.layout.table_widths`) within the width of the page
it is on (a landscape appendix is wider); its notes follow it.  A part begins with a
:class:`~directive_report.layout.geometry_types.PageStart`, its title lines and a rule under
them, as long as the profile's ratio of the title's widest line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from directive_report.layout.content_types import (
    Line,
    PartContent,
    TableCellContent,
    TableContent,
)
from directive_report.layout.geometry_types import (
    GridCell,
    GridTable,
    LayoutBlock,
    ParagraphStyle,
    Rule,
    StyledParagraph,
)
from directive_report.layout.metrics import text_width_mm
from directive_report.layout.profile import LayoutProfile
from directive_report.layout.roles import Role
from directive_report.layout.table_widths import ColumnText, SpanText, column_widths, measure

__all__ = ["CELL_PADDING", "TABLE_BORDER", "part_title", "part_width", "table_blocks"]

#: Room between a cell's border and its text, on each side, in mm.
CELL_PADDING: Final = 1.0
#: The weight of a table's borders, in points.
TABLE_BORDER: Final = 0.5
#: Room added to every column, in mm, for the borders and for an office suite that sets a line
#: a hair wider than the sum of its advances (a column exactly as wide as "STT" wraps it).
WIDTH_SLACK: Final = 1.0


def part_width(profile: LayoutProfile, landscape: bool) -> float:
    """The text width of a page, turned for *landscape*."""
    page = profile.page_height if landscape else profile.page_width
    return page - profile.margin_left - profile.margin_right


def _styled(line: Line) -> StyledParagraph:
    return StyledParagraph(role=line.role, runs=line.printed_runs())


def table_blocks(
    table: TableContent, width: float, styles: Mapping[Role, ParagraphStyle]
) -> Iterator[LayoutBlock]:
    """The caption and unit line, the table within *width* mm, and its notes."""
    for line in (table.caption, table.unit):
        if line is not None:
            yield _styled(line)
    widths = _widths(table, width, styles)
    yield GridTable(
        widths=widths,
        header=tuple(tuple(_cell(cell) for cell in row) for row in table.header),
        rows=tuple(tuple(_cell(cell) for cell in row) for row in table.rows),
        border=TABLE_BORDER,
        padding=CELL_PADDING,
    )
    yield from (_styled(line) for line in table.notes)


def _cell(cell: TableCellContent) -> GridCell:
    content = (_styled(cell.line),)
    return GridCell(column=cell.column, colspan=cell.colspan, rowspan=cell.rowspan, content=content)


def _widths(
    table: TableContent, width: float, styles: Mapping[Role, ParagraphStyle]
) -> tuple[float, ...]:
    columns = [ColumnText() for _ in range(table.columns)]
    spans: list[SpanText] = []
    for row in (*table.header, *table.rows):
        for cell in row:
            style = styles[cell.line.role]
            bold = style.bold or any(run.bold for run in cell.line.runs)
            words, line = (
                measure(cell.line.text, style.size, bold=bold) if cell.line.runs else (0, 0)
            )
            if cell.colspan == 1:
                columns[cell.column] = columns[cell.column].widen(words, line)
            else:
                spans.append(SpanText(first=cell.column, count=cell.colspan, words=words))
    return column_widths(columns, width, padding=2 * CELL_PADDING + WIDTH_SLACK, spans=spans)


def part_title(
    part: PartContent,
    width: float,
    profile: LayoutProfile,
    styles: Mapping[Role, ParagraphStyle],
) -> Iterator[LayoutBlock]:
    """The part's title lines, and the rule under them."""
    widest = 0.0
    for line in part.title:
        yield _styled(line)
        if line.role is not Role.PART_REFERENCE:
            style = styles[line.role]
            widest = max(widest, text_width_mm(line.text, style.size, bold=style.bold))
    rule = min(widest, width) * profile.summary_rule_ratio
    yield Rule(width=rule, indent=(width - rule) / 2, role=Role.SUMMARY_RULE)
