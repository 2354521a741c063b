"""What the SMS channel keeps in the database: handled message ids, opt-outs,
and the conversations in progress that may need a reminder or expire."""

from __future__ import annotations

import asyncio
import functools
import logging
from datetime import datetime, timedelta, timezone
from typing import Any, Awaitable, Callable, List, Optional, Tuple

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from bot.channels.database import ChannelStore
from bot.db import repository
from bot.db.models import (
    Conversation,
    InboundMessage,
    Participation,
    SmsSession,
    utcnow,
)
from bot.db.session import once_more_if_dropped, unit_of_work
from bot.engine import conversation, messages
from bot.engine.turns import Message
from bot.outreach.invitations import record_status
from bot.trust import opt_out
from bot.trust.identity import phone_pseudonym

logger = logging.getLogger(__name__)
Send = Callable[[str, List[Message]], Awaitable[None]]


@functools.cache
def _admission() -> Select:
    """(claimed?, opted out?, number known?) of one message id (:sid) and sender
    (:who), built once: building it was a third of the read's CPU (cProfile, stop 20)."""
    who = bindparam("who")
    return select(
        select(InboundMessage.id).where(InboundMessage.provider_id == bindparam("sid"))
        .scalar_subquery(),
        opt_out.opt_out_of(who).scalar_subquery(),
        select(SmsSession.id).where(SmsSession.pseudonym == who).scalar_subquery())


class SmsStore(ChannelStore):
    def _pseudonym(self, phone: str) -> str:
        return phone_pseudonym(self.settings.pseudonym_secret, phone)

    def look(self, message_sid: str, phone: str) -> Tuple[bool, bool]:
        """(seen before?, opted out?) of one inbound SMS, read without taking a lock.

        Twilio redelivers on timeouts, so a MessageSid is handled once: the turn claims
        it in its own transaction (`claim` does for messages the engine never sees).
        Nothing here writes on the way to a turn, as SQLite takes one writer at a time
        and the action server's turns write all the time. A number that may take part
        keeps one row mapping its pseudonym to the number, for reminders (written once
        a conversation); the engine's conversation row says whether it is active.
        """
        who = self._pseudonym(phone)
        # One connection, one statement, no ORM session: this runs in the Rasa process on
        # every SMS (the ORM's unit of work was most of its cost, py-spy), in autocommit.
        def read() -> Tuple[Any, Any, Any]:
            with self.reads.connect() as connection:
                return tuple(connection.execute(_admission(),
                                                {"sid": message_sid, "who": who}).one())
        seen, opt_out_id, known = once_more_if_dropped(read)
        opted_out = opt_out_id is not None
        if seen is None and not opted_out and known is None:
            self._remember_number(who, phone)
        return seen is not None, opted_out

    def claim(self, message_sid: str) -> bool:
        """True the first time a message is claimed, for messages no turn handles
        (keywords, opted-out numbers, pictures with no words)."""
        with unit_of_work(self.factory) as session:
            return repository.claim_delivery(session, message_sid)

    def _remember_number(self, who: str, phone: str) -> None:
        try:
            with unit_of_work(self.factory) as session:
                session.execute(insert(SmsSession).values(pseudonym=who, phone=phone))
        except IntegrityError:
            pass  # the same number's other message made it a moment ago

    def set_opt_out(self, phone: str, opted_out: bool) -> None:
        with unit_of_work(self.factory) as session:
            change = opt_out.opt_out if opted_out else opt_out.opt_in
            change(session, self._pseudonym(phone))

    def stop(self, phone: str) -> None:
        """STOP: opt out and withdraw any consultation in progress, at once."""
        who = self._pseudonym(phone)
        with unit_of_work(self.factory) as session:
            opt_out.opt_out(session, who)
            conversation.stop(session, who)
            session.execute(delete(SmsSession).where(SmsSession.pseudonym == who))

    def delivery_status(self, message_sid: str, status: str, code: Optional[int]) -> None:
        with unit_of_work(self.factory) as session:
            record_status(session, message_sid, status, code)

    def _due(self, now: datetime) -> Tuple[int, List[Tuple[str, List[Message]]]]:
        """(how many expired, (phone, reminder) for each reminder this process claimed).

        Idle time is the engine's: when the conversation row last changed.
        """
        twilio = self.settings.twilio
        expire_before = now - timedelta(hours=twilio.expiry_hours)
        remind_before = now - timedelta(hours=twilio.reminder_hours)
        with unit_of_work(self.factory) as session:
            rows = list(session.execute(
                select(SmsSession, Conversation.updated_at, Participation)
                .outerjoin(Conversation, Conversation.pseudonym == SmsSession.pseudonym)
                .outerjoin(Participation, Participation.id == Conversation.participation_id)))
            expired, claimed = 0, []
            for sms, active_at, participation in rows:
                active = _utc(active_at) if active_at is not None else None
                if participation is None or participation.status != "started" or active is None:
                    if active is None or active < expire_before:
                        session.delete(sms)  # nothing in progress: forget the number
                elif active < expire_before:
                    participation.status, participation.updated_at = "expired", now
                    session.delete(sms)
                    expired += 1
                elif active < remind_before and _not_reminded_since(sms, active) and _claim(
                        session, sms.id, sms.reminder_sent_at, now):
                    claimed.append((sms.phone, _reminder(session, sms.pseudonym)))
        return expired, claimed

    async def sweep_once(self, send: Send, now: Optional[datetime] = None) -> Tuple[int, int]:
        """Expire idle conversations and send at most one reminder each."""
        expired, to_remind = await asyncio.to_thread(self._due, now or utcnow())
        for phone, reminder in to_remind:
            await send(phone, reminder)
        return expired, len(to_remind)

    async def sweep_forever(self, send: Send) -> None:
        while True:
            try:
                await self.sweep_once(send)
            except Exception:  # noqa: BLE001 - keep sweeping; the next round retries
                logger.exception("sms reminder sweep failed")
            await asyncio.sleep(self.settings.twilio.sweep_seconds)


def _utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they were written in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _not_reminded_since(sms: SmsSession, active: datetime) -> bool:
    """One reminder per quiet spell: none yet, or the last came before their last reply."""
    return sms.reminder_sent_at is None or _utc(sms.reminder_sent_at) < active


def _reminder(session: Session, who: str) -> List[Message]:
    """The reminder, then the question they were on (the engine knows it)."""
    question = conversation.current_question(session, who)
    return [Message(messages.SMS_REMINDER)] + ([question] if question else [])


def _claim(session: Session, session_id: int, seen: Optional[datetime], now: datetime) -> bool:
    """Mark a reminder as sent unless another replica already did (one reminder only)."""
    unchanged = (SmsSession.reminder_sent_at.is_(None) if seen is None
                 else SmsSession.reminder_sent_at == seen)
    result = session.execute(
        update(SmsSession).where(SmsSession.id == session_id, unchanged)
        .values(reminder_sent_at=now).execution_options(synchronize_session=False))
    return bool(result.rowcount == 1)
