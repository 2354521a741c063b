"""A run of invitations keeps to the sending window (bot/outreach/pacing.py)."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import List

import pytest

from bot.outreach.pacing import Ended, Pacer, outside_window, send_paced
from bot.send_window import parse_window


def run(ids: int, window: List[bool], stopped: bool) -> tuple:
    """Send `ids` ids while the window answers as listed (open after the list ends);
    `stopped`: Ctrl-C before it began. Returns (the ids sent, why the run ended)."""
    sent: List[int] = []
    answers = iter(window)

    async def go() -> Ended:
        stop = asyncio.Event()
        if stopped:
            stop.set()

        async def send_one(item: int) -> None:
            sent.append(item)
        return await send_paced(list(range(ids)), send_one, Pacer(10_000), None, stop,
                                lambda: next(answers, True))
    ended = asyncio.run(go())
    return sorted(sent), ended


@pytest.mark.parametrize("window, stopped, sent, ended", [
    ([], False, 5, Ended.DONE),  # open all along
    ([False], False, 0, Ended.WINDOW_CLOSED),  # closed at the start: nothing goes
    ([True, True, False], False, 2, Ended.WINDOW_CLOSED),  # closes part-way: stops there
    ([True, False, True], False, 1, Ended.WINDOW_CLOSED),  # closed once ends the run
    ([True] * 5 + [False], False, 5, Ended.DONE),  # closing after the last send: no matter
    ([], True, 0, Ended.STOPPED),  # Ctrl-C, window open
    ([False], True, 0, Ended.STOPPED),  # Ctrl-C says why first
], ids=["open", "closed", "closes", "no-reopening", "after-the-last", "stop", "stop-closed"])
def test_a_run_starts_sends_only_while_the_window_is_open(
        window: List[bool], stopped: bool, sent: int, ended: Ended) -> None:
    assert run(5, window, stopped) == (list(range(sent)), ended)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.mark.parametrize("window, now, left, text", [
    ("09:00-20:00", "2026-12-05 20:00", 1234,
     "Invitations go only between 09:00 and 20:00 UK time; it is 20:00 now. 1,234 still to "
     "send: run the same command after 09:00 to send them."),
    ("09:00-20:00", "2026-07-05 03:12", 5,  # BST: 04:12 in the UK
     "Invitations go only between 09:00 and 20:00 UK time; it is 04:12 now. 5 still to "
     "send: run the same command after 09:00 to send them."),
    ("08:30-21:15", "2026-12-05 21:15", 1,
     "Invitations go only between 08:30 and 21:15 UK time; it is 21:15 now. 1 still to "
     "send: run the same command after 08:30 to send them."),
])
def test_what_a_commissioner_is_told_outside_the_window(window: str, now: str, left: int,
                                                        text: str) -> None:
    assert outside_window(parse_window(window), utc(now), left,
                          "run the same command") == text
