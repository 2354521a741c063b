"""One process's view of whether its Redis can be reached, shared by everything in the
process that uses it (the conversation queues, the rate limits, the order of held
messages), so that they stop trying it together and start again together.

Each falls back without Redis when a step fails (bot/channels/lock_store.py). But a
Redis that hangs made every step wait REDIS_TIMEOUT_SECONDS before falling back, each
patient's message 5-6 s slower for as long as it hung, and a refused one was still
tried at every step. Now, once a step fails, no step tries Redis for a cool-off
(bot/limits/breaker.py): they fall back at once, and one tries again after it.

Logged once as Redis is taken to be down (WARNING) and once as it is back (INFO), with
the error's type only; `sb_redis_available` says which, on the Rasa servers' metrics.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from typing import Dict, Iterator

import redis
import redis.asyncio

from bot.limits.breaker import Breaker
from bot.metrics import metrics

logger = logging.getLogger(__name__)
# What a call to Redis raises when Redis is down, resets or hangs: redis-py's errors, the
# socket's, and (the asyncio client on uvloop) a RuntimeError for a connection whose
# transport a reset had closed as it said hello: that one was passed on as a failure.
REDIS_UNREACHABLE = (redis.RedisError, OSError, RuntimeError)
# A step that gets no answer for this long has failed (a hung Redis held every message
# that waited on it for ever).
REDIS_TIMEOUT_SECONDS = 2.0


class RedisCoolingOff(redis.ConnectionError):
    """Not tried: a Redis step failed moments ago (caught as REDIS_UNREACHABLE is)."""


class RedisBreaker:
    """The breaker of one Redis URL in this process (safe to use from threads)."""

    def __init__(self, url: str) -> None:
        self.url = url  # never logged: it may hold a password
        self.outages = 0  # times it was taken to be down
        self._state = Breaker()
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        with self._lock:
            return self._state.closed

    @contextlib.contextmanager
    def step(self, even_if_down: bool = False) -> Iterator[None]:
        """Around one Redis call: raises RedisCoolingOff at once, without trying, while
        Redis is taken to be down; records how the call went. `even_if_down`: tried
        all the same (giving back what was taken in Redis, which nothing else would)."""
        with self._lock:
            trying = self._state.may_try()
        if not trying and not even_if_down:
            raise RedisCoolingOff("Redis is taken to be down for a few seconds")
        try:
            yield
        except REDIS_UNREACHABLE as error:
            self._failed(error)
            raise
        self._worked()

    def _failed(self, error: BaseException) -> None:
        with self._lock:
            opened = self._state.failed()
            cool_off = self._state.cool_off
            self.outages += opened
        if opened:
            logger.warning("Redis unreachable (%s): conversation queues are this process's "
                           "own and rate limits are in its memory until it answers again; "
                           "tried again in %g s", type(error).__name__, cool_off)
        else:
            logger.debug("Redis still unreachable (%s): tried again in %g s",
                         type(error).__name__, cool_off)

    def _worked(self) -> None:
        with self._lock:
            down_for = self._state.worked()
        if down_for is not None:
            logger.info("Redis answers again after %.0f s: conversation queues and rate "
                        "limits are shared again", down_for)

    async def probe(self) -> None:
        """One Redis round trip, if a step may try now (the metrics are scraped even
        when no message comes, so that a Redis back at night is seen as back)."""
        client = redis.asyncio.Redis.from_url(self.url, socket_timeout=REDIS_TIMEOUT_SECONDS,
                                              socket_connect_timeout=REDIS_TIMEOUT_SECONDS)
        try:
            with self.step():
                await client.ping()
        except REDIS_UNREACHABLE:
            pass  # logged by the breaker as it opens
        finally:
            await client.close(close_connection_pool=True)


class StaleConnections:
    """Whether a client's idle connections may be dead: a Redis that hung (or a proxy
    before it that stopped forwarding) can leave them open and dead for good, and once
    it is back each would cost a step its timeout, and everyone a cool-off. So once
    Redis has been taken to be down, a client drops its idle ones at its next use."""

    def __init__(self, breaker: RedisBreaker) -> None:
        self.breaker, self._seen = breaker, breaker.outages

    def due(self) -> bool:
        """True once after each outage (drop them now)."""
        outages = self.breaker.outages
        due, self._seen = outages != self._seen, outages
        return due


async def drop_idle(client: redis.asyncio.Redis) -> None:
    """Close a client's idle connections (new ones are made as needed)."""
    with contextlib.suppress(*REDIS_UNREACHABLE, asyncio.TimeoutError):
        await client.connection_pool.disconnect(inuse_connections=False)


_BREAKERS: Dict[str, RedisBreaker] = {}
_MADE = threading.Lock()


def breaker_for(url: str) -> RedisBreaker:
    """This process's breaker for `url`, made on first use."""
    with _MADE:
        if url not in _BREAKERS:
            _BREAKERS[url] = RedisBreaker(url)
            metrics().redis_available.set_function(_all_available)
        return _BREAKERS[url]


def _all_available() -> float:
    return float(all(breaker.available for breaker in list(_BREAKERS.values())))


async def probe_redis() -> None:
    """Each Redis this process uses, asked whether it answers (see `RedisBreaker.probe`)."""
    for breaker in list(_BREAKERS.values()):
        await breaker.probe()
