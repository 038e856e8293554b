"""The exporter contract: what an exporter provides and the options it is given.

Re-exported by :mod:`directive_report.exporters`, where plug-ins import it from; the registry
imports it from here, so the package's ``__init__`` and the registry do not import each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import BinaryIO, Final, Protocol, runtime_checkable

import attrs

from directive_report.layout import LayoutProfile
from directive_report.model import Report

__all__ = ["API_VERSION", "ENTRY_POINT_GROUP", "ExportOptions", "Exporter"]

#: The version of this contract.  An exporter declares the version it was written for in
#: ``api_version``; a different major contract is refused with a clear error.
API_VERSION: Final = 1

#: The entry-point group exporters are declared in.
ENTRY_POINT_GROUP: Final = "directive_report.exporters"


@attrs.frozen(kw_only=True)
class ExportOptions:
    """Options common to every exporter, with defaults; exporter-specific keys go in ``extra``.

    * ``layout``: the page layout (the decree's recommended profile by default);
    * ``embed_model``: whether office formats carry the serialized report inside the package;
    * ``extra``: options of one exporter, keyed by its format name and a dot, e.g. a plug-in's
      ``{"quang-ninh-docx.letterhead": "logo.png"}``; the built-in exporters take none.
    """

    layout: LayoutProfile = attrs.field(factory=LayoutProfile)
    embed_model: bool = True
    extra: Mapping[str, object] = attrs.field(factory=dict)


@runtime_checkable
class Exporter(Protocol):
    """What an exporter provides.  No base class is needed: any object with these attributes fits.

    The attributes are read-only properties here so that any way of providing them fits, for
    mypy too: plain class attributes (``name = "docx"``), ``ClassVar`` ones, instance attributes
    or properties.  ``render`` writes the whole file to a binary *stream* and never closes it.
    """

    @property
    def name(self) -> str:
        """Format name, equal to the entry-point name (``"docx"``)."""

    @property
    def suffix(self) -> str:
        """File suffix with its dot (``".docx"``)."""

    @property
    def media_type(self) -> str:
        """IANA media type."""

    @property
    def api_version(self) -> int:
        """The :data:`API_VERSION` it was written for."""

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        """Write *report* to *stream*."""
