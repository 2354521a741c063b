"""A web conversation's transcript and a retried message's replies, from Rasa's events."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

from bot.channels.transcript import replies_to, transcript

YES_NO = [{"title": "Yes", "payload": "Yes"}, {"title": "No", "payload": "No"}]
TICKS = [{"title": "Text", "payload": "Text", "multiple": True}]
EVENTS: List[Dict[str, Any]] = [
    {"event": "action", "name": "action_session_start"},
    {"event": "session_started"},
    {"event": "user", "text": "MIND24", "message_id": "web:a"},
    {"event": "action", "name": "action_consultation_turn"},
    {"event": "bot", "text": "Hello", "data": {}},
    {"event": "bot", "text": "Happy to take part?", "data": {"buttons": YES_NO}},
    {"event": "action", "name": "action_listen"},
    {"event": "user", "text": "<b>yes</b>", "message_id": "web:b"},
    {"event": "bot", "text": "How?", "data": {"buttons": TICKS, "custom": {"x": 1}}},
    {"event": "user", "text": "lost in the post", "message_id": "web:c"},
]


def test_the_transcript_is_every_message_in_order_with_buttons() -> None:
    assert transcript(EVENTS) == [
        {"from": "patient", "text": "MIND24"},
        {"from": "bot", "text": "Hello"},
        {"from": "bot", "text": "Happy to take part?", "buttons": YES_NO},
        {"from": "patient", "text": "<b>yes</b>"},
        {"from": "bot", "text": "How?", "buttons": TICKS},
        {"from": "patient", "text": "lost in the post"},
    ]


@pytest.mark.parametrize("limit,count", [(2, 2), (200, 6), (0, 0)])
def test_the_transcript_keeps_the_most_recent(limit: int, count: int) -> None:
    kept = transcript(EVENTS, limit)
    assert len(kept) == count
    assert kept == (transcript(EVENTS)[-count:] if count else [])


@pytest.mark.parametrize("events", [
    [],
    [{"event": "user", "text": None}],
    [{"event": "bot", "text": "", "data": {}}],
    [{"event": "slot", "name": "x", "value": 1}],
    [{"event": "bot", "text": "hi", "data": {"buttons": ["not a dict", {"title": 3}]}}],
], ids=["none", "user-without-text", "empty-bot", "other-event", "odd-buttons"])
def test_odd_events_are_skipped_not_fatal(events: List[Dict[str, Any]]) -> None:
    for entry in transcript(events):
        assert entry["from"] in ("patient", "bot") and isinstance(entry["text"], str)


@pytest.mark.parametrize("message_id,expected", [
    ("web:a", [{"text": "Hello"}, {"text": "Happy to take part?", "buttons": YES_NO}]),
    ("web:b", [{"text": "How?", "buttons": TICKS}]),
    ("web:c", []),  # handled, but nothing answered yet (or the assistant failed)
    ("web:unknown", None),  # never got here (or Rasa forgot the conversation)
])
def test_a_retry_gets_what_the_first_delivery_got(message_id: str, expected: Any) -> None:
    assert replies_to(EVENTS, message_id) == expected
