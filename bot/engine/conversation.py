"""The engine's one entry point: every channel hands it one message at a time.

One call, one transaction (the caller's unit of work): wait for any other turn of
the same patient to end (bot/db/turn_lock.py), read where the conversation is,
handle the message, store any answer, decide the next question and put it in the
same reply, save where the conversation now is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Tuple

from sqlalchemy.orm import Session

from bot.config import Settings
from bot.db import repository
from bot.db.models import Consultation
from bot.db.turn_lock import lock_conversation
from bot.engine import guesses, messages, state
from bot.engine.flow import step_by_key
from bot.engine.reply import question_message, reply, withdraw
from bot.engine.start import ask_to_delete, begin, confirm_deletion
from bot.engine.turns import Inbound, Message, State, Turn, question_token
from bot.scripts import store
from bot.trust.safeguarding import detect_concern, is_crisis_intent
from bot.trust.signposting import SIGNPOSTING


def handle_message(session: Session, settings: Settings, inbound: Inbound) -> Turn:
    """Reply to one message; the reply ends with the question now being asked."""
    lock_conversation(session, inbound.respondent)  # first: this patient's turns one by one
    if inbound.delivery and not repository.claim_delivery(session, inbound.delivery):
        return Turn((), None, duplicate=True)  # a redelivery: its first delivery answered
    current, pending = state.load(session, inbound.respondent)
    if inbound.question and inbound.question != question_token(current, pending):
        return _stale_button(session, current, pending)
    crisis = None if current is not None and not pending else _crisis_category(inbound)
    if current is not None and not pending:
        turn = reply(session, settings, current, inbound)  # checks crisis wording itself first
    elif crisis is not None:
        # Before anything else; any open question ("delete everything?") stays open.
        repository.record_safeguarding(session, crisis, inbound.channel)
        turn = Turn((Message(SIGNPOSTING),), current, pending=pending)
    elif pending == "delete":
        turn = confirm_deletion(session, settings, inbound, current)
    else:
        turn = begin(session, settings, inbound)
    state.save(session, inbound.respondent, inbound.channel, turn)
    return _stamped(_with_question(session, turn))


def _stale_button(session: Session, current: Optional[State], pending: str) -> Turn:
    """A tap on an old question's button changes nothing; the current one is asked again."""
    stale = Turn((Message(messages.STALE_BUTTON),), current, pending=pending)
    if pending == "delete":
        stale = replace(stale, messages=stale.messages + ask_to_delete(current).messages)
    return _stamped(_with_question(session, stale))


def _stamped(turn: Turn) -> Turn:
    """Buttons name the question they answer, so a later tap on them can be checked."""
    token = question_token(turn.state, turn.pending)
    return replace(turn, messages=tuple(
        replace(m, question=token) if m.buttons else m for m in turn.messages))


def stop(session: Session, who: str) -> Turn:
    """STOP from a channel keyword: withdraw any consultation in progress. Waits for a
    turn of theirs under way, as a turn does: one ending after it would have saved their
    place again and carried the consultation on after STOP. Call it first in the STOP's
    transaction, as a turn takes the lock before anything else."""
    lock_conversation(session, who)
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
    question = _question(session, current)
    return _stamped(Turn((question,), current)).messages[0] if question else None


def _taking(session: Session, who: str) -> Optional[Consultation]:
    """The consultation a respondent is taking part in now, if any."""
    current, _ = state.load(session, who)
    return repository.consultation_by_code(session, current.code) if current else None


def privacy_link(session: Session, settings: Settings, who: str) -> str:
    """The privacy notice of the consultation a respondent is taking (its script's
    `notice_url`), else the service's own."""
    consultation = _taking(session, who)
    notice = store.script_of(consultation).notice_url if consultation is not None else ""
    return notice or settings.privacy_url


def running_it(session: Session, who: str) -> Optional[str]:
    """The organisation running the consultation a respondent is taking, if any."""
    consultation = _taking(session, who)
    return consultation.organisation.name if consultation is not None else None


def asked_now(session: Session, who: str) -> Tuple[Message, ...]:
    """What a respondent is being asked now: the question they are on, or "delete
    everything?"; nothing when no consultation is under way. A channel sends it when a
    turn was stored but its reply never reached them."""
    current, pending = state.load(session, who)
    if pending == "delete":
        return _stamped(ask_to_delete(current)).messages
    question = current_question(session, who)
    return (question,) if question is not None else ()


def _crisis_category(inbound: Inbound) -> Optional[str]:
    """The lexicon's category, or "nlu" when only the model heard a crisis."""
    concern = detect_concern(inbound.text)
    if concern is not None:
        return concern.category
    return "nlu" if is_crisis_intent(inbound.intent, inbound.confidence) else None


def _with_question(session: Session, turn: Turn) -> Turn:
    if turn.state is None or turn.pending or turn.state.guess is not None:
        return turn  # "Did you mean…?" is the question now
    question = _question(session, turn.state)
    if question is None:  # the consultation went away under us (deleted script)
        return replace(turn, messages=turn.messages + (Message(messages.OUTSIDE_HELP),))
    return replace(turn, messages=turn.messages + (question,))


def _question(session: Session, current: State) -> Optional[Message]:
    consultation = repository.consultation_by_code(session, current.code)
    if consultation is None:
        return None
    question = step_by_key(store.script_of(consultation), current.step)
    if question is None:
        return None
    if current.guess is not None:  # a reminder repeats "Did you mean…?"
        return guesses.offer_message(question, current.guess)
    return question_message(question)
