"""A web message's key is claimed by the engine's turn, in the transaction that stores
the answer: a retry after a crash anywhere between the patient's message and the
commit is handled once, and a retry after the commit is answered from Rasa's record
without a second turn. On SQLite and PostgreSQL.

Two replicas of the REST channel, each served for real (Sanic, on loopback), share the
answers database and Rasa's record of the conversation (one store object here; SQL in
production). In place of Rasa's message processor, a stand-in around the real action
(tests/channels/rasa_standin.py); told to crash, it dies after the action ran, before
Rasa saved or answered anything (the patient hears nothing)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pytest
import requests
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from sanic import Sanic
from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from bot.channels.rest import RestChannel
from bot.config import load_settings
from bot.db.session import unit_of_work
from tests.actions.conftest import actions_on
from tests.actions.test_deliveries import FAIL_ANSWERS, answers, rows
from tests.channels.rasa_standin import Rasa
from tests.commissioner.live import serve_app

Sanic.test_mode = True


@pytest.fixture
def factory(database_url: str, session_factory: sessionmaker,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[sessionmaker]:
    monkeypatch.setenv("SB_PSEUDONYM_SECRET", "rest-deliveries-" + uuid.uuid4().hex)
    yield from actions_on(database_url, session_factory, monkeypatch)


@pytest.fixture
def replicas(factory: sessionmaker, tmp_path: Path) -> Iterator[List[Tuple[str, Rasa]]]:
    """Two replicas: (webhook base URL, its Rasa) each."""
    record = InMemoryTrackerStore(Domain.empty())
    with contextlib.ExitStack() as stack:
        served = []
        for n in (1, 2):
            settings = load_settings({**os.environ,  # the action's database and secret
                                      "SB_SPOOL_PATH": str(tmp_path / f"spool-{n}.sqlite")})
            app = Sanic(f"rest_deliveries_{n}_{uuid.uuid4().hex[:8]}")
            app.ctx.agent = type("Agent", (), {"tracker_store": record})()
            rasa = Rasa(record)
            channel = RestChannel(settings=settings, per_minute=6000, burst=1000,
                                  replay_wait=1.0)
            app.blueprint(channel.blueprint(rasa), url_prefix="/webhooks/rest")
            served.append((stack.enter_context(serve_app(app)) + "/webhooks/rest", rasa))
        yield served


def say(base: str, sender: str, message: str, key: str) -> List[Dict[str, Any]]:
    answer = requests.post(f"{base}/webhook", timeout=30,
                           json={"sender": sender, "message": message, "message_id": key})
    assert answer.status_code == 200, answer.text
    return list(answer.json())


def started(base: str) -> str:
    sender = requests.post(f"{base}/conversations", timeout=30).json()["conversation_id"]
    for n, message in enumerate(("TEST1", "yes", "19", "skip")):
        say(base, sender, message, f"start-key-{n}")
    return sender


def test_a_retry_after_a_crash_before_the_commit_is_handled_once(
        factory: sessionmaker, replicas: List[Tuple[str, Rasa]]) -> None:
    (first, first_rasa), (second, second_rasa) = replicas
    sender = started(first)
    dialect = factory.kw["bind"].dialect.name
    with unit_of_work(factory) as session:  # the turn's transaction fails after its claim
        for statement in FAIL_ANSWERS[dialect]:
            session.execute(text(statement))
    first_rasa.crash = True
    say(first, sender, "no", "the-no-key")  # the patient never hears this answer
    assert answers(factory) == []
    assert rows(factory, "SELECT count(*) FROM inbound_message") == [(4,)]  # the key is free
    with unit_of_work(factory) as session:
        session.execute(text("DROP TRIGGER fail" + (" ON answer" if dialect != "sqlite" else "")))
    first_rasa.crash = False

    # The widget sends it again; it reaches the other replica, which handles it.
    retried = say(second, sender, "no", "the-no-key")
    assert [m.get("text") for m in retried][-1].startswith("How easy")
    assert answers(factory) == [("used_service", "No")]
    calls = first_rasa.action_calls + second_rasa.action_calls
    # Later retries, on either replica, get the same replies and never reach the engine.
    for base in (first, second, first):
        assert say(base, sender, "no", "the-no-key") == retried
    assert first_rasa.action_calls + second_rasa.action_calls == calls
    assert answers(factory) == [("used_service", "No")]
    assert rows(factory, "SELECT count(*) FROM inbound_message") == [(5,)]


def test_a_retry_after_a_crash_after_the_commit_runs_nothing_again(
        factory: sessionmaker, replicas: List[Tuple[str, Rasa]]) -> None:
    (first, first_rasa), (second, second_rasa) = replicas
    sender = started(first)
    first_rasa.crash = True  # the answer is stored; Rasa dies before it saves or answers
    say(first, sender, "no", "the-no-key")
    assert answers(factory) == [("used_service", "No")]
    calls = first_rasa.action_calls + second_rasa.action_calls
    # Rasa's record has no reply to give, but the answer is stored: the question the
    # patient is on now, which the lost reply ended with (before: nothing), and no
    # second turn.
    assert [m.get("text") for m in say(second, sender, "no", "the-no-key")] == [
        "How easy was it to be seen? (1 = Very hard, 5 = Very easy)"]
    assert first_rasa.action_calls + second_rasa.action_calls == calls
    assert answers(factory) == [("used_service", "No")]
    # The conversation carries on at the question really asked next.
    assert [m.get("text") for m in say(second, sender, "4", "the-4-key")][-1].startswith(
        "How would you")
    assert answers(factory) == [("used_service", "No"), ("ease", "4")]


def test_one_message_sent_to_both_replicas_at_once_is_handled_once(
        factory: sessionmaker, replicas: List[Tuple[str, Rasa]]) -> None:
    (first, first_rasa), (second, second_rasa) = replicas
    sender = started(first)
    calls = first_rasa.action_calls + second_rasa.action_calls

    async def both() -> List[List[Dict[str, Any]]]:
        return list(await asyncio.gather(*(asyncio.to_thread(say, base, sender, "no", "the-raced-key")
                                           for base in (first, second))))

    replies = asyncio.run(both())
    assert replies[0] == replies[1]
    assert [m.get("text") for m in replies[0]][-1].startswith("How easy")
    assert answers(factory) == [("used_service", "No")]
    # Both may reach the action (neither had committed when the other looked); the
    # engine's claim lets one of them store and answer.
    assert first_rasa.action_calls + second_rasa.action_calls - calls in (1, 2)
