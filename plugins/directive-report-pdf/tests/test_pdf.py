"""The PDF exporter: the contract holds, and LibreOffice's PDF carries the page of the DOCX."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest
from directive_report import examples
from directive_report.exporters import ExportOptions
from directive_report.testing import check_exporter
from pypdf import PdfReader

from directive_report_pdf import PdfConversionError, PdfExporter, render_pdfs


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_seed_report_prints_the_decree_page() -> None:
    """The canonical report: an A4 PDF with the header, the body and the signer."""
    data = check_exporter(PdfExporter())
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = " ".join(_text(data).split())
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bắc Giang, ngày 20 tháng 5 năm 2024",
        "Ngô Đình Tiến",
    ):
        assert expected in text
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"].get_object()["/Font"].get_object().values()  # type: ignore[index]
    }
    assert fonts
    assert all("LiberationSerif" in font for font in fonts), fonts


def test_pdfa_when_asked() -> None:
    """pdf.pdfa = 2 gives a PDF/A-2b: its XMP metadata declares part 2, conformance B."""
    options = ExportOptions(extra={"pdf.pdfa": 2})
    data = check_exporter(PdfExporter(), options=options)
    assert b"<pdfaid:part>2</pdfaid:part>" in data
    assert b"<pdfaid:conformance>B</pdfaid:conformance>" in data
    plain = check_exporter(PdfExporter())
    assert b"pdfaid:part" not in plain


def test_many_reports_in_one_start(tmp_path: Path) -> None:
    """Three reports, one LibreOffice run: three PDFs, each with its own report's text."""
    names = examples.names()
    reports = [examples.load(name) for name in names]
    paths = render_pdfs(reports, tmp_path, names=names)
    assert [path.name for path in paths] == [f"{name}.pdf" for name in names]
    for path, report in zip(paths, reports, strict=True):
        assert report.signature.name in _text(path.read_bytes())
    assert sorted(entry.name for entry in tmp_path.iterdir()) == sorted(p.name for p in paths)


def test_missing_libreoffice_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without soffice on PATH: PdfConversionError saying what to install, no file written."""
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PdfConversionError, match="LibreOffice is not installed"):
        render_pdfs([examples.load("bac-giang-ct21-2024")], tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_hanging_libreoffice_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A LibreOffice that never finishes is killed after pdf.timeout seconds."""
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nsleep 60\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    options = ExportOptions(extra={"pdf.timeout": 0.5})
    with pytest.raises(PdfConversionError, match=r"longer than 0\.5 s"):
        render_pdfs([examples.load("bac-giang-ct21-2024")], tmp_path / "out", options=options)


@pytest.mark.parametrize(
    ("key", "value"),
    [("pdf.pdfa", 4), ("pdf.pdfa", "yes"), ("pdf.timeout", 0), ("pdf.via", "markdown")],
)
def test_bad_options_are_refused(key: str, value: object, tmp_path: Path) -> None:
    """An option outside its range names itself in the error."""
    with pytest.raises(PdfConversionError, match=key.split(".")[1]):
        render_pdfs(
            [examples.load("bac-giang-ct21-2024")],
            tmp_path,
            options=ExportOptions(extra={key: value}),
        )


def test_installed_plugin_is_listed_and_used(tmp_path: Path) -> None:
    """Through its real entry point: ``formats`` lists it and ``render -o x.pdf`` uses it."""
    import subprocess
    import sys
    from importlib.resources import as_file, files

    cli = [sys.executable, "-m", "directive_report"]
    listed = subprocess.run([*cli, "formats"], capture_output=True, text=True, check=True)
    assert any(line.split()[:1] == ["pdf"] for line in listed.stdout.splitlines()), listed.stdout
    source = files("directive_report.examples") / "bac-giang-ct21-2024.toml"
    with as_file(source) as toml:
        subprocess.run([*cli, "render", str(toml), "-o", str(tmp_path / "x.pdf")], check=True)
    assert "Ngô Đình Tiến" in _text((tmp_path / "x.pdf").read_bytes())
