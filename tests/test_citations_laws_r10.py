"""Where a law's name starts and ends (issue 15, tenth round): an amending law's title that names
the law it amends right after "sửa đổi" ("Pháp lệnh sửa đổi Pháp lệnh X", "luật sửa đổi bổ
sung một số điều của Luật X"); no name the list does not know opening with a word no name opens
with ("PHÁP LỆNH\\nCỦA ỦY BAN ..."); "pháp luật" in any case no law's type; a line break before
a capital ending what a law takes after it; Markdown's emphasis before a law's number.
Hand-checked cases written for the project (unit tests, not the measure), each kind with the
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
    ],
)
def test_emphasis_before_a_law_s_number(text: str, expected: tuple[str, int]) -> None:
    from directive_report import citations

    found = citations.extract(text)
    assert [(f.text, f.citation.number.number if f.citation.number else None) for f in found] == [
        expected
    ]
