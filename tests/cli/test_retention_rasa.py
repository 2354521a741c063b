"""Retention reaches Rasa's record of conversations (`rasa_record`, written by our SQL
tracker store, and `events`, written by Rasa's own before it) on a real SQLite file and
the real PostgreSQL, in a database apart from the answers: old conversations go whole,
recent ones and the answers stay, and the figures printed are the events that went."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, List

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from bot.channels.tracker_store import RecordTrackerStore, tracker_store_for
from bot.cli.main import main
from bot.db.session import make_engine
from bot.trust.tracker_retention import TrackerRetention, prune_rasa_events
from tests.cli.conftest import run
from tests.cli.test_erasure import TEST_SCRIPT, counts, take_part

DAY = 24 * 3600
OLD, RECENT, RESUMED = "rest:" + "o" * 22, "rest:" + "r" * 22, "twilio:" + "b" * 64


def turns(said: str, at: float, count: int = 2) -> List[Event]:
    events: List[Event] = []
    for i in range(count):
        events += [UserUttered(f"{said} {i}", {"name": "greet", "confidence": 1.0}, timestamp=at),
                   ActionExecuted("action_consultation_turn", timestamp=at),
                   BotUttered(f"reply {i}", timestamp=at), ActionExecuted("action_listen", timestamp=at)]
    return events


def rasa_writes(url: str) -> None:
    store = tracker_store_for(url, 10, Domain.empty())
    assert isinstance(store, RecordTrackerStore)
    now = time.time()
    conversations = {
        OLD: turns("Zebedee Quuxworth was rude", now - 400 * DAY),  # 8 events, a year+ ago
        RECENT: turns("all fine", now - 3 * DAY),
        RESUMED: turns("back then", now - 400 * DAY) + turns("and now", now - 60, 1),
    }

    async def save() -> None:
        for sender, events in conversations.items():
            await store.save(DialogueStateTracker.from_events(sender, events))

    asyncio.run(save())
    store.engine.dispose()


def events_by_sender(url: str, table: str = "rasa_record") -> Dict[str, int]:
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            if table == "events":  # Rasa's own: a row an event
                return dict(connection.execute(text(  # type: ignore[arg-type]
                    "SELECT sender_id, count(*) FROM events GROUP BY sender_id")).all())
            return {sender: len(events.split("\n")) for sender, events in connection.execute(
                text("SELECT sender_id, events FROM rasa_record"))}
    finally:
        engine.dispose()


@pytest.fixture
def loaded(cli_db: str) -> str:
    assert main(["load", TEST_SCRIPT]) == 0
    return cli_db


@pytest.fixture(params=["sqlite", "postgres"])
def tracker_url(request: pytest.FixtureRequest, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> str:
    """Rasa's tracker database, not the answers' (SB_TRACKER_URL may differ)."""
    url = (f"sqlite:///{tmp_path / 'rasa-tracker.db'}" if request.param == "sqlite"
           else str(request.getfixturevalue("postgres_url")))
    monkeypatch.setenv("SB_TRACKER_URL", url)
    return url


def test_retention_prunes_rasas_old_conversations_only(
        loaded: str, tracker_url: str, sqlite_factory: sessionmaker,
        capsys: pytest.CaptureFixture) -> None:
    take_part()
    take_part()
    rasa_writes(tracker_url)
    before = events_by_sender(tracker_url)
    assert before == {OLD: 8, RECENT: 8, RESUMED: 12}

    code, out, _ = run(capsys, "retention", "apply", "--dry-run")
    assert code == 0
    assert "would delete Rasa's record of 1 conversation(s) (8 event(s)) last active before" in out
    assert events_by_sender(tracker_url) == before

    code, out, _ = run(capsys, "retention", "apply")
    assert code == 0 and out.startswith("deleted 0 participation(s) and 0 answer(s)")
    assert "deleted Rasa's record of 1 conversation(s) (8 event(s)) last active before" in out
    assert events_by_sender(tracker_url) == {RECENT: 8, RESUMED: 12}
    assert counts(sqlite_factory) == (2, 4, 2)  # the answers are untouched
    if tracker_url.startswith("sqlite"):  # erased rows are overwritten, not left in the file
        for path in Path(tracker_url[len("sqlite:///"):]).parent.glob("rasa-tracker.db*"):
            assert b"Quuxworth" not in path.read_bytes(), path.name

    code, out, _ = run(capsys, "retention", "apply", "--days", "2")  # a shorter period
    assert "deleted Rasa's record of 1 conversation(s) (8 event(s))" in out
    assert events_by_sender(tracker_url) == {RESUMED: 12}


def test_retention_says_where_rasas_record_is_when_not_on_sql(
        loaded: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    monkeypatch.delenv("SB_TRACKER_URL", raising=False)
    assert "in memory (no SB_TRACKER_URL)" in run(capsys, "retention", "apply")[1]
    monkeypatch.setenv("SB_TRACKER_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    code, out, _ = run(capsys, "retention", "apply", "--dry-run")
    assert code == 0 and "none in SB_TRACKER_URL yet" in out


def test_pages_of_conversations_each_deleted_whole(tracker_url: str) -> None:
    """Several transactions (2 conversations each here, 500 in use): every idle one goes."""
    store = tracker_store_for(tracker_url, 10, Domain.empty())
    old = time.time() - 400 * DAY
    senders = [f"rest:{i:022d}" for i in range(5)]

    async def save() -> None:
        for sender in senders:
            await store.save(DialogueStateTracker.from_events(sender, turns("words", old, 1)))
        await store.save(DialogueStateTracker.from_events(RECENT, turns("now", time.time())))

    asyncio.run(save())
    store.engine.dispose()
    engine = make_engine(tracker_url, pooled=False)
    try:
        cutoff = datetime.now(timezone.utc) - timedelta(days=365)
        assert prune_rasa_events(engine, cutoff, dry_run=True) == TrackerRetention(5, 20)
        assert prune_rasa_events(engine, cutoff, dry_run=False, batch=2) == TrackerRetention(5, 20)
        assert prune_rasa_events(engine, cutoff, dry_run=False) == TrackerRetention(0, 0)
    finally:
        engine.dispose()
    assert events_by_sender(tracker_url) == {RECENT: 8}


def test_rasas_own_events_table_is_pruned_too(tracker_url: str) -> None:
    """A database Rasa's SQL store wrote to before ours: its old conversations go too."""
    url = make_url(tracker_url)
    legacy = SQLTrackerStore(Domain.empty(), dialect=url.drivername, host=url.host,
                             port=url.port, db=url.database or "", username=url.username)
    now = time.time()

    async def save() -> None:
        await legacy.save(DialogueStateTracker.from_events(OLD, turns("then", now - 400 * DAY)))
        await legacy.save(DialogueStateTracker.from_events(RECENT, turns("now", now)))

    asyncio.run(save())
    legacy.engine.dispose()
    rasa_writes(tracker_url)  # and ours, on the same database
    engine = make_engine(tracker_url, pooled=False)
    try:
        cutoff = datetime.now(timezone.utc) - timedelta(days=365)
        assert prune_rasa_events(engine, cutoff, dry_run=True) == TrackerRetention(2, 16)
        assert prune_rasa_events(engine, cutoff, dry_run=False) == TrackerRetention(2, 16)
    finally:
        engine.dispose()
    assert events_by_sender(tracker_url, "events") == {RECENT: 8}
    assert events_by_sender(tracker_url) == {RECENT: 8, RESUMED: 12}
