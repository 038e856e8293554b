"""What no law's name is (issue 15, tenth round): with nothing after it, a name the list does not
know written as a proper name, each word capitalised ("Luật Minh Khuê", a law firm's; "Luật
Tục Ê Đê"), or an abbreviation that is no known name's initials ("Luật ACC"); an abbreviation of
a known name is read, the initials of its words with "và", "của", an opening "Thuế" or the
country's name left out or not, its first four initials or more, words written before the
capitals too ("Luật Thuế TNCN"). Hand-checked cases written
for the project (unit tests, not the measure)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from _citations_read import LawRow, law_rows
from directive_report.citations._law_names import CODE_NAMES, LAW_NAMES, ORDINANCE_NAMES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law firm's or a people's name in title case, an abbreviation of no law's name
        ("Theo Luật Minh Khuê, người dân cần chuẩn bị hồ sơ.", []),
        ("Tổng đài tư vấn của Luật Hoàng Phi luôn sẵn sàng.", []),
        ("Theo Luật ACC, thủ tục gồm ba bước.", []),
        ("Công ty Luật ACC cung cấp dịch vụ.", []),
        ("luật tục của người Ê Đê, Luật Tục Ê Đê quy định", []),
        # abbreviations of known names: the initials of their words, "và" and "của" or the
        # country's name left out or not, words written before the capitals
        ("theo Luật BHXH thì", [("Luật BHXH", "Luật", "BHXH", None)]),
        ("theo Luật HN&GĐ thì", [("Luật HN&GĐ", "Luật", "HN&GĐ", None)]),
        ("theo Luật PCCC thì", [("Luật PCCC", "Luật", "PCCC", None)]),
        ("theo Luật TNBTCNN thì", [("Luật TNBTCNN", "Luật", "TNBTCNN", None)]),
        ("theo Luật NHNN thì", [("Luật NHNN", "Luật", "NHNN", None)]),
        ("theo Luật Thuế TNCN thì", [("Luật Thuế TNCN", "Luật", "Thuế TNCN", None)]),
        ("theo Luật các TCTD thì", [("Luật các TCTD", "Luật", "các TCTD", None)]),
        ("theo Luật tổ chức VKSND thì", [("Luật tổ chức VKSND", "Luật", "tổ chức VKSND", None)]),
        ("theo Luật TNCN thì", [("Luật TNCN", "Luật", "TNCN", None)]),  # "Thuế" left out
        ("theo Luật HĐGS thì", [("Luật HĐGS", "Luật", "HĐGS", None)]),  # the first four
        ("theo Luật PPP thì", [("Luật PPP", "Luật", "PPP", None)]),  # the English one
        ("theo Luật ABCD thì", []),
        ("theo Luật HDND thì", []),  # "Hội đồng nhân dân" names a body, not a law
        # with a year, an abbreviation is read as before
        ("theo Luật KTX năm 2020 thì", [("Luật KTX năm 2020", "Luật", "KTX", 2020)]),
        # an unknown name in a title's case: its first word alone capitalised
        (
            "Căn cứ Luật Nhà báo chuyên nghiệp;",
            [("Luật Nhà báo chuyên nghiệp", "Luật", "Nhà báo chuyên nghiệp", None)],
        ),
        # a known name in title case is the known name
        ("theo Luật Đất Đai thì", [("Luật Đất Đai", "Luật", "Đất đai", None)]),
    ],
)
def test_a_proper_name_or_a_stray_abbreviation_is_no_law(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text) == expected


def _initials(name: str) -> str:
    """The capitals a text abbreviates *name* with: each word's first letter, without its
    marks but "Đ"."""
    letters = (word[0].upper() for word in re.findall(r"[^\W\d_]+", name))
    return "".join("Đ" if c == "Đ" else unicodedata.normalize("NFD", c)[0] for c in letters)


_ABBREVIATIONS = sorted(
    {
        _initials(name)
        for name in (*LAW_NAMES, *CODE_NAMES, *ORDINANCE_NAMES)
        if len(name.split()) >= 2
        and 2 <= len(_initials(name)) <= 8
        and not re.fullmatch("[IVXLC]+", _initials(name))
    }
)


@pytest.mark.parametrize("abbreviation", _ABBREVIATIONS)
def test_every_known_name_s_initials_are_read(abbreviation: str) -> None:
    assert law_rows(f"theo Luật {abbreviation} thì") == [
        (f"Luật {abbreviation}", "Luật", abbreviation, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation joined by a comma, for a known name's
        ("theo Luật CB,CC quy định", [("Luật CB,CC", "Luật", "CB,CC", None)]),
        # an abbreviation inside a known name written loosely, words in lower case after it
        (
            "Luật Nhà ở, Luật Thuế SDĐ phi nông nghiệp và",
            [
                ("Luật Nhà ở", "Luật", "Nhà ở", None),
                (
                    "Luật Thuế SDĐ phi nông nghiệp",
                    "Luật",
                    "Thuế SDĐ phi nông nghiệp",
                    None,
                ),
            ],
        ),
        (
            "Luật Thuế TNCN sửa đổi năm 2012",
            [("Luật Thuế TNCN sửa đổi năm 2012", "Luật", "Thuế TNCN sửa đổi", 2012)],
        ),
        # names of old laws and ordinances, a law's full title
        (
            "theo quy định của Pháp lệnh pháp điển hệ thống quy phạm pháp luật và",
            [
                (
                    "Pháp lệnh pháp điển hệ thống quy phạm pháp luật",
                    "Pháp lệnh",
                    "Pháp điển hệ thống quy phạm pháp luật",
                    None,
                )
            ],
        ),
        (
            "Điều 34 Luật Tổ chức Quốc hội và Hội đồng Nhà nước ngày 10/01/1982",
            [
                (
                    "Điều 34 Luật Tổ chức Quốc hội và Hội đồng Nhà nước ngày 10/01/1982",
                    "Luật",
                    "Tổ chức Quốc hội và Hội đồng Nhà nước",
                    None,
                )
            ],
        ),
        (
            "của Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở "
            "người;",
            [
                (
                    "Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở "
                    "người",
                    "Luật",
                    "Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở "
                    "người",
                    None,
                )
            ],
        ),
    ],
)
def test_abbreviations_and_names_the_list_now_knows(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the branch of law, a textbook's subject: a known name and the country with no year,
        # after "khái niệm", "khái quát về", "ngành"
        ("GIÁO TRÌNH\nLUẬT THƯƠNG MẠI VIỆT NAM\n", []),
        ("Khái niệm Luật Thương mại được hiểu theo hai nghĩa", []),
        ("1. Khái quát về Luật Thương mại", []),
        ("các quy phạm của ngành Luật Thương mại", []),
        # with its year it is the law
        (
            "Luật Thương mại Việt Nam năm 2005 quy định",
            [("Luật Thương mại Việt Nam năm 2005", "Luật", "Thương mại", 2005)],
        ),
        ("theo Luật Thương mại thì", [("Luật Thương mại", "Luật", "Thương mại", None)]),
    ],
)
def test_a_known_name_as_the_branch_of_law(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text) == expected
