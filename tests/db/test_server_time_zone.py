"""Dates and times read back as the same UTC moments on SQLite and on a PostgreSQL server
set to a time zone of its own (a UK server is often on Europe/London): a consultation's
closing day, when someone took part and when something was done are the same on both."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import create_engine, text

from bot.commissioner import service
from bot.commissioner.guard import Principal
from bot.db.models import Participation
from bot.db.repository import consultation_by_code, record_audit, respondent_for
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.reporting.findings import consultation_info
from bot.scripts import store
from bot.scripts.script import load_script
from bot.trust.erasure_request import held_for
from bot.trust.identity import respondent_ref
from tests.conftest import PROJECT_ROOT

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()
WHO = "b" * 64


def on_server_time(database_url: str, zone: str) -> None:
    """Set a fresh test database's own time zone (SQLite has none)."""
    if not database_url.startswith("postgresql"):
        return
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT", future=True)
    with admin.connect() as connection:
        name = database_url.rsplit("/", 1)[1]
        connection.execute(text(f"ALTER DATABASE \"{name}\" SET timezone = '{zone}'"))
    admin.dispose()


def test_dates_read_back_the_same_whatever_the_servers_time_zone(database_url: str) -> None:
    on_server_time(database_url, "Pacific/Kiritimati")  # UTC+14: late evening is tomorrow
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    script = SCRIPT.replace("status: live", "status: live\nopens: 2026-09-01\ncloses: 2026-09-30")
    started = datetime(2026, 9, 1, 22, 30, tzinfo=timezone.utc)
    with unit_of_work(factory) as db:
        consultation = store.save_script(db, load_script(script), script)
        db.add(Participation(consultation_id=consultation.id,
                             respondent_id=respondent_for(db, WHO).id, channel="rest",
                             consented_at=started, notice_version="2026-11",
                             started_at=started,
                             respondent_ref=respondent_ref(WHO, consultation.organisation_id)))
        record_audit(db, "someone@example.nhs.uk", "launch", "TEST1",
                     organisation_id=consultation.organisation_id)
        organisation = consultation.organisation_id
    with unit_of_work(factory) as db:
        consultation = consultation_by_code(db, "TEST1")
        info = consultation_info(consultation)
        held = held_for(db, WHO, "secret")
        logged = service.audit_log(db, Principal(1, "someone@example.nhs.uk", "admin",
                                                 organisation, "NHS Test ICB", 8))
    engine.dispose()
    assert (info["opens"], info["closes"]) == ("2026-09-01", "2026-09-30")
    assert [taking.started for taking in held.participations] == ["2026-09-01"]
    at = datetime.fromisoformat(logged[0]["at"])
    assert at.utcoffset() in (None, timedelta(0))  # shown in UTC, as on SQLite
