"""Message keys: scoped to one conversation, and read as claimed once a turn has claimed
one."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import sessionmaker

from bot.channels.web_delivery import WebDeliveries, delivery_id, valid_message_id
from bot.db import repository
from bot.db.session import unit_of_work
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


def test_a_key_is_seen_once_a_turn_has_claimed_it(database_url: str,
                                                  session_factory: sessionmaker) -> None:
    deliveries = WebDeliveries(settings_for(database_url), session_factory)
    first = delivery_id("secret", "conversation-a", "key-1")
    assert deliveries.seen(first) is False  # reading claims nothing: the turn does
    assert deliveries.seen(first) is False
    with unit_of_work(session_factory) as session:
        assert repository.claim_delivery(session, first) is True
    assert deliveries.seen(first) is True
    assert WebDeliveries(settings_for(database_url), session_factory).seen(first) is True
    assert deliveries.seen(delivery_id("secret", "conversation-b", "key-1")) is False
