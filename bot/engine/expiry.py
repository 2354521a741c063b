"""Expiry of a consultation left idle: one way for every channel's sweep.

SMS keeps a number for a reminder, and its sweep expires a consultation left quiet
for SB_SMS_EXPIRY_HOURS (bot/channels/reminders.py). A web chat has no address: the
widget forgets a chat unused for 30 minutes, so one left mid-consultation is never
finished, and its sweep (bot/channels/web_expiry.py) expires it too, then forgets the
conversation row, so the chat has ended (the widget is told so) and the code sent
again starts afresh. An expired participation keeps the answers given.

A sweep reads who is idle, then expires each in a transaction of its own that first
takes their turn lock: a person answering at that moment, on any replica, carries on
where they were, never "your survey has expired".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.models import Conversation, Participation
from bot.db.turn_lock import lock_conversation


@dataclass(frozen=True)
class Idle:
    """One conversation a sweep found idle: whose, and when its row last changed (as read)."""

    who: str
    since: datetime


def idle_conversations(session: Session, channel: str, before: datetime,
                       limit: int) -> List[Idle]:
    """`channel`'s conversations whose row has not changed since before `before`,
    the longest idle first."""
    return [Idle(who, since) for who, since in session.execute(
        select(Conversation.pseudonym, Conversation.updated_at)
        .where(Conversation.channel == channel, Conversation.updated_at < before)
        .order_by(Conversation.updated_at).limit(limit))]


def expire(session: Session, idle: Idle, now: datetime) -> Optional[bool]:
    """Expire the consultation of one idle conversation, first in its own transaction:
    True if a participation expired, False if nothing was in progress (a consent
    pending, a question of the engine's own), None if the conversation changed or went
    since the sweep found it (a turn of theirs: it carries on).

    Waits for a turn of theirs under way, as STOP does (the turn lock), then checks the
    conversation is as the sweep read it. Every turn saves its row, so an answer, a
    question asked again or a consultation begun since is seen, whatever the turn
    changed of the participation itself.
    """
    lock_conversation(session, idle.who)
    row = session.scalar(select(Conversation).where(Conversation.pseudonym == idle.who))
    if row is None or row.updated_at != idle.since:
        return None
    participation = (session.get(Participation, row.participation_id)
                     if row.participation_id is not None else None)
    if participation is None or participation.status != "started":
        return False
    participation.status = "expired"
    participation.updated_at = now
    return True
