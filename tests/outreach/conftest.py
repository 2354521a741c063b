"""Outreach fixtures: a live consultation, a fake Twilio, and settings pointing at both."""

from __future__ import annotations

from typing import Dict, Iterator

import pytest
from sqlalchemy.orm import sessionmaker

from bot.config import PROJECT_ROOT, Settings
from bot.db.session import unit_of_work
from bot.scripts import store
from bot.scripts.script import load_script
from tests.conftest import settings_for
from tests.fakes.fake_twilio import FakeTwilio

TEST_SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()
CODE = "TEST1"
SID, TOKEN, FROM = "AC" + "5e" * 16, "fake-auth-token", "+447700900000"


def load_test_consultation(factory: sessionmaker, status: str = "live") -> None:
    with unit_of_work(factory) as session:
        consultation = store.save_script(session, load_script(TEST_SCRIPT), TEST_SCRIPT)
        consultation.status = status


def twilio_env(fake: FakeTwilio, rate: float = 2000) -> Dict[str, str]:
    return {"TWILIO_ACCOUNT_SID": SID, "TWILIO_AUTH_TOKEN": TOKEN, "TWILIO_FROM_NUMBER": FROM,
            "TWILIO_API_BASE_URL": fake.base_url, "TWILIO_PUBLIC_URL": "https://sb.example",
            "SB_SMS_SEND_RATE": str(rate),
            # whatever the hour the tests run (the window: tests/outreach/test_pacing.py)
            "SB_SEND_WINDOW": "00:00-24:00"}


@pytest.fixture
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio(SID, TOKEN) as running:
        yield running


@pytest.fixture
def live(session_factory: sessionmaker) -> sessionmaker:
    """The session factory, with TEST1 loaded and live (on SQLite and PostgreSQL)."""
    load_test_consultation(session_factory)
    return session_factory


def make_settings(database_url: str, fake: FakeTwilio, rate: float = 2000) -> Settings:
    return settings_for(database_url, **twilio_env(fake, rate))
