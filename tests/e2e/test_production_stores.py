"""Production, chosen by configuration alone: two replicas (each a real Rasa server
and action server) behind nginx from Debian's packages, with the answers and Rasa's
tracker on a real PostgreSQL and Rasa's lock on the real Redis (127.0.0.1; required
under CI=true). Started for this module only; every request goes through nginx, which
hands one conversation's messages to both replicas in turn. The PostgreSQL server is
this module's own (tests/e2e/private_postgres.py), so that one test can stop it for
30 seconds in the middle of a load run without touching the machine's; the replicas
reach Redis through a proxy of this module's (tests/stalling_proxy.py), so that a test
can take Redis away from them without touching the machine's."""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import re
import sqlite3
import threading
import time
import uuid
from typing import Any, Dict, Iterator, List, Tuple

import pytest
import redis
import requests

from bot.engine import messages
from bot.trust import identity
from bot.trust.pseudonym import pseudonym
from bot.trust.signposting import SIGNPOSTING
from tests.e2e import early
from tests.e2e.conftest import Servers
from tests.e2e.helpers import answers_of, export_ref, participations, rows
from tests.e2e.private_postgres import PrivatePostgres, private_postgres
from tests.e2e.replicas import Production, processes, two_replicas
from tests.e2e.telegram_user import TelegramUser
from tests.e2e.test_rest_widget_api import say
from tests.e2e.test_sms import Phone
from tests.e2e.test_sms import answers as sms_answers
from tests.e2e.test_telegram import participation
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fake_twilio import FakeTwilio
from tests.stalling_proxy import StallingProxy, stalling_proxy

pytestmark = pytest.mark.e2e
REDIS_URL = "redis://127.0.0.1:6379/4"
# Words no redaction removes (no personal data), found nowhere else.
FREE_TEXT = "the nurse sorted it in minutes, quuxworthy zebedeeish care"
Stack = Tuple[Production, PrivatePostgres, StallingProxy]


@early.stack_of(__name__)
@contextlib.contextmanager
def production_stack(folders: pytest.TempPathFactory, fake_twilio: FakeTwilio,
                     fake_telegram: FakeTelegram) -> Iterator[Stack]:
    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except redis.RedisError as error:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"Redis not reachable: {type(error).__name__}")
    with private_postgres() as database, stalling_proxy(6379) as to_redis, two_replicas(
            folders.mktemp("production"), database.url,
            REDIS_URL.replace(":6379/", f":{to_redis.port}/"), fake_twilio, fake_telegram,
            per_ip_rate=20, per_ip_burst=40, wait=False,
            # Web chats per client address, across both replicas (Redis).
            SB_REST_PER_ADDRESS_PER_MINUTE="120", SB_REST_PER_ADDRESS_BURST="60") as running:
        yield running, database, to_redis


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory, fake_twilio: FakeTwilio,
            fake_telegram: FakeTelegram) -> Iterator[Stack]:
    """The stack, started early (tests/e2e/early.py) or now."""
    with early.ready(__name__, tmp_path_factory, fake_twilio, fake_telegram,
                     lambda running: processes(running[0].replicas)) as running:
        yield running


@pytest.fixture(scope="module")
def database(started: Stack) -> PrivatePostgres:
    return started[1]


@pytest.fixture(scope="module")
def redis_proxy(started: Stack) -> StallingProxy:
    """What the replicas reach Redis through (the tests read it directly)."""
    return started[2]


@pytest.fixture(scope="module")
def fleet(started: Stack) -> Production:
    return started[0]


@pytest.fixture(scope="module")
def production(fleet: Production) -> Servers:
    """Every request through nginx (the replicas one after the other)."""
    return fleet.edge


def tracker_events(servers: Any, conversation: str, like: str = "%") -> int:
    """Events in Rasa's record of the conversation (one a line) if it holds `like`."""
    found = rows(servers, "SELECT events FROM rasa_record WHERE sender_id = :s "
                 "AND events LIKE :like", s=conversation, like=like)
    return len(found[0][0].split("\n")) if found else 0


def texts(replies: List[Dict[str, Any]]) -> List[str]:
    return [reply.get("text", "") for reply in replies]


def exceptions_logged(production: Servers, since: Dict[Any, int]) -> List[str]:
    """Each replica's log lines that record an exception, written after `since` (sizes)."""
    found = []
    for log, size in since.items():
        with log.open("rb") as lines:
            lines.seek(size)
            found += [line.decode(errors="replace") for line in lines
                      if b'"exception"' in line]
    return found


def took_part_as(production: Servers, sender: str, channel: str = "rest") -> List[Any]:
    """(age band, area) of each of their participations."""
    return [(p["age_band"], p["area"]) for p in participations(production, sender, channel)]


def held_chat(servers: Servers, chat: str) -> List[Dict[str, Any]]:
    """The chat's transcript once nothing of it is held any more, asked for as the widget
    asks (through nginx, of either replica; or of one replica)."""
    deadline = time.monotonic() + 60
    while True:
        shown = requests.post(f"{servers.rasa_url}/webhooks/rest/transcript", timeout=30,
                              json={"sender": chat}).json()
        if shown.get("held") is False:
            return list(shown["messages"])
        assert time.monotonic() < deadline, shown
        time.sleep(2)  # within the chat's rate limit, as the widget's back-off is



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
    # Redis (locks, rate limits) holds no number, nor a plain hash of it to look up.
    keys = [key.decode() for key in redis.Redis.from_url(REDIS_URL).keys("*")]
    assert any(key.startswith("sb:rate:twilio:") for key in keys)
    hashes = {hashlib.sha256(f"{prefix}{phone.number}".encode()).hexdigest()[:32]
              for prefix in ("", "twilio:")}
    assert not [key for key in keys
                if phone.number.lstrip("+") in key or any(h in key for h in hashes)]
    # Rasa's record is in PostgreSQL, the patient's words with it.
    assert tracker_events(production, conversation) > 20
    assert tracker_events(production, conversation, "%zebedeeish%") >= 1

    assert phone.text("delete my answers")[0].startswith("Do you want us to delete")
    assert phone.text("YES") == ["Done: your answers and this chat have been deleted. Thank you."]
    deadline = time.monotonic() + 20
    while tracker_events(production, conversation):
        assert time.monotonic() < deadline, "Rasa's rows in PostgreSQL were not deleted"
        time.sleep(0.2)
    assert rows(production, "SELECT 1 FROM answers_flat") == []
    for table, column in (("rasa_record", "events"), ("answer", "value_text"),
                          ("sms_session", "phone")):
        for needle in ("zebedeeish", phone.number):
            found = rows(production, f"SELECT 1 FROM {table} WHERE {column} LIKE :n",
                         n=f"%{needle}%")
            assert found == [], f"{needle!r} left in {table}"


def test_a_burst_is_served_in_order_through_the_redis_lock(
        production: Servers, fake_twilio: FakeTwilio) -> None:
    phone = Phone(production, fake_twilio)
    phone.text("TEST1")
    before, started = len(phone.inbox()), time.monotonic()
    assert phone.burst(["yes", "19", "skip", "yes"]) == [200] * 4
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


def test_redelivered_messages_do_not_count_against_the_numbers_limit(
        production: Servers, fake_twilio: FakeTwilio) -> None:
    """The number's limit is taken in the arrival lock's own round trip, as a message's
    turn comes; a redelivery (answered once) never comes to the limit, so its token is
    given back as the lock is released: it counts as it did when the limit was a Redis
    round trip of its own, i.e. not at all."""
    phone = Phone(production, fake_twilio)
    sid = "SM" + uuid.uuid4().hex
    assert phone.text("hello", sid=sid)
    for _ in range(10):  # Twilio retrying after timeouts, to both replicas in turn
        assert phone.post("hello", sid=sid) == 200
    for _ in range(19):
        assert phone.post("hello") == 200
    # One allowance of 15 (a token may refill meanwhile); had the redeliveries counted,
    # about five.
    assert 15 <= len(phone.settle()) <= 16


CONSULTATION = ("TEST1", "yes", "19", "skip", "no", "4", "skip", "3", "good", FREE_TEXT)


def take_part(phone: Phone, errors: List[str]) -> None:
    """A patient answering each question as it arrives, at a human pace. A reply that
    says the answer is in and the next question will follow is not a question."""
    try:
        for body in CONSULTATION:
            seen = len(phone.inbox())
            assert phone.post(body) == 200
            deadline = time.monotonic() + 120
            while not [m for m in phone.inbox()[seen:] if m != messages.HELD]:
                assert time.monotonic() < deadline, f"no reply to message {body[:5]!r}"
                time.sleep(0.05)
            time.sleep(random.uniform(0.3, 1.2))
    except AssertionError as error:
        errors.append(str(error))


def readiness(fleet: Production) -> List[Tuple[int, Dict[str, Any]]]:
    """Each replica's Rasa and action server's /ready: (status, body)."""
    answers = []
    for replica in fleet.replicas:
        for url in (f"{replica.rasa_url}/webhooks/ops/ready", f"{replica.action_url}/ready"):
            answer = requests.get(url, timeout=15)
            answers.append((answer.status_code, answer.json()))
    return answers


def test_a_30_second_database_outage_loses_and_doubles_nothing(
        production: Servers, fleet: Production, database: PrivatePostgres,
        fake_twilio: FakeTwilio) -> None:
    phones = [Phone(production, fake_twilio) for _ in range(6)]
    errors: List[str] = []
    patients = [threading.Thread(target=take_part, args=(phone, errors)) for phone in phones]
    for patient in patients:
        patient.start()
    time.sleep(4)  # every patient is part-way through
    database.stop()
    try:
        time.sleep(15)
        # Every replica stays in service, saying why messages are held: a readiness probe
        # that failed took them all out at once, and the edge refused Twilio's webhooks.
        during = readiness(fleet)
        time.sleep(15)
    finally:
        database.start()
    assert [status for status, _ in during] == [200] * 4, during
    assert all(body.get("database") and body["messages"] for _, body in during), during
    for patient in patients:
        patient.join(timeout=180)
    assert errors == []
    held = 0
    for phone in phones:
        inbox = phone.inbox()
        held += inbox.count(messages.HELD)
        replies = [m for m in inbox if m != messages.HELD]
        # Every reply was sent once: the whole consultation's replies, in order.
        assert replies[-1] == "Thanks, that's everything."
        assert len(replies) == len(set(replies)) == len(CONSULTATION)  # one for each message
        answers = rows(production, "SELECT question_key, value FROM answers_flat "
                       "WHERE respondent_ref = :ref ORDER BY question_position",
                       ref=export_ref(production, pseudonym(production.secret, "twilio",
                                                            phone.number)))
        # Every answer, exactly once (the postcode was skipped; "no" skips a question).
        assert [key for key, _value in answers] == ["used_service", "ease", "contact",
                                                    "wait_days", "fft", "fft_why"]
        assert ("fft_why", FREE_TEXT) in answers and ("used_service", "No") in answers
    # Redis (locks, rate limits) holds no number, nor a plain hash of it to look up.
    keys = [key.decode() for key in redis.Redis.from_url(REDIS_URL).keys("*")]
    assert any(key.startswith("sb:rate:twilio:") for key in keys)
    hashes = {hashlib.sha256(f"{prefix}{phone.number}".encode()).hexdigest()[:32]
              for prefix in ("", "twilio:")}
    assert not [key for key in keys
                if phone.number.lstrip("+") in key or any(h in key for h in hashes)]
    assert held >= len(phones)  # the outage was felt: each patient was told to wait
    # Nothing is left waiting on either replica's disk.
    for log in production.logs[:-1]:
        spool = log.parent / "spool.sqlite"
        if spool.exists():
            assert sqlite3.connect(spool).execute("SELECT count(*) FROM held").fetchone() == (0,)


def test_telegram_updates_during_an_outage_are_answered_in_order_when_it_ends(
        production: Servers, database: PrivatePostgres, fake_telegram: FakeTelegram) -> None:
    user = TelegramUser(production, fake_telegram)
    user.say("/start TEST1", expect=3)
    assert user.tap("Yes") == ["Which age group are you in?"]
    database.stop()
    try:
        assert user.tap("18-24") == [messages.HELD]  # told once, not shown an error
        assert user.say("LS6", expect=0) == []  # waits behind the tap
        assert user.say("i want to end my life", expect=1)[0] == SIGNPOSTING  # never waits
    finally:
        database.start()
    fake_telegram.until(lambda: messages.CRISIS_CARRY_ON in user.texts(), timeout=60)
    time.sleep(1)  # nothing more should follow
    after = user.texts()[user.texts().index(messages.HELD) + 1:]
    assert after[0] == SIGNPOSTING  # at once, during the outage; not again on replay
    # Then, once the database is back, the answers to the tap, the postcode and the
    # crisis message, each once and in the order they were sent.
    assert after[1].startswith("What's the first half of your postcode")
    assert after[2:4] == ["Have you used the service?", messages.CRISIS_CARRY_ON], after
    assert after.count(SIGNPOSTING) == 1 and after.count(after[1]) == 1
    assert participation(production, user) == [("telegram", "started", "18-24")]


def test_crisis_signposting_twilio_refused_with_429_is_sent_again_once(
        production: Servers, fake_twilio: FakeTwilio) -> None:
    """With replicas (Redis), crisis wording is answered by the API at once, ahead of
    any queue on any replica; a 429 from Twilio is waited out and tried again."""
    phone = Phone(production, fake_twilio)
    phone.text("TEST1")
    fake_twilio.fail_next(2, code=20429, status=429)  # Twilio: too many requests
    started = time.monotonic()
    assert phone.post("i want to end my life") == 200
    deadline = time.monotonic() + 20
    while SIGNPOSTING not in phone.inbox():
        assert time.monotonic() < deadline, phone.inbox()
        time.sleep(0.05)
    assert time.monotonic() - started >= 1.5  # after waiting 0.5 s, then 1 s
    time.sleep(1)
    assert phone.inbox().count(SIGNPOSTING) == 1  # once: not again in the TwiML answer
    assert phone.inbox()[-2] == SIGNPOSTING  # first, then the rest of the reply
    assert phone.inbox()[-1].startswith(messages.CRISIS_CARRY_ON)


def test_new_conversation_ids_from_one_address_are_limited_across_replicas(
        fleet: Production) -> None:
    """A caller who makes a new id for every message is still one address: limited in
    the app (not only at the edge), by one bucket that both replicas share."""
    import requests

    address = f"198.51.100.{random.randint(1, 254)}"  # as the edge or web process saw it
    replicas = [replica.rasa_url for replica in fleet.replicas]  # each one's own, not nginx
    statuses = [requests.post(f"{replicas[i % 2]}/webhooks/rest/conversations",
                              headers={"X-Forwarded-For": address}, timeout=30).status_code
                for i in range(100)]
    # 60 at once, then 2 a second: either replica alone would have given all 100 (50 each).
    assert 60 <= statuses.count(201) <= 75, statuses
    assert set(statuses) == {201, 429}
    # Another address is not held back by this one.
    other = requests.post(f"{replicas[0]}/webhooks/rest/conversations",
                          headers={"X-Forwarded-For": "198.51.100.255"}, timeout=30)
    assert other.status_code == 201


def test_web_messages_held_on_both_replicas_are_replayed_once_and_in_order(
        production: Servers, database: PrivatePostgres) -> None:
    """nginx hands the chat's messages to the replicas in turn, so during the outage
    each holds some (a retry may reach the other one): the tickets in Redis keep
    their order, and each is admitted once."""
    sender = production.new_conversation()
    assert say(production, sender, "TEST1", "web-outage-1")[-1]["text"] == \
        "Are you happy to take part?"
    assert say(production, sender, "Yes", "web-outage-2")[-1]["text"] == \
        "Which age group are you in?"
    database.stop()
    try:
        assert [m.get("text") for m in say(production, sender, "19", "web-outage-3")] == [
            messages.HELD, None]
        for text, key in (("LS6", "web-outage-4"), ("19", "web-outage-3"), ("No", "web-outage-5")):
            assert say(production, sender, text, key) == [{"recipient_id": sender, "held": True}]
    finally:
        database.start()
    shown = [m["text"] for m in held_chat(production, sender)]  # of either replica
    # Rasa's record of the chat is whole: what came before the outage is still there.
    assert shown[0] == "TEST1" and shown.index("Yes") < shown.index("19"), shown
    assert shown[-6:] == ["19", shown[-5], "LS6", "Have you used the service?", "No",
                          "How easy was it to be seen? (1 = Very hard, 5 = Very easy)"], shown
    assert shown.count("19") == 1 and messages.HELD not in shown
    assert took_part_as(production, sender) == [("18-24", "LS6")]
    assert answers_of(production, sender) == [("used_service", "answered", "No", 1)]


def redis_available(fleet: Production) -> List[str]:
    """Each replica's sb_redis_available, as Prometheus scrapes it."""
    return [re.search(r"^sb_redis_available (\S+)$", requests.get(
        f"{replica.rasa_url}/webhooks/ops/metrics", timeout=30).text, flags=re.M).group(1)
        for replica in fleet.replicas]  # type: ignore[union-attr]


@pytest.mark.parametrize("outage", ["refuse", "stall"])
def test_with_redis_down_every_message_is_answered_once_and_in_order(
        production: Servers, fleet: Production, redis_proxy: StallingProxy,
        fake_twilio: FakeTwilio, outage: str) -> None:
    """Redis (the conversation queues, the shared limits) stops answering, refusing or
    hung: each replica serves a conversation's messages in its own order and limits in
    its own memory. The patient is never told sorry, no message is lost or answered
    twice, and nothing is logged as a failure. Once a Redis step has failed, a replica
    stops trying Redis for a few seconds at a time: hung, each step waited 2 s, each
    message 5-6 s longer. Once Redis is back, everything is as before, the conversation
    queues in Redis again."""
    phone, chat = Phone(production, fake_twilio), production.new_conversation()
    assert phone.text("TEST1")[-1].endswith("Reply YES or NO")
    assert phone.text("yes")[0].startswith("Which age group are you in?")
    assert texts(say(production, chat, "TEST1", "redis-down-1"))[-1] == \
        "Are you happy to take part?"
    assert texts(say(production, chat, "Yes", "redis-down-2")) == ["Which age group are you in?"]
    replicas_logs = {log: log.stat().st_size for log in production.logs[:-1]}  # not nginx's
    getattr(redis_proxy, outage)()
    try:
        postcode = phone.text("19")  # its replica's first step fails: it goes on without
        assert postcode[0].startswith("What's the first half of your postcode"), postcode
        tries = redis_proxy.connections
        crisis = phone.text("i want to end my life", expect=2)
        assert crisis[0] == SIGNPOSTING and crisis[1].startswith(messages.CRISIS_CARRY_ON)
        assert phone.text("LS6") == ["Have you used the service?\nReply YES or NO"]
        sid = "SM" + uuid.uuid4().hex
        assert phone.text("no", sid=sid)[0].startswith("How easy was it to be seen?")
        assert phone.text("no", sid=sid, expect=0) == []  # Twilio redelivers it: answered once
        first = say(production, chat, "19", "redis-down-3")
        assert texts(first)[0].startswith("What's the first half of your postcode")
        assert say(production, chat, "19", "redis-down-3") == first  # a retry, to either
        crisis_by_web = texts(say(production, chat, "i want to end my life", "redis-down-4"))
        assert crisis_by_web[:2] == [SIGNPOSTING, messages.CRISIS_CARRY_ON], crisis_by_web
        assert texts(say(production, chat, "LS6", "redis-down-5")) == [
            "Have you used the service?"]
        # Nine messages, each of several Redis steps (its queue, its limits, whether any
        # are held): tried once or twice by each replica, not at each step (before: 19
        # connections hung, 30 refused).
        assert redis_proxy.connections - tries <= 8, redis_proxy.connections - tries
        assert redis_available(fleet) == ["0.0", "0.0"]
    finally:
        redis_proxy.resume()
    deadline = time.monotonic() + 60  # the last cool-off (up to 30 s), then a scrape
    while redis_available(fleet) != ["1.0", "1.0"]:
        assert time.monotonic() < deadline
        time.sleep(1)
    queues = [f"sb:lock:{conversation}:".encode() for conversation in (
        identity.for_number(production.secret, identity.SMS, phone.number),
        "rest:" + chat.split(".")[0])]
    for queue in queues:
        redis_proxy.watch(queue)
    assert phone.text("4")[0].startswith("How would you like to hear from the service?")
    assert texts(say(production, chat, "No", "redis-down-6"))[0].startswith("How easy")
    assert [redis_proxy.sent(queue) > 0 for queue in queues] == [True, True]  # in Redis again
    assert phone.settle().count(SIGNPOSTING) == 1
    # Every answer once; both took part as they said.
    assert [answer[:2] for answer in sms_answers(production, phone.number)] == [
        ("used_service", "No"), ("ease", "4")]
    assert answers_of(production, chat) == [("used_service", "answered", "No", 1)]
    assert took_part_as(production, phone.number, "twilio") == [("18-24", "LS6")]
    assert took_part_as(production, chat) == [("18-24", "LS6")]
    assert exceptions_logged(production, replicas_logs) == []


def test_with_redis_and_the_database_down_messages_are_held_then_answered_once(
        production: Servers, fleet: Production, database: PrivatePostgres,
        redis_proxy: StallingProxy, fake_twilio: FakeTwilio) -> None:
    """Redis and the answers database down together: messages are held as in a database
    outage (the patient told so, crisis wording answered at once) and answered once
    each when the database is back, Redis or not. Without Redis the replicas cannot
    agree on one order: each replays what it holds in the order it came, so the chat
    here talks to one replica (its own address), and the phone's two texts, which
    nginx hands to both, are each answered once in whichever order."""
    phone, replica = Phone(production, fake_twilio), fleet.replicas[0]
    chat = replica.new_conversation()
    assert phone.text("TEST1")[-1].endswith("Reply YES or NO")
    assert phone.text("yes")[0].startswith("Which age group are you in?")
    assert texts(say(replica, chat, "TEST1", "both-down-1"))[-1] == "Are you happy to take part?"
    assert texts(say(replica, chat, "Yes", "both-down-2")) == ["Which age group are you in?"]
    replicas_logs = {log: log.stat().st_size for log in production.logs[:-1]}
    redis_proxy.refuse()
    try:
        database.stop()
        try:
            assert phone.text("19") == [messages.HELD]
            crisis = phone.text("i want to end my life")
            assert crisis[0] == SIGNPOSTING and set(crisis[1:]) <= {messages.HELD}, crisis
            assert texts(say(replica, chat, "19", "both-down-3")) == [messages.HELD, ""]
            for text, key in (("LS6", "both-down-4"), ("No", "both-down-5")):
                assert say(replica, chat, text, key) == [{"recipient_id": chat, "held": True}]
        finally:
            database.start()
        # Answered by the replays, with Redis still down.
        deadline = time.monotonic() + 60
        while not (any(m.startswith(messages.CRISIS_CARRY_ON) for m in phone.inbox())
                   and any(m.startswith("What's the first half") for m in phone.inbox())):
            assert time.monotonic() < deadline, phone.inbox()
            time.sleep(0.2)
        shown = held_chat(replica, chat)
    finally:
        redis_proxy.resume()
    inbox = phone.settle()
    assert inbox.count(SIGNPOSTING) == 1  # at once, during the outage; not again on replay
    assert sum(m.startswith("What's the first half") for m in inbox) == 1
    assert sum(m.startswith(messages.CRISIS_CARRY_ON) for m in inbox) == 1
    assert [m["text"] for m in shown[-6:]] == [
        "19", shown[-5]["text"], "LS6", "Have you used the service?", "No",
        "How easy was it to be seen? (1 = Very hard, 5 = Very easy)"], shown
    assert took_part_as(production, phone.number, "twilio") == [("18-24", None)]
    assert took_part_as(production, chat) == [("18-24", "LS6")]
    assert answers_of(production, chat) == [("used_service", "answered", "No", 1)]
    assert exceptions_logged(production, replicas_logs) == []
