"""An SMS conversation quiet for longer than SB_SMS_EXPIRY_HOURS is expired by the sweep;
one the person answers at the moment a sweep (on another replica) expires it is not: they
carry on where they were, not "your survey has expired". On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import datetime, timedelta
from typing import Callable, Iterator, List, Tuple

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.channels.sms_state import SmsStore
from bot.config import Settings
from bot.db.models import Participation, SmsSession, utcnow
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.engine.conversation import handle_message
from bot.engine.turns import Inbound, Message
from bot.scripts import store
from bot.scripts.script import load_script
from tests.conftest import PROJECT_ROOT, settings_for
from tests.held_turns import LIMIT, HeldTurn, InThread, until_waiting_or_done

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()
WHO = "d" * 64
USED_SERVICE = "Have you used the service?"


@pytest.fixture
def texting(database_url: str) -> Iterator[Tuple[Settings, sessionmaker]]:
    """Someone who texted the code and is now asked whether they used the service."""
    settings = settings_for(database_url)
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        store.save_script(db, load_script(SCRIPT), SCRIPT)
        db.add(SmsSession(pseudonym=WHO, phone="+447700900123"))
    for text in ("TEST1", "yes", "16-17"):
        says(settings, factory, text)
    assert says(settings, factory, "LS6")[-1] == USED_SERVICE
    yield settings, factory
    engine.dispose()


def says(settings: Settings, factory: sessionmaker, text: str) -> List[str]:
    with unit_of_work(factory) as db:
        turn = handle_message(db, settings, Inbound(text=text, channel="sms", respondent=WHO))
    return [message.text for message in turn.messages]


def status(factory: sessionmaker) -> str:
    with unit_of_work(factory) as db:
        return str(db.scalar(select(Participation.status)))


def expired_by_then(sweeper: SmsStore) -> datetime:
    """When a sweep finds the conversation quiet for longer than the expiry."""
    return utcnow() + sweeper.rules.expire_after + timedelta(hours=1)


def test_an_answer_given_as_the_sweep_expires_the_conversation_carries_on(
        texting: Tuple[Settings, sessionmaker]) -> None:
    settings, factory = texting
    sweeper = SmsStore(settings, factory)
    sweep_at = expired_by_then(sweeper)  # the sweep reads the conversation as quiet …
    answering = factory()  # … while the person's answer is being stored
    assert handle_message(answering, settings, Inbound(text="yes", channel="sms",
                                                       respondent=WHO)).messages
    answering.flush()
    expired: List[int] = []
    racing = threading.Thread(target=lambda: expired.append(sweeper._due(sweep_at)[0]))
    racing.start()
    time.sleep(1.0)
    answering.commit()
    answering.close()
    racing.join(20)
    then = says(settings, factory, "pharmacy")
    assert expired == [0]
    assert then == ["How easy was it to be seen? (1 = Very hard, 5 = Very easy)"]


async def no_reminder(address: str, reminder: List[Message]) -> None:
    raise AssertionError("a conversation past its expiry is not reminded")


@pytest.mark.parametrize("said, replied, then, asked", [
    # An answer: the turn changes the participation too.
    ("yes", "Where did you go?", "pharmacy",
     "How easy was it to be seen? (1 = Very hard, 5 = Very easy)"),
    # Not understood, asked again: the turn changes only where the conversation is.
    ("banana", USED_SERVICE, "no", "How easy was it to be seen? (1 = Very hard, 5 = Very easy)"),
], ids=["an answer", "asked again"])
def test_a_turn_under_way_when_the_sweep_finds_the_conversation_quiet_carries_on(
        texting: Tuple[Settings, sessionmaker], hold: Callable[[], HeldTurn],
        said: str, replied: str, then: str, asked: str) -> None:
    """The turn has read where they are (a slow turn, or one on another replica) when the
    sweep reads the conversation as quiet for longer than the expiry. The sweep expired
    it at once on PostgreSQL (the turn had written nothing for its UPDATE to wait for),
    and on either database once the turn had only asked again (it leaves the
    participation as it was): the turn went on to its next question, and the person's
    next reply was told the survey had expired. The sweep now waits for the turn and
    finds the conversation moved on."""
    settings, factory = texting
    sweeper = SmsStore(settings, factory)
    held = hold()
    turn = InThread(lambda: says(settings, factory, said))
    assert held.reached.wait(LIMIT)
    sweep = InThread(lambda: asyncio.run(sweeper.sweep_once(no_reminder,
                                                            expired_by_then(sweeper))))
    until_waiting_or_done(sweep, factory)
    held.go()
    assert turn.outcome()[-1].startswith(replied)
    assert sweep.outcome() == (0, 0)  # (expired, reminded)
    assert status(factory) == "started"
    assert says(settings, factory, then)[-1] == asked
