"""Reading untrusted files within bounds (private).

A DOCX or ODT is a ZIP package of XML parts, and both layers can be made hostile: a member that
inflates to gigabytes (a zip bomb), thousands of members, XML that declares entities expanding
into each other ("billion laughs") or pointing at other files or URLs (external entities).
Everything a reader opens goes through here first:

* the file itself is read whole only up to :data:`MAX_FILE_BYTES`;
* a package is refused when it declares more than :data:`MAX_MEMBERS` members, a member larger
  than :data:`MAX_MEMBER_BYTES`, or more than :data:`MAX_TOTAL_BYTES` in all; members are then
  inflated in chunks and the reading stops at the declared size (so a member that lies about its
  size cannot inflate further);
* XML is parsed with entity substitution, DTD loading and network access off, and any document
  with a document type declaration is refused (no office format uses one).

Every refusal is an :class:`UnreadableFileError` naming the file and the reason.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from typing import IO, Any, Final

from directive_report import i18n
from directive_report.errors import DirectiveReportError

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_MEMBERS",
    "MAX_MEMBER_BYTES",
    "MAX_TOTAL_BYTES",
    "Package",
    "Source",
    "UnreadableFileError",
    "parse_xml",
    "read_source",
    "source_name",
]

#: The largest file read at all.
MAX_FILE_BYTES: Final = 64 * 1024 * 1024
#: The most members a package may declare.
MAX_MEMBERS: Final = 5000
#: The largest inflated size of one member.
MAX_MEMBER_BYTES: Final = 64 * 1024 * 1024
#: The largest inflated size of all members together.
MAX_TOTAL_BYTES: Final = 160 * 1024 * 1024

_CHUNK: Final = 1 << 16

#: What a reader accepts: a path, or a binary stream.
Source = str | os.PathLike[str] | IO[bytes]


class UnreadableFileError(DirectiveReportError, ValueError):
    """A file cannot be read: ``source`` names it, ``reason`` says why (English and
    Vietnamese)."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


def source_name(source: Source) -> str:
    """How messages name *source*: its path, a stream's ``name``, or ``"<stream>"``."""
    if isinstance(source, str | os.PathLike):
        return os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else "<stream>"


def read_source(source: Source) -> bytes:
    """The bytes of *source*, refusing a missing, unreadable, empty or too large file."""
    name = source_name(source)
    try:
        if isinstance(source, str | os.PathLike):
            with open(source, "rb") as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
        else:
            data = source.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UnreadableFileError(name, i18n._("no such file")) from None
    except IsADirectoryError:
        raise UnreadableFileError(name, i18n._("is a directory, not a file")) from None
    except OSError as error:
        raise UnreadableFileError(
            name, i18n._("cannot be read: {value}").format(value=error.strerror or error)
        ) from None
    if not isinstance(data, bytes):
        raise UnreadableFileError(name, i18n._("expected a binary stream"))
    if not data:
        raise UnreadableFileError(name, i18n._("the file is empty"))
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFileError(
            name,
            i18n._("larger than {value} MB").format(value=MAX_FILE_BYTES // (1024 * 1024)),
        )
    return data


class Package:
    """A ZIP package checked against the bounds, whose members are read with a cap."""

    def __init__(self, data: bytes, name: str, *, kind: str) -> None:
        self.name = name
        self.kind = kind
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            members = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
            raise UnreadableFileError(
                name,
                i18n._("not a {kind} file: not a ZIP package or a damaged one ({error})").format(
                    kind=kind, error=error
                ),
            ) from None
        if len(members) > MAX_MEMBERS:
            raise UnreadableFileError(
                name,
                i18n._("the package has {count} members, more than {most}").format(
                    count=len(members), most=MAX_MEMBERS
                ),
            )
        total = 0
        for member in members:
            if member.file_size > MAX_MEMBER_BYTES:
                raise UnreadableFileError(
                    name,
                    i18n._(
                        "member {filename!r} inflates to {file_size} bytes, more than {most} (a zip bomb?)"
                    ).format(
                        filename=member.filename,
                        file_size=member.file_size,
                        most=MAX_MEMBER_BYTES,
                    ),
                )
            total += member.file_size
        if total > MAX_TOTAL_BYTES:
            raise UnreadableFileError(
                name,
                i18n._("the package inflates to {total} bytes, more than {most}").format(
                    total=total, most=MAX_TOTAL_BYTES
                ),
            )
        self.names = frozenset(member.filename for member in members)

    def read(self, member: str) -> bytes:
        """The inflated bytes of *member*, never more than its declared size."""
        try:
            info = self._zip.getinfo(member)
        except KeyError:
            raise UnreadableFileError(
                self.name,
                i18n._("not a {kind} file: it has no {member!r}").format(
                    kind=self.kind, member=member
                ),
            ) from None
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > info.file_size or size > MAX_MEMBER_BYTES:
                        raise UnreadableFileError(
                            self.name,
                            i18n._("member {member!r} inflates past its declared size").format(
                                member=member
                            ),
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as error:
            raise UnreadableFileError(
                self.name,
                i18n._("member {member!r} is damaged or truncated ({error})").format(
                    member=member, error=error
                ),
            ) from None
        return b"".join(chunks)

    def xml(self, member: str) -> Any:
        """The root element of XML member *member*, parsed safely (:func:`parse_xml`)."""
        return parse_xml(self.read(member), self.name, part=member)

    def check_all_xml(self) -> None:
        """Parse every ``.xml``/``.rels`` member safely, so that a hostile part is refused
        before a third-party library reads it with its own parser."""
        for member in sorted(self.names):
            if member.endswith((".xml", ".rels")):
                self.xml(member)


def parse_xml(data: bytes, name: str, *, part: str = "") -> Any:
    """Parse *data* (the *part* of the file *name*) without resolving any entity, loading any
    DTD or touching the network; refuse a document type declaration (which is where entities
    are declared)."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    where = f"{part}: " if part else ""
    refused = i18n._(
        "{where}XML with a document type declaration (DTD, entities) is refused"
    ).format(where=where)
    if b"<!DOCTYPE" in data[: _prolog_end(data)]:
        raise UnreadableFileError(name, refused)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise UnreadableFileError(
            name, i18n._("{where}not well-formed XML ({error})").format(where=where, error=error)
        ) from None
    if root.getroottree().docinfo.doctype:
        raise UnreadableFileError(name, refused)
    return root


def _prolog_end(data: bytes) -> int:
    """Where the root element starts (the prolog, where a DOCTYPE may be, ends there)."""
    position = 0
    while True:
        position = data.find(b"<", position)
        if position < 0 or position + 1 >= len(data):
            return len(data)
        if data[position + 1 : position + 2] not in (b"?", b"!"):
            return position
        position += 1
