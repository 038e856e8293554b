"""Known laws written loosely (issue 15, seventh round): a name without the commas of its title,
with the usual abbreviations of the bodies and words it names ("HĐND", "UBND", "QPPL"), or with
"các" slipped in; read as written. Hand-checked cases written for the project (unit tests, not
the measure), each kind with the traps next to it."""

from __future__ import annotations

import pytest

from _citations_read import LawRow, law_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the commas of the title left out, with or without what follows the name
        (
            "Căn cứ Luật Phòng chống tham nhũng ngày 29 tháng 11 năm 2005;",
            [
                (
                    "Luật Phòng chống tham nhũng ngày 29 tháng 11 năm 2005",
                    "Luật",
                    "Phòng chống tham nhũng",
                    None,
                )
            ],
        ),
        (
            "theo Luật Khiếu nại tố cáo, cán bộ phải",
            [("Luật Khiếu nại tố cáo", "Luật", "Khiếu nại tố cáo", None)],
        ),
        (
            "thi hành Luật Cán bộ công chức và",
            [("Luật Cán bộ công chức", "Luật", "Cán bộ công chức", None)],
        ),
        # lower-case "luật" before such a name
        (
            "thực hiện luật phòng chống ma túy trên địa bàn",
            [("luật phòng chống ma túy", "Luật", "phòng chống ma túy", None)],
        ),
        # a comma the title does not have is not left out: the name ends before it
        (
            "Luật Đầu tư, công tác cán bộ",
            [("Luật Đầu tư", "Luật", "Đầu tư", None)],
        ),
        # nor is a code's name after "Luật" (a branch of law); an unknown name is read as written
        (
            "môn Luật Tố tụng hình sự; Luật Phòng chống cái xấu rất hay.",
            [("Luật Phòng chống cái xấu", "Luật", "Phòng chống cái xấu", None)],
        ),
    ],
)
def test_a_known_name_without_its_commas(text: str, expected: list[LawRow]) -> None:
    """A known name written without the commas of its title is read, as written."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật của HĐND và UBND ngày 03/12/2004;",
            [
                (
                    "Luật Ban hành văn bản quy phạm pháp luật của HĐND và UBND ngày 03/12/2004",
                    "Luật",
                    "Ban hành văn bản quy phạm pháp luật của HĐND và UBND",
                    None,
                )
            ],
        ),
        (
            "một số điều của Luật Ban hành văn bản QPPL của Hội đồng nhân dân, Ủy ban nhân dân;",
            [
                (
                    "Luật Ban hành văn bản QPPL của Hội đồng nhân dân, Ủy ban nhân dân",
                    "Luật",
                    "Ban hành văn bản QPPL của Hội đồng nhân dân, Ủy ban nhân dân",
                    None,
                )
            ],
        ),
        (
            "Căn cứ Luật Tổ chức TAND năm 2014;",
            [("Luật Tổ chức TAND năm 2014", "Luật", "Tổ chức TAND", 2014)],
        ),
        # the shorter known name, with the issuer after it, when the longer one is not written
        (
            "Luật Ban hành văn bản quy phạm pháp luật của Quốc hội",
            [
                (
                    "Luật Ban hành văn bản quy phạm pháp luật của Quốc hội",
                    "Luật",
                    "Ban hành văn bản quy phạm pháp luật",
                    None,
                )
            ],
        ),
    ],
)
def test_a_known_name_with_abbreviated_words(text: str, expected: list[LawRow]) -> None:
    """A known name with a body or a phrase abbreviated as administrative text does ("HĐND",
    "UBND", "QPPL", "TAND") is read whole, as written."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "thi hành một số điều của Luật ban hành các văn bản quy phạm pháp luật\n",
            [
                (
                    "Luật ban hành các văn bản quy phạm pháp luật",
                    "Luật",
                    "ban hành các văn bản quy phạm pháp luật",
                    None,
                )
            ],
        ),
        # "các" after the type names several laws, as before
        ("các luật về thuế; theo Luật các văn bản mới", []),
    ],
)
def test_a_known_name_with_cac_slipped_in(text: str, expected: list[LawRow]) -> None:
    """ "các" slipped between the words of a known name ("ban hành các văn bản ...")."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Căn cứ Bộ      luật Dân sự năm 2015;",
            [("Bộ      luật Dân sự năm 2015", "Bộ luật", "Dân sự", 2015)],
        ),
        (
            "theo Bộ\n\n        luật Hình sự",
            [("Bộ\n\n        luật Hình sự", "Bộ luật", "Hình sự", None)],
        ),
        # a word between them is no code's type word
        ("các Bộ ngành luật Hình sự", []),
    ],
)
def test_a_code_with_many_spaces_in_its_type_word(text: str, expected: list[LawRow]) -> None:
    """ "Bộ" and "luật" with a run of spaces or blank lines between them, as justified copies
    leave them: a code's type word."""
    assert law_rows(text) == expected
