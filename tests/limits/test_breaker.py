"""When a caller tries Redis after a failure (bot/limits/breaker.py), as a table: each row
is a story of tries, failures and successes at given seconds on an injected clock, and
what the breaker answers to each."""

from __future__ import annotations

from typing import List, Optional, Tuple, Union

import pytest

from bot.limits.breaker import Breaker

# (second, what happened, what the breaker answered): "try" -> may this caller try now?;
# "fail" -> did that open it?; "work" -> how long it had been open (None: it was closed).
Step = Tuple[float, str, Union[bool, Optional[float]]]

STORIES: List[Tuple[str, List[Step]]] = [
    ("closed: everyone tries, and a success changes nothing",
     [(0, "try", True), (0, "try", True), (0.1, "work", None), (0.2, "try", True)]),
    ("a failure opens it: nobody tries during the 5 s cool-off",
     [(0, "try", True), (2, "fail", True), (2.1, "try", False), (6.9, "try", False)]),
    ("after the cool-off one caller tries; the others go on without it meanwhile",
     [(0, "fail", True), (5, "try", True), (5.01, "try", False), (6, "try", False)]),
    ("the one try works: closed, everyone tries again; it had been down 5.5 s",
     [(0, "fail", True), (5, "try", True), (5.5, "work", 5.5), (5.6, "try", True),
      (5.6, "try", True)]),
    ("the one try fails: open for twice as long (10 s)",
     [(0, "fail", True), (5, "try", True), (7, "fail", False), (16.9, "try", False),
      (17, "try", True)]),
    ("failing on: 5, 10, 20, then 30 s at most",
     [(0, "fail", True), (5, "try", True), (5, "fail", False), (15, "try", True),
      (15, "fail", False), (35, "try", True), (35, "fail", False), (64.9, "try", False),
      (65, "try", True), (65, "fail", False), (94.9, "try", False), (95, "try", True)]),
    ("back after failing on: the next failure waits 5 s again, not 30",
     [(0, "fail", True), (5, "try", True), (5, "fail", False), (15, "try", True),
      (15, "work", 15), (20, "fail", True), (24.9, "try", False), (25, "try", True)]),
    ("steps begun before it opened fail as they time out: no longer cool-off for that",
     [(0, "try", True), (0, "try", True), (0, "try", True), (2, "fail", True),
      (2.01, "fail", False), (2.02, "fail", False), (7, "try", True)]),
    ("the one caller never says how it went (cancelled): another tries a cool-off later",
     [(0, "fail", True), (5, "try", True), (9.9, "try", False), (10, "try", True)]),
    ("any success closes it, even one not let through (a ticket given back)",
     [(0, "fail", True), (1, "work", 1), (1, "try", True)]),
]


@pytest.mark.parametrize("steps", [steps for _, steps in STORIES],
                         ids=[story for story, _ in STORIES])
def test_when_a_caller_tries_redis(steps: List[Step]) -> None:
    now = [0.0]
    breaker = Breaker(clock=lambda: now[0])
    answers, expected = [], []
    for second, happened, answer in steps:
        now[0] = second
        said = {"try": breaker.may_try, "fail": breaker.failed, "work": breaker.worked}[happened]()
        answers.append((second, happened, said))
        expected.append((second, happened, answer))
    assert answers == expected
