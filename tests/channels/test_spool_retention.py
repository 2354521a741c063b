"""Nothing is held for longer than the retention period: a message whose replay never
succeeded (a fault of ours, a database that never came back for it) goes from the
spool, words, number and all, once SB_RETENTION_DAYS have passed since it came, and the
log says how many went without saying whose or what (a real SQLite file; times given)."""

from __future__ import annotations

import logging
import sqlite3
import time
import uuid
from pathlib import Path

import pytest

from bot.channels.held_order import HeldOrder
from bot.channels.spool import Spool, spool_for
from bot.config import load_settings
from tests.conftest import redis_required

PHONE = "+447700900417"
WORDS = "the Quillfeather ward sister was kind"
DAY = 24 * 3600.0


def test_a_message_never_replayed_is_gone_once_the_retention_period_has_passed(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "spool.sqlite"
    spool = spool_for(load_settings({"SB_SPOOL_PATH": str(path), "SB_RETENTION_DAYS": "30"}))
    held_at = time.time()
    spool.put("twilio", "SM1", PHONE, WORDS)
    # 29 days on it is still there to replay (the database is still down for it).
    [held] = spool.claim("twilio", now=held_at + 29 * DAY)
    spool.release(held, held.attempts + 1)
    caplog.set_level(logging.INFO)
    # A day and a minute later, the web channel's round (SMS may be switched off by now).
    assert spool.claim("rest", now=held_at + 30 * DAY + 60) == []
    assert spool.claim("twilio", now=held_at + 30 * DAY + 60) == []
    assert spool.depth() == 0 and not spool.holds("twilio", PHONE)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for file in tmp_path.iterdir():  # overwritten, not only unlinked from the table
        assert b"Quillfeather" not in file.read_bytes(), file.name
        assert PHONE[1:].encode() not in file.read_bytes(), file.name
    said = [record.getMessage() for record in caplog.records]
    assert said == ["dropped 1 held twilio message(s) never replayed within the retention "
                    "period (30 days)"]


def test_a_dropped_message_no_longer_holds_back_the_senders_later_ones_elsewhere(
        tmp_path: Path) -> None:
    """Across replicas (Redis orders a sender's messages), the ticket of a message dropped
    on one replica is handed back, so the sender's later message on the other replays."""
    url = "redis://127.0.0.1:6379/5"
    redis_required(url)
    secret = "s" * 32
    one = Spool(tmp_path / "one.sqlite", HeldOrder(url, secret), retention_days=30)
    two = Spool(tmp_path / "two.sqlite", HeldOrder(url, secret), retention_days=30)
    sender = "+44770090" + str(uuid.uuid4().int)[:4]
    one.put("twilio", "SM-old", sender, "first")
    two.put("twilio", "SM-new", sender, "second")
    assert two.claim("twilio") == []  # waits behind the first, on the other replica
    assert one.claim("twilio", now=time.time() + 31 * DAY) == []  # the first: past the period
    [second] = two.claim("twilio")
    assert second.text == "second"
    two.done(second)
    assert not one.holds("twilio", sender) and not two.holds("twilio", sender)
