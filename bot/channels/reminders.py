"""Reminders of an idle consultation, for the channels that can message a person first
(SMS, Telegram): the address kept while a consultation is in progress, and the sweep.

A channel keeps a person's address (a number, a chat id) the first time they write
while none is kept, never on every message: the write is on the way to a turn, and
SQLite takes one writer at a time. It sits in a table of its own, apart from answers.
The sweep sends one reminder per quiet spell with the question they were on (the
engine knows it), and forgets the address once nothing is in progress, or, where a
consultation never expires (Telegram), once its reminder has gone: a reply keeps it
again. Exactly one replica sends a reminder: it claims it in the database first. A
consultation expires as a web chat's does, never over a turn of theirs under way
(bot/engine/expiry.py).
"""

from __future__ import annotations

import asyncio
import functools
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Awaitable, Callable, List, Literal, Optional, Tuple

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from bot.channels.database import ChannelStore
from bot.db.models import (
    Consultation,
    Conversation,
    InboundMessage,
    OptOut,
    Participation,
    utcnow,
)
from bot.db.repository import is_open
from bot.db.session import database_unavailable, once_more_if_dropped, unit_of_work
from bot.engine import conversation, expiry
from bot.engine.expiry import Idle
from bot.engine.turns import Message
from bot.send_window import SendWindow
from bot.trust import opt_out

logger = logging.getLogger(__name__)
Send = Callable[[str, List[Message]], Awaitable[None]]
Fate = Literal["keep", "forget", "expire", "remind"]


class NotSent(Exception):
    """A reminder the provider refused; the reason is its own and names nobody."""


@dataclass(frozen=True)
class Rules:
    """One channel's reminders."""

    channel: str  # for logs
    kept: Any  # the model an address is kept in (a KeptForReminder)
    address: str  # its column that holds the number or chat id
    text: str  # what the reminder says before the question
    remind_after: timedelta
    # Idle this long, a consultation expires. None: it never does, and the address is
    # forgotten once the quiet spell's reminder has gone.
    expire_after: Optional[timedelta]
    every: float  # seconds between sweeps
    window: SendWindow  # when in the day (UK time) one may go


@dataclass(frozen=True)
class Kept:
    """What the sweep knows of one kept address (times in UTC)."""

    written: datetime  # when the address was kept
    active: Optional[datetime]  # when the engine's conversation row last changed
    in_progress: bool  # a started participation, with its conversation
    reminded: Optional[datetime]  # when its last reminder was claimed
    opted_out: bool


def fate(kept: Kept, now: datetime, rules: Rules) -> Fate:
    """What the sweep does with one kept address."""
    if kept.opted_out:
        return "forget"
    if not kept.in_progress or kept.active is None:
        # A conversation that changed lately may be starting (consent is pending).
        horizon = rules.expire_after or rules.remind_after
        return "forget" if kept.active is None or kept.active < now - horizon else "keep"
    if rules.expire_after is not None and kept.active < now - rules.expire_after:
        return "expire"
    quiet_since = max(kept.active, kept.written)
    if kept.reminded is not None and kept.reminded >= quiet_since:  # this spell's went
        return "keep" if rules.expire_after is not None else "forget"
    due = quiet_since < now - rules.remind_after
    return "remind" if due and rules.window.allows(now) else "keep"  # else when it opens


@functools.cache
def _admission(kept: Any) -> Select:
    """(claimed?, opted out?, address kept?) of one message id (:sid) and sender (:who),
    built once per table: building it was a third of the read's CPU (cProfile, stop 20)."""
    who = bindparam("who")
    return select(
        select(InboundMessage.id).where(InboundMessage.provider_id == bindparam("sid"))
        .scalar_subquery(),
        opt_out.opt_out_of(who).scalar_subquery(),
        select(kept.id).where(kept.pseudonym == who).scalar_subquery())


class ReminderStore(ChannelStore):
    """A channel's store that keeps addresses for reminders and sweeps them."""

    @property
    def rules(self) -> Rules:
        raise NotImplementedError  # each channel's store says

    def admit(self, delivery: str, who: str, address: str) -> Tuple[bool, bool]:
        """(seen before?, opted out?) of one inbound message, read without taking a lock;
        the address of someone who may take part is kept, once, for a reminder."""
        # One connection, one statement, no ORM session: this runs in the Rasa process on
        # every message (the ORM's unit of work was most of its cost, py-spy), in autocommit.
        def read() -> Tuple[Any, Any, Any]:
            with self.reads.connect() as connection:
                return tuple(connection.execute(_admission(self.rules.kept),
                                                {"sid": delivery, "who": who}).one())
        seen, opt_out_id, known = once_more_if_dropped(read)
        opted_out = opt_out_id is not None
        if seen is None and not opted_out and known is None:
            self._keep(who, address)
        return seen is not None, opted_out

    def _keep(self, who: str, address: str) -> None:
        kept = self.rules.kept
        try:
            with unit_of_work(self.factory) as session:
                session.execute(insert(kept).values(pseudonym=who, **{self.rules.address: address}))
        except IntegrityError:
            pass  # the same person's other message kept it a moment ago

    def forget(self, session: Session, who: str) -> None:
        """Forget their address, in the caller's transaction (STOP, a block)."""
        session.execute(delete(self.rules.kept).where(self.rules.kept.pseudonym == who))

    def _due(self, now: datetime) -> Tuple[int, List[Tuple[str, List[Message]]]]:
        """(how many expired, (address, reminder) for each reminder this process claimed).
        Expiries go first, each in a transaction of its own (the engine's, which waits for
        a turn of theirs under way); then forgetting and claiming, in one."""
        rules, kept = self.rules, self.rules.kept
        found = self._found(now)
        # One answered since it was read is not expired: it carries on, and may be reminded.
        expired = sum(self._expire(row, Idle(row.pseudonym, active), now)
                      for row, active, what in found if what == "expire")
        claimed = []
        with unit_of_work(self.factory) as session:
            for row, _, what in found:
                if what == "forget":
                    session.execute(delete(kept).where(kept.id == row.id)
                                    .execution_options(synchronize_session=False))
                elif what == "remind" and _claim(session, kept, row, now):
                    claimed.append((getattr(row, rules.address),
                                    _reminder(session, row.pseudonym, rules.text)))
        return expired, claimed

    def _found(self, now: datetime) -> List[Tuple[Any, Any, Fate]]:
        """Each kept address's row, when its conversation last changed (as stored), and
        what the sweep does with it."""
        kept = self.rules.kept
        with unit_of_work(self.factory) as session:
            rows = list(session.execute(
                select(kept, Conversation.updated_at, Participation, Consultation, OptOut.id)
                .outerjoin(Conversation, Conversation.pseudonym == kept.pseudonym)
                .outerjoin(Participation, Participation.id == Conversation.participation_id)
                .outerjoin(Consultation, Consultation.id == Participation.consultation_id)
                .outerjoin(OptOut, OptOut.pseudonym == kept.pseudonym).order_by(kept.id)))
        found = []
        for row, active, participation, consultation, opted_out in rows:
            # A consultation closed while they were in it is over for them: no reminder,
            # and their address is forgotten (their next reply is told it closed).
            going = (participation is not None and participation.status == "started"
                     and is_open(consultation, now))
            what = fate(Kept(_utc(row.created_at), _utc(active), going,
                             _utc(row.reminder_sent_at), opted_out is not None), now, self.rules)
            found.append((row, active, what))
        return found

    def _expire(self, row: Any, idle: Idle, now: datetime) -> bool:
        """Expire their consultation and forget their address, unless a turn of theirs
        changed the conversation since the sweep read it."""
        with unit_of_work(self.factory) as session:
            if not expiry.expire(session, idle, now):
                return False
            session.execute(delete(self.rules.kept).where(self.rules.kept.id == row.id)
                            .execution_options(synchronize_session=False))
        return True

    async def sweep_once(self, send: Send, now: Optional[datetime] = None) -> Tuple[int, int]:
        """Expire idle conversations and send at most one reminder each; (expired, sent).
        A send that fails is logged (never whom to) and the others still go."""
        expired, to_remind = await asyncio.to_thread(self._due, now or utcnow())
        sent = 0
        for address, reminder in to_remind:
            try:
                await send(address, reminder)
                sent += 1
            except NotSent as refused:
                logger.warning("%s reminder not sent: %s", self.rules.channel, refused)
            except Exception as error:  # noqa: BLE001 - one failed send must not stop the rest
                logger.error("%s reminder not sent: %s", self.rules.channel,
                             type(error).__name__)  # its text may hold an address
        return expired, sent

    async def sweep_forever(self, send: Send) -> None:
        while True:
            try:
                await self.sweep_once(send)
            except Exception as error:  # noqa: BLE001 - keep sweeping; the next round retries
                if database_unavailable(error):  # an outage: one line a round, as the others
                    logger.warning("%s reminder sweep: the database is unavailable (%s)",
                                   self.rules.channel, type(error).__name__)
                else:
                    logger.exception("%s reminder sweep failed", self.rules.channel)
            await asyncio.sleep(self.rules.every)


def _utc(moment: Any) -> Any:
    # SQLite hands back naive datetimes; they were written in UTC.
    if moment is None or moment.tzinfo:
        return moment
    return moment.replace(tzinfo=timezone.utc)


def _reminder(session: Session, who: str, text: str) -> List[Message]:
    """The reminder, then the question they were on (the engine knows it)."""
    question = conversation.current_question(session, who)
    return [Message(text)] + ([question] if question else [])


def _claim(session: Session, kept: Any, row: Any, now: datetime) -> bool:
    """Mark a reminder as sent unless another replica already did (one reminder only)."""
    seen = row.reminder_sent_at
    unchanged = kept.reminder_sent_at.is_(None) if seen is None else kept.reminder_sent_at == seen
    result = session.execute(
        update(kept).where(kept.id == row.id, unchanged)
        .values(reminder_sent_at=now).execution_options(synchronize_session=False))
    return bool(result.rowcount == 1)
