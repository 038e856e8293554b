"""Wrapping found citations in markup, and the plain text of a report (private)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from directive_report import i18n
from directive_report.citations._errors import CitationError
from directive_report.citations._find import Found
from directive_report.model import (
    Report,
)

__all__ = ["annotate", "report_text", "segments"]


def segments(text: str, found: Iterable[Found]) -> Iterator[tuple[str, Found | None]]:
    """Cut *text* into its stretches, in order: ``(words, found)`` for a citation and
    ``(words, None)`` between them.  Joining the words gives *text* back.

    Raises :class:`CitationError` when a citation does not belong to *text* (its words differ)
    or two citations overlap.
    """
    position = 0
    for index, item in enumerate(sorted(found, key=lambda f: f.start)):
        if item.start < position:
            raise CitationError(
                i18n._("citation {index} ({text!r}) overlaps the one before it").format(
                    index=index, text=item.text
                )
            )
        if text[item.start : item.end] != item.text:
            raise CitationError(
                i18n._(
                    "citation {index} ({text!r}) is not at {start}:{end} of this text: was it found in another one?"
                ).format(index=index, text=item.text, start=item.start, end=item.end)
            )
        if item.start > position:
            yield text[position : item.start], None
        yield item.text, item
        position = item.end
    if position < len(text):
        yield text[position:], None


def annotate(
    text: str,
    found: Iterable[Found],
    wrap: Callable[[str, Found], str],
    *,
    plain: Callable[[str], str] = str,
) -> str:
    """*text* with each citation replaced by ``wrap(words, found)`` and every other stretch by
    ``plain(words)`` (e.g. :func:`html.escape` when the result is HTML).

    >>> from directive_report import citations
    >>> text = "Theo Nghị định số 15/2020/NĐ-CP."
    >>> citations.annotate(text, citations.extract(text), lambda words, f: f"*{words}*")
    'Theo *Nghị định số 15/2020/NĐ-CP*.'
    """
    return "".join(
        plain(words) if item is None else wrap(words, item) for words, item in segments(text, found)
    )


def report_text(report: Report) -> str:
    """The words of *report* as one plain text: the summary (trích yếu), then the body in
    reading order (intro, section titles and their paragraphs, list items, actions and tasks,
    closing), one paragraph per line with a blank line between.

    This is the text that ``directive-report citations`` searches in a report file, and that
    the offsets of its records count in.  Header, recipients and signature are left out: they
    cite nothing.
    """
    return "\n\n".join([report.summary, *report.body_texts()]) + "\n"
