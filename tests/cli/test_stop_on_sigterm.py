"""A test run stopped with SIGTERM stops what its fixtures started (tests/stop_on_sigterm.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bot.config import PROJECT_ROOT

# A session fixture starts a long-lived child, as the end-to-end tests start servers, and
# stops it at teardown; the test then waits long enough to be killed mid-run.
SLOW_RUN = '''
import os, pathlib, subprocess, time, pytest

@pytest.fixture(scope="session")
def server(tmp_path_factory):
    child = subprocess.Popen(["sleep", "300"])
    pathlib.Path(os.environ["PID_FILE"]).write_text(str(child.pid))
    yield child
    child.terminate()
    child.wait()

def test_takes_a_while(server):
    time.sleep(120)
'''


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_sigterm_runs_teardown_so_no_started_process_is_left(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "test_slow.py").write_text(SLOW_RUN)
    run = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-p", "tests.stop_on_sigterm", "test_slow.py"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "PID_FILE": str(pid_file)},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while not pid_file.exists() or not pid_file.read_text():
            assert run.poll() is None, run.stdout.read().decode() if run.stdout else ""
            assert time.monotonic() < deadline, "the fixture never started its child"
            time.sleep(0.05)
        child = int(pid_file.read_text())
        time.sleep(0.5)  # inside the test's sleep
        run.send_signal(signal.SIGTERM)
        run.wait(timeout=30)
        assert not _running(child), "the run ended but left its fixture's process running"
    finally:
        if run.poll() is None:
            run.kill()
        if pid_file.exists() and pid_file.read_text() and _running(int(pid_file.read_text())):
            os.kill(int(pid_file.read_text()), signal.SIGKILL)
