"""A SIGTERM that comes while a server finishes starting stops it (bot/runtime.py
keep_stop_signals, serve_on_asyncio_loop), as Kubernetes, a rolled-back deploy and the
tests expect.

A real Sanic server in its own process: its after_server_start listener works for a
second and a half without yielding (as the channels' listeners set themselves up), and
the SIGTERM comes in that time. Stock Sanic spends that stop on the listeners'
`run_until_complete` and serves on (CI saw a Rasa server do so for 240 s); with the
listener calling keep_stop_signals it stops, with exit status 0.

A signal that comes between two runs of the event loop (Sanic starts a server in
several) is lost by uvloop, Sanic's loop when installed, and kept by asyncio's, which
our servers run on.
"""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from bot.cli.stack import PROJECT_ROOT, free_port

SERVER = """
import asyncio, sys, time
from sanic import Sanic, response
from bot.runtime import keep_stop_signals, serve_on_asyncio_loop, stop_watch_ends

if sys.argv[2] == "kept":
    serve_on_asyncio_loop()
app = Sanic("stop_signals", configure_logging=False)

@app.get("/")
async def root(_request):
    return response.text("ok")

async def setting_up(started, _loop):
    if sys.argv[2] == "kept":
        keep_stop_signals(started)
    print("setting up on", type(asyncio.get_running_loop()).__module__, flush=True)
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
    loop = "asyncio.unix_events" if mode == "kept" else "uvloop"
    assert server.stdout.readline().strip() == f"setting up on {loop}"
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


BETWEEN_RUNS = """
import asyncio, os, signal, sys
import uvloop

loop = uvloop.new_event_loop() if sys.argv[1] == "uvloop" else asyncio.new_event_loop()
loop.add_signal_handler(signal.SIGTERM, lambda: print("handled", flush=True))
loop.run_until_complete(asyncio.sleep(0))
os.kill(os.getpid(), signal.SIGTERM)  # between two runs, as between Sanic's start-up steps
sum(range(1000))  # Python runs its own handler of the signal here
loop.run_until_complete(asyncio.sleep(0.5))
print("ran on", flush=True)
"""


@pytest.mark.parametrize("loop, heard", [("asyncio", ["handled", "ran on"]),
                                         ("uvloop", ["ran on"])])
def test_a_signal_between_two_runs_of_the_loop_is_kept_by_asyncio_lost_by_uvloop(
        loop: str, heard: list) -> None:
    """Why our servers run on asyncio's loop (bot/runtime.py serve_on_asyncio_loop). If a
    later uvloop keeps the signal, its row here fails: uvloop could then serve again."""
    done = subprocess.run([sys.executable, "-c", BETWEEN_RUNS, loop], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:-1] == heard


def test_our_servers_get_asyncios_loop_even_once_aiogram_is_imported() -> None:
    """aiogram, which Rasa's channels import, makes uvloop every later loop on import
    unless told not to (bot/runtime.py serve_on_asyncio_loop tells it)."""
    code = ("import asyncio; from bot.runtime import serve_on_asyncio_loop; "
            "serve_on_asyncio_loop(); import rasa.core.channels, aiogram; "
            "print(type(asyncio.new_event_loop()).__module__)")
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "asyncio.unix_events"
