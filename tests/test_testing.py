"""directive_report.testing: the conformance check plug-in authors run on their exporters."""

from __future__ import annotations

import re
from typing import Any, BinaryIO, ClassVar

import pytest

from directive_report import Report
from directive_report.errors import ExporterProtocolError, PluginAPIVersionError
from directive_report.exporters import API_VERSION, ExportOptions
from directive_report.exporters.markdown_export import MarkdownExporter
from directive_report.testing import check_exporter


class Text:
    """A text exporter whose render() does what the class attribute ``behaviour`` says."""

    name: ClassVar[str] = "text"
    suffix: ClassVar[str] = ".txt"
    media_type: ClassVar[str] = "text/plain"
    api_version: ClassVar[int] = API_VERSION
    behaviour: ClassVar[str] = "good"

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> Any:
        if self.behaviour == "closes":
            stream.write(b"x")
            stream.close()
        elif self.behaviour == "returns":
            stream.write(b"x")
            return b"x"
        elif self.behaviour == "nfd":
            stream.write("Hòa".encode().replace("ò".encode(), "o\u0300".encode()))
        elif self.behaviour == "latin-1":
            stream.write("Hòa".encode("latin-1"))
        elif self.behaviour == "good":
            stream.write(report.summary.encode())
        return None


def variant(**attributes: object) -> object:
    return type("Variant", (Text,), attributes)()


class TestCheckExporter:
    def test_builtin_passes(self, seed_report: Report) -> None:
        """The Markdown exporter keeps the contract; the bytes are returned."""
        data = check_exporter(MarkdownExporter(), seed_report)
        assert data.decode().endswith("**Ngô Đình Tiến**\n")

    def test_default_report_is_the_seed(self, seed_report: Report) -> None:
        """Without a report the bundled example is rendered."""
        assert check_exporter(Text()) == seed_report.summary.encode()

    @pytest.mark.parametrize(
        ("behaviour", "message"),
        [
            ("closes", "render() must not close the stream it is given"),
            ("returns", "render() must return None, got b'x'"),
            ("nothing", "render() wrote nothing"),
            ("nfd", "text output must be in Unicode NFC"),
        ],
    )
    def test_behaviour(self, behaviour: str, message: str) -> None:
        """Each broken behaviour fails with a message saying what to fix."""
        with pytest.raises(AssertionError, match=re.escape(message)):
            check_exporter(variant(behaviour=behaviour))

    def test_text_must_be_utf8(self) -> None:
        """A text/ format that is not UTF-8 fails on decoding."""
        with pytest.raises(UnicodeDecodeError):
            check_exporter(variant(behaviour="latin-1"))

    def test_contract_errors_are_the_registry_s(self) -> None:
        """Attributes are checked exactly as discovery checks them."""
        with pytest.raises(PluginAPIVersionError):
            check_exporter(variant(api_version=API_VERSION + 1))
        with pytest.raises(ExporterProtocolError, match="suffix must be a dot"):
            check_exporter(variant(suffix="txt"))
