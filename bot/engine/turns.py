"""Values passed between a channel adapter and the consultation engine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple


@dataclass(frozen=True)
class Message:
    """One message to the patient; buttons are option labels (channels render them).

    `multiple`: the buttons are a tick-all-that-apply list (the web widget shows
    check boxes); channels without buttons ignore it.
    """

    text: str
    buttons: Tuple[str, ...] = ()
    multiple: bool = False


@dataclass(frozen=True)
class Inbound:
    """One message from the patient, with what NLU made of it."""

    text: str
    channel: str
    respondent: str  # the channel-scoped pseudonym: never a phone number or chat id
    intent: str = ""
    confidence: float = 0.0


@dataclass(frozen=True)
class State:
    """Where a conversation is; the engine keeps it in SQL (bot/engine/state.py)."""

    code: str
    step: str
    participation_id: Optional[int] = None
    reasks: int = 0


@dataclass(frozen=True)
class Turn:
    messages: Tuple[Message, ...]
    state: Optional[State]  # None: the consultation is over for now
    pending: str = ""  # "delete": the next message answers "delete everything?"
    erase_conversation: bool = False  # the channel must forget this conversation too
