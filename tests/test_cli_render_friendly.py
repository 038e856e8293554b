"""The command line's day-one frictions, gone: each with the behaviour a clerk expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_report import examples
from directive_report.cli import main

SEED = examples.path("bac-giang-ct21-2024")


def test_out_dir_is_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ket-qua" / "2024"
    assert main(["render", str(SEED), "-f", "markdown", "--out-dir", str(folder)]) == 0
    written = folder / "bac-giang-ct21-2024.md"
    assert capsys.readouterr().out == f"{written}\n"
    assert "\n+++\n\nUBND TỈNH BẮC GIANG" in written.read_text(encoding="utf-8")


def test_out_dir_not_created_when_the_run_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ket-qua"
    assert main(["render", str(SEED), "-f", "khong-co", "--out-dir", str(folder)]) == 1
    assert not folder.exists()


@pytest.mark.parametrize(
    ("alias", "suffix"), [("md", ".md"), (".md", ".md"), ("DOCX", ".docx"), ("odt", ".odt")]
)
def test_format_by_its_suffix(
    alias: str, suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(SEED), "-f", alias, "--out-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out == f"{tmp_path / ('bac-giang-ct21-2024' + suffix)}\n"


def test_unknown_format_says_did_you_mean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(SEED), "-f", "odtt"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("directive-report: error: unknown format 'odtt'; did you mean 'odt'?")
    assert err.count("\n") == 1


def test_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["render", str(SEED), "-f", "md", "-o", "-"]) == 0
    assert "\n+++\n\nUBND TỈNH BẮC GIANG" in capsysbinary.readouterr().out.decode("utf-8")


def test_help_lists_every_command_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    for command in (
        "demo",
        "check",
        "render",
        "formats",
        "citations",
        "rollup",
        "next",
        "validate",
        "clean",
    ):
        assert any(line.strip().startswith(command + " ") for line in out.splitlines()), command
