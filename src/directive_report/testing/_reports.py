"""Strategies for whole reports, and the exporter contract check (private: see
:mod:`directive_report.testing`)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from hypothesis import strategies as st

from directive_report.exporters import ExportOptions
from directive_report.model import Distribution, DocumentType, Period, Report, template_for
from directive_report.testing._base import (
    authorities,
    dates,
    directives,
    document_numbers,
    document_types,
    paragraphs,
    sections,
    signatures,
    text,
)
from directive_report.testing._parts import (
    appendices,
    attachments,
    decisions,
    requests,
    tables,
)

__all__ = ["check_exporter", "reports"]


@st.composite
def reports(draw: st.DrawFn, *, max_depth: int = 3, parts: bool = False) -> Report:
    """Whole valid reports: header, directives, sections, closing, recipients and signature.

    With ``parts=True`` they also hold what a type's template adds: tables in the body,
    appendices, and for a decision its articles and attached document, for a tờ trình its
    closing request (what every exporter's property tests draw).
    """
    authority = draw(authorities())
    doc_type = draw(document_types())
    head = doc_type.abbreviation or authority.abbreviation
    date = draw(dates(min_value=dt.date(2000, 1, 1)))
    body_sections = draw(st.lists(sections(max_depth=max_depth), max_size=3))
    closing = draw(st.lists(paragraphs(), max_size=1))
    intro = draw(st.lists(paragraphs(), min_size=0 if body_sections or closing else 1, max_size=2))
    period = draw(
        st.none()
        | st.builds(
            lambda a, days: Period(start=a, end=a + dt.timedelta(days=days)),
            dates(),
            st.integers(0, 400),
        )
    )
    extra: dict[str, Any] = draw(_parts(doc_type)) if parts else {}
    return Report(
        authority=authority,
        doc_type=doc_type,
        number=draw(document_numbers(symbol_head=head)),
        date=date,
        summary=draw(text(max_words=15)),
        directives=draw(st.lists(directives(before=date), max_size=2)),
        period=period,
        addressees=draw(st.lists(text(max_words=6), max_size=3)),
        intro=tuple(intro) + extra.pop("tables", ()),
        sections=tuple(body_sections),
        closing=tuple(closing),
        distribution=draw(
            st.builds(
                Distribution,
                recipients=st.lists(text(max_words=6), min_size=0, max_size=4),
                archive=st.just("VT")
                | text(max_words=3, punctuation=False).map(lambda t: f"VT, {t}"),
            )
        ),
        signature=draw(signatures()),
        **extra,
    )


@st.composite
def _parts(draw: st.DrawFn, doc_type: DocumentType) -> dict[str, Any]:
    """The fields a report of *doc_type* may add to its body: a decision and its attachment,
    a request, appendices, and a table in the intro."""
    found: dict[str, Any] = {}
    template = template_for(doc_type)
    if template.has_articles and draw(st.booleans()):
        found["decision"] = draw(decisions())
        found["attachments"] = draw(st.lists(attachments(), max_size=1))
    if template.request_formula and draw(st.booleans()):
        found["request"] = draw(requests().filter(lambda r: r.recipient is not None))
    found["appendices"] = draw(st.lists(appendices(), max_size=2))
    found["tables"] = tuple(draw(st.lists(tables(max_rows=4), max_size=1)))
    return found


def check_exporter(
    exporter: object,
    report: Report | None = None,
    *,
    options: ExportOptions | None = None,
) -> bytes:
    """Check that *exporter* keeps the exporter contract; return what it rendered of *report*.

    For plug-in authors' tests (*report* defaults to the bundled canonical example)::

        from directive_report.testing import check_exporter

        def test_contract():
            check_exporter(MyExporter())

    It checks the attributes exactly as discovery does (raising the same
    :class:`~directive_report.errors.ExporterProtocolError` or
    :class:`~directive_report.errors.PluginAPIVersionError`), then that ``render`` writes some
    bytes to a binary stream, returns ``None`` and leaves the stream open, and that a ``text/``
    format is UTF-8 in NFC.  Other checks of the content are the plug-in's own.
    """
    import io

    from directive_report.exporters._registry import check_contract

    name = getattr(exporter, "name", "<unnamed>")
    checked = check_contract(exporter, name if isinstance(name, str) else repr(name))
    if report is None:
        from directive_report import examples

        report = examples.load("bac-giang-ct21-2024")
    stream = io.BytesIO()
    result = checked.render(report, stream, ExportOptions() if options is None else options)  # type: ignore[func-returns-value]
    assert result is None, f"render() must return None, got {result!r}"
    assert not stream.closed, "render() must not close the stream it is given"
    data = stream.getvalue()
    assert data, "render() wrote nothing"
    if checked.media_type.startswith("text/"):
        text = data.decode("utf-8")  # raises UnicodeDecodeError naming the offending byte
        assert unicodedata.is_normalized("NFC", text), "text output must be in Unicode NFC"
    return data
