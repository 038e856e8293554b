"""Kinds of real text the extractor read wrongly after its third round (issue 15, the "Known
limits" of docs/citations.md), each with hand-checked cases written for the project (unit tests,
not the measure) and the traps next to each."""

from __future__ import annotations

import datetime as dt

import pytest

from _citations_read import Row, read_rows
from directive_report import citations

# -- a law's name after "luật" in lower case ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nghị định hướng dẫn thi hành luật bảo hiểm y tế số 70/2015/NĐ-CP",
            [
                ("luật bảo hiểm y tế", "Luật", None, None, None, None),
                ("70/2015/NĐ-CP", "Nghị định", "NĐ-CP", 2015, "Chính phủ", None),
            ],
        ),
        (
            "theo luật đất đai năm 2013 và\nluật nhà ở",
            [
                ("luật đất đai năm 2013", "Luật", None, 2013, None, None),
                ("luật nhà ở", "Luật", None, None, None, None),
            ],
        ),
        # a word that makes "luật" part of another noun, several laws, or a name the list does
        # not know: not a law cited by name
        ("xử lý kỷ luật lao động; pháp luật đất đai; dự luật đất đai", []),
        ("điều luật dân sự; các luật đất đai, nhà ở; ngành luật hình sự", []),
        ("theo luật pháp; luật sư Đất; học luật dân sự", []),
        ("luật đất đaiđai; luật nhà ởx", []),
    ],
)
def test_lower_case_law_word_and_a_known_name(text: str, expected: list[Row]) -> None:
    """ "luật bảo hiểm y tế": a law cited by a name the list knows, after "luật" in lower
    case, unless a word before it makes "luật" part of another noun."""
    assert read_rows(text) == expected


def test_lower_case_law_word_takes_the_known_name() -> None:
    """The name is the list's, in its usual case; parse() reads the same citation."""
    found = citations.extract("theo luật đất đai năm 2013 và\nluật nhà ở")
    assert [f.citation.name for f in found] == ["Đất đai", "Nhà ở"]
    citation = citations.parse("luật bảo hiểm y tế")
    assert (citation.doc_type.name, citation.name) == ("Luật", "Bảo hiểm y tế")


# -- an issuer abbreviation between the ký hiệu and the date -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo quy định tại Nghị quyết số 01/2007/NQ-HĐTP TANDTC ngày 02/10/2007 hướng dẫn",
            [
                (
                    "Nghị quyết số 01/2007/NQ-HĐTP TANDTC ngày 02/10/2007",
                    "Nghị quyết",
                    "NQ-HĐTP",
                    2007,
                    "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
                    None,
                ),
            ],
        ),
        (
            "Công văn số 15/UBND-VX UBND, ngày 5 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh",
            [
                (
                    "Công văn số 15/UBND-VX UBND, ngày 5 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh",
                    "Công văn",
                    "UBND-VX",
                    None,
                    "Ủy ban nhân dân tỉnh",
                    None,
                ),
            ],
        ),
        # without a valid date after it, the abbreviation stays outside; a word with small
        # letters, or one letter, is not an abbreviation
        (
            "Nghị quyết số 01/2007/NQ-HĐTP TANDTC hướng dẫn; Công văn số 2/UBND-VX Tỉnh ngày "
            "02/10/2007; Công văn số 3/UBND-VX A ngày 02/10/2007; Công văn số 4/UBND-VX UBND ngày"
            " 31/02/2020",
            [
                (
                    "Nghị quyết số 01/2007/NQ-HĐTP",
                    "Nghị quyết",
                    "NQ-HĐTP",
                    2007,
                    "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
                    None,
                ),
                ("Công văn số 2/UBND-VX", "Công văn", "UBND-VX", None, None, None),
                ("Công văn số 3/UBND-VX", "Công văn", "UBND-VX", None, None, None),
                ("Công văn số 4/UBND-VX", "Công văn", "UBND-VX", None, None, None),
            ],
        ),
    ],
)
def test_issuer_abbreviation_before_the_date(text: str, expected: list[Row]) -> None:
    """ "NQ-HĐTP TANDTC ngày ...": an abbreviation in capitals between the ký hiệu and the date
    is inside the span; the date is read."""
    assert read_rows(text) == expected


def test_issuer_abbreviation_keeps_the_date() -> None:
    """The date after the abbreviation is the citation's."""
    (found,) = citations.extract("Nghị quyết số 01/2007/NQ-HĐTP TANDTC ngày 02/10/2007")
    assert found.citation.date == dt.date(2007, 10, 2)


# -- numbers listed after the first one without their ký hiệu ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ban hành Kết luận thanh tra số: 09, 10, 11, 12/KL-TTr ngày 12/4/2021 của Thanh tra "
            "tỉnh về việc",
            [
                ("Kết luận thanh tra số: 09", "Kết luận", "9", None, "Thanh tra tỉnh", None),
                ("10", "Kết luận", "10", None, "Thanh tra tỉnh", None),
                ("11", "Kết luận", "11", None, "Thanh tra tỉnh", None),
                (
                    "12/KL-TTr ngày 12/4/2021 của Thanh tra tỉnh",
                    "Kết luận",
                    "KL-TTr",
                    None,
                    "Thanh tra tỉnh",
                    None,
                ),
            ],
        ),
        (
            "các Quyết định số 5 và 6/QĐ-UBND; Công văn số 7, số 8/UBND-VX",
            [
                ("Quyết định số 5", "Quyết định", "5", None, None, None),
                ("6/QĐ-UBND", "Quyết định", "QĐ-UBND", None, None, None),
                ("Công văn số 7", "Công văn", "7", None, None, None),
                ("số 8/UBND-VX", "Công văn", "UBND-VX", None, None, None),
            ],
        ),
        # no ký hiệu at the end of the list: after words that qualify the type, nothing is read
        (
            "Kết luận thanh tra số 09, 10, 11; Kế hoạch tuần số 4, 5 và 6",
            [],
        ),
        # a zero is not a running number; a head that reads its date or issuer ends there
        (
            "Kết luận số 1, 0, 2/KL-TTr; Công văn số 7 ngày 5/3/2021, 8/UBND-VX; Công văn số 9"
            " của Sở, 10/UBND-VX",
            [
                ("Kết luận số 1", "Kết luận", "1", None, None, None),
                ("Công văn số 7 ngày 5/3/2021", "Công văn", "7", None, None, None),
                ("Công văn số 9 của Sở", "Công văn", "9", None, "Sở", None),
            ],
        ),
        # a number with a year in the head, or a decimal, does not open such a list
        (
            "Thông tư số 15/2020, 16/TT-BTC; Kế hoạch tuần số 4, 5.5/KH",
            [("Thông tư số 15/2020", "Thông tư", "15", 2020, None, None)],
        ),
    ],
)
def test_numbers_listed_before_their_shared_symbol(text: str, expected: list[Row]) -> None:
    """ "Kết luận thanh tra số: 09, 10, 11, 12/KL-TTr": one citation per number, of the shared
    type and issuer; each carries only the number, ký hiệu and date it writes itself."""
    assert read_rows(text) == expected


# -- an issuer whose name holds "về" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "issuer", "end"),
    [
        # "<organ> quốc gia về <field>": the field, commas and "và" inside it, is the name's
        (
            "Công điện số 10/CĐ-BCĐ của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, Chủ tịch"
            " UBND tỉnh yêu cầu",
            "Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
            "thiên tai",
        ),
        (
            "Quyết định số 5/QĐ-UBQGCĐS ngày 12/3/2024 của Ủy ban Quốc gia về chuyển đổi số về"
            " việc ban hành",
            "Ủy ban Quốc gia về chuyển đổi số",
            "chuyển đổi số",
        ),
        (
            "Kế hoạch số 3/KH-HĐ của Hội đồng quốc gia về phát triển bền vững và nâng cao năng"
            " lực cạnh tranh ngày 02/3/2022;",
            "Hội đồng quốc gia về phát triển bền vững và nâng cao năng lực cạnh tranh",
            "ngày 02/3/2022",
        ),
        (
            "Thông báo số 7/TB-BCĐ của Ban Chỉ đạo quốc gia về an toàn thực phẩm; các sở",
            "Ban Chỉ đạo quốc gia về an toàn thực phẩm",
            "thực phẩm",
        ),
        # the field ends before a clause: "đã", "ban hành", a comma before such a word
        (
            "Công văn số 9/BCĐ của Ban Chỉ đạo quốc gia về phòng, chống thiên tai đã yêu cầu",
            "Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
            "thiên tai",
        ),
        (
            "Công văn số 9/BCĐ của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, đã yêu cầu",
            "Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
            "thiên tai",
        ),
        # any other issuer: "về" opens the trích yếu
        (
            "Nghị quyết số 14/NQ-HĐND của Hội đồng nhân dân tỉnh về dự toán ngân sách",
            "Hội đồng nhân dân tỉnh",
            "nhân dân tỉnh",
        ),
        (
            "Chỉ thị số 13/CT-TW của Ban Bí thư về tăng cường sự lãnh đạo",
            "Ban Bí thư",
            "Bí thư",
        ),
        (
            "Quyết định số 2/QĐ-BCĐ của Ban Chỉ đạo về phòng, chống dịch",
            "Ban Chỉ đạo",
            "Chỉ đạo",
        ),
        (
            "Quyết định số 2/QĐ-UB của Ủy ban Quốc gia về Người cao tuổi",
            "Ủy ban Quốc gia",
            "Quốc gia",
        ),
        (
            "Quyết định số 2/QĐ-UB của Ủy ban Quốc gia về việc kiện toàn",
            "Ủy ban Quốc gia",
            "Quốc gia",
        ),
        # ... a central one too
        (
            "Kế hoạch số 107-KH/BCĐTW của Ban Chỉ đạo Trung ương về phòng chống tham nhũng về",
            "Ban Chỉ đạo Trung ương về phòng chống tham nhũng",
            "tham nhũng",
        ),
    ],
)
def test_issuer_named_with_a_field(text: str, issuer: str, end: str) -> None:
    """ "Ban Chỉ đạo quốc gia về phòng, chống thiên tai": a national body named by its field
    after "về" (a steering committee, council or committee "quốc gia"); for any other issuer
    "về" opens the trích yếu."""
    [found] = citations.extract(text)
    assert (found.citation.issuer, found.text[-len(end) :]) == (issuer, end)
