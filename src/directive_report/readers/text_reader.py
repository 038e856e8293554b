"""Plain text → page facts.

A text file has no formatting: each non-blank line becomes a paragraph whose facts are all
``None`` (the file does not say), located by its line number.  Leading white space is kept, since
a header flattened into text keeps its two columns apart with tabs or runs of spaces.  The text is
decoded as UTF-8 (a byte-order mark is allowed, UTF-16 with one too) and normalised to NFC.
"""

from __future__ import annotations

import unicodedata
from typing import Final

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
            f"not a text file: byte {error.start} is not {encoding.upper().removesuffix('-SIG')} "
            "(không phải tệp văn bản UTF-8)",
        ) from None
    bad = next((index for index, char in enumerate(text) if char in _CONTROL), None)
    if bad is not None:
        raise UnreadableFileError(
            name, f"not a text file: control character U+{ord(text[bad]):04X} at offset {bad}"
        )
    return unicodedata.normalize("NFC", text)


def read_text_facts(source: Source) -> PageFacts:
    """The page facts of the plain-text file *source*: one paragraph per non-blank line."""
    name = source_name(source)
    text = decode_text(read_source(source), name)
    blocks = tuple(
        ParagraphFacts(location=f"line {number}", runs=(RunFacts(text=line.rstrip()),))
        for number, line in enumerate(text.replace("\f", "\n").splitlines(), start=1)
        if line.strip()
    )
    if not blocks:
        raise UnreadableFileError(name, "the file holds no text (tệp không có nội dung)")
    return PageFacts(source=name, format="text", blocks=blocks, sections=(SectionFacts(page=None),))
