"""Text runs as HTML: emphasis as ``<em>``/``<strong>``, citations as ``<cite>`` with their data."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from html import escape

from directive_report import citations
from directive_report.model import Run

__all__ = ["runs_html"]


def runs_html(runs: Sequence[Run]) -> str:
    """The runs' text, escaped, emphasised, with every citation found in it marked up.

    A citation may cross runs of different emphasis: the ``<cite>`` element then holds the
    emphasised pieces, so that the page shows what the runs say and the citation stays whole.
    """
    text = "".join(run.text for run in runs)
    found = [(hit.start, hit.end, _attributes(hit.citation)) for hit in citations.extract(text)]
    cuts = sorted({0, len(text), *_run_bounds(runs), *(p for s, e, _ in found for p in (s, e))})
    html: list[str] = []
    open_cite: int | None = None
    for start, end in itertools.pairwise(cuts):
        hit = next((i for i, (s, e, _) in enumerate(found) if s <= start and end <= e), None)
        if hit != open_cite:
            if open_cite is not None:
                html.append("</cite>")
            if hit is not None:
                html.append(f"<cite{found[hit][2]}>")
            open_cite = hit
        html.append(_emphasised(_run_at(runs, start), text[start:end]))
    if open_cite is not None:
        html.append("</cite>")
    return "".join(html)


def _run_bounds(runs: Iterable[Run]) -> list[int]:
    bounds, offset = [], 0
    for run in runs:
        offset += len(run.text)
        bounds.append(offset)
    return bounds


def _run_at(runs: Sequence[Run], position: int) -> Run:
    offset = 0
    for run in runs:
        offset += len(run.text)
        if position < offset:
            return run
    return runs[-1]


def _emphasised(run: Run, piece: str) -> str:
    html = escape(piece, quote=False).replace("\n", "<br>")
    if run.italic:
        html = f"<em>{html}</em>"
    if run.bold:
        html = f"<strong>{html}</strong>"
    return html


def _attributes(citation: object) -> str:
    """``data-*`` attributes with what the citation carries (type, number, date, issuer)."""
    values = {
        "data-type": getattr(citation, "doc_type", None),
        "data-number": getattr(citation, "number", None),
        "data-date": getattr(citation, "date", None),
        "data-issuer": getattr(citation, "issuer", None),
        "data-name": getattr(citation, "name", None),
    }
    return "".join(
        f' {key}="{escape(str(value.isoformat() if hasattr(value, "isoformat") else value))}"'
        for key, value in values.items()
        if value
    )
