"""A web chat's consultation left unanswered for SB_WEB_EXPIRY_HOURS expires on the
server, as an SMS one does, and its conversation row is forgotten (the web has no
reminder, and the widget forgets an unused chat after 30 minutes): the commissioner's
figures show it expired, not started for ever; the widget is told the chat
has ended; the code sent again starts afresh. SMS and Telegram are left to their own
sweep (Telegram never expires, on purpose), and a person answering at the moment of the
sweep carries on. On SQLite and PostgreSQL, with the sweep's time given."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import datetime, timedelta
from typing import Iterator, List

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import sessionmaker

from bot.channels.web_delivery import WebDeliveries
from bot.channels.web_expiry import Swept, WebExpiry
from bot.config import Settings
from bot.db.models import Conversation, Participation, Respondent, utcnow
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.engine.conversation import handle_message
from bot.engine.turns import Inbound
from bot.scripts import store
from bot.scripts.script import load_script
from tests.conftest import PROJECT_ROOT, settings_for

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()
LEFT = "a" * 64  # a web chat left at the second question
CONSENTING = "b" * 64  # a web chat that sent the code and never said yes
ANSWERING = "c" * 64  # a web chat answered an hour ago
TEXTER, TELEGRAM = "d" * 64, "e" * 64  # as quiet as LEFT, on SMS and Telegram
CHANNELS = {LEFT: "rest", CONSENTING: "rest", ANSWERING: "rest", TEXTER: "twilio",
            TELEGRAM: "telegram"}


@pytest.fixture
def factory(database_url: str) -> Iterator[sessionmaker]:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        store.save_script(db, load_script(SCRIPT), SCRIPT)
    yield factory
    engine.dispose()


def says(factory: sessionmaker, settings: Settings, who: str, text: str) -> List[str]:
    with unit_of_work(factory) as db:
        turn = handle_message(db, settings, Inbound(text=text, channel=CHANNELS[who],
                                                    respondent=who))
    return [message.text for message in turn.messages]


def participation_of(factory: sessionmaker, who: str) -> str:
    """The status of their latest participation."""
    with unit_of_work(factory) as db:
        return str(db.scalar(select(Participation.status).join(
            Respondent, Respondent.id == Participation.respondent_id)
            .where(Respondent.pseudonym == who).order_by(Participation.id.desc())))


def take_part(factory: sessionmaker, settings: Settings) -> datetime:
    """Everyone as the module says; returns when the sweep runs (the expiry and an hour
    after the others' last word)."""
    for who in (LEFT, ANSWERING, TEXTER, TELEGRAM):
        for text in ("TEST1", "yes", "16-17", "LS6", "no"):
            assert says(factory, settings, who, text)
    says(factory, settings, CONSENTING, "TEST1")
    sweep_at = utcnow() + timedelta(hours=settings.web_expiry_hours, minutes=1)
    with unit_of_work(factory) as db:  # ANSWERING's last answer came an hour before it
        db.execute(update(Conversation).where(Conversation.pseudonym == ANSWERING)
                   .values(updated_at=sweep_at - timedelta(hours=1)))
    return sweep_at


def test_an_unfinished_web_consultation_expires_and_its_conversation_is_forgotten(
        database_url: str, factory: sessionmaker) -> None:
    settings = settings_for(database_url)
    assert settings.web_expiry_hours == 24
    sweep_at = take_part(factory, settings)
    sweeper = WebExpiry(settings, factory)
    early = asyncio.run(sweeper.sweep_once(sweep_at - timedelta(minutes=2)))
    assert (early.expired, early.forgotten) == (0, 0)  # not yet idle for the expiry
    swept = asyncio.run(sweeper.sweep_once(sweep_at))
    assert (swept.expired, swept.forgotten) == (1, 1)
    assert {who: participation_of(factory, who) for who in (LEFT, ANSWERING, TEXTER, TELEGRAM)} \
        == {LEFT: "expired", ANSWERING: "started", TEXTER: "started", TELEGRAM: "started"}
    with unit_of_work(factory) as db:
        kept = set(db.scalars(select(Conversation.pseudonym)))
    assert kept == {ANSWERING, TEXTER, TELEGRAM}  # LEFT's and CONSENTING's are forgotten
    web = WebDeliveries(settings, factory)
    assert not web.in_progress(LEFT) and web.in_progress(ANSWERING)  # the widget: ended
    # Nothing more to do; the code sent again starts afresh, with the notice.
    again = asyncio.run(sweeper.sweep_once(sweep_at))
    assert (again.expired, again.forgotten, again.found) == (0, 0, 0)
    assert any("privacy" in text.lower() for text in says(factory, settings, LEFT, "TEST1"))
    # The one answered an hour before carries on where it was.
    assert says(factory, settings, ANSWERING, "4")[-1].startswith("How would you like")


def test_an_answer_given_as_the_sweep_runs_carries_on(database_url: str,
                                                       factory: sessionmaker) -> None:
    settings = settings_for(database_url)
    sweep_at = take_part(factory, settings)
    sweeper = WebExpiry(settings, factory)
    answering = factory()  # the person's answer is being stored as the sweep finds them idle
    assert handle_message(answering, settings, Inbound(text="4", channel="rest",
                                                       respondent=LEFT)).messages
    answering.flush()
    swept: List[Swept] = []
    racing = threading.Thread(target=lambda: swept.append(sweeper.sweep(sweep_at)))
    racing.start()
    time.sleep(1.0)
    answering.commit()
    answering.close()
    racing.join(20)
    (done,) = swept
    assert participation_of(factory, LEFT) == "started"
    assert says(factory, settings, LEFT, "Text")[-1] == "How many days did you wait?"
    assert done.expired == 0

