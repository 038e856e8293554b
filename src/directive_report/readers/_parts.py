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
from typing import Final

from directive_report.errors import DirectiveReportError
from directive_report.model import Appendix, Attachment, document_type
from directive_report.readers._body import read_body
from directive_report.readers._body_blocks import body_blocks
from directive_report.readers._lines import Line
from directive_report.readers._recognised import Part, Unplaced, join, type_of

__all__ = ["model_parts", "read_parts"]

_APPENDIX: Final = re.compile(r"^(?:Phụ\s+lục|PHỤ\s+LỤC)(?:\s+(?:[IVXLC]+|\d+))?\s*:?$")
_REFERENCE: Final = re.compile(r"^\((?P<verb>[^()]*?)\s*kèm\s+theo\b[^()]*\)\.?$", re.IGNORECASE)


def _starts_part(text: str) -> bool:
    return bool(_APPENDIX.match(text)) or type_of(text) is not None


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
            match = _REFERENCE.match(rest[0].text)
            if match:
                reference = rest.pop(0).text
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
        intro, sections, closing = body_blocks(part.body, unplaced)
        try:
            if part.kind == "appendix":
                appendices.append(
                    Appendix(
                        title=part.title or part.label,
                        blocks=(*intro, *closing),
                        sections=sections,
                    )
                )
            elif decision:
                attachments.append(
                    Attachment(
                        doc_type=document_type(part.title),
                        summary=part.summary,
                        verb=part.verb,
                        intro=intro,
                        sections=sections,
                        closing=closing,
                    )
                )
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
