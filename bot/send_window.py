"""When in the day (UK time) messages we start may go: by default 09:00 to 20:00.

Reminders and invitations are ours to time; a reply to a patient's own message goes at
any hour (they are awake, and waiting for it). A reminder goes a day after someone went
quiet, so without a window it goes at whatever hour they last answered: a text at 2 a.m.
wakes them, or whoever shares the phone and reads "your NHS sexual health survey" on its
lock screen. A reminder that falls due outside the window waits for it to open (the
sweep keeps finding it due, and sends it then); an expiry does not wait (it sends
nothing). A run of invitations stops starting sends when the window closes, and one
started outside it sends nothing: the rest stay pending for a later run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timezone
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")  # as bot/scripts/days.py; this module sits below config

DEFAULT = "09:00-20:00"
_SHAPE = re.compile(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*")


class BadWindow(ValueError):
    """Not a window of the day (the message says why)."""


@dataclass(frozen=True)
class SendWindow:
    """From `opens` up to (not including) `closes`, UK time; 00:00-24:00 is all day."""

    opens: time
    closes: time  # time.max for 24:00

    def allows(self, now: datetime) -> bool:
        """Whether a message we start may go at `now` (a UTC moment; naive means UTC)."""
        local = _uk(now).time()
        return self.opens <= local and (local < self.closes or self.closes == time.max)

    @property
    def opening(self) -> str:
        return self.opens.strftime("%H:%M")

    @property
    def closing(self) -> str:
        return "24:00" if self.closes == time.max else self.closes.strftime("%H:%M")

    def __str__(self) -> str:
        return f"{self.opening}-{self.closing}"


def uk_clock(now: datetime) -> str:
    """`now` (a UTC moment; naive means UTC) as "HH:MM" on a UK clock."""
    return _uk(now).strftime("%H:%M")


def _uk(now: datetime) -> datetime:
    return (now if now.tzinfo else now.replace(tzinfo=timezone.utc)).astimezone(UK)


def parse_window(text: str) -> SendWindow:
    """"HH:MM-HH:MM" (UK time), opening before it closes; "00:00-24:00" for all day."""
    found = _SHAPE.fullmatch(text)
    if found is None:
        raise BadWindow(f"{text!r} is not a window of the day such as {DEFAULT} (UK time)")
    open_hour, open_minute, close_hour, close_minute = (int(part) for part in found.groups())
    if open_hour > 23 or open_minute > 59 or close_minute > 59 or close_hour > 24 or (
            close_hour == 24 and close_minute):
        raise BadWindow(f"{text!r} has a time that is not on a clock (00:00 to 24:00)")
    opens = time(open_hour, open_minute)
    closes = time.max if close_hour == 24 else time(close_hour, close_minute)
    if closes <= opens:
        raise BadWindow(f"{text!r} closes before it opens: give the day's window, such as "
                        f"{DEFAULT} (a window across midnight is not allowed)")
    return SendWindow(opens, closes)
