"""What the reminder sweep does with each kept number or chat id (bot/channels/reminders.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Optional

import pytest

from bot.channels.reminders import Fate, Kept, Rules, fate
from bot.send_window import parse_window

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=timezone.utc)
ALL_DAY = parse_window("00:00-24:00")
SMS = Rules("sms", None, "phone", "", timedelta(hours=24), timedelta(hours=48), 60, ALL_DAY)
TELEGRAM = Rules("telegram", None, "chat_id", "", timedelta(hours=24), None, 60, ALL_DAY)
DAYTIME = parse_window("09:00-20:00")


def ago(hours: Optional[float]) -> Optional[datetime]:
    return None if hours is None else NOW - timedelta(hours=hours)


def kept(written: float = 30, active: Optional[float] = 30, in_progress: bool = True,
         reminded: Optional[float] = None, opted_out: bool = False) -> Kept:
    """Times in hours before NOW."""
    written_at = ago(written)
    assert written_at is not None
    return Kept(written_at, ago(active), in_progress, ago(reminded), opted_out)


CASES = [
    # (what is kept, on SMS, on Telegram)
    (kept(active=23), "keep", "keep"),  # not quiet long enough
    (kept(active=25, written=25), "remind", "remind"),
    (kept(active=25, written=30), "remind", "remind"),  # written before the last turn
    (kept(active=25, written=2), "keep", "keep"),  # wrote lately, with no turn (/help)
    (kept(active=25, reminded=1), "keep", "forget"),  # this spell's reminder went
    (kept(active=30, reminded=40), "remind", "remind"),  # replied since: a new spell
    (kept(active=49), "expire", "remind"),  # Telegram never expires
    (kept(active=49, reminded=25), "expire", "forget"),
    (kept(active=25, opted_out=True), "forget", "forget"),
    (kept(active=1, opted_out=True), "forget", "forget"),
    (kept(active=None, in_progress=False, written=0), "forget", "forget"),  # nothing begun
    (kept(active=1, in_progress=False), "keep", "keep"),  # consent pending, maybe
    (kept(active=30, in_progress=False), "keep", "forget"),
    (kept(active=49, in_progress=False), "forget", "forget"),  # finished, withdrawn…
]


@pytest.mark.parametrize("case, on_sms, on_telegram", CASES)
def test_what_the_sweep_does(case: Kept, on_sms: Fate, on_telegram: Fate) -> None:
    assert (fate(case, NOW, SMS), fate(case, NOW, TELEGRAM)) == (on_sms, on_telegram)


@pytest.mark.parametrize("rules", [SMS, TELEGRAM], ids=["sms", "telegram"])
def test_one_reminder_per_quiet_spell(rules: Rules) -> None:
    """Hour by hour, a reply at 0 and at 40: one reminder each time, a day after it."""
    reminded: Optional[datetime] = None
    sent = []
    for hour in range(1, 100):
        now = NOW + timedelta(hours=hour)
        last_reply = NOW + timedelta(hours=40 if hour >= 40 else 0)
        if fate(Kept(NOW, last_reply, True, reminded, False), now, rules) == "remind":
            reminded = now
            sent.append(hour)
    assert sent == [25, 65]


@pytest.mark.parametrize("rules", [SMS, TELEGRAM], ids=["sms", "telegram"])
def test_a_reminder_due_at_night_waits_for_the_morning(rules: Rules) -> None:
    """Quiet since 01:30 one winter night: the reminder falls due at 01:30 the next, and
    goes at 09:00 UK time, the window's first sweep, not in the night."""
    quiet = datetime(2026, 12, 5, 1, 30, tzinfo=timezone.utc)  # GMT: UK time is UTC
    daytime = replace(rules, window=DAYTIME)
    minutes = [quiet + timedelta(hours=24, minutes=m) for m in range(15, 10 * 60, 15)]
    due = [now for now in minutes if fate(Kept(quiet, quiet, True, None, False), now, daytime)
           == "remind"]
    assert due[0] == datetime(2026, 12, 6, 9, 0, tzinfo=timezone.utc)
    assert all(fate(Kept(quiet, quiet, True, None, False), now, rules) == "remind"
               for now in minutes)  # all day: at once


def test_expiry_does_not_wait_for_the_window() -> None:
    """Expiry sends nothing, so it comes when it is due, at night too."""
    night = datetime(2026, 12, 7, 3, 0, tzinfo=timezone.utc)
    quiet = night - timedelta(hours=49)
    assert fate(Kept(quiet, quiet, True, None, False), night,
                replace(SMS, window=DAYTIME)) == "expire"
