"""The enacting part of a recognised Quyết định or Nghị quyết, as the model's :class:`Decision`
(private).

The authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") before the first Căn cứ, the Căn cứ
lines (their closing ";" or "." dropped, as the model stores them), the "Theo đề nghị …" or
"Xét đề nghị …" line, the enacting words ("QUYẾT ĐỊNH:") and the articles: "Điều N." with its
text, its khoản ("1.") and their điểm ("a)").  A last article that names who carries the
decision out with the template's own words ("… chịu trách nhiệm thi hành Quyết định này.")
gives the executors, split where the layout joins them ("A, B và C"); an enumeration that the
page cannot tell apart ("Trưởng các phòng, đơn vị thuộc Sở") is kept whole: a part that starts
in lower case goes on with the part before it.  An article holding a paragraph that is
neither a khoản nor a điểm ("Lý do: …") cannot be a model article: the decision is then left as
paragraphs, so that nothing is moved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from directive_report.errors import DirectiveReportError
from directive_report.model import Article, Clause, Decision, Paragraph, Request, Run
from directive_report.readers import _patterns as patterns
from directive_report.readers._body_blocks import paragraph_of
from directive_report.readers._recognised import BodyItem, is_upper

__all__ = ["article_of", "decision_of", "request_of"]

_PROPOSAL: Final = re.compile(r"^(?:Theo|Xét)\s+đề\s+nghị\b")
#: Where the action of a tờ trình's request starts, after the body it is sent to.
_ACTION: Final = re.compile(
    r"\s(?=(?:xem\s+xét|cho\s+ý\s+kiến|phê\s+duyệt|quyết\s+định|chấp\s+thuận|thông\s+qua)\b)"
)


def _without_label(item: BodyItem) -> Paragraph:
    """The paragraph of an article's first line without "Điều N."."""
    match = patterns.ARTICLE.match(item.text)
    rest = match["rest"].strip() if match else item.text
    paragraph = paragraph_of(item.runs, item.text)
    runs = list(paragraph.runs)
    text = paragraph.text
    start = text.find(rest) if rest else len(text)
    kept: list[tuple[str, bool, bool]] = []
    position = 0
    for run in runs:
        end = position + len(run.text)
        if end > start:
            kept.append((run.text[max(0, start - position) :], run.bold, run.italic))
        position = end
    return paragraph_of(kept, rest)


def _ground(item: BodyItem) -> Paragraph:
    """A Căn cứ or proposal line: without its closing ";", "," or ".", and without the italics
    the layout gives every such line (NĐ 30/2020, Phụ lục I, II.6)."""
    paragraph = paragraph_of(item.runs, item.text)
    runs = [run for run in paragraph.runs if run.text]
    if all(run.italic for run in runs if run.text.strip()):
        runs = [Run(text=run.text, bold=run.bold) for run in runs]
    while runs:
        stripped = runs[-1].text.rstrip(" ,;.")
        if stripped:
            runs[-1] = Run(text=stripped, bold=runs[-1].bold, italic=runs[-1].italic)
            break
        runs.pop()
    return Paragraph(runs=runs) if runs else paragraph


def _executors(text: str, phrase: str) -> tuple[str, ...]:
    """``"A, B và C chịu trách nhiệm …"`` → ``("A", "B", "C")``; () without the phrase."""
    body = text.rstrip(" ./")
    if not body.endswith(phrase):
        return ()
    who = body[: -len(phrase)].strip()
    head, _, last = who.rpartition(" và ")
    parts: list[str] = []
    for piece in head.split(", ") if head else []:
        if parts and piece[:1].islower():
            parts[-1] = f"{parts[-1]}, {piece}"
        else:
            parts.append(piece)
    return tuple(part for part in (*parts, last or who) if part)


def _is_title(head: BodyItem, rest: Paragraph) -> bool:
    """Whether the words after "Điều N." are the article's title rather than its text.

    The layout prints a title bold with the label and a text in roman after a bold label; a file
    that shows no bold at all (plain text) has a title when the words end no sentence."""
    inked = [run for run in rest.runs if run.text.strip()]
    if not inked:
        return False
    if any(bold for text, bold, _ in head.runs if text.strip()):
        return all(run.bold for run in inked)
    return not rest.text.rstrip().endswith((".", ":", ";", "!", "?")) and len(rest.text) <= 200


def _plain(paragraph: Paragraph) -> Paragraph:
    """*paragraph* without the bold the layout gives a title (a title is stored as text)."""
    return Paragraph(runs=[Run(text=run.text, italic=run.italic) for run in paragraph.runs])


def article_of(head: BodyItem, items: Sequence[BodyItem]) -> tuple[Article, list[BodyItem]] | None:
    """The article whose "Điều N." line is *head* and whose body is *items* — its title or
    text, its khoản ("1.") and their điểm ("a)") — and the closing paragraphs after it; None
    when an item is neither (the model's article cannot hold it).

    A titled article's first paragraph without a label is its text."""
    first = _without_label(head)
    title = _plain(first).text if _is_title(head, first) else None
    text = None if title is not None else (first if first.text else None)
    clauses: list[Clause] = []
    after: list[BodyItem] = []
    for item in items:
        paragraph = paragraph_of(item.runs, item.text)
        if after:
            if item.kind != "closing":
                return None
            after.append(item)
        elif item.label_kind == "letter" and clauses:
            last = clauses[-1]
            clauses[-1] = Clause(text=last.text, points=(*last.points, paragraph))
        elif item.label_kind in ("arabic", "decimal2") or item.kind == "heading":
            clauses.append(Clause(text=paragraph))
        elif item.kind in ("paragraph", "closing") and text is None and not clauses:
            text = paragraph
        elif item.kind == "closing":
            after.append(item)
        else:
            return None
    try:
        return Article(title=title, text=text, clauses=clauses), after
    except DirectiveReportError:
        return None


def decision_of(
    items: Sequence[BodyItem], execution_phrase: str | None
) -> tuple[Decision, list[BodyItem]] | None:
    """The decision in *items* and the items it did not take, or None when *items* hold no
    Căn cứ or no article."""
    first_basis = next((i for i, item in enumerate(items) if item.kind == "legal_basis"), None)
    articles_at = [i for i, item in enumerate(items) if item.kind == "article"]
    if first_basis is None or not articles_at:
        return None
    before = items[:first_basis]
    authority_index = next(
        (
            i
            for i in range(len(before) - 1, -1, -1)
            if is_upper(before[i].text) and patterns.AUTHORITY_LINE.match(before[i].text)
        ),
        None,
    )
    if authority_index is None:
        return None
    rest = [item for i, item in enumerate(before) if i != authority_index]
    bases: list[Paragraph] = []
    proposal: Paragraph | None = None
    for item in items[first_basis : articles_at[0]]:
        if item.kind == "legal_basis":
            bases.append(_ground(item))
        elif _PROPOSAL.match(item.text) and proposal is None:
            proposal = _ground(item)
        elif not patterns.DECIDES.match(item.text):
            rest.append(item)
    articles: list[Article] = []
    executors: tuple[str, ...] = ()
    for number, start in enumerate(articles_at):
        end = articles_at[number + 1] if number + 1 < len(articles_at) else len(items)
        head = items[start]
        if number == len(articles_at) - 1 and execution_phrase:
            executors = _executors(_without_label(head).text, execution_phrase)
            if executors:
                rest.extend(items[start + 1 : end])
                break
        found = article_of(head, items[start + 1 : end])
        if found is None:
            return None  # a paragraph the model's article cannot hold: keep the text as is
        article, after = found
        articles.append(article)
        rest.extend(after)
    try:
        decision = Decision(
            authority=items[authority_index].text,
            bases=bases,
            articles=articles,
            proposal=proposal,
            executors=executors,
        )
    except DirectiveReportError:
        return None
    return decision, rest


def request_of(
    items: Sequence[BodyItem], formula: str, addressees: Sequence[str]
) -> tuple[Request, list[BodyItem]] | None:
    """The closing request of a tờ trình — its last paragraph, "<proposer> kính trình
    <recipient> <action>./." with the template's *formula* — and the items before it; None when
    the last paragraph is not one.  The recipient is left to the first of the *addressees*
    (the model's default) when it is that one."""
    if not items or items[-1].kind not in ("paragraph", "closing"):
        return None
    text = items[-1].text.removesuffix("/.").rstrip(" .")
    proposer, found, rest = text.partition(f" {formula[0].lower()}{formula[1:]} ")
    if not found:
        proposer, found, rest = "", formula, text.removeprefix(f"{formula} ")
        if not text.startswith(f"{formula} "):
            return None
    first = addressees[0].rstrip(" ;.") if addressees else None
    recipient: str | None
    if first and rest.startswith(f"{first} "):
        recipient, action = None, rest[len(first) + 1 :]
    else:
        pieces = _ACTION.split(rest, maxsplit=1)
        if len(pieces) != 2:
            return None
        recipient, action = pieces[0].strip(), pieces[1].strip()
    try:
        request = Request(recipient=recipient, action=action, proposer=proposer.strip() or None)
    except DirectiveReportError:
        return None
    return request, list(items[:-1])
