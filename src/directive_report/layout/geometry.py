"""The geometry stage: a document's content laid out on A4 pages, for the paged formats.

:func:`plan_document` takes the words of the content stage
(:func:`~directive_report.layout.content.document_content`) and decides where they go: which
lines share the header table's columns and how wide these are, where a long issuer name breaks,
how long each rule is (from font metrics), the named styles, and which paragraphs stay with the
next.  It changes no word: the DOCX and ODT exporters map its roles to styles and its blocks to
their format's elements, and print what the Markdown exporter prints.

>>> from directive_report import examples
>>> plan = plan_document(examples.load("bac-giang-ct21-2024"), LayoutProfile())
>>> [p.text for p in plan.header.rows[0][0].content if isinstance(p, StyledParagraph)]
['UBND TỈNH BẮC GIANG', 'SỞ THÔNG TIN VÀ', 'TRUYỀN THÔNG']
>>> motto_rule = plan.header.rows[0][1].content[2]
>>> round(motto_rule.width, 2)
60.46
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Final

from directive_report import i18n
from directive_report.layout.content import document_content
from directive_report.layout.content_types import (
    ContentBlock,
    DocumentContent,
    HeaderContent,
    Line,
    TableContent,
    block_lines,
)
from directive_report.layout.geometry_types import (
    Cell,
    DocumentPlan,
    LayoutBlock,
    PageStart,
    ParagraphStyle,
    Rule,
    StyledParagraph,
    Table,
)
from directive_report.layout.metrics import break_lines, text_width_mm
from directive_report.layout.profile import LayoutError, LayoutProfile
from directive_report.layout.roles import Role
from directive_report.layout.styles import define_character_styles, define_styles
from directive_report.layout.table_layout import part_title, part_width, table_blocks
from directive_report.model import Report, Run

__all__ = ["DATE_LINE_SLACK", "plan_content", "plan_document"]

#: Room beside the place-and-date line, in mm, when its width sets the right header column's:
#: an office suite may set a line a hair wider than the sum of its advances.
DATE_LINE_SLACK: Final = 1.0


def plan_document(report: Report, profile: LayoutProfile | None = None) -> DocumentPlan:
    """Lay *report* out with *profile* (the decree's recommended profile by default).

    Raises :class:`~directive_report.layout.LayoutError` when the profile's header column is too
    narrow for the Quốc hiệu or the Tiêu ngữ.
    """
    return plan_content(document_content(report), profile)


def plan_content(content: DocumentContent, profile: LayoutProfile | None = None) -> DocumentPlan:
    """Lay the words of *content* out with *profile* (see :func:`plan_document`)."""
    profile = profile or LayoutProfile()
    styles = define_styles(profile)
    blocks: list[LayoutBlock] = [_header(content.header, profile, styles)]
    blocks.extend(_title(content.title, profile, styles))
    blocks.extend(_paragraphs(content.addressees))
    body = list(_body(content.body, profile.text_width, styles))
    last = body[-1]
    if isinstance(last, StyledParagraph):  # the body's end stays with the signature
        body[-1] = StyledParagraph(role=last.role, runs=last.runs, keep_with_next=True)
    blocks.extend(body)
    blocks.append(_footer(content, profile))
    for part in content.parts:  # each on new pages, numbered from 1
        width = part_width(profile, part.landscape)
        blocks.append(PageStart(landscape=part.landscape))
        blocks.extend(part_title(part, width, profile, styles))
        blocks.extend(_body(part.body, width, styles))
    return DocumentPlan(
        profile=profile,
        styles=styles,
        character_styles=define_character_styles(),
        blocks=tuple(blocks),
        first_page_footer=_first_page_footer(content.contact, profile),
    )


def _styled(line: Line) -> StyledParagraph:
    return StyledParagraph(role=line.role, runs=line.printed_runs())


def _body(
    blocks: Iterable[ContentBlock], width: float, styles: Mapping[Role, ParagraphStyle]
) -> Iterator[LayoutBlock]:
    """Body blocks: tables laid out within *width* mm, every other line a paragraph."""
    for block in blocks:
        if isinstance(block, TableContent):
            yield from table_blocks(block, width, styles)
        else:
            yield from (_styled(line) for line in block_lines(block))


def _paragraphs(blocks: Iterable[ContentBlock]) -> Iterator[StyledParagraph]:
    for block in blocks:
        yield from (_styled(line) for line in block_lines(block))


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
    header: HeaderContent, profile: LayoutProfile, styles: Mapping[Role, ParagraphStyle]
) -> tuple[float, float]:
    """The widths of the header's columns: the profile's, unless the place-and-date line (ô 4)
    is wider than the right column ("Thành phố Hồ Chí Minh, ngày 11 tháng 11 năm 2024" is
    106.3 mm in 14 pt italic): then the boundary moves left so that it stays on one line, the
    table keeping its width, as far as the left column's longest word allows (a date line
    longer than that wraps)."""
    left, right = profile.header_left_width, profile.header_right_width
    for line in header.national:
        needed = _width(line.text, styles[line.role])
        if needed > right:
            raise LayoutError(
                i18n._(
                    "LayoutProfile.header_right_width = {right:g} mm is too narrow: {text!r} needs {needed:.1f} mm at {size:g} pt bold"
                ).format(right=right, text=line.text, needed=needed, size=styles[line.role].size)
            )
    date = header.place_date
    shift = _width(date.text, styles[date.role]) + DATE_LINE_SLACK - right
    if shift <= 0:
        return left, right
    longest_word = max(
        _width(word, styles[line.role])
        for line in (*header.names, *header.number)
        for word in line.text.split()
    )
    shift = max(0.0, min(shift, left - longest_word))  # past that, the date line wraps
    return left - shift, right + shift


def _header(
    header: HeaderContent, profile: LayoutProfile, styles: Mapping[Role, ParagraphStyle]
) -> Table:
    left_width, right_width = _header_columns(header, profile, styles)
    names: list[StyledParagraph | Rule] = []
    for line in header.names:
        broken = _name_lines([line.text], left_width, styles[line.role])
        names.extend(_paragraph(line.role, part) for part in broken)
    issuer_style = styles[Role.ISSUER]
    widest = max(
        _width(p.text, issuer_style)
        for p in names
        if isinstance(p, StyledParagraph) and p.role is Role.ISSUER
    )
    names.append(_rule(widest * profile.issuer_rule_ratio, left_width))
    national: list[StyledParagraph | Rule] = [_styled(line) for line in header.national]
    motto = header.national[-1]
    national.append(_rule(_width(motto.text, styles[motto.role]), right_width))
    return Table(
        name="header",
        rows=(
            (
                Cell(width=left_width, content=tuple(names)),
                Cell(width=right_width, content=tuple(national)),
            ),
            (
                Cell(width=left_width, content=tuple(_styled(line) for line in header.number)),
                Cell(width=right_width, content=(_styled(header.place_date),)),
            ),
        ),
    )


def _title(
    title: tuple[Line, ...], profile: LayoutProfile, styles: Mapping[Role, ParagraphStyle]
) -> list[LayoutBlock]:
    """The type line and the trích yếu, broken evenly within the text width, and the rule
    under them as long as the trích yếu's widest line times the profile's ratio."""
    blocks: list[LayoutBlock] = []
    for line in title:
        if line.role is not Role.SUMMARY:
            blocks.append(_styled(line))
            continue
        style = styles[Role.SUMMARY]
        lines = _fitted_lines([line.text], profile.text_width, style)
        widest = max(_width(part, style) for part in lines)
        blocks.append(_paragraph(Role.SUMMARY, "\n".join(lines)))
        rule = widest * profile.summary_rule_ratio
        blocks.append(_rule(rule, profile.text_width, Role.SUMMARY_RULE))
    return blocks


def _first_page_footer(
    contact: tuple[Line, ...], profile: LayoutProfile
) -> tuple[StyledParagraph | Rule, ...]:
    """ô 13 at the foot of page 1: a rule as wide as the text area, then its lines."""
    if not contact:
        return ()
    return (Rule(width=profile.text_width, indent=0.0), *(_styled(line) for line in contact))


def _footer(content: DocumentContent, profile: LayoutProfile) -> Table:
    recipients = tuple(_paragraphs(content.recipients))
    signer = tuple(_styled(line) for line in content.signature)
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
