"""How long one call takes, for the tests that hold a reader of raw replies to a bound.

The bound is there to catch a pattern that backtracks catastrophically or grows with the
square of a reply: seconds, not milliseconds, on any machine. Wall-clock time also counts
what other processes did meanwhile (a Rasa server loading on the other core, a collector's
pause), which once made a 20 ms reply take 0.85 s in CI; so this is the processor time of
this process, the least of a few runs. A reply that is really slow is slow every time."""

from __future__ import annotations

import time
from typing import Any, Callable

RUNS = 3


def cpu_seconds(call: Callable[[str], Any], text: str, runs: int = RUNS) -> float:
    """The least processor time, in seconds, of `runs` calls of `call(text)`."""
    least = float("inf")
    for _ in range(runs):
        start = time.process_time()
        call(text)
        least = min(least, time.process_time() - start)
    return least
