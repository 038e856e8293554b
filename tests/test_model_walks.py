"""Behaviours of the model that mutation testing found no test looking at (issue 17, case 14):
walking a body, the paragraphs and cells of a table, placeholders, the wording of citations,
years of implementation, the bounds the invariants allow, and the value an error carries.
Expected values written by hand."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal

import attrs
import pytest

from directive_report import examples
from directive_report.errors import ReportValidationError
from directive_report.model import (
    Appendix,
    Attachment,
    BulletList,
    Cell,
    CellKind,
    Citation,
    Column,
    DocumentNumber,
    Paragraph,
    Period,
    Pinpoint,
    Section,
    Table,
    TablePart,
    block_paragraphs,
    document_type,
)
from directive_report.model.body import Action, ActionList, Money, TaskList, walk_body
from directive_report.model.contact import Contact
from directive_report.model.decision import Article, Clause, Decision
from directive_report.model.placeholder import find_placeholders, placeholder, placeholders_in
from directive_report.model.report import Authority, Directive
from directive_report.model.text import Run

SEED = examples.load("bac-giang-ct21-2024")  # Báo cáo /BC-STTTT of 20/5/2024 on CT 21 of 25/5/2020
CT21 = SEED.directives[0].citation
P = Paragraph


def _entries(entries: object) -> list[tuple[str, tuple[int, ...], str]]:
    """(location, path, what) of each entry: a section's title, or a block's first text."""
    out = []
    for entry in entries:  # type: ignore[attr-defined]
        item = entry.item
        what = item.title if isinstance(item, Section) else block_paragraphs(item)[0].text
        out.append((entry.location, entry.path, what))
    return out


BODY_SECTIONS = (
    Section(
        title="I",
        blocks=["i.0", "i.1"],
        sections=[Section(title="I.1", blocks=["i1.0"]), Section(title="I.2")],
    ),
    Section(title="II", blocks=["ii.0"]),
)


def test_a_body_is_walked_in_reading_order() -> None:
    entries = walk_body((P(runs="intro.0"),), BODY_SECTIONS, (P(runs="closing.0"),))
    assert _entries(entries) == [
        ("intro[0]", (), "intro.0"),
        ("sections[0]", (1,), "I"),
        ("sections[0].blocks[0]", (1,), "i.0"),
        ("sections[0].blocks[1]", (1,), "i.1"),
        ("sections[0].sections[0]", (1, 1), "I.1"),
        ("sections[0].sections[0].blocks[0]", (1, 1), "i1.0"),
        ("sections[0].sections[1]", (1, 2), "I.2"),
        ("sections[1]", (2,), "II"),
        ("sections[1].blocks[0]", (2,), "ii.0"),
        ("closing[0]", (), "closing.0"),
    ]


def test_appendices_and_attachments_are_walked_after_their_prefix() -> None:
    appendix = Appendix(title="Biểu", blocks=["a.0"], sections=BODY_SECTIONS[1:])
    assert _entries(appendix.walk_body()) == [
        ("blocks[0]", (), "a.0"),
        ("sections[0]", (1,), "II"),
        ("sections[0].blocks[0]", (1,), "ii.0"),
    ]
    assert _entries(appendix.walk_body("appendices[1].")) == [
        ("appendices[1].blocks[0]", (), "a.0"),
        ("appendices[1].sections[0]", (1,), "II"),
        ("appendices[1].sections[0].blocks[0]", (1,), "ii.0"),
    ]
    attachment = Attachment(
        doc_type=document_type("KH"),
        summary="Thực hiện",
        intro=["t.0"],
        sections=BODY_SECTIONS[1:],
        closing=["c.0"],
    )
    assert _entries(attachment.walk_body()) == [
        ("intro[0]", (), "t.0"),
        ("sections[0]", (1,), "II"),
        ("sections[0].blocks[0]", (1,), "ii.0"),
        ("closing[0]", (), "c.0"),
    ]
    assert _entries(attachment.walk_body("attachments[0].")) == [
        ("attachments[0].intro[0]", (), "t.0"),
        ("attachments[0].sections[0]", (1,), "II"),
        ("attachments[0].sections[0].blocks[0]", (1,), "ii.0"),
        ("attachments[0].closing[0]", (), "c.0"),
    ]


TABLE = Table(
    caption="Kết quả",
    header=[["Đơn vị", "Số lượng", "Tỷ lệ"]],
    rows=[["Huyện Lục Nam", 5, Decimal("1.5")], ["Huyện Yên Thế", 7, ""]],
    total=["Tổng cộng", 12, Decimal("3.0")],
    columns=[Column(), Column(), Column(decimals=1)],
    notes=["Nguồn: Sở."],
)


def test_the_paragraphs_of_a_table_are_its_caption_text_cells_and_notes() -> None:
    texts = [p.text for p in block_paragraphs(TABLE)]
    assert texts == [
        "Kết quả",
        "Đơn vị",
        "Số lượng",
        "Tỷ lệ",
        "Huyện Lục Nam",
        "Huyện Yên Thế",
        "Tổng cộng",
        "Nguồn: Sở.",
    ]
    untitled = attrs.evolve(TABLE, caption=None, notes=())
    assert block_paragraphs(untitled)[0].text == "Đơn vị"


def test_the_cells_of_a_table_in_reading_order() -> None:
    cells = [(part, r, column, cell.value) for part, r, column, cell in TABLE.cells()]
    rows = ((TablePart.HEADER, 1), (TablePart.BODY, 2), (TablePart.TOTAL, 1))  # 3 columns
    expected = [
        (part, r, column) for part, count in rows for r in range(count) for column in range(3)
    ]
    assert [(part, r, column) for part, r, column, _ in cells] == expected
    assert [value for *_, value in cells][4:6] == [5, Decimal("1.5")]
    assert [TABLE.decimals(c) for c in range(3)] == [None, None, 1]
    assert attrs.evolve(TABLE, columns=()).decimals(2) is None


def test_placeholders_are_found_with_their_place() -> None:
    assert placeholder("tên người ký") == "[Cần bổ sung: tên người ký]"
    assert placeholder("chức vụ", upper=True) == "[CẦN BỔ SUNG: CHỨC VỤ]"
    assert placeholder("  kết quả ") == "[Cần bổ sung: kết quả]"
    text = "Đã thu hồi [Cần bổ sung: số] thuê bao, [cần bổ sung] và [Cần bổ sung: x [y]."
    assert placeholders_in(text) == ("[Cần bổ sung: số]", "[cần bổ sung]")
    missing = placeholder("kết quả")
    section = Section(
        title="KẾT QUẢ",
        blocks=[
            missing,
            BulletList(items=["Một", f"Hai {missing}"]),
            Table(header=[["A"]], rows=[[missing]]),
        ],
    )
    report = attrs.evolve(
        SEED,
        summary=placeholder("trích yếu"),
        sections=[section],
        signature=attrs.evolve(SEED.signature, signer_title=placeholder("chức vụ", upper=True)),
    )
    assert list(find_placeholders(report)) == [
        ("summary", "[Cần bổ sung: trích yếu]"),
        ("signature.signer_title", "[CẦN BỔ SUNG: CHỨC VỤ]"),
        ("sections[0].blocks[0]", missing),
        ("sections[0].blocks[1].items[1]", missing),
        ("sections[0].blocks[2].rows[0][0].value", missing),
    ]
    assert list(find_placeholders(section, "appendices[0]")) == [
        ("appendices[0].blocks[0]", missing),
        ("appendices[0].blocks[1].items[1]", missing),
        ("appendices[0].blocks[2].rows[0][0].value", missing),
    ]


def test_placeholders_in_text_and_tuples_given_alone() -> None:
    """A text or a tuple given alone: its own place is the location given ("" by default), an
    item's index in brackets; numbers, dates and None hold nothing."""
    missing = placeholder("số liệu")
    assert list(find_placeholders(missing)) == [("", missing)]
    assert list(find_placeholders(("Đủ", 3, None, missing))) == [("[3]", missing)]
    assert list(find_placeholders((missing,), "rows[2]")) == [("rows[2][0]", missing)]
    assert list(find_placeholders(Paragraph(runs=f"Đã làm {missing}"), "intro[1]")) == [
        ("intro[1]", missing)
    ]


ND = document_type("Nghị định")
LUAT = document_type("Luật")


@pytest.mark.parametrize(
    ("citation", "full", "short"),
    [
        (Citation(doc_type=ND, bare_number=15, year=2020), "Nghị định số 15/2020", None),
        (Citation(doc_type=document_type("CT"), bare_number=5), "Chỉ thị số 05", None),
        (
            Citation(doc_type=LUAT, name="An ninh mạng", year=2018),
            "Luật An ninh mạng năm 2018",
            None,
        ),
        (
            Citation(doc_type=LUAT, name="Đất đai", bare_number=45, year=2013),
            "Luật Đất đai số 45 năm 2013",
            None,
        ),
        (
            Citation(doc_type=LUAT, name="Đất đai", year=2013, amended_in=(2018, 2020)),
            "Luật Đất đai năm 2013 (sửa đổi, bổ sung năm 2018, 2020)",
            None,
        ),
        (
            Citation(
                doc_type=ND,
                number=DocumentNumber.parse("15/2020/NĐ-CP"),
                date=dt.date(2020, 2, 3),
                issuer="Chính phủ",
                subject="xử phạt vi phạm hành chính",
                pinpoint=Pinpoint.parse("điểm a khoản 5 Điều 102"),
            ),
            "điểm a khoản 5 Điều 102 Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ về "
            "xử phạt vi phạm hành chính",
            "điểm a khoản 5 Điều 102 Nghị định số 15/2020/NĐ-CP",
        ),
    ],
)
def test_citations_are_worded_as_written(citation: Citation, full: str, short: str | None) -> None:
    assert citation.format() == full
    assert str(citation) == full
    assert citation.format("short") == (short or full)


def _value_error(call: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        call()


def test_an_unknown_citation_style_is_named() -> None:
    _value_error(
        lambda: CT21.format("long"),  # type: ignore[arg-type]
        "unknown citation style 'long': expected 'full' or 'short'",
    )


def test_years_of_implementation_from_29_february() -> None:
    """A directive of 29/2/2020: its anniversary in a common year is 28 February."""
    directive = Directive(citation=attrs.evolve(CT21, date=dt.date(2020, 2, 29)))
    assert directive.implementation_period(1) == Period(
        start=dt.date(2020, 2, 29), end=dt.date(2021, 2, 27)
    )
    assert directive.implementation_period(2) == Period(
        start=dt.date(2021, 2, 28), end=dt.date(2022, 2, 27)
    )
    assert directive.implementation_period(5).start == dt.date(2024, 2, 29)
    assert directive.implementation_year(dt.date(2021, 2, 27)) == 1
    assert directive.implementation_year(dt.date(2021, 2, 28)) == 1  # 29/2 not yet reached
    assert directive.implementation_year(dt.date(2021, 3, 1)) == 2


def test_the_first_year_of_implementation_and_the_errors() -> None:
    directive = SEED.directives[0]  # 25/5/2020
    assert directive.implementation_period(1) == Period(
        start=dt.date(2020, 5, 25), end=dt.date(2021, 5, 24)
    )
    _value_error(
        lambda: directive.implementation_period(0), "implementation years count from 1, got 0"
    )
    _value_error(
        lambda: directive.implementation_year(dt.date(2020, 5, 24)),
        "2020-05-24 is before the directive was issued (2020-05-25)",
    )
    alone = attrs.evolve(SEED, directives=())
    _value_error(lambda: alone.implementation_year(), "the report names no directive")
    _value_error(
        lambda: alone.reporting_period(), "the report states no period and names no directive"
    )


def test_what_the_invariants_allow() -> None:
    """The edges of each invariant are allowed: a one-day period holds its day, an action dated
    by a day or a period, an attached document with only a closing, a Party công văn numbered
    after its issuer, a law numbered with its year."""
    day = dt.date(2024, 5, 20)
    period = Period(start=day, end=day)
    assert day in period
    assert dt.date(2024, 5, 19) not in period
    assert "2024-05-20" not in period
    assert Action(text="Đã làm", date=day).date == day
    assert Action(text="Đã làm", period=period).period == period
    attachment = Attachment(doc_type=document_type("KH"), summary="Thực hiện", closing=["x"])
    assert attachment.closing
    party = attrs.evolve(
        SEED, doc_type=document_type("Công văn"), number=DocumentNumber.parse("12-CV/TU")
    )
    assert str(party.number) == "12-CV/TU"
    law = attrs.evolve(SEED, doc_type=LUAT, number=DocumentNumber.parse("45/2013/QH13"))
    assert str(law.number) == "45/2013/QH13"


# (build, the value the error carries: what was given)
VALUES: list[tuple[Callable[[], object], object]] = [
    (lambda: Action(text="x", actors=["A", " "]), ("A", " ")),
    (lambda: Money(amount=1.5), 1.5),  # type: ignore[arg-type]
    (lambda: Money(amount=Decimal("NaN")), "NaN"),
    (
        lambda: Section(
            title="I",
            blocks=[Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 1, 1))],  # type: ignore[list-item]
        ),
        "Period",
    ),
    (lambda: ActionList(actions=[]), ()),
    (lambda: BulletList(items=[]), ()),
    (
        lambda: Action(
            text="x",
            date=dt.date(2024, 1, 1),
            period=Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 1, 2)),
        ),
        Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 1, 2)),
    ),
    (lambda: Period(start=dt.date(2024, 1, 2), end=dt.date(2024, 1, 1)), dt.date(2024, 1, 1)),
    (lambda: Citation(doc_type=LUAT, name="X", amended_in=[2018, 3000]), (2018, 3000)),
    (lambda: Citation(doc_type=ND, bare_number=0), 0),
    (
        lambda: Citation(doc_type=ND, number=DocumentNumber.parse("15/2020/NĐ-CP"), bare_number=15),
        15,
    ),
    (lambda: Citation(doc_type=ND, bare_number=15, year=1900), 1900),
    (lambda: Citation(doc_type=ND, bare_number=15, issuer_inferred=True), True),
    (lambda: document_type("Báo cáo nhanh"), "Báo cáo nhanh"),
    (lambda: Authority(name="S", abbreviation="S", place="B", header_name="SỞ\n"), "SỞ\n"),
    (
        lambda: Directive(citation=attrs.evolve(CT21, pinpoint=Pinpoint.parse("khoản 1"))),
        Pinpoint.parse("khoản 1"),
    ),
    (
        lambda: attrs.evolve(SEED, number=DocumentNumber(number=5, symbol="BC-STTTT", year=2024)),
        "05/2024/BC-STTTT",
    ),
    (lambda: attrs.evolve(SEED, number=DocumentNumber(number=5, symbol="KH-STTTT")), "05/KH-STTTT"),
    (lambda: attrs.evolve(SEED, date=dt.date(2020, 5, 24)), dt.date(2020, 5, 25)),
    (lambda: DocumentNumber(number=0, symbol="KH-STTTT"), 0),
    (lambda: DocumentNumber(number=1, symbol="KH STTTT"), "KH STTTT"),
    (lambda: DocumentNumber(number=1, symbol="NĐ-CP", year=1944), 1944),
    (lambda: DocumentNumber(number=1, symbol="NQ/TU", year=2024, party=True), 2024),
    (lambda: DocumentNumber.parse("89 KH-STTTT"), "89 KH-STTTT"),
    (lambda: Pinpoint.parse("khoản 5 Điều"), "khoản 5 Điều"),
    (lambda: Column(decimals=7), 7),
    (lambda: Cell(kind=CellKind.DATE, value=5), 5),
    (lambda: Cell(value="x", colspan=0), 0),
    (
        lambda: Table(header=[["A", "B"]], rows=[["x", Cell(value="y", colspan=2)]]),
        (Cell(value="x"), Cell(value="y", colspan=2)),
    ),
    (
        lambda: Table(header=[[Cell(value="A", rowspan=2)]], rows=[["x"]]),
        (Cell(value="A", rowspan=2),),
    ),
    (lambda: Clause(text="x", points=["p"] * 24), tuple([Paragraph(runs="p")] * 24)),
    (lambda: Paragraph(runs="  "), "  "),
    (lambda: Paragraph(runs="Kế hoạch "), "Kế hoạch "),
    (lambda: Section(title=" "), " "),
    (lambda: Section(title="I "), "I "),
    (lambda: Citation(doc_type=ND, bare_number=1, issuer=""), ""),
    (lambda: Authority(name="S", abbreviation="S", place="B", superior="Ubnd"), "Ubnd"),
    (lambda: Decision(authority="A", bases=[], articles=[Article(text="x")]), ()),
    (lambda: Decision(authority="A", bases=["Căn cứ"], articles=[]), ()),
    (lambda: TaskList(tasks=[]), ()),
    (lambda: Contact(address="Số 1\nđường A"), "Số 1\nđường A"),
    (lambda: Contact(website="a b"), "a b"),
    (
        lambda: Table(header=[["A", "B", "C"]], rows=[["x", "y"]]),
        (Cell(value="x"), Cell(value="y")),
    ),
    (lambda: Table(header=[], rows=[["x"]]), ()),
    (lambda: Table(header=[["A"]], rows=[]), ()),
    (
        lambda: Table(header=[["A"]], rows=[["x"]], columns=[Column(), Column()]),
        (Column(), Column()),
    ),
    (lambda: Table(header=[["A", 5]], rows=[["x", "y"]]), 5),
]


@pytest.mark.parametrize(("build", "value"), VALUES)
def test_an_error_carries_the_value_given(build: Callable[[], object], value: object) -> None:
    with pytest.raises(ReportValidationError) as caught:
        build()
    given = caught.value.value
    if isinstance(value, str) and not isinstance(given, str):  # a Decimal or a class: its name
        given = str(given) if isinstance(given, Decimal) else type(given).__name__
    assert given == value


def test_a_point_beyond_y_is_refused_with_its_place_and_path() -> None:
    points = [Section(title=f"Điểm {i}") for i in range(24)]
    sections = [Section(title="I", sections=[Section(title="1", sections=points)])]
    with pytest.raises(ReportValidationError) as caught:
        attrs.evolve(SEED, sections=sections)
    assert str(caught.value) == (
        "Report.sections: sections[0].sections[0].sections[23] cannot be numbered: điểm index "
        "must be between 1 and 23 (a … y in Vietnamese alphabet order), got 24"
    )
    assert caught.value.value == (1, 1, 24)


def test_pinpoints_as_written() -> None:
    """A level repeated after "và" adds its values; a closing ";" or "," is no part of it."""
    assert str(Pinpoint.parse("khoản 1 và khoản 2 Điều 8")) == "khoản 1, 2 Điều 8"
    assert str(Pinpoint.parse("Điểm a và điểm b, khoản 3 Điều 8")) == "điểm a, b khoản 3 Điều 8"
    assert Pinpoint.parse("khoản 1 Điều 8;") == Pinpoint.parse("khoản 1 Điều 8")
    assert Pinpoint.parse("khoản 1 Điều 8, ") == Pinpoint.parse("khoản 1 Điều 8")


def test_cells_and_columns_as_written() -> None:
    cell = Cell(value=["Huyện ", Run(text="Yên Thế", bold=True)])
    assert cell.value == Paragraph(runs=[Run(text="Huyện "), Run(text="Yên Thế", bold=True)])
    assert cell.kind is CellKind.TEXT
    assert Column(decimals=6).decimals == 6
    assert Column(decimals=0).decimals == 0


def test_cells_are_placed_around_the_rowspans_above() -> None:
    """A cell goes to the first column no merged cell from above covers: after two at the
    start of the row, before one at its end."""
    table = Table(
        header=[
            [Cell(value="STT", rowspan=2), Cell(value="Đơn vị", rowspan=2), "Năm 2024", "Ghi chú"],
            ["Số lượng", Cell(value="", rowspan=1)],
        ],
        rows=[[1, "Lục Nam", 5, ""]],
    )
    placed = [
        [(column, cell.text) for column, cell in row] for row in table.placed(TablePart.HEADER)
    ]
    assert placed == [
        [(0, "STT"), (1, "Đơn vị"), (2, "Năm 2024"), (3, "Ghi chú")],
        [(2, "Số lượng"), (3, "")],
    ]
    ending = Table(header=[["A", Cell(value="B", rowspan=2)], ["A1"]], rows=[["x", "y"]])
    assert [[c for c, _ in row] for row in ending.placed(TablePart.HEADER)] == [[0, 1], [0]]


def test_table_notes_and_rows_as_written() -> None:
    """One note may be given as text; a row must be a sequence of cells, not one text."""
    table = Table(header=[["A"]], rows=[["x"]], notes="Nguồn: Sở.")
    assert table.notes == (Paragraph(runs="Nguồn: Sở."),)
    with pytest.raises(TypeError, match=r"^a row is a sequence of cells$"):
        Table(header=["A"], rows=[["x"]])


def test_clauses_as_written() -> None:
    """One điểm may be given as text; 23 điểm (a to y) fit."""
    assert Clause(text="Khoản", points="Điểm").points == (Paragraph(runs="Điểm"),)
    assert len(Clause(text="Khoản", points=["Điểm"] * 23).points) == 23


def test_legal_bases_lose_their_closing_punctuation() -> None:
    """A 'Căn cứ' line is stored without the ";" or "." the layout adds, even in a run of its
    own; one line may be given as text."""
    decision = Decision(
        authority="GIÁM ĐỐC",
        bases=[
            "Căn cứ Điều X;",
            Paragraph(runs=["Căn cứ Luật Đất đai", Run(text=" ;", bold=True)]),
        ],
        articles=[Article(text="x")],
    )
    assert decision.bases == (
        Paragraph(runs="Căn cứ Điều X"),
        Paragraph(runs="Căn cứ Luật Đất đai"),
    )
    single = Decision(authority="GIÁM ĐỐC", bases="Căn cứ Luật X.", articles=[Article(text="x")])
    assert single.bases == (Paragraph(runs="Căn cứ Luật X"),)
