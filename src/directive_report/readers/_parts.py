"""What follows the signature: appendices (Phụ lục) and the document a decision issues (private).

An appendix opens with "Phụ lục" (a Roman numeral when there are several), its title in
capitals and the line "(Kèm theo <type> số … ngày … của …)" (NĐ 30/2020, Phụ lục I, III.1);
the document a decision issues opens with its type ("KẾ HOẠCH"), its trích yếu and the line
"(Ban hành kèm theo Quyết định số …)" or "(Phê duyệt kèm theo …)".  The body that follows is
read like the document's own.  A line after the signature that opens neither stays unplaced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from directive_report.errors import DirectiveReportError
from directive_report.model import Appendix, Attachment, Report, document_type
from directive_report.readers._body import read_body
from directive_report.readers._body_blocks import body_blocks
from directive_report.readers._chapters import divided_body
from directive_report.readers._lines import Line
from directive_report.readers._recognised import Part, Unplaced, join, type_of

__all__ = ["model_parts", "read_parts", "referenced_issuer", "with_referenced_issuer"]

_APPENDIX: Final = re.compile(r"^(?:Phụ\s+lục|PHỤ\s+LỤC)(?:\s+(?:[IVXLC]+|\d+))?\s*:?$")
_REFERENCE: Final = re.compile(r"^\((?P<verb>[^()]*?)\s*kèm\s+theo\b[^()]*\)\.?$", re.IGNORECASE)
#: A "(… kèm theo …)" line run into the end of the title line above it.
_REFERENCE_AT_END: Final = re.compile(
    r"\s(?P<reference>\([^()]*?\s*kèm\s+theo\b[^()]*\)\.?)$", re.IGNORECASE
)
#: Who issued the document a reference line names: the words after "của" that follow its date.
_REFERENCE_ISSUER: Final = re.compile(
    r"(?:năm\s+\d{4}|[\d/.-]{6,})\s+của\s+(?P<issuer>[^()]+?)\s*\)\.?$", re.IGNORECASE
)
#: At most how many lines a "(… kèm theo …)" line is broken into.
_REFERENCE_LINES: Final = 3


def _starts_part(text: str) -> bool:
    return bool(_APPENDIX.match(text)) or type_of(text) is not None


def _reference_lines(lines: Sequence[Line]) -> tuple[int, str]:
    """How many of the first *lines* make the "(… kèm theo …)" line, and its text: a line broken
    by the page ("(Ban hành kèm theo Quyết định số" / "/QĐ-UBND ngày …)") is joined back.
    ``(0, "")`` when they do not start with it."""
    if not lines or not lines[0].text.startswith("("):
        return 0, ""
    for count in range(1, min(len(lines), _REFERENCE_LINES) + 1):
        text = join([line.text for line in lines[:count]])
        if _REFERENCE.match(text):
            return count, text
        if lines[count - 1].text.rstrip(".").endswith(")"):
            break
    return 0, ""


def read_parts(lines: Sequence[Line], unplaced: list[Unplaced]) -> tuple[Part, ...]:
    """The parts of the lines after the signature, in order."""
    parts: list[Part] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not _starts_part(line.text):
            unplaced.append(
                Unplaced(
                    location=line.location,
                    text=line.text,
                    reason="after the signature, before any Phụ lục or attached document",
                )
            )
            index += 1
            continue
        end = index + 1
        while end < len(lines) and not _starts_part(lines[end].text):
            end += 1
        head, rest = lines[index], list(lines[index + 1 : end])
        titles: list[str] = []
        reference = ""
        while rest and len(titles) < 4:
            taken, joined = _reference_lines(rest)
            if taken:
                reference = joined
                del rest[:taken]
                break
            glued = _REFERENCE_AT_END.search(rest[0].text)
            if glued and glued.start() > 0:  # a title line the page ran into the reference
                titles.append(rest.pop(0).text[: glued.start()].strip())
                reference = glued["reference"]
                break
            if titles and not rest[0].bold and rest[0].formatted:
                break
            titles.append(rest.pop(0).text)
        if not reference:  # no reference line: only the first line is a title
            rest = [*(lines[index + 2 : index + 1 + len(titles)]), *rest] if titles else rest
            titles = titles[:1]
        verb_match = _REFERENCE.match(reference)
        verb = verb_match["verb"].strip() if verb_match else ""
        body = tuple(read_body(rest, unplaced))
        if _APPENDIX.match(head.text):
            parts.append(
                Part(
                    kind="appendix",
                    location=head.location,
                    label=head.text,
                    title=join(titles),
                    reference=reference,
                    body=body,
                )
            )
        else:
            parts.append(
                Part(
                    kind="attachment",
                    location=head.location,
                    title=type_of(head.text) or head.text,
                    summary=join(titles),
                    verb=verb or "Ban hành",
                    reference=reference,
                    body=body,
                )
            )
        index = end
    return tuple(parts)


def model_parts(
    parts: Sequence[Part], unplaced: list[Unplaced], decision: bool
) -> tuple[tuple[Appendix, ...], tuple[Attachment, ...]]:
    """The model's appendices and attached documents (an attached document only for a
    decision); a part the model refuses is listed as unplaced with the reason."""
    appendices: list[Appendix] = []
    attachments: list[Attachment] = []
    for part in parts:
        try:
            if part.kind == "appendix":
                intro, sections, closing = body_blocks(part.body, unplaced)
                appendices.append(
                    Appendix(
                        title=part.title or part.label,
                        blocks=(*intro, *closing),
                        sections=sections,
                    )
                )
            elif decision:
                attachments.append(_attachment(part, unplaced))
            else:
                raise DirectiveReportError(
                    "an attached document follows only a decision's articles"
                )
        except DirectiveReportError as error:
            unplaced.append(
                Unplaced(
                    location=part.location,
                    text=part.title,
                    reason=f"after the signature: {error}",
                )
            )
    return tuple(appendices), tuple(attachments)


def _attachment(part: Part, unplaced: list[Unplaced]) -> Attachment:
    """The document a decision issues: divided in chapters or articles when its body is (a quy
    chế, a quy định), else in sections like a report's body."""
    divided = divided_body(part.body)
    body: dict[str, Any]
    if divided is None:
        intro, sections, closing = body_blocks(part.body, unplaced)
        body = {"intro": intro, "sections": sections, "closing": closing}
    else:
        body = {
            "intro": body_blocks(divided.intro, unplaced)[0],
            "chapters": divided.chapters,
            "articles": divided.articles,
            "closing": body_blocks(divided.closing, unplaced)[2],
        }
    return Attachment(
        doc_type=document_type(part.title), summary=part.summary, verb=part.verb, **body
    )


def with_referenced_issuer(report: Report, parts: Sequence[Part]) -> Report:
    """*report* with its decision's ``issuer`` set to whom the attached document's reference
    line names, when that is not who the layout would name from the authority line (so that
    the line prints again as it was printed)."""
    from directive_report.layout.content_parts import issuer_phrase

    named = referenced_issuer(parts)
    if report.decision is None or named is None or named == issuer_phrase(report):
        return report
    return attrs.evolve(report, decision=attrs.evolve(report.decision, issuer=named))


def referenced_issuer(parts: Sequence[Part]) -> str | None:
    """Who issued the decision, as the reference line of the document it issues names them
    ("(Ban hành kèm theo Quyết định số … ngày … của Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang)"
    → ``"Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"``), or None."""
    for part in parts:
        match = _REFERENCE_ISSUER.search(part.reference) if part.kind == "attachment" else None
        if match:
            return " ".join(match["issuer"].split())
    return None
