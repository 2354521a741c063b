"""Retention for Rasa's record of conversations: its `events` table, on SQL.

Rasa's SQL tracker store (SB_TRACKER_URL) writes every message, with the patient's
own words unredacted, to `events` and never deletes a row: it is most of what the
database grows by. A conversation whose last event is older than the retention period
goes whole; a conversation still going keeps every event (its session would not load
without its start). The table is Rasa's, so only the three columns read here are
described, without importing Rasa.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import List, Optional

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, delete, func, inspect, or_, select
from sqlalchemy.engine import Engine

EVENTS = Table("events", MetaData(), Column("id", Integer, primary_key=True),
               Column("sender_id", String(255)), Column("timestamp", Float))
BATCH = 500  # conversations a transaction: a long first run never holds one lock for long


@dataclass(frozen=True)
class TrackerRetention:
    conversations: int
    events: int


def prune_rasa_events(engine: Engine, cutoff: datetime, dry_run: bool,
                      batch: int = BATCH) -> Optional[TrackerRetention]:
    """Delete (or only count) the events of conversations last active before `cutoff`;
    None when the database has no Rasa `events` table (Rasa has not written to it)."""
    if not inspect(engine).has_table("events"):
        return None
    before = cutoff.replace(tzinfo=cutoff.tzinfo or timezone.utc).timestamp()
    conversations = events = 0
    after = ""
    while True:
        with engine.begin() as connection:
            # Keyset pages in sender order: each page starts where the last one ended.
            page = connection.execute(
                select(EVENTS.c.sender_id, func.count())
                .where(EVENTS.c.sender_id > after).group_by(EVENTS.c.sender_id)
                .having(func.coalesce(func.max(EVENTS.c.timestamp), 0) < before)
                .order_by(EVENTS.c.sender_id).limit(batch)).all()
            if not page:
                break
            after = page[-1][0]
            senders: List[str] = [row[0] for row in page]
            conversations += len(senders)
            if dry_run:
                events += sum(int(row[1]) for row in page)
                continue
            # Only events from before the cutoff: one that came since is kept.
            gone = connection.execute(delete(EVENTS).where(
                EVENTS.c.sender_id.in_(senders),
                or_(EVENTS.c.timestamp < before, EVENTS.c.timestamp.is_(None))))
            events += int(gone.rowcount)
    return TrackerRetention(conversations, events)
