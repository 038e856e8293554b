"""export() and render(): choosing the exporter, and never leaving a broken file behind."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO, ClassVar

import pytest

import directive_report as dr
from directive_report import Report
from directive_report.errors import ExporterNotFoundError
from directive_report.exporters import API_VERSION, ExportOptions, _registry
from directive_report.exporters._registry import Declaration, Registry


class Failing:
    """An exporter that writes half a file, then fails."""

    name: ClassVar[str] = "failing"
    suffix: ClassVar[str] = ".fail"
    media_type: ClassVar[str] = "text/plain"
    api_version: ClassVar[int] = API_VERSION
    error: ClassVar[BaseException] = RuntimeError("disk on fire")

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        stream.write(b"half a fi")
        raise self.error


class Interrupted(Failing):
    name: ClassVar[str] = "interrupted"
    suffix: ClassVar[str] = ".int"
    error: ClassVar[BaseException] = KeyboardInterrupt()


class Recording:
    """An exporter that writes the options it was given."""

    name: ClassVar[str] = "recording"
    suffix: ClassVar[str] = ".rec"
    media_type: ClassVar[str] = "text/plain"
    api_version: ClassVar[int] = API_VERSION

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        stream.write(repr(sorted(options.extra.items())).encode())


def _declaration(cls: type) -> Declaration:
    return Declaration(
        name=cls.__dict__["name"],
        value=f"tests:{cls.__name__}",
        distribution="dr-test",
        version="1",
        load=lambda: cls,
    )


@pytest.fixture
def plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    """The package-level functions see three fake plug-ins besides the built-ins."""
    declarations = [_declaration(cls) for cls in (Failing, Interrupted, Recording)]
    monkeypatch.setattr(_registry, "_default", Registry(declarations=lambda: declarations))


class TestRender:
    def test_markdown_bytes(self, seed_report: Report) -> None:
        """render() returns the exporter's bytes: UTF-8 Markdown of the report, after the TOML
        front matter that carries it (none with embed_model=False)."""
        data = dr.render(seed_report, "markdown")
        text = data.decode("utf-8")
        assert text.startswith("+++\n")
        assert "\n+++\n\nUBND TỈNH BẮC GIANG\\\n**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**" in text
        plain = dr.render(seed_report, "markdown", ExportOptions(embed_model=False)).decode()
        assert plain.startswith("UBND TỈNH BẮC GIANG\\\n**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**")
        assert text.endswith("**Ngô Đình Tiến**\n")

    def test_unknown_format(self, seed_report: Report) -> None:
        """An unknown format suggests the close one."""
        with pytest.raises(ExporterNotFoundError, match="did you mean 'markdown'"):
            dr.render(seed_report, "markdwn")

    @pytest.mark.usefixtures("plugins")
    def test_options_reach_the_exporter(self, seed_report: Report) -> None:
        """Options are passed through; without them the exporter gets the defaults."""
        assert dr.render(seed_report, "recording", ExportOptions(extra={"k": 1})) == b"[('k', 1)]"
        assert dr.render(seed_report, "recording") == b"[]"


class TestExport:
    def test_by_suffix(self, seed_report: Report, tmp_path: Path) -> None:
        """The target's suffix chooses the exporter, in any case; the path is returned."""
        target = tmp_path / "report.MD"
        assert dr.export(seed_report, target) == target
        assert target.read_bytes() == dr.render(seed_report, "markdown")

    def test_by_name_and_string_path(self, seed_report: Report, tmp_path: Path) -> None:
        """format= wins over the suffix; a string path is accepted."""
        target = tmp_path / "report.txt"
        assert dr.export(seed_report, str(target), format="markdown") == target
        assert target.read_bytes() == dr.render(seed_report, "markdown")

    def test_replaces_an_existing_file(self, seed_report: Report, tmp_path: Path) -> None:
        """An existing file is replaced whole (overwriting is the caller's choice)."""
        target = tmp_path / "report.md"
        target.write_bytes(b"old" * 100_000)
        dr.export(seed_report, target)
        assert target.read_bytes() == dr.render(seed_report, "markdown")

    def test_unknown_suffix(self, seed_report: Report, tmp_path: Path) -> None:
        """An unknown suffix creates nothing and lists the suffixes there are."""
        with pytest.raises(ExporterNotFoundError, match=r"unknown file suffix '\.xyz'"):
            dr.export(seed_report, tmp_path / "report.xyz")
        assert list(tmp_path.iterdir()) == []

    def test_no_suffix(self, seed_report: Report, tmp_path: Path) -> None:
        """Without a suffix or a format the error says how to choose."""
        with pytest.raises(ExporterNotFoundError) as raised:
            dr.export(seed_report, tmp_path / "report")
        assert "unknown format of file 'report'" in str(raised.value)
        assert "give the file a suffix such as .md, or choose a format by name" in str(raised.value)

    def test_missing_folder(self, seed_report: Report, tmp_path: Path) -> None:
        """A target in a folder that does not exist is an OSError, and nothing is created."""
        with pytest.raises(FileNotFoundError):
            dr.export(seed_report, tmp_path / "missing" / "report.md")
        assert list(tmp_path.iterdir()) == []

    @pytest.mark.usefixtures("plugins")
    @pytest.mark.parametrize(
        ("name", "error"), [("failing", RuntimeError), ("interrupted", KeyboardInterrupt)]
    )
    def test_failure_keeps_the_old_file(
        self, seed_report: Report, tmp_path: Path, name: str, error: type[BaseException]
    ) -> None:
        """An exporter failing half-way (even on Ctrl-C) leaves the existing target untouched
        and no temporary file beside it."""
        target = tmp_path / "report.out"
        target.write_bytes(b"precious")
        with pytest.raises(error):
            dr.export(seed_report, target, format=name)
        assert target.read_bytes() == b"precious"
        assert os.listdir(tmp_path) == ["report.out"]

    @pytest.mark.usefixtures("plugins")
    def test_failure_creates_nothing(self, seed_report: Report, tmp_path: Path) -> None:
        """A failing export to a new path leaves no file at all (chosen by the plug-in's suffix)."""
        with pytest.raises(RuntimeError):
            dr.export(seed_report, tmp_path / "report.fail")
        assert list(tmp_path.iterdir()) == []
