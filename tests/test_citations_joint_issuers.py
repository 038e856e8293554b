"""Joint issuers written after "giữa" (the parties of a joint document), and a title joined
to its office by a comma ("của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")."""

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
