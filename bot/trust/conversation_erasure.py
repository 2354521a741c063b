"""Forget a conversation in Rasa's tracker store, through Rasa's HTTP API.

Called after the turn that confirmed erasure: Rasa holds the conversation's
lock while our action runs, so the request waits until that turn is saved and
then replaces the history with nothing.

Every erasure also queues its conversations (`queue`, in the erasure's own
transaction), and each Rasa server forgets what is queued (`forget_queued`, every
`SB_RASA_ERASURE_SECONDS`): the commissioner app and `bot erase` hold no Rasa token,
and an erasure made while Rasa was unreachable still reaches it. Whoever forgets a
conversation first takes it off the queue (`done`); forgetting twice does no harm.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from datetime import datetime, timedelta
from typing import Dict, Iterable, List, Set
from urllib.parse import quote

import aiohttp
from sqlalchemy import bindparam, delete, or_, select, text, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import TextClause

from bot.db.models import RasaErasure, utcnow
from bot.db.session import unit_of_work

logger = logging.getLogger(__name__)
_running: Set[asyncio.Task[Dict[str, bool]]] = set()


async def forget_conversation(rasa_url: str, token: str, sender_id: str) -> bool:
    # Sanic matches the raw path, so only characters that must be escaped are escaped.
    url = f"{rasa_url.rstrip('/')}/conversations/{quote(sender_id, safe='+@:=')}/tracker/events"
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as client:
            async with client.put(url, params={"token": token}, json=[]) as response:
                if response.status == 200:
                    return True
                logger.error("conversation erasure failed with HTTP %s", response.status)
    except (aiohttp.ClientError, asyncio.TimeoutError) as error:
        logger.error("conversation erasure failed: %s", type(error).__name__)
    return False


def schedule_forget(factory: sessionmaker, rasa_url: str, token: str, sender_id: str) -> None:
    """Start the erasure in the background (the current turn must finish first) and take
    it off the queue once done; without a token, a Rasa server's sweep does it."""
    if not token:
        logger.info("conversation erasure left to Rasa's sweep: SB_RASA_API_TOKEN is not set")
        return
    task = asyncio.get_running_loop().create_task(
        forget_now(factory, rasa_url, token, [sender_id]))
    _running.add(task)
    task.add_done_callback(_running.discard)


async def forget_now(factory: sessionmaker, rasa_url: str, token: str,
                     conversations: Iterable[str]) -> Dict[str, bool]:
    """Forget each conversation in Rasa, and take those forgotten off the queue (one
    transaction); {conversation: forgotten}. What Rasa refused stays queued."""
    forgotten = {conversation: await forget_conversation(rasa_url, token, conversation)
                 for conversation in conversations}
    if any(forgotten.values()):
        def finished() -> None:
            with unit_of_work(factory) as session:
                done(session, [c for c, ok in forgotten.items() if ok])

        await asyncio.to_thread(finished)
    return forgotten


# How long a Rasa server's claim on a queued conversation lasts: past it (a crash, Rasa
# unreachable), any server tries again.
CLAIM = timedelta(minutes=2)
BATCH = 50  # conversations claimed by one sweep


def queue(session: Session, conversations: Iterable[str]) -> None:
    """Queue conversations for forgetting, in the caller's transaction. One queued a
    moment ago by another erasure of the same person (their own "delete everything" and
    the Erasure page at once) is left as it is: a conflict would undo this erasure."""
    for conversation in sorted(set(conversations)):  # one order: two erasures never deadlock
        session.execute(_queued(), {"conversation": conversation, "requested_at": utcnow()})


@functools.cache
def _queued() -> TextClause:
    # Text, the same on PostgreSQL and SQLite (as repository.claim_delivery's).
    return text("INSERT INTO rasa_erasure (conversation, requested_at, attempts) "
                "VALUES (:conversation, :requested_at, 0) ON CONFLICT DO NOTHING").bindparams(
        bindparam("requested_at", type_=RasaErasure.__table__.c.requested_at.type))


def done(session: Session, conversations: Iterable[str]) -> None:
    """Off the queue: Rasa has forgotten them."""
    session.execute(delete(RasaErasure).where(RasaErasure.conversation.in_(list(conversations))))


def claim(session: Session, now: datetime, limit: int = BATCH) -> List[str]:
    """Queued conversations nobody holds, now held by this server until `now + CLAIM`.

    Each is claimed by its own conditional UPDATE, so of two replicas sweeping at once
    only one forgets a conversation."""
    free = or_(RasaErasure.claimed_until.is_(None), RasaErasure.claimed_until < now)
    claimed = []
    for conversation in session.scalars(select(RasaErasure.conversation).where(free)
                                        .order_by(RasaErasure.requested_at).limit(limit)):
        taken = session.execute(
            update(RasaErasure).where(RasaErasure.conversation == conversation, free)
            .values(claimed_until=now + CLAIM, attempts=RasaErasure.attempts + 1)
            .execution_options(synchronize_session=False))
        if taken.rowcount == 1:
            claimed.append(conversation)
    return claimed


async def forget_queued(factory: sessionmaker, rasa_url: str, token: str) -> int:
    """Forget what is queued and nobody holds; how many were forgotten. A conversation
    Rasa refused stays queued, and is tried again once its claim lapses."""
    def claimed() -> List[str]:
        with unit_of_work(factory) as session:
            return claim(session, utcnow())

    forgotten = await forget_now(factory, rasa_url, token, await asyncio.to_thread(claimed))
    count = sum(forgotten.values())
    if count:
        logger.info("forgot %d queued conversation(s) in Rasa", count)
    return count
