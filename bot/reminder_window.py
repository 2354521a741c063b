"""When in the day a reminder may go: UK time, by default 09:00 to 20:00.

A reminder goes a day after someone went quiet, so without a window it goes at whatever
hour they last answered: a text at 2 a.m. wakes them, or whoever shares the phone and
reads "your NHS sexual health survey" on its lock screen. A reminder that falls due
outside the window waits for it to open (the sweep keeps finding it due, and sends it
then); an expiry does not wait (it sends nothing). Invitations are sent when a
commissioner runs them, so the window is theirs to choose.
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
class ReminderWindow:
    """From `opens` up to (not including) `closes`, UK time; 00:00-24:00 is all day."""

    opens: time
    closes: time  # time.max for 24:00

    def allows(self, now: datetime) -> bool:
        """Whether a reminder may go at `now` (a UTC moment; naive means UTC)."""
        aware = now if now.tzinfo else now.replace(tzinfo=timezone.utc)
        local = aware.astimezone(UK).time()
        return self.opens <= local and (local < self.closes or self.closes == time.max)

    def __str__(self) -> str:
        closes = "24:00" if self.closes == time.max else self.closes.strftime("%H:%M")
        return f"{self.opens.strftime('%H:%M')}-{closes}"


def parse_window(text: str) -> ReminderWindow:
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
    return ReminderWindow(opens, closes)
