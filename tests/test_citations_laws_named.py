"""Laws, codes and ordinances cited by name as real copies write them (issue 15, fifth round):
where a name ends and what it holds, each kind with hand-checked cases written for the project
(unit tests, not the measure) and the traps next to it."""

from __future__ import annotations

import datetime as dt

import pytest

from _citations_read import LawRow, law_rows
from directive_report import citations
from directive_report.citations import _law_reading, _stream


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
        # "sửa đổi, bổ sung" and a year: the law as amended that year (the corpus's batch-6
        # decision, see test_citations_laws_amended); not "sửa đổi" before its object
        (
            "Luật Đất đai sửa đổi, bổ sung năm 2009; Luật Đất đai sửa đổi quy định về giá",
            [
                (
                    "Luật Đất đai sửa đổi, bổ sung năm 2009",
                    "Luật",
                    "Đất đai sửa đổi, bổ sung",
                    2009,
                ),
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
        "Khái quát chung về Luật Tố tụng dân sự Việt Nam",
        "ĐỐI TƯỢNG CỦA LUẬT TỐ TỤNG DÂN SỰ VIỆT NAM",
    ],
)
def test_a_codes_name_after_luat_is_a_branch_of_law(text: str) -> None:
    """A code's name after "Luật" with no year or number is a branch of law, not a document (the
    corpus's decision)."""
    assert law_rows(text) == []


def test_a_codes_name_with_its_year_is_still_cited() -> None:
    """ "Bộ luật Hình sự" and a code's name with its year after "Luật" stay citations."""
    assert law_rows("Bộ luật Hình sự và Luật hình sự năm 1999") == [
        ("Bộ luật Hình sự", "Bộ luật", "Hình sự", None),
        ("Luật hình sự năm 1999", "Luật", "Hình sự", 1999),
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
        ("Luật Thủi lợi quy định", [("Luật Thủi lợi", "Luật", "Thủi lợi", None)]),
    ],
)
def test_i_or_y_ending_a_syllable(text: str, expected: list[LawRow]) -> None:
    """ "liệt sĩ" and "liệt sỹ", "Quản lý" and "Quản lí" name the same law."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "amended"),
    [
        # "(sửa đổi 2017)" is an amendment note too; one without parentheses is not covered
        (
            "Bộ Luật hình sự năm 2015 (sửa đổi 2017) quy định",
            "Bộ Luật hình sự năm 2015 (sửa đổi 2017)",
            (2017,),
        ),
        ("BỘ LUẬT HÌNH SỰ NĂM 2015, SỬA ĐỔI, BỔ SUNG NĂM 2017", "BỘ LUẬT HÌNH SỰ NĂM 2015", ()),
        # "sửa đổi" between "Hiến pháp" and its year; "hiến pháp" in lower case before its year
        ("Theo Hiến pháp sửa đổi năm 2013,", "Hiến pháp sửa đổi năm 2013", ()),
        ("khoản 2 điều 102 hiến pháp năm 2013 quy định", "khoản 2 điều 102 hiến pháp năm 2013", ()),
        # a damaged "số" before a law's number
        (
            "Luật tổ chức Quốc hội s 57/2014/QH13 quy định",
            "Luật tổ chức Quốc hội s 57/2014/QH13",
            (),
        ),
    ],
)
def test_notes_and_damage_around_a_law(text: str, expected: str, amended: tuple[int, ...]) -> None:
    """Amendment notes in parentheses, "sửa đổi" inside the Constitution's citation, a "số" a
    copy damaged."""
    [found] = citations.extract(text)
    assert (found.text, found.citation.amended_in) == (expected, amended)


def test_lower_case_hien_phap_needs_its_year() -> None:
    """ "hiến pháp" in lower case without a year is the word, not the Constitution."""
    assert law_rows("quyền con người theo hiến pháp và pháp luật") == []


def test_a_draft_between_a_pinpoint_and_its_law() -> None:
    """ "Điều 1 Dự thảo Luật X": "Dự thảo" is inside the span, after a pinpoint only."""
    assert law_rows("theo Điều 1 Dự thảo Luật HGĐTTTA (sau đây) và Dự thảo Luật HGĐTTTA.") == [
        ("Điều 1 Dự thảo Luật HGĐTTTA", "Luật", "HGĐTTTA", None),
        ("Luật HGĐTTTA", "Luật", "HGĐTTTA", None),
    ]


def test_a_laws_alias_names_it_for_the_rest_of_the_text() -> None:
    """A law's alias the list does not know ("(gọi tắt là Luật Hoạt động giám sát)") is read,
    and names the law where it is used again; not before it is introduced."""
    text = (
        "Luật hoạt động giám sát nói. Theo Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân "
        "dân (gọi tắt là Luật Hoạt động giám sát) thì tại Điều 15 của Luật hoạt động giám sát."
    )
    rows = law_rows(text)
    assert [row[0] for row in rows] == [
        "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
        "Luật Hoạt động giám sát",
        "Điều 15 của Luật hoạt động giám sát",
    ]
    assert [row[2] for row in rows[1:]] == ["Hoạt động giám sát", "hoạt động giám sát"]
    [*_, alias, used] = citations.extract(text)
    assert (alias.alias, used.alias) == (True, False)


def test_an_alias_reaches_no_further_than_a_stream_keeps() -> None:
    """An alias names its law again only within the text a stream keeps before what it reads,
    so that a stream reads what the whole text reads."""
    assert _law_reading.ALIAS_REACH <= _stream.CONTEXT
    intro = "Luật Thủ đô năm 2012 (gọi tắt là Luật Giám sát). "
    near = intro + "x " * 100 + "Điều 5 Luật giám sát."  # in lower case: read by its alias only
    far = intro + "x " * _law_reading.ALIAS_REACH + "Điều 5 Luật giám sát."
    assert law_rows(near)[-1] == ("Điều 5 Luật giám sát", "Luật", "giám sát", None)
    assert [row[0] for row in law_rows(far)] == ["Luật Thủ đô năm 2012", "Luật Giám sát"]


def test_a_capital_glued_after_a_known_name() -> None:
    """A list of abbreviations a copy glued together: a known name ends before the capital
    glued to its last word."""
    text = "BLTTDS :Bộ luật tố tụng dân sựBLTTHS :Bộ luật tố tụng hình sựVKS : Viện kiểm sát"
    assert [row[0] for row in law_rows(text)] == [
        "Bộ luật tố tụng dân sự",
        "Bộ luật tố tụng hình sự",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unknown name holding "quy phạm pháp luật", read to its date
        (
            "Căn cứ Luật Ban hành vãn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
            ["Luật Ban hành vãn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015"],
        ),
        # but not "quy định" or a second "luật" after it: the name ends there
        ("Luật Giám sát quy định năm 2024 thì", ["Luật Giám sát"]),
        ("Luật Giám sát luật Hà Nội năm 2024 thì", ["Luật Giám sát"]),
    ],
)
def test_unknown_names_holding_phap_luat(text: str, expected: list[str]) -> None:
    """ "pháp luật" and "quy phạm" may stand inside a name; "quy định" and "luật" end it."""
    assert [f.text for f in citations.extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amending law that amends more than articles before "của"
        (
            "Căn cứ Luật Sửa đổi, bổ sung một số điều và Phụ lục danh mục chỉ tiêu của Luật Giá "
            "ngày 12 tháng 11 năm 2021;",
            "Luật Sửa đổi, bổ sung một số điều và Phụ lục danh mục chỉ tiêu của Luật Giá ngày 12 "
            "tháng 11 năm 2021",
        ),
        # the 2004 law's name with "và" for its comma
        (
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Uỷ ban nhân "
            "dân năm 2004;",
            "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Uỷ ban nhân dân năm "
            "2004",
        ),
    ],
)
def test_longer_titles(text: str, expected: str) -> None:
    """Titles that run past the first law's name: one citation each."""
    assert [f.text for f in citations.extract(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "luật" in lower case only before a name the list knows, not an abbreviated one
        ("theo luật thuế TNCN năm 2007 thì", []),
        # a heading's words in capitals are not an abbreviated name
        ("Theo LUẬT THUẾ TNCN hiện hành", []),
        # several amending laws, none named: only the law they amend
        (
            "các Luật sửa đổi, bổ sung một số điều của Luật Giá năm 2012",
            [("Luật Giá năm 2012", "Luật", "Giá", 2012)],
        ),
        # a code in the pair sharing "sửa đổi"
        (
            "Luật Đầu tư và Bộ  luật Lao động sửa đổi 2019;",
            [
                (
                    "Luật Đầu tư và Bộ  luật Lao động sửa đổi 2019",
                    "Luật",
                    "Đầu tư và Bộ luật Lao động sửa đổi",
                    2019,
                )
            ],
        ),
    ],
)
def test_what_is_not_a_name(text: str, expected: list[LawRow]) -> None:
    """What a name's branches refuse, and a pair's second type as written."""
    assert law_rows(text) == expected


def test_aliases_of_each_type_and_case() -> None:
    """An alias at the very start of a text, used in another case; an ordinance's alias before
    a law's neither names the law nor stops the search for its alias."""
    assert [row[0] for row in law_rows("gọi tắt là Luật Giám sát). Điều 5 Luật giám sát.")] == [
        "Luật Giám sát",
        "Điều 5 Luật giám sát",
    ]
    text = (
        "Pháp lệnh Dân số năm 2003 (gọi tắt là Pháp lệnh Tiếp dân), Luật Thủ đô năm 2012 (gọi "
        "tắt là Luật Giám sát); Điều 5 Luật Giám sát, Luật tiếp dân."
    )
    assert [row[0] for row in law_rows(text)][-1] == "Điều 5 Luật Giám sát"


def test_an_alias_in_capitals_and_only_before_its_use() -> None:
    """An alias introduced in capitals names the law used after it; one introduced after a use
    does not name it."""
    capitals = "LUẬT THỦ ĐÔ NĂM 2012 (GỌI TẮT LÀ LUẬT GIÁM SÁT). Theo Điều 5 Luật Giám sát."
    assert [row[0] for row in law_rows(capitals)][-1] == "Điều 5 Luật Giám sát"
    later = "Theo đó là Điều 5 Luật giám sát; Luật Thủ đô năm 2012 (gọi tắt là Luật Giám sát)."
    assert [row[0] for row in law_rows(later)] == ["Luật Thủ đô năm 2012", "Luật Giám sát"]
