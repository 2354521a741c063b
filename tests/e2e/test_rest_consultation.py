"""A whole consultation through the real Rasa and action servers (REST channel)."""

from __future__ import annotations

import subprocess
import sys
from typing import Any, Dict, List, Tuple

import pytest
from sqlalchemy import text

from bot.config import PROJECT_ROOT
from bot.db.session import make_engine

pytestmark = pytest.mark.e2e
TEST_SCRIPT = PROJECT_ROOT / "tests" / "data" / "test-consultation.yml"


def cli(servers: Any, *args: str) -> subprocess.CompletedProcess:
    env = {"SB_DATABASE_URL": servers.database_url, "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def loaded(servers: Any) -> Any:
    """Scripts loaded while the servers are already running: no retrain, no restart."""
    result = cli(servers, "load", str(TEST_SCRIPT), "data/consultations")
    assert result.returncode == 0, result.stderr
    return servers


def rows(servers: Any, sql: str, **params: Any) -> List[Tuple[Any, ...]]:
    engine = make_engine(servers.database_url)
    try:
        with engine.connect() as connection:
            return [tuple(r) for r in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


def answers_of(servers: Any, code: str) -> List[Tuple[Any, ...]]:
    return rows(servers, "SELECT question_key, answer_status, value, attempts FROM answers_flat "
                "WHERE consultation_code = :code ORDER BY question_position", code=code)


def participations(servers: Any, code: str) -> List[Dict[str, Any]]:
    found = rows(servers, "SELECT p.channel, p.status, p.age_band, p.area, p.notice_version "
                 "FROM participation p JOIN consultation c ON c.id = p.consultation_id "
                 "WHERE c.code = :code", code=code)
    keys = ("channel", "status", "age_band", "area", "notice_version")
    return [dict(zip(keys, row)) for row in found]


def test_a_whole_consultation_writes_one_typed_row_per_answer(loaded: Any, sender: str) -> None:
    first = loaded.say(sender, "Start test1")
    assert "Test consultation" in first[0]["text"]
    assert "anonymous" in first[1]["text"]
    assert first[-1]["text"] == "Are you happy to take part?"
    assert [b["title"] for b in first[-1]["buttons"]] == ["Yes", "No"]
    assert participations(loaded, "TEST1") == []  # nothing is stored before consent

    assert loaded.texts(sender, "yep")[-1] == "Which age group are you in?"
    assert loaded.texts(sender, "I'm 19")[-1].startswith("What's the first half of your postcode")
    assert loaded.texts(sender, "ls6 1aa") == ["Have you used the service?"]
    assert loaded.texts(sender, "why are you asking?") == [
        "We want to know who has used it.", "Have you used the service?"]
    assert loaded.texts(sender, "yeah") == ["Where did you go?"]
    assert loaded.texts(sender, "walk in centre")[-1].startswith("How easy was it to be seen?")
    retry = loaded.texts(sender, "7")
    assert retry[0] == "Sorry, I didn't get that. Reply with a number from 1 to 5."
    assert loaded.texts(sender, "4/5") == ["How would you like to hear from the service? (Pick all that apply.)"]
    assert loaded.texts(sender, "skip") == ["How many days did you wait?"]
    assert loaded.texts(sender, "about 3") == ["Overall, how was your experience of our service?"]
    assert loaded.texts(sender, "v good") == ["Please can you tell us why you gave your answer? (Or say skip.)"]
    assert loaded.texts(sender, "staff were kind, my name is Jo Bloggs") == [
        "Thanks, that's everything."]

    assert answers_of(loaded, "TEST1") == [
        ("used_service", "answered", "Yes", 1),
        ("where", "answered", "Walk-in centre", 1),
        ("ease", "answered", "4", 2),
        ("contact", "skipped", None, 1),
        ("wait_days", "answered", "3", 1),
        ("fft", "answered", "Very good", 1),
        ("fft_why", "answered", "staff were kind, my name is [name]", 1),
    ]
    assert participations(loaded, "TEST1") == [{
        "channel": "rest", "status": "completed", "age_band": "18-24", "area": "LS6",
        "notice_version": "2026-11"}]
