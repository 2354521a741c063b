"""The action server's answers to bad calls from a caller that has the secret: a 4xx with
what was wrong, never a 5xx."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, Tuple

import pytest
import requests

from actions.server import SECRET_HEADER
from bot.cli.stack import child_environment, free_port
from bot.config import PROJECT_ROOT

SECRET = "action-secret-for-tests-0123456789"


def started(database: Path, log: int = subprocess.DEVNULL) -> Tuple[subprocess.Popen, str]:
    """The action server as `make run` starts it (python -m actions), on a free port, once
    it answers; with `log=subprocess.PIPE` its log is the caller's to read."""
    port = free_port()
    env = child_environment({"SB_ACTION_SECRET": SECRET,
                             "SB_DATABASE_URL": f"sqlite:///{database}"})
    proc = subprocess.Popen([sys.executable, "-m", "actions", "--port", str(port)],
                            cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=log, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            requests.get(f"{url}/health", timeout=2)
            return proc, url
        except requests.RequestException:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise AssertionError("the action server never answered") from None
            time.sleep(0.2)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    proc, url = started(tmp_path_factory.mktemp("actions") / "sb.db")
    try:
        yield url
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


@pytest.mark.parametrize("body, status, error", [
    (b"{not json", 400, "body must be JSON"),
    (b"[" * 50_000 + b"]" * 50_000, 400, "body must be JSON"),  # deeper than the parser goes
    (b"[]", 400, "body must be an action call"),
], ids=["not-json", "nested-too-deep", "not-a-call"])
def test_a_bad_call_gets_a_400_that_says_why(base: str, body: bytes, status: int,
                                            error: str) -> None:
    answer = requests.post(f"{base}/webhook", data=body, timeout=30,
                           headers={SECRET_HEADER: SECRET, "Content-Type": "application/json"})
    assert (answer.status_code, answer.json()) == (status, {"error": error})


def test_calls_with_a_wrong_secret_are_counted_and_said_once(tmp_path: Path) -> None:
    """A Rasa server with another secret (a rotation half done) was a silent outage: every
    turn refused, nothing in this server's log, no alert (SoundingBoardWebhookForbidden
    now sees them)."""
    proc, url = started(tmp_path / "sb.db", subprocess.PIPE)
    try:
        for _ in range(3):
            answer = requests.post(f"{url}/webhook", data=b"{}", timeout=30,
                                   headers={SECRET_HEADER: "an-old-secret"})
            assert answer.status_code == 403
        metrics = requests.get(f"{url}/metrics", timeout=30).text
        assert ('sb_webhook_rejections_total{channel="action_server",reason="forbidden"} 3.0'
                in metrics)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    said = [line for line in err.splitlines() if "refused action calls" in line]
    assert len(said) == 1 and "SB_ACTION_SECRET differs" in said[0]
