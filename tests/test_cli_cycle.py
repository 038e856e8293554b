"""``directive-report rollup`` and ``directive-report next``."""

from __future__ import annotations

from pathlib import Path

import pytest

import directive_report as dr
from directive_report.cli import main

DATA = Path(__file__).parent / "data" / "cycle"


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    """The bundled example as a TOML file."""
    path = tmp_path / "stttt.toml"
    dr.dump(dr.examples.load("bac-giang-ct21-2024"), path)
    return path


def rollup_args(seed_file: Path, output: Path) -> list[str]:
    """A roll-up of the three test reports into *output*."""
    return [
        "rollup",
        str(seed_file),
        str(DATA / "so-tu-phap-ct21-2024.toml"),
        str(DATA / "huyen-tan-yen-ct21-2024.toml"),
        "--authority",
        str(DATA / "authority.toml"),
        "--date",
        "2024-05-22",
        "-o",
        str(output),
    ]


def test_rollup_writes_the_draft_and_a_summary(
    seed_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table names each unit with its merged and lone headings; totals show their parts."""
    output = tmp_path / "tong-hop.toml"
    assert main(rollup_args(seed_file, output)) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split("  ")[0] == "Unit"
    assert lines[0].endswith("Merged headings  Own headings  Blocks  Left out")
    assert lines[2].split() == ["Sở", "Tư", "pháp", "5", "2", "7", "2"]
    assert "  225 số thuê bao = 185 + 40" in lines
    assert "  430.000.000 đồng = 45.000.000 + 50.000.000 + 320.000.000 + 15.000.000" in lines
    assert (
        "  warning [unit-missing] UBND huyện Yên Dũng was expected to report but did not" in lines
    )
    assert "Totals:" in lines
    report = dr.load(output)
    assert report.authority.name == "Ủy ban nhân dân tỉnh Bắc Giang"
    assert report.addressees == ("Bộ Công an",)


def test_rollup_to_docx_by_suffix(seed_file: Path, tmp_path: Path) -> None:
    """Any writable format by the output's suffix."""
    output = tmp_path / "tong-hop.docx"
    assert main(rollup_args(seed_file, output)) == 0
    assert output.read_bytes()[:2] == b"PK"


def test_rollup_keeps_an_existing_output(
    seed_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line, status 1, the file untouched; --force overwrites."""
    output = tmp_path / "tong-hop.toml"
    output.write_text("giữ nguyên")
    assert main(rollup_args(seed_file, output)) == 1
    assert capsys.readouterr().err.strip() == (
        f"directive-report: error: {output} already exists (use --force to overwrite)"
    )
    assert output.read_text() == "giữ nguyên"
    assert main([*rollup_args(seed_file, output), "--force"]) == 0


def test_rollup_bad_authority_file(
    seed_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A settings file without [authority] is named with the key; nothing is written."""
    settings = tmp_path / "authority.toml"
    settings.write_text('expected_units = ["Sở Tư pháp"]\n')
    args = rollup_args(seed_file, tmp_path / "out.toml")
    args[args.index("--authority") + 1] = str(settings)
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"directive-report: error: {settings}: authority: required")
    assert len(err.splitlines()) == 1
    assert not (tmp_path / "out.toml").exists()


def test_rollup_refuses_to_write_over_an_input(
    seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Even with --force."""
    assert main([*rollup_args(seed_file, seed_file), "--force"]) == 1
    assert "is an input file" in capsys.readouterr().err


def test_next_writes_the_draft(
    seed_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Year five, eight places to fill, which check then lists."""
    output = tmp_path / "next.toml"
    assert main(["next", str(seed_file), "--date", "2025-05-20", "-o", str(output)]) == 0
    assert capsys.readouterr().out == (
        f"{output}: 8 places to fill (directive-report check {output} lists them)\n"
    )
    assert "năm thứ 5" in dr.load(output).summary
    assert main(["check", str(output)]) == 1
    assert capsys.readouterr().out.count("[placeholder]") == 8


def test_next_with_an_earlier_date(
    seed_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line naming both dates; nothing written."""
    output = tmp_path / "next.toml"
    assert main(["next", str(seed_file), "--date", "2023-05-20", "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert err == (
        "directive-report: error: the next report's date 2023-05-20 must be after this "
        "report's (2024-05-20)\n"
    )
    assert not output.exists()


def test_next_with_a_malformed_date(seed_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """argparse's usage error."""
    with pytest.raises(SystemExit) as exit:
        main(["next", str(seed_file), "--date", "20/5/2025", "-o", "x.toml"])
    assert exit.value.code == 2
    assert "expected a date as YYYY-MM-DD, got '20/5/2025'" in capsys.readouterr().err


def test_rollup_speaks_vietnamese(
    seed_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --lang vi the table, the totals and the findings are in Vietnamese."""
    assert main(["--lang", "vi", *rollup_args(seed_file, tmp_path / "th.toml")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("  ")[0] == "Đơn vị"
    assert lines[0].endswith("Mục ghép  Mục riêng  Khối  Không đưa vào")
    assert "Tổng cộng:" in lines
    assert "Cần xem lại:" in lines
    assert any(
        line.endswith("[unit-missing] UBND huyện Yên Dũng chưa gửi báo cáo") for line in lines
    )
    assert any(
        "được trích dẫn với hai ngày ban hành khác nhau: 29/6/2020" in line for line in lines
    )


def test_next_speaks_vietnamese(
    seed_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The count of places and a date error, in Vietnamese."""
    output = tmp_path / "next.toml"
    assert (
        main(["--lang", "vi", "next", str(seed_file), "--date", "2025-05-20", "-o", str(output)])
        == 0
    )
    assert capsys.readouterr().out == (
        f"{output}: 8 chỗ cần bổ sung (directive-report check {output} liệt kê các chỗ này)\n"
    )
    assert (
        main(["--lang", "vi", "next", str(seed_file), "--date", "2023-05-20", "-o", "x.toml"]) == 1
    )
    assert capsys.readouterr().err == (
        "directive-report: lỗi: ngày của báo cáo kỳ sau (2023-05-20) phải sau ngày của báo cáo "
        "này (2024-05-20)\n"
    )


def test_rollup_and_next_read_office_files(
    seed_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The example's own DOCX (the report it carries) and a huyện's DOCX made without it (read
    from its pages by ingest) compile like their TOML; next starts year five from the DOCX."""
    from directive_report.exporters import ExportOptions

    own = tmp_path / "stttt.docx"
    dr.export(dr.load(seed_file), own)
    foreign = tmp_path / "tan-yen.docx"
    huyen = dr.load(DATA / "huyen-tan-yen-ct21-2024.toml")
    dr.export(huyen, foreign, options=ExportOptions(embed_model=False))
    output = tmp_path / "th.toml"
    args = [
        "rollup",
        str(own),
        str(foreign),
        "--authority",
        str(DATA / "authority.toml"),
        "--date",
        "2024-05-22",
        "-o",
        str(output),
    ]
    assert main(args) == 0
    assert "  225 số thuê bao = 185 + 40" in capsys.readouterr().out.splitlines()
    compiled = dr.load(output)
    texts = list(compiled.body_texts())
    assert any(t.startswith("Ủy ban nhân dân huyện Tân Yên: Công an huyện phối hợp") for t in texts)
    draft = tmp_path / "next.toml"
    assert main(["next", str(own), "--date", "2025-05-20", "-o", str(draft)]) == 0
    assert "năm thứ 5" in dr.load(draft).summary
