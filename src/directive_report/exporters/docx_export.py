"""The built-in ``docx`` exporter: Word documents in the layout of Nghị định 30/2020/NĐ-CP.

The layout comes from :func:`~directive_report.layout.plan_document`; this module only
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

import uuid
from typing import BinaryIO, ClassVar, Final

from directive_report.exporters import API_VERSION, ExportOptions
from directive_report.exporters import _docx_oxml as oxml
from directive_report.exporters._package import (
    DOCX_REPORT_NAMESPACE,
    docx_report_item,
    package_metadata,
    read_embedded_report,
    report_json,
    write_zip,
)
from directive_report.layout import PageStart, plan_document
from directive_report.model import Report

__all__ = [
    "DocxExporter",
    "build_docx",
    "read_embedded_report",
]

_MODEL_ITEM: Final = "customXml/item1.xml"
#: The footers of the first page of the first section (ô 13) and of the later sections (empty).
_FOOTERS: Final = ("footer1.xml", "footer2.xml")
_FOOTER_IDS: Final = ("rId5", "rId6")


class DocxExporter:
    """Write a report as a ``.docx`` file in the NĐ 30/2020 layout (see the module docs)."""

    name: ClassVar[str] = "docx"
    suffix: ClassVar[str] = ".docx"
    media_type: ClassVar[str] = oxml.MEDIA_TYPE
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
    metadata = package_metadata(report)
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
        "docProps/core.xml": oxml.core_properties(metadata),
        "docProps/app.xml": oxml.app_properties(metadata),
        "word/document.xml": oxml.document(
            plan, header_id="rId3", footer_ids=_FOOTER_IDS if plan.first_page_footer else None
        ),
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
    if plan.first_page_footer:  # ô 13 on page 1; the later sections' first pages print none
        sections = 1 + sum(isinstance(block, PageStart) for block in plan.blocks)
        footers = zip(_FOOTER_IDS, _FOOTERS, (plan.first_page_footer, ()), strict=True)
        for rel_id, name, content in list(footers)[: min(sections, 2)]:
            parts[f"word/{name}"] = oxml.page_footer(content)
            overrides.append((f"/word/{name}", oxml.CONTENT_TYPES["footer"]))
            document_rels.append((rel_id, "footer", name))
    if options.embed_model:
        json_text = report_json(report)
        item_id = str(uuid.uuid5(uuid.NAMESPACE_URL, DOCX_REPORT_NAMESPACE + json_text)).upper()
        parts[_MODEL_ITEM] = docx_report_item(json_text)
        parts["customXml/itemProps1.xml"] = oxml.model_item_properties(item_id)
        parts["customXml/_rels/item1.xml.rels"] = oxml.relationships(
            [("rId1", "customXmlProps", "itemProps1.xml")]
        )
        overrides.append(("/customXml/itemProps1.xml", oxml.CONTENT_TYPES["custom_xml_properties"]))
        document_rels.append(("rId4", "customXml", "../customXml/item1.xml"))
    parts["word/_rels/document.xml.rels"] = oxml.relationships(document_rels)

    return write_zip(
        (name, text.encode("utf-8"))
        for name, text in [("[Content_Types].xml", oxml.content_types(overrides)), *parts.items()]
    )
