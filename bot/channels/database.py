"""The database as a channel uses it inside the Rasa process: built on first use."""

from __future__ import annotations

import asyncio
import logging
from functools import cache
from typing import List, Optional

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.channels.inbound import MAX_CHECKED, crisis_first
from bot.config import Settings
from bot.db import repository
from bot.db.models import InboundMessage
from bot.db.session import make_engine, make_session_factory, once_more_if_dropped, unit_of_work
from bot.db.waits import bound_waits_on
from bot.engine import messages
from bot.engine.conversation import asked_now, privacy_link, running_it
from bot.engine.turns import Message
from bot.metrics import metrics
from bot.trust import identity
from bot.trust.safeguarding import detect_concern

logger = logging.getLogger(__name__)


@cache
def sessions_for(database_url: str) -> sessionmaker:
    """One engine (one connection pool) per database for every channel in this process."""
    _bounded(database_url)
    return make_session_factory(make_engine(database_url))


@cache
def reads_for(database_url: str) -> Engine:
    """The same database in autocommit, for the one-statement reads a channel makes on
    every message: no BEGIN and ROLLBACK round trips, and no isolation level switched
    and reset around each use (as a connection's execution option does)."""
    _bounded(database_url)
    return make_engine(database_url, autocommit=True)


def _bounded(database_url: str) -> None:
    """The Rasa server serves patients: a hung database fails a channel's step (the
    message is held), never holds one of its few worker threads for ever."""
    bound_waits_on(database_url)


class ChannelStore:
    """Base of a channel's store: settings, and a session factory made when first needed
    (Rasa imports channels long before they serve anything)."""

    def __init__(self, settings: Settings, factory: Optional[sessionmaker] = None) -> None:
        self.settings = settings
        self._factory = factory

    @property
    def factory(self) -> sessionmaker:
        if self._factory is None:
            self._factory = sessions_for(self.settings.database_url)
        return self._factory

    @property
    def reads(self) -> Engine:
        return reads_for(self.settings.database_url)

    def seen(self, delivery: str) -> bool:
        """Whether a message's key (a web message's, a Telegram update's) was claimed, by
        any process: one statement in autocommit, no lock taken, on the way to the work
        that claims it (the engine's turn, in the transaction that stores the answer)."""
        def read() -> bool:
            with self.reads.connect() as connection:
                return connection.execute(select(InboundMessage.id).where(
                    InboundMessage.provider_id == delivery)).first() is not None
        return once_more_if_dropped(read)

    async def lost_replies(self, delivery: str, conversation: str,
                           text: object) -> List[Message]:
        """For a message the assistant sent no reply to: what to send instead when its turn
        was stored all the same (its key claimed: the action server died between its
        commit and its answer reaching Rasa), i.e. signposting if the words call for it
        and what the respondent is asked now; [] when nothing was stored (the apology,
        "your last message wasn't saved", is then true)."""
        who = identity.respondent_of(self.settings.pseudonym_secret, conversation)
        if not delivery or who is None:
            return []
        try:
            asked = await asyncio.to_thread(self._asked_after, delivery, who)
        except Exception as error:  # noqa: BLE001 - the database may be what failed
            logger.error("could not read whether a message was stored: %s",
                         type(error).__name__)
            return []
        if asked is None:
            return []
        logger.warning("a stored message had no reply to send (the action server failed "
                       "after its turn): the question it left them on is sent instead")
        return crisis_first(text) + (asked or [Message(messages.GOT_IT)])

    def running_it(self, who: str) -> Optional[str]:
        """Who runs the consultation `who` is taking (bot/engine/conversation.py)."""
        with unit_of_work(self.factory) as session:
            return running_it(session, who)

    def privacy_link(self, who: str) -> str:
        """The privacy notice of what `who` is taking part in (bot/engine/conversation.py)."""
        with unit_of_work(self.factory) as session:
            return privacy_link(session, self.settings, who)

    def _asked_after(self, delivery: str, who: str) -> Optional[List[Message]]:
        if not self.seen(delivery):
            return None
        with unit_of_work(self.factory) as session:
            return list(asked_now(session, who))

    async def count_signposting(self, text: object, channel: str) -> None:
        """Count signposting a channel sent on a path the engine never saw (a limit, an
        opt-out, an outage of the assistant), by category, without the words. A failure
        here is logged and never holds anything up: the signposting has already gone."""
        concern = detect_concern(text[:MAX_CHECKED]) if isinstance(text, str) else None
        if concern is None:
            return
        metrics().signposts.labels(channel, "channel").inc()
        try:
            await asyncio.to_thread(self._record_safeguarding, concern.category, channel)
        except Exception as error:  # noqa: BLE001 - the database may be what failed
            logger.error("safeguarding count failed: %s", type(error).__name__)

    def _record_safeguarding(self, category: str, channel: str) -> None:
        with unit_of_work(self.factory) as session:
            repository.record_safeguarding(session, category, channel)
