"""Start the real action server and Rasa server once per test session."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import requests

from bot.cli import stack
from bot.db import migrate
from tests.fakes.fake_twilio import FakeTwilio

TWILIO_NUMBER = "+447700900000"


@dataclass
class Servers:
    rasa_url: str
    database_url: str
    token: str
    secret: str
    logs: List[Path]

    def say(self, sender: str, message: str) -> List[Dict[str, Any]]:
        response = requests.post(f"{self.rasa_url}/webhooks/rest/webhook",
                                 json={"sender": sender, "message": message}, timeout=30)
        response.raise_for_status()
        return list(response.json())

    def texts(self, sender: str, message: str) -> List[str]:
        return [m.get("text", "") for m in self.say(sender, message)]

    def tracker_events(self, sender: str) -> List[Dict[str, Any]]:
        response = requests.get(f"{self.rasa_url}/conversations/{sender}/tracker",
                                params={"token": self.token}, timeout=30)
        response.raise_for_status()
        return list(response.json()["events"])


@pytest.fixture(scope="session")
def fake_twilio() -> Iterator[FakeTwilio]:
    with FakeTwilio() as fake:
        yield fake


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory, fake_twilio: FakeTwilio) -> Iterator[Servers]:
    if not stack.MODEL.exists():
        pytest.fail(f"{stack.MODEL} is missing: run the tests with `make test`, which trains it")
    folder = tmp_path_factory.mktemp("servers")
    database_url = f"sqlite:///{folder / 'sounding-board.db'}"
    migrate.upgrade(database_url)
    rasa_port, action_port = stack.free_port(), stack.free_port()
    token, secret = uuid.uuid4().hex, "e2e-" + uuid.uuid4().hex
    env = stack.child_environment({
        "SB_DATABASE_URL": database_url,
        "SB_ACTION_ENDPOINT": f"http://127.0.0.1:{action_port}/webhook",
        "SB_PSEUDONYM_SECRET": secret,
        "SB_RASA_URL": f"http://127.0.0.1:{rasa_port}",
        "SB_RASA_API_TOKEN": token,
        "TWILIO_ACCOUNT_SID": fake_twilio.account_sid,
        "TWILIO_AUTH_TOKEN": fake_twilio.auth_token,
        "TWILIO_FROM_NUMBER": TWILIO_NUMBER,
        "TWILIO_PUBLIC_URL": f"http://127.0.0.1:{rasa_port}",
        "TWILIO_API_BASE_URL": fake_twilio.base_url,
        "SB_SMS_SWEEP_SECONDS": "3600",  # tests sweep explicitly, at chosen times
    })
    processes = stack.rasa_processes(rasa_port, action_port, token)
    for proc in processes:
        proc.log = folder / f"{proc.name.replace(' ', '-')}.log"
    try:
        stack.start(processes, env)
        yield Servers(f"http://127.0.0.1:{rasa_port}", database_url, token, secret,
                      [p.log for p in processes if p.log])
    finally:
        stack.stop(processes)


@pytest.fixture
def sender() -> str:
    """A new patient for each test (a new pseudonym, a new conversation)."""
    return f"patient-{uuid.uuid4().hex[:10]}"


@pytest.fixture(scope="session")
def loaded(servers: Servers) -> Servers:
    """Scripts loaded while the servers are already running: no retrain, no restart."""
    from tests.e2e.helpers import TEST_SCRIPT, cli

    result = cli(servers, "load", str(TEST_SCRIPT), "data/consultations")
    assert result.returncode == 0, result.stderr
    return servers
