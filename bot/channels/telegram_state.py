"""What the Telegram channel keeps in the database: handled update ids (so a
redelivery, to any replica, is answered once), opt-outs, and the chat ids of people
who asked to hear about new consultations. Chat ids never sit beside answers."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import delete, select

from bot.channels.database import ChannelStore
from bot.db import repository
from bot.db.models import TelegramChat
from bot.db.session import unit_of_work
from bot.engine import conversation
from bot.engine.turns import Message
from bot.trust import opt_out
from bot.trust.pseudonym import pseudonym

CHANNEL = "telegram"


class TelegramStore(ChannelStore):
    def who(self, chat_id: object) -> str:
        """A chat's pseudonym: what Rasa, the engine and the answers know it by."""
        return pseudonym(self.settings.pseudonym_secret, CHANNEL, str(chat_id))

    def admit(self, update_id: str) -> bool:
        """True the first time an update id (or a replay's key) is seen, by any replica."""
        with unit_of_work(self.factory) as session:
            return repository.claim_delivery(session, f"telegram:{update_id}")

    def stop(self, who: str) -> None:
        """/stop: end any consultation, opt out of everything, forget the chat id."""
        with unit_of_work(self.factory) as session:
            opt_out.opt_out(session, who)
            conversation.stop(session, who)
            session.execute(delete(TelegramChat).where(TelegramChat.pseudonym == who))

    def blocked(self, who: str) -> None:
        """The person blocked the bot: an opt-out, and the chat id is forgotten."""
        with unit_of_work(self.factory) as session:
            opt_out.opt_out(session, who)
            session.execute(delete(TelegramChat).where(TelegramChat.pseudonym == who))

    def subscribe(self, who: str, chat_id: object) -> None:
        with unit_of_work(self.factory) as session:
            opt_out.opt_in(session, who)
            if session.scalar(select(TelegramChat.id).where(TelegramChat.pseudonym == who)):
                return
            session.add(TelegramChat(pseudonym=who, chat_id=str(chat_id)))

    def unsubscribe(self, who: str) -> None:
        with unit_of_work(self.factory) as session:
            session.execute(delete(TelegramChat).where(TelegramChat.pseudonym == who))

    def current_question(self, who: str) -> Optional[Message]:
        with unit_of_work(self.factory) as session:
            return conversation.current_question(session, who)
