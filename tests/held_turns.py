"""A turn held mid-way (a slow turn), and work run meanwhile on threads of its own: for
tests of what happens to a patient's turn racing something else of theirs (another turn,
STOP, an expiry, an erasure). The `hold` fixture (tests/conftest.py) makes a HeldTurn."""

from __future__ import annotations

import threading
import time
from typing import Any, Callable

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import unit_of_work
from bot.engine import state

LIMIT = 30.0  # seconds: only for a test gone wrong, never reached when it passes
# SQLite shows nobody waiting for its write lock: the second turn is given this long to
# finish if nothing makes it wait (it takes tens of ms), then the first is let go.
SQLITE_GRACE = 0.5


class HeldTurn:
    """The next turn to read its conversation stops right there until `go()` (a slow
    turn, Rasa's lock lapsing meanwhile)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reached = threading.Event()
        self._go = threading.Event()
        self._taken = threading.Lock()
        real = state.load

        def load(session: Session, who: str) -> Any:
            found = real(session, who)
            if self._taken.acquire(blocking=False):  # the first caller only
                self.reached.set()
                self._go.wait(LIMIT)
            return found

        monkeypatch.setattr(state, "load", load)

    def go(self) -> None:
        self._go.set()


class InThread:
    """`work()` on a thread of its own; what it returned, or raised, kept."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None

        def run() -> None:
            try:
                self.result = work()
            except BaseException as error:  # noqa: BLE001 - reported by the test
                self.error = error

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def outcome(self) -> Any:
        self.thread.join(LIMIT)
        assert not self.thread.is_alive(), "the turn never finished"
        if self.error is not None:
            raise self.error
        return self.result


def until_waiting_or_done(second: InThread, factory: sessionmaker) -> None:
    """Until the second turn has finished (nothing held it back) or waits for the first."""
    if factory.kw["bind"].dialect.name != "postgresql":
        second.thread.join(SQLITE_GRACE)
        return
    deadline = time.monotonic() + LIMIT
    while second.thread.is_alive() and time.monotonic() < deadline:
        with unit_of_work(factory) as session:
            waiting = session.scalar(text(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND database = "
                "(SELECT oid FROM pg_database WHERE datname = current_database())"))
        if waiting:
            return
        time.sleep(0.002)
