"""``directive-report check``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import directive_report as dr
from directive_report.cli import main


def write(tmp_path: Path, name: str, **changes: Any) -> Path:
    """The seed example with *changes*, saved as *name*."""
    path = tmp_path / name
    dr.dump(attrs.evolve(dr.examples.load("bac-giang-ct21-2024"), **changes), path)
    return path


def test_clean_files_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No finding, status 0, nothing printed."""
    assert main(["check", str(write(tmp_path, "ok.toml"))]) == 0
    assert capsys.readouterr().out == ""


def test_error_finding_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An error-level finding is printed with file and location, in the language of the
    command line (English, or Vietnamese with --lang vi); status 1."""
    path = write(tmp_path, "r.toml", summary="Sơ kết năm thứ 3 thực hiện Chỉ thị số 21/CT-TTg")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: summary: error [implementation-year] the summary says year 3")
    assert main(["--lang", "vi", "check", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: summary: lỗi [implementation-year] trích yếu ghi năm thứ ba")


def test_warnings_fail_only_when_strict(tmp_path: Path) -> None:
    """A warning passes unless --strict."""
    path = write(tmp_path, "r.json", addressees=("UBND tỉnh Bắc Giang",))
    assert main(["check", str(path)]) == 0
    assert main(["check", "--strict", str(path)]) == 1


def test_json_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints one array; a file that cannot load is one line on stderr and the others
    are still checked."""
    good = write(tmp_path, "r.toml", summary="Sơ kết năm thứ 3 thực hiện Chỉ thị số 21/CT-TTg")
    missing = tmp_path / "missing.toml"
    assert main(["check", "--json", str(missing), str(good)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"directive-report: error: {missing}: no such file\n"
    (record,) = json.loads(captured.out)
    assert record == {
        "file": str(good),
        "code": "implementation-year",
        "severity": "error",
        "location": "summary",
        "message": record["message"],
        "message_vi": record["message_vi"],
    }
    assert record["message_vi"].startswith("trích yếu ghi năm thứ ba")
