"""Text in NFC with exact offsets back to the text as given (private).

Citations are matched in NFC text; spans are reported in the caller's text, which may be NFD or
mixed (Word and PDF tools produce both).  Only the clusters that change under NFC are recorded,
so NFC input, the usual case, costs one :func:`unicodedata.is_normalized` call.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["Source"]

# A base character followed by combining marks: the only places NFC changes Vietnamese text.
_CLUSTER_RE = re.compile(
    r"(?s).[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


def _starts_cluster(before: str, char: str) -> bool:
    """Whether NFC leaves *char* apart from the stretch *before* it."""
    if unicodedata.combining(char):
        return False
    nfc = unicodedata.normalize
    return nfc("NFC", before + char) == nfc("NFC", before) + nfc("NFC", char)


class Source:
    """``text`` is *original* in NFC; :meth:`original_offset` maps an offset in ``text`` back."""

    __slots__ = ("_composed", "_original_starts", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self._composed: list[int] = []  # offsets in text where a recorded stretch starts
        self._original_starts: list[int] = []  # and where it starts in the original
        if unicodedata.is_normalized("NFC", original):
            self.text = original
            return
        self.text = self._compose(m.span() for m in _CLUSTER_RE.finditer(original))
        if not unicodedata.is_normalized("NFC", self.text):  # singletons and other rarities
            self._composed.clear()
            self._original_starts.clear()
            self.text = self._compose(self._every_cluster())

    def _every_cluster(self) -> list[tuple[int, int]]:
        """Stretches NFC composes apart from one another: a character starts a new one unless
        it is a combining mark or composes with the stretch before it (Hangul jamo)."""
        original = self.original
        clusters = []
        start = 0
        for index in range(1, len(original) + 1):
            if index == len(original) or _starts_cluster(original[start:index], original[index]):
                clusters.append((start, index))
                start = index
        return clusters

    def _compose(self, clusters: Iterable[tuple[int, int]]) -> str:
        pieces: list[str] = []
        done = composed = 0
        for start, end in clusters:
            if start > done:
                pieces.append(self.original[done:start])
                composed += start - done
            piece = unicodedata.normalize("NFC", self.original[start:end])
            pieces.append(piece)
            self._composed.append(composed)
            self._original_starts.append(start)
            composed += len(piece)
            self._composed.append(composed)
            self._original_starts.append(end)
            done = end
        pieces.append(self.original[done:])
        return "".join(pieces)

    def original_offset(self, offset: int) -> int:
        """The offset in the original text of *offset* in ``text`` (a cluster boundary)."""
        index = bisect.bisect_right(self._composed, offset) - 1
        if index < 0:
            return offset
        return self._original_starts[index] + offset - self._composed[index]
