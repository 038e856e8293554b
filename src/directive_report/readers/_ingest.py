"""Documents written without this library, brought in as reports: :func:`ingest`.

``ingest(source)`` reads a DOCX, ODT, legacy ``.doc`` (converted by LibreOffice when ``soffice``
is installed), Markdown or plain-text file into page facts, recognises its parts with the one
recogniser shared by every format (:mod:`directive_report.readers.recognise`) and builds a
:class:`~directive_report.Report` as complete as the document allows: data tables
(``readers._table``), a decision's parts (``readers._decision``), appendices and the document a
decision issues (``readers._parts``, its chapters and articles ``readers._chapters``) and the
contact line (``readers._contact``) included.  What it could not place — a Căn cứ or an Điều
outside a decision, a table the model refuses, a line in the footer that is neither a recipient
nor the signature — is listed in :attr:`Ingested.unplaced` with its position and the reason.  A required part the document does not have (a seed report without its
header has no issuer, number or date) gets a visible placeholder, named in
:attr:`Ingested.missing`.

Money amounts and counted quantities in the text of ``-`` items become
:class:`~directive_report.Action` facts, with the citations of
:func:`directive_report.citations.extract` attached; the document the trích yếu or the opening
sentence says is implemented becomes the report's :class:`~directive_report.Directive`
(``readers._directive``), and tasks and actions get the assignees, deadlines, actors, partners
and dates their words state (``readers._stated_fields``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import Any, Final

import attrs

from directive_report import i18n
from directive_report.errors import DirectiveReportError
from directive_report.model import (
    Authority,
    Capacity,
    Directive,
    Distribution,
    DocumentNumber,
    DocumentType,
    Paragraph,
    Report,
    Signature,
    SignaturePrefix,
    document_type,
    template_for,
)
from directive_report.model.placeholder import placeholder
from directive_report.readers import _patterns as patterns
from directive_report.readers._body_blocks import body_blocks
from directive_report.readers._decision import decision_of, request_of
from directive_report.readers._directive import implemented_directive
from directive_report.readers._header_name import printed_header_name, with_layout_breaks
from directive_report.readers._legacy_doc import convert_doc
from directive_report.readers._limits import Source, source_name
from directive_report.readers._parts import model_parts, with_referenced_issuer
from directive_report.readers._read_facts import read_facts
from directive_report.readers._stated_fields import with_stated_fields
from directive_report.readers._text_facts import citations
from directive_report.readers.recognise import Recognised, Unplaced, recognise

__all__ = ["IngestError", "Ingested", "ingest", "ingest_recognised"]

#: How many of the parts of an NĐ 30 document a file must show to be taken for one.
_LANDMARKS_NEEDED: Final = 2
#: What each required part is called in its placeholder (``[Cần bổ sung: …]``).
_MISSING_WORDS: Final = {
    "body": "nội dung",
    "summary": "trích yếu",
    "authority": "tên cơ quan ban hành",
    "authority.place": "địa danh",
    "signature.title": "chức vụ người ký",
    "signature.name": "họ và tên người ký",
}
_PLACEHOLDER_ABBREVIATION: Final = "XX"
_SCALE: Final = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000}
_PLACE_WORDS: Final = ("tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã", "phường", "thị trấn")
_AGENCY_TYPES: Final = (
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
    "hội đồng nhân dân",
    "văn phòng",
    "sở",
    "bộ",
    "ban",
    "phòng",
    "cục",
    "chi cục",
    "tổng cục",
    "trung tâm",
    "thanh tra",
    "công an",
)


@attrs.frozen(kw_only=True)
class Ingested:
    """The result of :func:`ingest`: the ``report``, what could not be placed (``unplaced``),
    the required parts filled with :func:`~directive_report.model.placeholder.placeholder` (``[Cần bổ sung: …]``, which :func:`~directive_report.check` reports until it is replaced) (``missing``, field names such as
    ``"authority"``, ``"number"``, ``"date"``) and what the recogniser found (``recognised``)."""

    report: Report
    unplaced: tuple[Unplaced, ...]
    missing: tuple[str, ...]
    recognised: Recognised


class IngestError(DirectiveReportError):
    """A document cannot be ingested: ``source`` names it, ``reason`` says why."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


def ingest(source: Source, *, format: str | None = None) -> Ingested:
    """Read *source* (a path or a binary stream) and recognise a report in it.

    *format* is ``"docx"``, ``"odt"``, ``"doc"``, ``"markdown"`` or ``"text"``; by default the
    suffix, or the content, decides.  Raises :class:`~directive_report.readers.UnreadableFileError` for a file
    that cannot be read and :class:`IngestError` for one that holds no document.
    """
    name = source_name(source)
    suffix = os.path.splitext(name)[1].lower()
    if format == "doc" or (format is None and suffix == ".doc"):
        facts = read_facts(convert_doc(source, name), format="docx")
        facts = attrs.evolve(facts, source=name)
    else:
        facts = read_facts(source, format=format)
    found = recognise(facts)
    landmarks = {
        "header (Số, date or issuer)": bool(found.number or found.date or found.issuer),
        "type and trích yếu": bool(found.summary),
        "Kính gửi": bool(found.addressees),
        "Nơi nhận": bool(found.recipients or found.archive),
        "signature": bool(found.signature_titles),
    }
    if sum(landmarks.values()) < _LANDMARKS_NEEDED:
        present = [what for what, seen in landmarks.items() if seen] or ["none"]
        raise IngestError(
            name,
            i18n._(
                "not an administrative document: it needs at least two of {parts}; found {found}"
            ).format(parts=", ".join(landmarks), found=", ".join(present)),
        )
    return ingest_recognised(found)


# ------------------------------------------------------------------------------------------------
# Building the report


def ingest_recognised(found: Recognised) -> Ingested:
    """Build the :class:`Ingested` report from what :func:`recognise` found."""
    return _Builder(found).build()


def _sentence_case_name(printed: str) -> str:
    """An agency's name as written in running text, from its capitals in the header:
    ``"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"`` → ``"Sở Thông tin và Truyền thông"``,
    ``"ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"`` → ``"Ủy ban nhân dân tỉnh Quảng Nam"``."""
    text = " ".join(printed.split()).lower()
    if text.startswith("ubnd "):
        text = "ủy ban nhân dân " + text[5:]
    for place in _PLACE_WORDS:
        match = re.search(rf"(?<!\w){place} (.+)$", text)
        if match and not any(p + " " in match.group(1) for p in ("và",)):
            head = text[: match.start(1)]
            tail = " ".join(word.capitalize() for word in match.group(1).split())
            text = head + tail
            break
    kind = next((t for t in _AGENCY_TYPES if text.startswith(t + " ")), None)
    if kind is not None and not re.match(rf"{kind} (tỉnh|huyện|thành phố|xã|quận|thị xã)\b", text):
        rest = text[len(kind) + 1 :]
        parts = rest.split(" và ")
        rest = " và ".join(part[:1].upper() + part[1:] for part in parts)
        text = f"{kind} {rest}"
    return text[:1].upper() + text[1:]


class _Builder:
    def __init__(self, found: Recognised) -> None:
        self.found = found
        self.missing: list[str] = []
        self.unplaced: list[Unplaced] = list(found.unplaced)

    def _placeholder(self, field: str, *, upper: bool = False) -> str:
        self.missing.append(field)
        return placeholder(_MISSING_WORDS[field], upper=upper)

    # ---------------------------------------------------------------------------------------

    def build(self) -> Ingested:
        found = self.found
        doc_type = self._doc_type()
        number = self._number(doc_type.abbreviation)
        authority = self._authority(number, doc_type.abbreviation is None)
        if found.date is None:
            self.missing.append("date")
        date = found.date or self._latest_date()
        items = list(found.body)
        decision = None
        if template_for(doc_type).has_articles:
            found_decision = decision_of(items, template_for(doc_type).execution_phrase)
            if found_decision is not None:
                decision, items = found_decision
        request = None
        formula = template_for(doc_type).request_formula
        if formula is not None:
            found_request = request_of(items, formula, found.addressees)
            if found_request is not None:
                request, items = found_request
        intro, sections, closing = body_blocks(items, self.unplaced)
        appendices, attachments = model_parts(found.parts, self.unplaced, decision is not None)
        if not (intro or sections or closing or decision):
            intro = (Paragraph(runs=self._placeholder("body")),)
        summary = found.summary or self._placeholder("summary")
        report_fields: dict[str, Any] = {
            "authority": authority,
            "doc_type": doc_type,
            "number": number,
            "date": date,
            "summary": summary,
            "addressees": found.addressees,
            "intro": intro,
            "sections": sections,
            "closing": closing,
            "decision": decision,
            "request": request,
            "appendices": appendices,
            "attachments": attachments,
            "distribution": Distribution(
                recipients=found.recipients, archive=found.archive or "VT"
            ),
            "signature": self._signature(),
        }
        if found.archive is None:
            self.missing.append("distribution.archive")
        directives = self._directives(summary, date)
        try:
            report = Report(directives=directives, **report_fields)
        except DirectiveReportError:
            report = self._repair(report_fields)
        report = with_referenced_issuer(report, found.parts)
        report = with_stated_fields(report)
        report = with_layout_breaks(report)
        return Ingested(
            report=report,
            unplaced=tuple(self.unplaced),
            missing=tuple(dict.fromkeys(self.missing)),
            recognised=found,
        )

    def _repair(self, fields: dict[str, Any]) -> Report:
        """A report whose number breaks the decree's rules keeps an unassigned number."""
        number = fields["number"]
        assert isinstance(number, DocumentNumber)
        self.unplaced.append(
            Unplaced(
                location="header",
                text=str(number),
                reason="the number does not fit the document type (kept as unassigned)",
            )
        )
        authority = fields["authority"]
        assert isinstance(authority, Authority)
        doc_type = fields["doc_type"]
        assert isinstance(doc_type, DocumentType)
        first = doc_type.abbreviation or authority.abbreviation
        fields["number"] = DocumentNumber(symbol=f"{first}-{authority.abbreviation}")
        return Report(**fields)

    def _doc_type(self) -> DocumentType:
        name = self.found.doc_type
        if name is None:
            name = "Công văn" if self.found.addressees else "Báo cáo"
            self.missing.append("doc_type")
        try:
            return document_type(name)
        except DirectiveReportError:
            self.missing.append("doc_type")
            return document_type("Báo cáo")

    def _number(self, type_abbreviation: str | None) -> DocumentNumber:
        text = self.found.number
        if text is not None:
            try:
                return DocumentNumber.parse(text.replace(".", "-"))
            except DirectiveReportError:
                self.unplaced.append(
                    Unplaced(location="header", text=text, reason="not a document number")
                )
        self.missing.append("number")
        if type_abbreviation is None:
            return DocumentNumber(symbol=_PLACEHOLDER_ABBREVIATION)
        return DocumentNumber(symbol=f"{type_abbreviation}-{_PLACEHOLDER_ABBREVIATION}")

    def _authority(self, number: DocumentNumber, cong_van: bool) -> Authority:
        found = self.found
        groups = number.groups
        if cong_van:
            abbreviation = groups[0]
        elif number.year is not None and len(groups) >= 2:
            abbreviation = groups[-1]
        else:
            abbreviation = groups[1] if len(groups) >= 2 else _PLACEHOLDER_ABBREVIATION
        if found.issuer is None:
            name = self._placeholder("authority")
        else:
            name = _sentence_case_name(found.issuer)
        place = found.place or self._placeholder("authority.place")
        return Authority(
            name=name,
            abbreviation=abbreviation,
            place=place,
            superior=found.superior,
            header_name=(
                None if found.issuer is None else printed_header_name(name, found.issuer_lines)
            ),
            contact=found.contact,
        )

    def _latest_date(self) -> dt.date:
        dates = [
            citation.date
            for item in self.found.body
            for citation in citations(item.text)
            if citation.date is not None
        ]
        return max(dates, default=dt.date(2000, 1, 1))

    def _signature(self) -> Signature:
        titles = list(self.found.signature_titles)
        capacities: list[Capacity] = []
        own: list[str] = []
        for title in titles:
            match = patterns.CAPACITY.match(title)
            if match and match["title"].strip():
                capacities.append(
                    Capacity(
                        prefix=SignaturePrefix(f"{match['prefix']}."),
                        title=" ".join(match["title"].split()),
                    )
                )
            else:
                own.append(title)
        signer_title = " ".join(own) or None
        if not capacities and signer_title is None:
            signer_title = self._placeholder("signature.title", upper=True)
        if capacities and capacities[-1].prefix is SignaturePrefix.KT and not signer_title:
            signer_title = self._placeholder("signature.title", upper=True)
        name = self.found.signer_name or self._placeholder("signature.name")
        return Signature(name=name, signer_title=signer_title, capacities=capacities)

    def _directives(self, summary: str, date: dt.date) -> tuple[Directive, ...]:
        """The document the trích yếu or the opening sentence says is implemented
        (:mod:`directive_report.readers._directive`)."""
        body = [item.text for item in self.found.body if item.kind != "heading"]
        directive = implemented_directive(summary, body, date)
        return () if directive is None else (directive,)
