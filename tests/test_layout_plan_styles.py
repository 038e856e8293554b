"""The styles the geometry stage defines for a plan and the layout profile it reads."""

from __future__ import annotations

import attrs
import pytest

from directive_report import DirectiveReportError, Run
from directive_report.layout import (
    SIZE_SETS,
    Align,
    CharacterRole,
    LayoutError,
    LayoutProfile,
    Role,
    character_role,
    define_styles,
)


class TestStyles:
    """The roles' styles: the decree's sizes, faces and alignment."""

    @pytest.mark.parametrize(
        ("role", "size", "bold", "italic", "align"),
        [
            (Role.NATIONAL_TITLE, 13, True, False, Align.CENTER),
            (Role.MOTTO, 14, True, False, Align.CENTER),
            (Role.SUPERIOR, 13, False, False, Align.CENTER),
            (Role.ISSUER, 13, True, False, Align.CENTER),
            (Role.NUMBER, 13, False, False, Align.CENTER),
            (Role.PLACE_DATE, 14, False, True, Align.CENTER),
            (Role.DOCUMENT_TYPE, 14, True, False, Align.CENTER),
            (Role.SUMMARY, 14, True, False, Align.CENTER),
            (Role.BODY, 14, False, False, Align.JUSTIFY),
            (Role.HEADING_1, 14, True, False, Align.JUSTIFY),
            (Role.HEADING_2, 14, True, False, Align.JUSTIFY),
            (Role.HEADING_3, 14, False, False, Align.JUSTIFY),
            (Role.SUBJECT_LINE, 13, False, False, Align.CENTER),
            (Role.ADDRESSEE, 14, False, False, Align.LEFT),
            (Role.RECIPIENTS_LABEL, 12, True, True, Align.LEFT),
            (Role.RECIPIENT, 11, False, False, Align.LEFT),
            (Role.SIGNATURE_TITLE, 14, True, False, Align.CENTER),
            (Role.SIGNER_NAME, 14, True, False, Align.CENTER),
            (Role.PAGE_NUMBER, 14, False, False, Align.CENTER),
        ],
    )
    def test_decree_values(
        self, role: Role, size: float, bold: bool, italic: bool, align: Align
    ) -> None:
        """Hand-checked against docs/decree-layout.md, "The elements" (13/14 set)."""
        style = define_styles(LayoutProfile())[role]
        assert (style.size, style.bold, style.italic, style.align) == (size, bold, italic, align)

    def test_subject_line_sits_six_points_below_the_number(self) -> None:
        """V/v of a công văn: "cách dòng 6pt với số và ký hiệu văn bản" (Phụ lục I, II.5.b)."""
        assert define_styles(LayoutProfile())[Role.SUBJECT_LINE].space_before == 6.0

    def test_body_paragraph_values(self) -> None:
        """Justified, 12.7 mm first line, 6 pt before, single spacing by default."""
        body = define_styles(LayoutProfile())[Role.BODY]
        assert (body.first_line_indent, body.space_before, body.space_after, body.line_spacing) == (
            12.7,
            6.0,
            0.0,
            1.0,
        )

    def test_style_ids_are_ascii_and_unique(self) -> None:
        """Formats that need identifiers get distinct ASCII ones."""
        ids = [role.style_id for role in Role] + [role.style_id for role in CharacterRole]
        assert len(set(ids)) == len(ids)
        assert all(i.isascii() and i.isalnum() for i in ids)

    def test_character_roles(self) -> None:
        """Emphasis maps to a named character style; a plain run to none."""
        assert character_role(Run(text="x")) is None
        assert character_role(Run(text="x", italic=True)) is CharacterRole.EMPHASIS
        assert character_role(Run(text="x", bold=True)) is CharacterRole.STRONG
        assert (
            character_role(Run(text="x", bold=True, italic=True)) is CharacterRole.STRONG_EMPHASIS
        )


class TestProfile:
    """LayoutProfile refuses values outside the decree with LayoutError."""

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"margin_left": 25}, r"margin_left = 25 is outside the decree's range 30–35"),
            ({"line_spacing": 2.0}, r"line_spacing"),
            ({"font_family": "Arial"}, r"requires Times New Roman"),
            ({"header_left_width": 90}, r"header table \(190 mm\) runs off the page"),
        ],
    )
    def test_refused(self, changes: dict[str, object], message: str) -> None:
        """Hand-checked table of refusals."""
        with pytest.raises(LayoutError, match=message) as error:
            LayoutProfile(**changes)  # type: ignore[arg-type]
        assert isinstance(error.value, DirectiveReportError)

    def test_inconsistent_size_set_refused(self) -> None:
        """Quốc hiệu 13 pt needs Tiêu ngữ and date line 14 pt (Phụ lục I, Mục V, footnote 1)."""
        with pytest.raises(
            LayoutError, match="pairs Quốc hiệu 13 pt with Tiêu ngữ and date line 14 pt"
        ):
            attrs.evolve(SIZE_SETS["13/14"], motto=13)

    def test_text_area(self) -> None:
        """165 × 257 mm with the recommended margins."""
        assert (LayoutProfile().text_width, LayoutProfile().text_height) == (165, 257)
