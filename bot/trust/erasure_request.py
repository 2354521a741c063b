"""An erasure request made for someone (by phone, by letter): what is held about them,
then erasing it. One piece of code for the command line (`python -m bot erase`) and the
commissioner app's *Erasure* page, so both erase exactly the same things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.models import Consultation, Contact, Participation, Respondent
from bot.db.session import purge_freed_pages, unit_of_work
from bot.db.turn_lock import kept_waiting, lock_conversation
from bot.trust import conversation_erasure, identity
from bot.trust.erasure import channels_of, erase_respondent, web_chats_of

# The reason an erasure is recorded with: a case reference, not a sentence, so nothing
# about the person goes into the audit log (the Erasure page and `bot erase` alike).
CASE = re.compile(r"(?=.*\d)[A-Za-z0-9][A-Za-z0-9/_.:#-]{1,39}")
# What a chat in Rasa not forgotten at once awaits: the erasure queued it, and a Rasa
# server's sweep forgets it (bot/trust/conversation_erasure.py, SB_RASA_ERASURE_SECONDS).
LATER = "queued, and erased by the assistant within a few minutes"


class TurnUnderWay(Exception):
    """A turn of theirs held on past the turn lock's bound: nothing was erased."""

    def __init__(self) -> None:
        super().__init__("A conversation of theirs is under way at this moment, so nothing "
                         "was erased. Try again in a minute.")


@dataclass(frozen=True)
class Taking:
    """One participation, as the person asking could recognise it."""

    code: str
    channel: str
    status: str
    started: str  # YYYY-MM-DD


@dataclass(frozen=True)
class Held:
    participations: Tuple[Taking, ...]
    invitations: int  # outreach to their number

    @property
    def anything(self) -> bool:
        return bool(self.participations or self.invitations)


@dataclass(frozen=True)
class Erased:
    participations: int
    rasa_conversations: Tuple[str, ...]  # their chats in Rasa, by id
    web_chat: bool  # a web chat in Rasa whose id was not kept (taken part before 0012)


def held_for(session: Session, pseudonym: str, secret: str,
             organisation_id: Optional[int] = None) -> Held:
    """What is held about one respondent (for one organisation's consultations, if given)."""
    taking_part = (select(Consultation.code, Participation.channel, Participation.status,
                          Participation.started_at)
                   .join(Participation, Participation.consultation_id == Consultation.id)
                   .join(Respondent, Respondent.id == Participation.respondent_id)
                   .where(Respondent.pseudonym == pseudonym).order_by(Participation.id))
    contacts = select(Contact.phone).join(Consultation, Consultation.id == Contact.consultation_id)
    if organisation_id is not None:
        taking_part = taking_part.where(Consultation.organisation_id == organisation_id)
        contacts = contacts.where(Consultation.organisation_id == organisation_id)
    found = tuple(Taking(code, channel, status, started.date().isoformat())
                  for code, channel, status, started in session.execute(taking_part))
    invited = sum(1 for phone in session.scalars(contacts)
                  if identity.phone_pseudonym(secret, phone) == pseudonym)
    return Held(found, invited)


def erase_on_request(factory: sessionmaker, pseudonym: str, actor: str, reason: str,
                     secret: str, organisation_id: Optional[int] = None) -> Erased:
    """Erase one respondent (audited) and queue their chats for forgetting in Rasa, in
    one transaction; then clear the freed pages of an SQLite file.

    Waits first for a turn of theirs under way (the turn lock, as STOP does): erased
    beneath it, that turn failed ("sorry") or stored an answer after the erasure; now
    its answer goes with the rest, and a turn after finds them erased. One stuck past
    the lock's bound raises TurnUnderWay."""
    try:
        with unit_of_work(factory) as session:
            lock_conversation(session, pseudonym)
            erased = _erase(session, pseudonym, actor, reason, secret, organisation_id)
    except OperationalError as error:
        if kept_waiting(error):
            raise TurnUnderWay() from None
        raise
    purge_freed_pages(factory.kw["bind"])
    return erased


def _erase(session: Session, pseudonym: str, actor: str, reason: str, secret: str,
           organisation_id: Optional[int]) -> Erased:
    channels = channels_of(session, pseudonym)
    web = sorted(web_chats_of(session, pseudonym))  # before their participations go
    count = erase_respondent(session, pseudonym, actor=actor, reason=reason, secret=secret,
                             organisation_id=organisation_id)
    keyed = sorted(channels & identity.PSEUDONYMOUS_CHANNELS)
    # A web chat's Rasa id is the one kept with its participation: a web pseudonym is
    # an HMAC of the browser's key and cannot be turned back into it.
    chats = [identity.conversation_id(channel, pseudonym) for channel in keyed] + web
    conversation_erasure.queue(session, chats)
    return Erased(count, tuple(chats), bool(channels & identity.WEB_CHANNELS) and not web)


async def forget_in_rasa(factory: sessionmaker, rasa_url: str, token: str,
                         erased: Erased) -> Dict[str, bool]:
    """Rasa's copy of their chats, forgotten now (by channel) where a token is given;
    what is not stays queued for the Rasa servers (`conversation_erasure`)."""
    if not token:
        return {}
    forgotten = await conversation_erasure.forget_now(factory, rasa_url, token,
                                                      erased.rasa_conversations)
    return {conversation.partition(":")[0]: ok for conversation, ok in forgotten.items()}
