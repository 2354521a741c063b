"""Rasa's record of conversations stays bounded, and erasure reaches it on SQL too:
the SQL store runs on a real SQLite file and the real PostgreSQL on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path
from typing import Any, Dict, List

import pytest
from rasa.core.brokers.broker import EventBroker
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
    deserialise_events,
)
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, text
from sqlalchemy import event as sql_event

from bot.channels.tracker_store import (
    MAX_EVENTS,
    BoundedTrackerStore,
    ConversationTrackerStore,
    RecordTrackerStore,
    deserialised,
    tracker_store_for,
)
from bot.db import rasa_record


def turns(count: int, said: str = "hello") -> List[Event]:
    events: List[Event] = []
    for i in range(count):
        events += [UserUttered(f"{said} {i}", {"name": "greet", "confidence": 1.0}),
                   ActionExecuted("action_consultation_turn"), BotUttered(f"reply {i}"),
                   ActionExecuted("action_listen")]
    return events


def tracker(sender: str, events: List[Event]) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(sender, events)


def test_memory_keeps_the_latest_conversations_and_their_latest_events() -> None:
    store = BoundedTrackerStore(Domain.empty(), max_conversations=3, max_events=40)

    async def run() -> None:
        for i in range(5):
            await store.save(tracker(f"rest:{i}", turns(3)))
        assert sorted(await store.keys()) == ["rest:2", "rest:3", "rest:4"]  # 0, 1 forgotten
        await store.retrieve("rest:2")
        await store.save(tracker("rest:2", turns(300)))  # a very long conversation
        kept = await store.retrieve("rest:2")
        assert kept is not None and len(kept.events) == 40
        assert kept.latest_message is not None and kept.latest_message.text == "hello 299"
        await store.save(tracker("rest:5", turns(1)))
        assert "rest:3" not in await store.keys()  # the longest idle went, not the busy one
        await store.save(tracker("rest:4", []))  # emptied: erasure
        assert "rest:4" not in await store.keys()

    asyncio.run(run())


def sql_store(url: str) -> RecordTrackerStore:
    store = tracker_store_for(url, 10, Domain.empty())
    assert isinstance(store, RecordTrackerStore)
    return store


def stored(url: str, sender: str) -> List[Dict[str, Any]]:
    """The conversation's row, as events (none: no row)."""
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            found = connection.execute(text("SELECT events FROM rasa_record WHERE sender_id = :s"),
                                       {"s": sender}).scalar()
    finally:
        engine.dispose()
    return [json.loads(line) for line in found.split("\n")] if found else []


def said(events: List[Dict[str, Any]]) -> List[str]:
    return [e["text"] for e in events if e["event"] == "user"]


def test_sql_keeps_conversations_and_erasure_deletes_their_rows(database_url: str) -> None:
    store = sql_store(database_url)

    async def run() -> None:
        await store.save(tracker("twilio:" + "a" * 64, turns(2, "my number is 07700 900123")))
        await store.save(tracker("twilio:" + "b" * 64, turns(2)))
        kept = await store.retrieve("twilio:" + "a" * 64)
        assert kept is not None and kept.latest_message.text.startswith("my number is")
        assert len(stored(database_url, "twilio:" + "a" * 64)) == 8
        await store.save(tracker("twilio:" + "a" * 64, []))  # what PUT …/tracker/events [] does
        assert stored(database_url, "twilio:" + "a" * 64) == []
        assert await store.retrieve("twilio:" + "a" * 64) is None
        assert len(stored(database_url, "twilio:" + "b" * 64)) == 8  # nobody else's
        assert await store.keys() == ["twilio:" + "b" * 64]

    asyncio.run(run())
    store.engine.dispose()
    if database_url.startswith("sqlite:///"):  # overwritten: Debian builds SQLite with secure_delete
        assert b"07700 900123" not in Path(database_url[len("sqlite:///"):]).read_bytes()


def test_sql_gives_rasa_the_latest_turn_and_keeps_the_latest_events(
        database_url: str) -> None:
    """A long conversation costs the same a turn: Rasa is given the latest turn; each new
    event is written once; the row (and the transcript) keeps the last MAX_EVENTS."""
    store, sender = sql_store(database_url), "twilio:" + "c" * 64

    async def run() -> None:
        await store.save(tracker(sender, turns(300)))  # not read here: written whole
        assert len(stored(database_url, sender)) == 1200
        read = await store.retrieve(sender)
        assert read is not None and [e.type_name for e in read.events] == [
            "user", "action", "bot", "action"]
        assert read.latest_message is not None and read.latest_message.text == "hello 299"
        assert read.latest_action_name == "action_listen"
        read.update_with_events(turns(1, "next"), None)  # one more turn, as Rasa does it
        await store.save(read)
        await store.save(read)  # saved again: nothing written twice
        row = stored(database_url, sender)
        assert len(row) == MAX_EVENTS and said(row)[-3:] == ["hello 298", "hello 299", "next 0"]
        again = await store.retrieve(sender)
        assert again is not None and again.latest_message.text == "next 0"
        full = await store.retrieve_full_tracker(sender)
        assert full is not None  # the transcript: the events as the record keeps them
        assert [json.loads(rasa_record.line_of(e.as_dict())) for e in full.events] == row

    asyncio.run(run())
    store.engine.dispose()


def test_a_patient_message_is_kept_without_rasas_ranking_of_every_intent(
        database_url: str) -> None:
    """The record keeps a message's text, intent and entities, and drops what nothing
    reads back (the ranking of every intent, token offsets): a smaller row to read and
    append to each turn, one copy fewer of the patient's words."""
    store, sender = sql_store(database_url), "rest:" + "d" * 32
    ranking = [{"name": f"intent_{i}", "confidence": 0.1} for i in range(10)]
    parse = {"intent": {"name": "inform", "confidence": 0.7}, "intent_ranking": ranking,
             "entities": [{"entity": "number", "value": "3", "start": 0, "end": 1}],
             "text": "3 i think", "text_tokens": [[0, 1], [2, 3], [4, 9]]}
    said = UserUttered("3 i think", parse["intent"], parse["entities"], parse)

    async def run() -> None:
        await store.save(tracker(sender, [said, ActionExecuted("action_listen")]))
        line = next(e for e in stored(database_url, sender) if e["event"] == "user")
        assert "intent_ranking" not in line["parse_data"]
        assert "text_tokens" not in line["parse_data"]
        read = await store.retrieve(sender)
        assert read is not None and read.latest_message is not None
        assert read.latest_message.text == "3 i think"
        assert read.latest_message.intent == {"name": "inform", "confidence": 0.7}
        assert read.latest_message.entities == parse["entities"]

    asyncio.run(run())
    store.engine.dispose()


def test_sql_appends_a_tracker_it_did_not_read(database_url: str) -> None:
    """A tracker Rasa made without reading this store (a new conversation, or its
    FailSafeTrackerStore after a failed read) adds to what is stored, never replaces it."""
    store, sender = sql_store(database_url), "rest:" + "d" * 22

    async def run() -> None:
        await store.save(tracker(sender, turns(2, "first")))
        await store.save(tracker(sender, turns(1, "after a failed read")))
        assert said(stored(database_url, sender)) == [
            "first 0", "first 1", "after a failed read 0"]

    asyncio.run(run())
    store.engine.dispose()


def test_a_turn_sends_only_its_own_events_and_an_erasure_during_it_stays_erased(
        database_url: str) -> None:
    """While the row has room a turn adds its events to it (not the whole record again),
    so an erasure that lands between a turn's read and its write leaves only that turn."""
    store, sender = sql_store(database_url), "twilio:" + "f" * 64
    sent: List[str] = []
    sql_event.listen(store.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, params, *_: sent.append(str(params)))

    async def run() -> None:
        await store.save(tracker(sender, turns(3, "my name is Zebedee Quuxworth")))
        read = await store.retrieve(sender)
        assert read is not None
        read.update_with_events(turns(1, "next"), None)
        sent.clear()
        await store.save(read)
        assert len(sent) == 1 and "next 0" in sent[0] and "Quuxworth" not in sent[0]
        assert said(stored(database_url, sender)) == [
            "my name is Zebedee Quuxworth 0", "my name is Zebedee Quuxworth 1",
            "my name is Zebedee Quuxworth 2", "next 0"]
        read = await store.retrieve(sender)
        assert read is not None
        await store.save(tracker(sender, []))  # erased by another process mid-turn
        read.update_with_events(turns(1, "after"), None)
        await store.save(read)
        assert said(stored(database_url, sender)) == ["after 0"]

    asyncio.run(run())
    store.engine.dispose()


def test_replicas_alternating_on_one_conversation_lose_and_double_nothing(
        database_url: str) -> None:
    """Two stores on one database, as two replicas are, taking turns (Rasa's lock keeps
    one at a time): every turn's events once, in order."""
    one, two, sender = sql_store(database_url), sql_store(database_url), "twilio:" + "e" * 64

    async def run() -> None:
        for i in range(30):
            store = (one, two)[i % 2]
            read = await store.get_or_create_tracker(sender, append_action_listen=False)
            read.update_with_events(turns(1, f"turn {i} on replica {i % 2 + 1}"), None)
            await store.save(read)
        row = stored(database_url, sender)
        assert said(row) == [f"turn {i} on replica {i % 2 + 1} 0" for i in range(5, 30)]
        assert len(row) == MAX_EVENTS

    asyncio.run(run())
    one.engine.dispose()
    two.engine.dispose()


def test_the_environment_chooses_the_store(monkeypatch: pytest.MonkeyPatch,
                                           sqlite_url: str) -> None:
    monkeypatch.delenv("SB_TRACKER_URL", raising=False)
    assert isinstance(ConversationTrackerStore(domain=Domain.empty()), BoundedTrackerStore)
    monkeypatch.setenv("SB_TRACKER_URL", sqlite_url)
    assert isinstance(ConversationTrackerStore(domain=Domain.empty()), RecordTrackerStore)


def test_memory_hands_back_the_conversation_itself_and_keeps_what_a_turn_adds() -> None:
    """No copy through JSON each turn: a read is the object the last turn saved."""
    store = BoundedTrackerStore(Domain.empty(), max_events=40)

    async def run() -> None:
        await store.save(tracker("sms:1", turns(2)))
        first = await store.retrieve("sms:1")
        assert first is not None and first is await store.retrieve("sms:1")
        for event in turns(1, said="again"):
            first.update(event)
        await store.save(first)
        again = await store.retrieve("sms:1")
        assert again is not None and len(again.events) == 12
        assert again.latest_message is not None and again.latest_message.text == "again 0"
        assert await store.retrieve("sms:2") is None

    asyncio.run(run())


class Collected(EventBroker):
    def __init__(self) -> None:
        self.published: List[Dict[str, Any]] = []

    def publish(self, event: Dict[str, Any]) -> None:
        self.published.append(event)


def test_memory_streams_each_new_event_once_to_an_event_broker() -> None:
    broker = Collected()
    store = BoundedTrackerStore(Domain.empty(), broker, max_events=6)

    async def run() -> None:
        await store.save(tracker("rest:a", turns(1)))
        kept = await store.retrieve("rest:a")
        assert kept is not None
        for event in turns(2, said="more"):
            kept.update(event)
        await store.save(kept)  # 12 events: the log is cut to 6, each event streamed once

    asyncio.run(run())
    said = [event.get("text") for event in broker.published if event["event"] == "user"]
    assert said == ["hello 0", "more 0", "more 1"] and len(broker.published) == 12


@pytest.mark.parametrize("dumped", [
    [e.as_dict() for e in turns(3)],
    [SessionStarted().as_dict(), ActionExecuted("action_session_start").as_dict(),
     SlotSet("x", 3).as_dict(), ActionExecuted("action_listen").as_dict()],
    [{"event": "topic", "topic": "old"}, {"no": "event"}, BotUttered("hi").as_dict()],
    [],
])
def test_events_read_back_as_rasa_reads_them(dumped: List[Dict[str, Any]]) -> None:
    """The store's own reading of a record (each class looked up once a process) gives
    the events Rasa's `deserialise_events` gives."""
    ours, rasas = deserialised(dumped), deserialise_events(dumped)
    assert [e.as_dict() for e in ours] == [e.as_dict() for e in rasas]
    assert [type(e) for e in ours] == [type(e) for e in rasas]


def test_an_unknown_event_is_refused_as_rasa_refuses_it() -> None:
    with pytest.raises(ValueError):
        deserialise_events([{"event": "no_such_event"}])
    with pytest.raises(ValueError):
        deserialised([{"event": "no_such_event"}])


def test_a_slow_database_does_not_stop_the_replicas_other_conversations(
        postgres_url: str) -> None:
    """While Rasa's record waits for the database (here: its table locked by another
    session for 0.6 s), the server's loop goes on serving other conversations; the read
    and the write then finish with what was stored."""
    store, sender = sql_store(postgres_url), "twilio:" + "f" * 64
    asyncio.run(store.save(tracker(sender, turns(1))))
    locker = create_engine(postgres_url, future=True)

    async def run(statement: str) -> List[float]:
        """When the loop ticked (every 20 ms) while `statement` waited for the lock."""
        began, ticks = time.monotonic(), []
        with locker.connect() as other:
            other.execute(text("LOCK TABLE rasa_record IN ACCESS EXCLUSIVE MODE"))
            release = threading.Timer(0.6, other.rollback)
            release.start()
            waiting = asyncio.ensure_future(
                store.retrieve(sender) if statement == "read" else
                store.save(tracker(sender + "x", turns(1))))
            while not waiting.done():
                await asyncio.sleep(0.02)
                ticks.append(time.monotonic() - began)
            release.join()
            await waiting
        return ticks

    for statement in ("read", "write"):
        ticks = asyncio.run(run(statement))
        assert len([t for t in ticks if t < 0.5]) >= 10, (statement, ticks[:5])
    assert said(stored(postgres_url, sender + "x")) == ["hello 0"]
    read = asyncio.run(store.retrieve(sender))
    assert read is not None and read.latest_message.text == "hello 0"
    store.engine.dispose()
    locker.dispose()
