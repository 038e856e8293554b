"""How the linear-growth tests time a call: by its CPU time, not by the clock."""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Callable


def best_cpu_seconds(
    call: Callable[[], object], repeat: int = 5, *, expected: type[Exception] | None = None
) -> float:
    """The shortest CPU time of *repeat* runs of *call*, an *expected* error counting as a run.

    This process's own CPU time, so other processes on a loaded machine do not count; the cyclic
    garbage collector is paused, since its passes over every live object grow with the input
    and would blur the growth of the work itself.
    """
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            with contextlib.suppress(*(() if expected is None else (expected,))):
                call()
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best
