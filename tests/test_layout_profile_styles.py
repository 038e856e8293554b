"""The layout profile's bounds and messages, and every named style's measurements, hand-checked
against Nghị định 30/2020/NĐ-CP, Phụ lục I (docs/decree-layout.md).

Widths that come from the font are written from Liberation Serif's advance widths (2048 units
per em; the file's own table, read with fontTools, not the library's copy of it): "Kính gửi: "
is 20.24 mm at 14 pt, "Kính gửi" 17.63 mm, "- " 2.88 mm.
"""

from __future__ import annotations

import attrs
import pytest

from directive_report.layout import (
    SIZE_SETS,
    Align,
    LayoutError,
    LayoutProfile,
    Role,
    define_styles,
)

#: 1 mm in points.
PT_PER_MM = 72 / 25.4


class TestProfileBounds:
    """Each range of the decree is closed: its ends are accepted, a hair beyond is refused."""

    @pytest.mark.parametrize(
        ("name", "low", "high"),
        [
            ("margin_top", 20, 25),  # Phụ lục I, I.5: lề trên 20-25 mm
            ("margin_bottom", 20, 25),
            ("margin_left", 30, 35),
            ("margin_right", 15, 20),
            ("first_line_indent", 10, 12.7),  # 1 cm or 1.27 cm
            ("paragraph_space_before", 6, 24),  # "tối thiểu là 6pt"
            ("paragraph_space_after", 0, 24),
            ("line_spacing", 1.0, 1.5),  # "từ cách dòng đơn đến 1,5 dòng"
            ("issuer_rule_ratio", 1 / 3, 1 / 2),  # "từ 1/3 đến 1/2 độ dài của dòng chữ"
            ("summary_rule_ratio", 1 / 3, 1 / 2),
            ("rule_weight", 0.25, 1.5),
            ("addressee_indent", 0, 80),
            ("title_space_before", 0, 48),
            ("footer_space_before", 0, 48),
            ("signature_space", 15, 60),
        ],
    )
    def test_ends_accepted_beyond_refused(self, name: str, low: float, high: float) -> None:
        LayoutProfile(**{name: low})  # type: ignore[arg-type]
        LayoutProfile(**{name: high})  # type: ignore[arg-type]
        for value in (low - 0.01, high + 0.01):
            with pytest.raises(LayoutError) as error:
                LayoutProfile(**{name: value})  # type: ignore[arg-type]
            assert str(error.value) == (
                f"LayoutProfile.{name} = {value} is outside the decree's range {low:g}–{high:g}"
            )

    @pytest.mark.parametrize("name", ["header_distance", "header_left_width", "footer_left_width"])
    def test_lengths_must_be_positive(self, name: str) -> None:
        assert getattr(LayoutProfile(**{name: 0.5}), name) == 0.5  # type: ignore[arg-type]
        for value in (0, -1):
            with pytest.raises(LayoutError) as error:
                LayoutProfile(**{name: value})  # type: ignore[arg-type]
            assert str(error.value) == f"LayoutProfile.{name} must be positive, got {value}"

    def test_font_must_be_times_or_its_metric_twin(self) -> None:
        assert LayoutProfile(font_family="Liberation Serif").font_family == "Liberation Serif"
        with pytest.raises(LayoutError) as error:
            LayoutProfile(font_family="Arial")
        assert str(error.value) == (
            "LayoutProfile.font_family = 'Arial': the decree requires Times New Roman, and the "
            "rule lengths are computed from its metrics; expected one of Liberation Serif, "
            "Times New Roman"
        )

    @pytest.mark.parametrize("part", ["header", "footer"])
    def test_a_table_fits_right_of_the_left_margin(self, part: str) -> None:
        """180 mm right of a 30 mm margin on A4: 65 + 115 fits exactly, 65 + 116 does not."""
        assert LayoutProfile(**{f"{part}_right_width": 115})  # type: ignore[arg-type]
        with pytest.raises(LayoutError) as error:
            LayoutProfile(**{f"{part}_right_width": 116})  # type: ignore[arg-type]
        assert str(error.value) == (
            f"LayoutProfile: the {part} table (181 mm) runs off the page: at most 180 mm fit "
            "right of the left margin"
        )

    def test_a_wider_left_margin_leaves_less_room(self) -> None:
        """With a 35 mm margin, 175 mm remain: the default 65 + 100 still fits, 65 + 111 not."""
        LayoutProfile(margin_left=35, header_right_width=110)
        with pytest.raises(LayoutError, match=r"header table \(176 mm\).* at most 175 mm"):
            LayoutProfile(margin_left=35, header_right_width=111)

    @pytest.mark.parametrize(("motto", "place_date"), [(13, 14), (14, 13), (13, 13)])
    def test_size_set_pairs_the_motto_and_date_line_with_the_national_title(
        self, motto: float, place_date: float
    ) -> None:
        """Quốc hiệu 13 pt goes with Tiêu ngữ and the date line both 14 pt (Mục V, note 1)."""
        with pytest.raises(LayoutError) as error:
            attrs.evolve(SIZE_SETS["13/14"], motto=motto, place_date=place_date)
        assert str(error.value) == (
            "SizeSet: the decree pairs Quốc hiệu 13 pt with Tiêu ngữ and date line 14 pt "
            f"(got {motto:g} and {place_date:g}); use SIZE_SETS['13/14'] or SIZE_SETS['12/13']"
        )

    def test_size_bounds(self) -> None:
        """A size set's own ranges: the number is 13 pt, recipients 11 pt, in both sets."""
        with pytest.raises(LayoutError) as error:
            attrs.evolve(SIZE_SETS["13/14"], number=14)
        assert str(error.value) == "SizeSet.number = 14 is outside the decree's range 13–13"

    def test_text_area(self) -> None:
        """Page less margins: 210 - 35 - 20 = 155 wide, 297 - 25 - 25 = 247 high."""
        profile = LayoutProfile(margin_left=35, margin_right=20, margin_top=25, margin_bottom=25)
        assert (profile.text_width, profile.text_height) == (155, 247)


def _style(role: Role, profile: LayoutProfile | None = None) -> tuple[object, ...]:
    style = define_styles(profile or LayoutProfile())[role]
    return (
        style.size,
        style.bold,
        style.italic,
        style.align,
        round(style.left_indent, 2),
        round(style.first_line_indent, 2),
        round(style.space_before, 2),
        style.space_after,
        style.line_spacing,
        style.exact_line_height,
        style.keep_with_next,
        style.border_top,
    )


# (size, bold, italic, align, left indent mm, first-line indent mm, space before pt,
#  space after pt, line spacing, exact line height pt, keep with next, top border pt)
BODY = (14, False, False, Align.JUSTIFY, 0, 12.7, 6, 0, 1.0, None, False, None)
HEADING = (14, False, False, Align.JUSTIFY, 0, 12.7, 6, 0, 1.0, None, True, None)
BOLD_HEADING = (14, True, False, Align.JUSTIFY, 0, 12.7, 6, 0, 1.0, None, True, None)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (Role.SUPERIOR, (13, False, False, Align.CENTER, 0, 0, 0, 0, 1.0, None, False, None)),
        (Role.ISSUER, (13, True, False, Align.CENTER, 0, 0, 0, 0, 1.0, None, False, None)),
        # Số and the date line sit level, one paragraph space below the rules
        (Role.NUMBER, (13, False, False, Align.CENTER, 0, 0, 6, 0, 1.0, None, False, None)),
        (Role.PLACE_DATE, (14, False, True, Align.CENTER, 0, 0, 6, 0, 1.0, None, False, None)),
        (Role.SUBJECT_LINE, (13, False, False, Align.CENTER, 0, 0, 6, 0, 1.0, None, False, None)),
        (Role.NATIONAL_TITLE, (13, True, False, Align.CENTER, 0, 0, 0, 0, 1.0, None, False, None)),
        (Role.MOTTO, (14, True, False, Align.CENTER, 0, 0, 0, 0, 1.0, None, False, None)),
        # a rule: the top border of an empty 2 pt line, 3 pt under the text, 0.5 pt thick
        (Role.RULE, (14, False, False, Align.LEFT, 0, 0, 3, 0, 1.0, 2, False, 0.5)),
        (Role.SUMMARY_RULE, (14, False, False, Align.LEFT, 0, 0, 3, 6, 1.0, 2, False, 0.5)),
        (Role.DOCUMENT_TYPE, (14, True, False, Align.CENTER, 0, 0, 18, 0, 1.0, None, True, None)),
        (Role.SUMMARY, (14, True, False, Align.CENTER, 0, 0, 0, 0, 1.0, None, True, None)),
        # "Kính gửi: " hangs its wrapped lines under the first addressee: 35 + 20.24 mm
        (Role.ADDRESSEE, (14, False, False, Align.LEFT, 55.24, -20.24, 6, 0, 1.0, None, True, None)),
        # each "- " under the colon of "Kính gửi:": 35 + 17.63 + 2.88 mm
        (Role.ADDRESSEE_ITEM, (14, False, False, Align.LEFT, 55.51, -2.88, 0, 0, 1.0, None, True, None)),
        (Role.HEADING_1, BOLD_HEADING),
        (Role.HEADING_2, BOLD_HEADING),
        (Role.HEADING_3, HEADING),
        (Role.HEADING_4, HEADING),
        (Role.BODY, BODY),
        (Role.LIST_ITEM, BODY),
        (Role.TASK_ITEM, BODY),
        (Role.TASK_DETAIL, (14, False, True, Align.JUSTIFY, 0, 12.7, 0, 0, 1.0, None, False, None)),
        (Role.RECIPIENTS_LABEL, (12, True, True, Align.LEFT, 0, 0, 0, 0, 1.0, None, False, None)),
        (Role.RECIPIENT, (11, False, False, Align.LEFT, 0, 0, 0, 0, 1.0, None, False, None)),
        (Role.SIGNATURE_TITLE, (14, True, False, Align.CENTER, 0, 0, 0, 0, 1.0, None, False, None)),
        # 25 mm left for the signature and seal: 70.87 pt
        (Role.SIGNER_NAME, (14, True, False, Align.CENTER, 0, 0, 70.87, 0, 1.0, None, False, None)),
        (Role.PAGE_NUMBER, (14, False, False, Align.CENTER, 0, 0, 0, 0, 1.0, None, False, None)),
        (Role.AUTHORITY, (14, True, False, Align.CENTER, 0, 0, 6, 0, 1.0, None, True, None)),
        (Role.BASIS, (14, False, True, Align.JUSTIFY, 0, 12.7, 6, 0, 1.0, None, False, None)),
        (Role.ENACTING, (14, True, False, Align.CENTER, 0, 0, 6, 6, 1.0, None, True, None)),
        (Role.ARTICLE, BODY),
        (Role.TABLE_CAPTION, (14, True, False, Align.CENTER, 0, 0, 6, 0, 1.0, None, True, None)),
        (Role.TABLE_UNIT, (13, False, True, Align.RIGHT, 0, 0, 0, 0, 1.0, None, True, None)),
        (Role.TABLE_HEADER, (12, True, False, Align.CENTER, 0, 0, 0, 0, 1.0, None, False, None)),
        (Role.TABLE_TEXT, (12, False, False, Align.LEFT, 0, 0, 0, 0, 1.0, None, False, None)),
        (Role.TABLE_NUMBER, (12, False, False, Align.RIGHT, 0, 0, 0, 0, 1.0, None, False, None)),
        (Role.TABLE_NOTE, (12, False, True, Align.LEFT, 0, 0, 3, 0, 1.0, None, False, None)),
        (Role.PART_LABEL, (14, True, False, Align.CENTER, 0, 0, 0, 0, 1.0, None, True, None)),
        (Role.PART_TITLE, (14, True, False, Align.CENTER, 0, 0, 0, 0, 1.0, None, True, None)),
        (Role.PART_REFERENCE, (14, False, True, Align.CENTER, 0, 0, 0, 0, 1.0, None, True, None)),
    ],
)  # fmt: skip
def test_every_style_with_the_default_profile(role: Role, expected: tuple[object, ...]) -> None:
    """Every measurement of every role's style (13/14 set, default profile)."""
    assert _style(role) == expected


def test_styles_follow_the_profile() -> None:
    """A province's profile moves the measurements that come from it: 12/13 sizes, 10 mm
    first-line indent, 12 pt before and 3 pt after paragraphs, 1.5 lines, a 1 pt rule, a
    40 mm addressee indent, 24 pt before the type line, 30 mm for the signature."""
    profile = LayoutProfile(
        sizes=SIZE_SETS["12/13"],
        first_line_indent=10,
        paragraph_space_before=12,
        paragraph_space_after=3,
        line_spacing=1.5,
        rule_weight=1.0,
        addressee_indent=40,
        title_space_before=24,
        signature_space=30,
    )
    assert _style(Role.BODY, profile) == (
        14, False, False, Align.JUSTIFY, 0, 10, 12, 3, 1.5, None, False, None,
    )  # fmt: skip
    assert _style(Role.NUMBER, profile)[6] == 12
    assert _style(Role.PLACE_DATE, profile)[:1] + _style(Role.PLACE_DATE, profile)[6:7] == (13, 12)
    assert _style(Role.NATIONAL_TITLE, profile)[0] == 12
    assert _style(Role.SUMMARY_RULE, profile)[6:8] == (3, 12)
    assert _style(Role.RULE, profile)[-1] == 1.0
    assert _style(Role.ADDRESSEE, profile)[4:9] == (60.24, -20.24, 12, 0, 1.5)
    assert _style(Role.ADDRESSEE_ITEM, profile)[4:9] == (60.51, -2.88, 0, 0, 1.5)
    assert _style(Role.DOCUMENT_TYPE, profile)[6] == 24
    assert _style(Role.SIGNER_NAME, profile)[6] == round(30 * PT_PER_MM, 2)
    assert _style(Role.ENACTING, profile)[6:8] == (12, 12)
    assert _style(Role.TABLE_CAPTION, profile)[6] == 12
    assert _style(Role.AUTHORITY, profile)[6] == 12
