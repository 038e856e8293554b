"""Paragraphs and runs."""

from __future__ import annotations

import pytest
from hypothesis import given

from directive_report import Paragraph, ReportValidationError, Run
from directive_report.testing import paragraphs


class TestParagraph:
    def test_plain_string(self) -> None:
        """A string is one plain run."""
        paragraph = Paragraph(runs="Hằng tháng, Sở chỉ đạo.")
        assert paragraph.runs == (Run(text="Hằng tháng, Sở chỉ đạo."),)
        assert paragraph.text == str(paragraph) == "Hằng tháng, Sở chỉ đạo."

    def test_runs_are_normalised(self) -> None:
        """Empty runs vanish and neighbours with the same emphasis merge, so equal text has
        one representation."""
        paragraph = Paragraph(
            runs=[
                "Tên miền (",
                Run(text="", bold=True),
                Run(text="do", italic=True),
                Run(text="main", italic=True),
                ") new88.com.",
            ]
        )
        assert paragraph.runs == (
            Run(text="Tên miền ("),
            Run(text="domain", italic=True),
            Run(text=") new88.com."),
        )
        assert paragraph == Paragraph(
            runs=["Tên miền (", Run(text="domain", italic=True), ") new88.com."]
        )

    @pytest.mark.parametrize("runs", ["", "   ", [" x"], ["x "], [Run(text="", italic=True)]])
    def test_blank_or_padded_text_is_refused(self, runs: object) -> None:
        """A paragraph holds text without outer whitespace."""
        with pytest.raises(ReportValidationError):
            Paragraph(runs=runs)  # type: ignore[arg-type]

    def test_nfc(self) -> None:
        """Runs are stored in NFC."""
        assert Paragraph(runs="Ba\u0301o ca\u0301o").text == "Báo cáo"

    @given(paragraphs())
    def test_normal_form_is_stable(self, paragraph: Paragraph) -> None:
        """Rebuilding a paragraph from its runs changes nothing."""
        assert Paragraph(runs=paragraph.runs) == paragraph
        assert all(run.text for run in paragraph.runs)
