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
        # not another number, nor after another type; not in parentheses it is still the short
        # form of the document the text cites with its ký hiệu (round 10: "Quy định 22" in a
        # title before "Quy định số 22-QĐ/TW")
        (
            "Quy định số 105-QĐ/TW (Quy định 106)",
            [("Quy định số 105-QĐ/TW", "Quy định", "QĐ/TW", None, None, None)],
        ),
        (
            "Quy định số 105-QĐ/TW, Quy định 105 nói",
            [
                ("Quy định số 105-QĐ/TW", "Quy định", "QĐ/TW", None, None, None),
                ("Quy định 105", "Quy định", "105", None, None, None),
            ],
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
        (
            "Quyết định số 19/QĐ-UBND của Chủ tịch UBND tỉnh Nam Định Công bố danh mục",
            "Chủ tịch UBND tỉnh Nam Định",
        ),
        ("Quyết định số 20/QĐ-UBND của UBND thành phố Điều động cán bộ", "UBND thành phố"),
        # a place's name goes on; a known name holding such words too
        ("Quyết định số 17/QĐ-UBND của UBND huyện Phú Tân về", "UBND huyện Phú Tân"),
        ("Quyết định số 21/QĐ-BCĐ của Ban Chỉ đạo tỉnh về", "Ban Chỉ đạo tỉnh"),
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
        # an issuer ends at a line's end before a new sentence's stop word with a capital
        (
            "theo Kết luận số 127-KL/TW của Bộ Chính trị\nĐể bảo đảm công tác văn thư",
            [
                (
                    "Kết luận số 127-KL/TW của Bộ Chính trị",
                    "Kết luận",
                    "KL/TW",
                    None,
                    "Bộ Chính trị",
                    None,
                )
            ],
        ),
        (
            "Triển khai Nghị quyết số 162/NQ-HĐND ngày 07/12/2020 của Hội đồng nhân dân tỉnh\n"
            "Ngày cập nhật 22/12/2020",
            [
                (
                    "Nghị quyết số 162/NQ-HĐND ngày 07/12/2020 của Hội đồng nhân dân tỉnh",
                    "Nghị quyết",
                    "NQ-HĐND",
                    None,
                    "Hội đồng nhân dân tỉnh",
                    None,
                )
            ],
        ),
        # a line break inside a name goes on
        (
            "Kế hoạch số 12/KH-UBND của Ủy ban nhân dân\nhuyện Lục Nam về",
            [
                (
                    "Kế hoạch số 12/KH-UBND của Ủy ban nhân dân\nhuyện Lục Nam",
                    "Kế hoạch",
                    "KH-UBND",
                    None,
                    "Ủy ban nhân dân huyện Lục Nam",
                    None,
                )
            ],
        ),
        # a title's words joined by a comma between the type and "số", the ký hiệu naming the type
        (
            "tại Báo cáo giải trình, tiếp thu ý kiến thẩm định số 64/BC-BXD ngày 23/5/2025",
            [
                (
                    "Báo cáo giải trình, tiếp thu ý kiến thẩm định số 64/BC-BXD ngày 23/5/2025",
                    "Báo cáo",
                    "BC-BXD",
                    None,
                    "Bộ Xây dựng",
                    None,
                )
            ],
        ),
        # not a clause's comma before another thing's number
        ("các đơn vị báo cáo, tổng hợp số 12 của tỉnh", []),
        # a file name's underscores for the slashes, a type's abbreviation after them
        (
            "Triển khai Quyết định 505_QĐ-TTg về Ngày Chuyển đổi số",
            [("Quyết định 505_QĐ-TTg", "Quyết định", "QĐ-TTg", None, "Thủ tướng Chính phủ", None)],
        ),
        (
            "Nghị định 15_2020_NĐ-CP về xử phạt",
            [("Nghị định 15_2020_NĐ-CP", "Nghị định", "NĐ-CP", 2020, "Chính phủ", None)],
        ),
        ("tệp bao_cao_2020_final.docx và file 12_ABC-X", []),
    ],
)
def test_line_ends_commas_and_underscores(text: str, expected: list[Row]) -> None:
    """A new line's sentence ends an issuer; a comma in a confirmed title; underscores."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a council's committee named with a dash, across a line break
        (
            "Báo cáo thẩm tra số 503/BC-HĐND ngày 02/12/2016 của Ban Kinh tế\n- Ngân sách Hội đồng "
            "nhân dân tỉnh; ý kiến",
            "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh",
        ),
        (
            "Báo cáo số 12/BC-HĐND của Ban Văn hóa - Xã hội HĐND tỉnh về",
            "Ban Văn hóa - Xã hội HĐND tỉnh",
        ),
        # "thông qua" after a place's word ends the issuer, as "ban hành" does
        ("Nghị quyết số 01/2025/NQ-HĐND ngày 20/01/2025 của HĐND tỉnh thông qua", "HĐND tỉnh"),
        # a list's item on the next line still is one
        (
            "Kế hoạch số 12/KH-UBND của UBND tỉnh\n- Kế hoạch số 13/KH-UBND của UBND huyện",
            "UBND tỉnh",
        ),
    ],
)
def test_committees_and_thong_qua(text: str, issuer: str) -> None:
    """A council's committees read whole; "thông qua" ends an issuer."""
    assert citations.extract(text)[0].citation.issuer == issuer
