"""Production, chosen by configuration alone: two replicas (each a real Rasa server
and action server) behind nginx from Debian's packages, with the answers and Rasa's
tracker on the real PostgreSQL and Rasa's lock on the real Redis (127.0.0.1; required
under CI=true). Started for this module only; every request goes through nginx, which
hands one conversation's messages to both replicas in turn."""

from __future__ import annotations

import os
import time
from typing import Any, Iterator

import pytest
import redis

from bot.trust import identity
from tests.e2e.conftest import Servers
from tests.e2e.helpers import rows
from tests.e2e.replicas import two_replicas
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
    with two_replicas(tmp_path_factory.mktemp("production"), REDIS_URL, fake_twilio,
                      fake_telegram, per_ip_rate=20, per_ip_burst=40) as running:
        yield running.edge


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
    served_by = {line.split()[-1] for line in production.logs[-1].read_text().splitlines()
                 if "/webhooks/twilio/webhook" in line}
    assert len(served_by) == 2  # the conversation went to both replicas in turn
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


def test_the_edge_caps_bodies_limits_each_address_and_hides_rasas_api(
        production: Servers) -> None:
    import requests

    edge = production.rasa_url
    huge = requests.post(f"{edge}/webhooks/rest/webhook", data=b"x" * 2_000_000, timeout=30)
    assert huge.status_code == 413
    hidden = requests.get(f"{edge}/conversations/rest:x/tracker",
                          params={"token": production.token}, timeout=30)
    assert hidden.status_code == 404  # Rasa's HTTP API is not public
    assert requests.get(f"{edge}/status", timeout=30).status_code == 404
    assert requests.get(f"{edge}/webhooks/ops/metrics", timeout=30).status_code == 404
    # A flood of new conversation ids from one address (faster than 20 a second after
    # a burst of 40) is cut off at the edge, whichever replica would have served it.
    statuses = [requests.post(f"{edge}/webhooks/rest/conversations", timeout=30).status_code
                for _ in range(120)]
    assert statuses.count(201) >= 40 and statuses.count(429) >= 20
    assert set(statuses) == {201, 429}
    time.sleep(2.5)  # the address's allowance refills (40 at 20 a second) for other tests


def test_a_numbers_limit_holds_across_replicas(production: Servers,
                                               fake_twilio: FakeTwilio) -> None:
    phone = Phone(production, fake_twilio)
    for _ in range(20):  # both replicas in turn; each alone would answer 15 (its burst)
        assert phone.post("hello") == 200
    assert len(phone.settle()) == 15  # one allowance, shared through Redis
