"""A provider's message id is claimed in the turn that stores the answer: a redelivery
is answered once and stores nothing, and a turn that fails leaves the id for a retry.
On both databases, through the real action."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any, List, Tuple

import pytest
from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from bot.db import repository
from bot.db.session import unit_of_work
from tests.actions.harness import Patient

DUPLICATE = [{"text": None, "buttons": [], "elements": [], "custom": {"duplicate": True},
              "template": None, "response": None, "image": None, "attachment": None}]


@pytest.fixture
def factory(either_db: sessionmaker) -> sessionmaker:
    return either_db


def rows(factory: sessionmaker, sql: str) -> List[Tuple[Any, ...]]:
    with unit_of_work(factory) as session:
        return [tuple(row) for row in session.execute(text(sql))]


def answers(factory: sessionmaker) -> List[Tuple[Any, ...]]:
    return rows(factory, "SELECT q.key, a.value_text FROM answer a "
                         "JOIN question q ON q.id = a.question_id ORDER BY a.id")


def said(patient: Patient, message: str, delivery: str) -> List[dict]:
    return patient.says(message, metadata={"delivery": delivery})


def started(patient: Patient) -> None:
    for n, message in enumerate(("TEST1", "yes", "19", "skip")):
        assert said(patient, message, f"SM-start-{n}") != DUPLICATE


def test_a_redelivered_message_is_answered_once_and_stored_once(factory: sessionmaker) -> None:
    patient = Patient()
    started(patient)
    asked = said(patient, "no", "SM-no")[-1]["text"]
    assert answers(factory) == [("used_service", "No")]
    assert said(patient, "no", "SM-no") == DUPLICATE  # Twilio tried again
    assert said(patient, "TEST1", "SM-start-0") == DUPLICATE
    assert answers(factory) == [("used_service", "No")]
    # the next new message answers the question really asked (how easy, a scale)
    assert asked.startswith("How easy")
    said(patient, "4", "SM-4")
    assert answers(factory) == [("used_service", "No"), ("ease", "4")]
    assert rows(factory, "SELECT count(*) FROM inbound_message") == [(6,)]


FAIL_ANSWERS = {
    "sqlite": ["CREATE TRIGGER fail BEFORE INSERT ON answer "
               "BEGIN SELECT RAISE(ABORT, 'the disk failed'); END"],
    "postgresql": ["CREATE FUNCTION fail() RETURNS trigger AS $$ BEGIN "
                   "RAISE EXCEPTION 'the disk failed'; END $$ LANGUAGE plpgsql",
                   "CREATE TRIGGER fail BEFORE INSERT ON answer "
                   "FOR EACH ROW EXECUTE FUNCTION fail()"],
}


def test_a_turn_that_fails_leaves_its_message_unclaimed(factory: sessionmaker) -> None:
    patient = Patient()
    started(patient)
    dialect = factory.kw["bind"].dialect.name
    with unit_of_work(factory) as session:  # a fault in the database, not in our code
        for statement in FAIL_ANSWERS[dialect]:
            session.execute(text(statement))
    failed = said(patient, "no", "SM-no")
    assert failed[-1]["text"].startswith("Sorry")
    assert ("SM-no",) not in rows(factory, "SELECT provider_id FROM inbound_message")
    assert answers(factory) == []
    with unit_of_work(factory) as session:
        session.execute(text("DROP TRIGGER fail" + (" ON answer" if dialect != "sqlite" else "")))
    retried = said(patient, "no", "SM-no")  # Twilio's retry is a first delivery
    assert retried != DUPLICATE and retried[-1]["text"].startswith("How easy")
    assert answers(factory) == [("used_service", "No")]


def test_claiming_is_once_per_id_and_keeps_the_transaction(factory: sessionmaker) -> None:
    key = "SM" + uuid.uuid4().hex
    with unit_of_work(factory) as session:
        assert repository.claim_delivery(session, key) is True
        assert repository.claim_delivery(session, key) is False  # no exception, no rollback
        assert repository.claim_delivery(session, key + "x") is True
    assert rows(factory, "SELECT count(*) FROM inbound_message") == [(2,)]


def test_racing_deliveries_of_one_message_store_one_answer(factory: sessionmaker) -> None:
    """Two deliveries of the same message at once (a retry while the first runs):
    one turn claims it, the other is told it is a duplicate."""
    patient = Patient()
    started(patient)

    async def both() -> List[Any]:
        return await asyncio.gather(*(asyncio.to_thread(said, patient, "no", "SM-no")
                                      for _ in range(2)))

    replies = asyncio.run(both())
    assert sorted(r == DUPLICATE for r in replies) == [False, True]
    assert answers(factory) == [("used_service", "No")]
