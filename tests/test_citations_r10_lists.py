"""Lists of the tenth round (issue 15): a list's head naming its type and issuer before "số" and
a colon, whose items' ký hiệu name no type (the National Assembly's resolutions,
"55/2010/QH12"; the Government's old decrees, "74/CP").  Hand-written sentences, expected values
written by hand; the traps next to the kind."""

from __future__ import annotations

import pytest

from _citations_read import Row, read_rows
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head's type and issuer for every item: the ký hiệu names no type to contradict it
        (
            "Căn cứ các Nghị quyết của Quốc hội: số 55/2010/QH12 ngày 24/11/2010 về miễn thuế; "
            "số 28/2016/QH14 ngày 11/11/2016 về sửa đổi thời hạn;",
            [
                (
                    "Nghị quyết của Quốc hội: số 55/2010/QH12 ngày 24/11/2010",
                    "Nghị quyết",
                    "QH12",
                    2010,
                    "Quốc hội",
                    None,
                ),
                ("số 28/2016/QH14 ngày 11/11/2016", "Nghị quyết", "QH14", 2016, "Quốc hội", None),
            ],
        ),
        (
            "Căn cứ các Nghị định của Chính phủ: số 74/CP ngày 25/10/1993 về thuế; số 12/CP ngày "
            "01/02/1995 về phí;",
            [
                (
                    "Nghị định của Chính phủ: số 74/CP ngày 25/10/1993",
                    "Nghị định",
                    "CP",
                    None,
                    "Chính phủ",
                    None,
                ),
                ("số 12/CP ngày 01/02/1995", "Nghị định", "CP", None, "Chính phủ", None),
            ],
        ),
        # an item whose ký hiệu names another type is still of that type, not the head's
        (
            "Căn cứ các Nghị định của Chính phủ: số 74/CP ngày 25/10/1993 về thuế; số "
            "12/2015/TT-BTC ngày 01/02/2015 về phí;",
            [
                (
                    "Nghị định của Chính phủ: số 74/CP ngày 25/10/1993",
                    "Nghị định",
                    "CP",
                    None,
                    "Chính phủ",
                    None,
                ),
                (
                    "số 12/2015/TT-BTC ngày 01/02/2015",
                    "Thông tư",
                    "TT-BTC",
                    2015,
                    "Bộ Tài chính",  # inferred from the ký hiệu
                    None,
                ),
            ],
        ),
        # a head whose ký hiệu names another type is not read as the head's
        (
            "Căn cứ các Quyết định của Bộ: số 5/QĐ-BTC về thuế; số 6/NĐ-CP về phí.",
            [
                ("Quyết định của Bộ: số 5/QĐ-BTC", "Quyết định", "QĐ-BTC", None, "Bộ", None),
            ],
        ),
        # no head: a ký hiệu naming no type after ";" is no citation
        ("Đã xử lý hồ sơ số 5/2016/AB-CD; số 28/2016/QH14 về thuế.", []),
    ],
)
def test_a_heads_type_for_items_naming_none(text: str, expected: list[Row]) -> None:
    """ "các Nghị quyết của Quốc hội: số 55/2010/QH12 ...; số 28/2016/QH14 ...": the head and
    each item are of the head's type and carry its issuer."""
    assert read_rows(text) == expected


def test_an_items_issuer_from_the_head_reaches_items_after_it() -> None:
    """An item after ";" carrying the list head's issuer passes it to the items joined to it by
    "và" or ",": written, not inferred from their ký hiệu."""
    text = (
        "Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát; số "
        "48/2013/NĐ-CP ngày 14/5/2013 và số 92/2017/NĐ-CP ngày 07/8/2017 sửa đổi một số điều;"
    )
    found = citations.extract(text)
    assert [(f.text, f.citation.issuer, f.citation.issuer_inferred) for f in found] == [
        ("Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010", "Chính phủ", False),
        ("số 48/2013/NĐ-CP ngày 14/5/2013", "Chính phủ", False),
        ("số 92/2017/NĐ-CP ngày 07/8/2017", "Chính phủ", False),
    ]
    # without a head naming the issuer, each item's is inferred
    found = citations.extract(
        "Căn cứ Nghị định số 63/2010/NĐ-CP về kiểm soát; số 48/2013/NĐ-CP ngày 14/5/2013 và số "
        "92/2017/NĐ-CP ngày 07/8/2017 sửa đổi;"
    )
    assert [f.citation.issuer_inferred for f in found] == [True, True, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in capitals naming its type far before "SỐ" and the number: cited from its
        # number, typed by its ký hiệu (the corpus's batch-2 rule for full identifiers)
        (
            "HƯỚNG DẪN NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN, SỐ 09-HD/BTCTW\n\nBAN TỔ CHỨC",
            [("09-HD/BTCTW", "Hướng dẫn", "HD/BTCTW", None, None, None)],
        ),
        (
            "KẾ HOẠCH THỰC HIỆN CÔNG TÁC DÂN VẬN NĂM 2020, SỐ 12-KH/TU",
            [("12-KH/TU", "Kế hoạch", "KH/TU", None, None, None)],
        ),
        # not a ký hiệu naming another type than the title's; in lower case, a title's comma
        # before "số" (round 8), read from the type word
        ("HƯỚNG DẪN NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN, SỐ 09-KH/BTCTW", []),
        (
            "Hướng dẫn công tác đảng viên, số 09-HD/BTCTW và",
            [
                (
                    "Hướng dẫn công tác đảng viên, số 09-HD/BTCTW",
                    "Hướng dẫn",
                    "HD/BTCTW",
                    None,
                    None,
                    None,
                )
            ],
        ),
    ],
)
def test_a_title_naming_its_type_far_before_its_number(text: str, expected: list[Row]) -> None:
    """ "HƯỚNG DẪN ..., SỐ 09-HD/BTCTW": the identifier alone is cited, typed by its ký hiệu."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # a "văn bản" whose ký hiệu opens with a type's abbreviation is of that type, "TTr" too
        ("Xét đề nghị tại văn bản số 554/TTr-BCA ngày 12 tháng 9 năm 2025 của Bộ", "Tờ trình"),
        ("theo Văn bản số 70/TTr-SNV ngày 10/11/2025", "Tờ trình"),
        # a công văn's "TTr" names an inspectorate's office, "CT" a tax department
        ("theo Công văn số 410/TTr-NV1 ngày 10/11/2025", "Công văn"),
        ("theo công văn số 1234/CT-TTHT ngày 10/11/2025", "Công văn"),
    ],
)
def test_a_van_bans_symbol_names_its_type(text: str, doc_type: str) -> None:
    """ "Văn bản số 70/TTr-SNV" is a Tờ trình (the corpus's rule for văn bản); "Công văn số
    410/TTr-NV1" of an inspectorate stays a công văn."""
    (found,) = citations.extract(text)
    assert found.citation.doc_type.name == doc_type


def test_a_titled_lists_head_with_its_verb() -> None:
    """ "các Nghị quyết của Bộ Chính trị mới ban hành gồm: Nghị quyết 57; ..." : the head's
    issuer reaches each item, "mới ban hành" between the issuer and "gồm" (the corpus's batch-8
    rule for a titled list's head)."""
    found = citations.extract(
        "Các Nghị quyết của Bộ Chính trị mới ban hành gồm: Nghị quyết 57; Nghị quyết 59 và "
        "Nghị quyết 68 được triển khai."
    )
    assert [(f.text, f.citation.issuer) for f in found] == [
        ("Nghị quyết 57", "Bộ Chính trị"),
        ("Nghị quyết 59", "Bộ Chính trị"),
        ("Nghị quyết 68", "Bộ Chính trị"),
    ]
    # not a verb that names what the list does ("đã triển khai tốt: ...")
    found = citations.extract(
        "Các Nghị quyết của Bộ Chính trị đã triển khai tốt: Nghị quyết 57; Nghị quyết 59."
    )
    assert [f.citation.issuer for f in found] == [None, None]


def test_a_row_under_one_type_word_shares_its_issuer_whatever_the_symbols_type() -> None:
    """ "văn bản số 574/TB-VPCP ... và văn bản số 10415/VPCP-NN ... của Văn phòng Chính phủ":
    a row of citations each writing the same type word shares the issuer written after the last,
    though the first's ký hiệu makes it a Thông báo."""
    found = citations.extract(
        "theo chỉ đạo tại văn bản số 574/TB-VPCP ngày 23 tháng 10 năm 2025 và văn bản số "
        "10415/VPCP-NN ngày 27 tháng 10 năm 2025 của Văn phòng Chính phủ."
    )
    assert [
        (f.citation.doc_type.name, f.citation.issuer, f.citation.issuer_inferred) for f in found
    ] == [
        ("Thông báo", "Văn phòng Chính phủ", False),
        ("Văn bản", "Văn phòng Chính phủ", False),
    ]
