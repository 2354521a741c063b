"""Retention for Rasa's record of conversations on SQL.

Our tracker store (SB_TRACKER_URL) keeps each conversation's latest messages, with the
patient's own words unredacted, in `rasa_record` (bot/db/rasa_record.py); Rasa's own SQL
store, used before it, wrote them to `events`, a row an event, and never deleted one.
Either is most of what the database grows by. A conversation whose last event is older
than the retention period goes whole; a conversation still going keeps every event.
Both tables are read and written here with plain SQL, without importing Rasa.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Dict, Optional

from sqlalchemy import bindparam, inspect, text
from sqlalchemy.engine import Connection, Engine

from bot.db import rasa_record

BATCH = 500  # conversations a transaction: a long first run never holds one lock for long
# One pass over the table (a sequential scan, not an index walk that visits every row
# at random: 8 µs a row once the table outgrows memory, bench/tracker_retention.py).
_IDLE = ("SELECT sender_id, count(*) AS events FROM events GROUP BY sender_id "
         "HAVING coalesce(max(timestamp), 0) < :before")


@dataclass(frozen=True)
class TrackerRetention:
    conversations: int
    events: int


def prune_rasa_events(engine: Engine, cutoff: datetime, dry_run: bool,
                      batch: int = BATCH) -> Optional[TrackerRetention]:
    """Delete (or only count) the events of conversations last active before `cutoff`;
    None when the database has neither table (Rasa has not written to it)."""
    tables = inspect(engine).get_table_names()
    before = {"before": cutoff.replace(tzinfo=cutoff.tzinfo or timezone.utc).timestamp()}
    found = [prune(engine, before, dry_run, batch) for name, prune in (
        (rasa_record.table.name, _prune_records), ("events", _prune_events)) if name in tables]
    if not found:
        return None
    return TrackerRetention(sum(f.conversations for f in found), sum(f.events for f in found))


# The events in a record: its lines.
_LINES = "length(events) - length(replace(events, :newline, '')) + 1"


def _prune_records(engine: Engine, before: Dict[str, float], dry_run: bool,
                   batch: int) -> TrackerRetention:
    """A page of idle conversations a transaction, each a row, found by its index."""
    idle = {**before, "newline": "\n"}
    with engine.connect() as connection:
        if dry_run:
            conversations, events = connection.execute(text(
                f"SELECT count(*), coalesce(sum({_LINES}), 0) FROM rasa_record WHERE latest < :before"),
                idle).one()
            return TrackerRetention(int(conversations), int(events))
        total = TrackerRetention(0, 0)
        while True:
            with connection.begin():
                gone = connection.execute(text(
                    "DELETE FROM rasa_record WHERE sender_id IN (SELECT sender_id FROM "
                    "rasa_record WHERE latest < :before LIMIT :batch) AND latest < :before "
                    f"RETURNING {_LINES}"),
                    {**idle, "batch": batch}).scalars().all()
            if not gone:
                return total
            total = TrackerRetention(total.conversations + len(gone),
                                     total.events + sum(int(n) for n in gone))


def _prune_events(engine: Engine, before: Dict[str, float], dry_run: bool,
                  batch: int) -> TrackerRetention:
    """Rasa's own table, a row an event."""
    with engine.connect() as connection:
        if dry_run:
            found = connection.execute(text(
                f"SELECT count(*), coalesce(sum(events), 0) FROM ({_IDLE}) AS idle"), before)
            conversations, events = found.one()
            return TrackerRetention(int(conversations), int(events))
        return _delete_idle(connection, before, batch)


def _delete_idle(connection: Connection, before: Dict[str, float], batch: int) -> TrackerRetention:
    """The idle conversations listed once in a temporary table (this connection's own),
    then deleted a page at a time, each page its own transaction."""
    with connection.begin():
        connection.execute(text(f"CREATE TEMPORARY TABLE sb_idle_conversation AS {_IDLE}"),
                           before)
        connection.execute(text("CREATE INDEX ix_sb_idle_conversation "
                                "ON sb_idle_conversation (sender_id)"))
    conversations = events = 0
    after = ""
    try:
        while True:
            with connection.begin():
                senders = list(connection.execute(text(
                    "SELECT sender_id FROM sb_idle_conversation WHERE sender_id > :after "
                    "ORDER BY sender_id LIMIT :batch"), {"after": after, "batch": batch}).scalars())
                if not senders:
                    break
                after = senders[-1]
                # Only events from before the cutoff: one that came since is kept.
                gone = connection.execute(text(
                    "DELETE FROM events WHERE sender_id IN :senders "
                    "AND (timestamp < :before OR timestamp IS NULL)")
                    .bindparams(bindparam("senders", expanding=True)),
                    {"senders": senders, **before})
                conversations += len(senders)
                events += int(gone.rowcount)
    finally:
        with connection.begin():
            connection.execute(text("DROP TABLE sb_idle_conversation"))
    return TrackerRetention(conversations, events)
