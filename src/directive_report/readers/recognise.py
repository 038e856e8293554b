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
from collections.abc import Sequence
from typing import Final

import attrs

from directive_report.readers import _patterns as patterns
from directive_report.readers._lines import Line, Zone, lines_of
from directive_report.readers.facts import PageFacts

__all__ = ["BodyItem", "Heading", "Recognised", "Unplaced", "recognise"]


@attrs.frozen(kw_only=True)
class Unplaced:
    """A piece of text the recogniser could not place: where it was, the text, and why."""

    location: str
    text: str
    reason: str


@attrs.frozen(kw_only=True)
class Heading:
    """A section heading: its label as printed (``"I."``, ``"1."``, ``"a)"``), title and depth
    (1 for the outermost kind of heading in the document)."""

    label: str
    title: str
    depth: int
    location: str


@attrs.frozen(kw_only=True)
class BodyItem:
    """One piece of the body in reading order.

    ``kind`` is ``"heading"`` (with ``heading``), ``"paragraph"``, ``"item"`` (a list item whose
    label kind is ``label_kind``: ``"dash"``, ``"plus"``, ``"arabic"``, ``"letter"``...),
    ``"legal_basis"`` (Căn cứ), ``"article"`` (Điều) or ``"closing"``.  ``runs`` are
    ``(text, bold, italic)`` without the label.
    """

    kind: str
    text: str
    location: str
    runs: tuple[tuple[str, bool, bool], ...] = ()
    label: str = ""
    label_kind: str = ""
    heading: Heading | None = None


@attrs.frozen(kw_only=True)
class Recognised:
    """What :func:`recognise` found.  Text is kept as written (NFC, spaces collapsed); header
    names joined into one line with single spaces; ``number`` as ``"89/KH-STTTT"`` (``"/BC-X"``
    when the number is left blank)."""

    source: str
    superior: str | None = None
    issuer: str | None = None
    number: str | None = None
    place: str | None = None
    date: dt.date | None = None
    doc_type: str | None = None
    summary: str | None = None
    addressees: tuple[str, ...] = ()
    body: tuple[BodyItem, ...] = ()
    recipients: tuple[str, ...] = ()
    archive: str | None = None
    signature_titles: tuple[str, ...] = ()
    signer_name: str | None = None
    unplaced: tuple[Unplaced, ...] = ()

    @property
    def headings(self) -> tuple[Heading, ...]:
        """The section headings in reading order."""
        return tuple(item.heading for item in self.body if item.heading is not None)


_NOISE_BEFORE_NAME: Final = re.compile(r"^[\(\[].*[\)\]]$|^\(?đã\s+ký\)?$", re.IGNORECASE)
#: A list item's marker.
_ITEM: Final = re.compile(r"^[-–+•]\s*")
#: Two items a converter put on one line: "- Phòng VX;- Lưu VT".
_GLUED_ITEMS: Final = re.compile(r";\s*-\s*")


def _split_glued_name(text: str) -> tuple[str, str | None]:
    """``("PHÓ CỤC TRƯỞNG", "Trịnh Đình Kính")`` for a title and a name a converter glued
    together ("PHÓ CỤC TRƯỞNGTrịnh Đình Kính"); ``(text, None)`` otherwise."""
    for index in range(1, len(text) - 1):
        if text[index].isupper() and text[index + 1].islower():
            title, name = text[:index].strip(), text[index:].strip()
            if _is_upper(title) and text[index - 1].isupper() and len(name.split()) >= 2:
                return title, name
            break
    return text, None


def _merge_wrapped_titles(titles: list[str]) -> tuple[str, ...]:
    """The signature's capital lines with a capacity that wrapped onto a second line joined
    back: a signer has one own title below the capacities, so of two lines without a prefix
    after a capacity, the first is the capacity's continuation ("TL. CHỦ TỊCH ỦY" /
    "BAN NHÂN DÂN TỈNH" / "CHÁNH VĂN PHÒNG")."""
    merged = list(titles)
    while len(merged) >= 3:
        last_capacity = max(
            (index for index, title in enumerate(merged) if patterns.CAPACITY.match(title)),
            default=None,
        )
        if last_capacity is None or len(merged) - last_capacity - 1 < 2:
            break
        merged[last_capacity : last_capacity + 2] = [
            f"{merged[last_capacity]} {merged[last_capacity + 1]}"
        ]
    return tuple(merged)


def _is_upper(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def _join(parts: Sequence[str]) -> str:
    return " ".join(" ".join(parts).split())


def _type_of(text: str) -> str | None:
    """The type name of a title line ("BÁO CÁO" → "Báo cáo"); a longer title keeps its type."""
    clean = " ".join(text.replace(":", " ").split())
    if clean in patterns.TYPE_TITLES:
        return patterns.TYPE_TITLES[clean]
    return None


def _label(text: str) -> tuple[str, str, str] | None:
    """``(kind, label, rest)`` of a labelled paragraph."""
    for kind, pattern in patterns.LABELS:
        match = pattern.match(text)
        if match:
            return kind, " ".join(match["label"].split()), match["rest"].strip()
    return None


def _strip_label_runs(
    runs: tuple[tuple[str, bool, bool], ...], rest: str
) -> tuple[tuple[str, bool, bool], ...]:
    """The runs of a paragraph without its label: drop characters until *rest* starts."""
    text = "".join(part for part, _, _ in runs)
    start = text.find(rest[:20]) if rest else len(text)
    if start < 0:
        return ((rest, False, False),)
    out: list[tuple[str, bool, bool]] = []
    position = 0
    for part, bold, italic in runs:
        end = position + len(part)
        if end > start:
            out.append((part[max(0, start - position) :], bold, italic))
        position = end
    return tuple(out)


class _Recogniser:
    def __init__(self, facts: PageFacts) -> None:
        self.source = facts.source
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
        body, footer, after = self._split_footer(rest)
        items = self._body(body)
        self._footer(footer)
        for line in after:
            self.unplaced.append(
                Unplaced(
                    location=line.location,
                    text=line.text,
                    reason="after the signature (an appendix or attachment): the model has no "
                    "appendices yet",
                )
            )
        return Recognised(
            source=self.source,
            body=tuple(items),
            unplaced=tuple(self.unplaced),
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
                _type_of(text)
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
        # the V/v of a công văn may wrap onto lines after the date line of a flattened page
        return lines[:end], lines[end:]

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
                self.fields["number"] = f"{number['number'] or ''}/{number['symbol']}"
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
            if in_subject and not (index in covered or number or _is_upper(text)):
                subject.append(text)
                continue
            in_subject = False
            if index not in covered and line.column == 0 and not seen_number and _is_upper(text):
                names.append(line)
        if subject:
            self.fields["summary"] = _join(subject).rstrip(".")
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
            new_group = (
                bool(groups) and groups[-1][-1].bold != line.bold
                if informative
                else line.text.startswith(patterns.AGENCY_STARTS)
            )
            if not groups or new_group:
                groups.append([line])
            else:
                groups[-1].append(line)
        if len(groups) >= 2:
            self.fields["superior"] = _join([line.text for line in groups[0]])
            self.fields["issuer"] = _join([line.text for group in groups[1:] for line in group])
        else:
            self.fields["issuer"] = _join([line.text for line in groups[0]])

    # ---------------------------------------------------------------------------------------
    # Title (ô 5a)

    def _title(self, lines: list[Line]) -> list[Line]:
        for index, line in enumerate(lines[:6]):
            doc_type = _type_of(line.text)
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
                    patterns.BODY_STARTS.match(text)
                    or patterns.ADDRESSEES.match(text)
                    or _label(text) is not None
                    or patterns.DECIDES.match(text)
                ):
                    break
                if line.bold and candidate.formatted and not candidate.bold:
                    break  # the type line is bold: the trích yếu is too
                next_text = lines[position + 1].text if position + 1 < len(lines) else ""
                if summary and _is_upper(text) and patterns.BODY_STARTS.match(next_text):
                    break  # the authority line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN ...")
                summary.append(text)
                position += 1
                if candidate.rule_after:
                    break
                if (
                    not candidate.formatted
                    and len(summary) >= 1
                    and not _is_upper(text)
                    and (text.endswith(".") or len(_join(summary)) > 400)
                ):
                    break
            if summary:
                self.fields["summary"] = _join(summary)
            return lines[position:]
        return lines

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

    # ---------------------------------------------------------------------------------------
    # Footer (ô 9b and 7) and what follows

    def _split_footer(self, lines: list[Line]) -> tuple[list[Line], list[Line], list[Line]]:
        start = len(lines)
        for index, line in enumerate(lines):
            if line.zone is Zone.FOOTER:
                start = index
                break
            text = line.text
            if patterns.RECIPIENTS.match(text) or (
                patterns.CAPACITY.match(text) and _is_upper(text) and index > 0
            ):
                start = index
                break
            if (
                index > 0
                and lines[index - 1].text.endswith("./.")
                and _is_upper(text)
                and len(text) < 60
                and _label(text) is None
            ):
                start = index
                break
        body, footer = lines[:start], lines[start:]
        end = len(footer)
        seen_name = False
        for index, line in enumerate(footer):
            if line.zone is Zone.FOOTER:
                continue
            if seen_name and (
                (_is_upper(line.text) and not patterns.CAPACITY.match(line.text))
                or line.text.startswith(
                    ("PHỤ LỤC", "Phụ lục", "QUY ĐỊNH", "QUY CHẾ", "DANH SÁCH", "BIỂU")
                )
            ):
                end = index
                break
            if self._looks_like_name(line.text):
                seen_name = True
        return body, footer[:end], footer[end:]

    @staticmethod
    def _looks_like_name(text: str) -> bool:
        words = text.split()
        return (
            1 < len(words) <= 6
            and all(word[:1].isupper() for word in words)
            and not _is_upper(text)
            and not text.startswith(("-", "Nơi", "Lưu"))
        )

    def _footer(self, lines: list[Line]) -> None:
        recipients: list[str] = []
        titles: list[str] = []
        name: str | None = None
        seen_recipients = in_recipients = False
        for line in lines:
            text = line.text
            match = patterns.RECIPIENTS.match(text)
            if match:
                seen_recipients = in_recipients = True
                rest = match["rest"].strip()
                if rest:
                    recipients.append(rest)
                continue
            if seen_recipients and _ITEM.match(text):
                # an item, even when a converter put the signature's lines among the items
                recipients.append(_ITEM.sub("", text))
                in_recipients = True
                continue
            if (
                in_recipients
                and recipients
                and not _is_upper(text)
                and not self._looks_like_name(text)
                and line.column == 0
                and not titles
            ):
                recipients[-1] = f"{recipients[-1]} {text}"  # an item wrapped onto a new line
                continue
            if line.zone is Zone.FOOTER and line.column == 0 and in_recipients:
                continue
            in_recipients = False
            title, glued_name = _split_glued_name(text)
            if _is_upper(title) and name is None:
                if (
                    titles
                    and titles[-1].rstrip().endswith(".")
                    and patterns.CAPACITY.match(titles[-1] + " X")
                ):
                    titles[-1] = f"{titles[-1]} {title}"  # "TM." broken from its body's name
                else:
                    titles.append(title)
                if glued_name:
                    name = glued_name
                continue
            if patterns.SIGNATURE_NOISE.match(text) or _NOISE_BEFORE_NAME.match(text):
                continue
            if titles and name is None and self._looks_like_name(text):
                name = text
                continue
            self.unplaced.append(
                Unplaced(
                    location=line.location,
                    text=text,
                    reason="in the footer, but neither a recipient nor part of the signature",
                )
            )
        items = [
            " ".join(piece.split()).rstrip(";.,").strip()
            for item in recipients
            for piece in _GLUED_ITEMS.split(item)
        ]
        archive = None
        kept: list[str] = []
        for item in items:
            found = patterns.ARCHIVE.match(item)
            if found:
                archive = found["rest"].strip().rstrip(".") or "VT"
            elif item:
                kept.append(item)
        self.fields["recipients"] = tuple(kept)
        self.fields["archive"] = archive
        self.fields["signature_titles"] = _merge_wrapped_titles(
            [" ".join(title.split()) for title in titles]
        )
        self.fields["signer_name"] = name

    # ---------------------------------------------------------------------------------------
    # Body (ô 6)

    def _body(self, lines: list[Line]) -> list[BodyItem]:
        labelled = [(line, _label(line.text)) for line in lines]
        heading_kinds = self._heading_kinds(labelled)
        depth_of = {kind: depth for depth, kind in enumerate(heading_kinds, start=1)}
        items: list[BodyItem] = []
        last_heading = max(
            (
                i
                for i, (line, found) in enumerate(labelled)
                if found and self._is_heading(labelled, i, heading_kinds)
            ),
            default=-1,
        )
        closing_from = len(lines)
        for index in range(len(lines) - 1, last_heading, -1):
            if patterns.CLOSING_STARTS.match(lines[index].text):
                closing_from = index
                break
        for index, (line, found) in enumerate(labelled):
            text = line.text
            if line.zone is Zone.TABLE:
                self.unplaced.append(
                    Unplaced(
                        location=line.location,
                        text=text,
                        reason="in a table: the model has no tables yet",
                    )
                )
                continue
            if index >= closing_from:
                items.append(
                    BodyItem(kind="closing", text=text, location=line.location, runs=line.runs)
                )
                continue
            if re.match(r"^Căn\s+cứ\b", text):
                items.append(
                    BodyItem(kind="legal_basis", text=text, location=line.location, runs=line.runs)
                )
                continue
            article = patterns.ARTICLE.match(text)
            if article:
                items.append(
                    BodyItem(kind="article", text=text, location=line.location, runs=line.runs)
                )
                continue
            if patterns.DECIDES.match(text):
                items.append(
                    BodyItem(kind="paragraph", text=text, location=line.location, runs=line.runs)
                )
                continue
            if found is None:
                items.append(
                    BodyItem(kind="paragraph", text=text, location=line.location, runs=line.runs)
                )
                continue
            kind, label, rest = found
            runs = _strip_label_runs(line.runs, rest)
            if self._is_heading(labelled, index, heading_kinds):
                heading = Heading(
                    label=label, title=rest, depth=depth_of[kind], location=line.location
                )
                items.append(
                    BodyItem(
                        kind="heading",
                        text=rest,
                        location=line.location,
                        runs=runs,
                        label=label,
                        label_kind=kind,
                        heading=heading,
                    )
                )
            else:
                items.append(
                    BodyItem(
                        kind="item",
                        text=rest,
                        location=line.location,
                        runs=runs,
                        label=label,
                        label_kind=kind,
                    )
                )
        return items

    @staticmethod
    def _heading_kinds(labelled: list[tuple[Line, tuple[str, str, str] | None]]) -> list[str]:
        kinds = {found[0] for _, found in labelled if found and found[0] not in ("dash", "plus")}
        return [kind for kind in patterns.LABEL_ORDER if kind in kinds]

    @staticmethod
    def _is_heading(
        labelled: list[tuple[Line, tuple[str, str, str] | None]], index: int, kinds: list[str]
    ) -> bool:
        line, found = labelled[index]
        if found is None:
            return False
        kind, _, rest = found
        if kind in ("dash", "plus"):
            return False
        if kind == "roman":
            return True
        if rest.endswith(";") or len(rest) > 250:
            return False
        if line.formatted and line.bold:
            return True
        following = labelled[index + 1][1] if index + 1 < len(labelled) else None
        if index + 1 >= len(labelled):
            return False
        if following is not None and following[0] == kind:
            return False  # a sibling follows directly: a list, not a heading
        if following is None and patterns.CLOSING_STARTS.match(labelled[index + 1][0].text):
            return False
        if rest.endswith(".") and len(rest) > 120:
            return False
        shallower = (
            following is not None
            and following[0] in kinds
            and kinds.index(following[0]) < kinds.index(kind)
        )
        return not shallower


def recognise(facts: PageFacts) -> Recognised:
    """The parts of the document *facts* describe (see the module's description)."""
    return _Recogniser(facts).run()
