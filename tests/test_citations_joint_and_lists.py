"""Joint documents' issuers, list heads with a colon, a công văn's ký hiệu naming a type, and
known names whose tone marks a font scrambled (issue 15, round 6): cases written for the
project (unit tests, not the measure), with the traps next to them."""

from __future__ import annotations

import pytest

from _citations_read import Row, read_rows
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a joint document's issuer names all its parties, known names or not
        (
            "Căn cứ Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17/4/2008 của "
            "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn thi hành",
            "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ),
        (
            "theo Nghị quyết liên tịch số 01/2020/NQLT-HĐND-MTTQ của Thường trực HĐND tỉnh và "
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về việc",
            "Thường trực HĐND tỉnh và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
        ),
        # ... even when a copy glued two words of the second
        (
            "Căn cứ Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN của Chính phủ và Ủy ban "
            "Trung ươngMặt trận Tổ quốc Việt Nam;",
            "Chính phủ và Ủy ban Trung ươngMặt trận Tổ quốc Việt Nam",
        ),
        # ... but another document's issuer ends before "và" and a body no table knows
        (
            "theo Kế hoạch số 12/KH-UBND của UBND huyện và Ủy ban MTTQ huyện đã triển khai",
            "UBND huyện",
        ),
    ],
)
def test_a_joint_documents_parties(text: str, issuer: str) -> None:
    [found] = citations.extract(text)
    assert found.citation.issuer == issuer
    assert found.text.endswith(issuer)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's head with a colon before "số", its items after ";" sharing the last's issuer
        (
            "Căn cứ các Quyết định: số 15/QĐ-UBND ngày 01/02/2020; số 16/QĐ-UBND ngày "
            "02/3/2020 của UBND tỉnh;",
            [
                (
                    "Quyết định: số 15/QĐ-UBND ngày 01/02/2020",
                    "Quyết định",
                    "QĐ-UBND",
                    None,
                    "UBND tỉnh",
                    None,
                ),
                (
                    "số 16/QĐ-UBND ngày 02/3/2020 của UBND tỉnh",
                    "Quyết định",
                    "QĐ-UBND",
                    None,
                    "UBND tỉnh",
                    None,
                ),
            ],
        ),
        # a list's head naming its issuer before "số", its numbers without a year
        (
            "Căn cứ các Quyết định của UBND tỉnh: số 15/QĐ-UBND ngày 01/02/2020; số "
            "16/QĐ-UBND ngày 02/3/2020;",
            [
                (
                    "Quyết định của UBND tỉnh: số 15/QĐ-UBND ngày 01/02/2020",
                    "Quyết định",
                    "QĐ-UBND",
                    None,
                    "UBND tỉnh",
                    None,
                ),
                ("số 16/QĐ-UBND ngày 02/3/2020", "Quyết định", "QĐ-UBND", None, "UBND tỉnh", None),
            ],
        ),
        # ... its year too, every item carrying the issuer its head writes
        (
            "các Nghị định của Chính phủ: số 163/2016/NĐ-CP ngày 21/12/2016; số "
            "60/2021/NĐ-CP ngày 21/6/2021;",
            [
                (
                    "Nghị định của Chính phủ: số 163/2016/NĐ-CP ngày 21/12/2016",
                    "Nghị định",
                    "NĐ-CP",
                    2016,
                    "Chính phủ",
                    None,
                ),
                ("số 60/2021/NĐ-CP ngày 21/6/2021", "Nghị định", "NĐ-CP", 2021, "Chính phủ", None),
            ],
        ),
        # ... not a header's "Số:" nor a ký hiệu naming another type
        ("QUYẾT ĐỊNH\nSố: 15/QĐ-UBND\n", []),
        ("các Quyết định của UBND tỉnh: số 15/KH-UBND", []),
    ],
)
def test_a_list_head_with_a_colon(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # a công văn's own ký hiệu names its issuer: one opening with a type's abbreviation is
        # that type's number, with or without a year
        ("theo Công văn số 297/TB-CTĐ ngày 15/6/2016 của Cụm thi đua", "Thông báo"),
        ("theo văn bản số 14/KH-SNV ngày 15/6/2016", "Kế hoạch"),
        ("theo công văn số 82/2005/QĐ-UBND", "Quyết định"),
        # ... but "TTr" is also an inspectorate's, "CT" a tax department's, "HĐ" a council's
        ("theo Công văn số 410/TTr-NV1 của Chánh Thanh tra", "Công văn"),
        ("theo Công văn số 1234/CT-TTHT của Cục Thuế", "Công văn"),
        ("theo Công văn số 12/HĐ-TĐKT của Hội đồng Thi đua", "Công văn"),
        ("theo Công văn số 45/UBND-NC", "Công văn"),
    ],
)
def test_a_cong_vans_symbol_naming_a_type(text: str, doc_type: str) -> None:
    [found] = citations.extract(text)
    assert found.citation.doc_type.name == doc_type


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a known name in capitals whose tone marks a font scrambled gets the name's case,
        # its letters as written
        ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BẠN BÍ THƯ VỀ", "Bộ Chính trị, Bạn Bí thư"),
        ("CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỈ VỀ", "Bộ Chính trỉ"),
        ("CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRI", "Bộ Chính tri"),
    ],
)
def test_a_scrambled_known_name_in_capitals(text: str, issuer: str) -> None:
    [found] = citations.extract(text)
    assert found.citation.issuer == issuer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "liên Bộ" in lower case before the ministries of a joint circular
        (
            "theo Thông tư liên tịch số 12/2008/TTLT-BGTVT-BNV ngày 05/12/2008 của liên Bộ Giao "
            "thông vận tải và Bộ Nội vụ hướng dẫn",
            [
                (
                    "Thông tư liên tịch số 12/2008/TTLT-BGTVT-BNV ngày 05/12/2008 của liên Bộ "
                    "Giao thông vận tải và Bộ Nội vụ",
                    "Thông tư liên tịch",
                    "TTLT-BGTVT-BNV",
                    2008,
                    "liên Bộ Giao thông vận tải và Bộ Nội vụ",
                    None,
                )
            ],
        ),
        # a Party ký hiệu with spaces around its slash
        (
            "thực hiện Kế hoạch số 51-KH / BTGTU và Nghị quyết số 15-NQ / TU ngày 5-5-2022",
            [
                ("Kế hoạch số 51-KH / BTGTU", "Kế hoạch", "KH/BTGTU", None, None, None),
                ("Nghị quyết số 15-NQ / TU ngày 5-5-2022", "Nghị quyết", "NQ/TU", None, None, None),
            ],
        ),
        # a dash between the number and its year
        (
            "Nghị quyết số 19-2017/NQ-CP ngày 06/2/2017 của Chính phủ",
            [
                (
                    "Nghị quyết số 19-2017/NQ-CP ngày 06/2/2017 của Chính phủ",
                    "Nghị quyết",
                    "NQ-CP",
                    2017,
                    "Chính phủ",
                    None,
                ),
            ],
        ),
        # words qualifying the type and a number without ký hiệu, its issuer after it
        (
            "theo Chương trình hành động số 15 của Thành ủy về",
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
        # a national body's field after "về", its chairman's title before it
        (
            "Quyết định số 24/QĐ-UBQGCĐS ngày 03/3/2022 của Chủ tịch Ủy ban Quốc gia về chuyển "
            "đổi số ban hành",
            [
                (
                    "Quyết định số 24/QĐ-UBQGCĐS ngày 03/3/2022 của Chủ tịch Ủy ban Quốc gia về "
                    "chuyển đổi số",
                    "Quyết định",
                    "QĐ-UBQGCĐS",
                    None,
                    "Chủ tịch Ủy ban Quốc gia về chuyển đổi số",
                    None,
                )
            ],
        ),
    ],
)
def test_batch_six_kinds(text: str, expected: list[Row]) -> None:
    assert read_rows(text) == expected
