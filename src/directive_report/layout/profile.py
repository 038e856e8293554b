"""Layout profiles: every measurement the DOCX, ODT and HTML exporters use, in one place.

The default profile is the decree's recommended one (Nghị định 30/2020/NĐ-CP, Phụ lục I; see
``docs/decree-layout.md``): A4 portrait, margins 20/20/30/15 mm, Times New
Roman, the 13/14 size set, justified body with a 1.27 cm first-line indent and 6 pt between
paragraphs.  A province overrides it with :func:`attrs.evolve` or a subclass and passes it in
:class:`~directive_report.exporters.ExportOptions`:

>>> import attrs
>>> from directive_report.layout import SIZE_SETS, LayoutProfile
>>> quang_ninh = attrs.evolve(LayoutProfile(), sizes=SIZE_SETS["12/13"], margin_left=35)
>>> quang_ninh.text_width
160.0

A value outside the decree's ranges is refused with :class:`LayoutError`.  Lengths are in
millimetres, font sizes and paragraph spacing in points.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from directive_report import i18n
from directive_report.errors import DirectiveReportError

__all__ = ["SIZE_SETS", "LayoutError", "LayoutProfile", "SizeSet"]

#: Fonts whose metrics the layout knows: Times New Roman, required by the decree, and Liberation
#: Serif, its metric-compatible free substitute.
METRIC_COMPATIBLE_FONTS = frozenset({"Times New Roman", "Liberation Serif"})


class LayoutError(DirectiveReportError, ValueError):
    """A layout profile breaks the decree's rules, or a report cannot be laid out with it."""


def _within(low: float, high: float) -> Any:
    # a module-level check bound to its range, not a closure: it is looked up when a value is
    # checked, so that mutation testing (scripts/mutate.py) reaches it
    return functools.partial(_check_within, low, high)


def _check_within(
    low: float, high: float, instance: object, attribute: attrs.Attribute[Any], value: float
) -> None:
    if not low <= value <= high:
        raise LayoutError(
            i18n._(
                "{owner}.{name} = {value} is outside the decree's range {low:g}–{high:g}"
            ).format(
                owner=type(instance).__name__,
                name=attribute.name,
                value=value,
                low=low,
                high=high,
            )
        )


def _positive(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not value > 0:
        raise LayoutError(
            i18n._("{owner}.{name} must be positive, got {value}").format(
                owner=type(instance).__name__, name=attribute.name, value=value
            )
        )


@attrs.frozen(kw_only=True)
class SizeSet:
    """Font sizes in points for each element, consistent as the decree's footnote requires.

    Phụ lục I, Mục V, footnote 1: either Quốc hiệu 13 with Tiêu ngữ and the date line 14, or
    Quốc hiệu 12 with Tiêu ngữ and the date line 13.
    """

    national_title: float = attrs.field(validator=_within(12, 13))  #: Quốc hiệu (bold)
    motto: float = attrs.field(validator=_within(13, 14))  #: Tiêu ngữ (bold)
    superior: float = attrs.field(validator=_within(12, 13))  #: cơ quan chủ quản (regular)
    issuer: float = attrs.field(validator=_within(12, 13))  #: cơ quan ban hành (bold)
    number: float = attrs.field(validator=_within(13, 13))  #: "Số: ..." (the decree fixes 13)
    place_date: float = attrs.field(validator=_within(13, 14))  #: place and date line (italic)
    doc_type: float = attrs.field(validator=_within(13, 14))  #: tên loại "BÁO CÁO" (bold)
    summary: float = attrs.field(validator=_within(13, 14))  #: trích yếu (bold)
    subject_line: float = attrs.field(validator=_within(12, 13))  #: "V/v ..." of a công văn
    body: float = attrs.field(validator=_within(13, 14))  #: body text, headings, Kính gửi
    signature: float = attrs.field(validator=_within(13, 14))  #: capacity lines, title and name
    recipients_label: float = attrs.field(validator=_within(12, 12))  #: "Nơi nhận:" (bold italic)
    recipients: float = attrs.field(validator=_within(11, 11))  #: recipient items
    page_number: float = attrs.field(validator=_within(13, 14))  #: page number in the header
    #: ô 13, the issuer's address, telephone, e-mail, website (Phụ lục I, III.4: 11–12 pt)
    contact: float = attrs.field(default=11, validator=_within(11, 12))

    def __attrs_post_init__(self) -> None:
        if not self.motto == self.place_date == self.national_title + 1:
            raise LayoutError(
                i18n._(
                    "SizeSet: the decree pairs Quốc hiệu {national_title:g} pt with Tiêu ngữ and date line {value:g} pt (got {motto:g} and {place_date:g}); use SIZE_SETS['13/14'] or SIZE_SETS['12/13']"
                ).format(
                    national_title=self.national_title,
                    value=self.national_title + 1,
                    motto=self.motto,
                    place_date=self.place_date,
                )
            )


#: The two size sets of Phụ lục I, Mục V, footnote 1.
SIZE_SETS: dict[str, SizeSet] = {
    "13/14": SizeSet(
        national_title=13,
        motto=14,
        superior=13,
        issuer=13,
        number=13,
        place_date=14,
        doc_type=14,
        summary=14,
        subject_line=13,
        body=14,
        signature=14,
        recipients_label=12,
        recipients=11,
        page_number=14,
    ),
    "12/13": SizeSet(
        national_title=12,
        motto=13,
        superior=12,
        issuer=12,
        number=13,
        place_date=13,
        doc_type=14,
        summary=14,
        subject_line=12,
        body=14,
        signature=14,
        recipients_label=12,
        recipients=11,
        page_number=14,
    ),
}


def _metric_compatible(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if value not in METRIC_COMPATIBLE_FONTS:
        raise LayoutError(
            i18n._(
                "LayoutProfile.font_family = {value!r}: the decree requires Times New Roman, and the rule lengths are computed from its metrics; expected one of {fonts}"
            ).format(value=value, fonts=", ".join(sorted(METRIC_COMPATIBLE_FONTS)))
        )


@attrs.frozen(kw_only=True)
class LayoutProfile:
    """Page, fonts, sizes, indents and spacing of an NĐ 30/2020 document.

    Lengths are in millimetres; ``*_space_*`` paragraph spacings and ``rule_weight`` in points.
    """

    page_width: float = 210.0
    page_height: float = 297.0
    margin_top: float = attrs.field(default=20.0, validator=_within(20, 25))
    margin_bottom: float = attrs.field(default=20.0, validator=_within(20, 25))
    margin_left: float = attrs.field(default=30.0, validator=_within(30, 35))
    margin_right: float = attrs.field(default=15.0, validator=_within(15, 20))
    header_distance: float = attrs.field(
        default=10.0, validator=_positive
    )  #: page edge to page number
    font_family: str = attrs.field(default="Times New Roman", validator=_metric_compatible)
    sizes: SizeSet = SIZE_SETS["13/14"]
    first_line_indent: float = attrs.field(default=12.7, validator=_within(10, 12.7))
    paragraph_space_before: float = attrs.field(default=6.0, validator=_within(6, 24))  #: points
    paragraph_space_after: float = attrs.field(default=0.0, validator=_within(0, 24))  #: points
    line_spacing: float = attrs.field(default=1.0, validator=_within(1.0, 1.5))  #: × single
    header_left_width: float = attrs.field(default=65.0, validator=_positive)  #: ô 2 and ô 3
    #: ô 1 and ô 4: the Quốc hiệu (95.7 mm in 13 pt bold) must fit on one line; a wider
    #: place-and-date line takes what it needs from the left column.
    header_right_width: float = attrs.field(default=100.0, validator=_positive)
    footer_left_width: float = attrs.field(default=65.0, validator=_positive)  #: Nơi nhận
    footer_right_width: float = attrs.field(default=100.0, validator=_positive)  #: signature
    issuer_rule_ratio: float = attrs.field(default=0.4, validator=_within(1 / 3, 1 / 2))
    summary_rule_ratio: float = attrs.field(default=0.4, validator=_within(1 / 3, 1 / 2))
    rule_weight: float = attrs.field(default=0.5, validator=_within(0.25, 1.5))  #: points
    addressee_indent: float = attrs.field(default=35.0, validator=_within(0, 80))  #: "Kính gửi:"
    title_space_before: float = attrs.field(default=18.0, validator=_within(0, 48))  #: points
    footer_space_before: float = attrs.field(default=12.0, validator=_within(0, 48))  #: points
    signature_space: float = attrs.field(
        default=25.0, validator=_within(15, 60)
    )  #: signature, seal

    def __attrs_post_init__(self) -> None:
        for part in ("header", "footer"):
            width = getattr(self, f"{part}_left_width") + getattr(self, f"{part}_right_width")
            if width > self.page_width - self.margin_left:
                raise LayoutError(
                    i18n._(
                        "LayoutProfile: the {part} table ({width:g} mm) runs off the page: at most {value:g} mm fit right of the left margin"
                    ).format(part=part, width=width, value=self.page_width - self.margin_left)
                )

    @property
    def text_width(self) -> float:
        """Width of the text area (165 mm with the default margins)."""
        return self.page_width - self.margin_left - self.margin_right

    @property
    def text_height(self) -> float:
        """Height of the text area."""
        return self.page_height - self.margin_top - self.margin_bottom
