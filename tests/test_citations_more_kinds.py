"""Kinds of real text the extractor read wrongly after its third round (issue 15, the "Known
limits" of docs/citations.md), each with hand-checked cases written for the project (unit tests,
not the measure) and the traps next to each."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _citations_read import Row, read_rows
from directive_report import Pinpoint, Provision, ProvisionLevel, citations
from directive_report.errors import ReportValidationError
from directive_report.testing import pinpoints

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


# -- a range of provisions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "xử lý theo quy định từ Điều 100 đến Điều 106 Nghị định số 15/2020/NĐ-CP;",
            [
                (
                    "từ Điều 100 đến Điều 106 Nghị định số 15/2020/NĐ-CP",
                    "Nghị định",
                    "NĐ-CP",
                    2020,
                    "Chính phủ",
                    "từ Điều 100 đến Điều 106",
                )
            ],
        ),
        (
            "theo khoản 1 đến khoản 3 Điều 5 Luật Đất đai năm 2013 và Từ điểm a tới điểm c khoản 2"
            " Điều 3 Thông tư số 5/2020/TT-BTC",
            [
                (
                    "khoản 1 đến khoản 3 Điều 5 Luật Đất đai năm 2013",
                    "Luật",
                    None,
                    2013,
                    None,
                    "từ khoản 1 đến khoản 3 Điều 5",
                ),
                (
                    "Từ điểm a tới điểm c khoản 2 Điều 3 Thông tư số 5/2020/TT-BTC",
                    "Thông tư",
                    "TT-BTC",
                    2020,
                    "Bộ Tài chính",
                    "từ điểm a đến điểm c khoản 2 Điều 3",
                ),
            ],
        ),
        # a range across levels, or a range with values after it, is not one; "từ" alone opens
        # nothing ("từ" as a word of the sentence)
        (
            "từ Điều 5 đến khoản 3 Nghị định số 15/2020/NĐ-CP; từ Điều 5, 6 đến Điều 10 Thông tư "
            "số 5/2020/TT-BTC; kể từ Điều 7 Quyết định số 8/2020/QĐ-UBND",
            [
                ("Nghị định số 15/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None),
                ("Thông tư số 5/2020/TT-BTC", "Thông tư", "TT-BTC", 2020, "Bộ Tài chính", None),
                (
                    "Điều 7 Quyết định số 8/2020/QĐ-UBND",
                    "Quyết định",
                    "QĐ-UBND",
                    2020,
                    None,
                    "Điều 7",
                ),
            ],
        ),
    ],
)
def test_a_range_of_provisions(text: str, expected: list[Row]) -> None:
    """ "từ Điều 100 đến Điều 106 Nghị định ...": the range is the citation's pinpoint, written
    canonically with "từ" and "đến"."""
    assert read_rows(text) == expected


def test_a_range_is_held_by_the_model() -> None:
    """A range is one provision with a value and ``through``; it is written and read back."""
    provision = Provision(level=ProvisionLevel.POINT, values=["A"], through="C")
    assert (provision.values, provision.through, str(provision)) == (
        ("a",),
        "c",
        "từ điểm a đến điểm c",
    )
    pinpoint = Pinpoint.parse("TỪ KHOẢN 1 ĐẾN KHOẢN 3 ĐIỀU 5")
    assert pinpoint.provisions[0] == Provision(
        level=ProvisionLevel.CLAUSE, values=["1"], through="3"
    )
    assert str(pinpoint) == "từ khoản 1 đến khoản 3 Điều 5"
    assert Pinpoint.parse("Điều 5 đến Điều 10") == Pinpoint.parse("từ Điều 5 đến Điều 10")


@pytest.mark.parametrize(
    "text",
    [
        "từ Điều 5",  # a range not closed
        "từ Điều 5 và Điều 6",
        "từ Điều 5, 6 đến Điều 10",  # several values before "đến"
        "từ Điều 5 đến Điều 10 đến Điều 12",
        "từ Điều 5 đến Điều 10, 11",  # several values after it
        "khoản 2 từ Điều 5 đến Điều 10",  # a range not at the finest level
        "khoản 2 Điều 5 đến Điều 10",
        "từ Điều 5 đến khoản 3",
    ],
)
def test_a_malformed_range_is_refused(text: str) -> None:
    with pytest.raises(ReportValidationError):
        Pinpoint.parse(text)


_CLAUSE, _ARTICLE = ProvisionLevel.CLAUSE, ProvisionLevel.ARTICLE


@pytest.mark.parametrize(
    "provisions",
    [
        [(_CLAUSE, ["1", "2"], "3")],  # several values before the range's end
        [(_CLAUSE, ["1"], "3 4")],  # an end that is not one value
        [(_CLAUSE, ["1"], None), (_ARTICLE, ["5"], "10")],  # not the finest level
    ],
)
def test_the_model_refuses_a_malformed_range(
    provisions: list[tuple[ProvisionLevel, list[str], str | None]],
) -> None:
    with pytest.raises(ReportValidationError):
        Pinpoint(
            provisions=tuple(
                Provision(level=level, values=values, through=through)
                for level, values, through in provisions
            )
        )


@given(pinpoints(), st.integers(1, 150).map(str) | st.sampled_from(["b", "đ", "6a", "IV"]))
def test_a_range_reads_back_from_its_wording(pinpoint: Pinpoint, through: str) -> None:
    """Every pinpoint whose finest level is a range reads back from its canonical wording,
    alone and before a document."""
    finest, *rest = pinpoint.provisions
    ranged = Pinpoint(
        provisions=(
            Provision(level=finest.level, values=finest.values[:1], through=through),
            *rest,
        )
    )
    assert Pinpoint.parse(str(ranged)) == ranged
    cited = citations.parse(f"{ranged} Nghị định số 15/2020/NĐ-CP")
    assert cited.pinpoint == ranged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a provision the record cannot hold chained before the pinpoint: no pinpoint is read
        (
            "- Tại Điểm 2.4, Khoản 2, Mục V, Hướng dẫn số 02-HD/TW, ngày 09/12/2021 của Ban Bí thư",
            [
                (
                    "Hướng dẫn số 02-HD/TW, ngày 09/12/2021 của Ban Bí thư",
                    "Hướng dẫn",
                    "HD/TW",
                    None,
                    "Ban Bí thư",
                    None,
                )
            ],
        ),
        (
            "từ Điều 5 đến Điều 10, Điều 12 Nghị định số 15/2020/NĐ-CP",
            [("Nghị định số 15/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None)],
        ),
        # two articles (the record holds one); a word that is not a provision's value before a
        # comma is the sentence's
        (
            "theo Điều 3, khoản 2 Điều 5 Nghị định số 15/2020/NĐ-CP; quy định tại Điều lệ, Điều"
            " 7 Thông tư số 5/2020/TT-BTC",
            [
                ("Nghị định số 15/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None),
                (
                    "Điều 7 Thông tư số 5/2020/TT-BTC",
                    "Thông tư",
                    "TT-BTC",
                    2020,
                    "Bộ Tài chính",
                    "Điều 7",
                ),
            ],
        ),
    ],
)
def test_a_pinpoint_longer_than_the_record_holds(text: str, expected: list[Row]) -> None:
    """ "Điểm 2.4, Khoản 2, Mục V, Hướng dẫn ...": when a provision the record cannot hold is
    chained before the pinpoint read, none is read (the corpus leaves such pinpoints out)."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers after one type word are each a citation of that type
        (
            "Tinh thần của 4 Nghị quyết 59, 70, 71 và 72 là; Chỉ thị số 21, 22 và số 23 của Ban"
            " Bí thư; Ba nghị quyết 70, 71, 72 là",
            [
                ("Nghị quyết 59", "Nghị quyết", "59", None, None, None),
                ("70", "Nghị quyết", "70", None, None, None),
                ("71", "Nghị quyết", "71", None, None, None),
                ("72", "Nghị quyết", "72", None, None, None),
                ("Chỉ thị số 21", "Chỉ thị", "21", None, "Ban Bí thư", None),
                ("22", "Chỉ thị", "22", None, "Ban Bí thư", None),
                ("số 23 của Ban Bí thư", "Chỉ thị", "23", None, "Ban Bí thư", None),
                ("nghị quyết 70", "Nghị quyết", "70", None, None, None),
                ("71", "Nghị quyết", "71", None, None, None),
                ("72", "Nghị quyết", "72", None, None, None),
            ],
        ),
        # a list ending in a unit counts something; a decimal ends the list; one number alone
        # in lower case is a count
        (
            "Kế hoạch 5, 10 năm; Chỉ thị 21, 22 tỷ đồng; Nghị quyết 3, 4.5; nghị quyết 70 là; kế"
            " hoạch 5, 6 năm",
            [("Nghị quyết 3", "Nghị quyết", "3", None, None, None)],
        ),
    ],
)
def test_numbers_listed_after_one_type_word(text: str, expected: list[Row]) -> None:
    """ "Nghị quyết 59, 70, 71 và 72": each number a citation of the type, sharing an issuer
    written after the last; not a count."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a type word with a capital glued to the number or the word before it by a copy
        (
            "- 1Quyết định 672/QĐ-UBND phê duyệt; và vàNghị quyết số 828/NQ-UBTVQH14",
            [
                ("Quyết định 672/QĐ-UBND", "Quyết định", "QĐ-UBND", None, None, None),
                (
                    "Nghị quyết số 828/NQ-UBTVQH14",
                    "Nghị quyết",
                    "NQ-UBTVQH14",
                    None,
                    "Ủy ban Thường vụ Quốc hội khóa XIV",
                    None,
                ),
            ],
        ),
        # ... but not the end of a longer word in lower case or in capitals
        ("thựcquyết định 5/QĐ-UBND; UBNDQuyết định 6/QĐ-UBND; ABCNghị quyết 7/NQ-CP", []),
    ],
)
def test_a_type_word_glued_to_what_stands_before(text: str, expected: list[Row]) -> None:
    """ "1Quyết định 672/QĐ-UBND", "vàNghị quyết số 828/...": a capital after a digit or a
    lower-case letter starts the type word."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "issuer", "end"),
    [
        # a date with a capital after a known issuer starts a new sentence
        (
            "Thực hiện Chỉ thị số 05 của Bộ Chính trị Ngày 17/3/2024, Hội đồng nhân dân",
            "Bộ Chính trị",
            "Chính trị",
        ),
        (
            "Quyết định số 5/QĐ-UBND của Ủy ban nhân dân huyện Năm 2023 tỉnh đã",
            "Ủy ban nhân dân huyện",
            "huyện",
        ),
        # ... not a name holding such a word
        (
            "Quyết định số 5/QĐ-UBND của Ủy ban nhân dân xã Năm Căn về việc",
            "Ủy ban nhân dân xã Năm Căn",
            "Năm Căn",
        ),
    ],
)
def test_a_date_with_a_capital_ends_the_issuer(text: str, issuer: str, end: str) -> None:
    """ "... của Bộ Chính trị Ngày 17/3/2024": the issuer ends before "Ngày" or "Năm" and a
    number."""
    [found] = citations.extract(text)
    assert (found.citation.issuer, found.text[-len(end) :]) == (issuer, end)


def test_a_lower_case_type_with_a_number_and_its_year() -> None:
    """ "nghị định 31/2013": a normative type in lower case and a number with its year is a
    citation; a type that is not normative is not."""
    assert read_rows("theo nghị định 31/2013 và kế hoạch 5/2020 thì") == [
        ("nghị định 31/2013", "Nghị định", "31", 2013, None, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a citation on the next line ends the issuer before it
        (
            "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ\nNghị định số 16/2020/NĐ-CP"
            " ngày 03/02/2020 của Chính phủ",
            [
                (
                    "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ",
                    "Nghị định",
                    "NĐ-CP",
                    2020,
                    "Chính phủ",
                    None,
                ),
                (
                    "Nghị định số 16/2020/NĐ-CP ngày 03/02/2020 của Chính phủ",
                    "Nghị định",
                    "NĐ-CP",
                    2020,
                    "Chính phủ",
                    None,
                ),
            ],
        ),
        # a heading, then a list's number on the next line: not a short form
        (
            "I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg; Chỉ thị\n21 của Ban Bí thư",
            [
                (
                    "Quyết định số 924/QĐ-TTg",
                    "Quyết định",
                    "QĐ-TTg",
                    None,
                    "Thủ tướng Chính phủ",
                    None,
                ),
                ("Chỉ thị\n21 của Ban Bí thư", "Chỉ thị", "21", None, "Ban Bí thư", None),
            ],
        ),
        # a field ends at a comma before a word that opens a clause
        (
            "Kế hoạch số 107-KH/BCĐTW của Ban Chỉ đạo Trung ương về phòng chống tham nhũng, từ đầu"
            " tháng 6",
            [
                (
                    "Kế hoạch số 107-KH/BCĐTW của Ban Chỉ đạo Trung ương về phòng chống tham nhũng",
                    "Kế hoạch",
                    "KH/BCĐTW",
                    None,
                    "Ban Chỉ đạo Trung ương về phòng chống tham nhũng",
                    None,
                ),
            ],
        ),
    ],
)
def test_where_a_line_or_a_clause_ends_a_citation(text: str, expected: list[Row]) -> None:
    """A type word on the next line, a list's number under a heading, a comma before a clause."""
    assert read_rows(text) == expected


def test_a_line_break_inside_the_type_word_keeps_a_short_form() -> None:
    """ "theo Nghị\\nquyết 30a.": the line breaks inside the type word, not before the number."""
    assert read_rows("theo Nghị\nquyết 30a. Hiện nay") == [
        ("Nghị\nquyết 30a", "Nghị quyết", "30", None, None, None)
    ]


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Nghị định số 09/2019/NĐCP ngày 24 tháng 01 năm 2019", "NĐ-CP"),
        ("Quyết định số 12/QĐUBND ngày 24/01/2019", "QĐ-UBND"),
        ("Quyết định số 12/QĐTTG", "QĐ-TTg"),
        # a type's abbreviation before a group the table does not know stays one group
        ("theo Quyết định số:22/2019/QĐPT-HC ngày 22/3/2019", "QĐPT-HC"),
        ("Công văn số 12/CVXYZ", "CVXYZ"),
    ],
)
def test_a_type_glued_to_a_known_issuer_in_a_symbol(text: str, symbol: str) -> None:
    """ "09/2019/NĐCP": a type's abbreviation glued to an issuer's the table knows is two
    groups, "NĐ-CP"."""
    [found] = citations.extract(text)
    assert found.citation.number is not None
    assert found.citation.number.symbol == symbol


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 "
            "tháng 11 năm 2018;",
            "sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch",
        ),
        (
            "theo Luật sửa đổi, bổ sung một số điều Luật Bảo hiểm y tế (BHYT) được",
            "sửa đổi, bổ sung một số điều Luật Bảo hiểm y tế",
        ),
    ],
)
def test_an_amending_law_of_counted_laws_or_without_cua(text: str, name: str) -> None:
    """An amending law's title naming a count of laws ("của 37 luật ...") or the law without
    "của" ("một số điều Luật Bảo hiểm y tế"): one citation, the amending law."""
    [found] = citations.extract(text)
    assert (found.citation.doc_type.name, found.citation.name) == ("Luật", name)
    assert found.text.endswith(("năm 2018", "Bảo hiểm y tế"))


def test_a_court_decision_with_its_long_qualifier() -> None:
    """ "Quyết định đưa vụ án ra xét xử phúc thẩm số:22/...": up to eight lower-case words
    between the type and "số" when a ký hiệu follows; nine are not a qualifier."""
    text = (
        "theo Quyết định đưa vụ án ra xét xử phúc thẩm số:22/2019/QĐPT-HC ngày 22/3/2019; "
        "Quyết định a b c d e g h i k số 5/2019/QĐPT-HC"
    )
    assert read_rows(text) == [
        (
            "Quyết định đưa vụ án ra xét xử phúc thẩm số:22/2019/QĐPT-HC ngày 22/3/2019",
            "Quyết định",
            "QĐPT-HC",
            2019,
            None,
            None,
        ),
    ]  # nine words: the type is not read, and QĐPT names no type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any type with a capital, a bare number and "của": a citation with its issuer
        (
            "quán triệt Quy định 57 của Bộ Chính trị “Về một số vấn đề”; Chương trình 01 của "
            "Thành ủy Hà Nội về",
            [
                ("Quy định 57 của Bộ Chính trị", "Quy định", "57", None, "Bộ Chính trị", None),
                (
                    "Chương trình 01 của Thành ủy Hà Nội",
                    "Chương trình",
                    "1",
                    None,
                    "Thành ủy Hà Nội",
                    None,
                ),
            ],
        ),
        # ... not without "của", nor in lower case, nor a count
        ("theo Quy định 57 về; quy định 57 của Bộ; Báo cáo 6 tháng của Sở", []),
    ],
)
def test_a_bare_number_and_its_issuer(text: str, expected: list[Row]) -> None:
    """ "Quy định 57 của Bộ Chính trị": a type not usually cited by a bare number is when its
    issuer follows."""
    assert read_rows(text) == expected


def test_a_known_name_on_the_next_line_is_not_the_issuers() -> None:
    """An issuer holding a known name ends at a line that starts with another (the enacting
    body's heading after a title in capitals)."""
    text = (
        "NGHỊ QUYẾT SỐ 37/2022/NQ-HĐND NGÀY 09 THÁNG 12 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM KHÓA X"
    )
    [found] = citations.extract(text)
    assert found.text.endswith("CỦA HỘI ĐỒNG NHÂN DÂN TỈNH")
    # a name broken over two lines before a known name is one issuer
    [found] = citations.extract("Quyết định số 5/QĐ-CT của Chủ tịch\nỦy ban nhân dân tỉnh; và")
    assert found.citation.issuer == "Chủ tịch Ủy ban nhân dân tỉnh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years listed after a law's name: one law each, with its own year
        (
            "qua Hiến pháp năm 1946, 1959, 1980, 1992 và năm 2013, Luật Đất đai 2003, 2013;",
            [
                ("Hiến pháp năm 1946", "Hiến pháp", None, 1946, None, None),
                ("1959", "Hiến pháp", None, 1959, None, None),
                ("1980", "Hiến pháp", None, 1980, None, None),
                ("1992", "Hiến pháp", None, 1992, None, None),
                ("năm 2013", "Hiến pháp", None, 2013, None, None),
                ("Luật Đất đai 2003", "Luật", None, 2003, None, None),
                ("2013", "Luật", None, 2013, None, None),
            ],
        ),
        # not a count or a date after the year, nor years after a law's number
        (
            "Luật Đất đai năm 2013, 2014 người; Luật Đất đai năm 2013, 2014/QĐ; Luật số "
            "45/2013/QH13, 2014",
            [
                ("Luật Đất đai năm 2013", "Luật", None, 2013, None, None),
                ("Luật Đất đai năm 2013", "Luật", None, 2013, None, None),
                ("Luật số 45/2013/QH13", "Luật", "QH13", 2013, "Quốc hội khóa XIII", None),
            ],
        ),
    ],
)
def test_years_listed_after_a_law(text: str, expected: list[Row]) -> None:
    """ "Hiến pháp năm 1946, 1959, 1980, 1992 và năm 2013": each year a law of that name."""
    assert read_rows(text) == expected
