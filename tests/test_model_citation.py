"""Citations and pinpoints: canonical wording and invariants (parsing free text is in citations)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from directive_report import (
    Citation,
    DocumentNumber,
    Pinpoint,
    Provision,
    ProvisionLevel,
    ReportValidationError,
    document_type,
)
from directive_report.testing import pinpoints

PINPOINTS = [
    ("Điểm a, Khoản 5, Điều 102", "điểm a khoản 5 Điều 102"),
    ("điểm a khoản 5 Điều 102", "điểm a khoản 5 Điều 102"),
    ("ĐIỂM A KHOẢN 5 ĐIỀU 102", "điểm a khoản 5 Điều 102"),
    ("khoản 1, 2 Điều 3", "khoản 1, 2 Điều 3"),
    ("Điều 6a", "Điều 6a"),
    ("Điều 5, 6 và 7", "Điều 5, 6, 7"),
    ("Khoản 4, Mục 5, Điều 1", "khoản 4 Điều 1 Mục 5"),
    ("tại Mục 5, Điều 1".removeprefix("tại "), "Điều 1 Mục 5"),
    ("điểm c khoản 3 mục II Phần I Phụ lục I", "điểm c khoản 3 Mục II Phần I Phụ lục I"),
    ("Chương II", "Chương II"),
    ("Tiểu mục 2 Mục 1", "Tiểu mục 2 Mục 1"),
    ("các điểm a, b khoản 2".removeprefix("các "), "điểm a, b khoản 2"),
]


class TestPinpoint:
    @pytest.mark.parametrize(("text", "canonical"), PINPOINTS)
    def test_parse_any_case_and_order(self, text: str, canonical: str) -> None:
        """Pinpoints read in any case, with or without commas, in any order, and print finest
        first with Phần/Chương/Mục/Điều capitalised and khoản/điểm in lower case (Phụ lục II)."""
        assert str(Pinpoint.parse(text)) == canonical

    @pytest.mark.parametrize(
        "text", ["", "Điều", "Điều 1 Điều 2", "khoản", "Chương trình 5", "Điều 1 abc"]
    )
    def test_malformed_pinpoints_are_refused(self, text: str) -> None:
        """Text that is not a pinpoint, or repeats a level, is an error."""
        with pytest.raises(ReportValidationError):
            Pinpoint.parse(text)

    def test_get(self) -> None:
        """Values are found by level."""
        pinpoint = Pinpoint.parse("điểm a khoản 5 Điều 102")
        assert pinpoint.get(ProvisionLevel.ARTICLE) == ("102",)
        assert pinpoint.get(ProvisionLevel.POINT) == ("a",)
        assert pinpoint.get(ProvisionLevel.CHAPTER) is None

    def test_provision_values_from_text(self) -> None:
        """A provision accepts its values as text or a sequence."""
        assert Provision(level=ProvisionLevel.CLAUSE, values="1, 2 và 3").values == ("1", "2", "3")
        with pytest.raises(ReportValidationError, match="number or letter"):
            Provision(level=ProvisionLevel.CLAUSE, values=["1 2"])

    @given(pinpoints())
    def test_parse_inverts_str(self, pinpoint: Pinpoint) -> None:
        """Every pinpoint reads back from its canonical wording."""
        assert Pinpoint.parse(str(pinpoint)) == pinpoint


CT21 = Citation(
    doc_type=document_type("Chỉ thị"),
    number=DocumentNumber.parse("21/CT-TTg"),
    date=dt.date(2020, 5, 25),
    issuer="Thủ tướng Chính phủ",
    subject="tăng cường phòng ngừa, xử lý hoạt động lừa đảo chiếm đoạt tài sản",
)


class TestCitation:
    @pytest.mark.parametrize(
        ("citation", "full", "short"),
        [
            (
                CT21,
                "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về tăng cường phòng ngừa, "
                "xử lý hoạt động lừa đảo chiếm đoạt tài sản",
                "Chỉ thị số 21/CT-TTg",
            ),
            (
                Citation(
                    doc_type=document_type("Nghị định"),
                    number=DocumentNumber.parse("15/2020/NĐ-CP"),
                    pinpoint=Pinpoint.parse("Điểm a, Khoản 5, Điều 102"),
                ),
                "điểm a khoản 5 Điều 102 Nghị định số 15/2020/NĐ-CP",
                "điểm a khoản 5 Điều 102 Nghị định số 15/2020/NĐ-CP",
            ),
            (
                Citation(
                    doc_type=document_type("Công văn"),
                    number=DocumentNumber.parse("386/CAT-ANM"),
                    date=dt.date(2023, 2, 17),
                    issuer="Công an tỉnh Bắc Giang",
                ),
                "Công văn số 386/CAT-ANM ngày 17/02/2023 của Công an tỉnh Bắc Giang",
                "Công văn số 386/CAT-ANM",
            ),
            (
                Citation(doc_type=document_type("Luật"), name="An ninh mạng", year=2018),
                "Luật An ninh mạng năm 2018",
                "Luật An ninh mạng năm 2018",
            ),
            (
                Citation(
                    doc_type=document_type("Bộ luật"), name="Hình sự", year=2015, amended_in=[2017]
                ),
                "Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)",
                "Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)",
            ),
            (
                Citation(
                    doc_type=document_type("Nghị quyết"), number=DocumentNumber.parse("12-NQ/TU")
                ),
                "Nghị quyết số 12-NQ/TU",
                "Nghị quyết số 12-NQ/TU",
            ),
        ],
    )
    def test_canonical_wording(self, citation: Citation, full: str, short: str) -> None:
        """Full wording for a first mention, short (type and number) for later ones (Phụ lục I)."""
        assert citation.format() == full == str(citation)
        assert citation.format("short") == short

    def test_document_drops_the_pinpoint(self) -> None:
        """``document`` is the cited document itself."""
        cited = Citation(
            doc_type=document_type("Nghị định"),
            number=DocumentNumber.parse("15/2020/NĐ-CP"),
            pinpoint=Pinpoint.parse("Điều 102"),
        )
        assert cited.document.pinpoint is None
        assert CT21.document is CT21

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({}, "needs a number or a name"),
            ({"name": "An ninh mạng", "year": 18}, "four-digit year"),
            ({"name": "An ninh mạng", "issuer_inferred": True}, "there is no issuer"),
            ({"name": "  "}, "must not be empty"),
            ({"name": "Hình sự", "amended_in": [17]}, "four-digit years"),
        ],
    )
    def test_invariants(self, kwargs: dict[str, object], message: str) -> None:
        """Broken invariants raise at construction."""
        with pytest.raises(ReportValidationError, match=message):
            Citation(doc_type=document_type("Luật"), **kwargs)  # type: ignore[arg-type]

    def test_unknown_style(self) -> None:
        """Only the two styles exist."""
        with pytest.raises(ValueError, match="unknown citation style"):
            CT21.format("long")  # type: ignore[arg-type]

    def test_text_is_stored_nfc(self) -> None:
        """Decomposed input is stored composed."""
        cited = Citation(doc_type=document_type("Luật"), name="An ninh ma\u0323ng", year=2018)
        assert cited.name == "An ninh mạng"
