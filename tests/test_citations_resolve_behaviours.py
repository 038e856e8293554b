"""directive_report.citations.resolve, behaviour by behaviour: which mentions make one document,
which stay apart, what the document carries and in what order documents come.

Every expected value is written by hand from the text given (the decree's wording of the
citation, the mentions as they stand in the text).
"""

from __future__ import annotations

import datetime as dt

import pytest

from directive_report import citations


def groups(text: str) -> list[tuple[str, list[str]]]:
    """(canonical wording, [mentions' words]) for each document, in order of first mention."""
    return [
        (d.citation.format(), [m.text for m in d.mentions])
        for d in citations.resolve(citations.extract(text))
    ]


def test_documents_come_in_order_of_first_mention_even_a_short_one() -> None:
    """A short form before the full citation puts its document first."""
    text = (
        "Chỉ thị 21; Quyết định số 06/QĐ-TTg ngày 06/01/2022; Chỉ thị số 21/CT-TTg ngày 25/5/2020."
    )
    assert groups(text) == [
        (
            "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
            ["Chỉ thị 21", "Chỉ thị số 21/CT-TTg ngày 25/5/2020"],
        ),
        (
            "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ",
            ["Quyết định số 06/QĐ-TTg ngày 06/01/2022"],
        ),
    ]


def test_short_forms_of_different_numbers_are_different_documents() -> None:
    """'Chỉ thị 21' and 'Chỉ thị 05', nothing cited in full: two documents, as written."""
    assert groups("Chỉ thị 21 và Chỉ thị 05 được thực hiện.") == [
        ("Chỉ thị số 21", ["Chỉ thị 21"]),
        ("Chỉ thị số 05", ["Chỉ thị 05"]),
    ]


def test_short_form_after_the_full_citation_joins_it() -> None:
    """'Nghị định 15' after the decree cited in full is that decree."""
    text = "Theo Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ và Nghị định 15."
    assert groups(text) == [
        (
            "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ",
            ["Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ", "Nghị định 15"],
        )
    ]


def test_same_number_other_type_is_another_document() -> None:
    """'Quyết định 21' is not 'Chỉ thị số 21/CT-TTg': a document of its own."""
    assert groups("Chỉ thị số 21/CT-TTg; Quyết định 21.") == [
        ("Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ", ["Chỉ thị số 21/CT-TTg"]),
        ("Quyết định số 21", ["Quyết định 21"]),
    ]


def test_same_number_other_symbol_is_another_document() -> None:
    """06/QĐ-TTg and 06/QĐ-UBND: two issuers' decisions."""
    assert groups("Quyết định số 06/QĐ-TTg; Quyết định số 06/QĐ-UBND.") == [
        ("Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ", ["Quyết định số 06/QĐ-TTg"]),
        ("Quyết định số 06/QĐ-UBND", ["Quyết định số 06/QĐ-UBND"]),
    ]


def test_same_number_other_year_is_another_document_and_the_short_form_is_not_guessed() -> None:
    """15/2020/NĐ-CP and 15/2019/NĐ-CP differ; 'Nghị định 15' fits both and joins neither."""
    text = "Nghị định số 15/2020/NĐ-CP; Nghị định số 15/2019/NĐ-CP; Nghị định 15."
    assert groups(text) == [
        ("Nghị định số 15/2020/NĐ-CP của Chính phủ", ["Nghị định số 15/2020/NĐ-CP"]),
        ("Nghị định số 15/2019/NĐ-CP của Chính phủ", ["Nghị định số 15/2019/NĐ-CP"]),
    ]


def test_short_form_fitting_two_dated_directives_is_not_guessed() -> None:
    """'Chỉ thị 21' with the 2020 and the 2024 directives 21/CT-TTg cited is left out."""
    text = "Chỉ thị số 21/CT-TTg ngày 25/5/2020 và Chỉ thị số 21/CT-TTg ngày 03/5/2024; Chỉ thị 21."
    assert groups(text) == [
        (
            "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
            ["Chỉ thị số 21/CT-TTg ngày 25/5/2020"],
        ),
        (
            "Chỉ thị số 21/CT-TTg ngày 03/5/2024 của Thủ tướng Chính phủ",
            ["Chỉ thị số 21/CT-TTg ngày 03/5/2024"],
        ),
    ]


def test_generic_type_takes_the_specific_one() -> None:
    """'Văn bản số 1234/UBND-VP' is the 'Công văn' of that ký hiệu cited after it."""
    text = (
        "Văn bản số 1234/UBND-VP; Công văn số 1234/UBND-VP ngày 05/3/2024 của "
        "Ủy ban nhân dân tỉnh Bắc Giang."
    )
    (document,) = citations.resolve(citations.extract(text))
    assert document.citation.doc_type.name == "Công văn"
    assert document.citation.date == dt.date(2024, 3, 5)
    assert document.citation.issuer == "Ủy ban nhân dân tỉnh Bắc Giang"
    assert [m.text for m in document.mentions] == [
        "Văn bản số 1234/UBND-VP",
        "Công văn số 1234/UBND-VP ngày 05/3/2024 của Ủy ban nhân dân tỉnh Bắc Giang",
    ]


def test_law_name_in_another_case_is_the_same_law_and_keeps_its_year() -> None:
    """'Luật an ninh mạng năm 2018' is 'Luật An ninh mạng'; the year, in no number, stays."""
    (document,) = citations.resolve(
        citations.extract("Luật An ninh mạng; Luật an ninh mạng năm 2018.")
    )
    assert document.citation.format() == "Luật An ninh mạng năm 2018"
    assert document.citation.year == 2018
    assert [m.text for m in document.mentions] == [
        "Luật An ninh mạng",
        "Luật an ninh mạng năm 2018",
    ]


def test_year_said_by_the_number_is_not_repeated() -> None:
    """'Luật An ninh mạng năm 2018' with 'số 24/2018/QH14': the year is in the number."""
    text = "Luật An ninh mạng năm 2018; Luật An ninh mạng số 24/2018/QH14."
    (document,) = citations.resolve(citations.extract(text))
    assert document.citation.year is None
    assert document.citation.number is not None
    assert (document.citation.number.number, document.citation.number.year) == (24, 2018)
    assert document.citation.number.symbol == "QH14"
    assert document.citation.name == "An ninh mạng"


def test_alias_of_a_short_form_joins_it() -> None:
    """'(sau đây gọi tắt là Đề án 06)' after 'Đề án 06': one document, both mentions."""
    assert groups("Đề án 06 (sau đây gọi tắt là Đề án 06) được triển khai.") == [
        ("Đề án số 06", ["Đề án 06", "Đề án 06"])
    ]


def test_mentions_keep_their_pinpoints_and_the_document_has_none() -> None:
    """Each mention is the Found of the text, pinpoint and place included."""
    text = "khoản 3 Điều 4 Nghị định số 15/2020/NĐ-CP; Điều 5 Nghị định số 15/2020/NĐ-CP."
    (document,) = citations.resolve(citations.extract(text))
    assert document.citation.pinpoint is None
    first, second = document.mentions
    assert (
        text[first.start : first.end] == first.text == "khoản 3 Điều 4 Nghị định số 15/2020/NĐ-CP"
    )
    assert text[second.start : second.end] == second.text == "Điều 5 Nghị định số 15/2020/NĐ-CP"
    assert first.citation.pinpoint is not None
    assert second.citation.pinpoint is not None
    assert first.start < second.start


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ.",
        "Chỉ thị 21 và Chỉ thị 05 được thực hiện.",
        "Nghị định số 15/2020/NĐ-CP; Nghị định số 15/2019/NĐ-CP; Nghị định 15.",
    ],
)
def test_resolving_twice_gives_the_same_and_takes_an_iterator(text: str) -> None:
    """resolve() reads any iterable once; a generator gives what the list gives."""
    found = citations.extract(text)
    assert citations.resolve(iter(found)) == citations.resolve(found)


def test_mention_with_name_and_number_joins_the_law_cited_by_each() -> None:
    """'Luật số 24/2018/QH14' and 'Luật An ninh mạng' share nothing; the mention giving both
    shows them one law (it was left out of every group before: it fitted two documents)."""
    text = (
        "Luật số 24/2018/QH14; Luật An ninh mạng; Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018."
    )
    assert groups(text) == [
        (
            "Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018 của Quốc hội khóa XIV",
            [
                "Luật số 24/2018/QH14",
                "Luật An ninh mạng",
                "Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018",
            ],
        )
    ]


def test_documents_that_differ_are_not_joined_by_a_mention_fitting_both() -> None:
    """'Luật An ninh mạng năm 2019' states another year than 24/2018/QH14: it stays apart."""
    text = (
        "Luật số 24/2018/QH14; Luật An ninh mạng năm 2019; "
        "Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018."
    )
    assert groups(text) == [
        (
            "Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018 của Quốc hội khóa XIV",
            ["Luật số 24/2018/QH14", "Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018"],
        ),
        ("Luật An ninh mạng năm 2019", ["Luật An ninh mạng năm 2019"]),
    ]


def test_alias_of_a_joined_document_leads_to_it() -> None:
    """The alias after 'Luật An ninh mạng', a document joined into 'Luật số 24/2018/QH14' by
    the mention giving both, names the one law; its later short mention joins it too."""
    text = (
        "Luật An ninh mạng (sau đây gọi tắt là Luật số 24); Luật số 24/2018/QH14; "
        "Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018; Luật số 24."
    )
    assert groups(text) == [
        (
            "Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018 của Quốc hội khóa XIV",
            [
                "Luật An ninh mạng",
                "Luật số 24",
                "Luật số 24/2018/QH14",
                "Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018",
                "Luật số 24",
            ],
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Luật Đất đai; Luật Đất đai năm 2013 (sửa đổi, bổ sung năm 2018).",
        "Luật Đất đai năm 2013 (sửa đổi, bổ sung năm 2018); Luật Đất đai.",
    ],
)
def test_law_gathers_its_year_and_amendments_from_either_mention(text: str) -> None:
    """The year 2013 and the amendment of 2018 belong to the law, whichever mention says them."""
    (document,) = citations.resolve(citations.extract(text))
    assert document.citation.format() == "Luật Đất đai năm 2013 (sửa đổi, bổ sung năm 2018)"
    assert (document.citation.year, document.citation.amended_in) == (2013, (2018,))
    assert len(document.mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số 06/QĐ-UBND; Quyết định số 06/QĐ-UBND ngày 05/3/2024 của Ủy ban nhân dân "
        "tỉnh Bắc Giang.",
        "Quyết định số 06/QĐ-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh Bắc Giang; "
        "Quyết định số 06/QĐ-UBND.",
    ],
)
def test_written_issuer_and_date_come_from_the_mention_that_states_them(text: str) -> None:
    """'06/QĐ-UBND' names no issuer of its own: the written one is the document's."""
    (document,) = citations.resolve(citations.extract(text))
    assert document.citation.issuer == "Ủy ban nhân dân tỉnh Bắc Giang"
    assert document.citation.issuer_inferred is False
    assert document.citation.date == dt.date(2024, 3, 5)


def test_written_issuer_is_not_replaced_by_an_inferred_one() -> None:
    """'Chỉ thị số 21/CT-TTg' alone infers the Prime Minister; the issuer written first stays."""
    text = "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ; Chỉ thị số 21/CT-TTg."
    (document,) = citations.resolve(citations.extract(text))
    assert (document.citation.issuer, document.citation.issuer_inferred) == (
        "Thủ tướng Chính phủ",
        False,
    )
    assert document.citation.date == dt.date(2020, 5, 25)


def test_the_constitution_of_one_year_is_one_document() -> None:
    """'Hiến pháp năm 2013' twice shares no number and no name, and is one constitution."""
    assert groups("Hiến pháp năm 2013; Hiến pháp năm 2013.") == [
        ("Hiến pháp năm 2013", ["Hiến pháp năm 2013", "Hiến pháp năm 2013"])
    ]


def test_constitutions_of_different_years_are_different_documents() -> None:
    """1992 and 2013: two constitutions."""
    assert groups("Hiến pháp năm 1992; Hiến pháp năm 2013.") == [
        ("Hiến pháp năm 1992", ["Hiến pháp năm 1992"]),
        ("Hiến pháp năm 2013", ["Hiến pháp năm 2013"]),
    ]


def test_a_law_by_number_and_a_law_by_name_alone_are_not_joined() -> None:
    """Nothing says 'Luật số 24/2018/QH14' is 'Luật An ninh mạng': two documents."""
    assert groups("Luật số 24/2018/QH14; Luật An ninh mạng.") == [
        ("Luật số 24/2018/QH14 của Quốc hội khóa XIV", ["Luật số 24/2018/QH14"]),
        ("Luật An ninh mạng", ["Luật An ninh mạng"]),
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Luật Đất đai số 45/2013/QH13; Luật Xây dựng số 45/2013/QH13.",
            "Luật Đất đai số 45/2013/QH13",
            "Luật Xây dựng số 45/2013/QH13",
        ),
        (
            "Luật Đất đai số 45/2013/QH13; Luật Đất đai số 46/2013/QH13.",
            "Luật Đất đai số 45/2013/QH13",
            "Luật Đất đai số 46/2013/QH13",
        ),
    ],
)
def test_one_stated_difference_keeps_two_laws_apart(text: str, first: str, second: str) -> None:
    """The same number under two names, or one name with two numbers: two documents."""
    assert groups(text) == [
        (f"{first} của Quốc hội khóa XIII", [first]),
        (f"{second} của Quốc hội khóa XIII", [second]),
    ]


def test_alias_after_a_mention_that_joined_a_document_names_that_document() -> None:
    """The second mention joins the first; the alias after it, and its later use, follow."""
    text = (
        "Quyết định số 06/QĐ-TTg; Quyết định số 06/QĐ-TTg ngày 06/01/2022 "
        "(sau đây gọi tắt là Đề án 06); Đề án 06."
    )
    assert groups(text) == [
        (
            "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ",
            [
                "Quyết định số 06/QĐ-TTg",
                "Quyết định số 06/QĐ-TTg ngày 06/01/2022",
                "Đề án 06",
                "Đề án 06",
            ],
        )
    ]


def test_a_mention_contradicting_the_merged_document_is_another_document() -> None:
    """'Luật Giao dịch điện tử' became the 2023 law; the 2005 law named after is not it (it
    once joined through the first mention, which states no year)."""
    text = (
        "Luật Giao dịch điện tử; Luật Giao dịch điện tử năm 2023; Luật Giao dịch điện tử năm 2005."
    )
    assert groups(text) == [
        (
            "Luật Giao dịch điện tử năm 2023",
            ["Luật Giao dịch điện tử", "Luật Giao dịch điện tử năm 2023"],
        ),
        ("Luật Giao dịch điện tử năm 2005", ["Luật Giao dịch điện tử năm 2005"]),
    ]
