"""Document types and document numbers (số, ký hiệu)."""

from __future__ import annotations

import pytest
from hypothesis import given

from directive_report import DOCUMENT_TYPES, DocumentNumber, ReportValidationError, document_type
from directive_report.model import DocumentKind
from directive_report.testing import document_numbers

# NĐ 30/2020/NĐ-CP, Phụ lục III, Mục I, copied by hand (docs/decree-layout.md).
PHU_LUC_III = [
    ("Nghị quyết", "NQ"),
    ("Quyết định", "QĐ"),
    ("Chỉ thị", "CT"),
    ("Quy chế", "QC"),
    ("Quy định", "QyĐ"),
    ("Thông cáo", "TC"),
    ("Thông báo", "TB"),
    ("Hướng dẫn", "HD"),
    ("Chương trình", "CTr"),
    ("Kế hoạch", "KH"),
    ("Phương án", "PA"),
    ("Đề án", "ĐA"),
    ("Dự án", "DA"),
    ("Báo cáo", "BC"),
    ("Biên bản", "BB"),
    ("Tờ trình", "TTr"),
    ("Hợp đồng", "HĐ"),
    ("Công điện", "CĐ"),
    ("Bản ghi nhớ", "BGN"),
    ("Bản thỏa thuận", "BTT"),
    ("Giấy ủy quyền", "GUQ"),
    ("Giấy mời", "GM"),
    ("Giấy giới thiệu", "GGT"),
    ("Giấy nghỉ phép", "GNP"),
    ("Phiếu gửi", "PG"),
    ("Phiếu chuyển", "PC"),
    ("Phiếu báo", "PB"),
    ("Bản sao y", "SY"),
    ("Bản trích sao", "TrS"),
    ("Bản sao lục", "SL"),
]


class TestDocumentType:
    @pytest.mark.parametrize(("name", "abbreviation"), PHU_LUC_III)
    def test_phu_luc_iii_abbreviations(self, name: str, abbreviation: str) -> None:
        """Every type of Phụ lục III has exactly the decree's abbreviation, both ways."""
        assert document_type(name).abbreviation == abbreviation
        assert document_type(abbreviation).name == name
        assert document_type(name).is_administrative

    @pytest.mark.parametrize("name", ["Công văn", "Thư công"])
    def test_types_without_abbreviation(self, name: str) -> None:
        """Công văn and thư công are administrative types with no abbreviation (Điều 7)."""
        assert document_type(name).abbreviation is None
        assert document_type(name).is_administrative

    def test_twenty_nine_administrative_types_of_dieu_7(self) -> None:
        """Điều 7 lists 29 administrative types; the copies (SY, TrS, SL) come on top."""
        administrative = [t for t in DOCUMENT_TYPES if t.is_administrative]
        assert len(administrative) == 29 + 3

    @pytest.mark.parametrize(
        "wrong", ["QYĐ", "GN", "TTh", "UQ", "NP", "GT", "TS", "QCh", "DAn", "CV"]
    )
    def test_superseded_and_invented_abbreviations_are_unknown(self, wrong: str) -> None:
        """TT 01/2011 values and invented ones found in public code are refused."""
        with pytest.raises(ReportValidationError, match="unknown document type"):
            document_type(wrong)

    @pytest.mark.parametrize(
        "spelling", ["báo cáo", "BÁO CÁO", " Báo  cáo ", "Ba\u0301o ca\u0301o"]
    )
    def test_lookup_by_name_ignores_case_spacing_and_normal_form(self, spelling: str) -> None:
        """Names are matched whatever their case, spacing or Unicode normal form."""
        assert document_type(spelling).abbreviation == "BC"

    def test_title_is_upper_case(self) -> None:
        """The type line above the summary is in capitals."""
        assert document_type("Báo cáo").title == "BÁO CÁO"
        assert document_type("Kế hoạch").title == "KẾ HOẠCH"

    @pytest.mark.parametrize(
        ("name", "kind"),
        [
            ("Nghị định", DocumentKind.NORMATIVE),
            ("Luật", DocumentKind.NORMATIVE),
            ("Yêu cầu", DocumentKind.OTHER),
            ("Kết luận", DocumentKind.PARTY),
        ],
    )
    def test_kinds(self, name: str, kind: DocumentKind) -> None:
        """Normative, Party and other types are in the table too."""
        assert kind in document_type(name).kinds

    def test_names_and_abbreviations_are_unique(self) -> None:
        """No two types share a name or an abbreviation."""
        names = [t.name for t in DOCUMENT_TYPES]
        abbreviations = [t.abbreviation for t in DOCUMENT_TYPES if t.abbreviation]
        assert len(names) == len(set(names))
        assert len(abbreviations) == len(set(abbreviations))


# (text as written, number, year, symbol, party, canonical form)
NUMBERS = [
    ("89/KH-STTTT", 89, None, "KH-STTTT", False, "89/KH-STTTT"),
    ("1510/STTTT-TTBCXB", 1510, None, "STTTT-TTBCXB", False, "1510/STTTT-TTBCXB"),
    ("15/2020/NĐ-CP", 15, 2020, "NĐ-CP", False, "15/2020/NĐ-CP"),
    ("5/BNV-VP", 5, None, "BNV-VP", False, "05/BNV-VP"),
    ("05/BNV-VP", 5, None, "BNV-VP", False, "05/BNV-VP"),
    ("Số: 05/BNV-VP", 5, None, "BNV-VP", False, "05/BNV-VP"),
    ("Số:05/BNV-VP", 5, None, "BNV-VP", False, "05/BNV-VP"),
    ("Số:      /BC-STTTT", None, None, "BC-STTTT", False, "/BC-STTTT"),
    ("/BC-STTTT", None, None, "BC-STTTT", False, "/BC-STTTT"),
    ("24/2018/QH14", 24, 2018, "QH14", False, "24/2018/QH14"),
    ("Luật số: 64/2025/QH15", 64, 2025, "QH15", False, "64/2025/QH15"),
    ("110/2025/UBTVQH15", 110, 2025, "UBTVQH15", False, "110/2025/UBTVQH15"),
    ("12729/VPCP-KGVX", 12729, None, "VPCP-KGVX", False, "12729/VPCP-KGVX"),
    ("21/CT-TTg", 21, None, "CT-TTg", False, "21/CT-TTg"),
    ("01/QyĐ-UBND", 1, None, "QyĐ-UBND", False, "01/QyĐ-UBND"),
    ("578/KH-BCA-A05", 578, None, "KH-BCA-A05", False, "578/KH-BCA-A05"),
    ("8497/CAT-PV01", 8497, None, "CAT-PV01", False, "8497/CAT-PV01"),
    ("12-NQ/TU", 12, None, "NQ/TU", True, "12-NQ/TU"),
    ("05-NQ/TW", 5, None, "NQ/TW", True, "05-NQ/TW"),
    ("8011-CV/BTCTW", 8011, None, "CV/BTCTW", True, "8011-CV/BTCTW"),
]


class TestDocumentNumber:
    @pytest.mark.parametrize(("text", "number", "year", "symbol", "party", "canonical"), NUMBERS)
    def test_parse_and_print(
        self,
        text: str,
        number: int | None,
        year: int | None,
        symbol: str,
        party: bool,
        canonical: str,
    ) -> None:
        """Hand-checked forms parse into their parts and print canonically (numbers < 10 padded)."""
        parsed = DocumentNumber.parse(text)
        assert (parsed.number, parsed.year, parsed.symbol, parsed.party) == (
            number,
            year,
            symbol,
            party,
        )
        assert str(parsed) == canonical

    @pytest.mark.parametrize(
        ("number", "header"),
        [
            (DocumentNumber(number=89, symbol="KH-STTTT"), "Số: 89/KH-STTTT"),
            (DocumentNumber(number=5, symbol="BNV-VP"), "Số: 05/BNV-VP"),
            (DocumentNumber(symbol="BC-STTTT"), "Số:      /BC-STTTT"),
        ],
    )
    def test_header_text(self, number: DocumentNumber, header: str) -> None:
        """The ô 3 line; a draft leaves room for the number to be written in."""
        assert number.header_text() == header

    def test_parts(self) -> None:
        """The ký hiệu splits into groups; the number has its printed form."""
        number = DocumentNumber.parse("578/KH-BCA-A05")
        assert number.groups == ("KH", "BCA", "A05")
        assert number.number_text == "578"
        assert number.is_assigned
        assert not DocumentNumber.parse("/BC-STTTT").is_assigned

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "89",
            "89/",
            "89/KH STTTT",
            "89/KH--STTTT",
            "abc/KH-STTTT",
            "0/KH-STTTT",
            "89/KH-STTTT/",
            "12-NQ",
        ],
    )
    def test_malformed_numbers_are_refused(self, text: str) -> None:
        """Anything that is not a document number is an error naming the text."""
        with pytest.raises(ReportValidationError):
            DocumentNumber.parse(text)

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"number": 0, "symbol": "BC-X"}, "positive whole number"),
            ({"number": -3, "symbol": "BC-X"}, "positive whole number"),
            ({"number": 1, "symbol": "BC X"}, "no spaces"),
            ({"number": 1, "symbol": "BC-X", "year": 20}, "four-digit year"),
            (
                {"number": 1, "symbol": "NQ/TU", "party": True, "year": 2020},
                "Party document numbers carry no year",
            ),
            ({"symbol": "NQ/TU", "party": True}, "cannot be unassigned"),
        ],
    )
    def test_invariants(self, kwargs: dict[str, object], message: str) -> None:
        """Broken invariants raise at construction with a clear message."""
        with pytest.raises(ReportValidationError, match=message):
            DocumentNumber(**kwargs)  # type: ignore[arg-type]

    @given(document_numbers())
    def test_parse_inverts_str(self, number: DocumentNumber) -> None:
        """Every number reads back from its canonical string."""
        assert DocumentNumber.parse(str(number)) == number
        assert DocumentNumber.parse(number.header_text()) == number
