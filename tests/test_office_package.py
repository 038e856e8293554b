"""Tests of directive_report.exporters._package: the ZIP, the metadata and the embedded report
shared by the DOCX and ODT exporters.

The packages are read back with zipfile and ElementTree, and the metadata with python-docx and
odfpy, not with the module under test.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from directive_report import Report, examples
from directive_report.errors import EmbeddedReportError, ReportLoadError
from directive_report.exporters import ExportOptions
from directive_report.exporters._package import read_embedded_report, write_zip
from directive_report.exporters.docx_export import DocxExporter, build_docx
from directive_report.exporters.odt_export import OdtExporter, build_odt
from directive_report.readers import _limits

BUILDERS = {"docx": build_docx, "odt": build_odt}
SEED = "bac-giang-ct21-2024"


@pytest.fixture(scope="module")
def seed() -> Report:
    return examples.load(SEED)


def rewrite(data: bytes, changes: dict[str, bytes]) -> bytes:
    """The package *data* with the members named in *changes* replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            target.writestr(member, changes.get(member.filename, source.read(member)))
    return out.getvalue()


class TestZip:
    def test_members_in_order_with_fixed_time_and_permissions(self) -> None:
        data = write_zip([("b.xml", b"<b/>"), ("a.xml", b"<a/>" * 50)])
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            assert [i.filename for i in infos] == ["b.xml", "a.xml"]
            assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
            assert {i.external_attr >> 16 for i in infos} == {0o644}
            assert {i.create_system for i in infos} == {3}
            assert {i.compress_type for i in infos} == {zipfile.ZIP_DEFLATED}
            assert package.read("a.xml") == b"<a/>" * 50

    def test_stored_member_has_no_extra_field(self) -> None:
        data = write_zip([("mimetype", b"text/plain"), ("x", b"x")], stored={"mimetype"})
        assert data[30:38] == b"mimetype"
        assert data[38:48] == b"text/plain"  # stored, no extra field: the bytes follow the name

    @pytest.mark.parametrize("kind", sorted(BUILDERS))
    def test_same_report_same_bytes(self, seed: Report, kind: str) -> None:
        build = BUILDERS[kind]
        assert build(seed, ExportOptions()) == build(examples.load(SEED), ExportOptions())


class TestMetadata:
    def test_docx_and_odt_record_the_same(self, seed: Report) -> None:
        """Title, author, language and date are formatted alike in both formats."""
        import docx
        from odf import meta as odf_meta
        from odf.dc import Language, Title
        from odf.opendocument import load

        title = (
            "BÁO CÁO: Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg về tăng cường phòng "
            "ngừa, xử lý hoạt động lừa đảo chiếm đoạt tài sản"
        )
        properties = docx.Document(io.BytesIO(build_docx(seed, ExportOptions()))).core_properties
        assert (properties.title, properties.author, properties.language) == (
            title,
            "Sở Thông tin và Truyền thông",
            "vi-VN",
        )
        assert properties.created is not None
        assert properties.created.isoformat() == "2024-05-20T00:00:00+00:00"

        document = load(io.BytesIO(build_odt(seed, ExportOptions())))

        def text(element_type: object) -> str:
            (element,) = document.meta.getElementsByType(element_type)
            return str(element)

        assert text(Title) == title
        assert text(Language) == "vi-VN"
        assert text(odf_meta.InitialCreator) == "Sở Thông tin và Truyền thông"
        assert text(odf_meta.CreationDate) == "2024-05-20T00:00:00Z"
        assert text(odf_meta.Generator) == "directive-report"


class TestReadEmbeddedReport:
    @pytest.mark.parametrize("kind", sorted(BUILDERS))
    def test_one_reader_for_both_formats(self, seed: Report, kind: str, tmp_path: Path) -> None:
        """The same function reads the report back from a DOCX and an ODT, path or stream."""
        data = BUILDERS[kind](seed, ExportOptions())
        path = tmp_path / f"seed.{kind}"
        path.write_bytes(data)
        assert read_embedded_report(path) == seed
        assert read_embedded_report(str(path)) == seed
        assert read_embedded_report(io.BytesIO(data)) == seed

    def test_exporters_modules_give_the_same_function(self) -> None:
        from directive_report.exporters import docx_export, odt_export

        assert docx_export.read_embedded_report is odt_export.read_embedded_report
        assert docx_export.read_embedded_report is read_embedded_report

    @pytest.mark.parametrize("kind", sorted(BUILDERS))
    def test_stream_is_rewound(self, seed: Report, kind: str) -> None:
        """A stream just written to (its position at the end) is read from its start."""
        stream = io.BytesIO()
        (DocxExporter() if kind == "docx" else OdtExporter()).render(seed, stream, ExportOptions())
        assert stream.tell() > 0
        assert read_embedded_report(stream) == seed
        assert read_embedded_report(stream) == seed  # and again

    @pytest.mark.parametrize("kind", sorted(BUILDERS))
    def test_no_report(self, seed: Report, kind: str) -> None:
        data = BUILDERS[kind](seed, ExportOptions(embed_model=False))
        with pytest.raises(EmbeddedReportError, match=r"^<stream>: the document carries no report"):
            read_embedded_report(io.BytesIO(data))

    def test_neither_format(self) -> None:
        data = write_zip([("readme.txt", b"hello")])
        with pytest.raises(EmbeddedReportError, match=r"not a DOCX or ODT file: it has neither"):
            read_embedded_report(io.BytesIO(data))

    @pytest.mark.parametrize("kind", sorted(BUILDERS))
    def test_part_larger_than_the_limit(
        self, seed: Report, kind: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A member that decompresses beyond the limit is refused, not read into memory."""
        data = BUILDERS[kind](seed, ExportOptions())
        monkeypatch.setattr(_limits, "MAX_MEMBER_BYTES", 1000)
        with pytest.raises(EmbeddedReportError, match=r"inflates to \d+ bytes, more than 1000"):
            read_embedded_report(io.BytesIO(data))

    def test_size_declared_smaller_than_the_data(self, seed: Report) -> None:
        """An entry whose declared size is smaller than its data is refused by its CRC, never
        read past the size it declares."""
        data = bytearray(build_odt(seed, ExportOptions()))
        with zipfile.ZipFile(io.BytesIO(bytes(data))) as package:
            info = package.getinfo("directive-report/report.json")
        declared = info.file_size.to_bytes(4, "little")
        smaller = (info.file_size // 2).to_bytes(4, "little")
        # the size in the local header (offset 22) and in the central directory entry (24)
        local = info.header_offset
        assert data[local + 22 : local + 26] == declared
        data[local + 22 : local + 26] = smaller
        central = data.index(b"directive-report/report.json", local + 31) - 46  # name at 46
        assert data[central : central + 4] == b"PK\x01\x02"
        assert data[central + 24 : central + 28] == declared
        data[central + 24 : central + 28] = smaller
        with pytest.raises(
            EmbeddedReportError, match=r"report\.json' is damaged or truncated \(Bad CRC"
        ):
            read_embedded_report(io.BytesIO(bytes(data)))

    def test_no_entity_is_ever_expanded(self, seed: Report) -> None:
        """A custom XML part with a document type declaration (here the "billion laughs") is
        refused before any entity is declared."""
        laughs = (
            b'<?xml version="1.0"?><!DOCTYPE report [<!ENTITY a "ha">'
            + b"".join(
                f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode()
                for i in range(9)
            )
            + b']><report xmlns="urn:directive-report:model">&j;</report>'
        )
        data = rewrite(build_docx(seed, ExportOptions()), {"customXml/item1.xml": laughs})
        with pytest.raises(
            EmbeddedReportError, match=r"document type declaration \(DTD, entities\) is refused"
        ):
            read_embedded_report(io.BytesIO(data))

    def test_malformed_custom_xml(self, seed: Report) -> None:
        data = rewrite(build_docx(seed, ExportOptions()), {"customXml/item1.xml": b"<report"})
        with pytest.raises(EmbeddedReportError, match=r"customXml/item1\.xml: not well-formed XML"):
            read_embedded_report(io.BytesIO(data))

    def test_odt_report_not_utf8(self, seed: Report) -> None:
        data = rewrite(
            build_odt(seed, ExportOptions()), {"directive-report/report.json": b'{"a": "\xff"}'}
        )
        with pytest.raises(ReportLoadError, match=r"report\.json: not UTF-8 text"):
            read_embedded_report(io.BytesIO(data))

    def test_markup_in_the_report_survives(self, seed: Report) -> None:
        """Text with <, & and quotes travels through the DOCX's XML part unchanged."""
        import attrs

        report = attrs.evolve(seed, summary='Điều <1> & "khoản" 2 ]]> &amp;')
        for build in BUILDERS.values():
            assert read_embedded_report(io.BytesIO(build(report, ExportOptions()))) == report

    def test_unreadable_path(self, tmp_path: Path) -> None:
        with pytest.raises(EmbeddedReportError, match=re.escape(f"{tmp_path}: is a directory")):
            read_embedded_report(tmp_path)  # a folder
