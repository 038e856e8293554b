"""directive_report.citations.resolve: mentions of one document grouped, short forms resolved."""

from __future__ import annotations

import datetime as dt

from directive_report import citations


def groups(text: str) -> list[tuple[str, list[str]]]:
    """(canonical wording, [mentions' words]) for each document, in order of first mention."""
    return [
        (d.citation.format(), [m.text for m in d.mentions])
        for d in citations.resolve(citations.extract(text))
    ]


def test_short_forms_join_the_full_citation() -> None:
    """'Chỉ thị 21' and 'Chỉ thị số 21/CT-TTg' are the directive cited in full."""
    text = (
        "Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ; "
        "kết quả thực hiện Chỉ thị 21 và Chỉ thị số 21/CT-TTg."
    )
    assert groups(text) == [
        (
            "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
            [
                "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
                "Chỉ thị 21",
                "Chỉ thị số 21/CT-TTg",
            ],
        )
    ]


def test_forward_reference() -> None:
    """A short form before the full citation is resolved too."""
    text = "Triển khai Chỉ thị số 05 năm 2023. Thực hiện Chỉ thị số 05/CT-TTg ngày 23/02/2023."
    ((wording, mentions),) = groups(text)
    assert wording == "Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ"
    assert mentions == ["Chỉ thị số 05 năm 2023", "Chỉ thị số 05/CT-TTg ngày 23/02/2023"]


def test_alias_binds_to_the_citation_before_it() -> None:
    """'(gọi tắt là Đề án 06)' names the decision it follows, and later mentions follow."""
    text = (
        "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ (sau đây gọi tắt là "
        "Đề án 06); kết quả Đề án 06; Quyết định 06."
    )
    ((wording, mentions),) = groups(text)
    assert wording == "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ"
    assert mentions == [
        "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ",
        "Đề án 06",
        "Đề án 06",
        "Quyết định 06",
    ]


def test_ambiguous_short_form_is_left_out() -> None:
    """'Luật Giao dịch điện tử' with both the 2005 and the 2023 law cited is not guessed."""
    text = (
        "Luật Giao dịch điện tử năm 2023 thay thế Luật Giao dịch điện tử năm 2005; "
        "theo Luật Giao dịch điện tử."
    )
    result = citations.resolve(citations.extract(text))
    assert [d.citation.format() for d in result] == [
        "Luật Giao dịch điện tử năm 2023",
        "Luật Giao dịch điện tử năm 2005",
    ]
    assert sum(len(d.mentions) for d in result) == 2  # the third mention is in no group


def test_same_number_different_dates_are_different_documents() -> None:
    """Administrative numbers restart every year."""
    text = "Chỉ thị số 12/CT-TTg ngày 25/4/2019; Chỉ thị số 12/CT-TTg ngày 03/5/2024."
    assert len(citations.resolve(citations.extract(text))) == 2


def test_merged_citation_prefers_written_facts() -> None:
    """The document gathers the date and the written issuer from its mentions."""
    text = (
        "theo Nghị định số 15/2020/NĐ-CP; Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ"
    )
    (document,) = citations.resolve(citations.extract(text))
    assert document.citation.date == dt.date(2020, 2, 3)
    assert (document.citation.issuer, document.citation.issuer_inferred) == ("Chính phủ", False)
    assert document.citation.pinpoint is None


def test_pinpoints_cite_the_same_document() -> None:
    """Different provisions of one decree are mentions of that decree."""
    text = (
        "điểm a khoản 5 Điều 102 Nghị định số 15/2020/NĐ-CP và khoản 3 Điều 4 của "
        "Nghị định số 15/2020/NĐ-CP"
    )
    ((wording, mentions),) = groups(text)
    assert wording == "Nghị định số 15/2020/NĐ-CP của Chính phủ"
    assert len(mentions) == 2


def test_law_by_name_and_by_number() -> None:
    """A mention giving both name and number joins the name-only mentions."""
    text = "Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018; các quy định của Luật An ninh mạng."
    ((wording, mentions),) = groups(text)
    assert wording == "Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018 của Quốc hội khóa XIV"
    assert mentions == ["Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018", "Luật An ninh mạng"]


def test_empty() -> None:
    """Nothing cited, nothing resolved."""
    assert citations.resolve([]) == []
