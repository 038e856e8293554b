"""Hypothesis strategies for tables, appendices, decisions and the other parts of a document
(private: see :mod:`directive_report.testing`)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from directive_report.model import (
    DOCUMENT_TYPES,
    Appendix,
    Article,
    Attachment,
    Block,
    Cell,
    CellKind,
    Chapter,
    Clause,
    Column,
    Decision,
    Orientation,
    Paragraph,
    Request,
    Table,
)
from directive_report.testing._base import dates, paragraphs, sections, text, upper_text

__all__ = ["appendices", "attachments", "cells", "chapters", "decisions", "requests", "tables"]


def _values(kind: CellKind) -> st.SearchStrategy[object]:
    if kind is CellKind.TEXT:
        return paragraphs(max_runs=2)
    if kind is CellKind.INTEGER:
        return st.integers(-(10**6), 10**12)
    if kind is CellKind.DECIMAL:
        return st.integers(0, 3).flatmap(lambda p: st.decimals(-(10**6), 10**6, places=p))
    if kind is CellKind.MONEY:
        return st.integers(0, 10**13) | st.decimals(0, 10**9, places=2)
    if kind is CellKind.PERCENT:
        return st.decimals(0, 1000, places=1)
    return dates()


def cells(kind: CellKind | None = None) -> st.SearchStrategy[Cell]:
    """Single cells of *kind* (any kind when None), some of them empty."""
    kinds = st.just(kind) if kind else st.sampled_from(list(CellKind))
    return kinds.flatmap(lambda k: st.builds(Cell, kind=st.just(k), value=st.none() | _values(k)))


def _header(draw: st.DrawFn, width: int) -> list[list[Cell]]:
    """One or two header rows: groups over the columns, merged across (colspan) and, in two
    rows, single columns merged down (rowspan)."""
    sizes: list[int] = []
    while sum(sizes) < width:
        sizes.append(draw(st.integers(1, width - sum(sizes))))
    label = text(max_words=3)
    if draw(st.booleans()):
        return [[Cell(value=draw(label), colspan=size) for size in sizes]]
    top: list[Cell] = []
    below: list[Cell] = []
    for size in sizes:
        if size == 1 and draw(st.booleans()):
            top.append(Cell(value=draw(label), rowspan=2))
        else:
            top.append(Cell(value=draw(label), colspan=size))
            below.extend(Cell(value=draw(label)) for _ in range(size))
    if not below:  # every column merged down: the second row would be empty
        return [[Cell(value=cell.value, colspan=cell.colspan) for cell in top]]
    return [top, below]


@st.composite
def tables(draw: st.DrawFn, *, max_columns: int = 6, max_rows: int = 6) -> Table:
    """Valid tables: merged header cells, typed columns with some empty cells, a full-width
    group row and a cell merged down now and then, a correct totals row, caption, unit, notes."""
    width = draw(st.integers(1, max_columns))
    kinds = draw(st.lists(st.sampled_from(list(CellKind)), min_size=width, max_size=width))
    count = draw(st.integers(1, max_rows))
    rows: list[list[Cell]] = []
    for r in range(count):
        if width > 1 and r == 0 and draw(st.booleans()):
            rows.append([Cell(value=draw(text(max_words=4)), colspan=width)])
            continue
        row = [draw(cells(kind)) for kind in kinds]
        rows.append(row)
    merge_down = (
        count >= 3 and len(rows[1]) == width == len(rows[2]) and width > 1 and draw(st.booleans())
    )
    if merge_down:
        rows[1][0] = Cell(value=rows[1][0].value, kind=rows[1][0].kind, rowspan=2)
        rows[2] = rows[2][1:]
    total: list[Cell] | None = None
    if width > 1 and draw(st.booleans()):
        total = [Cell(value="Tổng cộng")]
        for column in range(1, width):
            kind = kinds[column]
            values = [
                row[column].number
                for row in rows
                if len(row) == width and row[column].kind.is_summable
            ]
            added = sum((v for v in values if v is not None), Decimal(0))
            if kind.is_summable and any(v is not None for v in values):
                value = int(added) if kind is CellKind.INTEGER else added
                total.append(Cell(kind=kind, value=value))
            else:
                total.append(Cell())
    decimals = st.none() | st.integers(0, 3)
    return Table(
        header=_header(draw, width),
        rows=rows,
        total=total,
        caption=draw(st.none() | text(max_words=8)),
        numbered=draw(st.booleans()),
        unit=draw(st.none() | text(max_words=2, punctuation=False)),
        columns=draw(
            st.just(())
            | st.lists(st.builds(Column, decimals=decimals), min_size=width, max_size=width)
        ),
        notes=draw(st.lists(paragraphs(max_runs=1), max_size=2)),
    )


@st.composite
def _articles(draw: st.DrawFn) -> Article:
    clauses = draw(
        st.lists(
            st.builds(
                Clause,
                text=paragraphs(max_runs=2),
                points=st.lists(paragraphs(max_runs=1), max_size=3),
            ),
            max_size=3,
        )
    )
    title = draw(st.none() | text(max_words=6, punctuation=False))
    own: Paragraph | None = draw(st.none() | paragraphs(max_runs=2))
    if own is None and title is None and not clauses:
        own = draw(paragraphs(max_runs=2))
    return Article(text=own, title=title, clauses=clauses)


def decisions() -> st.SearchStrategy[Decision]:
    """Decisions: authority line, Căn cứ lines, an optional proposal, articles with khoản and
    điểm, and sometimes the bodies that carry them out."""
    words = text(max_words=10, punctuation=False)
    return st.builds(
        Decision,
        authority=upper_text(max_words=6),
        bases=st.lists(words.map(lambda t: f"Căn cứ {t}"), min_size=1, max_size=4),
        proposal=st.none() | words.map(lambda t: f"Theo đề nghị của {t}"),
        articles=st.lists(_articles(), min_size=1, max_size=3),
        executors=st.lists(text(max_words=5, punctuation=False), max_size=3),
    )


def requests() -> st.SearchStrategy[Request]:
    """Closing requests of a tờ trình, naming the recipient or leaving it to Kính gửi."""
    return st.builds(
        Request,
        recipient=st.none() | text(max_words=5, punctuation=False),
        action=st.just("xem xét, quyết định") | text(max_words=4, punctuation=False),
        proposer=st.none() | text(max_words=5, punctuation=False),
    )


def _blocks(*, max_size: int = 2) -> st.SearchStrategy[list[Block]]:
    block: st.SearchStrategy[Block] = paragraphs() | tables(max_rows=4)
    return st.lists(block, min_size=1, max_size=max_size)


def appendices() -> st.SearchStrategy[Appendix]:
    """Appendices, portrait or landscape, holding tables and paragraphs."""
    return st.builds(
        Appendix,
        title=text(max_words=8),
        blocks=_blocks(),
        sections=st.lists(sections(max_depth=2), max_size=1),
        orientation=st.sampled_from(list(Orientation)),
    )


_ATTACHED_TYPES = [t for t in DOCUMENT_TYPES if t.name in ("Kế hoạch", "Quy chế", "Quy định")]


def chapters() -> st.SearchStrategy[Chapter]:
    """Chapters of a quy chế: a title and one to three articles with khoản and điểm."""
    return st.builds(
        Chapter, title=text(max_words=6), articles=st.lists(_articles(), min_size=1, max_size=3)
    )


@st.composite
def attachments(draw: st.DrawFn) -> Attachment:
    """Documents issued with a decision (a Kế hoạch, Quy chế or Quy định), their body in
    numbered sections, in chapters of articles, or in articles alone."""
    body = draw(st.sampled_from(["sections", "chapters", "articles"]))
    parts: dict[str, st.SearchStrategy[list[Any]]] = {
        "sections": st.lists(sections(max_depth=2), min_size=1, max_size=2),
        "chapters": st.lists(chapters(), min_size=1, max_size=2),
        "articles": st.lists(_articles(), min_size=1, max_size=3),
    }
    return Attachment(
        doc_type=draw(st.sampled_from(_ATTACHED_TYPES)),
        summary=draw(text(max_words=10)),
        verb=draw(st.sampled_from(["Ban hành", "Phê duyệt"])),
        intro=draw(st.lists(paragraphs(), max_size=1)),
        closing=draw(st.lists(paragraphs(), max_size=1)),
        orientation=draw(st.sampled_from(list(Orientation))),
        **{body: draw(parts[body])},
    )
