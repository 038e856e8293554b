"""Markdown → page facts, for :func:`~directive_report.ingest`.

The body is parsed with markdown-it-py (CommonMark with GFM tables, as
:func:`~directive_report.readers.markdown_reader.shown_blocks` parses it for ``read``); TOML front
matter, if any, is left out (``ingest`` reads what the page shows).  Each line of a paragraph
(a hard line break ends one, as the header's lines are written) becomes a paragraph; a heading
is bold; a list item's marker (``-``, ``+``, ``1.``) is its numbering label; a GFM table becomes
a table of one paragraph a cell (Markdown cannot merge cells); a thematic break is dropped.
Markdown says bold and italic only where it marks them (``**…**``, ``*…*``), so like plain text
every other run's formatting is ``None`` (the file does not say), and a paragraph that follows a
blank line has ``space_before`` of one blank line.

markdown-it-py is imported only when a Markdown file is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from directive_report import i18n
from directive_report.exporters._front_matter import split_front_matter
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
        elif token.type == "inline":
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
