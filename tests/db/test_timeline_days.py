"""Timeline days are UK days (GMT or BST), as consultation days are, whatever time zone
the database server or session is set to."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import List, Tuple

import pytest
from sqlalchemy import create_engine, text

from bot.db.models import Participation
from bot.db.repository import respondent_for
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.reporting import tallies
from bot.scripts import store
from bot.scripts.script import load_script
from bot.trust.identity import respondent_ref
from tests.conftest import PROJECT_ROOT

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()


def _days_of(database_url: str, starts: List[datetime]) -> List[Tuple[date, int, int]]:
    if database_url.startswith("postgresql"):  # UTC+14: 23:30 UTC is already tomorrow there
        admin = create_engine(database_url, isolation_level="AUTOCOMMIT", future=True)
        with admin.connect() as connection:
            name = database_url.rsplit("/", 1)[1]
            connection.execute(text(f"ALTER DATABASE \"{name}\" SET timezone = 'Pacific/Kiritimati'"))
        admin.dispose()
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        consultation = store.save_script(db, load_script(SCRIPT), SCRIPT)
        for n, started in enumerate(starts):
            db.add(Participation(consultation_id=consultation.id,
                                 respondent_id=respondent_for(db, f"{n:064d}").id,
                                 channel="rest", consented_at=started,
                                 notice_version="2026-11", started_at=started,
                                 respondent_ref=respondent_ref(f"{n:064d}",
                                                               consultation.organisation_id)))
    with unit_of_work(factory) as db:
        days = tallies.day_counts(db, consultation.organisation_id, consultation.id)
    engine.dispose()
    return days


@pytest.mark.parametrize("started, uk_day", [
    # winter: the UK is on GMT, a UK day is a UTC day
    (datetime(2026, 12, 1, 23, 30, tzinfo=timezone.utc), date(2026, 12, 1)),
    (datetime(2026, 12, 2, 0, 30, tzinfo=timezone.utc), date(2026, 12, 2)),
    # summer: 23:30 UTC is 00:30 BST the next day; 22:59 UTC is 23:59 BST the same day
    (datetime(2026, 9, 1, 23, 30, tzinfo=timezone.utc), date(2026, 9, 2)),
    (datetime(2026, 9, 1, 22, 59, tzinfo=timezone.utc), date(2026, 9, 1)),
])
def test_a_start_counts_on_its_uk_day(database_url: str, started: datetime,
                                      uk_day: date) -> None:
    assert _days_of(database_url, [started] * 3) == [(uk_day, 3, 0)]


def test_starts_either_side_of_utc_midnight_in_summer_share_one_uk_day(
        database_url: str) -> None:
    starts = [datetime(2026, 9, 1, 23, 30, tzinfo=timezone.utc),
              datetime(2026, 9, 2, 0, 30, tzinfo=timezone.utc),
              datetime(2026, 9, 2, 22, 30, tzinfo=timezone.utc),
              datetime(2026, 9, 2, 23, 0, tzinfo=timezone.utc)]
    assert _days_of(database_url, starts) == [(date(2026, 9, 2), 3, 0),
                                              (date(2026, 9, 3), 1, 0)]
