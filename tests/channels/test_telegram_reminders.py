"""A Telegram consultation left quiet gets one reminder with the question it was on, as
the person sees it at the (fake) Bot API: on SQLite and PostgreSQL, through a replica
of the channel served for real (tests/channels/telegram_replicas.py), swept by other
replicas' channels at chosen times. The chat id is kept only while it may be needed."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from datetime import datetime, timedelta
from typing import List, Tuple

import pytest
from sqlalchemy import text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.channels.telegram import TelegramChannel
from bot.db.models import Consultation, utcnow
from bot.db.session import unit_of_work
from bot.engine import messages
from tests.actions.test_deliveries import rows
from tests.channels.telegram_replicas import Replica, quiet, started
from tests.e2e.telegram_user import TelegramUser

REMINDER = ("Just a reminder: you started one of our NHS surveys. Answer this question to "
            "carry on, or send /stop to end.")
QUESTION = "Have you used the service?"


def sweep(at: datetime, sweepers: int = 1) -> List[Tuple[int, int]]:
    """A sweep at `at` by each of `sweepers` other replicas at once; (expired, sent) each."""
    async def run() -> List[Tuple[int, int]]:
        channels = [TelegramChannel() for _ in range(sweepers)]
        try:
            return list(await asyncio.gather(*(channel.remind(at) for channel in channels)))
        finally:
            for channel in channels:
                await channel.parts.sender.close()
    return asyncio.run(run())


def later(hours: float) -> datetime:
    return utcnow() + timedelta(hours=hours)


def kept(factory: sessionmaker) -> List[str]:
    """The chat ids kept for reminders."""
    return [row[0] for row in rows(factory, "SELECT chat_id FROM telegram_session")]


def test_a_quiet_chat_is_reminded_once_with_its_question_and_again_after_a_reply(
        factory: sessionmaker, replicas: List[Replica]) -> None:
    (user, _), _ = replicas
    started(user)
    assert kept(factory) == [str(user.chat_id)]
    count = len(user.sent())
    assert sweep(later(23)) == [(0, 0)]  # not quiet for long enough yet
    assert sweep(later(25)) == [(0, 1)]
    reminder, question = user.sent()[count:]
    assert reminder["text"] == REMINDER and not reminder.get("reply_markup")
    assert question["text"] == QUESTION and user.buttons(question) == ["Yes", "No"]
    assert sweep(later(26)) == [(0, 0)]  # one reminder a quiet spell
    assert quiet(user, count + 2)
    assert kept(factory) == []  # its reminder has gone: the chat id is not needed

    # The reminder's buttons answer the question; the reply keeps the chat id again.
    assert user.tap("Yes", on=question) == ["Where did you go?"]
    assert kept(factory) == [str(user.chat_id)]
    count = len(user.sent())
    assert sweep(later(23)) == [(0, 0)]
    assert sweep(later(25)) == [(0, 1)]
    assert user.texts()[count:] == [REMINDER, "Where did you go?"]
    assert user.buttons() == ["GP surgery", "Walk-in centre", "Pharmacy", "A&E"]


ENDINGS = {  # what the person sends after the first question: (message, replies)
    "finished": [("no", 1), ("4", 1), ("skip", 1), ("3", 1), ("Very good", 1), ("skip", 1)],
    "stopped": [("/stop", 1)],
    "erased": [("/delete", 1), ("yes", 1)],
    "stopped, then started again": [("/stop", 1), ("/start TEST1", 3), ("yes", 1), ("19", 1),
                                    ("skip", 1)],
}


@pytest.mark.parametrize("ending", ENDINGS)
def test_no_reminder_once_finished_stopped_or_erased(factory: sessionmaker,
                                                     replicas: List[Replica], ending: str) -> None:
    (user, _), _ = replicas
    started(user)
    for message, replies in ENDINGS[ending]:
        assert user.say(message, expect=replies)
    if ending == "finished":
        assert "Thanks, that's everything." in user.texts()[-1]
    if ending == "erased":
        assert user.texts()[-1] == messages.DELETED
    # /stop and erasure forget the chat id at once; the sweep forgets a finished one's.
    assert kept(factory) == ([str(user.chat_id)] if ending == "finished" else [])
    count = len(user.sent())
    assert sweep(later(25)) == [(0, 0)]
    assert sweep(later(49)) == [(0, 0)]
    assert quiet(user, count)
    assert kept(factory) == []


def test_no_reminder_once_the_consultation_closed_and_the_reply_is_told_so(
        factory: sessionmaker, replicas: List[Replica]) -> None:
    (user, _), _ = replicas
    started(user)
    with unit_of_work(factory) as session:  # the commissioner closes it
        session.execute(update(Consultation).values(status="closed"))
    count = len(user.sent())
    assert sweep(later(25)) == [(0, 0)]
    assert quiet(user, count)
    assert kept(factory) == []  # nothing in progress: the chat id is forgotten
    assert user.say("yes") == [messages.CLOSED_MIDWAY.format(code="TEST1")]


def test_a_failed_send_is_logged_without_the_chat_and_the_others_still_go(
        factory: sessionmaker, replicas: List[Replica], caplog: pytest.LogCaptureFixture) -> None:
    (first, _), _ = replicas
    lost, blocked, reached = first, TelegramUser(first.servers, first.fake), \
        TelegramUser(first.servers, first.fake)
    for user in (lost, blocked, reached):
        started(user)
    lost.fake.lose(lost.chat_id)  # Telegram: "chat not found", and the sweep goes on
    blocked.fake.block(blocked.chat_id)
    count = len(reached.sent())
    with caplog.at_level(logging.WARNING):
        assert sweep(later(25)) == [(0, 1)]
    assert reached.texts()[count:] == [REMINDER, QUESTION]
    said = [r.getMessage() for r in caplog.records if "reminder not sent" in r.getMessage()]
    assert said == ["telegram reminder not sent: Chat not found",
                    "telegram reminder not sent: Forbidden: bot was blocked by the user"]
    assert not any(str(u.chat_id) in r.getMessage() for r in caplog.records
                   for u in (lost, blocked, reached))
    # The person who blocked the bot has opted out: their chat id is forgotten at once.
    assert str(blocked.chat_id) not in kept(factory)
    assert rows(factory, "SELECT count(*) FROM opt_out") == [(1,)]


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_two_sweepers_racing_send_one_reminder(factory: sessionmaker,
                                               replicas: List[Replica]) -> None:
    """Both read the chat as due before either claims it: a lock held here on its row
    keeps them both waiting at their claims, then lets them go together."""
    (user, _), _ = replicas
    started(user)
    count = len(user.sent())
    engine = factory.kw["bind"]
    with engine.connect() as holder, concurrent.futures.ThreadPoolExecutor(1) as pool:
        holder.execute(text("SELECT id FROM telegram_session FOR UPDATE"))
        race = pool.submit(sweep, later(25), 2)
        assert waiting_for_a_lock(engine, 2), "both sweepers should be at their claims"
        holder.rollback()
        assert sorted(race.result(timeout=60)) == [(0, 0), (0, 1)]
    assert quiet(user, count + 2)
    assert user.texts()[count:] == [REMINDER, QUESTION]


def waiting_for_a_lock(engine: Engine, count: int, timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with engine.connect() as connection:  # a new snapshot of the activity each time
            waiting = connection.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'")).scalar()
        if waiting == count:
            return True
        time.sleep(0.05)
    return False
