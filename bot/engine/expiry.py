"""Expiry of a conversation left idle on a channel that cannot send a reminder (web chat).

SMS and Telegram keep an address for a reminder, and their sweep expires or forgets
through it (bot/channels/reminders.py). A web chat has no address: the widget forgets a
chat unused for 30 minutes, so one left mid-consultation is never finished, and its
participation stayed "started" and its conversation row stayed until retention. Here
one idle for longer than the channel's expiry is ended as an SMS one is: a started
participation is marked expired (the answers given are kept), and the conversation
row is forgotten, so the chat has ended (the widget is told so) and the code sent
again starts afresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.models import Conversation, Participation
from bot.db.turn_lock import lock_conversation
from bot.engine import state


@dataclass(frozen=True)
class Idle:
    """One conversation the sweep found idle: whose, and when its row last changed."""

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
    """End one idle conversation, first in its own transaction: True if a participation
    expired with it, False if nothing was in progress (a consent pending, a question of
    the engine's own), None if it changed or went since the sweep found it.

    Waits for a turn of theirs under way, as STOP does (the turn lock): a person
    answering at this moment carries on where they were, not "your survey has expired".
    """
    lock_conversation(session, idle.who)
    row = session.scalar(select(Conversation).where(Conversation.pseudonym == idle.who))
    if row is None or row.updated_at != idle.since:
        return None
    participation = (session.get(Participation, row.participation_id)
                     if row.participation_id is not None else None)
    expired = participation is not None and participation.status == "started"
    if participation is not None and expired:
        participation.status = "expired"
        participation.updated_at = now
    state.forget(session, idle.who)
    return expired
