"""Validating a document against Nghị định 30/2020/NĐ-CP: the page, then the report it says.

:func:`validate` reads a DOCX or ODT from anywhere (or takes a report or a report file), checks
the page against the decree — paper and margins, fonts and sizes per part, the rules under the
issuer and the motto, the Số and the date line, the body, Nơi nhận, the signature, the page
numbers — and then runs every model check of :func:`directive_report.check` on the report the
document says.  Every finding has a stable code, a severity, a location a person can find and
the decree's article (:data:`~directive_report.validate.rules.RULES`; docs/validation-rules.md).

>>> import io, directive_report as dr
>>> data = dr.render(dr.examples.load("bac-giang-ct21-2024"), "docx")
>>> dr.validate(io.BytesIO(data))
[]

The module itself is callable: ``directive_report.validate(source)`` is
``directive_report.validate.validate(source)``.
"""

from __future__ import annotations

import io
import os
import sys
import types
from typing import IO

from directive_report.checks import Finding, Severity
from directive_report.model import Report
from directive_report.validate.rules import RULES, Rule

__all__ = ["RULES", "Finding", "Rule", "Severity", "validate"]

_REPORT_SUFFIXES = (".toml", ".json")


def validate(source: Report | str | os.PathLike[str] | IO[bytes]) -> list[Finding]:
    """The findings on *source*: a DOCX or ODT (path or binary stream), a report file
    (``.toml``/``.json``) or a :class:`~directive_report.Report`; errors first.

    Raises :class:`~directive_report.errors.DirectiveReportError` (naming the file) when it
    cannot be read at all.
    """
    from directive_report.checks import check

    if isinstance(source, Report):
        return check(source)
    if isinstance(source, str | os.PathLike) and os.fspath(source).lower().endswith(
        _REPORT_SUFFIXES
    ):
        from directive_report.serialize import load

        return check(load(source))
    from directive_report.readers import read_facts
    from directive_report.readers._limits import read_source, source_name
    from directive_report.validate._parts import find_parts
    from directive_report.validate.body_rules import BODY_RULES
    from directive_report.validate.model_rules import model_findings, report_of
    from directive_report.validate.page_rules import HEADER_RULES

    name = source_name(source)
    data = read_source(source)
    stream = io.BytesIO(data)
    stream.name = name
    suffix = os.path.splitext(name)[1].lower()
    facts = read_facts(stream, format={".docx": "docx", ".odt": "odt"}.get(suffix))
    page: list[Finding] = []
    if facts.format != "text":
        parts = find_parts(facts)
        page = [finding for rule in (*HEADER_RULES, *BODY_RULES) for finding in rule(parts)]
    report = report_of(data, name)
    model = model_findings(report, page) if report is not None else []
    order = list(Severity)
    return sorted([*page, *model], key=lambda finding: order.index(finding.severity))


class _CallableModule(types.ModuleType):
    """``directive_report.validate`` is both this package and the function it exports."""

    def __call__(self, source: Report | str | os.PathLike[str] | IO[bytes]) -> list[Finding]:
        return validate(source)


sys.modules[__name__].__class__ = _CallableModule
