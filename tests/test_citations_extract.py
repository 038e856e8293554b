"""directive_report.citations.extract on hand-written text: hand-checked tables and properties."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given

from directive_report import (
    DocumentNumber,
    citations,
    document_type,
)
from directive_report.testing import text

# --------------------------------------------------------------------------------------------
# Extraction: each case is written by hand, (cited words, canonical full wording) in order.

EXTRACT_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về tăng cường ...",
        [
            (
                "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
                "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
            )
        ],
    ),
    (
        "Quyết định số 1225/QĐ-BTTTT ngày 21/7/2020 của Bộ Thông tin và Truyền thông về Ban hành",
        [
            (
                "Quyết định số 1225/QĐ-BTTTT ngày 21/7/2020 của Bộ Thông tin và Truyền thông",
                "Quyết định số 1225/QĐ-BTTTT ngày 21/7/2020 của Bộ Thông tin và Truyền thông",
            )
        ],
    ),
    (
        "theo Kế hoạch số 2800/KH-UBND ngày 29/6/2020 của Chủ tịch UBND tỉnh Bắc Giang;",
        [
            (
                "Kế hoạch số 2800/KH-UBND ngày 29/6/2020 của Chủ tịch UBND tỉnh Bắc Giang",
                "Kế hoạch số 2800/KH-UBND ngày 29/6/2020 của Chủ tịch UBND tỉnh Bắc Giang",
            )
        ],
    ),
    (
        "Công văn số 1510/STTTT-TTBCXB ngày 16/11/2020 về tăng cường",
        [
            (
                "Công văn số 1510/STTTT-TTBCXB ngày 16/11/2020",
                "Công văn số 1510/STTTT-TTBCXB ngày 16/11/2020",
            )
        ],
    ),
    (
        "xử phạt theo Nghị định số 15/2020/NĐ-CP.",
        [("Nghị định số 15/2020/NĐ-CP", "Nghị định số 15/2020/NĐ-CP của Chính phủ")],
    ),
    (
        "tại Yêu cầu số 64/YC-CCTL ngày 24/4/2024 của cơ quan Điều tra hình sự khu vực 4 – Quân "
        "khu 1 về việc cung cấp",
        [
            (
                "Yêu cầu số 64/YC-CCTL ngày 24/4/2024 của cơ quan Điều tra hình sự khu vực 4 – "
                "Quân khu 1",
                "Yêu cầu số 64/YC-CCTL ngày 24/4/2024 của cơ quan Điều tra hình sự khu vực 4 – "
                "Quân khu 1",
            )
        ],
    ),
    (
        "Luật An ninh mạng năm 2018, Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017) và "
        "Luật số 24/2018/QH14.",
        [
            ("Luật An ninh mạng năm 2018", "Luật An ninh mạng năm 2018"),
            (
                "Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)",
                "Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)",
            ),
            ("Luật số 24/2018/QH14", "Luật số 24/2018/QH14 của Quốc hội khóa XIV"),
        ],
    ),
    (
        "quán triệt Nghị quyết số 12-NQ/TU của Tỉnh ủy",
        [("Nghị quyết số 12-NQ/TU của Tỉnh ủy", "Nghị quyết số 12-NQ/TU của Tỉnh ủy")],
    ),
    # pinpoints before or after, any case and punctuation
    (
        "theo quy định tại Điểm a, Khoản 5, Điều 102, Nghị định số 15/2020/NĐ-CP;",
        [
            (
                "Điểm a, Khoản 5, Điều 102, Nghị định số 15/2020/NĐ-CP",
                "điểm a khoản 5 Điều 102 Nghị định số 15/2020/NĐ-CP của Chính phủ",
            )
        ],
    ),
    (
        "khoản 1, 2 Điều 3 Thông tư số 22/2014/TT-BTTTT và Điều 6a Luật Viễn thông",
        [
            (
                "khoản 1, 2 Điều 3 Thông tư số 22/2014/TT-BTTTT",
                "khoản 1, 2 Điều 3 Thông tư số 22/2014/TT-BTTTT của Bộ Thông tin và Truyền thông",
            ),
            ("Điều 6a Luật Viễn thông", "Điều 6a Luật Viễn thông"),
        ],
    ),
    (
        "theo Nghị định số 15/2020/NĐ-CP, Điều 102;",
        [
            (
                "Nghị định số 15/2020/NĐ-CP, Điều 102",
                "Điều 102 Nghị định số 15/2020/NĐ-CP của Chính phủ",
            )
        ],
    ),
    # a level repeated after "và" adds values; the end of a range is no pinpoint of its own
    (
        "theo khoản 1 và khoản 2 Điều 8 Luật An ninh mạng năm 2018; Khoản 1 và khoản 3 Điều 8, "
        "Nghị định số 15/2020/NĐ-CP",
        [
            (
                "khoản 1 và khoản 2 Điều 8 Luật An ninh mạng năm 2018",
                "khoản 1, 2 Điều 8 Luật An ninh mạng năm 2018",
            ),
            (
                "Khoản 1 và khoản 3 Điều 8, Nghị định số 15/2020/NĐ-CP",
                "khoản 1, 3 Điều 8 Nghị định số 15/2020/NĐ-CP của Chính phủ",
            ),
        ],
    ),
    (
        "quy định từ Điều 5 đến Điều 10 Nghị định số 15/2020/NĐ-CP",
        [
            (
                "từ Điều 5 đến Điều 10 Nghị định số 15/2020/NĐ-CP",
                "từ Điều 5 đến Điều 10 Nghị định số 15/2020/NĐ-CP của Chính phủ",
            )
        ],
    ),
    # a list sharing type and issuer: three citations
    (
        "tại các Công văn số: 386/CAT-ANM ngày 17/02/2023, 32271/CAT-ANM ngày 06/7/2023, "
        "2719/CAT-ANM ngày 14/8/2023 của Công an tỉnh Bắc Giang về việc",
        [
            (
                "Công văn số: 386/CAT-ANM ngày 17/02/2023",
                "Công văn số 386/CAT-ANM ngày 17/02/2023 của Công an tỉnh Bắc Giang",
            ),
            (
                "32271/CAT-ANM ngày 06/7/2023",
                "Công văn số 32271/CAT-ANM ngày 06/7/2023 của Công an tỉnh Bắc Giang",
            ),
            (
                "2719/CAT-ANM ngày 14/8/2023 của Công an tỉnh Bắc Giang",
                "Công văn số 2719/CAT-ANM ngày 14/8/2023 của Công an tỉnh Bắc Giang",
            ),
        ],
    ),
    (
        "các Nghị định số 15/2020/NĐ-CP và 14/2022/NĐ-CP",
        [
            ("Nghị định số 15/2020/NĐ-CP", "Nghị định số 15/2020/NĐ-CP của Chính phủ"),
            ("14/2022/NĐ-CP", "Nghị định số 14/2022/NĐ-CP của Chính phủ"),
        ],
    ),
    # short forms
    (
        # (a project named by a number, "Đề án 06", is no citation: the corpus's decision)
        "tiếp tục thực hiện Chỉ thị 21 và Đề án 06; Nghị quyết số 51 của Bộ Chính trị",
        [
            ("Chỉ thị 21", "Chỉ thị số 21"),
            ("Nghị quyết số 51 của Bộ Chính trị", "Nghị quyết số 51 của Bộ Chính trị"),
        ],
    ),
    (
        "theo Nghị định 15/2020 của Chính phủ",
        [("Nghị định 15/2020 của Chính phủ", "Nghị định số 15/2020 của Chính phủ")],
    ),
    # real-world noise
    (
        "CHỈ THỊ SỐ 21/CT-TTG NGÀY 25/5/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TĂNG CƯỜNG",
        [
            (
                "CHỈ THỊ SỐ 21/CT-TTG NGÀY 25/5/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ",
                "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
            )
        ],
    ),
    (
        "Quyết định số82/2005/QĐ-UBND ngày06/5/2005; Chỉ thị số 21/CT- TTg ;",
        [
            (
                "Quyết định số82/2005/QĐ-UBND ngày06/5/2005",
                "Quyết định số 82/2005/QĐ-UBND ngày 06/5/2005",
            ),
            ("Chỉ thị số 21/CT- TTg", "Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ"),
        ],
    ),
    (
        "Kế hoạch số 2800/KH-UBND ngày\n29/6/2020 của Chủ tịch\nUBND tỉnh; Tờ\ntrình số 4/TTr-SNV",
        [
            (
                "Kế hoạch số 2800/KH-UBND ngày\n29/6/2020 của Chủ tịch\nUBND tỉnh",
                "Kế hoạch số 2800/KH-UBND ngày 29/6/2020 của Chủ tịch UBND tỉnh",
            ),
            ("Tờ\ntrình số 4/TTr-SNV", "Tờ trình số 04/TTr-SNV"),
        ],
    ),
    (
        "Công văn số 3490/UBND-NC ngày 27-7-2020 và Quyết định số 01/1999/QĐ.UB",
        [
            ("Công văn số 3490/UBND-NC ngày 27-7-2020", "Công văn số 3490/UBND-NC ngày 27/7/2020"),
            ("Quyết định số 01/1999/QĐ.UB", "Quyết định số 01/1999/QĐ-UB"),
        ],
    ),
    # a công văn whose ký hiệu says it is a decision; a generic "văn bản"
    (
        "công văn số82/2005/QĐ-UBND và văn bản số 3115/BTTTT-CVT",
        [
            ("công văn số82/2005/QĐ-UBND", "Quyết định số 82/2005/QĐ-UBND"),
            (
                "văn bản số 3115/BTTTT-CVT",
                "Văn bản số 3115/BTTTT-CVT của Bộ Thông tin và Truyền thông",
            ),
        ],
    ),
    # the Constitution by its full title, with or without its year, in any case
    (
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; HIẾN PHÁP NƯỚC CỘNG HOÀ XÃ HỘI "
        "CHỦ NGHĨA VIỆT NAM NĂM 1992",
        [
            (
                "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            ),
            (
                "HIẾN PHÁP NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 1992",
                "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992",
            ),
        ],
    ),
    # the Party's mixed-case "QĐi" (Quy định), also from capitals
    (
        "Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương; QUY ĐỊNH SỐ 205-QĐI/TW",
        [
            (
                "Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương",
                "Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương",
            ),
            ("QUY ĐỊNH SỐ 205-QĐI/TW", "Quy định số 205-QĐi/TW"),
        ],
    ),
    # a type word inside a longer name: the ký hiệu (TB) says which type the words start with
    (
        "theo Thông báo kết luận số 45/TB-VPCP ngày 05/02/2021 của Văn phòng Chính phủ về",
        [
            (
                "Thông báo kết luận số 45/TB-VPCP ngày 05/02/2021 của Văn phòng Chính phủ",
                "Thông báo số 45/TB-VPCP ngày 05/02/2021 của Văn phòng Chính phủ",
            )
        ],
    ),
    (
        "Thông báo Kết luận số 12-TB/TU của Ban Thường vụ Tỉnh ủy",
        [
            (
                "Thông báo Kết luận số 12-TB/TU của Ban Thường vụ Tỉnh ủy",
                "Thông báo số 12-TB/TU của Ban Thường vụ Tỉnh ủy",
            )
        ],
    ),
    # issuers: "V/v" ends one; a second issuer is joined only when it is a known name
    (
        "Công văn số 12/UBND-KGVX ngày 05/01/2024 của UBND tỉnh Bắc Giang V/v triển khai",
        [
            (
                "Công văn số 12/UBND-KGVX ngày 05/01/2024 của UBND tỉnh Bắc Giang",
                "Công văn số 12/UBND-KGVX ngày 05/01/2024 của UBND tỉnh Bắc Giang",
            )
        ],
    ),
    (
        "Quyết định số 1437/QĐ-UBND ngày 31/12/2021 của Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang "
        "ban hành Quy chế",
        [
            (
                "Quyết định số 1437/QĐ-UBND ngày 31/12/2021 của Chủ tịch Ủy ban nhân dân tỉnh "
                "Bắc Giang",
                "Quyết định số 1437/QĐ-UBND ngày 31/12/2021 của Chủ tịch Ủy ban nhân dân tỉnh "
                "Bắc Giang",
            )
        ],
    ),
    (
        "Kế hoạch số 12/KH-MTTQ của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh về; Quyết định số "
        "3/QĐ-BCĐ của Trưởng ban Chỉ đạo tỉnh; Kế hoạch số 4/KH-UBND của UBND tỉnh ban hành ngày",
        [
            (
                "Kế hoạch số 12/KH-MTTQ của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                "Kế hoạch số 12/KH-MTTQ của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            ),
            (
                "Quyết định số 3/QĐ-BCĐ của Trưởng ban Chỉ đạo tỉnh",
                "Quyết định số 03/QĐ-BCĐ của Trưởng ban Chỉ đạo tỉnh",
            ),
            ("Kế hoạch số 4/KH-UBND của UBND tỉnh", "Kế hoạch số 04/KH-UBND của UBND tỉnh"),
        ],
    ),
    (
        "Thông tư liên tịch số 01/2015/TTLT-BNV-VPCP của Bộ Nội vụ - Văn phòng Chính phủ hướng dẫn",
        [
            (
                "Thông tư liên tịch số 01/2015/TTLT-BNV-VPCP của Bộ Nội vụ - Văn phòng Chính phủ",
                "Thông tư liên tịch số 01/2015/TTLT-BNV-VPCP của Bộ Nội vụ - Văn phòng Chính phủ",
            )
        ],
    ),
    (
        "Kế hoạch liên tịch số 12/KHLT-CAT-STTTT của Công an tỉnh và Sở Thông tin và Truyền thông",
        [
            (
                "Kế hoạch liên tịch số 12/KHLT-CAT-STTTT của Công an tỉnh",
                "Kế hoạch số 12/KHLT-CAT-STTTT của Công an tỉnh",
            )
        ],
    ),
    (
        "Quyết định xử phạt vi phạm hành chính số 12/QĐ-XPVPHC ngày 05/01/2024",
        [
            (
                "Quyết định xử phạt vi phạm hành chính số 12/QĐ-XPVPHC ngày 05/01/2024",
                "Quyết định số 12/QĐ-XPVPHC ngày 05/01/2024",
            )
        ],
    ),
]

#: Texts that cite nothing (the precision traps of the issue).
TRAPS = [
    "Số: 123/BC-STTTT",
    "BÁO CÁO\nSố: 123/BC-STTTT\nKết quả",
    "Số: /HC-TH; Số:     /BC-UBND",
    "đạt Tiêu chí số 4 và Tiêu chí số 7",
    "thu hồi 185 số thuê bao; 8.192 vụ án; bão số 3",
    "Quyết định này có hiệu lực; Luật này; Kế hoạch này được triển khai",
    "Điều 1. Phạm vi điều chỉnh. Như Điều 3; khoản 2 Điều 1 Quyết định này",
    "V01, C02 - Bộ Công an; số điện thoại 0912.345.678",
    "Kế hoạch 5 năm; Báo cáo 6 tháng đầu năm; quy định của pháp luật về an ninh mạng",
    "ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 50 triệu đồng",
    "Luật sư Nguyễn Văn A; dự luật an ninh mạng",  # "luật an ninh mạng" is read (a known name)
    "theo quy định của Hiến pháp và pháp luật",
]


class TestExtract:
    @pytest.mark.parametrize(("text", "expected"), EXTRACT_CASES)
    def test_hand_checked_cases(self, text: str, expected: list[tuple[str, str]]) -> None:
        """Each citation's exact words and canonical wording, in order."""
        found = citations.extract(text)
        assert [(f.text, f.citation.format()) for f in found] == expected
        for f in found:
            assert text[f.start : f.end] == f.text

    @pytest.mark.parametrize("text", TRAPS)
    def test_precision_traps(self, text: str) -> None:
        """Header numbers, counts, self-references and headings are not citations."""
        assert citations.extract(text) == []

    def test_fields(self) -> None:
        """The fields of one full citation, checked one by one."""
        (found,) = citations.extract(
            "theo Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ"
        )
        c = found.citation
        assert c.doc_type == document_type("Chỉ thị")
        assert c.number == DocumentNumber(number=21, symbol="CT-TTg")
        assert c.date == dt.date(2020, 5, 25)
        assert (c.issuer, c.issuer_inferred) == ("Thủ tướng Chính phủ", False)
        assert c.subject is None  # the trích yếu is not extracted
        assert (found.start, found.end) == (5, 64)

    @pytest.mark.parametrize(
        ("symbol", "issuer"),
        [
            ("21/CT-TTg", "Thủ tướng Chính phủ"),
            ("15/2020/NĐ-CP", "Chính phủ"),
            ("24/2018/QH14", "Quốc hội khóa XIV"),
            ("02/2022/UBTVQH15", "Ủy ban Thường vụ Quốc hội khóa XV"),
            ("3115/BTTTT-CVT", "Bộ Thông tin và Truyền thông"),
            ("578/KH-BCA-A05", "Bộ Công an"),
        ],
    )
    def test_issuer_inferred_from_symbol(self, symbol: str, issuer: str) -> None:
        """National issuers named by the ký hiệu are filled in and marked as inferred."""
        (found,) = citations.extract(f"theo văn bản số {symbol}.")
        assert (found.citation.issuer, found.citation.issuer_inferred) == (issuer, True)

    @pytest.mark.parametrize(
        "symbol", ["89/KH-STTTT", "114/KH-UBND", "386/CAT-ANM", "12-NQ/TU", "01/2011/TTLT-BNV-VPCP"]
    )
    def test_no_issuer_when_the_symbol_does_not_say_which(self, symbol: str) -> None:
        """UBND, CAT, a Sở, a Party committee, joint circulars: no issuer is guessed."""
        (found,) = citations.extract(f"theo văn bản số {symbol}.")
        assert (found.citation.issuer, found.citation.issuer_inferred) == (None, False)

    def test_nfd_input_spans_point_into_the_original(self) -> None:
        """Decomposed input: same citations, spans into the NFD text, fields in NFC."""
        nfc = "Theo Điểm a, Khoản 5, Điều 102, Nghị định số 15/2020/NĐ-CP; Luật Viễn thông."
        nfd = unicodedata.normalize("NFD", nfc)
        assert len(nfd) > len(nfc)
        found = citations.extract(nfd)
        assert [unicodedata.normalize("NFC", f.text) for f in found] == [
            "Điểm a, Khoản 5, Điều 102, Nghị định số 15/2020/NĐ-CP",
            "Luật Viễn thông",
        ]
        assert all(nfd[f.start : f.end] == f.text for f in found)
        assert found[1].citation.name == "Viễn thông"

    def test_alias(self) -> None:
        """A mention introduced by "(gọi tắt là ...)" is marked as an alias."""
        text = "Quyết định số 06/QĐ-TTg ngày 06/01/2022 (sau đây gọi tắt là Đề án 06); Đề án 06"
        assert [f.alias for f in citations.extract(text)] == [False, True, False]

    def test_a_year_before_1945_is_not_a_year(self) -> None:
        """A citation's year is from 1945 on, as the model requires: "năm 1930" is not read as
        one (it once reached the model and raised an error out of extract)."""
        found = citations.extract(
            "Luật Đất đai năm 1930; Chỉ thị số 5 năm 1901; Luật Đất đai năm 1993"
        )
        assert [(f.text, f.citation.year) for f in found] == [
            ("Luật Đất đai", None),
            ("Chỉ thị số 5", None),
            ("Luật Đất đai năm 1993", 1993),
        ]

    def test_pathological_input_stays_linear(self) -> None:
        """Long runs of almost-citations finish (bounded quantifiers, no nested repeats)."""
        text = "Quyết định số " * 5000 + "Điều 1, khoản 2, " * 5000 + "Luật A" + " b" * 5000
        assert citations.extract(text) == []

    @given(text(max_words=40))
    def test_any_text(self, words: str) -> None:
        """Whatever the text, spans are exact, ordered and do not overlap."""
        found = citations.extract(words)
        end = 0
        for f in found:
            assert end <= f.start < f.end
            assert words[f.start : f.end] == f.text
            end = f.end
