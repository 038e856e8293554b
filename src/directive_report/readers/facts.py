"""Page facts: what a paged document shows, format-neutrally, as the readers find it.

A reader turns a DOCX, an ODT or a plain-text file into :class:`PageFacts`: the body as blocks in
reading order (:class:`ParagraphFacts`, :class:`RuleFacts`, :class:`TableFacts`), and one
:class:`SectionFacts` per section with its page set-up, headers and footers.  Everything a rule of
Nghị định 30/2020/NĐ-CP speaks about is here, resolved: a paragraph's alignment, indents and
spacing after the style hierarchy and direct formatting are applied; each run's font, size,
bold, italic, underline and caps.  Nothing is left "inherited".

Units are fixed throughout: **font sizes and paragraph spacing in points, lengths (indents,
widths, margins, rules) in millimetres**.

A horizontal rule (the line under the issuer's name, under the Tiêu ngữ, under the trích yếu) is a
:class:`RuleFacts` block wherever and however the producer drew it — a paragraph border, a drawn
line shape, a run of underscores, or the underline of a whole line of text — with its length and
its offset from the left edge of its container (the text area of the page or of the table cell).

Plain text has no formatting: its paragraphs carry ``None`` for everything a text file cannot say.
The types only need attrs, so importing this module is cheap.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import TypeAlias

import attrs

__all__ = [
    "Align",
    "BlockFacts",
    "Border",
    "CellFacts",
    "Orientation",
    "PageFacts",
    "PageSetup",
    "ParagraphFacts",
    "RuleFacts",
    "RuleKind",
    "RunFacts",
    "SectionFacts",
    "SectionStart",
    "TableFacts",
]


class Align(enum.Enum):
    """A paragraph's alignment (OOXML ``both``/``distribute`` and ODF ``justify`` are JUSTIFY)."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


class Orientation(enum.Enum):
    """Page orientation."""

    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class SectionStart(enum.Enum):
    """Where a section starts."""

    NEW_PAGE = "new_page"
    CONTINUOUS = "continuous"
    ODD_PAGE = "odd_page"
    EVEN_PAGE = "even_page"
    NEW_COLUMN = "new_column"


class RuleKind(enum.Enum):
    """How a horizontal rule is drawn."""

    BORDER = "border"  #: a top or bottom paragraph border
    SHAPE = "shape"  #: a drawn line (DrawingML, VML or ``draw:line``)
    UNDERSCORES = "underscores"  #: a paragraph of ``_`` characters
    UNDERLINE = "underline"  #: every character of the line before it is underlined


@attrs.frozen(kw_only=True)
class Border:
    """A paragraph border: ``width`` in points, ``style`` as the file names it (``"single"``,
    ``"solid"``, ``"double"``...), ``colour`` as ``RRGGBB`` hex when given."""

    width: float
    style: str = "single"
    colour: str | None = None


@attrs.frozen(kw_only=True)
class RunFacts:
    """A stretch of text with one formatting, resolved.

    ``font`` is the family name (the Latin slot in DOCX), ``size`` in points; ``caps`` is
    all-capitals *formatting* (``w:caps``, ``fo:text-transform="uppercase"``): the text itself is
    kept as typed.  ``field`` names the field the text is the result of (``"PAGE"``,
    ``"NUMPAGES"``), if any.  A tab is ``"\\t"`` and a line break ``"\\n"`` in ``text``.
    ``None`` means the file does not say (plain text).
    """

    text: str
    font: str | None = None
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    caps: bool | None = None
    colour: str | None = None
    field: str | None = None


@attrs.frozen(kw_only=True)
class ParagraphFacts:
    """A paragraph with its runs and its resolved formatting.

    * ``location``: where it is, for messages (``"paragraph 12"``, ``"table 1, row 1, cell 2,
      paragraph 3"``, ``"line 40"``);
    * ``style``: the paragraph style's display name;
    * ``label``: the text of automatic numbering that precedes the runs (``"I."``, ``"1."``,
      ``"-"``), ``""`` when none;
    * ``left_indent``, ``right_indent``, ``first_line_indent`` (negative: hanging) in mm;
    * ``space_before``, ``space_after`` in points; ``line_spacing`` a multiple of single spacing,
      or ``line_height`` in points when exact or at-least;
    * ``width``: the width in mm of its container's text area (the page's text width, or the
      table cell's width less its padding);
    * ``page_break_before``: a page break precedes it.
    """

    location: str
    runs: tuple[RunFacts, ...]
    style: str | None = None
    label: str = ""
    align: Align | None = None
    left_indent: float | None = None
    right_indent: float | None = None
    first_line_indent: float | None = None
    space_before: float | None = None
    space_after: float | None = None
    line_spacing: float | None = None
    line_height: float | None = None
    border_top: Border | None = None
    border_bottom: Border | None = None
    keep_with_next: bool | None = None
    page_break_before: bool = False
    width: float | None = None

    @property
    def text(self) -> str:
        """The runs' text (without the numbering ``label``)."""
        return "".join(run.text for run in self.runs)

    @property
    def visible_text(self) -> str:
        """The text as printed: the numbering label, a space, then the runs' text."""
        return f"{self.label} {self.text}" if self.label else self.text

    def _inked(self) -> tuple[RunFacts, ...]:
        return tuple(run for run in self.runs if run.text.strip())

    @property
    def size(self) -> float | None:
        """The font size of most of the visible characters, in points."""
        weights: dict[float, int] = {}
        for run in self._inked():
            if run.size is not None:
                weights[run.size] = weights.get(run.size, 0) + len(run.text.strip())
        return max(weights, key=lambda size: weights[size]) if weights else None

    @property
    def bold(self) -> bool | None:
        """Whether every visible character is bold (``None`` for plain text)."""
        return _all(run.bold for run in self._inked())

    @property
    def italic(self) -> bool | None:
        """Whether every visible character is italic (``None`` for plain text)."""
        return _all(run.italic for run in self._inked())

    @property
    def font(self) -> str | None:
        """The font of the first visible run."""
        inked = self._inked()
        return inked[0].font if inked else None


def _all(values: Iterator[bool | None] | tuple[bool | None, ...]) -> bool | None:
    seen = list(values)
    if not seen or any(value is None for value in seen):
        return None
    return all(seen)


@attrs.frozen(kw_only=True)
class RuleFacts:
    """A horizontal rule: ``length`` mm long, starting ``offset`` mm from the left edge of its
    container's text area, which is ``container_width`` mm wide; ``weight`` in points when known.

    A rule centred in its container has ``offset == (container_width - length) / 2``.
    """

    location: str
    kind: RuleKind
    length: float
    offset: float
    container_width: float | None = None
    weight: float | None = None

    @property
    def centre_offset(self) -> float | None:
        """How far in mm the rule's centre lies right of its container's centre."""
        if self.container_width is None:
            return None
        return self.offset + self.length / 2 - self.container_width / 2


@attrs.frozen(kw_only=True)
class CellFacts:
    """A table cell: its blocks top to bottom, its ``width`` in mm, the grid ``column`` it starts
    at (from 0) and how many columns and rows it spans.  Cells hidden by a vertical merge are not
    listed; the merged cell carries the ``row_span``."""

    blocks: tuple[BlockFacts, ...]
    width: float | None = None
    column: int = 0
    column_span: int = 1
    row_span: int = 1

    def paragraphs(self) -> Iterator[ParagraphFacts]:
        """Every paragraph in the cell, nested tables included, in reading order."""
        yield from _paragraphs(self.blocks)

    @property
    def text(self) -> str:
        """The cell's paragraphs' visible text, one line each."""
        return "\n".join(p.visible_text for p in self.paragraphs())


@attrs.frozen(kw_only=True)
class TableFacts:
    """A table: rows of cells, the grid's ``column_widths`` in mm, its left ``indent`` in mm and
    whether any cell ``borders`` are drawn (the NĐ 30 header and signature tables have none)."""

    location: str
    rows: tuple[tuple[CellFacts, ...], ...]
    column_widths: tuple[float, ...] = ()
    indent: float | None = None
    borders: bool | None = None

    def paragraphs(self) -> Iterator[ParagraphFacts]:
        """Every paragraph in the table, row by row, cell by cell."""
        for row in self.rows:
            for cell in row:
                yield from cell.paragraphs()


#: A block of a page, in reading order.
BlockFacts: TypeAlias = ParagraphFacts | RuleFacts | TableFacts


def _paragraphs(blocks: tuple[BlockFacts, ...]) -> Iterator[ParagraphFacts]:
    for block in blocks:
        if isinstance(block, ParagraphFacts):
            yield block
        elif isinstance(block, TableFacts):
            yield from block.paragraphs()


def _mentions_field(blocks: tuple[BlockFacts, ...], field: str) -> bool:
    return any(run.field == field for p in _paragraphs(blocks) for run in p.runs)


@attrs.frozen(kw_only=True)
class PageSetup:
    """Paper size and margins in mm (``header_distance``/``footer_distance``: from the paper's
    edge to the header/footer, when the file says)."""

    width: float
    height: float
    orientation: Orientation
    margin_top: float
    margin_bottom: float
    margin_left: float
    margin_right: float
    header_distance: float | None = None
    footer_distance: float | None = None

    @property
    def text_width(self) -> float:
        """The width of the text area in mm."""
        return self.width - self.margin_left - self.margin_right


@attrs.frozen(kw_only=True)
class SectionFacts:
    """A section: its page set-up, how it starts, and its headers and footers.

    ``first_block`` is the index in the ``blocks`` of :class:`PageFacts` of the section's first block.  The
    ``header``/``footer`` hold the blocks of the default header and footer;
    ``first_page_header``/``first_page_footer`` those of the first page when the section has a
    different first page (``None`` otherwise; an empty tuple is an empty first-page header).
    """

    page: PageSetup | None
    first_block: int = 0
    start: SectionStart = SectionStart.NEW_PAGE
    header: tuple[BlockFacts, ...] = ()
    footer: tuple[BlockFacts, ...] = ()
    first_page_header: tuple[BlockFacts, ...] | None = None
    first_page_footer: tuple[BlockFacts, ...] | None = None

    @property
    def page_number_in_header(self) -> bool:
        """Whether the default header prints the page number (a ``PAGE`` field)."""
        return _mentions_field(self.header, "PAGE")

    @property
    def page_number_in_footer(self) -> bool:
        """Whether the default footer prints the page number."""
        return _mentions_field(self.footer, "PAGE")

    @property
    def page_number_on_first_page(self) -> bool:
        """Whether the first page prints a page number (NĐ 30 wants none there)."""
        if self.first_page_header is None and self.first_page_footer is None:
            return self.page_number_in_header or self.page_number_in_footer
        return _mentions_field(self.first_page_header or (), "PAGE") or _mentions_field(
            self.first_page_footer or (), "PAGE"
        )


@attrs.frozen(kw_only=True)
class PageFacts:
    """A whole document's page facts: ``source`` names the file, ``format`` is ``"docx"``,
    ``"odt"``, ``"markdown"`` or ``"text"``; ``blocks`` the body in reading order; ``sections`` at least one."""

    source: str
    format: str
    blocks: tuple[BlockFacts, ...]
    sections: tuple[SectionFacts, ...]

    def paragraphs(self) -> Iterator[ParagraphFacts]:
        """Every body paragraph, table cells included, in reading order."""
        yield from _paragraphs(self.blocks)

    def section_of(self, index: int) -> SectionFacts:
        """The section the block at *index* belongs to."""
        found = self.sections[0]
        for section in self.sections:
            if section.first_block <= index:
                found = section
        return found
