"""An action server stopped while it warms up (compiling its lexicons, several seconds)
exits at once: it used to stay up until the compiling was done for nothing, as Python
waits at exit for asyncio's worker threads (over 20 s on a busy machine, past a
container's grace period)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import requests

from bot.cli.stack import child_environment, free_port
from bot.config import PROJECT_ROOT


def test_a_server_stopped_while_warming_up_exits_at_once(tmp_path) -> None:
    port = free_port()
    env = child_environment({"SB_ACTION_SECRET": "action-secret-for-tests-0123456789",
                             "SB_DATABASE_URL": f"sqlite:///{tmp_path / 'sb.db'}"})
    proc = subprocess.Popen([sys.executable, "-m", "actions", "--port", str(port)],
                            cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                health = requests.get(f"http://127.0.0.1:{port}/health", timeout=2).json()
                break
            except requests.RequestException:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.05)
        assert health["warm"] is False, "stopped while warming up"
        proc.send_signal(signal.SIGTERM)
        stopped = time.monotonic()
        _, err = proc.communicate(timeout=60)
        took = time.monotonic() - stopped
        assert proc.returncode == 0, err
        assert "Traceback" not in err, err
        # Sanic's own graceful stop takes well under a second; the warm-up alone 8-9 s here.
        assert took < 4, f"{took:.1f} s to exit"
    finally:
        if proc.poll() is None:
            proc.kill()
