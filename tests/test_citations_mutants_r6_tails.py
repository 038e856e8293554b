"""Hand-checked cases for what follows a citation's head and for laws by name, which mutation
testing of round 6's citation reader showed untested (issue 15): the date after an issuer
written in capitals, one date only, a law's number and year said twice, a law's own header and
title, years listed after a law.  Every expected value is written by hand from the rules in
docs/citations.md."""

from __future__ import annotations

import datetime as dt

import pytest

from directive_report import citations


def _spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in citations.extract(text)]


@pytest.mark.parametrize(
    "of",
    [
        "CỦA",
        # "của" as a copy without diacritics writes it, which looks like an abbreviation in
        # capitals ("TANDTC") but is followed by no date: the issuer is read after it.
        "CUA",
    ],
)
def test_the_date_after_an_issuer_in_capitals_is_read(of: str) -> None:
    """ "QUYẾT ĐỊNH SỐ ... CỦA <issuer> NGÀY <date>": the date after the issuer is the
    citation's."""
    text = f"QUYẾT ĐỊNH SỐ 12/QĐ-UBND {of} ỦY BAN NHÂN DÂN TỈNH HÀ NAM NGÀY 02/3/2020"
    (found,) = citations.extract(text)
    assert (found.start, found.end) == (0, len(text))
    assert found.citation.issuer == "Ủy ban nhân dân tỉnh Hà Nam"
    assert found.citation.date == dt.date(2020, 3, 2)


def test_a_date_before_the_issuer_is_the_only_date_read() -> None:
    """After "<ký hiệu> TANDTC ngày <date> của <issuer>", a second date after the issuer is
    not the citation's."""
    cited = (
        "Nghị quyết số 01/2007/NQ-HĐTP TANDTC ngày 02/10/2007 của Hội đồng Thẩm phán "
        "Tòa án nhân dân tối cao"
    )
    text = cited + " ngày 05/10/2007"
    (found,) = citations.extract(text)
    assert text[found.start : found.end] == cited
    assert found.citation.date == dt.date(2007, 10, 2)


def test_a_laws_number_after_its_year_only_when_it_has_none() -> None:
    """ "Luật X số N năm Y": a second number after the year is not read over the first."""
    text = "Luật Tổ chức Chính phủ số 76/2015/QH13 năm 2015 số 77/2015/QH13"
    (found,) = citations.extract(text)
    assert text[found.start : found.end] == "Luật Tổ chức Chính phủ số 76/2015/QH13 năm 2015"
    assert found.citation.number is not None
    assert str(found.citation.number) == "76/2015/QH13"


def test_a_law_by_name_takes_no_abbreviation_and_date() -> None:
    """An abbreviation in capitals and a date after a law by name and year are not its: only a
    ký hiệu's citation carries an issuer's abbreviation before its date."""
    assert _spans("Luật An ninh mạng năm 2018 QH ngày 12/6/2018") == ["Luật An ninh mạng năm 2018"]


def test_years_are_listed_only_after_a_laws_own_year() -> None:
    """ "Luật X, 2019 và 2020" without a year of its own lists nothing: one law."""
    assert _spans("Theo Luật An ninh mạng, 2019 và 2020 thì") == ["Luật An ninh mạng"]


def test_an_abbreviated_law_in_capitals_is_a_heading_even_with_a_year() -> None:
    """ "LUẬT THUẾ TNCN NĂM 2007": a heading in capitals with an abbreviated name, not a
    citation."""
    assert _spans("Theo LUẬT THUẾ TNCN NĂM 2007 thì") == []


@pytest.mark.parametrize(
    "text",
    [
        # One character before it that is not a list's mark: not the law's own header.
        "(Luật số: 65/2020/QH14)",
        # A letter before a dash: the line does not start with the law.
        "X - Luật số: 65/2020/QH14",
    ],
)
def test_a_law_number_with_a_colon_is_a_header_only_at_a_lines_start(text: str) -> None:
    assert _spans(text) == ["Luật số: 65/2020/QH14"]


def test_a_laws_own_title_is_wholly_in_capitals() -> None:
    """ "LUẬT" in capitals before a name in mixed case, alone on its line, is a citation: the
    text's own title is in capitals throughout ("LUẬT\\nTỔ CHỨC QUỐC HỘI")."""
    text = "Căn cứ:\nLUẬT Tổ chức Quốc hội\n"
    (found,) = citations.extract(text)
    assert text[found.start : found.end] == "LUẬT Tổ chức Quốc hội"
    assert found.citation.name == "Tổ chức Quốc hội"


def test_a_tail_after_a_comma_without_a_space() -> None:
    """A copy that lost the space after a comma (",ban hành ngày ...") still gives the date
    and the issuer after it."""
    text = "Quyết định số 12/QĐ-UBND,ban hành ngày 02/3/2020 của Ủy ban nhân dân tỉnh"
    (found,) = citations.extract(text)
    assert (found.start, found.end) == (0, len(text))
    assert found.citation.date == dt.date(2020, 3, 2)
    assert found.citation.issuer == "Ủy ban nhân dân tỉnh"
