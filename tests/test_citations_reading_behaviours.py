"""How the issuer after "của" is read: where a name ends, its word limit, a trailing "và",
joint issuers, names in capitals — the behaviours mutation testing (``nox -s mutate --
citations/reading``) found no test looking at (the rest of the head's surroundings:
``tests/test_citations_grammar_behaviours.py``).

Every expected value is written by hand from the citation grammar (docs/citations.md,
"Issuers"): the cited words (``found.text``) and the issuer as the table writes it.
"""

from __future__ import annotations

import pytest

from directive_report import citations


def _issuers(text: str) -> list[tuple[str, str | None]]:
    return [(item.text, item.citation.issuer) for item in citations.extract(text)]


# -- the issuer: where a name ends -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trailing "và": before lower-case words, at the end of the text, before another
        # citation; "và" between two capitalised words of one name goes on
        (
            "Kế hoạch số 5/KH-SYT của Sở Y tế tỉnh Nam Định và các đơn vị liên quan",
            [("Kế hoạch số 5/KH-SYT của Sở Y tế tỉnh Nam Định", "Sở Y tế tỉnh Nam Định")],
        ),
        (
            "Kế hoạch số 5/KH-SYT của Sở Y tế và",
            [("Kế hoạch số 5/KH-SYT của Sở Y tế", "Sở Y tế")],
        ),
        (
            "Công văn số 12/SYT-VP của Sở Y tế và Thông tư số 5/2020/TT-BYT",
            [
                ("Công văn số 12/SYT-VP của Sở Y tế", "Sở Y tế"),
                ("Thông tư số 5/2020/TT-BYT", "Bộ Y tế"),
            ],
        ),
        (
            "Công văn số 12/SYT-VP của Sở Y tế và Thôngtư số 5/2020/TT-BYT",
            [
                ("Công văn số 12/SYT-VP của Sở Y tế", "Sở Y tế"),
                ("Thôngtư số 5/2020/TT-BYT", "Bộ Y tế"),
            ],
        ),
        (
            "CÔNG VĂN SỐ 12/SYT-VP CỦA SỞ Y TẾ VÀ THÔNG TƯ SỐ 5/2020/TT-BYT",
            [
                ("CÔNG VĂN SỐ 12/SYT-VP CỦA SỞ Y TẾ", "SỞ Y TẾ"),
                ("THÔNG TƯ SỐ 5/2020/TT-BYT", "Bộ Y tế"),
            ],
        ),
        (
            "Kế hoạch số 5/KH-SLĐTBXH của Sở Lao động - Thương binh và Xã hội tỉnh Nam Định về "
            "việc",
            [
                (
                    "Kế hoạch số 5/KH-SLĐTBXH của Sở Lao động - Thương binh và Xã hội tỉnh Nam Định",
                    "Sở Lao động - Thương binh và Xã hội tỉnh Nam Định",
                )
            ],
        ),
        # a list item starting with a dash: the dash inside the name is still a dash
        (
            "- Kế hoạch số 5/KH-SLĐTBXH của Sở Lao động - Thương binh và Xã hội về việc",
            [
                (
                    "Kế hoạch số 5/KH-SLĐTBXH của Sở Lao động - Thương binh và Xã hội",
                    "Sở Lao động - Thương binh và Xã hội",
                )
            ],
        ),
        # a dash the name does not go on after
        ("Công văn số 12/SYT-VP của Sở Y tế -", [("Công văn số 12/SYT-VP của Sở Y tế", "Sở Y tế")]),
        (
            "Công văn số 12/SYT-VP của Sở Y tế - (bản sao)",
            [("Công văn số 12/SYT-VP của Sở Y tế", "Sở Y tế")],
        ),
        (
            "Công văn số 12/SYT-VP của Sở Y tế – về việc",
            [("Công văn số 12/SYT-VP của Sở Y tế", "Sở Y tế")],
        ),
        (
            "Công văn số 12/SYT-VP của Sở Y tế- về việc",
            [("Công văn số 12/SYT-VP của Sở Y tế", "Sở Y tế")],
        ),
        # "&" joins two words of a name, not a name and nothing
        (
            "Công văn số 12/LĐTBXH-VP của Sở Lao động Thương binh &",
            [("Công văn số 12/LĐTBXH-VP của Sở Lao động Thương binh", "Sở Lao động Thương binh")],
        ),
        # lower-case words after "của" are not an issuer, but for "cơ quan"
        ("Quyết định số 12/QĐ-UBND của tỉnh về việc", [("Quyết định số 12/QĐ-UBND", None)]),
        (
            "Công văn số 5/UBND-VP của cơ quan chủ quản về việc",
            [("Công văn số 5/UBND-VP của cơ quan chủ quản", "cơ quan chủ quản")],
        ),
        # a blank line ends the issuer; "V/v" opens the trích yếu
        ("Công văn số 12/UBND-VP của \n", [("Công văn số 12/UBND-VP", None)]),
        (
            "Kế hoạch số 5/KH-SYT của Sở Y tế\n\nTỉnh Nam Định",
            [("Kế hoạch số 5/KH-SYT của Sở Y tế", "Sở Y tế")],
        ),
        (
            "Kế hoạch số 5/KH-SYT của Sở Y tế\nTỉnh Nam Định",
            [("Kế hoạch số 5/KH-SYT của Sở Y tế\nTỉnh Nam Định", "Sở Y tế Tỉnh Nam Định")],
        ),
        (
            "Công văn số 12/UBND-VP của UBND tỉnh v/v triển khai",
            [("Công văn số 12/UBND-VP của UBND tỉnh", "UBND tỉnh")],
        ),
        (
            "Công văn số 12/UBND-VP của UBND tỉnh V/v triển khai",
            [("Công văn số 12/UBND-VP của UBND tỉnh", "UBND tỉnh")],
        ),
        # after a known name only a place or a term goes on
        (
            "Công văn số 12/BCA-V03 của Bộ Công an phối hợp với",
            [("Công văn số 12/BCA-V03 của Bộ Công an", "Bộ Công an")],
        ),
        (
            "Công văn số 12/UBND-VP của Ủy ban nhân dân tỉnh phối hợp với",
            [("Công văn số 12/UBND-VP của Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh")],
        ),
        (
            "Quyết định số 12/QĐ-UBND của Ủy ban nhân dân TP Hồ Chí Minh về việc",
            [
                (
                    "Quyết định số 12/QĐ-UBND của Ủy ban nhân dân TP Hồ Chí Minh",
                    "Ủy ban nhân dân TP Hồ Chí Minh",
                )
            ],
        ),
        (
            "Nghị quyết số 5-NQ/TU của Tỉnh ủy khóa XX về",
            [("Nghị quyết số 5-NQ/TU của Tỉnh ủy khóa XX", "Tỉnh ủy khóa XX")],
        ),
        # a known name read inside: "Bộ trưởng Bộ Công an", its comma included
        (
            "Quyết định số 12/QĐ-BCA của Bộ trưởng Bộ Công an phối hợp với",
            [("Quyết định số 12/QĐ-BCA của Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Công an")],
        ),
        (
            "Quyết định số 12/QĐ-BVHTTDL của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch về",
            [
                (
                    "Quyết định số 12/QĐ-BVHTTDL của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
                    "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
                )
            ],
        ),
        # "Ban hành" after the issuer is the verb, not a "Ban"
        (
            "Quyết định số 12/2020/QĐ-UBND của Ủy ban nhân dân tỉnh Vĩnh Long Ban hành Bảng giá",
            [
                (
                    "Quyết định số 12/2020/QĐ-UBND của Ủy ban nhân dân tỉnh Vĩnh Long",
                    "Ủy ban nhân dân tỉnh Vĩnh Long",
                )
            ],
        ),
        # "của" glued to the date before it and the name after it
        (
            "Quyết định số 2093/2005/QĐ-UBND ngày 06/9/2005củaỦy ban nhân dân tỉnh Vĩnh Long",
            [
                (
                    "Quyết định số 2093/2005/QĐ-UBND ngày 06/9/2005củaỦy ban nhân dân tỉnh Vĩnh "
                    "Long",
                    "Ủy ban nhân dân tỉnh Vĩnh Long",
                )
            ],
        ),
    ],
)
def test_where_an_issuer_ends(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _issuers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in capitals ends where the words in capitals do, at a stop word, or at a word
        # that is not a place's or a term's after a known name
        (
            "KẾ HOẠCH SỐ 5/KH-SYT CỦA SỞ Y TẾ TỈNH NAM ĐỊNH VỀ VIỆC TRIỂN KHAI",
            [("KẾ HOẠCH SỐ 5/KH-SYT CỦA SỞ Y TẾ TỈNH NAM ĐỊNH", "SỞ Y TẾ TỈNH NAM ĐỊNH")],
        ),
        (
            "THÔNG BÁO SỐ 5/TB-STC CỦA SỞ TÀI CHÍNH\nCăn cứ Luật Ngân sách nhà nước",
            [
                ("THÔNG BÁO SỐ 5/TB-STC CỦA SỞ TÀI CHÍNH", "SỞ TÀI CHÍNH"),
                ("Luật Ngân sách nhà nước", None),
            ],
        ),
        (
            "NGHỊ QUYẾT SỐ 23-NQ/TW CỦA BỘ CHÍNH TRỊ KHÓA IX ĐẨY MẠNH",
            [("NGHỊ QUYẾT SỐ 23-NQ/TW CỦA BỘ CHÍNH TRỊ KHÓA IX", "Bộ Chính trị khóa IX")],
        ),
        (
            "NGHỊ QUYẾT SỐ 23-NQ/TW CỦA BỘ CHÍNH TRỊ ĐẨY MẠNH",
            [("NGHỊ QUYẾT SỐ 23-NQ/TW CỦA BỘ CHÍNH TRỊ", "Bộ Chính trị")],
        ),
        (
            "KẾ HOẠCH SỐ 5/KH-UBND CỦA ỦY BAN NHÂN DÂN TỈNH VĨNH LONG VỀ VIỆC",
            [
                (
                    "KẾ HOẠCH SỐ 5/KH-UBND CỦA ỦY BAN NHÂN DÂN TỈNH VĨNH LONG",
                    "Ủy ban nhân dân tỉnh Vĩnh Long",
                )
            ],
        ),
        # a place's name in capitals: up to three words after the place word
        (
            "CHỈ THỊ SỐ 5/CT-UBND CỦA ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ TĂNG CƯỜNG",
            [
                (
                    "CHỈ THỊ SỐ 5/CT-UBND CỦA ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ",
                    "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
                )
            ],
        ),
        # joint issuers in capitals
        (
            "THÔNG TƯ LIÊN TỊCH SỐ 5/2020/TTLT-BCA-BQP CỦA BỘ CÔNG AN VÀ BỘ QUỐC PHÒNG VỀ",
            [
                (
                    "THÔNG TƯ LIÊN TỊCH SỐ 5/2020/TTLT-BCA-BQP CỦA BỘ CÔNG AN VÀ BỘ QUỐC PHÒNG",
                    "Bộ Công an và Bộ Quốc phòng",
                )
            ],
        ),
    ],
)
def test_where_an_issuer_in_capitals_ends(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _issuers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list whose items end without punctuation: the next item's mark ends the issuer
        (
            "- Kế hoạch số 5/KH-SYT của Sở Y tế tỉnh Nam Định\n- Kế hoạch số 6/KH-SYT của Sở Y tế",
            [
                ("Kế hoạch số 5/KH-SYT của Sở Y tế tỉnh Nam Định", "Sở Y tế tỉnh Nam Định"),
                ("Kế hoạch số 6/KH-SYT của Sở Y tế", "Sở Y tế"),
            ],
        ),
        (
            "1. Nghị quyết số 23-NQ/TW của Bộ Chính trị\n2. Kết luận số 6-KL/TW của Ban Bí thư",
            [
                ("Nghị quyết số 23-NQ/TW của Bộ Chính trị", "Bộ Chính trị"),
                ("Kết luận số 6-KL/TW của Ban Bí thư", "Ban Bí thư"),
            ],
        ),
        (
            "Kế hoạch số 5/KH-SYT của Sở Y tế tỉnh\nb) nội dung",
            [("Kế hoạch số 5/KH-SYT của Sở Y tế tỉnh", "Sở Y tế tỉnh")],
        ),
        (
            "Kế hoạch số 5/KH-SYT của Sở Y tế tỉnh\n• Công văn số 7/SYT-VP",
            [
                ("Kế hoạch số 5/KH-SYT của Sở Y tế tỉnh", "Sở Y tế tỉnh"),
                ("Công văn số 7/SYT-VP", None),
            ],
        ),
        # a line that goes on with the name is not an item: a number or a letter without its
        # "." or ")", a word before the sentence's full stop
        (
            "Kế hoạch số 5/KH-SYT của Sở Y tế tỉnh\nHuế.",
            [("Kế hoạch số 5/KH-SYT của Sở Y tế tỉnh\nHuế", "Sở Y tế tỉnh Huế")],
        ),
        (
            "Kế hoạch số 5/KH-UBND của Ủy ban nhân dân quận\n3 về việc",
            [("Kế hoạch số 5/KH-UBND của Ủy ban nhân dân quận\n3", "Ủy ban nhân dân quận 3")],
        ),
    ],
)
def test_a_list_item_ends_the_issuer(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _issuers(text) == expected


def test_a_term_with_the_old_tone_placement() -> None:
    """ "KHOÁ" is "KHÓA": the term takes its numeral and the issuer ends there."""
    (found,) = citations.extract("NGHỊ QUYẾT SỐ 23-NQ/TW CỦA BỘ CHÍNH TRỊ KHOÁ IX ĐẨY MẠNH")
    assert found.text == "NGHỊ QUYẾT SỐ 23-NQ/TW CỦA BỘ CHÍNH TRỊ KHOÁ IX"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two issuers joined by a comma when the second is a known name ...
        (
            "Kết luận số 12-KL/TW của Bộ Chính trị, Ban Bí thư về việc",
            [("Kết luận số 12-KL/TW của Bộ Chính trị, Ban Bí thư", "Bộ Chính trị, Ban Bí thư")],
        ),
        # ... but not when the comma opens a clause whose subject is a body
        (
            "Căn cứ Thông tư số 12/2020/TT-BYT của Bộ Y tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch",
            [("Thông tư số 12/2020/TT-BYT của Bộ Y tế", "Bộ Y tế")],
        ),
    ],
)
def test_joint_issuers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _issuers(text) == expected


# The word limit: an issuer is read up to 16 words (a known name, or one read inside, counts
# as one); with no word that ends it, the 17th is left out.
_SIXTEEN = "Ban Quản Lý Dự Án Đầu Tư Xây Dựng Công Trình Dân Dụng Và Công Nghiệp"


@pytest.mark.parametrize(
    ("issuer", "read"),
    [
        (_SIXTEEN, _SIXTEEN),
        (f"{_SIXTEEN} Tỉnh", _SIXTEEN),
        # a known name and fifteen words
        (
            "Ủy ban nhân dân Quản Lý Dự Án Đầu Tư Xây Dựng Công Trình Dân Dụng Và Công Nghiệp Tỉnh",
            "Ủy ban nhân dân Quản Lý Dự Án Đầu Tư Xây Dựng Công Trình Dân Dụng Và Công Nghiệp",
        ),
        # two words, a known name read inside, and thirteen words
        (
            "Giám Đốc Ủy ban nhân dân Dự Án Đầu Tư Xây Dựng Công Trình Dân Dụng Và Công Nghiệp "
            "Tỉnh",
            "Giám Đốc Ủy ban nhân dân Dự Án Đầu Tư Xây Dựng Công Trình Dân Dụng Và Công Nghiệp",
        ),
    ],
)
def test_the_word_limit_of_an_issuer(issuer: str, read: str) -> None:
    text = f"Quyết định số 12/QĐ-BQL của {issuer}"
    assert _issuers(text) == [(f"Quyết định số 12/QĐ-BQL của {read}", read)]


def test_an_issuer_read_again_in_the_same_words() -> None:
    """The same words after the same issuer: the reading is reused, at each place."""
    sentence = (
        "Quyết định số {n}/QĐ-UBND của Ủy ban nhân dân tỉnh Nam Định về việc giao chỉ tiêu kế "
        "hoạch phát triển kinh tế - xã hội năm 2025 cho các huyện, thị xã và thành phố thuộc "
        "tỉnh Nam Định và các sở, ban, ngành của tỉnh.\n"
    )
    text = "".join(sentence.format(n=n) for n in (1, 2, 3))
    issuer = "Ủy ban nhân dân tỉnh Nam Định"
    found = citations.extract(text)
    assert [(f.text, f.citation.issuer) for f in found] == [
        (f"Quyết định số {n}/QĐ-UBND của {issuer}", issuer) for n in (1, 2, 3)
    ]
    starts = [text.index(f"Quyết định số {n}/") for n in (1, 2, 3)]
    assert [(f.start, f.end) for f in found] == [
        (start, start + len(f"Quyết định số 1/QĐ-UBND của {issuer}")) for start in starts
    ]
