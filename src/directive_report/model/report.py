"""The report: its issuing body, the directives it reports on, signature, recipients, body."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from directive_report import i18n
from directive_report._text import nfc, nfc_optional, nfc_tuple, vi_upper
from directive_report.model._validation import (
    each_non_empty,
    fail,
    non_empty,
    optional_non_empty,
    upper_case,
)
from directive_report.model.appendix import Appendix, Attachment
from directive_report.model.body import (
    Block,
    BodyEntry,
    Period,
    Section,
    Task,
    as_blocks,
    as_sections,
    block_paragraphs,
    check_blocks,
    walk_body,
)
from directive_report.model.citation import Citation
from directive_report.model.contact import Contact
from directive_report.model.decision import Decision, Request
from directive_report.model.document import DocumentNumber, DocumentType
from directive_report.model.templates import Template, template_for

__all__ = [
    "Authority",
    "Capacity",
    "Directive",
    "Distribution",
    "Report",
    "Signature",
    "SignaturePrefix",
]


def _lines_non_empty(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Each line of a text broken by the author is printed alone: none may be empty or padded."""
    if value is not None:
        for line in value.split("\n"):
            if not line.strip() or line != line.strip():
                fail(
                    instance,
                    attribute,
                    i18n._(
                        "each line must be non-empty text without outer spaces: {value!r}"
                    ).format(value=value),
                    value,
                )


def _tasks(items: Iterable[Task]) -> tuple[Task, ...]:
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
    capitalised name printed in the header; a ``"\\n"`` in it breaks the line.  ``contact``
    is how to reach the body (address, telephone, fax, e-mail, website: ô 13 of Phụ lục I),
    printed at the bottom of page 1 of the documents whose template shows it.
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
    contact: Contact | None = None

    @property
    def header_lines(self) -> tuple[str, ...]:
        """The issuer's name as printed in the header, one item per line (bold, capitals)."""
        return tuple((self.header_name or vi_upper(self.name)).split("\n"))


# --------------------------------------------------------------------------------------------
# Tasks and directives


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
            fail(
                self,
                "citation",
                i18n._("the directive's issue date is needed (citation.date)"),
                None,
            )
        if self.citation.pinpoint is not None:
            fail(
                self,
                "citation",
                i18n._("cite the directive itself, without a pinpoint"),
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
            fail(
                self,
                "signer_title",
                i18n._("a signature needs the signer's title or a capacity"),
                None,
            )
        if (
            self.capacities
            and self.capacities[-1].prefix is SignaturePrefix.KT
            and not self.signer_title
        ):
            fail(
                self,
                "signer_title",
                i18n._("a deputy signing 'KT.' must give their own title"),
                None,
            )


@attrs.frozen(kw_only=True)
class Distribution:
    """Nơi nhận (ô 9b): recipients, one per line, and the archive line ``Lưu: VT, ...``.

    Items are stored as written, without the ``- `` and the closing ``;`` that the layout adds.
    """

    recipients: tuple[str, ...] = attrs.field(converter=nfc_tuple, validator=each_non_empty)
    archive: str = attrs.field(default="VT", converter=nfc, validator=non_empty)


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
        default=(), converter=nfc_tuple, validator=each_non_empty
    )
    intro: tuple[Block, ...] = attrs.field(default=(), converter=as_blocks, validator=check_blocks)
    sections: tuple[Section, ...] = attrs.field(default=(), converter=as_sections)
    closing: tuple[Block, ...] = attrs.field(
        default=(), converter=as_blocks, validator=check_blocks
    )
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
                i18n._(
                    "{number!r} carries a year: only normative documents are numbered with one, not a {name}"
                ).format(number=str(number), name=self.doc_type.name),
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
                fail(
                    self,
                    "number",
                    i18n._("{number!r} must start with {what}").format(
                        number=str(number), what=what
                    ),
                    str(number),
                )
        for index, directive in enumerate(self.directives):
            if directive.date > self.date:
                fail(
                    self,
                    "directives",
                    i18n._("directives[{index}] is dated after the report ({date})").format(
                        index=index, date=self.date
                    ),
                    directive.date,
                )
        if not (self.intro or self.sections or self.closing or self.decision):
            fail(self, "sections", i18n._("the report has no body"), None)
        lettered = self.template.levels.index("letter") + 1  # a điểm is lettered a) ... y)
        for path, _ in self.walk_sections():
            if len(path) == lettered:
                from directive_report.vi import VietnameseFormatError, point_letter

                try:
                    point_letter(path[-1])
                except VietnameseFormatError as error:
                    where = ".".join(f"sections[{index - 1}]" for index in path)
                    fail(
                        self,
                        "sections",
                        i18n._("{where} cannot be numbered: {error}").format(
                            where=where, error=error
                        ),
                        path,
                    )

    def _check_parts(self) -> None:
        """The parts a type's template has no place for are refused (NĐ 30/2020, Phụ lục III)."""
        template = self.template
        if self.decision is not None and not template.has_articles:
            fail(
                self,
                "decision",
                i18n._(
                    "a {name} has no articles: only a decision's template (Mẫu 1.1–1.3) prints 'Căn cứ' lines and 'Điều'"
                ).format(name=self.doc_type.name),
                None,
            )
        if self.attachments and self.decision is None:
            fail(self, "attachments", i18n._("only a decision issues an attached document"), None)
        if self.request is not None:
            if template.request_formula is None:
                fail(
                    self,
                    "request",
                    i18n._("a {name} closes with no request").format(name=self.doc_type.name),
                    None,
                )
            if self.request.recipient is None and not self.addressees:
                fail(
                    self,
                    "request",
                    i18n._("name the recipient, or the addressees (Kính gửi)"),
                    None,
                )

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

    def walk_body(self) -> Iterator[BodyEntry]:
        """The body in reading order (see :func:`~directive_report.model.walk_body`)."""
        return walk_body(self.intro, self.sections, self.closing)

    def body_texts(self) -> Iterator[str]:
        """The body's text in reading order, one item per paragraph, list item or heading:
        intro, each section's title then its blocks, closing (no numbers or list markers)."""
        for entry in self.walk_body():
            if isinstance(entry.item, Section):
                yield entry.item.title
            else:
                yield from (p.text for p in block_paragraphs(entry.item))

    def walk_sections(self) -> Iterator[tuple[tuple[int, ...], Section]]:
        """Every section, depth first, with its position path: ``((1,), I.)``, ``((1, 2), I.2.)``."""

        def walk(
            sections: tuple[Section, ...], path: tuple[int, ...]
        ) -> Iterator[tuple[tuple[int, ...], Section]]:
            for index, section in enumerate(sections, 1):
                here = (*path, index)
                yield here, section
                yield from walk(section.sections, here)

        return walk(self.sections, ())
