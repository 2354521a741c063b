"""What the action shares with the action server: lazily built settings and
database, one transaction per turn, and the engine's messages as Rasa responses."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Callable, Iterable, Optional, Tuple, TypeVar

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session, sessionmaker

from bot.channels.inbound import as_rasa
from bot.config import Settings, load_settings
from bot.db import turn_lock
from bot.db.session import (
    database_unavailable,
    make_engine,
    make_session_factory,
    unit_of_work,
)
from bot.db.waits import bound_waits_on
from bot.engine import messages
from bot.engine.turns import Inbound, Message, Turn
from bot.metrics import metrics
from bot.trust.safeguarding import detect_concern
from bot.trust.signposting import SIGNPOSTING

T = TypeVar("T")
logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def resources() -> Tuple[Settings, sessionmaker]:
    """Built on the first call, never at import (the SDK imports every module)."""
    settings = load_settings()
    bound_waits_on(settings.database_url)  # a hung database fails the turn (held), never hangs it
    return settings, make_session_factory(make_engine(settings.database_url))


@lru_cache(maxsize=1)
def _database_thread() -> Optional[ThreadPoolExecutor]:
    """SQLite takes one writer at a time, and a blocked writer sleeps and retries
    (1, 2, 5, 10… ms): turns queued on one thread never wait that way. The GIL
    already keeps the ORM's work to one core, so nothing is lost. PostgreSQL
    takes writers in parallel, so it keeps the default pool."""
    settings, _ = resources()
    if settings.database_url.startswith("sqlite"):
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-turns")
    return None


async def safe_turn(
    dispatcher: CollectingDispatcher, inbound: Inbound, work: Callable[[Session, Settings], Turn]
) -> Optional[Turn]:
    """Run one turn; if the database fails, still signpost a crisis and say sorry.

    When the database cannot be reached, the reply says so with a marker: a channel
    that keeps messages on disk (bot/channels/spool.py) holds this one and replays
    it later, so the patient sees no error; any other channel says sorry."""
    try:
        return await in_transaction(work)
    except Exception as error:  # noqa: BLE001 - the patient must always get an answer
        if database_unavailable(error):
            if turn_lock.kept_waiting(error):  # the database is up: not what to look at
                logger.error("turn held: this patient's turn before it is still under way "
                             "after %g s (turn lock, bot/db/turn_lock.py)",
                             turn_lock.TURN_LOCK_WAIT_SECONDS)
            else:
                logger.error("answers database unavailable: %s", type(error).__name__)
            dispatcher.utter_message(text=messages.HELD, json_message={"held": True})
            return None
        logger.exception("consultation turn failed")  # the message text is never logged
        fallback = [Message(messages.SOMETHING_WENT_WRONG)]
        if detect_concern(inbound.text) is not None:
            fallback.insert(0, Message(SIGNPOSTING))
        send(dispatcher, fallback)
        return None


async def in_transaction(work: Callable[[Session, Settings], T]) -> T:
    """Run `work` in one transaction on a worker thread, off the event loop."""
    settings, factory = resources()

    def run() -> T:
        with unit_of_work(factory) as session:
            result = work(session, settings)
            written = list(session.info.pop("answers_written", ()))
        for status in written:  # committed: now they count
            metrics().answers.labels(status).inc()
        return result

    return await on_database(run)


async def on_database(work: Callable[[], T]) -> T:
    """Run blocking database work on the database thread, off the event loop."""
    return await asyncio.get_running_loop().run_in_executor(_database_thread(), work)


def send(dispatcher: CollectingDispatcher, outgoing: Iterable[Message]) -> None:
    for message in outgoing:
        dispatcher.utter_message(**as_rasa(message))
