"""`python -m bot bi-reader`: a read-only PostgreSQL login for one organisation's BI tool."""

from __future__ import annotations

import argparse
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cli.arguments import command
from bot.cli.commands import CommandError
from bot.commissioner.accounts import generated_password
from bot.config import load_settings
from bot.db.models import Organisation
from bot.db.repository import record_audit
from bot.db.session import make_engine
from bot.reporting.bi_access import AccessError, grant_reader

PASSWORD_VARIABLE = "SB_BI_PASSWORD"


def add_parser(sub: argparse._SubParsersAction) -> None:
    reader = command(sub, "bi-reader", "a read-only PostgreSQL role for one "
                     "organisation's BI tool (its own views only)")
    reader.add_argument("--organisation", required=True,
                        help="the organisation's name, as its accounts have it")
    reader.add_argument("--role", required=True, help="the database role to create or update")


def bi_reader(args: argparse.Namespace) -> int:
    settings = load_settings()
    engine = make_engine(settings.database_url, pooled=False)
    password = os.environ.get(PASSWORD_VARIABLE, "") or generated_password()
    try:
        with engine.begin() as connection:
            organisation_id = connection.execute(select(Organisation.id).where(
                Organisation.name == args.organisation)).scalar()
            if organisation_id is None:
                raise CommandError(f"no organisation named {args.organisation!r}")
            schema = grant_reader(connection, organisation_id, args.role, password)
            with Session(bind=connection) as db:
                record_audit(db, "cli", "bi_reader", f"{args.role} {schema}",
                             organisation_id=organisation_id)
                db.flush()
    except AccessError as error:
        raise CommandError(str(error)) from None
    finally:
        engine.dispose()
    print(f"role {args.role} may read {schema}.answers_flat and {schema}.participation_summary")
    if not os.environ.get(PASSWORD_VARIABLE):
        print(f"password (shown once): {password}")
    return 0
