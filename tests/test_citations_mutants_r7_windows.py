"""How far back the citation reader looks before a head (issue 15): each window checked at its
last character and one past it, where mutation testing found it untested after round 6.  A
copy's run of spaces (a PDF's justified line) widens the gap without changing the words.  The
windows, counted by hand: "Bộ" and up to 4 spaces before "luật"; "Dự thảo" within 30
characters before a law; "ành" within 8 and the enacting sentence within 60 before a law's own
title; "các"/"những" within 8 before an amending law; "gọi là" within 40 before a law in
capitals; a noun within 12 before "luật"; "Giáo trình" within 16; a pinpoint within 160
before its document; "từ" and "đến" within 8 before a provision; a provision chained by a comma
within 30 before a pinpoint."""

from __future__ import annotations

import pytest

from directive_report import citations

DECREE = " Nghị định số 15/2020/NĐ-CP"


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [
        (f.text, None if f.citation.pinpoint is None else str(f.citation.pinpoint))
        for f in citations.extract(text)
    ]


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.citation.name) for f in citations.extract(text)]


def _gap(words: str, spaces: int, rest: str) -> str:
    return words + " " * spaces + rest


@pytest.mark.parametrize(("spaces", "read"), [(14, True), (15, False)])
def test_bo_before_luat(spaces: int, read: bool) -> None:
    """ "Bộ" and up to 14 spaces before "luật" are a code's type word (a justified copy's run of
    spaces); after a fifteenth space "Bộ" is left out, and "luật" in lower case before a known
    name and its year is read alone."""
    text = _gap("Theo Bộ", spaces, "luật Hình sự năm 2015")
    span = text[5:] if read else "luật Hình sự năm 2015"
    assert _names(text) == [(span, "Hình sự")]


@pytest.mark.parametrize(("spaces", "pinpoint"), [(23, "Điều 1"), (24, None)])
def test_draft_before_a_law(spaces: int, pinpoint: str | None) -> None:
    """ "Dự thảo" (7 characters) and 23 spaces fill the window of 30: the pinpoint before it is
    the draft law's; one space more, and the law is read alone."""
    text = _gap("Điều 1 Dự thảo", spaces, "Luật Thanh tra")
    span = text if pinpoint else "Luật Thanh tra"
    assert _spans(text) == [(span, pinpoint)]


@pytest.mark.parametrize(("spaces", "read"), [(5, False), (6, True)])
def test_enacting_words_right_before_a_title(spaces: int, read: bool) -> None:
    """ "ành" and 5 spaces fill the 8 characters looked at before a law: "Quốc hội ban hành Luật
    ..." is the text's own title; with 6 spaces the enacting sentence is not looked for."""
    text = _gap("Quốc hội ban hành", spaces, "Luật An ninh mạng.")
    assert _names(text) == ([("Luật An ninh mạng", "An ninh mạng")] if read else [])


@pytest.mark.parametrize(("spaces", "read"), [(43, False), (44, True)])
def test_the_enacting_sentence_within_sixty(spaces: int, read: bool) -> None:
    """ "Quốc hội" (8), 43 spaces and "ban hành " (9) are 60 characters: the whole sentence
    lies in the window; with 44 spaces its start does not, and the law is cited."""
    text = _gap("Quốc hội", spaces, "ban hành Luật An ninh mạng.")
    assert _names(text) == ([("Luật An ninh mạng", "An ninh mạng")] if read else [])


@pytest.mark.parametrize("spaces", [3, 4])
def test_several_amending_laws(spaces: int) -> None:
    """ "những" (5) and 3 spaces fill the window of 8: several amending laws, none named, and the
    law they amend is cited; with 4 spaces the amending law is read by its title."""
    amended = "Luật Đất đai năm 2024"
    text = _gap("những", spaces, "Luật sửa đổi, bổ sung một số điều của " + amended)
    if spaces == 3:
        assert _names(text) == [(amended, "Đất đai")]
    else:
        assert _names(text) == [
            (text[5 + spaces :], "sửa đổi, bổ sung một số điều của Luật Đất đai")
        ]


@pytest.mark.parametrize(("spaces", "read"), [(34, True), (35, False)])
def test_an_alias_in_capitals_within_forty(spaces: int, read: bool) -> None:
    """ "gọi là" (6) and 34 spaces fill the window of 40: "LUẬT BHYT" is an alias; one space
    more, and it is a heading in capitals, not read."""
    text = _gap("(gọi là", spaces, "LUẬT BHYT)")
    assert _names(text) == ([("LUẬT BHYT", "BHYT")] if read else [])


@pytest.mark.parametrize(("spaces", "read"), [(10, False), (11, True)])
def test_a_noun_before_luat_within_twelve(spaces: int, read: bool) -> None:
    """ "kỷ" (2) and 10 spaces fill the window of 12: "kỷ luật" is a noun; with 11 spaces the
    word before is not seen, and a known name after "luật" is cited."""
    text = _gap("kỷ", spaces, "luật bảo hiểm y tế")
    assert _names(text) == ([("luật bảo hiểm y tế", "Bảo hiểm y tế")] if read else [])


@pytest.mark.parametrize(("spaces", "read"), [(6, False), (7, True)])
def test_a_subject_taught_within_sixteen(spaces: int, read: bool) -> None:
    """ "Giáo trình" (10) and 6 spaces fill the window of 16: the branch of law taught; with 7
    spaces the word is not seen, and the law is cited."""
    text = _gap("Giáo trình", spaces, "luật đất đai")
    assert _names(text) == ([("luật đất đai", "Đất đai")] if read else [])


@pytest.mark.parametrize(("spaces", "read"), [(153, True), (154, False)])
def test_a_pinpoint_within_one_hundred_sixty(spaces: int, read: bool) -> None:
    """ "Điều 5" (6), 153 spaces and the one before the type are 160 characters: the pinpoint
    is the document's; with 154 spaces it starts outside the window."""
    text = _gap("Xem Điều 5", spaces, DECREE)
    if read:
        assert _spans(text) == [(text[4:], "Điều 5")]
    else:
        assert _spans(text) == [(DECREE[1:], None)]


@pytest.mark.parametrize("spaces", [6, 7])
def test_tu_before_a_range_within_eight(spaces: int) -> None:
    """ "từ" (2) and 6 spaces fill the 8 characters looked at before the range's first
    provision: the span starts at "từ"; with 7 spaces at "Điều 5" (the range is read alike)."""
    text = _gap("từ", spaces, "Điều 5 đến Điều 10" + DECREE)
    start = 0 if spaces == 6 else 2 + spaces
    assert _spans(text) == [(text[start:], "từ Điều 5 đến Điều 10")]


@pytest.mark.parametrize(("spaces", "pinpoint"), [(5, None), (6, "Điều 10")])
def test_den_before_a_provision_within_eight(spaces: int, pinpoint: str | None) -> None:
    """A range with more values than one is left out of the span ("từ Điều 5, 6a đến Điều
    10"), its last provision too: "đến" (3) and 5 spaces fill the window of 8; with 6 spaces
    "đến" is not seen, and "Điều 10" is read as the decree's pinpoint ("6a", a value with a
    letter, is no value of the chained provision's list, which would see "đến" further back)."""
    text = _gap("từ Điều 5, 6a đến", spaces, "Điều 10" + DECREE)
    span = DECREE[1:] if pinpoint is None else "Điều 10" + DECREE
    assert _spans(text) == [(span, pinpoint)]


@pytest.mark.parametrize(("spaces", "pinpoint"), [(21, None), (22, "khoản 2 Điều 5")])
def test_a_chained_provision_within_thirty(spaces: int, pinpoint: str | None) -> None:
    """ "Điểm 2.4," (9) and 21 spaces fill the window of 30: a provision the pinpoint cannot
    hold is chained before it, so none is read; with 22 spaces it is not seen."""
    text = _gap("Điểm 2.4,", spaces, "Khoản 2 Điều 5" + DECREE)
    span = DECREE[1:] if pinpoint is None else "Khoản 2 Điều 5" + DECREE
    assert _spans(text) == [(span, pinpoint)]
