"""`python -m bot serve`: run every process of the product; Ctrl-C stops them all."""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import sys
import time
from urllib.parse import urlsplit

from bot.cli import stack
from bot.config import load_settings


def local_port(url: str) -> int | None:
    """The port of `url` when it names this machine over plain HTTP (where `serve` can
    start the Rasa server), else None."""
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost") \
            or parts.path not in ("", "/"):
        return None
    try:
        return parts.port or 80
    except ValueError:
        return None


def serve(args: argparse.Namespace) -> int:
    settings = load_settings()
    if not stack.MODEL.exists():
        print(f"no model at {stack.MODEL}: run `make run`, which trains it", file=sys.stderr)
        return 1
    rasa_port = local_port(settings.rasa_url)
    if rasa_port is None:
        print(f"SB_RASA_URL is {settings.rasa_url!r}: `serve` starts the Rasa server on this "
              "machine, so it must be http://127.0.0.1:<port> (or leave it unset for port 5005)",
              file=sys.stderr)
        return 2
    # Rasa's HTTP API only ever runs behind a token; the action server uses it
    # to erase a conversation when a patient asks.
    token = os.environ.get("SB_RASA_API_TOKEN", "") or secrets.token_urlsafe(32)
    processes = [*stack.rasa_processes(rasa_port, settings.action_port, token),
                 *stack.app_processes(settings)]
    # SIGTERM (systemd, a container stop, `kill`) stops the children too, as Ctrl-C does.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        print("starting (the Rasa server takes 10-20 s to load its model)...", flush=True)
        stack.start(processes, stack.child_environment({
            "SB_RASA_API_TOKEN": token,
            "SB_ACTION_ENDPOINT": os.environ.get("SB_ACTION_ENDPOINT", "")
            or f"http://127.0.0.1:{settings.action_port}/webhook",
        }), own_session=True)
        for proc in processes:
            print(f"ready: {proc.name} on {proc.ready_url.split('?')[0].rsplit('/', 1)[0]}")
        print(f"Chat over REST: POST {settings.rasa_url}/webhooks/rest/conversations for an id, "
              'then POST /webhooks/rest/webhook with {"sender": <id>, "message": "MIND24"}. '
              f"Chat in a browser: {settings.web.public_url}/c/MIND24. "
              "Ctrl-C stops everything.", flush=True)
        while all(p.popen is not None and p.popen.poll() is None for p in processes):
            time.sleep(0.5)
        print("a process stopped; stopping the others", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        _ignore_signals()
        print("\nstopping...", flush=True)
        return 0
    finally:
        _ignore_signals()
        stack.stop(processes)


def _ignore_signals() -> None:
    """A second Ctrl-C, or SIGTERM to the whole process group (make passes it on, and
    serve gets its own), must not break into the stopping: it finishes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt
