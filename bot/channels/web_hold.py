"""Web messages held while the answers database is down, as SMS and Telegram ones are.

A web chat has no way to be sent the next question later: the widget asks for
it. So a message the REST channel cannot hand to the engine is kept in the same
spool as the other channels' (bot/channels/spool.py, keyed by its delivery id, so
a retried message is held once), the widget is answered with the held notice and
a `{"held": true}` marker, and it then reads the transcript, which says whether
anything of this conversation is still held, until the engine's reply is there.
The replay runs the message through Rasa as it first came, under the same
message id (the engine's turn claims it then), so the transcript and a later retry
find its replies.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple

from bot.channels.inbound import held_notice, or_apology
from bot.channels.spool import Held, Outcome, Spool, spool_for
from bot.channels.web_delivery import WebDeliveries
from bot.db.session import database_unavailable
from bot.engine.turns import Message
from bot.metrics import metrics

CHANNEL = "rest"
logger = logging.getLogger(__name__)
# Runs one held message through the assistant: its replies, or None if held again.
Turn = Callable[[str, str, str], Awaitable[Optional[List[Dict[str, Any]]]]]


def as_json(sender: str, outgoing: List[Message]) -> List[Dict[str, Any]]:
    return [{"recipient_id": sender, "text": message.text} for message in outgoing]


class WebHold:
    def __init__(self, store: WebDeliveries, spool: Optional[Spool] = None) -> None:
        self.store = store
        self._spool = spool

    @property
    def spool(self) -> Spool:
        """Built on first use (Rasa imports channels long before they serve anything)."""
        if self._spool is None:
            self._spool = spool_for(self.store.settings)
        return self._spool

    async def hold(self, sender: str, conversation: str, delivery: str, text: object,
                   attempts: int = 0) -> List[Dict[str, Any]]:
        """Keep a message on disk until the database is back: crisis wording answered now,
        "we've got that" the first time, and the marker the widget waits on."""
        try:
            first = await asyncio.to_thread(self.spool.put, CHANNEL, delivery, conversation,
                                            str(text), attempts)
        except Exception as error:  # noqa: BLE001 - the local disk failed too
            logger.error("web spool unavailable: %s", type(error).__name__)
            return as_json(sender, or_apology(text, []))
        metrics().spooled.labels(CHANNEL, "held").inc()
        return as_json(sender, held_notice(text, first, signposted=False)) + [
            {"recipient_id": sender, "held": True}]

    async def replay(self, held: Held, turn: Turn) -> Outcome:
        """One held message, now the database may be back: through the assistant under its
        own key, which the engine's turn claims as it stores the answer; its replies are in
        Rasa's record, where the widget reads them. A key already claimed (a replay after
        a crash, or of a message whose turn did finish) runs nothing again. One read first,
        so a database still down costs no turn through Rasa."""
        try:
            seen = await asyncio.to_thread(self.store.seen, held.key)
        except Exception as error:  # noqa: BLE001 - still down (or never will be: drop it)
            if database_unavailable(error):
                return "down"
            logger.error("a held web message could not be checked: %s", type(error).__name__)
            return "done"
        if seen:
            return "done"
        return "interrupted" if await turn(held.text, held.sender, held.key) is None else "done"

    async def waiting(self, conversation: str) -> Tuple[bool, List[Tuple[str, str]]]:
        """Whether this conversation has messages held (here or, with Redis, on another
        replica), and the (key, text) of those held here."""
        spool = self.spool
        if not spool.maybe_held:
            return False, []
        try:
            if not await asyncio.to_thread(spool.holds, CHANNEL, conversation):
                return False, []
            return True, await asyncio.to_thread(spool.waiting, CHANNEL, conversation)
        except Exception as error:  # noqa: BLE001 - the local disk failed: nothing to show
            logger.error("web spool unavailable: %s", type(error).__name__)
            return False, []
