"""Office packages, DOCX and ODT alike: the ZIP, the metadata and the report carried inside.

Both office exporters write their parts as text and hand them to :func:`write_zip`, which makes
the same bytes for the same parts on any machine: members in the order given, every timestamp
1980-01-01 00:00, the same permissions and host system, deflated at one fixed level (a member
named in *stored*, such as ODF's ``mimetype``, is stored).  :func:`package_metadata` gives both
formats one title, author, language and date.

The report travels inside the package, serialized as compact JSON (:func:`report_json`):

* in an ODT, as the file :data:`ODT_REPORT_PATH`, listed in the manifest, and as the
  user-defined document property :data:`ODT_REPORT_PROPERTY` (:func:`odt_report_properties`);
* in a DOCX, as the text of a custom XML data part (:func:`docx_report_item`) whose root element
  is ``report`` in the namespace :data:`DOCX_REPORT_NAMESPACE`.

No XML text node holds more than :data:`MAX_NODE_CHARS` characters of it: a larger report is cut
into pieces (``part`` elements in the DOCX, properties ``directive-report-2``, ``-3``… in the
ODT), since XML parsers refuse a text node over 10 MB.

:func:`read_embedded_report` reads it back from either, through the bounded reading every
reader of the library uses (:mod:`directive_report.readers._limits`): the file, the number of
members and each member's inflated size are capped, a member is never inflated past the size its
entry declares, and XML is parsed with any document type declaration refused, so no entity is
ever declared or expanded.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from collections.abc import Collection, Iterable
from typing import IO, TYPE_CHECKING, Final

import attrs

from directive_report import i18n
from directive_report.errors import EmbeddedReportError, ReportLoadError
from directive_report.exporters._xml import escape

if TYPE_CHECKING:
    from directive_report.model import Report
    from directive_report.readers._limits import Package as _Package

__all__ = [
    "DOCX_REPORT_NAMESPACE",
    "MAX_NODE_CHARS",
    "ODT_MEDIA_TYPE",
    "ODT_REPORT_PATH",
    "ODT_REPORT_PROPERTY",
    "ZIP_TIME",
    "PackageMetadata",
    "docx_report_item",
    "odt_report_properties",
    "package_metadata",
    "read_embedded_report",
    "report_json",
    "write_zip",
]

#: The timestamp of every member: fixed, so that the same report always gives the same bytes.
ZIP_TIME: Final = (1980, 1, 1, 0, 0, 0)
#: zlib's level for every deflated member (its default, written out so it cannot drift).
_COMPRESS_LEVEL: Final = 6
#: The media type of an OpenDocument text: the content of its ``mimetype`` member.
ODT_MEDIA_TYPE: Final = "application/vnd.oasis.opendocument.text"
#: Where an ODT keeps the serialized report.
ODT_REPORT_PATH: Final = "directive-report/report.json"
#: The user-defined document property (``meta.xml``) that carries the report in an ODT too:
#: LibreOffice keeps it when it re-saves the document, which drops :data:`ODT_REPORT_PATH`.
ODT_REPORT_PROPERTY: Final = "directive-report"
#: The most characters of the carried report in one XML text node.  libxml2 — under lxml,
#: python-docx and LibreOffice — refuses a text node over 10,000,000 bytes unless told to parse
#: "huge" XML; a character is at most 4 bytes of UTF-8 (an escaped ``&amp;`` 5), so a larger
#: report is cut into several nodes.
MAX_NODE_CHARS: Final = 1_000_000
#: The namespace of the root element of the DOCX custom XML part that carries the report.
DOCX_REPORT_NAMESPACE: Final = "urn:directive-report:model"
_DOCX_PREFIX: Final = "customXml/item"


# --------------------------------------------------------------------------------------------
# Writing


def write_zip(parts: Iterable[tuple[str, bytes]], *, stored: Collection[str] = ()) -> bytes:
    """The ZIP bytes of *parts* (``(path, data)`` in order): deterministic, deflated, the paths in
    *stored* stored uncompressed and without an extra field.

    >>> data = write_zip([("mimetype", b"text/plain"), ("a.txt", b"a" * 100)], stored={"mimetype"})
    >>> data == write_zip([("mimetype", b"text/plain"), ("a.txt", b"a" * 100)], stored={"mimetype"})
    True
    >>> with zipfile.ZipFile(io.BytesIO(data)) as package:
    ...     [(i.filename, i.date_time, i.compress_type) for i in package.infolist()]
    [('mimetype', (1980, 1, 1, 0, 0, 0), 0), ('a.txt', (1980, 1, 1, 0, 0, 0), 8)]
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for path, data in parts:
            member = zipfile.ZipInfo(path, ZIP_TIME)
            member.create_system = 3  # Unix: the permissions below mean the same everywhere
            member.external_attr = 0o644 << 16  # rw-r--r-- when unzipped
            if path in stored:
                member.compress_type = zipfile.ZIP_STORED
                package.writestr(member, data)
            else:
                member.compress_type = zipfile.ZIP_DEFLATED
                package.writestr(member, data, compresslevel=_COMPRESS_LEVEL)
    return buffer.getvalue()


@attrs.frozen(kw_only=True)
class PackageMetadata:
    """What both office formats record about a document: ``title``, ``creator`` (the issuing
    authority), ``language``, ``created`` (ISO 8601, the report's date at midnight UTC) and
    ``generator``."""

    title: str
    creator: str
    created: str
    language: str = "vi-VN"
    generator: str = "directive-report"


def package_metadata(report: Report) -> PackageMetadata:
    """The metadata of *report*'s document: the title is the type and the trích yếu.

    >>> from directive_report import examples
    >>> metadata = package_metadata(examples.load("bac-giang-ct21-2024"))
    >>> metadata.title[:30], metadata.creator, metadata.created
    ('BÁO CÁO: Sơ kết năm thứ 4 thực', 'Sở Thông tin và Truyền thông', '2024-05-20T00:00:00Z')
    """
    return PackageMetadata(
        title=f"{report.doc_type.title}: {report.summary}",
        creator=report.authority.name,
        created=dt.datetime.combine(report.date, dt.time()).isoformat() + "Z",
    )


def report_json(report: Report) -> str:
    """*report* serialized as it travels inside a package: compact JSON."""
    from directive_report.serialize import dumps

    return dumps(report, "json", compact=True)


def report_chunks(json_text: str) -> list[str]:
    """*json_text* cut into pieces of at most :data:`MAX_NODE_CHARS` characters, each to be one
    XML text node (one piece, the whole text, for any report of ordinary size).

    >>> [len(piece) for piece in report_chunks("x" * (2 * MAX_NODE_CHARS + 5))]
    [1000000, 1000000, 5]
    """
    size = MAX_NODE_CHARS
    return [json_text[start : start + size] for start in range(0, len(json_text), size)] or [""]


def docx_report_item(json_text: str) -> str:
    """The DOCX custom XML part that carries *json_text*: one ``report`` element holding the
    text, or, past :data:`MAX_NODE_CHARS` characters, one ``part`` element per piece."""
    chunks = report_chunks(json_text)
    content = (
        escape(json_text)
        if len(chunks) == 1
        else "".join(f"<part>{escape(chunk)}</part>" for chunk in chunks)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<report xmlns="{DOCX_REPORT_NAMESPACE}" format="json">{content}</report>'
    )


def odt_report_properties(json_text: str) -> str:
    """The ``meta:user-defined`` elements of ``meta.xml`` that carry *json_text*:
    :data:`ODT_REPORT_PROPERTY`, then ``directive-report-2``, ``-3``… past
    :data:`MAX_NODE_CHARS` characters."""
    return "".join(
        f'<meta:user-defined meta:name="{_property_name(number)}" meta:value-type="string">'
        f"{escape(chunk)}</meta:user-defined>"
        for number, chunk in enumerate(report_chunks(json_text), start=1)
    )


def _property_name(number: int) -> str:
    return ODT_REPORT_PROPERTY if number == 1 else f"{ODT_REPORT_PROPERTY}-{number}"


# --------------------------------------------------------------------------------------------
# Reading


def read_embedded_report(source: str | os.PathLike[str] | IO[bytes]) -> Report:
    """The report carried inside a DOCX or ODT written by directive-report, from a path or a
    binary stream (read from its start, whatever its position).

    Raises :class:`~directive_report.errors.EmbeddedReportError`, naming the file, when *source*
    cannot be read, is not a DOCX or ODT package, or carries no report (exported with
    ``embed_model=False``, by another program, or an ODT re-saved by an office suite), and
    :class:`~directive_report.errors.ReportLoadError`, naming the part, when the report it
    carries does not load.
    """
    from directive_report.readers._limits import (
        Package,
        UnreadableFileError,
        read_source,
        source_name,
    )
    from directive_report.serialize import loads

    name = source_name(source)
    if not isinstance(source, str | os.PathLike) and source.seekable():
        source.seek(0)
    try:
        path, text = _report_part(Package(read_source(source), name, kind="DOCX or ODT"), name)
    except UnreadableFileError as error:
        raise EmbeddedReportError(name, error.reason) from None
    return loads(text, "json", source=f"{name}:{path}")


def _report_part(package: _Package, name: str) -> tuple[str, str]:
    """The path and text of the report inside *package*, an ODT or a DOCX."""
    if "mimetype" in package.names:
        mimetype = package.read("mimetype")
        if mimetype != ODT_MEDIA_TYPE.encode("ascii"):
            raise EmbeddedReportError(
                name,
                i18n._(
                    "not an ODT text document (mimetype {mimetype!r}, expected {expected})"
                ).format(mimetype=mimetype, expected=ODT_MEDIA_TYPE),
            )
        if ODT_REPORT_PATH not in package.names:
            carried = _odt_report_property(package)
            if carried is not None:
                return "meta.xml", carried
            raise _no_report(name, f"{ODT_REPORT_PATH} is missing")
        try:
            return ODT_REPORT_PATH, package.read(ODT_REPORT_PATH).decode("utf-8")
        except UnicodeDecodeError as error:
            where = f"{name}:{ODT_REPORT_PATH}"
            raise ReportLoadError(where, [("", f"not UTF-8 text: {error}")]) from None
    if "[Content_Types].xml" not in package.names:
        raise EmbeddedReportError(
            name, i18n._("not a DOCX or ODT file: it has neither [Content_Types].xml nor mimetype")
        )
    for path in sorted(package.names):
        if path.startswith(_DOCX_PREFIX) and path.endswith(".xml") and "Props" not in path:
            root = package.xml(path)
            if root.tag == f"{{{DOCX_REPORT_NAMESPACE}}}report":
                return path, "".join(root.itertext())
    raise _no_report(name, f"no custom XML part in the namespace {DOCX_REPORT_NAMESPACE}")


def _odt_report_property(package: _Package) -> str | None:
    """The report carried as user-defined properties of an ODT's ``meta.xml``, if any (its
    pieces joined in the order of their names)."""
    if "meta.xml" not in package.names:
        return None
    meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    pieces: dict[str, str] = {}
    for element in package.xml("meta.xml").iter(f"{{{meta}}}user-defined"):
        pieces[element.get(f"{{{meta}}}name") or ""] = "".join(element.itertext())
    if ODT_REPORT_PROPERTY not in pieces:
        return None
    carried = []
    for number in range(1, len(pieces) + 1):
        piece = pieces.get(_property_name(number))
        if piece is None:
            break
        carried.append(piece)
    return "".join(carried)


def _no_report(name: str, detail: str) -> EmbeddedReportError:
    return EmbeddedReportError(
        name,
        i18n._(
            "the document carries no report ({detail}): it was exported with embed_model=False (--no-embed), by another program, or re-saved by an office suite that drops it"
        ).format(detail=detail),
    )
