"""A plain-text exporter for directive-report: the smallest complete exporter plug-in.

Every word comes from the content stage (:func:`directive_report.layout.document_content`),
which decides the wording for every format; this exporter only lays the lines out as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO, ClassVar

from directive_report import Report
from directive_report.exporters import ExportOptions
from directive_report.layout import ContentBlock, Line, block_lines, document_content

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
        Nơi nhận and the signature, each followed by a blank line."""
        content = document_content(report)
        groups: list[Iterable[Line]] = [cell for row in content.header.rows for cell in row]
        groups += [content.title, _lines(content.addressees)]
        groups += [block_lines(block) for block in content.body]
        groups += [_lines(content.recipients), content.signature]
        lines: list[str] = []
        for group in groups:
            texts = [line.text for line in group]
            if texts:
                lines += [*texts, ""]
        return lines[:-1]


def _lines(blocks: Iterable[ContentBlock]) -> list[Line]:
    return [line for block in blocks for line in block_lines(block)]
