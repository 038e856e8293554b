"""The content stage's roles and markers, line by line: the header, lists of tasks and
actions, requests, signatures, heading roles by depth, a whole document with a table and an
appendix; each expected value written by hand from Nghị định 30/2020/NĐ-CP (Phụ lục I and III).
"""

from __future__ import annotations

import pytest

from _content_parts import (
    APPENDIX,
    BODY,
    DECISION,
    LAST_TABLE,
    TABLES,
    articles,
    body_tables,
    lines_of,
    plain,
)
from _documents import HEAD
from directive_report import Capacity, Signature, SignaturePrefix, examples, loads
from directive_report.layout import (
    Heading,
    Line,
    Role,
    document_content,
)
from directive_report.layout.content import signature_lines

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
