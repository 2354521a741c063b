"""Token buckets: a limit per key (a sender, a hashed client address), in memory or in
Redis so that it holds across replicas.

`RateLimiter` keeps its buckets in this process; `SharedRateLimiter` keeps them in
Redis when a Redis URL is set (SB_REDIS_URL), so a key's limit holds across replicas.
Each can `take` a token (an attempt that counts) or only `peek` (may one be taken?),
and says how long until the next token, for a Retry-After.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Optional

import redis.asyncio

from bot.config import load_settings
from bot.limits.keys import keyed_hash
from bot.limits.redis_breaker import (
    REDIS_UNREACHABLE,
    StaleConnections,
    breaker_for,
    drop_idle,
)


@dataclass(frozen=True)
class Decision:
    allowed: bool  # a token was there (and, for `take`, was taken)
    wait: float  # seconds until a token is there again (0: one is there now)


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Allow `burst` at once and `per_minute` a minute after that, per key."""

    def __init__(self, per_minute: float, burst: int, max_senders: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = burst
        self.max_senders = max_senders
        self.clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def allow(self, sender: str) -> bool:
        return self.take(sender).allowed

    def take(self, key: str) -> Decision:
        return self.use(key, 1)

    def peek(self, key: str) -> Decision:
        return self.use(key, 0)

    def use(self, key: str, cost: int) -> Decision:
        """Take `cost` tokens (0 or 1) if there is one."""
        now = self.clock()
        bucket = self._buckets.pop(key, None) or _Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        allowed = bucket.tokens >= 1.0
        if allowed:
            bucket.tokens -= cost
        self._buckets[key] = bucket  # most recently seen last
        while len(self._buckets) > self.max_senders:
            self._buckets.popitem(last=False)  # forget the longest-idle key
        return Decision(allowed, _wait(bucket.tokens, self.rate))


def _wait(tokens: float, rate: float) -> float:
    return 0.0 if tokens >= 1.0 else math.ceil((1.0 - tokens) / rate * 1000) / 1000


# A token bucket in Redis: the same arithmetic as RateLimiter, as a Lua function so that
# another script can use a sender's bucket in its own round trip (the SMS arrival lock,
# bot/channels/lock_store.py). Returns {allowed, milliseconds until a token is there}; a
# peek (cost 0) writes nothing; cost -1 gives a token back (up to the burst): taken and
# given back before the next use, the bucket is as if it had never been taken.
BUCKET = """
local function bucket(key, rate, burst, cost)
  local t = redis.call('TIME')
  local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
  local held = redis.call('HMGET', key, 'tokens', 'at')
  local tokens = tonumber(held[1]) or burst
  local at = tonumber(held[2]) or now
  tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
  local allowed = 0
  if cost < 0 then
    tokens = math.min(burst, tokens - cost)
  elseif tokens >= 1 then
    tokens = tokens - cost
    allowed = 1
  end
  if cost ~= 0 then
    redis.call('HSET', key, 'tokens', tostring(tokens), 'at', tostring(now))
    redis.call('PEXPIRE', key, math.ceil(burst / rate * 1000) + 1000)
  end
  local wait = 0
  if tokens < 1 then
    wait = math.ceil((1 - tokens) / rate * 1000)
  end
  return {allowed, wait}
end
"""
_BUCKET = BUCKET + """
return bucket(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]))
"""


@dataclass(frozen=True)
class SharedBucket:
    """A key's bucket in Redis, for a script that uses it in its own round trip."""

    key: str  # the Redis key (an HMAC: no number, id or address)
    rate: float  # tokens a second
    burst: int


class SharedRateLimiter:
    """Limits that hold across replicas: the bucket lives in Redis when a Redis URL is
    set (keyed by an HMAC with the pseudonym secret, so no number, id or address is
    stored there, nor a plain hash that trying every number would undo), and in this
    process otherwise, or for as long as Redis cannot be reached."""

    def __init__(self, scope: str, per_minute: float, burst: int,
                 redis_url: Optional[str] = None, secret: Optional[str] = None) -> None:
        self.scope, self.rate, self.burst = scope, per_minute / 60.0, burst
        self.local = RateLimiter(per_minute=per_minute, burst=burst)
        self._redis_url = redis_url  # None: SB_REDIS_URL, read on first use; "": none
        self._secret = secret  # None: SB_PSEUDONYM_SECRET, read on first use
        self._script: Any = None
        self._stale: StaleConnections  # with the script

    async def allow(self, sender: str) -> bool:
        return (await self.take(sender)).allowed

    async def take(self, key: str) -> Decision:
        """Use one token if there is one."""
        return await self._use(key, 1)

    async def peek(self, key: str) -> Decision:
        """Whether a token is there, using none."""
        return await self._use(key, 0)

    async def _use(self, key: str, cost: int) -> Decision:
        script = self._bucket()
        if script is None:
            return self.local.use(key, cost)
        if self._stale.due():
            await drop_idle(script.registered_client)
        try:
            with self._stale.breaker.step():  # logs as Redis goes and comes back
                allowed, wait = await script(keys=[self.redis_key(key)],
                                             args=[self.rate, self.burst, cost])
        except REDIS_UNREACHABLE:
            return self.local.use(key, cost)
        return Decision(bool(allowed), int(wait) / 1000)

    def shared_bucket(self, key: str) -> Optional[SharedBucket]:
        """A key's bucket in Redis, when there is a Redis (else None: `take` it here)."""
        if not self._url():
            return None
        return SharedBucket(self.redis_key(key), self.rate, self.burst)

    def _url(self) -> str:
        """The Redis URL ("" for none), read on first use, not when Rasa imports the channel."""
        if self._redis_url is None:
            self._redis_url = load_settings().redis_url or ""
        return self._redis_url

    def redis_key(self, key: str) -> str:
        """Where a key's bucket lives in Redis."""
        if self._secret is None:
            self._secret = load_settings().pseudonym_secret
        return f"sb:rate:{self.scope}:{keyed_hash(self._secret, 'rate:' + self.scope, key)}"

    def _bucket(self) -> Any:
        url = self._url()
        if url and self._script is None:
            client = redis.asyncio.Redis.from_url(url, socket_timeout=1,
                                                  socket_connect_timeout=1)
            self._script = client.register_script(_BUCKET)
            self._stale = StaleConnections(breaker_for(url))
        return self._script
