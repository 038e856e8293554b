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


@pytest.mark.parametrize(
    ("after", "date"),
    [
        # "ban hành" ends a name that holds lower-case words.
        ("ngày 02/3/2020 của Hội đồng thi đua khen thưởng tỉnh ban hành kèm theo", "02/3"),
        # So does "ngày" before a day of one digit: the date is the citation's.
        ("của Hội đồng thi đua khen thưởng tỉnh ngày 5/3/2020 về việc", "5/3"),
    ],
)
def test_an_issuer_holding_lower_case_words_ends_before_the_enacting_verb_or_date(
    after: str, date: str
) -> None:
    text = f"Kế hoạch số 5/KH-HĐTĐKT {after}"
    found = citations.extract(text)
    assert [f.citation.issuer for f in found] == ["Hội đồng thi đua khen thưởng tỉnh"]
    assert found[0].citation.date is not None
    day, month = map(int, date.split("/"))
    assert (found[0].citation.date.day, found[0].citation.date.month) == (day, month)
    assert text[found[0].end :].startswith((" ban hành", " về việc"))


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Theo Hiến pháp năm 1992 ngày 15/4/1992, 2013", "Hiến pháp năm 1992 ngày 15/4/1992"),
        (
            "Theo Luật Tổ chức Chính phủ năm 2015 số 76/2015/QH13, 2019 và 2025 thì",
            "Luật Tổ chức Chính phủ năm 2015 số 76/2015/QH13",
        ),
        (
            "Theo Luật Tổ chức Chính phủ năm 2015 (sửa đổi, bổ sung năm 2019), 2025 thì",
            "Luật Tổ chức Chính phủ năm 2015 (sửa đổi, bổ sung năm 2019)",
        ),
    ],
)
def test_a_year_after_a_law_with_more_than_its_year_is_no_second_law(text: str, law: str) -> None:
    """Years listed after a law name more laws of that name ("Hiến pháp năm 1946, 1959") only
    when the first carries nothing but its year: after a date, a number or an amendment note,
    ", 2013" is not a law."""
    assert [text[f.start : f.end] for f in citations.extract(text)] == [law]


def test_a_stop_word_in_capitals_ends_a_mixed_case_issuer() -> None:
    """A trích yếu in capitals after an issuer written in mixed case ("... tỉnh VỀ VIỆC khen
    thưởng") is not the issuer's: "VỀ" ends the name as "về" does; a number goes on."""
    text = (
        "Công văn số 12/HĐTĐKT ngày 02/3/2020 của Hội đồng thi đua khen thưởng tỉnh VỀ VIỆC khen "
        "thưởng; Kế hoạch số 3/KH-BCĐ của Ban Chỉ đạo 389 tỉnh Hà Nam"
    )
    assert [(text[f.start : f.end], f.citation.issuer) for f in citations.extract(text)] == [
        (
            "Công văn số 12/HĐTĐKT ngày 02/3/2020 của Hội đồng thi đua khen thưởng tỉnh",
            "Hội đồng thi đua khen thưởng tỉnh",
        ),
        ("Kế hoạch số 3/KH-BCĐ của Ban Chỉ đạo 389 tỉnh Hà Nam", "Ban Chỉ đạo 389 tỉnh Hà Nam"),
    ]
