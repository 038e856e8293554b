"""Helpers of the DOCX reader: table cells, padding and borders, drawn lines (private)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final, TypeAlias

from directive_report.readers._docx_styles import twips_to_mm, w

#: An lxml element (lxml ships no type information).
Element: TypeAlias = Any

_WP: Final = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A: Final = "http://schemas.openxmlformats.org/drawingml/2006/main"
_V: Final = "urn:schemas-microsoft-com:vml"
_EMU_PER_MM: Final = 36000
#: Word's default left and right cell padding (108 twips), in mm.
DEFAULT_CELL_PADDING: Final = 108 * 25.4 / 1440
CONTAINERS: Final = frozenset(
    w(tag) for tag in ("hyperlink", "ins", "smartTag", "customXml", "moveTo", "sdt", "sdtContent")
)
_VML_LENGTH: Final = re.compile(r"^\s*(-?[\d.]+)\s*(pt|mm|cm|in|px|emu)?\s*$")
_VML_UNITS_MM: Final = {
    "pt": 25.4 / 72,
    "mm": 1.0,
    "cm": 10.0,
    "in": 25.4,
    "px": 25.4 / 96,
    "emu": 1 / _EMU_PER_MM,
}


def row_cells(tr: Element) -> Iterator[Element]:
    for child in tr:
        if child.tag == w("tc"):
            yield child
        elif child.tag in CONTAINERS:
            yield from row_cells(child)


def cell_layers(tc_pr: Element | None) -> list[Element]:
    return [] if tc_pr is None else [tc_pr]


def cell_padding(
    layers: list[Element], default: tuple[float, float] | None = None
) -> tuple[float, float]:
    left, right = default or (DEFAULT_CELL_PADDING, DEFAULT_CELL_PADDING)
    for element in layers:
        margins = element.find(w("tblCellMar"))
        if margins is None:
            margins = element.find(w("tcMar"))
        if margins is None:
            continue
        for side_names, index in ((("left", "start"), 0), (("right", "end"), 1)):
            for side in side_names:
                edge = margins.find(w(side))
                if edge is not None and edge.get(w("type"), "dxa") == "dxa":
                    value = twips_to_mm(edge.get(w("w"))) or 0.0
                    left, right = (value, right) if index == 0 else (left, value)
    return left, right


def _visible(edge: Element) -> bool:
    return edge.get(w("val"), "single") not in ("nil", "none")


def has_borders(layers: list[Element]) -> bool:
    found: dict[str, bool] = {}
    for element in layers:
        borders = element.find(w("tblBorders"))
        if borders is not None:
            for edge in borders:
                found[str(edge.tag)] = _visible(edge)
    return any(found.values())


def has_cell_borders(tc_pr: Element | None) -> bool:
    borders = tc_pr.find(w("tcBorders")) if tc_pr is not None else None
    return borders is not None and any(_visible(edge) for edge in borders)


# ------------------------------------------------------------------------------------------------
# Drawn lines


def drawn_lines(drawing: Element) -> Iterator[tuple[float, float | None]]:
    """Horizontal lines drawn with DrawingML: ``(length mm, offset mm or None)``."""
    for holder in drawing:
        extent = holder.find(f"{{{_WP}}}extent")
        if extent is None:
            continue
        geometry = holder.find(f".//{{{_A}}}prstGeom")
        connector = geometry is not None and geometry.get("prst", "").endswith(
            ("line", "Connector1")
        )
        if not connector:
            continue
        length = float(extent.get("cx", "0")) / _EMU_PER_MM
        height = float(extent.get("cy", "0")) / _EMU_PER_MM
        if length <= height:
            continue
        offset = None
        position = holder.find(f"{{{_WP}}}positionH")
        if position is not None:
            value = position.find(f"{{{_WP}}}posOffset")
            if value is not None and value.text:
                offset = float(value.text) / _EMU_PER_MM
        yield length, offset


def _vml_length(value: str) -> float | None:
    match = _VML_LENGTH.match(value)
    if match is None:
        return None
    return float(match.group(1)) * _VML_UNITS_MM[match.group(2) or "px"]


def vml_lines(pict: Element) -> Iterator[tuple[float, float | None]]:
    """Horizontal lines drawn with VML ``v:line`` (older Word files)."""
    for line in pict.iter(f"{{{_V}}}line"):
        start = [_vml_length(part) for part in line.get("from", "0,0").split(",")]
        end = [_vml_length(part) for part in line.get("to", "0,0").split(",")]
        if len(start) != 2 or len(end) != 2 or None in start or None in end:
            continue
        x1, y1, x2, y2 = (value or 0.0 for value in (*start, *end))
        if abs(x2 - x1) > abs(y2 - y1):
            yield abs(x2 - x1), None
