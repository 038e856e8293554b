"""WordprocessingML formatting resolved through the style hierarchy (private).

A property of a paragraph or run is the last value given along: the document defaults
(``w:docDefaults``), the table style (inside a table), the paragraph style and its ``w:basedOn``
ancestors, the character style and its ancestors (runs), and the direct formatting.  The helpers
here collect those property elements in that order and read each property from the last one
that sets it.  Automatic numbering (``numbering.xml``) is counted here too, so a paragraph's
``I.``/``1.``/``a)`` label is known even when the text does not contain it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, TypeAlias

from directive_report.readers.facts import Align, Border

#: An lxml element (lxml ships no type information).
Element: TypeAlias = Any

__all__ = ["Numbering", "Styles", "W", "format_number", "on_off", "theme_fonts", "twips_to_mm", "w"]

W: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A: Final = "http://schemas.openxmlformats.org/drawingml/2006/main"
_MAX_DEPTH: Final = 32


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML tag or attribute."""
    return f"{{{W}}}{tag}"


def twips_to_mm(value: str | None) -> float | None:
    """Twentieths of a point to millimetres."""
    number = _number(value)
    return None if number is None else number * 25.4 / 1440


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def on_off(element: Element | None) -> bool | None:
    """A toggle property: ``None`` when absent, else its ``w:val`` (absent val means on)."""
    if element is None:
        return None
    return element.get(w("val"), "true").lower() not in ("0", "false", "off", "none")


_ALIGN: Final = {
    "left": Align.LEFT,
    "start": Align.LEFT,
    "center": Align.CENTER,
    "right": Align.RIGHT,
    "end": Align.RIGHT,
    "both": Align.JUSTIFY,
    "distribute": Align.JUSTIFY,
    "mediumKashida": Align.JUSTIFY,
    "highKashida": Align.JUSTIFY,
    "lowKashida": Align.JUSTIFY,
    "thaiDistribute": Align.JUSTIFY,
}


def _last(elements: Sequence[Element], path: str) -> Element | None:
    for element in reversed(elements):
        found = element.find(path)
        if found is not None:
            return found
    return None


def _last_attribute(elements: Sequence[Element], path: str, *names: str) -> str | None:
    for element in reversed(elements):
        found = element.find(path)
        if found is not None:
            for name in names:
                value = found.get(w(name))
                if value is not None:
                    return str(value)
    return None


class Styles:
    """The styles part: style chains, document defaults and theme fonts."""

    def __init__(self, styles: Element | None, theme_fonts: dict[str, str]) -> None:
        self._by_id: dict[str, Element] = {}
        self._default_paragraph: str | None = None
        self._default_table: str | None = None
        self.theme_fonts = theme_fonts
        self.doc_run: Element | None = None
        self.doc_paragraph: Element | None = None
        if styles is None:
            return
        for style in styles.iter(w("style")):
            style_id = style.get(w("styleId"))
            if style_id is None:
                continue
            self._by_id[style_id] = style
            if style.get(w("default")) in ("1", "true", "on"):
                kind = style.get(w("type"))
                if kind == "paragraph":
                    self._default_paragraph = style_id
                elif kind == "table":
                    self._default_table = style_id
        self.doc_run = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self.doc_paragraph = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")

    def chain(self, style_id: str | None) -> list[Element]:
        """The style *style_id* and its ``basedOn`` ancestors, the root first."""
        found: list[Element] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and len(found) < _MAX_DEPTH:
            seen.add(style_id)
            style = self._by_id.get(style_id)
            if style is None:
                break
            found.append(style)
            based = style.find(w("basedOn"))
            style_id = based.get(w("val")) if based is not None else None
        return found[::-1]

    def name(self, style_id: str | None) -> str | None:
        """The display name of a style."""
        style = self._by_id.get(style_id or "")
        if style is None:
            return None
        name = style.find(w("name"))
        return name.get(w("val")) if name is not None else style_id

    def paragraph_style_id(self, p_pr: Element | None) -> str | None:
        """The paragraph's style id, or the default paragraph style's."""
        if p_pr is not None:
            p_style = p_pr.find(w("pStyle"))
            if p_style is not None:
                return _optional_str(p_style.get(w("val")))
        return self._default_paragraph

    def table_style_id(self, tbl_pr: Element | None) -> str | None:
        """The table's style id, or the default table style's."""
        if tbl_pr is not None:
            t_style = tbl_pr.find(w("tblStyle"))
            if t_style is not None:
                return _optional_str(t_style.get(w("val")))
        return self._default_table

    def paragraph_properties(self, p_pr: Element | None, table_style: str | None) -> list[Element]:
        """Every ``w:pPr`` that applies to a paragraph, lowest priority first."""
        layers: list[Element] = [] if self.doc_paragraph is None else [self.doc_paragraph]
        for style in [*self.chain(table_style), *self.chain(self.paragraph_style_id(p_pr))]:
            found = style.find(w("pPr"))
            if found is not None:
                layers.append(found)
        if p_pr is not None:
            layers.append(p_pr)
        return layers

    def run_properties(
        self, p_pr: Element | None, r_pr: Element | None, table_style: str | None
    ) -> list[Element]:
        """Every ``w:rPr`` that applies to a run, lowest priority first."""
        layers: list[Element] = [] if self.doc_run is None else [self.doc_run]
        styles = [*self.chain(table_style), *self.chain(self.paragraph_style_id(p_pr))]
        if r_pr is not None:
            r_style = r_pr.find(w("rStyle"))
            if r_style is not None:
                styles.extend(self.chain(r_style.get(w("val"))))
        for style in styles:
            found = style.find(w("rPr"))
            if found is not None:
                layers.append(found)
        if r_pr is not None:
            layers.append(r_pr)
        return layers

    # ---------------------------------------------------------------------------------------
    # Reading properties from layers

    def font(self, layers: Sequence[Element]) -> str | None:
        """The Latin font family, theme fonts resolved."""
        for element in reversed(layers):
            fonts = element.find(w("rFonts"))
            if fonts is None:
                continue
            for name in ("ascii", "hAnsi"):
                value = fonts.get(w(name))
                if value:
                    return str(value)
            for name in ("asciiTheme", "hAnsiTheme"):
                value = fonts.get(w(name))
                if value:
                    return self.theme_fonts.get("major" if value.startswith("major") else "minor")
        return None

    @staticmethod
    def size(layers: Sequence[Element]) -> float | None:
        """The font size in points (``w:sz`` is in half-points)."""
        value = _number(_last_attribute(layers, w("sz"), "val"))
        return None if value is None else value / 2

    @staticmethod
    def toggle(layers: Sequence[Element], tag: str) -> bool:
        """A toggle property (``b``, ``i``, ``caps``), false when no layer sets it."""
        return bool(on_off(_last(layers, w(tag))))

    @staticmethod
    def underline(layers: Sequence[Element]) -> bool:
        """Whether the text is underlined."""
        value = _last_attribute(layers, w("u"), "val")
        return value is not None and value != "none"

    @staticmethod
    def colour(layers: Sequence[Element]) -> str | None:
        """The text colour as ``RRGGBB``; ``None`` for automatic."""
        value = _last_attribute(layers, w("color"), "val")
        return None if value in (None, "auto") else value

    @staticmethod
    def align(layers: Sequence[Element]) -> Align:
        """The paragraph's alignment (left when no layer sets it)."""
        value = _last_attribute(layers, w("jc"), "val")
        return _ALIGN.get(value or "left", Align.LEFT)

    @staticmethod
    def indents(layers: Sequence[Element]) -> tuple[float, float, float]:
        """Left, right and first-line indents in mm (first line negative when hanging)."""
        left = twips_to_mm(_last_attribute(layers, w("ind"), "left", "start")) or 0.0
        right = twips_to_mm(_last_attribute(layers, w("ind"), "right", "end")) or 0.0
        first = 0.0
        for element in reversed(layers):
            ind = element.find(w("ind"))
            if ind is None:
                continue
            if ind.get(w("hanging")) is not None:
                first = -(twips_to_mm(ind.get(w("hanging"))) or 0.0)
                break
            if ind.get(w("firstLine")) is not None:
                first = twips_to_mm(ind.get(w("firstLine"))) or 0.0
                break
        return left, right, first

    @staticmethod
    def spacing(layers: Sequence[Element]) -> tuple[float, float, float | None, float | None]:
        """Space before and after in points, and the line spacing: a multiple, or a height in
        points (exact or at least)."""
        before = _number(_last_attribute(layers, w("spacing"), "before")) or 0.0
        after = _number(_last_attribute(layers, w("spacing"), "after")) or 0.0
        line = _number(_last_attribute(layers, w("spacing"), "line"))
        rule = _last_attribute(layers, w("spacing"), "lineRule") or "auto"
        if line is None:
            return before / 20, after / 20, 1.0, None
        if rule == "auto":
            return before / 20, after / 20, line / 240, None
        return before / 20, after / 20, None, line / 20

    @staticmethod
    def border(layers: Sequence[Element], side: str) -> Border | None:
        """The top or bottom paragraph border, ``None`` when none is drawn."""
        edge = _last(layers, f"{w('pBdr')}/{w(side)}")
        if edge is None:
            return None
        style = edge.get(w("val"), "single")
        if style in ("nil", "none"):
            return None
        size = _number(edge.get(w("sz"))) or 4.0
        colour = edge.get(w("color"))
        return Border(
            width=size / 8, style=style, colour=None if colour in (None, "auto") else colour
        )

    @staticmethod
    def number_reference(layers: Sequence[Element]) -> tuple[str, int] | None:
        """The ``(numId, ilvl)`` of the paragraph's automatic numbering, if any."""
        num_id = _last_attribute(layers, f"{w('numPr')}/{w('numId')}", "val")
        if num_id is None or num_id == "0":
            return None
        level = _number(_last_attribute(layers, f"{w('numPr')}/{w('ilvl')}", "val")) or 0
        return num_id, int(level)


# ------------------------------------------------------------------------------------------------
# Automatic numbering

_PRIVATE_BULLETS: Final = {
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf02d": "-",
    "\uf0d8": "➢",
    "\uf076": "❖",
}


def _letter(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def format_number(number: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman") and 1 <= number <= 3999:
        from directive_report.vi import to_roman

        return to_roman(number) if fmt == "upperRoman" else to_roman(number).lower()
    if fmt == "upperLetter":
        return _letter(number).upper()
    if fmt == "lowerLetter":
        return _letter(number)
    if fmt == "none":
        return ""
    return str(number)


class Numbering:
    """The numbering part, counting as paragraphs are read in order."""

    def __init__(self, numbering: Element | None) -> None:
        self._levels: dict[str, dict[int, Element]] = {}
        self._starts: dict[str, dict[int, int]] = {}
        self._counters: dict[str, list[int]] = {}
        if numbering is None:
            return
        abstract: dict[str, dict[int, Element]] = {}
        for item in numbering.iter(w("abstractNum")):
            abstract[item.get(w("abstractNumId"), "")] = {
                int(lvl.get(w("ilvl"), "0")): lvl for lvl in item.iter(w("lvl"))
            }
        for num in numbering.iter(w("num")):
            num_id = num.get(w("numId"), "")
            ref = num.find(w("abstractNumId"))
            levels = dict(abstract.get(ref.get(w("val"), "") if ref is not None else "", {}))
            starts: dict[int, int] = {}
            for override in num.iter(w("lvlOverride")):
                level = int(override.get(w("ilvl"), "0"))
                start = override.find(w("startOverride"))
                if start is not None:
                    starts[level] = int(_number(start.get(w("val"))) or 1)
                replaced = override.find(w("lvl"))
                if replaced is not None:
                    levels[level] = replaced
            self._levels[num_id] = levels
            self._starts[num_id] = starts

    def _start(self, num_id: str, level: int) -> int:
        if level in self._starts.get(num_id, {}):
            return self._starts[num_id][level]
        lvl = self._levels.get(num_id, {}).get(level)
        start = lvl.find(w("start")) if lvl is not None else None
        return int(_number(start.get(w("val"))) or 1) if start is not None else 1

    @staticmethod
    def _attribute(lvl: Element | None, tag: str, default: str) -> str:
        found = lvl.find(w(tag)) if lvl is not None else None
        return found.get(w("val"), default) if found is not None else default

    def label(self, num_id: str, level: int) -> str:
        """The label of the next paragraph numbered at (*num_id*, *level*)."""
        levels = self._levels.get(num_id)
        if not levels:
            return ""
        level = max(0, min(level, 8))
        counters = self._counters.setdefault(num_id, [self._start(num_id, i) - 1 for i in range(9)])
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = self._start(num_id, deeper) - 1
        lvl = levels.get(level)
        fmt = self._attribute(lvl, "numFmt", "decimal")
        text = self._attribute(lvl, "lvlText", "")
        if fmt == "bullet":
            return "".join(_PRIVATE_BULLETS.get(char, char) for char in text).strip()
        for index in range(9, 0, -1):
            placeholder = f"%{index}"
            if placeholder in text:
                number = max(counters[index - 1], self._start(num_id, index - 1))
                level_fmt = self._attribute(levels.get(index - 1), "numFmt", "decimal")
                text = text.replace(placeholder, format_number(number, level_fmt))
        return text.strip()


def theme_fonts(theme: Element | None) -> dict[str, str]:
    """The theme's Latin major and minor fonts: ``{"major": "Cambria", "minor": "Calibri"}``."""
    fonts: dict[str, str] = {}
    if theme is None:
        return fonts
    for kind in ("major", "minor"):
        latin = theme.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
        if latin is not None and latin.get("typeface"):
            fonts[kind] = latin.get("typeface", "")
    return fonts
