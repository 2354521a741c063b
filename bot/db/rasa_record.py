"""Rasa's record of a conversation on SQL: one row a conversation, its latest events.

Rasa's own SQL tracker store wrote a row per event through the ORM and read a
conversation's rows back on every turn; on the replicas that was about a sixth of
the Rasa process's time (bench/README.md, `load.py`). Here a conversation is one row
holding its last `MAX_EVENTS` events as text, one JSON event a line: a turn reads
one row by its key and writes it back once.

The table is not one of the engine's (bot/db/models.py, under Alembic): like Rasa's
`events` table before it, the tracker store creates it on the tracker database when
it starts. It is read without Rasa here so that retention (bot/trust) can reach it.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Sequence, Tuple

from sqlalchemy import Column, Float, Index, MetaData, String, Table, Text

# About 25 turns: a whole consultation of 10 questions with its consent, re-asks and
# "did you mean" (the web transcript shows it after a reload). Rasa itself is given
# far less (`latest_turn`).
MAX_EVENTS = 100

metadata = MetaData()
table = Table(
    "rasa_record", metadata,
    Column("sender_id", String(255), primary_key=True),
    Column("events", Text, nullable=False),  # one JSON event a line, oldest first
    Column("latest", Float, nullable=False),  # the newest event's time (retention)
    Index("ix_rasa_record_latest", "latest"),
)


# What a patient message's parse keeps in the record: the intent Rasa chose and the
# entities. Its ranking of every intent, its token offsets and its copies of the text and
# metadata (already on the event) were 60% of a message's line and 28% of an SMS
# consultation's record (28.5 kB), read whole and appended to on every turn; nothing reads
# them back (OneActionPolicy reads only the latest action; the transcript, the text).
_PARSE_KEPT = ("intent", "entities", "message_id")


def line_of(event: Dict[str, Any]) -> str:
    """One event as the record keeps it (Rasa's `Event.as_dict`), a patient message's
    parse cut to what is read back."""
    parse = event.get("parse_data") if event.get("event") == "user" else None
    if isinstance(parse, dict):
        event = {**event, "parse_data": {k: parse[k] for k in _PARSE_KEPT if k in parse}}
    return json.dumps(event)


def lines_of(stored: str) -> List[str]:
    return stored.split("\n") if stored else []


def kept(lines: Sequence[str], limit: int = MAX_EVENTS) -> List[str]:
    """The newest `limit` lines."""
    return list(lines[-limit:]) if limit > 0 else []


def latest_turn(lines: Sequence[str]) -> Tuple[List[Dict[str, Any]], int]:
    """The events from the latest patient message on, parsed, and how many lines they
    are: all Rasa needs to go on (the engine keeps each conversation's place in SQL,
    the domain has no slots, OneActionPolicy reads only the latest action, and the
    session's expiry is timed from the latest message). With no patient message yet,
    every line (a new session's few events)."""
    events: List[Dict[str, Any]] = []
    for line in reversed(lines):
        event = json.loads(line)
        events.append(event)
        if event.get("event") == "user":
            break
    events.reverse()
    return events, len(events)
