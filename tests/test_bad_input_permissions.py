"""Issue 17, case 7: an input in a folder the user cannot enter is one error, and the batch goes on.

Root enters every folder, so the command runs in a subprocess without the capabilities that let
root ignore permissions (``CAP_DAC_OVERRIDE``, ``CAP_DAC_READ_SEARCH``), as an ordinary user
would; switching to ``nobody`` instead would leave it without the Python interpreter, which lives
in root's home on the development machine.  Not root, the command runs as it is.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from directive_report import examples

SEED = Path(examples.__file__).parent / "bac-giang-ct21-2024.toml"

PR_CAPBSET_DROP = 24  # <linux/prctl.h>
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2  # <linux/capability.h>

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux permissions")


def _as_an_ordinary_user() -> None:
    """In the child before it runs Python: drop what lets root ignore permissions, so that the
    new program starts without them (the capability bounding set limits what exec grants)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        preexec_fn=_as_an_ordinary_user,
        capture_output=True,
        text=True,
        env={**os.environ, "LANGUAGE": "en"},
        timeout=120,
        check=False,
    )


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """A folder of mode 000 holding a good report; opened again for the cleanup of tmp_path."""
    folder = tmp_path / "locked"
    folder.mkdir()
    shutil.copy(SEED, folder / "hidden.toml")
    folder.chmod(0)
    yield folder
    folder.chmod(0o755)


def test_the_subprocess_cannot_enter_the_folder(locked: Path) -> None:
    """The premise of the test below: the command's process is refused the folder."""
    result = _run("-c", f"import os; os.listdir({str(locked)!r})")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith("PermissionError: [Errno 13]")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_input_in_a_folder_that_cannot_be_entered(
    tmp_path: Path, locked: Path, jobs: str
) -> None:
    """render over the hidden report then a good one: one line for the hidden one, the good one
    written, exit status 1 (it once stopped the batch at the hidden file: ``Path.is_dir`` raised)."""
    hidden = locked / "hidden.toml"
    good = tmp_path / "good.toml"
    shutil.copy(SEED, good)
    out = tmp_path / "out"
    command = ["render", str(hidden), str(good), "-f", "markdown", "--out-dir", str(out)]
    result = _run("-m", "directive_report", *command, "-j", jobs)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"directive-report: error: {hidden}: cannot read the file: Permission denied"
    ]
    assert result.stdout == f"{out / 'good.md'}\n"
    assert "**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**" in (out / "good.md").read_text(encoding="utf-8")
