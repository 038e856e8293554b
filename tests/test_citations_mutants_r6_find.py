"""Hand-checked cases for the finder's heads and lists that mutation testing of round 6's
citation reader showed untested (issue 15): a bare number on the line after its type, a list
item numbered 0.  Every expected value is written by hand from the rules in
docs/citations.md."""

from __future__ import annotations

import pytest

from directive_report import citations


def _spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in citations.extract(text)]


@pytest.mark.parametrize("mark", [".", ")"])
def test_a_type_then_a_lists_number_on_the_next_line_is_no_citation(mark: str) -> None:
    """A type word ending its line and "2." or "2)" opening the next: a list's number."""
    assert _spans(f"Căn cứ Quyết định\n2{mark} Kế hoạch năm nay") == []


def test_a_line_break_before_the_type_does_not_make_a_heading() -> None:
    """ "Chỉ thị 21." after a line break before the type (not between the type and its
    number) is a citation ending a sentence."""
    assert _spans("Thực hiện\nChỉ thị 21. Các cấp ủy") == ["Chỉ thị 21"]


@pytest.mark.parametrize("joint", [" và ", "; số "])
def test_a_list_stops_at_a_number_no_document_has(joint: str) -> None:
    """Number 0 is no document's: the list after "Nghị định số 132/2008/NĐ-CP" ends there."""
    text = f"Nghị định số 132/2008/NĐ-CP{joint}0/2009/NĐ-CP"
    assert _spans(text) == ["Nghị định số 132/2008/NĐ-CP"]


def test_a_lists_head_at_the_texts_start() -> None:
    """A list's head naming its issuer before "số" is read at the very start of a text."""
    text = "Nghị định của Chính phủ: số 163/2016/NĐ-CP quy định chi tiết"
    (found,) = citations.extract(text)
    assert text[found.start : found.end] == "Nghị định của Chính phủ: số 163/2016/NĐ-CP"
    assert found.citation.issuer == "Chính phủ"


def test_a_lists_head_whose_issuer_is_no_name_is_no_head() -> None:
    """ "Các Nghị định của các bộ: số ...": no issuer starts at "các", so the list's head is
    not read, and the number alone after a colon is not cited."""
    assert _spans("Các Nghị định của các bộ: số 09/2019/NĐ-CP") == []
