"""The content stage: every word a document prints, decided once for every format.

:func:`document_content` turns a :class:`~directive_report.Report` into a
:class:`~directive_report.layout.content_types.DocumentContent`.  All wording of Nghị định
30/2020/NĐ-CP is decided here: the header lines, the ``V/v`` line of a công văn, the type line,
Kính gửi with the endings of its lines, the section labels (``I.``, ``1.``, ``a)``) and list
markers, who carries a task out and by when, the ``./.`` that ends the body, the Nơi nhận lines
and the signature block.  The geometry stage (:mod:`~directive_report.layout.geometry`) and the
text exporters (Markdown, plain-text plug-ins) print it without changing a word.

>>> from directive_report import examples
>>> from directive_report.layout import block_lines
>>> content = document_content(examples.load("cong-van-tin-dung-den-2020"))
>>> [line.text for line in content.header.number][0]
'Số: 1510/STTTT-TTBCXB'
>>> content.title  # a công văn: no type line, its trích yếu is the V/v line under Số
()
>>> [line.text for block in content.addressees for line in block_lines(block)]
['Kính gửi:', '- Các cơ quan báo chí trên địa bàn tỉnh;', '- Đài Truyền thanh các huyện, thành phố.']
>>> content.body[-1].text
'Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.'
>>> [line.text for line in content.signature]
['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An']
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Final

import attrs

from directive_report import vi
from directive_report.layout.content_contact import contact_content
from directive_report.layout.content_parts import decision_blocks, part_contents, request_blocks
from directive_report.layout.content_types import (
    ContentBlock,
    DocumentContent,
    HeaderContent,
    Heading,
    Item,
    ItemList,
    Line,
    TableContent,
    plain_line,
)
from directive_report.layout.roles import Role
from directive_report.layout.table_text import table_content
from directive_report.model import (
    TEMPLATES,
    ActionList,
    Block,
    BodyEntry,
    BulletList,
    Distribution,
    Paragraph,
    Report,
    Run,
    Section,
    Signature,
    Table,
    Task,
    TaskList,
    Template,
)

__all__ = [
    "ADDRESSEE_LABEL",
    "END_MARKER",
    "MOTTO",
    "NATIONAL_TITLE",
    "RECIPIENTS_LABEL",
    "SUBJECT_PREFIX",
    "document_content",
    "recipient_lines",
    "section_label",
    "signature_lines",
    "task_details",
]

#: Quốc hiệu, spelt as in the decree's normative text ("HÒA", not "HOÀ").
NATIONAL_TITLE: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
#: Tiêu ngữ: ASCII hyphen-minus with a space on each side, never an en dash.
MOTTO: Final = "Độc lập - Tự do - Hạnh phúc"
#: The mark that ends the body in every template of Phụ lục III.
END_MARKER: Final = "./."
#: What introduces the addressees (ô 9a).
ADDRESSEE_LABEL: Final = "Kính gửi:"
#: What introduces the distribution list (ô 9b).
RECIPIENTS_LABEL: Final = "Nơi nhận:"
#: What opens a công văn's trích yếu under its number (ô 5b): "V/v tăng cường ...".
SUBJECT_PREFIX: Final = "V/v"
#: The marker of unnumbered list items (and of recipients and addressees).
DASH: Final = "-"


def document_content(report: Report) -> DocumentContent:
    """The words and structure of *report*, part by part (see the module's documentation)."""
    numbers = itertools.count(1)  # the numbered tables, "Biểu số 01" on, across the document

    def body(entries: Iterable[BodyEntry], template: Template) -> tuple[ContentBlock, ...]:
        return tuple(_body(entries, numbers, template))

    main = (
        *decision_blocks(report),
        *body(report.walk_body(), report.template),
        *request_blocks(report),
    )
    return DocumentContent(
        header=_header(report),
        title=_title(report),
        addressees=_addressees(report.addressees),
        body=_end_body(main),
        parts=tuple(
            attrs.evolve(part, body=_end_body(part.body)) for part in part_contents(report, body)
        ),
        recipients=(
            plain_line(Role.RECIPIENTS_LABEL, RECIPIENTS_LABEL),
            ItemList(
                items=tuple(
                    Item(line=plain_line(Role.RECIPIENT, text, DASH))
                    for text in recipient_lines(report.distribution)
                )
            ),
        ),
        signature=(
            *(plain_line(Role.SIGNATURE_TITLE, line) for line in signature_lines(report.signature)),
            plain_line(Role.SIGNER_NAME, report.signature.name),
        ),
        contact=contact_content(report),
    )


# --------------------------------------------------------------------------------------------
# Wording


def section_label(path: tuple[int, ...], template: Template | None = None) -> str:
    """The printed number of the section at *path* (1-based positions, outermost first), in the
    numbering of *template* (its :attr:`~directive_report.model.Template.levels`; a báo cáo's
    when not given).

    ``(2,)`` is ``"II."``, ``(2, 3)`` is ``"3."``, ``(2, 3, 5)`` is ``"đ)"`` (điểm letters follow
    the Vietnamese alphabet), deeper levels are ``"-"``.  A chỉ thị numbers its points from
    ``"1."``: ``(2,)`` is ``"2."`` and ``(2, 3)`` is ``"c)"``.
    """
    if not path or min(path) < 1:
        raise ValueError(f"a section path is a non-empty tuple of positions from 1, got {path!r}")
    levels = (template or TEMPLATES["1.4"]).levels
    depth, index = len(path), path[-1]
    if depth > len(levels):
        return DASH
    kind = levels[depth - 1]
    if kind == "roman":
        return f"{vi.to_roman(index)}."
    if kind == "arabic":
        return f"{index}."
    return f"{vi.point_letter(index)})"


def task_details(task: Task) -> str | None:
    """The line under a task naming who carries it out and by when, as plans write it:
    ``Đơn vị thực hiện: Thanh tra Sở; thời hạn: ngày 30/9/2021.``; ``None`` when the task gives
    neither."""
    parts = []
    if task.assignee:
        parts.append(f"Đơn vị thực hiện: {task.assignee}")
    if task.deadline:
        parts.append(f"thời hạn: ngày {vi.format_date(task.deadline, style='short')}")
    if not parts:
        return None
    text = "; ".join(parts) + "."
    return text[0].upper() + text[1:]


def recipient_lines(distribution: Distribution) -> tuple[str, ...]:
    """The Nơi nhận lines after their dashes: ``"Như trên;"`` ... ``"Lưu: VT."``."""
    return (*(f"{item};" for item in distribution.recipients), f"Lưu: {distribution.archive}.")


def signature_lines(signature: Signature) -> tuple[str, ...]:
    """The capital lines above the signature: ``("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")``."""
    lines = tuple(str(capacity) for capacity in signature.capacities)
    return lines + ((signature.signer_title,) if signature.signer_title else ())


def _with_ending(text: str, ending: str) -> str:
    """*text* ended with *ending*, unless the author already ended it with ``;`` or ``.``."""
    return text if text.endswith((";", ".")) else text + ending


# --------------------------------------------------------------------------------------------
# The parts


def _header(report: Report) -> HeaderContent:
    authority = report.authority
    names = [plain_line(Role.SUPERIOR, authority.superior)] if authority.superior else []
    names += [plain_line(Role.ISSUER, line) for line in authority.header_lines]
    number = [plain_line(Role.NUMBER, report.number.header_text())]
    if report.template.subject_line:
        number.append(plain_line(Role.SUBJECT_LINE, f"{SUBJECT_PREFIX} {report.summary}"))
    return HeaderContent(
        names=tuple(names),
        national=(
            plain_line(Role.NATIONAL_TITLE, NATIONAL_TITLE),
            plain_line(Role.MOTTO, MOTTO),
        ),
        number=tuple(number),
        place_date=plain_line(Role.PLACE_DATE, vi.place_date_line(authority.place, report.date)),
    )


def _title(report: Report) -> tuple[Line, ...]:
    # A template whose trích yếu is the V/v line under the number has no title (ô 5a).
    if report.template.subject_line:
        return ()
    return (
        plain_line(Role.DOCUMENT_TYPE, report.doc_type.title),
        plain_line(Role.SUMMARY, report.summary),
    )


def _addressees(addressees: tuple[str, ...]) -> tuple[ContentBlock, ...]:
    """Kính gửi (Phụ lục I, II.9.d): one addressee on the label's line; for several, the label
    alone, then one ``- ...;`` line each, the last ending in ``.``.  An addressee the author
    already ended with ``.`` or ``;`` keeps its ending."""
    if not addressees:
        return ()
    if len(addressees) == 1:
        return (plain_line(Role.ADDRESSEE, _with_ending(addressees[0], "."), ADDRESSEE_LABEL),)
    *items, last = addressees
    endings = [_with_ending(item, ";") for item in items] + [_with_ending(last, ".")]
    return (
        Line(role=Role.ADDRESSEE, marker=ADDRESSEE_LABEL),
        ItemList(
            items=tuple(Item(line=plain_line(Role.ADDRESSEE_ITEM, text, DASH)) for text in endings)
        ),
    )


def _body(
    entries: Iterable[BodyEntry], numbers: Iterator[int], template: Template
) -> Iterator[ContentBlock]:
    for entry in entries:
        if isinstance(entry.item, Section):
            depth = len(entry.path)
            label = section_label(entry.path, template)
            yield Heading(
                depth=depth, line=plain_line(Heading.role_at(depth), entry.item.title, label)
            )
        elif isinstance(entry.item, Table):
            yield table_content(entry.item, next(numbers) if entry.item.numbered else None)
        else:
            yield _block(entry.item, entry.path, template)


def _task_markers(path: tuple[int, ...], count: int, template: Template) -> list[str]:
    """The markers of *count* numbered tasks in the section at *path*: the level below the
    section's, so that the hierarchy I. / 1. / a) / - holds (tasks under "a)" are not "1.");
    ``1.``, ``2.`` outside any section; ``-`` for more tasks than there are điểm letters."""
    if not path:
        return [f"{number}." for number in range(1, count + 1)]
    levels = template.levels
    lettered = len(path) < len(levels) and levels[len(path)] == "letter"
    if lettered and count > len(vi.POINT_LETTERS):
        return [DASH] * count
    return [section_label((*path, number), template) for number in range(1, count + 1)]


def _item(role: Role, marker: str, paragraph: Paragraph, details: tuple[Line, ...] = ()) -> Item:
    return Item(line=Line(role=role, runs=paragraph.runs, marker=marker), details=details)


def _task_item(marker: str, task: Task) -> Item:
    details = task_details(task)
    under = (plain_line(Role.TASK_DETAIL, details),) if details else ()
    return _item(Role.TASK_ITEM, marker, task.text, under)


def _block(block: Block, path: tuple[int, ...], template: Template) -> ContentBlock:
    """The content of *block*, in the body of the section at *path* (``()``: intro, closing)."""
    if isinstance(block, Paragraph):
        return Line(role=Role.BODY, runs=block.runs)
    if isinstance(block, BulletList):
        return ItemList(items=tuple(_item(Role.LIST_ITEM, block.marker, p) for p in block.items))
    if isinstance(block, ActionList):
        return ItemList(
            items=tuple(_item(Role.LIST_ITEM, block.marker, a.text) for a in block.actions)
        )
    if isinstance(block, TaskList):
        count = len(block.tasks)
        markers = _task_markers(path, count, template) if block.numbered else [DASH] * count
        return ItemList(
            items=tuple(_task_item(m, t) for m, t in zip(markers, block.tasks, strict=True))
        )
    raise TypeError(f"unknown block {type(block).__name__}")  # pragma: no cover


def _ended(line: Line) -> Line:
    """*line* ending with ``./.`` (unless it does already)."""
    text = line.text
    if text.endswith(END_MARKER):
        return line
    ending = END_MARKER[1:] if text.endswith(".") else END_MARKER
    runs = list(line.runs)
    if runs and runs[-1].plain:
        runs[-1] = Run(text=runs[-1].text + ending)
    else:
        runs.append(Run(text=ending))
    return attrs.evolve(line, runs=tuple(runs))


def _end_body(body: tuple[ContentBlock, ...]) -> tuple[ContentBlock, ...]:
    """*body* with ``./.`` at the end of its last line (after a table, its last note, or a line
    of its own)."""
    *rest, last = body
    if isinstance(last, TableContent):
        if not last.notes:
            return (*body, plain_line(Role.BODY, END_MARKER))
        return (*rest, attrs.evolve(last, notes=(*last.notes[:-1], _ended(last.notes[-1]))))
    if isinstance(last, Line):
        return (*rest, _ended(last))
    if isinstance(last, Heading):
        return (*rest, attrs.evolve(last, line=_ended(last.line)))
    *items, final = last.items
    if final.details:
        final = attrs.evolve(final, details=(*final.details[:-1], _ended(final.details[-1])))
    else:
        final = attrs.evolve(final, line=_ended(final.line))
    return (*rest, ItemList(items=(*items, final)))
