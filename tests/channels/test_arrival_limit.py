"""The SMS arrival lock takes a token from the number's rate limit in the round trip that
serves the message (one Redis round trip, not two), against the real Redis on 127.0.0.1
(required under CI=true): the same bucket and arithmetic as `SharedRateLimiter`, a token
taken once a message as its turn comes, and given back at release when the message never
came to its limit (a redelivery, a message held during an outage), so the limit counts
what it counted when it was a round trip of its own."""

from __future__ import annotations

import asyncio
import os
import uuid
from typing import List, Optional, Tuple

import pytest
import redis

from bot.channels.lock_store import RedisQueueLockStore, Served
from bot.limits.rate_limit import SharedBucket, SharedRateLimiter
from tests.conftest import redis_reachable

REDIS_URL = "redis://127.0.0.1:6379/3"

pytestmark = pytest.mark.skipif(
    not redis_reachable(REDIS_URL) and os.environ.get("CI") != "true",
    reason="no Redis on 127.0.0.1:6379 (required under CI=true)")


def limiter(burst: int) -> SharedRateLimiter:
    # A token a minute: nothing refills while a test runs.
    return SharedRateLimiter(f"test{uuid.uuid4().hex[:8]}", per_minute=1, burst=burst,
                             redis_url=REDIS_URL, secret="s" * 32)


def bucket(limits: SharedRateLimiter, number: str = "+447700900123") -> SharedBucket:
    found = limits.shared_bucket(number)
    assert found is not None
    return found


def tokens(limit: SharedBucket) -> Optional[float]:
    client = redis.Redis.from_url(REDIS_URL)
    held = client.hget(limit.key, "tokens")
    client.close()
    return None if held is None else float(held)


async def message(store: RedisQueueLockStore, conversation: str, limit: SharedBucket,
                  comes_to_its_limit: bool = True) -> Optional[bool]:
    """One message through the lock; its limit's answer, if it came to the limit."""
    async with store.lock(conversation, limit=limit) as place:
        assert isinstance(place, Served)
        return place.use_allowance() if comes_to_its_limit else None


# (messages: True = it comes to its limit, False = it never does (a redelivery, held);
#  burst; the answers of those that came to it; tokens left)
CASES: List[Tuple[List[bool], int, List[Optional[bool]], float]] = [
    ([True, True, True], 2, [True, True, False], 0.0),  # limited once the burst is spent
    ([True], 3, [True], 2.0),  # a message counts once
    ([False] * 5 + [True] * 3, 2, [None] * 5 + [True, True, False], 0.0),  # given back
    ([True, False, True, False, True], 2, [True, None, True, None, False], 0.0),
]


@pytest.mark.parametrize("sequence,burst,answers,left", CASES)
def test_a_token_counts_only_for_a_message_that_comes_to_its_limit(
        sequence: List[bool], burst: int, answers: List[Optional[bool]], left: float) -> None:
    limit, conversation = bucket(limiter(burst)), f"twilio:{uuid.uuid4().hex}"

    async def run() -> List[Optional[bool]]:
        store = RedisQueueLockStore(REDIS_URL)
        return [await message(store, conversation, limit, comes) for comes in sequence]

    assert asyncio.run(run()) == answers
    assert tokens(limit) == pytest.approx(left, abs=0.01)


def test_the_lock_and_the_limiter_share_one_bucket() -> None:
    """Across replicas and code paths (a replica without the folded lock, a nested lock
    that falls back to the limiter), one allowance."""
    limits = limiter(3)
    limit, conversation = bucket(limits), f"twilio:{uuid.uuid4().hex}"

    async def run() -> List[Optional[bool]]:
        one, two = RedisQueueLockStore(REDIS_URL), RedisQueueLockStore(REDIS_URL)
        return [await message(one, conversation, limit),
                (await limits.take("+447700900123")).allowed,
                await message(two, conversation, limit),
                await message(one, conversation, limit)]

    assert asyncio.run(run()) == [True, True, True, False]


def test_a_limited_message_still_takes_its_turn_and_takes_no_token() -> None:
    """As before the fold: the limit is the message's own business inside its turn (its
    signposting and redelivery check still run in order); a limited message takes no
    token, and what it was told is the same on every replica."""
    limit, conversation = bucket(limiter(1)), f"twilio:{uuid.uuid4().hex}"
    order: List[str] = []

    async def run() -> None:
        store = RedisQueueLockStore(REDIS_URL)

        async def arrives(name: str) -> None:
            async with store.lock(conversation, limit=limit) as place:
                assert isinstance(place, Served)
                order.append(f"{name} {place.use_allowance()}")
                await asyncio.sleep(0.05)

        first = asyncio.ensure_future(arrives("first"))
        await asyncio.sleep(0.01)
        await asyncio.gather(first, arrives("second"))

    asyncio.run(run())
    assert order == ["first True", "second False"]
    assert tokens(limit) == pytest.approx(0.0, abs=0.01)


def test_a_waiting_message_takes_its_token_as_its_turn_comes_not_as_it_arrives() -> None:
    limit, conversation = bucket(limiter(3)), f"twilio:{uuid.uuid4().hex}"
    seen: List[Optional[float]] = []

    async def run() -> None:
        store = RedisQueueLockStore(REDIS_URL)

        async def behind() -> None:
            async with store.lock(conversation, limit=limit) as place:
                assert isinstance(place, Served)
                assert place.use_allowance()
                seen.append(tokens(limit))

        async with store.lock(conversation, limit=limit) as place:
            assert isinstance(place, Served) and place.use_allowance()
            waiting = asyncio.ensure_future(behind())
            await asyncio.sleep(0.05)
            seen.append(tokens(limit))  # the second has arrived and waits: no token yet
        await waiting

    asyncio.run(run())
    assert seen == [pytest.approx(2.0, abs=0.01), pytest.approx(1.0, abs=0.01)]


def test_a_message_that_gives_up_waiting_takes_no_token() -> None:
    limit, conversation = bucket(limiter(2)), f"twilio:{uuid.uuid4().hex}"
    events: List[str] = []

    async def run() -> None:
        store = RedisQueueLockStore(REDIS_URL)

        async def gives_up() -> None:
            try:
                async with store.lock(conversation, lock_lifetime=0.1, limit=limit):
                    events.append("never")
            except Exception as error:  # noqa: BLE001 - LockError, as Rasa expects
                events.append(type(error).__name__)

        async with store.lock(conversation, limit=limit) as place:
            assert isinstance(place, Served) and place.use_allowance()
            await asyncio.ensure_future(gives_up())  # another task: it waits

    asyncio.run(run())
    assert events == ["LockError"]
    assert tokens(limit) == pytest.approx(1.0, abs=0.01)


def test_a_token_given_back_leaves_the_bucket_as_if_never_taken() -> None:
    """Taken at the turn, given back at release: the same as untouched, part-spent or
    full (the burst caps the refill, and the token given back)."""
    limits = limiter(3)
    limit, conversation = bucket(limits), f"twilio:{uuid.uuid4().hex}"

    async def run() -> List[Optional[float]]:
        store = RedisQueueLockStore(REDIS_URL)
        after: List[Optional[float]] = []
        await message(store, conversation, limit, comes_to_its_limit=False)
        after.append(tokens(limit))  # full
        await limits.take("+447700900123")
        await message(store, conversation, limit, comes_to_its_limit=False)
        after.append(tokens(limit))  # part-spent
        return after

    assert asyncio.run(run()) == [pytest.approx(3.0, abs=0.01), pytest.approx(2.0, abs=0.01)]


def test_without_a_limit_the_lock_answers_none_and_touches_no_bucket() -> None:
    limit, conversation = bucket(limiter(2)), f"twilio:{uuid.uuid4().hex}"

    async def run() -> Optional[bool]:
        async with RedisQueueLockStore(REDIS_URL).lock(conversation) as place:
            assert isinstance(place, Served)
            return place.use_allowance()

    assert asyncio.run(run()) is None
    assert tokens(limit) is None
