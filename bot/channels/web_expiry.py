"""The web chat's expiry sweep: a consultation left unanswered for SB_WEB_EXPIRY_HOURS
expires, and its conversation is forgotten (bot/engine/expiry.py says why).

Each Rasa replica sweeps, as it sweeps SMS and Telegram reminders; each conversation is
ended in a transaction of its own that first waits for a turn of that person's under
way (the engine's `expiry.expire`, as the SMS sweep's), so two replicas sweeping at
once, or a person answering as it sweeps, end nothing twice and nobody's answer is met
by expiry. Logs say how many, never whose.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional

from bot.channels.database import ChannelStore
from bot.db.models import utcnow
from bot.db.session import database_unavailable, unit_of_work
from bot.engine import expiry, state

logger = logging.getLogger(__name__)
CHANNEL = "rest"  # the web chat's conversations (bot/channels/rest.py)
SWEEP_SECONDS = 60.0
BATCH = 200  # conversations a round; a full one is followed at once by the next


@dataclass(frozen=True)
class Swept:
    expired: int  # participations expired with their conversation
    forgotten: int  # conversations with nothing in progress (a consent pending)
    found: int  # idle ones found (some may have changed since)


class WebExpiry(ChannelStore):
    @property
    def expire_after(self) -> timedelta:
        return timedelta(hours=self.settings.web_expiry_hours)

    def sweep(self, now: datetime) -> Swept:
        """End every web conversation idle since before `now` less the expiry (a batch)."""
        with unit_of_work(self.factory) as session:
            idle = expiry.idle_conversations(session, CHANNEL, now - self.expire_after, BATCH)
        expired = forgotten = 0
        for one in idle:
            with unit_of_work(self.factory) as session:
                ended = expiry.expire(session, one, now)
                if ended is not None:  # still idle: the chat has ended, the code starts afresh
                    state.forget(session, one.who)
            expired += ended is True
            forgotten += ended is False
        return Swept(expired, forgotten, len(idle))

    async def sweep_once(self, now: Optional[datetime] = None) -> Swept:
        swept = await asyncio.to_thread(self.sweep, now or utcnow())
        if swept.expired or swept.forgotten:
            logger.info("web chats left idle for %s h: %d consultation(s) expired, %d other "
                        "conversation(s) forgotten", f"{self.settings.web_expiry_hours:g}",
                        swept.expired, swept.forgotten)
        return swept

    async def sweep_forever(self, every: float = SWEEP_SECONDS) -> None:
        while True:
            try:
                swept = await self.sweep_once()
            except Exception as error:  # noqa: BLE001 - keep sweeping; the next round retries
                if database_unavailable(error):
                    logger.warning("web expiry sweep: the database is unavailable (%s)",
                                   type(error).__name__)
                else:
                    logger.exception("web expiry sweep failed")
                swept = Swept(0, 0, 0)
            if swept.found < BATCH or not (swept.expired or swept.forgotten):
                await asyncio.sleep(every)
