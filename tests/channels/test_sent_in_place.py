"""The question a channel sends in place of a lost reply goes into Rasa's record
(bot/channels/sent_in_place.py), after the patient's message, on each store Rasa runs
on: memory (one process) and SQL (replicas; a real SQLite file and the real PostgreSQL),
so the widget's transcript shows it after a reload."""

from __future__ import annotations

import asyncio
from typing import Any, List

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, UserUttered

from bot.channels.lock_store import PromptLockStore
from bot.channels.sent_in_place import record_sent
from bot.channels.tracker_store import BoundedTrackerStore, tracker_store_for
from bot.channels.transcript import transcript
from tests.channels.test_tracker_store import tracker, turns

QUESTION = {"text": "Which age group are you in?",
            "buttons": [{"title": "16-17", "payload": "16-17", "multiple": False,
                         "question": "q1"},
                        {"title": "18-24", "payload": "18-24", "multiple": False,
                         "question": "q1"}]}


class Agent:
    """What record_sent uses of Rasa's agent: its lock store and tracker store."""

    def __init__(self, store: Any) -> None:
        self.lock_store, self.tracker_store = PromptLockStore(), store


def lost_turn() -> List[Event]:
    """A turn whose action failed: the patient's message, and no reply."""
    return [*turns(2), UserUttered("Yes", {"name": "affirm", "confidence": 1.0}),
            ActionExecuted("action_listen")]


def shown_after_recording(store: Any, sender: str) -> List[dict]:
    async def run() -> List[dict]:
        await store.save(tracker(sender, lost_turn()))
        assert await record_sent(Agent(store), sender, [QUESTION]) is True
        kept = await store.retrieve_full_tracker(sender)
        return transcript(event.as_dict() for event in kept.events)

    return asyncio.run(run())


def test_in_memory_the_question_follows_the_patients_message() -> None:
    shown = shown_after_recording(BoundedTrackerStore(Domain.empty()), "rest:" + "a" * 30)
    assert shown[-2:] == [{"from": "patient", "text": "Yes"}, {"from": "bot", **QUESTION}]


def test_on_sql_the_question_follows_the_patients_message(database_url: str) -> None:
    store = tracker_store_for(database_url, 10, Domain.empty())
    try:
        shown = shown_after_recording(store, "rest:" + "b" * 30)
    finally:
        store.engine.dispose()
    assert shown[-2:] == [{"from": "patient", "text": "Yes"}, {"from": "bot", **QUESTION}]
    assert len(shown) == 2 * 2 + 2  # nothing before it lost or doubled


def test_a_conversation_erased_meanwhile_is_not_brought_back() -> None:
    store = BoundedTrackerStore(Domain.empty())

    async def run() -> None:
        assert await record_sent(Agent(store), "rest:" + "c" * 30, [QUESTION]) is True
        assert await store.retrieve("rest:" + "c" * 30) is None

    asyncio.run(run())


def test_a_store_that_fails_costs_only_the_record() -> None:
    class Down:
        async def retrieve(self, _sender: str) -> None:
            raise ConnectionError("the database is down")

    assert asyncio.run(record_sent(Agent(Down()), "rest:" + "d" * 30, [QUESTION])) is False
