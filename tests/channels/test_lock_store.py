"""The lock stores serve one message of a conversation at a time, in order, and the
next one the moment the one before finishes (Rasa's wait a second between checks).
The Redis one runs against the real Redis on 127.0.0.1, as two replicas would."""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from typing import List, Tuple

import pytest
import redis
from rasa.core.lock_store import LockStore

from bot.channels.lock_store import PromptLockStore, RedisQueueLockStore, lock_store_for
from tests.conftest import redis_reachable

REDIS_URL = "redis://127.0.0.1:6379/3"




async def burst(stores: List[LockStore], conversation: str, count: int,
                work_seconds: float, gap: float = 0.002) -> List[int]:
    """`count` messages of one conversation, alternating between stores (replicas)."""
    served: List[int] = []

    async def message(i: int) -> None:
        async with stores[i % len(stores)].lock(conversation):
            await asyncio.sleep(work_seconds)
            served.append(i)

    tasks = []
    for i in range(count):
        tasks.append(asyncio.create_task(message(i)))
        await asyncio.sleep(gap)  # they arrive in this order
    await asyncio.gather(*tasks)
    return served


def test_one_process_serves_a_burst_in_order_without_waiting_a_second() -> None:
    store = PromptLockStore()
    started = time.monotonic()
    served = asyncio.run(burst([store], "twilio:abc", 17, work_seconds=0.01))
    assert served == list(range(17))
    assert time.monotonic() - started < 2.0  # Rasa's own store: about 16 s
    assert store.waiting() == 0  # nothing held once the burst is done


def test_conversations_do_not_wait_for_each_other() -> None:
    store = PromptLockStore()

    async def both() -> float:
        async def slow() -> None:
            async with store.lock("a"):
                await asyncio.sleep(1.0)

        task = asyncio.create_task(slow())
        await asyncio.sleep(0.01)
        started = time.monotonic()
        async with store.lock("b"):
            waited = time.monotonic() - started
        await task
        return waited

    # Waiting behind "a" would take about a second; the margin is for a busy machine.
    assert asyncio.run(both()) < 0.5


def test_the_environment_chooses_the_store() -> None:
    assert isinstance(lock_store_for(""), PromptLockStore)
    assert isinstance(lock_store_for(REDIS_URL), RedisQueueLockStore)


needs_redis = pytest.mark.skipif(not redis_reachable(REDIS_URL) and os.environ.get("CI") != "true",
                                 reason="no Redis on 127.0.0.1:6379 (required under CI=true)")


@needs_redis
def test_two_replicas_on_redis_serve_a_burst_in_order_promptly() -> None:
    async def run() -> List[int]:
        replicas: List[LockStore] = [lock_store_for(REDIS_URL), lock_store_for(REDIS_URL)]
        # 20 ms apart, as webhooks arrive (each is acknowledged after a database write).
        return await burst(replicas, f"twilio:{uuid.uuid4().hex}", 30, work_seconds=0.01,
                           gap=0.02)

    started = time.monotonic()
    assert asyncio.run(run()) == list(range(30))  # no ticket lost, none out of turn
    assert time.monotonic() - started < 6.0  # checking every 10 ms; Rasa's: 30 s or more


@needs_redis
def test_a_waiter_that_gives_up_or_a_holder_that_dies_does_not_block_the_queue() -> None:
    conversation = f"twilio:{uuid.uuid4().hex}"

    async def run() -> List[str]:
        store = RedisQueueLockStore(REDIS_URL)
        events: List[str] = []
        keys = [f"sb:lock:{conversation}:{part}"
                for part in ("next", "serving", "lease", "abandoned")]
        # A holder that dies mid-turn: its ticket is served and never released.
        dead, served, _ = await store._issue(keys=keys, args=[300, 3000])
        assert served  # nobody before it: served as it is issued

        async def gives_up() -> None:
            try:
                async with store.lock(conversation, lock_lifetime=0.1):
                    events.append("never")
            except Exception as error:  # noqa: BLE001 - LockError, as Rasa expects
                events.append(type(error).__name__)

        async def patient() -> None:
            async with store.lock(conversation, lock_lifetime=5):
                events.append("served")

        started = time.monotonic()
        await asyncio.gather(gives_up(), patient())
        events.append(f"{time.monotonic() - started:.1f}")
        return events

    events = asyncio.run(run())
    assert events[:2] == ["LockError", "served"]
    assert float(events[2]) < 2  # after the dead holder's 0.3 s lease, not its 5 s wait


@needs_redis
def test_a_lock_held_by_this_task_is_held_again_without_a_ticket() -> None:
    """The SMS channel takes a conversation's lock as a message arrives and Rasa asks for
    it again inside: no second ticket (Redis unchanged). Another task waits its turn,
    even one started inside the lock."""
    conversation = f"twilio:{uuid.uuid4().hex}"
    tickets = redis.Redis.from_url(REDIS_URL)
    order: List[str] = []

    async def run() -> None:
        channel, rasa = RedisQueueLockStore(REDIS_URL), RedisQueueLockStore(REDIS_URL)

        async def next_message() -> None:
            async with rasa.lock(conversation):
                order.append("next message")

        async with channel.lock(conversation):
            issued = tickets.get(f"sb:lock:{conversation}:next")
            waiting = asyncio.ensure_future(next_message())  # started inside: waits
            async with rasa.lock(conversation):
                assert tickets.get(f"sb:lock:{conversation}:next") == issued == b"1"
                await asyncio.sleep(0.1)
                order.append("this message")
        await waiting

    asyncio.run(run())
    assert order == ["this message", "next message"]
    tickets.close()


@needs_redis
def test_a_served_message_learns_whether_the_watched_key_exists_as_its_turn_comes() -> None:
    """The SMS channel asks, in the round trip that serves a message, whether another
    replica holds this number's messages: the answer is the one at its turn, not at its
    arrival (a message ahead of it may be held meanwhile), and nothing else changes."""
    conversation, held = f"twilio:{uuid.uuid4().hex}", f"sb:held:{uuid.uuid4().hex}"
    client = redis.Redis.from_url(REDIS_URL)
    seen: List[object] = []

    async def run() -> None:
        one, two = RedisQueueLockStore(REDIS_URL), RedisQueueLockStore(REDIS_URL)
        async with one.lock(conversation, watch=held) as first:
            seen.append(first.watched)  # nothing held: served at once, key absent

            async def behind() -> None:
                async with two.lock(conversation, watch=held) as second:
                    seen.append(second.watched)

            waiting = asyncio.ensure_future(behind())
            await asyncio.sleep(0.05)
            client.zadd(held, {"1": 1})  # the message ahead is held during an outage
        await waiting
        async with one.lock(conversation) as unwatched:
            seen.append(unwatched.watched)
        async with one.lock(conversation, watch=held):
            async with one.lock(conversation, watch=held) as again:  # held by this task
                seen.append(again.watched)

    try:
        asyncio.run(run())
    finally:
        client.delete(held)
        client.close()
    assert seen == [False, True, None, None]


@needs_redis
@pytest.mark.parametrize("outage", ["refuse", "stall"])
def test_without_redis_a_conversation_is_served_in_order_by_this_process(outage: str) -> None:
    """Redis stops (refuses) or hangs (a proxy stops forwarding): each message is served
    within seconds, one at a time and in order, in this process's own queue, and a lock
    this task holds is held again at once. Before, each message failed (the patient was
    told sorry and the message was lost), or, hung, waited for ever."""
    from tests.stalling_proxy import stalling_proxy

    conversation = f"twilio:{uuid.uuid4().hex}"
    with stalling_proxy(6379) as proxy:
        store = RedisQueueLockStore(f"redis://127.0.0.1:{proxy.port}/3")

        async def during_the_outage() -> Tuple[List[int], float]:
            async with store.lock(conversation):  # through the proxy while it forwards
                pass
            getattr(proxy, outage)()
            started = time.monotonic()

            async def held_again() -> None:  # the SMS channel's lock, then Rasa's
                async with store.lock(conversation), store.lock(conversation):
                    pass

            served = await asyncio.wait_for(burst([store], conversation, 3, 0.2), 15)
            await asyncio.wait_for(held_again(), 5)
            return served, time.monotonic() - started

        served, took = asyncio.run(during_the_outage())
    assert served == [0, 1, 2]
    assert 0.6 <= took < 8  # one after the other; a hung step gives up after 2 s


@needs_redis
@pytest.mark.parametrize("outage", ["refuse", "stall"])
def test_once_a_redis_step_fails_the_process_goes_without_redis_until_it_is_back(
        outage: str) -> None:
    """After one step fails, the next messages (and the limits and the held-message order
    on the same Redis) do not try Redis at all for a few seconds: a hung Redis cost each
    message 2 s per step (9 messages took 51 s end to end), a refused one a try each step.
    One tries again after the cool-off, and once Redis answers the queues are in Redis
    again at once, also that of a store whose connections were made before the outage
    (the SMS channel's and Rasa's are two), which the outage may have left dead."""
    from bot.channels.held_order import HeldOrder
    from bot.limits.breaker import FIRST_COOL_OFF_SECONDS
    from bot.limits.rate_limit import SharedRateLimiter
    from tests.stalling_proxy import stalling_proxy

    conversation = f"twilio:{uuid.uuid4().hex}"
    client = redis.Redis.from_url(REDIS_URL)
    with stalling_proxy(6379) as proxy:
        url = f"redis://127.0.0.1:{proxy.port}/3"
        store, other = RedisQueueLockStore(url), RedisQueueLockStore(url)

        async def during_the_outage() -> Tuple[int, float, List[int]]:
            # Through the proxy while it forwards; `other` with connections kept open.
            await burst([store, other, other], conversation, 3, 0.01)
            getattr(proxy, outage)()
            async with store.lock(conversation):  # tries Redis, fails, goes on without
                pass
            tries, started = proxy.connections, time.monotonic()
            served = await asyncio.wait_for(burst([store, other], conversation, 5, 0.01), 30)
            for _ in range(5):
                async with other.lock(conversation), store.lock(conversation):
                    pass
            limiter = SharedRateLimiter("test", per_minute=1, burst=1, redis_url=url,
                                        secret="s" * 32)
            assert [await limiter.allow("x"), await limiter.allow("x")] == [True, False]
            assert not await asyncio.to_thread(HeldOrder(url, "s" * 32).waiting, "sms", "x")
            return proxy.connections - tries, time.monotonic() - started, served

        tried, took, served = asyncio.run(during_the_outage())
        assert served == [0, 1, 2, 3, 4]
        assert tried == 0  # not one try at Redis (before: one a step, 11 or more)
        assert took < 1.5  # before, hung: 2 s for each message and more

        proxy.resume()
        time.sleep(FIRST_COOL_OFF_SECONDS)

        async def once_redis_is_back() -> List[bool]:
            queued = []
            for _ in range(3):
                async with other.lock(conversation):
                    queued.append(bool(client.exists(f"sb:lock:{conversation}:next")))
            return queued

        started = time.monotonic()
        assert asyncio.run(once_redis_is_back()) == [True, True, True]  # in Redis again
        assert time.monotonic() - started < 1.5  # no step waited on a dead connection
    client.close()
