"""Sending SMS through Twilio's REST API, for the SMS channel and for outreach.

Asynchronous (the SDK's aiohttp client), so a slow Twilio never stalls Rasa's
event loop. Twilio's answers come back as values, never exceptions, because a
refused message (e.g. the number replied STOP) is an everyday outcome. Nothing
here logs a phone number or a message body.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

import aiohttp
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

from bot.config import TwilioSettings
from bot.metrics import metrics

logger = logging.getLogger(__name__)

UNSUBSCRIBED = 21610  # "Attempt to send to unsubscribed recipient": they replied STOP
# How many of a number's most recent messages `sent_to` reads: enough for every
# message a resumed run could be looking for, few enough to be one request.
LOOKBACK = 50

# The SDK logs each request's URL and query at INFO, and a message lookup puts the
# phone number in the query. Its logger is replaced by this one, which nothing reads.
_SDK_LOGGER = logging.Logger("bot.sms.twilio_client.sdk", level=logging.CRITICAL)
_SDK_LOGGER.addHandler(logging.NullHandler())
_NETWORK_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError, OSError, TwilioException)
_DIGITS = re.compile(r"\+?\d[\d ]{5,}")


@dataclass(frozen=True)
class SendResult:
    """Twilio's answer: a message sid, or an error code; neither if there was no answer."""

    sid: Optional[str] = None
    error_code: Optional[int] = None
    error_message: str = ""  # Twilio's words, with any phone number masked
    http_status: Optional[int] = None
    not_sent: bool = False  # the request never reached Twilio (no connection)

    @property
    def ok(self) -> bool:
        return self.sid is not None

    @property
    def refused(self) -> bool:
        """Twilio answered that it did not create the message, and retrying will not help."""
        status = self.http_status or 0
        return not self.ok and 400 <= status < 500 and status != 429

    @property
    def safe_to_retry(self) -> bool:
        """Twilio certainly did not create the message: too many requests (429), or no
        connection. A timeout or a 5xx is not: the message may exist."""
        return not self.ok and (self.http_status == 429 or self.not_sent)

    @property
    def uncertain(self) -> bool:
        """No clear answer (network, timeout, 429, 5xx): the message may or may not exist."""
        return not self.ok and not self.refused


class TwilioUnavailable(RuntimeError):
    """Twilio could not be asked (network, credentials, outage); nothing can be concluded."""


class TwilioSender:
    """One Twilio account. Use it from one event loop; `close()` when finished."""

    def __init__(self, settings: TwilioSettings, timeout: float = 30.0) -> None:
        self.settings = settings
        self.timeout = timeout
        self._client: Optional[Client] = None
        self._http: Optional[AsyncTwilioHttpClient] = None

    def _api(self) -> Client:
        # Built on first use, inside the running loop: aiohttp binds its session to it.
        if self._client is None:
            self._http = AsyncTwilioHttpClient(logger=_SDK_LOGGER)
            client = Client(self.settings.account_sid, self.settings.auth_token,
                            http_client=self._http)
            client.api.base_url = self.settings.api_base_url  # Twilio, or a fake in tests
            self._client = client
        return self._client

    def _sender_fields(self) -> Dict[str, Any]:
        if self.settings.from_number:
            return {"from_": self.settings.from_number}
        return {"messaging_service_sid": self.settings.messaging_service_sid}

    async def send(self, to: str, body: str, status_callback: Optional[str] = None) -> SendResult:
        """Ask Twilio to send one SMS. Never raises for Twilio or network errors."""
        fields = self._sender_fields()
        if status_callback:
            fields["status_callback"] = status_callback
        try:
            # The SDK's async client has no timeout of its own.
            message = await asyncio.wait_for(
                self._api().messages.create_async(to=to, body=body, **fields), self.timeout)
        except TwilioRestException as error:
            code = error.code if isinstance(error.code, int) else None
            logger.info("twilio refused a message: status %s code %s", error.status, code)
            result = SendResult(error_code=code, error_message=_mask(error.msg),
                                http_status=error.status)
            # Counted as what it means for the message (all were "refused" before, so an
            # outage of Twilio, answering 5xx, raised no failed-or-uncertain alert).
            metrics().sends.labels("twilio", _outcome(result)).inc()
            return result
        except _NETWORK_ERRORS as error:
            logger.warning("twilio send had no answer: %s", type(error).__name__)
            not_sent = isinstance(error, (aiohttp.ClientConnectorError, ConnectionRefusedError))
            metrics().sends.labels("twilio", "failed" if not_sent else "uncertain").inc()
            return SendResult(error_message=type(error).__name__, not_sent=not_sent)
        metrics().sends.labels("twilio", "sent").inc()
        return SendResult(sid=message.sid, http_status=201)

    async def sent_to(self, to: str, since: datetime, containing: Optional[str] = None) -> List[str]:
        """Sids of messages to `to` created since `since` (and whose body has `containing`).

        Used to settle a send whose outcome was lost (crash, timeout): if Twilio has
        the message, it was sent. Filtered here on date_created rather than by
        Twilio's DateSent filter, because a message still queued has no date_sent
        yet and would be missed. Raises TwilioUnavailable when Twilio cannot say.
        """
        since = since if since.tzinfo else since.replace(tzinfo=timezone.utc)
        try:
            messages = await asyncio.wait_for(
                self._api().messages.list_async(to=to, limit=LOOKBACK), self.timeout)
        except _NETWORK_ERRORS as error:
            raise TwilioUnavailable(f"could not list messages: {type(error).__name__}") from None
        return [m.sid for m in messages
                if m.date_created is not None and m.date_created >= since
                and (containing is None or containing in (m.body or ""))]

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
        self._client, self._http = None, None


def _outcome(refusal: SendResult) -> str:
    """A 4xx Twilio meant (refused); a 429 (certainly not sent, tried again: failed, as
    no connection is); a 5xx (the message may exist: uncertain)."""
    if refusal.refused:
        return "refused"
    return "failed" if refusal.safe_to_retry else "uncertain"


def _mask(text: str) -> str:
    """Twilio's error messages can quote the number ("The 'To' number +44… is not valid")."""
    return _DIGITS.sub("***", text or "")
