"""A bucket says whether a token is there, takes one only when asked, and how long
until the next: the arithmetic of a Retry-After."""

from __future__ import annotations

from bot.limits.rate_limit import Decision, RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_peek_takes_nothing_and_take_says_how_long_until_the_next() -> None:
    clock = Clock()
    limiter = RateLimiter(per_minute=6, burst=2, clock=clock)  # one token every 10 s
    assert limiter.peek("a") == Decision(True, 0.0)
    assert limiter.peek("a") == Decision(True, 0.0)
    assert limiter.take("a") == Decision(True, 0.0)  # one left
    assert limiter.take("a") == Decision(True, 10.0)  # the last: 10 s until the next
    assert limiter.peek("a") == Decision(False, 10.0)
    assert limiter.take("a") == Decision(False, 10.0)  # refused, and nothing taken
    clock.now = 4.0
    assert limiter.peek("a") == Decision(False, 6.0)
    clock.now = 10.0
    assert limiter.take("a") == Decision(True, 10.0)
    assert limiter.peek("b") == Decision(True, 0.0)  # another key, its own bucket
