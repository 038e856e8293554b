"""The ODT exporter's package: its contract, ZIP layout, manifest, metadata and the embedded
report, read back with ElementTree and odfpy (docs/odt.md)."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings

from _odt import (
    NATIONAL_TITLE,
    NS,
    Odt,
    odf_text,
    q,
    render,
)
from directive_report import Paragraph, Report
from directive_report.errors import DirectiveReportError, EmbeddedReportError, ReportLoadError
from directive_report.exporters import Exporter, ExportOptions
from directive_report.exporters.odt_export import (
    MEDIA_TYPE,
    MODEL_PATH,
    OdtExporter,
    read_embedded_report,
)
from directive_report.layout import LayoutProfile, plan_document
from directive_report.testing import reports

# --------------------------------------------------------------------------------------------
# The exporter and the package


def test_exporter_contract() -> None:
    """OdtExporter satisfies the plug-in contract under the name "odt"."""
    exporter = OdtExporter()
    assert isinstance(exporter, Exporter)
    assert (exporter.name, exporter.suffix, exporter.media_type) == (
        "odt",
        ".odt",
        "application/vnd.oasis.opendocument.text",
    )


def test_import_does_not_load_odfpy() -> None:
    """odfpy is imported when a document is rendered, not when the module is imported."""
    import subprocess
    import sys

    code = (
        "import sys, directive_report.exporters.odt_export; "
        "print(sorted(m for m in sys.modules if m == 'odf' or m.startswith('odf.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


class TestPackage:
    """The ZIP container: what every ODF consumer sniffs and LibreOffice insists on."""

    def test_mimetype_first_and_stored(self, seed_odt: Odt) -> None:
        """``mimetype`` is the first member, stored, without an extra field (ODF 1.2 Part 3 §3.3),
        so its bytes sit at offset 38 of the file."""
        with zipfile.ZipFile(io.BytesIO(seed_odt.data)) as package:
            first = package.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert first.extra == b""
        assert seed_odt.data[30:38] == b"mimetype"
        assert seed_odt.data[38:77] == b"application/vnd.oasis.opendocument.text"

    def test_manifest_lists_every_file(self, seed_odt: Odt) -> None:
        """Every member but ``mimetype`` and the manifest itself is listed, the report included,
        with its media type; the root entry carries the document's media type."""
        with zipfile.ZipFile(io.BytesIO(seed_odt.data)) as package:
            members = set(package.namelist()) - {"mimetype", "META-INF/manifest.xml"}
        entries = {
            entry.get(q("manifest:full-path")): entry.get(q("manifest:media-type"))
            for entry in seed_odt.manifest.iterfind("manifest:file-entry", NS)
        }
        assert entries.pop("/") == MEDIA_TYPE
        assert set(entries) == members
        assert members == {"content.xml", "styles.xml", "meta.xml", MODEL_PATH}
        assert entries[MODEL_PATH] == "application/json"
        assert seed_odt.manifest.get(q("manifest:version")) == "1.2"

    def test_same_report_same_bytes(self, seed_report: Report, seed_odt: Odt) -> None:
        """Rendering is deterministic: no clock in the package."""
        assert render(seed_report) == seed_odt.data

    def test_odfpy_reads_it_back(self, seed_odt: Odt) -> None:
        """odfpy loads the package and finds the body's text."""
        from odf import teletype
        from odf.opendocument import load
        from odf.text import P

        document = load(io.BytesIO(seed_odt.data))
        texts = [teletype.extractText(p) for p in document.getElementsByType(P)]
        assert NATIONAL_TITLE in texts
        assert "Ngô Đình Tiến" in texts

    def test_metadata(self, seed_odt: Odt) -> None:
        """meta.xml names the document and its language."""
        with zipfile.ZipFile(io.BytesIO(seed_odt.data)) as package:
            meta = ET.fromstring(package.read("meta.xml"))
        assert meta.findtext(".//dc:language", namespaces=NS) == "vi-VN"
        title = meta.findtext(".//dc:title", namespaces=NS)
        assert title is not None
        assert title.startswith("BÁO CÁO: Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg")

    def test_nothing_written_on_error(self, seed_report: Report) -> None:
        """A report that cannot be laid out raises a library error and leaves the stream empty."""
        narrow = LayoutProfile(header_left_width=75, header_right_width=90)
        stream = io.BytesIO()
        with pytest.raises(DirectiveReportError, match="header_right_width"):
            OdtExporter().render(seed_report, stream, ExportOptions(layout=narrow))
        assert stream.getvalue() == b""

    @pytest.mark.parametrize("character", ["\x00", "\x0b", "\x1f", "\ufffe"])
    def test_text_xml_cannot_carry_never_reaches_the_exporter(self, character: str) -> None:
        """A control character XML cannot carry is refused by the model, naming it, so no report
        can hold one (odfpy alone would silently print U+FFFD in its place)."""
        with pytest.raises(DirectiveReportError, match=rf"U\+{ord(character):04X}.*'Trước"):
            Paragraph(runs=f"Trước{character}sau")


class TestEmbeddedReport:
    """The serialized report carried inside the package."""

    def test_round_trip_from_path_and_stream(self, seed_report: Report, tmp_path: Path) -> None:
        """The report read back from a file or a stream equals the one rendered."""
        path = tmp_path / "seed.odt"
        path.write_bytes(render(seed_report))
        assert read_embedded_report(path) == seed_report
        assert read_embedded_report(str(path)) == seed_report
        with path.open("rb") as stream:
            assert read_embedded_report(stream) == seed_report

    def test_left_out_on_request(self, seed_report: Report, tmp_path: Path) -> None:
        """``embed_model=False``: no model in the package, and reading it says why, naming the file."""
        path = tmp_path / "bare.odt"
        path.write_bytes(render(seed_report, ExportOptions(embed_model=False)))
        with zipfile.ZipFile(path) as package:
            assert MODEL_PATH not in package.namelist()
        with pytest.raises(
            EmbeddedReportError, match=r"bare\.odt: the document carries no report"
        ) as info:
            read_embedded_report(path)
        assert info.value.source == str(path)

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"not a zip at all", "not a DOCX or ODT file: not a ZIP package"),
            (b"", "the file is empty"),
        ],
    )
    def test_not_a_package(self, tmp_path: Path, data: bytes, message: str) -> None:
        """Bytes that are not a ZIP give an EmbeddedReportError naming the file."""
        path = tmp_path / "broken.odt"
        path.write_bytes(data)
        with pytest.raises(EmbeddedReportError, match=rf"broken\.odt: {message}"):
            read_embedded_report(path)

    def test_other_document_type(self, tmp_path: Path) -> None:
        """A ZIP of another kind (here a spreadsheet's mimetype) is refused with what was found."""
        path = tmp_path / "sheet.ods"
        with zipfile.ZipFile(path, "w") as package:
            package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        with pytest.raises(EmbeddedReportError, match=r"not an ODT text document.*spreadsheet"):
            read_embedded_report(path)

    def test_damaged_model(self, seed_report: Report, tmp_path: Path) -> None:
        """A model that is not a valid report is reported with its place inside the package."""
        path = tmp_path / "damaged.odt"
        with (
            zipfile.ZipFile(io.BytesIO(render(seed_report))) as source,
            zipfile.ZipFile(path, "w") as target,
        ):
            for member in source.infolist():
                data = source.read(member)
                if member.filename == MODEL_PATH:
                    data = re.sub(rb'"date": ?"2024-05-20"', b'"date": "20/5/2024"', data, count=1)
                    model = data.decode("utf-8")
                target.writestr(member, data)
        with pytest.raises(
            ReportLoadError, match=rf"damaged\.odt:{MODEL_PATH}, line 1, column \d+: date"
        ) as info:
            read_embedded_report(path)
        assert info.value.location == "date"
        (problem,) = info.value.problems
        assert "\n" not in model
        assert model[problem.column - 1 :].startswith('"20/5/2024"')  # type: ignore[operator]

    def test_missing_file(self, tmp_path: Path) -> None:
        """A path that does not exist is an EmbeddedReportError too."""
        with pytest.raises(EmbeddedReportError, match=r"nowhere\.odt"):
            read_embedded_report(tmp_path / "nowhere.odt")


# --------------------------------------------------------------------------------------------
# Properties over many reports


@settings(max_examples=25)
@given(reports(parts=True))
def test_any_report_renders_a_valid_package(report: Report) -> None:
    """Every valid report renders; the package is well formed, its manifest complete, the
    embedded report equal to the original, and every planned paragraph present in order."""
    odt = Odt.parse(render(report))
    with zipfile.ZipFile(io.BytesIO(odt.data)) as package:
        assert package.namelist()[0] == "mimetype"
        members = set(package.namelist()) - {"mimetype", "META-INF/manifest.xml"}
    listed = {
        e.get(q("manifest:full-path")) for e in odt.manifest.iterfind("manifest:file-entry", NS)
    }
    assert listed - {"/"} == members
    assert read_embedded_report(io.BytesIO(odt.data)) == report
    planned = [p.text for p in plan_document(report).paragraphs() if p.text]  # not empty cells
    assert [odf_text(p) for p in odt.paragraphs() if odf_text(p)] == planned
