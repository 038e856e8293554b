"""``directive-report validate``."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import directive_report as dr
from directive_report.cli import main
from directive_report.cli._validate import RECORD_KEYS
from test_validate_faults import _planted


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A clean DOCX, an ODT with a wrong motto, and a DOCX whose report has a warning."""
    clean = tmp_path / "clean.docx"
    clean.write_bytes(dr.render(dr.examples.load("bac-giang-ct21-2024"), "docx"))
    broken = tmp_path / "broken.odt"
    data = _planted("bac-giang-ct21-2024", "odt", "motto-en-dash")
    assert data is not None
    broken.write_bytes(data)
    warned = tmp_path / "warned.docx"
    report = attrs.evolve(
        dr.examples.load("bac-giang-ct21-2024"), addressees=("Ủy ban nhân dân tỉnh Bắc Giang",)
    )
    warned.write_bytes(dr.render(report, "docx"))
    return {"clean": clean, "broken": broken, "warned": warned}


def test_grouped_by_file(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """Each file's findings under its name; an error makes the status 1."""
    assert main(["validate", str(files["clean"]), str(files["broken"])]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{files['clean']}: no findings"
    assert out[1] == f"{files['broken']}:"
    assert out[2].startswith("  table 1, row 1, cell 2, paragraph 2: error [motto] the motto reads")
    assert out[2].endswith("(NĐ 30/2020, Phụ lục I, mục II.1.b)")
    assert len(out) == 3


def test_in_vietnamese(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "vi", "validate", str(files["broken"])]) == 1
    line = capsys.readouterr().out.splitlines()[1]
    assert line.startswith(
        "  bảng 1, hàng 1, ô 2, đoạn 2: lỗi [motto] Tiêu ngữ ghi “Độc lập – Tự do"
    )


def test_warnings_fail_only_on_request(files: dict[str, Path]) -> None:
    """The model check nhu-tren is a warning: status 0, or 1 with --fail-on warning."""
    assert main(["validate", str(files["warned"])]) == 0
    assert main(["validate", "--fail-on", "warning", str(files["warned"])]) == 1


def test_json_records(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """One array for the run, one object per finding, the documented keys in order."""
    assert main(["validate", "--json", *map(str, files.values())]) == 1
    records = json.loads(capsys.readouterr().out)
    assert [tuple(record) for record in records] == [RECORD_KEYS] * len(records)
    by_code = {record["code"]: record for record in records}
    assert set(by_code) == {"motto", "nhu-tren"}
    assert by_code["motto"]["file"] == str(files["broken"])
    assert by_code["motto"]["reference"] == "NĐ 30/2020, Phụ lục I, mục II.1.b"
    assert by_code["motto"]["message_vi"].startswith("Tiêu ngữ ghi")
    assert by_code["nhu-tren"]["severity"] == "warning"


def test_unreadable_file_is_one_line(
    tmp_path: Path, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing or damaged file is one line on stderr; the other files are still validated."""
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["validate", str(damaged), str(files["clean"])]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"directive-report: error: {damaged}")
    assert captured.err.count("\n") == 1
    assert captured.out == f"{files['clean']}: no findings\n"
