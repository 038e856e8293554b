"""``SIGTERM`` reaches the code that acts on it: in the command and in each worker, the main
thread (the only one where Python runs signal handlers), and a worker that was sent it before
Python had set it up (both once made the command wait for a worker's 60-second render:
``test_workers_die_with_the_command`` timed out under load)."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from directive_report.cli._workers import usable_cores
from test_cli_failures import SCRIPT, alive, children, copies, start, wait_for

_HELD = (signal.SIGTERM, signal.SIGINT)

pytestmark = [
    pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc"),
    pytest.mark.skipif(usable_cores() < 2, reason="--jobs 2 needs two usable cores"),
]


def _threads(pid: int) -> list[int]:
    try:
        return sorted(int(tid) for tid in os.listdir(f"/proc/{pid}/task"))
    except OSError:
        return []


def _mask(pid: int, tid: int, field: str) -> int:
    with open(f"/proc/{pid}/task/{tid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1], 16)
    raise AssertionError(f"no {field} in /proc/{pid}/task/{tid}/status")


def _bits(*signums: int) -> int:
    return sum(1 << (signum - 1) for signum in signums)


def _who_takes_sigterm(pid: int) -> list[str]:
    """For each thread of *pid*: "main takes" or "other holds" when the thread is as it must
    be, anything else otherwise."""
    found = []
    for tid in _threads(pid):
        held = _mask(pid, tid, "SigBlk") & _bits(*_HELD) == _bits(*_HELD)
        taken = _mask(pid, tid, "SigBlk") & _bits(*_HELD) == 0
        if tid == pid:
            found.append("main takes" if taken else "main holds")
        else:
            found.append("other holds" if held else "other takes")
    return found


def _as_it_must_be(pid: int, threads: int) -> bool:
    try:
        found = _who_takes_sigterm(pid)
    except OSError:
        return False
    return len(found) >= threads and found == ["main takes"] + ["other holds"] * (len(found) - 1)


def test_only_the_main_threads_take_sigterm(tmp_path: Path) -> None:
    """Every thread of the command but the main one (the pool's manager and queue feeder) and
    every thread of a worker but the main one (its watchdog) blocks ``SIGTERM`` and ``SIGINT``,
    so that the kernel delivers them to the main thread.  The kernel may give a signal sent to
    a process to any of its threads that does not block it; Python runs the handler in the
    main thread only, and a main thread waiting on a lock (the command waiting for its
    workers) or sleeping (a worker rendering) is not woken by a signal another thread took."""
    inputs = copies(tmp_path / "in", 4)
    process = start(tmp_path, 60, "render", *map(str, inputs), "-f", "slow", "--jobs", "2")
    try:
        assert wait_for(lambda: len(children(process.pid)) >= 2, 60)
        workers = children(process.pid)
        # main, the pool's manager and its queue's feeder; a worker's main and its watchdog
        settled = wait_for(
            lambda: _as_it_must_be(process.pid, 3) and all(_as_it_must_be(w, 2) for w in workers),
            30,
        )
        found = {pid: _who_takes_sigterm(pid) for pid in (process.pid, *workers)}
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert settled, found
    assert (process.returncode, err) == (143, "directive-report: terminated\n")


# Every process the command forks waits in glibc's fork handler — after the fork, before
# CPython's own after-fork step, which forgets any signal that came until then — for a signal
# to wake it.
_PAUSED_AT_FORK = """
import ctypes, signal
libc = ctypes.CDLL(None)
libc.__register_atfork.argtypes = [ctypes.c_void_p] * 4
libc.__register_atfork(None, None, ctypes.cast(libc.pause, ctypes.c_void_p), None)
signal.signal(signal.SIGUSR1, lambda signum, frame: None)  # what the test wakes them with
"""


def _paused(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/wchan", encoding="ascii") as wchan:
            return "pause" in wchan.read()
    except OSError:
        return False


def _sigterm_pending(pid: int) -> bool:
    try:
        return bool((_mask(pid, pid, "SigPnd") | _mask(pid, pid, "ShdPnd")) & _bits(signal.SIGTERM))
    except OSError:
        return False


@pytest.mark.skipif(
    not hasattr(ctypes.CDLL(None), "__register_atfork"), reason="needs glibc's fork handlers"
)
def test_a_worker_sent_sigterm_as_it_is_forked_stops(tmp_path: Path) -> None:
    """The command stopped while its workers are being forked: the ``SIGTERM`` it sends a
    worker that Python has not yet set up (CPython's after-fork step clears the signals that
    came before it) is not lost — the worker once went on to render, and the command waited
    for it.  The workers are held at that point; the command passes its ``SIGTERM`` on to
    them; then they are let go."""
    inputs = copies(tmp_path / "in", 4)
    script = tmp_path / "paused_cli.py"
    script.write_text(textwrap.dedent(_PAUSED_AT_FORK) + SCRIPT, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(script), "render", *map(str, inputs), "-f", "slow", "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "SLOW": "60"},
    )
    workers: list[int] = []
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "started\n"

        def held() -> bool:
            workers[:] = children(process.pid)
            return len(workers) >= 2 and all(map(_paused, workers))

        assert wait_for(held, 60)
        process.send_signal(signal.SIGTERM)
        # passed on: pending in the worker (held back), or it woke the worker (it was taken)
        assert wait_for(lambda: all(_sigterm_pending(w) or not _paused(w) for w in workers), 30)
        for worker in workers:
            if _paused(worker):
                os.kill(worker, signal.SIGUSR1)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
        for worker in workers:  # never leave one rendering behind for the other tests
            if alive(worker):
                os.kill(worker, signal.SIGKILL)
    assert (process.returncode, err) == (143, "directive-report: terminated\n")
    assert wait_for(lambda: not any(map(alive, workers)), 5), workers
