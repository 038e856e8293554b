"""Joint issuers written after "giữa" (the parties of a joint document), and a title joined
to its office by a comma ("của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"); a doubled
"ngày" before a date."""

from __future__ import annotations

import pytest

from directive_report import citations


def _spans(text: str) -> list[str]:
    return [text[c.start : c.end] for c in citations.extract(text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Bãi bỏ Thông tư liên tịch số 05/2012/TTLT-BYT-BTC ngày 03/5/2012 giữa Bộ trưởng "
            "Bộ Y tế và Bộ trưởng Bộ Tài chính hướng dẫn việc cấp phát.",
            "Thông tư liên tịch số 05/2012/TTLT-BYT-BTC ngày 03/5/2012 giữa Bộ trưởng Bộ Y tế "
            "và Bộ trưởng Bộ Tài chính",
        ),
        (
            "Theo Thông tư liên tịch số 11/2014/TTLT-BCA-BQP ngày 12/3/2014 giữa Bộ Công an - "
            "Bộ Quốc phòng, các đơn vị phối hợp.",
            "Thông tư liên tịch số 11/2014/TTLT-BCA-BQP ngày 12/3/2014 giữa Bộ Công an - "
            "Bộ Quốc phòng",
        ),
    ],
)
def test_joint_issuers_after_giua(text: str, span: str) -> None:
    assert span in _spans(text)


def test_giua_without_two_parties_is_not_an_issuer() -> None:
    text = "Quyết định số 12/QĐ-UBND ngày 03/5/2012 giữa Hội nghị, các đại biểu thống nhất."
    assert _spans(text) == ["Quyết định số 12/QĐ-UBND ngày 03/5/2012"]


def test_giua_issuer_is_recorded() -> None:
    text = "Thông tư liên tịch số 05/2012/TTLT-BYT-BTC ngày 03/5/2012 giữa Bộ Y tế và Bộ Tài chính."
    (found,) = citations.extract(text)
    assert found.citation.issuer == "Bộ Y tế và Bộ Tài chính"


# A minister heading an office of ministerial rank: his title, a comma, the office's head.
_TITLE_AND_OFFICE = {
    "Văn phòng Chính phủ": "Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ "
    "nhiệm Văn phòng Chính phủ hướng dẫn nghiệp vụ.",
    "Ủy ban Dân tộc": "Căn cứ Quyết định số 15/QĐ-UBDT ngày 10/01/2020 của Bộ trưởng, Chủ "
    "nhiệm Ủy ban Dân tộc về việc ban hành quy chế.",
}


@pytest.mark.parametrize("office", sorted(_TITLE_AND_OFFICE))
def test_a_title_joined_to_its_office_by_a_comma(office: str) -> None:
    (found,) = citations.extract(_TITLE_AND_OFFICE[office])
    assert found.citation.issuer == f"Bộ trưởng, Chủ nhiệm {office}"
    assert found.text.endswith(office)


def test_a_title_with_its_office_then_a_comma_is_not_joined() -> None:
    text = (
        "Quyết định số 15/QĐ-BTC ngày 10/01/2020 của Bộ trưởng Bộ Tài chính, Chủ tịch Ủy ban "
        "nhân dân các tỉnh thực hiện."
    )
    (found,) = citations.extract(text)
    assert found.citation.issuer == "Bộ trưởng Bộ Tài chính"


def test_a_doubled_ngay_before_the_date() -> None:
    text = "Theo Điều 171, Luật Thương mại số 36/2005/QH11 ngày ngày 14/6/2005 thì thương nhân."
    (found,) = citations.extract(text)
    assert found.text == "Điều 171, Luật Thương mại số 36/2005/QH11 ngày ngày 14/6/2005"
    assert str(found.citation.date) == "2005-06-14"
