"""Known limits of the eighth round settled by the corpus's rules (issue 15, ninth round): a
list head's issuer carried by items with their own type word, a short form in lower case of a
document the text cites, a Party committee's action programme by number, a space for the slash
before a ký hiệu, and damaged type words in a row sharing the issuer.  Hand-written sentences,
expected values written by hand; the traps next to each kind."""

from __future__ import annotations

import pytest

from _citations_read import Row, read_rows
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's head naming its issuer, its items each writing their own type word: every
        # item of the head's type carries the head's issuer, written (the head's words in no span)
        (
            "quán triệt các chỉ thị của Ban Bí thư Trung ương Đảng gồm: Chỉ thị số 41-CT/TW về "
            "tăng cường an ninh mạng; Chỉ thị số 42-CT/TW về phòng ngừa thiên tai.",
            [
                (
                    "Chỉ thị số 41-CT/TW",
                    "Chỉ thị",
                    "CT/TW",
                    None,
                    "Ban Bí thư Trung ương Đảng",
                    None,
                ),
                (
                    "Chỉ thị số 42-CT/TW",
                    "Chỉ thị",
                    "CT/TW",
                    None,
                    "Ban Bí thư Trung ương Đảng",
                    None,
                ),
            ],
        ),
        (
            "Căn cứ các Nghị định của Chính phủ: Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 quy "
            "định xử phạt; Nghị định số 14/2022/NĐ-CP ngày 27/01/2022 sửa đổi.",
            [
                (
                    "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020",
                    "Nghị định",
                    "NĐ-CP",
                    2020,
                    "Chính phủ",
                    None,
                ),
                (
                    "Nghị định số 14/2022/NĐ-CP ngày 27/01/2022",
                    "Nghị định",
                    "NĐ-CP",
                    2022,
                    "Chính phủ",
                    None,
                ),
            ],
        ),
        # items on lines of their own, after a dash
        (
            "Các văn bản sau: các kết luận của Bộ Chính trị như sau:\n- Kết luận số 12-KL/TW về X;"
            "\n- Kết luận số 14-KL/TW về Y.",
            [
                ("Kết luận số 12-KL/TW", "Kết luận", "KL/TW", None, "Bộ Chính trị", None),
                ("Kết luận số 14-KL/TW", "Kết luận", "KL/TW", None, "Bộ Chính trị", None),
            ],
        ),
        # items numbered on lines of their own, or after a comma
        (
            "Căn cứ các nghị định của Chính phủ sau đây:\n1. Nghị định số 15/2020/NĐ-CP về X;\n"
            "2. Nghị định số 14/2022/NĐ-CP về Y, Nghị định số 13/2021/NĐ-CP về Z.",
            [
                ("Nghị định số 15/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None),
                ("Nghị định số 14/2022/NĐ-CP", "Nghị định", "NĐ-CP", 2022, "Chính phủ", None),
                ("Nghị định số 13/2021/NĐ-CP", "Nghị định", "NĐ-CP", 2021, "Chính phủ", None),
            ],
        ),
        # an item of another type, or one writing its own issuer, keeps its own reading
        (
            "các chỉ thị của Ban Bí thư gồm: Chỉ thị số 41-CT/TW về X; Quy định số 5-QĐ/TW về Y; "
            "Chỉ thị số 43-CT/TW của Bộ Chính trị về Z.",
            [
                ("Chỉ thị số 41-CT/TW", "Chỉ thị", "CT/TW", None, "Ban Bí thư", None),
                ("Quy định số 5-QĐ/TW", "Quy định", "QĐ/TW", None, None, None),
                (
                    "Chỉ thị số 43-CT/TW của Bộ Chính trị",
                    "Chỉ thị",
                    "CT/TW",
                    None,
                    "Bộ Chính trị",
                    None,
                ),
            ],
        ),
        # not past the paragraph, nor without the head's colon, nor mid-sentence
        (
            "các chỉ thị của Ban Bí thư gồm: Chỉ thị số 41-CT/TW về X.\n\nChỉ thị số 42-CT/TW "
            "về Y. Các chỉ thị của Ban Bí thư được quán triệt theo Chỉ thị số 43-CT/TW.",
            [
                ("Chỉ thị số 41-CT/TW", "Chỉ thị", "CT/TW", None, "Ban Bí thư", None),
                ("Chỉ thị số 42-CT/TW", "Chỉ thị", "CT/TW", None, None, None),
                ("Chỉ thị số 43-CT/TW", "Chỉ thị", "CT/TW", None, None, None),
            ],
        ),
    ],
)
def test_a_list_head_issuer_reaches_items_with_their_type_word(
    text: str, expected: list[Row]
) -> None:
    assert read_rows(text) == expected
    # the issuer written in the head, not one inferred from the ký hiệu ("NĐ-CP")
    assert not any(found.citation.issuer_inferred for found in citations.extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a normative type in lower case and a bare number is a short form of the document the
        # text cites by that type and number near it, before or after
        (
            "Hà Tĩnh làm gì để cụ thể hóa nghị quyết 57?\nNgày 22/12/2024, Bộ Chính trị ban hành "
            "Nghị quyết số 57 về đột phá. Vậy cần làm gì với nghị quyết 57.",
            [
                ("nghị quyết 57", "Nghị quyết", "57", None, None, None),
                ("Nghị quyết số 57", "Nghị quyết", "57", None, None, None),
                ("nghị quyết 57", "Nghị quyết", "57", None, None, None),
            ],
        ),
        (
            "Thực hiện Quyết định 1234/QĐ-UBND ngày 5/3/2021, các đơn vị triển khai quyết định "
            "1234.",
            [
                (
                    "Quyết định 1234/QĐ-UBND ngày 5/3/2021",
                    "Quyết định",
                    "QĐ-UBND",
                    None,
                    None,
                    None,
                ),
                ("quyết định 1234", "Quyết định", "1234", None, None, None),
            ],
        ),
        # not when no citation of that type and number is near: a count, another number
        (
            "Bộ Chính trị ban hành Nghị quyết số 58. Đã có nghị quyết 57 điểm mới, quyết định 5 "
            "lần.",
            [("Nghị quyết số 58", "Nghị quyết", "58", None, None, None)],
        ),
    ],
)
def test_a_short_form_in_lower_case_of_a_cited_document(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected


def test_a_short_form_in_lower_case_is_read_only_near_its_document() -> None:
    far = "Nghị quyết số 57 về đột phá. " + "Các đơn vị triển khai thực hiện. " * 40
    assert read_rows(far + "Kết quả nghị quyết 57.") == [
        ("Nghị quyết số 57", "Nghị quyết", "57", None, None, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Party committee's action programme by number: "hành động" names the document
        (
            "Tỉnh ủy Hà Tĩnh đã ban hành Chương trình hành động số 40, nhanh chóng kiện toàn.",
            [("Chương trình hành động số 40", "Chương trình", "40", None, None, None)],
        ),
        # other words after the type stay a phrase: "Chương trình công tác số 4", a week's
        ("Theo Chương trình công tác số 4, Kế hoạch tuần số 5.", []),
    ],
)
def test_an_action_programme_by_number(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space for the slash between the year and a ký hiệu opening with a type's
        # abbreviation (Phụ lục III): the ký hiệu as written, without the space
        (
            "Thông tư 18 19/2013 TT- BLĐBXH\n",
            [
                ("Thông tư 18", "Thông tư", "18", None, None, None),
                (
                    "19/2013 TT- BLĐBXH",
                    "Thông tư",
                    "TT-BLĐBXH",
                    2013,
                    "Bộ Lao động - Thương binh và Xã hội",
                    None,
                ),
            ],
        ),
        (
            "theo Nghị định số 15/2020 NĐ-CP ngày 03/02/2020 của Chính phủ.",
            [
                (
                    "Nghị định số 15/2020 NĐ-CP ngày 03/02/2020 của Chính phủ",
                    "Nghị định",
                    "NĐ-CP",
                    2020,
                    "Chính phủ",
                    None,
                ),
            ],
        ),
        # not a word, nor a group that is no type's: the number and its year alone
        (
            "theo Nghị định 15/2020 của Chính phủ, Thông tư 20/2021 UBND tỉnh ban hành.",
            [
                ("Nghị định 15/2020 của Chính phủ", "Nghị định", "15", 2020, "Chính phủ", None),
                ("Thông tư 20/2021", "Thông tư", "20", 2021, None, None),
            ],
        ),
        # a date, then a ký hiệu: no number
        ("Ngày 15/5/2020 TT-BTC có ý kiến.", []),
    ],
)
def test_a_space_for_the_slash_before_a_symbol(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected


def test_damaged_type_words_in_a_row_share_the_issuer() -> None:
    # "THÔNG SỐ" for "Thông tư số", the identifiers typed by their ký hiệu: a row of one type
    # whose last writes the issuer, each carrying it as written
    text = (
        "SỬA ĐỔI THÔNG SỐ 78/2014/TT-BTC NGÀY 18/6/2014, THÔNG SỐ 119/2014/TT-BTC NGÀY "
        "25/8/2014, THÔNG SỐ\n151/2014/TT-BTC NGÀY 10/10/2014 CỦA BỘ TÀI CHÍNH\nCăn cứ"
    )
    assert read_rows(text) == [
        ("78/2014/TT-BTC NGÀY 18/6/2014", "Thông tư", "TT-BTC", 2014, "Bộ Tài chính", None),
        ("119/2014/TT-BTC NGÀY 25/8/2014", "Thông tư", "TT-BTC", 2014, "Bộ Tài chính", None),
        (
            "151/2014/TT-BTC NGÀY 10/10/2014 CỦA BỘ TÀI CHÍNH",
            "Thông tư",
            "TT-BTC",
            2014,
            "Bộ Tài chính",
            None,
        ),
    ]
    assert not any(found.citation.issuer_inferred for found in citations.extract(text))
