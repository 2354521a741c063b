"""Keys that stand for a number, chat id or address in Redis (bot/limits/keys.py)."""

from __future__ import annotations

import hashlib

import pytest

from bot.limits.keys import keyed_hash


@pytest.mark.parametrize("secret, label, value, other", [
    ("s" * 32, "twilio", "+447700900123", ("t" * 32, "twilio", "+447700900123")),  # secret
    ("s" * 32, "twilio", "+447700900123", ("s" * 32, "telegram", "+447700900123")),  # label
    ("s" * 32, "twilio", "+447700900123", ("s" * 32, "twilio", "+447700900124")),  # value
])
def test_each_part_changes_the_key(secret: str, label: str, value: str, other: tuple) -> None:
    key = keyed_hash(secret, label, value)
    assert len(key) == 32 and int(key, 16) >= 0
    assert key == keyed_hash(secret, label, value)
    assert key != keyed_hash(*other)


def test_not_a_plain_hash() -> None:
    number = "+447700900123"
    key = keyed_hash("s" * 32, "twilio", number)
    assert key not in {hashlib.sha256(guess.encode()).hexdigest()[:32]
                       for guess in (number, f"twilio:{number}")}
