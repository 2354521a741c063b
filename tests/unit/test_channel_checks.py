"""What the channels answer themselves: bad messages and senders going too fast."""

from __future__ import annotations

from typing import List

import pytest

from bot.channels.inbound import inbound_problem
from bot.limits.rate_limit import RateLimiter


@pytest.mark.parametrize("text, kind", [
    ("hello", ""), ("x" * 100, ""), ("", "empty"), ("   \n", "empty"), (None, "empty"),
    (42, "empty"), ("x" * 101, "too_long"),
    # A contact or a place shared by the phone is not an answer (SMS sends them as text).
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Alex Smith\nTEL;TYPE=CELL:07700 900123\nEND:VCARD",
     "not_typed"),
    ("https://maps.app.goo.gl/Xy12AbCd", "not_typed"),
    ("My location: https://maps.google.com/?q=53.800800,-1.549100", "not_typed"),
    ("Location: https://goo.gl/maps/abc123", "not_typed"),
    ("https://maps.apple.com/?ll=53.8008,-1.5491&q=Dropped%20Pin", "not_typed"),
    ("Dropped pin\nhttps://www.google.com/maps/search/?api=1&query=53.80,-1.54", "not_typed"),
    ("geo:53.8008,-1.5491", "not_typed"), ("53.8008, -1.5491", "not_typed"),
    ("https://what3words.com/filled.count.soap", "not_typed"),
    # The patient's own words stay theirs, links and numbers included.
    ("the map https://maps.app.goo.gl/x was wrong", ""), ("near the station", ""),
    ("3", ""), ("1.5, 2", ""), ("location", ""), ("nhs.uk told me to go", ""),
])
def test_inbound_problem(text: object, kind: str) -> None:
    found, reply = inbound_problem(text, limit=100)
    assert found == kind
    assert (reply == "") is (kind == "")
    if kind == "too_long":
        assert "100 characters" in reply


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("gaps, allowed", [
    ([0] * 4, [True, True, True, False]),              # a burst of 3, then no
    ([0, 0, 0, 1.0], [True, True, True, True]),        # 60/min refills one a second
    ([0, 0, 0, 0.5], [True, True, True, False]),       # not yet
    ([0, 0, 0, 100, 0, 0, 0], [True] * 6 + [False]),   # refills only up to the burst
])
def test_rate_limiter(gaps: List[float], allowed: List[bool]) -> None:
    clock = Clock()
    limiter = RateLimiter(per_minute=60, burst=3, clock=clock)
    seen = []
    for gap in gaps:
        clock.now += gap
        seen.append(limiter.allow("sender"))
    assert seen == allowed


def test_each_sender_has_its_own_bucket_and_idle_ones_are_forgotten() -> None:
    clock = Clock()
    limiter = RateLimiter(per_minute=60, burst=1, max_senders=2, clock=clock)
    assert limiter.allow("a") and not limiter.allow("a")
    assert limiter.allow("b") and limiter.allow("c")  # "a" is now the longest idle: dropped
    assert limiter.allow("a")  # a fresh bucket
