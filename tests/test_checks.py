"""Consistency and decree checks on valid reports."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given

import directive_report as dr
from directive_report.checks import CHECKS, Finding, Severity, check
from directive_report.testing import reports


def seed_with(report: dr.Report, **changes: Any) -> dr.Report:
    return attrs.evolve(report, **changes)


def codes(report: dr.Report) -> list[str]:
    return [finding.code for finding in check(report)]


class TestExamples:
    def test_bundled_examples_are_clean(self) -> None:
        """The bundled examples pass every check."""
        for name in dr.examples.names():
            assert check(dr.examples.load(name)) == [], name

    @given(reports())
    def test_checks_never_fail_on_valid_reports(self, report: dr.Report) -> None:
        """Every check runs on any valid report and returns well-formed findings."""
        for finding in check(report):
            assert finding.code
            assert finding.message
            assert finding.message_vi
            assert isinstance(finding.severity, Severity)


class TestImplementationYear:
    @pytest.mark.parametrize(
        ("summary", "found"),
        [
            ("Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg", False),
            ("Sơ kết năm thứ tư thực hiện Chỉ thị số 21/CT-TTg", False),
            ("Sơ kết năm thứ 3 thực hiện Chỉ thị số 21/CT-TTg", True),
            ("Sơ kết năm thứ ba thực hiện Chỉ thị số 21/CT-TTg", True),
            ("Sơ kết NĂM THỨ NHẤT thực hiện Chỉ thị số 21/CT-TTg", True),
            ("Tổng kết thực hiện Chỉ thị số 21/CT-TTg", False),
        ],
    )
    def test_summary_year_against_dates(
        self, seed_report: dr.Report, summary: str, found: bool
    ) -> None:
        """The seed is dated in year 4 of Chỉ thị 21: "năm thứ 4"/"tư" agree, others do not."""
        assert ("implementation-year" in codes(seed_with(seed_report, summary=summary))) is found

    def test_message_in_both_languages(self, seed_report: dr.Report) -> None:
        """The finding says what is wrong in English and in Vietnamese."""
        (finding,) = check(
            seed_with(seed_report, summary="Sơ kết năm thứ 3 thực hiện Chỉ thị số 21/CT-TTg")
        )
        assert finding == Finding(
            code="implementation-year",
            severity=Severity.ERROR,
            location="summary",
            message="the summary says year 3 of implementation, but 20/05/2024 is in year 4 of "
            "Chỉ thị số 21/CT-TTg",
            message_vi="trích yếu ghi năm thứ ba nhưng ngày 20/5/2024 thuộc năm thứ tư thực hiện "
            "Chỉ thị số 21/CT-TTg",
        )


class TestDates:
    def test_citation_after_report(self, seed_report: dr.Report) -> None:
        """A cited document dated after the report is an error located at the citation."""
        later = seed_with(seed_report, date=dt.date(2024, 4, 1))
        findings = [f for f in check(later) if f.code == "citation-after-report"]
        assert [f.location for f in findings] == [
            "sections[0].sections[2].blocks[2].actions[3].citations[0]"
        ]
        assert "Yêu cầu số 64/YC-CCTL" in findings[0].message

    def test_action_outside_period(self, seed_report: dr.Report) -> None:
        """A dated action outside the reporting period is a warning."""
        action = dr.Action(text="Kiểm tra.", date=dt.date(2022, 1, 1))
        report = seed_with(
            seed_report,
            sections=(
                *seed_report.sections,
                dr.Section(title="BỔ SUNG", blocks=[dr.ActionList(actions=[action])]),
            ),
        )
        (finding,) = [f for f in check(report) if f.code == "action-outside-period"]
        assert finding.location == "sections[3].blocks[0].actions[0].date"
        assert finding.severity is Severity.WARNING

    def test_forward_deadline_in_the_past(self, seed_report: dr.Report) -> None:
        """A task for the next period due before the report is a warning."""
        task = dr.Task(text="Tiếp tục.", kind=dr.TaskKind.FORWARD, deadline=dt.date(2024, 1, 1))
        report = seed_with(
            seed_report,
            sections=(
                *seed_report.sections[:2],
                dr.Section(title="PHƯƠNG HƯỚNG", blocks=[dr.TaskList(tasks=[task])]),
            ),
        )
        assert "deadline-in-the-past" in codes(report)


class TestLayoutRules:
    def test_nhu_tren(self, seed_report: dr.Report) -> None:
        """With Kính gửi, Nơi nhận starts with "Như trên"."""
        report = seed_with(seed_report, addressees=("UBND tỉnh Bắc Giang",))
        assert "nhu-tren" in codes(report)
        fixed = seed_with(report, distribution=dr.Distribution(recipients=["Như trên", "Lưu trữ"]))
        assert "nhu-tren" not in codes(fixed)

    def test_archive_starts_with_vt(self, seed_report: dr.Report) -> None:
        """The archive line names the records office first."""
        report = seed_with(
            seed_report, distribution=dr.Distribution(recipients=[], archive="TTBCXB")
        )
        assert "archive-vt" in codes(report)

    def test_heading_case(self, seed_report: dr.Report) -> None:
        """A top-level heading in lower case is flagged; symbols such as CT-TTg keep their case."""
        assert "heading-case" not in codes(seed_report)  # "CHỈ THỊ SỐ 21/CT-TTg" is fine
        first = attrs.evolve(seed_report.sections[0], title="Kết quả thực hiện")
        assert "heading-case" in codes(
            seed_with(seed_report, sections=(first, *seed_report.sections[1:]))
        )

    def test_kt_deputy(self, seed_report: dr.Report) -> None:
        """KT. is signed by a PHÓ ..."""
        signature = attrs.evolve(seed_report.signature, signer_title="CHÁNH VĂN PHÒNG")
        assert "kt-deputy" in codes(seed_with(seed_report, signature=signature))

    def test_end_marker(self, seed_report: dr.Report) -> None:
        """A body not ending with ./. gets an informational finding."""
        closing = (dr.Paragraph(runs="Sở trân trọng báo cáo."),)
        (finding,) = check(seed_with(seed_report, closing=closing))
        assert (finding.code, finding.severity) == ("end-marker", Severity.INFO)


def test_errors_come_first_and_custom_checks_run(seed_report: dr.Report) -> None:
    """Findings are ordered by severity; a province's own check is one more function."""

    def no_drafts(report: dr.Report) -> Any:
        if not report.number.is_assigned:
            yield Finding(
                code="draft",
                severity=Severity.INFO,
                location="number",
                message="not yet numbered",
                message_vi="chưa cấp số",
            )

    report = seed_with(seed_report, summary="Sơ kết năm thứ 3 thực hiện Chỉ thị số 21/CT-TTg")
    found = check(report, checks=(no_drafts, *CHECKS))
    assert [f.code for f in found] == ["implementation-year", "draft"]
    assert str(found[1]) == "number: info [draft] not yet numbered / chưa cấp số"


class TestTemplateParts:
    """What a type's template prints is there (NĐ 30/2020, Phụ lục III)."""

    def test_a_decision_without_its_decision_block(self) -> None:
        decision = dr.examples.load("quyet-dinh-ke-hoach-cds-2025")
        bare = attrs.evolve(decision, decision=None, attachments=(), intro=("Nội dung.",))
        (finding,) = [f for f in check(bare) if f.code == "decision-block"]
        assert finding.location == "decision"
        assert finding.severity is Severity.WARNING
        assert finding.message == (
            "a Quyết định states its decision: 'QUYẾT ĐỊNH:' and its articles (Điều 1., ...); "
            "the document has none"
        )
        assert finding.message_vi == (
            "Quyết định phải có phần quyết định: 'QUYẾT ĐỊNH:' và các điều (Điều 1., ...); "
            "văn bản chưa có"
        )
        assert finding.reference == "NĐ 30/2020, Phụ lục III, Mẫu 1.1–1.3"

    def test_the_first_article_issues_the_attachment(self) -> None:
        decision = dr.examples.load("quyet-dinh-quy-che-2025")
        assert decision.decision is not None
        first, *rest = decision.decision.articles
        silent = attrs.evolve(
            decision,
            decision=attrs.evolve(
                decision.decision,
                articles=(dr.Article(text="Quyết định này có hiệu lực kể từ ngày ký."), *rest),
            ),
        )
        found = [(f.code, f.location) for f in check(silent)]
        assert found == [("attachment-article", "decision.articles[0]")]
        assert first.text is not None
        assert "kèm theo" in first.text.text  # the example itself says so

    def test_a_to_trinh_without_request_or_addressees(self) -> None:
        to_trinh = dr.examples.load("to-trinh-phe-duyet-du-an-2025")
        bare = attrs.evolve(to_trinh, request=None, addressees=())
        found = {(f.code, f.location): f.message_vi for f in check(bare)}
        assert found == {
            (
                "closing-request",
                "request",
            ): "Tờ trình kết thúc bằng đề nghị ('Kính trình ... xem xét, quyết định'); "
            "văn bản chưa có",
            (
                "addressees-missing",
                "addressees",
            ): "Tờ trình ghi cơ quan, tổ chức nhận văn bản ('Kính gửi:'); văn bản chưa ghi",
        }

    def test_a_chi_thi_numbers_its_points_in_lower_case(self, seed_report: dr.Report) -> None:
        """A chỉ thị's top level is its points (1., 2.), not mục in capitals."""
        from directive_report import DocumentNumber, document_type

        chi_thi = seed_with(
            seed_report,
            doc_type=document_type("Chỉ thị"),
            number=DocumentNumber.parse("/CT-STTTT"),
            directives=(),
            summary="Về tăng cường chuyển đổi số",
            sections=(dr.Section(title="Các phòng, đơn vị thuộc Sở", blocks=("Thực hiện.",)),),
        )
        assert "heading-case" not in codes(chi_thi)
