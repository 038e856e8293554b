"""A plain-text exporter for directive-report: the smallest complete exporter plug-in."""

from __future__ import annotations

from typing import BinaryIO, ClassVar

from directive_report import Block, BulletList, Paragraph, Report, TaskList, section_label, vi
from directive_report.exporters import ExportOptions
from directive_report.layout.plan import MOTTO, NATIONAL_TITLE

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
        """The lines of the text, with a blank line after each block."""
        authority = report.authority
        lines = [*filter(None, [authority.superior]), *authority.header_lines]
        lines += [report.number.header_text(), "", NATIONAL_TITLE, MOTTO]
        lines.append(vi.place_date_line(authority.place, report.date))
        lines += ["", report.doc_type.title, report.summary, ""]
        for block in report.intro:
            lines += self.block(block)
        for path, section in report.walk_sections():
            lines += [f"{section_label(path)} {section.title}", ""]
            for block in section.blocks:
                lines += self.block(block)
        for block in report.closing:
            lines += self.block(block)
        lines += ["Nơi nhận:", *report.distribution.lines, ""]
        return [*lines, *report.signature.title_lines, report.signature.name]

    def block(self, block: Block) -> list[str]:
        """A paragraph or a list, then a blank line."""
        if isinstance(block, Paragraph):
            return [block.text, ""]
        if isinstance(block, BulletList):
            return [*(f"{block.marker} {item.text}" for item in block.items), ""]
        if isinstance(block, TaskList):
            numbered = enumerate(block.tasks, start=1)
            return [
                *(f"{f'{n}.' if block.numbered else '-'} {t.text.text}" for n, t in numbered),
                "",
            ]
        return [*(f"{block.marker} {action.text.text}" for action in block.actions), ""]
