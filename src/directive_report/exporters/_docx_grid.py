"""WordprocessingML for data tables and page sections (private; see ``docs/docx.md``).

* A data table is a fixed-layout ``w:tbl`` with single borders, grid and cell widths that agree,
  ``w:tblHeader`` on its header rows (Word and LibreOffice repeat them at the top of every page
  the table runs onto) and ``w:cantSplit`` on every row (a row is never split across pages);
  merged cells are ``w:gridSpan`` across and ``w:vMerge`` down, with a continuing cell in each
  row a merge covers.
* Each appendix starts a new section: the paragraph that ends the section before carries that
  section's ``w:sectPr``; a section has its own page size and orientation, ``w:titlePg`` (no page
  number on its first page) and, for an appendix, ``w:pgNumType w:start="1"`` (its own page
  numbering, Phụ lục I, III.1 of Nghị định 30/2020/NĐ-CP).
"""

from __future__ import annotations

from collections.abc import Callable

from directive_report.layout.geometry_types import GridCell, GridTable, StyledParagraph
from directive_report.layout.profile import LayoutProfile

__all__ = ["grid_table", "section_properties"]


def _twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def grid_table(table: GridTable, paragraph: Callable[[StyledParagraph], str]) -> str:
    """The ``w:tbl`` of *table*, its cells' paragraphs written by *paragraph*."""
    widths = [_twips(width) for width in table.widths]
    size = round(table.border * 8)  # eighths of a point
    borders = "".join(
        f'<w:{edge} w:val="single" w:sz="{size}" w:space="0" w:color="000000"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    side = _twips(table.padding)
    margins = (
        f'<w:top w:w="0" w:type="dxa"/><w:left w:w="{side}" w:type="dxa"/>'
        f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{side}" w:type="dxa"/>'
    )
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    rows = [_row(slots, widths, paragraph, header=True) for slots in table.slots(table.header)] + [
        _row(slots, widths, paragraph, header=False) for slots in table.slots(table.rows)
    ]
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
        f'<w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/><w:tblCellMar>{margins}</w:tblCellMar>'
        f'<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'
    )


def _row(
    slots: tuple[tuple[GridCell, bool], ...],
    widths: list[int],
    paragraph: Callable[[StyledParagraph], str],
    *,
    header: bool,
) -> str:
    properties = "<w:cantSplit/><w:tblHeader/>" if header else "<w:cantSplit/>"
    cells = []
    for cell, continued in slots:
        width = sum(widths[cell.column : cell.column + cell.colspan])
        span = f'<w:gridSpan w:val="{cell.colspan}"/>' if cell.colspan > 1 else ""
        merge = ""
        if continued:
            merge = "<w:vMerge/>"
        elif cell.rowspan > 1:
            merge = '<w:vMerge w:val="restart"/>'
        content = "<w:p/>" if continued else "".join(paragraph(p) for p in cell.content)
        cells.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span}{merge}'
            f'<w:vAlign w:val="center"/></w:tcPr>{content or "<w:p/>"}</w:tc>'
        )
    return f"<w:tr><w:trPr>{properties}</w:trPr>{''.join(cells)}</w:tr>"


def section_properties(
    profile: LayoutProfile,
    header_id: str,
    *,
    landscape: bool,
    restart: bool,
    first_footer_id: str | None = None,
) -> str:
    """A ``w:sectPr``: the page (turned for *landscape*), its margins, the page-number header
    from the second page, numbering from 1 when *restart*, and the footer of its first page
    when *first_footer_id* is given (Word takes a section's missing footer from the section
    before, so every section after one with a first-page footer names one too).  A section
    starts on a new page (``w:type`` is left at its default, ``nextPage``)."""
    width, height = profile.page_width, profile.page_height
    size = f'w:w="{_twips(width)}" w:h="{_twips(height)}"'
    if landscape:
        size = f'w:w="{_twips(height)}" w:h="{_twips(width)}" w:orient="landscape"'
    numbering = '<w:pgNumType w:start="1"/>' if restart else ""
    footer = (
        f'<w:footerReference w:type="first" r:id="{first_footer_id}"/>' if first_footer_id else ""
    )
    return (
        f'<w:sectPr><w:headerReference w:type="default" r:id="{header_id}"/>{footer}'
        f"<w:pgSz {size}/>"
        f'<w:pgMar w:top="{_twips(profile.margin_top)}" w:right="{_twips(profile.margin_right)}" '
        f'w:bottom="{_twips(profile.margin_bottom)}" w:left="{_twips(profile.margin_left)}" '
        f'w:header="{_twips(profile.header_distance)}" w:footer="{_twips(profile.header_distance)}" '
        f'w:gutter="0"/>{numbering}<w:titlePg/></w:sectPr>'
    )
