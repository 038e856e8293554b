"""``--no-embed`` on every command that writes exports: render, demo, convert.

Each output is opened as the format it is (a ZIP package, Markdown text) to see that no copy of the
report is inside, and read() of it then says so, naming the file and the option."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import directive_report as dr
from directive_report.cli import main
from directive_report.errors import EmbeddedReportError
from directive_report.exporters._package import (
    DOCX_REPORT_NAMESPACE,
    ODT_REPORT_PATH,
    ODT_REPORT_PROPERTY,
)

SEED = dr.examples.path("bac-giang-ct21-2024")
SUFFIXES = (".docx", ".odt", ".md")
FORMATS = {".docx": "docx", ".odt": "odt", ".md": "markdown"}


def carries_report(path: Path) -> bool:
    """Whether the file holds a copy of the report, looked for in its raw parts."""
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8").startswith("+++\n")
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        if path.suffix == ".odt":
            meta = package.read("meta.xml").decode("utf-8")
            return ODT_REPORT_PATH in names or f'meta:name="{ODT_REPORT_PROPERTY}"' in meta
        parts = [package.read(name) for name in names if name.startswith("customXml/")]
        return any(DOCX_REPORT_NAMESPACE.encode() in part for part in parts)


def assert_no_report(path: Path) -> None:
    assert path.is_file()
    assert not carries_report(path)
    with pytest.raises(EmbeddedReportError) as raised:
        dr.read(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert "--no-embed" in str(raised.value)


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_render_no_embed(suffix: str, tmp_path: Path) -> None:
    embedded, plain = tmp_path / f"with{suffix}", tmp_path / f"without{suffix}"
    assert main(["render", str(SEED), "-o", str(embedded)]) == 0
    assert main(["render", str(SEED), "-o", str(plain), "--no-embed"]) == 0
    assert carries_report(embedded)  # the check above can see a copy when there is one
    assert dr.read(embedded) == dr.examples.load("bac-giang-ct21-2024")
    assert_no_report(plain)


def test_render_no_embed_in_workers(tmp_path: Path) -> None:
    """The option travels to worker processes with each job."""
    inputs = [tmp_path / "a.toml", tmp_path / "b.toml"]
    for path in inputs:
        path.write_bytes(SEED.read_bytes())
    args = ["render", *map(str, inputs), "-f", "odt", "--no-embed", "--jobs", "2"]
    assert main(args) == 0
    for path in inputs:
        assert_no_report(path.with_suffix(".odt"))


def test_demo_no_embed(tmp_path: Path) -> None:
    assert main(["demo", "--out", str(tmp_path), "--no-embed"]) == 0
    for suffix in SUFFIXES:
        assert_no_report(tmp_path / f"bac-giang-ct21-2024{suffix}")


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_convert_no_embed(suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    embedded = tmp_path / f"embedded{suffix}"
    embedded.write_bytes(dr.render(dr.examples.load("bac-giang-ct21-2024"), FORMATS[suffix]))
    for source in (SEED, embedded):
        target = tmp_path / f"from-{source.suffix.lstrip('.')}{suffix}"
        assert main(["convert", str(source), "-o", str(target), "--no-embed"]) == 0
        assert_no_report(target)
        capsys.readouterr()
        assert main(["convert", str(target), "-o", str(tmp_path / "back.toml")]) == 1
        error = capsys.readouterr().err
        assert error.count("\n") == 1
        assert f"{target}: " in error
        assert "--no-embed" in error
