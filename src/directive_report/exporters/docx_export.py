"""The built-in ``docx`` exporter: Word documents in the layout of Nghị định 30/2020/NĐ-CP.

The layout comes from :func:`~directive_report.layout.plan.plan_document`; this module only
writes it as WordprocessingML: one named style per :class:`~directive_report.layout.Role` (so a
clerk can restyle the document in Word), A4 with the profile's margins, the page number top centre
from page 2, the header and signature blocks as borderless fixed tables, rules of computed length.

>>> import io
>>> from directive_report import examples
>>> from directive_report.exporters import ExportOptions
>>> report = examples.load("bac-giang-ct21-2024")
>>> buffer = io.BytesIO()
>>> DocxExporter().render(report, buffer, ExportOptions())
>>> read_embedded_report(buffer) == report
True

The file carries the report itself (``ExportOptions.embed_model``, on by default) as a custom XML
data part, which Word and LibreOffice keep but do not display; :func:`read_embedded_report` reads
it back.  The same report always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import uuid
import zipfile
from typing import BinaryIO, ClassVar, Final

from directive_report.errors import EmbeddedReportError
from directive_report.exporters import API_VERSION, ExportOptions
from directive_report.exporters import _docx_oxml as oxml
from directive_report.layout.plan import plan_document
from directive_report.model import Report

__all__ = [
    "DocxExporter",
    "build_docx",
    "read_embedded_report",
]

_MODEL_ITEM: Final = "customXml/item1.xml"
_ZIP_DATE: Final = (1980, 1, 1, 0, 0, 0)  # fixed, so that the same report gives the same bytes


class DocxExporter:
    """Write a report as a ``.docx`` file in the NĐ 30/2020 layout (see the module docs)."""

    name: ClassVar[str] = "docx"
    suffix: ClassVar[str] = ".docx"
    media_type: ClassVar[str] = f"{oxml._WORDML}.document"
    api_version: ClassVar[int] = API_VERSION

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        """Write *report* to the binary *stream* (which is left open).

        Everything is built in memory first: a report that cannot be written raises before the
        first byte reaches *stream*.
        """
        stream.write(build_docx(report, options))


def build_docx(report: Report, options: ExportOptions) -> bytes:
    """The bytes of the ``.docx`` file of *report*."""
    plan = plan_document(report, options.layout)
    document_rels = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "header", "header1.xml"),
    ]
    created = dt.datetime.combine(report.date, dt.time()).isoformat() + "Z"
    title = f"{report.doc_type.title}: {report.summary}"
    parts: dict[str, str] = {
        "_rels/.rels": oxml.relationships(
            [
                ("rId1", "officeDocument", "word/document.xml"),
                (
                    "rId2",
                    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                    "docProps/core.xml",
                ),
                ("rId3", "extended-properties", "docProps/app.xml"),
            ]
        ),
        "docProps/core.xml": oxml.core_properties(title, report.authority.name, created),
        "docProps/app.xml": oxml.app_properties("directive-report"),
        "word/document.xml": oxml.document(plan, header_id="rId3"),
        "word/styles.xml": oxml.styles(plan),
        "word/settings.xml": oxml.SETTINGS,
        "word/header1.xml": oxml.page_header(plan),
    }
    overrides = [
        ("/word/document.xml", oxml.CONTENT_TYPES["document"]),
        ("/word/styles.xml", oxml.CONTENT_TYPES["styles"]),
        ("/word/settings.xml", oxml.CONTENT_TYPES["settings"]),
        ("/word/header1.xml", oxml.CONTENT_TYPES["header"]),
        ("/docProps/core.xml", oxml.CONTENT_TYPES["core"]),
        ("/docProps/app.xml", oxml.CONTENT_TYPES["app"]),
    ]
    if options.embed_model:
        from directive_report.serialize import dumps

        report_json = dumps(report, "json", compact=True)
        item_id = str(uuid.uuid5(uuid.NAMESPACE_URL, oxml.MODEL_NAMESPACE + report_json)).upper()
        parts[_MODEL_ITEM] = oxml.model_item(report_json)
        parts["customXml/itemProps1.xml"] = oxml.model_item_properties(item_id)
        parts["customXml/_rels/item1.xml.rels"] = oxml.relationships(
            [("rId1", "customXmlProps", "itemProps1.xml")]
        )
        overrides.append(("/customXml/itemProps1.xml", oxml.CONTENT_TYPES["custom_xml_properties"]))
        document_rels.append(("rId4", "customXml", "../customXml/item1.xml"))
    parts["word/_rels/document.xml.rels"] = oxml.relationships(document_rels)

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for name, text in [("[Content_Types].xml", oxml.content_types(overrides)), *parts.items()]:
            member = zipfile.ZipInfo(name, _ZIP_DATE)
            member.external_attr = 0o644 << 16  # rw-r--r-- when unzipped
            package.writestr(member, text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def read_embedded_report(source: str | os.PathLike[str] | BinaryIO) -> Report:
    """The report a ``.docx`` written by :class:`DocxExporter` carries, from a path or a binary
    stream.

    Raises :class:`~directive_report.errors.EmbeddedReportError` when *source* is not a DOCX package or carries no report
    (written with ``embed_model=False``, or by another program), and
    :class:`~directive_report.errors.ReportLoadError` when the carried report is invalid.
    """
    import xml.etree.ElementTree as ElementTree

    from directive_report.serialize import loads

    name = (
        os.fspath(source)
        if isinstance(source, str | os.PathLike)
        else getattr(source, "name", "<stream>")
    )
    name = str(name)
    if not isinstance(source, str | os.PathLike):
        source.seek(0)
    try:
        with zipfile.ZipFile(source) as package:
            items = [
                n for n in package.namelist() if n.startswith("customXml/item") and "Props" not in n
            ]
            for item in items:
                root = ElementTree.fromstring(package.read(item))
                if root.tag == f"{{{oxml.MODEL_NAMESPACE}}}report":
                    return loads(root.text or "", "json", source=f"{name}:{item}")
    except FileNotFoundError:
        raise EmbeddedReportError(name, "no such file") from None
    except (zipfile.BadZipFile, ElementTree.ParseError) as error:
        raise EmbeddedReportError(name, f"not a DOCX package ({error})") from None
    raise EmbeddedReportError(
        name,
        "carries no report: it was written with embed_model=False or by another program "
        f"(expected a custom XML part in the namespace {oxml.MODEL_NAMESPACE})",
    )
