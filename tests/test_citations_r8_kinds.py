"""Kinds of real text found on the development part of the real corpus in its eighth round
(issue 15), each with hand-checked cases written for the project (unit tests, not the measure)
and the traps next to each."""

from __future__ import annotations

import datetime as dt

import pytest

from directive_report import DocumentNumber, ReportValidationError, citations


@pytest.mark.parametrize(
    ("text", "cited", "date"),
    [
        # a PDF copy's stray space inside the year of a date written with slashes
        (
            "Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định",
            "Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ",
            dt.date(2021, 7, 16),
        ),
        ("Kế hoạch số 12/KH-UBND ngày 05/01/19 98 của UBND huyện", None, dt.date(1998, 1, 5)),
        # the usual date is read as before
        ("Kế hoạch số 12/KH-UBND ngày 05/01/2022 của UBND huyện", None, dt.date(2022, 1, 5)),
        # not a year's first digits and an hour, or a count, after a short date
        ("Công văn số 12/UBND-VP ngày 20/7/20 15 giờ", "Công văn số 12/UBND-VP", None),
        ("Công văn số 12/UBND-VP ngày 20/7/20 21h", "Công văn số 12/UBND-VP", None),
        ("Công văn số 12/UBND-VP ngày 20/7/20 212", "Công văn số 12/UBND-VP", None),
    ],
)
def test_a_year_split_by_a_space(text: str, cited: str | None, date: dt.date | None) -> None:
    """A year split by a stray space ("16/7/20 21") is still the date's year."""
    (found,) = citations.extract(text)
    if cited is not None:
        assert found.text == cited
    assert found.citation.date == date


@pytest.mark.parametrize(
    ("text", "cited", "symbol", "party"),
    [
        # a Party ký hiệu in Vietnamese capitals, as the Party's rules write its issuers
        ("theo Nghị quyết 13-NQ/TƯ của Tỉnh ủy", "Nghị quyết 13-NQ/TƯ của Tỉnh ủy", "NQ/TƯ", True),
        ("Nghị quyết số 15-NQ / TƯ ngày 05/01/2022", None, "NQ/TƯ", True),
        ("Kế hoạch số 45-KH/ĐU của Đảng ủy", None, "KH/ĐU", True),
        # a tone mark on a capital is a copy's damage: read as the base letter
        ("Kết luận số 12-KL/TỈ", "Kết luận số 12-KL/TỈ", "KL/TI", True),
        # a state ký hiệu keeps its Latin letters and Đ: another capital is a copy's damage
        ("Quyết định số 12/QĐ-UBNĐ", None, "QĐ-UBNĐ", False),
        ("Công văn số 12/UBND-VĂN", None, "UBND-VAN", False),
        # a joint resolution's slash after its type is kept as written
        (
            "Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN ngày 22/8/2008 của Chính phủ và "
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            None,
            "NQLT/CP-UBTUMTTQVN",
            False,
        ),
        ("Thông tư liên tịch số 01/2010/TTLT/BCA-BNG", None, "TTLT/BCA-BNG", False),
        # the usual dash stays a dash
        ("Thông tư liên tịch số 01/2010/TTLT-BCA-BNG", None, "TTLT-BCA-BNG", False),
    ],
)
def test_symbols_as_written(text: str, cited: str | None, symbol: str, party: bool) -> None:
    """A Party ký hiệu keeps its Vietnamese capitals, a state one its slash after the type."""
    (found,) = citations.extract(text)
    if cited is not None:
        assert found.text == cited
    number = found.citation.number
    assert number is not None
    assert (number.symbol, number.party) == (symbol, party)
    assert citations.parse(found.citation.format()) == found.citation


@pytest.mark.parametrize(
    ("text", "symbol", "party"),
    [
        ("13-NQ/TƯ", "NQ/TƯ", True),
        ("19/2008/NQLT/CP-UBTUMTTQVN", "NQLT/CP-UBTUMTTQVN", False),
    ],
)
def test_the_model_holds_them(text: str, symbol: str, party: bool) -> None:
    """The document number reads and prints them as written."""
    number = DocumentNumber.parse(text)
    assert (number.symbol, number.party, str(number)) == (symbol, party, text)


@pytest.mark.parametrize(
    ("symbol", "party"),
    [
        ("NQ/TỈ", True),  # a tone mark is no letter of a ký hiệu
        ("QĐ-TƯ", False),  # a state ký hiệu has the decree's letters only
        ("NQLT//CP", False),
        ("NQLT/", False),
    ],
)
def test_the_model_refuses_others(symbol: str, party: bool) -> None:
    """Anything else is still refused, naming the value."""
    with pytest.raises(ReportValidationError, match="no spaces"):
        DocumentNumber(number=1, symbol=symbol, party=party)
