"""An account's email may be as long as email addresses are (254 characters, as the
users page and `bot users add` take): such a user signs in and acts, and the audit log
names them in full, on PostgreSQL as on SQLite."""

from __future__ import annotations

from sqlalchemy import select

from bot.commissioner import accounts
from bot.db.models import AuditEntry, utcnow
from bot.db.session import make_engine, make_session_factory, unit_of_work
from tests.conftest import settings_for

LONG = "firstname.middlename.lastname." * 4 + "commissioning-support@nhs-example-icb.nhs.uk"
PASSWORD = "a long enough passphrase 42"


def test_a_user_with_a_long_email_signs_in_and_is_audited_in_full(database_url: str) -> None:
    assert 100 < len(LONG) <= 254
    settings = settings_for(database_url)
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        organisation = accounts.organisation_named(db, "NHS Example ICB")
        accounts.create_user(db, organisation, LONG, "admin", PASSWORD)
    with unit_of_work(factory) as db:
        signed_in = accounts.sign_in(db, LONG, PASSWORD, settings.commissioner, utcnow())
    with unit_of_work(factory) as db:
        actors = list(db.scalars(select(AuditEntry.actor).where(AuditEntry.action == "sign_in")))
    engine.dispose()
    assert signed_in.user is not None
    assert actors == [LONG]
