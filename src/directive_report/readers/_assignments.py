"""Who carries a task out and by when, as plans write it (private).

Three ways a document states a task's assignee and deadline are read:

* the line this library prints under a task (:func:`~directive_report.layout.task_details`):
  "Đơn vị thực hiện: Thanh tra Sở; thời hạn: ngày 30/9/2021." — read back only when printing
  the task again gives the very same line, so that taking it into the task loses nothing;
* a label in the task's own words: "Đơn vị chủ trì: Sở Y tế", "Cơ quan thực hiện: …",
  "Thời gian thực hiện: Quý II/2025", "thời hạn hoàn thành: trước ngày 30/6/2025";
* an agency as the subject of "chủ trì" (or "có trách nhiệm", "được giao", "phụ trách", a
  colon) at the start of the task or of a bracket: "Sở Y tế chủ trì, phối hợp với …", "(Sở
  Nội vụ chủ trì; …)", and a deadline after "hoàn thành", "chậm nhất" or "trước ngày".

A deadline is a day: "Quý II/2025" is due on its last day (30/6/2025), "tháng 6/2025" on
30/6/2025, "năm 2025" on 31/12/2025; a recurring time ("hằng năm", "thường xuyên") or a span
of years gives none.  Dates are read by :func:`directive_report.vi.parse_date`.  When a text
states two different assignees or deadlines, the field stays empty.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Final

from directive_report import vi
from directive_report.model import Citation, Pinpoint, Task
from directive_report.readers._agencies import agency_at, agency_list_at, predicate_follows

__all__ = ["assignee_in", "deadline_in", "layout_details", "provision_in"]

_LAYOUT_LINE: Final = re.compile(
    r"^(?:Đơn vị thực hiện: (?P<who>.+?))?(?:(?:; t|^T)hời hạn: ngày (?P<when>\d{1,2}/\d{1,2}/\d{4}))?\.$"
)
#: The end mark of a body (``./.``) after the line that ends it.
_END_MARK: Final = "/."

_DAY: Final = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
#: When a labelled time says a task is due, after its prefix ("trước", "chậm nhất" …).
_WHEN: Final = re.compile(
    rf"(?:ngày\s*)?(?P<day>{_DAY})"
    r"|quý\s+(?P<quarter>IV|I{1,3}|[1-4])\s*(?:/|năm)\s*(?P<quarter_year>\d{4})"
    r"|tháng\s+(?P<month>\d{1,2})\s*(?:/|năm)\s*(?P<month_year>\d{4})"
    r"|năm\s+(?P<year>\d{4})",
    re.IGNORECASE,
)
_WHEN_PREFIX: Final = re.compile(
    r"(?:(?:hoàn\s+thành|xong)\s+)?(?:(?:trước|chậm\s+nhất(?:\s+là)?|trong|vào|đến)\s+)?",
    re.IGNORECASE,
)
#: What may follow a time and end it: nothing, or punctuation.
_WHEN_END: Final = re.compile(r"\s*(?:[.;,)]|$)")
_TIME_LABEL: Final = re.compile(
    r"(?<!\w)thời\s+(?:hạn|gian)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:\s*", re.IGNORECASE
)
_UNLABELLED_TIME: Final = re.compile(
    r"(?<!\w)(?:hoàn\s+thành|chậm\s+nhất|xong)\s+(?:trước\s+|trong\s+|vào\s+|là\s+)?"
    r"|(?<!\w)trước\s+(?=ngày)",
    re.IGNORECASE,
)
_WHO_LABEL: Final = re.compile(
    r"(?<!\w)(?:(?:đơn\s+vị|cơ\s+quan)(?:,\s*đơn\s+vị)?\s+"
    r"(?:chủ\s+trì|thực\s+hiện|được\s+giao|đầu\s+mối)(?:\s+thực\s+hiện)?"
    r"|chủ\s+trì(?:\s+thực\s+hiện)?)\s*:\s*(?P<who>[^;.()]+)",
    re.IGNORECASE,
)
#: The most words a labelled assignee is taken with.
_MAX_WHO_WORDS: Final = 14
#: What makes the agency at the start of a task (or of a bracket) its assignee.
_LEADS: Final = re.compile(r"\s*(?::|chủ\s+trì|có\s+trách\s+nhiệm|được\s+giao|phụ\s+trách)")
_OPENINGS: Final = re.compile(r"^Giao\s+|^|\((?:giao\s+)?", re.IGNORECASE)


def layout_details(text: str) -> tuple[str | None, dt.date | None] | None:
    """The assignee and deadline of the line printed under a task, when *text* is exactly the
    line :func:`~directive_report.layout.task_details` prints for them (``./.`` after it
    allowed); ``None`` otherwise.

    >>> layout_details("Đơn vị thực hiện: Thanh tra Sở; thời hạn: ngày 30/9/2021.")
    ('Thanh tra Sở', datetime.date(2021, 9, 30))
    """
    from directive_report.layout import task_details

    line = text[: -len(_END_MARK)] if text.endswith("." + _END_MARK) else text
    match = _LAYOUT_LINE.match(line)
    if match is None or not (match["who"] or match["when"]):
        return None
    try:
        deadline = vi.parse_date(match["when"]) if match["when"] else None
        task = Task(text="-", assignee=match["who"], deadline=deadline)
    except ValueError:
        return None
    if task_details(task) != line:
        return None
    return task.assignee, task.deadline


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _due(text: str, at: int) -> dt.date | None:
    """The day a time written at *at* of *text* falls due, when it is one day, month, quarter
    or year and nothing but punctuation follows it."""
    at = _WHEN_PREFIX.match(text, at).end()  # type: ignore[union-attr]  # matches empty
    when = _WHEN.match(text, at)
    if when is None or _WHEN_END.match(text, when.end()) is None:
        return None
    try:
        if when["day"]:
            return vi.parse_date(when["day"])
        if when["quarter"]:
            quarter = when["quarter"].upper()
            number = int(quarter) if quarter.isdigit() else vi.from_roman(quarter)
            return _last_day(int(when["quarter_year"]), 3 * number)
        if when["month"]:
            return _last_day(int(when["month_year"]), int(when["month"]))
        return dt.date(int(when["year"]), 12, 31)
    except ValueError:  # a day or month that does not exist
        return None


def deadline_in(text: str) -> dt.date | None:
    """The day *text* says a task is due: after a label ("Thời gian thực hiện: Quý II/2025"),
    or after "hoàn thành", "chậm nhất" or "trước ngày"; ``None`` when it says none, or two.

    >>> deadline_in("Sở Y tế chủ trì; thời gian: trước ngày 30/6/2025.")
    datetime.date(2025, 6, 30)
    >>> deadline_in("Thời gian thực hiện: Quý II/2025") == deadline_in("hoàn thành trong quý II năm 2025")
    True
    """
    found = {
        day
        for pattern in (_TIME_LABEL, _UNLABELLED_TIME)
        for match in pattern.finditer(text)
        if (day := _due(text, match.end())) is not None
    }
    return found.pop() if len(found) == 1 else None


def _labelled_assignee(who: str) -> str | None:
    who = " ".join(who.split())
    if not who or len(who.split()) > _MAX_WHO_WORDS:
        return None
    read = agency_at(who + ";")
    if read is not None:
        return read[0]
    return None if "," in who else who


def assignee_in(text: str) -> str | None:
    """Who *text* says carries a task out: after a label ("Đơn vị chủ trì: Sở Y tế"), or the
    one agency leading it ("Sở Y tế chủ trì, phối hợp với …", "(Sở Nội vụ chủ trì)", "Sở Y
    tế: …"); ``None`` when it says none, or two.

    >>> assignee_in("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế tổ chức kiểm tra.")
    'Sở Giáo dục và Đào tạo'
    """
    found = {
        name
        for match in _WHO_LABEL.finditer(text)
        if (name := _labelled_assignee(match["who"])) is not None
    }
    for opening in _OPENINGS.finditer(text):
        read = agency_list_at(text, opening.end())
        lead = _LEADS.match(text, read[1]) if read is not None and len(read[0]) == 1 else None
        if read is not None and lead is not None:
            colon = lead[0].strip() == ":"  # "Sở Y tế: chủ trì …", not "Sở Y tế: Ông …"
            if not colon or predicate_follows(text[lead.end() :].lower(), 0):
                found.add(read[0][0])
    return found.pop() if len(found) == 1 else None


def provision_in(text: str, directive: Citation | None) -> Pinpoint | None:
    """The provision of *directive* that *text* says a task comes from ("theo khoản 3 Chỉ thị
    số 21/CT-TTg"), read by :func:`directive_report.citations.extract`; ``None`` when it cites
    none of the directive's provisions, or two.

    >>> from directive_report.citations import parse
    >>> str(provision_in("Rà soát (khoản 3 Chỉ thị số 21/CT-TTg).", parse("Chỉ thị số 21/CT-TTg")))
    'khoản 3'
    """
    from directive_report.readers._text_facts import citations

    if directive is None or directive.number is None:
        return None
    found = {
        cited.pinpoint
        for cited in citations(text)
        if cited.pinpoint is not None
        and cited.number == directive.number
        and cited.doc_type == directive.doc_type
    }
    return found.pop() if len(found) == 1 else None
