"""Two turns of one patient at once (Rasa's lock lapsed: a slow turn, an expired Redis
lock, two replicas, a retried webhook) are answered one after the other: neither
overwrites the other's answer or place, and the first message sent twice makes one
conversation, not an error. Other patients' turns never wait for them.

The first turn is held just after it has read where the conversation is (a slow turn);
the second is sent meanwhile. On the real databases, through the engine's entry point."""

from __future__ import annotations

import logging
from typing import Any, Callable, Dict, Iterator, List, Tuple

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from actions.engine import resources
from bot.db import turn_lock
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.engine import messages
from bot.engine.conversation import handle_message
from bot.engine.turns import Inbound
from bot.trust import identity
from tests.actions.conftest import actions_on
from tests.actions.harness import Patient
from tests.held_turns import LIMIT, HeldTurn, InThread, until_waiting_or_done

Rows = List[Tuple[Any, ...]]


def rows(factory: sessionmaker, sql: str) -> Rows:
    with unit_of_work(factory) as session:
        return [tuple(row) for row in session.execute(text(sql))]


def answers(factory: sessionmaker) -> Rows:
    return rows(factory, "SELECT q.key, a.value_text FROM answer a "
                         "JOIN question q ON q.id = a.question_id ORDER BY q.position")


def stuck(patient: Patient, hold: Callable[[], HeldTurn], monkeypatch: pytest.MonkeyPatch,
          message: str = "4") -> InThread:
    """A turn of `patient` stuck past the turn lock's bound (0.2 s here): it has read
    their conversation and waits there until its `hold` lets it go."""
    monkeypatch.setattr(turn_lock, "TURN_LOCK_WAIT_SECONDS", 0.2)
    held = hold()
    first = InThread(lambda: Patient(patient.conversation).says(message))
    assert held.reached.wait(LIMIT)
    return held, first


def at_ease(patient: Patient) -> None:
    """Consent, age, no area, not used the service: now asked how easy it was."""
    for message in ("TEST1", "yes", "19", "skip"):
        patient.says(message)
    assert patient.texts("no")[-1].startswith("How easy")


def texts(replies: List[Dict[str, Any]]) -> List[str]:
    return [reply.get("text") or "" for reply in replies]


def step(factory: sessionmaker) -> Rows:
    return rows(factory, "SELECT step, pending FROM conversation")


def test_two_messages_at_once_are_answered_one_after_the_other(
        either_db: sessionmaker, hold: Callable[[], HeldTurn]) -> None:
    """On PostgreSQL the second turn waits for the first's lock. On SQLite it always
    waited: the action server runs SQLite turns on its one database thread
    (actions/engine.py), so this passes there without the lock too."""
    patient = Patient()
    at_ease(patient)
    held = hold()
    first = InThread(lambda: Patient(patient.conversation).says("4"))  # how easy: 4
    assert held.reached.wait(LIMIT)
    second = InThread(lambda: Patient(patient.conversation).says("2"))  # then: Email
    until_waiting_or_done(second, either_db)
    held.go()
    first_reply, second_reply = texts(first.outcome()), texts(second.outcome())
    assert answers(either_db) == [("used_service", "No"), ("ease", "4"), ("contact", "Email")]
    assert step(either_db) == [("wait_days", "")]
    assert first_reply[-1].startswith("How would you like to hear")
    assert second_reply[-1].startswith("How many days")


def test_the_first_message_sent_twice_at_once_makes_one_conversation(
        either_db: sessionmaker, hold: Callable[[], HeldTurn]) -> None:
    """A poster's link tapped twice: with no conversation row yet, both turns would
    insert one; the second was refused by the unique key and the patient told sorry."""
    patient = Patient()
    held = hold()
    first = InThread(lambda: Patient(patient.conversation).says("TEST1"))
    assert held.reached.wait(LIMIT)
    second = InThread(lambda: Patient(patient.conversation).says("TEST1"))
    until_waiting_or_done(second, either_db)
    held.go()
    for reply in (texts(first.outcome()), texts(second.outcome())):
        assert messages.SOMETHING_WENT_WRONG not in reply
        assert reply[-1] == messages.CONSENT_QUESTION, reply
    assert len(rows(either_db, "SELECT pending FROM conversation")) == 1
    assert patient.texts("yes")[-1].startswith("Which age group")


@pytest.fixture
def two_processes(database_url: str, session_factory: sessionmaker,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[List[sessionmaker]]:
    """Two processes serving one database (the replicas' action servers; on SQLite, a
    restart overlapping the old process): an engine each, each turn in a transaction of
    its own, as actions/engine.in_transaction runs it."""
    for _ in actions_on(database_url, session_factory, monkeypatch):  # the test script
        engines = [make_engine(database_url) for _ in range(2)]
        yield [make_session_factory(engine) for engine in engines]
        for engine in engines:
            engine.dispose()


def test_two_processes_answering_one_patient_at_once_take_turns(
        two_processes: List[sessionmaker], session_factory: sessionmaker,
        hold: Callable[[], HeldTurn]) -> None:
    """Without the lock both read "how easy?", and the first, finishing last, wrote its
    4 over the second's 2: the reply meant for the next question was lost. On SQLite too
    (a transaction there began only at its first write, after the turn had read).
    Reading answers meanwhile (the commissioner app) waits for neither turn."""
    patient = Patient()
    at_ease(patient)
    settings, _ = resources()

    def turn(factory: sessionmaker, message: str) -> Callable[[], List[str]]:
        def run() -> List[str]:
            with unit_of_work(factory) as session:
                done = handle_message(session, settings,
                                      Inbound(message, "rest", patient.respondent))
            return [m.text for m in done.messages]
        return run

    held = hold()
    first = InThread(turn(two_processes[0], "4"))
    assert held.reached.wait(LIMIT)
    assert answers(session_factory) == [("used_service", "No")]  # a read does not wait
    second = InThread(turn(two_processes[1], "2"))
    until_waiting_or_done(second, session_factory)
    held.go()
    first_reply, second_reply = first.outcome(), second.outcome()
    assert answers(session_factory) == [("used_service", "No"), ("ease", "4"),
                                        ("contact", "Email")]
    assert step(session_factory) == [("wait_days", "")]
    assert first_reply[-1].startswith("How would you like to hear")
    assert second_reply[-1].startswith("How many days")


@pytest.fixture
def on_postgres(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[sessionmaker]:
    engine = make_engine(postgres_url)
    yield from actions_on(postgres_url, make_session_factory(engine), monkeypatch)
    engine.dispose()


def test_another_patients_turn_does_not_wait(on_postgres: sessionmaker,
                                            hold: Callable[[], HeldTurn]) -> None:
    """One patient's turn held mid-way holds up nobody else's (on PostgreSQL; SQLite
    takes one writer at a time, whoever they are)."""
    slow, other = Patient(), Patient()
    at_ease(slow)
    at_ease(other)
    held = hold()
    first = InThread(lambda: slow.says("4"))
    assert held.reached.wait(LIMIT)
    # Here, while the other turn is held: had this waited for it, it would have given up
    # after the lock's bound with "we're running a little slow", not asked what is next.
    assert other.texts("3")[-1].startswith("How would you like to hear")
    held.go()
    assert texts(first.outcome())[-1].startswith("How would you like to hear")
    assert sorted(answers(on_postgres)) == [("ease", "3"), ("ease", "4"),
                                            ("used_service", "No"), ("used_service", "No")]


def test_a_turn_kept_waiting_too_long_is_held_for_later(
        on_postgres: sessionmaker, hold: Callable[[], HeldTurn],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A stuck turn holds its patient's next one back only so long: that one then fails
    as "not now", which the channels already handle (the message is held and replayed
    by the spool, the patient told it is in), and it has changed nothing."""
    patient = Patient()
    at_ease(patient)
    held, first = stuck(patient, hold, monkeypatch)
    kept_waiting = Patient(patient.conversation).says("2")
    assert kept_waiting == [{"text": messages.HELD, "buttons": [], "elements": [],
                             "custom": {"held": True}, "template": None, "response": None,
                             "image": None, "attachment": None}]
    held.go()
    assert texts(first.outcome())[-1].startswith("How would you like to hear")
    assert answers(on_postgres) == [("used_service", "No"), ("ease", "4")]
    assert step(on_postgres) == [("contact", "")]
    assert Patient(patient.conversation).texts("2")[-1].startswith("How many days")  # replayed


def test_a_patients_lock_key_is_the_same_in_every_process() -> None:
    """Replicas must agree on it (so no per-process hash seed), and it fits PostgreSQL's
    bigint; different patients get different keys."""
    assert turn_lock.conversation_key("a" * 64) == -3492257853304466407
    keys = {turn_lock.conversation_key(who) for who in ("a" * 64, "b" * 64, "")}
    assert len(keys) == 3 and all(-2**63 <= key < 2**63 for key in keys)


def test_stop_during_a_turn_waits_for_it_and_the_consultation_ends(
        on_postgres: sessionmaker, hold: Callable[[], HeldTurn]) -> None:
    """STOP (an SMS keyword, Telegram's /stop) while a turn of theirs is under way. It
    withdrew the participation and forgot their place, then the turn, ending later,
    saved their place again: the consultation carried on after STOP."""
    from bot.engine.conversation import stop

    patient = Patient()
    at_ease(patient)
    held = hold()
    first = InThread(lambda: Patient(patient.conversation).says("4"))
    assert held.reached.wait(LIMIT)

    def stopping() -> List[str]:
        with unit_of_work(on_postgres) as session:
            return [m.text for m in stop(session, patient.respondent).messages]

    second = InThread(stopping)
    until_waiting_or_done(second, on_postgres)
    held.go()
    assert texts(first.outcome())[-1].startswith("How would you like to hear")
    assert second.outcome() == [messages.STOPPED]
    assert step(on_postgres) == []  # no place kept: nothing to remind or carry on
    assert rows(on_postgres, "SELECT status FROM participation") == [("withdrawn",)]
    assert answers(on_postgres) == [("used_service", "No"), ("ease", "4")]


def test_sms_stop_while_a_turn_of_theirs_is_stuck_still_opts_them_out(
        on_postgres: sessionmaker, hold: Callable[[], HeldTurn],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """STOP by text while a turn of theirs is stuck past the lock's bound. The channel
    claims the message before STOP is handled, so it is never held or retried: STOP
    failed with "sorry, something went wrong" and the number was not opted out, so the
    reminders went on. The opt-out cannot wait for a stuck turn."""
    from bot.channels.sms_state import SmsStore
    from bot.trust import opt_out

    settings, _ = resources()
    phone = "+447700900777"
    patient = Patient(identity.for_number(settings.pseudonym_secret, identity.SMS, phone))
    at_ease(patient)
    held, first = stuck(patient, hold, monkeypatch)
    SmsStore(settings, on_postgres).stop(phone)  # raised LockNotAvailable
    with unit_of_work(on_postgres) as session:
        assert opt_out.is_opted_out(session, patient.respondent)
    held.go()
    first.outcome()
    with unit_of_work(on_postgres) as session:
        assert opt_out.is_opted_out(session, patient.respondent)


def test_a_turn_kept_waiting_says_so_in_the_log_not_that_the_database_is_down(
        on_postgres: sessionmaker, hold: Callable[[], HeldTurn],
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The on-call reading the log at 2 a.m.: "answers database unavailable" sent them to
    a database that was up; the patient's turn before was what was stuck."""
    patient = Patient()
    at_ease(patient)
    held, first = stuck(patient, hold, monkeypatch)
    with caplog.at_level(logging.WARNING, logger="actions.engine"):
        assert texts(Patient(patient.conversation).says("2")) == [messages.HELD]
    held.go()
    first.outcome()
    said = [record.getMessage() for record in caplog.records if record.name == "actions.engine"]
    assert said and not any("database unavailable" in line for line in said), said
    assert any("turn lock" in line and "still under way" in line for line in said), said


def test_an_sms_stop_that_fails_on_the_way_is_not_claimed_so_it_is_replayed(
        on_postgres: sessionmaker, monkeypatch: pytest.MonkeyPatch) -> None:
    """The channel claimed a STOP's MessageSid in a transaction of its own, then handled
    STOP in another: a database failing in between left the message claimed and the
    STOP undone, and a claimed message is never held or replayed, so the number stayed
    opted in. Claimed with the STOP now: a failure claims nothing (the channel holds the
    message; a replay does it), and a redelivery of a STOP done changes nothing."""
    from sqlalchemy.exc import OperationalError

    from bot.channels.sms_state import SmsStore
    from bot.engine import conversation
    from bot.trust import opt_out

    settings, _ = resources()
    phone = "+447700900778"
    patient = Patient(identity.for_number(settings.pseudonym_secret, identity.SMS, phone))
    at_ease(patient)
    store = SmsStore(settings, on_postgres)
    real = conversation.stop

    def dropped(session: Session, who: str) -> Any:
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))

    monkeypatch.setattr(conversation, "stop", dropped)
    with pytest.raises(OperationalError):
        store.stop(phone, "SM-stop-1")
    with unit_of_work(on_postgres) as session:
        assert not opt_out.is_opted_out(session, patient.respondent)
    assert rows(on_postgres, "SELECT count(*) FROM inbound_message") == [(0,)]  # unclaimed
    monkeypatch.setattr(conversation, "stop", real)
    assert store.stop(phone, "SM-stop-1")  # the replay
    with unit_of_work(on_postgres) as session:
        assert opt_out.is_opted_out(session, patient.respondent)
    assert rows(on_postgres, "SELECT status FROM participation") == [("withdrawn",)]
    assert not store.stop(phone, "SM-stop-1")  # Twilio delivering it again
