"""Rasa's tracker store, bounded, and erasable on SQL.

The engine keeps each conversation's place in SQL, and our one policy needs no
history, so Rasa's record of a conversation is only a log. Stock stores let it grow
without end: the in-memory store kept every conversation until a restart (a flood
of new web ids grew the process), and re-read a whole conversation on every turn
(turn cost grew with its length). Here:

- one process (the embedded default): at most `SB_RASA_MAX_CONVERSATIONS` kept, the
  longest idle forgotten first, each kept to its last `MAX_EVENTS` events;
- several replicas (`SB_TRACKER_URL`, e.g. PostgreSQL): Rasa's SQL store, reading
  only a conversation's last `MAX_EVENTS` events each turn, and where an
  emptied tracker (how erasure reaches Rasa: `PUT …/tracker/events` with `[]`)
  deletes the conversation's rows. Stock `SQLTrackerStore.save` only ever appends,
  so erasure left every message in the database.

Registered in endpoints.yml as `bot.channels.tracker_store.ConversationTrackerStore`.
"""

from __future__ import annotations

import itertools
import json
from collections import OrderedDict, deque
from typing import Any, Iterable, Optional

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import (
    InMemoryTrackerStore,
    SQLTrackerStore,
    TrackerStore,
    create_engine_kwargs,
)
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, delete
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from bot.config import load_settings

# About 25 turns: a whole consultation of 10 questions with its consent, re-asks and
# "did you mean" (the web transcript shows it after a reload). Loading and saving a
# conversation's record each turn costs more the more of it is kept, up to this, then
# stays flat (bench/load.py: flat from the 33rd turn at 200). The action server is not
# sent it (bot/channels/rasa_server.py).
MAX_EVENTS = 100
STORED = "_sb_events_stored"  # on a tracker read from SQL: how many of its events are rows


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
            saved = getattr(tracker, STORED, 0) if self.trackers.get(tracker.sender_id) is tracker else 0
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
        setattr(tracker, STORED, len(tracker.events))
        self.trackers[tracker.sender_id] = tracker
        self.trackers.move_to_end(tracker.sender_id)
        while len(self.trackers) > self.max_conversations:
            self.trackers.popitem(last=False)  # the longest idle: its place is in the engine's SQL

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        return self.trackers.get(sender_id)

    async def retrieve_full_tracker(self, sender_id: str) -> Optional[DialogueStateTracker]:
        return self.trackers.get(sender_id)

    async def keys(self) -> Iterable[str]:
        return self.trackers.keys()


class ErasableSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Connections the database dropped (it restarted) are found out before use, not
        # by a read that fails: Rasa's FailSafeTrackerStore takes a failed read for "no
        # conversation yet" and saves a new, empty one, which here means erase it (a
        # conversation's whole record was lost on the first turn after an outage).
        stale: Any = self.engine  # type: ignore[has-type] # untyped in Rasa
        url = stale.url
        self.engine = create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sessionmaker(bind=self.engine)
        stale.dispose()

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        """The latest session's last MAX_EVENTS events, not all of it: a turn costs the
        same at the 300th message as at the 10th (stock reads the whole session every
        turn). The transcript (`retrieve_full_tracker`) still reads everything."""
        with self.session_scope() as session:
            newest = (self._event_query(session, sender_id, fetch_events_from_all_sessions=False)
                      .order_by(None).order_by(self.SQLEvent.id.desc()).limit(MAX_EVENTS).all())
        events = [json.loads(row.data) for row in reversed(newest)]
        if not (self.domain and events):
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        setattr(tracker, STORED, len(events))  # what save() must not write again
        return tracker

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Any:
        stored = getattr(tracker, STORED, None)
        if stored is None:  # not read by retrieve() above: count as stock Rasa does
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, stored, len(tracker.events))

    async def save(self, tracker: DialogueStateTracker) -> None:
        if tracker.events:
            await super().save(tracker)
            return
        with self.session_scope() as session:  # emptied (erasure): its rows go
            session.execute(delete(self.SQLEvent).where(
                self.SQLEvent.sender_id == tracker.sender_id))
            session.commit()


def tracker_store_for(tracker_url: str, max_conversations: int, domain: Optional[Domain],
                      event_broker: Optional[EventBroker] = None) -> TrackerStore:
    if not tracker_url:
        return BoundedTrackerStore(domain or Domain.empty(), event_broker, max_conversations)
    url = make_url(tracker_url)
    return ErasableSQLTrackerStore(
        domain=domain, dialect=url.drivername, host=url.host, port=url.port,
        db=url.database or "rasa", username=url.username, password=url.password,
        event_broker=event_broker, query=dict(url.query) or None)


class ConversationTrackerStore(TrackerStore):
    """Chooses by the environment: SQL when SB_TRACKER_URL is set, else one process's."""

    def __new__(cls, host: Optional[str] = None, domain: Optional[Domain] = None,  # type: ignore[misc]
                event_broker: Optional[EventBroker] = None, **kwargs: Any) -> Any:
        settings = load_settings()
        return tracker_store_for(settings.tracker_url, settings.rasa_max_conversations, domain,
                                 event_broker)
