"""The action server's metrics alone on a port of their own (SB_ACTION_METRICS_PORT), so
that a network policy can let Prometheus in there and keep the port that runs actions for
the Rasa servers alone (deploy/k8s/actions.yaml)."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from bot.cli import stack
from tests.e2e.test_structured_logs import production_env

pytestmark = pytest.mark.e2e
SECRET = {"X-Action-Secret": "action-secret-for-logs"}


def test_metrics_port_serves_the_same_counts_and_runs_no_action(tmp_path: Path) -> None:
    port, metrics_port = stack.free_port(), stack.free_port()
    env = production_env(tmp_path, SB_ACTION_METRICS_PORT=str(metrics_port))
    process = stack.Process("actions", [sys.executable, "-m", "actions", "--port", str(port)],
                            f"http://127.0.0.1:{port}/health", log=tmp_path / "actions.log")
    try:
        stack.start([process], env, timeout=60)
        refused = requests.post(f"http://127.0.0.1:{port}/webhook", json={}, timeout=10)
        assert refused.status_code == 401  # counted nowhere, but the port answers as before
        served = requests.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
        alone = requests.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=10)
        assert alone.status_code == 200
        assert "sb_turns_total" in served  # declared, so a rate is 0, not "no data"
        names = {line.split()[2] for line in served.splitlines() if line.startswith("# HELP")}
        assert names == {line.split()[2] for line in alone.text.splitlines()
                         if line.startswith("# HELP")}
        # Whatever is asked of the metrics port, no action runs there.
        call = {"next_action": "action_consultation_turn", "sender_id": "x",
                "tracker": {"sender_id": "x", "latest_message": {"text": "hello"}}}
        posted = requests.post(f"http://127.0.0.1:{metrics_port}/webhook", json=call,
                               headers=SECRET, timeout=10)
        assert posted.status_code == 405 and "events" not in posted.text
    finally:
        stack.stop([process])


def test_a_metrics_port_in_use_is_said_plainly(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = production_env(tmp_path, SB_ACTION_METRICS_PORT=str(port))
        ran = subprocess.run([sys.executable, "-m", "actions", "--port", str(stack.free_port())],
                             env=env, capture_output=True, text=True, timeout=60)
    assert ran.returncode == 2
    assert f"SB_ACTION_METRICS_PORT {port}" in ran.stderr and "Traceback" not in ran.stderr
