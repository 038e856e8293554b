"""ODF for data tables (private; see ``docs/odt.md``).

A data table is a ``table:table`` with fixed column widths, centred, every cell bordered; its
header rows sit in ``table:table-header-rows`` (repeated at the top of every page the table
runs onto) and every row is kept together (``fo:keep-together="always"``: never split across
pages).  A merged cell carries ``table:number-columns-spanned`` and ``table:number-rows-spanned``,
and every grid position it covers holds a ``table:covered-table-cell``, as ODF requires.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from directive_report.exporters._odf import attributes, mm, pt
from directive_report.layout.geometry_types import GridCell, GridTable, StyledParagraph

__all__ = ["grid_table"]

#: Adds an automatic style: (name, family, properties, extra attributes of the style element).
AddStyle = Callable[[str, str, str, str], None]
#: Writes a cell's paragraphs.
WriteParagraphs = Callable[[Iterable[StyledParagraph]], Iterable[str]]


def grid_table(table: GridTable, name: str, add_style: AddStyle, write: WriteParagraphs) -> str:
    """The ``table:table`` named *name* for *table*, its automatic styles added by *add_style*,
    its cells' paragraphs written by *write*."""
    properties = attributes(
        {
            "style:width": mm(sum(table.widths)),
            "table:align": "center",
            # adjacent cells share one border line, as Word's insideH/insideV do (with the ODF
            # default, "separating", every row is one border weight taller than in the DOCX)
            "table:border-model": "collapsing",
        }
    )
    add_style(name, "table", f"<style:table-properties{properties}/>", "")
    cell = attributes(
        {
            "fo:border": f"{pt(table.border)} solid #000000",
            "fo:padding-top": "0mm",
            "fo:padding-bottom": "0mm",
            "fo:padding-left": mm(table.padding),
            "fo:padding-right": mm(table.padding),
            "style:vertical-align": "middle",
        }
    )
    add_style(f"{name}.Cell", "table-cell", f"<style:table-cell-properties{cell}/>", "")
    add_style(
        f"{name}.Row",
        "table-row",
        '<style:table-row-properties fo:keep-together="always"/>',
        "",
    )
    columns = []
    for index, width in enumerate(table.widths, start=1):
        add_style(
            f"{name}.C{index}",
            "table-column",
            f'<style:table-column-properties style:column-width="{mm(width)}"/>',
            "",
        )
        columns.append(f'<table:table-column table:style-name="{name}.C{index}"/>')
    header = "".join(_row(slots, name, write) for slots in table.slots(table.header))
    body = "".join(_row(slots, name, write) for slots in table.slots(table.rows))
    return (
        f'<table:table table:name="{name}" table:style-name="{name}">{"".join(columns)}'
        f"<table:table-header-rows>{header}</table:table-header-rows>{body}</table:table>"
    )


def _row(slots: tuple[tuple[GridCell, bool], ...], name: str, write: WriteParagraphs) -> str:
    out = [f'<table:table-row table:style-name="{name}.Row">']
    for cell, continued in slots:
        if continued:
            out.append("<table:covered-table-cell/>" * cell.colspan)
            continue
        spans = {}
        if cell.colspan > 1:
            spans["table:number-columns-spanned"] = str(cell.colspan)
        if cell.rowspan > 1:
            spans["table:number-rows-spanned"] = str(cell.rowspan)
        content = "".join(write(cell.content)) or "<text:p/>"
        out.append(
            f'<table:table-cell table:style-name="{name}.Cell" office:value-type="string"'
            f"{attributes(spans)}>{content}</table:table-cell>"
        )
        out.append("<table:covered-table-cell/>" * (cell.colspan - 1))
    out.append("</table:table-row>")
    return "".join(out)
