"""A PostgreSQL that accepts connections and then answers nothing (its host hangs, a
proxy or pooler in front of it stops forwarding): a new connection gives up within a
few seconds with an error that says "not now", so a patient's message is held on the
spool and a readiness probe says not ready, instead of both waiting for ever."""

from __future__ import annotations

import threading
import time
from typing import Iterator, List, Optional

import pytest
from sqlalchemy.engine import make_url

from bot.db.session import (
    CONNECT_TIMEOUT_SECONDS,
    database_answers,
    database_unavailable,
    make_engine,
    make_session_factory,
)
from tests.conftest import fresh_postgres
from tests.stalling_proxy import StallingProxy, stalling_proxy


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


@pytest.mark.parametrize("autocommit", [False, True])
def test_a_new_connection_to_a_stalled_database_gives_up_and_says_not_now(
        database: str, proxy: StallingProxy, autocommit: bool) -> None:
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
    assert time.monotonic() - started >= CONNECT_TIMEOUT_SECONDS - 1  # not at once
    error = errors[0]
    assert error is not None  # the stalled database did not answer
    assert database_unavailable(error)  # "not now": the message is held, not refused
