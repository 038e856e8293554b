"""HTML for directive-report: one self-contained HTML5 file that prints as the decree's page.

Every word comes from the content stage (:func:`directive_report.layout.document_content`), as
for every other format; this exporter maps its parts to semantic HTML — ``header`` (the two
header columns), ``h1`` for the document type, ``h2``–``h5`` for the numbered headings, lists
for list items, ``footer`` for Nơi nhận and the signature — with each paragraph's
:class:`~directive_report.layout.Role` as its class.  Citations are ``<cite>`` elements carrying
their parsed data (``data-type``, ``data-number``, ``data-date``, ``data-issuer``).

The embedded style sheet (``style.css``) reproduces the page of Nghị định 30/2020/NĐ-CP when
printed: A4, its margins, Times New Roman (Liberation Serif where it is missing), the rules
under the issuer, the motto and the trích yếu, and the page number centred at the top from
page 2.  The file loads nothing from outside.

A công văn whose issuer gives an address, telephone, e-mail or website (ô 13) shows them after
the signature on screen (``<footer class="contact">``); in print they move to the foot of page
1 alone, as the decree places them: a page-margin box of ``@page :first`` (CSS Paged Media,
which Chromium supports) as wide as the text area, under a rule, 11–12 pt, its last line 10 mm
above the paper's edge, with page 1's bottom margin grown to hold it as Word's footer does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from importlib.resources import files
from typing import BinaryIO, ClassVar

from directive_report import Report
from directive_report.exporters import ExportOptions
from directive_report.layout import (
    ContentBlock,
    DocumentPlan,
    Heading,
    ItemList,
    Line,
    Role,
    Rule,
    StyledParagraph,
    TableContent,
    block_lines,
    document_content,
    grid_slots,
    plan_content,
)
from directive_report.layout.metrics import break_lines

from directive_report_html._markup import runs_html

__all__ = ["HtmlExporter", "to_html"]


class HtmlExporter:
    """Writes a report as one self-contained HTML5 file; see the module for the page."""

    name: ClassVar[str] = "html"  # the entry-point name
    suffix: ClassVar[str] = ".html"
    media_type: ClassVar[str] = "text/html"
    api_version: ClassVar[int] = 1  # the directive_report.exporters.API_VERSION it was written for

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        """Write *report* to *stream* (never closing it)."""
        stream.write(to_html(report, options).encode("utf-8"))


def to_html(report: Report, options: ExportOptions | None = None) -> str:
    """The HTML document of *report* (the header laid out with *options*' layout profile)."""
    content = document_content(report)
    plan = plan_content(content, (options or ExportOptions()).layout)
    title = " ".join(line.text for line in content.title) or report.summary
    css = files("directive_report_html").joinpath("style.css").read_text(encoding="utf-8")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        '<head><meta charset="utf-8">',
        f"<title>{escape(title, quote=False)}</title>",
        f"<style>\n{css}{_contact_page_css(plan)}</style></head>",
        "<body>",
        _header(plan),
    ]
    if content.title:
        parts.append(_div("title", content.title, tag="section"))
    if content.addressees:
        parts.append(_div("addressees", _lines(content.addressees), tag="section"))
    parts += ["<main>", *(_block(block) for block in content.body), "</main>"]
    parts += [
        '<footer class="nd30">',
        _div("recipients", _lines(content.recipients)),
        _div("signature", content.signature),
        "</footer>",
    ]
    if content.contact:  # ô 13: here on screen, at the foot of page 1 in print
        parts.append(_div("contact", content.contact, tag="footer"))
    for part in content.parts:  # an appendix, the document a decision issues: on new pages
        landscape = " landscape" if part.landscape else ""
        parts += [f'<section class="part{landscape}">', *(_line(line) for line in part.title)]
        parts += [*(_block(block) for block in part.body), "</section>"]
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


#: Line height of the contact lines in the page-margin box, times their size.
_CONTACT_LEADING = 1.15
_MM_PER_PT = 25.4 / 72


def _css_string(lines: Sequence[str]) -> str:
    """*lines* as one CSS string, a line feed (``\\A``) between them; ``<`` escaped too, so
    that the text cannot close the ``<style>`` element."""
    text = "\n".join(lines)
    for char, code in (("\\", "\\5C "), ('"', "\\22 "), ("<", "\\3C "), ("\n", "\\A ")):
        text = text.replace(char, code)
    return f'"{text}"'


def _contact_page_css(plan: DocumentPlan) -> str:
    """``@page :first`` printing the plan's first-page footer (ô 13) in the bottom margin box,
    as wide as the text area under a rule; page 1's bottom margin grows to hold its lines
    (broken at the text width, as the geometry stage measures text) above the page-number
    distance.  Nothing without a first-page footer."""
    profile = plan.profile
    lines = [p for p in plan.first_page_footer if isinstance(p, StyledParagraph)]
    if not lines:
        return ""
    size = plan.styles[Role.CONTACT].size
    count = sum(
        len(break_lines(line.text, profile.text_width, size, bold=False, italic=False))
        for line in lines
    )
    leading = size * _CONTACT_LEADING * _MM_PER_PT
    height = profile.header_distance + count * leading + 2.0  # 2 mm under the rule
    margin = max(profile.margin_bottom, height)
    return (
        f"@page :first {{ margin-bottom: {margin:.1f}mm; @bottom-left {{ "
        f"content: {_css_string([line.text for line in lines])}; white-space: pre-wrap; "
        f'font: {size:g}pt/{_CONTACT_LEADING} "Times New Roman", "Liberation Serif", serif; '
        f"width: {profile.text_width:g}mm; vertical-align: bottom; text-align: left; "
        f"padding: 2mm 0 {profile.header_distance:g}mm; "
        f"border-top: {profile.rule_weight:g}pt solid #000; }} }}\n"
        "@media print { footer.contact { display: none; } }\n"
    )


def _header(plan: DocumentPlan) -> str:
    """The two-column header as the geometry stage lays it out for the printed page: its column
    widths, the issuer's name broken where a clerk breaks it, and the rules' lengths."""
    widths = " ".join(f"{width:g}mm" for width in plan.header.column_widths)
    cells = []
    for row in plan.header.rows:
        for cell in row:
            inner = "".join(
                f'<hr style="width: {item.width:.1f}mm">'
                if isinstance(item, Rule)
                else f'<p class="{_class(item.role)}">{runs_html(item.runs)}</p>'
                for item in cell.content
                if isinstance(item, Rule | StyledParagraph)
            )
            cells.append(f"<div>{inner}</div>")
    grid = f"grid-template-columns: {widths}"
    return f'<header class="nd30" style="{grid}">\n' + "\n".join(cells) + "\n</header>"


def _class(role: Role) -> str:
    return role.name.lower().replace("_", "-")


def _line(line: Line, tag: str = "p") -> str:
    marker = (
        f'<span class="marker">{escape(line.marker, quote=False)}</span>' if line.marker else ""
    )
    space = " " if line.marker and line.runs else ""
    return f'<{tag} class="{_class(line.role)}">{marker}{space}{runs_html(line.runs)}</{tag}>'


def _div(name: str, lines: Iterable[Line], *, tag: str = "div") -> str:
    inner = "\n".join(
        _line(line, "h1" if line.role is Role.DOCUMENT_TYPE else "p") for line in lines
    )
    return f'<{tag} class="{name}">\n{inner}\n</{tag}>'


def _lines(blocks: Iterable[ContentBlock]) -> list[Line]:
    return [line for block in blocks for line in block_lines(block)]


def _block(block: ContentBlock) -> str:
    if isinstance(block, TableContent):
        return _table(block)
    if isinstance(block, Heading):
        return _line(block.line, f"h{min(block.depth + 1, 5)}")
    if isinstance(block, ItemList):
        items = (
            "<li>" + "".join(_line(line) for line in item.lines()) + "</li>" for item in block.items
        )
        return "<ul>" + "".join(items) + "</ul>"
    return "\n".join(_line(line) for line in block_lines(block))


def _table(table: TableContent) -> str:
    """A data table: caption and unit line, the table with its merged cells, its notes."""
    out = [_line(line) for line in (table.caption, table.unit) if line is not None]
    rows = []
    for number, slots in enumerate(grid_slots((*table.header, *table.rows))):
        tag = "th" if number < len(table.header) else "td"
        cells = []
        for cell, continued in slots:
            if continued:
                continue
            spans = "".join(
                f' {name}="{value}"'
                for name, value in (("colspan", cell.colspan), ("rowspan", cell.rowspan))
                if value > 1
            )
            cells.append(
                f'<{tag} class="{_class(cell.line.role)}"{spans}>{runs_html(cell.line.runs)}</{tag}>'
            )
        rows.append("<tr>\n" + "\n".join(cells) + "\n</tr>")
    header, body = rows[: len(table.header)], rows[len(table.header) :]
    out.append(
        f'<table class="data"><thead>\n{"".join(header)}\n</thead><tbody>\n'
        f"{''.join(body)}\n</tbody></table>"
    )
    out += [_line(line) for line in table.notes]
    return "\n".join(out)
