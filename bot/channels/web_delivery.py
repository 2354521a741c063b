"""Exactly-once web messages: each carries a key the widget made, checked here.

A phone going to sleep or a train going into a tunnel drops a request after the
server may already have answered it; the widget then sends the same message
again with the same key. The key goes with the message to the engine, whose turn
claims it in the `inbound_message` table (the one that keeps Twilio's
redeliveries out, so it holds across replicas and restarts, and retention purges
it) in the transaction that stores the answer: a turn that never committed (a
crash, an outage) leaves the key for the retry, and one that did is never run
again. The channel only reads the table on the way to a turn, so a retry of a
message already handled does not reach the engine at all. The retry is answered
with the first delivery's replies: awaited when the first is still running in
this process, else read from Rasa's record of the conversation
(bot/channels/transcript.py), else nothing new.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import re
from typing import Any, Dict, List, Optional

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.channels.database import ChannelStore
from bot.config import Settings
from bot.db.models import Conversation
from bot.db.session import once_more_if_dropped

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
    """The REST channel's store: reads whether a turn claimed a key (`seen`), and keeps
    the deliveries running in this process, so a retry that comes meanwhile waits for them."""

    def __init__(self, settings: Settings, factory: Optional[sessionmaker] = None) -> None:
        super().__init__(settings, factory)
        self._running: Dict[str, asyncio.Future] = {}

    def running(self, delivery: str) -> bool:
        """Whether this process is handling this key now."""
        return delivery in self._running

    def started(self, delivery: str) -> asyncio.Future:
        """The future the first delivery fills with its replies (`finished`)."""
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        self._running[delivery] = future
        return future

    def finished(self, delivery: str, future: asyncio.Future, replies: Replies) -> None:
        """Its replies to whoever waits; a later retry asks the database (was the key
        claimed?) and Rasa's record, so a turn that never committed is tried again."""
        if not future.done():
            future.set_result(replies)
        if self._running.get(delivery) is future:
            del self._running[delivery]

    async def replies_of_running(self, delivery: str, timeout: float = 60) -> Optional[Replies]:
        """The replies of the delivery this process is handling now, else None."""
        future = self._running.get(delivery)
        if future is None:
            return None
        try:
            return list(await asyncio.wait_for(asyncio.shield(future), timeout))
        except (asyncio.TimeoutError, asyncio.CancelledError):
            return None

    def in_progress(self, who: str) -> bool:
        """Whether the engine has anything to remember for this respondent (a consultation
        under way, or a question of its own pending): it keeps a conversation row only
        then, so none means the chat has ended (completed, withdrawn, declined, erased)
        and the widget can forget it in the browser (shared computers)."""
        def read() -> bool:
            with self.reads.connect() as connection:
                return connection.execute(select(Conversation.id).where(
                    Conversation.pseudonym == who)).first() is not None
        return once_more_if_dropped(read)
