"""Hand-checked cases for what mutation testing of round 5's citation reader showed untested
(issue 15): where a field-named issuer ends, a term written "khóa" or "khoá" with an Arabic
number, numbers listed after a lower-case type joined by "và", and an alias introduced in
capitals.  Every expected value is written by hand from the rules in docs/citations.md."""

from __future__ import annotations

import pytest

from directive_report import citations

HEAD = "Căn cứ Kế hoạch số 5/KH-BCĐ ngày 02/3/2020 của "


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start : f.end], f.citation.issuer) for f in citations.extract(text)]


@pytest.mark.parametrize(
    ("after", "issuer"),
    [
        # "hành" after a field word that is not "ban" does not end the name.
        (
            "Ban Chỉ đạo quốc gia về cải cách hành chính.",
            "Ban Chỉ đạo quốc gia về cải cách hành chính",
        ),
        # "ban hành" ends it.
        (
            "Ban Chỉ đạo quốc gia về phòng, chống thiên tai ban hành kèm theo.",
            "Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
        ),
        # So does the end of the line.
        (
            "Ban Chỉ đạo quốc gia về phòng, chống thiên tai\ntriển khai nhiệm vụ năm 2020.",
            "Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
        ),
    ],
)
def test_where_a_field_named_issuer_ends(after: str, issuer: str) -> None:
    text = HEAD + after
    assert _read(text) == [(HEAD.removeprefix("Căn cứ ") + issuer, issuer)]


@pytest.mark.parametrize("term", ["khóa 19", "khoá 19", "khóa XIX"])
def test_a_term_in_either_spelling_with_any_number(term: str) -> None:
    text = f"Nghị quyết số 10-NQ/TU ngày 02/3/2020 của Tỉnh ủy Bắc Giang {term} về chuyển đổi số."
    issuer = f"Tỉnh ủy Bắc Giang {term}"
    assert _read(text) == [(f"Nghị quyết số 10-NQ/TU ngày 02/3/2020 của {issuer}", issuer)]


@pytest.mark.parametrize("joined", ["và", "Và"])
def test_numbers_joined_by_va_after_a_lower_case_type(joined: str) -> None:
    """A normative type in lower case is cited by a bare number when more numbers follow
    ("nghị quyết 70 và 71"); each number is a Nghị quyết."""
    text = f"Theo nghị quyết 70 {joined} 71, các cấp ủy"
    found = citations.extract(text)
    assert [(text[f.start : f.end], f.citation.doc_type.name) for f in found] == [
        ("nghị quyết 70", "Nghị quyết"),
        ("71", "Nghị quyết"),
    ]
    assert [f.citation.bare_number for f in found] == [70, 71]


def test_an_alias_introduced_in_capitals_names_later_uses() -> None:
    """An alias introduced in capitals ("(SAU ĐÂY GỌI TẮT LÀ Luật Hoạt động giám sát)"): no
    lower-case "là" stands before the use, and the use still reads the alias's name."""
    text = (
        "Luật số 87/2015/QH13 (SAU ĐÂY GỌI TẮT LÀ Luật Hoạt động giám sát). "
        "Theo Luật Hoạt động giám sát, Quốc hội"
    )
    found = citations.extract(text)
    assert [(text[f.start : f.end], f.citation.name) for f in found] == [
        ("Luật số 87/2015/QH13", None),
        ("Luật Hoạt động giám sát", "Hoạt động giám sát"),
        ("Luật Hoạt động giám sát", "Hoạt động giám sát"),
    ]
    assert found[2].start == text.index("Luật Hoạt động giám sát,")
