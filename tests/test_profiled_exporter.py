"""ProfiledExporter: a built-in exporter under another name with its own layout and defaults."""

from __future__ import annotations

import io
import zipfile

import attrs
import docx

from directive_report import Report, examples
from directive_report.exporters import ExportOptions, ProfiledExporter
from directive_report.exporters.docx_export import DocxExporter
from directive_report.exporters.markdown_export import MarkdownExporter
from directive_report.layout import SIZE_SETS, LayoutProfile
from directive_report.testing import check_exporter

WIDE = LayoutProfile(margin_left=35, margin_right=20, sizes=SIZE_SETS["12/13"])


def _with_note(report: Report) -> Report:
    return attrs.evolve(report, summary=report.summary + " (bản in của tỉnh)")


def test_contract_and_identity() -> None:
    """Its own name; the base's suffix and media type; the contract holds."""
    exporter = ProfiledExporter(MarkdownExporter(), name="tinh-md", layout=WIDE)
    assert (exporter.name, exporter.suffix, exporter.media_type) == (
        "tinh-md",
        ".md",
        "text/markdown",
    )
    check_exporter(exporter)


def test_layout_replaces_the_options_layout_and_prepare_runs_first() -> None:
    """The profile's margins win over the options' layout; the prepared report is printed, the
    embed option passes through, and the caller's report is left as it was."""
    report = examples.load("bac-giang-ct21-2024")
    exporter = ProfiledExporter(DocxExporter(), name="tinh-docx", layout=WIDE, prepare=_with_note)
    data = check_exporter(exporter, report, options=ExportOptions(embed_model=False))
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    margins = (section.left_margin, section.right_margin)
    assert [round(m.mm, 1) if m is not None else None for m in margins] == [35.0, 20.0]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "(bản in của tỉnh)" in text
    assert "(bản in của tỉnh)" not in report.summary
    embedded = check_exporter(exporter, report)  # the default options embed the report
    assert set(_members(embedded)) - set(_members(data)) == {
        "customXml/item1.xml",
        "customXml/itemProps1.xml",
        "customXml/_rels/item1.xml.rels",
    }


def _members(package: bytes) -> list[str]:
    return zipfile.ZipFile(io.BytesIO(package)).namelist()
