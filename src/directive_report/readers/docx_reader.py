"""DOCX → page facts.

:func:`read_docx_facts` opens a Word document within the bounds of
:mod:`directive_report.readers._limits`, loads it with python-docx, and walks the body in reading
order — paragraphs, tables (with spans and nested tables), content controls — resolving every
paragraph's and run's formatting through the style hierarchy (:mod:`._docx_styles`), counting
automatic numbering, following complex and simple fields (``PAGE``), and measuring the rules drawn
as borders, underscores, underlines, DrawingML or VML lines.  Sections give the page set-up and the
headers and footers, first-page ones included.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, Final, TypeAlias

from directive_report import i18n
from directive_report.readers._docx_parts import (
    CONTAINERS,
    cell_layers,
    cell_padding,
    drawn_lines,
    has_borders,
    has_cell_borders,
    row_cells,
    vml_lines,
)
from directive_report.readers._docx_styles import (
    Numbering,
    Styles,
    on_off,
    theme_fonts,
    twips_to_mm,
    w,
)
from directive_report.readers._limits import (
    Package,
    Source,
    UnreadableFileError,
    read_source,
    source_name,
)
from directive_report.readers._rules import merge_runs, with_rules
from directive_report.readers.facts import (
    BlockFacts,
    CellFacts,
    Orientation,
    PageFacts,
    PageSetup,
    ParagraphFacts,
    RunFacts,
    SectionFacts,
    SectionStart,
    TableFacts,
)

#: An lxml element (lxml ships no type information).
Element: TypeAlias = Any

__all__ = ["read_docx_facts"]

_MC: Final = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_R: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SKIPPED: Final = frozenset(
    w(tag) for tag in ("pPr", "rPr", "del", "moveFrom", "proofErr", "bookmarkStart", "bookmarkEnd")
)
_STARTS: Final = {
    "continuous": SectionStart.CONTINUOUS,
    "nextColumn": SectionStart.NEW_COLUMN,
    "evenPage": SectionStart.EVEN_PAGE,
    "oddPage": SectionStart.ODD_PAGE,
}


def read_docx_facts(source: Source) -> PageFacts:
    """The page facts of the DOCX file *source* (a path or a binary stream).

    Raises :class:`~directive_report.readers.UnreadableFileError` naming the file when it is not a
    DOCX package, is damaged, exceeds the bounds or holds hostile XML.
    """
    name = source_name(source)
    data = read_source(source)
    package = Package(data, name, kind="DOCX")
    package.check_all_xml()
    if "word/document.xml" not in package.names and "[Content_Types].xml" not in package.names:
        raise UnreadableFileError(name, i18n._("not a DOCX file: it has no word/document.xml"))
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, ValueError, KeyError) as error:
        raise UnreadableFileError(
            name, i18n._("not a DOCX file ({error})").format(error=error)
        ) from None
    return _Reader(document, name).facts()


def _related_element(part: object, kind: str) -> Element | None:
    """The XML of the part related to *part* by a relationship of type ``…/kind``."""
    rels = getattr(part, "rels", {})
    for rel in rels.values():
        if rel.reltype.endswith(f"/{kind}") and not rel.is_external:
            element = getattr(rel.target_part, "element", None)
            if element is None:
                blob = getattr(rel.target_part, "blob", None)
                if blob:
                    from directive_report.readers._limits import parse_xml

                    return parse_xml(blob, kind, part=str(rel.target_part.partname))
            return element
    return None


class _Reader:
    def __init__(self, document: object, name: str) -> None:
        self._document = document
        self._name = name
        part = document.part  # type: ignore[attr-defined]
        self._part = part
        self._styles = Styles(
            _related_element(part, "styles"), theme_fonts(_related_element(part, "theme"))
        )
        self._numbering = Numbering(_related_element(part, "numbering"))
        self._tables = 0

    # ---------------------------------------------------------------------------------------

    def facts(self) -> PageFacts:
        body = self._part.element.body
        sections: list[tuple[Element | None, int]] = []  # (sectPr, first block index)
        blocks: list[BlockFacts] = []
        paragraph_count = 0
        section_start = 0
        widths = self._section_widths(body)
        section_index = 0
        for child in self._body_children(body):
            width = widths[min(section_index, len(widths) - 1)]
            if child.tag == w("p"):
                paragraph_count += 1
                blocks.extend(self._paragraph(child, f"paragraph {paragraph_count}", width, None))
                sect_pr = child.find(f"{w('pPr')}/{w('sectPr')}")
                if sect_pr is not None:
                    sections.append((sect_pr, section_start))
                    section_start = len(blocks)
                    section_index += 1
            elif child.tag == w("tbl"):
                self._tables += 1
                blocks.append(self._table(child, f"table {self._tables}", width))
        final = body.find(w("sectPr"))
        if final is not None or not sections:
            sections.append((final, section_start))
        section_facts: list[SectionFacts] = []
        previous: dict[str, Element | None] = {}
        for number, (sect_pr, first) in enumerate(sections, start=1):
            section_facts.append(self._section(sect_pr, first, number, previous))
        return PageFacts(
            source=self._name, format="docx", blocks=tuple(blocks), sections=tuple(section_facts)
        )

    def _body_children(self, parent: Element) -> Iterator[Element]:
        for child in parent:
            if child.tag in (w("p"), w("tbl")):
                yield child
            elif child.tag in CONTAINERS:
                yield from self._body_children(child)

    def _section_widths(self, body: Element) -> list[float | None]:
        widths: list[float | None] = []
        for sect_pr in body.iter(w("sectPr")):
            page = self._page(sect_pr)
            widths.append(page.text_width if page else None)
        return widths or [None]

    # ---------------------------------------------------------------------------------------
    # Sections

    @staticmethod
    def _page(sect_pr: Element | None) -> PageSetup | None:
        if sect_pr is None:
            return None
        size = sect_pr.find(w("pgSz"))
        margins = sect_pr.find(w("pgMar"))
        if size is None or margins is None:
            return None
        width = twips_to_mm(size.get(w("w"))) or 0.0
        height = twips_to_mm(size.get(w("h"))) or 0.0
        orient = size.get(w("orient"))
        landscape = orient == "landscape" or (orient is None and width > height)
        return PageSetup(
            width=width,
            height=height,
            orientation=Orientation.LANDSCAPE if landscape else Orientation.PORTRAIT,
            margin_top=abs(twips_to_mm(margins.get(w("top"))) or 0.0),
            margin_bottom=abs(twips_to_mm(margins.get(w("bottom"))) or 0.0),
            margin_left=twips_to_mm(margins.get(w("left"))) or 0.0,
            margin_right=twips_to_mm(margins.get(w("right"))) or 0.0,
            header_distance=twips_to_mm(margins.get(w("header"))),
            footer_distance=twips_to_mm(margins.get(w("footer"))),
        )

    def _section(
        self,
        sect_pr: Element | None,
        first_block: int,
        number: int,
        previous: dict[str, Element | None],
    ) -> SectionFacts:
        page = self._page(sect_pr)
        start = SectionStart.NEW_PAGE
        title_page = False
        if sect_pr is not None:
            kind = sect_pr.find(w("type"))
            if kind is not None:
                start = _STARTS.get(kind.get(w("val"), ""), SectionStart.NEW_PAGE)
            title_page = bool(on_off(sect_pr.find(w("titlePg"))))
            for tag in ("headerReference", "footerReference"):
                for reference in sect_pr.findall(w(tag)):
                    rel_id = reference.get(f"{{{_R}}}id")
                    target = self._part.related_parts.get(rel_id) if rel_id else None
                    element = getattr(target, "element", None)
                    previous[f"{tag}:{reference.get(w('type'), 'default')}"] = element
        width = page.text_width if page else None

        def story(tag: str, kind: str, label: str) -> tuple[BlockFacts, ...]:
            element = previous.get(f"{tag}:{kind}")
            if element is None:
                return ()
            blocks: list[BlockFacts] = []
            count = 0
            for child in self._body_children(element):
                if child.tag == w("p"):
                    count += 1
                    where = f"{label} (section {number}), paragraph {count}"
                    blocks.extend(self._paragraph(child, where, width, None))
                elif child.tag == w("tbl"):
                    blocks.append(self._table(child, f"{label} (section {number}), table", width))
            return tuple(blocks)

        return SectionFacts(
            page=page,
            first_block=first_block,
            start=start,
            header=story("headerReference", "default", "header"),
            footer=story("footerReference", "default", "footer"),
            first_page_header=story("headerReference", "first", "first-page header")
            if title_page
            else None,
            first_page_footer=story("footerReference", "first", "first-page footer")
            if title_page
            else None,
        )

    # ---------------------------------------------------------------------------------------
    # Paragraphs and runs

    def _paragraph(
        self, p: Element, location: str, width: float | None, table_style: str | None
    ) -> list[BlockFacts]:
        p_pr = p.find(w("pPr"))
        layers = self._styles.paragraph_properties(p_pr, table_style)
        left, right, first = self._styles.indents(layers)
        before, after, line_spacing, line_height = self._styles.spacing(layers)
        reference = self._styles.number_reference(layers)
        label = self._numbering.label(*reference) if reference else ""
        runs: list[RunFacts] = []
        shapes: list[tuple[float, float | None]] = []
        page_break = [False]
        self._runs(p, p_pr, table_style, runs, shapes, page_break, [None, None])
        paragraph = ParagraphFacts(
            location=location,
            runs=tuple(merge_runs(runs)),
            style=self._styles.name(self._styles.paragraph_style_id(p_pr)),
            label=label,
            align=self._styles.align(layers),
            left_indent=left,
            right_indent=right,
            first_line_indent=first,
            space_before=before,
            space_after=after,
            line_spacing=line_spacing,
            line_height=line_height,
            border_top=self._styles.border(layers, "top"),
            border_bottom=self._styles.border(layers, "bottom"),
            keep_with_next=self._styles.toggle(layers, "keepNext"),
            page_break_before=self._styles.toggle(layers, "pageBreakBefore") or page_break[0],
            width=width,
        )
        return with_rules(paragraph, shapes)

    def _runs(
        self,
        parent: Element,
        p_pr: Element | None,
        table_style: str | None,
        runs: list[RunFacts],
        shapes: list[tuple[float, float | None]],
        page_break: list[bool],
        field: list[str | None],
        simple_field: str | None = None,
    ) -> None:
        """Collect the runs under *parent*.  ``field`` is ``[instruction being read, field whose
        result is being read]`` for complex fields."""
        for child in parent:
            tag = child.tag
            if tag in _SKIPPED:
                continue
            if tag == w("r"):
                self._run(child, p_pr, table_style, runs, shapes, page_break, field, simple_field)
            elif tag == w("fldSimple"):
                instruction = (child.get(w("instr")) or "").split()
                name = instruction[0].upper() if instruction else None
                self._runs(child, p_pr, table_style, runs, shapes, page_break, field, name)
            elif tag in CONTAINERS:
                self._runs(child, p_pr, table_style, runs, shapes, page_break, field, simple_field)
            elif tag == f"{{{_MC}}}AlternateContent":
                choice = child.find(f"{{{_MC}}}Choice")
                chosen = choice if choice is not None else child.find(f"{{{_MC}}}Fallback")
                if chosen is not None:
                    self._runs(
                        chosen, p_pr, table_style, runs, shapes, page_break, field, simple_field
                    )

    def _run(
        self,
        r: Element,
        p_pr: Element | None,
        table_style: str | None,
        runs: list[RunFacts],
        shapes: list[tuple[float, float | None]],
        page_break: list[bool],
        field: list[str | None],
        simple_field: str | None,
    ) -> None:
        r_pr = r.find(w("rPr"))
        if r_pr is not None and (
            on_off(r_pr.find(w("vanish"))) or on_off(r_pr.find(w("webHidden")))
        ):
            return
        text: list[str] = []
        for child in r.iter():
            tag = child.tag
            if tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    field[0], field[1] = "", None
                elif kind == "separate":
                    words = (field[0] or "").split()
                    field[0], field[1] = None, (words[0].upper() if words else "")
                elif kind == "end":
                    field[0], field[1] = None, None
            elif tag == w("instrText"):
                if field[0] is not None:
                    field[0] += child.text or ""
            elif field[0] is not None:
                continue  # inside a field instruction: nothing is printed
            elif tag == w("t"):
                text.append(child.text or "")
            elif tag in (w("tab"), w("ptab")):
                text.append("\t")
            elif tag == w("br"):
                if child.get(w("type")) == "page":
                    page_break[0] = page_break[0] or (not runs and not text)
                else:
                    text.append("\n")
            elif tag == w("cr"):
                text.append("\n")
            elif tag == w("noBreakHyphen"):
                text.append("-")
            elif tag == w("drawing"):
                shapes.extend(drawn_lines(child))
            elif tag == w("pict"):
                shapes.extend(vml_lines(child))
        if not text:
            return
        layers = self._styles.run_properties(p_pr, r_pr, table_style)
        runs.append(
            RunFacts(
                text="".join(text),
                font=self._styles.font(layers),
                size=self._styles.size(layers),
                bold=self._styles.toggle(layers, "b"),
                italic=self._styles.toggle(layers, "i"),
                underline=self._styles.underline(layers),
                caps=self._styles.toggle(layers, "caps"),
                colour=self._styles.colour(layers),
                field=simple_field or field[1],
            )
        )

    # ---------------------------------------------------------------------------------------
    # Tables

    def _table(self, tbl: Element, location: str, width: float | None) -> TableFacts:
        tbl_pr = tbl.find(w("tblPr"))
        style_id = self._styles.table_style_id(tbl_pr)
        grid = [twips_to_mm(col.get(w("w"))) or 0.0 for col in tbl.iter(w("gridCol"))]
        style_layers = [
            found
            for style in self._styles.chain(style_id)
            if (found := style.find(w("tblPr"))) is not None
        ]
        table_layers = [*style_layers, *([tbl_pr] if tbl_pr is not None else [])]
        padding = cell_padding(table_layers)
        raw_rows: list[list[tuple[int, int, Element, str | None]]] = []
        for tr in tbl.findall(w("tr")):
            column = 0
            cells: list[tuple[int, int, Element, str | None]] = []
            for tc in row_cells(tr):
                tc_pr = tc.find(w("tcPr"))
                span = 1
                merge: str | None = None
                if tc_pr is not None:
                    grid_span = tc_pr.find(w("gridSpan"))
                    if grid_span is not None:
                        span = max(1, int(float(grid_span.get(w("val"), "1"))))
                    v_merge = tc_pr.find(w("vMerge"))
                    if v_merge is not None:
                        merge = v_merge.get(w("val"), "continue")
                cells.append((column, span, tc, merge))
                column += span
            raw_rows.append(cells)
        rows: list[tuple[CellFacts, ...]] = []
        borders = has_borders(table_layers)
        for row_index, cells in enumerate(raw_rows, start=1):
            row: list[CellFacts] = []
            for cell_index, (column, span, tc, merge) in enumerate(cells, start=1):
                if merge == "continue":
                    continue
                row_span = 1
                if merge == "restart":
                    for below in raw_rows[row_index:]:
                        if any(c == column and m == "continue" for c, _, _, m in below):
                            row_span += 1
                        else:
                            break
                cell_width = sum(grid[column : column + span]) if grid else None
                tc_pr = tc.find(w("tcPr"))
                if not cell_width and tc_pr is not None:
                    tc_w = tc_pr.find(w("tcW"))
                    if tc_w is not None and tc_w.get(w("type")) in (None, "dxa"):
                        cell_width = twips_to_mm(tc_w.get(w("w")))
                left_pad, right_pad = cell_padding([*table_layers, *cell_layers(tc_pr)], padding)
                inner = None if cell_width is None else max(cell_width - left_pad - right_pad, 0)
                borders = borders or has_cell_borders(tc_pr)
                where = f"{location}, row {row_index}, cell {cell_index}"
                row.append(
                    CellFacts(
                        blocks=self._cell_blocks(tc, where, inner, style_id),
                        width=cell_width,
                        column=column,
                        column_span=span,
                        row_span=row_span,
                    )
                )
            rows.append(tuple(row))
        indent = None
        if tbl_pr is not None and (ind := tbl_pr.find(w("tblInd"))) is not None:
            indent = twips_to_mm(ind.get(w("w")))
        return TableFacts(
            location=location,
            rows=tuple(rows),
            column_widths=tuple(grid),
            indent=indent,
            borders=borders,
        )

    def _cell_blocks(
        self, tc: Element, location: str, width: float | None, table_style: str | None
    ) -> tuple[BlockFacts, ...]:
        blocks: list[BlockFacts] = []
        paragraphs = tables = 0
        for child in self._body_children(tc):
            if child.tag == w("p"):
                paragraphs += 1
                where = f"{location}, paragraph {paragraphs}"
                blocks.extend(self._paragraph(child, where, width, table_style))
            else:
                tables += 1
                blocks.append(self._table(child, f"{location}, table {tables}", width))
        return tuple(blocks)
