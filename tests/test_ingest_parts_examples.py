"""Every bundled example, rendered without its embedded copy and ingested back through each
format: its decision, a tờ trình's request, the document a decision issues (chapters and
articles included) and the công văn's contact line (ô 13) come back as the example's TOML
states them.

Renderings: DOCX, ODT and Markdown written with ``embed_model=False`` (``--no-embed``); the DOCX
and the ODT re-saved by LibreOffice; plain text as LibreOffice saves the DOCX (``--convert-to
txt``) and as the Markdown reads (its shown text).  What a printed page cannot say is compared
as printed: a chapter's title is printed in capitals, and the executors are printed as one
enumeration ("A, B, C và D") which the page cannot cut where the example cuts it.  LibreOffice's
plain text leaves the page footers out, so the contact line is not in it (checked).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

from _office import convert
from directive_report import examples
from directive_report.exporters import ExportOptions
from directive_report.exporters.api import render
from directive_report.model import Decision, Report
from directive_report.readers._ingest import Ingested, ingest
from directive_report.readers.markdown_reader import shown_blocks

NAMES = examples.names()
RENDERINGS = (
    "docx",
    "odt",
    "markdown",
    "resaved-docx",
    "resaved-odt",
    "libreoffice-txt",
    "md-text",
)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Each example in each rendering, LibreOffice run once per target format."""
    folder = tmp_path_factory.mktemp("parts-examples")
    files: dict[tuple[str, str], Path] = {}
    for name in NAMES:
        report = examples.load(name)
        for fmt, suffix in (("docx", "docx"), ("odt", "odt"), ("markdown", "md")):
            path = folder / f"{name}.{suffix}"
            path.write_bytes(render(report, fmt, ExportOptions(embed_model=False)))
            files[name, fmt] = path
        shown = shown_blocks(files[name, "markdown"].read_bytes(), name)
        files[name, "md-text"] = folder / f"{name}.md.txt"
        text = "\n\n".join(block for _, block in shown)  # a blank line between blocks
        files[name, "md-text"].write_text(text + "\n", encoding="utf-8")
    docx = [files[name, "docx"] for name in NAMES]
    odt = [files[name, "odt"] for name in NAMES]
    for source, path in convert(docx, folder / "resaved", "docx").items():
        files[source.stem, "resaved-docx"] = path
    for source, path in convert(odt, folder / "resaved", "odt").items():
        files[source.stem, "resaved-odt"] = path
    for source, path in convert(docx, folder / "txt", "txt").items():
        files[source.stem, "libreoffice-txt"] = path
    return files


@pytest.fixture(scope="module")
def ingested(rendered: dict[tuple[str, str], Path]) -> dict[tuple[str, str], Ingested]:
    return {key: ingest(path) for key, path in rendered.items()}


def _as_printed(decision: Decision | None) -> Decision | None:
    """*decision* with its executors as the one enumeration its last article prints."""
    if decision is None or not decision.executors:
        return decision
    *head, last = decision.executors
    printed = f"{', '.join(head)} và {last}" if head else last
    return attrs.evolve(decision, executors=(printed,))


def _parts(report: Report) -> dict[str, Any]:
    return {
        "decision": _as_printed(report.decision),
        "request": report.request,
        "attachments": [
            (
                attachment.doc_type,
                attachment.summary,
                attachment.verb,
                [(chapter.title.upper(), chapter.articles) for chapter in attachment.chapters],
                attachment.articles,
            )
            for attachment in report.attachments
        ],
    }


@pytest.mark.parametrize("rendering", RENDERINGS)
@pytest.mark.parametrize("name", NAMES)
def test_the_decision_and_the_attached_document_come_back(
    ingested: dict[tuple[str, str], Ingested], name: str, rendering: str
) -> None:
    assert _parts(ingested[name, rendering].report) == _parts(examples.load(name))


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_the_quy_che_comes_back_whole(
    ingested: dict[tuple[str, str], Ingested], rendering: str
) -> None:
    """The Quy chế of quyet-dinh-quy-che-2025: three chapters, six articles numbered on through
    them, nothing left unplaced, the decision's own three Điều apart from them."""
    got = ingested["quyet-dinh-quy-che-2025", rendering]
    (attachment,) = got.report.attachments
    assert [chapter.title for chapter in attachment.chapters] == [
        "QUY ĐỊNH CHUNG",
        "QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG",
        "TỔ CHỨC THỰC HIỆN",
    ]
    assert [article.title for article in attachment.all_articles] == [
        "Phạm vi điều chỉnh và đối tượng áp dụng",
        "Nguyên tắc quản lý, sử dụng",
        "Cấp, thu hồi tài khoản",
        "Tiếp nhận và giải quyết hồ sơ",
        "Trách nhiệm của Sở Thông tin và Truyền thông",
        "Sửa đổi, bổ sung Quy chế",
    ]
    assert attachment.sections == ()
    assert attachment.intro == ()
    assert attachment.closing == ()
    assert got.report.decision is not None
    assert got.report.decision.article_count == 3
    assert got.unplaced == ()


@pytest.mark.parametrize("rendering", [r for r in RENDERINGS if r != "libreoffice-txt"])
@pytest.mark.parametrize("name", NAMES)
def test_the_contact_line_comes_back(
    ingested: dict[tuple[str, str], Ingested], name: str, rendering: str
) -> None:
    assert ingested[name, rendering].report.authority.contact == (
        examples.load(name).authority.contact
    )


def test_the_examples_hold_every_part_compared() -> None:
    """The comparisons above are not empty: the examples have a contact line, a request, a
    decision and attached documents divided in sections and in chapters."""
    reports = [examples.load(name) for name in NAMES]
    assert any(report.authority.contact for report in reports)
    assert any(report.request for report in reports)
    assert any(report.decision for report in reports)
    assert any(a.chapters for report in reports for a in report.attachments)
    assert any(a.sections for report in reports for a in report.attachments)


def test_libreoffice_s_plain_text_leaves_the_footer_out(
    rendered: dict[tuple[str, str], Path],
) -> None:
    text = rendered["cong-van-tin-dung-den-2020", "libreoffice-txt"].read_text(encoding="utf-8-sig")
    assert "Nguyễn Văn An" in text  # the signature, the last line of the body, is there
    assert "0204 0000 001" not in text
    assert "Website" not in text
