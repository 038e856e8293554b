"""Failures that must not pass as success, and stopping without debris (issue 17, cases 4–6):
plug-ins that exit, write nothing or hang; workers that outlive their command; temporary files
left by a kill; SIGTERM; --jobs beyond the cores."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

from directive_report import examples
from directive_report.cli import main
from directive_report.cli._workers import usable_cores
from directive_report.exporters import _registry
from directive_report.exporters._registry import Declaration, Registry

SEED = examples.path("bac-giang-ct21-2024")


def install(monkeypatch: pytest.MonkeyPatch, name: str, render: Callable[[BinaryIO], None]) -> None:
    """Declare one plug-in exporter (suffix ".<name>") beside the built-ins."""

    class Plugin:
        api_version = 1
        media_type = "text/plain"
        suffix = f".{name}"

        def __init__(self) -> None:
            self.name = name

        def render(self, report: object, stream: BinaryIO, options: object) -> None:
            render(stream)

    declaration = Declaration(
        name=name, value="p:P", distribution="p", version="1", load=lambda: Plugin
    )
    monkeypatch.setattr(_registry, "_default", Registry(declarations=lambda: [declaration]))


def copies(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = [folder / f"r{i}.toml" for i in range(count)]
    for path in paths:
        shutil.copy(SEED, path)
    return paths


def exits(stream: BinaryIO) -> None:
    sys.exit(0)


# --------------------------------------------------------------------------------------------
# Case 4: a plug-in's sys.exit, an empty output, a hang


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_plugin_exit_is_its_failure(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    jobs: str,
) -> None:
    """sys.exit(0) in a plug-in is that plug-in's failure, under --jobs 1 and 2: status 1, one
    line per input, no file."""
    install(monkeypatch, "quits", exits)
    inputs = copies(tmp_path / "in", 2)
    assert main(["render", *map(str, inputs), "-f", "quits", "--jobs", jobs]) == 1
    err = capsys.readouterr().err.splitlines()
    assert sorted(err) == [
        f"directive-report: error: {path}: exporter 'quits' stopped the program (SystemExit: 0)"
        for path in inputs
    ]
    assert not list((tmp_path / "in").glob("*.quits"))


def test_plugin_exit_does_not_stop_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In demo, the formats after it are still written and its failure is reported."""
    install(monkeypatch, "aaa-quits", exits)  # sorted first among plug-ins; built-ins come first
    out = tmp_path / "out"
    assert main(["demo", "--out", str(out)]) == 1
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".md", ".odt"]
    assert capsys.readouterr().err == (
        "directive-report: error: exporter 'aaa-quits' stopped the program (SystemExit: 0)\n"
    )


def test_empty_output_is_a_warning_and_an_error_when_strict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plug-in that writes nothing: a warning (the empty file is written); --strict makes it
    an error and writes nothing."""
    install(monkeypatch, "mute", lambda stream: None)
    target = tmp_path / "x.mute"
    assert main(["render", str(SEED), "-o", str(target)]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        f"directive-report: warning: {SEED}: exporter 'mute' wrote nothing; {target} is empty\n"
    )
    assert captured.out == f"{target}\n"
    assert target.read_bytes() == b""
    target.unlink()
    assert main(["render", str(SEED), "-o", str(target), "--strict"]) == 1
    assert capsys.readouterr().err == (
        f"directive-report: error: {SEED}: exporter 'mute' wrote nothing (--strict)\n"
    )
    assert not target.exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_hanging_plugin_is_stopped_by_the_timeout(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    jobs: str,
) -> None:
    """--timeout stops an export that hangs, even one that swallows exceptions, and the command
    goes on."""

    def hang(stream: BinaryIO) -> None:
        while True:
            with contextlib.suppress(Exception):  # careless: the time limit is no Exception
                time.sleep(10)

    install(monkeypatch, "hangs", hang)
    inputs = copies(tmp_path / "in", 2)
    started = time.monotonic()
    status = main(["render", *map(str, inputs), "-f", "hangs", "--timeout", "0.3", "--jobs", jobs])
    assert status == 1
    assert time.monotonic() - started < 8
    assert sorted(capsys.readouterr().err.splitlines()) == [
        f"directive-report: error: {path}: exporter 'hangs' took longer than 0.3 s"
        for path in inputs
    ]


# --------------------------------------------------------------------------------------------
# Case 5: workers die with their parent; temporary files are recognisable and cleaned; SIGTERM

SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    from directive_report.cli import main
    from directive_report.exporters import _registry
    from directive_report.exporters._registry import Declaration, Registry

    class Slow:
        name, suffix, media_type, api_version = "slow", ".slow", "text/plain", 1
        rendered = 0  # in this process

        def render(self, report, stream, options):
            # a process's first render takes SLOW seconds, each later one LATER seconds
            Slow.rendered += 1
            time.sleep(float(os.environ["SLOW" if Slow.rendered == 1 else "LATER"]))
            stream.write(b"done")

    declaration = Declaration(
        name="slow", value="s:S", distribution="s", version="1", load=lambda: Slow
    )
    _registry._default = Registry(declarations=lambda: [declaration])
    print("started", flush=True)
    sys.exit(main(sys.argv[1:]))
    """
)


def start(
    tmp_path: Path, slow: float, *args: str, later: float | None = None
) -> subprocess.Popen[str]:
    """Run the command with the "slow" exporter: each process's first render takes *slow*
    seconds, every later one *later* seconds (*slow* unless given)."""
    script = tmp_path / "slow_cli.py"
    script.write_text(SCRIPT, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(script), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "SLOW": str(slow), "LATER": str(slow if later is None else later)},
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "started\n"
    return process


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as stat:
                    fields = stat.read().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


def wait_for(condition: Callable[[], bool], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_the_command(tmp_path: Path, how: signal.Signals) -> None:
    """SIGKILL or SIGTERM to the command: its worker processes are gone within seconds."""
    inputs = copies(tmp_path / "in", 4)
    process = start(tmp_path, 60, "render", *map(str, inputs), "-f", "slow", "--jobs", "2")
    try:
        # The workers' start is not what is tested, and on a loaded machine it takes a while.
        assert wait_for(lambda: len(children(process.pid)) >= 2, 60)
        workers = [pid for pid in children(process.pid) if alive(pid)]
        process.send_signal(how)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:  # never leave it behind for the other tests
            process.kill()
            process.communicate()
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 5), workers
    if how == signal.SIGTERM:
        assert process.returncode == 143
        assert err == "directive-report: terminated\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_cleans_up_and_lists_what_was_written(tmp_path: Path, jobs: str) -> None:
    """SIGTERM in the middle of a batch: no temporary file is left, and the files listed on
    stdout are exactly the files written."""
    inputs = copies(tmp_path / "in", 6)
    folder = tmp_path / "in"
    # Each process renders its first input in half a second and waits a minute on the next: the
    # batch is still going when SIGTERM comes, however slowly this test is scheduled (with half
    # a second for each input, a loaded machine could write all six before it came).
    process = start(
        tmp_path, 0.5, "render", *map(str, inputs), "-f", "slow", "--jobs", jobs, later=60
    )
    assert wait_for(lambda: any(folder.glob("*.slow")), 30)
    process.send_signal(signal.SIGTERM)
    try:
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 143, err
    written = sorted(str(p) for p in folder.glob("*.slow"))
    assert sorted(out.splitlines()) == written
    assert 0 < len(written) < 6
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_temporary_files_are_recognisable_and_cleaned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a SIGKILL leaves (a temporary file of a dead process) is removed by the next run in
    that folder and by 'directive-report clean'; one of a running process is kept."""
    finished = subprocess.run([sys.executable, "-c", "pass"], check=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    assert finished.returncode == 0
    folder = tmp_path / "out"
    folder.mkdir()
    stale = folder / f".r.md.directive-report-{dead.pid}-0123abcd.tmp"
    live = folder / f".r.md.directive-report-{os.getpid()}-0123abcd.tmp"
    for path in (stale, live):
        path.write_bytes(b"partial")
    assert main(["render", str(SEED), "-f", "markdown", "--out-dir", str(folder)]) == 0
    assert capsys.readouterr().err == (
        f"directive-report: note: removed 1 temporary file left in {folder} by an interrupted run\n"
    )
    assert not stale.exists()
    assert live.exists()
    stale.write_bytes(b"partial")
    assert main(["clean", str(folder)]) == 0
    assert capsys.readouterr().out == f"{stale}\n"
    assert sorted(p.name for p in folder.iterdir()) == [live.name, "bac-giang-ct21-2024.md"]


# --------------------------------------------------------------------------------------------
# Case 6: --jobs


def test_jobs_are_capped_at_the_usable_cores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--jobs 300 runs at most one process per usable core, and says so."""
    inputs = copies(tmp_path / "in", 3)
    assert main(["render", *map(str, inputs), "-f", "markdown", "--jobs", "300"]) == 0
    cores = usable_cores()
    assert capsys.readouterr().err == (
        f"directive-report: note: --jobs 300 capped at {cores}, the number of usable cores\n"
    )
    assert cores == len(os.sched_getaffinity(0))


@pytest.mark.parametrize("value", ["0", "auto", "AUTO"])
def test_jobs_auto(tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str) -> None:
    """--jobs 0 and --jobs auto mean one process per usable core, silently."""
    inputs = copies(tmp_path / "in", 3)
    assert main(["render", *map(str, inputs), "-f", "markdown", "--jobs", value]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert len(captured.out.splitlines()) == 3
