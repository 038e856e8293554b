"""Atomic file writes (directive_report._files)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from directive_report._files import write_atomically
from directive_report.errors import OutputError


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    """A new file is 0666 less the umask, not the 0600 of a temporary file."""
    umask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "a.md", b"x")
    finally:
        os.umask(umask)
    assert mode(tmp_path / "a.md") == 0o644
    assert (tmp_path / "a.md").read_bytes() == b"x"


def test_replacing_keeps_the_existing_permissions(tmp_path: Path) -> None:
    """Overwriting a file keeps its mode."""
    target = tmp_path / "a.md"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert mode(target) == 0o640
    assert target.read_bytes() == b"new"


def test_failure_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the rename fails, the old file stays and no temporary file is left."""
    target = tmp_path / "a.md"
    target.write_bytes(b"old")

    def fail(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


@pytest.mark.parametrize(
    ("where", "error"),
    [
        ("missing/a.md", FileNotFoundError),
        ("file/a.md", NotADirectoryError),
        ("folder", OutputError),
    ],
)
def test_errors_name_the_target_not_the_temporary_file(
    tmp_path: Path, where: str, error: type[Exception]
) -> None:
    """A folder that does not exist, a file where a folder should be: the error is of the usual
    kind and names the target; a folder as the target is refused by name."""
    (tmp_path / "file").write_bytes(b"")
    (tmp_path / "folder").mkdir()
    target = tmp_path / where
    with pytest.raises(error) as raised:
        write_atomically(target, b"x")
    named = raised.value.path if isinstance(raised.value, OutputError) else raised.value.filename  # type: ignore[attr-defined]
    assert named == str(target)
    assert ".tmp" not in str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "folder"]
