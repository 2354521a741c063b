"""Lock-out after repeated failed sign-ins. Pure: the caller stores the numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional


@dataclass(frozen=True)
class LockoutPolicy:
    attempts: int  # failures in a row that lock the account
    minutes: int  # how long it stays locked


def as_utc(moment: Optional[datetime]) -> Optional[datetime]:
    """SQLite hands back naive datetimes; they were written in UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment


def is_locked(locked_until: Optional[datetime], now: datetime) -> bool:
    until = as_utc(locked_until)
    return until is not None and now < until


def after_failure(failures: int, now: datetime,
                  policy: LockoutPolicy) -> tuple[int, Optional[datetime]]:
    """The failure count and lock after one more failed sign-in."""
    failures += 1
    if failures >= policy.attempts:
        return 0, now + timedelta(minutes=policy.minutes)
    return failures, None
