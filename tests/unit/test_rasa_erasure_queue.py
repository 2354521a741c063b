"""Conversations queued for forgetting in Rasa: claimed by one Rasa server at a time,
tried again once a claim lapses, gone once done."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.db.models import RasaErasure, utcnow
from bot.db.session import unit_of_work
from bot.trust import conversation_erasure as queue

SMS = "twilio:" + "a" * 64
WEB = "rest:" + "B" * 22


def queued(factory: sessionmaker) -> dict:
    with unit_of_work(factory) as session:
        return {row.conversation: row.attempts for row in session.scalars(select(RasaErasure))}


def test_queued_once_however_often_asked(session_factory: sessionmaker) -> None:
    with unit_of_work(session_factory) as session:
        queue.queue(session, [SMS, WEB, SMS])
    with unit_of_work(session_factory) as session:
        queue.queue(session, [SMS])
    assert queued(session_factory) == {SMS: 0, WEB: 0}


def test_one_server_holds_a_conversation_until_its_claim_lapses(
        session_factory: sessionmaker) -> None:
    now = utcnow()
    with unit_of_work(session_factory) as session:
        queue.queue(session, [SMS, WEB])
    with unit_of_work(session_factory) as session:
        first = queue.claim(session, now)
    with unit_of_work(session_factory) as session:
        second = queue.claim(session, now + timedelta(seconds=1))  # another replica
    assert sorted(first) == sorted([SMS, WEB]) and second == []
    # Rasa did not answer: tried again once the claim has lapsed, and counted.
    with unit_of_work(session_factory) as session:
        again = queue.claim(session, now + queue.CLAIM + timedelta(seconds=1))
    assert sorted(again) == sorted([SMS, WEB])
    assert queued(session_factory) == {SMS: 2, WEB: 2}
    with unit_of_work(session_factory) as session:
        queue.done(session, [SMS])
    assert queued(session_factory) == {WEB: 2}


def test_two_erasures_of_one_person_at_once_both_go_through(
        session_factory: sessionmaker) -> None:
    """The patient's own "delete everything" and the Erasure page acting on their request
    at the same moment: each queues the same chat; neither erasure fails (and is undone)."""
    first = session_factory()
    queue.queue(first, [SMS])
    first.flush()  # queued, not yet committed
    failed = []

    def second() -> None:
        try:
            with unit_of_work(session_factory) as session:
                queue.queue(session, [SMS, WEB])
        except Exception as error:  # noqa: BLE001 - the erasure's transaction would be undone
            failed.append(type(error).__name__)

    racing = threading.Thread(target=second)
    racing.start()
    time.sleep(1.0)  # the second found nothing queued and waits on the first's row
    first.commit()
    first.close()
    racing.join(20)
    assert failed == []
    assert queued(session_factory) == {SMS: 0, WEB: 0}
