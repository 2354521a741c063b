"""Dates and times as UK readers expect them (bot/reporting/dates.py)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from bot.reporting.dates import day_text, moment_text


@pytest.mark.parametrize("day, short, shown", [
    (date(2026, 12, 4), False, "4 December 2026"),
    ("2026-12-04", False, "4 December 2026"),
    ("2026-08-01", True, "1 Aug 2026"),
    (datetime(2026, 3, 29, 12, 0), False, "29 March 2026"),
    ("not a date", False, "not a date"),
    (None, False, ""),
])
def test_a_day_reads_as_day_month_year(day: object, short: bool, shown: str) -> None:
    assert day_text(day, short) == shown


@pytest.mark.parametrize("moment, shown", [
    (datetime(2026, 12, 4, 21, 50, tzinfo=timezone.utc), "4 December 2026, 21:50 GMT"),
    (datetime(2026, 12, 4, 21, 50), "4 December 2026, 21:50 GMT"),  # SQLite: naive UTC
    # summer: 23:30 UTC on 31 July is 00:30 BST on 1 August
    (datetime(2026, 7, 31, 23, 30, tzinfo=timezone.utc), "1 August 2026, 00:30 BST"),
    (None, ""),
])
def test_a_moment_reads_in_uk_time_saying_which(moment: object, shown: str) -> None:
    assert moment_text(moment) == shown  # type: ignore[arg-type]
