"""Where each conversation is, kept in SQL by the engine.

Rasa's slots vanish when its session expires or the server restarts; SMS
reminders go out a day later and patients come back days later, so the
engine keeps its own row per conversation, keyed by the respondent pseudonym.
"""

from __future__ import annotations

import json
from typing import Optional, Tuple

from sqlalchemy import delete, inspect, select
from sqlalchemy.orm import Session

from bot.db import repository
from bot.db.models import Consultation, Conversation, Participation, utcnow
from bot.engine.turns import Guess, State, Turn


def load(session: Session, who: str) -> Tuple[Optional[State], str]:
    """(where the conversation is, any pending question) for one respondent."""
    row = _row(session, who)
    if row is None:
        return None, ""
    state = None
    if row.consultation_code and row.step:
        state = State(row.consultation_code, row.step, row.participation_id, row.reasks or 0,
                      _guess(row.guess))
    return state, row.pending or ""


def _guess(text: Optional[str]) -> Optional[Guess]:
    if not text:
        return None
    try:
        kept = json.loads(text)
        return Guess(str(kept["kind"]), kept["value"])
    except (ValueError, KeyError, TypeError):
        return None  # unreadable: the question is simply asked again


def save(session: Session, who: str, channel: str, turn: Turn) -> None:
    """Remember the turn's outcome; a conversation with nothing to remember has no row."""
    row = _row(session, who)
    if turn.state is None and not turn.pending:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = session.info["conversation_rows"][who] = Conversation(pseudonym=who)
    row.channel = channel[:20]
    state = turn.state
    row.consultation_code = state.code if state else None
    row.step = state.step if state else None
    row.participation_id = state.participation_id if state else None
    row.reasks = state.reasks if state else 0
    guess = state.guess if state else None
    row.guess = json.dumps({"kind": guess.kind, "value": guess.value}) if guess else None
    row.pending = turn.pending
    row.updated_at = utcnow()
    session.add(row)


def forget(session: Session, who: str) -> None:
    session.execute(delete(Conversation).where(Conversation.pseudonym == who))
    session.info.setdefault("conversation_rows", {}).pop(who, None)


def _row(session: Session, who: str) -> Optional[Conversation]:
    # A turn loads the row, then saves it: one SELECT, not two (unless it was deleted).
    # The same SELECT brings the row's participation and consultation, which the turn
    # reads next (kept by the session: `session.get` and `consultation_by_code`).
    remembered = session.info.setdefault("conversation_rows", {})
    if who in remembered:
        row = remembered[who]
        if row is None or inspect(row).persistent:
            return row
    found = session.execute(
        select(Conversation, Participation, Consultation)
        .outerjoin(Participation, Participation.id == Conversation.participation_id)
        .outerjoin(Consultation, Consultation.code == Conversation.consultation_code)
        .where(Conversation.pseudonym == who)).first()
    row, participation, consultation = found or (None, None, None)
    if consultation is not None:
        repository.remember_consultation(session, consultation)
    if participation is not None:  # the session's identity map holds rows only weakly
        session.info.setdefault("participations_read", []).append(participation)
    remembered[who] = row
    return row
