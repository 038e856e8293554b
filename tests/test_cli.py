"""The command line's common behaviour and the demo command."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import BinaryIO

import pytest

from directive_report.cli import main


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "directive_report", *args], capture_output=True, text=True, cwd=cwd
    )


class TestMain:
    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the distribution's version."""
        with pytest.raises(SystemExit) as exited:
            main(["--version"])
        assert exited.value.code == 0
        assert capsys.readouterr().out.strip() == f"directive-report {version('directive-report')}"

    def test_help_lists_commands(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--help names the commands."""
        with pytest.raises(SystemExit):
            main(["--help"])
        assert "demo" in capsys.readouterr().out

    def test_no_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a command the usage goes to stderr and the status is 2."""
        assert main([]) == 2
        assert "usage: directive-report" in capsys.readouterr().err

    def test_unknown_command(self) -> None:
        """An unknown command is a usage error, not a traceback."""
        result = run("frobnicate")
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert "invalid choice: 'frobnicate'" in result.stderr

    def test_closed_pipe_is_quiet(self, tmp_path: Path) -> None:
        """A reader that stops early (``| head -1``) ends the command without a traceback."""
        import directive_report as dr

        big = tmp_path / "big.txt"
        big.write_text(
            dr.examples.load("bac-giang-ct21-2024").summary * 5000 + "\n", encoding="utf-8"
        )
        process = subprocess.Popen(
            [sys.executable, "-m", "directive_report", "citations", str(big)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read().decode()
        process.stderr.close()
        process.wait()
        assert "Traceback" not in stderr
        assert process.returncode == 141


class TestDemo:
    def test_renders_every_available_format(self, tmp_path: Path) -> None:
        """demo writes the bundled example once per available exporter, and the Markdown
        output carries the report's own words."""
        from directive_report.exporters import available

        result = run("demo", "--out", str(tmp_path / "out"))
        assert result.returncode == 0, result.stderr
        written = sorted(p.name for p in (tmp_path / "out").iterdir())
        expected = sorted(f"bac-giang-ct21-2024{info.suffix}" for info in available())
        assert written == expected
        markdown = (tmp_path / "out" / "bac-giang-ct21-2024.md").read_text(encoding="utf-8")
        assert "Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg" in markdown

    def test_refuses_to_overwrite(self, tmp_path: Path) -> None:
        """An existing output is kept unless --force; the error is one line."""
        out = tmp_path / "out"
        out.mkdir()
        existing = out / "bac-giang-ct21-2024.md"
        existing.write_text("mine", encoding="utf-8")
        result = run("demo", "--out", str(out))
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1
        assert "already exists (use --force to overwrite)" in result.stderr
        assert existing.read_text(encoding="utf-8") == "mine"
        assert run("demo", "--out", str(out), "--force").returncode == 0
        assert existing.read_text(encoding="utf-8") != "mine"

    def test_out_is_a_file(self, tmp_path: Path) -> None:
        """--out naming a file is a user error."""
        target = tmp_path / "file"
        target.write_text("x", encoding="utf-8")
        result = run("demo", "--out", str(target))
        assert result.returncode == 1
        assert result.stderr == f"directive-report: error: {target} exists and is not a folder\n"

    def test_broken_plugins_do_not_stop_the_others(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A plug-in that fails to load and one that fails to render are one line each; every
        other format is still written, and the status is 1."""
        from directive_report.exporters import _registry
        from directive_report.exporters._registry import Declaration, Registry

        class Crashing:
            name = "crashing"
            suffix = ".crash"
            media_type = "text/plain"
            api_version = 1

            def render(self, report: object, stream: BinaryIO, options: object) -> None:
                raise ZeroDivisionError("division by zero")

        def missing() -> object:
            raise ModuleNotFoundError("No module named 'qn_docx'")

        plugins = [
            Declaration(
                name="crashing", value="c:C", distribution="c", version="1", load=lambda: Crashing
            ),
            Declaration(
                name="qn-docx", value="qn_docx:E", distribution="qn", version="2", load=missing
            ),
        ]
        monkeypatch.setattr(_registry, "_default", Registry(declarations=lambda: plugins))
        out = tmp_path / "out"
        assert main(["demo", "--out", str(out)]) == 1
        assert sorted(p.name for p in out.iterdir()) == [
            "bac-giang-ct21-2024.docx",
            "bac-giang-ct21-2024.md",
            "bac-giang-ct21-2024.odt",
        ]
        assert capsys.readouterr().err.splitlines() == [
            "directive-report: error: exporter 'qn-docx' (distribution qn 2) failed to load from "
            "'qn_docx:E': ModuleNotFoundError: No module named 'qn_docx'",
            "directive-report: error: internal error in exporter 'crashing': ZeroDivisionError: "
            "division by zero",
        ]

    def test_folder_that_cannot_be_made(self, tmp_path: Path) -> None:
        """--out inside a file (or anywhere a folder cannot be made) is one line, no traceback."""
        (tmp_path / "file").write_text("x", encoding="utf-8")
        out = tmp_path / "file" / "out"
        result = run("demo", "--out", str(out))
        assert result.returncode == 1
        assert result.stderr == f"directive-report: error: {out}: Not a directory\n"

    def test_unknown_example(self, tmp_path: Path) -> None:
        """An unknown example name is one line listing the examples."""
        result = run("demo", "--out", str(tmp_path), "--example", "nope")
        assert result.returncode == 1
        assert result.stderr.startswith("directive-report: error: no example named 'nope'")
        assert "Traceback" not in result.stderr
