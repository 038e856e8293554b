"""The text of a published DOCX or PDF file as the corpus keeps it (README.md, "Documents from
their files"): a DOCX in document order — each paragraph a line, a table row by row with each
cell's paragraphs as lines and a line "|" between cells, the list numbers Word generates written
out; a PDF as ``pdftotext`` reads it, page breaks removed; NFC.

    python file_text.py FILE > texts/<id>.txt
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from directive_report.vi.markers import to_roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _format(number: int, kind: str) -> str:
    if kind == "upperRoman":
        return to_roman(number)
    if kind == "lowerRoman":
        return to_roman(number).lower()
    if kind == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    if kind == "upperLetter":
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(number - 1) % 26]
    if kind in ("bullet", "none"):
        return ""
    return str(number)


class _Numbering:
    """The numbers Word draws before list paragraphs, counted in document order."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {}
        for node in root.findall(f"{W}abstractNum"):
            abstract[node.get(f"{W}abstractNumId")] = node
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None or ref.get(f"{W}val") not in abstract:
                continue
            for lvl in abstract[ref.get(f"{W}val")].findall(f"{W}lvl"):
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                self.levels[(num.get(f"{W}numId"), int(lvl.get(f"{W}ilvl")))] = (
                    fmt.get(f"{W}val") if fmt is not None else "decimal",
                    text.get(f"{W}val") if text is not None else "",
                    int(start.get(f"{W}val")) if start is not None else 1,
                )
        self.abstract_of = {
            num.get(f"{W}numId"): num.find(f"{W}abstractNumId").get(f"{W}val")
            for num in root.findall(f"{W}num")
            if num.find(f"{W}abstractNumId") is not None
        }

    def label(self, paragraph: Any) -> str:
        props = paragraph._p.pPr
        numpr = props.numPr if props is not None else None
        if numpr is None and paragraph.style is not None:
            style_props = paragraph.style.element.pPr
            numpr = style_props.numPr if style_props is not None else None
        if numpr is None or numpr.numId is None:
            return ""
        num_id = str(numpr.numId.val)
        level = int(numpr.ilvl.val) if numpr.ilvl is not None else 0
        if (num_id, level) not in self.levels:
            return ""
        key = self.abstract_of.get(num_id, num_id)
        counters = self.counters.setdefault(key, [0] * 9)
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        kind, text, start = self.levels[(num_id, level)]
        counters[level] = counters[level] + 1 if counters[level] else start
        if kind in ("bullet", "none"):
            return ""
        for shallower in range(level + 1):
            entry = self.levels.get((num_id, shallower))
            if entry is None:
                continue
            value = counters[shallower] or entry[2]
            text = text.replace(f"%{shallower + 1}", _format(value, entry[0]))
        return text + " "


def _docx_lines(path: Path) -> Iterator[str]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    numbering = _Numbering(document)

    def paragraph_line(element: Any, parent: Any) -> str:
        paragraph = Paragraph(element, parent)
        return numbering.label(paragraph) + paragraph.text

    def table_lines(table: Any) -> Iterator[str]:
        for row in table.rows:
            seen: list[Any] = []
            for cell in row.cells:
                if seen and cell._tc is seen[-1]:
                    continue
                if seen:
                    yield "|"
                seen.append(cell._tc)
                for child in cell._tc.iterchildren():
                    if child.tag == f"{W}p":
                        yield paragraph_line(child, cell)
                    elif child.tag == f"{W}tbl":
                        yield from table_lines(Table(child, cell))

    for child in document.element.body.iterchildren():
        if child.tag == f"{W}p":
            yield paragraph_line(child, document)
        elif child.tag == f"{W}tbl":
            yield from table_lines(Table(child, document))


def file_text(path: Path) -> str:
    """The corpus text of the DOCX or PDF at *path*."""
    if path.suffix.lower() == ".pdf":
        text = subprocess.run(
            ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
        ).stdout.replace("\f", "")
    else:
        text = "\n".join(_docx_lines(path))
    return unicodedata.normalize("NFC", text).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(file_text(Path(sys.argv[1])))
