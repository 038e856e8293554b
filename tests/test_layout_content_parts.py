"""The content stage's wording of decisions, appendices, tables and lists, line by line and run
by run, each expected value written by hand from Nghị định 30/2020/NĐ-CP (Phụ lục I, II.6 and
III.1; Phụ lục III, Mẫu 1.3 and 2.1) and the practice for biểu số liệu.

These are the behaviours mutation testing (``nox -s mutate -- layout/content``) found no test
looking at: an article with a title, khoản and điểm; an executing article naming one or two
bodies; one appendix against several; tables numbered across the document; a unit line, notes,
a header row and a totals row as printed.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import pytest

from _documents import HEAD
from directive_report import Capacity, Report, Signature, SignaturePrefix, examples, loads
from directive_report.layout import (
    ContentBlock,
    Heading,
    Line,
    Role,
    TableCellContent,
    TableContent,
    block_lines,
    document_content,
    grid_slots,
)
from directive_report.layout.content import signature_lines
from directive_report.layout.content_parts import appendix_label, reference_line
from directive_report.model import Run


def bold(text: str) -> Run:
    return Run(text=text, bold=True)


def plain(text: str) -> Run:
    return Run(text=text)


def lines_of(blocks: Iterable[ContentBlock]) -> list[Line]:
    return [line for block in blocks for line in block_lines(block)]


# --------------------------------------------------------------------------------------------
# A decision's articles (Phụ lục I, II.6.đ: "Điều 1." bold; khoản "1."; điểm "a)")

DECISION = (
    HEAD.format(type="Quyết định", abbr="QĐ")
    + """
[decision]
authority = "GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
bases = ["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ"]
executors = ["Chánh Văn phòng Sở"]

[[decision.articles]]
text = "Ban hành kèm theo Quyết định này Quy chế làm việc."

[[decision.articles]]
title = "Phạm vi điều chỉnh"
text = "Quy chế này áp dụng đối với các phòng thuộc Sở."

[[decision.articles]]
title = "Tổ chức thực hiện"
clauses = [
  { text = "Các phòng triển khai:", points = ["Văn phòng Sở;", "Thanh tra Sở."] },
  { text = "Văn phòng Sở tổng hợp kết quả." },
]

[[decision.articles]]
clauses = [{ text = "Quyết định có hiệu lực kể từ ngày ký." }]
"""
)


def decision_lines(text: str) -> list[Line]:
    return lines_of(document_content(loads(text)).body)


def articles(text: str) -> list[Line]:
    """The lines after "QUYẾT ĐỊNH:"."""
    lines = decision_lines(text)
    start = next(i for i, line in enumerate(lines) if line.role is Role.ENACTING)
    return lines[start + 1 :]


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

BODY = """
[[intro]]
paragraph = "Sở Thông tin và Truyền thông báo cáo như sau."
"""

APPENDIX = """
[[appendices]]
title = "Danh sách đơn vị"

[[appendices.blocks]]
paragraph = "Danh sách các đơn vị tham gia"
"""


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

TABLES = """
[[intro]]
[intro.table]
caption = "Kết quả thực hiện chỉ tiêu"
numbered = true
unit = "người"
columns = [{}, {}, { decimals = 1 }]
header = [["STT", "Đơn vị", "Tỷ lệ"]]
rows = [
  [1, "Huyện Lục Nam", { percent = "95.55" }],
  [2, ["Huyện ", { text = "Yên Thế", italic = true }], ""],
]
total = [{ text = "Tổng cộng", colspan = 2 }, { percent = "97" }]
notes = ["Nguồn: Sở Thông tin và Truyền thông."]

[[intro]]
[intro.table]
caption = "Danh sách đơn vị"
header = [["Đơn vị"]]
rows = [["Văn phòng Sở"]]

[[intro]]
[intro.table]
header = [["Đơn vị"]]
rows = [["Thanh tra Sở"]]

[[intro]]
[intro.table]
numbered = true
header = [["Đơn vị"]]
rows = [["Phòng Bưu chính"]]

[[intro]]
paragraph = "Kết quả như các biểu trên."

[[appendices]]
title = "Biểu chi tiết"
[[appendices.blocks]]
[appendices.blocks.table]
caption = "Chi tiết"
numbered = true
header = [["Đơn vị"]]
rows = [["Thanh tra Sở"]]
"""


@pytest.fixture
def tables() -> Report:
    return loads(HEAD.format(type="Báo cáo", abbr="BC") + TABLES)


def body_tables(blocks: Iterable[ContentBlock]) -> list[TableContent]:
    return [block for block in blocks if isinstance(block, TableContent)]


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

LAST_TABLE = """
[[intro]]
[intro.table]
header = [["Đơn vị"]]
rows = [["Thanh tra Sở"]]
"""


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


# --------------------------------------------------------------------------------------------
# Roles and markers of the header and lists


def test_a_cong_van_subject_line_is_in_its_own_role() -> None:
    """Mẫu 1.5: "V/v ..." under Số in the subject-line style (12-13 pt, not the number's)."""
    head = HEAD.format(type="Công văn", abbr="X").replace('"/X-STTTT"', '"15/STTTT-VP"')
    assert document_content(loads(head + BODY)).header.number == (
        Line(role=Role.NUMBER, runs=(plain("Số: 15/STTTT-VP"),)),
        Line(role=Role.SUBJECT_LINE, runs=(plain("V/v Kết quả thực hiện nhiệm vụ năm 2024"),)),
    )


def test_twenty_three_tasks_under_a_khoan_take_every_letter() -> None:
    """The alphabet's 23 điểm letters, a) to y), are enough for 23 tasks: no dashes yet."""
    tasks = "\n".join(f'[[sections.sections.blocks.tasks]]\ntext = "Việc {n}."' for n in range(23))
    report = loads(
        HEAD.format(type="Báo cáo", abbr="BC")
        + '[[sections]]\ntitle = "NHIỆM VỤ"\n[[sections.sections]]\ntitle = "Chung"\n'
        + "[[sections.sections.blocks]]\n"
        + tasks
    )
    markers = [line.marker for line in lines_of(document_content(report).body)[2:]]
    assert markers == [
        "a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)", "k)", "l)", "m)",
        "n)", "o)", "p)", "q)", "r)", "s)", "t)", "u)", "v)", "x)", "y)",
    ]  # fmt: skip


def test_actions_print_as_list_items() -> None:
    """An action list prints "- ..." items in the list-item style."""
    report = loads(
        HEAD.format(type="Báo cáo", abbr="BC")
        + '[[intro]]\n[[intro.actions]]\ntext = "Kiểm tra 12 đại lý."\n'
        + '[[intro.actions]]\ntext = "Xử phạt 2 đại lý."\n'
    )
    assert lines_of(document_content(report).body) == [
        Line(role=Role.LIST_ITEM, runs=(plain("Kiểm tra 12 đại lý."),), marker="-"),
        Line(role=Role.LIST_ITEM, runs=(plain("Xử phạt 2 đại lý./."),), marker="-"),
    ]


def test_an_empty_header_cell_and_a_table_without_unit() -> None:
    """An empty corner of the header prints nothing; a table without a unit has no unit line
    and no caption line without a caption or number."""
    report = loads(
        HEAD.format(type="Báo cáo", abbr="BC")
        + '[[intro]]\n[intro.table]\nheader = [["", "Số"]]\nrows = [["Sở", 1]]\n'
    )
    (table,) = body_tables(document_content(report).body)
    assert (table.caption, table.unit) == (None, None)
    assert [cell.line.runs for cell in table.header[0]] == [(), (plain("Số"),)]


def test_a_decision_without_executors_ends_with_its_last_article() -> None:
    """No bodies named to carry it out: no executing article, the last article ends ./."""
    text = DECISION.replace('executors = ["Chánh Văn phòng Sở"]\n', "")
    last = articles(text)[-1]
    assert last.text == "1. Quyết định có hiệu lực kể từ ngày ký./."


@pytest.mark.parametrize("addressee", ["Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh."])
def test_a_request_names_the_first_addressee_without_its_ending(addressee: str) -> None:
    """Mẫu tờ trình: "Kính trình <Kính gửi> xem xét, quyết định./.", the addressee's own
    ending left out."""
    head = HEAD.format(type="Tờ trình", abbr="TTr").replace(
        "[authority]", f'addressees = ["{addressee}"]\n\n[authority]'
    )
    report = loads(head + BODY + "\n[request]\n")
    assert lines_of(document_content(report).body)[-1].text == (
        "Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./."
    )


def test_heading_roles_by_depth() -> None:
    """Mục, khoản and điểm headings take their own roles; deeper levels the fourth."""
    assert [Heading.role_at(depth) for depth in (1, 2, 3, 4, 5)] == [
        Role.HEADING_1,
        Role.HEADING_2,
        Role.HEADING_3,
        Role.HEADING_4,
        Role.HEADING_4,
    ]


def test_every_line_of_a_document_with_a_table_and_an_appendix() -> None:
    """DocumentContent.lines: the table's caption, unit, cells and notes in reading order, the
    appendix's title and body after the signature."""
    report = loads(HEAD.format(type="Báo cáo", abbr="BC") + LAST_TABLE + APPENDIX)
    texts = [line.text for line in document_content(report).lines()]
    assert texts[texts.index("Đơn vị") :] == [
        "Đơn vị",
        "Thanh tra Sở",
        "./.",
        "Nơi nhận:",
        "- UBND tỉnh;",
        "- Lưu: VT.",
        "GIÁM ĐỐC",
        "Trần Thị Bình",
        "Phụ lục",
        "DANH SÁCH ĐƠN VỊ",
        "(Kèm theo Báo cáo số      /BC-STTTT ngày 20 tháng 12 năm 2024 của Sở Thông tin và "
        "Truyền thông)",
        "Danh sách các đơn vị tham gia./.",
    ]
    table = body_tables(
        document_content(loads(HEAD.format(type="Báo cáo", abbr="BC") + TABLES)).body
    )[0]
    assert [line.text for line in table.lines()] == [
        "Biểu số 01: Kết quả thực hiện chỉ tiêu",
        "Đơn vị tính: người",
        "STT", "Đơn vị", "Tỷ lệ",
        "1", "Huyện Lục Nam", "95,6%",
        "2", "Huyện Yên Thế", "",
        "Tổng cộng", "97,0%",
        "Nguồn: Sở Thông tin và Truyền thông.",
    ]  # fmt: skip


def test_the_document_a_decision_issues_and_a_landscape_appendix() -> None:
    """Mẫu 1.3: the attached plan opens with its type, its trích yếu and "(Ban hành kèm theo
    Quyết định số ...)", on portrait pages; the report's appendix is landscape."""
    (plan,) = document_content(examples.load("quyet-dinh-ke-hoach-cds-2025")).parts
    assert plan.title == (
        Line(role=Role.PART_TITLE, runs=(plain("KẾ HOẠCH"),)),
        Line(
            role=Role.SUMMARY,
            runs=(plain("Chuyển đổi số năm 2025 của Sở Thông tin và Truyền thông"),),
        ),
        Line(
            role=Role.PART_REFERENCE,
            runs=(
                plain(
                    "(Ban hành kèm theo Quyết định số      /QĐ-STTTT ngày 10 tháng 01 năm 2025 "
                    "của Giám đốc Sở Thông tin và Truyền thông)"  # the decision's issuer
                ),
            ),
        ),
    )
    assert plan.landscape is False
    assert lines_of(plan.body)[0].text == "I. MỤC ĐÍCH, YÊU CẦU"
    (appendix,) = document_content(examples.load("bao-cao-ket-qua-2024")).parts
    assert appendix.landscape is True


def test_a_signature_without_the_signer_s_own_title() -> None:
    """A collective body's signature: "TM. ỦY BAN NHÂN DÂN" alone above the name."""
    signature = Signature(
        capacities=[Capacity(prefix=SignaturePrefix.TM, title="ỦY BAN NHÂN DÂN")],
        name="Nguyễn Văn A",
    )
    assert signature_lines(signature) == ("TM. ỦY BAN NHÂN DÂN",)


def test_a_body_ending_with_a_task_ends_its_details_once() -> None:
    """The last task's line of details takes ./., printed once, under the task."""
    report = loads(
        HEAD.format(type="Báo cáo", abbr="BC")
        + '[[intro]]\n[[intro.tasks]]\ntext = "Kiểm tra 12 đại lý."\nassignee = "Thanh tra Sở"\n'
    )
    assert [line.text for line in lines_of(document_content(report).body)] == [
        "1. Kiểm tra 12 đại lý.",
        "Đơn vị thực hiện: Thanh tra Sở./.",
    ]


def test_no_superior_no_line_for_it() -> None:
    """Without a cơ quan chủ quản the header's names are the issuer's lines alone."""
    report = loads(HEAD.format(type="Báo cáo", abbr="BC") + BODY)
    assert document_content(report).header.names == (
        Line(role=Role.ISSUER, runs=(plain("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),)),
    )
