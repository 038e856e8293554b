"""The content stage for what a document's template adds to the body: a decision's authority
line, căn cứ and articles, a tờ trình's closing request, and the parts printed after the
signature (the document a decision issues, the appendices).

Wording from Nghị định 30/2020/NĐ-CP: the căn cứ lines end ``;`` and the last ``.`` (Phụ lục I,
II.6); articles are ``Điều 1.``, khoản ``1.``, điểm ``a)`` (II.6.đ); an appendix opens with
``Phụ lục`` and a Roman numeral when there are several, its title in capitals and
``(Kèm theo <type> số ... ngày ... của ...)`` (III.1; Phụ lục III, Mẫu 2.1); the attached
document of Mẫu 1.3 opens with its type, its trích yếu and ``(<verb> kèm theo Quyết định số ...
ngày ... của ...)``.

>>> from directive_report import examples
>>> from directive_report.layout import document_content
>>> content = document_content(examples.load("bao-cao-ket-qua-2024"))
>>> [line.text for line in content.parts[0].title]  # doctest: +NORMALIZE_WHITESPACE
['Phụ lục', 'SỐ LIỆU HẠ TẦNG VIỄN THÔNG VÀ CHUYỂN ĐỔI SỐ CẤP HUYỆN NĂM 2024',
 '(Kèm theo Báo cáo số 312/BC-STTTT ngày 20 tháng 12 năm 2024 của Sở Thông tin và Truyền thông)']
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Final

from directive_report import vi
from directive_report._text import vi_upper
from directive_report.layout.content_types import ContentBlock, Line, PartContent, plain_line
from directive_report.layout.roles import Role
from directive_report.model import (
    TEMPLATES,
    Article,
    Attachment,
    BodyEntry,
    DocumentNumber,
    Orientation,
    Paragraph,
    Report,
    Run,
    Template,
    template_for,
)

__all__ = [
    "APPENDIX_LABEL",
    "ARTICLE_LABEL",
    "CHAPTER_LABEL",
    "appendix_label",
    "decision_blocks",
    "issuer_phrase",
    "part_contents",
    "reference_line",
    "request_blocks",
]

#: What opens an appendix: "Phụ lục", with a Roman numeral when there are several.
APPENDIX_LABEL: Final = "Phụ lục"
#: What opens an article: "Điều 1.".
ARTICLE_LABEL: Final = "Điều"
#: What opens a chapter: "Chương I".
CHAPTER_LABEL: Final = "Chương"

#: Turns the walk of a body into its content blocks, its sections numbered as the template
#: says (the content stage's own walker).
BodyWriter = Callable[[Iterable[BodyEntry], Template], tuple[ContentBlock, ...]]


def appendix_label(index: int, count: int) -> str:
    """``"Phụ lục"`` for a single appendix, ``"Phụ lục II"`` for the second of several."""
    return APPENDIX_LABEL if count == 1 else f"{APPENDIX_LABEL} {vi.to_roman(index)}"


def reference_line(report: Report, opening: str) -> str:
    """``(<opening> <Type> số <number> ngày <d> tháng <m> năm <y> của <issuer>)``, the number of
    a draft left blank as its header prints it (``số      /BC-STTTT``), the issuer named by
    :func:`issuer_phrase`."""
    number = report.number
    printed = f"{DocumentNumber.UNASSIGNED_GAP}{number}" if not number.is_assigned else str(number)
    return (
        f"({opening} {report.doc_type.name} số {printed} {vi.format_date(report.date)} "
        f"của {issuer_phrase(report)})"
    )


def issuer_phrase(report: Report) -> str:
    """Who issued *report*, as a line citing it names them (NĐ 30/2020, Phụ lục III: Mẫu 2.1,
    note 5, "tên cơ quan, tổ chức ban hành văn bản"; Mẫu 1.2 and 1.3, notes 2 and 6: a decision
    is issued by the body or by the state title that holds the power, "chức danh nhà nước").

    A document without a decision names its issuing body (``"Sở Thông tin và Truyền thông"``).
    A decision names its ``issuer`` when given; otherwise its authority line read against the
    body's name: ``"ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"`` issued by that body names the body,
    ``"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"`` names the title before it, ``"Chủ tịch Ủy ban
    nhân dân tỉnh Bắc Giang"``; words after the body's name (``"... TỈNH BẮC GIANG"`` after
    ``"SỞ NỘI VỤ"``) are left out, as the body's own name leaves them out.  An authority line
    that does not hold the body's name names the body.
    """
    body = report.authority.name
    decision = report.decision
    if decision is None:
        return body
    if decision.issuer is not None:
        return decision.issuer
    head, found, _ = decision.authority.partition(vi_upper(body))
    if not found or not head.strip():
        return body
    title = head.strip().lower()
    return f"{title[0].upper()}{title[1:]} {body}"


# --------------------------------------------------------------------------------------------
# A decision


def decision_blocks(report: Report) -> Iterator[ContentBlock]:
    """The authority line, the căn cứ and proposal lines, the enacting words and the articles,
    the executing one last; nothing for a document without a decision."""
    decision = report.decision
    template = report.template
    if decision is None or template.enacting_formula is None:
        return
    yield plain_line(Role.AUTHORITY, decision.authority)
    grounds = [*decision.bases, *((decision.proposal,) if decision.proposal else ())]
    for index, ground in enumerate(grounds):
        ending = "." if index == len(grounds) - 1 else ";"
        # one paragraph, so that the ending joins the last run when it has no emphasis
        yield Line(role=Role.BASIS, runs=Paragraph(runs=(*ground.runs, Run(text=ending))).runs)
    yield plain_line(Role.ENACTING, template.enacting_formula)
    for number, article in enumerate(decision.articles, start=1):
        yield from _article(number, article)
    if decision.executors and template.execution_phrase:
        label = f"{ARTICLE_LABEL} {decision.article_count}."
        who = _enumeration(decision.executors)
        yield Line(
            role=Role.ARTICLE,
            runs=(Run(text=label, bold=True), Run(text=f" {who} {template.execution_phrase}.")),
        )


def _enumeration(items: tuple[str, ...]) -> str:
    """``"A"``, ``"A và B"``, ``"A, B và C"``."""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} và {items[-1]}"


def _article(number: int, article: Article) -> Iterator[Line]:
    label = f"{ARTICLE_LABEL} {number}."
    if article.title is not None:
        yield Line(role=Role.ARTICLE, runs=(Run(text=f"{label} {article.title}", bold=True),))
        if article.text is not None:
            yield Line(role=Role.BODY, runs=article.text.runs)
    elif article.text is not None:
        yield Line(
            role=Role.ARTICLE, runs=(Run(text=label, bold=True), Run(text=" "), *article.text.runs)
        )
    else:
        yield Line(role=Role.ARTICLE, runs=(Run(text=label, bold=True),))
    for index, clause in enumerate(article.clauses, start=1):
        yield Line(role=Role.BODY, runs=clause.text.runs, marker=f"{index}.")
        for letter, point in enumerate(clause.points, start=1):
            yield Line(role=Role.BODY, runs=point.runs, marker=f"{vi.point_letter(letter)})")


def _articles_of(attachment: Attachment) -> Iterator[Line]:
    """The chapters of a quy chế ("Chương I" and its title in capitals, on lines of their own)
    and its articles, numbered on through the chapters."""
    numbers = itertools.count(1)
    for index, chapter in enumerate(attachment.chapters, start=1):
        yield plain_line(Role.CHAPTER, f"{CHAPTER_LABEL} {vi.to_roman(index)}")
        yield plain_line(Role.CHAPTER, vi_upper(chapter.title))
        for article in chapter.articles:
            yield from _article(next(numbers), article)
    for article in attachment.articles:
        yield from _article(next(numbers), article)


# --------------------------------------------------------------------------------------------
# A tờ trình's request


def request_blocks(report: Report) -> Iterator[ContentBlock]:
    """``"<proposer> kính trình <recipient> <action>."``; nothing without a request."""
    request = report.request
    formula = report.template.request_formula
    if request is None or formula is None:
        return
    recipient = request.recipient or report.addressees[0].rstrip(" ;.")
    if request.proposer:
        text = f"{request.proposer} {formula[0].lower()}{formula[1:]} {recipient} {request.action}."
    else:
        text = f"{formula} {recipient} {request.action}."
    yield plain_line(Role.BODY, text)


# --------------------------------------------------------------------------------------------
# The parts after the signature


def part_contents(report: Report, body: BodyWriter) -> Iterator[PartContent]:
    """The attached documents, then the appendices, each with its title lines and its body
    (written by *body*, the content stage's walker)."""
    for index, attachment in enumerate(report.attachments):
        prefix = f"attachments[{index}]."
        entries = list(attachment.walk_body(prefix))
        closing = next(
            (
                at
                for at, entry in enumerate(entries)
                if entry.location.startswith(f"{prefix}closing")
            ),
            len(entries),
        )
        template = template_for(attachment.doc_type)
        title = (
            plain_line(Role.PART_TITLE, attachment.doc_type.title),
            plain_line(Role.SUMMARY, attachment.summary),
            plain_line(Role.PART_REFERENCE, reference_line(report, f"{attachment.verb} kèm theo")),
        )
        yield PartContent(
            title=title,
            body=(
                *body(entries[:closing], template),
                *_articles_of(attachment),
                *body(entries[closing:], template),
            ),
            landscape=attachment.orientation is Orientation.LANDSCAPE,
        )
    count = len(report.appendices)
    for index, appendix in enumerate(report.appendices, start=1):
        title = (
            plain_line(Role.PART_LABEL, appendix_label(index, count)),
            plain_line(Role.PART_TITLE, vi_upper(appendix.title)),
            plain_line(Role.PART_REFERENCE, reference_line(report, "Kèm theo")),
        )
        yield PartContent(
            title=title,
            body=body(appendix.walk_body(f"appendices[{index - 1}]."), TEMPLATES["2.1"]),
            landscape=appendix.orientation is Orientation.LANDSCAPE,
        )
