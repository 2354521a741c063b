"""What the Telegram channel keeps in the database: handled update ids (so a
redelivery, to any replica, is answered once), opt-outs, the chat ids of people who
asked to hear about new consultations, and those of conversations in progress, for one
reminder of a quiet spell (bot/channels/reminders.py). Chat ids never sit beside answers.

An update's id goes with its message to the engine, whose turn claims it in the
transaction that stores the answer; an update the engine never sees (a command, a
tap on a tick box, an edit…) is claimed here, in the same transaction as whatever
it changes. Either way a redelivery does nothing, and an update whose work never
committed is left for its replay."""

from __future__ import annotations

from datetime import timedelta
from functools import cached_property
from typing import Optional

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.channels.reminders import ReminderStore, Rules
from bot.db import repository
from bot.db.models import TelegramChat, TelegramSession
from bot.db.session import unit_of_work
from bot.engine import conversation, messages
from bot.engine.turns import Message
from bot.trust import opt_out
from bot.trust.pseudonym import pseudonym

CHANNEL = "telegram"


class Duplicate(Exception):
    """The update was handled before (its id is claimed): nothing more is done."""


def delivery_of(update_id: object) -> str:
    """The key an update is claimed under in `inbound_message`."""
    return f"{CHANNEL}:{update_id}"


def _claimed(session: Session, delivery: str) -> None:
    """Claim the update in the caller's transaction; Duplicate when it was before."""
    if delivery and not repository.claim_delivery(session, delivery):
        raise Duplicate()


class TelegramStore(ReminderStore):
    @cached_property
    def rules(self) -> Rules:
        telegram = self.settings.telegram
        # No expiry: a Telegram consultation carries on whenever they come back.
        return Rules(CHANNEL, TelegramSession, "chat_id", messages.TELEGRAM_REMINDER,
                     remind_after=timedelta(hours=telegram.reminder_hours),
                     expire_after=None, every=telegram.sweep_seconds,
                     window=self.settings.send_window)

    def who(self, chat_id: object) -> str:
        """A chat's pseudonym: what Rasa, the engine and the answers know it by."""
        return pseudonym(self.settings.pseudonym_secret, CHANNEL, str(chat_id))

    def look(self, delivery: str, chat_id: object) -> bool:
        """Whether a private chat's update was handled before, read without a lock; the
        chat id is kept for a reminder the first time they write while none is."""
        return self.admit(delivery, self.who(chat_id), str(chat_id))[0]

    def claim(self, delivery: str) -> None:
        """Claim an update whose work is only sending (help, privacy…); Duplicate if it was."""
        with unit_of_work(self.factory) as session:
            _claimed(session, delivery)

    # Each method below claims `delivery` (when given) in its own transaction.

    def stop(self, who: str, delivery: str = "") -> None:
        """/stop: end any consultation, opt out of everything, forget the chat id."""
        with unit_of_work(self.factory) as session:
            conversation.stop(session, who)  # first: it waits for a turn under way
            _claimed(session, delivery)
            opt_out.opt_out(session, who)
            session.execute(delete(TelegramChat).where(TelegramChat.pseudonym == who))
            self.forget(session, who)

    def blocked(self, who: str, delivery: str = "") -> None:
        """The person blocked the bot: an opt-out, and the chat id is forgotten."""
        with unit_of_work(self.factory) as session:
            _claimed(session, delivery)
            opt_out.opt_out(session, who)
            session.execute(delete(TelegramChat).where(TelegramChat.pseudonym == who))
            self.forget(session, who)

    def subscribe(self, who: str, chat_id: object, delivery: str = "") -> None:
        with unit_of_work(self.factory) as session:
            _claimed(session, delivery)
            opt_out.opt_in(session, who)
            if session.scalar(select(TelegramChat.id).where(TelegramChat.pseudonym == who)):
                return
            try:
                with session.begin_nested():
                    session.add(TelegramChat(pseudonym=who, chat_id=str(chat_id)))
            except IntegrityError:
                pass  # the same /subscribe on another replica a moment ago: subscribed

    def unsubscribe(self, who: str, delivery: str = "") -> None:
        with unit_of_work(self.factory) as session:
            _claimed(session, delivery)
            session.execute(delete(TelegramChat).where(TelegramChat.pseudonym == who))

    def current_question(self, who: str, delivery: str = "") -> Optional[Message]:
        with unit_of_work(self.factory) as session:
            _claimed(session, delivery)
            return conversation.current_question(session, who)
