"""A plain-text exporter for directive-report: the smallest complete exporter plug-in.

Every word comes from the content stage (:func:`directive_report.layout.document_content`),
which decides the wording for every format; this exporter only lays the lines out as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO, ClassVar

from directive_report import Report
from directive_report.exporters import ExportOptions
from directive_report.layout import (
    ContentBlock,
    Line,
    Role,
    TableContent,
    block_lines,
    document_content,
    grid_slots,
)

__all__ = ["PlainTextExporter"]


class PlainTextExporter:
    """Writes a report as UTF-8 text laid out like the printed page."""

    name: ClassVar[str] = "plaintext"  # the entry-point name
    suffix: ClassVar[str] = ".txt"
    media_type: ClassVar[str] = "text/plain"
    api_version: ClassVar[int] = 1  # the directive_report.exporters.API_VERSION it was written for

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        """Write *report* to *stream* (never closing it)."""
        stream.write("\n".join(self.lines(report)).encode("utf-8") + b"\n")

    def lines(self, report: Report) -> list[str]:
        """The lines of the text: the header cells, the title, Kính gửi, each body block,
        Nơi nhận and the signature, the issuer's contact line (ô 13, printed at the foot of
        page 1 on paper), then each part on pages of its own (an appendix), each followed by a
        blank line; a table as aligned columns."""
        content = document_content(report)
        groups: list[list[str]] = [_texts(cell) for row in content.header.rows for cell in row]
        groups += [_texts(content.title), _texts(_lines(content.addressees))]
        groups += [_block(block) for block in content.body]
        groups += [_texts(_lines(content.recipients)), _texts(content.signature)]
        groups.append(_texts(content.contact))
        for part in content.parts:
            groups += [_texts(part.title), *(_block(block) for block in part.body)]
        lines: list[str] = []
        for group in groups:
            if group:
                lines += [*group, ""]
        return lines[:-1]


def _texts(lines: Iterable[Line]) -> list[str]:
    return [line.text for line in lines]


def _block(block: ContentBlock) -> list[str]:
    if not isinstance(block, TableContent):
        return _texts(block_lines(block))
    captions = _texts(line for line in (block.caption, block.unit) if line is not None)
    return [*captions, *_aligned(block), *_texts(block.notes)]


def _aligned(table: TableContent) -> list[str]:
    """The rows of *table* as text, each column as wide as its widest cell, numbers to the
    right; a merged cell takes the columns it spans, and the rows it spans below it are blank."""
    rows = list(grid_slots((*table.header, *table.rows)))
    gap = "  "
    widths = [0] * table.columns
    for row in rows:
        for cell, continued in row:
            if cell.colspan == 1 and not continued:
                widths[cell.column] = max(widths[cell.column], len(cell.line.text))
    for row in rows:  # a merged cell wider than its columns widens the last of them
        for cell, _ in row:
            last = cell.column + cell.colspan - 1
            room = sum(widths[cell.column : last + 1]) + len(gap) * (cell.colspan - 1)
            widths[last] += max(0, len(cell.line.text) - room)
    out = []
    for row in rows:
        cells = []
        for cell, continued in row:
            width = sum(widths[cell.column : cell.column + cell.colspan])
            width += len(gap) * (cell.colspan - 1)
            text = "" if continued else cell.line.text
            right = cell.line.role is Role.TABLE_NUMBER
            cells.append(text.rjust(width) if right else text.ljust(width))
        out.append(gap.join(cells).rstrip())
    return out


def _lines(blocks: Iterable[ContentBlock]) -> list[Line]:
    return [line for block in blocks for line in block_lines(block)]
