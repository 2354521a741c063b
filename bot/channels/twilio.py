"""The SMS channel on Twilio, replacing stock Rasa's `TwilioInput`.

Stock `TwilioInput` checks no signature, answers a missing Body with a 500 and
sends replies with Twilio's synchronous client inside the event loop (one slow
Twilio call stalls every conversation). This one checks `X-Twilio-Signature`,
answers bad requests with 4xx, ignores redelivered MessageSids, handles the
carrier keywords, and replies through Twilio's async client after the webhook
has already answered.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Coroutine, Dict, List, Optional, Sequence, Set

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator

from bot.channels.inbound import (
    crisis_first,
    from_rasa,
    inbound_problem,
    or_apology,
    without_signposting,
)
from bot.channels.ordering import InOrder
from bot.channels.sms_state import SmsStore
from bot.channels.webhooks import refused, webhook_blueprint
from bot.config import Settings, load_settings
from bot.engine import messages
from bot.engine.turns import Message
from bot.limits.rate_limit import SharedRateLimiter
from bot.metrics import metrics
from bot.sms import keywords as sms_keywords
from bot.sms.render import render_sms
from bot.sms.twilio_client import TwilioSender
from bot.trust import identity

logger = logging.getLogger(__name__)
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
MAX_BODY = 1600  # Twilio's own limit for one inbound message
OnMessage = Callable[[UserMessage], Awaitable[Any]]


class TwilioChannel(InputChannel):
    """Registered in credentials.yml as `bot.channels.twilio.TwilioChannel`; secrets
    come only from the environment (TWILIO_*), never from credentials.yml."""

    def __init__(self) -> None:
        self._parts: Optional[_Parts] = None
        self._tasks: Set[asyncio.Task[None]] = set()
        # Each SMS reply costs money: a number flooding us is not answered past this.
        self.limiter = SharedRateLimiter("twilio", per_minute=30, burst=15)
        self.numbers = InOrder()

    @classmethod
    def name(cls) -> str:
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> InputChannel:
        return cls()

    @property
    def parts(self) -> _Parts:
        """Built on first use, not when Rasa imports the channel."""
        if self._parts is None:
            settings = load_settings()
            self._parts = _Parts(settings, SmsStore(settings), TwilioSender(settings.twilio))
        return self._parts

    def blueprint(self, on_new_message: OnMessage) -> Blueprint:
        webhook = webhook_blueprint(
            "sounding_board_twilio", lambda request: self._receive(request, on_new_message)
        )

        @webhook.route("/status", methods=["POST"])
        async def status(request: Request) -> HTTPResponse:
            return await self._status(request)

        @webhook.listener("after_server_start")
        async def start_sweeper(_app: Any, _loop: Any) -> None:
            if self.parts.settings.twilio.configured:
                self._spawn(self.parts.store.sweep_forever(self._send))

        return webhook

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _signed_params(self, request: Request) -> Optional[Dict[str, str]]:
        """The form fields, or None when the signature does not match them."""
        settings = self.parts.settings
        params = {key: values[0] for key, values in (request.form or {}).items()}
        url = settings.twilio.public_url + request.path
        if request.query_string:
            url += "?" + request.query_string
        signature = request.headers.get("X-Twilio-Signature", "")
        validator = RequestValidator(settings.twilio.auth_token)
        if not settings.twilio.auth_token or not validator.validate(url, params, signature):
            return None
        return params

    async def _receive(self, request: Request, on_new_message: OnMessage) -> HTTPResponse:
        params = self._signed_params(request)
        if params is None:
            return refused(self.name(), "forbidden",
                           {"error": "invalid or missing X-Twilio-Signature"}, 403)
        sender_id, sid = params.get("From", ""), params.get("MessageSid", "")
        if not sender_id or not sid or len(sid) > 64 or len(sender_id) > 32:
            return refused(self.name(), "malformed", {"error": "From and MessageSid are required"},
                           400)
        text = params.get("Body", "")[:MAX_BODY]
        try:
            first, opted_out = await asyncio.to_thread(self.parts.store.admit, sid, sender_id)
        except Exception as error:  # noqa: BLE001 - the database is down: still answer
            logger.error("sms store unavailable: %s", type(error).__name__)  # no number, no text
            # Nothing can be checked or stored: only signposting (or an apology) goes out.
            self._spawn(self._send(sender_id, or_apology(text, [])))
            return response.text(EMPTY_TWIML, content_type="text/xml")
        if not first:
            return response.text(EMPTY_TWIML, content_type="text/xml")
        if not sms_keywords.keyword(text) and not await self.limiter.allow(sender_id):
            metrics().rejected.labels(self.name(), "rate_limited").inc()
            # Each reply costs money, so a flood is not answered; crisis wording always is.
            signposting = crisis_first(text)
            if signposting:
                self._spawn(self._send(sender_id, signposting))
                self._spawn(self.parts.store.count_signposting(text, self.name()))
            return response.text(EMPTY_TWIML, content_type="text/xml")  # STOP always gets through
        self._spawn(self._handle(sender_id, text, opted_out, on_new_message))
        return response.text(EMPTY_TWIML, content_type="text/xml")

    async def _handle(self, sender_id: str, text: str, opted_out: bool,
                      on_new_message: OnMessage) -> None:
        """Runs after Twilio has its 200: the conversation, then the reply by API.

        Crisis wording is answered first, before this number's queue: it never waits
        behind the messages sent before it. Then one message at a time, in order.
        """
        urgent = crisis_first(text)
        try:
            if urgent:
                await self._send(sender_id, urgent)
            async with self.numbers.turn(sender_id):
                await self._converse(sender_id, text, opted_out, bool(urgent), on_new_message)
        except Exception:  # noqa: BLE001 - one bad message must not kill the channel
            logger.exception("sms message handling failed")  # no text, no number
            with contextlib.suppress(Exception):  # say sorry (signposting already went)
                await self._send(sender_id, [Message(messages.SOMETHING_WENT_WRONG)])

    async def _converse(self, sender_id: str, text: str, opted_out: bool, signposted: bool,
                        on_new_message: OnMessage) -> None:
        word = sms_keywords.keyword(text)
        if word:
            await self._keyword(word, sender_id)
            return
        if opted_out:  # nothing more is sent (signposting to a crisis already was)
            await self.parts.store.count_signposting(text, self.name())
            return
        kind, problem = inbound_problem(text, MAX_BODY)
        if kind:  # e.g. a picture with no words
            await self.parts.store.count_signposting(text, self.name())
            await self._send(sender_id, [Message(problem)])
            return
        collector = CollectingOutputChannel()
        # Rasa sees the number's pseudonym, never the number (bot/trust/identity.py).
        conversation = identity.for_number(self.parts.settings.pseudonym_secret,
                                           identity.SMS, sender_id)
        await on_new_message(UserMessage(text, collector, conversation,
                                         input_channel=self.name()))
        replies = [from_rasa(m) for m in collector.messages]
        if not replies:  # the assistant failed: the engine never counted it
            await self.parts.store.count_signposting(text, self.name())
        await self._send(sender_id, without_signposting(replies) if signposted
                         else or_apology(text, replies))

    async def _keyword(self, word: str, sender_id: str) -> None:
        store = self.parts.store
        if word == sms_keywords.STOP:
            # The opt-out and the withdrawal go straight to the engine, in one transaction.
            await asyncio.to_thread(store.stop, sender_id)
            await self._send(sender_id, [Message(messages.SMS_OPTED_OUT)])
        elif word == sms_keywords.START:
            await asyncio.to_thread(store.set_opt_out, sender_id, False)
            await self._send(sender_id, [Message(messages.SMS_OPTED_IN)])
        else:
            await self._send(sender_id, [Message(messages.SMS_HELP)])

    async def _send(self, sender_id: str, outgoing: List[Message]) -> None:
        await deliver(self.parts.sender, self.parts.store, sender_id, outgoing)

    async def _status(self, request: Request) -> HTTPResponse:
        params = self._signed_params(request)
        if params is None:
            return response.json({"error": "invalid or missing X-Twilio-Signature"}, 403)
        sid, status = params.get("MessageSid", ""), params.get("MessageStatus", "")
        if not sid or not status:
            return response.json({"error": "MessageSid and MessageStatus are required"}, 400)
        code = params.get("ErrorCode", "")
        await asyncio.to_thread(self.parts.store.delivery_status, sid, status,
                                int(code) if code.isdigit() else None)
        return response.text(EMPTY_TWIML, content_type="text/xml")


@dataclass(frozen=True)
class _Parts:
    settings: Settings
    store: SmsStore
    sender: TwilioSender


# Waits before each retry of a reply Twilio certainly did not take (429, no connection).
RETRY_WAITS = (0.5, 1.0, 2.0, 4.0)


async def deliver(sender: TwilioSender, store: SmsStore, phone: str, outgoing: List[Message],
                  waits: Sequence[float] = RETRY_WAITS) -> None:
    """Send the engine's messages as SMS bodies, in order; stop if the number opted out.

    A body Twilio certainly did not take is tried again before the next is sent, so
    the order holds; one that may have been taken (a timeout) is not, so no patient
    gets the same message twice."""
    for body in render_sms(outgoing):
        result = await sender.send(phone, body)
        for wait in waits:
            if not result.safe_to_retry:
                break
            metrics().send_retries.labels("twilio").inc()
            await asyncio.sleep(wait)
            result = await sender.send(phone, body)
        if result.error_code == 21610:  # the number has opted out with Twilio
            await asyncio.to_thread(store.set_opt_out, phone, True)
            return

