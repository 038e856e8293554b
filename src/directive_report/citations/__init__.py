"""Legal citations: parse, format, extract from free text, resolve short forms, annotate.

>>> from directive_report import citations
>>> [f.text for f in citations.extract("Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ "
...     "tướng Chính phủ về tăng cường ...; xử phạt theo Điểm a, Khoản 5, Điều 102, Nghị định "
...     "số 15/2020/NĐ-CP;")]
['Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ', 'Điểm a, Khoản 5, Điều 102, Nghị định số 15/2020/NĐ-CP']
>>> c = citations.parse("CHỈ THỊ SỐ 21/CT-TTG NGÀY 25/5/2020")
>>> citations.format(c)
'Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ'
>>> c.issuer_inferred
True

Importing this module is cheap: the patterns are compiled on first use.
"""

from __future__ import annotations

from typing import Literal

from directive_report.citations._annotate import annotate, report_text, segments
from directive_report.citations._errors import CitationError, CitationParseError, IssuerTableError
from directive_report.citations._find import Found
from directive_report.citations._parse import parse
from directive_report.citations._resolve import CitedDocument, resolve
from directive_report.citations._stream import extract
from directive_report.model import Citation

__all__ = [
    "CitationError",
    "CitationParseError",
    "CitedDocument",
    "Found",
    "IssuerTableError",
    "annotate",
    "extract",
    "format",
    "parse",
    "report_text",
    "resolve",
    "segments",
]


def format(citation: Citation, style: Literal["full", "short"] = "full") -> str:
    """The canonical wording of *citation* (:meth:`Citation.format
    <directive_report.Citation.format>`): ``"full"`` for a first mention, ``"short"`` after."""
    return citation.format(style)
