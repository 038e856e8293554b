"""Tests of the geometry stage, directive_report.layout.geometry (and the profile it reads)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import attrs
import pytest

from directive_report import Report, Run, document_type, examples
from directive_report.layout import (
    MOTTO,
    NATIONAL_TITLE,
    SIZE_SETS,
    DocumentPlan,
    LayoutError,
    LayoutProfile,
    Role,
    Rule,
    StyledParagraph,
    define_styles,
    plan_document,
    task_details,
)
from directive_report.layout.metrics import text_width_mm
from directive_report.model import (
    Authority,
    DocumentNumber,
    Paragraph,
    Section,
    Task,
    TaskList,
)


@pytest.fixture(scope="module")
def plan(seed_report: Report) -> DocumentPlan:
    """The seed example laid out with the default profile."""
    return plan_document(seed_report)


def _texts(blocks: tuple[object, ...]) -> list[str]:
    return [b.text for b in blocks if isinstance(b, StyledParagraph)]


class TestHeader:
    """The header table: ô 2/3 on the left, ô 1/4 on the right."""

    def test_columns_and_rows(self, plan: DocumentPlan) -> None:
        """Two rows (names, then Số and date on one row), columns from the profile."""
        assert plan.header.column_widths == (65.0, 100.0)
        (names, national), (number, date) = plan.header.rows
        assert _texts(national.content) == [NATIONAL_TITLE, MOTTO]
        assert _texts(number.content) == ["Số:      /BC-STTTT"]
        assert _texts(date.content) == ["Bắc Giang, ngày 20 tháng 5 năm 2024"]
        assert [p.role for p in names.content if isinstance(p, StyledParagraph)] == [
            Role.SUPERIOR,
            Role.ISSUER,
            Role.ISSUER,
        ]

    def test_decree_spelling(self) -> None:
        """HÒA (not HOÀ), ASCII hyphens with spaces (not en dashes), NFC."""
        assert NATIONAL_TITLE == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        assert MOTTO == "Độc lập - Tự do - Hạnh phúc"
        assert MOTTO.count(" - ") == 2
        assert "–" not in MOTTO
        for text in (NATIONAL_TITLE, MOTTO):
            assert unicodedata.is_normalized("NFC", text)

    def test_motto_rule_is_as_long_as_the_motto(self, plan: DocumentPlan) -> None:
        """The Tiêu ngữ rule: 60.46 mm at 14 pt bold, centred in the 100 mm column."""
        rule = plan.header.rows[0][1].content[2]
        assert isinstance(rule, Rule)
        assert rule.width == pytest.approx(60.46, abs=0.01)
        assert rule.indent == pytest.approx((100 - 60.46) / 2, abs=0.01)

    def test_issuer_rule_is_a_share_of_the_widest_issuer_line(self, plan: DocumentPlan) -> None:
        """0.4 of "SỞ THÔNG TIN VÀ" (the wider of the two lines), centred in the left column."""
        rule = plan.header.rows[0][0].content[-1]
        assert isinstance(rule, Rule)
        widest = text_width_mm("SỞ THÔNG TIN VÀ", 13, bold=True)
        assert rule.width == pytest.approx(0.4 * widest)
        assert rule.indent * 2 + rule.width == pytest.approx(65.0)

    def test_narrow_right_column_is_refused(self, seed_report: Report) -> None:
        """A province profile whose right column cannot hold the Quốc hiệu gets a clear error."""
        narrow = LayoutProfile(header_left_width=75, header_right_width=90)
        with pytest.raises(
            LayoutError, match=r"header_right_width = 90 mm is too narrow.*95\.7 mm"
        ):
            plan_document(seed_report, narrow)

    def test_twelve_thirteen_set(self, seed_report: Report) -> None:
        """With the 12/13 set the motto rule follows the 13 pt Tiêu ngữ (56.14 mm)."""
        plan = plan_document(seed_report, LayoutProfile(sizes=SIZE_SETS["12/13"]))
        rule = plan.header.rows[0][1].content[2]
        assert isinstance(rule, Rule)
        assert rule.width == pytest.approx(56.14, abs=0.01)

    def test_a_long_date_line_moves_the_column_boundary(self, seed_report: Report) -> None:
        """ "Thành phố Hồ Chí Minh, ngày 11 tháng 11 năm 2024" is 106.32 mm in 14 pt italic
        (fontTools on Liberation Serif Italic): the right column takes that and 1 mm from the
        left one, the table keeping its 165 mm, so the date line (ô 4) stays on one line."""
        hcm = attrs.evolve(
            seed_report,
            authority=attrs.evolve(seed_report.authority, place="Thành phố Hồ Chí Minh"),
            date=dt.date(2024, 11, 11),
        )
        header = plan_document(hcm).header
        left, right = header.column_widths
        assert right == pytest.approx(106.32 + 1.0, abs=0.01)
        assert left + right == pytest.approx(165.0)
        assert _texts(header.rows[1][1].content) == [
            "Thành phố Hồ Chí Minh, ngày 11 tháng 11 năm 2024"
        ]
        motto_rule = header.rows[0][1].content[2]
        assert isinstance(motto_rule, Rule)
        assert motto_rule.indent * 2 + motto_rule.width == pytest.approx(right)
        # the Bắc Giang date line fits the profile's 100 mm: nothing moves
        assert plan_document(seed_report).header.column_widths == (65.0, 100.0)

    def test_the_left_column_gives_way_down_to_its_longest_word(self, seed_report: Report) -> None:
        """A date line longer than both columns can hold takes the left column down to its
        longest word, then wraps: the report still renders.  Of the seed's left-column words
        the longest is "/BC-STTTT" of the Số line (13 pt: 22.67 mm in LibreOffice's PDF)."""
        place = "Thành phố Hồ Chí Minh thuộc vùng kinh tế trọng điểm phía Nam"
        report = attrs.evolve(
            seed_report, authority=attrs.evolve(seed_report.authority, place=place)
        )
        left, right = plan_document(report).header.column_widths
        assert left == pytest.approx(22.67, abs=0.1)
        assert left == pytest.approx(text_width_mm("/BC-STTTT", 13))
        assert left + right == pytest.approx(165.0)

    @pytest.mark.parametrize(
        ("superior", "lines"),
        [
            ("UBND TỈNH BÀ RỊA - VŨNG TÀU", ["UBND", "TỈNH BÀ RỊA - VŨNG TÀU"]),
            ("UBND THÀNH PHỐ HỒ CHÍ MINH", ["UBND", "THÀNH PHỐ HỒ CHÍ MINH"]),
            ("ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN", ["ỦY BAN NHÂN DÂN", "HUYỆN LỤC NGẠN"]),
            ("UBND TỈNH BẮC GIANG", ["UBND TỈNH BẮC GIANG"]),  # fits: not broken
        ],
    )
    def test_a_place_name_is_not_broken(
        self, seed_report: Report, superior: str, lines: list[str]
    ) -> None:
        """Hand-checked table: a header name too wide for the 65 mm column ("UBND TỈNH BÀ RỊA -
        VŨNG TÀU" is 69.3 mm in 13 pt) breaks before its unit and place name, as a clerk breaks
        it, not evenly inside the place name ("UBND TỈNH BÀ" / "RỊA - VŨNG TÀU")."""
        authority = attrs.evolve(seed_report.authority, superior=superior)
        plan = plan_document(attrs.evolve(seed_report, authority=authority))
        names = plan.header.rows[0][0].content
        got = [p.text for p in names if isinstance(p, StyledParagraph) and p.role is Role.SUPERIOR]
        assert got == lines

    def test_explicit_header_lines_are_kept(self, seed_report: Report) -> None:
        """A header_name with a line break is printed as written."""
        authority = attrs.evolve(seed_report.authority, header_name="SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG")
        plan = plan_document(attrs.evolve(seed_report, authority=authority))
        assert _texts(plan.header.rows[0][0].content)[1:] == ["SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"]


class TestTitle:
    """Tên loại, trích yếu and its rule."""

    def test_title_block(self, plan: DocumentPlan) -> None:
        """BÁO CÁO, then the trích yếu broken evenly, then a rule of 0.4 of its widest line."""
        doc_type, summary, rule = plan.blocks[1:4]
        assert isinstance(doc_type, StyledParagraph)
        assert doc_type.text == "BÁO CÁO"
        assert isinstance(summary, StyledParagraph)
        assert summary.role is Role.SUMMARY
        lines = summary.text.split("\n")
        assert " ".join(lines) == plan_summary_text()
        assert len(lines) == 2
        assert isinstance(rule, Rule)
        assert rule.role is Role.SUMMARY_RULE
        widest = max(text_width_mm(line, 14, bold=True) for line in lines)
        assert rule.width == pytest.approx(0.4 * widest)
        assert rule.indent == pytest.approx((165 - rule.width) / 2)

    def test_cong_van_puts_the_subject_under_the_number(self, seed_report: Report) -> None:
        """A công văn has no tên loại line: its trích yếu is "V/v ..." in the left column."""
        cong_van = attrs.evolve(
            seed_report,
            doc_type=document_type("Công văn"),
            number=DocumentNumber.parse("1477/STTTT-TTĐT"),
        )
        plan = plan_document(cong_van)
        assert _texts(plan.header.rows[1][0].content) == [
            "Số: 1477/STTTT-TTĐT",
            f"V/v {seed_report.summary}",
        ]
        assert Role.DOCUMENT_TYPE not in {p.role for p in plan.paragraphs()}


def plan_summary_text() -> str:
    return (
        "Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg về tăng cường phòng ngừa, xử lý hoạt "
        "động lừa đảo chiếm đoạt tài sản"
    )


class TestAddressees:
    """Kính gửi (ô 9a)."""

    def test_one_addressee_on_the_label_line(self, seed_report: Report) -> None:
        """One recipient: same line, ending with a full stop."""
        plan = plan_document(
            attrs.evolve(seed_report, addressees=["Ủy ban nhân dân tỉnh Bắc Giang"])
        )
        found = [
            p for p in plan.blocks if isinstance(p, StyledParagraph) and p.role is Role.ADDRESSEE
        ]
        assert [p.text for p in found] == ["Kính gửi: Ủy ban nhân dân tỉnh Bắc Giang."]

    def test_several_addressees_one_per_line_under_the_colon(self, seed_report: Report) -> None:
        """Several (Phụ lục I, II.9.d): "Kính gửi:" then a line break, one "- ...;" line each,
        the last ending in "."; the dashes aligned with each other under the colon."""
        report = attrs.evolve(seed_report, addressees=["Bộ Công an", "Ủy ban nhân dân tỉnh"])
        plan = plan_document(report)
        found = [
            p
            for p in plan.blocks
            if isinstance(p, StyledParagraph) and p.role in (Role.ADDRESSEE, Role.ADDRESSEE_ITEM)
        ]
        assert [(p.role, p.text) for p in found] == [
            (Role.ADDRESSEE, "Kính gửi:"),
            (Role.ADDRESSEE_ITEM, "- Bộ Công an;"),
            (Role.ADDRESSEE_ITEM, "- Ủy ban nhân dân tỉnh."),
        ]
        label, item = plan.styles[Role.ADDRESSEE], plan.styles[Role.ADDRESSEE_ITEM]
        # "Kính gửi" in 14 pt regular is 17.63 mm (fontTools on Liberation Serif Regular); the
        # label starts at the 35 mm addressee indent, so its colon, and every dash, at 52.63 mm
        assert label.left_indent + label.first_line_indent == pytest.approx(35.0)
        assert item.left_indent + item.first_line_indent == pytest.approx(52.63, abs=0.01)
        # a wrapped addressee continues under the text, after the dash and its space
        assert item.first_line_indent == pytest.approx(-text_width_mm("- ", 14))


class TestBody:
    """Headings, body paragraphs, lists, the end marker."""

    def test_headings_follow_section_labels(self, plan: DocumentPlan) -> None:
        """I./1./a) labels in heading roles, in order."""
        headings = [
            p.text
            for p in plan.blocks
            if isinstance(p, StyledParagraph) and p.role.name.startswith("HEADING")
        ]
        assert headings == [
            "I. KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg",
            "1. Công tác quán triệt, tổ chức triển khai thực hiện",
            "2. Công tác tuyên truyền",
            "3. Công tác phối hợp giám sát, đấu tranh, xử lý vi phạm",
            "II. NHẬN XÉT, ĐÁNH GIÁ",
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TIẾP THEO",
        ]

    def test_action_and_task_items(self, plan: DocumentPlan) -> None:
        """Actions print as "- " items, forward tasks as "1." items."""
        items = [
            p for p in plan.blocks if isinstance(p, StyledParagraph) and p.role is Role.LIST_ITEM
        ]
        assert len(items) == 5
        assert all(p.text.startswith("- ") for p in items)
        tasks = [
            p.text[:3]
            for p in plan.blocks
            if isinstance(p, StyledParagraph) and p.role is Role.TASK_ITEM
        ]
        assert tasks == ["1. ", "2. ", "3. "]

    def test_task_markers_follow_the_heading_levels(self) -> None:
        """In the kế hoạch example, tasks under "a) Trên báo chí" print as "-" items, the level
        below a), not as "1." items that would restart the khoản numbering (I. / 1. / a) / -);
        under a khoản they would be a), b); under a mục, 1., 2."""
        from directive_report import examples

        report = examples.load("ke-hoach-ct21-2021")
        plan = plan_document(report)
        texts = [p.text for p in plan.paragraphs() if p.role is not Role.TASK_DETAIL]
        start = texts.index("a) Trên báo chí")
        assert [text[:12] for text in texts[start : start + 6]] == [
            "a) Trên báo ",
            "- Chỉ đạo cá",
            "- Cung cấp t",
            "b) Trên hệ t",
            "- Hướng dẫn ",
            "2. Công tác ",
        ]
        khoan = attrs.evolve(
            report,
            sections=[
                Section(
                    title="NHIỆM VỤ",
                    sections=[
                        Section(title="Tuyên truyền", blocks=[TaskList(tasks=[Task(text="x")] * 2)])
                    ],
                )
            ],
        )
        items = [p.text for p in plan_document(khoan).paragraphs() if p.role is Role.TASK_ITEM]
        assert items == ["a) x", "b) x"]

    def test_more_tasks_than_point_letters_print_with_dashes(self, seed_report: Report) -> None:
        """The Vietnamese alphabet gives 23 điểm letters (a ... y, no f j w z): 24 tasks under a
        khoản print as "-" items rather than failing."""
        tasks = TaskList(tasks=[Task(text=f"việc {n}") for n in range(1, 25)])
        section = Section(title="NHIỆM VỤ", sections=[Section(title="Chung", blocks=[tasks])])
        report = attrs.evolve(seed_report, sections=[section])
        items = [p.text for p in plan_document(report).paragraphs() if p.role is Role.TASK_ITEM]
        assert len(items) == 24
        assert all(item.startswith("- việc ") for item in items)

    def test_emphasis_is_kept(self, plan: DocumentPlan) -> None:
        """The italic run of the seed and the italic "domain" survive, after the item marker."""
        italic = [run.text for p in plan.paragraphs() for run in p.runs if run.italic]
        assert "domain" in italic
        assert any(text.startswith("Lừa đảo “chạy án”") for text in italic)

    def test_end_marker_is_not_doubled(self, plan: DocumentPlan) -> None:
        """The seed's closing already ends with ./.; it is kept as is and kept with the footer."""
        last = plan.blocks[-2]
        assert isinstance(last, StyledParagraph)
        assert last.text.endswith("trân trọng báo cáo./.")
        assert not last.text.endswith("./../.")
        assert last.keep_with_next

    @pytest.mark.parametrize(
        ("closing", "printed"),
        [
            ("Xin báo cáo.", "Xin báo cáo./."),
            ("Xin báo cáo", "Xin báo cáo./."),
            ("Xong./.", "Xong./."),
        ],
    )
    def test_end_marker(self, seed_report: Report, closing: str, printed: str) -> None:
        """Hand-checked table: ./. replaces nothing but the final full stop's place."""
        plan = plan_document(attrs.evolve(seed_report, closing=[closing]))
        last = plan.blocks[-2]
        assert isinstance(last, StyledParagraph)
        assert last.text == printed

    def test_end_marker_after_emphasis_is_upright(self, seed_report: Report) -> None:
        """An italic last run does not make ./. italic."""
        closing = Paragraph(runs=["Xem ", Run(text="phụ lục", italic=True)])
        plan = plan_document(attrs.evolve(seed_report, closing=[closing]))
        last = plan.blocks[-2]
        assert isinstance(last, StyledParagraph)
        assert last.runs[-1] == Run(text="./.")


class TestFooter:
    """Nơi nhận and the signature block."""

    def test_footer(self, plan: DocumentPlan) -> None:
        """Label, "- ...;" lines ending with "- Lưu: VT.", capacity lines and the name."""
        footer = plan.footer
        assert footer.keep_together
        assert footer.column_widths == (65.0, 100.0)
        recipients, signer = footer.rows[0]
        assert _texts(recipients.content) == [
            "Nơi nhận:",
            "- Phòng Cảnh sát hình sự - Công an tỉnh;",
            "- Giám đốc Sở, PGĐ Ngô Đình Tiến;",
            "- Phòng TTBCXB; TTra Sở;",
            "- Lưu: VT.",
        ]
        assert _texts(signer.content) == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Ngô Đình Tiến"]


def test_report_dates_render_in_the_header(seed_report: Report) -> None:
    """The date line follows the report's date and place, months 1–2 padded."""
    plan = plan_document(attrs.evolve(seed_report, date=dt.date(2024, 2, 5)))
    assert _texts(plan.header.rows[1][1].content) == ["Bắc Giang, ngày 05 tháng 02 năm 2024"]


def test_superior_is_optional(seed_report: Report) -> None:
    """Without a cơ quan chủ quản the left column starts with the issuer."""
    authority = Authority(
        name="Ủy ban nhân dân tỉnh Bắc Giang", abbreviation="UBND", place="Bắc Giang"
    )
    report = attrs.evolve(
        seed_report, authority=authority, number=DocumentNumber.parse("12/BC-UBND")
    )
    plan = plan_document(report)
    assert _texts(plan.header.rows[0][0].content) == ["ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG"]


def test_module_examples() -> None:
    """The examples in the layout modules' docstrings hold."""
    import doctest

    from directive_report.layout import content, geometry, profile

    for module in (content, geometry, profile):
        results = doctest.testmod(module)
        assert results.attempted > 0
        assert results.failed == 0


@pytest.mark.parametrize(
    ("assignee", "deadline", "line"),
    [
        (
            "Thanh tra Sở",
            dt.date(2021, 9, 30),
            "Đơn vị thực hiện: Thanh tra Sở; thời hạn: ngày 30/9/2021.",
        ),
        ("Văn phòng Sở", None, "Đơn vị thực hiện: Văn phòng Sở."),
        (None, dt.date(2022, 2, 5), "Thời hạn: ngày 05/02/2022."),
        (None, None, None),
    ],
)
def test_task_details_wording(
    assignee: str | None, deadline: dt.date | None, line: str | None
) -> None:
    """The line under a task, as plans write it (dates padded as the decree pads them)."""
    task = Task(text="Kiểm tra.", assignee=assignee, deadline=deadline)
    assert task_details(task) == line


def test_task_details_follow_their_task() -> None:
    """In the kế hoạch, each task with an assignee is followed by its italic detail line."""
    plan = plan_document(examples.load("ke-hoach-ct21-2021"), LayoutProfile())
    paragraphs = list(plan.paragraphs())
    details = [i for i, p in enumerate(paragraphs) if p.role is Role.TASK_DETAIL]
    assert len(details) == 4
    for index in details:
        assert paragraphs[index - 1].role is Role.TASK_ITEM
    assert paragraphs[details[0]].text == (
        "Đơn vị thực hiện: Phòng Thông tin - Báo chí - Xuất bản; thời hạn: ngày 30/9/2021."
    )
    styles = define_styles(LayoutProfile())
    assert styles[Role.TASK_DETAIL].italic
    assert not styles[Role.TASK_ITEM].italic
