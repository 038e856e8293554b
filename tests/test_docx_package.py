"""The DOCX exporter's contract and its embedded report, read back with python-docx.

Every expected value is independent of the code under test: sizes and faces from the decree
(docs/decree-layout.md), text widths measured with fontTools on the Liberation Serif font files, text
from the model, positions and lengths measured in LibreOffice's PDF and page image.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from _docx import (
    render,
    reopen,
)
from directive_report import Report
from directive_report.errors import (
    DirectiveReportError,
    EmbeddedReportError,
    ReportLoadError,
    UnprintableTextError,
)
from directive_report.exporters import Exporter, ExportOptions
from directive_report.exporters.docx_export import (
    DocxExporter,
    read_embedded_report,
)
from directive_report.testing import reports
from test_same_words import docx_texts

# --------------------------------------------------------------------------------------------
# The contract


def test_satisfies_the_exporter_protocol() -> None:
    """DocxExporter is an Exporter named docx with the Word media type."""
    exporter = DocxExporter()
    assert isinstance(exporter, Exporter)
    assert (exporter.name, exporter.suffix) == ("docx", ".docx")
    assert (
        exporter.media_type
        == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def test_declared_as_entry_point() -> None:
    """The built-in is found like a plug-in, through the entry-point group."""
    from importlib.metadata import entry_points

    (point,) = entry_points(group="directive_report.exporters", name="docx")
    assert point.load() is DocxExporter


def test_same_report_same_bytes(seed_report: Report, seed_docx: bytes) -> None:
    """Output is reproducible: no timestamps, no random ids."""
    assert render(seed_report) == seed_docx


def test_stream_is_left_open_and_only_appended_to(seed_report: Report, seed_docx: bytes) -> None:
    """render writes the whole file to the stream and does not close it."""
    buffer = io.BytesIO()
    DocxExporter().render(seed_report, buffer, ExportOptions())
    assert not buffer.closed
    assert buffer.getvalue() == seed_docx


# --------------------------------------------------------------------------------------------
# The embedded model


def test_embedded_report_round_trip(seed_report: Report, seed_docx: bytes, tmp_path: Path) -> None:
    """The report read back from the file (path or stream) equals the one rendered."""
    path = tmp_path / "seed.docx"
    path.write_bytes(seed_docx)
    assert read_embedded_report(path) == seed_report
    assert read_embedded_report(io.BytesIO(seed_docx)) == seed_report


def test_embedded_part_is_a_registered_custom_xml_part(seed_docx: bytes) -> None:
    """A custom XML data part, related from the document and with its properties part typed in
    [Content_Types].xml, so that Word and LibreOffice keep it without showing it."""
    with zipfile.ZipFile(io.BytesIO(seed_docx)) as package:
        rels = package.read("word/_rels/document.xml.rels").decode()
        types = package.read("[Content_Types].xml").decode()
        assert "relationships/customXml" in rels
        assert 'Target="../customXml/item1.xml"' in rels
        assert 'PartName="/customXml/itemProps1.xml"' in types
        assert package.namelist()[0] == "[Content_Types].xml"


def test_no_model_when_not_asked(seed_report: Report) -> None:
    """embed_model=False writes no model part, and reading says so clearly."""
    data = render(seed_report, ExportOptions(embed_model=False))
    assert not [
        n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("customXml")
    ]
    with pytest.raises(EmbeddedReportError, match="carries no report"):
        read_embedded_report(io.BytesIO(data))


def test_reading_errors_name_the_file(tmp_path: Path) -> None:
    """Not a package, or no such file: a DirectiveReportError naming the file."""
    bogus = tmp_path / "notes.docx"
    bogus.write_text("not a zip")
    with pytest.raises(EmbeddedReportError, match=r"notes\.docx: not a DOCX or ODT file") as error:
        read_embedded_report(bogus)
    assert isinstance(error.value, DirectiveReportError)
    with pytest.raises(EmbeddedReportError, match="no such file"):
        read_embedded_report(tmp_path / "missing.docx")


def test_corrupt_model_is_a_load_error(seed_docx: bytes) -> None:
    """A model part that is not a valid report raises ReportLoadError naming the part."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(seed_docx)) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "customXml/item1.xml":
                data = data.replace(b'"summary"', b'"summari"', 1)
            target.writestr(item, data)
    with pytest.raises(
        ReportLoadError, match=r"customXml/item1\.xml: summary: required key missing"
    ):
        read_embedded_report(buffer)


def test_control_characters_never_reach_the_exporter(seed_report: Report) -> None:
    """Text XML cannot carry is refused when the report is built, so no report holds any."""
    with pytest.raises(UnprintableTextError, match=r"U\+0007"):
        attrs.evolve(seed_report, closing=["Xin báo cáo\x07."])


def test_markup_characters_are_text(seed_report: Report) -> None:
    """<, >, & and quotes in the report are text, not markup."""
    text = 'Điều <1> & "khoản" 2'
    report = attrs.evolve(seed_report, closing=[text])
    paragraphs = reopen(render(report)).paragraphs
    assert paragraphs[-1].text == text + "./."


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports(parts=True))
def test_any_report_round_trips_and_keeps_its_text(report: Report) -> None:
    """Property: for generated reports (tables, decisions and appendices included), the file
    opens in python-docx, carries the report unchanged, and holds every text of the model in
    order."""
    data = render(report)
    assert read_embedded_report(io.BytesIO(data)) == report
    text = "\n".join(docx_texts(data))  # paragraphs and table cells, in order
    position = 0
    for piece in report.body_texts():
        found = text.find(piece, position)
        assert found >= 0, piece
        position = found + len(piece)
