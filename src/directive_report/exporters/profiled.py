"""An exporter under another name, with a province's layout profile and defaults.

A province (or any office) that prints with the decree's layout but its own settings — the
12/13 size set, its margins, its standing recipients — does not copy an exporter: it declares
the built-in one again, under its own format name, with :class:`ProfiledExporter`::

    # in the province's plug-in
    from directive_report.exporters import ProfiledExporter
    from directive_report.exporters.docx_export import DocxExporter

    DOCX = ProfiledExporter(DocxExporter(), name="bac-giang-docx", layout=PROFILE, prepare=fill)

and points its entry point at ``DOCX``.  Every word and every measurement still comes from the
library's content and geometry stages, so the province's files change when the library's do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

import attrs

from directive_report.exporters._contract import API_VERSION, Exporter, ExportOptions
from directive_report.layout import LayoutProfile
from directive_report.model import Report

__all__ = ["ProfiledExporter"]


@attrs.frozen
class ProfiledExporter:
    """*base* under the format ``name``, printing with ``layout`` after ``prepare(report)``.

    ``layout`` replaces the layout of the options the exporter is given (choosing this format
    is choosing its profile); the other options pass through.  ``prepare`` returns the report to
    print — a province's defaults filled in, say — and must not change what it was given.
    """

    base: Exporter
    name: str = attrs.field(kw_only=True)
    layout: LayoutProfile = attrs.field(kw_only=True)
    prepare: Callable[[Report], Report] | None = attrs.field(default=None, kw_only=True)

    @property
    def suffix(self) -> str:
        """The base exporter's suffix."""
        return self.base.suffix

    @property
    def media_type(self) -> str:
        """The base exporter's media type."""
        return self.base.media_type

    @property
    def api_version(self) -> int:
        """The contract this module implements."""
        return API_VERSION

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        """Render ``prepare(report)`` with the base exporter and this profile's layout."""
        prepared = report if self.prepare is None else self.prepare(report)
        self.base.render(prepared, stream, attrs.evolve(options, layout=self.layout))
