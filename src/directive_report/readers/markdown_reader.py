"""Markdown the library wrote → its report and the text its body shows.

A Markdown file written with ``ExportOptions.embed_model`` (the default) starts with the report as
TOML front matter between ``+++`` lines (:mod:`directive_report.exporters._front_matter`);
:func:`carried_report` loads it, with the file's own line numbers in any TOML error.
:func:`shown_blocks` parses the body with markdown-it-py (CommonMark and GFM tables, as the
exporter writes them) into the text of every paragraph, heading, list item and table cell, with
its line in the file: what :func:`~directive_report.readers.read` compares against a fresh
rendering of the carried report.  When the body was edited and ``strict=False``, ``read`` ingests
the body through :mod:`directive_report.readers.markdown_facts`.

markdown-it-py is imported only when a Markdown file is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from directive_report import i18n
from directive_report.errors import EmbeddedReportError
from directive_report.exporters._front_matter import FENCE, split_front_matter
from directive_report.readers.text_reader import decode_text

if TYPE_CHECKING:
    from directive_report.model import Report

__all__ = ["carried_report", "shown_blocks"]


def carried_report(data: bytes, name: str, base: str | None = None) -> Report:
    """The report in the front matter of the Markdown file *data* (named *name*; a table's
    ``source`` file is found relative to the folder *base*).

    Raises :class:`~directive_report.readers.UnreadableFileError` for a file that is not UTF-8
    text, :class:`~directive_report.errors.EmbeddedReportError` for Markdown without front
    matter, and :class:`~directive_report.errors.ReportLoadError` (file, line, what was expected)
    for front matter that does not parse or is not a report.
    """
    from directive_report.serialize import loads

    toml, _, _ = split_front_matter(decode_text(data, name), name)
    if toml is None:
        raise EmbeddedReportError(
            name,
            i18n._(
                "the Markdown file carries no report (no TOML front matter between {fence} lines at its top): it was written with embed_model=False (--no-embed) or by another program"
            ).format(fence=FENCE),
        )
    return loads(toml, "toml", source=name, base=base)


def shown_blocks(data: bytes, name: str) -> list[tuple[str, str]]:
    """``(location, text)`` of every non-empty block the body of the Markdown file *data*
    shows, in order: ``"line 57"`` and the text without markup, a list item's marker first, a
    hard line break as ``"\\n"``."""
    from markdown_it import MarkdownIt

    _, body, first_line = split_front_matter(decode_text(data, name), name)
    blocks: list[tuple[str, str]] = []
    marker = ""
    for token in MarkdownIt("commonmark").enable("table").parse(body):
        if token.type == "list_item_open":
            marker = f"{token.info}{token.markup} "
        elif token.type == "inline":
            text = marker + _inline_text(token.children or ())
            marker = ""
            if text.strip():
                line = first_line + (token.map[0] if token.map else 0)
                blocks.append((f"line {line}", text))
    return blocks


def _inline_text(children: Sequence[Any]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.children:  # an image: its description
            parts.append(_inline_text(child.children))
    return "".join(parts)
