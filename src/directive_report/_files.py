"""Writing files safely (private).

Every file the library writes goes through :func:`write_atomically`:

* only a regular file is ever replaced: a symbolic link (dangling or not), a device, a FIFO, a
  socket or a folder at the target is refused with :class:`~directive_report.errors.OutputError`,
  whatever ``overwrite`` says;
* the data is written to a temporary file beside the target, flushed to disk (``fsync``), then
  moved into place; without ``overwrite`` the final step is an exclusive create (a hard link to
  the temporary file), so a file that appeared at the target meanwhile is never replaced; the
  folder is flushed too, so that a power cut cannot leave an empty file under the final name;
* a temporary file is named ``.<target>.directive-report-<pid>-<random>.tmp``: recognisable, and
  tied to the process that writes it, so that :func:`remove_stale_temporaries` can remove the
  ones a killed process left behind.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from directive_report.errors import OutputError
from directive_report.i18n import N_, _

__all__ = [
    "TEMPORARY_PATTERN",
    "check_target",
    "remove_stale_temporaries",
    "stale_temporaries",
    "write_atomically",
]

#: The name of a temporary file: the target's name, the writing process and a random part.
TEMPORARY_PATTERN = re.compile(
    r"\.(?P<target>.+)\.directive-report-(?P<pid>[0-9]+)-[0-9a-f]{8}\.tmp"
)

_KINDS = (
    (stat.S_ISLNK, N_("a symbolic link")),
    (stat.S_ISDIR, N_("a folder")),
    (stat.S_ISCHR, N_("a character device")),
    (stat.S_ISBLK, N_("a block device")),
    (stat.S_ISFIFO, N_("a named pipe (FIFO)")),
    (stat.S_ISSOCK, N_("a socket")),
)


def kind_of(mode: int) -> str:
    """What a file of *mode* is, in words ("a symbolic link"); "a regular file" for one."""
    return _(next((name for test, name in _KINDS if test(mode)), N_("a regular file")))


def check_target(path: Path, *, overwrite: bool) -> None:
    """Refuse *path* as a target unless it is absent, or a regular file and *overwrite*.

    The final write checks again; this is for failing early, before a long render.
    """
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise _about(path, error) from error
    if not stat.S_ISREG(mode):
        raise OutputError(
            str(path),
            _("is {kind}; only a regular file is ever written or replaced").format(
                kind=kind_of(mode)
            ),
        )
    if not overwrite:
        raise _exists(path)


def _exists(path: Path) -> OutputError:
    return OutputError(str(path), _("already exists (use --force to overwrite)"))


def write_atomically(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write *data* to *path* safely (see the module's docstring).

    A failure leaves no half-written file, no temporary file, and an existing *path*
    untouched.  The new file gets the existing file's permissions, or the usual ones for a new
    file (0666 less the umask), not the private 0600 of a temporary file.  An :class:`OSError`
    names *path*, never the temporary file the user has not heard of.
    """
    check_target(path, overwrite=overwrite)
    mode = _mode_for(path)
    temporary = (
        path.parent / f".{path.name}.directive-report-{os.getpid()}-{os.urandom(4).hex()}.tmp"
    )
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        raise _about(path, error) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        if overwrite:
            check_target(path, overwrite=True)
            os.replace(temporary, path)
        else:
            _link_exclusively(temporary, path)
        _sync_folder(path.parent)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, FileExistsError) and not overwrite:
            raise _exists(path) from None
        if isinstance(error, OSError):
            raise _about(path, error) from error
        raise
    else:
        temporary.unlink(missing_ok=True)


def _link_exclusively(temporary: Path, path: Path) -> None:
    """Give the temporary file its final name only if nothing has that name now."""
    try:
        os.link(temporary, path)
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # no hard links on this file system: reserve the name exclusively, then move over it
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.replace(temporary, path)


def _sync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - a folder that cannot be opened (Windows)
        return
    try:
        os.fsync(handle)
    except OSError:  # pragma: no cover - file systems that cannot sync a folder
        pass
    finally:
        os.close(handle)


def stale_temporaries(folder: Path) -> Iterator[Path]:
    """The temporary files in *folder* whose writing process is no longer running."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = TEMPORARY_PATTERN.fullmatch(entry.name)
        if match and entry.is_file(follow_symlinks=False) and not _running(int(match["pid"])):
            yield Path(entry.path)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove what :func:`stale_temporaries` finds in *folder*; return what was removed."""
    removed = []
    for path in stale_temporaries(folder):
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True  # another user's process
    except (ProcessLookupError, OverflowError):
        return False
    return True


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
