"""The schema is built only by migrations, and they match the models exactly."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from typing import Dict

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from bot.db import migrate
from bot.db.models import (
    Answer,
    Base,
    Consultation,
    Organisation,
    Participation,
    QuestionRow,
    utcnow,
)
from bot.db.repository import is_open, respondent_for
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.reporting.findings import consultation_info
from bot.scripts import store
from bot.scripts.script import load_script
from bot.trust import identity
from bot.trust.pseudonym import pseudonym
from tests.conftest import PROJECT_ROOT

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()
SECRET = "s" * 40
# The participation table as it was before 0018 (the model has respondent_ref since).
PARTICIPATION_AT_0017 = sa.table(
    "participation", *(sa.column(name) for name in (
        "id", "consultation_id", "respondent_id", "channel", "status", "consented_at",
        "notice_version", "started_at", "updated_at")))


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


def test_respondent_refs_held_before_0018_are_backfilled_per_organisation(
        database_url: str) -> None:
    """0018 gives every participation already held its organisation's respondent_ref
    (more than one batch of them), and the BI views show it in the column they always
    had it in: the same person has unrelated refs in two organisations."""
    migrate.downgrade(database_url, "0017")
    engine = make_engine(database_url)
    postgres = engine.dialect.name == "postgresql"
    with unit_of_work(make_session_factory(engine)) as db:
        own = store.save_script(db, load_script(SCRIPT), SCRIPT)
        other = SCRIPT.replace("TEST1", "OTHER1").replace("NHS Test ICB", "Other Trust")
        theirs = store.save_script(db, load_script(other), other)
        question = {c.id: db.scalar(select(QuestionRow.id).where(
            QuestionRow.consultation_id == c.id, QuestionRow.key == "used_service"))
            for c in (own, theirs)}
        people = [respondent_for(db, pseudonym(SECRET, "twilio", f"+4477009{n:05d}")).id
                  for n in range(1201)]
        taking_part = [{"consultation_id": own.id, "respondent_id": person}
                       for person in people] + [{"consultation_id": theirs.id,
                                                 "respondent_id": people[0]}]
        db.execute(PARTICIPATION_AT_0017.insert(), [dict(row, channel="twilio", status="started",
                   consented_at=utcnow(), notice_version="2026-11", started_at=utcnow(),
                   updated_at=utcnow()) for row in taking_part])
        for consultation in (own, theirs):
            first = db.scalar(select(func.min(PARTICIPATION_AT_0017.c.id)).where(
                PARTICIPATION_AT_0017.c.consultation_id == consultation.id))
            db.add(Answer(participation_id=first, question_id=question[consultation.id],
                          status="answered", value_text="Yes"))
        organisations = {own.id: own.organisation_id, theirs.id: theirs.organisation_id}
    with engine.begin() as connection:
        columns = {view: list(connection.execute(text(f"SELECT * FROM {view}")).keys())
                   for view in ("answers_flat", "participation_summary")}
        if postgres:  # an organisation's BI schema (bot.reporting.bi_access) over the views
            connection.execute(text("CREATE SCHEMA org_bi_test"))
            connection.execute(text("CREATE VIEW org_bi_test.answers_flat AS "
                                    "SELECT * FROM public.answers_flat"))
    migrate.upgrade(database_url)
    with engine.connect() as connection:
        held = connection.execute(text(
            "SELECT p.consultation_id, r.pseudonym, p.respondent_ref FROM participation p "
            "JOIN respondent r ON r.id = p.respondent_id")).all()
        refs = dict(connection.execute(text(
            "SELECT consultation_code, respondent_ref FROM answers_flat")).all())
        summary = dict(connection.execute(text(
            "SELECT consultation_code, respondent_ref FROM participation_summary "
            "WHERE participation_id IN (SELECT min(id) FROM participation "
            "GROUP BY consultation_id)")).all())
        after = {view: list(connection.execute(text(f"SELECT * FROM {view}")).keys())
                 for view in ("answers_flat", "participation_summary")}
        through_bi = (dict(connection.execute(text(
            "SELECT consultation_code, respondent_ref FROM org_bi_test.answers_flat")).all())
            if postgres else refs)
    assert len(held) == 1202
    assert all(ref == identity.respondent_ref(who, organisations[consultation])
               for consultation, who, ref in held)
    first = pseudonym(SECRET, "twilio", "+447700900000")
    assert refs == summary == through_bi == {
        "TEST1": identity.respondent_ref(first, organisations[own.id]),
        "OTHER1": identity.respondent_ref(first, organisations[theirs.id])}
    assert refs["TEST1"] != refs["OTHER1"]
    assert after == columns  # old queries by position still work
    if not postgres:  # there a trigger fills it in (next test)
        with pytest.raises(IntegrityError), unit_of_work(make_session_factory(engine)) as db:
            db.add(Participation(consultation_id=own.id, respondent_id=people[1],
                                 channel="rest", consented_at=utcnow(),
                                 notice_version="2026-11"))
            db.flush()  # a participation is never made without its reference
    migrate.downgrade(database_url, "0017")  # and back: the service-wide ref, as it was
    with engine.connect() as connection:
        restored = dict(connection.execute(text(
            "SELECT consultation_code, respondent_ref FROM answers_flat")).all())
        assert "respondent_ref" not in {c["name"] for c in inspect(connection).get_columns(
            "participation")}
    engine.dispose()
    assert restored == {"TEST1": first[:12], "OTHER1": first[:12]}


def test_old_code_consenting_during_a_rolling_upgrade_to_0018_still_gets_its_ref(
        postgres_url: str) -> None:
    """While the migrate job has run and the old pods still serve, the old code inserts
    participations without a respondent_ref: PostgreSQL fills in the one the new code
    would have written, rather than refuse the consent (NOT NULL); a ref given is kept.
    Rolling back and upgrading again (with an organisation's BI views) still works."""
    engine = make_engine(postgres_url)
    with unit_of_work(make_session_factory(engine)) as db:
        consultation = store.save_script(db, load_script(SCRIPT), SCRIPT)
        people = {n: respondent_for(db, pseudonym(SECRET, "twilio", f"+4477009{n:05d}"))
                  for n in range(4)}
        who = {n: (person.id, person.pseudonym) for n, person in people.items()}
        organisation_id = consultation.organisation_id
        consultation_id = consultation.id

    def consent(person: int, **ref: str) -> int:
        """A participation as the code before 0018 made it (or with a ref given)."""
        table = PARTICIPATION_AT_0017 if not ref else sa.table(
            "participation", *(sa.column(c.name) for c in PARTICIPATION_AT_0017.columns),
            sa.column("respondent_ref"))
        with engine.begin() as connection:
            made = connection.execute(table.insert().values(
                consultation_id=consultation_id, respondent_id=who[person][0],
                channel="twilio", status="started", consented_at=utcnow(),
                notice_version="2026-11", started_at=utcnow(), updated_at=utcnow(), **ref)
                .returning(table.c.id)).scalar_one()
        return int(made)

    def ref(participation: int) -> str:
        with engine.connect() as connection:
            return str(connection.execute(text(
                "SELECT respondent_ref FROM participation WHERE id = :id"),
                {"id": participation}).scalar_one())

    assert ref(consent(0)) == identity.respondent_ref(who[0][1], organisation_id)
    assert ref(consent(1, respondent_ref="abcdef012345")) == "abcdef012345"
    with engine.begin() as connection:  # an organisation's BI schema over the views
        connection.execute(text("CREATE SCHEMA org_bi_test"))
        connection.execute(text("CREATE VIEW org_bi_test.participation_summary AS "
                                "SELECT * FROM public.participation_summary"))
    migrate.downgrade(postgres_url, "0017")
    consent(2)  # the code before 0018 still works once it is rolled back
    migrate.upgrade(postgres_url)
    assert ref(consent(3)) == identity.respondent_ref(who[3][1], organisation_id)
    with engine.connect() as connection:
        shown = dict(connection.execute(text(
            "SELECT participation_id, respondent_ref FROM org_bi_test.participation_summary"))
            .all())
    engine.dispose()
    assert sorted(shown.values()) == sorted(  # upgrading again backfilled every ref
        identity.respondent_ref(who[n][1], organisation_id) for n in range(4))


def test_0019_up_and_down_keeps_everyones_sessions_and_api_tokens(
        database_url: str) -> None:
    """0019, upgrading or rolling back, on SQLite rebuilt commissioner_user, and
    with foreign keys on, dropping the old table deleted every web session and API token
    (ON DELETE CASCADE): everyone was signed out and every organisation's BI scripts
    stopped working, with nothing said."""
    from bot.commissioner import accounts, credentials
    from bot.config import load_settings

    engine = make_engine(database_url)
    settings = load_settings({})
    with unit_of_work(make_session_factory(engine)) as db:
        organisation = accounts.organisation_named(db, "NHS Rollback ICB")
        user = accounts.create_user(db, organisation, "lead@rollback.nhs.uk", "admin",
                                    "a long enough password 1")
        credentials.create_api_token(db, user, "bi", utcnow())
        credentials.start_session(db, user, settings.commissioner, utcnow())
    engine.dispose()

    def held() -> Dict[str, int]:
        engine = make_engine(database_url)
        with engine.connect() as connection:
            found = {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                     for table in ("commissioner_user", "api_token", "web_session")}
        engine.dispose()
        return found

    kept = {"commissioner_user": 1, "api_token": 1, "web_session": 1}
    migrate.downgrade(database_url, "0017")  # and 0018's, of the same release
    assert held() == kept
    migrate.upgrade(database_url)
    assert held() == kept
