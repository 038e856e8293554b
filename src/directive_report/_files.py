"""Writing files safely (private)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

__all__ = ["write_atomically"]


def write_atomically(path: Path, data: bytes) -> None:
    """Write *data* to a temporary file beside *path*, then rename it over *path*.

    A failure leaves no half-written file and an existing *path* untouched.  The new file gets
    the existing file's permissions, or the usual ones for a new file (0666 less the umask),
    not the private 0600 of a temporary file.  An :class:`OSError` names *path*, never the
    temporary file the user has not heard of.
    """
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise _about(path, error) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException as error:
        os.unlink(temporary)
        if isinstance(error, OSError):
            raise _about(path, error) from error
        raise


def _about(path: Path, error: OSError) -> OSError:
    """The same error (same errno, same subclass) about *path* instead of the temporary file."""
    if error.errno is None:
        return error
    return OSError(error.errno, error.strerror, str(path))


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
