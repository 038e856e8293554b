"""The bundled examples, and the seed example's fidelity to the real report it transcribes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import directive_report as dr
from directive_report import (
    ActionList,
    BulletList,
    Paragraph,
    Report,
    TaskKind,
    TaskList,
    examples,
    section_label,
)
from directive_report.examples import ExampleNotFoundError

#: A verbatim copy of shared/examples/seed-report.txt, the real report.
SEED_TEXT = Path(__file__).parent / "data" / "seed-report.txt"


def source_lines() -> list[str]:
    """The lines of the real report, without its Markdown emphasis marks, and with the one
    paragraph that a page break split ("... tiến hành kiểm" / "tra, xử lý ...") joined again."""
    text = SEED_TEXT.read_text(encoding="utf-8")
    text = text.replace("tiến hành kiểm\n\ntra, xử lý", "tiến hành kiểm tra, xử lý")
    text = text.replace("*", "")
    return [line.strip() for line in text.splitlines() if line.strip()]


def model_lines(report: Report) -> Iterator[str]:
    """The report's text, line by line as the source prints it (test-side, independent of exporters)."""
    yield report.doc_type.title
    yield report.summary
    for path, section in report.walk_sections():
        yield f"{section_label(path)} {section.title}"
        for block in section.blocks:
            yield from block_lines(block)
    for block in report.closing:
        yield from block_lines(block)
    yield "Nơi nhận:"
    yield from (f"- {recipient};" for recipient in report.distribution.recipients)
    yield f"- Lưu: {report.distribution.archive}."
    signature = report.signature
    yield from (f"{c.prefix.value} {c.title}" for c in signature.capacities)
    yield from filter(None, [signature.signer_title])
    yield signature.name


def block_lines(block: object) -> Iterator[str]:
    if isinstance(block, Paragraph):
        yield block.text
    elif isinstance(block, BulletList):
        yield from (f"{block.marker} {item.text}" for item in block.items)
    elif isinstance(block, ActionList):
        yield from (f"{block.marker} {action.text.text}" for action in block.actions)
    elif isinstance(block, TaskList):
        yield from (f"{i}. {task.text.text}" for i, task in enumerate(block.tasks, start=1))


class TestSeedExample:
    def test_every_line_of_the_real_report_is_in_the_model_in_order(
        self, seed_report: Report
    ) -> None:
        """The hand transcription is complete and faithful: the model's text, line by line, is
        exactly the real report's text (which lacks only its lost header)."""
        assert list(model_lines(seed_report)) == source_lines()

    def test_emphasis_is_kept(self, seed_report: Report) -> None:
        """The italic list of article titles and the italic word "domain" are italic runs."""
        italic = [
            run.text
            for _, section in seed_report.walk_sections()
            for block in section.blocks
            for paragraph in _paragraphs(block)
            for run in paragraph.runs
            if run.italic
        ]
        assert italic[0].startswith("Lừa đảo “chạy án”")
        assert italic[0].endswith("Pháp luật và Cuộc sống;...")
        assert italic[1] == "domain"
        source = SEED_TEXT.read_text(encoding="utf-8")
        assert re.findall(r"(?<!\*)\*([^*]+)\*(?!\*)", source) == italic

    def test_header_as_documented(self, seed_report: Report) -> None:
        """Unassigned number, 20/5/2024 in Bắc Giang, KT. signature: as the example's comment says."""
        assert seed_report.number.header_text() == "Số:      /BC-STTTT"
        assert seed_report.date == dt.date(2024, 5, 20)
        assert seed_report.authority.place == "Bắc Giang"
        assert seed_report.authority.superior == "UBND TỈNH BẮC GIANG"
        assert seed_report.authority.header_lines == ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG",)

    def test_directive_and_year(self, seed_report: Report) -> None:
        """The directive is Chỉ thị 21/CT-TTg of 25/5/2020 and the report is in its 4th year."""
        assert seed_report.directive is not None
        assert seed_report.directive.short_name == "Chỉ thị số 21/CT-TTg"
        assert seed_report.implementation_year() == 4
        assert "năm thứ 4" in seed_report.summary

    def test_actions_carry_their_facts(self, seed_report: Report) -> None:
        """The five actions of section I.3 carry their amounts, quantities and citations."""
        (actions,) = [
            b for b in seed_report.sections[0].sections[2].blocks if isinstance(b, ActionList)
        ]
        assert len(actions.actions) == 5
        fine, _, recall, request, _ = actions.actions
        assert fine.amounts[0].amount == 50_000_000
        assert (
            str(fine.citations[0])
            == "điểm a khoản 5 Điều 102 Nghị định số 15/2020/NĐ-CP của Chính phủ"
        )
        assert fine.citations[0].issuer_inferred
        assert (recall.quantities[0].value, recall.quantities[0].unit) == (185, "số thuê bao")
        assert [str(c.number) for c in recall.citations] == [
            "386/CAT-ANM",
            "32271/CAT-ANM",
            "2719/CAT-ANM",
        ]
        assert [c.date for c in recall.citations] == [
            dt.date(2023, 2, 17),
            dt.date(2023, 7, 6),
            dt.date(2023, 8, 14),
        ]
        assert request.citations[0].format("short") == "Yêu cầu số 64/YC-CCTL"
        period = seed_report.reporting_period()
        assert all(c.date in period for c in request.citations)

    def test_forward_tasks(self, seed_report: Report) -> None:
        """Section III holds the three tasks for the next period."""
        (tasks,) = seed_report.sections[2].blocks
        assert isinstance(tasks, TaskList)
        assert [t.kind for t in tasks.tasks] == [TaskKind.FORWARD] * 3


def _paragraphs(block: object) -> Iterator[Paragraph]:
    if isinstance(block, Paragraph):
        yield block
    elif isinstance(block, ActionList):
        yield from (action.text for action in block.actions)


class TestExamplesModule:
    def test_names_canonical_first(self) -> None:
        """The canonical example comes first, and every name has a file that loads."""
        names = examples.names()
        assert names[0] == "bac-giang-ct21-2024"
        for name in names:
            assert examples.path(name).is_file()
            assert isinstance(examples.load(name), Report)

    def test_every_example_round_trips_and_says_what_it_is(self) -> None:
        """Each bundled file re-dumps to the same model and opens with a comment saying where its
        text comes from (real or illustrative)."""
        for name in examples.names():
            report = examples.load(name)
            assert dr.loads(dr.dumps(report)) == report
            header = examples.path(name).read_text(encoding="utf-8").split("\n\n")[0]
            assert header.startswith("# ")
            assert ("Transcribed by hand" in header) != ("illustrative" in header)

    def test_examples_cover_the_report_family(self) -> None:
        """The examples include a báo cáo, a kế hoạch, a công văn, a quyết định and a tờ
        trình, and between them tables, an appendix, a decision with its attached plan and a
        tờ trình's request."""
        loaded = [examples.load(name) for name in examples.names()]
        types = {report.doc_type.name for report in loaded}
        assert types == {"Báo cáo", "Kế hoạch", "Công văn", "Quyết định", "Tờ trình"}
        assert any(report.appendices for report in loaded)
        assert any(report.attachments and report.decision for report in loaded)
        assert any(report.request for report in loaded)

    def test_unknown_example(self) -> None:
        """An unknown name is a clear error listing the examples."""
        with pytest.raises(
            ExampleNotFoundError, match="no example named 'nope'; the examples are: bac-giang"
        ):
            examples.path("nope")
