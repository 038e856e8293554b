"""What the geometry stage produces: a document laid out on pages, for the paged formats.

A :class:`DocumentPlan` holds the page set-up (the :class:`~directive_report.layout.LayoutProfile`),
the named paragraph and character styles, and the blocks in reading order: paragraphs in a
:class:`~directive_report.layout.roles.Role`, rules of computed length, and borderless tables
with fixed column widths.  The DOCX and ODT exporters map each of these to their format.

Text in the ``runs`` of a :class:`StyledParagraph` is NFC; a ``"\\n"`` inside a run is a line break.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from typing import TypeAlias

import attrs

from directive_report.layout.content_types import grid_slots
from directive_report.layout.profile import LayoutProfile
from directive_report.layout.roles import CharacterRole, Role
from directive_report.model import Run

__all__ = [
    "Align",
    "Cell",
    "CharacterStyle",
    "DocumentPlan",
    "GridCell",
    "GridTable",
    "LayoutBlock",
    "PageStart",
    "ParagraphStyle",
    "Rule",
    "StyledParagraph",
    "Table",
]


class Align(enum.Enum):
    """Paragraph alignment."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@attrs.frozen(kw_only=True)
class ParagraphStyle:
    """The formatting of one :class:`Role`.

    Sizes and spacing in points, indents in millimetres.  ``line_spacing`` is a multiple of single
    spacing, unless ``exact_line_height`` (points) is set.  ``border_top`` is the weight in points
    of a rule drawn along the top of the paragraph.
    """

    role: Role
    size: float
    bold: bool = False
    italic: bool = False
    align: Align = Align.LEFT
    left_indent: float = 0.0
    first_line_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    line_spacing: float = 1.0
    exact_line_height: float | None = None
    keep_with_next: bool = False
    border_top: float | None = None

    @property
    def name(self) -> str:
        """The style's display name: ``"NĐ30 Body"``."""
        return self.role.value


@attrs.frozen(kw_only=True)
class CharacterStyle:
    """The formatting of one :class:`CharacterRole`."""

    role: CharacterRole
    bold: bool = False
    italic: bool = False

    @property
    def name(self) -> str:
        """The style's display name: ``"NĐ30 Emphasis"``."""
        return self.role.value


@attrs.frozen(kw_only=True)
class StyledParagraph:
    """A paragraph of text in a role.  ``keep_with_next`` adds keep-with-next to the style's."""

    role: Role
    runs: tuple[Run, ...]
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        """The paragraph's text without emphasis."""
        return "".join(run.text for run in self.runs)


@attrs.frozen(kw_only=True)
class Rule:
    """A horizontal rule ``width`` mm long, centred in its container by equal side indents.

    It is drawn as the top border of an empty paragraph in the role ``role`` whose left and right
    indents are both ``indent``.
    """

    width: float
    indent: float
    role: Role = Role.RULE


@attrs.frozen(kw_only=True)
class Cell:
    """One cell of a layout table: its width and its paragraphs and rules, top to bottom."""

    width: float
    content: tuple[StyledParagraph | Rule, ...]


@attrs.frozen(kw_only=True)
class Table:
    """A borderless table with fixed column widths and zero side padding.

    ``space_before`` (points) is padding above the first row; ``keep_together`` asks that no row
    is split across pages and that the table stays on the page of the paragraph before it.
    """

    name: str
    rows: tuple[tuple[Cell, ...], ...]
    space_before: float = 0.0
    keep_together: bool = False

    @property
    def column_widths(self) -> tuple[float, ...]:
        """Width of each column in mm."""
        return tuple(cell.width for cell in self.rows[0])


@attrs.frozen(kw_only=True)
class GridCell:
    """A cell at grid ``column`` (0-based) spanning ``colspan`` columns and ``rowspan`` rows."""

    column: int
    content: tuple[StyledParagraph, ...]
    colspan: int = 1
    rowspan: int = 1


@attrs.frozen(kw_only=True)
class GridTable:
    """A data table laid out: ``widths`` of the columns in mm, ``header`` rows (repeated on every
    page), body ``rows`` (the totals row last), borders ``border`` points wide and ``padding`` mm
    between a cell's border and its text, on each side."""

    widths: tuple[float, ...]
    header: tuple[tuple[GridCell, ...], ...]
    rows: tuple[tuple[GridCell, ...], ...]
    border: float = 0.5
    padding: float = 1.0

    def slots(
        self, rows: tuple[tuple[GridCell, ...], ...]
    ) -> Iterator[tuple[tuple[GridCell, bool], ...]]:
        """The grid positions of each row of *rows* (see
        :func:`~directive_report.layout.content_types.grid_slots`)."""
        return grid_slots(rows)


@attrs.frozen(kw_only=True)
class PageStart:
    """A new page section: ``landscape`` or portrait, page numbers from 1 (none on its first
    page, as on the document's own first page)."""

    landscape: bool = False


#: What a document's body is made of, in reading order.
LayoutBlock: TypeAlias = StyledParagraph | Rule | Table | GridTable | PageStart


@attrs.frozen(kw_only=True)
class DocumentPlan:
    """A report laid out: page set-up (``profile``), styles and blocks in reading order.

    A :class:`PageStart` begins each part printed after the signature (an appendix, the
    document a decision issues): a new page, its own page numbering, its own orientation.

    ``header`` and ``footer`` are the header table (ô 1–4) and the Nơi nhận / signature table,
    also found at the start and the end of ``blocks``.  Page numbers (role
    :attr:`Role.PAGE_NUMBER`) are printed top centre on every page but the first.

    ``first_page_footer`` is what the foot of the document's page 1, and of no other page,
    prints: empty, or ô 13 (the issuer's address, telephone, e-mail, website) under a rule as
    wide as the text area (Nghị định 30/2020/NĐ-CP, Phụ lục I, III.4).
    """

    profile: LayoutProfile
    styles: Mapping[Role, ParagraphStyle]
    character_styles: Mapping[CharacterRole, CharacterStyle]
    blocks: tuple[LayoutBlock, ...]
    first_page_footer: tuple[StyledParagraph | Rule, ...] = ()

    @property
    def header(self) -> Table:
        """The header table."""
        first = self.blocks[0]
        assert isinstance(first, Table)
        return first

    @property
    def footer(self) -> Table:
        """The Nơi nhận / signature table."""
        last = self.blocks[-1]
        assert isinstance(last, Table)
        return last

    def paragraphs(self) -> Iterator[StyledParagraph]:
        """Every paragraph of text, tables included, in reading order."""
        for block in self.blocks:
            if isinstance(block, StyledParagraph):
                yield block
            elif isinstance(block, Table):
                for row in block.rows:
                    for cell in row:
                        yield from (p for p in cell.content if isinstance(p, StyledParagraph))
            elif isinstance(block, GridTable):
                for grid_row in (*block.header, *block.rows):
                    for grid_cell in grid_row:
                        yield from grid_cell.content
