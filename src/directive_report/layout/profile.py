"""Layout profiles: every measurement the DOCX, ODT and HTML exporters use, in one place.

The default profile is the decree's recommended one (Nghị định 30/2020/NĐ-CP, Phụ lục I; see
``nd30-layout.md`` §10 of the project's reference): A4 portrait, margins 20/20/30/15 mm, Times New
Roman, the 13/14 size set, justified body with a 1.27 cm first-line indent and 6 pt between
paragraphs.  A province overrides it with :func:`attrs.evolve` or a subclass and passes it in
:class:`~directive_report.exporters.ExportOptions`.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["SIZE_SETS", "LayoutProfile", "SizeSet"]


@attrs.frozen(kw_only=True)
class SizeSet:
    """Font sizes in points for each element, consistent as the decree's footnote requires
    (Quốc hiệu 13 with Tiêu ngữ and date line 14, or 12 with 13)."""

    national_title: float  #: Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (bold)
    motto: float  #: Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" (bold)
    superior: float  #: cơ quan chủ quản (regular)
    issuer: float  #: cơ quan ban hành (bold)
    number: float  #: "Số: ..." (the decree fixes 13)
    place_date: float  #: place and date line (italic)
    doc_type: float  #: tên loại "BÁO CÁO" (bold)
    summary: float  #: trích yếu (bold)
    subject_line: float  #: "V/v ..." of a công văn
    body: float  #: body text, headings, Kính gửi
    signature: float  #: capacity lines, title and name
    recipients_label: float  #: "Nơi nhận:" (bold italic)
    recipients: float  #: recipient items
    page_number: float  #: page number in the header


#: The two size sets of Phụ lục I, Mục V, footnote 1.
SIZE_SETS: dict[str, SizeSet] = {
    "13/14": SizeSet(
        national_title=13, motto=14, superior=13, issuer=13, number=13, place_date=14,
        doc_type=14, summary=14, subject_line=13, body=14, signature=14,
        recipients_label=12, recipients=11, page_number=14,
    ),
    "12/13": SizeSet(
        national_title=12, motto=13, superior=12, issuer=12, number=13, place_date=13,
        doc_type=14, summary=14, subject_line=12, body=14, signature=14,
        recipients_label=12, recipients=11, page_number=14,
    ),
}


def _within(low: float, high: float) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
        if not low <= value <= high:
            raise ValueError(
                f"LayoutProfile.{attribute.name} = {value} is outside the decree's range {low}–{high}"
            )

    return check


@attrs.frozen(kw_only=True)
class LayoutProfile:
    """Page, fonts, sizes, indents and spacing of an NĐ 30/2020 document (lengths in mm)."""

    page_width: float = 210.0
    page_height: float = 297.0
    margin_top: float = attrs.field(default=20.0, validator=_within(20, 25))
    margin_bottom: float = attrs.field(default=20.0, validator=_within(20, 25))
    margin_left: float = attrs.field(default=30.0, validator=_within(30, 35))
    margin_right: float = attrs.field(default=15.0, validator=_within(15, 20))
    header_distance: float = 10.0  #: from the page edge to the page-number header
    font_family: str = "Times New Roman"
    sizes: SizeSet = SIZE_SETS["13/14"]
    first_line_indent: float = attrs.field(default=12.7, validator=_within(10, 12.7))
    paragraph_space_before: float = attrs.field(default=6.0, validator=_within(6, 24))  #: points
    paragraph_space_after: float = 0.0  #: points
    line_spacing: float = attrs.field(default=1.0, validator=_within(1.0, 1.5))  #: multiple of single
    header_left_width: float = 65.0  #: ô 2/3 column of the header table
    header_right_width: float = 100.0  #: ô 1/4 column: the Quốc hiệu (95.7 mm at 13 pt) must fit
    footer_left_width: float = 65.0  #: Nơi nhận column
    footer_right_width: float = 100.0  #: signature column
    issuer_rule_ratio: float = attrs.field(default=0.4, validator=_within(1 / 3, 1 / 2))
    summary_rule_ratio: float = attrs.field(default=0.4, validator=_within(1 / 3, 1 / 2))
    rule_weight: float = 0.5  #: points
    signature_space: float = 25.0  #: room left for the signature and seal

    @property
    def text_width(self) -> float:
        """Width of the text area in mm (165 mm with the default margins)."""
        return self.page_width - self.margin_left - self.margin_right

    @property
    def text_height(self) -> float:
        """Height of the text area in mm."""
        return self.page_height - self.margin_top - self.margin_bottom
