"""The content stage's wording of decisions, appendices, tables and lists, line by line and run
by run, each expected value written by hand from Nghị định 30/2020/NĐ-CP (Phụ lục I, II.6 and
III.1; Phụ lục III, Mẫu 1.3 and 2.1) and the practice for biểu số liệu.

These are the behaviours mutation testing (``nox -s mutate -- layout/content``) found no test
looking at: an article with a title, khoản and điểm; an executing article naming one or two
bodies; one appendix against several; tables numbered across the document; a unit line, notes,
a header row and a totals row as printed.
"""

from __future__ import annotations

import attrs
import pytest

from _content_parts import (
    APPENDIX,
    BODY,
    DECISION,
    LAST_TABLE,
    TABLES,
    articles,
    body_tables,
    bold,
    lines_of,
    plain,
)
from _documents import HEAD
from directive_report import Report, loads
from directive_report.layout import (
    Line,
    Role,
    TableCellContent,
    TableContent,
    document_content,
    grid_slots,
)
from directive_report.layout.content_parts import appendix_label, reference_line
from directive_report.model import Run

# --------------------------------------------------------------------------------------------
# A decision's articles (Phụ lục I, II.6.đ: "Điều 1." bold; khoản "1."; điểm "a)")


def test_articles_with_titles_clauses_and_points() -> None:
    """Label and title bold in one run; the text of a titled article below it in the body
    style; khoản numbered 1., 2.; điểm lettered a), b); an article of clauses alone prints its
    bold label on a line of its own; the executing article last, ended by ./."""
    assert articles(DECISION) == [
        Line(
            role=Role.ARTICLE,
            runs=(
                bold("Điều 1."),
                plain(" "),
                plain("Ban hành kèm theo Quyết định này Quy chế làm việc."),
            ),
        ),
        Line(role=Role.ARTICLE, runs=(bold("Điều 2. Phạm vi điều chỉnh"),)),
        Line(role=Role.BODY, runs=(plain("Quy chế này áp dụng đối với các phòng thuộc Sở."),)),
        Line(role=Role.ARTICLE, runs=(bold("Điều 3. Tổ chức thực hiện"),)),
        Line(role=Role.BODY, runs=(plain("Các phòng triển khai:"),), marker="1."),
        Line(role=Role.BODY, runs=(plain("Văn phòng Sở;"),), marker="a)"),
        Line(role=Role.BODY, runs=(plain("Thanh tra Sở."),), marker="b)"),
        Line(role=Role.BODY, runs=(plain("Văn phòng Sở tổng hợp kết quả."),), marker="2."),
        Line(role=Role.ARTICLE, runs=(bold("Điều 4."),)),
        Line(role=Role.BODY, runs=(plain("Quyết định có hiệu lực kể từ ngày ký."),), marker="1."),
        Line(
            role=Role.ARTICLE,
            runs=(
                bold("Điều 5."),
                plain(" Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./."),
            ),
        ),
    ]


@pytest.mark.parametrize(
    ("executors", "printed"),
    [
        (["Chánh Văn phòng Sở"], "Chánh Văn phòng Sở"),
        (["Chánh Văn phòng Sở", "Thủ trưởng các phòng"], "Chánh Văn phòng Sở và Thủ trưởng các phòng"),
        (["Chánh Văn phòng Sở", "Chánh Thanh tra Sở", "Thủ trưởng các phòng"],
         "Chánh Văn phòng Sở, Chánh Thanh tra Sở và Thủ trưởng các phòng"),
    ],
)  # fmt: skip
def test_the_executing_article_names_its_bodies(executors: list[str], printed: str) -> None:
    """ "A", "A và B", "A, B và C" (Mẫu 1.3: "Chánh Văn phòng ..., Giám đốc Sở ... chịu trách
    nhiệm thi hành Quyết định này./.")."""
    text = DECISION.replace(
        'executors = ["Chánh Văn phòng Sở"]', f"executors = {executors!r}".replace("'", '"')
    )
    last = articles(text)[-1]
    assert last.text == f"Điều 5. {printed} chịu trách nhiệm thi hành Quyết định này./."


# --------------------------------------------------------------------------------------------
# Appendices (Phụ lục I, III.1; Phụ lục III, Mẫu 2.1)


def test_a_single_appendix_is_phu_luc_without_a_numeral() -> None:
    """One appendix: "Phụ lục"; its title in capitals; "(Kèm theo ...)" with the document's
    number as assigned; its body ends with ./. like the document's."""
    report = loads(
        HEAD.format(type="Báo cáo", abbr="BC").replace('"/BC', '"15/BC') + BODY + APPENDIX
    )
    (part,) = document_content(report).parts
    assert [line.text for line in part.title] == [
        "Phụ lục",
        "DANH SÁCH ĐƠN VỊ",
        "(Kèm theo Báo cáo số 15/BC-STTTT ngày 20 tháng 12 năm 2024 của Sở Thông tin và "
        "Truyền thông)",
    ]
    assert [line.text for line in lines_of(part.body)] == ["Danh sách các đơn vị tham gia./."]


@pytest.mark.parametrize(
    ("index", "count", "label"),
    [(1, 1, "Phụ lục"), (1, 2, "Phụ lục I"), (2, 2, "Phụ lục II"), (4, 5, "Phụ lục IV")],
)
def test_appendix_labels(index: int, count: int, label: str) -> None:
    """A Roman numeral only when there are several appendices."""
    assert appendix_label(index, count) == label


@pytest.mark.parametrize(
    ("number", "printed"),
    [("15/BC-STTTT", "số 15/BC-STTTT"), ("/BC-STTTT", "số      /BC-STTTT")],
)
def test_reference_line_prints_the_number_as_the_header_does(number: str, printed: str) -> None:
    """An assigned number as it is; a draft's blank number with the header's gap before it."""
    head = HEAD.format(type="Báo cáo", abbr="BC").replace('"/BC-STTTT"', f'"{number}"')
    report = loads(head + BODY)
    assert reference_line(report, "Kèm theo") == (
        f"(Kèm theo Báo cáo {printed} ngày 20 tháng 12 năm 2024 của Sở Thông tin và Truyền thông)"
    )


# --------------------------------------------------------------------------------------------
# Tables


@pytest.fixture
def tables() -> Report:
    return loads(HEAD.format(type="Báo cáo", abbr="BC") + TABLES)


def test_numbered_tables_count_across_the_document(tables: Report) -> None:
    """ "Biểu số 01", "02" ... in order, the appendices' after the body's; an unnumbered table
    prints its caption alone, or no caption line at all, and takes no number."""
    content = document_content(tables)
    captions = [
        None if table.caption is None else table.caption.text
        for table in (*body_tables(content.body), *body_tables(content.parts[0].body))
    ]
    assert captions == [
        "Biểu số 01: Kết quả thực hiện chỉ tiêu",
        "Danh sách đơn vị",
        None,
        "Biểu số 02",
        "Biểu số 03: Chi tiết",
    ]


def test_a_table_as_printed(tables: Report) -> None:
    """Caption and unit line; header cells in the header role; text cells as written, numbers
    and percentages by the Vietnamese rules with the column's decimals, an empty cell without
    runs; the totals row bold, keeping an italic word; the notes under the table."""
    table = body_tables(document_content(tables).body)[0]
    assert table.caption == Line(
        role=Role.TABLE_CAPTION, runs=(plain("Biểu số 01: Kết quả thực hiện chỉ tiêu"),)
    )
    assert table.unit == Line(role=Role.TABLE_UNIT, runs=(plain("Đơn vị tính: người"),))
    assert table.columns == 3

    def cell(role: Role, column: int, *runs: Run, colspan: int = 1) -> TableCellContent:
        return TableCellContent(line=Line(role=role, runs=runs), column=column, colspan=colspan)

    assert table.header == (
        (
            cell(Role.TABLE_HEADER, 0, plain("STT")),
            cell(Role.TABLE_HEADER, 1, plain("Đơn vị")),
            cell(Role.TABLE_HEADER, 2, plain("Tỷ lệ")),
        ),
    )
    assert table.rows == (
        (
            cell(Role.TABLE_NUMBER, 0, plain("1")),
            cell(Role.TABLE_TEXT, 1, plain("Huyện Lục Nam")),
            cell(Role.TABLE_NUMBER, 2, plain("95,6%")),  # 95.55 to one decimal, half up
        ),
        (
            cell(Role.TABLE_NUMBER, 0, plain("2")),
            cell(Role.TABLE_TEXT, 1, plain("Huyện "), Run(text="Yên Thế", italic=True)),
            cell(Role.TABLE_TEXT, 2),
        ),
        (
            cell(Role.TABLE_TEXT, 0, bold("Tổng cộng"), colspan=2),
            cell(Role.TABLE_NUMBER, 2, bold("97,0%")),
        ),
    )
    assert table.notes == (
        Line(role=Role.TABLE_NOTE, runs=(plain("Nguồn: Sở Thông tin và Truyền thông."),)),
    )


def test_a_totals_row_keeps_italics_in_bold() -> None:
    """A word in italics in the totals row prints bold italic."""
    text = HEAD.format(type="Báo cáo", abbr="BC") + TABLES.replace(
        '{ text = "Tổng cộng", colspan = 2 }',
        '{ text = ["Tổng ", { text = "cộng", italic = true }], colspan = 2 }',
    )
    table = body_tables(document_content(loads(text)).body)[0]
    assert table.rows[-1][0].line.runs == (
        Run(text="Tổng ", bold=True),
        Run(text="cộng", bold=True, italic=True),
    )


@attrs.frozen
class Spot:
    column: int
    rowspan: int = 1


def test_grid_slots_merge_a_cell_down_its_rowspan() -> None:
    """A cell spanning three rows covers its column in the two rows below, not the fourth."""
    tall, a, b, c, d, e, f = (
        Spot(0, rowspan=3),
        Spot(1),
        Spot(1),
        Spot(1),
        Spot(0),
        Spot(1),
        Spot(1),
    )
    assert list(grid_slots([[tall, a], [b], [c], [d, e], [f]])) == [
        ((tall, False), (a, False)),
        ((tall, True), (b, False)),
        ((tall, True), (c, False)),
        ((d, False), (e, False)),
        ((f, False),),
    ]


# --------------------------------------------------------------------------------------------
# The end mark after a table (every template of Phụ lục III ends the body with ./.)


def test_a_body_ending_with_a_table_ends_on_a_line_of_its_own() -> None:
    """No notes under the last table: ./. is a body paragraph after it."""
    content = document_content(loads(HEAD.format(type="Báo cáo", abbr="BC") + LAST_TABLE))
    assert isinstance(content.body[-2], TableContent)
    assert content.body[-1] == Line(role=Role.BODY, runs=(plain("./."),))


def test_a_body_ending_with_table_notes_ends_its_last_note() -> None:
    """Notes under the last table: the last note takes ./., the others are as written."""
    notes = (
        'notes = ["Ghi chú: số liệu ước tính.", "Nguồn: Văn phòng Sở", "Người lập: Tổ tổng hợp"]'
    )
    content = document_content(
        loads(HEAD.format(type="Báo cáo", abbr="BC") + LAST_TABLE + notes + "\n")
    )
    (table,) = content.body
    assert isinstance(table, TableContent)
    assert [note.text for note in table.notes] == [
        "Ghi chú: số liệu ước tính.",
        "Nguồn: Văn phòng Sở",
        "Người lập: Tổ tổng hợp./.",
    ]
