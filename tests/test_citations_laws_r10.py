"""Where a law's name starts and ends (issue 15, tenth round): an amending law's title that names
the law it amends right after "sửa đổi" ("Pháp lệnh sửa đổi Pháp lệnh X", "luật sửa đổi bổ
sung một số điều của Luật X"); no name the list does not know opening with a word no name opens
with ("PHÁP LỆNH\\nCỦA ỦY BAN ..."); "pháp luật" in any case no law's type; a line break before
a capital ending what a law takes after it; Markdown's emphasis before a law's number; a comma
before what the sentence says ending an unknown name read to its year; batch 10's kinds (a
draft's "sửa đổi" with no year, "&" between spaces, "NĂM2015", "Luật** **X", an amending title
listing laws in lower case, the Constitution's title on a line of its own). Hand-checked cases written for the project (unit tests, not the measure), each kind with the
traps next to it."""

from __future__ import annotations

import pytest

from _citations_read import LawRow, law_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Căn cứ Pháp lệnh sửa đổi Pháp lệnh Thuế nhà, đất năm 1994 và",
            [
                (
                    "Pháp lệnh sửa đổi Pháp lệnh Thuế nhà, đất năm 1994",
                    "Pháp lệnh",
                    "sửa đổi Pháp lệnh Thuế nhà, đất",
                    1994,
                )
            ],
        ),
        (
            "Luật sửa đổi Luật Hợp tác xã năm 2025 có hiệu lực",
            [("Luật sửa đổi Luật Hợp tác xã năm 2025", "Luật", "sửa đổi Luật Hợp tác xã", 2025)],
        ),
        (
            "Luật sửa đổi, bổ sung Luật Đường sắt ngày 10 tháng 12 năm 2024;",
            [
                (
                    "Luật sửa đổi, bổ sung Luật Đường sắt ngày 10 tháng 12 năm 2024",
                    "Luật",
                    "sửa đổi, bổ sung Luật Đường sắt",
                    None,
                )
            ],
        ),
        # "luật" in lower case opening an amending title, after another law
        (
            "Căn cứ Luật Dược ngày 14/6/2005 và luật sửa đổi bổ sung một số điều của Luật Dược "
            "ngày 2/7/2012;",
            [
                ("Luật Dược ngày 14/6/2005", "Luật", "Dược", None),
                (
                    "luật sửa đổi bổ sung một số điều của Luật Dược ngày 2/7/2012",
                    "Luật",
                    "sửa đổi bổ sung một số điều của Luật Dược",
                    None,
                ),
            ],
        ),
        (
            "theo pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Giống vật nuôi năm 2008",
            [
                (
                    "pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Giống vật nuôi năm 2008",
                    "Pháp lệnh",
                    "sửa đổi, bổ sung một số điều của Pháp lệnh Giống vật nuôi",
                    2008,
                )
            ],
        ),
        # traps: several amending laws, a bill, "sửa đổi" after a name (the revised law)
        ("Quốc hội thông qua các luật sửa đổi Luật Đất đai và Luật Nhà ở.", None),
        (
            "Ban soạn thảo dự luật sửa đổi Luật Thủy sản đã họp.",
            [("Luật Thủy sản", "Luật", "Thủy sản", None)],
        ),
        (
            "Luật Đất đai sửa đổi năm 2013 quy định",
            [("Luật Đất đai sửa đổi năm 2013", "Luật", "Đất đai sửa đổi", 2013)],
        ),
    ],
)
def test_an_amending_title_naming_the_law_after_sua_doi(
    text: str, expected: list[LawRow] | None
) -> None:
    rows = law_rows(text)
    if expected is None:  # no span opens at the amending title's type word
        assert not any(row[0].lower().startswith("luật sửa") for row in rows)
    else:
        assert rows == expected


@pytest.mark.parametrize(
    "text",
    [
        # a heading's type word alone on its line, its issuer on the next: the text's own title
        "Ngày hiệu lực: 01/10/2002\nPHÁP LỆNH\nCỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI SỐ 44/2002/PL-UBTVQH10"
        "\nNGÀY 2 THÁNG 7 NĂM 2002 VỀ VIỆC XỬ LÝ VI PHẠM HÀNH CHÍNH\n",
        "LUẬT\nCỦA QUỐC HỘI NĂM 2020 SỐ 61/2020/QH14\n",
        "LUẬT THEO NĂM 2020",
        "LUẬT TẠI HÀ NỘI NĂM 2024",
    ],
)
def test_no_unknown_name_opens_with_a_word_no_name_opens_with(text: str) -> None:
    assert [row for row in law_rows(text) if row[2] is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TÌM HIỂU PHÁP LUẬT ĐẤT ĐAI NĂM 2024", []),
        ("Hỏi đáp Pháp Luật Đất đai 2024 cho người dân", []),
        ("PHÁP LUẬT XỬ PHẠT VI PHẠM HÀNH CHÍNH TRONG LĨNH VỰC Y TẾ", []),
        ("chính sách pháp luật đất đai năm 2024", []),
        # the type word right after "Hiến pháp" or after punctuation is a law's
        (
            "theo Hiến pháp, Luật Đất đai năm 2024",
            [("Luật Đất đai năm 2024", "Luật", "Đất đai", 2024)],
        ),
        (
            "văn bản pháp luật: Luật Đất đai năm 2024",
            [("Luật Đất đai năm 2024", "Luật", "Đất đai", 2024)],
        ),
    ],
)
def test_phap_luat_in_any_case_is_no_law(text: str, expected: list[LawRow]) -> None:
    assert [row for row in law_rows(text) if row[1] != "Hiến pháp"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Điểm mới của Luật Đường sắt\nNgày 27/6/2017 vừa qua, Quốc hội đã thông qua",
            [("Luật Đường sắt", "Luật", "Đường sắt", None)],
        ),
        (
            "Bạn đang đọc: Luật Thư viện năm 2019\n\nCỦA QUỐC HỘI KHÓA XIV\n",
            [("Luật Thư viện năm 2019", "Luật", "Thư viện", 2019)],
        ),
        # a line break before a word in lower case goes on
        (
            "Căn cứ Luật Đường sắt\nngày 16 tháng 6 năm 2017;",
            [("Luật Đường sắt\nngày 16 tháng 6 năm 2017", "Luật", "Đường sắt", None)],
        ),
        (
            "Căn cứ Luật Đường sắt ngày 16 tháng 6 năm 2017\ncủa Quốc hội;",
            [
                (
                    "Luật Đường sắt ngày 16 tháng 6 năm 2017\ncủa Quốc hội",
                    "Luật",
                    "Đường sắt",
                    None,
                )
            ],
        ),
    ],
)
def test_a_line_break_before_a_capital_ends_a_law_s_tail(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "*Căn cứ Luật Đường sắt **số 95/2025/QH15** được sửa đổi",
            ("Luật Đường sắt **số 95/2025/QH15", 95),
        ),
        ("Căn cứ Luật Đường sắt *số 95/2025/QH15* được", ("Luật Đường sắt *số 95/2025/QH15", 95)),
        # and after "ngày", before the date
        (
            "Căn cứ Luật Đường sắt số 95/2025/QH15 ngày* *27/6/2025;",
            ("Luật Đường sắt số 95/2025/QH15 ngày* *27/6/2025", 95),
        ),
    ],
)
def test_emphasis_before_a_law_s_number(text: str, expected: tuple[str, int]) -> None:
    from directive_report import citations

    found = citations.extract(text)
    assert [(f.text, f.citation.number.number if f.citation.number else None) for f in found] == [
        expected
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo Luật Nhà báo, đến năm 2030 cả nước có",
            [("Luật Nhà báo", "Luật", "Nhà báo", None)],
        ),
        (
            "Luật Nhà báo, trong năm 2024 đã đi vào cuộc sống",
            [("Luật Nhà báo", "Luật", "Nhà báo", None)],
        ),
        # a comma of the name's own goes on to its year
        (
            "Căn cứ Luật Thông tin, truyền thông năm 2030;",
            [("Luật Thông tin, truyền thông năm 2030", "Luật", "Thông tin, truyền thông", 2030)],
        ),
    ],
)
def test_a_comma_before_what_the_sentence_says_ends_an_unknown_name(
    text: str, expected: list[LawRow]
) -> None:
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a draft's "sửa đổi" with no year after the name is outside the span (batch 10)
        (
            "góp ý dự thảo Luật Thủy sản sửa đổi. Ban soạn thảo",
            [("Luật Thủy sản", "Luật", "Thủy sản", None)],
        ),
        (
            "xây dựng Luật Thủy sản sửa đổi và Luật Đê điều",
            [
                ("Luật Thủy sản", "Luật", "Thủy sản", None),
                ("Luật Đê điều", "Luật", "Đê điều", None),
            ],
        ),
        # before its year it names the law as revised that year
        (
            "Luật Thủy sản sửa đổi 2017 quy định",
            [("Luật Thủy sản sửa đổi 2017", "Luật", "Thủy sản sửa đổi", 2017)],
        ),
        # a year glued to "năm" by a copy
        (
            "Theo BỘ LUẬT DÂN SỰ NĂM2015 thì",
            [("BỘ LUẬT DÂN SỰ NĂM2015", "Bộ luật", "Dân sự", 2015)],
        ),
        # Markdown's emphasis closed and opened again between the type word and the name
        ("của Luật** **Đê điều quy định", [("Luật** **Đê điều", "Luật", "Đê điều", None)]),
        # a known name's abbreviation with its year in a title in capitals, "&" between spaces
        (
            "Ý KIẾN VỀ QUYỀN LY HÔN THEO LUẬT HN & GĐ 2014",
            [("LUẬT HN & GĐ 2014", "Luật", "HN & GĐ", 2014)],
        ),
        ("HỎI ĐÁP LUẬT ABC 2014", []),
        # the Constitution named whole on a line of its own: a lesson's title; its own title
        # puts the type word on a line of its own
        (
            "Bài 20.\nHIẾN PHÁP NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nI. Mục tiêu",
            [
                (
                    "HIẾN PHÁP NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Hiến pháp",
                    "nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                    None,
                )
            ],
        ),
        ("Độc lập - Tự do\nHIẾN PHÁP\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLời nói đầu", []),
    ],
)
def test_batch_10_s_law_kinds(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "dự án Luật sửa đổi, bổ sung một số điều của 12 luật trong lĩnh vực tài chính phù hợp "
            "với chủ trương tại văn bản số 5/TB-VPCP",
            "Luật sửa đổi, bổ sung một số điều của 12 luật trong lĩnh vực tài chính",
        ),
        (
            "Luật sửa đổi, bổ sung một số điều của các luật về thuế theo đề nghị của Bộ",
            "Luật sửa đổi, bổ sung một số điều của các luật về thuế",
        ),
        # a verb inside a law named in lower case does not end the title
        (
            "Luật sửa đổi, bổ sung một số điều của Luật ban hành văn ban quy phạm pháp luật ngày "
            "18 tháng 6 năm 2020",
            "Luật sửa đổi, bổ sung một số điều của Luật ban hành văn ban quy phạm pháp luật ngày "
            "18 tháng 6 năm 2020",
        ),
    ],
)
def test_an_amending_title_listing_laws_in_lower_case_ends_before_what_the_sentence_says(
    text: str, expected: str
) -> None:
    assert law_rows(text)[0][0] == expected


def test_a_list_head_s_issuer_reaches_the_laws_it_lists() -> None:
    """Laws listed after "các Luật của <issuer>:", each with its type word, carry the issuer
    written, as the items of any other type's list head do (the corpus's batch-8 decision, the
    batch-10 annotations for laws)."""
    from _citations_read import read_issuers

    text = (
        "Căn cứ các Luật của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam: Luật Lưu trữ số "
        "33/2024/QH15, ngày 21/6/2024; Luật Dữ liệu số 60/2024/QH15, ngày 30/11/2024;"
    )
    issuer = "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert read_issuers(text) == [
        ("Luật Lưu trữ số 33/2024/QH15, ngày 21/6/2024", issuer),
        ("Luật Dữ liệu số 60/2024/QH15, ngày 30/11/2024", issuer),
    ]
