"""Which replies ask to go back, and where going back goes (bot/engine/going_back.py)."""

from __future__ import annotations

import pytest

from bot.engine.going_back import asks_to_go_back, later_questions, previous_question
from bot.scripts.questions import Question


@pytest.mark.parametrize("text, options, expected", [
    ("back", (), True), ("Back", (), True), ("go back", (), True), ("GO BACK!", (), True),
    ("previous question", (), True), ("undo", (), True), ("oops wrong one", (), True),
    ("sorry wrong button", (), True), ("i pressed the wrong one", (), True),
    ("can i change my answer", (), True), ("wait can i change my last answer", (), True),
    ("change that pls", (), True), ("misclicked", (), True), ("ｂａｃｋ", (), True),
    ("i typed the wrong number", (), True),
    # Answers, questions and other requests that mention it.
    ("wrong number", (), False),  # "you've texted the wrong person"
    ("last question?", (), False), ("back pain", (), False),
    ("i went back to the gp", (), False), ("they gave me the wrong answer", (), False),
    ("2", (), False), ("", (), False), ("back " * 30, (), False),
    # An option's own label is an answer.
    ("Back", ("Neck", "Back", "Knee"), False), ("back", ("Back pain", "Neck"), True),
])
def test_asks_to_go_back(text: str, options: tuple, expected: bool) -> None:
    assert asks_to_go_back(text, options) is expected


QUESTIONS = tuple(Question(key=key, text=key, type="yes_no") for key in ("a", "b", "c", "d"))


@pytest.mark.parametrize("recorded, current, expected", [
    ({"a", "b"}, "c", "b"),
    ({"a"}, "c", "a"),  # b was never asked (skip logic): back to a
    ({"a", "b", "c"}, "b", "a"),  # rewound already: b's own answer stays until replaced
    (set(), "a", None),  # the first question
    ({"a"}, "_age", None),  # consent, age and area are not gone back to
])
def test_previous_question(recorded: set, current: str, expected: str) -> None:
    found = previous_question(QUESTIONS, recorded, current)
    assert (found.key if found else None) == expected


def test_later_questions_are_the_ones_after() -> None:
    assert later_questions(QUESTIONS, "b") == ["c", "d"]
