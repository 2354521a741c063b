"""consultation.opens_on / closes_on: the bounds of UK days, not UTC days

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05

A consultation's first and last days are UK days (bot/scripts/days.py): one closing on
31 July closes at midnight at the end of 31 July in the UK, 23:00 UTC in summer. Bounds
stored before were UTC days (00:00:00 and 23:59:59.999999 UTC), an hour late in summer;
these are moved to the UK day they were written as. Winter days are the same in both.
A bound set by hand at another time of day is left alone.
"""
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Optional
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

UK = ZoneInfo("Europe/London")
TZ = sa.DateTime(timezone=True)
CONSULTATION = sa.table("consultation", sa.column("id", sa.Integer()),
                        sa.column("opens_on", TZ), sa.column("closes_on", TZ))


def _utc(moment: Optional[datetime]) -> Optional[datetime]:
    if moment is None:
        return None
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _uk_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UK).astimezone(timezone.utc)


def _uk_end(day: date) -> datetime:
    return _uk_start(day + timedelta(days=1)) - timedelta(microseconds=1)


def _utc_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=timezone.utc)


def _utc_end(day: date) -> datetime:
    return datetime.combine(day, time.max, tzinfo=timezone.utc)


def _move(to_uk: bool) -> None:
    bind = op.get_bind()
    for row in bind.execute(sa.select(CONSULTATION)).all():
        changes: dict[str, Any] = {}
        opens, closes = _utc(row.opens_on), _utc(row.closes_on)
        if opens is not None:
            day = opens.date() if to_uk else opens.astimezone(UK).date()
            before, after = (_utc_start, _uk_start) if to_uk else (_uk_start, _utc_start)
            if opens == before(day) and after(day) != opens:
                changes["opens_on"] = after(day)
        if closes is not None:
            day = closes.date() if to_uk else closes.astimezone(UK).date()
            before, after = (_utc_end, _uk_end) if to_uk else (_uk_end, _utc_end)
            if closes == before(day) and after(day) != closes:
                changes["closes_on"] = after(day)
        if changes:
            bind.execute(sa.update(CONSULTATION).where(CONSULTATION.c.id == row.id)
                         .values(**changes))


def upgrade() -> None:
    _move(to_uk=True)


def downgrade() -> None:
    _move(to_uk=False)
