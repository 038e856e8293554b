"""The body (ô 6): headings, paragraphs, list items, Căn cứ, Điều, the closing (private).

A labelled paragraph is a heading when it is a Roman numeral (unless its title goes on after a
colon, "I. Thời gian: 14 giờ 30 phút …", or it is a sentence ending in "… đề nghị:"), or when it
is short, does not end a sentence or an item, and content of a lower rank follows it; otherwise
it is a list item; its depth is its kind's place among the kinds that head something.  Two
kinds of labelled paragraphs are never headings: a sentence that announces the list under it
("… thực hiện các nội dung sau:", "… như sau:", "…, cụ thể:", "… các mô hình như:", "Hồ sơ
gồm:", "Kiến nghị, đề xuất: Trung tâm kính đề xuất UBND tỉnh:") and a numbered khoản or điểm
of an Điều that ends a sentence ("3. Ông Triệu Tài Thông - Chuyên viên …, Thành viên.").
Siblings are of one nature: a short paragraph ending in "." is an item, not a heading, when one
of its siblings (same label kind, same parent) is an item ("a) … chưa theo dõi … tiêu chí
này." / "c) Có 06/139 đề xuất … chưa được giải quyết.").
"""

from __future__ import annotations

import re

import directive_report.readers._patterns as patterns
from directive_report.readers._lines import Line, Zone
from directive_report.readers._recognised import BodyItem, Heading, Unplaced, label_of

__all__ = ["read_body"]

#: The end of a sentence that announces a list: "các nội dung sau:", "như sau:", "sau đây:",
#: "…, cụ thể:", "… như:", "… gồm:", "… gồm có:" (not "Các mục tiêu cụ thể:", a title); or a
#: title that goes on into the sentence announcing the list ("Kiến nghị, đề xuất: Trung tâm
#: kính đề xuất UBND tỉnh:").
_LEAD_IN = re.compile(
    r"(?:\bnhư(?:\s+sau)?|\bsau\s+đây|\bsau|\bgồm(?:\s+có)?|,\s*cụ\s+thể|:\s*\S+\s+\S.*)\s*:$",
    re.IGNORECASE,
)

#: A title that goes on after its colon into what it announces ("Thời gian: 14 giờ 30 phút,
#: ngày 12 tháng 01 năm 2026", "Hình thức: Trực tiếp và trực tuyến."): a line, not a heading.
_TITLE_GOES_ON = re.compile(r":\s*\S.*[^:\s]\s*$")

#: A sentence ending in the request it announces, in lower case after its subject ("Văn phòng
#: Chính phủ trân trọng đề nghị:", "… kính đề nghị:"; not "II. KIẾN NGHỊ, ĐỀ NGHỊ:", a title).
_REQUEST = re.compile(r"\S\s+(?:(?:trân\s+trọng|kính)\s+)?đề\s+nghị\s*:$")

Labelled = list[tuple[Line, tuple[str, str, str] | None]]


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


def read_body(lines: list[Line], unplaced: list[Unplaced]) -> list[BodyItem]:
    labelled = [(line, label_of(line.text)) for line in lines]
    heading_kinds = _heading_kinds(labelled)
    clauses = _clause_indices(labelled)
    items: list[BodyItem] = []
    headings = _headings(labelled, heading_kinds, clauses)
    depth_of = _depths(labelled, headings, heading_kinds)
    last_heading = max(headings, default=-1)
    closing_from = len(lines)
    for index in range(len(lines) - 1, last_heading, -1):
        if patterns.CLOSING_STARTS.match(lines[index].text):
            closing_from = index
            break
    for index, (line, found) in enumerate(labelled):
        text = line.text
        if line.zone is Zone.TABLE:
            items.append(
                BodyItem(kind="table", text=text, location=line.location, table=line.table)
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
        if index in headings:
            heading = Heading(label=label, title=rest, depth=depth_of[kind], location=line.location)
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


def _clause_indices(labelled: Labelled) -> set[int]:
    """The indices of the numbered khoản and điểm inside an Điều that end a sentence: the
    labelled lines (other than Roman-numbered ones) ending in "." from an "Điều N." line to the
    next Roman-numbered heading."""
    found_in: set[int] = set()
    in_article = False
    for index, (line, found) in enumerate(labelled):
        if patterns.ARTICLE.match(line.text):
            in_article = True
        elif found is not None and found[0] == "roman":
            in_article = False
        elif in_article and found is not None and found[2].endswith("."):
            found_in.add(index)
    return found_in


def _headings(labelled: Labelled, kinds: list[str], clauses: set[int]) -> set[int]:
    """The indices of the labelled lines that are headings: each by :func:`_is_heading`, less
    the short sentences ending in "." whose siblings include an item."""
    found = {
        index
        for index, (_, label) in enumerate(labelled)
        if label and index not in clauses and _is_heading(labelled, index, kinds)
    }
    return {
        index
        for index in found
        if not labelled[index][0].text.endswith(".")
        or all(sibling in found for sibling in _siblings(labelled, index, kinds))
    }


def _depths(labelled: Labelled, headings: set[int], kinds: list[str]) -> dict[str, int]:
    """The depth of each label kind: its place among the kinds that head something here (the
    Roman lines of a công điện that are not headings, "I. Thời gian: …", leave its "1." at
    depth 1)."""
    used = {label[0] for index in headings if (label := labelled[index][1]) is not None}
    heading = [kind for kind in kinds if kind in used]
    return {kind: heading.index(kind) + 1 if kind in used else len(heading) + 1 for kind in kinds}


def _siblings(labelled: Labelled, index: int, kinds: list[str]) -> list[int]:
    """The labelled lines of the same kind as the one at *index* under the same parent: up to
    the nearest line labelled with a shallower kind on either side."""
    label = labelled[index][1]
    if label is None or label[0] not in kinds:
        return []
    kind = label[0]
    rank = kinds.index(kind)
    out: list[int] = []
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(labelled):
            label = labelled[other][1]
            if label and label[0] in kinds and kinds.index(label[0]) < rank:
                break
            if label and label[0] == kind:
                out.append(other)
            other += step
    return out


def _heading_kinds(labelled: list[tuple[Line, tuple[str, str, str] | None]]) -> list[str]:
    kinds = {found[0] for _, found in labelled if found and found[0] not in ("dash", "plus")}
    return [kind for kind in patterns.LABEL_ORDER if kind in kinds]


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
        return not (_TITLE_GOES_ON.search(rest) or _REQUEST.search(rest))
    if rest.endswith(";") or len(rest) > 250 or _LEAD_IN.search(rest) or _REQUEST.search(rest):
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
