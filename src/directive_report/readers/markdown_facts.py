"""Markdown → page facts, for :func:`~directive_report.ingest`.

The body is parsed with markdown-it-py (CommonMark with GFM tables, as
:func:`~directive_report.readers.markdown_reader.shown_blocks` parses it for ``read``); TOML front
matter, if any, is left out (``ingest`` reads what the page shows).  Each line of a paragraph
(a hard line break ends one, as the header's lines are written) becomes a paragraph; a heading
is bold; a list item's marker (``-``, ``+``, ``1.``) is its numbering label; a GFM table becomes
a table of one paragraph a cell; a thematic break is dropped.  Markdown cannot merge cells: the
line under a table that states its merges as the library writes it (``Ô gộp: “Năm 2024” gồm
cột 3–4; “STT” gồm dòng tiêu đề 1–2.``) merges them back, the cells they cover (left empty)
dropped, and is not read as text.
Markdown says bold and italic only where it marks them (``**…**``, ``*…*``), so like plain text
every other run's formatting is ``None`` (the file does not say), and a paragraph that follows a
blank line has ``space_before`` of one blank line.

markdown-it-py is imported only when a Markdown file is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from directive_report import i18n
from directive_report.exporters._front_matter import split_front_matter
from directive_report.exporters._markdown_tables import MERGE_LABEL
from directive_report.readers._limits import Source, UnreadableFileError, read_source, source_name
from directive_report.readers.facts import (
    BlockFacts,
    CellFacts,
    PageFacts,
    ParagraphFacts,
    RunFacts,
    SectionFacts,
    TableFacts,
)
from directive_report.readers.text_reader import BLANK_LINE, decode_text

__all__ = ["read_markdown_facts"]

#: One merged cell in the line stating a table's merges: its text and what it spans.
_MERGE: Final = re.compile(
    r"“(?P<text>.*?)” gồm (?P<spans>(?:(?:cột|dòng tiêu đề|dòng) \d+–\d+(?:, )?)+)"
)
_SPAN: Final = re.compile(r"(?P<kind>cột|dòng tiêu đề|dòng) (?P<first>\d+)–(?P<last>\d+)")


def _lines(children: Sequence[Any], bold: bool = False) -> list[list[RunFacts]]:
    """The runs of an inline token's children, cut into lines at hard breaks."""
    lines: list[list[RunFacts]] = [[]]
    strong = emphasis = 0
    for child in children:
        if child.type == "strong_open":
            strong += 1
        elif child.type == "strong_close":
            strong -= 1
        elif child.type == "em_open":
            emphasis += 1
        elif child.type == "em_close":
            emphasis -= 1
        elif child.type == "hardbreak":
            lines.append([])
        elif child.type in ("text", "code_inline", "softbreak"):
            text = " " if child.type == "softbreak" else child.content
            lines[-1].append(
                RunFacts(
                    text=text,
                    bold=True if strong or bold else None,
                    italic=True if emphasis else None,
                )
            )
        elif child.children:  # an image: its description
            lines[-1].extend(run for line in _lines(child.children, bold) for run in line)
    return [line for line in lines if "".join(run.text for run in line).strip()]


class _Reader:
    def __init__(self, first_line: int) -> None:
        self.first_line = first_line
        self.blocks: list[BlockFacts] = []
        self.label = ""
        self.gap = False

    def location(self, token: Any) -> str:
        return f"line {self.first_line + (token.map[0] if token.map else 0)}"

    def paragraphs(self, token: Any, *, bold: bool = False) -> None:
        for number, runs in enumerate(_lines(token.children or (), bold)):
            self.blocks.append(
                ParagraphFacts(
                    location=self.location(token),
                    runs=tuple(runs),
                    label=self.label if number == 0 else "",
                    space_before=BLANK_LINE if self.gap and number == 0 and self.blocks else None,
                )
            )
            self.label = ""
        self.gap = False

    def merge(self, content: str) -> bool:
        """Merge the cells of the table just read as the line *content* states, if it is the
        line stating its merges; whether it was."""
        statement = content.strip("*_ ").replace("\\", "")
        last = self.blocks[-1] if self.blocks else None
        if not (statement.startswith(MERGE_LABEL) and isinstance(last, TableFacts)):
            return False
        table = merged(last, statement)
        if table is None:
            return False
        self.blocks[-1] = table
        return True

    def table(self, tokens: Sequence[Any], start: int) -> int:
        """Read the table whose ``table_open`` is *tokens[start]*; the index after it."""
        rows: list[tuple[CellFacts, ...]] = []
        cells: list[CellFacts] = []
        index = start
        while tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "tr_close":
                rows.append(tuple(cells))
                cells = []
            elif token.type == "inline":
                runs = [run for line in _lines(token.children or ()) for run in line]
                blocks = (
                    (ParagraphFacts(location=self.location(token), runs=tuple(runs)),)
                    if runs
                    else ()
                )
                cells.append(CellFacts(blocks=blocks, column=len(cells)))
            index += 1
        self.blocks.append(
            TableFacts(location=self.location(tokens[start]), rows=tuple(rows), borders=True)
        )
        self.gap = True
        return index + 1


def _header_rows(rows: Sequence[Sequence[CellFacts]]) -> int:
    """How many rows at the top are header rows: written in bold, every cell that has text."""
    count = 0
    for row in rows:
        inked = [run for cell in row for p in cell.paragraphs() for run in p.runs if run.text]
        if not inked or not all(run.bold for run in inked):
            break
        count += 1
    return max(count, 1)


def merged(table: TableFacts, statement: str) -> TableFacts | None:
    """*table* with the merges the line *statement* states, or None when it states none that
    the table holds (a cell of that text where it says)."""
    rows = [list(row) for row in table.rows]
    header = _header_rows(rows)
    done = False
    for match in _MERGE.finditer(statement):
        text = "" if match["text"] == "(trống)" else match["text"]
        row, column, rowspan, colspan = None, None, 1, 1
        for span in _SPAN.finditer(match["spans"]):
            first, last = int(span["first"]), int(span["last"])
            if span["kind"] == "cột":
                column, colspan = first - 1, last - first + 1
            else:
                row = first - 1 + (0 if span["kind"] == "dòng tiêu đề" else header)
                rowspan = last - first + 1
        # a merge across columns alone names no row: the first cell of that text in the column
        candidates = range(len(rows)) if row is None else [row] if row < len(rows) else []
        found = next(
            (
                (number, index)
                for number in candidates
                for index, cell in enumerate(rows[number])
                if cell.text == text
                and (column is None or cell.column == column)
                and cell.column_span == cell.row_span == 1
            ),
            None,
        )
        if found is None:
            return None
        row, anchor = found
        cell = rows[row][anchor]
        start = cell.column
        rows[row][anchor] = attrs.evolve(cell, column_span=colspan, row_span=rowspan)
        for covered in range(row, min(row + rowspan, len(rows))):
            rows[covered] = [
                other
                for other in rows[covered]
                if other is rows[row][anchor] or not start <= other.column < start + colspan
            ]
        done = True
    return attrs.evolve(table, rows=tuple(tuple(row) for row in rows)) if done else None


def read_markdown_facts(source: Source) -> PageFacts:
    """The page facts of the Markdown file *source* (see the module's description)."""
    from markdown_it import MarkdownIt

    name = source_name(source)
    _, body, first_line = split_front_matter(decode_text(read_source(source), name), name)
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    reader = _Reader(first_line)
    heading = False
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "table_open":
            index = reader.table(tokens, index)
            continue
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "list_item_open":
            reader.label = f"{token.info}{token.markup}"
        elif token.type in ("paragraph_open", "hr") and not reader.label:
            reader.gap = reader.gap or token.type == "hr" or not token.hidden
        elif token.type == "inline" and not reader.merge(token.content):
            reader.paragraphs(token, bold=heading)
        index += 1
    if not reader.blocks:
        raise UnreadableFileError(name, i18n._("the file holds no text"))
    return PageFacts(
        source=name,
        format="markdown",
        blocks=tuple(reader.blocks),
        sections=(SectionFacts(page=None),),
    )
