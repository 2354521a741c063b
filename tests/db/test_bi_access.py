"""BI tools: the views, and on PostgreSQL a read-only role that sees one organisation."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from bot.config import PROJECT_ROOT
from bot.db.session import make_engine
from tests.commissioner.world import FOREIGN_MARK, build_world


def _cli(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {"SB_DATABASE_URL": url, "PATH": "/usr/bin:/bin", "SB_BI_PASSWORD": "bi reader pass 1"}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_views_carry_the_organisation_and_summarise_participations(database_url: str) -> None:
    build_world(database_url)
    engine = make_engine(database_url)
    with engine.connect() as connection:
        per_org = dict(connection.execute(text(
            "SELECT organisation, count(*) FROM answers_flat GROUP BY organisation")).all())
        summary = connection.execute(text(
            "SELECT status, count(*), sum(answered), sum(reasked) FROM participation_summary "
            "WHERE consultation_code = 'OWN1' GROUP BY status ORDER BY status")).all()
    engine.dispose()
    assert per_org == {"NHS Own ICB": 218, "NHS Foreign ICB": 63}
    assert [tuple(r) for r in summary] == [("completed", 30, 190, 8), ("started", 9, 18, 0)]


def test_reader_role_sees_only_its_organisation_and_cannot_write(postgres_url: str) -> None:
    build_world(postgres_url)
    role = f"bi_{uuid.uuid4().hex[:8]}"
    made = _cli(postgres_url, "bi-reader", "--organisation", "NHS Own ICB", "--role", role)
    assert made.returncode == 0, made.stderr
    assert "password" not in made.stdout  # given in the environment, so not printed
    schema = made.stdout.split(" may read ")[1].split(".")[0]
    reader = create_engine(postgres_url.replace("postgres@", f"{role}@"), future=True)
    try:
        with reader.connect() as connection:
            rows = connection.execute(text(f"SELECT organisation, value FROM {schema}.answers_flat")
                                      ).all()
            assert {r[0] for r in rows} == {"NHS Own ICB"} and len(rows) == 218
            assert FOREIGN_MARK not in {r[1] for r in rows}
            count = connection.execute(text(f"SELECT count(*) FROM {schema}.participation_summary")
                                       ).scalar()
            assert count == 39
        for forbidden in ("SELECT * FROM public.answer", "SELECT * FROM public.answers_flat",
                          "SELECT * FROM commissioner_user",
                          f"DELETE FROM {schema}.answers_flat",
                          f"CREATE TABLE {schema}.x (y int)"):
            with reader.connect() as connection, pytest.raises(DBAPIError):
                connection.execute(text(forbidden))
        other = _cli(postgres_url, "bi-reader", "--organisation", "NHS Foreign ICB",
                     "--role", role + "_f")
        other_schema = other.stdout.split(" may read ")[1].split(".")[0]
        with reader.connect() as connection, pytest.raises(DBAPIError):
            connection.execute(text(f"SELECT * FROM {other_schema}.answers_flat"))
    finally:
        reader.dispose()
        admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT", future=True)
        with admin.connect() as connection:
            for name in (role, role + "_f"):
                connection.execute(text(f"DROP OWNED BY {name}"))
                connection.execute(text(f"DROP ROLE IF EXISTS {name}"))
        admin.dispose()


def test_reader_role_needs_postgresql(sqlite_url: str) -> None:
    build_world(sqlite_url)
    refused = _cli(sqlite_url, "bi-reader", "--organisation", "NHS Own ICB", "--role", "bi_x")
    assert refused.returncode == 2 and "PostgreSQL" in refused.stderr


