"""What the SMS channel keeps in the database: handled message ids, opt-outs,
and the conversations in progress that may need a reminder or expire."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Any, Awaitable, Callable, List, Optional, Tuple

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.db.models import InboundMessage, Participation, SmsSession, utcnow
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.engine import conversation, messages, state
from bot.engine.turns import Message
from bot.outreach.invitations import record_status
from bot.trust import opt_out
from bot.trust.pseudonym import pseudonym

logger = logging.getLogger(__name__)
CHANNEL = "twilio"
Send = Callable[[str, List[Message]], Awaitable[None]]


class SmsStore:
    def __init__(self, settings: Settings, factory: Optional[sessionmaker] = None) -> None:
        self.settings = settings
        self._factory = factory

    @property
    def factory(self) -> sessionmaker:
        if self._factory is None:
            self._factory = make_session_factory(make_engine(self.settings.database_url))
        return self._factory

    def _pseudonym(self, phone: str) -> str:
        return pseudonym(self.settings.pseudonym_secret, CHANNEL, phone)

    def first_delivery(self, message_sid: str) -> bool:
        """True the first time a MessageSid is seen; Twilio redelivers on timeouts."""
        try:
            with unit_of_work(self.factory) as session:
                session.add(InboundMessage(provider_id=message_sid))
            return True
        except IntegrityError:
            return False

    def opted_out(self, phone: str) -> bool:
        with unit_of_work(self.factory) as session:
            return opt_out.is_opted_out(session, self._pseudonym(phone))

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

    def touch_session(self, phone: str) -> None:
        """Keep an SMS session while a consultation is in progress, and only then."""
        who = self._pseudonym(phone)
        with unit_of_work(self.factory) as session:
            active = _in_consultation(session, who)
            existing = session.scalar(select(SmsSession).where(SmsSession.pseudonym == who))
            if active is None:
                if existing is not None:
                    session.delete(existing)
                return
            row = existing or SmsSession(pseudonym=who, phone=phone)
            row.consultation_id = active.consultation_id
            row.last_activity, row.reminder_sent_at = utcnow(), None
            session.add(row)

    def _due(self, now: datetime) -> Tuple[List[Any], List[Tuple[str, List[Message]]]]:
        """(expired session rows, (phone, reminder) for each reminder this process claimed)."""
        twilio = self.settings.twilio
        expire_before = now - timedelta(hours=twilio.expiry_hours)
        remind_before = now - timedelta(hours=twilio.reminder_hours)
        with unit_of_work(self.factory) as session:
            expired = list(session.scalars(
                select(SmsSession).where(SmsSession.last_activity < expire_before)))
            for row in expired:
                participation = _in_consultation(session, row.pseudonym)
                if participation is not None:
                    participation.status, participation.updated_at = "expired", now
                session.delete(row)
            candidates = list(session.scalars(select(SmsSession).where(
                SmsSession.last_activity < remind_before, SmsSession.reminder_sent_at.is_(None))))
            claimed = [(row.phone, _reminder(session, row.pseudonym))
                       for row in candidates if _claim(session, row.id, now)]
        return expired, claimed

    async def sweep_once(self, send: Send, now: Optional[datetime] = None) -> Tuple[int, int]:
        """Expire idle conversations and send at most one reminder each."""
        expired, to_remind = await asyncio.to_thread(self._due, now or utcnow())
        for phone, reminder in to_remind:
            await send(phone, reminder)
        return len(expired), len(to_remind)

    async def sweep_forever(self, send: Send) -> None:
        while True:
            try:
                await self.sweep_once(send)
            except Exception:  # noqa: BLE001 - keep sweeping; the next round retries
                logger.exception("sms reminder sweep failed")
            await asyncio.sleep(self.settings.twilio.sweep_seconds)


def _in_consultation(session: Session, who: str) -> Optional[Participation]:
    """The participation this conversation is on, if it is still going (engine state)."""
    current, _ = state.load(session, who)
    if current is None or current.participation_id is None:
        return None
    participation = session.get(Participation, current.participation_id)
    return participation if participation is not None and participation.status == "started" else None


def _reminder(session: Session, who: str) -> List[Message]:
    """The reminder, then the question they were on (the engine knows it)."""
    question = conversation.current_question(session, who)
    return [Message(messages.SMS_REMINDER)] + ([question] if question else [])


def _claim(session: Session, session_id: int, now: datetime) -> bool:
    """Mark a reminder as sent unless another replica already did (one reminder only)."""
    result = session.execute(
        update(SmsSession).where(SmsSession.id == session_id,
                                 SmsSession.reminder_sent_at.is_(None))
        .values(reminder_sent_at=now).execution_options(synchronize_session=False))
    return bool(result.rowcount == 1)


