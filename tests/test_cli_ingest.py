"""directive-report ingest and convert."""

from __future__ import annotations

from pathlib import Path

import pytest

import directive_report as dr
from directive_report.cli import main

SEED = Path(__file__).parent / "data" / "seed-report.txt"


def test_ingest_writes_toml_and_names_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--lang", "en", "ingest", str(SEED), "--out-dir", str(tmp_path)])
    out, err = capsys.readouterr()
    target = tmp_path / "seed-report.toml"
    assert status == 0
    assert out.strip() == str(target)
    assert "missing, left as placeholders: number, authority" in err
    assert dr.load(target).signature.name == "Ngô Đình Tiến"


def test_ingest_o_takes_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--lang", "en", "ingest", str(SEED), str(SEED), "-o", str(tmp_path / "x.toml")])
    assert status != 0
    assert "-o takes one FILE" in capsys.readouterr().err


def test_convert_round_trip_and_an_edited_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = dr.examples.load("bac-giang-ct21-2024")
    source = tmp_path / "seed.toml"
    dr.dump(report, source)
    assert main(["convert", str(source), "-o", str(tmp_path / "seed.odt")]) == 0
    assert main(["convert", str(tmp_path / "seed.odt"), "-o", str(tmp_path / "back.json")]) == 0
    assert dr.load(tmp_path / "back.json") == report
    edited = tmp_path / "edited.docx"
    edited.write_bytes(dr.render(report, "docx"))
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(edited) as package, zipfile.ZipFile(out, "w") as target:
        for info in package.infolist():
            data = package.read(info)
            if info.filename == "word/document.xml":
                data = data.replace("185 số thuê bao".encode(), "999 số thuê bao".encode())
            target.writestr(info, data)
    edited.write_bytes(out.getvalue())
    capsys.readouterr()
    assert main(["--lang", "en", "convert", str(edited), "-o", str(tmp_path / "e.toml")]) != 0
    err = capsys.readouterr().err
    assert "edited.docx" in err
    assert "999 số thuê bao" in err
    assert err.count("\n") == 1
    lenient = ["convert", str(edited), "-o", str(tmp_path / "e.toml"), "--lenient"]
    assert main(lenient) == 0
    assert "999 số thuê bao" in (tmp_path / "e.toml").read_text(encoding="utf-8")
