"""The schema is built only by migrations, and they match the models exactly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from bot.db import migrate
from bot.db.models import Base
from bot.db.session import make_engine


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
