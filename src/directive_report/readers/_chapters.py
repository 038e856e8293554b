"""The body of an attached quy chế or quy định: its chapters and articles (private).

A quy chế or quy định is divided in chương and điều rather than mục (NĐ 30/2020, Phụ lục I,
II.6.đ): "Chương I" on a line of its own, its title in capitals on the next line (or on the
same line after a dot, colon or dash, as other software types it), then its articles — "Điều 1."
with its title, khoản "1." and điểm "a)" — numbered on through the chapters.  A document may
also be divided in articles alone.  What comes before the first chapter or article is its intro;
closing paragraphs after the last article its closing.

The result is ``None`` — and the body stays the sections and paragraphs it reads as — when the
body holds no article, when a chapter has no article, or when an article holds a paragraph the
model's article cannot (neither its text, a khoản nor a điểm): nothing is moved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from directive_report.errors import DirectiveReportError
from directive_report.model import Article, Chapter
from directive_report.readers._decision import article_of
from directive_report.readers._recognised import BodyItem

__all__ = ["Divided", "divided_body"]

#: "Chương I", "CHƯƠNG II", "Chương 3", "Chương I. QUY ĐỊNH CHUNG", "Chương I: ..."
_CHAPTER: Final = re.compile(
    r"^(?:Chương|CHƯƠNG)\s+(?P<number>[IVXLC]+|\d{1,3})\b\s*[.:\-–—]?\s*(?P<title>.*)$"
)
#: The end mark the layout puts after the last words of the document (``./.``).
_END_MARK: Final = "./."


@attrs.frozen(kw_only=True)
class Divided:
    """A body divided in ``chapters`` or in ``articles`` (one of the two is empty), with the
    items before them (``intro``) and the closing items after them (``closing``)."""

    intro: tuple[BodyItem, ...]
    chapters: tuple[Chapter, ...]
    articles: tuple[Article, ...]
    closing: tuple[BodyItem, ...]


def _chapter_heads(items: Sequence[BodyItem]) -> list[tuple[int, int, str]]:
    """``(start, first item after the title, title)`` of every chapter line in *items*."""
    heads: list[tuple[int, int, str]] = []
    for index, item in enumerate(items):
        match = _CHAPTER.match(item.text) if item.kind in ("paragraph", "heading") else None
        if match is None or item.label:
            continue
        title = match["title"].strip()
        after = index + 1
        if not title and after < len(items) and items[after].kind in ("paragraph", "heading"):
            title = items[after].text.strip()
            after += 1
        if title:
            heads.append((index, after, title))
    return heads


def _articles(
    items: Sequence[BodyItem],
) -> tuple[tuple[Article, ...], tuple[BodyItem, ...]] | None:
    """The articles of *items* (which start with "Điều") and the closing items after them."""
    starts = [index for index, item in enumerate(items) if item.kind == "article"]
    if not starts or starts[0] != 0:
        return None
    articles: list[Article] = []
    closing: list[BodyItem] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(items)
        found = article_of(items[start], items[start + 1 : end])
        if found is None or (found[1] and end != len(items)):
            return None
        articles.append(found[0])
        closing.extend(found[1])
    return tuple(articles), tuple(closing)


def _without_end_mark(item: BodyItem) -> BodyItem:
    """*item* without the ``/.`` of the end mark the layout adds to the document's last line."""
    if not item.text.endswith(_END_MARK):
        return item
    runs = list(item.runs)
    while runs and not runs[-1][0].strip():
        runs.pop()
    if runs and runs[-1][0].rstrip().endswith(_END_MARK):
        text, bold, italic = runs[-1]
        runs[-1] = (text.rstrip()[: -len("/.")], bold, italic)
    return attrs.evolve(item, text=item.text[: -len("/.")], runs=tuple(runs))


def divided_body(items: Sequence[BodyItem]) -> Divided | None:
    """The chapters or articles of *items* (see the module's description), or None."""
    items = list(items)
    if not any(item.kind == "article" for item in items):
        return None
    if items:
        items[-1] = _without_end_mark(items[-1])
    heads = _chapter_heads(items)
    first = heads[0][0] if heads else next(i for i, it in enumerate(items) if it.kind == "article")
    intro = tuple(items[:first])
    if any(item.kind == "article" for item in intro):
        return None
    if not heads:
        found = _articles(items[first:])
        if found is None:
            return None
        return Divided(intro=intro, chapters=(), articles=found[0], closing=found[1])
    chapters: list[Chapter] = []
    closing: tuple[BodyItem, ...] = ()
    for number, (_, after, title) in enumerate(heads):
        end = heads[number + 1][0] if number + 1 < len(heads) else len(items)
        found = _articles(items[after:end])
        if found is None or (found[1] and end != len(items)):
            return None
        try:
            chapters.append(Chapter(title=title, articles=found[0]))
        except DirectiveReportError:
            return None
        closing = found[1]
    return Divided(intro=intro, chapters=tuple(chapters), articles=(), closing=closing)
