"""Two organisations with users of every role, tokens, and answers played through the
real engine, so the app has something of its own and something foreign to (not) show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Sequence, Tuple

from sqlalchemy import select

from bot.commissioner import accounts, credentials
from bot.config import load_settings
from bot.db.models import AuditEntry, Consultation, utcnow
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.engine.conversation import handle_message
from bot.engine.turns import Inbound
from bot.scripts import store
from bot.scripts.script import load_script
from bot.trust.identity import respondent_ref
from bot.trust.pseudonym import pseudonym
from tests.e2e.helpers import TEST_SCRIPT

ROLES = ("admin", "author", "analyst")
PASSWORD = "a long test password 42"
FOREIGN_MARK = "Zanzibarfeedback"  # only ever in the other organisation's answers


@dataclass
class Org:
    name: str
    code: str
    title: str
    users: Dict[str, str] = field(default_factory=dict)  # role -> email
    tokens: Dict[str, str] = field(default_factory=dict)  # role -> API token


@dataclass
class World:
    database_url: str
    own: Org
    foreign: Org


def script_text(code: str, title: str) -> str:
    text = TEST_SCRIPT.read_text()
    return text.replace("code: TEST1", f"code: {code}").replace(
        "title: Test consultation", f"title: {title}")


def play(database_url: str, code: str, patients: Sequence[Tuple[str, str, str, List[str]]],
         start: int = 0) -> None:
    """Each patient: (channel, age, postcode, answers after consent/age/postcode)."""
    settings = load_settings({"SB_DATABASE_URL": database_url})
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    for n, (channel, age, postcode, answers) in enumerate(patients, start=start):
        who = pseudonym(settings.pseudonym_secret, channel, f"{code}-{n}")
        for text in [code, "yes", age, postcode, *answers]:
            with unit_of_work(factory) as db:
                handle_message(db, settings, Inbound(text, channel, who))
    engine.dispose()


def reference(database_url: str, code: str, who: str) -> str:
    """The respondent_ref the organisation running consultation `code` knows `who` by."""
    engine = make_engine(database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        organisation_id = db.scalar(select(Consultation.organisation_id)
                                    .where(Consultation.code == code))
    engine.dispose()
    return respondent_ref(who, organisation_id)


def audit_trail(database_url: str) -> List[Tuple[str, str, str]]:
    """(actor, action, detail) of every audit entry, oldest first."""
    engine = make_engine(database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        found = [(e.actor, e.action, e.detail) for e in
                 db.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    engine.dispose()
    return found


def _org(db, name: str, code: str, title: str, text: str) -> Org:  # type: ignore[no-untyped-def]
    organisation = accounts.organisation_named(db, name)
    store.save_script(db, load_script(text), text, organisation=organisation, status="live")
    org = Org(name, code, title)
    for role in ROLES:
        email = f"{role}@{code.lower()}.nhs.uk"
        user = accounts.create_user(db, organisation, email, role, PASSWORD)
        org.users[role] = email
        org.tokens[role] = credentials.create_api_token(db, user, "tests", utcnow())
    return org


# Own organisation: 39 people. Web 29, SMS 10; 30 finished, 9 stopped after "where"; the
# 8 on SMS were asked "ease" twice. Areas LS6 (29), LS1 (8), BD1 (2).
OWN_PATIENTS = (
    [("rest", "19", "LS6", ["yes", "pharmacy", "4", "text", "3", "very good", "=1+1 quick"])] * 12
    + [("rest", "20", "LS1", ["no", "5", "skip", "2", "good", "fine"])] * 8
    + [("twilio", "16", "LS6", ["yes", "gp", "banana", "2", "email", "10", "poor", "slow"])] * 8
    + [("twilio", "17", "BD1", ["no", "1", "skip", "0", "very poor", "bad"])] * 2
    + [("rest", "19", "LS6", ["yes", "pharmacy"])] * 9  # stopped after "where"
)
FOREIGN_PATIENTS = [("rest", "22", "M1", ["yes", "a&e", "3", "app", "7", "good",
                                          FOREIGN_MARK])] * 9


def build_world(database_url: str) -> World:
    engine = make_engine(database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        own = _org(db, "NHS Own ICB", "OWN1", "Own consultation", script_text("OWN1", "Own consultation"))
        foreign = _org(db, "NHS Foreign ICB", "FOR1", "Foreign consultation",
                       script_text("FOR1", "Foreign consultation"))
    engine.dispose()
    play(database_url, "OWN1", OWN_PATIENTS)
    play(database_url, "FOR1", FOREIGN_PATIENTS)
    return World(database_url, own, foreign)
