"""Per-sender rate limiting: a token bucket per sender, kept in memory.

One process keeps its own buckets; behind a load balancer each replica limits
what it sees, which still stops one sender flooding the service.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Allow `burst` messages at once and `per_minute` messages a minute after that."""

    def __init__(self, per_minute: float, burst: int, max_senders: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = burst
        self.max_senders = max_senders
        self.clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def allow(self, sender: str) -> bool:
        now = self.clock()
        bucket = self._buckets.pop(sender, None) or _Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        allowed = bucket.tokens >= 1.0
        if allowed:
            bucket.tokens -= 1.0
        self._buckets[sender] = bucket  # most recently seen last
        while len(self._buckets) > self.max_senders:
            self._buckets.popitem(last=False)  # forget the longest-idle sender
        return allowed
