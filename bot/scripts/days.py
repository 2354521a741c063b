"""A consultation's days are days in the UK: it opens at midnight at the start of its
first day and closes at midnight at the end of its last, UK time (GMT or BST).

Moments are stored in UTC; in summer a UK day runs from 23:00 UTC the day before, so a
UTC day would open a consultation an hour late and close it an hour late.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Optional
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")


def first_moment(day: date) -> datetime:
    """Midnight at the start of `day` in the UK, in UTC."""
    return datetime.combine(day, time.min, tzinfo=UK).astimezone(timezone.utc)


def last_moment(day: date) -> datetime:
    """The last microsecond of `day` in the UK, in UTC."""
    return first_moment(day + timedelta(days=1)) - timedelta(microseconds=1)


def uk_day(moment: Optional[datetime]) -> Optional[date]:
    """The UK day a stored moment falls on (SQLite hands back naive UTC times)."""
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return aware.astimezone(UK).date()


def uk_today(now: Optional[datetime] = None) -> date:
    """Today in the UK."""
    return uk_day(now or datetime.now(timezone.utc)) or date.today()
