"""Heads of citations real text writes otherwise (issue 15, eighth round): a short form in
parentheses after the citation it shortens, an issuer written between the type word and "số".
Hand-checked cases written for the project (unit tests, not the measure), traps next to each."""

from __future__ import annotations

import pytest

from _citations_read import Row, read_rows
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short form in parentheses right after the citation it shortens, of any type
        (
            "thực hiện Quy định số 105-QĐ/TW (Quy định 105) của Bộ Chính trị về",
            [
                ("Quy định số 105-QĐ/TW", "Quy định", "QĐ/TW", None, None, None),
                ("Quy định 105", "Quy định", "105", None, None, None),
            ],
        ),
        (
            "Hướng dẫn số 26-HD/BTCTW ngày 18/12/2019 của Ban Tổ chức Trung ương (Hướng dẫn 26)",
            [
                (
                    "Hướng dẫn số 26-HD/BTCTW ngày 18/12/2019 của Ban Tổ chức Trung ương",
                    "Hướng dẫn",
                    "HD/BTCTW",
                    None,
                    "Ban Tổ chức Trung ương",
                    None,
                ),
                ("Hướng dẫn 26", "Hướng dẫn", "26", None, None, None),
            ],
        ),
        # not another number, nor one not in parentheses, nor after another type
        (
            "Quy định số 105-QĐ/TW (Quy định 106)",
            [("Quy định số 105-QĐ/TW", "Quy định", "QĐ/TW", None, None, None)],
        ),
        (
            "Quy định số 105-QĐ/TW, Quy định 105 nói",
            [("Quy định số 105-QĐ/TW", "Quy định", "QĐ/TW", None, None, None)],
        ),
        (
            "Kết luận số 105-KL/TW (Quy định 105)",
            [("Kết luận số 105-KL/TW", "Kết luận", "KL/TW", None, None, None)],
        ),
        # a count in parentheses is no short form
        (
            "Báo cáo số 12/BC-UBND (Báo cáo 6 tháng)",
            [("Báo cáo số 12/BC-UBND", "Báo cáo", "BC-UBND", None, None, None)],
        ),
    ],
)
def test_a_short_form_in_parentheses(text: str, expected: list[Row]) -> None:
    """A short form right after its citation is a citation of its own (the corpus's decision)."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the issuers between a joint document's type and "số", no "của"
        (
            "Căn cứ Thông tư liên tịch Bộ Tài chính - Bộ Y tế số 01/2008/TTLT-BTC-BYT ngày "
            "05/01/2008 hướng dẫn",
            [
                (
                    "Thông tư liên tịch Bộ Tài chính - Bộ Y tế số 01/2008/TTLT-BTC-BYT ngày "
                    "05/01/2008",
                    "Thông tư liên tịch",
                    "TTLT-BTC-BYT",
                    2008,
                    "Bộ Tài chính - Bộ Y tế",
                    None,
                )
            ],
        ),
        # a province's committee
        (
            "theo Quyết định UBND tỉnh số 123/QĐ-UBND ngày 05/01/2018 về",
            [
                (
                    "Quyết định UBND tỉnh số 123/QĐ-UBND ngày 05/01/2018",
                    "Quyết định",
                    "QĐ-UBND",
                    None,
                    "UBND tỉnh",
                    None,
                )
            ],
        ),
        # only when the ký hiệu names the type, and "số" follows the issuer directly
        (
            "theo Quyết định UBND tỉnh số 123/KH-UBND ngày 05/01/2018 về",
            [],
        ),
        ("Quyết định UBND tỉnh giao, số 123/QĐ-UBND", []),
        # a header's "Số:" in capitals is no such citation
        ("QUYẾT ĐỊNH\nỦY BAN NHÂN DÂN TỈNH\nSố: 123/QĐ-UBND", []),
    ],
)
def test_an_issuer_before_the_number(text: str, expected: list[Row]) -> None:
    """An issuer written between the type word and "số" is the issuer (the corpus's
    decision), when the ký hiệu names the type."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Quyết định số 12/QĐ-UBND ngày 05/01/2020 của UBND tỉnh Quảng Trị Tặng bằng khen cho",
            "UBND tỉnh Quảng Trị",
        ),
        (
            "Kế hoạch số 12/KH-UBND của UBND tỉnh Bắc Giang Tăng cường công tác",
            "UBND tỉnh Bắc Giang",
        ),
        ("Chỉ thị số 05/CT-UBND của Chủ tịch UBND tỉnh Nâng cao hiệu quả", "Chủ tịch UBND tỉnh"),
        ("Quyết định số 15/QĐ-UBND của UBND huyện Kỳ Anh Thu hồi đất", "UBND huyện Kỳ Anh"),
        ("Quyết định số 16/QĐ-UBND của UBND tỉnh Giải thể Trường", "UBND tỉnh"),
        # a place's name goes on
        ("Quyết định số 17/QĐ-UBND của UBND huyện Phú Tân về", "UBND huyện Phú Tân"),
    ],
)
def test_a_trich_yeu_opened_by_a_verb(text: str, issuer: str) -> None:
    """A trích yếu written with a capital after the issuer ends it when its first words are a
    verb's that no body's name holds ("Tặng bằng khen", "Tăng cường", "Thu hồi")."""
    (found,) = citations.extract(text)
    assert found.citation.issuer == issuer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a type word followed by a phrase of the sentence, a number without ký hiệu after it:
        # the number is another thing's (a criterion, a table)
        ("các xã báo cáo theo Tiêu chí số 4 của Bộ tiêu chí đánh giá", []),
        ("Kế hoạch tại Biểu số 2 của Sở Y tế", []),
        ("đơn vị báo cáo cho Đoàn kiểm tra số 3 của tỉnh", []),
        # words qualifying the type still are read
        (
            "Chương trình hành động số 15 của Thành ủy",
            [
                (
                    "Chương trình hành động số 15 của Thành ủy",
                    "Chương trình",
                    "15",
                    None,
                    "Thành ủy",
                    None,
                )
            ],
        ),
        # and a ký hiệu naming the type reads it whatever stands before "số"
        (
            "Báo cáo theo mẫu số 12/BC-UBND",
            [("Báo cáo theo mẫu số 12/BC-UBND", "Báo cáo", "BC-UBND", None, None, None)],
        ),
    ],
)
def test_a_phrase_before_a_number(text: str, expected: list[Row]) -> None:
    """Words opened by "theo", "tại", "cho", "với", "trong" between a type word and a number
    without ký hiệu make no citation."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "tiết" (a điểm's division) before a chain: a provision the record cannot hold, so
        # the pinpoint is left out and the document still read
        (
            "theo tiết a.1 điểm a khoản 2 Điều 3 Thông tư số 12/2020/TT-BTC",
            [("Thông tư số 12/2020/TT-BTC", "Thông tư", "TT-BTC", 2020, "Bộ Tài chính", None)],
        ),
        (
            "tại tiết b điểm 1 khoản 2 Điều 3 Nghị định số 15/2020/NĐ-CP",
            [("Nghị định số 15/2020/NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None)],
        ),
        # "chi tiết" is no provision
        (
            "hướng dẫn chi tiết khoản 2 Điều 3 Nghị định số 15/2020/NĐ-CP",
            [
                (
                    "khoản 2 Điều 3 Nghị định số 15/2020/NĐ-CP",
                    "Nghị định",
                    "NĐ-CP",
                    2020,
                    "Chính phủ",
                    "khoản 2 Điều 3",
                )
            ],
        ),
    ],
)
def test_a_tiet_before_a_pinpoint(text: str, expected: list[Row]) -> None:
    """A pinpoint chained after a "tiết" is one the record cannot hold: left out of the span."""
    assert read_rows(text) == expected
