"""The geometry stage's title, footer, parts and tables, laid out afresh in each test.

Expected widths come from Liberation Serif's advance widths (the font files read with
fontTools, not the library's table; 2048 units per em, 1 pt = 25.4/72 mm), the rule ratios
from Nghị định 30/2020/NĐ-CP, Phụ lục I ("từ 1/3 đến 1/2 độ dài của dòng chữ": 0.4 by
default), the page from the profile (A4: 210 - 30 - 15 = 165 mm of text width, 297 - 30 - 15
= 252 mm on a landscape page).
"""

from __future__ import annotations

import attrs
import pytest

from _documents import HEAD
from directive_report import Report, loads
from directive_report.layout import (
    SIZE_SETS,
    CharacterRole,
    GridTable,
    LayoutError,
    LayoutProfile,
    PageStart,
    Role,
    Rule,
    StyledParagraph,
    Table,
    define_character_styles,
    plan_document,
)
from directive_report.layout.geometry_types import Cell, LayoutBlock
from directive_report.layout.metrics import advance_units, break_lines
from directive_report.layout.table_widths import ColumnText, SpanText, column_widths, measure

BODY = """
[[intro]]
paragraph = "Sở Thông tin và Truyền thông báo cáo như sau."

[[intro]]
paragraph = "Kết quả cụ thể như sau."
"""


def report(text: str = BODY, kind: str = "Báo cáo", abbr: str = "BC") -> Report:
    return loads(HEAD.format(type=kind, abbr=abbr) + text)


def body_blocks(text: str) -> list[LayoutBlock]:
    """The blocks between the title's rule and the footer of a report without parts."""
    return list(plan_document(report(text)).blocks[4:-1])


def paragraph_texts(blocks: list[LayoutBlock]) -> list[tuple[Role, str]]:
    return [(b.role, b.text) for b in blocks if isinstance(b, StyledParagraph)]


def test_title_and_the_rule_under_the_summary() -> None:
    """BÁO CÁO, the trích yếu (80.49 mm in 14 pt bold), and a rule 0.4 of it, centred in the
    165 mm text width."""
    blocks = plan_document(report()).blocks
    doc_type, summary, rule = blocks[1:4]
    assert isinstance(doc_type, StyledParagraph)
    assert doc_type.role is Role.DOCUMENT_TYPE
    assert isinstance(summary, StyledParagraph)
    assert (doc_type.text, summary.text) == ("BÁO CÁO", "Kết quả thực hiện nhiệm vụ năm 2024")
    assert isinstance(summary, StyledParagraph)
    assert summary.role is Role.SUMMARY
    assert isinstance(rule, Rule)
    assert rule.role is Role.SUMMARY_RULE
    assert rule.width == pytest.approx(0.4 * 80.486, abs=0.01)
    assert rule.indent == pytest.approx((165 - 0.4 * 80.486) / 2, abs=0.01)


def test_a_long_summary_breaks_evenly_and_its_rule_follows_the_wider_line() -> None:
    """Three times 80.49 mm of words does not fit 165 mm: two lines in one paragraph, broken
    where the lines come out most even, the rule 0.4 of the wider line."""
    head = HEAD.format(type="Báo cáo", abbr="BC").replace(
        'summary = "Kết quả thực hiện nhiệm vụ năm 2024"',
        'summary = "Kết quả thực hiện nhiệm vụ năm 2024 Kết quả thực hiện nhiệm vụ năm 2024 '
        'Kết quả thực hiện nhiệm vụ năm 2024"',
    )
    blocks = plan_document(loads(head + BODY)).blocks
    summary, rule = blocks[2:4]
    assert isinstance(summary, StyledParagraph)
    assert summary.text == (
        "Kết quả thực hiện nhiệm vụ năm 2024 Kết quả thực hiện\n"
        "nhiệm vụ năm 2024 Kết quả thực hiện nhiệm vụ năm 2024"
    )
    assert isinstance(rule, Rule)
    # the lines are 119.67 and 123.02 mm (the most even of the splits that fit)
    assert rule.width == pytest.approx(0.4 * 123.02, abs=0.01)


def test_the_footer_table() -> None:
    """Nơi nhận in the 65 mm column, the signature in the 100 mm one, 12 pt above it, kept
    together with the end of the body, whose last paragraph keeps with it."""
    plan = plan_document(report())
    footer = plan.blocks[-1]
    assert isinstance(footer, Table)
    assert (footer.name, footer.column_widths) == ("footer", (65.0, 100.0))
    assert (footer.space_before, footer.keep_together) == (12.0, True)
    (recipients, signer), = footer.rows  # fmt: skip
    assert paragraph_texts(list(recipients.content)) == [
        (Role.RECIPIENTS_LABEL, "Nơi nhận:"),
        (Role.RECIPIENT, "- UBND tỉnh;"),
        (Role.RECIPIENT, "- Lưu: VT."),
    ]
    assert paragraph_texts(list(signer.content)) == [
        (Role.SIGNATURE_TITLE, "GIÁM ĐỐC"),
        (Role.SIGNER_NAME, "Trần Thị Bình"),
    ]
    first, last = plan.blocks[-3:-1]
    assert isinstance(first, StyledParagraph)
    assert isinstance(last, StyledParagraph)
    assert (first.keep_with_next, last.keep_with_next) == (False, True)
    assert last.text == "Kết quả cụ thể như sau./."
    assert plan.footer is footer
    assert plan.header is plan.blocks[0]


APPENDIX = """
[[appendices]]
title = "{title}"
orientation = "{orientation}"

[[appendices.blocks]]
paragraph = "Danh sách các đơn vị tham gia"
"""


@pytest.mark.parametrize(("orientation", "width"), [("portrait", 165.0), ("landscape", 252.0)])
def test_an_appendix_starts_a_page_with_its_title_and_a_rule(
    orientation: str, width: float
) -> None:
    """A new page, "Phụ lục" and the title in capitals (48.43 mm in 14 pt bold, the wider),
    the reference line, and a rule 0.4 of the title centred on that page's text width."""
    text = BODY + APPENDIX.format(title="Danh sách đơn vị", orientation=orientation)
    blocks = plan_document(report(text)).blocks
    start = next(i for i, b in enumerate(blocks) if isinstance(b, PageStart))
    page, label, title, reference, rule, body = blocks[start : start + 6]
    assert page == PageStart(landscape=orientation == "landscape")
    assert [(p.role, p.text) for p in (label, title)] == [  # type: ignore[union-attr]
        (Role.PART_LABEL, "Phụ lục"),
        (Role.PART_TITLE, "DANH SÁCH ĐƠN VỊ"),
    ]
    assert isinstance(reference, StyledParagraph)
    assert reference.role is Role.PART_REFERENCE
    assert isinstance(rule, Rule)
    assert rule.role is Role.SUMMARY_RULE
    assert rule.width == pytest.approx(0.4 * 48.431, abs=0.01)
    assert rule.indent == pytest.approx((width - 0.4 * 48.431) / 2, abs=0.01)
    assert isinstance(body, StyledParagraph)
    assert (body.role, body.text) == (Role.BODY, "Danh sách các đơn vị tham gia./.")


def test_a_title_wider_than_the_page_gets_a_rule_of_the_page() -> None:
    """The rule under a title longer than the text width is 0.4 of the width, not more."""
    text = BODY + APPENDIX.format(title=" ".join(["Danh sách đơn vị"] * 8), orientation="portrait")
    blocks = plan_document(report(text)).blocks
    rule = next(b for b in blocks if isinstance(b, Rule) and b.role is Role.SUMMARY_RULE
                and blocks.index(b) > 5)  # fmt: skip
    assert rule.width == pytest.approx(0.4 * 165)
    assert rule.indent == pytest.approx(165 * 0.3)


TABLE = """
[[intro]]
[intro.table]
caption = "Số đơn vị"
numbered = true
unit = "đơn vị"
header = [["Đơn vị", "Số"]]
rows = [["Sở", 1]]
total = ["Tổng cộng", 2]
notes = ["Nguồn: Văn phòng Sở."]
"""


def test_a_table_in_the_body() -> None:
    """Caption and unit line, a bordered grid (0.5 pt, 1 mm padding) whose columns share the
    165 mm in proportion to their widest line plus 3 mm (padding and slack): "Tổng cộng" in
    bold (the totals row) is 18.94 mm, "Số" in bold 4.47 mm; then the notes."""
    caption, unit, grid, note = body_blocks(TABLE)
    assert [(p.role, p.text) for p in (caption, unit, note)] == [  # type: ignore[union-attr]
        (Role.TABLE_CAPTION, "Biểu số 01: Số đơn vị"),
        (Role.TABLE_UNIT, "Đơn vị tính: đơn vị"),
        (Role.TABLE_NOTE, "Nguồn: Văn phòng Sở./."),
    ]
    assert isinstance(grid, GridTable)
    assert (grid.border, grid.padding) == (0.5, 1.0)
    first, second = 18.936 + 3, 4.471 + 3
    assert grid.widths == pytest.approx(
        (165 * first / (first + second), 165 * second / (first + second)), abs=0.01
    )
    assert [[c.content[0].text for c in row] for row in (*grid.header, *grid.rows)] == [
        ["Đơn vị", "Số"],
        ["Sở", "1"],
        ["Tổng cộng", "2"],
    ]
    assert [c.column for c in grid.rows[0]] == [0, 1]


def test_an_empty_cell_takes_no_room() -> None:
    """An empty cell is measured as nothing: the column keeps its header's width."""
    blocks = body_blocks(TABLE.replace('total = ["Tổng cộng", 2]', 'total = ["", 2]'))
    grid = next(b for b in blocks if isinstance(b, GridTable))
    first, second = 14.125 * 12 / 14 + 3, 4.471 + 3  # "Đơn vị" 12 pt bold: 12.11 mm
    assert grid.widths[0] == pytest.approx(165 * first / (first + second), abs=0.01)


def test_a_narrow_right_column_is_refused_with_its_reason() -> None:
    """The Quốc hiệu is 95.67 mm in 13 pt bold: a 90 mm right column cannot hold it."""
    with pytest.raises(LayoutError) as error:
        plan_document(
            report(),
            LayoutProfile(header_left_width=75, header_right_width=90),
        )
    assert str(error.value) == (
        "LayoutProfile.header_right_width = 90 mm is too narrow: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
        "VIỆT NAM' needs 95.7 mm at 13 pt bold"
    )


def grid_of(text: str) -> GridTable:
    return next(b for b in body_blocks(text) if isinstance(b, GridTable))


def test_an_all_empty_column_takes_only_its_padding() -> None:
    """A column of empty cells needs its 3 mm of padding and slack, no more: "Đơn vị" (12 pt
    bold, 12.11 mm) + 3 against 3."""
    grid = grid_of('[[intro]]\n[intro.table]\nheader = [["Đơn vị", ""]]\nrows = [["Sở", ""]]\n')
    assert grid.widths == pytest.approx((165 * 15.107 / 18.107, 165 * 3 / 18.107), abs=0.01)


def test_a_word_is_never_broken_when_the_lines_do_not_fit() -> None:
    """A 780 mm line of text cannot fit: each column gets at least its longest word, the
    hyphenated "Thuê-bao-băng-rộng-cố-định" (12 pt: 49.37 mm) + 3 mm, all of it."""
    long = " ".join(["Kết quả thực hiện nhiệm vụ năm 2024"] * 12)
    grid = grid_of(
        f'[[intro]]\n[intro.table]\nheader = [["Mã", "Nội dung"]]\n'
        f'rows = [["Thuê-bao-băng-rộng-cố-định", "{long}"]]\n'
    )
    assert grid.widths[0] == pytest.approx(49.37 + 3, abs=0.01)
    assert sum(grid.widths) == pytest.approx(165)


def test_a_merged_header_word_fits_the_columns_it_spans() -> None:
    """A merged header cell over two narrow number columns: its word "Thuê-bao-băng-rộng-cố-
    định" (12 pt bold: 52.69 mm) + 3 mm fits the two columns together."""
    row = " ".join(["Văn phòng Sở"] * 4)
    grid = grid_of(
        '[[intro]]\n[intro.table]\nheader = [[{ text = "Đơn vị", rowspan = 2 }, '
        '{ text = "Thuê-bao-băng-rộng-cố-định", colspan = 2 }], ["A", "B"]]\n'
        f'rows = [["{row}", 1, 2]]\n'
    )
    assert grid.widths[1] + grid.widths[2] >= 52.691 + 3
    assert sum(grid.widths) == pytest.approx(165)


@pytest.mark.parametrize(
    ("text", "bold", "expected"),
    [
        ("", False, (0.0, 0.0)),
        ("Tổng cộng", True, (9.411, 18.936)),  # "Tổng" 9.41 mm; the line 18.94 mm
        ("Tổng cộng", False, (8.936, 18.223)),
        ("Tổng\ncộng", True, (9.411, 9.411)),  # a line break: two lines, the wider counts
    ],
)
def test_measure_gives_the_widest_word_and_line(
    text: str, bold: bool, expected: tuple[float, float]
) -> None:
    """12 pt, from Liberation Serif's advances; upright unless asked."""
    measured = measure(text, 12, bold=True) if bold else measure(text, 12)
    assert measured == pytest.approx(expected, abs=0.001)


def test_advance_units_default_to_the_upright_face() -> None:
    """ "a" is 909 units upright, 1024 in italics and 1024 in bold (the font files)."""
    assert advance_units("a") == 909
    assert advance_units("a", italic=True) == 1024
    assert advance_units("a", bold=True) == 1024


def test_column_widths_widen_the_columns_of_a_merged_cell_in_proportion() -> None:
    """Minimums 4, 4, 12 mm (words 2, 2, 10 and 2 mm of padding); a merged cell over the
    first two needs 12 + 2 = 14 mm where they give 8: each gets (14 - 8) * 4 / 8 = 3 more,
    so 7, 7, 12; all fit 100 mm, which they share in proportion: 26.92, 26.92, 46.15."""
    columns = [
        ColumnText(words=2, line=2),
        ColumnText(words=2, line=2),
        ColumnText(words=10, line=10),
    ]
    spans = [SpanText(first=0, count=2, words=12)]
    widths = column_widths(columns, 100, padding=2, spans=spans)
    assert widths == pytest.approx((700 / 26, 700 / 26, 1200 / 26))


def test_a_size_set_is_checked_whenever_it_is_made() -> None:
    """A 12 pt Quốc hiệu goes with 13 pt, not 14 pt; a consistent set is accepted."""
    assert attrs.evolve(SIZE_SETS["13/14"], superior=12).superior == 12
    with pytest.raises(LayoutError) as error:
        attrs.evolve(SIZE_SETS["12/13"], motto=14, place_date=14)
    assert str(error.value) == (
        "SizeSet: the decree pairs Quốc hiệu 12 pt with Tiêu ngữ and date line 13 pt (got 14 "
        "and 14); use SIZE_SETS['13/14'] or SIZE_SETS['12/13']"
    )


# --------------------------------------------------------------------------------------------
# The header (ô 1-4): widths from Liberation Serif, 13 pt names, 14 pt italic date line


def header_of(
    place: str = "Bắc Giang",
    name: str = "Sở Thông tin và Truyền thông",
    superior: str | None = None,
    profile: LayoutProfile | None = None,
) -> Table:
    head = HEAD.format(type="Báo cáo", abbr="BC").replace(
        'place = "Bắc Giang"', f'place = "{place}"'
    )
    head = head.replace('name = "Sở Thông tin và Truyền thông"', f'name = "{name}"')
    if superior is not None:
        head = head.replace("[authority]\n", f'[authority]\nsuperior = "{superior}"\n')
    return plan_document(loads(head + BODY), profile).header


def header_texts(cell: Cell) -> list[tuple[Role, str]]:
    return [(p.role, p.text) for p in cell.content if isinstance(p, StyledParagraph)]


@pytest.mark.parametrize(
    ("place", "date_line"),
    [
        # 129.65 mm in italic (128.80 upright): the right column takes 130.65 mm
        ("Thành phố Phan Rang - Tháp Chàm", 129.65),
        # 99.05 mm: 0.05 mm more than the 100 mm column leaves with its 1 mm of room
        ("Thành phố Rạch Giá", 99.05),
    ],
)
def test_the_date_line_sets_the_right_column_in_italics(place: str, date_line: float) -> None:
    header = header_of(place=place)
    left, right = header.column_widths
    assert right == pytest.approx(date_line + 1, abs=0.01)
    assert left == pytest.approx(165 - date_line - 1, abs=0.01)
    assert [cell.width for cell in header.rows[1]] == [left, right]


def test_the_header_table_and_the_issuer_rule() -> None:
    """The issuer rule is 0.4 of the issuer's widest line ("SỞ Y TẾ", 17.84 mm in 13 pt
    bold), not of the wider superior above it; both rows keep the 65 / 100 mm columns."""
    header = header_of(name="Sở Y tế", superior="UBND TỈNH BẮC GIANG")
    assert header.name == "header"
    assert [[cell.width for cell in row] for row in header.rows] == [[65, 100], [65, 100]]
    names = header.rows[0][0]
    assert header_texts(names) == [(Role.SUPERIOR, "UBND TỈNH BẮC GIANG"), (Role.ISSUER, "SỞ Y TẾ")]
    rule = names.content[-1]
    assert isinstance(rule, Rule)
    assert rule.width == pytest.approx(0.4 * 17.841, abs=0.01)
    assert rule.indent == pytest.approx((65 - 0.4 * 17.841) / 2, abs=0.01)
    motto_rule = header.rows[0][1].content[-1]
    assert isinstance(motto_rule, Rule)
    assert motto_rule.width == pytest.approx(60.46, abs=0.01)  # Tiêu ngữ, 14 pt bold


def test_an_issuer_is_broken_by_its_bold_width() -> None:
    """ "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" is 59.07 mm in 13 pt bold (56.93 upright): in a 58 mm column
    it breaks, most evenly as "SỞ KẾ HOẠCH" (32.36 mm) / "VÀ ĐẦU TƯ"."""
    header = header_of(name="Sở Kế hoạch và Đầu tư", profile=LayoutProfile(header_left_width=58))
    assert header_texts(header.rows[0][0]) == [
        (Role.ISSUER, "SỞ KẾ HOẠCH"),
        (Role.ISSUER, "VÀ ĐẦU TƯ"),
    ]
    rule = header.rows[0][0].content[-1]
    assert isinstance(rule, Rule)
    assert rule.width == pytest.approx(0.4 * 32.363, abs=0.01)


def test_a_place_name_wider_than_the_column_is_broken_evenly() -> None:
    """ "HUYỆN CÔ TÔ TỈNH QUẢNG NINH" is 73.24 mm in 13 pt: it cannot stand on a line of its own
    in 65 mm, so the superior breaks evenly (44.97 / 41.27 mm)."""
    header = header_of(superior="UBND HUYỆN CÔ TÔ TỈNH QUẢNG NINH")
    assert header_texts(header.rows[0][0])[:2] == [
        (Role.SUPERIOR, "UBND HUYỆN CÔ TÔ"),
        (Role.SUPERIOR, "TỈNH QUẢNG NINH"),
    ]


def test_character_styles() -> None:
    """Emphasis italic, strong bold, strong emphasis both."""
    styles = define_character_styles()
    assert [(role, style.bold, style.italic) for role, style in styles.items()] == [
        (CharacterRole.EMPHASIS, False, True),
        (CharacterRole.STRONG, True, False),
        (CharacterRole.STRONG_EMPHASIS, True, True),
    ]
    assert all(style.role is role for role, style in styles.items())


@pytest.mark.parametrize(
    ("text", "width", "size", "bold", "italic", "lines"),
    [
        # 56.93 mm upright (the default face), 59.07 mm bold, at 13 pt
        ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", 58, 13, False, False, ["SỞ KẾ HOẠCH VÀ ĐẦU TƯ"]),
        ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", 58, 13, True, False, ["SỞ KẾ HOẠCH", "VÀ ĐẦU TƯ"]),
        # 98.48 mm upright, 99.05 mm italic, at 14 pt
        ("Thành phố Rạch Giá, ngày 20 tháng 12 năm 2024", 98.8, 14, False, False,
         ["Thành phố Rạch Giá, ngày 20 tháng 12 năm 2024"]),
    ],
)  # fmt: skip
def test_break_lines_measures_in_the_face_asked(
    text: str, width: float, size: float, bold: bool, italic: bool, lines: list[str]
) -> None:
    if bold or italic:
        assert list(break_lines(text, width, size, bold=bold, italic=italic)) == lines
    else:
        assert list(break_lines(text, width, size)) == lines


def test_break_lines_in_italics() -> None:
    """The italic date line (99.05 mm) does not fit 98.8 mm: two lines."""
    lines = break_lines("Thành phố Rạch Giá, ngày 20 tháng 12 năm 2024", 98.8, 14, italic=True)
    assert len(lines) == 2
