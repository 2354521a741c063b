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


# The engine held "19" (the answers database was down), then it was replayed.
HELD_THEN_REPLAYED: List[Dict[str, Any]] = [
    {"event": "user", "text": "yes", "message_id": "web:a"},
    {"event": "bot", "text": "Which age group?", "data": {}},
    {"event": "user", "text": "19", "message_id": "web:b"},
    {"event": "bot", "text": "Thanks, we've got that.", "data": {"custom": {"held": True}}},
    {"event": "user", "text": "19", "message_id": "web:b"},
    {"event": "bot", "text": "Postcode?", "data": {}},
]


@pytest.mark.parametrize("waiting,expected", [
    ((), ["yes", "Which age group?", "19", "Postcode?"]),
    # Still held after the replay of "19": shown after the rest, once.
    ((("web:c", "LS6"),), ["yes", "Which age group?", "19", "Postcode?", "LS6"]),
    ((("web:b", "19"), ("web:c", "LS6")), ["yes", "Which age group?", "19", "Postcode?", "LS6"]),
], ids=["replayed", "one-waiting", "waiting-and-already-in-rasa"])
def test_a_held_message_is_shown_once_and_the_held_notice_not_at_all(
        waiting: Any, expected: List[str]) -> None:
    assert [m["text"] for m in transcript(HELD_THEN_REPLAYED, waiting=waiting)] == expected


def test_messages_waiting_with_nothing_from_rasa_are_the_patients() -> None:
    assert transcript([], waiting=[("web:x", "LS6")]) == [{"from": "patient", "text": "LS6"}]


@pytest.mark.parametrize("message_id,expected", [
    ("web:a", [{"text": "Which age group?"}]),
    ("web:b", [{"text": "Postcode?"}]),  # the replay's reply, not the held notice
])
def test_a_retry_of_a_replayed_message_gets_the_replays_reply(message_id: str,
                                                                expected: Any) -> None:
    assert replies_to(HELD_THEN_REPLAYED, message_id) == expected


DUPLICATE = {"event": "bot", "text": None, "data": {"custom": {"duplicate": True}}}
# "yes" reached the engine twice (a retry racing its first delivery, or after a restart):
# the engine answered the second time only that it had handled it.
ANSWERED_THEN_AGAIN: List[Dict[str, Any]] = [
    {"event": "user", "text": "yes", "message_id": "web:a"},
    {"event": "bot", "text": "Which age group?", "data": {}},
    {"event": "user", "text": "yes", "message_id": "web:a"},
    DUPLICATE,
    {"event": "user", "text": "19", "message_id": "web:b"},
    {"event": "bot", "text": "Postcode?", "data": {}},
]


@pytest.mark.parametrize("events,message_id,expected", [
    (ANSWERED_THEN_AGAIN, "web:a", [{"text": "Which age group?"}]),
    (ANSWERED_THEN_AGAIN, "web:b", [{"text": "Postcode?"}]),
    (ANSWERED_THEN_AGAIN[:4] + ANSWERED_THEN_AGAIN[2:4], "web:a", [{"text": "Which age group?"}]),
    # Rasa's record lost the first time (e.g. it crashed before saving): nothing to give.
    (ANSWERED_THEN_AGAIN[2:4], "web:a", None),
    # Held, replayed, then a retry reached the engine again: the replay's reply.
    (HELD_THEN_REPLAYED + [{"event": "user", "text": "19", "message_id": "web:b"}, DUPLICATE],
     "web:b", [{"text": "Postcode?"}]),
], ids=["answered", "the-next-message", "twice-again", "first-time-lost", "replayed"])
def test_a_delivery_the_engine_had_handled_gets_the_earlier_replies(
        events: List[Dict[str, Any]], message_id: str, expected: Any) -> None:
    assert replies_to(events, message_id) == expected


def test_a_delivery_the_engine_had_handled_is_shown_once() -> None:
    assert [m["text"] for m in transcript(ANSWERED_THEN_AGAIN)] == [
        "yes", "Which age group?", "19", "Postcode?"]
