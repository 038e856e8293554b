"""Law names cut short (issue 15, seventh round): a code's name that lost its last words in a
damaged copy, with no year after it ("Bộ luật tố tụng hình" where an OCR lost "sự"), and an
unknown name read before "số" only when a law's number follows (a thesis's "Chuyên ngành: Luật
Kinh tế Mã số: 8380107" is no law). Hand-checked cases written for the project (unit tests, not
the measure), with the traps next to them."""

from __future__ import annotations

import pytest

from _citations_read import LawRow, law_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the beginning of a code's name, then a capital, punctuation or the line's end
        (
            "TỪ VIẾT TẮT BLHS: Bộ luật hình BLTTHS: Bộ luật tố tụng hình VKS: Viện kiểm sát",
            [
                ("Bộ luật hình", "Bộ luật", "hình", None),
                ("Bộ luật tố tụng hình", "Bộ luật", "tố tụng hình", None),
            ],
        ),
        (
            "theo Bộ luật Tố tụng;\nvà Bộ luật hàng hải.",
            [
                ("Bộ luật Tố tụng", "Bộ luật", "Tố tụng", None),
                ("Bộ luật hàng hải", "Bộ luật", "hàng hải", None),
            ],
        ),
        # the whole name is read as before
        (
            "Bộ luật Hình sự, Bộ luật dân sự",
            [
                ("Bộ luật Hình sự", "Bộ luật", "Hình sự", None),
                ("Bộ luật dân sự", "Bộ luật", "Dân sự", None),
            ],
        ),
        # not before a word in lower case (the name runs on), nor words no code's name begins
        # with, nor "Luật" and a code's name cut short
        ("Bộ luật hình sẽ sửa. Bộ luật mới; Bộ luật này. Luật tố tụng hình.", []),
    ],
)
def test_a_code_name_cut_short(text: str, expected: list[LawRow]) -> None:
    """After "Bộ luật", the first words of a code's name, cut before a capital or punctuation."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chuyên ngành: Luật Kinh tế quốc tế Mã số: 8380107\nNgười hướng dẫn", []),
        ("Luật Hình Tố tụng hình Mã Số: 8380104 Người hướng dẫn", []),
        # a law's number after it: the name and the number
        (
            "Căn cứ Luật Nông nghiệp xanh số 12/2030/QH16;",
            [("Luật Nông nghiệp xanh số 12/2030/QH16", "Luật", "Nông nghiệp xanh", None)],
        ),
    ],
)
def test_an_unknown_name_before_so_needs_a_number(text: str, expected: list[LawRow]) -> None:
    """An unknown name ends before "số" only when a law's number follows it."""
    assert law_rows(text) == expected
