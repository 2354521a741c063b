"""Dates and times as people in the UK read them: "4 December 2026", "21:50 GMT".

Pages, charts and the published findings use these; machine outputs (the CSV exports
and the JSON API) keep ISO 8601 dates ("2026-12-04"), which software sorts and parses.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, Optional

from bot.scripts.days import UK


def day_text(day: Any, short: bool = False) -> str:
    """'4 December 2026' (or '4 Dec 2026' where room is short) for a date or an ISO
    date string; anything else is given back as it came."""
    if isinstance(day, datetime):
        day = day.date()
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day[:10])
        except ValueError:
            return day
    if not isinstance(day, date):
        return "" if day is None else str(day)
    return f"{day.day} {day:%b %Y}" if short else f"{day.day} {day:%B %Y}"


def moment_text(moment: Optional[datetime]) -> str:
    """'4 December 2026, 21:50 GMT' (or BST, as the day falls) for a stored UTC moment."""
    if moment is None:
        return ""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    local = aware.astimezone(UK)
    return f"{day_text(local.date())}, {local:%H:%M} {local.tzname()}"
