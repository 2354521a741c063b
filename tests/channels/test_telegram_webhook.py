"""Bad input to the Telegram webhook, from a caller that has the secret: a 4xx, never a 5xx."""

from __future__ import annotations

from typing import List

import pytest
import requests
from sqlalchemy.orm import sessionmaker

from bot.channels.telegram import SECRET_HEADER
from tests.channels.telegram_replicas import Replica
from tests.e2e.conftest import TELEGRAM_SECRET

DEEP = b"[" * 50_000 + b"]" * 50_000


@pytest.mark.parametrize("body", [DEEP, b'{"update_id": 7, "message": ' + DEEP + b"}"],
                         ids=["deep-array", "deep-inside-an-update"])
def test_json_nested_past_any_real_update_gets_a_400(factory: sessionmaker,
                                                      replicas: List[Replica],
                                                      body: bytes) -> None:
    """JSON nested deeper than Python's parser goes answered 500 (RecursionError, not the
    ValueError the channel caught); it is no update, so it gets the 400 of any other."""
    (user, _), _ = replicas
    answer = requests.post(user.url, data=body, timeout=30, headers={
        SECRET_HEADER: TELEGRAM_SECRET, "Content-Type": "application/json"})
    assert answer.status_code == 400
    assert answer.json() == {"error": "send a Telegram Update as a JSON object"}
