"""The messages users read when a model object is built with a value that breaks an invariant
(issue 17, case 14): ``<Class>.<field>: <what is wrong>``, one line, word for word.  Written by
hand; each names the class and field, and quotes the value given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import attrs
import pytest

from _messages import check_message
from directive_report import examples
from directive_report.model.appendix import Appendix, Attachment
from directive_report.model.body import (
    Action,
    ActionList,
    BulletList,
    Money,
    Period,
    Quantity,
    Section,
    TaskList,
)
from directive_report.model.citation import Citation, Pinpoint, Provision, ProvisionLevel
from directive_report.model.contact import Contact
from directive_report.model.decision import Article, Clause, Decision, Request
from directive_report.model.document import DocumentNumber, document_type
from directive_report.model.report import (
    Authority,
    Capacity,
    Directive,
    Distribution,
    Signature,
    SignaturePrefix,
)
from directive_report.model.table import Cell, CellKind, Column, Table
from directive_report.model.text import Paragraph, Run

BC = document_type("BC")
CT = document_type("CT")
SEED = examples.load("bac-giang-ct21-2024")  # Báo cáo /BC-STTTT of 20/5/2024 on CT 21 of 25/5/2020
CT21 = SEED.directives[0].citation
DECISION = Decision(authority="GIÁM ĐỐC", bases=["Căn cứ"], articles=[Article(text="x")])

NUMBER = "digits grouped by spaces, dots or hyphens, e.g. '0204 3854 567'"  # a phone or fax

MESSAGES: list[tuple[Callable[[], object], str]] = [
    # text and the shared validators
    (lambda: Paragraph(runs="  "), "Paragraph.runs: a paragraph must contain text"),
    (
        lambda: Paragraph(runs=" Kế hoạch"),
        "Paragraph.runs: must not start or end with whitespace: ' Kế hoạch'",
    ),
    (
        lambda: Paragraph(runs=[" Kế", Run(text="hoạch", bold=True)]),
        "Paragraph.runs: must not start or end with whitespace: ' Kếhoạch'",
    ),
    (
        lambda: Paragraph(runs=" " + "a" * 45),
        "Paragraph.runs: must not start or end with whitespace: ' " + "a" * 39 + "'",
    ),
    (lambda: Section(title=" "), "Section.title: must not be empty"),
    (
        lambda: Section(title="Kết quả "),
        "Section.title: must not start or end with whitespace: 'Kết quả '",
    ),
    (
        lambda: Decision(authority="Giám đốc", bases=["Căn cứ"], articles=[Article(text="x")]),
        "Decision.authority: must be written in capitals as printed: 'Giám đốc'",
    ),
    (
        lambda: Action(text="Đã làm", actors=["Sở Nội vụ", " "]),
        "Action.actors: items must be non-empty text without outer spaces: ' '",
    ),
    (
        lambda: Action(text="Đã làm", partners=["Sở Nội vụ "]),
        "Action.partners: items must be non-empty text without outer spaces: 'Sở Nội vụ '",
    ),
    # body
    (
        lambda: Period(start=dt.date(2024, 5, 20), end=dt.date(2024, 5, 19)),
        "Period.end: ends (2024-05-19) before it starts (2024-05-20)",
    ),
    (
        lambda: Quantity(value=1.5, unit="người"),  # type: ignore[arg-type]
        "Quantity.value: expected a whole number or Decimal, got 1.5",
    ),
    (
        lambda: Money(amount=True),
        "Money.amount: expected a whole number or Decimal, got True",
    ),
    (
        lambda: Money(amount=Decimal("Infinity")),
        "Money.amount: must be finite, got Decimal('Infinity')",
    ),
    (
        lambda: Action(
            text="Đã làm",
            date=dt.date(2024, 5, 20),
            period=Period(start=dt.date(2024, 5, 1), end=dt.date(2024, 5, 31)),
        ),
        "Action.period: give either a date or a period, not both",
    ),
    (lambda: BulletList(items=[]), "BulletList.items: a list needs at least one item"),
    (lambda: ActionList(actions=[]), "ActionList.actions: a list needs at least one action"),
    (lambda: TaskList(tasks=[]), "TaskList.tasks: a list needs at least one task"),
    (
        lambda: Section(title="I", blocks=[Provision(level=ProvisionLevel.POINT, values="a")]),  # type: ignore[list-item]
        "Section.blocks: expected paragraphs, lists and tables, got Provision",
    ),
    # appendices, attachments, decisions
    (lambda: Appendix(title="Phụ lục"), "Appendix.blocks: an appendix needs a body"),
    (
        lambda: Attachment(doc_type=document_type("KH"), summary="Thực hiện"),
        "Attachment.sections: the attached document has no body",
    ),
    (
        lambda: Clause(text="Khoản", points=["điểm"] * 24),
        "Clause.points: has 24 điểm, but the letters a) to y) number only 23",
    ),
    (lambda: Article(), "Article.text: an article needs its text, a title or clauses"),
    (
        lambda: Decision(
            authority="GIÁM ĐỐC", bases=["Căn cứ"], articles=[Article(text="x")], executors=[" "]
        ),
        "Decision.executors: must not be empty",
    ),
    (
        lambda: Decision(
            authority="GIÁM ĐỐC", bases=["Căn cứ"], articles=[Article(text="x")], executors=[" Sở"]
        ),
        "Decision.executors: must not start or end with whitespace: ' Sở'",
    ),
    (
        lambda: Decision(authority="GIÁM ĐỐC", bases=[], articles=[Article(text="x")]),
        "Decision.bases: a decision rests on at least one 'Căn cứ' line",
    ),
    (
        lambda: Decision(authority="GIÁM ĐỐC", bases=["Căn cứ"], articles=[]),
        "Decision.articles: a decision needs at least one article",
    ),
    # the issuer, the signature, Nơi nhận
    (
        lambda: Authority(name="Sở", abbreviation="S", place="BG", header_name="SỞ\n"),
        "Authority.header_name: each line must be non-empty text without outer spaces: 'SỞ\\n'",
    ),
    (
        lambda: Authority(name="Sở", abbreviation="S", place="BG", header_name="SỞ\n NỘI VỤ"),
        "Authority.header_name: each line must be non-empty text without outer spaces: "
        "'SỞ\\n NỘI VỤ'",
    ),
    (
        lambda: Authority(name="Sở", abbreviation="S", place="BG", header_name="Sở"),
        "Authority.header_name: must be written in capitals as printed: 'Sở'",
    ),
    (
        lambda: Capacity(prefix=SignaturePrefix.KT, title="Giám đốc"),
        "Capacity.title: must be written in capitals as printed: 'Giám đốc'",
    ),
    (
        lambda: Signature(name="Ngô Đình Tiến"),
        "Signature.signer_title: a signature needs the signer's title or a capacity",
    ),
    (
        lambda: Signature(
            name="Ngô Đình Tiến", capacities=[Capacity(prefix=SignaturePrefix.KT, title="GIÁM ĐỐC")]
        ),
        "Signature.signer_title: a deputy signing 'KT.' must give their own title",
    ),
    (
        lambda: Distribution(recipients=["Như trên", ""]),
        "Distribution.recipients: items must be non-empty text without outer spaces: ''",
    ),
    # tables and cells
    (
        lambda: Cell(kind=CellKind.INTEGER, value=Decimal("1.5")),
        "Cell.value: a integer cell holds a whole number, got Decimal('1.5')",
    ),
    (
        lambda: Cell(kind=CellKind.DECIMAL, value=5),
        "Cell.value: a decimal cell holds a Decimal, got 5",
    ),
    (lambda: Cell(kind=CellKind.DATE, value=5), "Cell.value: a date cell holds a date, got 5"),
    (lambda: Cell(kind=CellKind.TEXT, value=5), "Cell.value: a text cell holds text, got 5"),
    (
        lambda: Cell(kind=CellKind.MONEY, value=Decimal("NaN")),
        "Cell.value: a money cell holds a whole number or a Decimal, got Decimal('NaN')",
    ),
    (
        lambda: Cell(kind=CellKind.PERCENT, value=True),
        "Cell.value: a percent cell holds a whole number or a Decimal (percentage points: 95.5 "
        "for 95,5%), got True",
    ),
    (lambda: Cell(value="x", colspan=0), "Cell.colspan: must be a whole number from 1, got 0"),
    (
        lambda: Cell(value="x", rowspan=True),
        "Cell.rowspan: must be a whole number from 1, got True",
    ),
    (lambda: Column(decimals=7), "Column.decimals: must be 0 to 6, got 7"),
    (lambda: Column(decimals=-1), "Column.decimals: must be 0 to 6, got -1"),
    (lambda: Column(decimals=True), "Column.decimals: must be 0 to 6, got True"),
    (lambda: Table(header=[], rows=[["x"]]), "Table.header: a table needs at least one header row"),
    (lambda: Table(header=[["A"]], rows=[]), "Table.rows: a table needs at least one body row"),
    (
        lambda: Table(header=[["A", "B", "C"]], rows=[["x", "y"]]),
        "Table.rows: row 1: covers 2 columns with its merged cells, but the table has 3 (from "
        "its first header row)",
    ),
    (
        lambda: Table(header=[["A", "B", "C"]], rows=[["x", "y", Cell(value="z", colspan=2)]]),
        "Table.rows: row 1, cell 3 (column 3): the cell reaches column 4, but the table has 3 "
        "columns",
    ),
    (
        lambda: Table(header=[[Cell(value="A", rowspan=2), "B"]], rows=[["x", "y"]]),
        "Table.header: header row 1, cell 1 (column 1): rowspan 2 reaches past the last row of "
        "the header (1 rows)",
    ),
    (
        lambda: Table(header=[["A", "B"]], rows=[["x", "y"]], total=["Tổng"]),
        "Table.total: totals row: covers 1 columns with its merged cells, but the table has 2 "
        "(from its first header row)",
    ),
    (
        lambda: Table(header=[["A", "B", Cell(value="C", rowspan=2)], ["A1"]], rows=[[1, 2, 3]]),
        "Table.header: header row 2: covers 2 columns with its merged cells, but the table has 3 "
        "(from its first header row)",
    ),
    (
        lambda: Table(header=[["A", 5]], rows=[["x", "y"]]),
        "Table.header: header row 1, cell 2 (column 2): header cells are text, not integer",
    ),
    (
        lambda: Table(header=[["A", "B"]], rows=[["x", "y"]], columns=[Column()]),
        "Table.columns: gives 1 columns, but the table has 2",
    ),
    # the issuer's contact line (ô 13)
    (
        lambda: Contact(),
        "Contact.address: give at least one of address, phone, fax, email, website (or leave "
        "the contact out)",
    ),
    (
        lambda: Contact(address="Số 1\nđường A"),
        "Contact.address: must be on one line: 'Số 1\\nđường A'",
    ),
    (lambda: Contact(address=""), "Contact.address: must not be empty"),
    (lambda: Contact(phone=""), "Contact.phone: must not be empty"),
    (
        lambda: Contact(email="a@b.vn\nc@d.vn"),
        "Contact.email: must be on one line: 'a@b.vn\\nc@d.vn'",
    ),
    (lambda: Contact(phone="số máy"), f"Contact.phone: expected {NUMBER}, got 'số máy'"),
    (lambda: Contact(fax="1"), f"Contact.fax: expected {NUMBER}, got '1'"),
    (
        lambda: Contact(email="vanthu@gov"),
        "Contact.email: expected one e-mail address, e.g. 'vanthu@example.gov.vn', got "
        "'vanthu@gov'",
    ),
    (
        lambda: Contact(website="stttt bacgiang.gov.vn"),
        "Contact.website: expected a website address without spaces, e.g. 'example.gov.vn', got "
        "'stttt bacgiang.gov.vn'",
    ),
    # directives and the report
    (
        lambda: Directive(citation=attrs.evolve(CT21, date=None)),
        "Directive.citation: the directive's issue date is needed (citation.date)",
    ),
    (
        lambda: Directive(citation=attrs.evolve(CT21, pinpoint=Pinpoint.parse("khoản 1"))),
        "Directive.citation: cite the directive itself, without a pinpoint",
    ),
    (
        lambda: attrs.evolve(SEED, number=DocumentNumber(number=5, symbol="BC-STTTT", year=2024)),
        "Report.number: '05/2024/BC-STTTT' carries a year: only normative documents are "
        "numbered with one, not a Báo cáo",
    ),
    (
        lambda: attrs.evolve(SEED, number=DocumentNumber(number=5, symbol="KH-STTTT")),
        "Report.number: '05/KH-STTTT' must start with the type abbreviation 'BC' of Báo cáo",
    ),
    (
        lambda: attrs.evolve(
            SEED,
            doc_type=document_type("Công văn"),
            number=DocumentNumber(number=5, symbol="BC-STTTT"),
        ),
        "Report.number: '05/BC-STTTT' must start with the issuer abbreviation 'STTTT' (a Công "
        "văn has no type abbreviation)",
    ),
    (
        lambda: attrs.evolve(SEED, date=dt.date(2020, 5, 24)),
        "Report.directives: directives[0] is dated after the report (2020-05-24)",
    ),
    (
        lambda: attrs.evolve(SEED, intro=(), sections=(), closing=()),
        "Report.sections: the report has no body",
    ),
    (
        lambda: attrs.evolve(SEED, decision=DECISION),
        "Report.decision: a Báo cáo has no articles: only a decision's template (Mẫu 1.1–1.3) "
        "prints 'Căn cứ' lines and 'Điều'",
    ),
    (
        lambda: attrs.evolve(
            SEED,
            attachments=[
                Attachment(doc_type=document_type("KH"), summary="Thực hiện", intro=["x"])
            ],
        ),
        "Report.attachments: only a decision issues an attached document",
    ),
    (
        lambda: attrs.evolve(SEED, request=Request()),
        "Report.request: a Báo cáo closes with no request",
    ),
    (
        lambda: attrs.evolve(
            SEED,
            doc_type=document_type("TTr"),
            number=DocumentNumber(number=5, symbol="TTr-STTTT"),
            request=Request(),
        ),
        "Report.request: name the recipient, or the addressees (Kính gửi)",
    ),
]


@pytest.mark.parametrize(("build", "message"), MESSAGES)
def test_messages_users_read(build: Callable[[], object], message: str) -> None:
    check_message(build, message)


@pytest.mark.parametrize(
    "build",
    [
        lambda: DocumentNumber(number=1, symbol="KH-STTTT", year=1945),
        lambda: DocumentNumber(number=1, symbol="KH-STTTT", year=2999),
        lambda: Citation(doc_type=BC, bare_number=1, year=1945),
        lambda: Citation(doc_type=BC, bare_number=1, year=2999),
        lambda: Citation(doc_type=document_type("Luật"), name="X", amended_in=[1945, 2999]),
    ],
)
def test_the_year_range_includes_both_ends(build: Callable[[], object]) -> None:
    """1945 and 2999, the bounds of the year range, are years a document may carry."""
    assert build() is not None


def test_a_report_may_be_dated_the_day_of_its_directive() -> None:
    assert attrs.evolve(SEED, date=dt.date(2020, 5, 25)).date == dt.date(2020, 5, 25)


def test_a_request_with_its_recipient_needs_no_addressees() -> None:
    report = attrs.evolve(
        SEED,
        doc_type=document_type("TTr"),
        number=DocumentNumber(number=5, symbol="TTr-STTTT"),
        request=Request(recipient="Ủy ban nhân dân tỉnh"),
    )
    assert report.request is not None


def test_a_signature_in_the_heads_name_needs_no_title_of_its_own() -> None:
    """TL. (thừa lệnh) signs without a title of the signer's own; only KT. needs one."""
    signature = Signature(
        name="Nguyễn Văn A", capacities=[Capacity(prefix=SignaturePrefix.TL, title="GIÁM ĐỐC")]
    )
    assert signature.signer_title is None


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("phone", "+84 (204) 3854.567"),
        ("phone", "0204 3854 567 / 0204 3854 568"),
        ("fax", "12"),
        ("email", "van.thu@bacgiang.gov.vn"),
        ("website", "https://stttt.bacgiang.gov.vn/gioi-thieu"),
        ("website", "bacgiang.gov.vn"),
        ("address", "Số 1, đường Hùng Vương"),
    ],
)
def test_contact_items_as_offices_write_them(field: str, text: str) -> None:
    assert getattr(Contact(**{field: text}), field) == text
