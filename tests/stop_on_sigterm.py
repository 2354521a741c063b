"""A SIGTERM ends a test run as Ctrl-C does: teardown runs, so nothing it started is left running.

CI's time limit, an editor's stop button and `kill` send SIGTERM. Without this plugin pytest
dies at once and the end-to-end tests' Rasa servers, action servers, nginx and fake Twilio and
Telegram servers keep running, holding their memory and ports, until someone finds them.
Loaded by pyproject.toml's addopts (`-p tests.stop_on_sigterm`).
"""

from __future__ import annotations

import signal
import threading

import pytest


def pytest_configure(config: pytest.Config) -> None:
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt
