"""A PostgreSQL that accepts connections and then answers nothing (its host hangs, a
proxy or pooler in front of it stops forwarding): a new connection gives up within a
few seconds with an error that says "not now", so a patient's message is held on the
spool and a readiness probe says not ready, instead of both waiting for ever."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Iterator, List, Optional, Tuple

import pytest
from sqlalchemy.engine import make_url

from bot.db.session import (
    CONNECT_TIMEOUT_SECONDS,
    database_answers,
    database_unavailable,
    make_engine,
    make_session_factory,
)
from bot.db.waits import bound_database_waits
from bot.failures import PROBE_SECONDS, readiness, ready_while_holding
from tests.conftest import fresh_postgres
from tests.stalling_proxy import StallingProxy, stalling_proxy


@pytest.fixture(autouse=True)
def default_waits() -> Iterator[None]:
    """psycopg2's wait is one per process: a channel or action test before this module
    (on PostgreSQL) leaves the serving processes' bounded wait set. Each test here
    starts from libpq's own wait, and what was set is put back."""
    import psycopg2.extensions

    before = psycopg2.extensions.get_wait_callback()
    psycopg2.extensions.set_wait_callback(None)
    try:
        yield
    finally:
        psycopg2.extensions.set_wait_callback(before)


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    with fresh_postgres() as url:
        yield url


@pytest.fixture
def proxy(database: str) -> Iterator[StallingProxy]:
    with stalling_proxy(make_url(database).port or 5432) as running:
        yield running


def through(database: str, proxy: StallingProxy) -> str:
    return str(make_url(database).set(port=proxy.port).render_as_string(hide_password=False))


def failure_within(seconds: float, work: threading.Thread) -> None:
    work.start()
    work.join(seconds)
    assert not work.is_alive(), f"still waiting for the database after {seconds} s"


@pytest.mark.parametrize("serving", [False, True], ids=["libpq's wait", "serving process"])
@pytest.mark.parametrize("autocommit", [False, True])
def test_a_new_connection_to_a_stalled_database_gives_up_and_says_not_now(
        database: str, proxy: StallingProxy, autocommit: bool, serving: bool) -> None:
    """In 5 s, in a process that serves patients (its waits bounded) as in any other."""
    if serving:
        bound_database_waits()  # put back by `default_waits`
    engine = make_engine(through(database, proxy), autocommit=autocommit)
    factory = make_session_factory(engine)
    database_answers(factory)  # through the proxy while it forwards
    engine.dispose()  # the pool's connection is gone: the next use connects afresh
    proxy.stall()
    errors: List[Optional[BaseException]] = []

    def ready() -> None:
        try:
            database_answers(factory)
            errors.append(None)
        except Exception as error:  # noqa: BLE001 - what the readiness probe would see
            errors.append(error)

    started = time.monotonic()
    failure_within(CONNECT_TIMEOUT_SECONDS + 5, threading.Thread(target=ready, daemon=True))
    waited = time.monotonic() - started
    assert CONNECT_TIMEOUT_SECONDS - 1 <= waited <= CONNECT_TIMEOUT_SECONDS + 2, waited
    error = errors[0]
    assert error is not None  # the stalled database did not answer
    assert database_unavailable(error)  # "not now": the message is held, not refused


@pytest.fixture
def action_server_database(database: str, proxy: StallingProxy,
                           monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The action server's own database path (actions/engine.py), through the proxy."""
    import psycopg2.extensions

    from actions import engine

    monkeypatch.setenv("SB_DATABASE_URL", through(database, proxy))
    engine.resources.cache_clear()
    engine._database_thread.cache_clear()
    try:
        yield
    finally:
        engine.resources()[1].kw["bind"].dispose()
        engine.resources.cache_clear()
        engine._database_thread.cache_clear()
        psycopg2.extensions.set_wait_callback(None)  # this process serves no patients


def test_a_turn_on_a_connection_the_database_stops_answering_gives_up(
        proxy: StallingProxy, action_server_database: None) -> None:
    """The database's host hangs mid-conversation (its kernel still takes the bytes, as
    during a storage freeze): the turn on the pooled connection it had gives up within
    seconds with "not now", so the channel holds the message and the spool replays it,
    instead of the patient's turn, and the thread it holds, waiting for ever."""
    import asyncio

    from sqlalchemy import text

    from actions.engine import in_transaction
    from bot.db.waits import STATEMENT_WAIT_SECONDS

    def one_turn() -> object:
        return asyncio.run(in_transaction(
            lambda session, _settings: session.execute(text("SELECT 1")).scalar_one()))

    assert one_turn() == 1  # the pool's connection, through the proxy while it forwards
    proxy.stall()
    errors: List[Optional[BaseException]] = []

    def turn() -> None:
        try:
            one_turn()
            errors.append(None)
        except Exception as error:  # noqa: BLE001 - what the engine's turn would see
            errors.append(error)

    failure_within(STATEMENT_WAIT_SECONDS + 5, threading.Thread(target=turn, daemon=True))
    assert errors[0] is not None and database_unavailable(errors[0])


def test_a_probe_answers_within_its_limit_while_the_database_stalls(
        database: str, proxy: StallingProxy) -> None:
    """/ready waited for the stalled database (5 s, 15 s the first time): over the
    probes' 5 s, so every replica was taken out of service at once. Now the patients'
    processes stay ready, saying the database is not answering, and the pages' say not
    ready, each within PROBE_SECONDS."""
    engine = make_engine(through(database, proxy))
    factory = make_session_factory(engine)
    database_answers(factory)
    engine.dispose()
    proxy.stall()

    async def probes() -> List[Tuple[int, dict, float]]:
        seen = []
        for probe in (lambda: ready_while_holding(asyncio.to_thread(database_answers, factory)),
                      lambda: readiness(factory)):
            started = time.monotonic()
            answer = await probe()
            seen.append((answer.status, json.loads(answer.body), time.monotonic() - started))
        return seen

    holding, pages = asyncio.run(probes())
    assert holding[:2] == (200, {"status": "ready", "database": "TimeoutError",
                                 "messages": "held until the database answers"})
    assert pages[:2] == (503, {"status": "not ready", "database": "TimeoutError"})
    assert holding[2] < PROBE_SECONDS + 1 and pages[2] < PROBE_SECONDS + 1
