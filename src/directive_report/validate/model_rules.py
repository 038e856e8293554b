"""The checks of the report model (:mod:`directive_report.checks`) on a document read back.

A DOCX or ODT is read into a :class:`~directive_report.Report` and every check of ``check``
runs on it (dates, "năm thứ N", citations dated after the document, ...).  A finding the page
rules already made (the same fault seen on the page) is not repeated.
"""

from __future__ import annotations

from collections.abc import Iterable

from directive_report.checks import CHECKS, Finding, check
from directive_report.errors import DirectiveReportError
from directive_report.model import Report

__all__ = ["MODEL_RULES", "model_findings", "report_of"]

#: The model checks by name, with the first line of their docstring (for the rules page).
MODEL_RULES: dict[str, str] = {
    one.__name__: (one.__doc__ or "").strip().splitlines()[0] for one in CHECKS
}

#: A model check's code, and the page rule that reports the same fault on the page.
_SEEN_ON_THE_PAGE = {
    "archive-vt": "recipients-archive",
    "end-marker": "end-mark",
    "kt-deputy": "signature-prefix",
    "heading-case": "heading-style",
    "addressees-missing": "kinh-gui",
    # a part the page lacks is filled with a placeholder when the document is read back
    "placeholder": "missing-part",
}


def report_of(data: bytes, name: str) -> Report | None:
    """The report the document says, read back by :func:`directive_report.ingest` (the
    recogniser shared by every format); for a file it cannot take as a document, the report
    embedded by directive-report's own exporters; ``None`` if neither works."""
    import io

    from directive_report.exporters._package import read_embedded_report
    from directive_report.readers import ingest

    for read in (lambda stream: ingest(stream).report, read_embedded_report):
        stream = io.BytesIO(data)
        stream.name = name
        try:
            report: Report = read(stream)
        except DirectiveReportError:
            continue
        return report
    return None


#: Model checks that say nothing about a document read back: ``ingest`` writes a placeholder
#: ("[Cần bổ sung: ...]") where it found no part, which the page rules report themselves; and
#: it does not read a decision's articles or a tờ trình's request into the model, so their
#: absence there says nothing about the page.
_NOT_ABOUT_THE_DOCUMENT = frozenset(
    {"placeholder", "decision-block", "attachment-article", "closing-request"}
)


def model_findings(report: Report, page: Iterable[Finding] = ()) -> list[Finding]:
    """The model checks' findings on *report*, less those the *page* findings already cover."""
    seen = {finding.code for finding in page}
    return [
        finding
        for finding in check(report)
        if _SEEN_ON_THE_PAGE.get(finding.code) not in seen
        and finding.code not in _NOT_ABOUT_THE_DOCUMENT
    ]
