"""Values passed between a channel adapter and the consultation engine."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Optional, Tuple


@dataclass(frozen=True)
class Message:
    """One message to the patient; buttons are option labels (channels render them)."""

    text: str
    buttons: Tuple[str, ...] = ()
    multiple: bool = False  # the buttons are a multiple choice: several may be picked
    # Which question the buttons answer (see question_token), for channels whose old
    # buttons stay tappable (Telegram): a tap on an earlier question's is refused.
    question: str = ""


@dataclass(frozen=True)
class Inbound:
    """One message from the patient, with what NLU made of it."""

    text: str
    channel: str
    respondent: str  # the channel-scoped pseudonym: never a phone number or chat id
    intent: str = ""
    confidence: float = 0.0
    question: str = ""  # set by a channel when the message is a tap on a button
    # The provider's id for this message (Twilio's MessageSid, …), set by a channel that
    # lets the turn claim it: claimed in the turn's own transaction, so a redelivery is
    # answered once and a turn that fails leaves it unclaimed for a retry.
    delivery: str = ""
    web_chat: str = ""  # a web chat's conversation id in Rasa, kept for erasure (see Participation)


@dataclass(frozen=True)
class Guess:
    """What the engine offered back and is waiting on: "Did you mean X?" (`confirm`, the
    value it would store) or "Which one?" (`choose`, the option labels offered)."""

    kind: str  # "confirm" | "choose"
    value: Any


@dataclass(frozen=True)
class State:
    """Where a conversation is; the engine keeps it in SQL (bot/engine/state.py)."""

    code: str
    step: str
    participation_id: Optional[int] = None
    reasks: int = 0
    guess: Optional[Guess] = None  # nothing is stored until the patient confirms


def question_token(state: Optional[State], pending: str = "") -> str:
    """A short name for the question a conversation is on: the same question asked
    again keeps it, any other question (or a new consultation) changes it."""
    if state is None and not pending:
        return ""
    where = f"{pending}|{state.code}|{state.step}|{state.participation_id}" if state else pending
    return hashlib.sha256(where.encode()).hexdigest()[:10]


@dataclass(frozen=True)
class Turn:
    messages: Tuple[Message, ...]
    state: Optional[State]  # None: the consultation is over for now
    pending: str = ""  # "delete": the next message answers "delete everything?"
    erase_conversation: bool = False  # the channel must forget this conversation too
    duplicate: bool = False  # the message's delivery was claimed before: nothing to do
