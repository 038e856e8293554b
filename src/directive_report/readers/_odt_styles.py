"""OpenDocument names, lengths and styles resolved through their parents (private)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from directive_report.exporters._odf import NAMESPACES
from directive_report.readers.facts import Align, Border

__all__ = [
    "ALIGN",
    "MIMETYPE",
    "Styles",
    "attr",
    "border",
    "children",
    "is_",
    "mm",
    "pt",
    "text_facts",
]

#: The OpenDocument namespaces, as the ODT exporter declares them.
_NS: Final = NAMESPACES
_LENGTH: Final = re.compile(r"^\s*(-?[\d.]+)\s*(mm|cm|in|pt|pc|px|%)?\s*$")
_MM: Final = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": 25.4 / 72, "pc": 25.4 / 6, "px": 25.4 / 96}
ALIGN: Final = {
    "start": Align.LEFT,
    "left": Align.LEFT,
    "center": Align.CENTER,
    "end": Align.RIGHT,
    "right": Align.RIGHT,
    "justify": Align.JUSTIFY,
}
_MAX_DEPTH: Final = 32
MIMETYPE: Final = "application/vnd.oasis.opendocument.text"


def q(name: str) -> tuple[str, str]:
    prefix, local = name.split(":")
    return _NS[prefix], local


def attr(element: Any, name: str) -> str | None:
    value = element.attributes.get(q(name))
    return None if value is None else str(value)


def is_(element: Any, name: str) -> bool:
    return getattr(element, "qname", None) == q(name)


def children(element: Any, name: str | None = None) -> Iterator[Any]:
    for child in element.childNodes:
        if child.nodeType == child.ELEMENT_NODE and (name is None or is_(child, name)):
            yield child


def mm(value: str | None, reference: float | None = None) -> float | None:
    if value is None:
        return None
    match = _LENGTH.match(value)
    if match is None:
        return None
    number, unit = float(match.group(1)), match.group(2) or "mm"
    if unit == "%":
        return None if reference is None else reference * number / 100
    return number * _MM[unit]


def pt(value: str | None) -> float | None:
    length = mm(value)
    return None if length is None else round(length / _MM["pt"], 3)


def border(value: str | None) -> Border | None:
    if not value or value.strip() in ("none", "hidden"):
        return None
    parts = value.split()
    width = next((pt(part) for part in parts if pt(part) is not None), 0.5) or 0.5
    style = next((part for part in parts if part.isalpha()), "solid")
    colour = next((part[1:] for part in parts if part.startswith("#")), None)
    return Border(width=width, style=style, colour=colour)


class Styles:
    """Named, automatic and default styles, resolved through their parents."""

    def __init__(self, document: Any) -> None:
        self._styles: dict[tuple[str, str], Any] = {}
        self._defaults: dict[str, Any] = {}
        self._automatic: set[tuple[str, str]] = set()
        self.page_layouts: dict[str, Any] = {}
        self.list_styles: dict[str, Any] = {}
        self.fonts: dict[str, str] = {}
        for holder in (document.fontfacedecls,):
            for face in children(holder, "style:font-face"):
                family = attr(face, "svg:font-family") or attr(face, "style:name") or ""
                self.fonts[attr(face, "style:name") or ""] = family.strip("'\"")
        for holder in (document.styles, document.automaticstyles, document.masterstyles):
            for style in children(holder):
                if is_(style, "style:default-style"):
                    self._defaults[attr(style, "style:family") or ""] = style
                elif is_(style, "style:style"):
                    key = (attr(style, "style:family") or "", attr(style, "style:name") or "")
                    self._styles[key] = style
                    if holder is document.automaticstyles:
                        self._automatic.add(key)
                elif is_(style, "style:page-layout"):
                    self.page_layouts[attr(style, "style:name") or ""] = style
                elif is_(style, "text:list-style"):
                    self.list_styles[attr(style, "style:name") or ""] = style

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
            name = attr(style, "style:parent-style-name")
        default = self._defaults.get(family)
        return ([default] if default is not None else []) + found[::-1]

    def display_name(self, family: str, name: str | None) -> str | None:
        """The name a user sees: an automatic style shows the named style it derives from."""
        for _ in range(_MAX_DEPTH):
            if (family, name or "") not in self._automatic:
                break
            name = attr(self._styles[family, name or ""], "style:parent-style-name")
        style = self.get(family, name)
        return (attr(style, "style:display-name") if style is not None else None) or name

    @staticmethod
    def properties(chain: list[Any], kind: str) -> dict[str, str]:
        """The merged ``style:<kind>-properties`` attributes of *chain*, keyed ``prefix:name``."""
        merged: dict[str, str] = {}
        reverse = {uri: prefix for prefix, uri in _NS.items()}
        for style in chain:
            for props in children(style, f"style:{kind}-properties"):
                for (uri, local), value in props.attributes.items():
                    if uri in reverse:
                        merged[f"{reverse[uri]}:{local}"] = str(value)
        return merged


def text_facts(props: dict[str, str], fonts: dict[str, str]) -> dict[str, Any]:
    font = props.get("style:font-name")
    family = fonts.get(font, font) if font else props.get("fo:font-family")
    weight = props.get("fo:font-weight", "normal")
    underline = props.get("style:text-underline-style", "none")
    colour = props.get("fo:color")
    return {
        "font": family.strip("'\"") if family else None,
        "size": pt(props.get("fo:font-size")),
        "bold": weight == "bold" or (weight.isdigit() and int(weight) >= 600),
        "italic": props.get("fo:font-style", "normal") in ("italic", "oblique"),
        "underline": underline not in ("none", ""),
        "caps": props.get("fo:text-transform") == "uppercase",
        "colour": colour[1:].upper() if colour and colour.startswith("#") else None,
    }
