"""Tasks' assignees and deadlines, and actions' actors, partners and dates, read from the words
a document prints.  Expected values are read off the texts by hand; the properties hold for any
task the library prints.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from directive_report.layout import task_details
from directive_report.model import (
    Action,
    ActionList,
    Block,
    BulletList,
    Paragraph,
    Period,
    Task,
    TaskKind,
    TaskList,
)
from directive_report.readers._actors import actors_in, partners_in, with_stated_facts
from directive_report.readers._agencies import agency_at, agency_list_at
from directive_report.readers._assignments import assignee_in, deadline_in, layout_details
from directive_report.readers._ingest import ingest
from directive_report.readers._stated_fields import _blocks, _Context
from directive_report.testing import tasks

# ---------------------------------------------------------------------------------------------
# Agencies' names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sở Giáo dục và Đào tạo tổ chức 15 hội nghị", "Sở Giáo dục và Đào tạo"),
        ("UBND tỉnh đã ban hành Kế hoạch", "UBND tỉnh"),
        ("Công an tỉnh Phú Thọ xử phạt vi phạm", "Công an tỉnh Phú Thọ"),
        ("Sở Lao động - Thương binh và Xã hội hướng dẫn", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở Văn hóa, Thể thao và Du lịch chủ trì", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Phòng Thông tin - Báo chí - Xuất bản; thời hạn", "Phòng Thông tin - Báo chí - Xuất bản"),
        ("Trung tâm Kiểm soát bệnh tật tỉnh tổ chức", "Trung tâm Kiểm soát bệnh tật tỉnh"),
        ("Sở Y tế: chủ trì", "Sở Y tế"),
        ("Công an tỉnh và Sở Tư pháp phối hợp", "Công an tỉnh"),
    ],
)
def test_an_agency_s_name_ends_before_its_predicate(text: str, name: str) -> None:
    assert agency_at(text) == (name, len(name))


@pytest.mark.parametrize(
    "text",
    [
        "Sở hữu trí tuệ là tài sản",  # "Sở" and a lower-case word: not a name
        "Sở đã chỉ đạo các phòng",  # the kind alone
        "Sở Y tế",  # nothing says where the name ends
        "Công an tỉnh và các sở, ngành",  # "và" joins no capitalised element
        "các cơ quan, đơn vị liên quan tổ chức",  # no agency's kind
    ],
)
def test_no_name_where_none_can_be_delimited(text: str) -> None:
    assert agency_at(text) is None


def test_a_list_of_agencies() -> None:
    assert agency_list_at("Sở Y tế, Sở Giáo dục và Đào tạo tổ chức") == (
        ("Sở Y tế", "Sở Giáo dục và Đào tạo"),
        31,
    )
    assert agency_list_at("Bộ Công an và Bộ Quốc phòng phối hợp") == (
        ("Bộ Công an", "Bộ Quốc phòng"),
        27,
    )


# ---------------------------------------------------------------------------------------------
# Tasks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đơn vị thực hiện: Thanh tra Sở; thời hạn: ngày 30/9/2021.",
            ("Thanh tra Sở", dt.date(2021, 9, 30)),
        ),
        ("Đơn vị thực hiện: Thanh tra Sở.", ("Thanh tra Sở", None)),
        ("Thời hạn: ngày 05/02/2025.", (None, dt.date(2025, 2, 5))),
        (
            "Đơn vị thực hiện: Văn phòng Sở; thời hạn: ngày 31/3/2025./.",
            ("Văn phòng Sở", dt.date(2025, 3, 31)),
        ),
        ("Thời hạn: ngày 5/2/2025.", None),  # the layout writes 05/02: not its line
        ("Đơn vị thực hiện: Thanh tra Sở", None),  # no closing full stop
        ("đơn vị thực hiện: Thanh tra Sở.", None),
        ("Thời hạn: ngày 31/2/2025.", None),  # no such day
        ("Kiểm tra, xử lý vi phạm.", None),
    ],
)
def test_the_line_printed_under_a_task(
    text: str, expected: tuple[str | None, dt.date | None] | None
) -> None:
    assert layout_details(text) == expected


@given(tasks())
def test_every_printed_task_line_reads_back(task: Task) -> None:
    line = task_details(task)
    if line is None:
        assert task.assignee is None
        assert task.deadline is None
    else:
        assert layout_details(line) == (task.assignee, task.deadline)
        assert layout_details(line[:-1] + "./.") == (task.assignee, task.deadline)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Sở Y tế chủ trì; thời gian: trước ngày 30/6/2025.", dt.date(2025, 6, 30)),
        ("Thời gian thực hiện: Quý II/2025.", dt.date(2025, 6, 30)),
        ("Thời gian thực hiện: quý IV năm 2024", dt.date(2024, 12, 31)),
        ("Thời hạn hoàn thành: tháng 2/2024.", dt.date(2024, 2, 29)),
        ("Thời gian: Năm 2025.", dt.date(2025, 12, 31)),
        ("Thời gian hoàn thành: ngày 15 tháng 8 năm 2025", dt.date(2025, 8, 15)),
        ("Xây dựng kế hoạch (hoàn thành trước ngày 30/6/2025).", dt.date(2025, 6, 30)),
        ("Báo cáo kết quả, chậm nhất ngày 05/12/2025.", dt.date(2025, 12, 5)),
        ("Thời gian thực hiện: Thường xuyên.", None),
        ("Thời gian: năm 2025 - 2026.", None),  # a span of years
        ("Định kỳ trước ngày 15 tháng 12 hằng năm báo cáo.", None),  # no year: recurring
        ("Thời gian: tháng 9/2025; chậm nhất ngày 31/12/2025.", None),  # two deadlines
        ("Thời hạn: ngày 31/6/2025.", None),  # no such day
        ("Tổ chức hội nghị ngày 30/6/2025.", None),  # a date, not a deadline
    ],
)
def test_a_deadline_in_a_task_s_words(text: str, deadline: dt.date | None) -> None:
    assert deadline_in(text) == deadline


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        ("Sở Y tế chủ trì, phối hợp với các sở, ngành triển khai.", "Sở Y tế"),
        ("Giao Sở Nội vụ chủ trì, tham mưu.", "Sở Nội vụ"),
        ("Xây dựng quy chế (Sở Tư pháp chủ trì; quý II/2025).", "Sở Tư pháp"),
        ("Sở Tài nguyên và Môi trường: Rà soát, cập nhật.", "Sở Tài nguyên và Môi trường"),
        ("Đơn vị chủ trì: Sở Y tế; đơn vị phối hợp: Sở Tài chính.", "Sở Y tế"),
        (
            "Cơ quan thực hiện: Phòng Bưu chính, Viễn thông và Công nghệ thông tin.",
            "Phòng Bưu chính, Viễn thông và Công nghệ thông tin",
        ),
        ("Đơn vị thực hiện: Văn phòng Sở.", "Văn phòng Sở"),
        ("Sở Y tế, Sở Tài chính: phối hợp thực hiện.", None),  # two agencies lead it
        ("Sở Khoa học và Công nghệ: Ông Nguyễn Xuân Tùng - Trưởng phòng.", None),  # a member
        ("Đơn vị chủ trì: Sở Y tế; cơ quan chủ trì: Sở Nội vụ.", None),  # two assignees
        ("Cơ quan thực hiện: Các phòng, đơn vị thuộc Sở.", None),  # where does it end?
        ("Phối hợp với Sở Y tế tổ chức kiểm tra.", None),  # a partner, not who leads
        ("Tuyên truyền về phòng, chống tội phạm.", None),
    ],
)
def test_an_assignee_in_a_task_s_words(text: str, assignee: str | None) -> None:
    assert assignee_in(text) == assignee


# ---------------------------------------------------------------------------------------------
# Actions


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND.", ("UBND tỉnh",)),
        ("Sở Giáo dục và Đào tạo tổ chức 15 hội nghị.", ("Sở Giáo dục và Đào tạo",)),
        (
            "Hằng tháng, Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí.",
            ("Sở Thông tin và Truyền thông",),
        ),
        ("Công an tỉnh và Sở Tư pháp phối hợp tuyên truyền.", ("Công an tỉnh", "Sở Tư pháp")),
        ("Phối hợp với Công an tỉnh Phú Thọ xử phạt.", ()),  # the sentence states no actor
        ("Chỉ đạo Viettel Bắc Giang trả lời.", ()),
        ("Các cơ quan báo chí đẩy mạnh tuyên truyền.", ()),  # no agency's kind
        ("Sở Y tế, bệnh viện tỉnh tổ chức.", ()),
    ],
)
def test_the_actors_of_an_action(text: str, actors: tuple[str, ...]) -> None:
    assert actors_in(text) == actors


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("Phối hợp với Công an tỉnh Phú Thọ xử phạt vi phạm.", ("Công an tỉnh Phú Thọ",)),
        ("Sở phối hợp với Công an tỉnh và Sở Tư pháp kiểm tra.", ("Công an tỉnh", "Sở Tư pháp")),
        (
            "cùng với Đoàn Thanh niên tỉnh tổ chức; kết hợp với Hội Nông dân tỉnh, tuyên truyền.",
            ("Đoàn Thanh niên tỉnh", "Hội Nông dân tỉnh"),
        ),
        ("Phối hợp với các cơ quan, đơn vị liên quan kiểm tra.", ()),
        ("Trao đổi với công an huyện Tân Yên về nguồn gốc.", ()),  # not written as a name
    ],
)
def test_the_partners_of_an_action(text: str, partners: tuple[str, ...]) -> None:
    assert partners_in(text) == partners


def test_the_day_or_span_an_action_opens_with() -> None:
    day = with_stated_facts(Action(text="Ngày 15/3/2024, Sở Y tế tổ chức hội nghị."))
    assert (day.date, day.period, day.actors) == (dt.date(2024, 3, 15), None, ("Sở Y tế",))
    span = with_stated_facts(
        Action(text="Từ ngày 01/3/2024 đến ngày 15/3/2024, UBND huyện đã kiểm tra 12 cơ sở.")
    )
    period = Period(start=dt.date(2024, 3, 1), end=dt.date(2024, 3, 15))
    assert (span.date, span.period, span.actors) == (None, period, ("UBND huyện",))
    assert with_stated_facts(Action(text="Ngày 31/2/2024, Sở Y tế tổ chức.")).date is None
    kept = Action(text="Sở Y tế tổ chức.", actors=["Bộ Y tế"], date=dt.date(2024, 1, 1))
    assert with_stated_facts(kept) == kept  # what the action has is kept


# ---------------------------------------------------------------------------------------------
# Whole documents


def _ingest_text(tmp_path: Path, body: str, doc_type: str = "KẾ HOẠCH") -> list[object]:
    text = (
        "UBND TỈNH BẮC GIANG\nSỞ Y TẾ\n\nSố: 12/KH-SYT\n\nBắc Giang, ngày 10 tháng 01 năm 2025\n\n"
        f"{doc_type}\n\nCông tác y tế năm 2025\n\n{body}\n\n"
        "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n"
    )
    path = tmp_path / "van-ban.txt"
    path.write_text(text, encoding="utf-8")
    report = ingest(path).report
    return [entry.item for entry in report.walk_body()]


@pytest.mark.parametrize(
    ("tasks_printed", "numbered", "expected"),
    [
        (
            "1. Kiểm tra an toàn thực phẩm tại các chợ.\n\nĐơn vị thực hiện: Chi cục An toàn vệ "
            "sinh thực phẩm; thời hạn: ngày 30/6/2025.\n\n2. Tổng hợp, báo cáo kết quả.\n\n"
            "Thời hạn: ngày 15/12/2025.",
            True,
            [
                (
                    "Kiểm tra an toàn thực phẩm tại các chợ.",
                    "Chi cục An toàn vệ sinh thực phẩm",
                    dt.date(2025, 6, 30),
                ),
                ("Tổng hợp, báo cáo kết quả.", None, dt.date(2025, 12, 15)),
            ],
        ),
        (
            "- Kiểm tra an toàn thực phẩm tại các chợ.\n\nĐơn vị thực hiện: Thanh tra Sở.\n\n"
            "- Tổng hợp báo cáo.\n\nThời hạn: ngày 15/12/2025.",
            False,
            [
                ("Kiểm tra an toàn thực phẩm tại các chợ.", "Thanh tra Sở", None),
                ("Tổng hợp báo cáo.", None, dt.date(2025, 12, 15)),
            ],
        ),
    ],
)
def test_tasks_with_their_printed_lines(
    tmp_path: Path,
    tasks_printed: str,
    numbered: bool,
    expected: list[tuple[str, str | None, dt.date | None]],
) -> None:
    """Numbered tasks (read as headings) and "-" tasks, each with the line printed under it."""
    body = f"I. NHIỆM VỤ\n\n{tasks_printed}\n\nII. TỔ CHỨC THỰC HIỆN\n\nCác phòng thực hiện./."
    items = _ingest_text(tmp_path, body)
    (task_list,) = [item for item in items if isinstance(item, TaskList)]
    assert task_list.numbered is numbered
    assert [(t.text.text, t.assignee, t.deadline) for t in task_list.tasks] == expected


def test_a_line_of_another_shape_stays_a_paragraph(tmp_path: Path) -> None:
    body = (
        "I. NHIỆM VỤ\n\n- Kiểm tra an toàn thực phẩm tại các chợ.\n\n"
        "Đơn vị chủ trì: Thanh tra Sở; đơn vị phối hợp: Công an tỉnh.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\nCác phòng thực hiện./."
    )
    items = _ingest_text(tmp_path, body)
    assert not [item for item in items if isinstance(item, TaskList)]
    assert [type(item).__name__ for item in items[1:3]] == ["BulletList", "Paragraph"]


def test_a_report_s_list_naming_its_actors_is_a_list_of_actions(tmp_path: Path) -> None:
    body = (
        "I. KẾT QUẢ\n\n- UBND tỉnh đã ban hành Kế hoạch triển khai;\n\n"
        "- Sở Giáo dục và Đào tạo phối hợp với Đoàn Thanh niên tỉnh tổ chức tuyên truyền.\n\n"
        "II. PHƯƠNG HƯỚNG\n\n- Sở Y tế tiếp tục kiểm tra./."
    )
    items = _ingest_text(tmp_path, body, doc_type="BÁO CÁO")
    (actions,) = [item for item in items if isinstance(item, ActionList)]
    assert [(a.actors, a.partners) for a in actions.actions] == [
        (("UBND tỉnh",), ()),
        (("Sở Giáo dục và Đào tạo",), ("Đoàn Thanh niên tỉnh",)),
    ]
    # the coming period's list is not of actions done, and a kế hoạch's list neither
    assert isinstance(items[-1], BulletList)
    plan = _ingest_text(tmp_path, body)
    assert not [item for item in plan if isinstance(item, ActionList)]


def test_a_task_s_own_words_give_its_assignee_and_deadline(tmp_path: Path) -> None:
    body = (
        "I. NHIỆM VỤ\n\na) Sở Y tế chủ trì, phối hợp với các đơn vị kiểm tra; thời gian: "
        "Quý II/2025.\n\nb) Tổng hợp, báo cáo kết quả.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "Các phòng thực hiện./."
    )
    items = _ingest_text(tmp_path, body)
    (task_list,) = [item for item in items if isinstance(item, TaskList)]
    assert [(t.assignee, t.deadline) for t in task_list.tasks] == [
        ("Sở Y tế", dt.date(2025, 6, 30)),
        (None, None),
    ]


@given(st.lists(tasks(), min_size=1, max_size=4))
def test_lists_and_lines_as_printed_make_one_task_list(listed: list[Task]) -> None:
    """Tasks as a page shows them to the reader — runs of items, each line under its task —
    come back as one task list up to the last task with a line, the items after it a list."""
    blocks: list[Block] = []
    pending: list[Paragraph] = []
    for task in listed:
        pending.append(task.text)
        line = task_details(task)
        if line:
            blocks += [BulletList(items=pending), Paragraph(runs=line)]
            pending = []
    if pending:
        blocks.append(BulletList(items=pending))
    got = _blocks(blocks, "Trên báo chí", 3, _Context(levels=3, reports_actions=False))
    last = max((i for i, t in enumerate(listed) if t.assignee or t.deadline), default=-1)
    expected: list[Block] = []
    if last >= 0:
        done = [attrs.evolve(t, kind=TaskKind.ASSIGNED, source=None) for t in listed[: last + 1]]
        expected.append(TaskList(tasks=done, numbered=True))
    if listed[last + 1 :]:
        expected.append(BulletList(items=[t.text for t in listed[last + 1 :]]))
    assert list(got) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Rà soát văn bản theo khoản 3 Chỉ thị số 21/CT-TTg.", "khoản 3"),
        ("Tuyên truyền (điểm a khoản 2 Chỉ thị số 21/CT-TTg).", "điểm a khoản 2"),
        ("Rà soát theo khoản 3 Chỉ thị số 12/CT-TTg.", None),  # another directive's provision
        ("Rà soát theo Chỉ thị số 21/CT-TTg.", None),  # the directive, no provision
        ("Theo khoản 1 và khoản 3 Chỉ thị số 21/CT-TTg, khoản 4 Chỉ thị số 21/CT-TTg.", None),
    ],
)
def test_the_directive_s_provision_a_task_comes_from(text: str, source: str | None) -> None:
    from directive_report.citations import parse
    from directive_report.readers._assignments import provision_in

    found = provision_in(text, parse("Chỉ thị số 21/CT-TTg ngày 25/5/2020"))
    assert (str(found) if found else None) == source
    assert provision_in(text, None) is None


def test_a_plan_s_task_citing_its_directive_s_provision(tmp_path: Path) -> None:
    body = (
        "Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về phòng "
        "ngừa lừa đảo, Sở Y tế xây dựng Kế hoạch như sau:\n\nI. NHIỆM VỤ\n\n"
        "a) Tuyên truyền phòng ngừa lừa đảo (khoản 2 Chỉ thị số 21/CT-TTg).\n\n"
        "b) Kiểm tra các cơ sở.\n\nII. TỔ CHỨC THỰC HIỆN\n\nCác phòng thực hiện./."
    )
    items = _ingest_text(tmp_path, body)
    (task_list,) = [item for item in items if isinstance(item, TaskList)]
    assert [str(t.source) if t.source else None for t in task_list.tasks] == ["khoản 2", None]
