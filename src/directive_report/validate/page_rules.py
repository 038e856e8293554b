"""Rules over the page and the header: paper, margins, font, page numbers, ô 1–4 and the
contact line of page 1's footer, ô 13 (Phụ lục I).

Each rule is a function of the document's :class:`~directive_report.validate._parts.Parts`
that yields findings; :data:`HEADER_RULES` lists them in order.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator

from directive_report.checks import Finding
from directive_report.i18n import N_
from directive_report.model import DOCUMENT_TYPES
from directive_report.readers.facts import ParagraphFacts, RuleFacts
from directive_report.validate import rules as r
from directive_report.validate._parts import Parts
from directive_report.validate._style import (
    TOLERANCE_PT,
    excerpt,
    line_width,
    rule_ratio,
    size_in,
    style_findings,
)

__all__ = ["HEADER_RULES"]

#: Lengths on paper are compared with this slack in mm (twips and points round).
TOLERANCE_MM = 0.5
#: How far a drawn rule may be from its exact length (drawn with underscores, or by hand).
RULE_SLACK = 0.1
_MOTTO = "Độc lập - Tự do - Hạnh phúc"
_NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def _all_paragraphs(parts: Parts) -> Iterator[ParagraphFacts]:
    yield from parts.facts.paragraphs()
    for section in parts.facts.sections:
        for blocks in (section.header, section.footer):
            for block in blocks:
                if isinstance(block, ParagraphFacts):
                    yield block


def check_paper(parts: Parts) -> Iterator[Finding]:
    """A4, portrait or landscape (Phụ lục I, mục I.1–I.2)."""
    for section in parts.facts.sections:
        page = section.page
        if page is None:
            continue
        short, long = sorted((page.width, page.height))
        if abs(short - 210) > 1 or abs(long - 297) > 1:
            yield r.PAPER.finding(
                "page",
                "the paper is {width} × {height} mm, expected A4 (210 × 297 mm)",
                width=f"{page.width:.0f}",
                height=f"{page.height:.0f}",
            )


_MARGINS = (
    (r.MARGIN_TOP, "margin_top", 20, 25, N_("top")),
    (r.MARGIN_BOTTOM, "margin_bottom", 20, 25, N_("bottom")),
    (r.MARGIN_LEFT, "margin_left", 30, 35, N_("left")),
    (r.MARGIN_RIGHT, "margin_right", 15, 20, N_("right")),
)


def check_margins(parts: Parts) -> Iterator[Finding]:
    """Margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (mục I.3)."""
    from directive_report.i18n import translator

    for section in parts.facts.sections[:1]:
        page = section.page
        if page is None:
            continue
        for rule, name, low, high, side in _MARGINS:
            value = getattr(page, name)
            if not low - TOLERANCE_MM <= value <= high + TOLERANCE_MM:
                yield rule.finding(
                    "page",
                    "the {side} margin is {value} mm, expected {low}–{high} mm",
                    side=side,
                    side_vi=translator("vi")(side),
                    value=f"{value:.1f}",
                    low=low,
                    high=high,
                )


def check_font(parts: Parts) -> Iterator[Finding]:
    """Times New Roman, black (mục I.4); one finding per paragraph."""
    for paragraph in _all_paragraphs(parts):
        fonts = {run.font for run in paragraph.runs if run.text.strip() and run.font}
        others = sorted(font for font in fonts if font.casefold() != "times new roman")
        if others:
            yield r.FONT.finding(
                paragraph.location,
                "'{text}' is set in {fonts}, expected Times New Roman",
                text=excerpt(paragraph),
                fonts=", ".join(others),
            )
        colours = {
            run.colour.upper()
            for run in paragraph.runs
            if run.text.strip() and run.colour and run.colour.upper() not in {"000000", "AUTO"}
        }
        if colours:
            yield r.COLOUR.finding(
                paragraph.location,
                "'{text}' is coloured {colours}, expected black",
                text=excerpt(paragraph),
                colours=", ".join(sorted(colours)),
            )


def check_page_numbers(parts: Parts) -> Iterator[Finding]:
    """No number on page 1; numbers centred in the header, 13–14 pt, upright (mục I.7)."""
    section = parts.facts.sections[0]
    if section.page_number_on_first_page:
        yield r.PAGE_NUMBER_FIRST.finding("page 1", "page 1 shows a page number")
    if section.page_number_in_footer and not section.page_number_in_header:
        yield r.PAGE_NUMBER_PLACE.finding(
            "footer", "the page numbers are in the footer, expected centred in the top margin"
        )
    for block in section.header:
        if isinstance(block, ParagraphFacts) and any(run.field == "PAGE" for run in block.runs):
            if block.align is not None and block.align.value != "center":
                yield r.PAGE_NUMBER_PLACE.finding(block.location, "the page number is not centred")
            if not size_in(block, 13, 14) or block.italic:
                yield r.PAGE_NUMBER_PLACE.finding(
                    block.location, "the page number should be 13–14 pt and upright"
                )


#: Words that mark page 1's footer as the issuer's contact line (ô 13), not some other text.
_CONTACT_WORDS = re.compile(r"\b(?:ĐT|Điện thoại|Fax|E-?mail|Website|Địa chỉ)\b", re.IGNORECASE)


def check_contact_line(parts: Parts) -> Iterator[Finding]:
    """The contact line in page 1's footer: 11–12 pt, upright, under a rule as wide as the text
    area (mục III.4); one finding for each fault."""
    blocks = parts.facts.sections[0].first_page_footer or ()
    lines = [b for b in blocks if isinstance(b, ParagraphFacts) and b.visible_text.strip()]
    if not any(_CONTACT_WORDS.search(line.visible_text) for line in lines):
        return
    wrong = next((p for p in lines if not size_in(p, 11, 12) or p.italic), None)
    if wrong is not None:
        yield r.CONTACT_LINE.finding(
            wrong.location,
            "'{text}' at the foot of page 1 should be 11–12 pt and upright",
            text=excerpt(wrong),
        )
    above = blocks[: blocks.index(lines[0])]
    ruled = lines[0].border_top is not None or any(
        isinstance(b, RuleFacts)
        and (b.container_width is None or b.length >= b.container_width - TOLERANCE_MM)
        for b in above
    )
    if not ruled:
        yield r.CONTACT_LINE.finding(
            lines[0].location,
            "'{text}' at the foot of page 1 should stand under a solid rule as wide as the text",
            text=excerpt(lines[0]),
        )


def check_header_table(parts: Parts) -> Iterator[Finding]:
    """The header is two columns: issuer and Số left, national title, motto and date right."""
    if parts.header_table is None:
        if parts.national_title is not None:
            yield r.HEADER.finding(
                parts.national_title.location,
                "the header is not set in two columns: the issuer and the national title "
                "should stand side by side",
            )
        return
    table = parts.header_table
    if len(table.column_widths) < 2 or parts.national_title is None or not parts.issuer:
        yield r.HEADER.finding(
            table.location,
            "the header table should have the issuer in its left column and the national "
            "title in its right column",
        )


def check_national_title(parts: Parts) -> Iterator[Finding]:
    """Quốc hiệu: exact words, capitals, 12–13 pt, upright, bold (mục II.1.a)."""
    title = parts.national_title
    if title is None:
        yield r.MISSING_PART.finding(
            "header", "the national title 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' is missing"
        )
        return
    text = " ".join(title.text.split())
    if text.upper().replace("HOÀ", "HÒA") != _NATIONAL:  # Mục V itself writes "HOÀ"
        yield r.NATIONAL_TITLE.finding(
            title.location, "the national title reads '{text}', expected '{expected}'",
            text=text, expected=_NATIONAL,
        )  # fmt: skip
    yield from style_findings(
        r.NATIONAL_TITLE, title, part=N_("the national title"), sizes=(12, 13), bold=True,
        italic=False, upper=True,
    )  # fmt: skip


def check_motto(parts: Parts) -> Iterator[Finding]:
    """Tiêu ngữ: exact words with ' - ', 13–14 pt, upright, bold, and its rule (mục II.1.b)."""
    motto = parts.motto
    if motto is None:
        yield r.MISSING_PART.finding("header", "the motto 'Độc lập - Tự do - Hạnh phúc' is missing")
        return
    text = " ".join(motto.text.split())
    if text != _MOTTO:
        yield r.MOTTO.finding(
            motto.location, "the motto reads '{text}', expected '{expected}' (hyphens with a "
            "space on each side)", text=text, expected=_MOTTO,
        )  # fmt: skip
    yield from style_findings(
        r.MOTTO, motto, part=N_("the motto"), sizes=(13, 14), bold=True, italic=False
    )
    yield from _rule_length(
        r.MOTTO_RULE, parts.motto_rule, motto, (1 - RULE_SLACK, 1 + RULE_SLACK), N_("the motto")
    )


def _rule_length(
    rule: r.Rule,
    drawn: RuleFacts | None,
    above: ParagraphFacts,
    bounds: tuple[float, float],
    part: str,
) -> Iterator[Finding]:
    """The rule under *above* is there and between *bounds* times the width of its line."""
    from directive_report.i18n import translator

    fields = {"part": part, "part_vi": translator("vi")(part)}
    if drawn is None:
        yield rule.finding(above.location, "there is no rule under {part}", **fields)
        return
    width = line_width(above)
    if width is None:
        return
    ratio = rule_ratio(drawn, width)
    if not bounds[0] <= ratio <= bounds[1]:
        yield rule.finding(
            drawn.location,
            "the rule under {part} is {length} mm long for a line of {width} mm (a ratio of "
            "{ratio}); expected a ratio of {low} to {high}",
            length=f"{drawn.length:.1f}",
            ratio=f"{ratio:.2f}",
            width=f"{width:.1f}",
            low=f"{bounds[0]:.2f}",
            high=f"{bounds[1]:.2f}",
            **fields,
        )
    centre = drawn.centre_offset
    if centre is not None and abs(centre) > 3:
        yield rule.finding(
            drawn.location, "the rule under {part} is {offset} mm off centre", offset=f"{centre:.1f}",
            **fields,
        )  # fmt: skip


def check_size_set(parts: Parts) -> Iterator[Finding]:
    """Sizes move together: Quốc hiệu 13 with Tiêu ngữ and date 14, or 12 with 13 (mục V)."""
    title, motto, date = parts.national_title, parts.motto, parts.date_line
    if title is None or title.size is None:
        return
    expected = {12.0: 13.0, 13.0: 14.0}.get(round(title.size))
    if expected is None:
        return
    for paragraph in (motto, date):
        if paragraph is None or paragraph.size is None:
            continue
        if abs(paragraph.size - expected) > TOLERANCE_PT:
            yield r.SIZE_SET.finding(
                paragraph.location,
                "with the national title in {title} pt, '{text}' should be {expected} pt, "
                "not {size} pt",
                title=f"{title.size:g}",
                text=excerpt(paragraph),
                expected=f"{expected:g}",
                size=f"{paragraph.size:g}",
            )


def check_issuer(parts: Parts) -> Iterator[Finding]:
    """Issuer: capitals, 12–13 pt, upright, bold; its rule 1/3–1/2 of its line (mục II.2.b)."""
    if not parts.issuer:
        if parts.header_table is not None:
            yield r.MISSING_PART.finding("header", "the issuer's name is missing")
        return
    lines = list(parts.issuer)
    bold = [p for p in lines if p.bold]
    # the parent body (chủ quản) is the first line when it is not bold and others are
    issuer = bold if bold else lines[1:] or lines
    for paragraph in lines:
        is_issuer = paragraph in issuer
        yield from style_findings(
            r.ISSUER, paragraph, part=N_("the issuer") if is_issuer else N_("the parent body"),
            sizes=(12, 13), bold=True if is_issuer else None, italic=False, upper=True,
        )  # fmt: skip
    if not bold:
        return
    longest = max(issuer, key=lambda p: line_width(p) or 0)
    yield from _rule_length(
        r.ISSUER_RULE,
        parts.issuer_rule,
        longest,
        (1 / 3 - RULE_SLACK / 2, 1 / 2 + RULE_SLACK / 2),
        N_("the issuer"),
    )


# groups of letters and digits joined by '-'; an agency may put '&' in its own abbreviation
# (GDĐT-KT&KĐCL: the heads of agencies set them, Phụ lục I, mục II.3.b)
_SYMBOL = r"[0-9A-Za-zĐđ&]+(?:-[0-9A-Za-zĐđ&]+)*"
_NUMBER_LINE = re.compile(
    rf"^(?:Luật số|Số):(?P<gap>\s*)(?P<number>\d*)/(?:(?P<year>\d{{4}})/)?(?P<symbol>{_SYMBOL})$"
)


def check_number(parts: Parts) -> Iterator[Finding]:
    """Số: 'Số:', a padded number, '/', the ký hiệu; 13 pt upright; type and year (mục II.3)."""
    line = parts.number
    if line is None:
        if parts.header_table is not None:
            yield r.MISSING_PART.finding("header", "the 'Số:' line is missing")
        return
    text = " ".join(line.visible_text.split())
    yield from style_findings(r.NUMBER_STYLE, line, part=N_("the Số line"), sizes=(13, 13),
                              bold=False, italic=False)  # fmt: skip
    match = _NUMBER_LINE.match(text)
    if match is None or (match["number"] and match["gap"] != " "):
        yield r.NUMBER_FORMAT.finding(
            line.location,
            "'{text}' is not written 'Số: 05/BC-STTTT' ('Số' and a colon, the number, '/', "
            "the ký hiệu without spaces)",
            text=text,
        )
        return
    number = match["number"]
    if number and ((number.startswith("0") and len(number) != 2) or len(number) == 1):
        yield r.NUMBER_FORMAT.finding(
            line.location, "the number '{number}' should be written '{expected}'",
            number=number, expected=f"{int(number):02d}",
        )  # fmt: skip
    yield from _number_type(parts, line, match["symbol"], match["year"])


def _number_type(
    parts: Parts, line: ParagraphFacts, symbol: str, year: str | None
) -> Iterator[Finding]:
    first = symbol.split("-")[0]
    known = {t.abbreviation: t for t in DOCUMENT_TYPES if t.abbreviation}
    type_name = parts.type_name
    if type_name is not None:
        title = " ".join(type_name.text.split()).upper()
        written = next((t for t in DOCUMENT_TYPES if t.title == title), None)
        if written is not None and written.abbreviation and first != written.abbreviation:
            yield r.NUMBER_TYPE.finding(
                line.location,
                "the ký hiệu '{symbol}' should start with '{abbreviation}', the abbreviation "
                "of {type}",
                symbol=symbol,
                abbreviation=written.abbreviation,
                type=written.name,
            )
        if year and written is not None and not written.is_normative:
            yield r.NUMBER_YEAR.finding(
                line.location,
                "only normative documents carry the year in their number; {type} does not ({year})",
                type=written.name,
                year=year,
            )
    elif parts.is_cong_van:
        if first in known and len(symbol.split("-")) > 1:
            yield r.NUMBER_TYPE.finding(
                line.location,
                "a công văn's ký hiệu starts with the issuer's abbreviation, not with '{first}' "
                "({type})",
                first=first,
                type=known[first].name,
            )
        if year:
            yield r.NUMBER_YEAR.finding(
                line.location,
                "only normative documents carry the year in their number; {type} does not ({year})",
                type="Công văn",
                year=year,
            )


_DATE_LINE = re.compile(
    r"^(?P<place>[^,]+), ngày (?P<day>\d{1,2}) tháng (?P<month>\d{1,2}) năm (?P<year>\d{4})$"
)


def check_date_line(parts: Parts) -> Iterator[Finding]:
    """'Bắc Giang, ngày 05 tháng 3 năm 2024': padding, italic, 13–14 pt (mục II.4)."""
    line = parts.date_line
    if line is None:
        yield r.MISSING_PART.finding("header", "the place-and-date line is missing")
        return
    yield from style_findings(r.DATE_STYLE, line, part=N_("the date line"), sizes=(13, 14),
                              italic=True, bold=False)  # fmt: skip
    text = " ".join(line.visible_text.split())
    match = _DATE_LINE.match(text)
    if match is None:
        yield r.DATE_FORMAT.finding(
            line.location,
            "'{text}' is not written '<place>, ngày DD tháng MM năm YYYY'",
            text=text,
        )
        return
    day, month, year = match["day"], match["month"], match["year"]
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        yield r.DATE_FORMAT.finding(line.location, "'{text}' is not a date", text=text)
        return
    expected_day = f"{int(day):02d}"
    expected_month = f"{int(month):02d}" if int(month) < 3 else str(int(month))
    if (day, month) != (expected_day, expected_month):
        yield r.DATE_FORMAT.finding(
            line.location,
            "'{text}' should read 'ngày {day} tháng {month}': days below 10 and months 1 and 2 "
            "take a leading zero, the other months none",
            text=text,
            day=expected_day,
            month=expected_month,
        )


#: The page and header rules, in the order their findings are listed.
HEADER_RULES: tuple[Callable[[Parts], Iterator[Finding]], ...] = (
    check_paper,
    check_margins,
    check_font,
    check_page_numbers,
    check_contact_line,
    check_header_table,
    check_national_title,
    check_motto,
    check_size_set,
    check_issuer,
    check_number,
    check_date_line,
)
