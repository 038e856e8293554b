"""``directive_report.carry_forward`` and the placeholders it leaves for ``check``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

import directive_report as dr
from directive_report.cycle import carry_forward
from directive_report.cycle._carry import next_year_text
from directive_report.errors import CycleError
from directive_report.model import ActionList, Report, TaskList
from directive_report.model.placeholder import find_placeholders, placeholder, placeholders_in

DATA = Path(__file__).parent / "data" / "cycle"


@pytest.fixture(scope="module")
def seed() -> Report:
    """The bundled example: năm thứ 4, dated 20/5/2024."""
    return dr.examples.load("bac-giang-ct21-2024")


@pytest.fixture(scope="module")
def draft(seed: Report) -> Report:
    """Next year's draft of the bundled example."""
    return carry_forward(seed, date=dt.date(2025, 5, 20))


def test_next_year_in_the_summary_and_closing(draft: Report) -> None:
    """25/5/2024 - 24/5/2025 is the fifth year of Chỉ thị 21 (25/5/2020)."""
    assert draft.summary == (
        "Sơ kết năm thứ 5 thực hiện Chỉ thị số 21/CT-TTg về tăng cường phòng ngừa, xử lý hoạt "
        "động lừa đảo chiếm đoạt tài sản"
    )
    closing = draft.closing[0]
    assert isinstance(closing, dr.Paragraph)
    assert closing.text.startswith("Trên đây là báo cáo kết quả năm thứ 5 thực hiện")


def test_period_number_and_what_is_kept(seed: Report, draft: Report) -> None:
    """The period runs from the start of the fifth year to the new date; the rest is kept."""
    assert draft.reporting_period() == dr.Period(
        start=dt.date(2024, 5, 25), end=dt.date(2025, 5, 20)
    )
    assert draft.number.header_text() == "Số:      /BC-STTTT"
    for kept in ("authority", "doc_type", "directives", "signature", "distribution"):
        assert getattr(draft, kept) == getattr(seed, kept)


def test_actions_emptied_and_each_section_marked(draft: Report) -> None:
    """No action is carried; each section that had text holds one placeholder instead."""
    blocks = [b for _, s in draft.walk_sections() for b in s.blocks]
    assert not any(isinstance(b, ActionList) for b in blocks)
    assert not any(isinstance(b, TaskList) for b in blocks)
    assert [s.title for s in draft.sections] == [
        "KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg",
        "NHẬN XÉT, ĐÁNH GIÁ",
        "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TIẾP THEO",
    ]
    assert draft.sections[1].blocks == (
        dr.Paragraph(runs="[Cần bổ sung: nội dung của kỳ báo cáo mới]"),
    )


def test_forward_tasks_become_the_headings_of_results(draft: Report) -> None:
    """The three tasks of section III head subsections 4-6 of section I, stop removed."""
    titles = [s.title for s in draft.sections[0].sections]
    assert titles[:3] == [
        "Công tác quán triệt, tổ chức triển khai thực hiện",
        "Công tác tuyên truyền",
        "Công tác phối hợp giám sát, đấu tranh, xử lý vi phạm",
    ]
    assert titles[3] == (
        "Tiếp tục tuyên truyền tới các cấp, các ngành, đoàn thể, các tầng lớp nhân dân thực "
        "hiện có hiệu quả về phòng ngừa các hoạt động lừa đảo chiếm đoạt tài sản"
    )
    assert titles[5].startswith("Tuyên truyền phổ biến các mô hình hiệu quả")
    assert len(titles) == 6
    assert draft.sections[0].sections[3].blocks == (
        dr.Paragraph(runs="[Cần bổ sung: kết quả thực hiện nhiệm vụ]"),
    )


def test_assignee_and_deadline_kept() -> None:
    """The Sở Tư pháp's tasks carry who and by when into the heading's body."""
    report = dr.load(DATA / "so-tu-phap-ct21-2024.toml")
    draft = carry_forward(report, date=dt.date(2025, 5, 16))
    results = draft.sections[0].sections
    assert results[-2].title.startswith("Biên soạn, phát hành tài liệu phổ biến pháp luật")
    assert [b.text for b in results[-2].blocks if isinstance(b, dr.Paragraph)] == [
        "Đơn vị thực hiện: Phòng Phổ biến, giáo dục pháp luật; thời hạn: ngày 30/9/2024.",
        "[Cần bổ sung: kết quả thực hiện nhiệm vụ]",
    ]
    assert next(b.text for b in results[-1].blocks if isinstance(b, dr.Paragraph)) == (
        "Đơn vị thực hiện: Trung tâm Trợ giúp pháp lý nhà nước tỉnh."
    )


def test_check_reports_every_marked_place_and_nothing_else(draft: Report) -> None:
    """Eight placeholders (five sections, three tasks), each an error until filled."""
    findings = dr.check(draft)
    assert {f.code for f in findings} == {"placeholder"}
    assert len(findings) == 8
    assert findings[0].message_vi.startswith("còn nội dung cần bổ sung: [Cần bổ sung:")
    filled = attrs.evolve(draft, sections=(_filled(draft.sections[0]), *draft.sections[1:]))
    assert [f.location for f in dr.check(filled)] == [
        "sections[1].blocks[0]",
        "sections[2].blocks[0]",
    ]


def _filled(section: dr.Section) -> dr.Section:
    """*section* with its placeholders replaced by text."""
    return attrs.evolve(
        section,
        blocks=tuple(
            dr.Paragraph(runs="Đã thực hiện.")
            if isinstance(b, dr.Paragraph) and placeholders_in(b.text)
            else b
            for b in section.blocks
        ),
        sections=tuple(_filled(child) for child in section.sections),
    )


def test_explicit_period_moves_by_a_year(seed: Report) -> None:
    """A stated period moves on by as many years as the implementation year."""
    stated = attrs.evolve(
        seed, period=dr.Period(start=dt.date(2023, 5, 25), end=dt.date(2024, 5, 20))
    )
    moved = carry_forward(stated, date=dt.date(2025, 5, 20))
    assert moved.period == dr.Period(start=dt.date(2024, 5, 25), end=dt.date(2025, 5, 20))


def test_a_date_not_after_the_report_is_refused(seed: Report) -> None:
    """The next period cannot start before this one."""
    with pytest.raises(CycleError, match=r"2024-05-20 must be after this report's \(2024-05-20\)"):
        carry_forward(seed, date=seed.date)


@pytest.mark.parametrize(
    ("text", "years", "expected"),
    [
        ("Sơ kết năm thứ 4 thực hiện", 1, "Sơ kết năm thứ 5 thực hiện"),
        ("Sơ kết năm thứ tư thực hiện", 1, "Sơ kết năm thứ năm thực hiện"),
        ("SƠ KẾT NĂM THỨ 9", 1, "SƠ KẾT NĂM THỨ 10"),
        ("năm thứ nhất và năm thứ hai mươi", 2, "năm thứ ba và năm thứ hai mươi hai"),
        ("năm 2024", 1, "năm 2024"),
    ],
)
def test_next_year_text(text: str, years: int, expected: str) -> None:
    """Digits stay digits, words stay words; a calendar year is not touched."""
    assert next_year_text(text, years) == expected


@pytest.mark.parametrize("format", ["markdown", "docx", "odt"])
def test_draft_renders_and_round_trips(draft: Report, format: str) -> None:
    """The draft is an ordinary report."""
    assert dr.render(draft, format)
    assert dr.loads(dr.dumps(draft)) == draft


def test_placeholders_found_anywhere() -> None:
    """In a run, a recipient, a capitalised title; with their locations."""
    assert placeholder("chức vụ", upper=True) == "[CẦN BỔ SUNG: CHỨC VỤ]"
    assert placeholders_in("a [Cần bổ sung: x] b [CẦN BỔ SUNG: Y] [cần] [x]") == (
        "[Cần bổ sung: x]",
        "[CẦN BỔ SUNG: Y]",
    )
    report = attrs.evolve(
        dr.examples.load("bac-giang-ct21-2024"),
        distribution=dr.Distribution(recipients=["Như trên", placeholder("nơi nhận")]),
    )
    assert list(find_placeholders(report)) == [
        ("distribution.recipients[1]", "[Cần bổ sung: nơi nhận]")
    ]


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_read_then_carry_forward_from_the_examples_own_file(
    seed: Report, draft: Report, suffix: str, tmp_path: Path
) -> None:
    """Next year starts from last year's file: read() of the example's own DOCX/ODT (checked
    against its visible text) carried forward gives the same draft as the example itself."""
    path = dr.export(seed, tmp_path / f"bao-cao{suffix}")
    read_back = dr.read(path)
    assert read_back == seed
    assert carry_forward(read_back, date=dt.date(2025, 5, 20)) == draft
    assert "năm thứ 5" in carry_forward(read_back, date=dt.date(2025, 5, 20)).summary
