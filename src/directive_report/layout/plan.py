"""The layout plan: a report laid out once, format-neutrally, for every exporter to translate.

:func:`plan_document` turns a :class:`~directive_report.Report` and a
:class:`~directive_report.layout.LayoutProfile` into a :class:`DocumentPlan`: the page set-up, the
named paragraph and character styles, and the sequence of blocks in reading order.  Every layout
decision of Nghị định 30/2020/NĐ-CP is taken here: which lines go in which header column and how a
long issuer name is broken, how long each rule is (from font metrics), the section labels, the
``- `` and ``1.`` markers of list items, Kính gửi, where ``./.`` goes, the Nơi nhận lines and the
signature block.  The DOCX, ODT and any other exporter only map :class:`Role` to their format's
styles and blocks to their format's elements, so all of them print the same document.

>>> from directive_report import examples
>>> plan = plan_document(examples.load("bac-giang-ct21-2024"), LayoutProfile())
>>> [p.text for p in plan.header.rows[0][0].content if isinstance(p, StyledParagraph)]
['UBND TỈNH BẮC GIANG', 'SỞ THÔNG TIN VÀ', 'TRUYỀN THÔNG']
>>> motto_rule = plan.header.rows[0][1].content[2]
>>> round(motto_rule.width, 2)
60.46

Text in :attr:`StyledParagraph.runs` is NFC; a ``"\\n"`` inside a run is a line break.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, TypeAlias

import attrs

from directive_report import vi
from directive_report.layout.metrics import MM_PER_PT, break_lines, text_width_mm
from directive_report.layout.profile import LayoutError, LayoutProfile
from directive_report.model import (
    ActionList,
    Block,
    BulletList,
    Paragraph,
    Report,
    Run,
    Section,
    Task,
    TaskList,
    section_label,
)

__all__ = [
    "END_MARKER",
    "MOTTO",
    "NATIONAL_TITLE",
    "Align",
    "Cell",
    "CharacterRole",
    "CharacterStyle",
    "DocumentPlan",
    "LayoutBlock",
    "ParagraphStyle",
    "Role",
    "Rule",
    "StyledParagraph",
    "Table",
    "character_role",
    "define_character_styles",
    "define_styles",
    "plan_document",
    "task_details",
]

#: Quốc hiệu, spelt as in the decree's normative text ("HÒA", not "HOÀ").
NATIONAL_TITLE: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
#: Tiêu ngữ: ASCII hyphen-minus with a space on each side, never an en dash.
MOTTO: Final = "Độc lập - Tự do - Hạnh phúc"
#: The mark that ends the body in every template of Phụ lục III.
END_MARKER: Final = "./."
#: What introduces the addressees (ô 9a).
ADDRESSEE_LABEL: Final = "Kính gửi:"
#: What introduces the distribution list (ô 9b).
RECIPIENTS_LABEL: Final = "Nơi nhận:"
#: Space between a line of text and the rule under it, in points.
RULE_GAP: Final = 3.0
#: Room beside the place-and-date line, in mm, when its width sets the right header column's:
#: an office suite may set a line a hair wider than the sum of its advances.
DATE_LINE_SLACK: Final = 1.0
#: Exact line height of the empty paragraph that carries a rule, in points (an empty paragraph
#: otherwise takes the height of its paragraph mark: docs/office-techniques.md).
RULE_LINE_HEIGHT: Final = 2.0


class Align(enum.Enum):
    """Paragraph alignment."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


class _StyleRole(enum.Enum):
    """A named style; the member's value is the display name (``"NĐ30 Body"``)."""

    @property
    def style_id(self) -> str:
        """An ASCII identifier for formats that need one: ``"ND30Body"``."""
        name: str = self.value
        return name.replace("Đ", "D").replace(" ", "")


class Role(_StyleRole):
    """The named paragraph styles of an NĐ 30/2020 document; the value is the style's display name.

    Exporters create one named style per role, so a clerk can restyle the document in Word or
    LibreOffice, and give every paragraph the style of its role.
    """

    SUPERIOR = "NĐ30 Superior"  #: ô 2, cơ quan chủ quản
    ISSUER = "NĐ30 Issuer"  #: ô 2, cơ quan ban hành
    NUMBER = "NĐ30 Number"  #: ô 3, "Số: ..."
    SUBJECT_LINE = "NĐ30 Subject Line"  #: ô 5b, "V/v ..." of a công văn
    NATIONAL_TITLE = "NĐ30 National Title"  #: ô 1, Quốc hiệu
    MOTTO = "NĐ30 Motto"  #: ô 1, Tiêu ngữ
    PLACE_DATE = "NĐ30 Place Date"  #: ô 4
    RULE = "NĐ30 Rule"  #: an empty paragraph carrying a rule (its top border)
    DOCUMENT_TYPE = "NĐ30 Document Type"  #: ô 5a, "BÁO CÁO"
    SUMMARY = "NĐ30 Summary"  #: ô 5a, trích yếu
    SUMMARY_RULE = "NĐ30 Summary Rule"  #: the rule under the trích yếu
    ADDRESSEE = "NĐ30 Addressee"  #: ô 9a, "Kính gửi: ..." (or "Kính gửi:" alone before items)
    ADDRESSEE_ITEM = "NĐ30 Addressee Item"  #: ô 9a, "- ...;" one per line, dashes under the colon
    HEADING_1 = "NĐ30 Heading 1"  #: "I. KẾT QUẢ ..."
    HEADING_2 = "NĐ30 Heading 2"  #: "1. Công tác ..."
    HEADING_3 = "NĐ30 Heading 3"  #: "a) ..."
    HEADING_4 = "NĐ30 Heading 4"  #: "- ..." (deeper levels)
    BODY = "NĐ30 Body"  #: ô 6, body paragraphs
    LIST_ITEM = "NĐ30 List Item"  #: "- ..." items of bullet and action lists
    TASK_ITEM = "NĐ30 Task Item"  #: "1. ..." items of task lists
    TASK_DETAIL = "NĐ30 Task Detail"  #: who carries a task out and by when, under its item
    RECIPIENTS_LABEL = "NĐ30 Recipients Label"  #: ô 9b, "Nơi nhận:"
    RECIPIENT = "NĐ30 Recipient"  #: ô 9b, "- ...;" lines
    SIGNATURE_TITLE = "NĐ30 Signature Title"  #: ô 7a, "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"
    SIGNER_NAME = "NĐ30 Signer Name"  #: ô 7b, the signer's name under the signature space
    PAGE_NUMBER = "NĐ30 Page Number"  #: the page number, top centre from page 2


class CharacterRole(_StyleRole):
    """The named character styles for inline emphasis; the value is the display name."""

    EMPHASIS = "NĐ30 Emphasis"  #: italic
    STRONG = "NĐ30 Strong"  #: bold
    STRONG_EMPHASIS = "NĐ30 Strong Emphasis"  #: bold italic


def character_role(run: Run) -> CharacterRole | None:
    """The character style of *run*, or ``None`` for a run without emphasis."""
    if run.bold:
        return CharacterRole.STRONG_EMPHASIS if run.italic else CharacterRole.STRONG
    return CharacterRole.EMPHASIS if run.italic else None


@attrs.frozen(kw_only=True)
class ParagraphStyle:
    """The formatting of one :class:`Role`.

    Sizes and spacing in points, indents in millimetres.  ``line_spacing`` is a multiple of single
    spacing, unless ``exact_line_height`` (points) is set.  ``border_top`` is the weight in points
    of a rule drawn along the top of the paragraph.
    """

    role: Role
    size: float
    bold: bool = False
    italic: bool = False
    align: Align = Align.LEFT
    left_indent: float = 0.0
    first_line_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    line_spacing: float = 1.0
    exact_line_height: float | None = None
    keep_with_next: bool = False
    border_top: float | None = None

    @property
    def name(self) -> str:
        """The style's display name: ``"NĐ30 Body"``."""
        return self.role.value


@attrs.frozen(kw_only=True)
class CharacterStyle:
    """The formatting of one :class:`CharacterRole`."""

    role: CharacterRole
    bold: bool = False
    italic: bool = False

    @property
    def name(self) -> str:
        """The style's display name: ``"NĐ30 Emphasis"``."""
        return self.role.value


@attrs.frozen(kw_only=True)
class StyledParagraph:
    """A paragraph of text in a role.  ``keep_with_next`` adds keep-with-next to the style's."""

    role: Role
    runs: tuple[Run, ...]
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        """The paragraph's text without emphasis."""
        return "".join(run.text for run in self.runs)


@attrs.frozen(kw_only=True)
class Rule:
    """A horizontal rule ``width`` mm long, centred in its container by equal side indents.

    It is drawn as the top border of an empty paragraph in the role ``role`` whose left and right
    indents are both ``indent``.
    """

    width: float
    indent: float
    role: Role = Role.RULE


@attrs.frozen(kw_only=True)
class Cell:
    """One cell of a layout table: its width and its paragraphs and rules, top to bottom."""

    width: float
    content: tuple[StyledParagraph | Rule, ...]


@attrs.frozen(kw_only=True)
class Table:
    """A borderless table with fixed column widths and zero side padding.

    ``space_before`` (points) is padding above the first row; ``keep_together`` asks that no row
    is split across pages and that the table stays on the page of the paragraph before it.
    """

    name: str
    rows: tuple[tuple[Cell, ...], ...]
    space_before: float = 0.0
    keep_together: bool = False

    @property
    def column_widths(self) -> tuple[float, ...]:
        """Width of each column in mm."""
        return tuple(cell.width for cell in self.rows[0])


#: What a document's body is made of, in reading order.
LayoutBlock: TypeAlias = StyledParagraph | Rule | Table


@attrs.frozen(kw_only=True)
class DocumentPlan:
    """A report laid out: page set-up (``profile``), styles and blocks in reading order.

    ``header`` and ``footer`` are the header table (ô 1–4) and the Nơi nhận / signature table,
    also found at the start and the end of ``blocks``.  Page numbers (role
    :attr:`Role.PAGE_NUMBER`) are printed top centre on every page but the first.
    """

    profile: LayoutProfile
    styles: Mapping[Role, ParagraphStyle]
    character_styles: Mapping[CharacterRole, CharacterStyle]
    blocks: tuple[LayoutBlock, ...]

    @property
    def header(self) -> Table:
        """The header table."""
        first = self.blocks[0]
        assert isinstance(first, Table)
        return first

    @property
    def footer(self) -> Table:
        """The Nơi nhận / signature table."""
        last = self.blocks[-1]
        assert isinstance(last, Table)
        return last

    def paragraphs(self) -> Iterator[StyledParagraph]:
        """Every paragraph of text, tables included, in reading order."""
        for block in self.blocks:
            if isinstance(block, StyledParagraph):
                yield block
            elif isinstance(block, Table):
                for row in block.rows:
                    for cell in row:
                        yield from (p for p in cell.content if isinstance(p, StyledParagraph))


# --------------------------------------------------------------------------------------------
# Styles


def define_styles(profile: LayoutProfile) -> dict[Role, ParagraphStyle]:
    """The paragraph style of every role for *profile*, in :class:`Role` order."""
    sizes = profile.sizes
    body: dict[str, Any] = {
        "size": sizes.body,
        "align": Align.JUSTIFY,
        "first_line_indent": profile.first_line_indent,
        "space_before": profile.paragraph_space_before,
        "space_after": profile.paragraph_space_after,
        "line_spacing": profile.line_spacing,
    }
    rule: dict[str, Any] = {
        "size": sizes.body,
        "space_before": RULE_GAP,
        "exact_line_height": RULE_LINE_HEIGHT,
        "border_top": profile.rule_weight,
    }
    # One addressee follows "Kính gửi: " on its line, a wrapped line hanging under it; several go
    # one per line below, each dash under the colon of "Kính gửi:" (Phụ lục I, II.9.d).
    label_width = text_width_mm(f"{ADDRESSEE_LABEL} ", sizes.body)
    colon = profile.addressee_indent + text_width_mm(ADDRESSEE_LABEL[:-1], sizes.body)
    dash_width = text_width_mm("- ", sizes.body)
    centred = Align.CENTER
    # space before the second header row: Số and the date line sit level below the rules
    row_gap = profile.paragraph_space_before
    specs: dict[Role, dict[str, Any]] = {
        Role.SUPERIOR: {"size": sizes.superior, "align": centred},
        Role.ISSUER: {"size": sizes.issuer, "bold": True, "align": centred},
        Role.NUMBER: {"size": sizes.number, "align": centred, "space_before": row_gap},
        # the decree puts V/v 6 pt below Số
        Role.SUBJECT_LINE: {"size": sizes.subject_line, "align": centred, "space_before": 6.0},
        Role.NATIONAL_TITLE: {"size": sizes.national_title, "bold": True, "align": centred},
        Role.MOTTO: {"size": sizes.motto, "bold": True, "align": centred},
        Role.PLACE_DATE: {
            "size": sizes.place_date,
            "italic": True,
            "align": centred,
            "space_before": row_gap,
        },
        Role.RULE: rule,
        Role.DOCUMENT_TYPE: {
            "size": sizes.doc_type,
            "bold": True,
            "align": centred,
            "space_before": profile.title_space_before,
            "keep_with_next": True,
        },
        Role.SUMMARY: {
            "size": sizes.summary,
            "bold": True,
            "align": centred,
            "keep_with_next": True,
        },
        Role.SUMMARY_RULE: {**rule, "space_after": profile.paragraph_space_before},
        Role.ADDRESSEE: {
            "size": sizes.body,
            "left_indent": profile.addressee_indent + label_width,
            "first_line_indent": -label_width,
            "space_before": profile.paragraph_space_before,
            "line_spacing": profile.line_spacing,
            "keep_with_next": True,
        },
        Role.ADDRESSEE_ITEM: {
            "size": sizes.body,
            "left_indent": colon + dash_width,
            "first_line_indent": -dash_width,
            "line_spacing": profile.line_spacing,
            "keep_with_next": True,
        },
        Role.HEADING_1: {**body, "bold": True, "keep_with_next": True},
        Role.HEADING_2: {**body, "bold": True, "keep_with_next": True},
        Role.HEADING_3: {**body, "keep_with_next": True},
        Role.HEADING_4: {**body, "keep_with_next": True},
        Role.BODY: body,
        Role.LIST_ITEM: body,
        Role.TASK_ITEM: body,
        Role.TASK_DETAIL: {**body, "italic": True, "space_before": 0},
        Role.RECIPIENTS_LABEL: {"size": sizes.recipients_label, "bold": True, "italic": True},
        Role.RECIPIENT: {"size": sizes.recipients},
        Role.SIGNATURE_TITLE: {"size": sizes.signature, "bold": True, "align": centred},
        Role.SIGNER_NAME: {
            "size": sizes.signature,
            "bold": True,
            "align": centred,
            "space_before": profile.signature_space / MM_PER_PT,
        },
        Role.PAGE_NUMBER: {"size": sizes.page_number, "align": centred},
    }
    return {role: ParagraphStyle(role=role, **specs[role]) for role in Role}


def define_character_styles() -> dict[CharacterRole, CharacterStyle]:
    """The character style of every :class:`CharacterRole`."""
    return {
        CharacterRole.EMPHASIS: CharacterStyle(role=CharacterRole.EMPHASIS, italic=True),
        CharacterRole.STRONG: CharacterStyle(role=CharacterRole.STRONG, bold=True),
        CharacterRole.STRONG_EMPHASIS: CharacterStyle(
            role=CharacterRole.STRONG_EMPHASIS, bold=True, italic=True
        ),
    }


# --------------------------------------------------------------------------------------------
# The plan


def plan_document(report: Report, profile: LayoutProfile | None = None) -> DocumentPlan:
    """Lay *report* out with *profile* (the decree's recommended profile by default).

    Raises :class:`~directive_report.layout.LayoutError` when the profile's header column is too
    narrow for the Quốc hiệu or the Tiêu ngữ.
    """
    profile = profile or LayoutProfile()
    styles = define_styles(profile)
    blocks: list[LayoutBlock] = [_header(report, profile, styles)]
    if not _is_cong_van(report):
        blocks.extend(_title(report, profile, styles))
    blocks.extend(_addressees(report.addressees))
    body = list(_body(report))
    _end_body(body)
    blocks.extend(body)
    blocks.append(_footer(report, profile))
    return DocumentPlan(
        profile=profile,
        styles=styles,
        character_styles=define_character_styles(),
        blocks=tuple(blocks),
    )


def _is_cong_van(report: Report) -> bool:
    # A công văn has no tên loại line; its trích yếu is the "V/v" line under Số (ô 5b).
    return report.doc_type.name == "Công văn"


def _paragraph(role: Role, text: str) -> StyledParagraph:
    return StyledParagraph(role=role, runs=(Run(text=text),))


def _width(text: str, style: ParagraphStyle) -> float:
    return text_width_mm(text, style.size, bold=style.bold, italic=style.italic)


def _fitted_lines(lines: Iterable[str], width: float, style: ParagraphStyle) -> tuple[str, ...]:
    """Each line, broken evenly where it would not fit *width* in *style*."""
    return tuple(
        part
        for line in lines
        for part in break_lines(line, width, style.size, bold=style.bold, italic=style.italic)
    )


#: Administrative units that open a place name in a header line ("UBND TỈNH BẮC GIANG").
_UNIT_WORDS: Final = re.compile(r" (?=(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ) )")


def _name_lines(lines: Iterable[str], width: float, style: ParagraphStyle) -> tuple[str, ...]:
    """Header name lines (cơ quan chủ quản, cơ quan ban hành) broken where they would not fit
    *width*, as a clerk breaks them: before the unit and its place name when that costs no more
    lines ("UBND" / "TỈNH BÀ RỊA - VŨNG TÀU", not "UBND TỈNH BÀ" / "RỊA - VŨNG TÀU"), else
    evenly ("SỞ THÔNG TIN VÀ" / "TRUYỀN THÔNG")."""
    fitted: list[str] = []
    for line in lines:
        even = _fitted_lines([line], width, style)
        unit = _UNIT_WORDS.search(line)
        if len(even) > 1 and unit is not None:
            place = line[unit.end() :]
            kept = (*_fitted_lines([line[: unit.start()]], width, style), place)
            if _width(place, style) <= width and len(kept) <= len(even):
                even = kept
        fitted.extend(even)
    return tuple(fitted)


def _rule(width: float, container: float, role: Role = Role.RULE) -> Rule:
    return Rule(width=width, indent=(container - width) / 2, role=role)


def _header_columns(
    report: Report, date_text: str, profile: LayoutProfile, styles: Mapping[Role, ParagraphStyle]
) -> tuple[float, float]:
    """The widths of the header's columns: the profile's, unless the place-and-date line (ô 4)
    is wider than the right column ("Thành phố Hồ Chí Minh, ngày 11 tháng 11 năm 2024" is
    106.3 mm in 14 pt italic): then the boundary moves left so that it stays on one line, the
    table keeping its width, as far as the left column's longest word allows (a date line
    longer than that wraps)."""
    left, right = profile.header_left_width, profile.header_right_width
    for role, text in ((Role.NATIONAL_TITLE, NATIONAL_TITLE), (Role.MOTTO, MOTTO)):
        needed = _width(text, styles[role])
        if needed > right:
            raise LayoutError(
                f"LayoutProfile.header_right_width = {right:g} mm is too narrow: "
                f"{text!r} needs {needed:.1f} mm at {styles[role].size:g} pt bold"
            )
    date_style = styles[Role.PLACE_DATE]
    date_width = _width(date_text, date_style)
    shift = date_width + DATE_LINE_SLACK - right
    if shift <= 0:
        return left, right
    authority = report.authority
    left_lines = [(Role.ISSUER, line) for line in authority.header_lines]
    if authority.superior:
        left_lines.append((Role.SUPERIOR, authority.superior))
    left_lines.append((Role.NUMBER, report.number.header_text()))
    if _is_cong_van(report):
        left_lines.append((Role.SUBJECT_LINE, f"V/v {report.summary}"))
    longest_word = max(
        _width(word, styles[role]) for role, line in left_lines for word in line.split()
    )
    shift = max(0.0, min(shift, left - longest_word))  # past that, the date line wraps
    return left - shift, right + shift


def _header(report: Report, profile: LayoutProfile, styles: Mapping[Role, ParagraphStyle]) -> Table:
    authority = report.authority
    date_text = vi.place_date_line(authority.place, report.date)
    left_width, right_width = _header_columns(report, date_text, profile, styles)
    issuer_style = styles[Role.ISSUER]
    issuer_lines = _name_lines(authority.header_lines, left_width, issuer_style)
    names: list[StyledParagraph | Rule] = []
    if authority.superior:
        superior = _name_lines([authority.superior], left_width, styles[Role.SUPERIOR])
        names.extend(_paragraph(Role.SUPERIOR, line) for line in superior)
    names.extend(_paragraph(Role.ISSUER, line) for line in issuer_lines)
    widest = max(_width(line, issuer_style) for line in issuer_lines)
    names.append(_rule(widest * profile.issuer_rule_ratio, left_width))

    number: list[StyledParagraph | Rule] = [_paragraph(Role.NUMBER, report.number.header_text())]
    if _is_cong_van(report):
        number.append(_paragraph(Role.SUBJECT_LINE, f"V/v {report.summary}"))

    motto_width = _width(MOTTO, styles[Role.MOTTO])
    national = (
        _paragraph(Role.NATIONAL_TITLE, NATIONAL_TITLE),
        _paragraph(Role.MOTTO, MOTTO),
        _rule(motto_width, right_width),
    )
    date_line = _paragraph(Role.PLACE_DATE, date_text)
    return Table(
        name="header",
        rows=(
            (
                Cell(width=left_width, content=tuple(names)),
                Cell(width=right_width, content=national),
            ),
            (
                Cell(width=left_width, content=tuple(number)),
                Cell(width=right_width, content=(date_line,)),
            ),
        ),
    )


def _title(
    report: Report, profile: LayoutProfile, styles: Mapping[Role, ParagraphStyle]
) -> list[LayoutBlock]:
    summary_style = styles[Role.SUMMARY]
    lines = _fitted_lines([report.summary], profile.text_width, summary_style)
    widest = max(_width(line, summary_style) for line in lines)
    return [
        _paragraph(Role.DOCUMENT_TYPE, report.doc_type.title),
        _paragraph(Role.SUMMARY, "\n".join(lines)),
        _rule(widest * profile.summary_rule_ratio, profile.text_width, Role.SUMMARY_RULE),
    ]


def _with_ending(text: str, ending: str) -> str:
    return text if text.endswith((";", ".")) else text + ending


def _addressees(addressees: tuple[str, ...]) -> list[LayoutBlock]:
    """Kính gửi (Phụ lục I, II.9.d): one addressee on the label's line; for several, the label
    alone, then one ``- ...;`` line each, the last ending in ``.``, the dashes under its colon."""
    if not addressees:
        return []
    if len(addressees) == 1:
        return [_paragraph(Role.ADDRESSEE, f"{ADDRESSEE_LABEL} {_with_ending(addressees[0], '.')}")]
    *items, last = addressees
    lines = [f"- {_with_ending(item, ';')}" for item in items] + [f"- {_with_ending(last, '.')}"]
    return [
        _paragraph(Role.ADDRESSEE, ADDRESSEE_LABEL),
        *(_paragraph(Role.ADDRESSEE_ITEM, line) for line in lines),
    ]


_HEADING_ROLES: Final = (Role.HEADING_1, Role.HEADING_2, Role.HEADING_3, Role.HEADING_4)


def _body(report: Report) -> Iterator[StyledParagraph]:
    yield from _blocks(report.intro, ())

    def walk(sections: tuple[Section, ...], path: tuple[int, ...]) -> Iterator[StyledParagraph]:
        for index, section in enumerate(sections, start=1):
            here = (*path, index)
            role = _HEADING_ROLES[min(len(here), len(_HEADING_ROLES)) - 1]
            yield _paragraph(role, f"{section_label(here)} {section.title}")
            yield from _blocks(section.blocks, here)
            yield from walk(section.sections, here)

    yield from walk(report.sections, ())
    yield from _blocks(report.closing, ())


def task_details(task: Task) -> str | None:
    """The line under a task naming who carries it out and by when, as plans write it:
    ``Đơn vị thực hiện: Thanh tra Sở; thời hạn: ngày 30/9/2021.``; ``None`` when the task gives
    neither.  Every exporter prints this wording."""
    parts = []
    if task.assignee:
        parts.append(f"Đơn vị thực hiện: {task.assignee}")
    if task.deadline:
        parts.append(f"thời hạn: ngày {vi.format_date(task.deadline, style='short')}")
    if not parts:
        return None
    text = "; ".join(parts) + "."
    return text[0].upper() + text[1:]


def _task_markers(path: tuple[int, ...], count: int) -> list[str]:
    """The markers of *count* numbered tasks in the section at *path*: the level below the
    section's, so that the hierarchy I. / 1. / a) / - holds (tasks under "a)" are not "1.");
    ``1.``, ``2.`` outside any section; ``-`` for more tasks than there are điểm letters."""
    if not path:
        return [f"{number}." for number in range(1, count + 1)]
    if len(path) == 2 and count > len(vi.POINT_LETTERS):
        return ["-"] * count
    return [section_label((*path, number)) for number in range(1, count + 1)]


def _prefixed(marker: str, paragraph: Paragraph, role: Role) -> StyledParagraph:
    """An item paragraph: *marker*, a space, then the paragraph's runs with their emphasis."""
    first, *rest = paragraph.runs
    if first.plain:
        runs = (Run(text=f"{marker} {first.text}"), *rest)
    else:
        runs = (Run(text=f"{marker} "), first, *rest)
    return StyledParagraph(role=role, runs=runs)


def _blocks(blocks: tuple[Block, ...], path: tuple[int, ...]) -> Iterator[StyledParagraph]:
    """The paragraphs of *blocks*, the body of the section at *path* (``()``: intro, closing)."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield StyledParagraph(role=Role.BODY, runs=block.runs)
        elif isinstance(block, BulletList):
            for item in block.items:
                yield _prefixed(block.marker, item, Role.LIST_ITEM)
        elif isinstance(block, ActionList):
            for action in block.actions:
                yield _prefixed(block.marker, action.text, Role.LIST_ITEM)
        elif isinstance(block, TaskList):
            count = len(block.tasks)
            markers = _task_markers(path, count) if block.numbered else ["-"] * count
            for marker, task in zip(markers, block.tasks, strict=True):
                yield _prefixed(marker, task.text, Role.TASK_ITEM)
                details = task_details(task)
                if details:
                    yield _paragraph(Role.TASK_DETAIL, details)
        else:  # pragma: no cover - the model admits no other block
            raise TypeError(f"unknown block {type(block).__name__}")


def _end_body(body: list[StyledParagraph]) -> None:
    """Put ``./.`` at the end of the last paragraph (unless it is there) and keep that paragraph
    on the page of the signature block."""
    last = body[-1]
    runs = list(last.runs)
    text = last.text
    if not text.endswith(END_MARKER):
        ending = END_MARKER[1:] if text.endswith(".") else END_MARKER
        if runs[-1].plain:
            runs[-1] = Run(text=runs[-1].text + ending)
        else:
            runs.append(Run(text=ending))
    body[-1] = StyledParagraph(role=last.role, runs=tuple(runs), keep_with_next=True)


def _footer(report: Report, profile: LayoutProfile) -> Table:
    recipients = (
        _paragraph(Role.RECIPIENTS_LABEL, RECIPIENTS_LABEL),
        *(_paragraph(Role.RECIPIENT, line) for line in report.distribution.lines),
    )
    signature = report.signature
    signer = (
        *(_paragraph(Role.SIGNATURE_TITLE, line) for line in signature.title_lines),
        _paragraph(Role.SIGNER_NAME, signature.name),
    )
    return Table(
        name="footer",
        rows=(
            (
                Cell(width=profile.footer_left_width, content=recipients),
                Cell(width=profile.footer_right_width, content=signer),
            ),
        ),
        space_before=profile.footer_space_before,
        keep_together=True,
    )
