"""Retention reaches every table: a person whose data is all older than the period
leaves no trace of their number, chat id, pseudonym or words in any table, nor in the
SQLite file's bytes (the database and its write-ahead log), after `retention apply`.

Kept on purpose: an opt-out (a number that said STOP must never be texted again; it
holds only the pseudonym) and the audit log (who did what, for the organisation's own
accountability; it names a person only by a respondent reference, never a number or
words).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import List

import pytest
from sqlalchemy import DateTime, text
from sqlalchemy.orm import sessionmaker

from bot.cli.main import main
from bot.config import PROJECT_ROOT, load_settings
from bot.db.models import (
    Base,
    Contact,
    InboundMessage,
    OptOut,
    SmsSession,
    TelegramChat,
    TelegramInvitation,
    TelegramSession,
    utcnow,
)
from bot.db.session import unit_of_work
from bot.trust import identity
from bot.trust.pseudonym import pseudonym
from tests.actions.harness import Patient
from tests.cli.conftest import run

TEST_SCRIPT = str(PROJECT_ROOT / "tests" / "data" / "test-consultation.yml")
PHONE = "+447700900631"
CHAT_ID = "5813572468"
WORDS = "the glorfindel waiting room smelt of quince"


@pytest.fixture
def loaded_db(cli_db: str) -> str:
    assert main(["load", TEST_SCRIPT]) == 0
    return cli_db


def take_part_long_ago(factory: sessionmaker) -> str:
    """A texter who answered everything, with words of their own, and every other row a
    person leaves: returns their pseudonym."""
    secret = load_settings().pseudonym_secret
    patient = Patient(identity.for_number(secret, "twilio", PHONE))
    for message in ("TEST1", "yes", "19", "LS6", "no", "4", "skip", "3", "good", WORDS):
        patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)
    who = pseudonym(secret, "twilio", PHONE)
    telegram = pseudonym(secret, "telegram", CHAT_ID)
    with unit_of_work(factory) as session:
        consultation_id = session.execute(text("SELECT id FROM consultation")).scalar()
        session.add(Contact(consultation_id=consultation_id, phone=PHONE, status="sent",
                            message_sid="SM" + "6" * 32))
        session.add(InboundMessage(provider_id="SM" + "7" * 32))
        session.add(SmsSession(pseudonym=who, phone=PHONE))
        session.add(TelegramSession(pseudonym=telegram, chat_id=CHAT_ID))
        session.add(TelegramChat(pseudonym=telegram, chat_id=CHAT_ID))
        session.add(TelegramInvitation(consultation_id=consultation_id, pseudonym=telegram,
                                       status="sent"))
    return who


def age_everything(factory: sessionmaker, days: int) -> None:
    """Every time in every table moved `days` back: all of it is older than the period."""
    old = utcnow() - timedelta(days=days)
    with unit_of_work(factory) as session:
        for table in Base.metadata.sorted_tables:
            stamps = [c.name for c in table.columns if isinstance(c.type, DateTime)]
            if stamps:
                session.execute(text(f"UPDATE {table.name} SET " + ", ".join(
                    f"{name} = CASE WHEN {name} IS NULL THEN NULL ELSE :old END"
                    for name in stamps)), {"old": old})


def holding(factory: sessionmaker, needles: List[str]) -> List[str]:
    """`table.column` of every value holding one of `needles`."""
    found = []
    with unit_of_work(factory) as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(text(f"SELECT * FROM {table.name}")).mappings():
                found += [f"{table.name}.{column}" for column, value in row.items()
                          if any(needle in str(value) for needle in needles)]
    return sorted(set(found))


def test_after_retention_nothing_of_an_old_participant_is_left(
        loaded_db: str, sqlite_factory: sessionmaker, capsys: pytest.CaptureFixture) -> None:
    who = take_part_long_ago(sqlite_factory)
    needles = [PHONE, PHONE[1:], CHAT_ID, WORDS, "glorfindel", who]
    assert holding(sqlite_factory, needles)  # it was all there
    age_everything(sqlite_factory, 400)
    code, out, _ = run(capsys, "retention", "apply", "--days", "365")
    assert code == 0, out
    assert holding(sqlite_factory, needles) == []
    with unit_of_work(sqlite_factory) as session:
        counts = {table.name: session.execute(text(f"SELECT count(*) FROM {table.name}")).scalar()
                  for table in Base.metadata.sorted_tables}
    person = {"respondent", "participation", "answer", "conversation", "contact",
              "inbound_message", "sms_session", "telegram_session", "telegram_chat",
              "telegram_invitation"}
    assert {name: counts[name] for name in person} == dict.fromkeys(person, 0)
    sqlite_factory.kw["bind"].dispose()
    database = Path(loaded_db[len("sqlite:///"):])
    for path in (database, Path(f"{database}-wal")):
        content = path.read_bytes() if path.exists() else b""
        for trace in needles:
            assert trace.encode() not in content, f"{trace!r} is still in {path.name}"


def test_an_opt_out_outlives_retention(loaded_db: str, sqlite_factory: sessionmaker,
                                       capsys: pytest.CaptureFixture) -> None:
    """A number that said STOP long ago is still never invited: only its pseudonym stays."""
    with unit_of_work(sqlite_factory) as session:
        session.add(OptOut(pseudonym="f" * 64))
    age_everything(sqlite_factory, 400)
    assert run(capsys, "retention", "apply", "--days", "365")[0] == 0
    with unit_of_work(sqlite_factory) as session:
        assert session.execute(text("SELECT pseudonym FROM opt_out")).scalars().all() == [
            "f" * 64]
