"""A turn stored whose reply never reached the channel (the action server died between its
commit and its answer): the channel sends what the reply ended with, the question the
patient is now on, read from the engine's state (bot/channels/database.py,
`lost_replies`). Through the real action, on both databases; end to end, with the
action server killed mid-turn: tests/e2e/test_lost_replies.py."""

from __future__ import annotations

import asyncio
import uuid
from typing import List, Tuple

import pytest
from sqlalchemy.orm import sessionmaker

from actions.engine import resources
from bot.channels.database import ChannelStore
from bot.channels.inbound import from_rasa
from bot.engine import messages
from bot.engine.turns import Message
from bot.trust.signposting import SIGNPOSTING
from tests.actions.harness import Patient

CRISIS = "i want to end my life"
# (what the patient said before, the message whose reply is lost)
CASES: List[Tuple[Tuple[str, ...], str]] = [
    (("TEST1",), "yes"),  # the age question, with its buttons
    (("TEST1", "yes", "19"), "LS6"),  # a question of the script
    (("TEST1", "yes", "19", "LS6"), "delete my answers"),  # "delete everything?"
    (("TEST1", "yes"), CRISIS),  # signposting, and the question still open
]


def lost_after(factory: sessionmaker, said: Tuple[str, ...],
               last: str) -> Tuple[List[Message], List[Message]]:
    """(the reply the turn gave, what the channel sends when that reply is lost)."""
    patient = Patient()
    for n, message in enumerate(said):
        patient.says(message, metadata={"delivery": f"before-{n}-{uuid.uuid4().hex[:8]}"})
    key = f"lost-{uuid.uuid4().hex}"
    reply = [from_rasa(m) for m in patient.says(last, metadata={"delivery": key})]
    settings, _ = resources()
    return reply, asyncio.run(ChannelStore(settings, factory).lost_replies(
        key, patient.conversation, last))


@pytest.mark.parametrize(("said", "last"), CASES, ids=[c[1] for c in CASES])
def test_a_lost_reply_is_replaced_by_the_question_it_ended_with(
        either_db: sessionmaker, said: Tuple[str, ...], last: str) -> None:
    reply, lost = lost_after(either_db, said, last)
    assert lost == ([Message(SIGNPOSTING)] if last == CRISIS else []) + [reply[-1]]
    assert reply[-1].text != messages.SOMETHING_WENT_WRONG


def test_with_nothing_left_to_ask_the_patient_is_told_it_is_in(
        either_db: sessionmaker) -> None:
    reply, lost = lost_after(either_db, ("TEST1",), "no")  # no consent: nothing more
    assert [m.text for m in reply] == [messages.NO_CONSENT]
    assert lost == [Message(messages.GOT_IT)]


def test_a_message_whose_turn_stored_nothing_gets_the_apology(
        either_db: sessionmaker) -> None:
    """Its key was never claimed (the turn failed before its commit): "your last message
    wasn't saved" is true, and the channel says it (nothing here to send instead)."""
    settings, _ = resources()
    patient = Patient()
    patient.says("TEST1", metadata={"delivery": f"first-{uuid.uuid4().hex}"})
    store = ChannelStore(settings, either_db)
    assert asyncio.run(store.lost_replies(f"never-{uuid.uuid4().hex}",
                                          patient.conversation, "yes")) == []
    assert asyncio.run(store.lost_replies("", patient.conversation, "yes")) == []
