"""The production stores, chosen by configuration alone: answers and Rasa's tracker on
the real PostgreSQL, Rasa's lock on the real Redis (127.0.0.1; required under
CI=true). A second pair of real servers, started for this module only."""

from __future__ import annotations

import os
import time
from typing import Any, Iterator

import pytest
import redis

from bot.trust import identity
from tests.conftest import fresh_postgres
from tests.e2e.conftest import Servers, running_servers
from tests.e2e.helpers import TEST_SCRIPT, cli, rows
from tests.e2e.test_sms import Phone
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fake_twilio import FakeTwilio

pytestmark = pytest.mark.e2e
REDIS_URL = "redis://127.0.0.1:6379/4"
FREE_TEXT = "the nurse Zebedee Quuxworth sorted it in minutes"


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory, fake_twilio: FakeTwilio,
               fake_telegram: FakeTelegram) -> Iterator[Servers]:
    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except redis.RedisError as error:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"Redis not reachable: {type(error).__name__}")
    with fresh_postgres() as database_url:
        folder = tmp_path_factory.mktemp("production")
        with running_servers(folder, database_url, fake_twilio, fake_telegram,
                             SB_TRACKER_URL=database_url, SB_REDIS_URL=REDIS_URL) as servers:
            loaded = cli(servers, "load", str(TEST_SCRIPT))
            assert loaded.returncode == 0, loaded.stderr
            yield servers


def tracker_rows(servers: Any, conversation: str, like: str = "%") -> int:
    return len(rows(servers, "SELECT id FROM events WHERE sender_id = :s AND data LIKE :like",
                    s=conversation, like=like))


def test_an_sms_consultation_on_postgresql_and_redis_then_erased_everywhere(
        production: Servers, fake_twilio: FakeTwilio) -> None:
    phone = Phone(production, fake_twilio)
    conversation = identity.for_number(production.secret, "twilio", phone.number)
    for message in ("TEST1", "yes", "19", "skip", "no", "4", "skip", "3", "good"):
        phone.text(message)
    assert phone.text(FREE_TEXT) == ["Thanks, that's everything."]
    answers = rows(production, "SELECT question_key, value FROM answers_flat ORDER BY "
                   "question_position")
    assert ("fft_why", FREE_TEXT) in answers and ("used_service", "No") in answers
    # Rasa's record is in PostgreSQL, the patient's words with it.
    assert tracker_rows(production, conversation) > 20
    assert tracker_rows(production, conversation, "%Zebedee%") >= 1

    assert phone.text("delete my answers")[0].startswith("Do you want us to delete")
    assert phone.text("YES") == ["Done: your answers and this chat have been deleted. Thank you."]
    deadline = time.monotonic() + 20
    while tracker_rows(production, conversation):
        assert time.monotonic() < deadline, "Rasa's rows in PostgreSQL were not deleted"
        time.sleep(0.2)
    assert rows(production, "SELECT 1 FROM answers_flat") == []
    for table, column in (("events", "data"), ("answer", "value_text"), ("sms_session", "phone")):
        for needle in ("Zebedee", phone.number):
            found = rows(production, f"SELECT 1 FROM {table} WHERE {column} LIKE :n",
                         n=f"%{needle}%")
            assert found == [], f"{needle!r} left in {table}"


def test_a_burst_is_served_in_order_through_the_redis_lock(
        production: Servers, fake_twilio: FakeTwilio) -> None:
    phone = Phone(production, fake_twilio)
    phone.text("TEST1", expect=3)
    before, started = len(phone.inbox()), time.monotonic()
    for body in ("yes", "19", "skip", "yes"):
        assert phone.post(body) == 200
    deadline = time.monotonic() + 30
    while len(phone.inbox()) < before + 4 and time.monotonic() < deadline:
        time.sleep(0.02)
    firsts = [reply.split("\n")[0] for reply in phone.inbox()[before:]]
    assert firsts[0] == "Which age group are you in?"
    assert firsts[2:] == ["Have you used the service?", "Where did you go?"]
    assert time.monotonic() - started < 4  # Rasa's own Redis store: a second a message
