"""A reminder sweep in a database outage logs one WARNING line a round, as the other
sweeps do: it logged ERROR with a traceback every minute, which looks like a fault of
ours to the engineer on call (runbook: an outage is handled, nothing to fix here)."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from bot.channels.reminders import ReminderStore, Rules
from bot.send_window import DEFAULT, parse_window


class Unreachable(ReminderStore):
    def __init__(self, error: Exception) -> None:
        self.error = error

    @property
    def rules(self) -> Rules:
        return Rules("twilio", None, "phone", "", timedelta(hours=24), None, 0.01,
                     parse_window(DEFAULT))

    async def sweep_once(self, send: Any, now: Any = None) -> Any:
        raise self.error


def one_round(store: ReminderStore) -> None:
    async def run() -> None:
        task = asyncio.create_task(store.sweep_forever(lambda *_: None))
        await asyncio.sleep(0.005)
        task.cancel()

    asyncio.run(run())


@pytest.mark.parametrize("error, level, traceback", [
    (OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked")),
     logging.WARNING, False),
    (ValueError("a fault of ours"), logging.ERROR, True),
])
def test_an_outage_is_one_warning_a_fault_an_error(caplog: pytest.LogCaptureFixture,
                                                  error: Exception, level: int,
                                                  traceback: bool) -> None:
    caplog.set_level(logging.WARNING, logger="bot.channels.reminders")
    one_round(Unreachable(error))
    [record] = [r for r in caplog.records if r.name == "bot.channels.reminders"][:1]
    assert record.levelno == level and (record.exc_info is not None) == traceback
