"""The issuer's name as the header prints it (ô 2), kept line by line (private).

The layout prints an issuer's name in capitals from its name, on one line, unless
:attr:`~directive_report.Authority.header_name` says otherwise — a ``"\\n"`` in it breaks the
line ("ỦY BAN NHÂN DÂN" / "TỈNH BẮC GIANG", "SỞ GIÁO DỤC" / "VÀ ĐÀO TẠO").  A name the page
prints on several lines comes back as one name (read as one by the recogniser) and its lines as
the header name, so that it prints again as it was printed; a name on one line that its capitals
give back needs no header name, nor do lines broken where the layout would break the name
itself (a name too wide for the header's column).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from directive_report._text import vi_upper
from directive_report.model import Report

__all__ = ["issuer_lines", "printed_header_name", "with_layout_breaks"]


def _unbroken(lines: list[str]) -> list[str]:
    """*lines* with a line of one word joined to the next: a page that breaks a name after its
    first word ("ỦY" / "BAN NHÂN DÂN") broke it where no author would."""
    joined: list[str] = []
    carried = ""
    for line in lines:
        line = f"{carried} {line}".strip()
        carried = line if len(line.split()) == 1 else ""
        if not carried:
            joined.append(line)
    return [*joined, carried] if carried else joined


def printed_header_name(name: str, lines: Sequence[str]) -> str | None:
    """The header name for an issuer called *name* whose header prints *lines*: ``None`` when
    the layout prints them from *name* alone, the lines joined by ``"\\n"`` when there are
    several in capitals, else the one line as printed (when it is not the name's capitals:
    "UBND TỈNH BẮC GIANG" for "Ủy ban nhân dân tỉnh Bắc Giang").

    >>> printed_header_name("Ủy ban nhân dân tỉnh Bắc Giang", ["ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG"])
    'ỦY BAN NHÂN DÂN\\nTỈNH BẮC GIANG'
    >>> printed_header_name("Sở Y tế", ["SỞ Y TẾ"]) is None
    True
    """
    lines = _unbroken([" ".join(line.split()) for line in lines if line.strip()])
    if not lines:
        return None
    if len(lines) == 1 and lines[0] == vi_upper(name):
        return None
    if not all(line == vi_upper(line) for line in lines):
        return None  # not printed in capitals: the layout's capitals of the name stand
    return "\n".join(lines)


def issuer_lines(report: Report) -> tuple[str, ...]:
    """The lines the layout prints the issuer's name on (it breaks a name too wide for the
    header's column)."""
    from directive_report.layout import Role, plan_document
    from directive_report.layout.geometry_types import StyledParagraph

    return tuple(
        paragraph.text
        for paragraph in plan_document(report).header.rows[0][0].content
        if isinstance(paragraph, StyledParagraph) and paragraph.role is Role.ISSUER
    )


def with_layout_breaks(report: Report) -> Report:
    """*report* without its header name when the layout, given none, breaks the issuer's name
    at the same places (a name too wide for the header's column, broken by the layout itself)."""
    authority = report.authority
    if authority.header_name is None or "\n" not in authority.header_name:
        return report
    plain = attrs.evolve(report, authority=attrs.evolve(authority, header_name=None))
    if issuer_lines(plain) == tuple(authority.header_name.split("\n")):
        return plain
    return report
