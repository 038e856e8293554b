"""The report and everything in it: authority, directives, tasks, actions, sections, signature."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from directive_report._text import nfc, nfc_optional, nfc_tuple, vi_upper
from directive_report.errors import DirectiveReportError
from directive_report.model._validation import fail, non_empty, optional_non_empty, upper_case
from directive_report.model.citation import Citation, Pinpoint
from directive_report.model.decision import Decision, Request
from directive_report.model.document import DocumentNumber, DocumentType
from directive_report.model.table import Table, TablePart
from directive_report.model.templates import Template, template_for
from directive_report.model.text import Paragraph, as_paragraph

if TYPE_CHECKING:  # they hold blocks and sections: model/__init__ resolves these names
    from directive_report.model.appendix import Appendix, Attachment

__all__ = [
    "Action",
    "ActionList",
    "Authority",
    "Block",
    "BulletList",
    "Capacity",
    "Directive",
    "Distribution",
    "Money",
    "Period",
    "Quantity",
    "Report",
    "Section",
    "Signature",
    "SignaturePrefix",
    "Task",
    "TaskKind",
    "TaskList",
    "block_paragraphs",
    "section_label",
]


def _each_non_empty(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    for item in value:
        if not item.strip() or item != item.strip():
            fail(
                instance,
                attribute,
                f"items must be non-empty text without outer spaces: {item!r}",
                value,
            )


def _lines_non_empty(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Each line of a text broken by the author is printed alone: none may be empty or padded."""
    if value is not None:
        for line in value.split("\n"):
            if not line.strip() or line != line.strip():
                fail(
                    instance,
                    attribute,
                    f"each line must be non-empty text without outer spaces: {value!r}",
                    value,
                )


def _tuple_of_paragraphs(items: Iterable[Paragraph | str]) -> tuple[Paragraph, ...]:
    return tuple(as_paragraph(item) for item in items)


# Typed converters (mypy cannot type a generic converter such as ``tuple`` on an attrs field).
def _quantities(items: Iterable[Quantity]) -> tuple[Quantity, ...]:
    return tuple(items)


def _amounts(items: Iterable[Money]) -> tuple[Money, ...]:
    return tuple(items)


def _citations(items: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(items)


def _tasks(items: Iterable[Task]) -> tuple[Task, ...]:
    return tuple(items)


def _actions(items: Iterable[Action]) -> tuple[Action, ...]:
    return tuple(items)


def _sections(items: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(items)


def _directives(items: Iterable[Directive]) -> tuple[Directive, ...]:
    return tuple(items)


def _attachments(items: Iterable[Attachment]) -> tuple[Attachment, ...]:
    return tuple(items)


def _appendices(items: Iterable[Appendix]) -> tuple[Appendix, ...]:
    return tuple(items)


def _capacities(items: Iterable[Capacity]) -> tuple[Capacity, ...]:
    return tuple(items)


# --------------------------------------------------------------------------------------------
# The issuing body


@attrs.frozen(kw_only=True)
class Authority:
    """The issuing body (ô 2 of the header) and the place named in the date line.

    ``Authority(name="Sở Thông tin và Truyền thông", abbreviation="STTTT",
    superior="UBND TỈNH BẮC GIANG", place="Bắc Giang")``.  ``header_name`` overrides the
    capitalised name printed in the header; a ``"\\n"`` in it breaks the line.
    """

    name: str = attrs.field(converter=nfc, validator=non_empty)
    abbreviation: str = attrs.field(converter=nfc, validator=non_empty)
    place: str = attrs.field(converter=nfc, validator=non_empty)
    superior: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=[optional_non_empty, upper_case]
    )
    header_name: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=[_lines_non_empty, upper_case]
    )

    @property
    def header_lines(self) -> tuple[str, ...]:
        """The issuer's name as printed in the header, one item per line (bold, capitals)."""
        return tuple((self.header_name or vi_upper(self.name)).split("\n"))


# --------------------------------------------------------------------------------------------
# Facts about actions


@attrs.frozen(kw_only=True)
class Period:
    """A span of days, both ends included."""

    start: dt.date
    end: dt.date

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            fail(self, "end", f"ends ({self.end}) before it starts ({self.start})", self.end)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


Number: TypeAlias = int | Decimal


def _check_number(instance: object, attribute: attrs.Attribute[Any], value: Number) -> None:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        fail(instance, attribute, f"expected a whole number or Decimal, got {value!r}", value)
    elif isinstance(value, Decimal) and not value.is_finite():
        fail(instance, attribute, f"must be finite, got {value!r}", value)


@attrs.frozen(kw_only=True)
class Quantity:
    """A counted quantity with its unit: ``Quantity(value=185, unit="số thuê bao")``."""

    value: Number = attrs.field(validator=_check_number)
    unit: str = attrs.field(converter=nfc, validator=non_empty)


@attrs.frozen(kw_only=True)
class Money:
    """An amount of money, in đồng unless said otherwise: ``Money(amount=50_000_000)``."""

    amount: Number = attrs.field(validator=_check_number)
    currency: str = attrs.field(default="đồng", converter=nfc, validator=non_empty)


@attrs.frozen(kw_only=True)
class Action:
    """Something done in the period: its sentence, and the facts in it as data.

    ``text`` is the sentence as the report prints it; ``date`` or ``period`` when it happened;
    ``actors`` who did it, ``partners`` with whom; ``quantities`` (185 số thuê bao), ``amounts``
    (50 triệu đồng) and the ``citations`` it rests on.
    """

    text: Paragraph = attrs.field(converter=as_paragraph)
    date: dt.date | None = None
    period: Period | None = None
    actors: tuple[str, ...] = attrs.field(
        default=(), converter=nfc_tuple, validator=_each_non_empty
    )
    partners: tuple[str, ...] = attrs.field(
        default=(), converter=nfc_tuple, validator=_each_non_empty
    )
    quantities: tuple[Quantity, ...] = attrs.field(default=(), converter=_quantities)
    amounts: tuple[Money, ...] = attrs.field(default=(), converter=_amounts)
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)

    def __attrs_post_init__(self) -> None:
        if self.date is not None and self.period is not None:
            fail(self, "period", "give either a date or a period, not both", self.period)


# --------------------------------------------------------------------------------------------
# Tasks and directives


class TaskKind(enum.Enum):
    """Where a task comes from."""

    ASSIGNED = "assigned"  #: a duty the directive assigns
    FORWARD = "forward"  #: a task set for the coming period (Phương hướng, nhiệm vụ)


@attrs.frozen(kw_only=True)
class Task:
    """A duty: assigned by a directive, or planned for the next period.

    ``source`` is the directive's provision that assigns it (``khoản 3``), ``assignee`` who must
    do it, ``deadline`` when it is due.
    """

    text: Paragraph = attrs.field(converter=as_paragraph)
    kind: TaskKind = TaskKind.ASSIGNED
    assignee: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=optional_non_empty
    )
    source: Pinpoint | None = None
    deadline: dt.date | None = None


@attrs.frozen(kw_only=True)
class Directive:
    """The document being implemented and the tasks it assigns.

    The citation carries the type, number, date, issuer and subject:
    ``Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về tăng cường ...``.
    """

    citation: Citation
    tasks: tuple[Task, ...] = attrs.field(default=(), converter=_tasks)

    def __attrs_post_init__(self) -> None:
        if self.citation.date is None:
            fail(self, "citation", "the directive's issue date is needed (citation.date)", None)
        if self.citation.pinpoint is not None:
            fail(
                self,
                "citation",
                "cite the directive itself, without a pinpoint",
                self.citation.pinpoint,
            )

    @property
    def date(self) -> dt.date:
        """The directive's issue date."""
        assert self.citation.date is not None  # checked at construction
        return self.citation.date

    @property
    def short_name(self) -> str:
        """How later mentions name it: ``Chỉ thị số 21/CT-TTg``."""
        return self.citation.format("short")

    def implementation_year(self, on: dt.date) -> int:
        """Which year of implementation *on* falls in: 1 during the first twelve months.

        Chỉ thị 21/CT-TTg of 25/5/2020 reported on 20/5/2024 is in its 4th year
        ("năm thứ 4").
        """
        if on < self.date:
            raise ValueError(f"{on} is before the directive was issued ({self.date})")
        years = on.year - self.date.year - ((on.month, on.day) < (self.date.month, self.date.day))
        return years + 1

    def implementation_period(self, year: int) -> Period:
        """The days of implementation year *year* (1-based)."""
        if year < 1:
            raise ValueError(f"implementation years count from 1, got {year}")
        start = _add_years(self.date, year - 1)
        return Period(start=start, end=_add_years(self.date, year) - dt.timedelta(days=1))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)


# --------------------------------------------------------------------------------------------
# Body blocks and sections


@attrs.frozen(kw_only=True)
class BulletList:
    """A list of paragraphs, each printed after a literal marker (``-`` by default, ``+`` deeper)."""

    items: tuple[Paragraph, ...] = attrs.field(converter=_tuple_of_paragraphs)
    marker: str = attrs.field(default="-", validator=attrs.validators.in_(("-", "+", "•")))

    def __attrs_post_init__(self) -> None:
        if not self.items:
            fail(self, "items", "a list needs at least one item", self.items)


@attrs.frozen(kw_only=True)
class ActionList:
    """Actions printed as a ``-`` list (the items of section I.3 of the seed report)."""

    actions: tuple[Action, ...] = attrs.field(converter=_actions)
    marker: str = attrs.field(default="-", validator=attrs.validators.in_(("-", "+", "•")))

    def __attrs_post_init__(self) -> None:
        if not self.actions:
            fail(self, "actions", "a list needs at least one action", self.actions)


@attrs.frozen(kw_only=True)
class TaskList:
    """Tasks printed as numbered items, one level below their section (``1.`` under ``I.``,
    ``a)`` under ``1.``, ``-`` under ``a)``), or all with ``-`` when not ``numbered``; a task's
    assignee and deadline are printed under it (``Đơn vị thực hiện: ...; thời hạn: ...``)."""

    tasks: tuple[Task, ...] = attrs.field(converter=_tasks)
    numbered: bool = True

    def __attrs_post_init__(self) -> None:
        if not self.tasks:
            fail(self, "tasks", "a list needs at least one task", self.tasks)


#: What a section's body is made of.
Block: TypeAlias = Paragraph | BulletList | ActionList | TaskList | Table


def block_paragraphs(block: Block) -> tuple[Paragraph, ...]:
    """The paragraphs of *block* in reading order: itself, or its items', actions' or tasks' texts."""
    if isinstance(block, Paragraph):
        return (block,)
    if isinstance(block, BulletList):
        return block.items
    if isinstance(block, ActionList):
        return tuple(action.text for action in block.actions)
    if isinstance(block, Table):
        return _table_paragraphs(block)
    return tuple(task.text for task in block.tasks)


def _table_paragraphs(table: Table) -> tuple[Paragraph, ...]:
    """A table's words that are text: caption, text cells in reading order, notes."""
    caption = (Paragraph(runs=table.caption),) if table.caption else ()
    cells = tuple(
        cell.value
        for part in TablePart
        for row in table.placed(part)
        for _, cell in row
        if isinstance(cell.value, Paragraph)
    )
    return caption + cells + table.notes


_BLOCK_TYPES = (Paragraph, BulletList, ActionList, TaskList, Table)


def _blocks(items: Iterable[Block | str]) -> tuple[Block, ...]:
    return tuple(Paragraph(runs=item) if isinstance(item, str) else item for item in items)


def _check_blocks(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[Block, ...]
) -> None:
    for block in value:
        if not isinstance(block, _BLOCK_TYPES):
            fail(
                instance,
                attribute,
                f"expected paragraphs, lists and tables, got {type(block).__name__}",
                block,
            )


@attrs.frozen(kw_only=True)
class Section:
    """A numbered heading with its body and subsections.

    Numbers are not stored: they follow from the position (``I.``, ``1.``, ``a)``), see
    :meth:`Report.walk_sections`.  The title is kept exactly as written (a mục title is in
    capitals, but ``CT-TTg`` keeps its case).
    """

    title: str = attrs.field(converter=nfc, validator=non_empty)
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_blocks, validator=_check_blocks)
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_sections)


def section_label(path: tuple[int, ...]) -> str:
    """The printed number of the section at *path* (1-based positions, outermost first).

    ``(2,)`` is ``"II."``, ``(2, 3)`` is ``"3."``, ``(2, 3, 5)`` is ``"đ)"`` (điểm letters follow
    the Vietnamese alphabet), deeper levels are ``"-"``.
    """
    from directive_report import vi

    if not path or min(path) < 1:
        raise ValueError(f"a section path is a non-empty tuple of positions from 1, got {path!r}")
    depth, index = len(path), path[-1]
    if depth == 1:
        return f"{vi.to_roman(index)}."
    if depth == 2:
        return f"{index}."
    if depth == 3:
        return f"{vi.point_letter(index)})"
    return "-"


# --------------------------------------------------------------------------------------------
# Signature and recipients


class SignaturePrefix(enum.Enum):
    """The authority prefix of a signature (NĐ 30/2020 Điều 13)."""

    TM = "TM."  #: thay mặt: for a collective body
    KT = "KT."  #: ký thay: a deputy signs for the head
    TL = "TL."  #: thừa lệnh
    TUQ = "TUQ."  #: thừa ủy quyền
    Q = "Q."  #: quyền: acting head


@attrs.frozen(kw_only=True)
class Capacity:
    """One capacity line: ``KT. GIÁM ĐỐC``, ``TM. ỦY BAN NHÂN DÂN``."""

    prefix: SignaturePrefix
    title: str = attrs.field(converter=nfc, validator=[non_empty, upper_case])

    def __str__(self) -> str:
        return f"{self.prefix.value} {self.title}"


@attrs.frozen(kw_only=True)
class Signature:
    """The signature block (ô 7): capacity lines, the signer's own title and name.

    The seed report signs ``KT. GIÁM ĐỐC`` / ``PHÓ GIÁM ĐỐC`` / ``Ngô Đình Tiến``:
    ``Signature(capacities=[Capacity(prefix=SignaturePrefix.KT, title="GIÁM ĐỐC")],
    signer_title="PHÓ GIÁM ĐỐC", name="Ngô Đình Tiến")``.  A head signing in their own right
    has no capacity: ``Signature(signer_title="GIÁM ĐỐC", name=...)``.
    """

    name: str = attrs.field(converter=nfc, validator=non_empty)
    signer_title: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=[optional_non_empty, upper_case]
    )
    capacities: tuple[Capacity, ...] = attrs.field(default=(), converter=_capacities)

    def __attrs_post_init__(self) -> None:
        if not self.capacities and self.signer_title is None:
            fail(self, "signer_title", "a signature needs the signer's title or a capacity", None)
        if (
            self.capacities
            and self.capacities[-1].prefix is SignaturePrefix.KT
            and not self.signer_title
        ):
            fail(self, "signer_title", "a deputy signing 'KT.' must give their own title", None)

    @property
    def title_lines(self) -> tuple[str, ...]:
        """The capital lines above the signature: ``("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")``."""
        lines = tuple(str(c) for c in self.capacities)
        return lines + ((self.signer_title,) if self.signer_title else ())


@attrs.frozen(kw_only=True)
class Distribution:
    """Nơi nhận (ô 9b): recipients, one per line, and the archive line ``Lưu: VT, ...``.

    Items are stored as written, without the ``- `` and the closing ``;`` that the layout adds.
    """

    recipients: tuple[str, ...] = attrs.field(converter=nfc_tuple, validator=_each_non_empty)
    archive: str = attrs.field(default="VT", converter=nfc, validator=non_empty)

    @property
    def lines(self) -> tuple[str, ...]:
        """The printed lines: ``"- Như trên;"`` ... ``"- Lưu: VT."``."""
        return (*tuple(f"- {item};" for item in self.recipients), f"- Lưu: {self.archive}.")


# --------------------------------------------------------------------------------------------
# The report


@attrs.frozen(kw_only=True)
class Report:
    """A document reporting on (or planning) the implementation of one or more directives.

    Reports of the family báo cáo sơ kết / tổng kết, kế hoạch and công văn share this shape:
    the header (``authority``, ``doc_type``, ``number``, ``date``), the ``summary`` (trích yếu;
    the V/v line of a công văn), ``addressees`` (Kính gửi), the body (``intro`` blocks, numbered
    ``sections``, ``closing`` blocks), ``distribution`` (Nơi nhận) and ``signature``.
    """

    authority: Authority
    doc_type: DocumentType
    number: DocumentNumber
    date: dt.date
    summary: str = attrs.field(converter=nfc, validator=non_empty)
    signature: Signature
    distribution: Distribution
    directives: tuple[Directive, ...] = attrs.field(default=(), converter=_directives)
    period: Period | None = None
    addressees: tuple[str, ...] = attrs.field(
        default=(), converter=nfc_tuple, validator=_each_non_empty
    )
    intro: tuple[Block, ...] = attrs.field(default=(), converter=_blocks, validator=_check_blocks)
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_sections)
    closing: tuple[Block, ...] = attrs.field(default=(), converter=_blocks, validator=_check_blocks)
    decision: Decision | None = None
    request: Request | None = None
    attachments: tuple[Attachment, ...] = attrs.field(default=(), converter=_attachments)
    appendices: tuple[Appendix, ...] = attrs.field(default=(), converter=_appendices)

    def __attrs_post_init__(self) -> None:
        self._check_parts()
        number = self.number
        if number.year is not None and not self.doc_type.is_normative:
            fail(
                self,
                "number",
                f"{str(number)!r} carries a year: only normative documents are numbered with one, "
                f"not a {self.doc_type.name}",
                str(number),
            )
        if not (number.year is not None or number.party):
            expected = self.doc_type.abbreviation or self.authority.abbreviation
            if number.groups[0] != expected:
                what = (
                    f"the type abbreviation {expected!r} of {self.doc_type.name}"
                    if self.doc_type.abbreviation
                    else f"the issuer abbreviation {expected!r} (a {self.doc_type.name} has no type abbreviation)"
                )
                fail(self, "number", f"{str(number)!r} must start with {what}", str(number))
        for index, directive in enumerate(self.directives):
            if directive.date > self.date:
                fail(
                    self,
                    "directives",
                    f"directives[{index}] is dated after the report ({self.date})",
                    directive.date,
                )
        if not (self.intro or self.sections or self.closing or self.decision):
            fail(self, "sections", "the report has no body", None)
        for path, _ in self.walk_sections():  # every exporter prints the labels
            try:
                section_label(path)
            except DirectiveReportError as error:
                where = ".".join(f"sections[{index - 1}]" for index in path)
                fail(self, "sections", f"{where} cannot be numbered: {error}", path)

    def _check_parts(self) -> None:
        """The parts a type's template has no place for are refused (NĐ 30/2020, Phụ lục III)."""
        template = self.template
        if self.decision is not None and not template.has_articles:
            fail(
                self,
                "decision",
                f"a {self.doc_type.name} has no articles: only a decision's template (Mẫu "
                "1.1–1.3) prints 'Căn cứ' lines and 'Điều'",
                None,
            )
        if self.attachments and self.decision is None:
            fail(self, "attachments", "only a decision issues an attached document", None)
        if self.request is not None:
            if template.request_formula is None:
                fail(self, "request", f"a {self.doc_type.name} closes with no request", None)
            if self.request.recipient is None and not self.addressees:
                fail(self, "request", "name the recipient, or the addressees (Kính gửi)", None)

    @property
    def template(self) -> Template:
        """The Phụ lục III template this document follows (Mẫu 1.3 for a decision that issues
        an attached document)."""
        return template_for(self.doc_type, attached=bool(self.attachments))

    @property
    def directive(self) -> Directive | None:
        """The first (main) directive reported on, if any."""
        return self.directives[0] if self.directives else None

    def implementation_year(self) -> int:
        """The year of implementation of the main directive at the report's date ("năm thứ 4")."""
        directive = self.directive
        if directive is None:
            raise ValueError("the report names no directive")
        return directive.implementation_year(self.date)

    def reporting_period(self) -> Period:
        """The period stated in ``period``; otherwise from the start of the current year of
        implementation of the main directive up to the report's date."""
        if self.period is not None:
            return self.period
        directive = self.directive
        if directive is None:
            raise ValueError("the report states no period and names no directive")
        start = directive.implementation_period(self.implementation_year()).start
        return Period(start=start, end=self.date)

    def body_texts(self) -> Iterator[str]:
        """The body's text in reading order, one item per paragraph, list item or heading:
        intro, each section's title then its blocks, closing (no numbers or list markers)."""
        for block in self.intro:
            yield from (p.text for p in block_paragraphs(block))
        for _, section in self.walk_sections():
            yield section.title
            for block in section.blocks:
                yield from (p.text for p in block_paragraphs(block))
        for block in self.closing:
            yield from (p.text for p in block_paragraphs(block))

    def walk_sections(self) -> Iterator[tuple[tuple[int, ...], Section]]:
        """Every section, depth first, with its position path: ``((1,), I.)``, ``((1, 2), I.2.)``."""

        def walk(
            sections: tuple[Section, ...], path: tuple[int, ...]
        ) -> Iterator[tuple[tuple[int, ...], Section]]:
            for index, section in enumerate(sections, start=1):
                here = (*path, index)
                yield here, section
                yield from walk(section.sections, here)

        yield from walk(self.sections, ())
