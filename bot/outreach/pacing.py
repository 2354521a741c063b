"""Sending a run of invitations at a steady pace, SMS and Telegram alike.

A run ends early, after the sends in flight, when it is told to stop (Ctrl-C) or when
the sending window closes (`SB_SEND_WINDOW`): nobody is texted at night because a
commissioner started 5,000 numbers at 19:30. What it did not start stays pending, and
the next run sends only those.
"""

from __future__ import annotations

import asyncio
import enum
import time
from datetime import datetime, timezone
from typing import Any, Callable, Coroutine, List, Optional, Set

from bot.send_window import SendWindow, uk_clock

MAX_IN_FLIGHT = 10  # concurrent requests to Twilio or Telegram, whatever the rate

Progress = Callable[[int, int], None]


class Ended(enum.Enum):
    """Why a run stopped starting sends."""

    DONE = "done"  # every id was sent (or found not ours to send)
    STOPPED = "stopped"  # told to stop
    WINDOW_CLOSED = "outside the sending window"  # the rest wait for the window to open


class Pacer:
    """Spaces calls `1/rate` seconds apart; a slow call does not earn a burst later."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self._next = 0.0

    async def wait(self) -> None:
        now = time.monotonic()
        start = max(self._next, now)
        self._next = start + self.interval
        if start > now:
            await asyncio.sleep(start - now)


async def send_paced(ids: List[int], send_one: Callable[[int], Coroutine[Any, Any, None]],
                     pacer: Pacer, progress: Optional[Progress], stop: Optional[asyncio.Event],
                     open_now: Callable[[], bool]) -> Ended:
    """`send_one` each id, paced, at most MAX_IN_FLIGHT at once, while `open_now()` (the
    sending window) holds and `stop` is not set; the sends in flight always finish."""
    slots, done, ended = asyncio.Semaphore(MAX_IN_FLIGHT), 0, Ended.DONE
    running: Set[asyncio.Task[None]] = set()

    def finished(task: asyncio.Task[None]) -> None:
        nonlocal done
        done += 1
        slots.release()
        running.discard(task)
        if progress is not None:
            progress(done, len(ids))

    for item in ids:
        await slots.acquire()
        await pacer.wait()
        if stop is not None and stop.is_set():
            ended = Ended.STOPPED
        elif not open_now():
            ended = Ended.WINDOW_CLOSED
        if ended is not Ended.DONE:
            slots.release()
            break
        task = asyncio.create_task(send_one(item))
        running.add(task)
        task.add_done_callback(finished)
    await asyncio.gather(*running)
    return ended


def window_open(window: SendWindow) -> Callable[[], bool]:
    """Whether the sending window is open now: the real clock, for `send_paced`."""
    return lambda: window.allows(datetime.now(timezone.utc))


def outside_window(window: SendWindow, now: datetime, left: int, again: str,
                   setting: str = "") -> str:
    """What a commissioner is told when a run stops (or will not start) for the window."""
    return (f"Invitations go only between {window.opening} and {window.closing} UK time"
            f"{setting}; it is {uk_clock(now)} now. {left:,} still to send: {again} after "
            f"{window.opening} to send them.")
