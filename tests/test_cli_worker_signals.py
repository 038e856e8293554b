"""A worker told to stop (``SIGTERM``) while Python runs code that cannot raise — an import
lock's callback, a finaliser — still unwinds its job, and prints nothing (the command once
printed "Exception ignored in: <function _get_module_lock.<locals>.cb …> … KeyboardInterrupt"
and the worker went on rendering)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

_WORKER = """
import signal, sys, time
from directive_report.cli import _workers

signal.signal(signal.SIGTERM, _workers._on_sigterm)
sys.unraisablehook = _workers._on_unraisable

class Finaliser:
    def __del__(self):
        raise {exception}

_workers._State.busy = True  # rendering a job
try:
    Finaliser()  # made and dropped: its exception cannot be raised here
    for _ in range(200):
        time.sleep(0.005)
    print("went on")
except KeyboardInterrupt:
    print("unwound")
"""


def _run(exception: str) -> subprocess.CompletedProcess[str]:
    code = textwrap.dedent(_WORKER).format(exception=exception)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_an_interrupt_where_python_cannot_raise_is_raised_again_where_it_can() -> None:
    """The interrupt lost in a finaliser comes back as SIGTERM and unwinds the job, silently."""
    result = _run("KeyboardInterrupt")
    assert (result.stdout, result.stderr) == ("unwound\n", "")


@pytest.mark.parametrize("exception", ["ValueError('finaliser')"])
def test_other_exceptions_where_python_cannot_raise_are_reported_as_before(
    exception: str,
) -> None:
    """Any other exception in a finaliser is Python's to report; the job goes on."""
    result = _run(exception)
    assert result.stdout == "went on\n"
    assert "Exception ignored in" in result.stderr
    assert "ValueError: finaliser" in result.stderr


_TOLD_TWICE = """
import os, signal, sys, time
from directive_report.cli import _workers

signal.signal(signal.SIGTERM, _workers._on_sigterm)


class Stderr:  # what the worker flushes on its way out: the second SIGTERM comes then
    def write(self, text):
        return sys.__stderr__.write(text)

    def flush(self):
        os.kill(os.getpid(), signal.SIGTERM)  # the pool's own, after the command's


def render(job):
    sys.stderr = Stderr()
    os.kill(os.getpid(), signal.SIGTERM)  # the command's, in the middle of the render
    time.sleep(5)


try:
    _workers._run_job(render, 0, "job")
except BaseException as error:  # concurrent.futures would send it back and start the next job
    print("escaped:", type(error).__name__)
else:
    print("returned")
"""


def test_a_second_sigterm_while_a_worker_unwinds_does_not_let_it_go_on() -> None:
    """A worker gets ``SIGTERM`` twice when the command stops (from the command, then from the
    process pool when another worker has died); the second one, coming as the worker leaves
    its job, ends it too — it once escaped the job as an exception, which the pool sent back as
    the job's result, and the worker rendered its next job while the command waited for it."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_TOLD_TWICE)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (143, "", "")


_REPORTED_WHOLE = """
import os, signal, sys
from directive_report.cli import _workers
from directive_report.cli._common import Terminated


def terminate(signum, frame):  # the command's handler
    raise Terminated


def render(job):
    with _workers.writing():  # the file moved into place
        pass
    return job


def report(job, result):
    if job == 0:
        os.kill(os.getpid(), signal.SIGTERM)  # the test's, as soon as it sees the first file
    print("listed", job, result, flush=True)


signal.signal(signal.SIGTERM, terminate)
try:
    if sys.argv[1] == "1":
        _workers.run_in_process(render, [0, 1, 2], report)
    else:
        _workers.run_in_workers(render, [0, 1, 2], int(sys.argv[1]), report)
except Terminated:
    print("terminated")
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_sigterm_while_a_written_job_is_reported_lets_it_be_listed(jobs: str) -> None:
    """``SIGTERM`` coming as the command reports a job whose file was written (the moment a
    test that waits for the first file sends it) acts once the job is listed: it once stopped
    the command before the file's name was printed, and the files listed were not all the
    files written."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_REPORTED_WHOLE), jobs],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert ("listed 0 0" in lines, lines[-1], result.stderr) == (True, "terminated", "")
    assert len(set(lines)) == len(lines)  # each job listed once
    if jobs == "1":  # the next jobs never start (workers may have written theirs: listed too)
        assert lines == ["listed 0 0", "terminated"]
