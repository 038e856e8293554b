"""Plain text → page facts.

A text file has no formatting: each non-blank line becomes a paragraph whose facts are all
``None`` (the file does not say), located by its line number, except two things a typist can
say in plain text: a blank line before a paragraph is recorded as ``space_before`` of 12 pt (one
empty line), and ``**bold**`` and ``*italic*`` marks, as in the seed report, become bold and
italic runs (``None`` elsewhere).  Leading white space is kept, since
a header flattened into text keeps its two columns apart with tabs or runs of spaces.  The text is
decoded as UTF-8 (a byte-order mark is allowed, UTF-16 with one too) and normalised to NFC.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import attrs

from directive_report import i18n
from directive_report.readers._limits import Source, UnreadableFileError, read_source, source_name
from directive_report.readers.facts import PageFacts, ParagraphFacts, RunFacts, SectionFacts

__all__ = ["decode_text", "read_text_facts"]

#: Control characters that never occur in a text document (all but tab, line feed, carriage
#: return and form feed).
_CONTROL: Final = frozenset(chr(code) for code in range(32) if code not in (9, 10, 12, 13))


def decode_text(data: bytes, name: str) -> str:
    """*data* decoded as text (UTF-8, or UTF-16 with a byte-order mark), NFC; refuse binary."""
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableFileError(
            name,
            i18n._("not a text file: byte {start} is not {encoding}").format(
                start=error.start, encoding=encoding.upper().removesuffix("-SIG")
            ),
        ) from None
    bad = next((index for index, char in enumerate(text) if char in _CONTROL), None)
    if bad is not None:
        raise UnreadableFileError(
            name,
            i18n._("not a text file: control character U+{ord:04X} at offset {bad}").format(
                ord=ord(text[bad]), bad=bad
            ),
        )
    return unicodedata.normalize("NFC", text)


def read_text_facts(source: Source) -> PageFacts:
    """The page facts of the plain-text file *source*: one paragraph per non-blank line."""
    name = source_name(source)
    text = decode_text(read_source(source), name)
    blocks: list[ParagraphFacts] = []
    blank = False
    for number, line in enumerate(_emphasised_lines(text.replace("\f", "\n")), start=1):
        if not "".join(run.text for run in line).strip():
            blank = True
            continue
        blocks.append(
            ParagraphFacts(
                location=f"line {number}",
                runs=line,
                space_before=BLANK_LINE if blank and blocks else None,
            )
        )
        blank = False
    if not blocks:
        raise UnreadableFileError(name, i18n._("the file holds no text"))
    return PageFacts(
        source=name, format="text", blocks=tuple(blocks), sections=(SectionFacts(page=None),)
    )


#: The space a blank line stands for, in points.
BLANK_LINE: Final = 12.0
_EMPHASIS: Final = re.compile(
    r"(?<!\*)\*\*(?=[^\s*])(?P<bold>.+?)(?<=[^\s*])\*\*(?!\*)"
    r"|(?<![*\w])\*(?=[^\s*])(?P<italic>[^*]+?)(?<=[^\s*])\*(?![*\w])",
    re.DOTALL,
)


def _emphasised_lines(text: str) -> list[tuple[RunFacts, ...]]:
    """The lines of *text* as runs, ``**bold**`` and ``*italic*`` (not across a blank line)
    read as emphasis and their marks dropped."""
    runs: list[RunFacts] = []
    position = 0
    for match in _EMPHASIS.finditer(text):
        inner = match["bold"] if match["bold"] is not None else match["italic"]
        if "\n\n" in inner or "\n\r\n" in inner:
            continue
        runs.append(RunFacts(text=text[position : match.start()]))
        bold = match["bold"] is not None
        runs.append(
            RunFacts(text=inner, bold=True if bold else None, italic=None if bold else True)
        )
        position = match.end()
    runs.append(RunFacts(text=text[position:]))
    lines: list[list[RunFacts]] = [[]]
    for run in runs:
        pieces = run.text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                lines.append([])
            piece = piece.rstrip("\r") if index < len(pieces) - 1 else piece
            if piece:
                lines[-1].append(attrs.evolve(run, text=piece))
    return [_rstrip(tuple(line)) for line in lines]


def _rstrip(runs: tuple[RunFacts, ...]) -> tuple[RunFacts, ...]:
    if runs and runs[-1].text != runs[-1].text.rstrip():
        runs = (*runs[:-1], attrs.evolve(runs[-1], text=runs[-1].text.rstrip()))
    return tuple(run for run in runs if run.text)
