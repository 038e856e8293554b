"""ô 13 read back: the issuing body's address, telephone, fax, e-mail and website (private).

Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục III.4 prints them on page 1 under a rule, and
its example (Mục V, row 12) writes the address on a line of its own, then ``ĐT: …, Fax: …``,
then ``E-Mail: …, Website: …``.  The library puts them in the first-page footer of a DOCX, in
the footer of the "Contact First Page" master page of an ODT, and after the signature in
Markdown; other software puts them in a footer printed on every page, or types them as lines at
the end of the body, often labelled otherwise (``Địa chỉ:``, ``Điện thoại:``, ``Tel:``,
``Email:``, ``Web:``) and on one line.  :func:`read_contact` reads any of these; the words are
kept as written, the labels dropped (the model stores the values, the layout adds the labels).

An unlabelled first line counts as the address only when labelled items follow it and it
looks like one (it holds a comma or a digit, and is neither in capitals nor a person's name);
a value of the wrong shape for its label (a "phone" without digits) is not taken, and the line
it is on stays where the recogniser would otherwise leave it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from directive_report.errors import DirectiveReportError
from directive_report.model import Contact
from directive_report.readers._footer import looks_like_name
from directive_report.readers._lines import Line
from directive_report.readers._recognised import is_upper
from directive_report.readers.facts import PageFacts, ParagraphFacts

__all__ = ["contact_in_footers", "read_contact", "split_contact"]

#: The labels offices print before each item, by the model's field they name.
_LABELS: Final = (
    ("address", r"Địa\s*chỉ|Đ/c|Trụ\s+sở"),
    ("phone", r"ĐT|Đ\.T|Điện\s*thoại|Tel|Phone|SĐT"),
    ("fax", r"Fax"),
    ("email", r"E-?mail|Thư\s+điện\s+tử"),
    (
        "website",
        r"Website|Web|Cổng\s+(?:thông\s+tin\s+điện\s+tử|TTĐT)|Trang\s+(?:thông\s+tin\s+điện\s+tử|TTĐT)",
    ),
)
#: A label with its colon, where it starts a line or follows a separator.
_LABEL: Final = re.compile(
    r"(?:^|(?<=[\s,;|–-]))(?:"
    + "|".join(f"(?P<{field}>{words})" for field, words in _LABELS)
    + r")\s*:\s*",
    re.IGNORECASE,
)
#: What separates two items on a line, left at the end of a value.
_SEPARATORS: Final = " \t,;|–-"


def _value(text: str) -> str:
    """A value without the separators around it (and without a closing full stop, but the
    dot of a host or an address ending in a number stays)."""
    value = text.strip(_SEPARATORS)
    return value[:-1].rstrip(_SEPARATORS) if value.endswith(".") else value


def _items(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The unlabelled text before the first label and the ``(field, value)`` items of *text*."""
    matches = list(_LABEL.finditer(text))
    lead = text[: matches[0].start()] if matches else text
    items: list[tuple[str, str]] = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        field = next(name for name, _ in _LABELS if match[name] is not None)
        items.append((field, _value(text[match.end() : end])))
    return _value(lead), items


def _looks_like_address(text: str) -> bool:
    return (
        bool(text)
        and not is_upper(text)
        and not looks_like_name(text)
        and ("," in text or any(char.isdigit() for char in text))
    )


def _labelled(text: str) -> bool:
    return _LABEL.search(text) is not None


def read_contact(texts: Sequence[str]) -> tuple[Contact | None, tuple[int, ...]]:
    """The contact data in the lines *texts* (see the module's description) and the indices of
    the lines it was read from; ``(None, ())`` when they hold none."""
    found: dict[str, str] = {}
    used: list[int] = []
    for index, text in enumerate(texts):
        lead, items = _items(text)
        if not items:
            following = index + 1 < len(texts) and _labelled(texts[index + 1])
            if following and not found and _looks_like_address(lead):
                found["address"] = lead
                used.append(index)
            continue
        taken = False
        if lead and "address" not in found and _looks_like_address(lead):
            found["address"] = lead
            taken = True
        for field, value in items:
            if value and field not in found and _fits(field, value):
                found[field] = value
                taken = True
        if taken:
            used.append(index)
    if not found:
        return None, ()
    return Contact(**found), tuple(used)


def _fits(field: str, value: str) -> bool:
    """Whether *value* has the shape the model accepts for *field*."""
    try:
        Contact(**{field: value})
    except DirectiveReportError:
        return False
    return True


def _footer_texts(blocks: Iterable[object]) -> list[str]:
    """The lines of a header or footer's paragraphs, page-number fields left out."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, ParagraphFacts):
            text = "".join(run.text for run in block.runs if run.field is None)
            texts.extend(" ".join(part.split()) for part in text.split("\n") if part.strip())
    return texts


def contact_in_footers(facts: PageFacts) -> Contact | None:
    """The contact data printed in the footer of page 1: the first section's first-page footer
    (DOCX ``w:footerReference w:type="first"``, the ODT master page of page 1), or else its
    footer printed on every page."""
    if not facts.sections:
        return None
    section = facts.sections[0]
    for blocks in (section.first_page_footer, section.footer):
        contact, _ = read_contact(_footer_texts(blocks or ()))
        if contact is not None:
            return contact
    return None


def split_contact(
    footer: Sequence[Line], after: Sequence[Line]
) -> tuple[Contact | None, list[Line], list[Line]]:
    """The contact lines typed after the signature — at the end of the *footer* lines (Nơi
    nhận and the signature) or at the start of the lines *after* them — taken out of both."""
    # a converter may end the footer at the first label ("ĐT: …" reads as capitals), so the
    # lines may straddle the two: labelled lines at the start of *after*, the address before them
    head = 0
    if len(after) > 1 and _looks_like_address(after[0].text) and _labelled(after[1].text):
        head = 1
    while head < len(after) and _labelled(after[head].text):
        head += 1
    tail = len(footer)
    while tail > 0 and _labelled(footer[tail - 1].text):
        tail -= 1
    labelled_after = tail < len(footer) or (head > 0 and _labelled(after[0].text))
    if labelled_after and tail > 0 and _looks_like_address(footer[tail - 1].text):
        tail -= 1
    lines = [*footer[tail:], *after[:head]]
    contact, used = read_contact([line.text for line in lines])
    if contact is None:
        return None, list(footer), list(after)
    in_footer = len(footer) - tail
    kept_footer = [line for i, line in enumerate(footer[tail:]) if i not in used]
    kept_after = [line for i, line in enumerate(after[:head]) if i + in_footer not in used]
    return contact, [*footer[:tail], *kept_footer], [*kept_after, *after[head:]]
