"""Shared fixtures: a real, migrated database per test (SQLite file or PostgreSQL)."""

from __future__ import annotations

import contextlib
import os
import uuid
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator, List

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker

from bot.config import PROJECT_ROOT, Settings, load_settings
from bot.db import migrate
from bot.db.session import make_engine, make_session_factory
from bot.scripts.days import UK
from tests.held_turns import HeldTurn
from tests.nlu import crossval_run

POSTGRES_ADMIN_URL = os.environ.get(
    "SB_TEST_POSTGRES_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
EXAMPLES = PROJECT_ROOT / "data" / "consultations"


def closed_now() -> str:
    """A sending window that is closed at this moment, whatever the hour the tests run."""
    return "00:00-01:00" if datetime.now(UK).hour >= 2 else "03:00-04:00"


def settings_for(database_url: str, **extra: str) -> Settings:
    return load_settings({"SB_DATABASE_URL": database_url, **extra})


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'sounding-board.db'}"
    migrate.upgrade(url)
    return url


@contextlib.contextmanager
def fresh_postgres() -> Iterator[str]:
    """A fresh PostgreSQL database, migrated, dropped afterwards. Required under CI=true."""
    name = f"sb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:  # noqa: BLE001 - any connection failure means "no server"
        admin.dispose()
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"PostgreSQL not reachable: {type(error).__name__}")
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    migrate.upgrade(url)
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def redis_reachable(url: str) -> bool:
    """Whether the Redis at `url` answers (tests that need it are required under CI=true)."""
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_timeout=1).ping())
    except redis.RedisError:
        return False


def redis_required(url: str) -> None:
    """Skip without the Redis at `url`, except under CI=true, where its absence fails."""
    if not redis_reachable(url):
        if os.environ.get("CI") == "true":
            raise AssertionError("Redis is required under CI=true")
        pytest.skip("Redis not reachable")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with fresh_postgres() as url:
        yield url


def fresh_postgres_database() -> Iterator[str]:
    """The same, for a fixture of any scope that drives the generator itself."""
    with fresh_postgres() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Run a test on both databases the product supports."""
    return str(request.getfixturevalue(f"{request.param}_url"))


@pytest.fixture
def session_factory(database_url: str) -> Iterator[sessionmaker]:
    engine = make_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def sqlite_factory(sqlite_url: str) -> Iterator[sessionmaker]:
    engine = make_engine(sqlite_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def hold(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], HeldTurn]]:
    """`hold()` holds the next turn (tests/held_turns.py); a failing test lets it go too,
    not after its LIMIT."""
    made: List[HeldTurn] = []

    def next_turn() -> HeldTurn:
        made.append(HeldTurn(monkeypatch))
        return made[-1]

    yield next_turn
    for held in made:
        held.go()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the NLU cross-validation now if it is to run: it trains on the second core."""
    if any(item.nodeid == crossval_run.TEST_ID for item in session.items):
        crossval_run.started()


def pytest_sessionfinish(session: pytest.Session) -> None:
    crossval_run.stop()
