"""The Telegram client's answers: retries on network errors and 429s, values not
exceptions, and never a second try of an invitation that may have arrived."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from typing import List

from bot.config import PROJECT_ROOT, load_telegram
from bot.telegram.client import ATTEMPTS, TelegramSender
from tests.fakes.fake_telegram import FakeTelegram


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def sender_for(base_url: str, waits: List[float], read_timeout: float = 15.0) -> TelegramSender:
    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    settings = load_telegram({"TELEGRAM_TOKEN": "123456:fake-token",
                              "TELEGRAM_SECRET_TOKEN": "s" * 20, "TELEGRAM_API_BASE_URL": base_url})
    return TelegramSender(settings, sleep=sleep, read_timeout=read_timeout)


def delivered(fake: FakeTelegram, chat_id: int) -> List[str]:
    """What the chat actually got (refused calls left out)."""
    return [c["text"] for c in fake.calls_of("sendMessage", chat_id) if "sent_id" in c]


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


def test_a_reply_whose_answer_times_out_is_not_sent_again() -> None:
    """Telegram took the message but its answer came too late: the patient got it once,
    not once per retry, and the send is reported as uncertain."""
    waits: List[float] = []
    with FakeTelegram() as fake:
        sender = sender_for(fake.base_url, waits, read_timeout=0.3)
        fake.answer_late(1, seconds=1.0)

        async def reply_then_next() -> List[bool]:
            first = await sender.send("42", "Which age group are you in?")
            second = await sender.send("42", "What is the first part of your postcode?")
            await sender.close()
            return [first.uncertain, second.ok]

        assert asyncio.run(reply_then_next()) == [True, True]
        assert delivered(fake, 42) == ["Which age group are you in?",
                                       "What is the first part of your postcode?"]


def test_a_server_error_is_reported_not_sent_again() -> None:
    """A 5xx may come after Telegram sent the message: as with SMS, not tried again."""
    waits: List[float] = []
    with FakeTelegram() as fake:
        sender = sender_for(fake.base_url, waits)
        fake.fail(1, status=500)
        sent = asyncio.run(sender.send("42", "hello"))
        assert sent.uncertain and not sent.ok
        assert len(fake.calls_of("sendMessage", 42)) == 1 and waits == []


def test_crisis_signposting_is_sent_again_after_a_server_error() -> None:
    """Signposting that may not have arrived is sent again: better twice than not at all."""
    waits: List[float] = []
    with FakeTelegram() as fake:
        sender = sender_for(fake.base_url, waits)
        fake.fail(1, status=500)
        sent = asyncio.run(sender.send("42", "If you're in danger now, call 999.", urgent=True))
        assert sent.ok
        assert delivered(fake, 42) == ["If you're in danger now, call 999."]
        assert len(fake.calls_of("sendMessage", 42)) == 2


SENDING = """
import asyncio, logging, sys
from bot import logs
from bot.config import PROJECT_ROOT, load_telegram
from bot.telegram.client import TelegramSender

logs.configure("text", level=logging.DEBUG)  # the most a process would ever log


async def no_wait(seconds):
    pass


async def main(base_url, refused_url):
    for url in (base_url, refused_url):
        settings = load_telegram({"TELEGRAM_TOKEN": "123456:fake-token",
                                  "TELEGRAM_SECRET_TOKEN": "s" * 20,
                                  "TELEGRAM_API_BASE_URL": url})
        sender = TelegramSender(settings, sleep=no_wait)
        print((await sender.send("55512345", "Quuxworth was rude to me")).error)
        await sender.close()

asyncio.run(main(*sys.argv[1:]))
"""


def test_logs_name_the_error_type_never_a_chat_id_text_or_token() -> None:
    """Sending, then giving up on an unreachable Telegram, with logging at DEBUG: no chat
    id, message text or bot token in any line (python-telegram-bot's own debug lines
    carry all three), and the warning names the error's type only."""
    with FakeTelegram() as fake:
        done = subprocess.run([sys.executable, "-c", SENDING, fake.base_url,
                               f"http://127.0.0.1:{closed_port()}"], cwd=PROJECT_ROOT,
                              capture_output=True, text=True, timeout=120)
        assert fake.texts(55512345) == ["Quuxworth was rude to me"]
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["", "NetworkError"]
    for secret in ("55512345", "Quuxworth", "fake-token", "123456:"):
        assert secret not in done.stderr
    warnings = [line for line in done.stderr.splitlines() if "WARNING" in line]
    assert [line.split(": ", 1)[1] for line in warnings] == [
        f"telegram call gave up after {ATTEMPTS} attempts: NetworkError"]
