"""The ``render`` and ``formats`` commands, and a third-party plug-in installed for real."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import BinaryIO

import pytest

from directive_report import examples
from directive_report.cli import main
from directive_report.exporters import _registry
from directive_report.exporters._registry import Declaration, Registry

ROOT = Path(__file__).resolve().parents[1]
PLAINTEXT = ROOT / "plugins" / "directive-report-plaintext"
SEED = examples.path("bac-giang-ct21-2024")


def cli(
    *args: str, python: str | Path = sys.executable, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """The command line in a fresh process, as a user runs it."""
    return subprocess.run(
        [python, "-m", "directive_report", *args], capture_output=True, text=True, cwd=cwd
    )


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    """The bundled examples and one report that does not load, in a folder of their own."""
    folder = tmp_path / "in"
    folder.mkdir()
    paths = [folder / f"{name}.toml" for name in examples.names()]
    for name, path in zip(examples.names(), paths, strict=True):
        shutil.copy(examples.path(name), path)
    broken = folder / "broken.toml"
    broken.write_text('type = "Báo cáo"\nnumber = 5\n', encoding="utf-8")
    return [*paths, broken]


class TestRenderOne:
    def test_format_from_output_suffix(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """-o with a suffix chooses the format; the path written is printed."""
        target = tmp_path / "report.md"
        assert main(["render", str(SEED), "-o", str(target)]) == 0
        written = target.read_text(encoding="utf-8")
        assert written.startswith("+++\n")  # the report, as TOML front matter
        assert "\n+++\n\nUBND TỈNH BẮC GIANG\\\n" in written
        assert capsys.readouterr().out == f"{target}\n"

    def test_format_by_name_beside_the_input(self, tmp_path: Path) -> None:
        """-f alone writes <input stem><suffix> beside the input."""
        source = tmp_path / "bao-cao.toml"
        shutil.copy(SEED, source)
        assert main(["render", str(source), "-f", "markdown"]) == 0
        assert (tmp_path / "bao-cao.md").is_file()

    def test_format_wins_over_suffix(self, tmp_path: Path) -> None:
        """-f markdown -o x.txt writes Markdown to x.txt."""
        target = tmp_path / "x.txt"
        assert main(["render", str(SEED), "-f", "markdown", "-o", str(target)]) == 0
        assert target.read_text(encoding="utf-8").endswith("**Ngô Đình Tiến**\n")

    def test_refuses_to_overwrite(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """An existing output is kept unless --force; the refusal names the input."""
        target = tmp_path / "report.md"
        target.write_text("mine", encoding="utf-8")
        assert main(["render", str(SEED), "-o", str(target)]) == 1
        assert target.read_text(encoding="utf-8") == "mine"
        assert capsys.readouterr().err == (
            f"directive-report: error: {SEED}: {target}: already exists (use --force to overwrite)\n"
        )
        assert main(["render", str(SEED), "-o", str(target), "--force"]) == 0
        assert target.read_text(encoding="utf-8") != "mine"

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            ([], "choose a format with -f (see 'directive-report formats') or give -o a suffix"),
            (["-f", "mardown"], "unknown format 'mardown'; did you mean 'markdown'?"),
            (["-o", "x.xyz"], "unknown file suffix '.xyz'"),
            (["-f", "markdown", "--out-dir", str(SEED)], f"{SEED} exists and is not a folder"),
        ],
    )
    def test_usage_errors(
        self, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Mistakes about the whole run are one line, before anything is rendered."""
        assert main(["render", str(SEED), *args]) == 1
        err = capsys.readouterr().err
        assert err.startswith("directive-report: error: ")
        assert message in err
        assert err.count("\n") == 1

    def test_output_for_many_inputs(
        self, inputs: list[Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """-o names one file: with several inputs it is refused."""
        assert main(["render", *map(str, inputs), "-o", "x.md"]) == 1
        assert (
            f"-o names one output but {len(inputs)} inputs were given; use --out-dir"
            in capsys.readouterr().err
        )

    def test_two_inputs_one_output(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Two inputs of the same name into one folder would overwrite each other: refused."""
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        for folder in ("a", "b"):
            shutil.copy(SEED, tmp_path / folder / "r.toml")
        args = ["render", str(tmp_path / "a" / "r.toml"), str(tmp_path / "b" / "r.toml")]
        assert main([*args, "-f", "markdown", "--out-dir", str(tmp_path)]) == 1
        assert "would both be written to" in capsys.readouterr().err
        assert not (tmp_path / "r.md").exists()

    @pytest.mark.parametrize("output", ["{folder}/r.toml", "{folder}/./r.toml"])
    def test_never_writes_over_an_input(
        self, tmp_path: Path, output: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """-o naming the input is refused, even with --force: the report would be lost."""
        source = tmp_path / "r.toml"
        shutil.copy(SEED, source)
        target = output.format(folder=tmp_path)
        assert main(["render", str(source), "-f", "markdown", "-o", target, "--force"]) == 1
        assert source.read_bytes() == SEED.read_bytes()
        assert capsys.readouterr().err == (
            f"directive-report: error: {source}: the output {source} is an input file\n"
        )
        assert [p.name for p in tmp_path.iterdir()] == ["r.toml"]

    def test_output_into_an_input_via_suffix(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Outputs named after their inputs cannot replace them: a plug-in writing '.toml'."""

        class Toml:
            name = "toml-copy"
            suffix = ".toml"
            media_type = "application/toml"
            api_version = 1

            def render(self, report: object, stream: BinaryIO, options: object) -> None:
                stream.write(b"x")

        declaration = Declaration(
            name="toml-copy", value="t:Toml", distribution="t", version="1", load=lambda: Toml
        )
        monkeypatch.setattr(_registry, "_default", Registry(declarations=lambda: [declaration]))
        source = tmp_path / "r.toml"
        shutil.copy(SEED, source)
        assert main(["render", str(source), "-f", "toml-copy", "--force"]) == 1
        assert "the output" in capsys.readouterr().err
        assert source.read_bytes() == SEED.read_bytes()

    def test_output_folder_given_as_o(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """-o naming a folder says to use --out-dir (and never talks of temporary files)."""
        assert main(["render", str(SEED), "-f", "markdown", "-o", str(tmp_path), "--force"]) == 1
        assert capsys.readouterr().err == (
            f"directive-report: error: -o {tmp_path} is a folder; use --out-dir to write into it\n"
        )

    def test_output_folder_missing(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A folder that does not exist: one line naming the input and the output."""
        target = tmp_path / "missing" / "r.md"
        assert main(["render", str(SEED), "-o", str(target)]) == 1
        assert capsys.readouterr().err == (
            f"directive-report: error: {SEED}: {target}: No such file or directory\n"
        )

    def test_an_input_named_twice_is_rendered_once(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The same file under two spellings is one input, not a clash with itself."""
        source = tmp_path / "r.toml"
        shutil.copy(SEED, source)
        again = tmp_path / "." / "r.toml"
        args = ["render", str(source), str(again), "-f", "markdown", "--jobs", "1"]
        assert main(args) == 0
        assert capsys.readouterr().out == f"{tmp_path / 'r.md'}\n"

    @pytest.mark.parametrize("value", ["-1", "two"])
    def test_jobs_must_be_a_count(self, value: str) -> None:
        """--jobs takes a whole number, 0 or 'auto'; anything else is a usage error (status 2)."""
        result = cli("render", str(SEED), "-f", "markdown", "--jobs", value)
        assert result.returncode == 2
        assert f"expected a whole number, 0 or 'auto', got '{value}'" in result.stderr


class TestRenderMany:
    def test_failing_input_is_named_and_others_complete(
        self, inputs: list[Path], tmp_path: Path
    ) -> None:
        """In parallel processes: the broken input is one line naming it, the three others are
        written, the status is 1, and without a terminal there is no progress bar."""
        out = tmp_path / "out"
        out.mkdir()
        result = cli(
            "render", *map(str, inputs), "-f", "markdown", "--out-dir", str(out), "--jobs", "2"
        )
        assert result.returncode == 1
        assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.md" for n in examples.names())
        assert sorted(result.stdout.splitlines()) == sorted(
            str(out / f"{n}.md") for n in examples.names()
        )
        (error,) = result.stderr.splitlines()
        assert error.startswith(f"directive-report: error: {inputs[-1]}: ")
        assert "\r" not in result.stderr

    def test_all_good_is_status_zero(self, inputs: list[Path], tmp_path: Path) -> None:
        """Every input rendered: status 0."""
        assert (
            main(["render", *map(str, inputs[:-1]), "-f", "markdown", "--out-dir", str(tmp_path)])
            == 0
        )

    def test_progress_bar_on_a_terminal(self, inputs: list[Path], tmp_path: Path) -> None:
        """With stderr on a terminal a bar counts the inputs, and is erased for each message."""
        leader, follower = pty.openpty()
        try:
            args = [
                "render",
                *map(str, inputs),
                "-f",
                "markdown",
                "--out-dir",
                str(tmp_path),
                "-j2",
            ]
            result = subprocess.run(
                [sys.executable, "-m", "directive_report", *args],
                stdout=subprocess.PIPE,
                stderr=follower,
                text=True,
            )
            os.close(follower)
            follower = -1
            screen = b""
            while chunk := _read(leader):
                screen += chunk
        finally:
            os.close(leader)
            if follower >= 0:
                os.close(follower)
        text = screen.decode("utf-8")
        assert result.returncode == 1
        count = len(inputs)
        assert "\r[" + "." * 30 + f"] 0/{count}" in text
        assert f"] {count - 1}/{count}" in text
        assert text.count("directive-report: error: ") == 1
        assert text.endswith("\r\x1b[K")  # the bar is gone at the end


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the terminal's other end is closed
        return b""


class TestFormats:
    def test_builtin_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The built-ins with their suffixes and distribution."""
        assert main(["formats"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].split() == ["FORMAT", "SUFFIX", "DISTRIBUTION", "KIND"]
        rows = {line.split()[0]: line.split() for line in lines[1:]}
        assert rows["markdown"][1:3] == [".md", "directive-report"]
        assert rows["docx"][1] == ".docx"
        assert rows["odt"][1] == ".odt"
        assert all(line.endswith("built in") for line in lines[1:4])

    def test_broken_plugin_is_listed_with_its_problem(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A plug-in that fails to import is a row, its error on stderr, status 1."""

        def fail() -> object:
            raise ModuleNotFoundError("No module named 'qn_docx'")

        broken = Declaration(
            name="quang-ninh-docx",
            value="qn_docx:Exporter",
            distribution="qn-docx",
            version="2.0",
            load=fail,
        )
        monkeypatch.setattr(_registry, "_default", Registry(declarations=lambda: [broken]))
        assert main(["formats"]) == 1
        out, err = capsys.readouterr()
        assert out.splitlines()[-1].split() == [
            "quang-ninh-docx",
            "?",
            "qn-docx",
            "2.0",
            "plug-in,",
            "ExporterLoadError",
        ]
        assert err == (
            "directive-report: error: exporter 'quang-ninh-docx' (distribution qn-docx 2.0) failed to load "
            "from 'qn_docx:Exporter': ModuleNotFoundError: No module named 'qn_docx'\n"
        )


# --------------------------------------------------------------------------------------------
# A third-party plug-in, built and installed into a throwaway virtual environment


@pytest.fixture(scope="module")
def plugin_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with directive-report-plaintext installed from its wheel.

    The wheel is built by the plug-in's own build backend (hatchling) and installed by
    ``installer``; the environment sees this one's packages (directive-report itself) through a
    ``.pth`` file, so nothing is downloaded.
    """
    root = tmp_path_factory.mktemp("plugin")
    build = "import sys; from hatchling.build import build_wheel; print(build_wheel(sys.argv[1]))"
    built = subprocess.run(
        [sys.executable, "-c", build, str(root / "dist")],
        cwd=PLAINTEXT,
        capture_output=True,
        text=True,
        check=True,
    )
    wheel = root / "dist" / built.stdout.strip().splitlines()[-1]
    venv.EnvBuilder(with_pip=False).create(root / "venv")
    python = root / "venv" / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    outer = [path for path in sys.path if path.endswith("site-packages")]
    lines = "".join(f"import site; site.addsitedir({path!r})\n" for path in outer)
    (Path(purelib) / "_outer_environment.pth").write_text(lines, encoding="utf-8")
    subprocess.run(
        [python, "-m", "installer", str(wheel)], capture_output=True, text=True, check=True
    )
    return python


class TestInstalledPlugin:
    def test_not_visible_here(self) -> None:
        """The plug-in exists only in the throwaway environment."""
        assert "plaintext" not in {info.name for info in _registry.Registry().available()}

    def test_listed_by_formats(self, plugin_python: Path) -> None:
        """formats finds it through its entry point, with its distribution and suffix."""
        result = cli("formats", python=plugin_python)
        assert result.returncode == 0, result.stderr
        row = next(
            line.split() for line in result.stdout.splitlines() if line.startswith("plaintext ")
        )
        assert row == ["plaintext", ".txt", "directive-report-plaintext", "0.1.0", "plug-in"]

    def test_render_by_suffix(self, plugin_python: Path, tmp_path: Path) -> None:
        """render -o report.txt goes through the plug-in."""
        target = tmp_path / "report.txt"
        result = cli("render", str(SEED), "-o", str(target), python=plugin_python)
        assert result.returncode == 0, result.stderr
        text = target.read_text(encoding="utf-8")
        assert text.startswith(
            "UBND TỈNH BẮC GIANG\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố:      /BC-STTTT\n"
        )
        assert text.endswith("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNgô Đình Tiến\n")

    def test_render_by_name_in_parallel(
        self, plugin_python: Path, inputs: list[Path], tmp_path: Path
    ) -> None:
        """render -f plaintext over several inputs, in worker processes."""
        out = tmp_path / "out"
        out.mkdir()
        result = cli(
            "render",
            *map(str, inputs[:-1]),
            "-f",
            "plaintext",
            "--out-dir",
            str(out),
            python=plugin_python,
        )
        assert result.returncode == 0, result.stderr
        assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.txt" for n in examples.names())

    def test_demo_includes_it(self, plugin_python: Path, tmp_path: Path) -> None:
        """demo renders to every available format, the plug-in's too."""
        result = cli("demo", "--out", str(tmp_path), python=plugin_python)
        assert result.returncode == 0, result.stderr
        assert (
            (tmp_path / "bac-giang-ct21-2024.txt")
            .read_text(encoding="utf-8")
            .startswith("UBND TỈNH")
        )
