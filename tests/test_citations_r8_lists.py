"""Lists of citations in real text (issue 15, eighth round): kinds found on the development
part of the real corpus, each with hand-checked cases written for the project (unit tests, not
the measure) and the traps next to each."""

from __future__ import annotations

import pytest

from _citations_read import Row, read_rows
from directive_report import citations
from directive_report.citations._stream import CONTEXT
from directive_report.citations._unnamed_reading import LIST_REACH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's item after ";" whose ký hiệu names another type than the citation before it
        # (a decree named in the trích yếu of a circular) is of the type its ký hiệu names, and
        # carries the issuer of a list's head of that type
        (
            "Căn cứ các thông tư của Bộ Kế hoạch và Đầu tư: Số 01/2007/TT-BKH ngày 07/02/2007 "
            "hướng dẫn Nghị định 92/2006/NĐ-CP; số 03/2008/TT-BKH ngày 01/7/2008 hướng dẫn Nghị "
            "định 04/2008/NĐ-CP;",
            [
                (
                    "thông tư của Bộ Kế hoạch và Đầu tư: Số 01/2007/TT-BKH ngày 07/02/2007",
                    "Thông tư",
                    "TT-BKH",
                    2007,
                    "Bộ Kế hoạch và Đầu tư",
                    None,
                ),
                ("Nghị định 92/2006/NĐ-CP", "Nghị định", "NĐ-CP", 2006, "Chính phủ", None),
                (
                    "số 03/2008/TT-BKH ngày 01/7/2008",
                    "Thông tư",
                    "TT-BKH",
                    2008,
                    "Bộ Kế hoạch và Đầu tư",
                    None,
                ),
                ("Nghị định 04/2008/NĐ-CP", "Nghị định", "NĐ-CP", 2008, "Chính phủ", None),
            ],
        ),
        # the same after a decree with its issuer, the item writing its own
        (
            "hướng dẫn Nghị định số 92/2006/NĐ-CP ngày 07/9/2006 của Chính phủ; số 03/2008/TT-BKH "
            "ngày 01/7/2008 của Bộ Kế hoạch và Đầu tư về việc",
            [
                (
                    "Nghị định số 92/2006/NĐ-CP ngày 07/9/2006 của Chính phủ",
                    "Nghị định",
                    "NĐ-CP",
                    2006,
                    "Chính phủ",
                    None,
                ),
                (
                    "số 03/2008/TT-BKH ngày 01/7/2008 của Bộ Kế hoạch và Đầu tư",
                    "Thông tư",
                    "TT-BKH",
                    2008,
                    "Bộ Kế hoạch và Đầu tư",
                    None,
                ),
            ],
        ),
        # a joint circular's list with a plain circular in it
        (
            "Thông tư liên tịch số 01/2008/TTLT-BTC-BYT, 05/2009/TT-BTC và 06/2009/TTLT-BTC-BYT",
            [
                (
                    "Thông tư liên tịch số 01/2008/TTLT-BTC-BYT",
                    "Thông tư liên tịch",
                    "TTLT-BTC-BYT",
                    2008,
                    None,
                    None,
                ),
                ("05/2009/TT-BTC", "Thông tư", "TT-BTC", 2009, "Bộ Tài chính", None),
                (
                    "06/2009/TTLT-BTC-BYT",
                    "Thông tư liên tịch",
                    "TTLT-BTC-BYT",
                    2009,
                    None,
                    None,
                ),
            ],
        ),
        # the list's items of the head's type still share the issuer written after the last
        (
            "các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND và 14/QĐ-UBND của UBND tỉnh",
            [
                ("Quyết định số 12/QĐ-UBND", "Quyết định", "QĐ-UBND", None, "UBND tỉnh", None),
                ("13/QĐ-UBND", "Quyết định", "QĐ-UBND", None, "UBND tỉnh", None),
                ("14/QĐ-UBND của UBND tỉnh", "Quyết định", "QĐ-UBND", None, "UBND tỉnh", None),
            ],
        ),
        # a công văn's list: its items' ký hiệu name units, not types
        (
            "các Công văn số 410/TTr-NV1, 411/TTr-NV2 của Thanh tra tỉnh",
            [
                ("Công văn số 410/TTr-NV1", "Công văn", "TTr-NV1", None, "Thanh tra tỉnh", None),
                (
                    "411/TTr-NV2 của Thanh tra tỉnh",
                    "Công văn",
                    "TTr-NV2",
                    None,
                    "Thanh tra tỉnh",
                    None,
                ),
            ],
        ),
    ],
)
def test_an_item_of_another_type(text: str, expected: list[Row]) -> None:
    """A list's item is of the type its ký hiệu names (NĐ 30/2020, Phụ lục III)."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's head writing no issuer ("các Quyết định: số ...") lets an item without a
        # year be read, with the issuer it writes
        (
            "Căn cứ các Quyết định: số 26/2007/QĐ-TTg ngày 15/02/2007 của Thủ tướng Chính phủ "
            "phê duyệt quy hoạch đến năm 2010; số 114/QĐ-TTg ngày 28/9/2009 của Thủ tướng Chính "
            "phủ về việc phê duyệt quy hoạch;",
            [
                (
                    "Quyết định: số 26/2007/QĐ-TTg ngày 15/02/2007 của Thủ tướng Chính phủ",
                    "Quyết định",
                    "QĐ-TTg",
                    2007,
                    "Thủ tướng Chính phủ",
                    None,
                ),
                (
                    "số 114/QĐ-TTg ngày 28/9/2009 của Thủ tướng Chính phủ",
                    "Quyết định",
                    "QĐ-TTg",
                    None,
                    "Thủ tướng Chính phủ",
                    None,
                ),
            ],
        ),
        # "các" before the type, no colon
        (
            "Căn cứ các Nghị quyết số 09/2020/NQ-HĐND ngày 24/12/2020 về kế hoạch; số 59/NQ-HĐND "
            "ngày 08/12/2021 về đầu tư công;",
            [
                (
                    "Nghị quyết số 09/2020/NQ-HĐND ngày 24/12/2020",
                    "Nghị quyết",
                    "NQ-HĐND",
                    2020,
                    None,
                    None,
                ),
                ("số 59/NQ-HĐND ngày 08/12/2021", "Nghị quyết", "NQ-HĐND", None, None, None),
            ],
        ),
        # without such a head an item without a year is not read ("; số 12" may be anything)
        (
            "Căn cứ Quyết định số 26/2007/QĐ-TTg ngày 15/02/2007 của Thủ tướng Chính phủ về quy "
            "hoạch; số 114/QĐ-TTg ngày 28/9/2009",
            [
                (
                    "Quyết định số 26/2007/QĐ-TTg ngày 15/02/2007 của Thủ tướng Chính phủ",
                    "Quyết định",
                    "QĐ-TTg",
                    2007,
                    "Thủ tướng Chính phủ",
                    None,
                )
            ],
        ),
        # nor one of another type than the head's
        (
            "Căn cứ các Quyết định: số 26/2007/QĐ-TTg ngày 15/02/2007 về quy hoạch; số 12/CT-TTg "
            "ngày 28/9/2009",
            [
                (
                    "Quyết định: số 26/2007/QĐ-TTg ngày 15/02/2007",
                    "Quyết định",
                    "QĐ-TTg",
                    2007,
                    "Thủ tướng Chính phủ",
                    None,
                )
            ],
        ),
    ],
)
def test_a_head_without_issuer(text: str, expected: list[Row]) -> None:
    """A list's head names its type, with or without its issuer, for the items after it."""
    assert read_rows(text) == expected


def _trích_yếu(words: int) -> str:
    return " ".join(["kế hoạch phát triển kinh tế xã hội"] * words)


def test_a_long_list_keeps_its_head() -> None:
    """A list's item carries its head's issuer up to 1,000 characters after it (a long list of
    council resolutions, each with its trích yếu), in the same paragraph only."""
    items = "".join(
        f", số {n}/NQ-HĐND ngày 08/12/2021 về {_trích_yếu(4)}" for n in (46, 50, 60, 61)
    )
    text = (
        "Thực hiện các Nghị quyết của Hội đồng nhân dân tỉnh số 09/2020/NQ-HĐND ngày 24/12/2020 "
        f"về {_trích_yếu(2)}{items}."
    )
    rows = read_rows(text)
    assert [row[2:] for row in rows] == [
        ("NQ-HĐND", 2020, "Hội đồng nhân dân tỉnh", None),
        *[("NQ-HĐND", None, "Hội đồng nhân dân tỉnh", None)] * 4,
    ]
    assert 600 < text.index("số 61/") - text.index("Nghị quyết") < 1000
    # a paragraph's end ends the list
    broken = text.replace(", số 61/", ".\n\nSố liệu: số 61/")
    assert len(read_rows(broken)) == 4


def test_a_list_reaches_no_further_than_a_stream_keeps() -> None:
    """A stream keeps :data:`CONTEXT` characters before what it has yet to read: a list's item
    looks back no further, so that a file read in chunks gives what the whole text gives."""
    assert LIST_REACH <= CONTEXT


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        # citations of one type in a row, each with its own type word, only the last writing
        # its issuer: each carries it, as written
        (
            "Căn cứ Quyết định số 105-QĐ/TW và Quyết định số 106-QĐ/TW ngày 12/12/2013 của Bộ "
            "Chính trị ban hành",
            [("Bộ Chính trị", False), ("Bộ Chính trị", False)],
        ),
        (
            "Căn cứ Thông tư 61/2002/TT-BTC ngày 24/7/2002, Thông tư 62/2003/TT-BTC ngày "
            "30/7/2003 và Thông tư 63/2003/TT-BTC của Bộ Tài chính;",
            [("Bộ Tài chính", False)] * 3,
        ),
        # not across a trích yếu, nor between two types
        (
            "Căn cứ Nghị định số 85/2007/NĐ-CP quy định chi tiết và Nghị định số 106/2010/NĐ-CP "
            "của Chính phủ",
            [("Chính phủ", True), ("Chính phủ", False)],
        ),
        (
            "Căn cứ Thông tư số 85/2007/TT-BTC và Nghị định số 106/2010/NĐ-CP của Chính phủ",
            [("Bộ Tài chính", True), ("Chính phủ", False)],
        ),
        # a first citation with its own issuer keeps it
        (
            "Quyết định số 12/QĐ-UBND của UBND huyện và Quyết định số 13/QĐ-UBND của UBND tỉnh",
            [("UBND huyện", False), ("UBND tỉnh", False)],
        ),
    ],
)
def test_a_type_word_repeated(text: str, issuers: list[tuple[str, bool]]) -> None:
    """ "Của ..." said once after a row of citations of one type is each one's issuer."""
    found = citations.extract(text)
    assert [(f.citation.issuer, f.citation.issuer_inferred) for f in found] == issuers
