"""The spool: messages held on local disk while the answers database is down, replayed
in arrival order when it returns (a real SQLite file; the replay is driven as the
channel drives it)."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import threading
import uuid
from functools import partial
from pathlib import Path
from typing import Callable, Dict, List

import psycopg2
import pytest
import redis
from psycopg2.errors import LockNotAvailable
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from bot.channels.held_order import HeldOrder
from bot.channels.spool import Held, Outcome, Spool, replay_once, unusable
from bot.cli.stack import RASA, child_environment
from bot.config import PROJECT_ROOT
from bot.db.session import database_unavailable
from tests.conftest import redis_required


def test_a_held_message_survives_a_restart_and_is_replayed_once(tmp_path: Path) -> None:
    path = tmp_path / "spool.sqlite"
    assert Spool(path).put("twilio", "SM1", "+447700900123", "yes") is True
    assert Spool(path).put("twilio", "SM1", "+447700900123", "yes") is False  # redelivered
    restarted = Spool(path)  # a new process finds it
    assert restarted.holds("twilio", "+447700900123")
    assert not restarted.holds("twilio", "+447700900999")
    assert not restarted.holds("telegram", "+447700900123")
    [held] = restarted.claim("twilio")
    assert (held.key, held.sender, held.text, held.attempts) == ("SM1", "+447700900123",
                                                                 "yes", 0)
    assert restarted.claim("twilio") == []  # leased: nobody else takes it meanwhile
    restarted.done(held)
    assert restarted.depth() == 0
    assert not restarted.holds("twilio", "+447700900123")


def test_what_a_stopped_replica_had_claimed_is_replayed_soon_after_it_starts_again(
        tmp_path: Path) -> None:
    """A replica stopped (a deploy, a crash) part-way through replaying: the messages it
    had claimed and not finished, and everything those senders sent after them, wait
    only until its lease runs out, not two minutes (each message's own key still makes
    a second replay of it do nothing)."""
    import time

    path = tmp_path / "spool.sqlite"
    spool = Spool(path)
    for key, sender in (("SM1", "+447700900001"), ("SM2", "+447700900002")):
        spool.put("twilio", key, sender, "yes")
    stopped_at = time.time()
    first, _second = spool.claim("twilio", now=stopped_at)
    spool.done(first)  # then the process stopped, the second still claimed
    restarted = Spool(path)
    assert restarted.claim("twilio", now=stopped_at + 1) == []  # not while it may run
    assert [h.key for h in restarted.claim("twilio", now=stopped_at + 31)] == ["SM2"]


def test_the_first_held_message_of_a_sender_is_the_one_to_tell_them_about(
        tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool.sqlite")
    assert spool.put("twilio", "SM1", "+1", "a") is True
    assert spool.put("twilio", "SM2", "+1", "b") is False
    assert spool.put("twilio", "SM3", "+2", "c") is True


def test_each_sender_is_replayed_in_order_and_stops_while_the_database_is_down(
        tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool.sqlite")
    for key, sender, body in (("1", "+1", "a1"), ("2", "+2", "b1"), ("3", "+1", "a2"),
                              ("4", "+1", "a3"), ("5", "+2", "b2")):
        spool.put("twilio", key, sender, body)
    handled: List[str] = []
    state: Dict[str, Outcome] = {"now": "down"}

    async def replay(held: Held) -> Outcome:
        if state["now"] == "done":
            handled.append(held.text)
        return state["now"]

    assert asyncio.run(replay_once(spool, "twilio", replay)) == 0
    assert spool.depth() == 5 and handled == []
    state["now"] = "done"
    while asyncio.run(replay_once(spool, "twilio", replay)):
        pass
    assert handled == ["a1", "b1", "a2", "b2", "a3"]  # each sender's own order kept
    assert spool.depth() == 0


def test_an_interrupted_replay_counts_an_attempt_and_is_offered_again(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool.sqlite")
    spool.put("twilio", "SM1", "+1", "yes")

    async def interrupted(_held: Held) -> Outcome:
        return "interrupted"

    assert asyncio.run(replay_once(spool, "twilio", interrupted)) == 0
    [again] = spool.claim("twilio")
    assert again.attempts == 1


def test_deleted_words_are_overwritten_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "spool.sqlite"
    spool = Spool(path)
    spool.put("twilio", "SM1", "+447700900123", "Zebedee Quuxworth was lovely")
    [held] = spool.claim("twilio")
    spool.done(held)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for file in tmp_path.iterdir():
        assert b"Quuxworth" not in file.read_bytes(), file.name
        assert b"447700900123" not in file.read_bytes(), file.name


def test_a_spool_of_another_layout_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "spool.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version=9")
    with pytest.raises(RuntimeError, match="layout 9"):
        Spool(path).put("twilio", "SM1", "+1", "x")


def _raised(statement: str, url: str) -> BaseException:
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    except Exception as error:  # noqa: BLE001 - the error is what is tested
        return error
    finally:
        engine.dispose()
    raise AssertionError("no error")


@pytest.mark.parametrize("make_error, unavailable", [
    # Nothing listens on port 1: what a stopped PostgreSQL looks like.
    (lambda p: _raised("SELECT 1", "postgresql://sb@127.0.0.1:1/none"), True),
    (lambda p: _raised("SELECT 1", f"sqlite:///{p}/missing/dir/x.db"), True),
    (lambda p: OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked")),
     True),
    (lambda p: OperationalError("SELECT 1", {}, sqlite3.OperationalError("disk I/O error")),
     True),
    # A turn that waited its bound for the same patient's turn before it (turn_lock.py).
    (lambda p: OperationalError("SELECT", {}, LockNotAvailable("lock timeout")),
     True),
    # SQLite calls a syntax error "operational" too: a fault of ours, never held for later.
    (lambda p: _raised("SELEC 1", f"sqlite:///{p}/x.db"), False),
    (lambda p: _raised("SELECT nope FROM nowhere", f"sqlite:///{p}/x.db"), False),
    (lambda p: IntegrityError("INSERT", {}, Exception("UNIQUE")), False),
    (lambda p: ProgrammingError("SELECT", {}, Exception("no such column")), False),
    (lambda p: ValueError("a bug of ours"), False),
    (lambda p: RuntimeError("wrapped").with_traceback(None), False),
])
def test_which_errors_mean_try_again_later(tmp_path: Path, make_error, unavailable) -> None:
    assert database_unavailable(make_error(tmp_path)) is unavailable


def test_an_unavailable_database_is_recognised_through_a_wrapping_error() -> None:
    try:
        try:
            raise OperationalError("SELECT 1", {}, psycopg2.OperationalError("refused"))
        except OperationalError as cause:
            raise RuntimeError("the tracker store failed") from cause
    except RuntimeError as wrapped:
        assert database_unavailable(wrapped)


def test_across_replicas_a_senders_messages_replay_in_the_order_they_came(
        tmp_path: Path) -> None:
    url = "redis://127.0.0.1:6379/5"
    redis_required(url)
    secret = "s" * 32
    one = Spool(tmp_path / "one.sqlite", HeldOrder(url, secret))
    two = Spool(tmp_path / "two.sqlite", HeldOrder(url, secret))
    sender = "+44770090" + str(uuid.uuid4().int)[:4]
    assert one.put("twilio", "SM-a", sender, "first") is True
    assert two.holds("twilio", sender)  # the other replica holds it: this one waits too
    assert two.put("twilio", "SM-b", sender, "second") is False  # told once, not twice
    assert one.put("twilio", "SM-c", sender, "third") is False
    assert two.claim("twilio") == []  # "second" waits for "first", on the other replica
    [first] = one.claim("twilio")
    one.done(first)
    assert one.claim("twilio") == []  # "third" waits for "second"
    [second] = two.claim("twilio")
    two.done(second)
    [third] = one.claim("twilio")
    one.done(third)
    assert [first.text, second.text, third.text] == ["first", "second", "third"]
    assert not one.holds("twilio", sender) and not two.holds("twilio", sender)
    # Nothing of the number is in Redis: only a keyed hash of it.
    keys = redis.Redis.from_url(url).keys("sb:held:*")
    assert not [k for k in keys if sender[1:].encode() in k]


def test_without_redis_each_replica_keeps_its_own_order(tmp_path: Path) -> None:
    unreachable = HeldOrder("redis://127.0.0.1:1/0", "s" * 32)
    spool = Spool(tmp_path / "spool.sqlite", unreachable)
    assert spool.put("twilio", "SM1", "+1", "a") is True
    assert spool.holds("twilio", "+1")
    [held] = spool.claim("twilio")
    assert held.text == "a"


def test_a_senders_waiting_messages_are_listed_in_order(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool.sqlite")
    assert spool.waiting("rest", "rest:a") == []
    spool.put("rest", "web:1", "rest:a", "19")
    spool.put("rest", "web:2", "rest:b", "other")
    spool.put("rest", "web:3", "rest:a", "LS6")
    assert spool.waiting("rest", "rest:a") == [("web:1", "19"), ("web:3", "LS6")]
    assert spool.waiting("twilio", "rest:a") == []


def test_what_the_arrival_lock_already_knows_is_not_asked_again(tmp_path: Path) -> None:
    """Told by the SMS arrival lock whether another replica holds the sender's messages,
    the spool asks Redis nothing (an unreachable one here) and still looks at its own file."""
    spool = Spool(tmp_path / "spool.sqlite", HeldOrder("redis://127.0.0.1:1/0", "s" * 32))
    assert spool.holds("twilio", "+1", elsewhere=True)
    assert not spool.holds("twilio", "+1", elsewhere=False)
    spool.claim("twilio")  # the file looked at: nothing held here
    assert spool.may_hold(None) and spool.may_hold(True) and not spool.may_hold(False)
    spool.put("twilio", "SM1", "+1", "a")
    assert spool.holds("twilio", "+1", elsewhere=False)  # held on this replica
    assert spool.may_hold(False)


def test_a_new_spool_opened_by_the_replay_loop_and_a_message_at_once_answers_both(
        tmp_path: Path) -> None:
    """The replay loop's claim and an arriving message's look open a new file at the same
    moment (both set it up): neither fails with "database is locked" (it did about once in a
    hundred, and the message got a 500)."""
    failures: List[str] = []

    def run(step: Callable[[], object]) -> None:
        try:
            step()
        except Exception as error:  # noqa: BLE001 - counted, not raised in a thread
            failures.append(repr(error))

    for i in range(400):
        path = tmp_path / f"spool-{i}.sqlite"
        replaying, arriving = Spool(path), Spool(path)
        both = [threading.Thread(target=run, args=(partial(replaying.claim, "rest"),)),
                threading.Thread(target=run, args=(partial(arriving.holds, "rest", "rest:a"),))]
        for thread in both:
            thread.start()
        for thread in both:
            thread.join()
    assert failures == []


def test_an_unusable_spool_is_found_before_any_message(tmp_path: Path) -> None:
    assert unusable(tmp_path / "spool.sqlite") is None
    (tmp_path / "a-directory").mkdir()
    assert unusable(tmp_path / "a-directory") is not None  # a volume mounted in its place
    assert unusable(Path("/proc/nope/spool.sqlite")) is not None  # nowhere writable


def test_the_rasa_server_refuses_to_start_on_an_unusable_spool() -> None:
    """It started, said ready, and failed every message, the database up or not."""
    done = subprocess.run([*RASA, "run", "--model", "models/none.tar.gz"], cwd=PROJECT_ROOT,
                          env=child_environment({"SB_SPOOL_PATH": "/proc/nope/spool.sqlite"}),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("error: SB_SPOOL_PATH /proc/nope/spool.sqlite cannot be used")
    assert "Traceback" not in done.stderr
