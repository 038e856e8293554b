"""Nơi nhận (ô 9b), the signature (ô 7) and what follows them (private).

A converter may put the signature's lines among the Nơi nhận items, glue a signer's name to the
title above it, or break a capacity over two lines; :func:`read_footer` undoes each.
"""

from __future__ import annotations

import re
from typing import Final

import directive_report.readers._patterns as patterns
from directive_report.readers._lines import Line, Zone
from directive_report.readers._recognised import Unplaced, is_upper, label_of

__all__ = ["looks_like_name", "read_footer", "split_footer"]

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
            if is_upper(title) and text[index - 1].isupper() and len(name.split()) >= 2:
                return title, name
            break
    return text, None


def _merge_wrapped_titles(titles: list[str]) -> tuple[str, ...]:
    """The signature's capital lines with a capacity that wrapped onto a second line joined
    back: of two lines without a prefix after a capacity, the first is the capacity's
    continuation ("TL. CHỦ TỊCH ỦY" / "BAN NHÂN DÂN TỈNH" / "CHÁNH VĂN PHÒNG") — unless it
    starts with a post, when the signer's titles are two lines ("TL. BỘ TRƯỞNG" / "VỤ TRƯỞNG" /
    "VỤ CẢI CÁCH HÀNH CHÍNH"; "TM. BAN CHỈ ĐẠO" / "PHÓ TRƯỞNG BAN" / "PHÓ CHỦ TỊCH UBND TỈNH")."""
    merged = list(titles)
    while len(merged) >= 3:
        last_capacity = max(
            (index for index, title in enumerate(merged) if patterns.CAPACITY.match(title)),
            default=None,
        )
        if last_capacity is None or len(merged) - last_capacity - 1 < 2:
            break
        if patterns.SIGNER_POST.match(merged[last_capacity + 1]):
            break
        merged[last_capacity : last_capacity + 2] = [
            f"{merged[last_capacity]} {merged[last_capacity + 1]}"
        ]
    return tuple(merged)


def split_footer(lines: list[Line]) -> tuple[list[Line], list[Line], list[Line]]:
    start = len(lines)
    for index, line in enumerate(lines):
        if line.zone is Zone.FOOTER:
            start = index
            break
        text = line.text
        if patterns.RECIPIENTS.match(text) or (
            patterns.CAPACITY.match(text) and is_upper(text) and index > 0
        ):
            start = index
            break
        if (
            index > 0
            and lines[index - 1].text.endswith("./.")
            and is_upper(text)
            and len(text) < 60
            and label_of(text) is None
        ):
            start = index
            break
    body, footer = lines[:start], lines[start:]
    end = len(footer)
    seen_name = False
    for index, line in enumerate(footer):
        if line.zone is Zone.FOOTER:
            seen_name = seen_name or looks_like_name(line.text)
            continue
        if seen_name and (
            (is_upper(line.text) and not patterns.CAPACITY.match(line.text))
            or line.text.startswith(
                ("PHỤ LỤC", "Phụ lục", "QUY ĐỊNH", "QUY CHẾ", "DANH SÁCH", "BIỂU")
            )
        ):
            end = index
            break
        if looks_like_name(line.text):
            seen_name = True
    return body, footer[:end], footer[end:]


def looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        1 < len(words) <= 6
        and all(word[:1].isupper() for word in words)
        and not is_upper(text)
        and not text.startswith(("-", "Nơi", "Lưu"))
        and not text.rstrip().endswith((";", ","))  # an item of Nơi nhận ("Cổng TTĐT;")
    )


def read_footer(lines: list[Line], unplaced: list[Unplaced]) -> dict[str, object]:
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
            and not is_upper(text)
            and not looks_like_name(text)
            and line.column == 0
            and not titles
        ):
            recipients[-1] = f"{recipients[-1]} {text}"  # an item wrapped onto a new line
            continue
        if line.zone is Zone.FOOTER and line.column == 0 and in_recipients:
            continue
        in_recipients = False
        title, glued_name = _split_glued_name(text)
        if is_upper(title) and name is None:
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
        if titles and name is None and looks_like_name(text):
            name = text
            continue
        unplaced.append(
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
    return {
        "recipients": tuple(kept),
        "archive": archive,
        "signature_titles": _merge_wrapped_titles([" ".join(title.split()) for title in titles]),
        "signer_name": name,
    }
