"""Helpers for end-to-end tests: the CLI against the servers' database, and reads."""

from __future__ import annotations

import subprocess
import sys
from typing import Any, Dict, List, Tuple

from sqlalchemy import text

from bot.config import PROJECT_ROOT
from bot.db.session import make_engine
from bot.trust.identity import respondent_ref
from bot.trust.pseudonym import pseudonym

TEST_SCRIPT = PROJECT_ROOT / "tests" / "data" / "test-consultation.yml"


def cli(servers: Any, *args: str) -> subprocess.CompletedProcess:
    env = {"SB_DATABASE_URL": servers.database_url, "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def erase(servers: Any, reference: str, reason: str,
          token: bool = True) -> subprocess.CompletedProcess:
    """`python -m bot erase` as an operator runs it, able to reach Rasa's HTTP API (or,
    `token=False`, as the commissioner app is deployed: without Rasa's token)."""
    env = {"PATH": "/usr/bin:/bin", "SB_DATABASE_URL": servers.database_url,
           "SB_PSEUDONYM_SECRET": servers.secret, "SB_RASA_URL": servers.rasa_url,
           **({"SB_RASA_API_TOKEN": servers.token} if token else {})}
    return subprocess.run([sys.executable, "-m", "bot", "erase", reference, "--reason", reason],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)


def rows(servers: Any, sql: str, **params: Any) -> List[Tuple[Any, ...]]:
    engine = make_engine(servers.database_url)
    try:
        with engine.connect() as connection:
            return [tuple(r) for r in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


def ref(servers: Any, sender: str, channel: str = "rest") -> str:
    """The respondent pseudonym of an issued web conversation id ("<key>.<signature>"),
    or of another channel's sender (a phone number)."""
    return pseudonym(servers.secret, channel, sender.split(".")[0])


def export_ref(servers: Any, who: str, code: str = "TEST1") -> str:
    """The respondent_ref that exports of the organisation running `code` show for the
    respondent pseudonym `who`."""
    organisation_id = rows(servers, "SELECT organisation_id FROM consultation WHERE code = :code",
                           code=code)[0][0]
    return respondent_ref(who, organisation_id)


def answers_of(servers: Any, sender: str) -> List[Tuple[Any, ...]]:
    """Their answers as exports show them, in whichever organisation's consultation."""
    who = ref(servers, sender)
    refs = {respondent_ref(who, organisation_id) for (organisation_id,) in
            rows(servers, "SELECT DISTINCT organisation_id FROM consultation")}
    found: List[Tuple[Any, ...]] = []
    for each in sorted(refs):
        found += rows(servers, "SELECT question_key, answer_status, value, attempts "
                      "FROM answers_flat WHERE respondent_ref = :ref "
                      "ORDER BY question_position", ref=each)
    return found


def participations(servers: Any, sender: str, channel: str = "rest") -> List[Dict[str, Any]]:
    found = rows(servers, "SELECT p.channel, p.status, p.age_band, p.area, p.notice_version "
                 "FROM participation p JOIN respondent r ON r.id = p.respondent_id "
                 "WHERE r.pseudonym = :ref", ref=ref(servers, sender, channel))
    keys = ("channel", "status", "age_band", "area", "notice_version")
    return [dict(zip(keys, row, strict=True)) for row in found]




def execute(servers: Any, sql: str) -> None:
    """Run one statement that returns no rows (e.g. DDL) against the servers' database."""
    engine = make_engine(servers.database_url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(sql)
    finally:
        engine.dispose()
