"""The built-in Markdown exporter: CommonMark (and GFM) readable as plain text.

The layout follows the decree as far as plain text can:

* the header: the superior body, the issuing body in bold, ``Số: ...``, then the national title
  and motto in bold and the place-and-date line in italics, each line ended by a backslash (a
  CommonMark hard line break);
* the type as a level-1 heading (``# BÁO CÁO``) and the summary in bold; a công văn has no type
  line and prints ``V/v ...`` under its number instead;
* ``Kính gửi:`` with one addressee on the same line, or one per ``-`` line;
* numbered headings, ``## I. ...``, ``### 1. ...``, ``#### a) ...`` (levels below stop at 6);
* paragraphs with ``*italic*``, ``**bold**``; actions and bullets as ``-`` lists, tasks as
  ``1.`` lists;
* ``***Nơi nhận:***`` with its ``-`` lines, then the signature block in bold.

Every piece of user text is escaped so that it cannot change the structure: a paragraph that
starts with ``#`` or ``1.``, or contains ``*``, stays a paragraph showing those characters.  Only
what could be misread is escaped (``\\ * _ ` [ ] < | ~``, an ``&`` that would start an entity,
and ``# > + - = :`` or ``1.`` at the start of a line), so the text reads as written.  A line
break inside a text becomes a hard line break.  Emphasis is kept wherever CommonMark can express
it; a run whose emphasis cannot be written next to its neighbours (rare: emphasised punctuation
glued to letters) is printed without it, never with stray asterisks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import BinaryIO, ClassVar

import attrs

from directive_report import vi
from directive_report.exporters import API_VERSION, ExportOptions
from directive_report.layout.plan import MOTTO, NATIONAL_TITLE, task_details
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

__all__ = ["MarkdownExporter", "to_markdown"]


class MarkdownExporter:
    """Writes a report as UTF-8 Markdown (see the module's documentation for the layout)."""

    name: ClassVar[str] = "markdown"
    suffix: ClassVar[str] = ".md"
    media_type: ClassVar[str] = "text/markdown"
    api_version: ClassVar[int] = API_VERSION

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        """Write *report* to *stream* as UTF-8 Markdown."""
        stream.write(to_markdown(report).encode("utf-8"))


def to_markdown(report: Report) -> str:
    """The Markdown text of *report*, in NFC, ending with a newline."""
    text = "\n\n".join(_document(report)) + "\n"
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------------------------
# Escaping


_ESCAPES = str.maketrans({char: "\\" + char for char in "\\`*_[]<|~"})
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_SPACE_AT_BREAK = re.compile(r"[ \t]+(?=\n)|(?<=\n)[ \t]+")
_LINE_START = re.compile(r"[#>+\-=:]|\d{1,9}(?=[.)])")
_ENTITIES = {" ": "&#32;", "\t": "&#9;"}
_LINE_BREAK = re.compile(r"\r\n?|\n")


def _escape(text: str) -> str:
    """Escape the characters that mean something inside a line (no line-start handling)."""
    text = text.translate(_ESCAPES)
    return _ENTITY_LIKE.sub(r"\\&", text) if "&" in text else text


def _line_start(line: str) -> str:
    """Escape what would open a block at the start of a line: ``# > + - = :`` or ``12.``."""
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group()[0].isdigit():
        end = match.end()
        return f"{line[:end]}\\{line[end:]}"
    return "\\" + line


def _lines(source: str) -> str:
    """Finish escaped inline text: line breaks become hard breaks, line starts are escaped."""
    if "\n" not in source and "\r" not in source:
        return _line_start(source)
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    source = _SPACE_AT_BREAK.sub(lambda m: "".join(_ENTITIES[c] for c in m.group()), source)
    return "\\\n".join(_line_start(line) for line in source.split("\n"))


def _text(text: str) -> str:
    """User text as the content of a paragraph or list item."""
    return _lines(_escape(text))


def _one_line(text: str) -> str:
    """User text on a line of its own (a heading, a header line): breaks become spaces."""
    return _escape(_LINE_BREAK.sub(" ", text))


# --------------------------------------------------------------------------------------------
# Emphasis
#
# CommonMark decides whether ``*`` opens or closes emphasis from the characters around it
# ("flanking", spec §6.2).  Each emphasised run is written as delimiter + text + delimiter, with
# its outer whitespace moved outside; the delimiter character is ``*`` or ``_`` (so that the
# delimiters of neighbouring runs never merge).  A run for which neither works is printed plain.


# Unicode whitespace as CommonMark defines it: the Zs category, tab, and the line endings.
_WHITESPACE = " \t\n\v\f\r\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def _is_space(char: str) -> bool:
    return char == "" or char in _WHITESPACE


def _is_punct(char: str) -> bool:
    return char != "" and unicodedata.category(char)[0] in "PS"


def _left_flanking(before: str, after: str) -> bool:
    return not _is_space(after) and (not _is_punct(after) or _is_space(before) or _is_punct(before))


def _right_flanking(before: str, after: str) -> bool:
    return not _is_space(before) and (not _is_punct(before) or _is_space(after) or _is_punct(after))


def _can_open(delimiter: str, before: str, after: str) -> bool:
    left = _left_flanking(before, after)
    if delimiter == "*":
        return left
    return left and (not _right_flanking(before, after) or _is_punct(before))


def _can_close(delimiter: str, before: str, after: str) -> bool:
    right = _right_flanking(before, after)
    if delimiter == "*":
        return right
    return right and (not _left_flanking(before, after) or _is_punct(after))


@attrs.frozen
class _Piece:
    """One run, escaped, split into outer whitespace and core, with its delimiter width."""

    lead: str
    core: str
    trail: str
    width: int  # 0 plain, 1 italic, 2 bold, 3 both

    @classmethod
    def of(cls, run: Run) -> _Piece:
        text = _escape(run.text)
        core = text.strip(_WHITESPACE)
        if run.plain or not core:
            return cls("", text, "", 0)
        lead = text[: len(text) - len(text.lstrip(_WHITESPACE))]
        trail = text[len(text.rstrip(_WHITESPACE)) :]
        return cls(lead, core, trail, (2 if run.bold else 0) + (1 if run.italic else 0))

    def choices(self) -> tuple[str, ...]:
        """Delimiter characters to try, ``""`` (plain) last."""
        return ("*", "_", "") if self.width else ("",)

    def first(self, char: str) -> str:
        return (self.lead or char or self.core)[:1]

    def last(self, char: str) -> str:
        return (self.trail or char or self.core)[-1:]

    def fits(self, char: str, before: str, after: str) -> bool:
        """Whether delimiters *char* read back as this emphasis between *before* and *after*."""
        if not char:
            return True
        before, after = self.lead[-1:] or before, self.trail[:1] or after
        if char in (before, after):  # would merge with a neighbouring delimiter run
            return False
        return _can_open(char, before, self.core[0]) and _can_close(char, self.core[-1], after)

    def write(self, char: str) -> str:
        mark = char * self.width
        return f"{self.lead}{mark}{self.core}{mark}{self.trail}"


def _inline(runs: Sequence[Run]) -> str:
    """Escaped inline Markdown of *runs*, emphasis included (line starts not yet escaped).

    Whether a run's delimiters work depends on the characters written on both sides, so on its
    neighbours' choices: the choices are made together, by dynamic programming along the runs,
    keeping as much emphasis as possible and preferring ``*``.
    """
    if len(runs) == 1 and runs[0].plain:
        return _escape(runs[0].text)
    pieces = [_Piece.of(run) for run in runs]
    # best[(previous choice, choice)] = (score, choices so far); a choice is checked once the
    # next one is known.
    best: dict[tuple[str, str], tuple[int, tuple[str, ...]]] = {
        ("", char): (0, (char,)) for char in pieces[0].choices()
    }
    for index in range(1, len(pieces) + 1):
        piece = pieces[index - 1]
        following = pieces[index].choices() if index < len(pieces) else ("",)
        step: dict[tuple[str, str], tuple[int, tuple[str, ...]]] = {}
        for (previous, char), (score, chosen) in best.items():
            before = pieces[index - 2].last(previous) if index >= 2 else ""
            for next_char in following:
                after = pieces[index].first(next_char) if index < len(pieces) else ""
                if not piece.fits(char, before, after):
                    continue
                # one more emphasised run outweighs any number of "*" preferred to "_"
                gain = len(pieces) + 1 + (char == "*") if char else 0
                candidate = (score + gain, (*chosen, next_char))
                if candidate[0] > step.get((char, next_char), (-1, ()))[0]:
                    step[(char, next_char)] = candidate
        best = step
    _, chosen = max(best.values(), key=lambda entry: entry[0])
    return "".join(piece.write(char) for piece, char in zip(pieces, chosen, strict=False))


# --------------------------------------------------------------------------------------------
# The document


def _document(report: Report) -> Iterator[str]:
    yield from _header(report)
    yield from _addressees(report.addressees)
    body = _Body()
    for block in report.intro:
        yield body.block(block)
    for path, section in report.walk_sections():
        yield body.heading(path, section)
        for block in section.blocks:
            yield body.block(block)
    for block in report.closing:
        yield body.block(block)
    yield from _distribution(report)
    yield _hard_lines([f"**{_one_line(line)}**" for line in report.signature.title_lines])
    yield f"**{_text(report.signature.name)}**"


def _hard_lines(lines: Iterable[str]) -> str:
    """Lines of one block, each ended by a hard line break."""
    return "\\\n".join(_line_start(line) for line in lines)


def _header(report: Report) -> Iterator[str]:
    authority = report.authority
    left = [_one_line(authority.superior)] if authority.superior else []
    left += [f"**{_one_line(line)}**" for line in authority.header_lines]
    left.append(_one_line(report.number.header_text()))
    is_letter = report.doc_type.name == "Công văn"
    if is_letter:
        left.append(_one_line(f"V/v {report.summary}"))
    yield _hard_lines(left)
    place_date = vi.place_date_line(authority.place, report.date)
    yield _hard_lines([f"**{NATIONAL_TITLE}**", f"**{MOTTO}**", f"*{_one_line(place_date)}*"])
    if not is_letter:
        yield f"# {_one_line(report.doc_type.title)}"
        yield f"**{_text(report.summary)}**"


def _addressees(addressees: Sequence[str]) -> Iterator[str]:
    if len(addressees) == 1:
        yield f"Kính gửi: {_text(addressees[0])}."
    elif addressees:
        yield "Kính gửi:"
        last = len(addressees) - 1
        yield _list("-", (f"{a}{'.' if i == last else ';'}" for i, a in enumerate(addressees)))


def _distribution(report: Report) -> Iterator[str]:
    distribution = report.distribution
    yield "***Nơi nhận:***"
    items = [f"{recipient};" for recipient in distribution.recipients]
    items.append(f"Lưu: {distribution.archive}.")
    yield _list("-", items)


def _list(marker: str, items: Iterable[str], *, ordered: bool = False) -> str:
    """A tight list of user texts, escaped; *marker* is ``-``/``+``/``*`` or ``.``/``)``."""
    return _list_of_inline(marker, (_escape(item) for item in items), ordered=ordered)


def _list_of_inline(
    marker: str, items: Iterable[str | tuple[str, ...]], *, ordered: bool = False
) -> str:
    """A tight list; an item given as a tuple holds several paragraphs (a loose item)."""
    lines = []
    for number, item in enumerate(items, start=1):
        prefix = f"{number}{marker} " if ordered else f"{marker} "
        indent = " " * len(prefix)
        paragraphs = (item,) if isinstance(item, str) else item
        lines.append(
            prefix
            + f"\n\n{indent}".join(_lines(p).replace("\n", "\n" + indent) for p in paragraphs)
        )
    return "\n".join(lines)


def _task(task: Task) -> str | tuple[str, ...]:
    """A task's item: its text and, as a second paragraph in italics, who does it by when."""
    details = task_details(task)
    text = _inline(task.text.runs)
    if details is None:
        return text
    return (text, _inline((Run(text=details, italic=True),)))


class _Body:
    """Renders body blocks, keeping two neighbouring lists apart (Markdown would merge them)."""

    def __init__(self) -> None:
        self.last_list_marker: str | None = None

    def heading(self, path: tuple[int, ...], section: Section) -> str:
        self.last_list_marker = None
        level = min(len(path) + 1, 6)
        title = _one_line(section.title)
        if title.endswith("#"):  # a closing sequence of an ATX heading would be dropped
            stripped = title.rstrip("#")
            title = f"{stripped}\\{title[len(stripped) :]}"
        return f"{'#' * level} {section_label(path)} {title}"

    def block(self, block: Block) -> str:
        if isinstance(block, Paragraph):
            self.last_list_marker = None
            return _lines(_inline(block.runs))
        if isinstance(block, BulletList):
            marker = self._marker("+" if block.marker == "+" else "-", "*")
            return _list_of_inline(marker, (_inline(item.runs) for item in block.items))
        if isinstance(block, ActionList):
            marker = self._marker("+" if block.marker == "+" else "-", "*")
            return _list_of_inline(marker, (_inline(action.text.runs) for action in block.actions))
        if isinstance(block, TaskList):
            texts = (_task(task) for task in block.tasks)
            if block.numbered:
                return _list_of_inline(self._marker(".", ")"), texts, ordered=True)
            return _list_of_inline(self._marker("-", "*"), texts)
        raise TypeError(f"unknown block {type(block).__name__}")  # pragma: no cover

    def _marker(self, preferred: str, alternative: str) -> str:
        marker = alternative if self.last_list_marker == preferred else preferred
        self.last_list_marker = marker
        return marker
