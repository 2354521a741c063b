"""Each process, started as production starts it, writes only JSON lines and no personal data.

The Rasa server is the end-to-end servers' own (they run with SB_LOG_FORMAT=json,
tests/e2e/conftest.py; a consultation full of personal data goes through it in
test_no_personal_data_in_logs.py). Here: the patient web process, the
commissioner app, the action server and the command line, each sent a phone
number and free text.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List

import pytest
import requests

from bot.cli import stack
from bot.config import PROJECT_ROOT
from bot.db import migrate

pytestmark = pytest.mark.e2e

PHONE = "07700 900982"
WORDS = "the nurse at the walk-in centre laughed at me"
FIELDS = {"time", "level", "logger", "message"}


def json_lines(output: str) -> List[Dict[str, Any]]:
    """Every line of a process's output as a JSON object, failing on any that is not."""
    lines = []
    for number, line in enumerate(output.splitlines(), 1):
        try:
            parsed = json.loads(line)
        except ValueError:
            pytest.fail(f"line {number} is not JSON: {line[:200]!r}")
        assert isinstance(parsed, dict) and FIELDS <= set(parsed), line[:200]
        lines.append(parsed)
    return lines


def assert_private(output: str) -> None:
    for secret in (PHONE, PHONE.replace(" ", ""), "447700900982", WORDS, "walk-in centre"):
        assert secret not in output, f"{secret!r} is in the log"


def production_env(tmp_path: Path, **extra: str) -> Dict[str, str]:
    database = f"sqlite:///{tmp_path / 'sounding-board.db'}"
    migrate.upgrade(database)
    return stack.child_environment({
        "SB_ENV": "production", "SB_PSEUDONYM_SECRET": "logs-" + "s" * 40,
        "SB_DATABASE_URL": database, "SB_RASA_URL": f"http://127.0.0.1:{stack.free_port()}",
        "SB_ACTION_SECRET": "action-secret-for-logs", **extra})


def served_output(tmp_path: Path, name: str, command: List[str], port: int,
                  env: Dict[str, str], poke: Callable[[str], None]) -> str:
    """Start a process, make requests to it, stop it; what it wrote (stdout and stderr)."""
    process = stack.Process(name, command, f"http://127.0.0.1:{port}/health",
                            log=tmp_path / f"{name}.log")
    try:
        stack.start([process], env, timeout=60)
        poke(f"http://127.0.0.1:{port}")
    finally:
        stack.stop([process])
    assert process.log is not None
    return process.log.read_text(errors="replace")


def test_the_patient_web_process(tmp_path: Path) -> None:
    port = stack.free_port()
    env = production_env(tmp_path, SB_WEB_PORT=str(port),
                         SB_PATIENT_WEB_URL=f"http://127.0.0.1:{port}")

    def poke(url: str) -> None:
        origin = {"Origin": f"http://127.0.0.1:{port}"}
        # Rasa is not running: the chat API answers for it, and must not log the message.
        answer = requests.post(f"{url}/api/webhook", headers=origin, timeout=30,
                               json={"sender": "x", "message": f"{WORDS}, call {PHONE}"})
        assert answer.status_code >= 400
        assert requests.get(f"{url}/c/{PHONE.replace(' ', '')}", timeout=10).status_code == 404

    output = served_output(tmp_path, "web", [sys.executable, "-m", "bot.web"], port, env, poke)
    lines = json_lines(output)
    assert any(line["logger"].startswith("sanic") for line in lines)  # Sanic's own, as JSON
    assert_private(output)


def test_the_commissioner_app(tmp_path: Path) -> None:
    port = stack.free_port()
    env = production_env(tmp_path, SB_COMMISSIONER_PORT=str(port))

    def poke(url: str) -> None:
        session = requests.Session()
        session.get(f"{url}/sign-in", timeout=10)
        answer = session.post(f"{url}/sign-in", timeout=10, allow_redirects=False,
                              data={"email": f"{PHONE}@example.com", "password": WORDS})
        assert answer.status_code in (400, 403)

    output = served_output(tmp_path, "commissioner", [sys.executable, "-m", "bot.commissioner"],
                           port, env, poke)
    assert json_lines(output)
    assert_private(output)


def test_the_action_server(tmp_path: Path) -> None:
    port = stack.free_port()
    env = production_env(tmp_path)

    def poke(url: str) -> None:
        call = {"next_action": "no_such_action", "sender_id": PHONE,
                "tracker": {"sender_id": PHONE, "latest_message": {"text": WORDS}}}
        answer = requests.post(f"{url}/webhook", json=call, timeout=10,
                               headers={"X-Action-Secret": "action-secret-for-logs"})
        assert answer.status_code == 404
        # A turn for a conversation id no channel issued (a phone number): refused, and
        # warned about, without the number or the words.
        call["next_action"] = "action_consultation_turn"
        answer = requests.post(f"{url}/webhook", json=call, timeout=10,
                               headers={"X-Action-Secret": "action-secret-for-logs"})
        assert answer.status_code == 200

    output = served_output(tmp_path, "actions",
                           [sys.executable, "-m", "actions", "--port", str(port)], port, env, poke)
    # (Its only lines used to be the crash of a stop just after start: tests/e2e/test_early_stop.py.)
    assert [line["message"] for line in json_lines(output)] == [
        "refused a conversation id no channel of ours issued"]
    assert_private(output)


def test_the_command_line_crashing(tmp_path: Path) -> None:
    """A command that fails unexpectedly (a database file that is not a database) is one
    JSON line naming the error's type, not its text (SQLite's names the statement). (A
    database never migrated or out of reach is a plain "error:" line: bot/cli/main.py.)"""
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database, " * 256)
    env = stack.child_environment({"SB_ENV": "production", "SB_PSEUDONYM_SECRET": "s" * 40,
                                   "SB_DATABASE_URL": f"sqlite:///{broken}"})
    done = subprocess.run([sys.executable, "-m", "bot", "results", "MIND24"], cwd=PROJECT_ROOT,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    lines = json_lines(done.stderr)
    assert [line["level"] for line in lines] == ["CRITICAL"]
    assert lines[0]["exception"] == "sqlalchemy.exc.DatabaseError"
    assert "not a database" not in done.stderr and "SELECT" not in done.stderr
