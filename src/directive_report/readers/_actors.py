"""Who did an action, with whom and when, as a report's sentence states it (private).

* **actors**: the agencies that are the sentence's subject — "UBND tỉnh đã ban hành …", "Sở
  Giáo dục và Đào tạo tổ chức …", "Công an tỉnh và Sở Tư pháp phối hợp …" — at its start or
  after a short opening phrase ("Hằng tháng, Sở … chỉ đạo …"; "Ngày 15/3/2024, …").  A sentence
  that opens with its verb ("Phối hợp với …", "Chỉ đạo …") states no actor: the report's issuer
  is meant, but the page does not say it, and nothing is filled in;
* **partners**: the agencies after "phối hợp với", "cùng với" or "kết hợp với";
* **date** or **period**: a day the sentence opens with ("Ngày 15/3/2024, …") or a span ("Từ
  ngày 01/3/2024 đến ngày 15/3/2024, …"), read by :func:`directive_report.vi.parse_date`.

Names are read by :mod:`directive_report.readers._agencies`; a name it cannot delimit is left
out rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import attrs

from directive_report import vi
from directive_report.model import Action, Period
from directive_report.readers._agencies import agency_list_at, predicate_follows

__all__ = ["actors_in", "partners_in", "with_stated_facts"]

_DAY: Final = r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
_OPENING_DAY: Final = re.compile(rf"^(?:Vào\s+)?[Nn]gày\s+(?P<day>{_DAY})\s*,\s*")
_OPENING_SPAN: Final = re.compile(
    rf"^Từ\s+ngày\s+(?P<start>{_DAY})\s+đến\s+(?:ngày\s+)?(?P<end>{_DAY})\s*,\s*"
)
#: A short opening phrase before the subject: "Hằng tháng, ", "Trong kỳ báo cáo, ".
_OPENING_PHRASE: Final = re.compile(r"^[^\W\d_][^,;:.]{0,40},\s+")
_WITH: Final = re.compile(r"(?<!\w)(?:phối\s+hợp|cùng|kết\s+hợp)\s+với\s+", re.IGNORECASE)


def actors_in(text: str) -> tuple[str, ...]:
    """The agencies *text* names as its subject, before its verb.

    >>> actors_in("Hằng tháng, Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí …")
    ('Sở Thông tin và Truyền thông',)
    >>> actors_in("Phối hợp với Công an tỉnh Phú Thọ xử phạt vi phạm hành chính")
    ()
    """
    for start in (0, *(m.end() for m in (_OPENING_PHRASE.match(text),) if m)):
        read = agency_list_at(text, start)
        if read is not None and predicate_follows(text, read[1]):
            return read[0]
    return ()


def partners_in(text: str) -> tuple[str, ...]:
    """The agencies *text* says the action was done with ("phối hợp với Công an tỉnh Phú Thọ").

    >>> partners_in("Phối hợp với Công an tỉnh Phú Thọ xử phạt vi phạm hành chính")
    ('Công an tỉnh Phú Thọ',)
    """
    found: list[str] = []
    for match in _WITH.finditer(text):
        read = agency_list_at(text, match.end())
        if read is not None:
            found.extend(name for name in read[0] if name not in found)
    return tuple(found)


def _when(text: str) -> tuple[dt.date | None, Period | None]:
    try:
        day = _OPENING_DAY.match(text)
        if day:
            return vi.parse_date(day["day"]), None
        span = _OPENING_SPAN.match(text)
        if span:
            start, end = vi.parse_date(span["start"]), vi.parse_date(span["end"])
            return (None, Period(start=start, end=end)) if start <= end else (None, None)
    except ValueError:  # a day that does not exist
        pass
    return None, None


def _after_opening(text: str) -> str:
    """*text* without the day or span it opens with."""
    for pattern in (_OPENING_DAY, _OPENING_SPAN):
        match = pattern.match(text)
        if match:
            return text[match.end() :]
    return text


def with_stated_facts(action: Action) -> Action:
    """*action* with the actors, partners, date or period its sentence states, where it has
    none of its own."""
    text = action.text.text
    date, period = action.date, action.period
    if date is None and period is None:
        date, period = _when(text)
    return attrs.evolve(
        action,
        actors=action.actors or actors_in(_after_opening(text)),
        partners=action.partners or partners_in(text),
        date=date,
        period=period,
    )
