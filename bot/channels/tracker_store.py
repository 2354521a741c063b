"""Rasa's tracker store, bounded, and erasable on SQL.

The engine keeps each conversation's place in SQL, and our one policy needs no
history, so Rasa's record of a conversation is only a log. Stock stores let it grow
without end: the in-memory store kept every conversation until a restart (a flood
of new web ids grew the process), and re-read a whole conversation on every turn
(turn cost grew with its length). Here:

- one process (the embedded default): at most `SB_RASA_MAX_CONVERSATIONS` kept, the
  longest idle forgotten first, each kept to its last `MAX_EVENTS` events;
- several replicas (`SB_TRACKER_URL`, e.g. PostgreSQL): one row a conversation with
  its last `MAX_EVENTS` events (bot/db/rasa_record.py), read and written once a turn,
  and deleted when a tracker is emptied (how erasure reaches Rasa: `PUT
  …/tracker/events` with `[]`). Rasa's own SQL store wrote a row per event through
  its ORM, re-read a conversation's rows every turn, and on erasure kept them all.

Registered in endpoints.yml as `bot.channels.tracker_store.ConversationTrackerStore`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import json
from collections import OrderedDict, deque
from typing import Any, Dict, Iterable, List, Optional, Tuple, Type

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import InMemoryTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import delete, inspect, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from bot.channels.database import reads_for
from bot.config import load_settings
from bot.db import rasa_record
from bot.db.rasa_record import MAX_EVENTS
from bot.db.session import once_more_if_dropped, purge_freed_pages

# On a tracker read here: the row's lines, and how many of the tracker's events were
# read from them (the rest are new, to be written).
STORED = "_sb_record"
KEPT = "_sb_events_kept"  # on a tracker kept in memory: how many of its events were saved


@functools.cache
def _event_class(type_name: str) -> Optional[Type[Event]]:
    # Rasa finds an event's class by walking every subclass of Event, for each event
    # (`Event.resolve_by_type`): a quarter of this store's CPU a turn (cProfile, stop
    # 20). The classes do not change once imported. Unknown names raise, as in Rasa.
    return Event.resolve_by_type(type_name)


def deserialised(dumped: List[Dict[str, Any]]) -> List[Event]:
    """Rasa's `deserialise_events`, with each event's class looked up once a process."""
    found = []
    for parameters in dumped:
        name = parameters.get("event")
        kind = _event_class(name) if name is not None else None
        event = kind._from_parameters(parameters) if kind is not None else None
        if event is not None:
            found.append(event)
    return found


class BoundedTrackerStore(InMemoryTrackerStore):
    """Each conversation's tracker object itself, not a copy of it in JSON.

    Stock `InMemoryTrackerStore` turns the whole record into JSON on every save and
    replays it event by event on every read: 10% of the Rasa server's CPU in a turn
    (py-spy, stop 18). Here a read hands back the object the last turn saved and a save
    keeps it. Rasa's lock lets one message of a conversation through at a time, so two
    turns never change one object at once; readers between turns (the web transcript)
    only read it. A turn that fails part way leaves what it had added, where stock
    would drop it: this is only a log, the engine keeps each place in SQL.
    """

    def __init__(self, domain: Domain, event_broker: Optional[EventBroker] = None,
                 max_conversations: int = 5000, max_events: int = MAX_EVENTS) -> None:
        super().__init__(domain, event_broker)
        self.trackers: OrderedDict[str, DialogueStateTracker] = OrderedDict()
        self.max_conversations, self.max_events = max_conversations, max_events

    async def save(self, tracker: DialogueStateTracker) -> None:
        if self.event_broker is not None:
            saved = getattr(tracker, KEPT, 0) if self.trackers.get(tracker.sender_id) is tracker else 0
            await self._stream_new_events(self.event_broker,
                                          list(itertools.islice(tracker.events, saved, None)),
                                          tracker.sender_id)
        if not tracker.events:  # emptied (erasure): nothing of it is kept
            self.trackers.pop(tracker.sender_id, None)
            return
        if len(tracker.events) > self.max_events:  # the state stays; only the log is cut
            tracker.events = deque(itertools.islice(
                tracker.events, len(tracker.events) - self.max_events, None),
                tracker.events.maxlen)
        setattr(tracker, KEPT, len(tracker.events))
        self.trackers[tracker.sender_id] = tracker
        self.trackers.move_to_end(tracker.sender_id)
        while len(self.trackers) > self.max_conversations:
            self.trackers.popitem(last=False)  # the longest idle: its place is in the engine's SQL

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        return self.trackers.get(sender_id)

    retrieve_full_tracker = retrieve  # every session it keeps: only the last MAX_EVENTS events

    async def keys(self) -> Iterable[str]:
        return self.trackers.keys()


class RecordTrackerStore(TrackerStore):
    """Replicas: each conversation one row of SQL (bot/db/rasa_record.py), read by its
    key and written back once a turn, through SQLAlchemy Core, outside any transaction
    (each is one statement). Rasa is given only the latest turn's events; the row keeps
    the last MAX_EVENTS for the transcript (`retrieve_full_tracker`)."""

    def __init__(self, url: str, domain: Optional[Domain] = None,
                 event_broker: Optional[EventBroker] = None) -> None:
        super().__init__(domain, event_broker)
        # A connection the database dropped (it restarted) must not fail a read: Rasa's
        # FailSafeTrackerStore takes a failed read for "no conversation yet". An idle one
        # is checked before use (make_engine); one dropped while in use is read again.
        self.engine = reads_for(url)  # the channels' autocommit pool on the same database
        self._select, self._replace, self._append = _statements()
        self._table_ready = False
        with contextlib.suppress(OperationalError):  # the database is down: on first use
            self._connect().close()

    def _connect(self) -> Any:
        if not self._table_ready:
            _create_table(self.engine)
            self._table_ready = True
        return self.engine.connect()

    def _stored(self, sender_id: str) -> str:
        def read() -> Any:
            with self._connect() as connection:
                return connection.execute(self._select, {"sender_id": sender_id}).scalar()
        return str(once_more_if_dropped(read) or "")

    async def _read(self, sender_id: str) -> List[str]:
        """The row's events as stored, one JSON line each. Read on a thread: Rasa's loop
        serves the replica's other conversations while the database answers (before,
        each read and write stopped them all for its round trip, and for as long as a
        busy database took to answer)."""
        return rasa_record.lines_of(await asyncio.to_thread(self._stored, sender_id))

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        lines = await self._read(sender_id)
        events, given = rasa_record.latest_turn(lines)
        return self._tracker(sender_id, events, lines, given)

    async def retrieve_full_tracker(self, conversation_id: str) -> Optional[DialogueStateTracker]:
        lines = await self._read(conversation_id)
        return self._tracker(conversation_id, [json.loads(line) for line in lines], lines,
                             len(lines))

    def _tracker(self, sender_id: str, events: List[Dict[str, Any]], lines: List[str],
                 given: int) -> Optional[DialogueStateTracker]:
        if not (self.domain and events):
            return None
        tracker = DialogueStateTracker.from_events(sender_id, deserialised(events),
                                                   self.domain.slots)
        setattr(tracker, STORED, (lines, given))  # what save() keeps, and what is new
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        sender_id, events = tracker.sender_id, list(tracker.events)
        if not events:  # emptied (erasure): its row goes
            await asyncio.to_thread(self._forget, sender_id)
            return
        lines, given = getattr(tracker, STORED, (None, 0))
        new = [rasa_record.line_of(event.as_dict()) for event in events[given:]]
        if not new:
            return
        row = {"sender_id": sender_id, "latest": float(events[-1].timestamp), "newline": "\n"}
        if lines is None or len(lines) + len(new) <= MAX_EVENTS:
            # Only the new events go over the wire: a tracker not read here (a new
            # conversation, Rasa's API) adds to what is stored; one read here, whose row
            # has room, too. An erasure between the read and this write leaves only them.
            write, row["events"] = self._append, "\n".join(new)
            lines = None if lines is None else [*lines, *new]
        else:  # the row is full: it is written again with its newest MAX_EVENTS
            lines = rasa_record.kept([*lines, *new])
            write, row["events"] = self._replace, "\n".join(lines)
        await asyncio.to_thread(self._write, write, row)
        setattr(tracker, STORED, (lines, len(events)))

    def _write(self, statement: Any, row: Dict[str, Any]) -> None:
        with self._connect() as connection:
            connection.execute(statement, row)

    def _forget(self, sender_id: str) -> None:
        with self._connect() as connection:
            connection.execute(delete(rasa_record.table).where(
                rasa_record.table.c.sender_id == sender_id))
        purge_freed_pages(self.engine)  # SQLite: and the row's earlier copies in the WAL

    async def keys(self) -> Iterable[str]:
        with self._connect() as connection:
            return list(connection.execute(select(rasa_record.table.c.sender_id)).scalars())


def _create_table(engine: Engine) -> None:
    try:
        rasa_record.metadata.create_all(engine)
    except (OperationalError, ProgrammingError, IntegrityError):
        # Both replicas start at once and both create it: the first one wins.
        if not inspect(engine).has_table(rasa_record.table.name):
            raise


def _statements() -> Tuple[Any, Any, Any]:
    """The read (built once: SQLAlchemy builds and looks up a select() construct again at
    each call, a third of a read's CPU, py-spy, stop 21) and the two upserts: replace
    the row's events, or append to them. The
    append is one statement, so that nothing stored is lost when Rasa saves a tracker it
    did not read here (a new conversation; its FailSafeTrackerStore after a failed read),
    and a turn sends only its own events while the row has room for them.

    Written as text, the same for PostgreSQL and SQLite: SQLAlchemy 1.4 compiles an
    `on_conflict_do_update` construct again on every use (it is not cached), which was
    a fifth of this store's CPU a turn (cProfile, stop 20)."""
    insert = ("INSERT INTO rasa_record (sender_id, events, latest) "
              "VALUES (:sender_id, :events, :latest) ON CONFLICT (sender_id) DO UPDATE SET ")
    return (text("SELECT events FROM rasa_record WHERE sender_id = :sender_id"),
            text(insert + "events = excluded.events, latest = excluded.latest"),
            text(insert + "events = rasa_record.events || :newline || excluded.events, "
                          "latest = excluded.latest"))


def tracker_store_for(tracker_url: str, max_conversations: int, domain: Optional[Domain],
                      event_broker: Optional[EventBroker] = None) -> TrackerStore:
    if not tracker_url:
        return BoundedTrackerStore(domain or Domain.empty(), event_broker, max_conversations)
    return RecordTrackerStore(tracker_url, domain, event_broker)


class ConversationTrackerStore(TrackerStore):
    """Chooses by the environment: SQL when SB_TRACKER_URL is set, else one process's."""

    def __new__(cls, host: Optional[str] = None, domain: Optional[Domain] = None,  # type: ignore[misc]
                event_broker: Optional[EventBroker] = None, **kwargs: Any) -> Any:
        settings = load_settings()
        return tracker_store_for(settings.tracker_url, settings.rasa_max_conversations, domain,
                                 event_broker)
