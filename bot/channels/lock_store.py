"""Rasa's lock store, without the one-second wait.

Rasa serves one message of a conversation at a time, and its lock stores make the
next message poll every second for its turn (`LockStore._acquire_lock`): a burst
of messages from one person was answered one a second, and a crisis message could
wait behind them. Here a waiting message is served the moment the one before it
finishes:

- one process (the embedded default): an `asyncio.Lock` per conversation, first come
  first served, held only while that conversation has messages in hand;
- several replicas (`SB_REDIS_URL` set): a queue per conversation in Redis, every
  step atomic (Rasa's own Redis store could lose a ticket between replicas). While
  Redis cannot be reached, each replica serves a conversation's messages in its own
  order, as one process does (before, every message failed and the patient was told
  sorry, the message lost); the engine's SQL turn lock still runs one patient's turns
  one at a time across replicas. Once a step has failed, the next ones do not try
  Redis for a few seconds (bot/limits/redis_breaker.py): a hung Redis no longer makes
  each message wait for it.

Registered in endpoints.yml as `bot.channels.lock_store.ConversationLockStore`.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import time
from typing import Any, AsyncIterator, FrozenSet, List, Optional, Tuple

import redis.asyncio
from rasa.core.lock import TicketLock
from rasa.core.lock_store import (
    LOCK_LIFETIME,
    InMemoryLockStore,
    LockError,
    LockStore,
)

from bot.channels.ordering import InOrder
from bot.config import load_settings
from bot.limits.rate_limit import BUCKET, SharedBucket
from bot.limits.redis_breaker import (
    REDIS_TIMEOUT_SECONDS,
    REDIS_UNREACHABLE,
    StaleConnections,
    breaker_for,
    drop_idle,
)


class PromptLockStore(InMemoryLockStore):
    """One process: each conversation's messages in the order they came, none waiting
    longer than the one before it takes."""

    def __init__(self) -> None:
        super().__init__()
        self._in_order = InOrder()

    @contextlib.asynccontextmanager
    async def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncIterator[TicketLock]:
        try:
            async with self._in_order.turn(conversation_id, timeout=lock_lifetime):
                yield TicketLock(conversation_id)
        except asyncio.TimeoutError:
            raise LockError(f"Could not acquire lock for a conversation in "
                            f"{lock_lifetime} s") from None

    def waiting(self) -> int:
        """Conversations with messages in hand (the memory this store holds)."""
        return len(self._in_order)


# A first-come-first-served ticket queue per conversation, every step one atomic
# script, so replicas never lose a ticket (Rasa's RedisLockStore reads, changes and
# writes its lock in three round trips: two replicas issuing tickets at once lost
# one, and the message failed with LockError). Keys: next ticket, ticket being
# served, the holder's lease (expires if it dies), tickets given up while waiting.
# A ticket is issued and, if its turn has come, served in one round trip; a waiting
# one asks again; a release is one more.
_SERVE = """
local function serve(ticket, lease)
  local serving = tonumber(redis.call('GET', KEYS[2]) or '1')
  while redis.call('SISMEMBER', KEYS[4], serving) == 1 do
    redis.call('SREM', KEYS[4], serving)
    serving = serving + 1
    redis.call('SET', KEYS[2], serving)
  end
  if serving == ticket then
    redis.call('SET', KEYS[3], ticket, 'PX', lease)
    return 1
  end
  if redis.call('EXISTS', KEYS[3]) == 0 then
    redis.call('SET', KEYS[2], serving + 1)
    redis.call('SET', KEYS[3], serving + 1, 'PX', lease)
  end
  return 0
end
"""
# A fifth key, if given, is watched: a served ticket also says whether that key exists
# as its turn comes (the SMS channel's "does another replica hold this number's
# messages?", bot/channels/held_order.py: one round trip a message fewer).
# The sender's rate limit, if asked (ARGV[3] and ARGV[4], its rate and burst; its bucket
# the last key): a ticket takes a token as its turn comes, in the round trip that serves
# it, and says whether there was one (the SMS channel's limit: one round trip a message
# fewer). A release given the rate and burst again gives that token back: the channel
# does so when the message never came to its limit (a redelivery, a message held during
# an outage), so it counts exactly where it counted when the limit was a round trip of
# its own.
_WATCH = """
local function watched(served)
  local last = #KEYS
  if ARGV[3] then last = last - 1 end
  if served == 1 and last >= 5 then return redis.call('EXISTS', KEYS[5]) end
  return 0
end
local function answer(result, served)
  if not ARGV[3] then return result end
  local allowed = 0
  if served == 1 then
    allowed = bucket(KEYS[#KEYS], tonumber(ARGV[3]), tonumber(ARGV[4]), 1)[1]
  end
  table.insert(result, allowed)
  return result
end
"""
_ISSUE = _SERVE + BUCKET + _WATCH + """
local ticket = redis.call('INCR', KEYS[1])
if redis.call('EXISTS', KEYS[3]) == 0 then
  redis.call('SET', KEYS[3], redis.call('GET', KEYS[2]) or '1', 'PX', ARGV[1])
end
for _, i in ipairs({1, 2, 4}) do redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
local served = serve(ticket, ARGV[1])
return answer({ticket, served, watched(served)}, served)
"""
_ACQUIRE = _SERVE + BUCKET + _WATCH + """
local served = serve(tonumber(ARGV[1]), ARGV[2])
return answer({served, watched(served)}, served)
"""
_RELEASE = BUCKET + """
if ARGV[4] then bucket(KEYS[#KEYS], tonumber(ARGV[4]), tonumber(ARGV[5]), -1) end
local ticket = tonumber(ARGV[1])
local serving = tonumber(redis.call('GET', KEYS[2]) or '1')
if serving ~= ticket then
  redis.call('SADD', KEYS[4], ticket)
  redis.call('PEXPIRE', KEYS[4], ARGV[3])
  return 0
end
if tonumber(redis.call('GET', KEYS[1]) or '0') <= ticket then
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
else
  redis.call('SET', KEYS[2], ticket + 1)
  redis.call('SET', KEYS[3], ticket + 1, 'PX', ARGV[2])
end
return 1
"""
POLL_SECONDS = 0.01
logger = logging.getLogger(__name__)


# The conversations whose lock this task holds. A channel that takes a conversation's
# lock as a message arrives (SMS: so that messages are handled in the order they came)
# holds it still when Rasa asks for the same lock: Rasa's turn is then inside it, with
# no second ticket (two Redis round trips a message saved). Keyed by the task too: a
# task started inside the lock inherits this context, but not the lock.
_HELD: contextvars.ContextVar[FrozenSet[Tuple[str, int]]] = contextvars.ContextVar(
    "sb_locks_held", default=frozenset())


class Served(TicketLock):
    """A lock this message holds; `watched`: whether the key it was asked to watch
    existed as its turn came (None: not asked, or not known); `allowed`: whether the
    sender's limit it was asked to take a token from had one as its turn came (None: not
    asked, or not known), read through `use_allowance`."""

    def __init__(self, conversation_id: str, watched: Optional[bool],
                 allowed: Optional[bool] = None) -> None:
        super().__init__(conversation_id)
        self.watched = watched
        self.allowed = allowed
        self.allowance_used = False

    def use_allowance(self) -> Optional[bool]:
        """The limit's answer for this message, which from now on counts against it. A
        token whose answer was never used is given back as the lock is released."""
        self.allowance_used = True
        return self.allowed


class RedisQueueLockStore(LockStore):
    """Replicas: one queue per conversation in Redis, served first come first served,
    each waiting message checking every 10 ms (Rasa's: every second); a lock this task
    already holds is held again at once. While Redis cannot be reached, this process's
    own queue (the SQL turn lock still keeps one patient's turns one at a time)."""

    def __init__(self, url: str) -> None:
        # A Redis that stops answering (a proxy that stops forwarding, a hung host) held
        # each message, and every later one of every conversation, for ever: no reply, no
        # apology. Now a step waits this long, then the message goes on without Redis,
        # and (the breaker) so do the next ones for a few seconds, without waiting.
        self.client = redis.asyncio.Redis.from_url(url, socket_timeout=REDIS_TIMEOUT_SECONDS,
                                                   socket_connect_timeout=REDIS_TIMEOUT_SECONDS)
        self.breaker = breaker_for(url)
        self._stale = StaleConnections(self.breaker)
        self._issue = self.client.register_script(_ISSUE)
        self._acquire = self.client.register_script(_ACQUIRE)
        self._release = self.client.register_script(_RELEASE)
        self._here = PromptLockStore()

    @contextlib.asynccontextmanager
    async def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = POLL_SECONDS, watch: Optional[str] = None,
                   limit: Optional[SharedBucket] = None) -> AsyncIterator[TicketLock]:
        """`watch`: a key whose existence, as this message's turn comes, the lock
        yielded reports (`Served.watched`; None when not asked, or the lock was held
        already). `limit`: the sender's bucket, a token taken from it as the turn comes
        (`Served.allowed`; given back at release unless `Served.use_allowance` was
        called). Without Redis, neither is known (None: the caller asks for itself)."""
        held, mine = _HELD.get(), (conversation_id, id(asyncio.current_task()))
        if mine in held:
            yield Served(conversation_id, None)
            return
        keys = [f"sb:lock:{conversation_id}:{part}"
                for part in ("next", "serving", "lease", "abandoned")] + ([watch] if watch else [])
        bucket: List[Any] = []
        if limit is not None:
            keys.append(limit.key)
            bucket = [limit.rate, limit.burst]
        lease_ms = int(lock_lifetime * 1000)
        ticket: Optional[int] = None
        place: Optional[Served] = None
        if self._stale.due():
            await drop_idle(self.client)
        try:
            try:
                with self.breaker.step():
                    ticket, served, seen, *allowed = await self._issue(
                        keys=keys, args=[lease_ms, lease_ms * 10, *bucket])
                deadline = time.monotonic() + lock_lifetime
                while not served:
                    if time.monotonic() > deadline:
                        raise LockError(f"Could not acquire lock for a conversation in "
                                        f"{lock_lifetime} s")
                    await asyncio.sleep(POLL_SECONDS)
                    with self.breaker.step():
                        served, seen, *allowed = await self._acquire(
                            keys=keys, args=[ticket, lease_ms, *bucket])
                place = Served(conversation_id, bool(seen) if watch else None,
                               bool(allowed[0]) if limit is not None else None)
            except REDIS_UNREACHABLE:
                pass  # this replica's own order (the breaker logs Redis going and coming)
            async with self._here.lock(conversation_id, lock_lifetime) if place is None \
                    else contextlib.nullcontext():
                token = _HELD.set(held | {mine})
                try:
                    yield place or Served(conversation_id, None)
                finally:
                    _HELD.reset(token)
        finally:
            if ticket is not None:
                await self._given_back(keys, ticket, lease_ms, place, bucket)

    async def _given_back(self, keys: List[str], ticket: int, lease_ms: int,
                          place: Optional[Served], bucket: List[Any]) -> None:
        """Served: the next ticket's turn. Still waiting (gave up): skipped when due. A
        token taken for a message that never came to its limit is given back. Redis
        gone meanwhile: the lease lapses, and the next ticket is served then."""
        unused = place is not None and place.allowed and not place.allowance_used
        try:
            with self.breaker.step(even_if_down=True):  # else held up to the lease
                await self._release(keys=keys, args=[ticket, lease_ms, lease_ms * 10,
                                                     *(bucket if unused else [])])
        except REDIS_UNREACHABLE as error:
            logger.warning("conversation queue unavailable (%s): its turn is given up "
                           "when its lease lapses", type(error).__name__)


class ConversationLockStore(LockStore):
    """Chooses by the environment: Redis when SB_REDIS_URL is set, else one process's."""

    def __new__(cls, endpoint_config: Optional[Any] = None) -> Any:  # type: ignore[misc]
        return lock_store_for(load_settings().redis_url)


def lock_store_for(redis_url: str) -> LockStore:
    return RedisQueueLockStore(redis_url) if redis_url else PromptLockStore()
