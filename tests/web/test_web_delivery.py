"""Message keys: scoped to one conversation and claimed once in the database."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import sessionmaker

from bot.channels.web_delivery import WebDeliveries, delivery_id, valid_message_id
from tests.conftest import settings_for


@pytest.mark.parametrize("value,valid", [
    ("0123456789abcdef0123456789abcdef", True),
    ("abc-DEF_1", True),
    ("x" * 64, True),
    ("x" * 65, False),
    ("short", False),
    ("has space", False),
    ("émoji-ok?", False),
    (None, False),
    (12345678, False),
    ("", False),
])
def test_valid_message_id(value: Any, valid: bool) -> None:
    assert valid_message_id(value) is valid


def test_a_stored_key_belongs_to_one_conversation_and_fits_the_column() -> None:
    mine = delivery_id("secret", "conversation-a", "key-1")
    assert mine == delivery_id("secret", "conversation-a", "key-1")
    assert mine != delivery_id("secret", "conversation-b", "key-1")
    assert mine != delivery_id("other secret", "conversation-a", "key-1")
    assert mine.startswith("web:") and len(mine) == 64


def test_a_key_is_claimed_once(database_url: str, session_factory: sessionmaker) -> None:
    deliveries = WebDeliveries(settings_for(database_url), session_factory)
    first = delivery_id("secret", "conversation-a", "key-1")
    assert deliveries.claim(first) is True
    assert deliveries.claim(first) is False
    assert WebDeliveries(settings_for(database_url), session_factory).claim(first) is False
    assert deliveries.claim(delivery_id("secret", "conversation-b", "key-1")) is True
