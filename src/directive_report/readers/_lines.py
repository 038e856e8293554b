"""Page facts as a sequence of lines in zones, the recogniser's input (private).

The header table (the one holding the Quốc hiệu or the Tiêu ngữ) gives ``HEADER`` lines tagged
with their column; the Nơi nhận / signature table gives ``FOOTER`` lines; other tables stay
``TABLE`` lines; everything else is ``BODY``.  A plain-text file has no tables, but a web page
flattened to text keeps ``|`` between the cells, which become cell boundaries here.

Lines a producer wrapped by hand (text copied from a web page, a PDF, or a file whose every line
is a paragraph) are joined back into paragraphs: a line that does not end a sentence joins the
next unless the next starts a structure (a label, Kính gửi, Nơi nhận...) or formatting tells them
apart (a bold heading stays alone).  A numbered title wrapped over lines ends on its last, short
line when a full line starting with a capital follows (the full width read off the body).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from typing import Final

import attrs

import directive_report.readers._patterns as patterns
from directive_report.readers.facts import (
    Align,
    BlockFacts,
    PageFacts,
    ParagraphFacts,
    RuleFacts,
    TableFacts,
)

__all__ = ["Line", "Zone", "lines_of"]


class Zone(enum.Enum):
    """Where a line sits."""

    HEADER = "header"
    BODY = "body"
    TABLE = "table"
    FOOTER = "footer"


@attrs.frozen(kw_only=True)
class Line:
    """A paragraph (or a line of a cell) with what the recogniser needs of its facts.

    ``column`` is the table column for header and footer lines, ``cell`` a number shared by the
    lines of one cell (or one group between ``|`` lines of a flattened page).  ``runs`` are
    ``(text, bold, italic)``.
    """

    text: str
    location: str
    zone: Zone = Zone.BODY
    column: int = 0
    cell: int = 0
    row: int = 0
    bold: bool | None = None
    italic: bool | None = None
    align: Align | None = None
    runs: tuple[tuple[str, bool, bool], ...] = ()
    rule_after: bool = False
    gap_before: bool = False
    #: For a data table in the body (zone ``TABLE``): the table itself, on the one line that
    #: stands for it.
    table: TableFacts | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def formatted(self) -> bool:
        """Whether the file gave formatting (not plain text)."""
        return self.bold is not None


_SPACES: Final = re.compile(r"[ \t\u00a0]+")
#: A column gap: tabs or three spaces, but not the blank left for a number before its "/"
#: ("Số:      /QĐ-UBND", a draft's number).
_COLUMNS: Final = re.compile(r"\t+|\s{3,}(?![\s/])")
_TERMINAL: Final = (".", ";", ":", "!", "?", "./.", "…")
#: A line that is only the start of what follows it: a label, "Điều", "Số:" — the page broke the
#: line after it ("Điều / 1. Phê duyệt", "1. / Mục tiêu:", "Số: / 06/2024/QĐ-UBND").
_BARE_START: Final = re.compile(
    r"^(?:Điều|Số\s*:|[IVXLC]+\s*[.)]|\d{1,2}(?:\.\d{1,2})*\s*[.)/]|[a-zđ]\s*\))$"
)


#: How a line ends that the next one continues whatever its length.
_GOES_ON: Final = (",", "-", "–", "và", "của")
#: A body of at least this many lines is long enough to tell how long its full lines are.
_WRAPPED_LINES: Final = 20
#: A line shorter than this share of a full line is the last line of its paragraph.
_SHORT_LINE: Final = 0.8

#: The longest line that can be the rest of an addressee broken off its "Kính gửi" line.
_ADDRESSEE_TAIL: Final = 60
#: A "Số" line whose symbol a PDF put on a line of its own ("Số: 181" / "/BC-SNV").
_NUMBER_ALONE: Final = re.compile(r"^Số\s*:?\s*\d+$")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _runs(paragraph: ParagraphFacts) -> tuple[tuple[str, bool, bool], ...]:
    runs = [(run.text, bool(run.bold), bool(run.italic)) for run in paragraph.runs]
    if paragraph.label:
        runs.insert(0, (paragraph.label + " ", False, False))
    return tuple(runs)


def _from_paragraph(
    paragraph: ParagraphFacts, zone: Zone, column: int, cell: int, row: int
) -> Iterator[Line]:
    text = paragraph.visible_text
    parts = text.split("\n") if zone in (Zone.HEADER, Zone.FOOTER) else [text.replace("\n", " ")]
    for part in parts:
        if not part.strip():
            continue
        yield Line(
            text=_clean(part),
            location=paragraph.location,
            zone=zone,
            column=column,
            cell=cell,
            row=row,
            bold=paragraph.bold,
            italic=paragraph.italic,
            align=paragraph.align,
            runs=_runs(paragraph)
            if len(parts) == 1
            else ((_clean(part), bool(paragraph.bold), bool(paragraph.italic)),),
            gap_before=bool(paragraph.space_before) and paragraph.width is None,
        )


def _table_kind(table: TableFacts, index: int, count: int) -> Zone:
    text = "\n".join(p.visible_text for p in table.paragraphs())
    if patterns.NATIONAL_TITLE.search(text) or patterns.MOTTO.search(text):
        return Zone.HEADER
    if re.search(r"Nơi\s+nhận", text, re.IGNORECASE) or (
        index >= count - 3
        and any(patterns.CAPACITY.match(p.text.strip()) for p in table.paragraphs())
    ):
        return Zone.FOOTER
    # a borderless table at the end holding a title in capitals: the signature's layout
    if (
        index >= count - 3
        and not table.borders
        and len(table.rows) <= 2
        and any(_is_upper(p.visible_text.strip()) for p in table.paragraphs())
    ):
        return Zone.FOOTER
    return Zone.TABLE


def lines_of(facts: PageFacts) -> list[Line]:
    """The lines of *facts* in reading order, with zones, cells and wrapped lines joined."""
    lines: list[Line] = []
    cell_number = 0
    blank = False
    blocks = list(facts.blocks)
    for index, block in enumerate(blocks):
        if isinstance(block, RuleFacts):
            if lines:
                lines[-1] = attrs.evolve(lines[-1], rule_after=True)
            continue
        if isinstance(block, ParagraphFacts):
            new = list(_from_paragraph(block, Zone.BODY, 0, 0, 0))
            if not new and lines:
                # an empty paragraph is a blank line: what follows starts a new paragraph
                blank = True
            elif new and blank:
                new[0] = attrs.evolve(new[0], gap_before=True)
                blank = False
            lines.extend(new)
            continue
        zone = _table_kind(block, index, len(blocks))
        if zone is Zone.TABLE:
            lines.append(_table_line(block))
            continue
        for row_number, row in enumerate(block.rows):
            for cell in row:
                cell_number += 1
                for inner in _cell_blocks(cell.blocks):
                    if isinstance(inner, RuleFacts):
                        if lines:
                            lines[-1] = attrs.evolve(lines[-1], rule_after=True)
                        continue
                    lines.extend(_from_paragraph(inner, zone, cell.column, cell_number, row_number))
    if facts.format == "text" or not any(line.zone is Zone.HEADER for line in lines):
        lines = _split_flattened(lines)
    return _join_wrapped(lines)


def _table_line(table: TableFacts) -> Line:
    """The one line that stands for a data table: its cells' text, `` | `` between them."""
    text = " | ".join(
        " ".join(cell.text.split()) for row in table.rows for cell in row if cell.text.strip()
    )
    return Line(text=text or "|", location=table.location, zone=Zone.TABLE, table=table)


def _cell_blocks(blocks: tuple[BlockFacts, ...]) -> Iterator[ParagraphFacts | RuleFacts]:
    for block in blocks:
        if isinstance(block, TableFacts):
            for row in block.rows:
                for cell in row:
                    yield from _cell_blocks(cell.blocks)
        else:
            yield block


_DECORATION: Final = re.compile(r"\*{3,}")


def _header_parts(text: str) -> list[tuple[str, int]]:
    """A header line typed flat, split into its parts and their columns: the Quốc hiệu or Tiêu
    ngữ after an issuer's name ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..."), the place and date
    after the number ("Số: 454/UBND-NCTH Vị Thanh, ngày ...")."""
    for pattern in (patterns.NATIONAL_TITLE, patterns.MOTTO):
        match = pattern.search(text)
        if match and match.start() > 0 and text[: match.start()].strip():
            return [(text[: match.start()].strip(), 0), (text[match.start() :].strip(), 1)]
    number = patterns.NUMBER.search(text)
    if number and patterns.PLACE_DATE.search(text[number.end() :]):
        rest = text[number.end() :].strip()
        if rest:
            return [(text[: number.end()].strip(), 0), (rest, 1)]
    return [(text, 0)]


def _columns(text: str) -> list[str]:
    """*text* cut at its column gaps — except a labelled body line ("1. Hội nghị cử … Tổ quốc
    Việt Nam …" typed with a run of spaces inside), whose wide gaps are only spacing."""
    if any(pattern.match(text) for _, pattern in patterns.LABELS):
        return [text]
    return _COLUMNS.split(text)


def _split_flattened(lines: list[Line]) -> list[Line]:
    """Header lines typed as text: two columns on one line (tabs, runs of spaces, or nothing at
    all between the issuer and the Quốc hiệu) become lines in their columns; ``|``, typed rules
    and runs of ``*`` become cell boundaries."""
    out: list[Line] = []
    cell = 1000
    for index, line in enumerate(lines):
        if line.zone is Zone.TABLE:
            out.append(line)
            continue
        raw = "".join(text for text, _, _ in line.runs) if line.runs else line.text
        if patterns.RULE_TEXT.match(raw):
            cell += 1
            if out:
                out[-1] = attrs.evolve(out[-1], rule_after=True)
            continue
        decorated = index < 40 and bool(_DECORATION.search(raw))
        if decorated:
            raw = _DECORATION.sub("   ", raw)
        parts = [
            (part, column) for column, part in enumerate(_columns(raw.strip())) if part.strip()
        ]
        if index < 40:
            parts = [
                piece
                for part, column in parts
                for piece in ((p, max(c, column)) for p, c in _header_parts(part))
            ]
        if len(parts) >= 2 and index < 40:
            for part, column in parts[:3]:
                out.append(
                    attrs.evolve(
                        line,
                        text=_clean(part),
                        runs=((_clean(part), bool(line.bold), bool(line.italic)),),
                        column=min(column, 1),
                        cell=cell + 1 + min(column, 1),
                    )
                )
            cell += 3
            continue
        text = _clean(parts[0][0]) if parts else line.text
        out.append(
            attrs.evolve(line, cell=cell, text=text, rule_after=decorated or line.rule_after)
            if decorated
            else attrs.evolve(line, cell=cell)
        )
    return out


def _starts_structure(text: str) -> bool:
    if any(pattern.match(text) for _, pattern in patterns.LABELS):
        return True
    return bool(
        patterns.ADDRESSEES.match(text)
        or patterns.RECIPIENTS.match(text)
        or patterns.ARTICLE.match(text)
        or patterns.BODY_STARTS.match(text)
        or patterns.CAPACITY.match(text)
        or patterns.NUMBER.match(text)
        or patterns.SUBJECT.match(text)
        or text.upper() in patterns.TYPE_TITLES
    )


def _is_upper(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def _joins(previous: Line, line: Line) -> bool:
    """Whether *line* continues *previous* (a line wrapped by the producer, not a paragraph)."""
    if previous.zone is not line.zone or previous.cell != line.cell or previous.rule_after:
        return False
    if line.zone is not Zone.BODY:
        return False
    before, text = previous.text, line.text
    if _BARE_START.match(before) or (_NUMBER_ALONE.match(before) and text.startswith("/")):
        return True
    if _addressee_goes_on(before, text):
        return True
    labelled_next = any(pattern.match(text) for _, pattern in patterns.LABELS)
    # "ngày 01 tháng 8 …" continues a line; only a label starts a structure in lower case
    structure = _starts_structure(text) and (labelled_next or not text[:1].islower())
    if before.endswith(_TERMINAL) or structure:
        return False
    if previous.formatted and (previous.bold != line.bold or previous.align != line.align):
        return False
    labelled = any(pattern.match(before) for _, pattern in patterns.LABELS)
    if _is_upper(before) and not labelled:
        return False  # a name, a title or a heading in capitals ends its line
    if text[:1].islower():
        return True
    if line.gap_before:
        return False  # plain text: a blank line ends a paragraph
    if _is_upper(before) and _is_upper(text):
        # a heading wrapped over two lines, never the lines of a signature
        return not patterns.CAPACITY.match(before)
    if previous.formatted and previous.bold:
        return False
    return len(before) >= 45 or before.endswith(_GOES_ON)


def _addressee_goes_on(before: str, text: str) -> bool:
    """Whether *text* ends the one addressee of a "Kính gửi" line a page broke ("Kính gửi: Đoàn
    Luật sư tỉnh Lâm Đồng, tỉnh / Bình Thuận, tỉnh Đắk Nông (cũ)."): a short line ending the
    addressee with a full stop or a semicolon, after a Kính gửi line that does not end one."""
    found = patterns.ADDRESSEES.match(before)
    if not found or not found["rest"].strip() or before.endswith(_TERMINAL):
        return False
    return (
        len(text) <= _ADDRESSEE_TAIL and text.endswith((".", ";")) and not _starts_structure(text)
    )


def _wrap_width(lines: list[Line]) -> int | None:
    """How long a full line of the body is when the producer wrapped the text by hand (a PDF, a
    page whose every line is a line): the length nine in ten of the body's lines stay within,
    or None when the body has too few lines to tell."""
    lengths = sorted(len(line.text) for line in lines if line.zone is Zone.BODY)
    if len(lengths) < _WRAPPED_LINES:
        return None
    return lengths[len(lengths) * 9 // 10]


def _ends_short(previous: Line, last: str, line: Line, width: int | None) -> bool:
    """Whether a labelled paragraph (a heading or an item) ends on its last line *last*: a line
    clearly shorter than a full line, the next one a full line or a sentence of its own that
    starts in capitals (a wrapped title, "5. Mô hình … thuộc / thẩm quyền … Sở Nội vụ /
    Trong thời gian thí điểm, …"); never a title in capitals wrapped onto a second line."""
    if width is None or not any(pattern.match(previous.text) for _, pattern in patterns.LABELS):
        return False
    if last.endswith(_GOES_ON) or not line.text[:1].isupper():
        return False
    if _is_upper(last) and _is_upper(line.text):
        return False
    full = len(line.text) >= width * _SHORT_LINE or line.text.endswith(_TERMINAL)
    return full and len(last) < width * _SHORT_LINE


def _join_wrapped(lines: list[Line]) -> list[Line]:
    width = _wrap_width(lines)
    out: list[Line] = []
    last = ""
    for line in lines:
        if out and _joins(out[-1], line) and not _ends_short(out[-1], last, line, width):
            previous = out[-1]
            out[-1] = attrs.evolve(
                previous,
                text=f"{previous.text} {line.text}",
                runs=(*previous.runs, (" ", False, False), *line.runs),
                rule_after=line.rule_after,
            )
        else:
            out.append(line)
        last = line.text
    return out
