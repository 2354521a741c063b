"""What Rasa is given of a conversation's record, and what the record keeps: tables."""

from __future__ import annotations

import json
from typing import List

import pytest

from bot.db.rasa_record import kept, latest_turn, lines_of


def line(event: str, name: str = "") -> str:
    return json.dumps({"event": event, **({"name": name} if name else {})})


START = [line("action", "action_session_start"), line("session_started"),
         line("action", "action_listen")]
TURN = [line("user"), line("action", "action_consultation_turn"), line("bot"),
        line("action", "action_listen")]


@pytest.mark.parametrize("lines, given", [
    ([], 0),  # nothing stored
    (START, 3),  # a new session, no message yet: all of it
    (START + TURN, 4),  # from the latest message on
    (START + TURN + TURN + TURN, 4),
    (START + TURN + [line("user")], 1),  # a message whose turn failed
    (TURN + START, 7),  # a session restarted after the latest message
])
def test_rasa_is_given_the_latest_turn(lines: List[str], given: int) -> None:
    events, count = latest_turn(lines)
    assert count == given and [json.dumps(e) for e in events] == lines[len(lines) - given:]


@pytest.mark.parametrize("lines, limit, expected", [
    (["a", "b", "c"], 5, ["a", "b", "c"]),
    (["a", "b", "c"], 2, ["b", "c"]),
    (["a", "b", "c"], 0, []),
])
def test_the_record_keeps_the_newest_lines(lines: List[str], limit: int,
                                           expected: List[str]) -> None:
    assert kept(lines, limit) == expected


@pytest.mark.parametrize("stored, expected", [("", []), ('{"a": 1}', ['{"a": 1}']),
                                              ('{"a": 1}\n{"b": 2}', ['{"a": 1}', '{"b": 2}'])])
def test_lines_of_a_record(stored: str, expected: List[str]) -> None:
    assert lines_of(stored) == expected
