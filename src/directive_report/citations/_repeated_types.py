"""Citations of one type in a row, each with its own type word, sharing the issuer written after
the last (private): "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ
Chính trị".

"Của ..." is said once for all of them, as it is for a list under one type word ("Nghị định số
132/2008/NĐ-CP và 67/2009/NĐ-CP của Chính phủ"): each carries that issuer, as written (not one
inferred from its ký hiệu), and only the date it writes itself.  Citations joined by anything but
"và" or a comma (a trích yếu, a pinpoint) are not such a row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from directive_report.citations._parts import Parts

__all__ = ["share_issuers"]

# What joins two citations of such a row, and nothing else: ", ", " và ", ", và ".
_JOINT = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+", re.IGNORECASE)


# A type word a copy damaged before "số", the identifier after it typed by its ký hiệu:
# "THÔNG SỐ 119/2014/TT-BTC" for "Thông tư số".
_DAMAGED_TYPE = re.compile(r"[^\W\d_]+\s+số\s*:?\s*(?=\d)", re.IGNORECASE)


def _joined(text: str, before: Parts, after: Parts) -> bool:
    """Whether *after* follows *before*, of its type or written with its type word ("văn bản
    số 574/TB-VPCP ... và văn bản số 10415/VPCP-NN ...", a Thông báo and a Văn bản), with only
    "và" or a comma between (and its own type word, which a copy may have damaged)."""
    joint = _JOINT.match(text, before.end)
    if joint is None or (
        after.doc_type != before.doc_type and after.written_type != before.written_type
    ):
        return False
    if joint.end() == after.start:
        return True
    damaged = _DAMAGED_TYPE.match(text, joint.end())
    return damaged is not None and damaged.end() == after.start


def share_issuers(groups: Iterable[list[Parts]], text: str) -> Iterator[list[Parts]]:
    """*groups* in order, those of a row without an issuer given the one written after its
    last (each group is held back until the row it may open is read)."""
    row: list[list[Parts]] = []
    for items in groups:
        if row and not _joined(text, row[-1][-1], items[0]):
            yield from row
            row = []
        row.append(items)
        if items[-1].issuer is None and _JOINT.match(text, items[-1].end):
            continue  # "Quyết định số 217-QĐ/TW và ...": the row may go on
        issuer = items[-1].issuer
        if issuer is not None:
            for item in (item for group in row[:-1] for item in group):
                item.issuer = item.issuer or issuer
        yield from row
        row = []
    yield from row
