"""Timeline days are UTC days, even on a PostgreSQL server set to another time zone."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import create_engine, text

from bot.db.models import Participation
from bot.db.repository import respondent_for
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.reporting import tallies
from bot.scripts import store
from bot.scripts.script import load_script
from tests.conftest import PROJECT_ROOT

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()


def test_a_late_evening_start_counts_on_its_utc_day(database_url: str) -> None:
    if database_url.startswith("postgresql"):  # UTC+14: 23:30 UTC is already tomorrow there
        admin = create_engine(database_url, isolation_level="AUTOCOMMIT", future=True)
        with admin.connect() as connection:
            name = database_url.rsplit("/", 1)[1]
            connection.execute(text(f"ALTER DATABASE \"{name}\" SET timezone = 'Pacific/Kiritimati'"))
        admin.dispose()
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    started = datetime(2026, 9, 1, 23, 30, tzinfo=timezone.utc)
    with unit_of_work(factory) as db:
        consultation = store.save_script(db, load_script(SCRIPT), SCRIPT)
        for n in range(3):
            db.add(Participation(consultation_id=consultation.id,
                                 respondent_id=respondent_for(db, f"{n:064d}").id,
                                 channel="rest", consented_at=started,
                                 notice_version="2026-11", started_at=started))
    with unit_of_work(factory) as db:
        days = tallies.day_counts(db, consultation.organisation_id, consultation.id)
    engine.dispose()
    assert days == [(date(2026, 9, 1), 3, 0)]
