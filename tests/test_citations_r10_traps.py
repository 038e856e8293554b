"""Traps and false finds of the tenth round (issue 15): a legal database's history-of-effect
rows naming the page's own document, a text's own old-style title repeating its header's
number, and a programme or project named by a number (the corpus's decision: no citation
unless "số", a ký hiệu or an alias makes it one).  Hand-written sentences, expected values
written by hand; the citations next to each trap."""

from __future__ import annotations

import pytest

from _citations_read import read_rows
from directive_report import citations


def _spans(text: str) -> list[str]:
    """The cited words of every citation in *text*, in order."""
    return [row[0] for row in read_rows(text)]


# -- a history-of-effect page: the document's own identifier in its rows --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rows stating that the document itself was issued, came into force, ended: its own
        # identifier, metadata; another document's identifier in a row is a citation
        (
            "Lịch sử hiệu lực: Quyết định 12/2010/QĐ-UBND\n"
            "Ngày Trạng thái Văn bản nguồn\n"
            "01/02/2010 Văn bản được ban hành 12/2010/QĐ-UBND\n"
            "11/02/2010 Văn bản có hiệu lực 12/2010/QĐ-UBND\n"
            "20/05/2016 Văn bản hết hiệu lực 12/2010/QĐ-UBND\n"
            "20/05/2016 Bị thay thế 30/2016/QĐ-UBND\n",
            ["Quyết định 12/2010/QĐ-UBND", "30/2016/QĐ-UBND"],
        ),
        (
            "Lịch sử: Thông tư 7/2012/TT-BTC\n"
            "05/03/2012 Văn bản còn hiệu lực 7/2012/TT-BTC\n"
            "05/03/2014 Văn bản hết hiệu lực một phần 7/2012/TT-BTC\n"
            "05/03/2014 Bị bãi bỏ 1 phần 45/2014/TT-BTC",
            ["Thông tư 7/2012/TT-BTC", "45/2014/TT-BTC"],
        ),
        # a sentence saying a document came into force still cites it with its type word
        (
            "Văn bản có hiệu lực Nghị định 15/2020/NĐ-CP được thay thế.",
            ["Nghị định 15/2020/NĐ-CP"],
        ),
        # a row naming another document after a status of its own is a citation
        ("01/07/2020 Được sửa đổi 22/2020/NĐ-CP", ["22/2020/NĐ-CP"]),
    ],
)
def test_history_rows(text: str, expected: list[str]) -> None:
    """A bare identifier after "Văn bản được ban hành", "Văn bản có/còn/hết hiệu lực" is the
    page's own document; any other bare identifier in such a table is cited."""
    assert _spans(text) == expected


# -- a text's own title, old style, repeating the header's number ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BỘ NỘI VỤ\nSố: 17/2009/QĐ-BNV\nHà Nội, ngày 03 tháng 3 năm 2009\n\nQUYẾT ĐỊNH\n\n"
            "CỦA BỘ TRƯỞNG BỘ NỘI VỤ VÀ CÁC CƠ QUAN NGANG BỘ CỦA CHÍNH PHỦ SỐ 17/2009/QĐ-BNV "
            "NGÀY 03 THÁNG 3 NĂM 2009 VỀ VIỆC BAN HÀNH QUY CHẾ\n\nCăn cứ Nghị định số "
            "48/2008/NĐ-CP;",
            ["Nghị định số 48/2008/NĐ-CP"],
        ),
        # the header's number cited later in the body, far from the title, is a citation; and
        # another number after "SỐ" in a title is one
        (
            "Số: 17/2009/QĐ-BNV\n\nQUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ NỘI VỤ VÀ CÁC CƠ QUAN NGANG BỘ "
            "CỦA CHÍNH PHỦ SỐ 16/2009/QĐ-BNV",
            ["16/2009/QĐ-BNV"],
        ),
        (
            "Số: 17/2009/QĐ-BNV\n"
            + "Nội dung của quyết định được ghi rõ tại đây. " * 12
            + "Bãi bỏ "
            "17/2009/QĐ-BNV.",
            ["17/2009/QĐ-BNV"],
        ),
    ],
)
def test_own_title_repeating_the_header(text: str, expected: list[str]) -> None:
    """An identifier with no type word read that repeats the header's "Số:" a few lines above
    it is the text's own title, not a citation."""
    assert _spans(text) == expected


# -- a programme or project named by a number -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named by a number, with or without "của" and a body: the project's name
        ("Tổ công tác thực hiện Đề án 30 của Ủy ban nhân dân tỉnh được thành lập.", []),
        ("Xã đã hoàn thành Chương trình 135 và Dự án 7 của huyện.", []),
        ("tiếp tục thực hiện Chỉ thị 21 và Đề án 06.", ["Chỉ thị 21"]),
        # written with "số", or with its ký hiệu: a citation
        (
            "Thực hiện Đề án số 30 của Ủy ban nhân dân tỉnh.",
            ["Đề án số 30 của Ủy ban nhân dân tỉnh"],
        ),
        ("Thực hiện Chương trình 12-CTr/TU của Tỉnh ủy.", ["Chương trình 12-CTr/TU của Tỉnh ủy"]),
        # the short form of a programme the text cites with its ký hiệu or "số", before or after
        (
            "Chương trình 01 của Thành ủy Hà Nội được tổng kết. Chương trình số 01-CTr/TU về "
            "phát triển văn hóa.",
            ["Chương trình 01 của Thành ủy Hà Nội", "Chương trình số 01-CTr/TU"],
        ),
        (
            "Ban hành Đề án số 4 ngày 5/3/2020 của Sở. Kết quả thực hiện Đề án 4 khả quan.",
            ["Đề án số 4 ngày 5/3/2020 của Sở", "Đề án 4"],
        ),
        # but not one of another number
        ("Ban hành Đề án số 4 của Sở. Kết quả thực hiện Đề án 5 khả quan.", ["Đề án số 4 của Sở"]),
        # given as an alias, and used again after it
        (
            "Quyết định số 06/QĐ-TTg (sau đây gọi tắt là Đề án 06); kết quả Đề án 06 tốt.",
            ["Quyết định số 06/QĐ-TTg", "Đề án 06", "Đề án 06"],
        ),
        # other types keep reading a capitalised short form with "của"
        ("quán triệt Quy định 57 của Bộ Chính trị", ["Quy định 57 của Bộ Chính trị"]),
    ],
)
def test_programme_named_by_a_number(text: str, expected: list[str]) -> None:
    """A programme or project (Chương trình, Đề án, Dự án) with a bare number is cited only
    with "số", a ký hiệu, as an alias, or as the short form of one the text cites so."""
    assert _spans(text) == expected


def test_a_programme_parsed_alone_is_one() -> None:
    """``parse`` reads its text as one citation: a programme named by a bare number given
    alone is that citation (running text would not cite it without "số")."""
    assert citations.parse("Đề án 06").format() == "Đề án số 06"
    assert citations.parse("Chương trình 135").bare_number == 135


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a journal's or a school's name holding "Luật", its issue's number after it
        ("Bài viết đăng trên Tạp chí Nghề Luật số 5 năm 2021.", []),
        ("Theo Tạp chí Nghiên cứu Lập pháp và Luật số 12, tác giả cho rằng", []),
        # the short form of a law the text cites with its ký hiệu, before or after
        (
            "Luật An ninh mạng số 24/2018/QH14 có hiệu lực; Luật số 24 quy định",
            ["Luật An ninh mạng số 24/2018/QH14", "Luật số 24"],
        ),
        (
            "Luật số 24 nêu rõ. Luật số 24/2018/QH14 được thông qua.",
            ["Luật số 24", "Luật số 24/2018/QH14"],
        ),
        # ... or given as an alias
        (
            "Luật An ninh mạng (sau đây gọi tắt là Luật số 24) được ban hành.",
            ["Luật An ninh mạng", "Luật số 24"],
        ),
    ],
)
def test_a_law_by_a_bare_number(text: str, expected: list[str]) -> None:
    """ "Luật số 5" with no ký hiệu or year is a law's short form only beside the law cited with
    its ký hiệu, or as an alias: not a journal's issue ("Tạp chí Nghề Luật số 5")."""
    assert _spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "pháp luật" is law in general: no law's type word before a number
        ("ban hành kiến nghị phòng ngừa vi phạm pháp luật số 104/KN-VKSDC đến UBND huyện", []),
        ("PHÒNG NGỪA VI PHẠM PHÁP LUẬT SỐ 12/KN-VKS", []),
        # "Luật số ..." is still a law's, and "pháp luật" a spun type word before a
        # legislature's ký hiệu (the corpus's batch-9 decision), cited from "pháp"
        ("theo Luật số 24/2018/QH14 về an ninh mạng", ["Luật số 24/2018/QH14"]),
        ("căn cứ pháp luật số 65/2011/QH12 về tố tụng", ["pháp luật số 65/2011/QH12"]),
    ],
)
def test_law_in_general_before_a_number(text: str, expected: list[str]) -> None:
    """ "vi phạm pháp luật số 104/KN-VKSDC": a procuracy's recommendation, no law."""
    assert _spans(text) == expected


def test_an_alias_after_viet_tat_without_la() -> None:
    """ "(viết tắt Quyết định 190)" gives an alias as "(viết tắt là ...)" does."""
    found = citations.extract(
        "Quyết định số 190/QĐ-VKSTC ngày 1/4/2016 của Viện trưởng (viết tắt Quyết định 190)."
    )
    assert [(f.text, f.alias) for f in found] == [
        ("Quyết định số 190/QĐ-VKSTC ngày 1/4/2016 của Viện trưởng", False),
        ("Quyết định 190", True),
    ]
