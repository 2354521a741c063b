from __future__ import annotations

from typing import Any, Callable, Iterator, List, Tuple

import pytest
from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from actions.engine import _database_thread, resources
from bot.config import PROJECT_ROOT
from bot.db.session import unit_of_work
from bot.scripts import store
from bot.scripts.script import load_script
from tests.actions.harness import Patient

TEST_SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()


def actions_on(url: str, factory: sessionmaker,
               monkeypatch: pytest.MonkeyPatch) -> Iterator[sessionmaker]:
    """The actions read their database from the environment, as in production. The
    database thread goes with it: SQLite's one thread must not serve PostgreSQL's turns
    (which run in parallel) in a later test."""
    monkeypatch.setenv("SB_DATABASE_URL", url)
    resources.cache_clear()
    _database_thread.cache_clear()
    with unit_of_work(factory) as session:
        store.save_script(session, load_script(TEST_SCRIPT), TEST_SCRIPT)
    yield factory
    resources.cache_clear()
    _database_thread.cache_clear()


@pytest.fixture
def db(
    sqlite_url: str, sqlite_factory: sessionmaker, monkeypatch: pytest.MonkeyPatch
) -> Iterator[sessionmaker]:
    yield from actions_on(sqlite_url, sqlite_factory, monkeypatch)


@pytest.fixture
def either_db(database_url: str, session_factory: sessionmaker,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[sessionmaker]:
    """The same on each database the product supports."""
    yield from actions_on(database_url, session_factory, monkeypatch)


@pytest.fixture
def patient(db: sessionmaker) -> Patient:
    return Patient()


@pytest.fixture
def query(db: sessionmaker) -> Callable[..., List[Tuple[Any, ...]]]:
    def run(sql: str, **params: Any) -> List[Tuple[Any, ...]]:
        with unit_of_work(db) as session:
            return [tuple(row) for row in session.execute(text(sql), params)]
    return run
