"""Per-sender limits that hold across replicas: two limiters (two replicas) share one
bucket in the real Redis on 127.0.0.1 (required under CI=true), keep no number in
it, and fall back to limiting in process when Redis cannot be reached."""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
import uuid
from typing import List

import pytest
import redis

from bot.limits.rate_limit import Decision, SharedRateLimiter
from tests.conftest import redis_reachable

REDIS_URL = "redis://127.0.0.1:6379/5"




needs_redis = pytest.mark.skipif(not redis_reachable(REDIS_URL) and os.environ.get("CI") != "true",
                                 reason="no Redis on 127.0.0.1:6379 (required under CI=true)")


@needs_redis
def test_two_replicas_share_one_senders_allowance_and_store_no_number() -> None:
    scope = f"test{uuid.uuid4().hex[:8]}"
    number = "+447700900777"

    async def run() -> List[bool]:
        replicas = [SharedRateLimiter(scope, per_minute=6, burst=3, redis_url=REDIS_URL)
                    for _ in range(2)]
        return [await replicas[i % 2].allow(number) for i in range(5)]

    # Three in the burst between both replicas, then limited (one replica alone would
    # have allowed three each).
    assert asyncio.run(run()) == [True, True, True, False, False]
    keys = [k.decode() for k in redis.Redis.from_url(REDIS_URL).keys(f"sb:rate:{scope}:*")]
    assert len(keys) == 1 and "7700" not in keys[0]


@needs_redis
@pytest.mark.parametrize("sender", ["+447700900123", "123456789"], ids=["number", "chat id"])
def test_redis_keys_cannot_be_turned_back_into_a_number_or_chat_id(sender: str) -> None:
    """Someone who reads Redis and hashes every number (or chat id) finds none of them:
    the key is an HMAC with the pseudonym secret, and the limit still holds."""
    scope = f"test{uuid.uuid4().hex[:8]}"

    async def run(secret: str) -> List[bool]:
        replicas = [SharedRateLimiter(scope, per_minute=6, burst=2, redis_url=REDIS_URL,
                                      secret=secret) for _ in range(2)]
        return [await replicas[i % 2].allow(sender) for i in range(3)]

    store = redis.Redis.from_url(REDIS_URL)
    assert asyncio.run(run("a" * 32)) == [True, True, False]
    keys = [k.decode() for k in store.keys(f"sb:rate:{scope}:*")]
    assert len(keys) == 1
    guesses = {sender, sender.lstrip("+"), f"{scope}:{sender}", f"rate:{scope}:{sender}"}
    for guess in guesses:
        plain = hashlib.sha256(guess.encode()).hexdigest()
        assert plain[:32] not in keys[0] and guess not in keys[0]
    assert sender.lstrip("+")[-6:] not in keys[0]
    # Under another secret the same sender has another key (and its own allowance).
    assert asyncio.run(run("b" * 32)) == [True, True, False]
    assert len(store.keys(f"sb:rate:{scope}:*")) == 2


@needs_redis
def test_other_senders_are_not_held_back() -> None:
    scope = f"test{uuid.uuid4().hex[:8]}"

    async def run() -> List[bool]:
        limiter = SharedRateLimiter(scope, per_minute=6, burst=1, redis_url=REDIS_URL)
        return [await limiter.allow("a"), await limiter.allow("a"), await limiter.allow("b")]

    assert asyncio.run(run()) == [True, False, True]


def test_without_redis_the_limit_still_holds_in_process() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]

    async def run() -> List[bool]:
        limiter = SharedRateLimiter("rest", per_minute=6, burst=2,
                                    redis_url=f"redis://127.0.0.1:{closed}/0")
        return [await limiter.allow("x") for _ in range(3)]

    assert asyncio.run(run()) == [True, True, False]


@needs_redis
def test_peek_and_take_agree_across_replicas_with_the_time_to_wait() -> None:
    scope = f"test{uuid.uuid4().hex[:8]}"

    async def run() -> List[Decision]:
        one, two = (SharedRateLimiter(scope, per_minute=6, burst=2, redis_url=REDIS_URL)
                    for _ in range(2))  # a token every 10 s
        return [await one.peek("k"), await two.peek("k"), await one.take("k"),
                await two.take("k"), await one.peek("k"), await two.take("k")]

    looked, again, first, last, after, refused = asyncio.run(run())
    assert looked == again == first == Decision(True, 0.0)  # looking took nothing
    assert last.allowed and 9.9 < last.wait <= 10.0  # the last one, from the other replica
    assert not after.allowed and 9.0 < after.wait <= 10.0
    assert not refused.allowed and refused.wait <= after.wait
