"""Laws and ordinances by name (issue 15, sixth round): names the list did not know, an unknown
name holding "và", an amending law's title listing laws with their numbers, abbreviated names
holding "&". Hand-checked cases written for the project (unit tests, not the measure), each
kind with the traps next to it."""

from __future__ import annotations

import pytest

from _citations_read import LawRow, law_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # known names that a shorter known name began ("Lưu trữ") or that hold "và", commas
        (
            "Căn cứ Pháp lệnh Lưu trữ quốc gia ngày 04 tháng 4 năm 2001;",
            [
                (
                    "Pháp lệnh Lưu trữ quốc gia ngày 04 tháng 4 năm 2001",
                    "Pháp lệnh",
                    "Lưu trữ quốc gia",
                    None,
                )
            ],
        ),
        (
            "theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa, các",
            [
                (
                    "Luật Hỗ trợ doanh nghiệp nhỏ và vừa",
                    "Luật",
                    "Hỗ trợ doanh nghiệp nhỏ và vừa",
                    None,
                )
            ],
        ),
        (
            "Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp quy định",
            [
                (
                    "Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp",
                    "Luật",
                    "Công nghiệp quốc phòng, an ninh và động viên công nghiệp",
                    None,
                )
            ],
        ),
        (
            "Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự năm 2023;",
            [
                (
                    "Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự năm 2023",
                    "Luật",
                    "Quản lý, bảo vệ công trình quốc phòng và khu quân sự",
                    2023,
                )
            ],
        ),
        (
            "Pháp lệnh Trình tự, thủ tục xem xét, quyết định áp dụng các biện pháp xử lý hành "
            "chính tại Tòa án nhân dân quy định",
            [
                (
                    "Pháp lệnh Trình tự, thủ tục xem xét, quyết định áp dụng các biện pháp xử lý "
                    "hành chính tại Tòa án nhân dân",
                    "Pháp lệnh",
                    "Trình tự, thủ tục xem xét, quyết định áp dụng các biện pháp xử lý hành chính "
                    "tại Tòa án nhân dân",
                    None,
                )
            ],
        ),
        (
            "Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài quy định",
            [
                (
                    "Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài",
                    "Luật",
                    "Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài",
                    None,
                )
            ],
        ),
        (
            "Luật Tư pháp người chưa thành niên quy định",
            [
                (
                    "Luật Tư pháp người chưa thành niên",
                    "Luật",
                    "Tư pháp người chưa thành niên",
                    None,
                )
            ],
        ),
        # the shorter name is still read alone
        (
            "Luật Lưu trữ quy định",
            [("Luật Lưu trữ", "Luật", "Lưu trữ", None)],
        ),
    ],
)
def test_names_the_list_knows_now(text: str, expected: list[LawRow]) -> None:
    """Names of laws and ordinances in force or still cited, read to their end without a year."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unknown name holding "và" before a word in lower case, read to its date or year
        (
            "Căn cứ Luật Khuyến khích khởi nghiệp và đổi mới ngày 12 tháng 6 năm 2030;",
            [
                (
                    "Luật Khuyến khích khởi nghiệp và đổi mới ngày 12 tháng 6 năm 2030",
                    "Luật",
                    "Khuyến khích khởi nghiệp và đổi mới",
                    None,
                )
            ],
        ),
        (
            "theo Luật Nuôi trồng và chế biến hải sản năm 2031 thì",
            [
                (
                    "Luật Nuôi trồng và chế biến hải sản năm 2031",
                    "Luật",
                    "Nuôi trồng và chế biến hải sản",
                    2031,
                )
            ],
        ),
        # not "và" before another law, a document, or several of them: the name ends before it
        (
            "theo Luật Khởi nghiệp và luật khác năm 2031; Luật Khởi nghiệp và các văn bản năm 2031",
            [("Luật Khởi nghiệp", "Luật", "Khởi nghiệp", None)] * 2,
        ),
        (
            "Luật Khởi nghiệp và nghị định năm 2031 thì",
            [("Luật Khởi nghiệp", "Luật", "Khởi nghiệp", None)],
        ),
    ],
)
def test_an_unknown_name_holding_va(text: str, expected: list[LawRow]) -> None:
    """ "và" and a word in lower case inside a name the list does not know."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amending law's title naming the laws it amends with their numbers: one citation;
        # the number after the last law listed is the amending law's own
        (
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà "
            "ở số 27/2023/QH15 và Luật Kinh doanh bất động sản ngày 29 tháng 6 năm 2024;",
            [
                (
                    "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà "
                    "ở số 27/2023/QH15 và Luật Kinh doanh bất động sản ngày 29 tháng 6 năm 2024",
                    "Luật",
                    "sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số "
                    "27/2023/QH15 và Luật Kinh doanh bất động sản",
                    None,
                )
            ],
        ),
        (
            "theo Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức "
            "số 52/2019/QH14 thì",
            [
                (
                    "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức "
                    "số 52/2019/QH14",
                    "Luật",
                    "sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức",
                    None,
                )
            ],
        ),
    ],
)
def test_an_amending_title_listing_numbers(text: str, expected: list[LawRow]) -> None:
    """The number after a law an amending title names, before the next law, is that law's."""
    assert law_rows(text) == expected


def test_an_amending_law_cited_by_its_own_number() -> None:
    """An amending law cited by its own number, before its trích yếu: the laws the trích yếu
    names are citations of their own."""
    text = (
        "Căn cứ Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15;"
    )
    assert [row[0] for row in law_rows(text)] == [
        "Luật số 43/2024/QH15",
        "Luật Đất đai số 31/2024/QH15",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviated name holding "&" ("Hôn nhân và gia đình", "Khoa học và công nghệ")
        (
            "Theo Luật HN&GĐ năm 2014 thì",
            [("Luật HN&GĐ năm 2014", "Luật", "HN&GĐ", 2014)],
        ),
        (
            "theo Điều 5 Luật KH&CN, các",
            [("Điều 5 Luật KH&CN", "Luật", "KH&CN", None)],
        ),
        # not a name going on after "&" in lower case or with a capital word
        ("Công ty Luật TNHH&Cộng sự; Luật HN&gia đình thì", []),
    ],
)
def test_an_abbreviated_name_holding_and(text: str, expected: list[LawRow]) -> None:
    """ "&" joining two abbreviations inside an abbreviated name."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a draft's round between a pinpoint and the draft law: inside the span
        (
            "Theo Điều 7 Dự thảo lần ba Luật Thủ đô, thì",
            [("Điều 7 Dự thảo lần ba Luật Thủ đô", "Luật", "Thủ đô", None)],
        ),
        (
            "Theo Điều 7 Dự thảo lần 2 Luật Thủ đô, thì",
            [("Điều 7 Dự thảo lần 2 Luật Thủ đô", "Luật", "Thủ đô", None)],
        ),
        # a textbook's or a course's subject, without a year: a branch of law
        ("Giáo trình luật đất đai; GIÁO TRÌNH LUẬT ĐẤT ĐAI; môn Luật Đất đai.", []),
        ("Giáo trình Luật Đất đai năm 2013", [("Luật Đất đai năm 2013", "Luật", "Đất đai", 2013)]),
    ],
)
def test_drafts_and_subjects(text: str, expected: list[LawRow]) -> None:
    """A draft's round inside the span; a textbook's or course's subject is no citation."""
    assert law_rows(text) == expected
