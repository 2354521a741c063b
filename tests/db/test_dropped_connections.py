"""Pooled PostgreSQL connections the database dropped (a restart, a proxy's idle
timeout): an idle one is checked and replaced before use; one in steady use is not
checked (no extra round trip a turn), and a read on it is tried once more."""

from __future__ import annotations

import time
from typing import Iterator

import pytest
from sqlalchemy import create_engine, exc, text
from sqlalchemy.engine import Engine

from bot.db.session import make_engine, once_more_if_dropped
from tests.conftest import POSTGRES_ADMIN_URL, fresh_postgres


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    with fresh_postgres() as url:
        yield url


def backend(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT pg_backend_pid()")).scalar_one())


def drop(pid: int) -> None:
    """What a database restart does to one connection."""
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as connection:
            assert connection.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
    finally:
        admin.dispose()
    time.sleep(0.2)  # the backend is gone


@pytest.mark.parametrize("autocommit", [False, True])
def test_an_idle_connection_that_was_dropped_is_replaced_before_use(database: str,
                                                                    autocommit: bool) -> None:
    engine = make_engine(database, autocommit=autocommit, ping_after_idle=0.3)
    try:
        first = backend(engine)
        drop(first)
        time.sleep(0.4)  # idle longer than ping_after_idle
        assert backend(engine) != first  # no error: a new connection
    finally:
        engine.dispose()


def test_a_connection_in_steady_use_is_not_checked_and_a_read_on_it_is_tried_again(
        database: str) -> None:
    engine = make_engine(database, autocommit=True, ping_after_idle=60)
    try:
        first = backend(engine)
        drop(first)
        # Not checked first (that would have found it dropped): the read itself fails...
        with pytest.raises(exc.DBAPIError) as failed:
            backend(engine)
        assert failed.value.connection_invalidated
        drop(backend(engine))  # (the pool replaced it; drop the new one too)
        # ...and a read tried once more gets a new connection.
        assert once_more_if_dropped(lambda: backend(engine)) > 0
    finally:
        engine.dispose()


def test_a_failure_that_is_not_a_dropped_connection_is_not_repeated(database: str) -> None:
    engine = make_engine(database, autocommit=True)
    tries = []

    def bad_read() -> None:
        tries.append(1)
        with engine.connect() as connection:
            connection.execute(text("SELECT * FROM no_such_table"))

    try:
        with pytest.raises(exc.ProgrammingError):
            once_more_if_dropped(bad_read)
        assert len(tries) == 1
    finally:
        engine.dispose()
