"""ODT → page facts.

:func:`read_odt_facts` opens an OpenDocument text file within the bounds of
:mod:`directive_report.readers._limits`, loads it with odfpy, and walks the body in reading order.
A paragraph's formatting is resolved through its automatic style, the named styles it inherits
from (``style:parent-style-name``) and the family's default style; list labels are counted from
the list styles.  The master page of the first block gives the page set-up and the first page's
header; its ``style:next-style-name`` master gives the other pages' header (how an ODT says "no
page number on page 1").
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from directive_report import i18n
from directive_report.readers._limits import (
    Package,
    Source,
    UnreadableFileError,
    read_source,
    source_name,
)
from directive_report.readers._odt_styles import (
    ALIGN,
    MIMETYPE,
    Styles,
    attr,
    border,
    children,
    is_,
    mm,
    pt,
    text_facts,
)
from directive_report.readers._rules import merge_runs, with_rules
from directive_report.readers.facts import (
    Align,
    BlockFacts,
    CellFacts,
    Orientation,
    PageFacts,
    PageSetup,
    ParagraphFacts,
    RunFacts,
    SectionFacts,
    TableFacts,
)

__all__ = ["read_odt_facts"]


def read_odt_facts(source: Source) -> PageFacts:
    """The page facts of the ODT file *source* (a path or a binary stream).

    Raises :class:`~directive_report.readers.UnreadableFileError` naming the file when it is not an
    ODT package, is damaged, exceeds the bounds or holds hostile XML.
    """
    name = source_name(source)
    data = read_source(source)
    package = Package(data, name, kind="ODT")
    if "content.xml" not in package.names:
        raise UnreadableFileError(name, i18n._("not an ODT file: it has no content.xml"))
    if "mimetype" in package.names:
        mimetype = package.read("mimetype").decode("ascii", "replace").strip()
        if mimetype != MIMETYPE:
            raise UnreadableFileError(
                name,
                i18n._("not an ODT text document (mimetype {mimetype})").format(mimetype=mimetype),
            )
    package.check_all_xml()
    from odf.opendocument import load

    try:
        document = load(io.BytesIO(data))
    except Exception as error:  # odfpy raises many kinds on a malformed package
        raise UnreadableFileError(
            name, i18n._("not an ODT file ({kind})").format(kind=type(error).__name__)
        ) from None
    return _Reader(document, name).facts()


class _Reader:
    def __init__(self, document: Any, name: str) -> None:
        self._document = document
        self._name = name
        self._styles = Styles(document)
        self._tables = 0
        self._list_counters: dict[tuple[str, int], int] = {}

    def facts(self) -> PageFacts:
        body = self._document.text
        page, first_header, header, first_footer, footer = self._page_set_up(body)
        width = page.text_width if page else None
        blocks: list[BlockFacts] = []
        count = [0]
        self._blocks(body, width, blocks, count, "paragraph", None, 0)
        section = SectionFacts(
            page=page,
            header=header,
            footer=footer,
            first_page_header=first_header,
            first_page_footer=first_footer,
        )
        return PageFacts(source=self._name, format="odt", blocks=tuple(blocks), sections=(section,))

    # ---------------------------------------------------------------------------------------
    # Page set-up

    def _first_master(self, body: Any) -> str:
        for child in children(body):
            family = "table" if is_(child, "table:table") else "paragraph"
            style = self._styles.get(
                family, attr(child, f"{'table' if family == 'table' else 'text'}:style-name")
            )
            if style is not None and attr(style, "style:master-page-name"):
                return attr(style, "style:master-page-name") or "Standard"
            if is_(child, "text:p") or is_(child, "text:h") or is_(child, "table:table"):
                break
        return "Standard"

    def _master(self, name: str) -> Any:
        for master in children(self._document.masterstyles, "style:master-page"):
            if attr(master, "style:name") == name:
                return master
        return next(children(self._document.masterstyles, "style:master-page"), None)

    def _page_set_up(
        self, body: Any
    ) -> tuple[
        PageSetup | None,
        tuple[BlockFacts, ...] | None,
        tuple[BlockFacts, ...],
        tuple[BlockFacts, ...] | None,
        tuple[BlockFacts, ...],
    ]:
        first = self._master(self._first_master(body))
        if first is None:
            return None, None, (), None, ()
        page = self._page_layout(attr(first, "style:page-layout-name"), first)
        width = page.text_width if page else None
        next_name = attr(first, "style:next-style-name")
        following = self._master(next_name) if next_name else first

        def story(master: Any, tag: str, label: str) -> tuple[BlockFacts, ...]:
            for element in children(master, tag):
                if attr(element, "style:display") == "false":
                    return ()
                blocks: list[BlockFacts] = []
                self._blocks(element, width, blocks, [0], f"{label}, paragraph", None, 0)
                return tuple(blocks)
            return ()

        header = story(following, "style:header", "header")
        footer = story(following, "style:footer", "footer")
        first_header: tuple[BlockFacts, ...] | None = None
        first_footer: tuple[BlockFacts, ...] | None = None
        if following is not first:
            first_header = story(first, "style:header", "first-page header")
            first_footer = story(first, "style:footer", "first-page footer")
        elif any(True for _ in children(first, "style:header-first")):
            first_header = story(first, "style:header-first", "first-page header")
            first_footer = story(first, "style:footer-first", "first-page footer")
        return page, first_header, header, first_footer, footer

    def _page_layout(self, name: str | None, master: Any = None) -> PageSetup | None:
        """The page set-up of layout *name*, as Word counts it: ODF puts a header or footer
        inside the page margin, so the margin of a side whose *master* page shows one grows by
        its (minimum) height, and the page margin is its distance from the paper's edge."""
        layout = self._styles.page_layouts.get(name or "")
        if layout is None:
            return None
        props = Styles.properties([layout], "page-layout")
        margins = {
            side: mm(props.get(f"fo:margin-{side}")) or mm(props.get("fo:margin")) or 0.0
            for side in ("top", "bottom", "left", "right")
        }
        distances: dict[str, float] = {}
        for side, part in (("top", "header"), ("bottom", "footer")):
            parts = children(master, f"style:{part}") if master is not None else ()
            shown = any(attr(element, "style:display") != "false" for element in parts)
            extent = Styles.properties(
                list(children(layout, f"style:{part}-style")), "header-footer"
            )
            if shown and extent:
                distances[side] = margins[side]
                # its spacing from the text is inside this height, as LibreOffice writes it
                margins[side] += (
                    mm(extent.get("fo:min-height")) or mm(extent.get("svg:height")) or 0.0
                )
        width = mm(props.get("fo:page-width")) or 0.0
        height = mm(props.get("fo:page-height")) or 0.0
        orientation = props.get("style:print-orientation")
        landscape = orientation == "landscape" or (orientation is None and width > height)
        return PageSetup(
            width=width,
            height=height,
            orientation=Orientation.LANDSCAPE if landscape else Orientation.PORTRAIT,
            margin_top=margins["top"],
            margin_bottom=margins["bottom"],
            margin_left=margins["left"],
            margin_right=margins["right"],
            header_distance=distances.get("top"),
            footer_distance=distances.get("bottom"),
        )

    # ---------------------------------------------------------------------------------------
    # Blocks

    def _blocks(
        self,
        parent: Any,
        width: float | None,
        blocks: list[BlockFacts],
        count: list[int],
        label: str,
        list_style: str | None,
        level: int,
    ) -> None:
        for child in children(parent):
            if is_(child, "text:p") or is_(child, "text:h"):
                count[0] += 1
                blocks.extend(self._paragraph(child, f"{label} {count[0]}", width, ""))
            elif is_(child, "table:table"):
                self._tables += 1
                where = f"table {self._tables}" if label == "paragraph" else f"{label} table"
                blocks.append(self._table(child, where, width))
            elif is_(child, "text:list"):
                style = attr(child, "text:style-name") or list_style
                if attr(child, "text:continue-numbering") != "true" and level == 0:
                    self._list_counters = {
                        key: value for key, value in self._list_counters.items() if key[0] != style
                    }
                for item in children(child):
                    if not (is_(item, "text:list-item") or is_(item, "text:list-header")):
                        continue
                    mark = self._list_label(style, level + 1) if is_(item, "text:list-item") else ""
                    for inner in children(item):
                        if is_(inner, "text:p") or is_(inner, "text:h"):
                            count[0] += 1
                            blocks.extend(
                                self._paragraph(inner, f"{label} {count[0]}", width, mark)
                            )
                            mark = ""
                        elif is_(inner, "text:list"):
                            self._blocks(item, width, blocks, count, label, style, level + 1)
                            break
            elif is_(child, "text:section") or is_(child, "text:soft-page-break"):
                self._blocks(child, width, blocks, count, label, list_style, level)

    def _list_label(self, style: str | None, level: int) -> str:
        list_style = self._styles.list_styles.get(style or "")
        if list_style is None:
            return ""
        for level_style in children(list_style):
            if attr(level_style, "text:level") != str(level):
                continue
            if is_(level_style, "text:list-level-style-bullet"):
                return attr(level_style, "text:bullet-char") or "•"
            if is_(level_style, "text:list-level-style-number"):
                key = (style or "", level)
                start = int(attr(level_style, "text:start-value") or "1")
                number = self._list_counters.get(key, start - 1) + 1
                self._list_counters[key] = number
                for deeper in [k for k in self._list_counters if k[0] == key[0] and k[1] > level]:
                    del self._list_counters[deeper]
                from directive_report.readers._docx_styles import format_number

                fmt = attr(level_style, "style:num-format") or "1"
                text = format_number(
                    number,
                    {
                        "I": "upperRoman",
                        "i": "lowerRoman",
                        "A": "upperLetter",
                        "a": "lowerLetter",
                        "": "none",
                    }.get(fmt, "decimal"),
                )
                prefix = attr(level_style, "style:num-prefix") or ""
                suffix = attr(level_style, "style:num-suffix") or ""
                return f"{prefix}{text}{suffix}"
        return ""

    def _paragraph(
        self, p: Any, location: str, width: float | None, label: str
    ) -> list[BlockFacts]:
        style_name = attr(p, "text:style-name")
        chain = self._styles.chain("paragraph", style_name)
        props = Styles.properties(chain, "paragraph")
        base = text_facts(Styles.properties(chain, "text"), self._styles.fonts)
        runs: list[RunFacts] = []
        shapes: list[tuple[float, float | None]] = []
        self._runs(p, chain, base, runs, shapes, None)
        runs = merge_runs(runs)
        line = props.get("fo:line-height")
        line_spacing: float | None = 1.0
        line_height: float | None = None
        if line and line.endswith("%"):
            line_spacing = float(line[:-1]) / 100
        elif line and line != "normal":
            line_spacing, line_height = None, pt(line)
        elif props.get("style:line-height-at-least"):
            line_spacing, line_height = None, pt(props.get("style:line-height-at-least"))
        all_sides = props.get("fo:border")
        paragraph = ParagraphFacts(
            location=location,
            runs=tuple(runs),
            style=self._styles.display_name("paragraph", style_name),
            label=label,
            align=ALIGN.get(props.get("fo:text-align", "start"), Align.LEFT),
            left_indent=mm(props.get("fo:margin-left"), width) or 0.0,
            right_indent=mm(props.get("fo:margin-right"), width) or 0.0,
            first_line_indent=mm(props.get("fo:text-indent"), width) or 0.0,
            space_before=pt(props.get("fo:margin-top")) or 0.0,
            space_after=pt(props.get("fo:margin-bottom")) or 0.0,
            line_spacing=line_spacing,
            line_height=line_height,
            border_top=border(props.get("fo:border-top", all_sides)),
            border_bottom=border(props.get("fo:border-bottom", all_sides)),
            keep_with_next=props.get("fo:keep-with-next") == "always",
            page_break_before=props.get("fo:break-before") == "page",
            width=width,
        )
        return with_rules(paragraph, shapes)

    def _runs(
        self,
        parent: Any,
        chain: list[Any],
        facts: dict[str, Any],
        runs: list[RunFacts],
        shapes: list[tuple[float, float | None]],
        field: str | None,
    ) -> None:
        for child in parent.childNodes:
            if child.nodeType == child.TEXT_NODE:
                runs.append(RunFacts(text=str(child.data), field=field, **facts))
                continue
            if child.nodeType != child.ELEMENT_NODE:
                continue
            if is_(child, "text:span") or is_(child, "text:a"):
                span = self._styles.chain("text", attr(child, "text:style-name"))
                own = text_facts(
                    Styles.properties(
                        span[1:] if span and is_(span[0], "style:default-style") else span, "text"
                    ),
                    self._styles.fonts,
                )
                merged = {**facts, **{k: v for k, v in own.items() if v not in (None, False)}}
                self._runs(child, chain, merged, runs, shapes, field)
            elif is_(child, "text:s"):
                runs.append(
                    RunFacts(text=" " * int(attr(child, "text:c") or "1"), field=field, **facts)
                )
            elif is_(child, "text:tab"):
                runs.append(RunFacts(text="\t", field=field, **facts))
            elif is_(child, "text:line-break"):
                runs.append(RunFacts(text="\n", field=field, **facts))
            elif is_(child, "text:page-number"):
                self._runs(child, chain, facts, runs, shapes, "PAGE")
            elif is_(child, "text:page-count"):
                self._runs(child, chain, facts, runs, shapes, "NUMPAGES")
            elif is_(child, "draw:line"):
                x1, x2 = mm(attr(child, "svg:x1")) or 0.0, mm(attr(child, "svg:x2")) or 0.0
                y1, y2 = mm(attr(child, "svg:y1")) or 0.0, mm(attr(child, "svg:y2")) or 0.0
                if abs(x2 - x1) > abs(y2 - y1):
                    shapes.append((abs(x2 - x1), min(x1, x2)))
            elif is_(child, "text:note") or is_(child, "office:annotation"):
                continue
            elif not (is_(child, "text:bookmark") or is_(child, "text:soft-page-break")):
                self._runs(child, chain, facts, runs, shapes, field)

    # ---------------------------------------------------------------------------------------
    # Tables

    def _table(self, table: Any, location: str, width: float | None) -> TableFacts:
        columns: list[float] = []
        for column in self._walk(table, "table:table-column"):
            style = self._styles.get("table-column", attr(column, "table:style-name"))
            props = Styles.properties([style] if style is not None else [], "table-column")
            repeat = min(int(attr(column, "table:number-columns-repeated") or "1"), 1024)
            columns.extend([mm(props.get("style:column-width")) or 0.0] * repeat)
        rows: list[tuple[CellFacts, ...]] = []
        borders = False
        for row_index, row in enumerate(self._walk(table, "table:table-row"), start=1):
            cells: list[CellFacts] = []
            column = 0
            cell_index = 0
            own_covered = 0  # the covered cells that follow a cell spanning columns are its own
            for cell in children(row):
                if is_(cell, "table:covered-table-cell"):
                    repeated = int(attr(cell, "table:number-columns-repeated") or "1")
                    taken = min(own_covered, repeated)
                    own_covered -= taken
                    column += repeated - taken
                    continue
                if not is_(cell, "table:table-cell"):
                    continue
                cell_index += 1
                span = int(attr(cell, "table:number-columns-spanned") or "1")
                row_span = int(attr(cell, "table:number-rows-spanned") or "1")
                style = self._styles.get("table-cell", attr(cell, "table:style-name"))
                props = Styles.properties([style] if style is not None else [], "table-cell")
                padding = mm(props.get("fo:padding")) or 0.0
                left = mm(props.get("fo:padding-left")) or padding
                right = mm(props.get("fo:padding-right")) or padding
                borders = borders or any(
                    border(props.get(key)) is not None
                    for key in (
                        "fo:border",
                        "fo:border-top",
                        "fo:border-bottom",
                        "fo:border-left",
                        "fo:border-right",
                    )
                )
                cell_width = sum(columns[column : column + span]) if columns else None
                inner = None if cell_width is None else max(cell_width - left - right, 0.0)
                blocks: list[BlockFacts] = []
                where = f"{location}, row {row_index}, cell {cell_index}"
                self._blocks(cell, inner, blocks, [0], f"{where}, paragraph", None, 0)
                cells.append(
                    CellFacts(
                        blocks=tuple(blocks),
                        width=cell_width,
                        column=column,
                        column_span=span,
                        row_span=row_span,
                    )
                )
                column += span
                own_covered = span - 1
            rows.append(tuple(cells))
        return TableFacts(
            location=location, rows=tuple(rows), column_widths=tuple(columns), borders=borders
        )

    def _walk(self, table: Any, name: str) -> Iterator[Any]:
        for child in children(table):
            if is_(child, name):
                yield child
            elif (
                is_(child, "table:table-header-rows")
                or is_(child, "table:table-rows")
                or is_(child, "table:table-columns")
                or is_(child, "table:table-header-columns")
            ):
                yield from self._walk(child, name)
