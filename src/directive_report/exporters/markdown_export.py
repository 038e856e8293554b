"""The built-in Markdown exporter: CommonMark (and GFM) readable as plain text.

Every word comes from the layout's content stage
(:func:`~directive_report.layout.document_content`), so the Markdown prints what DOCX and ODT
print, in the same order; this module only chooses the markup for each role and block:

* the header row by row as the page reads (ô 2, ô 1, ô 3, ô 4), the lines of a cell ended by a
  backslash (a CommonMark hard line break): the issuer, national title and motto in bold, the
  place-and-date line in italics;
* the type as a level-1 heading (``# BÁO CÁO``) and the summary in bold;
* numbered headings, ``## I. ...``, ``### 1. ...``, ``#### a) ...`` (levels below stop at 6);
* paragraphs with ``*italic*``, ``**bold**``; items with ``-``, ``+`` or ``1.`` markers as
  Markdown lists, other items (``a)``, ``•``) as paragraphs starting with their marker, a task's
  details as an italic paragraph under it; two lists in a row kept apart by ``<!-- -->``;
* tables as GFM pipe tables, merged cells flattened and stated in a line below
  (:mod:`._markdown_tables`), caption in bold, unit line and notes in italics;
* ``***Nơi nhận:***`` with its ``-`` lines, then the signature block in bold;
* the issuer's address, telephone, e-mail and website (ô 13, which the paged formats print at
  the foot of page 1) after the signature, under a thematic break written ``***`` (the rule
  the decree draws above them; ``---`` stays the mark of a new page), its lines ended by hard
  line breaks;
* each part printed on pages of its own (an appendix, the document a decision issues) after a
  thematic break (``---``): its title lines, then its body.

Before the body, unless ``ExportOptions.embed_model`` is off, the whole report travels as TOML
front matter between ``+++`` lines (:mod:`._front_matter`), so that
:func:`~directive_report.readers.read` gives the report back exactly, data the page does not print
included; :func:`to_markdown` is the body alone.

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
from typing import BinaryIO, ClassVar, Final

import attrs

from directive_report.exporters import API_VERSION, ExportOptions
from directive_report.exporters._front_matter import front_matter
from directive_report.exporters._markdown_tables import gfm_table
from directive_report.layout import (
    ContentBlock,
    Heading,
    Item,
    Line,
    Role,
    TableContent,
    document_content,
    role_emphasis,
)
from directive_report.model import Report, Run

__all__ = ["MarkdownExporter", "to_markdown"]


class MarkdownExporter:
    """Writes a report as UTF-8 Markdown (see the module's documentation for the layout)."""

    name: ClassVar[str] = "markdown"
    suffix: ClassVar[str] = ".md"
    media_type: ClassVar[str] = "text/markdown"
    api_version: ClassVar[int] = API_VERSION

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        """Write *report* to *stream* as UTF-8 Markdown, after the TOML front matter that
        carries the report when ``options.embed_model`` (:mod:`._front_matter`)."""
        if options.embed_model:
            stream.write(front_matter(report).encode("utf-8"))
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
#
# Every word comes from the content stage; this module only chooses the Markdown for each role
# and block kind.

#: What separates the parts printed on pages of their own (appendices) from what comes before.
_PAGE_BREAK: Final = "---"
#: The rule above the issuer's contact line (ô 13), unlike a page break.
_CONTACT_RULE: Final = "***"
#: A comment between two lists that Markdown would otherwise merge (CommonMark, §5.3).
_LIST_BREAK: Final = "<!-- -->"
_NUMBERED: Final = re.compile(r"[0-9]{1,9}\.")


def _document(report: Report) -> Iterator[str]:
    content = document_content(report)
    for row in content.header.rows:
        for cell in row:
            yield "\\\n".join(_inline_line(line) for line in cell)
    for line in content.title:
        if line.role is Role.DOCUMENT_TYPE:
            yield f"# {_one_line(line.text)}"
        else:
            yield _inline_line(line)
    yield from _blocks((*content.addressees, *content.body, *content.recipients))
    yield "\\\n".join(_inline_line(line) for line in content.signature[:-1])
    yield _inline_line(content.signature[-1])
    if content.contact:
        yield _CONTACT_RULE
        yield "\\\n".join(_inline_line(line) for line in content.contact)
    for part in content.parts:
        yield _PAGE_BREAK
        yield from (_inline_line(line) for line in part.title)
        yield from _blocks(part.body)


def _emphasised(line: Line, runs: tuple[Run, ...]) -> tuple[Run, ...]:
    bold, italic = role_emphasis(line.role)
    if not (bold or italic):
        return runs
    return tuple(
        Run(text=run.text, bold=run.bold or bold, italic=run.italic or italic) for run in runs
    )


def _inline_line(line: Line) -> str:
    """A line as the content of a paragraph: its marker, text and emphasis, escaped."""
    return _lines(_inline(_emphasised(line, line.printed_runs())))


def _cell_line(line: Line) -> str:
    """A line as the content of a table cell: escaped, its emphasis kept, on one line (a line
    start means nothing inside a cell)."""
    return _one_line_source(_inline(_emphasised(line, line.printed_runs())))


def _one_line_source(source: str) -> str:
    return _LINE_BREAK.sub(" ", source)


def _heading(heading: Heading) -> str:
    level = min(heading.depth + 1, 6)
    title = _one_line("".join(run.text for run in heading.line.runs))
    if title.endswith("#"):  # a closing sequence of an ATX heading would be dropped
        stripped = title.rstrip("#")
        title = f"{stripped}\\{title[len(stripped) :]}"
    return f"{'#' * level} {_one_line(heading.line.marker)} {title}"


def _list_kind(items: tuple[Item, ...]) -> str | None:
    """``"-"`` or ``"+"`` for a bullet list, ``"."`` for an ordered list numbered from its first
    item on, ``None`` when Markdown has no list with these markers (``a)``, ``•``)."""
    markers = [item.line.marker for item in items]
    if markers[0] in ("-", "+") and all(marker == markers[0] for marker in markers):
        return markers[0]
    if _NUMBERED.fullmatch(markers[0]):
        start = int(markers[0][:-1])
        if markers == [f"{start + offset}." for offset in range(len(markers))]:
            return "."
    return None


def _list_item(item: Item) -> str:
    """A list item after its marker: its text, and its details as further paragraphs."""
    paragraphs = [_inline(_emphasised(line, line.runs)) for line in (item.line, *item.details)]
    prefix = f"{item.line.marker} "
    indent = " " * len(prefix)
    return prefix + f"\n\n{indent}".join(
        _lines(paragraph).replace("\n", "\n" + indent) for paragraph in paragraphs
    )


def _blocks(blocks: Iterable[ContentBlock]) -> Iterator[str]:
    """Body blocks; two lists in a row that Markdown would merge are kept apart."""
    previous: str | None = None  # the kind of the list just written
    for block in blocks:
        if isinstance(block, Line):
            previous = None
            yield _inline_line(block)
        elif isinstance(block, Heading):
            previous = None
            yield _heading(block)
        elif isinstance(block, TableContent):
            previous = None
            yield from gfm_table(block, _inline_line, _cell_line)
        else:
            kind = _list_kind(block.items)
            if kind is None:
                previous = None
                yield from (_inline_line(line) for line in block.lines())
                continue
            if kind == previous:
                yield _LIST_BREAK
            previous = kind
            yield "\n".join(_list_item(item) for item in block.items)
