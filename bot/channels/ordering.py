"""One sender's messages handled one at a time, in the order they came.

Channels that answer after the webhook has returned (SMS, Telegram) run each
message as its own task; without this, two quick messages' replies could cross.
A lock exists only while a sender has messages in hand, so memory stays bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, AsyncIterator, Dict, Hashable, List, Optional


class InOrder:
    def __init__(self) -> None:
        self._locks: Dict[Hashable, List[Any]] = {}  # sender -> [lock, messages in hand]

    @contextlib.asynccontextmanager
    async def turn(self, sender: Hashable, timeout: Optional[float] = None) -> AsyncIterator[None]:
        """Wait for the sender's earlier messages (asyncio.TimeoutError after `timeout`)."""
        entry = self._locks.setdefault(sender, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            # asyncio.Lock serves waiters first come, first served.
            await asyncio.wait_for(entry[0].acquire(), timeout)
            try:
                yield
            finally:
                entry[0].release()
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                del self._locks[sender]

    def busy(self, sender: Hashable) -> bool:
        """Whether the sender has a message in hand (a new one would wait)."""
        return sender in self._locks

    def __len__(self) -> int:
        return len(self._locks)
