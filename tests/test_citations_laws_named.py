"""Laws, codes and ordinances cited by name as real copies write them (issue 15, fifth round):
where a name ends and what it holds, each kind with hand-checked cases written for the project
(unit tests, not the measure) and the traps next to it."""

from __future__ import annotations

import datetime as dt

import pytest

from _citations_read import read_rows
from directive_report import citations

#: (cited words, type, name, year) of one law cited by name.
LawRow = tuple[str, str, str | None, int | None]


def law_rows(text: str) -> list[LawRow]:
    """A :data:`LawRow` for each citation in *text*, in order (offsets checked by
    :func:`read_rows`)."""
    found = citations.extract(text)
    return [
        (row[0], row[1], item.citation.name, item.citation.year)
        for row, item in zip(read_rows(text), found, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sửa đổi" and a year after a known name: the revised law, its name holding "sửa đổi"
        (
            "- Luật Đất đai sửa đổi 2013 và các văn bản",
            [("Luật Đất đai sửa đổi 2013", "Luật", "Đất đai sửa đổi", 2013)],
        ),
        (
            "theo Luật Quy hoạch sửa đổi năm 2018;",
            [("Luật Quy hoạch sửa đổi năm 2018", "Luật", "Quy hoạch sửa đổi", 2018)],
        ),
        # two laws sharing "sửa đổi" and the year: the one law amending both
        (
            "- Luật Đầu tư và Luật Doanh nghiệp sửa đổi 2022\n",
            [
                (
                    "Luật Đầu tư và Luật Doanh nghiệp sửa đổi 2022",
                    "Luật",
                    "Đầu tư và Luật Doanh nghiệp sửa đổi",
                    2022,
                )
            ],
        ),
        # an unknown name with its abbreviation, "sửa đổi" at the end of a line
        (
            "Nội dung\nLuật Thuế TTĐB sửa đổi\nQuy định mới",
            [("Luật Thuế TTĐB sửa đổi", "Luật", "Thuế TTĐB sửa đổi", None)],
        ),
        # not "sửa đổi, bổ sung ..." (an amendment note), nor "sửa đổi" before its object
        (
            "Luật Đất đai sửa đổi, bổ sung năm 2009; Luật Đất đai sửa đổi quy định về giá",
            [
                ("Luật Đất đai", "Luật", "Đất đai", None),
                ("Luật Đất đai", "Luật", "Đất đai", None),
            ],
        ),
        # two laws without "sửa đổi" stay two citations
        (
            "Luật Đầu tư và Luật Doanh nghiệp năm 2020",
            [
                ("Luật Đầu tư", "Luật", "Đầu tư", None),
                ("Luật Doanh nghiệp năm 2020", "Luật", "Doanh nghiệp", 2020),
            ],
        ),
    ],
)
def test_revised_law_named_with_sua_doi(text: str, expected: list[LawRow]) -> None:
    """ "Luật X sửa đổi 2020", "Luật X và Luật Y sửa đổi 2019": "sửa đổi" is part of the name."""
    assert law_rows(text) == expected


def test_an_amending_law_listing_laws_the_list_does_not_know() -> None:
    """An amending law's title listing laws with commas, some of them unknown: one citation to
    its date."""
    text = (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Kế toán, Luật Kiểm toán độc lập, "
        "Luật Quản lý thuế, Luật Hải quan ngày 29 tháng 11 năm 2024;"
    )
    [found] = citations.extract(text)
    assert found.text == text[len("Căn cứ ") : -1]
    assert found.citation.name == (
        "sửa đổi, bổ sung một số điều của Luật Kế toán, Luật Kiểm toán độc lập, "
        "Luật Quản lý thuế, Luật Hải quan"
    )
    assert found.citation.date == dt.date(2024, 11, 29)


def test_an_amending_law_listing_known_laws_with_commas() -> None:
    """Known laws listed with commas and "và" after "một số điều của": one amending law."""
    text = "theo Luật sửa đổi, bổ sung một số điều của Luật Kế toán, Luật Hải quan và Luật Giá;"
    [found] = citations.extract(text)
    assert found.text == text[len("theo ") : -1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known name glued to its date or year by a copy
        (
            "Căn cứ Luật Tổ chức HĐND và UBNDngày 26/11/2003;",
            [
                (
                    "Luật Tổ chức HĐND và UBNDngày 26/11/2003",
                    "Luật",
                    "Tổ chức HĐND và UBND",
                    None,
                )
            ],
        ),
        # an unknown name holding a comma before a lower-case word, with its year
        (
            "Căn cứ Luật Bảo vệ, chăm sóc người cao niên năm 1989;",
            [
                (
                    "Luật Bảo vệ, chăm sóc người cao niên năm 1989",
                    "Luật",
                    "Bảo vệ, chăm sóc người cao niên",
                    1989,
                )
            ],
        ),
        # a comma before a capital is a list, not a name
        (
            "Luật Thú y, Luật Thủ đô năm 2024",
            [
                ("Luật Thú y", "Luật", "Thú y", None),
                ("Luật Thủ đô năm 2024", "Luật", "Thủ đô", 2024),
            ],
        ),
    ],
)
def test_glued_date_and_comma_in_a_name(text: str, expected: list[LawRow]) -> None:
    """A date glued to a known name; a comma inside an unknown name before its year."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ordinances by name, without a year
        (
            "thi hành một số điều của Pháp lệnh Cơ yếu về chế độ",
            [("Pháp lệnh Cơ yếu", "Pháp lệnh", "Cơ yếu", None)],
        ),
        (
            "hướng dẫn Pháp lệnh ưu đãi người có công với cách mạng và các văn bản",
            [
                (
                    "Pháp lệnh ưu đãi người có công với cách mạng",
                    "Pháp lệnh",
                    "Ưu đãi người có công với cách mạng",
                    None,
                )
            ],
        ),
        # a law the list knows, in lower case after "Luật"
        (
            "Luật quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng quy định",
            [
                (
                    "Luật quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng",
                    "Luật",
                    "Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng",
                    None,
                )
            ],
        ),
    ],
)
def test_names_the_list_knows(text: str, expected: list[LawRow]) -> None:
    """Ordinances and laws read by their names without a year."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name abbreviated: it ends at the abbreviation
        (
            "Luật BHXH mới nhất năm 2025",
            [("Luật BHXH", "Luật", "BHXH", None)],
        ),
        ("theo Luật Thuế TNCN năm 2007;", [("Luật Thuế TNCN năm 2007", "Luật", "Thuế TNCN", 2007)]),
        # not a heading in capitals, nor a lower-case "luật", nor a Roman numeral
        ("LUẬT THUẾ TNCN\nnội dung", []),
        ("ngành luật thuế TNCN", []),
        ("Luật khóa XIV", []),
    ],
)
def test_abbreviated_names(text: str, expected: list[LawRow]) -> None:
    """ "Luật BHYT", "Luật Thuế GTGT": a name ending in an abbreviation."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case name after a pinpoint, with its year
        (
            "quy định tại Chương III Luật cảnh sát biển 2018.",
            [("Chương III Luật cảnh sát biển 2018", "Luật", "cảnh sát biển", 2018)],
        ),
        # without a pinpoint, a lower-case guess stays unread
        ("Luật được ban hành năm 2018.", []),
    ],
)
def test_lower_case_name_after_a_pinpoint(text: str, expected: list[LawRow]) -> None:
    """A pinpoint says a document follows: "Luật" and a lower-case name before a year."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chuyên mụcLuật tố tụng hình sự, Thảo luận",
        "giảng dạy Luật dân sự và Luật hình sự cho sinh viên",
    ],
)
def test_a_codes_name_after_luat_is_a_branch_of_law(text: str) -> None:
    """A code's name in lower case after "Luật" with no year or number is a branch of law, not
    a document."""
    assert law_rows(text) == []


def test_a_codes_name_with_a_capital_or_its_year_is_still_cited() -> None:
    """ "Bộ luật Hình sự", a code's name with its year or a capital after "Luật" (the code,
    loosely named) stay citations."""
    assert law_rows("Bộ luật Hình sự và Luật hình sự năm 1999, Luật Lao động quy định") == [
        ("Bộ luật Hình sự", "Bộ luật", "Hình sự", None),
        ("Luật hình sự năm 1999", "Luật", "Hình sự", 1999),
        ("Luật Lao động", "Luật", "Lao động", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation before "và" and a capital goes on naming: the name the list does not
        # know is read to its date
        (
            "Căn cứ Luật Tổ chức HDND và UBND ngày 26 tháng 11 năm 2003;",
            [
                (
                    "Luật Tổ chức HDND và UBND ngày 26 tháng 11 năm 2003",
                    "Luật",
                    "Tổ chức HDND và UBND",
                )
            ],
        ),
        # a firm's or a bar's name is not a law's
        ("Công ty Luật TNHH Minh Khuê tư vấn cho khách hàng.", []),
        ("Đoàn Luật sư TP.HCM cho biết", []),
    ],
)
def test_where_an_abbreviated_name_ends(text: str, expected: list[tuple[str, str, str]]) -> None:
    """An abbreviation ends a name only where nothing goes on naming after it."""
    assert [
        (f.text, f.citation.doc_type.name, f.citation.name) for f in citations.extract(text)
    ] == (expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "i" or "y" ending a syllable after a consonant: the same name, as the list spells it
        (
            "Luật Sỹ quan Quân đội nhân dân Việt Nam quy định",
            [
                (
                    "Luật Sỹ quan Quân đội nhân dân Việt Nam",
                    "Luật",
                    "Sĩ quan Quân đội nhân dân Việt Nam",
                    None,
                )
            ],
        ),
        (
            "luật xử lí vi phạm hành chính quy định",
            [("luật xử lí vi phạm hành chính", "Luật", "Xử lý vi phạm hành chính", None)],
        ),
        (
            "Pháp lệnh ưu đãi người hoạt động cách mạng, liệt sĩ và gia đình liệt sĩ, thương binh, "
            "bệnh binh, người hoạt động kháng chiến, người có công giúp đỡ cách mạng; các Nghị định",
            [
                (
                    "Pháp lệnh ưu đãi người hoạt động cách mạng, liệt sĩ và gia đình liệt sĩ, "
                    "thương binh, bệnh binh, người hoạt động kháng chiến, người có công giúp đỡ "
                    "cách mạng",
                    "Pháp lệnh",
                    "Ưu đãi người hoạt động cách mạng, liệt sỹ và gia đình liệt sỹ, thương binh, "
                    "bệnh binh, người hoạt động kháng chiến, người có công giúp đỡ cách mạng",
                    None,
                )
            ],
        ),
        # not "y" after a vowel: "Thủy" is not "Thủi"
        ("Luật Thủi lợi quy định", []),
    ],
)
def test_i_or_y_ending_a_syllable(text: str, expected: list[LawRow]) -> None:
    """ "liệt sĩ" and "liệt sỹ", "Quản lý" and "Quản lí" name the same law."""
    assert law_rows(text) == expected
