"""Erasure on request (audited) and retention, from the command line."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Tuple

import pytest
from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from bot.cli.main import main
from bot.config import PROJECT_ROOT, load_settings
from bot.db.models import (
    Contact,
    InboundMessage,
    Participation,
    SmsSession,
    TelegramSession,
    utcnow,
)
from bot.db.session import unit_of_work
from bot.trust import identity
from bot.trust.pseudonym import pseudonym
from tests.actions.harness import Patient
from tests.cli.conftest import run

TEST_SCRIPT = str(PROJECT_ROOT / "tests" / "data" / "test-consultation.yml")


@pytest.fixture
def loaded_db(cli_db: str) -> str:
    assert main(["load", TEST_SCRIPT]) == 0
    return cli_db


def take_part() -> None:
    patient = Patient()
    for message in ("TEST1", "yes", "19", "LS6", "no", "4"):
        patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)


def ref(factory: sessionmaker, who: str, code: str = "TEST1") -> str:
    """The respondent_ref the organisation running `code` shows for `who`."""
    with unit_of_work(factory) as session:
        organisation_id = session.execute(text(
            "SELECT organisation_id FROM consultation WHERE code = :code"), {"code": code}).scalar()
    return identity.respondent_ref(who, organisation_id)


def counts(factory: sessionmaker) -> Tuple[int, int, int]:
    with unit_of_work(factory) as session:
        return tuple(session.execute(text(  # type: ignore[return-value]
            "SELECT (SELECT count(*) FROM participation), (SELECT count(*) FROM answer), "
            "(SELECT count(*) FROM respondent)")).one())


def test_erase_by_reference_is_audited(loaded_db: str, sqlite_factory: sessionmaker,
                                       capsys: pytest.CaptureFixture) -> None:
    take_part()
    take_part()
    with unit_of_work(sqlite_factory) as session:
        ref = session.execute(text("SELECT respondent_ref FROM answers_flat LIMIT 1")).scalar()
    assert counts(sqlite_factory) == (2, 4, 2)
    code, out, _ = run(capsys, "erase", ref, "--reason", "SAR-2026-17")
    assert code == 0 and "erased 1 participation(s)" in out
    assert counts(sqlite_factory) == (1, 2, 1)
    with unit_of_work(sqlite_factory) as session:
        audit = session.execute(text("SELECT actor, action, detail FROM audit_log "
                                     "WHERE action = 'erase'")).one()
    assert audit[:2] == ("cli", "erase") and "SAR-2026-17" in audit[2] and ref in audit[2]


@pytest.mark.parametrize("reference", ["abc", "zzzzzzzzzzzzzzzz", "0" * 12])
def test_erase_refuses_short_unknown_or_ambiguous_references(
    loaded_db: str, sqlite_factory: sessionmaker, capsys: pytest.CaptureFixture, reference: str
) -> None:
    take_part()
    code, _, err = run(capsys, "erase", reference, "--reason", "x")
    assert code == 2 and "no single respondent" in err
    assert counts(sqlite_factory) == (1, 2, 1)


def test_erase_by_one_organisations_reference_erases_them_everywhere(
        loaded_db: str, sqlite_factory: sessionmaker, capsys: pytest.CaptureFixture,
        tmp_path: Path) -> None:
    """`bot erase` acts for the whole service: any organisation's respondent_ref finds the
    person, and all they gave goes; the output and the audit name them by each
    organisation's reference, never by the pseudonym."""
    other = tmp_path / "other.yml"
    other.write_text(Path(TEST_SCRIPT).read_text().replace("code: TEST1", "code: OTHER1")
                     .replace("organisation: NHS Test ICB", "organisation: Other Trust"))
    assert main(["load", str(other)]) == 0
    patient = Patient(identity.for_number(load_settings().pseudonym_secret, "twilio",
                                          "+447700900555"))
    for code in ("TEST1", "OTHER1"):
        for message in (code, "yes", "19", "LS6", "no"):
            patient.says(message, "start_consultation" if message == code else "", 0.9)
    take_part()  # someone else
    refs = sorted(ref(sqlite_factory, patient.respondent, code) for code in ("TEST1", "OTHER1"))
    code, out, _ = run(capsys, "erase", refs[1].upper(), "--reason", "SAR-13")
    assert code == 0 and f"erased 2 participation(s) of respondent {refs[0]}, {refs[1]}" in out
    assert patient.respondent[:12] not in out
    assert counts(sqlite_factory) == (1, 2, 1)
    with unit_of_work(sqlite_factory) as session:
        detail = session.execute(text("SELECT detail FROM audit_log WHERE action = 'erase'")
                                 ).scalar()
    assert detail == f"{refs[0]},{refs[1]} participations=2 contacts=0 SAR-13"


def test_a_reference_from_an_export_made_before_0018_still_finds_them(
        loaded_db: str, sqlite_factory: sessionmaker, capsys: pytest.CaptureFixture) -> None:
    """Exports made before migration 0018 showed the pseudonym's first 12 characters (the
    same in every organisation): the command line, acting for the whole service, still
    finds someone by it."""
    patient = Patient()
    for message in ("TEST1", "yes", "19"):
        patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)
    take_part()
    code, out, _ = run(capsys, "erase", patient.respondent[:12], "--reason", "SAR-14")
    assert code == 0 and "erased 1 participation(s) of respondent " + ref(
        sqlite_factory, patient.respondent) in out
    assert counts(sqlite_factory) == (1, 2, 1)


def test_retention_dry_run_then_apply(loaded_db: str, sqlite_factory: sessionmaker,
                                      capsys: pytest.CaptureFixture) -> None:
    take_part()
    take_part()
    with unit_of_work(sqlite_factory) as session:
        oldest = session.query(Participation).order_by(Participation.id).first()
        oldest.started_at = utcnow() - timedelta(days=400)
    code, out, _ = run(capsys, "retention", "apply", "--dry-run")
    assert code == 0 and out.startswith("would delete 1 participation(s) and 2 answer(s)")
    assert counts(sqlite_factory) == (2, 4, 2)
    code, out, _ = run(capsys, "retention", "apply")
    assert out.startswith("deleted 1 participation(s) and 2 answer(s)")
    assert counts(sqlite_factory) == (1, 2, 1)
    assert run(capsys, "retention", "apply", "--days", "0")[0] == 2


def test_retention_further_back_than_a_calendar_goes_is_a_clear_error(
    loaded_db: str, sqlite_factory: sessionmaker, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    take_part()
    for days in ("100000000", "36501"):
        code, _, err = run(capsys, "retention", "apply", "--dry-run", "--days", days)
        assert code == 2 and "--days must be from 1 to 36500 (100 years)" in err
    assert counts(sqlite_factory) == (1, 2, 1)
    assert run(capsys, "retention", "apply", "--days", "36500")[0] == 0
    monkeypatch.setenv("SB_RETENTION_DAYS", "100000000")
    code, _, err = run(capsys, "retention", "apply", "--dry-run")
    assert code == 2 and "SB_RETENTION_DAYS must be from 1 to 36500 (100 years)" in err


@pytest.mark.parametrize("reason", ["Jane Smith asked on 07700 900123", "asked by phone",
                                    "SAR 2026 17", "x"])
def test_erase_takes_a_case_reference_not_words_about_the_person(
    loaded_db: str, sqlite_factory: sessionmaker, capsys: pytest.CaptureFixture, reason: str
) -> None:
    take_part()
    with unit_of_work(sqlite_factory) as session:
        ref = session.execute(text("SELECT respondent_ref FROM answers_flat LIMIT 1")).scalar()
    code, _, err = run(capsys, "erase", ref, "--reason", reason)
    assert code == 2 and "give the request's case reference" in err
    assert counts(sqlite_factory) == (1, 2, 1)  # nothing erased, nothing audited
    with unit_of_work(sqlite_factory) as session:
        assert session.execute(text("SELECT count(*) FROM audit_log "
                                    "WHERE action = 'erase'")).scalar() == 0


def test_erasure_leaves_no_trace_in_any_table_or_file(
    loaded_db: str, sqlite_factory: sessionmaker, capsys: pytest.CaptureFixture
) -> None:
    phone, words = "+447700900777", "my answer is zebra-quartz-unique"
    secret = load_settings().pseudonym_secret
    patient = Patient(identity.for_number(secret, "twilio", phone))
    for message in ("TEST1", "yes", "19", "LS6", "no", "4", "skip", "3", "good", words):
        patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)
    other = "+447700900888"
    with unit_of_work(sqlite_factory) as session:
        consultation_id = session.execute(text("SELECT id FROM consultation")).scalar()
        for number in (phone, other):
            session.add(Contact(consultation_id=consultation_id, phone=number, status="sent"))
        session.add(SmsSession(pseudonym=pseudonym(secret, "twilio", phone), phone=phone))
        # Every address kept for a reminder goes (a chat id kept under the same pseudonym).
        session.add(TelegramSession(pseudonym=pseudonym(secret, "twilio", phone),
                                    chat_id="4242424242"))
    reference = ref(sqlite_factory, pseudonym(secret, "twilio", phone))
    assert run(capsys, "erase", reference, "--reason", "SAR-9")[0] == 0
    with unit_of_work(sqlite_factory) as session:
        left = session.execute(text(
            "SELECT (SELECT count(*) FROM answer), (SELECT count(*) FROM participation), "
            "(SELECT count(*) FROM conversation), (SELECT count(*) FROM sms_session), "
            "(SELECT count(*) FROM telegram_session), "
            "(SELECT group_concat(phone) FROM contact)")).one()
    assert tuple(left) == (0, 0, 0, 0, 0, other)  # someone else's invitation stays
    sqlite_factory.kw["bind"].dispose()
    database = Path(loaded_db[len("sqlite:///"):])
    for path in (database, Path(f"{database}-wal")):
        content = path.read_bytes() if path.exists() else b""
        for trace in (phone, phone[1:], words, "zebra-quartz", "4242424242"):
            assert trace.encode() not in content, f"{trace!r} is still in {path.name}"


def test_retention_covers_contacts_message_ids_and_conversations(
    loaded_db: str, sqlite_factory: sessionmaker, capsys: pytest.CaptureFixture
) -> None:
    take_part()  # leaves a conversation in progress (on the `contact` question)
    old = utcnow() - timedelta(days=400)
    with unit_of_work(sqlite_factory) as session:
        consultation_id = session.execute(text("SELECT id FROM consultation")).scalar()
        session.add(Contact(consultation_id=consultation_id, phone="+447700900111", status="sent",
                            created_at=old, updated_at=old))
        session.add(Contact(consultation_id=consultation_id, phone="+447700900222", status="sent"))
        session.add(InboundMessage(provider_id="SM" + "0" * 32, received_at=old))
        session.execute(text("UPDATE conversation SET updated_at = :old"), {"old": old})
        # Numbers and chat ids kept for reminders: written long ago, or lately.
        session.add(SmsSession(pseudonym="p-old", phone="+447700900333", created_at=old))
        session.add(SmsSession(pseudonym="p-new", phone="+447700900444"))
        session.add(TelegramSession(pseudonym="p-old", chat_id="111111111", created_at=old))
        session.add(TelegramSession(pseudonym="p-new", chat_id="222222222"))
    assert run(capsys, "retention", "apply")[0] == 0
    with unit_of_work(sqlite_factory) as session:
        left = session.execute(text(
            "SELECT (SELECT group_concat(phone) FROM contact), "
            "(SELECT count(*) FROM inbound_message), (SELECT count(*) FROM conversation), "
            "(SELECT group_concat(phone) FROM sms_session), "
            "(SELECT group_concat(chat_id) FROM telegram_session)")).one()
    assert tuple(left) == ("+447700900222", 0, 0, "+447700900444", "222222222")


def test_erase_by_the_number_they_texted_from(loaded_db: str, sqlite_factory: sessionmaker,
                                              capsys: pytest.CaptureFixture) -> None:
    secret = load_settings().pseudonym_secret
    patient = Patient(identity.for_number(secret, "twilio", "+447700900777"))
    for message in ("TEST1", "yes", "19", "LS6", "no", "4"):
        patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)
    take_part()  # someone else, on the web
    code, out, _ = run(capsys, "erase", "--phone", "07700 900 777", "--reason", "SAR-10")
    assert code == 0 and "erased 1 participation(s)" in out and "7700" not in out
    assert counts(sqlite_factory) == (1, 2, 1)
    code, _, err = run(capsys, "erase", "--phone", "+447700900777", "--reason", "SAR-10")
    assert code == 2 and "nobody with the number ***777" in err
    assert "not a phone number" in run(capsys, "erase", "--phone", "O77OO", "--reason", "x")[2]
    assert "either" in run(capsys, "erase", "--reason", "x")[2]


def test_a_web_chats_rasa_id_is_kept_for_erasure_and_erased_with_it(
        loaded_db: str, sqlite_factory: sessionmaker, capsys: pytest.CaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SB_RASA_API_TOKEN", raising=False)
    web, older = Patient(), Patient()
    for patient in (web, older):
        for message in ("TEST1", "yes", "19"):
            patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)
    texter = Patient(identity.for_number(load_settings().pseudonym_secret, "twilio",
                                         "+447700900555"))
    texter.says("TEST1", "start_consultation", 0.9)
    texter.says("yes")
    with unit_of_work(sqlite_factory) as session:
        kept = {tuple(row) for row in session.execute(text(
            "SELECT channel, rasa_sender FROM participation"))}
        # One who took part before the id was kept (migration 0012).
        session.execute(text("UPDATE participation SET rasa_sender = NULL "
                             "WHERE rasa_sender = :c"), {"c": older.conversation})
    assert kept == {("rest", web.conversation), ("rest", older.conversation), ("twilio", None)}

    code, out, _ = run(capsys, "erase", ref(sqlite_factory, web.respondent), "--reason", "SAR-11")
    assert code == 0 and "erased 1 participation(s)" in out
    # No token here: queued for a Rasa server's sweep (tests/e2e/test_web_erasure.py).
    assert "chat in Rasa: queued, and erased by the assistant within a few minutes" in out
    assert "its id was not kept" not in out
    with unit_of_work(sqlite_factory) as session:
        assert session.execute(text("SELECT conversation FROM rasa_erasure")).scalars().all() \
            == [web.conversation]
    code, out, _ = run(capsys, "erase", ref(sqlite_factory, older.respondent), "--reason",
                       "SAR-12")
    assert code == 0 and "web chat in Rasa: not erased, its id was not kept" in out
    with unit_of_work(sqlite_factory) as session:
        assert session.execute(text("SELECT count(*) FROM participation WHERE "
                                    "rasa_sender IS NOT NULL")).scalar() == 0
