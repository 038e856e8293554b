"""The content stage: the words every format prints, checked by hand against the decree."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from directive_report import (
    Block,
    BulletList,
    Capacity,
    Distribution,
    Paragraph,
    Report,
    Run,
    Section,
    Signature,
    SignaturePrefix,
    Task,
    TaskList,
    document_type,
    examples,
)
from directive_report.layout import (
    ContentBlock,
    DocumentContent,
    Heading,
    ItemList,
    Line,
    Role,
    block_lines,
    document_content,
    section_label,
)
from directive_report.layout.content import recipient_lines, signature_lines
from directive_report.model import DocumentNumber, template_for


def texts(content: DocumentContent) -> list[str]:
    return [line.text for line in content.lines()]


def part_texts(blocks: tuple[ContentBlock, ...]) -> list[str]:
    return [line.text for block in blocks for line in block_lines(block)]


# --------------------------------------------------------------------------------------------
# Wording moved out of the model


@pytest.mark.parametrize(
    ("signature", "lines"),
    [
        (
            Signature(
                capacities=[Capacity(prefix=SignaturePrefix.KT, title="GIÁM ĐỐC")],
                signer_title="PHÓ GIÁM ĐỐC",
                name="Ngô Đình Tiến",
            ),
            ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
        ),
        (
            Signature(
                capacities=[
                    Capacity(prefix=SignaturePrefix.TM, title="ỦY BAN NHÂN DÂN"),
                    Capacity(prefix=SignaturePrefix.KT, title="CHỦ TỊCH"),
                ],
                signer_title="PHÓ CHỦ TỊCH",
                name="Nguyễn Văn A",
            ),
            ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
        ),
        (Signature(signer_title="GIÁM ĐỐC", name="Nguyễn Văn B"), ("GIÁM ĐỐC",)),
        (
            Signature(
                capacities=[Capacity(prefix=SignaturePrefix.TL, title="CHỦ TỊCH")],
                signer_title="CHÁNH VĂN PHÒNG",
                name="Trần Thị C",
            ),
            ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
        ),
    ],
)
def test_signature_lines(signature: Signature, lines: tuple[str, ...]) -> None:
    """Capacity lines (NĐ 30/2020 Điều 13) then the signer's own title."""
    assert signature_lines(signature) == lines


def test_distribution_lines() -> None:
    """Nơi nhận items end with ';' and the archive line with '.'."""
    distribution = Distribution(
        recipients=["Như trên", "Phòng TTBCXB; TTra Sở"], archive="VT, HC (2)"
    )
    assert recipient_lines(distribution) == (
        "Như trên;",
        "Phòng TTBCXB; TTra Sở;",
        "Lưu: VT, HC (2).",
    )
    assert recipient_lines(Distribution(recipients=[])) == ("Lưu: VT.",)


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ((1,), "I."),
        ((3,), "III."),
        ((4,), "IV."),
        ((9,), "IX."),
        ((1, 1), "1."),
        ((2, 12), "12."),
        ((1, 1, 1), "a)"),
        ((1, 1, 5), "đ)"),
        ((1, 1, 7), "g)"),
        ((1, 1, 1, 1), "-"),
    ],
)
def test_section_labels(path: tuple[int, ...], label: str) -> None:
    """Mục in Roman numerals, khoản in digits, điểm in Vietnamese alphabet order (no f, j, w, z)."""
    assert section_label(path) == label


@pytest.mark.parametrize("path", [(), (0,), (1, -1)])
def test_section_label_bad_paths(path: tuple[int, ...]) -> None:
    """Positions count from 1."""
    with pytest.raises(ValueError, match="positions from 1"):
        section_label(path)


# --------------------------------------------------------------------------------------------
# Kính gửi


@pytest.mark.parametrize(
    ("addressees", "printed"),
    [
        (("Sở Tư pháp",), ["Kính gửi: Sở Tư pháp."]),
        (("Sở Tài chính.",), ["Kính gửi: Sở Tài chính."]),  # never "chính.."
        (
            ("Sở Tư pháp", "Công an tỉnh"),
            ["Kính gửi:", "- Sở Tư pháp;", "- Công an tỉnh."],
        ),
        (
            ("Sở Tư pháp;", "Sở Tài chính."),
            ["Kính gửi:", "- Sở Tư pháp;", "- Sở Tài chính."],
        ),
    ],
)
def test_addressee_endings(
    seed_report: Report, addressees: tuple[str, ...], printed: list[str]
) -> None:
    """One addressee shares the label's line; several get one '-' line each, ';' then '.' last
    (Phụ lục I, II.9.d); an ending the author wrote is kept, not doubled."""
    content = document_content(attrs.evolve(seed_report, addressees=addressees))
    assert part_texts(content.addressees) == printed


# --------------------------------------------------------------------------------------------
# Header and title


def test_header_rows(seed_report: Report) -> None:
    """ô 2 beside ô 1, then ô 3 beside ô 4; names as the author wrote them (not yet broken)."""
    header = document_content(seed_report).header
    assert [[line.text for line in cell] for row in header.rows for cell in row] == [
        ["UBND TỈNH BẮC GIANG", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        ["Số:      /BC-STTTT"],
        ["Bắc Giang, ngày 20 tháng 5 năm 2024"],
    ]


def test_subject_line_comes_from_the_template(seed_report: Report) -> None:
    """Whether the trích yếu is a V/v line under Số is data of the Phụ lục III template
    (Mẫu 1.5, công văn), not a comparison of type names; a công văn has no title."""
    assert template_for(document_type("Công văn")).subject_line
    assert not any(
        template_for(document_type(key)).subject_line for key in ("BC", "KH", "QĐ", "TTr", "CT")
    )
    letter = attrs.evolve(
        seed_report,
        doc_type=document_type("Công văn"),
        number=DocumentNumber(number=12, symbol="STTTT-VP"),
        summary="mời họp",
    )
    content = document_content(letter)
    assert [line.text for line in content.header.number] == ["Số: 12/STTTT-VP", "V/v mời họp"]
    assert content.title == ()
    report = document_content(seed_report)
    assert [line.role for line in report.title] == [Role.DOCUMENT_TYPE, Role.SUMMARY]
    assert report.title[0].text == "BÁO CÁO"


# --------------------------------------------------------------------------------------------
# The body and its end mark


def report_with(seed_report: Report, blocks: list[Block]) -> Report:
    return attrs.evolve(
        seed_report, intro=(), closing=(), sections=(Section(title="MỤC", blocks=blocks),)
    )


@pytest.mark.parametrize(
    ("last", "printed"),
    [
        (Paragraph(runs="Trân trọng báo cáo."), "Trân trọng báo cáo./."),
        (Paragraph(runs="Trân trọng báo cáo"), "Trân trọng báo cáo./."),
        (Paragraph(runs="Trân trọng báo cáo./."), "Trân trọng báo cáo./."),
        (BulletList(items=["một", "hai"]), "- hai./."),
        (
            TaskList(tasks=[Task(text="Kiểm tra", assignee="Thanh tra Sở")]),
            "Đơn vị thực hiện: Thanh tra Sở./.",
        ),
    ],
)
def test_end_mark(seed_report: Report, last: Block, printed: str) -> None:
    """The body's last line, whatever block it is in, ends with './.' exactly once."""
    content = document_content(report_with(seed_report, [last]))
    assert list(block_lines(content.body[-1]))[-1].text == printed
    assert sum(text.count("./.") for text in texts(content)) == 1


def test_end_mark_after_emphasis_is_a_plain_run(seed_report: Report) -> None:
    """'./.' after an italic run is a run of its own, upright."""
    last = Paragraph(runs=[Run(text="x "), Run(text="báo cáo", italic=True)])
    (line,) = block_lines(document_content(report_with(seed_report, [last])).body[-1])
    assert line.runs[-1] == Run(text="./.")


def test_body_structure_of_the_plan(seed_report: Report) -> None:
    """The kế hoạch: headings with their labels and depths, tasks with their markers and
    detail lines (checked by hand against the example's TOML)."""
    content = document_content(examples.load("ke-hoach-ct21-2021"))
    headings = [(b.depth, b.line.marker) for b in content.body if isinstance(b, Heading)]
    assert headings == [
        (1, "I."),
        (2, "1."),
        (2, "2."),
        (1, "II."),
        (2, "1."),
        (3, "a)"),
        (3, "b)"),
        (2, "2."),
        (1, "III."),
    ]
    lists = [b for b in content.body if isinstance(b, ItemList)]
    tasks = lists[1]
    assert [item.line.marker for item in tasks.items] == ["-", "-"]  # under a) the level is "-"
    assert [line.text for line in tasks.items[1].details] == ["Đơn vị thực hiện: Thanh tra Sở."]
    assert tasks.items[1].details[0].role is Role.TASK_DETAIL


def test_task_markers_follow_the_section_depth(seed_report: Report) -> None:
    """Tasks take the level below their section: 1. in the intro, 1. under I., a) under 1.,
    '-' under a), and '-' when not numbered."""
    tasks = TaskList(tasks=[Task(text="x"), Task(text="y")])
    dashes = TaskList(tasks=[Task(text="x")], numbered=False)
    deep = Section(title="a", blocks=[tasks], sections=())
    report = attrs.evolve(
        seed_report,
        intro=(tasks,),
        closing=(),
        sections=(
            Section(
                title="MỤC",
                blocks=[tasks, dashes],
                sections=(Section(title="k", blocks=[tasks], sections=(deep,)),),
            ),
        ),
    )
    markers = [
        [item.line.marker for item in block.items]
        for block in document_content(report).body
        if isinstance(block, ItemList)
    ]
    assert markers == [["1.", "2."], ["1.", "2."], ["-"], ["a)", "b)"], ["-", "-"]]


def test_signature_and_recipients(seed_report: Report) -> None:
    """Nơi nhận: its label, then '- ' lines taken from the model; the signature block."""
    content = document_content(seed_report)
    assert part_texts(content.recipients) == [
        "Nơi nhận:",
        "- Phòng Cảnh sát hình sự - Công an tỉnh;",
        "- Giám đốc Sở, PGĐ Ngô Đình Tiến;",
        "- Phòng TTBCXB; TTra Sở;",
        "- Lưu: VT.",
    ]
    assert [(line.role, line.text) for line in content.signature] == [
        (Role.SIGNATURE_TITLE, "KT. GIÁM ĐỐC"),
        (Role.SIGNATURE_TITLE, "PHÓ GIÁM ĐỐC"),
        (Role.SIGNER_NAME, "Ngô Đình Tiến"),
    ]


def test_line_prints_its_marker_before_its_runs() -> None:
    """A marker joins a plain first run; before emphasis it is a run of its own."""
    plain = Line(role=Role.LIST_ITEM, runs=(Run(text="một"),), marker="-")
    assert plain.printed_runs() == (Run(text="- một"),)
    italic = Line(role=Role.LIST_ITEM, runs=(Run(text="một", italic=True),), marker="a)")
    assert italic.printed_runs() == (Run(text="a) "), Run(text="một", italic=True))
    assert italic.text == "a) một"
    label = Line(role=Role.ADDRESSEE, marker="Kính gửi:")
    assert (label.text, label.printed_runs()) == ("Kính gửi:", (Run(text="Kính gửi:"),))


def test_task_detail_dates() -> None:
    """The deadline is printed in the short style, padded as the decree pads it."""
    from directive_report.layout import task_details

    task = Task(text="x", deadline=dt.date(2022, 2, 5))
    assert task_details(task) == "Thời hạn: ngày 05/02/2022."
