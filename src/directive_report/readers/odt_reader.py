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
import re
from collections.abc import Iterator
from typing import Any, Final

from directive_report.readers._limits import (
    Package,
    Source,
    UnreadableFileError,
    read_source,
    source_name,
)
from directive_report.readers._rules import merge_runs, with_rules
from directive_report.readers.facts import (
    Align,
    BlockFacts,
    Border,
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

_NS: Final = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}
_LENGTH: Final = re.compile(r"^\s*(-?[\d.]+)\s*(mm|cm|in|pt|pc|px|%)?\s*$")
_MM: Final = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": 25.4 / 72, "pc": 25.4 / 6, "px": 25.4 / 96}
_ALIGN: Final = {
    "start": Align.LEFT,
    "left": Align.LEFT,
    "center": Align.CENTER,
    "end": Align.RIGHT,
    "right": Align.RIGHT,
    "justify": Align.JUSTIFY,
}
_MAX_DEPTH: Final = 32
_MIMETYPE: Final = "application/vnd.oasis.opendocument.text"


def _q(name: str) -> tuple[str, str]:
    prefix, local = name.split(":")
    return _NS[prefix], local


def _attr(element: Any, name: str) -> str | None:
    value = element.attributes.get(_q(name))
    return None if value is None else str(value)


def _is(element: Any, name: str) -> bool:
    return getattr(element, "qname", None) == _q(name)


def _children(element: Any, name: str | None = None) -> Iterator[Any]:
    for child in element.childNodes:
        if child.nodeType == child.ELEMENT_NODE and (name is None or _is(child, name)):
            yield child


def _mm(value: str | None, reference: float | None = None) -> float | None:
    if value is None:
        return None
    match = _LENGTH.match(value)
    if match is None:
        return None
    number, unit = float(match.group(1)), match.group(2) or "mm"
    if unit == "%":
        return None if reference is None else reference * number / 100
    return number * _MM[unit]


def _pt(value: str | None) -> float | None:
    length = _mm(value)
    return None if length is None else round(length / _MM["pt"], 3)


def _border(value: str | None) -> Border | None:
    if not value or value.strip() in ("none", "hidden"):
        return None
    parts = value.split()
    width = next((_pt(part) for part in parts if _pt(part) is not None), 0.5) or 0.5
    style = next((part for part in parts if part.isalpha()), "solid")
    colour = next((part[1:] for part in parts if part.startswith("#")), None)
    return Border(width=width, style=style, colour=colour)


def read_odt_facts(source: Source) -> PageFacts:
    """The page facts of the ODT file *source* (a path or a binary stream).

    Raises :class:`~directive_report.readers.UnreadableFileError` naming the file when it is not an
    ODT package, is damaged, exceeds the bounds or holds hostile XML.
    """
    name = source_name(source)
    data = read_source(source)
    package = Package(data, name, kind="ODT")
    if "content.xml" not in package.names:
        raise UnreadableFileError(name, "not an ODT file: it has no content.xml")
    if "mimetype" in package.names:
        mimetype = package.read("mimetype").decode("ascii", "replace").strip()
        if mimetype != _MIMETYPE:
            raise UnreadableFileError(name, f"not an ODT text document (mimetype {mimetype})")
    package.check_all_xml()
    from odf.opendocument import load

    try:
        document = load(io.BytesIO(data))
    except Exception as error:  # odfpy raises many kinds on a malformed package
        raise UnreadableFileError(name, f"not an ODT file ({type(error).__name__})") from None
    return _Reader(document, name).facts()


class _Styles:
    """Named, automatic and default styles, resolved through their parents."""

    def __init__(self, document: Any) -> None:
        self._styles: dict[tuple[str, str], Any] = {}
        self._defaults: dict[str, Any] = {}
        self._automatic: set[tuple[str, str]] = set()
        self.page_layouts: dict[str, Any] = {}
        self.list_styles: dict[str, Any] = {}
        self.fonts: dict[str, str] = {}
        for holder in (document.fontfacedecls,):
            for face in _children(holder, "style:font-face"):
                family = _attr(face, "svg:font-family") or _attr(face, "style:name") or ""
                self.fonts[_attr(face, "style:name") or ""] = family.strip("'\"")
        for holder in (document.styles, document.automaticstyles, document.masterstyles):
            for style in _children(holder):
                if _is(style, "style:default-style"):
                    self._defaults[_attr(style, "style:family") or ""] = style
                elif _is(style, "style:style"):
                    key = (_attr(style, "style:family") or "", _attr(style, "style:name") or "")
                    self._styles[key] = style
                    if holder is document.automaticstyles:
                        self._automatic.add(key)
                elif _is(style, "style:page-layout"):
                    self.page_layouts[_attr(style, "style:name") or ""] = style
                elif _is(style, "text:list-style"):
                    self.list_styles[_attr(style, "style:name") or ""] = style

    def get(self, family: str, name: str | None) -> Any:
        """The style *name* of *family*, or ``None``."""
        return self._styles.get((family, name or ""))

    def chain(self, family: str, name: str | None) -> list[Any]:
        """The family's default style, then the style's ancestors, the style last."""
        found: list[Any] = []
        seen: set[str] = set()
        while name and name not in seen and len(found) < _MAX_DEPTH:
            seen.add(name)
            style = self.get(family, name)
            if style is None:
                break
            found.append(style)
            name = _attr(style, "style:parent-style-name")
        default = self._defaults.get(family)
        return ([default] if default is not None else []) + found[::-1]

    def display_name(self, family: str, name: str | None) -> str | None:
        """The name a user sees: an automatic style shows the named style it derives from."""
        for _ in range(_MAX_DEPTH):
            if (family, name or "") not in self._automatic:
                break
            name = _attr(self._styles[family, name or ""], "style:parent-style-name")
        style = self.get(family, name)
        return (_attr(style, "style:display-name") if style is not None else None) or name

    @staticmethod
    def properties(chain: list[Any], kind: str) -> dict[str, str]:
        """The merged ``style:<kind>-properties`` attributes of *chain*, keyed ``prefix:name``."""
        merged: dict[str, str] = {}
        reverse = {uri: prefix for prefix, uri in _NS.items()}
        for style in chain:
            for props in _children(style, f"style:{kind}-properties"):
                for (uri, local), value in props.attributes.items():
                    if uri in reverse:
                        merged[f"{reverse[uri]}:{local}"] = str(value)
        return merged


def _text_facts(props: dict[str, str], fonts: dict[str, str]) -> dict[str, Any]:
    font = props.get("style:font-name")
    family = fonts.get(font, font) if font else props.get("fo:font-family")
    weight = props.get("fo:font-weight", "normal")
    underline = props.get("style:text-underline-style", "none")
    colour = props.get("fo:color")
    return {
        "font": family.strip("'\"") if family else None,
        "size": _pt(props.get("fo:font-size")),
        "bold": weight == "bold" or (weight.isdigit() and int(weight) >= 600),
        "italic": props.get("fo:font-style", "normal") in ("italic", "oblique"),
        "underline": underline not in ("none", ""),
        "caps": props.get("fo:text-transform") == "uppercase",
        "colour": colour[1:].upper() if colour and colour.startswith("#") else None,
    }


class _Reader:
    def __init__(self, document: Any, name: str) -> None:
        self._document = document
        self._name = name
        self._styles = _Styles(document)
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
        for child in _children(body):
            family = "table" if _is(child, "table:table") else "paragraph"
            style = self._styles.get(
                family, _attr(child, f"{'table' if family == 'table' else 'text'}:style-name")
            )
            if style is not None and _attr(style, "style:master-page-name"):
                return _attr(style, "style:master-page-name") or "Standard"
            if _is(child, "text:p") or _is(child, "text:h") or _is(child, "table:table"):
                break
        return "Standard"

    def _master(self, name: str) -> Any:
        for master in _children(self._document.masterstyles, "style:master-page"):
            if _attr(master, "style:name") == name:
                return master
        return next(_children(self._document.masterstyles, "style:master-page"), None)

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
        page = self._page_layout(_attr(first, "style:page-layout-name"))
        width = page.text_width if page else None
        next_name = _attr(first, "style:next-style-name")
        following = self._master(next_name) if next_name else first

        def story(master: Any, tag: str, label: str) -> tuple[BlockFacts, ...]:
            for element in _children(master, tag):
                if _attr(element, "style:display") == "false":
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
        elif any(True for _ in _children(first, "style:header-first")):
            first_header = story(first, "style:header-first", "first-page header")
            first_footer = story(first, "style:footer-first", "first-page footer")
        return page, first_header, header, first_footer, footer

    def _page_layout(self, name: str | None) -> PageSetup | None:
        layout = self._styles.page_layouts.get(name or "")
        if layout is None:
            return None
        props = _Styles.properties([layout], "page-layout")
        width = _mm(props.get("fo:page-width")) or 0.0
        height = _mm(props.get("fo:page-height")) or 0.0
        orientation = props.get("style:print-orientation")
        landscape = orientation == "landscape" or (orientation is None and width > height)
        margin = _mm(props.get("fo:margin"))
        return PageSetup(
            width=width,
            height=height,
            orientation=Orientation.LANDSCAPE if landscape else Orientation.PORTRAIT,
            margin_top=_mm(props.get("fo:margin-top")) or margin or 0.0,
            margin_bottom=_mm(props.get("fo:margin-bottom")) or margin or 0.0,
            margin_left=_mm(props.get("fo:margin-left")) or margin or 0.0,
            margin_right=_mm(props.get("fo:margin-right")) or margin or 0.0,
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
        for child in _children(parent):
            if _is(child, "text:p") or _is(child, "text:h"):
                count[0] += 1
                blocks.extend(self._paragraph(child, f"{label} {count[0]}", width, ""))
            elif _is(child, "table:table"):
                self._tables += 1
                where = f"table {self._tables}" if label == "paragraph" else f"{label} table"
                blocks.append(self._table(child, where, width))
            elif _is(child, "text:list"):
                style = _attr(child, "text:style-name") or list_style
                if _attr(child, "text:continue-numbering") != "true" and level == 0:
                    self._list_counters = {
                        key: value for key, value in self._list_counters.items() if key[0] != style
                    }
                for item in _children(child):
                    if not (_is(item, "text:list-item") or _is(item, "text:list-header")):
                        continue
                    mark = self._list_label(style, level + 1) if _is(item, "text:list-item") else ""
                    for inner in _children(item):
                        if _is(inner, "text:p") or _is(inner, "text:h"):
                            count[0] += 1
                            blocks.extend(
                                self._paragraph(inner, f"{label} {count[0]}", width, mark)
                            )
                            mark = ""
                        elif _is(inner, "text:list"):
                            self._blocks(item, width, blocks, count, label, style, level + 1)
                            break
            elif _is(child, "text:section") or _is(child, "text:soft-page-break"):
                self._blocks(child, width, blocks, count, label, list_style, level)

    def _list_label(self, style: str | None, level: int) -> str:
        list_style = self._styles.list_styles.get(style or "")
        if list_style is None:
            return ""
        for level_style in _children(list_style):
            if _attr(level_style, "text:level") != str(level):
                continue
            if _is(level_style, "text:list-level-style-bullet"):
                return _attr(level_style, "text:bullet-char") or "•"
            if _is(level_style, "text:list-level-style-number"):
                key = (style or "", level)
                start = int(_attr(level_style, "text:start-value") or "1")
                number = self._list_counters.get(key, start - 1) + 1
                self._list_counters[key] = number
                for deeper in [k for k in self._list_counters if k[0] == key[0] and k[1] > level]:
                    del self._list_counters[deeper]
                from directive_report.readers._docx_styles import format_number

                fmt = _attr(level_style, "style:num-format") or "1"
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
                prefix = _attr(level_style, "style:num-prefix") or ""
                suffix = _attr(level_style, "style:num-suffix") or ""
                return f"{prefix}{text}{suffix}"
        return ""

    def _paragraph(
        self, p: Any, location: str, width: float | None, label: str
    ) -> list[BlockFacts]:
        style_name = _attr(p, "text:style-name")
        chain = self._styles.chain("paragraph", style_name)
        props = _Styles.properties(chain, "paragraph")
        base = _text_facts(_Styles.properties(chain, "text"), self._styles.fonts)
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
            line_spacing, line_height = None, _pt(line)
        elif props.get("style:line-height-at-least"):
            line_spacing, line_height = None, _pt(props.get("style:line-height-at-least"))
        border = props.get("fo:border")
        paragraph = ParagraphFacts(
            location=location,
            runs=tuple(runs),
            style=self._styles.display_name("paragraph", style_name),
            label=label,
            align=_ALIGN.get(props.get("fo:text-align", "start"), Align.LEFT),
            left_indent=_mm(props.get("fo:margin-left"), width) or 0.0,
            right_indent=_mm(props.get("fo:margin-right"), width) or 0.0,
            first_line_indent=_mm(props.get("fo:text-indent"), width) or 0.0,
            space_before=_pt(props.get("fo:margin-top")) or 0.0,
            space_after=_pt(props.get("fo:margin-bottom")) or 0.0,
            line_spacing=line_spacing,
            line_height=line_height,
            border_top=_border(props.get("fo:border-top", border)),
            border_bottom=_border(props.get("fo:border-bottom", border)),
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
            if _is(child, "text:span") or _is(child, "text:a"):
                span = self._styles.chain("text", _attr(child, "text:style-name"))
                own = _text_facts(
                    _Styles.properties(
                        span[1:] if span and _is(span[0], "style:default-style") else span, "text"
                    ),
                    self._styles.fonts,
                )
                merged = {**facts, **{k: v for k, v in own.items() if v not in (None, False)}}
                self._runs(child, chain, merged, runs, shapes, field)
            elif _is(child, "text:s"):
                runs.append(
                    RunFacts(text=" " * int(_attr(child, "text:c") or "1"), field=field, **facts)
                )
            elif _is(child, "text:tab"):
                runs.append(RunFacts(text="\t", field=field, **facts))
            elif _is(child, "text:line-break"):
                runs.append(RunFacts(text="\n", field=field, **facts))
            elif _is(child, "text:page-number"):
                self._runs(child, chain, facts, runs, shapes, "PAGE")
            elif _is(child, "text:page-count"):
                self._runs(child, chain, facts, runs, shapes, "NUMPAGES")
            elif _is(child, "draw:line"):
                x1, x2 = _mm(_attr(child, "svg:x1")) or 0.0, _mm(_attr(child, "svg:x2")) or 0.0
                y1, y2 = _mm(_attr(child, "svg:y1")) or 0.0, _mm(_attr(child, "svg:y2")) or 0.0
                if abs(x2 - x1) > abs(y2 - y1):
                    shapes.append((abs(x2 - x1), min(x1, x2)))
            elif _is(child, "text:note") or _is(child, "office:annotation"):
                continue
            elif not (_is(child, "text:bookmark") or _is(child, "text:soft-page-break")):
                self._runs(child, chain, facts, runs, shapes, field)

    # ---------------------------------------------------------------------------------------
    # Tables

    def _table(self, table: Any, location: str, width: float | None) -> TableFacts:
        columns: list[float] = []
        for column in self._walk(table, "table:table-column"):
            style = self._styles.get("table-column", _attr(column, "table:style-name"))
            props = _Styles.properties([style] if style is not None else [], "table-column")
            repeat = min(int(_attr(column, "table:number-columns-repeated") or "1"), 1024)
            columns.extend([_mm(props.get("style:column-width")) or 0.0] * repeat)
        rows: list[tuple[CellFacts, ...]] = []
        borders = False
        for row_index, row in enumerate(self._walk(table, "table:table-row"), start=1):
            cells: list[CellFacts] = []
            column = 0
            cell_index = 0
            for cell in _children(row):
                if _is(cell, "table:covered-table-cell"):
                    column += int(_attr(cell, "table:number-columns-repeated") or "1")
                    continue
                if not _is(cell, "table:table-cell"):
                    continue
                cell_index += 1
                span = int(_attr(cell, "table:number-columns-spanned") or "1")
                row_span = int(_attr(cell, "table:number-rows-spanned") or "1")
                style = self._styles.get("table-cell", _attr(cell, "table:style-name"))
                props = _Styles.properties([style] if style is not None else [], "table-cell")
                padding = _mm(props.get("fo:padding")) or 0.0
                left = _mm(props.get("fo:padding-left")) or padding
                right = _mm(props.get("fo:padding-right")) or padding
                borders = borders or any(
                    _border(props.get(key)) is not None
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
            rows.append(tuple(cells))
        return TableFacts(
            location=location, rows=tuple(rows), column_widths=tuple(columns), borders=borders
        )

    def _walk(self, table: Any, name: str) -> Iterator[Any]:
        for child in _children(table):
            if _is(child, name):
                yield child
            elif (
                _is(child, "table:table-header-rows")
                or _is(child, "table:table-rows")
                or _is(child, "table:table-columns")
                or _is(child, "table:table-header-columns")
            ):
                yield from self._walk(child, name)
