"""The issuer a ký hiệu names, inferred (issue 15, ninth round): "a ký hiệu naming one national
body gives the inferred issuer" (the corpus's rule), whatever its type group looks like.
Hand-written sentences, expected values written by hand; the traps next to each."""

from __future__ import annotations

import pytest

from directive_report import citations


def _inferred(text: str) -> list[tuple[str, str | None]]:
    """The symbol and the inferred issuer (``None`` when none is) of each citation in *text*."""
    return [
        (
            found.citation.number.symbol if found.citation.number else "",
            found.citation.issuer if found.citation.issuer_inferred else None,
        )
        for found in citations.extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "BNN" opening a công văn's ký hiệu, or after the type's group, names the ministry
        (
            "Thực hiện Công văn số 4836/BNN-VPĐP và Quyết định 2159/QĐ-BNN-KH năm 2013.",
            [
                ("BNN-VPĐP", "Bộ Nông nghiệp và Phát triển nông thôn"),
                ("QĐ-BNN-KH", "Bộ Nông nghiệp và Phát triển nông thôn"),
            ],
        ),
        # a type's group with more letters after it ("TTLTHN") is still the type's group; a
        # joint document's ký hiệu naming one national body names its issuer
        (
            "Bộ Quốc phòng ban hành Thông tư liên tịch số 02/TTLTHN-BQP ngày 20/5/2013 hướng dẫn.",
            [("TTLTHN-BQP", "Bộ Quốc phòng")],
        ),
        # one naming two bodies names no one issuer
        ("Theo Thông tư liên tịch số 03/2010/TTLT-BTC-BYT.", [("TTLT-BTC-BYT", None)]),
        # a group that names no type: nothing inferred from the group after it
        ("Theo Công văn số 12/VPUB-BTC.", [("VPUB-BTC", None)]),
    ],
)
def test_the_issuer_a_symbol_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _inferred(text) == expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # an issuer in capitals opened by a body's abbreviation gets the usual case of the rest
        (
            "SỬA ĐỔI QUYẾT ĐỊNH SỐ 636/QĐ-UBND NGÀY 17/3/2025 CỦA UBND TỈNH QUẢNG NAM\n",
            "UBND tỉnh Quảng Nam",
        ),
        ("KẾ HOẠCH SỐ 12/KH-UBND NGÀY 5/3/2020 CỦA UBND HUYỆN CAM LỘ\n", "UBND huyện Cam Lộ"),
        # one in mixed case stays as written
        ("Kế hoạch số 12/KH-UBND ngày 5/3/2020 của UBND Tỉnh Quảng Nam\n", "UBND Tỉnh Quảng Nam"),
    ],
)
def test_an_issuer_in_capitals_opened_by_an_abbreviation(text: str, issuer: str) -> None:
    [found] = citations.extract(text)
    assert found.citation.issuer == issuer
