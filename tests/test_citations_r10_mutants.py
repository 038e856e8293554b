"""Behaviours of round 8's and 9's reading that mutation testing (``nox -s mutate --
citations/reading``) found no test looking at: where an amending law's title ends, which unknown
names after "Luật" name no law, a short form in parentheses after its citation, and a short form
in lower case by the citation the text makes near it.

Every sentence is written for these tests; every expected value by hand from the citation
grammar (docs/citations.md): the cited words (``found.text``), and the name or the number read.
"""

from __future__ import annotations

import pytest

from directive_report import citations


def _spans(text: str) -> list[str]:
    return [found.text for found in citations.extract(text)]


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(found.text, found.citation.name) for found in citations.extract(text)]


# -- where an amending law's title ends ---------------------------------------------------------

_AMENDING = "Luật sửa đổi, bổ sung một số điều của "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # laws named in lower case: the title ends before the words that say when it was passed
        # (the year after them is not the title's)
        (
            "Tỉnh thực hiện " + _AMENDING + "các luật về thuế được Quốc hội thông qua năm 2014.",
            [(_AMENDING + "các luật về thuế", "sửa đổi, bổ sung một số điều của các luật về thuế")],
        ),
        (
            "Huyện phổ biến " + _AMENDING + "các luật về đầu tư để cán bộ nắm rõ.",
            [
                (
                    _AMENDING + "các luật về đầu tư",
                    "sửa đổi, bổ sung một số điều của các luật về đầu tư",
                )
            ],
        ),
        # an unknown law ends at the sentence's end, though a known law is named later on the line
        (
            _AMENDING + "Luật Kinh tế tuần hoàn. Sở đã tập huấn Luật Đất đai cho xã.",
            [
                (
                    _AMENDING + "Luật Kinh tế tuần hoàn",
                    "sửa đổi, bổ sung một số điều của Luật Kinh tế tuần hoàn",
                ),
                ("Luật Đất đai", "Đất đai"),
            ],
        ),
    ],
)
def test_amending_title_ends_before_what_the_sentence_says(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _names(text) == expected


# -- unknown names after "Luật" that name no law -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a name ending as the codes' "dân sự", "hình sự" end: a branch of law
        "Sinh viên năm ba học Luật Trách nhiệm dân sự trong học kỳ này.",
        "Giảng viên soạn giáo trình Luật Giám định hình sự cho lớp cao học.",
        # a code's name after "Luật", written whole or with letters a font lost: a branch of law
        # (the code is "Bộ luật Hàng hải Việt Nam")
        "Công ty tư vấn cho chủ tàu theo Luật Hàng hải Việt Nam.",
        "Công ty tư vấn cho chủ tàu theo Luật Hng hải Việt Nam.",
    ],
)
def test_branch_of_law_after_luat_is_no_citation(text: str) -> None:
    assert _spans(text) == []


def test_unknown_name_not_a_code_is_read() -> None:
    # a name the list does not know, neither a code's nor ending as one: a law by name
    assert _names("Căn cứ Luật Trí tuệ nhân tạo;") == [
        ("Luật Trí tuệ nhân tạo", "Trí tuệ nhân tạo")
    ]


# -- a short form in parentheses after its citation ---------------------------------------------
# In lower case: with a capital, the type and the bare number are read anyway, the document
# being cited with its ký hiệu near them ("Quy định 132").

_CITED = "Đảng ủy thực hiện Quy định số 132-QĐ/TW "


@pytest.mark.parametrize(
    ("inside", "short"),
    [
        ("(quy định 132)", True),
        # up to three spaces after the parenthesis; a fourth, and it is not the short form
        ("(   quy định 132)", True),
        ("(    quy định 132)", False),
        # the last parenthesis before the type opens it: doubled, it still does
        ("((quy định 132))", True),
        # anything else inside the parentheses makes it no short form alone: words before it,
        # a mark before it, words after it
        ("(là quy định 132)", False),
        ("(- quy định 132)", False),
        ("(quy định 132 nói trên)", False),
    ],
)
def test_short_form_in_parentheses(inside: str, short: bool) -> None:
    expected = ["Quy định số 132-QĐ/TW", *([inside.strip("( )")] if short else [])]
    assert _spans(_CITED + inside + ", chi bộ đã học tập.") == expected


def test_short_form_closing_a_parenthesis_opened_far_before_it_is_none() -> None:
    # the parenthesis it closes opens a clause, not the short form; one later in the text is not
    # its opening either
    text = _CITED + "(các chi bộ học tập quy định 132), báo cáo kết quả (nếu có)."
    assert _spans(text) == ["Quy định số 132-QĐ/TW"]


def test_short_form_in_parentheses_with_a_capital() -> None:
    assert _spans(_CITED + "(Quy định 132), chi bộ đã học tập.") == [
        "Quy định số 132-QĐ/TW",
        "Quy định 132",
    ]


def test_short_form_follows_its_citation_written_in_capitals() -> None:
    assert _spans("THỰC HIỆN QUY ĐỊNH SỐ 132-QĐ/TW (quy định 132)") == [
        "QUY ĐỊNH SỐ 132-QĐ/TW",
        "quy định 132",
    ]


def test_short_form_before_its_citation_is_none() -> None:
    # it shortens a citation made before it, not one the sentence makes after it
    assert _spans("Đảng ủy học tập (quy định 132) theo Quy định số 132-QĐ/TW.") == [
        "Quy định số 132-QĐ/TW"
    ]


@pytest.mark.parametrize(("distance", "short"), [(200, True), (201, False)])
def test_short_form_within_200_characters_of_its_citation(distance: int, short: bool) -> None:
    # the citation's type word starts at most 200 characters before the parenthesis
    cited = "Quy định số 132-QĐ/TW về công tác kiểm tra. "
    filler = "Chi bộ họp định kỳ hằng tháng. "
    text = cited + (filler * 10)[: distance - len(cited) - 1] + " (quy định 132)."
    assert text.index("(") - text.index("Quy") == distance
    assert _spans(text) == ["Quy định số 132-QĐ/TW", *(["quy định 132"] if short else [])]


# -- a short form in lower case by the citation near it ------------------------------------------


def test_short_form_by_a_citation_at_the_start_of_the_text() -> None:
    text = "Nghị quyết số 57-NQ/TW về khoa học.\nCác sở quán triệt nghị quyết 57 đến cán bộ."
    assert _spans(text) == ["Nghị quyết số 57-NQ/TW", "nghị quyết 57"]


def test_short_form_in_lower_case_alone_is_none() -> None:
    # a type in lower case and a bare number, and nothing near cites Nghị quyết 57 with a
    # capital or its ký hiệu: too little to read it as a citation
    assert _spans("Các sở quán triệt nghị quyết 57 đến cán bộ.") == []
