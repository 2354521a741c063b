"""The engine's one entry point: every channel hands it one message at a time.

One call, one transaction (the caller's unit of work): read where the
conversation is, handle the message, store any answer, decide the next
question and put it in the same reply, save where the conversation now is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from sqlalchemy.orm import Session

from bot.config import Settings
from bot.db import repository
from bot.engine import messages, state
from bot.engine.flow import step_by_key
from bot.engine.reply import question_message, reply, withdraw
from bot.engine.start import begin, confirm_deletion
from bot.engine.turns import Inbound, Message, State, Turn
from bot.scripts import store
from bot.trust.safeguarding import detect_concern, is_crisis_intent
from bot.trust.signposting import SIGNPOSTING


def handle_message(session: Session, settings: Settings, inbound: Inbound) -> Turn:
    """Reply to one message; the reply ends with the question now being asked."""
    current, pending = state.load(session, inbound.respondent)
    if pending == "delete":
        turn = _answer_delete_question(session, settings, inbound, current)
    elif current is not None:
        turn = reply(session, settings, current, inbound)
    else:
        turn = begin(session, settings, inbound)
    state.save(session, inbound.respondent, inbound.channel, turn)
    return _with_question(session, turn)


def stop(session: Session, who: str) -> Turn:
    """STOP from a channel keyword: withdraw any consultation in progress."""
    current, _ = state.load(session, who)
    participation_id = current.participation_id if current else None
    turn = withdraw(session, participation_id)
    state.forget(session, who)
    return turn


def current_question(session: Session, who: str) -> Optional[Message]:
    """The question a respondent was last asked, if they are mid-consultation."""
    current, pending = state.load(session, who)
    if current is None or pending:
        return None
    return _question(session, current)


def _answer_delete_question(
    session: Session, settings: Settings, inbound: Inbound, current: Optional[State]
) -> Turn:
    # Crisis wording comes first, whatever was asked; the question stays open.
    concern = detect_concern(inbound.text)
    if concern is not None or is_crisis_intent(inbound.intent, inbound.confidence):
        repository.record_safeguarding(session, concern.category if concern else "nlu",
                                       inbound.channel)
        return Turn((Message(SIGNPOSTING),), current, pending="delete")
    return confirm_deletion(session, settings, inbound, current)


def _with_question(session: Session, turn: Turn) -> Turn:
    if turn.state is None or turn.pending:
        return turn
    question = _question(session, turn.state)
    if question is None:  # the consultation went away under us (deleted script)
        return replace(turn, messages=turn.messages + (Message(messages.OUTSIDE_HELP),))
    return replace(turn, messages=turn.messages + (question,))


def _question(session: Session, current: State) -> Optional[Message]:
    consultation = repository.consultation_by_code(session, current.code)
    if consultation is None:
        return None
    question = step_by_key(store.script_of(consultation), current.step)
    return question_message(question) if question is not None else None
