"""What the reminder sweep does with each kept number or chat id (bot/channels/reminders.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Optional

import pytest

from bot.channels.reminders import Fate, Kept, Rules, fate

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=timezone.utc)
SMS = Rules("sms", None, "phone", "", timedelta(hours=24), timedelta(hours=48), 60)
TELEGRAM = Rules("telegram", None, "chat_id", "", timedelta(hours=24), None, 60)


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
