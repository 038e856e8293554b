"""Running render jobs, in this process or in worker processes, so that stopping the command
leaves no debris and every file written is reported (private).

* A worker dies with the command: on Linux the kernel kills it when its parent goes
  (``PR_SET_PDEATHSIG``), and everywhere a watchdog thread ends it when its parent changes.
* A worker ignores Ctrl-C (the command stops its workers itself).  On ``SIGTERM`` an idle
  worker exits at once; a rendering one unwinds (so nothing is half-written) and exits, also
  when the signal came where Python cannot raise (it is sent again: :func:`_on_unraisable`),
  and whatever the job raises as it unwinds (:func:`_run_job`).
* Moving a file into place is never cut short: ``SIGTERM`` and ``SIGINT`` are deferred from
  the moment a job starts its final write until the write is recorded as done (:func:`writing`).
* When the command is interrupted (Ctrl-C or ``SIGTERM``), it sends ``SIGTERM`` to its workers,
  waits for them, reports every job that wrote its file, and stops.
* Those signals reach the main thread, the only one where Python runs signal handlers: every
  other thread of the command and of a worker blocks them (:func:`_start_deaf`).  The kernel may
  give a signal sent to a process to any thread that does not block it, and a main thread
  waiting on a lock or sleeping is not woken by a signal another thread took.
* A worker starts with ``SIGTERM`` and ``SIGINT`` blocked (it is forked while the command blocks
  them) and unblocks them once its handlers are set, so that one sent meanwhile waits in the
  kernel.  Caught, it would be lost: CPython forgets the signals a child received before its
  after-fork step.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from types import FrameType
from typing import TYPE_CHECKING, TypeVar

from directive_report import i18n
from directive_report.cli._common import CommandError, note_line
from directive_report.i18n import _

if TYPE_CHECKING:  # the process machinery is imported only when workers are started
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing import SimpleQueue

__all__ = ["resolve_jobs", "run_in_process", "run_in_workers", "usable_cores", "writing"]

J = TypeVar("J")
R = TypeVar("R")

_PR_SET_PDEATHSIG = 1
_HELD = (signal.SIGTERM, signal.SIGINT)


class _State:
    """This process's part: the job running, whether it is rendering, and where to record the
    jobs that wrote their file (a list here, a queue the command reads in a worker)."""

    in_worker = False
    busy = False
    stopping = False  # told to stop while rendering: the worker ends when the job unwinds
    job: int | None = None
    written: list[int] = []  # noqa: RUF012 - one per process, by design
    queue: SimpleQueue[int] | None = None

    @classmethod
    def record_written(cls) -> None:
        if cls.job is None:
            return
        if cls.queue is not None:
            cls.queue.put(cls.job)
        else:
            cls.written.append(cls.job)


def usable_cores() -> int:
    """The number of cores this process may run on (its affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def resolve_jobs(requested: int) -> int:
    """The number of processes for ``--jobs requested``: the usable cores for 0, and at most
    that many (saying so on stderr when a larger number is capped)."""
    cores = usable_cores()
    if requested == 0:
        return cores
    if requested > cores:
        message = _("--jobs {requested} capped at {cores}, the number of usable cores")
        print(note_line(message.format(requested=requested, cores=cores)), file=sys.stderr)
        return cores
    return requested


@contextlib.contextmanager
def deferred_signals() -> Iterator[None]:
    """Hold ``SIGTERM`` and ``SIGINT`` back for the block (main thread only); one that came
    meanwhile acts when it ends."""
    caught: list[int] = []

    def defer(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    previous: dict[signal.Signals, object] = {}
    if threading.current_thread() is threading.main_thread():
        for held in _HELD:
            if signal.getsignal(held) not in (signal.SIG_IGN, None):
                previous[held] = signal.signal(held, defer)
    try:
        yield
    finally:
        for restored, handler in previous.items():
            signal.signal(restored, handler)  # type: ignore[arg-type]
        for signum in dict.fromkeys(caught):
            signal.raise_signal(signum)


@contextlib.contextmanager
def _blocked() -> Iterator[None]:
    """Block ``SIGTERM`` and ``SIGINT`` in this thread for the block: the kernel keeps one that
    comes meanwhile pending, and it acts when the block ends.  A thread or a process started in
    the block starts with them blocked."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not on POSIX
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _start_deaf(thread: threading.Thread) -> None:
    """Start *thread* with ``SIGTERM`` and ``SIGINT`` blocked in it for good (see the module's
    docstring)."""
    with _blocked():
        thread.start()


@contextlib.contextmanager
def writing() -> Iterator[None]:
    """Defer ``SIGTERM`` and ``SIGINT`` while a job's file is moved into place, and record the
    job as written when the block succeeds; a signal that came meanwhile acts after that."""
    with deferred_signals():
        _State.busy = False
        yield
        _State.record_written()


def run_in_process(
    work: Callable[[J], R], jobs: Sequence[J], report: Callable[[J, R | None], None]
) -> None:
    """Run ``work(job)`` for every job here, in order, and ``report(job, result)`` after each.

    On a ``KeyboardInterrupt``, report ``(job, None)`` for a job that wrote its file but was
    not reported yet, and raise it again.  A job is reported with ``SIGTERM`` and ``SIGINT``
    deferred, so that one coming as it is reported acts once it has been, and never in between
    (the file written, the job not listed).
    """
    for index, job in enumerate(jobs):
        _State.job, _State.written = index, []
        reported = False
        try:
            result = work(job)
            with deferred_signals():
                reported = True
                report(job, result)
        except KeyboardInterrupt:
            if _State.written and not reported:
                report(job, None)
            raise
        finally:
            _State.job = None


def run_in_workers(
    work: Callable[[J], R],
    jobs: Sequence[J],
    workers: int,
    report: Callable[[J, R | None], None],
) -> None:
    """Run ``work(job)`` for every job in *workers* processes; ``report(job, result)`` as each
    ends.

    The jobs go to the workers in chunks (:func:`chunks`), so that few messages pass between
    the processes.  *work* must be a module-level function (it is pickled).  A
    ``KeyboardInterrupt`` (Ctrl-C or ``SIGTERM`` in the command, while waiting or while
    reporting) stops the workers, reports ``(job, None)`` for each job that wrote its file but
    whose result did not arrive, and is raised again.
    """
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import SimpleQueue

    done: SimpleQueue[int] = SimpleQueue()
    futures: dict[Future[list[R]], range] = {}
    reported: set[int] = set()
    pool: ProcessPoolExecutor | None = None
    try:
        # Held back while the pool starts: interrupted there, the pool would keep a worker half
        # started (and the command from exiting), or a lock of concurrent.futures held.  Blocked
        # too, so that the pool's threads and the workers start with the signals blocked.
        with deferred_signals(), _blocked():
            pool = ProcessPoolExecutor(
                max_workers=workers,
                initializer=_initialise_worker,
                initargs=(os.getpid(), done, i18n.active_language()),
            )
            for chunk in chunks(len(jobs), workers):
                futures[pool.submit(_run_chunk, work, chunk, jobs[chunk.start : chunk.stop])] = (
                    chunk
                )
        for future in as_completed(futures):
            try:
                results = future.result()
            except BrokenProcessPool:
                raise CommandError(
                    _(
                        "a worker process stopped unexpectedly (was it killed?); "
                        "{count} of the inputs may not have been rendered"
                    ).format(count=len(jobs) - len(reported))
                ) from None
            for index, result in zip(futures[future], results, strict=True):
                with deferred_signals():  # reported whole, or left to the clean-up below
                    reported.add(index)
                    report(jobs[index], result)
    except BaseException:
        if pool is not None:
            _stop(pool)
        while not done.empty():
            index = done.get()
            if index not in reported:
                reported.add(index)
                report(jobs[index], None)
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def chunks(count: int, workers: int) -> Iterator[range]:
    """The indexes of *count* jobs in the chunks sent to *workers* processes, in order: large
    while many jobs remain, down to one job at the end ("guided" scheduling: each is a quarter
    of a worker's share of what remains), so that few messages pass between the processes and
    the workers finish together."""
    start = 0
    while start < count:
        size = max(1, (count - start) // (4 * workers))
        yield range(start, start + size)
        start += size


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop every worker, also one the pool was still starting when the command was stopped
    (not yet in its table: waiting for work that never comes, it would keep the command from
    exiting, as the interpreter joins its child processes at exit)."""
    import multiprocessing

    processes = getattr(pool, "_processes", None) or {}
    workers = {process.pid for process in processes.values()}
    workers |= {child.pid for child in multiprocessing.active_children()}
    for pid in workers:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    pool.shutdown(wait=True, cancel_futures=True)


def _initialise_worker(parent: int, done: SimpleQueue[int], language: i18n.Language) -> None:
    import ctypes

    _State.in_worker, _State.queue = True, done
    i18n.activate(language)  # the workers write their messages in the command's language
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent went before prctl took effect
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_sigterm)
    sys.unraisablehook = _on_unraisable
    _start_deaf(threading.Thread(target=_watch_parent, args=(parent,), daemon=True))
    if hasattr(signal, "pthread_sigmask"):  # a SIGTERM sent since the fork acts here
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    if _State.busy:
        _State.stopping = True
        raise KeyboardInterrupt  # unwind the job's clean-up, then exit (see _run_job)
    os._exit(128 + signal.SIGTERM)


def _on_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """Where Python cannot raise (an import lock's callback, a finaliser), the interrupt
    :func:`_on_sigterm` raised would be printed and lost: the worker would go on rendering.
    Send ``SIGTERM`` again instead, a moment later from another thread (sent from here, it
    would be handled here), so that it is raised at the next place that can unwind."""
    if unraisable.exc_type is KeyboardInterrupt:
        again = threading.Timer(0.01, os.kill, (os.getpid(), signal.SIGTERM))
        again.daemon = True
        _start_deaf(again)  # the signal it sends must go to the main thread
    else:
        sys.__unraisablehook__(unraisable)


def _watch_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _run_chunk(work: Callable[[J], R], indexes: range, jobs: Sequence[J]) -> list[R]:
    return [_run_job(work, index, job) for index, job in zip(indexes, jobs, strict=True)]


def _run_job(work: Callable[[J], R], index: int, job: J) -> R:
    """Run one job; a worker told to stop ends once the job has unwound, whatever it raised
    then: a second ``SIGTERM`` (the pool sends its own when another worker dies) may come as
    the job unwinds and raise anew, and an exception leaving the job is sent back to the
    command as its result by the pool, which then starts the next job."""
    _State.job, _State.busy = index, True
    try:
        return work(job)
    except KeyboardInterrupt:
        _State.stopping = True  # a plug-in's own too
        raise
    finally:
        _State.job, _State.busy = None, False  # from here on a SIGTERM ends the worker at once
        if _State.stopping:
            sys.stderr.flush()
            os._exit(128 + signal.SIGTERM)
