"""What the SMS channel keeps in the database: handled message ids, opt-outs,
and the numbers of conversations in progress, for a reminder before they expire
(bot/channels/reminders.py)."""

from __future__ import annotations

import logging
from datetime import timedelta
from functools import cached_property
from typing import Optional, Tuple

from bot.channels.reminders import ReminderStore, Rules
from bot.db import repository, turn_lock
from bot.db.models import SmsSession
from bot.db.session import unit_of_work
from bot.engine import conversation, messages
from bot.engine.turns import Message
from bot.outreach.invitations import record_status
from bot.trust import opt_out
from bot.trust.identity import phone_pseudonym

logger = logging.getLogger(__name__)


class SmsStore(ReminderStore):
    @cached_property
    def rules(self) -> Rules:
        twilio = self.settings.twilio
        return Rules("sms", SmsSession, "phone", messages.SMS_REMINDER,
                     remind_after=timedelta(hours=twilio.reminder_hours),
                     expire_after=timedelta(hours=twilio.expiry_hours),
                     every=twilio.sweep_seconds,
                     window=self.settings.send_window)

    def _pseudonym(self, phone: str) -> str:
        return phone_pseudonym(self.settings.pseudonym_secret, phone)

    def look(self, message_sid: str, phone: str) -> Tuple[bool, bool]:
        """(seen before?, opted out?) of one inbound SMS, read without taking a lock.

        Twilio redelivers on timeouts, so a MessageSid is handled once: the turn claims
        it in its own transaction (`claim` does for messages the engine never sees).
        Nothing here writes on the way to a turn, but the number of one who may take
        part, kept once for a reminder; the engine's conversation row says whether it
        is active.
        """
        return self.admit(message_sid, self._pseudonym(phone), phone)

    def claim(self, message_sid: str) -> bool:
        """True the first time a message is claimed, for messages no turn handles
        (keywords, opted-out numbers, pictures with no words)."""
        with unit_of_work(self.factory) as session:
            return repository.claim_delivery(session, message_sid)

    def set_opt_out(self, phone: str, opted_out: bool) -> None:
        with unit_of_work(self.factory) as session:
            change = opt_out.opt_out if opted_out else opt_out.opt_in
            change(session, self._pseudonym(phone))

    def stop(self, phone: str, message_sid: str = "") -> bool:
        """STOP: opt out and withdraw any consultation in progress, at once; False when
        `message_sid` was claimed before (a redelivery: nothing to do).

        The message is claimed in the STOP's own transaction, as a turn claims its
        answer's: if the database fails on the way, nothing is claimed and the channel
        holds the message and replays it (a claim first, then a failure, lost the STOP).
        A turn of theirs stuck past the turn lock's bound cannot keep it from working:
        they are opted out and their number forgotten all the same, and the
        consultation, left where the stuck turn leaves it, sends them nothing more (nor
        reminds them)."""
        who = self._pseudonym(phone)
        try:
            with unit_of_work(self.factory) as session:
                if message_sid and not repository.claim_delivery(session, message_sid):
                    return False
                conversation.stop(session, who)  # waits for a turn under way
                opt_out.opt_out(session, who)
                self.forget(session, who)
            return True
        except Exception as error:
            if not turn_lock.kept_waiting(error):
                raise
            logger.warning("STOP opted out without withdrawing: a turn of theirs is still "
                           "under way (turn lock, bot/db/turn_lock.py)")  # no number
            with unit_of_work(self.factory) as session:
                if message_sid and not repository.claim_delivery(session, message_sid):
                    return False
                opt_out.opt_out(session, who)
                self.forget(session, who)
            return True

    def running_it(self, phone: str) -> Optional[str]:
        """Who runs the consultation this number is taking, if any."""
        return super().running_it(self._pseudonym(phone))

    def current_question(self, phone: str) -> Optional[Message]:
        """The question this number was last asked, if it is mid-consultation."""
        with unit_of_work(self.factory) as session:
            return conversation.current_question(session, self._pseudonym(phone))

    def delivery_status(self, message_sid: str, status: str, code: Optional[int]) -> None:
        with unit_of_work(self.factory) as session:
            record_status(session, message_sid, status, code)
