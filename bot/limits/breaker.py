"""When to try a service that just failed again: a circuit breaker, as pure logic.

Closed: every caller tries the service. A failure opens it: for a cool-off nobody tries
(each goes straight to what it does without the service); then one caller tries again
(half-open): if that works it closes, if not it opens for twice as long, up to a limit.
A caller that was granted the try and never says how it went (cancelled) holds it for
one cool-off at most; then another caller may try. No I/O and no logging here: the
caller tells it what happened and when (bot/limits/redis_breaker.py does, for Redis).
"""

from __future__ import annotations

import time
from typing import Callable, Optional

FIRST_COOL_OFF_SECONDS = 5.0
LONGEST_COOL_OFF_SECONDS = 30.0


class Breaker:
    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 first: float = FIRST_COOL_OFF_SECONDS,
                 longest: float = LONGEST_COOL_OFF_SECONDS) -> None:
        self.clock, self.first, self.longest = clock, first, longest
        self.cool_off = 0.0  # 0: closed
        self.down_since: Optional[float] = None  # when it opened (None: closed)
        self._retry_at = 0.0
        self._trying = False  # a caller was granted the try, and has not said how it went

    @property
    def closed(self) -> bool:
        return self.down_since is None

    def may_try(self) -> bool:
        """Whether this caller should try the service now (half-open: only one does)."""
        if self.closed:
            return True
        now = self.clock()
        if now < self._retry_at:
            return False
        self._trying, self._retry_at = True, now + self.cool_off
        return True

    def failed(self) -> bool:
        """A try failed; True when that opened the breaker (it was closed)."""
        now, opened = self.clock(), self.closed
        if opened:
            self.down_since, self.cool_off = now, self.first
        elif self._trying:  # the one try after a cool-off: wait longer next time
            self.cool_off = min(self.cool_off * 2, self.longest)
        else:  # a try begun before it opened: it is open already
            return False
        self._trying, self._retry_at = False, now + self.cool_off
        return opened

    def worked(self) -> Optional[float]:
        """A try worked: closed again. How long it was open, if it was (else None)."""
        down_since = self.down_since
        self.down_since, self.cool_off, self._trying = None, 0.0, False
        return None if down_since is None else self.clock() - down_since
