"""`python -m bot serve` stops every process it started, on Ctrl-C and on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import List, Optional

import pytest

from bot.cli import stack
from bot.cli.serve import local_port
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


def test_a_second_signal_while_stopping_stops_everything_without_a_traceback(
        sqlite_url: str) -> None:
    """An impatient second Ctrl-C, or SIGTERM sent to the whole process group (make
    forwards it to serve, which gets its own too), used to break into the stopping and
    print a KeyboardInterrupt traceback, leaving the rest of the stop undone.

    It also runs the Rasa server where SB_RASA_URL says (serve used to start it on 5005
    whatever the setting, while the web process and the channels used the setting)."""
    rasa_url = f"http://127.0.0.1:{stack.free_port()}"
    env = stack.child_environment({"SB_DATABASE_URL": sqlite_url,
                                   "SB_RASA_URL": rasa_url,
                                   "SB_COMMISSIONER_PORT": str(stack.free_port()),
                                   "SB_WEB_PORT": str(stack.free_port()),
                                   "SB_ACTION_PORT": str(stack.free_port())})
    serve = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=PROJECT_ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert serve.stdout is not None
        ready = []
        for line in serve.stdout:  # every process answers before this line
            ready.append(line)
            if line.startswith("Chat over REST"):
                break
        assert f"ready: Rasa server on {rasa_url}\n" in ready, ready
        assert f"POST {rasa_url}/webhooks/rest/conversations" in ready[-1]
        started = children(serve.pid)
        os.kill(serve.pid, signal.SIGTERM)
        time.sleep(0.05)
        os.kill(serve.pid, signal.SIGTERM)
        _, err = serve.communicate(timeout=60)
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
        assert serve.returncode == 0
        deadline = time.monotonic() + 30
        while any(alive(pid) for pid in started) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(pid) for pid in started)
    finally:
        if serve.poll() is None:
            serve.kill()


def test_ctrl_c_during_start_up_stops_everything_without_a_traceback(sqlite_url: str) -> None:
    """Ctrl-C on a terminal goes to the whole foreground process group. The processes
    serve had started were still importing and each printed a KeyboardInterrupt
    traceback; now only serve gets it and stops them."""
    env = stack.child_environment({"SB_DATABASE_URL": sqlite_url,
                                   "SB_COMMISSIONER_PORT": str(stack.free_port()),
                                   "SB_WEB_PORT": str(stack.free_port()),
                                   "SB_ACTION_PORT": str(stack.free_port())})
    # serve leads its own process group, as a command typed at a terminal does
    serve = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=PROJECT_ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while len(children(serve.pid)) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        started = children(serve.pid)
        assert len(started) == 4
        time.sleep(0.5)  # they are importing (Rasa's server for 10 s or more)
        os.killpg(serve.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
        _, err = serve.communicate(timeout=60)
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
        deadline = time.monotonic() + 30
        while any(alive(pid) for pid in started) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(pid) for pid in started)
    finally:
        if serve.poll() is None:
            serve.kill()


@pytest.mark.parametrize("url, port", [
    ("http://127.0.0.1:5005", 5005),
    ("http://localhost:5105/", 5105),
    ("http://127.0.0.1", 80),
    ("https://127.0.0.1:5005", None),   # serve's Rasa server speaks plain HTTP
    ("http://rasa.internal:5005", None),  # another machine: serve cannot start it there
    ("http://10.0.0.4:5005", None),
    ("http://127.0.0.1:5005/rasa", None),
    ("http://127.0.0.1:99999", None),
    ("http://127.0.0.1:port", None),
])
def test_serve_starts_rasa_only_where_the_setting_is_this_machine(url: str,
                                                                   port: Optional[int]) -> None:
    assert local_port(url) == port


def test_serve_refuses_a_rasa_url_it_cannot_start_and_starts_nothing(sqlite_url: str) -> None:
    env = stack.child_environment({"SB_DATABASE_URL": sqlite_url,
                                   "SB_RASA_URL": "https://rasa.example.nhs.uk"})
    done = subprocess.run([sys.executable, "-m", "bot", "serve"], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "SB_RASA_URL" in done.stderr and "http://127.0.0.1:<port>" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_a_server_whose_port_is_taken_says_so_and_fails(sqlite_url: str) -> None:
    """Sanic logged "Unable to start server" with no port and the process exited 0."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = stack.child_environment({"SB_DATABASE_URL": sqlite_url,
                                       "SB_COMMISSIONER_PORT": str(port)})
        done = subprocess.run([sys.executable, "-m", "bot.commissioner"], cwd=PROJECT_ROOT,
                              env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert f"error: could not listen on 127.0.0.1:{port}" in done.stderr


def test_free_ports_are_outside_the_range_outgoing_connections_use() -> None:
    """A Rasa server binds only after loading its model (20-40 s); a port picked by binding
    port 0 comes from the range every outgoing connection takes its own port from, and one
    was taken meanwhile (CI: "Unable to start server")."""
    low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    ports = [stack.free_port() for _ in range(50)]
    assert len(set(ports)) == 50 and all(1024 <= port < low for port in ports)
