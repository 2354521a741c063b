"""Telegram's pure parts by table: callback data, keyboards, commands, rendering."""

from __future__ import annotations

from typing import Optional, Tuple

import pytest

from bot.engine.turns import Message
from bot.telegram.commands import command
from bot.telegram.keyboards import (
    ANSWERED,
    TICK,
    Tap,
    keyboard,
    label_of,
    parse_callback,
    replied_question,
    toggled,
)
from bot.telegram.render import render


@pytest.mark.parametrize("data, tap", [
    ("a:ab12:3", Tap("answer", "ab12", 3)),
    ("t:ab12:5:1", Tap("tick", "ab12", 1, frozenset({0, 2}))),
    ("d:ab12:5", Tap("done", "ab12", ticked=frozenset({0, 2}))),
    ("d:ab12:0", Tap("done", "ab12")),
    ("s:MIND24", Tap("start", code="MIND24")),
    ("s:mind24", None), ("a:ab12", None), ("a:ab12:5:1", None), ("t:ab12:5", None),
    ("d:ab12:5:1", None), ("a:XYZ:1", None), ("x:ab12:1", None), ("", None), ("a::1", None),
    ("a:ab12:123", None), ("t:ab12:123456789:1", None), (None, None), (7, None), ("a" * 65, None),
])
def test_callback_data(data: object, tap: Optional[Tap]) -> None:
    assert parse_callback(data) == tap


def test_every_callback_fits_telegrams_64_bytes() -> None:
    labels = [f"Option number {i}" for i in range(24)]
    rows = keyboard(labels, "f" * 10, multiple=True, ticked=frozenset(range(24)))
    assert all(len(data.encode()) <= 64 for row in rows for _, data in row)
    assert all(parse_callback(data) is not None for row in rows for _, data in row)


@pytest.mark.parametrize("labels, shape", [
    (["Yes", "No"], [2]),
    ([str(i) for i in range(11)], [6, 5]),  # a 0-10 scale: two rows
    (["GP surgery", "Pharmacy", "A&E"], [2, 1]),
    (["Very good", "Good", "Neither good nor poor", "Poor"], [1, 1, 1, 1]),
])
def test_keyboard_layout(labels: list, shape: list) -> None:
    assert [len(row) for row in keyboard(labels, "ab", multiple=False)] == shape


def test_multiple_choice_ticks_come_and_go_and_done_carries_them() -> None:
    rows = keyboard(["Text", "Email", "App"], "ab", multiple=True)
    tap = parse_callback(rows[0][1][1])  # "Email"
    assert tap is not None and toggled(tap) == frozenset({1})
    ticked = keyboard(["Text", "Email", "App"], "ab", multiple=True, ticked=toggled(tap))
    assert [text for row in ticked for text, _ in row] == ["Text", "✅ Email", "App", "Done ✔"]
    untick = parse_callback(ticked[0][1][1])
    assert untick is not None and toggled(untick) == frozenset()
    done = parse_callback(ticked[-1][0][1])
    assert done == Tap("done", "ab", ticked=frozenset({1}))
    assert label_of("✅ Email") == "Email"


def test_no_keyboard_without_a_question_token_or_with_too_many_options() -> None:
    assert keyboard(["Yes", "No"], "", multiple=False) == []
    assert keyboard([str(i) for i in range(30)], "ab", multiple=False) == []


@pytest.mark.parametrize("text, parsed", [
    ("/start MIND24", ("start", "MIND24")),
    ("/start@SoundingBoardBot MIND24", ("start", "MIND24")),
    ("/START", ("start", "")),
    ("/stop", ("stop", "")), ("/help", ("help", "")), ("/privacy", ("privacy", "")),
    ("/delete", ("delete", "")), ("/subscribe", ("subscribe", "")),
    ("/unsubscribe", ("unsubscribe", "")),
    ("/frobnicate", ("", "")),
    ("stop", None), ("yes", None), ("/", None), ("a /start", None),
])
def test_commands(text: str, parsed: Optional[Tuple[str, str]]) -> None:
    assert command(text) == parsed


def test_rendering_gives_buttons_only_to_questions_and_drops_empty_messages() -> None:
    out = render([Message("Hello"), Message(""), Message("Pick", ("A", "B"), question="ab")])
    assert [m.text for m in out] == ["Hello", "Pick"]
    assert out[0].markup is None
    assert out[1].markup is not None
    assert [b.text for b in out[1].markup.inline_keyboard[0]] == ["A", "B"]
    assert len(render([Message("x" * 5000)])[0].text) == 4096


@pytest.mark.parametrize("data, text, question", [
    (["a:3f2a9c01de:0", "a:3f2a9c01de:1"], "Have you used the service?", "3f2a9c01de"),
    (["t:3f2a9c01de:0:0", "d:3f2a9c01de:0"], "How would you like to hear?", "3f2a9c01de"),
    ([], f"Have you used the service?\n\n{TICK}Yes", ANSWERED),  # answered by a tap
    ([], "What's the first half of your postcode?", ""),  # the question now, typed
    ([], "Thanks, that's everything.", ""),
    (["s:MIND24"], "A new survey is open", ""),  # an invitation's button
    (["somebody else's"], "Hi", ""),
])
def test_the_question_a_typed_reply_answers(data: list, text: str, question: str) -> None:
    assert replied_question(data, text) == question
