"""The Telegram client's answers: retries on network errors and 429s, values not
exceptions, and never a second try of an invitation that may have arrived."""

from __future__ import annotations

import asyncio
import socket
from typing import List

from bot.config import load_telegram
from bot.telegram.client import ATTEMPTS, TelegramSender
from tests.fakes.fake_telegram import FakeTelegram


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def sender_for(base_url: str, waits: List[float]) -> TelegramSender:
    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    settings = load_telegram({"TELEGRAM_TOKEN": "123456:fake-token",
                              "TELEGRAM_SECRET_TOKEN": "s" * 20, "TELEGRAM_API_BASE_URL": base_url})
    return TelegramSender(settings, sleep=sleep)


def test_a_network_error_is_retried_with_backoff_then_reported() -> None:
    waits: List[float] = []
    sender = sender_for(f"http://127.0.0.1:{closed_port()}", waits)
    sent = asyncio.run(sender.send("42", "hello"))
    assert not sent.ok and not sent.blocked and sent.error == "NetworkError"
    assert waits == [0.5, 1.0, 2.0, 4.0, 8.0][:ATTEMPTS]


def test_429s_wait_their_retry_after_and_blocked_is_a_value() -> None:
    waits: List[float] = []
    with FakeTelegram() as fake:
        sender = sender_for(fake.base_url, waits)
        fake.limit(2, retry_after=3)
        assert asyncio.run(sender.send("42", "hello")).ok
        assert waits == [3.0, 3.0]
        fake.block(43)
        blocked = asyncio.run(sender.send("43", "hello"))
        assert blocked.blocked and "blocked by the user" in blocked.error
        assert len(fake.calls_of("sendMessage", 42)) == 3
