"""What the content stage produces: a document's words and structure, before any geometry.

A :class:`DocumentContent` holds every line a document prints, in reading order, each with its
:class:`~directive_report.layout.roles.Role`: the header cells, the type line and trích yếu,
Kính gửi, the body (headings, paragraphs, lists), Nơi nhận and the signature block.  Its text is
final: exporters print it as it is, adding only their format's markup (styles, emphasis, list
syntax), so that every format prints the same words.

New kinds of body block (tables, appendices, articles) are new members of :data:`ContentBlock`;
an exporter maps each kind to its format's elements.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol, TypeAlias, TypeVar

import attrs

from directive_report.layout.roles import HEADING_ROLES, Role
from directive_report.model import Run

__all__ = [
    "ContentBlock",
    "DocumentContent",
    "HeaderContent",
    "Heading",
    "Item",
    "ItemList",
    "Line",
    "PartContent",
    "TableCellContent",
    "TableContent",
    "block_lines",
    "grid_slots",
    "plain_line",
]


@attrs.frozen(kw_only=True)
class Line:
    """One paragraph as printed: its ``role``, an optional ``marker`` printed before its text
    and a space (a list marker ``"-"``, ``"1."``, ``"a)"``, a section label ``"II."``, the label
    ``"Kính gửi:"``), and the ``runs`` of its text with their emphasis (empty for a label alone).

    A ``"\\n"`` inside a run is a line break the author asked for.
    """

    role: Role
    runs: tuple[Run, ...] = ()
    marker: str = ""

    @property
    def text(self) -> str:
        """The printed text: the marker, a space and the runs' text, without emphasis."""
        body = "".join(run.text for run in self.runs)
        if not self.marker:
            return body
        return f"{self.marker} {body}" if body else self.marker

    def printed_runs(self) -> tuple[Run, ...]:
        """The runs as printed, the marker and its space joined to the first plain run."""
        if not self.marker:
            return self.runs
        if not self.runs:
            return (Run(text=self.marker),)
        first, *rest = self.runs
        if first.plain:
            return (Run(text=f"{self.marker} {first.text}"), *rest)
        return (Run(text=f"{self.marker} "), first, *rest)


def plain_line(role: Role, text: str, marker: str = "") -> Line:
    """A :class:`Line` of one plain run."""
    return Line(role=role, runs=(Run(text=text),) if text else (), marker=marker)


@attrs.frozen(kw_only=True)
class Heading:
    """A section heading at ``depth`` (1 for ``I.``): its line carries the label as marker."""

    depth: int
    line: Line

    @staticmethod
    def role_at(depth: int) -> Role:
        """The heading role of a section at *depth*."""
        return HEADING_ROLES[min(depth, len(HEADING_ROLES)) - 1]


@attrs.frozen(kw_only=True)
class Item:
    """One list item: its line (with its marker) and the lines printed under it (who carries a
    task out and by when)."""

    line: Line
    details: tuple[Line, ...] = ()

    def lines(self) -> Iterator[Line]:
        """The item's line, then its details."""
        yield self.line
        yield from self.details


@attrs.frozen(kw_only=True)
class ItemList:
    """Items printed one after another, each after its own marker."""

    items: tuple[Item, ...]

    def lines(self) -> Iterator[Line]:
        """Every line of every item, in order."""
        for item in self.items:
            yield from item.lines()


@attrs.frozen(kw_only=True)
class TableCellContent:
    """A table cell as printed: its ``line`` (role :attr:`Role.TABLE_HEADER`, ``TABLE_TEXT`` or
    ``TABLE_NUMBER``; empty runs for an empty cell), the grid ``column`` it starts at (0-based)
    and how many columns and rows it spans."""

    line: Line
    column: int
    colspan: int = 1
    rowspan: int = 1


@attrs.frozen(kw_only=True)
class TableContent:
    """A data table as printed: the ``caption`` line ("Biểu số 01: ..."), the ``unit`` line
    ("Đơn vị tính: ..."), the ``header`` rows, the body ``rows`` (the totals row last, bold),
    the ``notes`` under it, and the number of grid ``columns``."""

    columns: int
    header: tuple[tuple[TableCellContent, ...], ...]
    rows: tuple[tuple[TableCellContent, ...], ...]
    caption: Line | None = None
    unit: Line | None = None
    notes: tuple[Line, ...] = ()

    def lines(self) -> Iterator[Line]:
        """Caption, unit, every cell row by row (header first), notes."""
        yield from (line for line in (self.caption, self.unit) if line is not None)
        for row in (*self.header, *self.rows):
            yield from (cell.line for cell in row)
        yield from self.notes


class Spanning(Protocol):
    """A table cell placed on the grid: the ``column`` it starts at and the rows it spans."""

    @property
    def column(self) -> int: ...

    @property
    def rowspan(self) -> int: ...


SpanningCell = TypeVar("SpanningCell", bound=Spanning)


def grid_slots(
    rows: Sequence[Sequence[SpanningCell]],
) -> Iterator[tuple[tuple[SpanningCell, bool], ...]]:
    """Each row of *rows* as its grid positions left to right: ``(cell, False)`` where a cell
    starts, ``(cell, True)`` where a cell from a row above is merged down over it (positions
    inside a cell's colspan have none)."""
    below: dict[int, dict[int, SpanningCell]] = {}
    for r, row in enumerate(rows):
        here = {cell.column: (cell, False) for cell in row}
        for column, cell in below.pop(r, {}).items():
            here[column] = (cell, True)
        for cell in row:
            for later in range(r + 1, r + cell.rowspan):
                below.setdefault(later, {})[cell.column] = cell
        yield tuple(here[column] for column in sorted(here))


#: What the parts of a document are made of, in reading order.
ContentBlock: TypeAlias = Line | Heading | ItemList | TableContent


def block_lines(block: ContentBlock) -> Iterator[Line]:
    """Every line of *block*, in reading order."""
    if isinstance(block, Line):
        yield block
    elif isinstance(block, Heading):
        yield block.line
    else:
        yield from block.lines()


@attrs.frozen(kw_only=True)
class PartContent:
    """A part printed after the signature, on pages of its own: an appendix ("Phụ lục I", its
    title, "(Kèm theo ...)") or the document a decision issues (its type, trích yếu, "(Ban hành
    kèm theo ...)").  ``title`` holds those lines, ``body`` its blocks (ending ``./.``);
    ``landscape`` turns its pages."""

    title: tuple[Line, ...]
    body: tuple[ContentBlock, ...]
    landscape: bool = False

    def lines(self) -> Iterator[Line]:
        """The title lines, then every line of the body."""
        yield from self.title
        for block in self.body:
            yield from block_lines(block)


@attrs.frozen(kw_only=True)
class HeaderContent:
    """The header (ô 1–4) as the decree places it: two rows of two cells.

    ``names`` (ô 2: cơ quan chủ quản, cơ quan ban hành, as written: the geometry stage breaks
    long lines) sits left of ``national`` (ô 1: Quốc hiệu, Tiêu ngữ); below them, ``number``
    (ô 3, and a công văn's ``V/v`` line, ô 5b) sits left of ``place_date`` (ô 4).
    """

    names: tuple[Line, ...]
    national: tuple[Line, ...]
    number: tuple[Line, ...]
    place_date: Line

    @property
    def rows(self) -> tuple[tuple[tuple[Line, ...], tuple[Line, ...]], ...]:
        """The cells' lines, row by row, left to right."""
        return ((self.names, self.national), (self.number, (self.place_date,)))

    def lines(self) -> Iterator[Line]:
        """Every line, row by row, left cell first."""
        for row in self.rows:
            for cell in row:
                yield from cell


@attrs.frozen(kw_only=True)
class DocumentContent:
    """A document's words and structure, part by part, in reading order.

    ``title`` is the type line and the trích yếu (ô 5a; empty for a công văn), ``addressees``
    Kính gửi (ô 9a), ``body`` the headings, paragraphs and lists ending with ``./.`` (ô 6),
    ``recipients`` Nơi nhận (ô 9b), ``signature`` the capacity and title lines and the
    signer's name (ô 7), and ``parts`` what follows on pages of its own (the attached document,
    the appendices).  ``contact`` holds the lines of ô 13 (the issuer's address, telephone,
    e-mail, website), which the paged formats print at the bottom of page 1 and the text
    formats after the signature; it is empty for most documents.
    """

    header: HeaderContent
    title: tuple[Line, ...]
    addressees: tuple[ContentBlock, ...]
    body: tuple[ContentBlock, ...]
    recipients: tuple[ContentBlock, ...]
    signature: tuple[Line, ...]
    parts: tuple[PartContent, ...] = ()
    contact: tuple[Line, ...] = ()

    def lines(self) -> Iterator[Line]:
        """Every line of the document, in reading order (ô 13 after the signature)."""
        yield from self.header.lines()
        yield from self.title
        for part in (self.addressees, self.body, self.recipients):
            for block in part:
                yield from block_lines(block)
        yield from self.signature
        yield from self.contact
        for after in self.parts:
            yield from after.lines()
