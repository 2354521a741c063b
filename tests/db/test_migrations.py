"""The schema is built only by migrations, and they match the models exactly."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from bot.db import migrate
from bot.db.models import Base, Consultation, Organisation
from bot.db.repository import is_open
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.reporting.findings import consultation_info
from tests.conftest import PROJECT_ROOT

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()


def test_models_and_migrations_agree(database_url: str) -> None:
    engine = make_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_answers_flat_view_is_there_and_queryable(database_url: str) -> None:
    engine = make_engine(database_url)
    assert "answers_flat" in inspect(engine).get_view_names()
    with engine.connect() as connection:
        result = connection.execute(text("SELECT * FROM answers_flat"))
        assert "respondent_ref" in result.keys() and "age_band" in result.keys()
        assert result.fetchall() == []
    engine.dispose()


def test_downgrade_and_upgrade_again(database_url: str) -> None:
    migrate.downgrade(database_url, "base")
    engine = make_engine(database_url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    migrate.upgrade(database_url)
    engine = make_engine(database_url)
    assert {"answer", "participation", "respondent"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_numbers_kept_before_0014_stay_and_count_as_written_then(database_url: str) -> None:
    """0014 gives sms_session a NOT NULL created_at: a number kept for a conversation in
    progress is not lost, and its quiet spell starts at the migration."""
    migrate.downgrade(database_url, "0013")
    engine = make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO sms_session (pseudonym, phone) "
                                "VALUES ('p-kept', '+447700900123')"))
    migrate.upgrade(database_url)
    with engine.connect() as connection:
        kept = connection.execute(text("SELECT phone, created_at FROM sms_session")).one()
        assert kept.phone == "+447700900123" and kept.created_at is not None
        assert "telegram_session" in inspect(connection).get_table_names()
    engine.dispose()


def test_closing_days_stored_before_0017_become_uk_days(database_url: str) -> None:
    """Bounds stored as UTC days before 0017 are moved to the UK days they were written
    as: a consultation closing on 31 July is shown closing then, and closes at midnight
    UK time; a winter day stays as it was."""
    migrate.downgrade(database_url, "0016")
    engine = make_engine(database_url)
    summer = (datetime(2026, 7, 1, tzinfo=timezone.utc),
              datetime.combine(date(2026, 7, 31), time.max, tzinfo=timezone.utc))
    winter = (datetime(2026, 12, 1, tzinfo=timezone.utc),
              datetime.combine(date(2026, 12, 31), time.max, tzinfo=timezone.utc))
    with unit_of_work(make_session_factory(engine)) as db:
        organisation = Organisation(name="NHS Test ICB")
        for code, (opens, closes) in (("SUMMER1", summer), ("WINTER1", winter)):
            db.add(Consultation(organisation=organisation, code=code, title=code,
                                status="live", opens_on=opens, closes_on=closes,
                                script_yaml=SCRIPT.replace("TEST1", code),
                                version_hash="0" * 64))
    migrate.upgrade(database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        shown = {c.code: consultation_info(c) for c in db.scalars(select(Consultation))}
        open_at = {c.code: [is_open(c, m) for m in (
            datetime(2026, 6, 30, 23, 30, tzinfo=timezone.utc),
            datetime(2026, 7, 31, 23, 30, tzinfo=timezone.utc),
            datetime(2026, 12, 31, 23, 30, tzinfo=timezone.utc))]
            for c in db.scalars(select(Consultation))}
    migrate.downgrade(database_url, "0016")  # and back, as it was
    with unit_of_work(make_session_factory(engine)) as db:
        restored = {c.code: (c.opens_on, c.closes_on) for c in db.scalars(select(Consultation))}
    engine.dispose()
    assert [(shown[c]["opens"], shown[c]["closes"]) for c in ("SUMMER1", "WINTER1")] == [
        ("2026-07-01", "2026-07-31"), ("2026-12-01", "2026-12-31")]
    assert open_at == {"SUMMER1": [True, False, False], "WINTER1": [False, False, True]}
    assert {code: tuple(m.replace(tzinfo=None) if m.tzinfo is None else
                        m.astimezone(timezone.utc).replace(tzinfo=None) for m in both)
            for code, both in restored.items()} == {
        "SUMMER1": tuple(m.replace(tzinfo=None) for m in summer),
        "WINTER1": tuple(m.replace(tzinfo=None) for m in winter)}
