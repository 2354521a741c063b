"""A SIGTERM that comes while a server finishes starting stops it (bot/runtime.py
keep_stop_signals), as Kubernetes, a rolled-back deploy and the tests expect.

A real Sanic server in its own process: its after_server_start listener works for a
second and a half without yielding (as the channels' listeners set themselves up), and
the SIGTERM comes in that time. Stock Sanic spends that stop on the listeners'
`run_until_complete` and serves on (CI saw a Rasa server do so for 240 s); with the
listener calling keep_stop_signals it stops, with exit status 0.
"""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from bot.cli.stack import PROJECT_ROOT, free_port

SERVER = """
import sys, time
from sanic import Sanic, response
from bot.runtime import keep_stop_signals, stop_watch_ends

app = Sanic("stop_signals", configure_logging=False)

@app.get("/")
async def root(_request):
    return response.text("ok")

async def setting_up(started, _loop):
    if sys.argv[2] == "kept":
        keep_stop_signals(started)
    print("setting up", flush=True)
    time.sleep(1.5)  # work that does not yield to the loop

async def stopping(stopped, _loop):
    stop_watch_ends(stopped)

app.register_listener(setting_up, "after_server_start")
app.register_listener(stopping, "before_server_stop")
app.run(host="127.0.0.1", port=int(sys.argv[1]), access_log=False, motd=False)
print("stopped", flush=True)
"""


def _stopped_during_setting_up(mode: str) -> subprocess.Popen:
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(free_port()), mode],
                              cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    assert server.stdout.readline().strip() == "setting up"
    server.send_signal(signal.SIGTERM)
    return server


def test_a_sigterm_while_the_server_finishes_starting_stops_it() -> None:
    server = _stopped_during_setting_up("kept")
    try:
        assert server.wait(timeout=30) == 0
        assert server.stdout is not None and server.stdout.read().strip() == "stopped"
    finally:
        server.kill()


def test_without_it_that_sigterm_is_lost_and_the_server_serves_on() -> None:
    """What the test above guards against, so it cannot pass for want of a hazard."""
    server = _stopped_during_setting_up("stock")
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            server.wait(timeout=5)
        server.send_signal(signal.SIGTERM)  # deaf to it now: app.stop runs once only
        with pytest.raises(subprocess.TimeoutExpired):
            server.wait(timeout=1)
    finally:
        server.kill()
        server.wait()
