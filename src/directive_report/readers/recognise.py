"""One recogniser for every input format: page facts → the parts of an NĐ 30 document.

:func:`recognise` reads the lines of :func:`~directive_report.readers._lines.lines_of` and finds
the parts Phụ lục I of Nghị định 30/2020/NĐ-CP names, whatever the producer did with them: the
header (ô 1–4) as a two-column table, as columns typed with tabs or spaces, or flattened line by
line; the type and trích yếu (ô 5a) or the "V/v" line (ô 5b); "Kính gửi" (ô 9a); the numbered
body — ``I.``, ``1.``, ``1.1.``, ``a)``, ``-``, ``+`` — with Căn cứ and Điều where present; the
closing; "Nơi nhận" (ô 9b) and the signature (ô 7) in a table or not; and what follows
(appendices).  The result, :class:`Recognised`, keeps the text as written and says, for every
piece it could not place, where it was and why.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import directive_report.readers._patterns as patterns
from directive_report.readers._body import read_body
from directive_report.readers._contact import contact_in_footers, split_contact
from directive_report.readers._footer import read_footer, split_footer
from directive_report.readers._lines import Line, Zone, lines_of
from directive_report.readers._parts import read_parts
from directive_report.readers._recognised import (
    BodyItem,
    Heading,
    Recognised,
    Unplaced,
    is_upper,
    join,
    label_of,
    type_of,
)
from directive_report.readers.facts import PageFacts

__all__ = ["BodyItem", "Heading", "Recognised", "Unplaced", "recognise"]

#: How many lines a V/v may wrap onto before "Kính gửi".
_SUBJECT_LINES: Final = 4
#: A document number's figure alone on its line.
_FIGURE_ALONE: Final = re.compile(r"\d{1,6}")


def _figure_above(lines: list[Line], index: int) -> str:
    """The figure of a "Số" printed without one when the line just above is that figure alone:
    a signed PDF stamps the number in its own text box, which its reading order puts before
    the "Số:" line ("12094" / "Số:" / "/BNV-CCHC"); "" otherwise."""
    if index == 0:
        return ""
    above = lines[index - 1].text.strip()
    return above if _FIGURE_ALONE.fullmatch(above) else ""


class _Recogniser:
    def __init__(self, facts: PageFacts) -> None:
        self.source = facts.source
        self.facts = facts
        self.lines = lines_of(facts)
        self.unplaced: list[Unplaced] = []
        self.fields: dict[str, object] = {}

    # ---------------------------------------------------------------------------------------

    def run(self) -> Recognised:
        lines = self.lines
        body_lines = [line for line in lines if line.zone is not Zone.HEADER]
        header_lines = [line for line in lines if line.zone is Zone.HEADER]
        rest = body_lines
        if not header_lines:
            header_lines, rest = self._split_header(body_lines)
        self._header(header_lines)
        rest = self._title(rest)
        rest = self._addressees(rest)
        body, footer, after = split_footer(rest)
        contact, footer, after = split_contact(footer, after)
        contact = contact_in_footers(self.facts) or contact
        items = read_body(body, self.unplaced)
        self.fields.update(read_footer(footer, self.unplaced))
        parts = read_parts(after, self.unplaced)
        return Recognised(
            source=self.source,
            body=tuple(items),
            parts=parts,
            unplaced=tuple(self.unplaced),
            contact=contact,
            **self.fields,  # type: ignore[arg-type]
        )

    # ---------------------------------------------------------------------------------------
    # Header (ô 1–4, 5b)

    def _split_header(self, lines: list[Line]) -> tuple[list[Line], list[Line]]:
        """For a document without a header table: the leading lines that hold header facts."""
        end = 0
        for index, line in enumerate(lines[:40]):
            text = line.text
            if (
                type_of(text)
                or patterns.ADDRESSEES.match(text)
                or (patterns.BODY_STARTS.match(text) and not patterns.PLACE_DATE.search(text))
            ):
                break
            if (
                patterns.NATIONAL_TITLE.search(text)
                or patterns.MOTTO.search(text)
                or patterns.NUMBER.search(text)
                or patterns.PLACE_DATE.search(text)
                or patterns.SUBJECT.match(text)
                or re.search(r"tháng\s+\d*\s*năm\s+\d{4}", text)
            ):
                end = index + 1
        if end == 0:
            return [], lines
        end = self._subject_end(lines, end)
        # the V/v of a công văn may wrap onto lines after the date line of a flattened page
        return lines[:end], lines[end:]

    @staticmethod
    def _subject_end(lines: list[Line], end: int) -> int:
        """*end*, or past the lines that go on with a V/v ending the header when "Kính gửi"
        follows them ("V/v trình hồ sơ phê chuẩn kết quả / Đại hội Đoàn Luật sư tỉnh Bình /
        Thuận nhiệm kỳ 2024 - 2029 / Kính gửi: …"): none of them ends a sentence, but the last
        one may end with a full stop."""
        if not patterns.SUBJECT.match(lines[end - 1].text):
            return end
        for index in range(end, min(end + _SUBJECT_LINES, len(lines))):
            text = lines[index].text
            if patterns.ADDRESSEES.match(text):
                return index
            following = lines[index + 1].text if index + 1 < len(lines) else ""
            if text.rstrip().endswith((".", ";", ":")) and not patterns.ADDRESSEES.match(following):
                break
        return end

    @staticmethod
    def _covered(lines: list[Line]) -> set[int]:
        """The lines the Quốc hiệu and the Tiêu ngữ occupy, even when broken across lines."""
        offsets: list[tuple[int, int]] = []
        position = 0
        for line in lines:
            offsets.append((position, position + len(line.text)))
            position += len(line.text) + 1
        text = "\n".join(line.text for line in lines)
        covered: set[int] = set()
        for pattern in (patterns.NATIONAL_TITLE, patterns.MOTTO):
            for match in pattern.finditer(text):
                covered.update(
                    index
                    for index, (start, end) in enumerate(offsets)
                    if start < match.end() and end > match.start()
                )
        return covered

    def _header(self, lines: list[Line]) -> None:
        if not lines:
            return
        covered = self._covered(lines)
        names: list[Line] = []
        subject: list[str] = []
        in_subject = False
        seen_number = False
        for index, line in enumerate(lines):
            text = line.text
            number = patterns.NUMBER.search(text)
            if number and "number" not in self.fields:
                figure = number["number"] or _figure_above(lines, index)
                self.fields["number"] = f"{figure}/{number['symbol']}"
            seen_number = seen_number or number is not None
            following = lines[index + 1].text if index + 1 < len(lines) else ""
            date = patterns.PLACE_DATE.search(text) or (
                patterns.PLACE_DATE.search(f"{text} {following}") if "ngày" in text else None
            )
            if date and "date" not in self.fields:
                self._date(date)
                in_subject = False
                continue
            subject_match = patterns.SUBJECT.match(text)
            if subject_match:
                in_subject = True
                subject.append(subject_match["text"])
                continue
            if in_subject and not (index in covered or number or is_upper(text)):
                subject.append(text)
                continue
            in_subject = False
            if index not in covered and line.column == 0 and not seen_number and is_upper(text):
                names.append(line)
        if subject:
            self.fields["summary"] = join(subject).rstrip(".")
            self.fields["doc_type"] = "Công văn"
        self._names(names)

    def _date(self, match: re.Match[str]) -> None:
        self.fields["place"] = " ".join(match["place"].split()) or None
        if match["day"] and match["month"]:
            try:
                self.fields["date"] = dt.date(
                    int(match["year"]), int(match["month"]), int(match["day"])
                )
            except ValueError:
                self.unplaced.append(
                    Unplaced(location="header", text=match.group(0), reason="not a valid date")
                )

    def _names(self, lines: list[Line]) -> None:
        """ô 2: the issuer, and its superior when two names are printed."""
        if not lines:
            return
        groups: list[list[Line]] = []
        # bold tells the issuer from its superior only when the file varies it
        informative = len({line.bold for line in lines}) > 1
        for line in lines:
            # a name broken after its first word ("ỦY / BAN NHÂN DÂN") goes on in the same group
            broken = bool(groups) and len(groups[-1][-1].text.split()) == 1
            new_group = (
                bool(groups) and groups[-1][-1].bold != line.bold
                if informative
                else line.text.startswith(patterns.AGENCY_STARTS) and not broken
            )
            if not groups or new_group:
                groups.append([line])
            else:
                groups[-1].append(line)
        if len(groups) >= 2:
            self.fields["superior"] = join([line.text for line in groups[0]])
        issuer = [line.text for group in groups[min(1, len(groups) - 1) :] for line in group]
        self.fields["issuer"] = join(issuer)
        self.fields["issuer_lines"] = tuple(issuer)

    # ---------------------------------------------------------------------------------------
    # Title (ô 5a)

    def _title(self, lines: list[Line]) -> list[Line]:
        for index, line in enumerate(lines[:6]):
            doc_type = type_of(line.text)
            if doc_type is None:
                continue
            for skipped in lines[:index]:
                self.unplaced.append(
                    Unplaced(
                        location=skipped.location,
                        text=skipped.text,
                        reason="before the document type: not a part of the header",
                    )
                )
            self.fields["doc_type"] = doc_type
            summary: list[str] = []
            position = index + 1
            while position < len(lines):
                candidate = lines[position]
                text = candidate.text
                if (
                    # the trích yếu in capitals may start "THỰC HIỆN …", "TRIỂN KHAI …"
                    (patterns.BODY_STARTS.match(text) and not is_upper(text))
                    or patterns.ADDRESSEES.match(text)
                    or label_of(text) is not None
                    or patterns.DECIDES.match(text)
                ):
                    break
                if summary and line.bold and candidate.formatted and not candidate.bold:
                    break  # the type line is bold: the trích yếu is too
                if summary and self._authority_line(lines, position):
                    break  # the authority line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN ...")
                summary.append(text)
                position += 1
                if candidate.rule_after:
                    break
                if (
                    not candidate.formatted
                    and len(summary) >= 1
                    and not is_upper(text)
                    and (text.endswith(".") or len(join(summary)) > 400)
                ):
                    break
            if summary:
                self.fields["summary"] = join(summary)
            return lines[position:]
        return lines

    @staticmethod
    def _authority_line(lines: list[Line], index: int) -> bool:
        """Whether line *index* names who decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "HỘI ĐỒNG
        NHÂN DÂN TỈNH …" and its session lines), the Căn cứ following within three lines."""
        text = lines[index].text
        if not (is_upper(text) and patterns.AUTHORITY_LINE.match(text)):
            return False
        return any(
            patterns.BODY_STARTS.match(line.text) and not is_upper(line.text)
            for line in lines[index + 1 : index + 4]
        )

    # ---------------------------------------------------------------------------------------
    # Kính gửi (ô 9a)

    def _addressees(self, lines: list[Line]) -> list[Line]:
        for index, line in enumerate(lines[:8]):
            match = patterns.ADDRESSEES.match(line.text)
            if match is None:
                continue
            found: list[str] = []
            rest = match["rest"].strip()
            if rest:
                found.append(rest)
            position = index + 1
            last_done = bool(rest) and rest.endswith(".")
            while position < len(lines) and not last_done:
                text = lines[position].text
                if not re.match(r"^[-–+•]\s*\S", text):
                    if rest:
                        break
                    # a single recipient on the line below "Kính gửi:"
                    if not found and len(text) < 150 and not patterns.BODY_STARTS.match(text):
                        found.append(text)
                        position += 1
                    break
                found.append(re.sub(r"^[-–+•]\s*", "", text))
                position += 1
                last_done = text.endswith(".")
            self.fields["addressees"] = tuple(
                item.rstrip(";.,").strip() for item in found if item.rstrip(";.,").strip()
            )
            for skipped in lines[:index]:
                self.unplaced.append(
                    Unplaced(
                        location=skipped.location,
                        text=skipped.text,
                        reason="between the title and Kính gửi",
                    )
                )
            return lines[position:]
        return lines


def recognise(facts: PageFacts) -> Recognised:
    """The parts of the document *facts* describe (see the module's description)."""
    return _Recogniser(facts).run()
