"""Sending through Telegram's Bot API with python-telegram-bot's `Bot`.

The server never needs Telegram to start: nothing here calls `getMe` (PTB's
`Bot.initialize` would). Telegram's answers come back as values: a 429 waits the
`retry_after` it names and tries again, no connection backs off and tries again (a
message whose answer was lost is not sent again), a 403 means the person blocked the
bot. Nothing here logs a chat id or a text.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Awaitable, Callable, Optional, TypeVar

import httpx
from telegram import Bot, InlineKeyboardMarkup
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.request import HTTPXRequest

from bot.config import TelegramSettings
from bot.metrics import metrics

logger = logging.getLogger(__name__)
T = TypeVar("T")
ATTEMPTS = 5
MAX_WAIT = 60.0  # seconds; a longer retry_after is given up on (the message is reported)
# httpx logs every request URL at INFO, and the URL holds the bot token.
logging.getLogger("httpx").setLevel(logging.WARNING)


@dataclass(frozen=True)
class Sent:
    """Telegram's answer: the message id, or why there is none."""

    message_id: Optional[int] = None
    blocked: bool = False  # 403: the person blocked the bot (or deleted their account)
    uncertain: bool = False  # timed out, cut off or 5xx: Telegram may or may not have sent it
    error: str = ""  # Telegram's description of a refusal, or the last network error

    @property
    def ok(self) -> bool:
        return self.message_id is not None


class TelegramSender:
    def __init__(self, settings: TelegramSettings,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                 read_timeout: float = 15.0) -> None:
        self.settings = settings
        self._sleep = sleep
        self._read_timeout = read_timeout
        self._bot: Optional[Bot] = None

    @property
    def bot(self) -> Bot:
        """Built on first use (not at import, not at start)."""
        if self._bot is None:
            request = HTTPXRequest(connection_pool_size=32, read_timeout=self._read_timeout,
                                   connect_timeout=5)
            self._bot = Bot(self.settings.token, base_url=f"{self.settings.api_base_url}/bot",
                            request=request, get_updates_request=HTTPXRequest())
        return self._bot

    async def send(self, chat_id: str, text: str,
                   markup: Optional[InlineKeyboardMarkup] = None, urgent: bool = False) -> Sent:
        """Send one message. Tried again only when Telegram certainly did not take it (a
        429, no connection); an answer that timed out, was cut off or was a 5xx may
        follow a sent message, so it is reported as uncertain: nobody gets it twice.
        Except `urgent` (crisis signposting): better twice than not at all."""
        async def call() -> Sent:
            message = await self.bot.send_message(int(chat_id), text, reply_markup=markup)
            return Sent(message.message_id)

        sent = await self._with_retries(call, repeatable=urgent)
        outcome = ("sent" if sent.ok else "blocked" if sent.blocked
                   else "uncertain" if sent.uncertain else "failed")
        metrics().sends.labels("telegram", outcome).inc()
        return sent

    async def answer_tap(self, callback_query_id: str, text: str = "") -> None:
        """Stops the spinner on a tapped button (a toast with `text`, if any)."""
        await self._with_retries(lambda: self._ok(
            self.bot.answer_callback_query(callback_query_id, text=text or None)))

    async def show_choice(self, chat_id: str, message_id: int, text: str) -> None:
        """Rewrites a question the patient answered by a tap: their choice shown, no buttons."""
        await self._with_retries(lambda: self._ok(self.bot.edit_message_text(
            text, chat_id=int(chat_id), message_id=message_id, reply_markup=None)))

    async def update_keyboard(self, chat_id: str, message_id: int,
                              markup: Optional[InlineKeyboardMarkup]) -> None:
        await self._with_retries(lambda: self._ok(self.bot.edit_message_reply_markup(
            chat_id=int(chat_id), message_id=message_id, reply_markup=markup)))

    async def close(self) -> None:
        if self._bot is not None:
            await self._bot.shutdown()

    @staticmethod
    async def _ok(call: Awaitable[Any]) -> Sent:
        await call
        return Sent(0)

    async def _with_retries(self, call: Callable[[], Awaitable[Sent]],
                            repeatable: bool = True) -> Sent:
        """`repeatable`: doing the call twice does no harm (an edit, a tap's answer), so
        any network trouble is tried again; else only what Telegram certainly never got."""
        # What the warning below names: a kind of error, never an exception's text (a
        # network error's can hold the API URL, which holds the bot token).
        error = ""
        for attempt in range(ATTEMPTS):
            try:
                return await call()
            except RetryAfter as limited:
                wait = _seconds(limited.retry_after)
                if wait > MAX_WAIT:
                    return Sent(error=f"rate limited for {wait:.0f} s")
                error = "rate limited"
                metrics().send_retries.labels("telegram").inc()
                await self._sleep(wait)
            except Forbidden as refused:
                return Sent(blocked=True, error=refused.message)
            except BadRequest as refused:  # e.g. "message is not modified", "chat not found"
                return Sent(error=refused.message)
            except NetworkError as failed:  # TimedOut too
                error = type(failed).__name__
                if not repeatable and not _never_reached(failed):
                    return Sent(error=error, uncertain=True)
                metrics().send_retries.labels("telegram").inc()
                await self._sleep(min(0.5 * 2 ** attempt, 8.0))
            except TelegramError as refused:
                return Sent(error=refused.message)
        logger.warning("telegram call gave up after %d attempts: %s", ATTEMPTS, error)
        return Sent(error=error)


def _never_reached(failed: NetworkError) -> bool:
    """Whether the request certainly never reached Telegram: no connection could be made
    (or none was free). A read timeout, a dropped answer or a 5xx may follow a sent
    message (a chat that got its reply twice, in tests)."""
    return isinstance(failed.__cause__, (httpx.ConnectError, httpx.ConnectTimeout,
                                         httpx.PoolTimeout))


def _seconds(retry_after: Any) -> float:
    if isinstance(retry_after, timedelta):
        return retry_after.total_seconds()
    return float(retry_after)
