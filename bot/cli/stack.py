"""Start the Rasa server and the action server, wait until they answer, stop them.

Used by `python -m bot serve`, the end-to-end tests and the benchmarks, so all
three run the product the same way.
"""

from __future__ import annotations

import json
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from bot.config import PROJECT_ROOT, Settings

MODEL = PROJECT_ROOT / "models" / "sounding-board.tar.gz"
# Rasa's command line, started through our entry point so its two shims apply
# (bot/channels/rasa_server.py).
RASA = [sys.executable, "-m", "bot.channels.rasa_server"]


_HANDED_OUT: set = set()


def free_port() -> int:
    """A port free now, below the range the system gives outgoing connections their own
    ports from: port 0 is picked from that range, and a Rasa server, which binds only after
    loading its model (20-40 s), lost its port to a connection made meanwhile (a database
    client's, say) and stopped with "Unable to start server"."""
    low = _ephemeral_low()
    for _ in range(200):
        port = random.randrange(max(1024, low - 12_000), low)
        if port in _HANDED_OUT:
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        _HANDED_OUT.add(port)
        return port
    with socket.socket() as sock:  # nothing below that range free: the system's choice
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default


def child_environment(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    env = dict(os.environ)
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    env.setdefault("PYTHONWARNINGS", "ignore")
    env.setdefault("SB_ACTION_ENDPOINT", "http://127.0.0.1:5055/webhook")
    # Only Rasa and the action server share it; new for every start unless given.
    env.setdefault("SB_ACTION_SECRET", secrets.token_urlsafe(32))
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    env.update(extra or {})
    return env


def answers(url: str, warm: bool = False) -> bool:
    """Does `url` answer 200 and, with `warm`, say {"warm": true} (its warm-up is done,
    bot/runtime.py)?"""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200 and (
                not warm or json.loads(response.read()).get("warm") is True)
    except (OSError, ValueError, AttributeError):
        return False


@dataclass
class Process:
    name: str
    command: List[str]
    ready_url: str
    # When set, the process is ready only once this says {"warm": true} (bot/runtime.py),
    # so no message races the lexicon's compiling; `ready_url` is then not asked (a warm
    # Rasa server has loaded its model: it loads before it listens).
    warm_url: str = ""
    log: Optional[Path] = None
    popen: Optional[subprocess.Popen] = field(default=None, repr=False)


def rasa_processes(rasa_port: int, action_port: int, token: str = "",
                   model: Path = MODEL) -> List[Process]:
    # `--auth-token=…` in one argument: a token that begins with "-" (one made by
    # secrets.token_urlsafe, one time in 64) would otherwise read as an option.
    api = ["--enable-api", f"--auth-token={token}"] if token else []
    status = f"/status?token={token}" if token else "/"
    return [
        Process("action server",
                [sys.executable, "-m", "actions", "--port", str(action_port)],
                f"http://127.0.0.1:{action_port}/health",
                warm_url=f"http://127.0.0.1:{action_port}/health"),
        Process("Rasa server",
                [*RASA, "run", "--model", str(model), "--port", str(rasa_port),
                 "--interface", "127.0.0.1", "--endpoints", "endpoints.yml",
                 "--credentials", "credentials.yml", *api],
                f"http://127.0.0.1:{rasa_port}{status}",
                warm_url=f"http://127.0.0.1:{rasa_port}/webhooks/ops/live"),
    ]


def app_processes(settings: Settings) -> List[Process]:
    """The commissioner app and the patient web process, where `settings` put them."""
    app_url = f"http://{settings.commissioner_host}:{settings.commissioner_port}"
    web_url = f"http://{settings.web.host}:{settings.web.port}"
    return [Process("commissioner app", [sys.executable, "-m", "bot.commissioner"],
                    f"{app_url}/health"),
            Process("patient web", [sys.executable, "-m", "bot.web"], f"{web_url}/health")]


def start(processes: List[Process], env: Dict[str, str], timeout: float = 240,
          own_session: bool = False) -> None:
    """Start every process, then wait until each answers; raise with its log if one dies."""
    launch(processes, env, own_session)
    wait_ready(processes, timeout)


def launch(processes: List[Process], env: Dict[str, str], own_session: bool = False) -> None:
    """Start every process without waiting: several stacks can then start at once.

    With `own_session` a terminal's Ctrl-C reaches only the caller, which then stops
    them (`stop`): a process still importing would otherwise print a KeyboardInterrupt
    traceback."""
    for proc in processes:
        out = proc.log.open("a") if proc.log else None
        proc.popen = subprocess.Popen(proc.command, cwd=PROJECT_ROOT, env=env, stdout=out,
                                      stderr=subprocess.STDOUT if out else None,
                                      start_new_session=own_session)


def wait_ready(processes: List[Process], timeout: float = 240) -> None:
    """Wait until each launched process answers; raise with its log if one dies."""
    deadline = time.monotonic() + timeout
    for proc in processes:
        while not (answers(proc.warm_url, warm=True) if proc.warm_url
                   else answers(proc.ready_url)):
            if proc.popen is not None and proc.popen.poll() is not None:
                log = proc.log.read_text(errors="replace")[-3000:] if proc.log else ""
                raise RuntimeError(f"{proc.name} exited during start-up\n{log}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{proc.name} not ready after {timeout:.0f}s")
            time.sleep(0.1)


def stop(processes: List[Process], timeout: float = 20) -> None:
    running = [p.popen for p in processes if p.popen is not None and p.popen.poll() is None]
    for popen in running:
        popen.send_signal(signal.SIGTERM)
    for popen in running:
        try:
            popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            popen.kill()
