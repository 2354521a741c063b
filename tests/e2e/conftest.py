"""Start the real action server and Rasa server once per test session.

The servers run a model whose Rasa sessions expire after 6 seconds
(models/sounding-board-e2e.tar.gz, built by `make test`): the engine keeps each
conversation's place in SQL, so every test passes however often Rasa forgets.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import requests

from bot.cli import stack
from bot.config import PROJECT_ROOT
from tests.e2e import early
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fake_twilio import FakeTwilio

TWILIO_NUMBER = "+447700900000"
E2E_MODEL = PROJECT_ROOT / "models" / "sounding-board-e2e.tar.gz"
TELEGRAM_SECRET = "telegram-secret-" + "a" * 16
SESSION_SECONDS = 6  # session_expiration_time: 0.1 (minutes) in the e2e model


@dataclass
class Servers:
    rasa_url: str
    database_url: str
    token: str
    secret: str
    action_url: str
    action_secret: str
    logs: List[Path]
    processes: List[stack.Process]
    env: Dict[str, str]

    @contextlib.contextmanager
    def action_server_down(self) -> Iterator[None]:
        """Stop the action server for the block (an outage), then start it again."""
        action = self.processes[0]
        stack.stop([action])
        try:
            yield
        finally:
            stack.start([action], self.env)

    def new_conversation(self) -> str:
        """A conversation id issued by the server, as the web widget gets one."""
        response = requests.post(f"{self.rasa_url}/webhooks/rest/conversations", timeout=30)
        assert response.status_code == 201, response.text
        return str(response.json()["conversation_id"])

    def say(self, sender: str, message: str) -> List[Dict[str, Any]]:
        response = requests.post(f"{self.rasa_url}/webhooks/rest/webhook",
                                 json={"sender": sender, "message": message}, timeout=30)
        response.raise_for_status()
        return list(response.json())

    def texts(self, sender: str, message: str) -> List[str]:
        return [m.get("text", "") for m in self.say(sender, message)]

    def tracker_events(self, sender: str) -> List[Dict[str, Any]]:
        """Rasa's record of a web conversation (its id inside Rasa is "rest:<key>")."""
        return self.tracker_events_of("rest:" + sender.split(".")[0])

    def tracker_events_of(self, conversation: str) -> List[Dict[str, Any]]:
        response = requests.get(f"{self.rasa_url}/conversations/{conversation}/tracker",
                                params={"token": self.token}, timeout=30)
        response.raise_for_status()
        return list(response.json()["events"])


# The session's servers and the fakes they talk to, launched when collection ends.
_early: Dict[str, Any] = {}
_launched = contextlib.ExitStack()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Launch the session's servers as soon as a collected test needs them, and the
    stacks of the modules that have their own (tests/e2e/early.py): they start while
    the tests before them run, and the fixtures wait for them."""
    needed = any("servers" in getattr(item, "fixturenames", ()) for item in session.items)
    modules = {item.module.__name__ for item in session.items
               if isinstance(item, pytest.Function)} & set(early.BUILDERS)
    if not (needed or modules) or session.config.option.collectonly or not E2E_MODEL.exists():
        return
    folders = session.config._tmp_path_factory  # tmp_path_factory's
    try:
        twilio = _launched.enter_context(FakeTwilio())
        telegram = _launched.enter_context(FakeTelegram())
        _early.update(fake_twilio=twilio, fake_telegram=telegram)
        if needed:
            folder = folders.mktemp("servers")
            _early["servers"] = _launched.enter_context(running_servers(
                folder, f"sqlite:///{folder / 'sounding-board.db'}", twilio, telegram,
                wait=False))
    except Exception:  # noqa: BLE001 - the fixtures start them then, and report why not
        _launched.close()
        _early.clear()
        return
    early.start(sorted(modules), folders, twilio, telegram)


def pytest_sessionfinish(session: pytest.Session) -> None:
    early.close()
    _launched.close()


@pytest.fixture(scope="session")
def fake_twilio() -> Iterator[FakeTwilio]:
    if "fake_twilio" in _early:
        yield _early["fake_twilio"]
        return
    with FakeTwilio() as fake:
        yield fake


@pytest.fixture(scope="session")
def fake_telegram() -> Iterator[FakeTelegram]:
    if "fake_telegram" in _early:
        yield _early["fake_telegram"]
        return
    with FakeTelegram() as fake:
        yield fake


@contextlib.contextmanager
def running_servers(folder: Path, database_url: str, fake_twilio: FakeTwilio,
                    fake_telegram: FakeTelegram, secret: str = "", model: Path = E2E_MODEL,
                    wait: bool = True, **extra: str) -> Iterator[Servers]:
    """A real Rasa server and action server on free ports, on `database_url`
    (replicas share the pseudonym `secret`; `extra` settings override the rest).
    With `wait=False` they are only launched: the caller waits (`stack.wait_ready`),
    so several stacks start at once."""
    if not model.exists():
        pytest.fail(f"{model} is missing: run the tests with `make test`, which trains it")
    early.upgrade(database_url)  # on the main thread, or not: tests/e2e/early.py
    folder.mkdir(parents=True, exist_ok=True)
    rasa_port, action_port = stack.free_port(), stack.free_port()
    token, secret = uuid.uuid4().hex, secret or "e2e-" + uuid.uuid4().hex
    action_secret = "action-" + uuid.uuid4().hex
    env = stack.child_environment({
        "SB_DATABASE_URL": database_url,
        "SB_ACTION_ENDPOINT": f"http://127.0.0.1:{action_port}/webhook",
        "SB_PSEUDONYM_SECRET": secret,
        "SB_RASA_URL": f"http://127.0.0.1:{rasa_port}",
        "SB_RASA_API_TOKEN": token,
        "SB_ACTION_SECRET": action_secret,
        "TWILIO_ACCOUNT_SID": fake_twilio.account_sid,
        "TWILIO_AUTH_TOKEN": fake_twilio.auth_token,
        "TWILIO_FROM_NUMBER": TWILIO_NUMBER,
        "TWILIO_PUBLIC_URL": f"http://127.0.0.1:{rasa_port}",
        "TWILIO_API_BASE_URL": fake_twilio.base_url,
        "SB_SMS_SWEEP_SECONDS": "3600",  # tests sweep explicitly, at chosen times
        "SB_TELEGRAM_SWEEP_SECONDS": "3600",
        "TELEGRAM_TOKEN": fake_telegram.token,
        "TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
        "TELEGRAM_API_BASE_URL": fake_telegram.base_url,
        "TELEGRAM_PUBLIC_URL": f"http://127.0.0.1:{rasa_port}",
        "TELEGRAM_BOT_USERNAME": "SoundingBoardTestBot",
        # Every test's web chats come from 127.0.0.1: one address, far above a person's.
        "SB_REST_PER_ADDRESS_PER_MINUTE": "60000", "SB_REST_PER_ADDRESS_BURST": "10000",
        "SB_SPOOL_PATH": str(folder / "spool.sqlite"),
        "SB_SPOOL_RETRY_SECONDS": "0.5",
        # Where the patient web process will listen: every process builds its links from it.
        "SB_WEB_PORT": str(stack.free_port()),
        "SB_LOG_FORMAT": "json",  # as in production (tests/e2e/test_structured_logs.py)
        **extra,
    })
    processes = stack.rasa_processes(rasa_port, action_port, token, model=model)
    for proc in processes:
        proc.log = folder / f"{proc.name.replace(' ', '-')}.log"
    try:
        stack.launch(processes, env)
        early.in_background(processes)  # started early: below the tests meanwhile
        if wait:
            stack.wait_ready(processes)
        yield Servers(f"http://127.0.0.1:{rasa_port}", database_url, token, secret,
                      f"http://127.0.0.1:{action_port}", action_secret,
                      [p.log for p in processes if p.log], processes, env)
    finally:
        stack.stop(processes)


@contextlib.contextmanager
def loaded_servers(folder: Path, database_url: str, fake_twilio: FakeTwilio,
                   fake_telegram: FakeTelegram, **extra: str) -> Iterator[Servers]:
    """`running_servers` only launched (a module's own stack, tests/e2e/early.py), with
    the test script loaded meanwhile (the load needs neither server to answer)."""
    from tests.e2e.helpers import TEST_SCRIPT, cli

    with running_servers(folder, database_url, fake_twilio, fake_telegram, wait=False,
                         **extra) as running:
        loaded = cli(running, "load", str(TEST_SCRIPT))
        assert loaded.returncode == 0, loaded.stderr
        yield running


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory, fake_twilio: FakeTwilio,
            fake_telegram: FakeTelegram) -> Iterator[Servers]:
    if "servers" in _early:  # launched when collection ended
        stack.wait_ready(_early["servers"].processes)
        yield _early["servers"]
        return
    folder = tmp_path_factory.mktemp("servers")
    with running_servers(folder, f"sqlite:///{folder / 'sounding-board.db'}", fake_twilio,
                         fake_telegram) as running:
        yield running


@pytest.fixture
def sender(servers: Servers) -> str:
    """A new patient for each test: a conversation id the server issued."""
    return servers.new_conversation()


@pytest.fixture(scope="session")
def loaded(servers: Servers) -> Servers:
    """Scripts loaded while the servers are already running: no retrain, no restart."""
    from tests.e2e.helpers import TEST_SCRIPT, cli

    result = cli(servers, "load", str(TEST_SCRIPT), "data/consultations")
    assert result.returncode == 0, result.stderr
    return servers
