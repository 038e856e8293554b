"""``citations.extract`` over chunks: a stretch's kept context is read, never reported again.

A pass re-reads :data:`CONTEXT` characters already decided before the next stretch; a name there
whose meaning hangs on words further back ("Giáo trình" before a law's name: the branch of law
taught, not a citation) must not come back as a citation when the cut falls between them.
"""

from __future__ import annotations

from directive_report import citations
from directive_report.citations import _stream

FILLER = "nội dung bài giảng "
SUBJECT = "GIÁO TRÌNH LUẬT THI HÀNH ÁN DÂN SỰ"


def _text_cut_before_the_name() -> tuple[str, int]:
    """A text whose first pass cuts its buffer right before "LUẬT" (after "GIÁO TRÌNH ")."""
    head = FILLER * (_stream.MARGIN // len(FILLER) + 1)
    text = head + SUBJECT + " " + FILLER * (2 * _stream.MARGIN // len(FILLER))
    name = text.index("LUẬT")
    # one chunk ending MARGIN + CONTEXT characters after the name: the first pass keeps
    # CONTEXT characters before its limit, so the next stretch starts at the name
    return text, name + _stream.MARGIN + _stream.CONTEXT


def test_the_subject_taught_is_no_citation_in_the_whole_text() -> None:
    """The premise: in the whole text the law named after "Giáo trình" is not a citation."""
    text, _ = _text_cut_before_the_name()
    assert citations.extract(text) == []


def test_a_cut_inside_the_kept_context_reports_nothing_new() -> None:
    """Cut between "GIÁO TRÌNH" and "LUẬT": the stream finds what the whole text finds."""
    text, first = _text_cut_before_the_name()
    streamed = list(citations.extract(iter([text[:first], text[first:]])))
    assert [(f.start, f.end) for f in streamed] == [
        (f.start, f.end) for f in citations.extract(text)
    ]
