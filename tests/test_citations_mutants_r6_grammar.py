"""Hand-checked cases for the citation grammar's words in capitals and its type words, which
mutation testing of round 6's citation reader showed untested (issue 15).  Every expected value
is written by hand from the rules in docs/citations.md."""

from __future__ import annotations

from directive_report import citations


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (text[f.start : f.end], f.citation.doc_type.name, f.citation.issuer)
        for f in citations.extract(text)
    ]


def test_the_constitution_revised_in_capitals() -> None:
    """ "HIẾN PHÁP SỬA ĐỔI NĂM 2013" is read as "Hiến pháp sửa đổi năm 2013" is."""
    text = "HIẾN PHÁP SỬA ĐỔI NĂM 2013 quy định"
    assert _read(text) == [("HIẾN PHÁP SỬA ĐỔI NĂM 2013", "Hiến pháp", None)]


def test_a_type_and_its_issuer_before_so_in_capitals() -> None:
    """A portal's title "NGHỊ ĐỊNH CỦA CHÍNH PHỦ: SỐ ..." is one citation, as in lower case."""
    text = "NGHỊ ĐỊNH CỦA CHÍNH PHỦ: SỐ 15/2020/NĐ-CP"
    assert _read(text) == [(text, "Nghị định", "Chính phủ")]


def test_a_one_letter_abbreviation_is_no_type_word() -> None:
    """ "L" (Lệnh) before a number is not read as the type: only the ký hiệu is the citation,
    which names its type and issuer."""
    text = "Theo mẫu L 12/2020/L-CTN"
    assert _read(text) == [("12/2020/L-CTN", "Lệnh", "Chủ tịch nước")]


def test_a_type_whose_last_letter_bears_a_tone_before_a_bare_number() -> None:
    """ "Quy chế 12 của Bộ Chính trị": a type ending in "ế" before a bare number and its
    issuer is found like any other."""
    text = "Theo Quy chế 12 của Bộ Chính trị về công tác"
    assert _read(text) == [("Quy chế 12 của Bộ Chính trị", "Quy chế", "Bộ Chính trị")]


def test_a_type_glued_and_without_diacritics_before_a_bare_number() -> None:
    """A copy that lost the diacritics and the space ("Chithi 21") still writes a Chỉ thị."""
    text = "Thực hiện Chithi 21 của Ban Bí thư"
    assert _read(text) == [("Chithi 21 của Ban Bí thư", "Chỉ thị", "Ban Bí thư")]


def test_a_numbered_head_with_words_between_the_type_and_its_number() -> None:
    """ "Kế hoạch triển khai 17-KH/TU": lower-case words between the type and a number without
    "số" whose ký hiệu names the type."""
    text = "Thực hiện Kế hoạch triển khai 17-KH/TU của Tỉnh ủy"
    assert _read(text) == [("Kế hoạch triển khai 17-KH/TU của Tỉnh ủy", "Kế hoạch", "Tỉnh ủy")]
