"""`python -m bot serve` stops every process it started, on Ctrl-C and on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import List

from bot.cli import stack
from bot.config import PROJECT_ROOT


def children(pid: int) -> List[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_sigterm_stops_every_process_serve_started(sqlite_url: str) -> None:
    env = stack.child_environment({"SB_DATABASE_URL": sqlite_url,
                                   "SB_COMMISSIONER_PORT": str(stack.free_port()),
                                   "SB_WEB_PORT": str(stack.free_port())})
    serve = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=PROJECT_ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while len(children(serve.pid)) < 4 and time.monotonic() < deadline:
            time.sleep(0.2)
        started = children(serve.pid)
        assert len(started) == 4, ("serve starts Rasa, the action server, the commissioner app "
                                   "and the patient web process")
        os.kill(serve.pid, signal.SIGTERM)
        serve.wait(timeout=60)
        deadline = time.monotonic() + 30
        while any(alive(pid) for pid in started) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(pid) for pid in started)
    finally:
        if serve.poll() is None:
            serve.kill()
