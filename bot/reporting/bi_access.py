"""Read-only SQL access for an organisation's BI tools (PostgreSQL).

Each organisation gets a schema `org_<id>` holding `answers_flat` and
`participation_summary` restricted to its consultations (security-barrier views,
which run with their owner's rights), and a login role that may read those two
views and nothing else: not the tables, not another organisation's schema, and
every transaction read-only. SQLite has no roles: share exports there instead.
"""

from __future__ import annotations

import re

from sqlalchemy.engine import Connection

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{2,40}$")
VIEWS = ("answers_flat", "participation_summary")


class AccessError(ValueError):
    """The role cannot be made as asked; the message says why."""


def schema_for(organisation_id: int) -> str:
    return f"org_{int(organisation_id)}"


def grant_reader(connection: Connection, organisation_id: int, role: str, password: str) -> str:
    """Create or refresh the organisation's views and its reader role; returns the schema."""
    if connection.dialect.name != "postgresql":
        raise AccessError("read-only roles need PostgreSQL (SB_DATABASE_URL)")
    if not ROLE_NAME.match(role) or role.startswith("pg_"):
        raise AccessError("role names are 3-41 lower-case letters, digits and _")
    schema = schema_for(organisation_id)
    run = connection.exec_driver_sql
    run(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    for view in VIEWS:
        run(f"CREATE OR REPLACE VIEW {schema}.{view} WITH (security_barrier) AS "
            f"SELECT * FROM public.{view} WHERE organisation_id = {int(organisation_id)}")
    exists = run("SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": role}).first()
    verb = "ALTER" if exists else "CREATE"
    # psycopg2 quotes the password as a literal (DDL takes no bound parameters).
    run(f"{verb} ROLE {role} LOGIN PASSWORD %(p)s", {"p": password})
    run(f"ALTER ROLE {role} SET default_transaction_read_only = on")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}")
    run(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
    run(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
    return schema
