"""A Telegram update's id is claimed by the work it leads to: the engine's turn, in the
transaction that stores the answer, or a command's own transaction. An update whose
work never committed (a crash, a fault) is handled when Telegram delivers it again, and
once only, on any replica; one whose work did commit does nothing again. On SQLite and
PostgreSQL.

Two replicas of the Telegram channel, each served for real, share the answers database
(tests/channels/telegram_replicas.py)."""

from __future__ import annotations

import asyncio
from typing import List

import pytest
from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from bot.db.session import unit_of_work
from bot.engine import messages
from tests.actions.test_deliveries import FAIL_ANSWERS, answers, rows
from tests.channels.telegram_replicas import Replica, quiet, started


def test_an_update_redelivered_after_a_crash_before_the_commit_is_handled_once(
        factory: sessionmaker, replicas: List[Replica]) -> None:
    (first, first_rasa), (second, second_rasa) = replicas
    started(first)
    dialect = factory.kw["bind"].dialect.name
    with unit_of_work(factory) as session:  # the turn's transaction fails after its claim
        for statement in FAIL_ANSWERS[dialect]:
            session.execute(text(statement))
    first_rasa.crash = True
    update = first.message("no")
    first.send(update)  # what the crash left the chat: "sorry" (here), or nothing
    assert answers(factory) == []
    assert (f"telegram:{update.update_id}",) not in rows(
        factory, "SELECT provider_id FROM inbound_message")
    with unit_of_work(factory) as session:
        session.execute(text("DROP TRIGGER fail" + (" ON answer" if dialect != "sqlite" else "")))
    first_rasa.crash = False

    # Telegram delivers it again (its first delivery never got our 200), to the other replica.
    assert second.send(update)[-1].startswith("How easy")
    assert answers(factory) == [("used_service", "No")]
    calls, sent = first_rasa.action_calls + second_rasa.action_calls, len(first.texts())
    for user in (first, second):  # and again, to either: nothing more
        assert user.post(update) == 200
    assert quiet(first, sent)
    assert first_rasa.action_calls + second_rasa.action_calls == calls
    assert answers(factory) == [("used_service", "No")]


def test_an_update_sent_to_both_replicas_at_once_is_answered_once(
        factory: sessionmaker, replicas: List[Replica]) -> None:
    (first, _), (second, _) = replicas
    started(first)
    update, sent = first.message("no"), len(first.texts())

    async def both() -> List[int]:
        return list(await asyncio.gather(*(asyncio.to_thread(user.post, update)
                                           for user in (first, second))))

    assert asyncio.run(both()) == [200, 200]
    first.fake.until(lambda: len(first.texts()) > sent, timeout=20)
    assert quiet(first, sent + 1)
    assert first.texts()[-1].startswith("How easy")
    assert answers(factory) == [("used_service", "No")]


@pytest.mark.parametrize("command, reply", [
    ("/help", messages.TELEGRAM_HELP),
    ("/privacy", None),
    ("/stop", messages.TELEGRAM_STOPPED),
    ("/subscribe", messages.TELEGRAM_SUBSCRIBED),
])
def test_a_command_redelivered_is_answered_once(factory: sessionmaker, replicas: List[Replica],
                                                command: str, reply: str) -> None:
    """The engine never sees these: the command's own transaction claims the update."""
    (first, first_rasa), (second, second_rasa) = replicas
    update = first.message(command)
    answered = first.send(update)
    assert len(answered) == 1 and (reply is None or answered[0].startswith(reply[:20]))
    assert second.post(update) == 200 and first.post(update) == 200
    assert quiet(first, 1)
    assert first_rasa.action_calls + second_rasa.action_calls == 0
    assert (f"telegram:{update.update_id}",) in rows(
        factory, "SELECT provider_id FROM inbound_message")
