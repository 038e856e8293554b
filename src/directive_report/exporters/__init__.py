"""The exporter plug-in contract.

An exporter turns a :class:`~directive_report.Report` into the bytes of one file format.  Built-in
exporters (``markdown``, ``docx``, ``odt``) and third-party ones are found the same way: through the
entry-point group ``directive_report.exporters``, whose entry-point name is the format name and
whose object is a class (instantiated with no arguments) or an instance satisfying
:class:`Exporter`.
"""

from __future__ import annotations

from directive_report.exporters._contract import (
    API_VERSION,
    ENTRY_POINT_GROUP,
    Exporter,
    ExportOptions,
)
from directive_report.exporters._registry import (
    ExporterInfo,
    available,
    exporter_for_suffix,
    get_exporter,
    load_exporter,
    refresh,
)
from directive_report.exporters.profiled import ProfiledExporter

__all__ = [
    "API_VERSION",
    "ENTRY_POINT_GROUP",
    "ExportOptions",
    "Exporter",
    "ExporterInfo",
    "ProfiledExporter",
    "available",
    "exporter_for_suffix",
    "get_exporter",
    "load_exporter",
    "refresh",
]
