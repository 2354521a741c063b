"""When in the day messages we start may go (bot/send_window.py): UK time, summer and winter."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.config import ConfigError, load_settings
from bot.send_window import BadWindow, parse_window


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.mark.parametrize("window, moment, allowed", [
    ("09:00-20:00", "2026-12-05 08:59", False),  # GMT: UK time is UTC
    ("09:00-20:00", "2026-12-05 09:00", True),
    ("09:00-20:00", "2026-12-05 19:59", True),
    ("09:00-20:00", "2026-12-05 20:00", False),  # closes at 20:00
    ("09:00-20:00", "2026-12-05 02:00", False),
    ("09:00-20:00", "2026-07-05 08:00", True),  # BST: 09:00 in the UK
    ("09:00-20:00", "2026-07-05 07:59", False),  # 08:59 in the UK
    ("09:00-20:00", "2026-07-05 18:59", True),  # 19:59 in the UK
    ("09:00-20:00", "2026-07-05 19:00", False),  # 20:00 in the UK
    ("09:00-20:00", "2026-03-29 08:30", True),  # the day the clocks go forward: 09:30 BST
    ("09:00-20:00", "2026-10-25 08:30", False),  # the day they go back: 08:30 GMT
    ("00:00-24:00", "2026-12-05 23:59", True),  # all day
    ("00:00-24:00", "2026-12-05 00:00", True),
    ("08:30-21:15", "2026-12-05 21:14", True),
    ("08:30-21:15", "2026-12-05 08:29", False),
])
def test_when_a_reminder_may_go(window: str, moment: str, allowed: bool) -> None:
    assert parse_window(window).allows(utc(moment)) is allowed


def test_a_stored_moment_without_a_zone_is_utc() -> None:
    assert parse_window("09:00-20:00").allows(datetime(2026, 7, 5, 8, 0)) is True


@pytest.mark.parametrize("text, shown", [
    ("9:00-20:00", "09:00-20:00"),
    (" 09:00 - 24:00 ", "09:00-24:00"),
    ("00:00-24:00", "00:00-24:00"),
])
def test_a_window_is_read_as_written(text: str, shown: str) -> None:
    assert str(parse_window(text)) == shown


@pytest.mark.parametrize("text, says", [
    ("9-20", "not a window of the day"),
    ("09:00", "not a window of the day"),
    ("nine till eight", "not a window of the day"),
    ("25:00-26:00", "not on a clock"),
    ("09:60-20:00", "not on a clock"),
    ("09:00-24:30", "not on a clock"),
    ("20:00-09:00", "closes before it opens"),
    ("09:00-09:00", "closes before it opens"),
])
def test_a_window_that_is_not_one_is_refused_with_why(text: str, says: str) -> None:
    with pytest.raises(BadWindow, match=says):
        parse_window(text)


def test_the_setting_defaults_to_daytime_and_refuses_nonsense(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SB_SEND_WINDOW", raising=False)
    assert str(load_settings().send_window) == "09:00-20:00"
    monkeypatch.setenv("SB_SEND_WINDOW", "22:00-06:00")
    with pytest.raises(ConfigError, match="SB_SEND_WINDOW: .* closes before it opens"):
        load_settings()
