"""How much the command line says: every load problem with --all-errors, --quiet, --verbose,
and --help listing each command on one line in the user's language."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from directive_report import examples
from directive_report.cli import COMMANDS, LOADS_REPORTS, main

SEED = examples.path("bac-giang-ct21-2024")


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    """The seed report with a wrong date (line 25) and a mistyped key (line 27)."""
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("date = 2020-05-25", 'date = "25/5/2020"').replace(
        "subject =", "subjet =", 1
    )
    path = tmp_path / "bao-cao.toml"
    path.write_text(text, encoding="utf-8")
    return path


FIRST = (
    "{path}, line 25, column 8: directives[0].citation.date: expected a date such as 2024-05-20, "
    "got text '25/5/2020'"
)
SECOND = (
    "{path}, line 27, column 10: directives[0].citation.subjet: unknown key 'subjet'; "
    "did you mean 'subject'?"
)


def _commands(bad: Path, tmp_path: Path) -> dict[str, list[str]]:
    authority = tmp_path / "authority.toml"
    authority.write_text(
        '[authority]\nname = "Ủy ban nhân dân tỉnh Bắc Giang"\nabbreviation = "UBND"\n'
        'place = "Bắc Giang"\n',
        encoding="utf-8",
    )
    out = str(tmp_path / "out.toml")
    return {
        "render": ["render", str(bad), "-f", "md", "--out-dir", str(tmp_path)],
        "check": ["check", str(bad)],
        "citations": ["citations", str(bad)],
        "convert": ["convert", str(bad), "-o", out],
        "next": ["next", str(bad), "--date", "2025-05-20", "-o", out],
        "rollup": ["rollup", str(bad), "--authority", str(authority), "-o", out],
    }


@pytest.mark.parametrize("command", sorted(LOADS_REPORTS))
def test_one_line_by_default_and_every_problem_with_all_errors(
    command: str, bad: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every command that loads reports: the first problem with its line and column and a count
    of the others; --all-errors, each problem on its own line."""
    argv = _commands(bad, tmp_path)[command]
    assert main(argv) == 1
    err = capsys.readouterr().err
    first = FIRST.format(path=bad)
    assert err.splitlines()[-1] == f"directive-report: error: {first} (and 1 more problem)"
    assert err.count("directive-report: error: ") == 1
    assert main([*argv, "--all-errors"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert [line for line in lines if line.startswith("directive-report: error: ")] == [
        f"directive-report: error: {first}",
        f"directive-report: error: {SECOND.format(path=bad)}",
    ]


def test_all_errors_in_vietnamese(bad: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The place is said in the user's language."""
    assert main(["--lang", "vi", "check", str(bad), "--all-errors"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[1] == (
        f"directive-report: lỗi: {bad}, dòng 27, cột 10: directives[0].citation.subjet: "
        "khóa không biết 'subjet'; có phải ý bạn là 'subject'?"
    )


def test_quiet_render_prints_only_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-q: the file is written and nothing is said; before or after the command alike; data
    asked for on stdout still comes."""
    assert main(["-q", "render", str(SEED), "-f", "md", "--out-dir", str(tmp_path)]) == 0
    assert capsys.readouterr() == ("", "")
    assert (tmp_path / "bac-giang-ct21-2024.md").exists()
    argv = ["render", str(SEED), "-f", "md", "--out-dir", str(tmp_path), "--force", "--quiet"]
    assert main(argv) == 0
    assert capsys.readouterr() == ("", "")
    assert main(["render", str(SEED), "-f", "md", "-o", "-", "-q"]) == 0
    assert "\nUBND TỈNH BẮC GIANG" in capsys.readouterr().out  # after the front matter


def test_quiet_check_prints_only_what_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """check -q: a warning is not printed (it does not fail the run), unless --strict."""
    path = tmp_path / "r.toml"
    text = SEED.read_text(encoding="utf-8")
    path.write_text(text.replace('title = "KẾT QUẢ THỰC', 'title = "Kết quả thực', 1), "utf-8")
    assert main(["check", str(path)]) == 0
    assert "[heading-case]" in capsys.readouterr().out
    assert main(["check", str(path), "-q"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", str(path), "-q", "--strict"]) == 1
    assert "[heading-case]" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "quiet_out"),
    [
        (["demo", "--out", "{tmp}"], ""),
        (["convert", str(SEED), "-o", "{tmp}/r.json"], ""),
        (["next", str(SEED), "--date", "2025-05-20", "-o", "{tmp}/n.toml"], ""),
        (["clean", "{tmp}"], ""),
    ],
)
def test_quiet_says_nothing_on_success(
    argv: list[str], quiet_out: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The files written and the summaries are not printed under -q; they are without it."""
    filled = [arg.replace("{tmp}", str(tmp_path)) for arg in argv]
    assert main(["--quiet", *filled]) == 0
    assert capsys.readouterr() == (quiet_out, "")
    assert main([*filled, "--force"] if argv[0] != "clean" else filled) == 0
    if argv[0] != "clean":  # nothing to remove: nothing to say either way
        assert capsys.readouterr().out != ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_verbose_says_each_step_instead_of_the_bar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """-v on a terminal: a line per step on stderr, and no progress bar."""
    inputs = [str(examples.path(name)) for name in examples.names()[:2]]
    screen = _Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    argv = ["render", *inputs, "-f", "md", "--out-dir", str(tmp_path), "-j1"]
    assert main([*argv, "-v"]) == 0
    said = screen.getvalue()
    assert "\r[" not in said
    assert said.splitlines()[0] == "directive-report: rendering 2 reports as markdown (1 at a time)"
    target = tmp_path / (Path(inputs[0]).stem + ".md")
    assert f"directive-report: {inputs[0]}: rendered to {target}" in said.splitlines()
    screen.seek(0)
    screen.truncate()
    assert main([*argv, "--force"]) == 0
    assert "\r[" in screen.getvalue()  # without -v, the bar


def test_verbose_check(capsys: pytest.CaptureFixture[str]) -> None:
    """check -v says what it loads and how many findings there are."""
    assert main(["check", str(SEED), "-v"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"directive-report: {SEED}: loading and checking",
        f"directive-report: {SEED}: 0 findings",
    ]


def test_quiet_and_verbose_together_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["check", str(SEED), "-q", "-v"])
    assert exit.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("env", "argv", "heading"),
    [
        ({"LANG": "C"}, ["--help"], "commands:"),
        ({"LANG": "vi_VN.UTF-8"}, ["--help"], "các lệnh:"),
        ({"LANG": "C"}, ["--lang", "vi", "--help"], "các lệnh:"),
    ],
)
def test_help_lists_every_command_on_one_line(
    env: dict[str, str], argv: list[str], heading: str
) -> None:
    """``directive-report --help`` in an 80-column terminal: every command, one line each, in
    the user's language (the locale, or --lang)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    result = subprocess.run(
        [sys.executable, "-m", "directive_report", *argv],
        env={**environment, **env, "COLUMNS": "80"},
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    listed = lines[lines.index(heading) + 2 :]  # after the heading and its COMMAND line
    names = [line.split()[0] for line in listed if line.strip()]
    assert names == list(COMMANDS)
    assert all(len(line.split(maxsplit=1)) == 2 for line in listed if line.strip())
    if heading == "các lệnh:":
        assert "trình bày báo cáo (TOML, JSON) ra DOCX, ODT, Markdown, ..." in result.stdout


def test_verbose_demo_and_convert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """demo -v and convert -v say each file they write, before writing it."""
    assert main(["demo", "--out", str(tmp_path), "-v"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert f"directive-report: {tmp_path / 'bac-giang-ct21-2024.odt'}: writing" in err
    target = tmp_path / "r.json"
    assert main(["-v", "convert", str(SEED), "-o", str(target)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"directive-report: {SEED}: reading",
        f"directive-report: {target}: writing",
    ]
