"""Files that must never be destroyed (issue 17, cases 1–3): only regular files are written or
replaced, "no overwrite" holds at the moment of the final write, the data reaches the disk
before the rename, and two exporters never write one path."""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

from directive_report import examples
from directive_report._files import write_atomically
from directive_report.cli import main
from directive_report.errors import OutputError
from directive_report.exporters import _registry
from directive_report.exporters._registry import Declaration, Registry

SEED = examples.path("bac-giang-ct21-2024")


def plugin(
    name: str, suffix: str, render: Callable[[BinaryIO], None]
) -> Callable[[pytest.MonkeyPatch], None]:
    """A fixture-like installer of one plug-in exporter beside the built-ins."""

    class Plugin:
        api_version = 1
        media_type = "text/plain"

        def __init__(self) -> None:
            self.name, self.suffix = name, suffix

        def render(self, report: object, stream: BinaryIO, options: object) -> None:
            render(stream)

    declaration = Declaration(
        name=name, value="p:P", distribution="p", version="1", load=lambda: Plugin
    )

    def install(monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(_registry, "_default", Registry(declarations=lambda: [declaration]))

    return install


def _special_files(folder: Path) -> dict[str, Path]:
    """A symbolic link to a file, a dangling one, a FIFO, and a character device when this
    process may make one (root).  (A folder as -o is a usage error of its own.)"""
    (folder / "real.md").write_text("keep me", encoding="utf-8")
    made = {
        "link": folder / "link.md",
        "dangling": folder / "dangling.md",
        "fifo": folder / "fifo.md",
    }
    made["link"].symlink_to(folder / "real.md")
    made["dangling"].symlink_to(folder / "nowhere.md")
    os.mkfifo(made["fifo"])
    try:
        os.mknod(folder / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pass
    else:
        made["device"] = folder / "null"
    return made


KINDS = {
    "link": "a symbolic link",
    "dangling": "a symbolic link",
    "fifo": "a named pipe (FIFO)",
    "device": "a character device",
}


@pytest.mark.parametrize("force", [False, True])
def test_only_regular_files_are_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], force: bool
) -> None:
    """Case 1: with or without --force, a link, a FIFO or a device at the output is
    one clear error, and it is left exactly as it was (the link's target too)."""
    made = _special_files(tmp_path)
    for kind, target in made.items():
        before = os.lstat(target)
        args = ["render", str(SEED), "-f", "markdown", "-o", str(target)]
        assert main([*args, "--force"] if force else args) == 1
        err = capsys.readouterr().err
        assert err == (
            f"directive-report: error: {SEED}: {target}: is {KINDS[kind]}; "
            "only a regular file is ever written or replaced\n"
        )
        after = os.lstat(target)
        assert (after.st_mode, after.st_ino, after.st_size) == (
            before.st_mode,
            before.st_ino,
            before.st_size,
        )
    assert (tmp_path / "real.md").read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "nowhere.md").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_standard_output_is_the_way_to_a_stream(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    """-o - writes the bytes to stdout (and lists no file)."""
    assert main(["render", str(SEED), "-f", "markdown", "-o", "-"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.startswith("+++\n")  # the report as TOML front matter, then the page
    assert "\n+++\n\nUBND TỈNH BẮC GIANG" in out
    assert "Nơi nhận:" in out


def test_a_file_created_while_rendering_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Case 2: without --force, a file that appears at the target during the render is kept:
    the final step creates the name exclusively."""
    target = tmp_path / "out.slow"

    def render(stream: BinaryIO) -> None:
        target.write_text("someone else's", encoding="utf-8")  # appears meanwhile
        stream.write(b"ours")

    plugin("slow", ".slow", render)(monkeypatch)
    assert main(["render", str(SEED), "-o", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "someone else's"
    assert capsys.readouterr().err.endswith(
        f"{target}: already exists (use --force to overwrite)\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.slow"]


def test_exclusive_write_refuses_what_appeared(tmp_path: Path) -> None:
    """The library call behind it: overwrite=False never replaces, even a file created after
    the check."""
    target = tmp_path / "a.md"
    write_atomically(target, b"first", overwrite=False)
    with pytest.raises(OutputError, match="already exists"):
        write_atomically(target, b"second", overwrite=False)
    assert target.read_bytes() == b"first"
    write_atomically(target, b"third")
    assert target.read_bytes() == b"third"


def test_data_and_folder_reach_the_disk_before_the_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Case 2: the temporary file is fsync'ed before it gets its name, and the folder after."""
    events: list[str] = []
    real_fsync, real_replace, real_link = os.fsync, os.replace, os.link

    def fsync(fd: int) -> None:
        events.append("fsync folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(src: str, dst: str) -> None:
        events.append("rename")
        real_replace(src, dst)

    def link(src: str, dst: str) -> None:
        events.append("link")
        real_link(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "link", link)
    write_atomically(tmp_path / "new.md", b"x", overwrite=False)
    write_atomically(tmp_path / "new.md", b"y", overwrite=True)
    assert events == [
        "fsync file",
        "link",
        "fsync folder",
        "fsync file",
        "rename",
        "fsync folder",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.md"]


def test_demo_never_writes_one_path_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Case 3: a plug-in with the suffix .docx writes its own file beside the built-in DOCX."""

    def render(stream: BinaryIO) -> None:
        stream.write(b"plug-in bytes")

    plugin("qn-docx", ".docx", render)(monkeypatch)
    out = tmp_path / "out"
    assert main(["demo", "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "bac-giang-ct21-2024.docx",
        "bac-giang-ct21-2024.md",
        "bac-giang-ct21-2024.odt",
        "bac-giang-ct21-2024.qn-docx.docx",
    ]
    assert zipfile.is_zipfile(out / "bac-giang-ct21-2024.docx")  # the built-in's, intact
    assert (out / "bac-giang-ct21-2024.qn-docx.docx").read_bytes() == b"plug-in bytes"
    assert capsys.readouterr().err == ""
