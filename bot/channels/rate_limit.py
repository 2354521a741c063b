"""Per-sender rate limiting: a token bucket per sender, kept in memory.

`RateLimiter` keeps its buckets in this process; `SharedRateLimiter` keeps them in
Redis when SB_REDIS_URL is set, so a sender's limit holds across replicas.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Optional

import redis
import redis.asyncio

from bot.config import load_settings

logger = logging.getLogger(__name__)


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


# A token bucket in Redis, one atomic script: the same arithmetic as RateLimiter.
_BUCKET = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local held = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(held[1]) or burst
local at = tonumber(held[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return allowed
"""


class SharedRateLimiter:
    """Per-sender limits that hold across replicas: the bucket lives in Redis when
    SB_REDIS_URL is set (keyed by a hash, so no number or id is stored there), and in
    this process otherwise, or for as long as Redis cannot be reached."""

    def __init__(self, scope: str, per_minute: float, burst: int,
                 redis_url: Optional[str] = None) -> None:
        self.scope, self.rate, self.burst = scope, per_minute / 60.0, burst
        self.local = RateLimiter(per_minute=per_minute, burst=burst)
        self._redis_url = redis_url
        self._script: Any = None

    async def allow(self, sender: str) -> bool:
        script = self._bucket()
        if script is None:
            return self.local.allow(sender)
        name = hashlib.sha256(f"{self.scope}:{sender}".encode()).hexdigest()[:32]
        try:
            return bool(await script(keys=[f"sb:rate:{self.scope}:{name}"],
                                     args=[self.rate, self.burst]))
        except (redis.RedisError, OSError) as error:
            logger.warning("shared rate limit unavailable (%s): limiting in this process",
                           type(error).__name__)
            return self.local.allow(sender)

    def _bucket(self) -> Any:
        if self._redis_url is None:  # read on first use, not when Rasa imports the channel
            self._redis_url = load_settings().redis_url
        if self._redis_url and self._script is None:
            client = redis.asyncio.Redis.from_url(self._redis_url, socket_timeout=1,
                                                  socket_connect_timeout=1)
            self._script = client.register_script(_BUCKET)
        return self._script
