"""How the words around a citation's head are read: the date and the year after the number, a
pinpoint before the type, the grammar's words in capitals or without diacritics, laws by name —
the behaviours mutation testing (``nox -s mutate -- citations/reading``) found no test looking
at (the issuer: ``tests/test_citations_reading_behaviours.py``).

Every expected value is written by hand from the citation grammar (docs/citations.md): the
cited words (``found.text``) and the canonical wording NĐ 30/2020 Phụ lục I prescribes
(``format()``), or the field a case is about.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _citations_read import read_citations as _read
from directive_report import citations
from directive_report.citations._patterns import modern_tones, word_set

# -- the date and the year after the number ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the issuer before the date
        (
            "Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ ngày 25/5/2020 về việc",
            [
                (
                    "Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ ngày 25/5/2020",
                    "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
                )
            ],
        ),
        # a comma before the date, with or without a space after it
        (
            "Theo đó, Quyết định số 12/QĐ-UBND, ngày 5/3/2021 của Ủy ban nhân dân tỉnh, về việc",
            [
                (
                    "Quyết định số 12/QĐ-UBND, ngày 5/3/2021 của Ủy ban nhân dân tỉnh",
                    "Quyết định số 12/QĐ-UBND ngày 05/3/2021 của Ủy ban nhân dân tỉnh",
                )
            ],
        ),
        (
            "Quyết định số 12/QĐ-UBND,ngày 5/3/2021",
            [("Quyết định số 12/QĐ-UBND,ngày 5/3/2021", "Quyết định số 12/QĐ-UBND ngày 05/3/2021")],
        ),
        # a second date after the issuer belongs to the sentence
        (
            "Thực hiện Kế hoạch số 5/KH-UBND ngày 05/3/2021 của UBND tỉnh, ngày 10/3/2021 Sở Y "
            "tế đã ban hành",
            [
                (
                    "Kế hoạch số 5/KH-UBND ngày 05/3/2021 của UBND tỉnh",
                    "Kế hoạch số 05/KH-UBND ngày 05/3/2021 của UBND tỉnh",
                )
            ],
        ),
        # the date's words without diacritics
        (
            "Chi thi so 21/CT-TTg ngay 25 thang 5 nam 2020",
            [
                (
                    "Chi thi so 21/CT-TTg ngay 25 thang 5 nam 2020",
                    "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
                )
            ],
        ),
        # "năm 2021" after a number without a year is its year
        (
            "Quyết định 1447/QĐ-TCT năm 2021 về việc",
            [("Quyết định 1447/QĐ-TCT năm 2021", "Quyết định số 1447/QĐ-TCT năm 2021")],
        ),
        (
            "QUYẾT ĐỊNH 1447/QĐ-TCT NĂM 2021",
            [("QUYẾT ĐỊNH 1447/QĐ-TCT NĂM 2021", "Quyết định số 1447/QĐ-TCT năm 2021")],
        ),
        # the bounds of the years the model takes: 1945 to 2099
        (
            "Quyết định 1447/QĐ-TCT năm 1944",
            [("Quyết định 1447/QĐ-TCT", "Quyết định số 1447/QĐ-TCT")],
        ),
        (
            "Quyết định 1447/QĐ-TCT năm 1945",
            [("Quyết định 1447/QĐ-TCT năm 1945", "Quyết định số 1447/QĐ-TCT năm 1945")],
        ),
        (
            "Quyết định 1447/QĐ-TCT năm 2099",
            [("Quyết định 1447/QĐ-TCT năm 2099", "Quyết định số 1447/QĐ-TCT năm 2099")],
        ),
        (
            "Quyết định 1447/QĐ-TCT năm 2100",
            [("Quyết định 1447/QĐ-TCT", "Quyết định số 1447/QĐ-TCT")],
        ),
        ("Nghị định số 15/1944/NĐ-CP", []),
        (
            "Nghị định số 15/1945/NĐ-CP",
            [("Nghị định số 15/1945/NĐ-CP", "Nghị định số 15/1945/NĐ-CP của Chính phủ")],
        ),
        (
            "Nghị định số 15/2099/NĐ-CP",
            [("Nghị định số 15/2099/NĐ-CP", "Nghị định số 15/2099/NĐ-CP của Chính phủ")],
        ),
        ("Nghị định số 15/2100/NĐ-CP", []),
        ("Nghị định 15/1944; Nghị định 15/2100", []),
        ("Nghị định 15/1945", [("Nghị định 15/1945", "Nghị định số 15/1945")]),
        # an invalid date is not read
        (
            "Quyết định số 12/QĐ-UBND ngày 31/02/2020 của UBND tỉnh",
            [("Quyết định số 12/QĐ-UBND", "Quyết định số 12/QĐ-UBND")],
        ),
    ],
)
def test_the_date_and_the_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


def test_a_date_is_a_date() -> None:
    (found,) = citations.extract("Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ ngày 25/5/2020")
    assert found.citation.date == dt.date(2020, 5, 25)


# -- a pinpoint before the type ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a range and another article's khoản: no pinpoint holds both, none is read
            "từ Điều 5 đến Điều 10 và khoản 2 Điều 11 Nghị định số 15/2020/NĐ-CP",
            [("Nghị định số 15/2020/NĐ-CP", "Nghị định số 15/2020/NĐ-CP của Chính phủ")],
        ),
        (
            "TỪ ĐIỀU 5 ĐẾN ĐIỀU 10 NGHỊ ĐỊNH SỐ 15/2020/NĐ-CP",
            [
                (
                    "TỪ ĐIỀU 5 ĐẾN ĐIỀU 10 NGHỊ ĐỊNH SỐ 15/2020/NĐ-CP",
                    "từ Điều 5 đến Điều 10 Nghị định số 15/2020/NĐ-CP của Chính phủ",
                )
            ],
        ),
        (
            "ĐIỀU 5 CỦA NGHỊ ĐỊNH SỐ 15/2020/NĐ-CP",
            [
                (
                    "ĐIỀU 5 CỦA NGHỊ ĐỊNH SỐ 15/2020/NĐ-CP",
                    "Điều 5 Nghị định số 15/2020/NĐ-CP của Chính phủ",
                )
            ],
        ),
        (
            "Phụ lục II Nghị định số 30/2020/NĐ-CP",
            [
                (
                    "Phụ lục II Nghị định số 30/2020/NĐ-CP",
                    "Phụ lục II Nghị định số 30/2020/NĐ-CP của Chính phủ",
                )
            ],
        ),
        # after the document, with a comma, unless it is the next document's
        (
            "NGHỊ ĐỊNH SỐ 15/2020/NĐ-CP, ĐIỀU 5.",
            [
                (
                    "NGHỊ ĐỊNH SỐ 15/2020/NĐ-CP, ĐIỀU 5",
                    "Điều 5 Nghị định số 15/2020/NĐ-CP của Chính phủ",
                )
            ],
        ),
        (
            "theo Nghị định số 15/2020/NĐ-CP, Điều 5 Luật An ninh mạng",
            [
                ("Nghị định số 15/2020/NĐ-CP", "Nghị định số 15/2020/NĐ-CP của Chính phủ"),
                ("Điều 5 Luật An ninh mạng", "Điều 5 Luật An ninh mạng"),
            ],
        ),
    ],
)
def test_pinpoints(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


# -- the grammar's words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "số:" with or without spaces around the colon
        ("theo Công văn số:125/UBND-VP", [("Công văn số:125/UBND-VP", "Công văn số 125/UBND-VP")]),
        (
            "theo Công văn số : 125/UBND-VP",
            [("Công văn số : 125/UBND-VP", "Công văn số 125/UBND-VP")],
        ),
        # at the start of a line, a header: the text's own number
        ("Công văn số:125/UBND-VP", []),
        ("SỐ: 14/2007/QĐ-UBND", []),
        ("SỐ HIỆU: 14/2007/QĐ-UBND", []),
        # the type in capitals, a type of one word, a type read backwards from its number
        (
            "THÔNG BÁO KẾT LUẬN SỐ 45/TB-VPCP",
            [
                (
                    "THÔNG BÁO KẾT LUẬN SỐ 45/TB-VPCP",
                    "Thông báo số 45/TB-VPCP của Văn phòng Chính phủ",
                )
            ],
        ),
        (
            "Lệnh số 05/2024/L-CTN của Chủ tịch nước",
            [
                (
                    "Lệnh số 05/2024/L-CTN của Chủ tịch nước",
                    "Lệnh số 05/2024/L-CTN của Chủ tịch nước",
                )
            ],
        ),
        (
            "Kết luận Thanh tra số 1452/KL-TTCP",
            [
                (
                    "Kết luận Thanh tra số 1452/KL-TTCP",
                    "Kết luận số 1452/KL-TTCP của Thanh tra Chính phủ",
                )
            ],
        ),
        (
            "De an so 06/ĐA-UBND",
            [("De an so 06/ĐA-UBND", "Đề án số 06/ĐA-UBND")],
        ),
        ("Xe an so 06/ĐA-UBND", []),  # another letter is not a lost diacritic
        # a type that ends another one: the longer type is read (in lower case, the law's
        # pattern leaves it to the numbered head's)
        (
            "theo bộ luật số 45/2019/QH14 và",
            [("bộ luật số 45/2019/QH14", "Bộ luật số 45/2019/QH14 của Quốc hội khóa XIV")],
        ),
        (
            "theo pháp lệnh số 02/2021/UBTVQH15 và",
            [
                (
                    "pháp lệnh số 02/2021/UBTVQH15",
                    "Pháp lệnh số 02/2021/UBTVQH15 của Ủy ban Thường vụ Quốc hội khóa XV",
                )
            ],
        ),
        (
            "Bộ luật số 45/2019/QH14",
            [("Bộ luật số 45/2019/QH14", "Bộ luật số 45/2019/QH14 của Quốc hội khóa XIV")],
        ),
        # a list of numbers sharing the type, in capitals
        (
            "NGHỊ ĐỊNH SỐ 132/2008/NĐ-CP VÀ SỐ 67/2009/NĐ-CP",
            [
                ("NGHỊ ĐỊNH SỐ 132/2008/NĐ-CP", "Nghị định số 132/2008/NĐ-CP của Chính phủ"),
                ("SỐ 67/2009/NĐ-CP", "Nghị định số 67/2009/NĐ-CP của Chính phủ"),
            ],
        ),
        # an alias, its words with a capital
        (
            "Quyết định số 06/QĐ-TTg (Gọi tắt là Đề án 06)",
            [
                ("Quyết định số 06/QĐ-TTg", "Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ"),
                ("Đề án 06", "Đề án số 06"),
            ],
        ),
        # issuers a ký hiệu names: none for a joint resolution, none for a type alone
        (
            "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN",
            [
                (
                    "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN",
                    "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN",
                )
            ],
        ),
        ("Quyết định số 123/QĐ", [("Quyết định số 123/QĐ", "Quyết định số 123/QĐ")]),
    ],
)
def test_the_grammar_s_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


def test_an_alias_with_a_capital_is_an_alias() -> None:
    _, alias = citations.extract("Quyết định số 06/QĐ-TTg (Gọi tắt là Đề án 06)")
    assert alias.alias


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # laws: an ordinance by name, a name glued, amendments in capitals, not after a comma
        (
            "Pháp lệnh Xử lý vi phạm hành chính năm 2002",
            [
                (
                    "Pháp lệnh Xử lý vi phạm hành chính năm 2002",
                    "Pháp lệnh Xử lý vi phạm hành chính năm 2002",
                )
            ],
        ),
        (
            "Luật Tổ chức chính quyềnđịa phương năm 2015",
            [
                (
                    "Luật Tổ chức chính quyềnđịa phương năm 2015",
                    "Luật Tổ chức chính quyền địa phương năm 2015",
                )
            ],
        ),
        (
            "BỘ LUẬT HÌNH SỰ NĂM 2015 (SỬA ĐỔI, BỔ SUNG NĂM 2017)",
            [
                (
                    "BỘ LUẬT HÌNH SỰ NĂM 2015 (SỬA ĐỔI, BỔ SUNG NĂM 2017)",
                    "Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)",
                )
            ],
        ),
        # a note without parentheses is not the law's (the real corpus's decision)
        (
            "Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm 2017 và",
            [("Bộ luật Hình sự năm 2015", "Bộ luật Hình sự năm 2015")],
        ),
        (
            "LUẬT AN NINH MẠNG SỐ 24/2018/QH14",
            [
                (
                    "LUẬT AN NINH MẠNG SỐ 24/2018/QH14",
                    "Luật An ninh mạng số 24/2018/QH14 của Quốc hội khóa XIV",
                )
            ],
        ),
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
            "quyền địa phương ngày 22 tháng 11 năm 2019",
            [
                (
                    "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                    "chính quyền địa phương ngày 22 tháng 11 năm 2019",
                    "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                    "chính quyền địa phương ngày 22/11/2019",
                )
            ],
        ),
        # several amending laws, none named; the text's own title in capitals
        (
            "Các Luật sửa đổi, bổ sung một số điều của Luật Đất đai",
            [("Luật Đất đai", "Luật Đất đai")],
        ),
        ("Quốc Hội ban hành Luật An ninh mạng.", []),
    ],
)
def test_laws(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


def test_a_subject_in_capitals_over_two_lines() -> None:
    citation = citations.parse("Chỉ thị số 21/CT-TTg VỀ VIỆC TĂNG CƯỜNG\nPHÒNG, CHỐNG DỊCH")
    assert citation.subject == "VIỆC TĂNG CƯỜNG PHÒNG, CHỐNG DỊCH"


@pytest.mark.parametrize(
    ("written", "modern"),
    [
        ("hoà bình", "hòa bình"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("Hoà Bình", "Hòa Bình"),
        ("Uỷ ban", "Ủy ban"),
        ("thuỷ lợi", "thủy lợi"),
        ("khoẻ", "khỏe"),
        ("hòa", "hòa"),
    ],
)
def test_modern_tones(written: str, modern: str) -> None:
    assert modern_tones(written) == modern


def test_word_set() -> None:
    assert word_set(" về  đã\nđược ") == frozenset({"về", "đã", "được"})
