"""The report and its parts: invariants, derived values, numbering."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from directive_report import (
    Action,
    ActionList,
    Authority,
    BulletList,
    Capacity,
    Citation,
    Directive,
    Distribution,
    DocumentNumber,
    Money,
    Paragraph,
    Period,
    Quantity,
    Report,
    ReportValidationError,
    Section,
    Signature,
    SignaturePrefix,
    Task,
    TaskList,
    document_type,
)
from directive_report.model import block_paragraphs

AUTHORITY = Authority(
    name="Sở Thông tin và Truyền thông",
    abbreviation="STTTT",
    superior="UBND TỈNH BẮC GIANG",
    place="Bắc Giang",
)


def directive(day: dt.date = dt.date(2020, 5, 25)) -> Directive:
    return Directive(
        citation=Citation(
            doc_type=document_type("Chỉ thị"),
            number=DocumentNumber.parse("21/CT-TTg"),
            date=day,
            issuer="Thủ tướng Chính phủ",
        )
    )


def report(**changes: Any) -> Report:
    base = Report(
        authority=AUTHORITY,
        doc_type=document_type("Báo cáo"),
        number=DocumentNumber.parse("/BC-STTTT"),
        date=dt.date(2024, 5, 20),
        summary="Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg",
        directives=[directive()],
        sections=[Section(title="KẾT QUẢ", blocks=["Nội dung."])],
        distribution=Distribution(recipients=["Như trên"]),
        signature=Signature(name="Ngô Đình Tiến", signer_title="GIÁM ĐỐC"),
    )
    return attrs.evolve(base, **changes)


class TestImplementationYear:
    @pytest.mark.parametrize(
        ("issued", "on", "year"),
        [
            (dt.date(2020, 5, 25), dt.date(2020, 5, 25), 1),
            (dt.date(2020, 5, 25), dt.date(2021, 5, 24), 1),
            (dt.date(2020, 5, 25), dt.date(2021, 5, 25), 2),
            (dt.date(2020, 5, 25), dt.date(2024, 5, 20), 4),  # the seed report: "năm thứ 4"
            (dt.date(2020, 5, 25), dt.date(2024, 5, 25), 5),
            (dt.date(2020, 2, 29), dt.date(2021, 2, 28), 1),
            (dt.date(2020, 2, 29), dt.date(2021, 3, 1), 2),
        ],
    )
    def test_year_of_implementation(self, issued: dt.date, on: dt.date, year: int) -> None:
        """The n-th year starts on the (n-1)-th anniversary of the issue date."""
        assert directive(issued).implementation_year(on) == year

    def test_report_derives_year_and_period(self) -> None:
        """The seed's "năm thứ 4" and its period follow from the two dates."""
        subject = report()
        assert subject.implementation_year() == 4
        assert subject.reporting_period() == Period(
            start=dt.date(2023, 5, 25), end=dt.date(2024, 5, 20)
        )

    def test_stated_period_wins(self) -> None:
        """A period written in the report is used as is."""
        period = Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 3, 31))
        assert report(period=period).reporting_period() == period

    def test_implementation_period(self) -> None:
        """Year 4 of Chỉ thị 21 runs from 25/5/2023 to 24/5/2024."""
        assert directive().implementation_period(4) == Period(
            start=dt.date(2023, 5, 25), end=dt.date(2024, 5, 24)
        )

    def test_before_issue_is_an_error(self) -> None:
        """There is no year 0."""
        with pytest.raises(ValueError, match="before the directive was issued"):
            directive().implementation_year(dt.date(2020, 1, 1))
        with pytest.raises(ValueError, match="count from 1"):
            directive().implementation_period(0)

    def test_without_directive(self) -> None:
        """A report naming no directive has no year of implementation."""
        with pytest.raises(ValueError, match="names no directive"):
            report(directives=[]).implementation_year()
        with pytest.raises(ValueError, match="names no directive"):
            report(directives=[]).reporting_period()


class TestReportInvariants:
    def test_number_must_match_the_type(self) -> None:
        """A báo cáo's ký hiệu starts with BC."""
        with pytest.raises(
            ReportValidationError, match="must start with the type abbreviation 'BC'"
        ):
            report(number=DocumentNumber.parse("89/KH-STTTT"))

    def test_only_normative_numbers_carry_a_year(self) -> None:
        """'15/2020/NĐ-CP' is a normative number; a báo cáo's has no year (NĐ 30/2020)."""
        with pytest.raises(ReportValidationError, match="'05/2024/BC-STTTT' carries a year"):
            report(number=DocumentNumber.parse("5/2024/BC-STTTT"))
        decision = report(
            doc_type=document_type("Quyết định"), number=DocumentNumber.parse("05/2025/QĐ-UBND")
        )
        assert str(decision.number) == "05/2025/QĐ-UBND"

    def test_cong_van_number_starts_with_the_issuer(self) -> None:
        """A công văn has no type abbreviation: its ký hiệu starts with the issuer's."""
        cong_van = report(
            doc_type=document_type("Công văn"), number=DocumentNumber.parse("1510/STTTT-TTBCXB")
        )
        assert str(cong_van.number) == "1510/STTTT-TTBCXB"
        with pytest.raises(ReportValidationError, match="issuer abbreviation 'STTTT'"):
            report(
                doc_type=document_type("Công văn"), number=DocumentNumber.parse("1510/BC-TTBCXB")
            )

    def test_directive_after_report(self) -> None:
        """A report cannot implement a directive issued after it."""
        with pytest.raises(ReportValidationError, match="dated after the report"):
            report(directives=[directive(dt.date(2025, 1, 1))])

    def test_empty_body(self) -> None:
        """A report has a body."""
        with pytest.raises(ReportValidationError, match="no body"):
            report(sections=[])

    def test_empty_summary(self) -> None:
        """The trích yếu is required."""
        with pytest.raises(ReportValidationError, match=r"Report\.summary: must not be empty"):
            report(summary=" ")

    def test_directive_needs_a_date_and_no_pinpoint(self) -> None:
        """The implemented directive is a whole, dated document."""
        with pytest.raises(ReportValidationError, match="issue date"):
            Directive(
                citation=Citation(
                    doc_type=document_type("Chỉ thị"), number=DocumentNumber.parse("21/CT-TTg")
                )
            )

    def test_sections_beyond_the_letters(self) -> None:
        """Điểm are lettered a ... y (23 letters): a 24th cannot be printed, so it is refused
        here rather than by every exporter."""
        points = [Section(title=f"Điểm {i}", blocks=["x"]) for i in range(1, 25)]
        khoan = Section(title="Khoản", sections=points[:23])
        assert report(sections=[Section(title="MỤC", sections=[khoan])])  # 23 fit
        khoan = Section(title="Khoản", sections=points)
        with pytest.raises(
            ReportValidationError,
            match=r"sections\[0\]\.sections\[0\]\.sections\[23\] cannot be numbered: điểm index "
            "must be between 1 and 23",
        ):
            report(sections=[Section(title="MỤC", sections=[khoan])])

    def test_equality_and_hash(self) -> None:
        """Reports are values: equal when their content is, and hashable."""
        assert report() == report()
        assert hash(report()) == hash(report())


class TestParts:
    def test_authority_header_lines(self) -> None:
        """The header prints the issuer in capitals, or as the author broke it."""
        assert AUTHORITY.header_lines == ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG",)
        split = attrs.evolve(AUTHORITY, header_name="SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG")
        assert split.header_lines == ("SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG")

    @pytest.mark.parametrize("header_name", ["SỞ A \nB", "SỞ A\n\nB", "SỞ A\n B", " "])
    def test_authority_header_lines_are_not_empty_or_padded(self, header_name: str) -> None:
        """Each header line is printed alone (bold, centred): an empty or padded one is a typo."""
        with pytest.raises(ReportValidationError, match="each line must be non-empty text"):
            attrs.evolve(AUTHORITY, header_name=header_name)

    def test_authority_superior_is_upper_case(self) -> None:
        """The superior body's line is printed in capitals, so it is written so."""
        with pytest.raises(ReportValidationError, match="capitals"):
            attrs.evolve(AUTHORITY, superior="UBND tỉnh Bắc Giang")

    def test_deputy_needs_own_title(self) -> None:
        """Whoever signs KT. gives their own title."""
        with pytest.raises(ReportValidationError, match="deputy"):
            Signature(capacities=[Capacity(prefix=SignaturePrefix.KT, title="GIÁM ĐỐC")], name="X")
        with pytest.raises(ReportValidationError, match="capitals"):
            Capacity(prefix=SignaturePrefix.KT, title="Giám đốc")

    def test_action_facts(self) -> None:
        """An action carries its facts as data next to its sentence."""
        action = Action(
            text="Thu hồi 185 số thuê bao;",
            quantities=[Quantity(value=185, unit="số thuê bao")],
            amounts=[Money(amount=50_000_000)],
        )
        assert action.text.text == "Thu hồi 185 số thuê bao;"
        assert action.amounts[0].currency == "đồng"
        with pytest.raises(ReportValidationError, match="either a date or a period"):
            Action(
                text="x",
                date=dt.date(2024, 1, 1),
                period=Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 1, 2)),
            )
        with pytest.raises(ReportValidationError, match="whole number or Decimal"):
            Quantity(value=1.5, unit="x")  # type: ignore[arg-type]

    def test_period(self) -> None:
        """A period runs forwards and contains its ends."""
        period = Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 1, 31))
        assert dt.date(2024, 1, 31) in period
        assert dt.date(2024, 2, 1) not in period
        with pytest.raises(ReportValidationError, match="before it starts"):
            Period(start=dt.date(2024, 2, 1), end=dt.date(2024, 1, 1))

    def test_empty_lists_are_refused(self) -> None:
        """A list block has items."""
        for make in (
            lambda: BulletList(items=[]),
            lambda: ActionList(actions=[]),
            lambda: TaskList(tasks=[]),
        ):
            with pytest.raises(ReportValidationError, match="at least one"):
                make()


class TestSectionNumbering:
    def test_walk(self, seed_report: Report) -> None:
        """The seed's sections in reading order with their paths."""
        walked = [(path, section.title) for path, section in seed_report.walk_sections()]
        assert [path for path, _ in walked] == [(1,), (1, 1), (1, 2), (1, 3), (2,), (3,)]
        assert walked[3][1] == "Công tác phối hợp giám sát, đấu tranh, xử lý vi phạm"


class TestBodyTexts:
    def test_seed_body_in_reading_order(self, seed_report: Report) -> None:
        """Headings, paragraphs, actions and tasks of the seed: 6 headings, 22 texts (counted by
        hand from the real report), first the heading of I., last the closing paragraph."""
        texts = list(seed_report.body_texts())
        assert len(texts) == 28
        assert texts[0] == "KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg"
        assert texts[1] == "Công tác quán triệt, tổ chức triển khai thực hiện"
        assert texts[-1].startswith("Trên đây là báo cáo kết quả năm thứ 4")
        assert texts[-1].endswith("trân trọng báo cáo./.")

    def test_block_paragraphs(self) -> None:
        """Each kind of block gives its paragraphs."""
        assert block_paragraphs(Paragraph(runs="a")) == (Paragraph(runs="a"),)
        assert block_paragraphs(BulletList(items=["a", "b"])) == (
            Paragraph(runs="a"),
            Paragraph(runs="b"),
        )
        assert block_paragraphs(ActionList(actions=[Action(text="c")])) == (Paragraph(runs="c"),)
        assert block_paragraphs(TaskList(tasks=[Task(text="d")])) == (Paragraph(runs="d"),)
