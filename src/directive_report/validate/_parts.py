"""Finding the parts of the form (ô 1–9 of Phụ lục I, mục IV) in a document's page facts (private).

The page rules need to know which paragraph is the national title, which rule is under the
issuer, where the body ends.  :func:`find_parts` reads that from the page facts by the places
the decree gives them: the header table (issuer and Số on the left, national title, motto and
date on the right), the type name and trích yếu under it, Kính gửi, the body, and the footer
table (Nơi nhận on the left, the signature on the right).  A header written as plain
paragraphs is read too (and reported by the ``header-columns`` rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from directive_report._text import vi_upper
from directive_report.model import DOCUMENT_TYPES
from directive_report.readers.facts import (
    Align,
    BlockFacts,
    CellFacts,
    PageFacts,
    ParagraphFacts,
    RuleFacts,
    TableFacts,
)

__all__ = ["Parts", "find_parts"]

_NATIONAL_RE = re.compile(r"^CỘNG H[OÒ][AÀ] XÃ HỘI CHỦ NGHĨA VIỆT NAM$", re.IGNORECASE)
_MOTTO_RE = re.compile(r"^Độc lập\s*\S\s*Tự do\s*\S\s*Hạnh phúc$", re.IGNORECASE)
_DATE_RE = re.compile(r",\s*ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\S+", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^(Luật\s+)?Số\b", re.IGNORECASE)
_TYPE_TITLES = frozenset(t.title for t in DOCUMENT_TYPES)


@attrs.frozen(kw_only=True)
class Parts:
    """The parts of one document; a part not found is ``None`` or empty."""

    facts: PageFacts
    header_table: TableFacts | None = None
    issuer: tuple[ParagraphFacts, ...] = ()
    issuer_rule: RuleFacts | None = None
    number: ParagraphFacts | None = None
    subject: tuple[ParagraphFacts, ...] = ()
    national_title: ParagraphFacts | None = None
    motto: ParagraphFacts | None = None
    motto_rule: RuleFacts | None = None
    date_line: ParagraphFacts | None = None
    type_name: ParagraphFacts | None = None
    summary: tuple[ParagraphFacts, ...] = ()
    summary_rule: RuleFacts | None = None
    addressees: tuple[ParagraphFacts, ...] = ()
    body: tuple[ParagraphFacts, ...] = ()
    recipients_label: ParagraphFacts | None = None
    recipients: tuple[ParagraphFacts, ...] = ()
    signature: tuple[ParagraphFacts, ...] = ()

    @property
    def is_cong_van(self) -> bool:
        """A công văn: a "V/v" line under the Số and no type name."""
        return bool(self.subject) and self.type_name is None


def _inked(blocks: Iterable[BlockFacts]) -> list[ParagraphFacts | RuleFacts]:
    """Paragraphs with visible text and rules, in order (tables' contents flattened)."""
    out: list[ParagraphFacts | RuleFacts] = []
    for block in blocks:
        if isinstance(block, RuleFacts):
            out.append(block)
        elif isinstance(block, ParagraphFacts):
            if block.visible_text.strip():
                out.append(block)
        else:
            for row in block.rows:
                for cell in row:
                    out.extend(_inked(cell.blocks))
    return out


def _column(table: TableFacts, left: bool) -> list[ParagraphFacts | RuleFacts]:
    cells: list[CellFacts] = [
        cell for row in table.rows for cell in row if (cell.column == 0) == left
    ]
    return _inked(block for cell in cells for block in cell.blocks)


def _line(paragraph: ParagraphFacts) -> str:
    return " ".join(paragraph.visible_text.split())


def _is_header_table(block: BlockFacts) -> bool:
    return isinstance(block, TableFacts) and any(
        isinstance(item, ParagraphFacts) and _NATIONAL_RE.match(_line(item))
        for item in _inked([block])
    )


def _is_footer_table(block: BlockFacts) -> bool:
    return isinstance(block, TableFacts) and any(
        isinstance(item, ParagraphFacts) and _line(item).startswith("Nơi nhận")
        for item in _inked([block])
    )


def _is_table(block: BlockFacts) -> bool:
    return isinstance(block, TableFacts)


def find_parts(facts: PageFacts) -> Parts:
    """The parts of the document whose page facts are *facts*."""
    blocks = list(facts.blocks)
    found: dict[str, object] = {"facts": facts}
    start = 0
    header_index = next((i for i, b in enumerate(blocks[:3]) if _is_header_table(b)), None)
    if header_index is not None:
        table = blocks[header_index]
        assert isinstance(table, TableFacts)
        found["header_table"] = table
        found.update(_left_header(_column(table, left=True)))
        found.update(_right_header(_column(table, left=False)))
        start = header_index + 1
    footer_index = next(
        (i for i in range(len(blocks) - 1, start - 1, -1) if _is_footer_table(blocks[i])), None
    )
    if footer_index is None:  # no Nơi nhận: the last table, when nothing follows it
        last = max((i for i in range(start, len(blocks)) if _is_table(blocks[i])), default=None)
        if last is not None and not _inked(blocks[last + 1 :]):
            footer_index = last
    end = footer_index if footer_index is not None else len(blocks)
    items = _inked(blocks[start:end])
    own = _table_lines(blocks[start:end])
    if header_index is None:
        items = _flat_header(items, found)
    items = _title(items, found, cong_van=bool(found.get("subject")))
    items = _addressees(items, found)
    body = [item for item in items if isinstance(item, ParagraphFacts) and id(item) not in own]
    if footer_index is not None:
        footer = blocks[footer_index]
        assert isinstance(footer, TableFacts)
        _footer(_column(footer, left=True), _column(footer, left=False), found)
    else:
        body = _flat_footer(body, found)
    found["body"] = tuple(body)
    return Parts(**found)  # type: ignore[arg-type]  # keys are the fields set above


def _table_lines(blocks: Sequence[BlockFacts]) -> set[int]:
    """The ids of the paragraphs that belong to the data tables among *blocks*, not to the body
    text: those in the tables, a caption and a unit line right above a table (centred or
    right-aligned, two at most) and its notes right below (italic, not justified)."""
    own: set[int] = set()

    def above(block: BlockFacts) -> bool:
        return isinstance(block, ParagraphFacts) and block.align in (Align.CENTER, Align.RIGHT)

    def below(block: BlockFacts) -> bool:
        return (
            isinstance(block, ParagraphFacts)
            and bool(block.italic)
            and block.align not in (None, Align.JUSTIFY)
        )

    for index, block in enumerate(blocks):
        if not isinstance(block, TableFacts):
            continue
        own.update(id(p) for p in _inked([block]))
        before = index - 1
        while before >= max(0, index - 2) and above(blocks[before]):
            own.add(id(blocks[before]))
            before -= 1
        after = index + 1
        while after < len(blocks) and below(blocks[after]):
            own.add(id(blocks[after]))
            after += 1
    return own


def _paragraphs(items: Sequence[ParagraphFacts | RuleFacts]) -> list[ParagraphFacts]:
    return [item for item in items if isinstance(item, ParagraphFacts)]


def _left_header(items: list[ParagraphFacts | RuleFacts]) -> dict[str, object]:
    out: dict[str, object] = {}
    issuer: list[ParagraphFacts] = []
    subject: list[ParagraphFacts] = []
    for item in items:
        if isinstance(item, RuleFacts):
            if "number" not in out and "issuer_rule" not in out:
                out["issuer_rule"] = item
            continue
        text = _line(item)
        if "number" not in out and _NUMBER_RE.match(text):
            out["number"] = item
        elif "number" in out and (subject or text.startswith("V/v")):
            subject.append(item)
        elif "number" not in out:
            issuer.append(item)
    out["issuer"] = tuple(issuer)
    out["subject"] = tuple(subject)
    return out


def _right_header(items: list[ParagraphFacts | RuleFacts]) -> dict[str, object]:
    out: dict[str, object] = {}
    for item in items:
        if isinstance(item, RuleFacts):
            if "motto" in out and "motto_rule" not in out and "date_line" not in out:
                out["motto_rule"] = item
            continue
        text = _line(item)
        if _NATIONAL_RE.match(text):
            out["national_title"] = item
        elif _MOTTO_RE.match(text):
            out["motto"] = item
        elif _DATE_RE.search(text) and "date_line" not in out:
            out["date_line"] = item
    return out


def _flat_header(
    items: list[ParagraphFacts | RuleFacts], found: dict[str, object]
) -> list[ParagraphFacts | RuleFacts]:
    """A header written as paragraphs: take its lines by their text, up to the date line."""
    last = next(
        (
            i
            for i, item in enumerate(items[:15])
            if isinstance(item, ParagraphFacts) and _DATE_RE.search(_line(item))
        ),
        None,
    )
    if last is None:
        return items
    head = items[: last + 1]
    found.update(_right_header(head))
    left = [
        item
        for item in head
        if not (
            isinstance(item, ParagraphFacts)
            and item in (found.get("national_title"), found.get("motto"), found.get("date_line"))
        )
        and item is not found.get("motto_rule")
    ]
    found.update(_left_header(left))
    return items[last + 1 :]


def _title(
    items: list[ParagraphFacts | RuleFacts], found: dict[str, object], *, cong_van: bool
) -> list[ParagraphFacts | RuleFacts]:
    """The type name, the trích yếu (the centred lines under it) and the rule under them."""
    if cong_van or not items or not isinstance(items[0], ParagraphFacts):
        return items
    if vi_upper(_line(items[0])) not in _TYPE_TITLES:
        return items
    found["type_name"] = items[0]
    rule_at = next(
        (i for i, item in enumerate(items[1:6], start=1) if isinstance(item, RuleFacts)), None
    )
    if rule_at is not None:
        found["summary_rule"] = items[rule_at]
        found["summary"] = tuple(_paragraphs(items[1:rule_at]))
        return items[rule_at + 1 :]
    summary: list[ParagraphFacts] = []
    for item in items[1:4]:
        if not isinstance(item, ParagraphFacts) or item.align is not items[0].align:
            break
        summary.append(item)
    found["summary"] = tuple(summary)
    return items[1 + len(summary) :]


def _addressees(
    items: list[ParagraphFacts | RuleFacts], found: dict[str, object]
) -> list[ParagraphFacts | RuleFacts]:
    if not items or not isinstance(items[0], ParagraphFacts):
        return items
    if not _line(items[0]).startswith("Kính gửi"):
        return items
    lines = [items[0]]
    for item in items[1:]:
        if not isinstance(item, ParagraphFacts) or not _line(item).startswith("-"):
            break
        lines.append(item)
        if _line(item).endswith("."):
            break
    found["addressees"] = tuple(lines)
    return items[len(lines) :]


def _footer(
    left: list[ParagraphFacts | RuleFacts],
    right: list[ParagraphFacts | RuleFacts],
    found: dict[str, object],
) -> None:
    recipients = _paragraphs(left)
    if recipients and _line(recipients[0]).startswith("Nơi nhận"):
        found["recipients_label"] = recipients[0]
        found["recipients"] = tuple(recipients[1:])
    found["signature"] = tuple(_paragraphs(right))


def _flat_footer(body: list[ParagraphFacts], found: dict[str, object]) -> list[ParagraphFacts]:
    """Nơi nhận written as paragraphs after the body (no footer table)."""
    index = next((i for i, p in enumerate(body) if _line(p).startswith("Nơi nhận")), None)
    if index is None:
        return body
    found["recipients_label"] = body[index]
    found["recipients"] = tuple(p for p in body[index + 1 :] if _line(p).startswith("-"))
    found["signature"] = tuple(p for p in body[index + 1 :] if not _line(p).startswith("-"))
    return body[:index]
