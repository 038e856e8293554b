"""The province profile: the built-in exporters' pages with the province's sizes, margins and
recipients, read back with python-docx and odfpy."""

from __future__ import annotations

import io
import subprocess
import sys
from importlib.resources import as_file, files
from pathlib import Path

import docx
import pytest
from directive_report import Report, examples
from directive_report.testing import check_exporter, reports
from hypothesis import given, settings

from directive_report_bac_giang import DOCX, ODT, prepare

MM_PER_EMU = 1 / 36000


def test_docx_page_and_sizes() -> None:
    """Margins 25/20/35/20 mm, Quốc hiệu 12 pt and Tiêu ngữ 13 pt, from the DOCX itself."""
    document = docx.Document(io.BytesIO(check_exporter(DOCX)))
    section = document.sections[0]
    margins = [
        round(getattr(section, f"{side}_margin") * MM_PER_EMU, 1)
        for side in ("top", "bottom", "left", "right")
    ]
    assert margins == [25.0, 20.0, 35.0, 20.0]
    cells = [p for p in document.tables[0].rows[0].cells[1].paragraphs if p.text]
    sizes = {p.text: (p.runs[0].font.size or p.style.font.size).pt for p in cells}
    assert sizes == {
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 12.0,
        "Độc lập - Tự do - Hạnh phúc": 13.0,
    }


def test_odt_page() -> None:
    """The ODT's page layout carries the same margins."""
    from odf.opendocument import load
    from odf.style import PageLayoutProperties

    document = load(io.BytesIO(check_exporter(ODT)))
    properties = document.automaticstyles.getElementsByType(PageLayoutProperties)
    margins = {
        tuple(
            float(p.getAttribute(f"margin{side}").removesuffix("mm"))
            for side in ("top", "bottom", "left", "right")
        )
        for p in properties
    }
    assert (25.0, 20.0, 35.0, 20.0) in margins


def test_standing_recipients_added_once_before_the_archive() -> None:
    """A báo cáo gets "Văn phòng UBND tỉnh" in Nơi nhận; the given report is unchanged."""
    report = examples.load("bac-giang-ct21-2024")
    prepared = prepare(report)
    assert prepared.distribution.recipients[-1] == "Văn phòng UBND tỉnh"
    assert "Văn phòng UBND tỉnh" not in report.distribution.recipients
    assert prepare(prepared) == prepared
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(check_exporter(DOCX))).paragraphs)
    text += "\n".join(
        cell.text
        for table in docx.Document(io.BytesIO(check_exporter(DOCX))).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "- Văn phòng UBND tỉnh;\n- Lưu: VT." in text


@settings(max_examples=20, deadline=None)
@given(reports(max_depth=2))
def test_generated_reports(report: Report) -> None:
    """Any report renders under the profile in both formats."""
    assert check_exporter(DOCX, report).startswith(b"PK")
    assert check_exporter(ODT, report).startswith(b"PK")


@pytest.mark.parametrize("name", ["bac-giang-docx", "bac-giang-odt"])
def test_installed_formats_are_listed_and_used(name: str, tmp_path: Path) -> None:
    """Through the real entry points: ``formats`` lists both and ``render -f`` uses them."""
    cli = [sys.executable, "-m", "directive_report"]
    listed = subprocess.run([*cli, "formats"], capture_output=True, text=True, check=True)
    assert any(line.split()[:1] == [name] for line in listed.stdout.splitlines()), listed.stdout
    target = tmp_path / f"out{'.docx' if name.endswith('docx') else '.odt'}"
    source = files("directive_report.examples") / "bac-giang-ct21-2024.toml"
    with as_file(source) as toml:
        subprocess.run([*cli, "render", str(toml), "-f", name, "-o", str(target)], check=True)
    assert target.read_bytes().startswith(b"PK")
