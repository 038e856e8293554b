"""The built-in ``odt`` exporter: an OpenDocument text file in the layout of Nghị định 30/2020/NĐ-CP.

The document is the one the ``docx`` exporter writes, translated from the same
:class:`~directive_report.layout.DocumentPlan`: A4, the profile's margins, Times New Roman in
every script slot, the borderless two-column header with its rules of computed length, headings,
justified body, the Nơi nhận / signature table kept with the last paragraph, and page numbers top
centre from page 2.  LibreOffice renders both files line for line alike.

Every part is written as text straight from the plan, as the DOCX is: ``styles.xml`` (the font,
a named style per role, the pages) by :mod:`~directive_report.exporters._odt_styles`,
``content.xml`` (the body and its automatic styles) by
:mod:`~directive_report.exporters._odt_content`, ``meta.xml`` and the manifest here, and the ZIP by
:func:`~directive_report.exporters._package.write_zip`: ``mimetype`` first and stored, a manifest
listing exactly the files written, fixed timestamps, so one report always gives the same bytes.
No odfpy is needed to write it (odfpy reads it back in the tests).

The serialized report travels inside the package as ``directive-report/report.json``, listed in
``META-INF/manifest.xml`` like every other file (LibreOffice refuses a package with an unlisted
file); :func:`read_embedded_report` reads it back.  An office suite that re-saves the document
drops it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO, ClassVar, Final

from directive_report.exporters import API_VERSION, ExportOptions
from directive_report.exporters._odf import root
from directive_report.exporters._odt_content import content_xml
from directive_report.exporters._odt_styles import styles_xml
from directive_report.exporters._package import (
    ODT_MEDIA_TYPE,
    ODT_REPORT_PATH,
    PackageMetadata,
    odt_report_properties,
    package_metadata,
    read_embedded_report,
    report_json,
    write_zip,
)
from directive_report.exporters._xml import escape, escape_attribute
from directive_report.layout import plan_document
from directive_report.model import Report

__all__ = ["MEDIA_TYPE", "MODEL_PATH", "OdtExporter", "build_odt", "read_embedded_report"]

#: The media type of an OpenDocument text, also the content of the package's ``mimetype`` file.
MEDIA_TYPE: Final = ODT_MEDIA_TYPE
#: Where the serialized report (compact JSON) is kept inside the package.
MODEL_PATH: Final = ODT_REPORT_PATH


class OdtExporter:
    """Renders a report as an OpenDocument text (``.odt``) in the layout of NĐ 30/2020.

    >>> import io
    >>> from directive_report import examples
    >>> from directive_report.exporters import ExportOptions
    >>> buffer = io.BytesIO()
    >>> OdtExporter().render(examples.load("bac-giang-ct21-2024"), buffer, ExportOptions())
    >>> buffer.getvalue()[30:77].decode()
    'mimetypeapplication/vnd.oasis.opendocument.text'
    >>> read_embedded_report(buffer).summary[:20]
    'Sơ kết năm thứ 4 thự'
    """

    name: ClassVar[str] = "odt"
    suffix: ClassVar[str] = ".odt"
    media_type: ClassVar[str] = MEDIA_TYPE
    api_version: ClassVar[int] = API_VERSION

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        """Write *report* to *stream* as an ODT package, laid out with ``options.layout``.

        The whole package is built in memory first: on an error nothing is written.
        """
        stream.write(build_odt(report, options))


def build_odt(report: Report, options: ExportOptions) -> bytes:
    """The bytes of the ``.odt`` file of *report*."""
    plan = plan_document(report, options.layout)
    carried = report_json(report) if options.embed_model else None
    parts = [
        ("content.xml", "text/xml", content_xml(plan).encode("utf-8")),
        ("styles.xml", "text/xml", styles_xml(plan).encode("utf-8")),
        ("meta.xml", "text/xml", meta_xml(package_metadata(report), carried).encode("utf-8")),
    ]
    if carried is not None:
        parts.append((MODEL_PATH, "application/json", carried.encode("utf-8")))
    return write_zip(
        [
            ("mimetype", MEDIA_TYPE.encode("ascii")),
            *((path, data) for path, _, data in parts),
            ("META-INF/manifest.xml", manifest_xml((path, kind) for path, kind, _ in parts)),
        ],
        stored={"mimetype"},
    )


def meta_xml(metadata: PackageMetadata, report: str | None = None) -> str:
    """``meta.xml``: generator, title, language, author and creation date, and the serialized
    *report* as the user-defined property :data:`~directive_report.exporters._package.ODT_REPORT_PROPERTY`
    (office suites keep those when they re-save a document; they drop unknown package files)."""
    carried = odt_report_properties(report) if report is not None else ""
    return (
        f"{root('office:document-meta')}<office:meta>"
        f"<meta:generator>{escape(metadata.generator)}</meta:generator>"
        f"<dc:title>{escape(metadata.title)}</dc:title>"
        f"<dc:language>{metadata.language}</dc:language>"
        f"<meta:initial-creator>{escape(metadata.creator)}</meta:initial-creator>"
        f"<meta:creation-date>{metadata.created}</meta:creation-date>"
        f"{carried}</office:meta></office:document-meta>"
    )


def manifest_xml(files: Iterable[tuple[str, str]]) -> bytes:
    """``META-INF/manifest.xml``: the package's own entry and one per ``(path, media type)``."""
    entries = "".join(
        f'\n <manifest:file-entry manifest:full-path="{escape_attribute(path)}" '
        f'manifest:media-type="{escape_attribute(media_type)}"/>'
        for path, media_type in files
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">\n'
        f' <manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        f'manifest:media-type="{MEDIA_TYPE}"/>{entries}\n</manifest:manifest>\n'
    ).encode()
