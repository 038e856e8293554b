"""Laws and codes cited by name in damaged copies (issue 15, sixth round): a type word an OCR
misread, a name that lost letters or words, a title broken across lines, an alias in capitals.
Hand-checked cases written for the project (unit tests, not the measure), each kind with the
traps next to it."""

from __future__ import annotations

import pytest

from _citations_read import LawRow, law_rows
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an OCR read the "l" of "luật" as another stroke: "ỉ", "I", "|"
        (
            "Căn cứ Bộ ỉuật Tố tụng dân sự năm 2015;",
            [("Bộ ỉuật Tố tụng dân sự năm 2015", "Bộ luật", "Tố tụng dân sự", 2015)],
        ),
        (
            "Căn cứ Bộ Iuật Lao động ngày 20 tháng 11 năm 2019;",
            [("Bộ Iuật Lao động ngày 20 tháng 11 năm 2019", "Bộ luật", "Lao động", None)],
        ),
        (
            "theo Bộ |uật Dân sự năm 2005 và",
            [("Bộ |uật Dân sự năm 2005", "Bộ luật", "Dân sự", 2005)],
        ),
        # the name damaged too, read as written before its year
        (
            "Căn cứ Bộ ỉuật Tổ tụng hình sư năm 2015;",
            [("Bộ ỉuật Tổ tụng hình sư năm 2015", "Bộ luật", "Tổ tụng hình sư", 2015)],
        ),
        # not a code without "Bộ" before it, nor a word that only ends so
        ("Căn cứ Iuật Đất đai năm 2013; Bộ khuật Dân sự năm 2015", []),
    ],
)
def test_a_code_whose_type_word_an_ocr_damaged(text: str, expected: list[LawRow]) -> None:
    """ "Bộ" and a damaged "luật": a code's type word, as an OCR reads the "l"."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a code's name that lost a word, in lower case, before its year
        (
            "Bộ luật hình năm 2015, sửa đổi, bổ sung năm 2017 có hiệu lực",
            [("Bộ luật hình năm 2015", "Bộ luật", "hình", 2015)],
        ),
        (
            "theo Bộ luật tố tụng hình năm 2003 thì",
            [("Bộ luật tố tụng hình năm 2003", "Bộ luật", "tố tụng hình", 2003)],
        ),
        # not words that do not begin a code's name, nor without a year
        ("Bộ luật mới năm 2015 có hiệu lực; Bộ luật hình sẽ sửa.", []),
    ],
)
def test_a_code_name_that_lost_words(text: str, expected: list[LawRow]) -> None:
    """After "Bộ luật", a name in lower case whose first word begins a code's name (there are
    only six) is read before its year."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a font without some accented letters dropped them from a known name
        (
            "thi hành một s điu của Luật Tiêu chun và Quy chuẩn kỹ thuật;",
            [
                (
                    "Luật Tiêu chun và Quy chuẩn kỹ thuật",
                    "Luật",
                    "Tiêu chun và Quy chuẩn kỹ thuật",
                    None,
                )
            ],
        ),
        (
            "của Luật Cht lượng sản phẩm, hàng hóa; và",
            [("Luật Cht lượng sản phẩm, hàng hóa", "Luật", "Cht lượng sản phẩm, hàng hóa", None)],
        ),
        (
            "theo Luật Bảo vệ môi trưng quy định",
            [("Luật Bảo vệ môi trưng", "Luật", "Bảo vệ môi trưng", None)],
        ),
        (
            "theo Pháp lệnh Cu chiến binh thì làm.",
            [("Pháp lệnh Cu chiến binh", "Pháp lệnh", "Cu chiến binh", None)],
        ),
        # more of them, or a space left for each ("Lu t" for "Luật"), an "h" lost with one
        (
            "theo Luật Bo vệ mi trưng thì làm.",
            [("Luật Bo vệ mi trưng", "Luật", "Bo vệ mi trưng", None)],
        ),
        (
            "Căn cứ Lu t T ch c Chính ph ngày 19 tháng 6 năm 2015;",
            [("Lu t T ch c Chính ph ngày 19 tháng 6 năm 2015", "Luật", "T ch c Chính ph", None)],
        ),
        (
            "Căn cứ Lut sĩ quan Quân đội nn dân Việt Nam s16/1999/QH10;",
            [
                (
                    "Lut sĩ quan Quân đội nn dân Việt Nam s16/1999/QH10",
                    "Luật",
                    "sĩ quan Quân đội nn dân Việt Nam",
                    None,
                )
            ],
        ),
        # the longest known name the words can be
        (
            "Luật Phòng, chng tham nhũng và",
            [("Luật Phòng, chng tham nhũng", "Luật", "Phòng, chng tham nhũng", None)],
        ),
    ],
)
def test_a_known_name_that_lost_letters(text: str, expected: list[LawRow]) -> None:
    """A name the list knows, a few of its accented letters lost, is read as written."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Luật sư Nguyễn Văn A",  # a lawyer
        "Luật Gi mới thì làm.",  # one word of a one-word name: too little left to tell
        "Luật Bảo vệ môi trương thì làm.",  # a letter changed, not lost
        "Luật Bo v mi trng thì làm.",  # more than a third of the letters lost
        "Luật Dn sự thì làm.",  # a code's name after "Luật" with no year: a branch of law
        "Luật Bảo vệ môi trường xanh",  # a known name, then other words: read already
        "Luật Tiêu chuẩn kỹ thuật thì làm.",  # letters changed or words lost, not letters lost
    ],
)
def test_what_is_not_a_name_that_lost_letters(text: str) -> None:
    """A lost letter is a letter missing from a known name, few of them, never another one: a
    name read is the one written, an unknown name of two words or more, never the known name."""
    rows = law_rows(text)
    written = text.removesuffix(" thì làm.")
    if text.startswith("Luật sư") or text in ("Luật Gi mới thì làm.", "Luật Dn sự thì làm."):
        assert rows == []
    elif text.startswith("Luật Bảo vệ môi trường"):
        assert rows == [("Luật Bảo vệ môi trường", "Luật", "Bảo vệ môi trường", None)]
    else:
        assert rows == [(written, "Luật", written.removeprefix("Luật "), None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amending law's title broken by a copy's line break
        (
            "và Luật Sửa đổi, bổ sung một số điều và Phụ lục danh mục chỉ tiêu giá quốc\n"
            "gia của Luật Giá ngày 12 tháng 11 năm 2021;",
            "Luật Sửa đổi, bổ sung một số điều và Phụ lục danh mục chỉ tiêu giá quốc\n"
            "gia của Luật Giá ngày 12 tháng 11 năm 2021",
        ),
    ],
)
def test_an_amending_title_across_a_line_break(text: str, expected: str) -> None:
    """A single line break inside an amending law's title is inside the title."""
    assert [f.text for f in citations.extract(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an OCR lost the numbers of "khoản 1 điều 2": "điều luật" is then a pinpoint's rest
        (
            "cơ sở pháp lý: khoản điều luật tổ chức tòa án nhân dân 2014 quy định",
            [
                (
                    "luật tổ chức tòa án nhân dân 2014",
                    "Luật",
                    "Tổ chức Tòa án nhân dân",
                    2014,
                )
            ],
        ),
        (
            "các điều luật đất đai năm 2013 quy định",
            [("luật đất đai năm 2013", "Luật", "Đất đai", 2013)],
        ),
        # without a year "điều luật" is a noun: an article of law
        ("các điều luật đất đai quy định; kỷ luật lao động năm 2019", []),
    ],
)
def test_a_known_name_after_dieu_luat_with_its_year(text: str, expected: list[LawRow]) -> None:
    """ "luật" in lower case after "điều" before a known name is read when a year follows."""
    assert law_rows(text) == expected


def test_an_alias_introduced_in_capitals() -> None:
    """An alias wholly in capitals is read, and names the law used after it, each as written."""
    text = (
        "Căn cứ LUẬT HOẠT ĐỘNG GIÁM SÁT CỦA QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN (GỌI TẮT LÀ LUẬT GIÁM "
        "SÁT CHUNG). Theo Điều 3 Luật Giám sát chung, nên."
    )
    found = citations.extract(text)
    assert [(f.text, f.citation.name, f.alias) for f in found] == [
        (
            "LUẬT HOẠT ĐỘNG GIÁM SÁT CỦA QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN",
            "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
            False,
        ),
        ("LUẬT GIÁM SÁT CHUNG", "GIÁM SÁT CHUNG", True),
        ("Điều 3 Luật Giám sát chung", "Giám sát chung", False),
    ]
