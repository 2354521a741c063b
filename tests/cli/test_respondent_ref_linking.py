"""A respondent_ref must not let two organisations join their exports on one person.

The pseudonym is HMAC(secret, channel + number) for the whole service; respondent_ref
was its first 12 characters, the same for one texter in every organisation's export
and BI view. It is now each organisation's own (bot.trust.identity.respondent_ref,
kept with the participation since migration 0018).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from bot.cli.main import main
from bot.config import PROJECT_ROOT, load_settings
from bot.db.session import unit_of_work
from bot.trust import identity
from tests.actions.harness import Patient

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()


def test_one_texter_has_unrelated_refs_in_two_organisations(
        cli_db: str, sqlite_factory: sessionmaker, tmp_path: Path) -> None:
    other = tmp_path / "other.yml"
    other.write_text(SCRIPT.replace("code: TEST1", "code: OTHER1")
                     .replace("organisation: NHS Test ICB", "organisation: Other Trust"))
    assert main(["load", str(PROJECT_ROOT / "tests" / "data" / "test-consultation.yml"),
                 str(other)]) == 0
    secret = load_settings().pseudonym_secret
    for code in ("TEST1", "OTHER1"):
        patient = Patient(identity.for_number(secret, "twilio", "+447700900555"))
        for message in (code, "yes", "19", "skip", "no"):
            patient.says(message, "start_consultation" if message == code else "", 0.9)
    with unit_of_work(sqlite_factory) as session:
        refs = dict(session.execute(text(
            "SELECT DISTINCT consultation_code, respondent_ref FROM answers_flat")).all())
    assert set(refs) == {"TEST1", "OTHER1"}
    assert refs["TEST1"] != refs["OTHER1"]
