"""Rasa's lock store, without the one-second wait.

Rasa serves one message of a conversation at a time, and its lock stores make the
next message poll every second for its turn (`LockStore._acquire_lock`): a burst
of messages from one person was answered one a second, and a crisis message could
wait behind them. Here a waiting message is served the moment the one before it
finishes:

- one process (the embedded default): an `asyncio.Lock` per conversation, first come
  first served, held only while that conversation has messages in hand;
- several replicas (`SB_REDIS_URL` set): Rasa's Redis lock store, polling every
  20 ms instead of every second.

Registered in endpoints.yml as `bot.channels.lock_store.ConversationLockStore`.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, AsyncIterator, Optional
from urllib.parse import urlparse

from rasa.core.lock import TicketLock
from rasa.core.lock_store import (
    LOCK_LIFETIME,
    InMemoryLockStore,
    LockError,
    LockStore,
    RedisLockStore,
)

from bot.channels.ordering import InOrder
from bot.config import load_settings

REDIS_POLL_SECONDS = 0.02


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


class PromptRedisLockStore(RedisLockStore):
    """Replicas: Rasa's Redis ticket lock, checked every 20 ms rather than every second."""

    @contextlib.asynccontextmanager
    async def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = REDIS_POLL_SECONDS) -> AsyncIterator[TicketLock]:
        async with super().lock(conversation_id, lock_lifetime,
                                min(wait_time_in_seconds, REDIS_POLL_SECONDS)) as held:
            yield held


class ConversationLockStore(LockStore):
    """Chooses by the environment: Redis when SB_REDIS_URL is set, else one process's."""

    def __new__(cls, endpoint_config: Optional[Any] = None) -> Any:  # type: ignore[misc]
        return lock_store_for(load_settings().redis_url)


def lock_store_for(redis_url: str) -> LockStore:
    if not redis_url:
        return PromptLockStore()
    url = urlparse(redis_url)
    return PromptRedisLockStore(host=url.hostname or "127.0.0.1", port=url.port or 6379,
                                db=int((url.path or "/0").lstrip("/") or 0),
                                password=url.password, use_ssl=url.scheme == "rediss",
                                key_prefix="sounding_board")
