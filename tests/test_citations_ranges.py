"""A range of provisions in a pinpoint ("từ Điều 5 đến Điều 10"), in the model and in the
extractor, and pinpoints longer than the record holds (issue 15; unit tests, not the measure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _citations_read import Row, read_rows
from directive_report import Pinpoint, Provision, ProvisionLevel, citations
from directive_report.errors import ReportValidationError
from directive_report.testing import pinpoints

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
