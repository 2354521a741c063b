"""Exactly-once web messages: each carries a key the widget made, checked here.

A phone going to sleep or a train going into a tunnel drops a request after the
server may already have answered it; the widget then sends the same message
again with the same key. The key is claimed in the `inbound_message` table (the
one that keeps Twilio's redeliveries out, so it holds across replicas and
restarts, and retention purges it), so a retry never reaches the engine a
second time. The retry is answered with the first delivery's replies: awaited
when the first is still running in this process, else read from Rasa's record
of the conversation (bot/channels/transcript.py), else nothing new.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import re
from collections import OrderedDict
from typing import Any, Dict, List, Optional

from sqlalchemy.orm import sessionmaker

from bot.channels.database import ChannelStore
from bot.config import Settings
from bot.db import repository
from bot.db.session import unit_of_work

# What a widget may send as a key: a random token (it sends 22 characters).
_MESSAGE_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
_PREFIX = "web:"  # provider ids are 64 characters at most; Twilio's start "SM" or "MM"
Replies = List[Dict[str, Any]]


def valid_message_id(value: object) -> bool:
    return isinstance(value, str) and _MESSAGE_ID.fullmatch(value) is not None


def delivery_id(secret: str, conversation_key: str, message_id: str) -> str:
    """The stored key: scoped to the conversation, so nobody can block another's message."""
    digest = hmac.new(secret.encode(), f"web-message:{conversation_key}:{message_id}".encode(),
                      hashlib.sha256).hexdigest()
    return _PREFIX + digest[:64 - len(_PREFIX)]


class WebDeliveries(ChannelStore):
    """The REST channel's store: claims keys in SQL and remembers recent replies in
    memory, for retries."""

    def __init__(self, settings: Settings, factory: Optional[sessionmaker] = None,
                 remembered: int = 10_000) -> None:
        super().__init__(settings, factory)
        self._remembered = remembered
        self._recent: OrderedDict[str, asyncio.Future] = OrderedDict()

    def claim(self, delivery: str) -> bool:
        """True for the first delivery of this key, False for every later one."""
        with unit_of_work(self.factory) as session:
            return repository.claim_delivery(session, delivery)

    def started(self, delivery: str) -> asyncio.Future:
        """The future the first delivery fills with its replies."""
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        self._recent[delivery] = future
        while len(self._recent) > self._remembered:
            self._recent.popitem(last=False)
        return future

    async def replies_of_first(self, delivery: str, timeout: float = 60) -> Optional[Replies]:
        """The first delivery's replies if this process handled it, else None."""
        future = self._recent.get(delivery)
        if future is None:
            return None
        try:
            return list(await asyncio.wait_for(asyncio.shield(future), timeout))
        except (asyncio.TimeoutError, asyncio.CancelledError):
            return None
