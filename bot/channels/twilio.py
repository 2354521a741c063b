"""The SMS channel on Twilio, replacing stock Rasa's `TwilioInput`.

Stock `TwilioInput` checks no signature, answers a missing Body with a 500 and
sends replies with Twilio's synchronous client inside the event loop (one slow
Twilio call stalls every conversation). This one checks `X-Twilio-Signature`,
answers bad requests with 4xx, ignores redelivered MessageSids, handles the
carrier keywords, and replies in the webhook's own TwiML answer when the reply is
ready within SB_SMS_REPLY_WAIT_SECONDS (Twilio sends it, in order), else through
Twilio's async client afterwards (as for crisis signposting ahead of a queue,
replays after a database outage and reminders).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import (
    Any,
    AsyncContextManager,
    Awaitable,
    Callable,
    Coroutine,
    Dict,
    List,
    Optional,
    Sequence,
    Set,
)
from urllib.parse import parse_qs

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator

from bot.channels.inbound import (
    crisis_first,
    from_collected,
    held_notice,
    inbound_problem,
    marked,
    or_apology,
    without_signposting,
)
from bot.channels.lock_store import RedisQueueLockStore, Served
from bot.channels.ordering import InOrder
from bot.channels.sms_state import SmsStore
from bot.channels.spool import Held, Outcome, Spool, replay_forever, spool_for
from bot.channels.webhooks import refused, webhook_blueprint
from bot.config import Settings, load_settings
from bot.db.session import database_unavailable
from bot.engine import messages
from bot.engine.turns import Message
from bot.limits.rate_limit import SharedRateLimiter
from bot.metrics import metrics
from bot.sms import keywords as sms_keywords
from bot.sms.render import render_sms
from bot.sms.twilio_client import TwilioSender
from bot.sms.twiml import twiml
from bot.trust import identity
from bot.trust.signposting import SIGNPOSTING

logger = logging.getLogger(__name__)
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
MAX_BODY = 1600  # Twilio's own limit for one inbound message
OnMessage = Callable[[UserMessage], Awaitable[Any]]


class TwilioChannel(InputChannel):
    """Registered in credentials.yml as `bot.channels.twilio.TwilioChannel`; secrets
    come only from the environment (TWILIO_*), never from credentials.yml."""

    def __init__(self) -> None:
        self._parts: Optional[_Parts] = None
        self._on_new_message: Optional[OnMessage] = None
        self._arrivals: Optional[RedisQueueLockStore] = None
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
            self._parts = _Parts(settings, SmsStore(settings), TwilioSender(settings.twilio),
                                 spool_for(settings))
        return self._parts

    def blueprint(self, on_new_message: OnMessage) -> Blueprint:
        self._on_new_message = on_new_message
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
                self._spawn(replay_forever(self.parts.spool, self.name(), self._replay,
                                           self.parts.settings.spool_retry_seconds))

        return webhook

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _signed_params(self, request: Request) -> Optional[Dict[str, str]]:
        """The form fields, or None when the signature does not match them."""
        settings = self.parts.settings
        params = _form_fields(request)
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
        reply = _Reply(sender_id, self._send)
        work = asyncio.get_running_loop().create_task(
            self._take(reply, sid, text, on_new_message))
        self._tasks.add(work)
        work.add_done_callback(self._tasks.discard)
        try:
            # The replies go back in this answer when they are ready in time (Twilio
            # waits 15 s); anything later goes by the API, in order after them.
            await asyncio.wait_for(asyncio.shield(work), self.parts.settings.twilio.reply_wait)
        except asyncio.TimeoutError:
            pass
        except asyncio.CancelledError:  # Twilio hung up: what is ready goes by the API
            reply.close_and_send()
            raise
        answer, replies = twiml(reply.close())
        if replies:
            metrics().sends.labels(self.name(), "in_reply").inc(replies)
        return response.text(answer, content_type="text/xml")

    async def _take(self, reply: _Reply, sid: str, text: str, on_new_message: OnMessage) -> None:
        """One signed inbound SMS, from the checks to the last reply; one message at a
        time per number, in the order they came.

        Crisis wording never waits behind this number's earlier messages: when any are
        in hand (here; or on another replica, as Rasa's lock is shared: so always, with
        replicas) it goes by the API at once. Otherwise the engine's own reply, with
        its signposting first, is as quick.
        """
        sender_id = reply.phone
        queued = self.numbers.busy(sender_id) or bool(self.parts.settings.redis_url)
        urgent = crisis_first(text) if queued else []
        signposting = asyncio.ensure_future(self._send(sender_id, urgent)) if urgent else None
        try:
            async with self._in_arrival_order(sender_id, text) as place, \
                    self.numbers.turn(sender_id):
                if signposting is not None:
                    await signposting  # this message's other replies come after it
                await self._checked(reply, sid, text, bool(urgent), on_new_message, place)
        except Exception:  # noqa: BLE001 - one bad message must not kill the channel
            logger.exception("sms message handling failed")  # no text, no number
            with contextlib.suppress(Exception):  # signpost if not yet done, say sorry
                await reply.send([Message(messages.SOMETHING_WENT_WRONG)] if urgent
                                 else or_apology(text, []))

    def _in_arrival_order(self, sender_id: str, text: str) -> AsyncContextManager[Any]:
        """With replicas, one number's messages may reach both at once: each takes its
        place in the conversation's queue in Redis as it arrives, before any other work
        that could reorder them: the queue of Rasa's lock store, which then finds the lock
        held by this message and takes no second ticket. As its turn comes, the same
        round trip says whether another replica holds this number's messages (`watched`)
        and takes a token from the number's rate limit (`allowed`; a keyword takes none):
        one round trip, not two. The token counts only if `_checked` comes to the limit;
        otherwise (a redelivery, a message held during an outage) it is given back as the
        lock is released, so the limit counts what it counted as a round trip of its own."""
        if not self.parts.settings.redis_url:
            return contextlib.nullcontext()  # one process: self.numbers keeps the order
        if self._arrivals is None:
            self._arrivals = RedisQueueLockStore(self.parts.settings.redis_url)
        number = identity.for_number(self.parts.settings.pseudonym_secret, identity.SMS,
                                     sender_id)
        order = self.parts.spool.order
        limit = None if sms_keywords.keyword(text) else self.limiter.shared_bucket(sender_id)
        return self._arrivals.lock(
            number, watch=order.key(self.name(), sender_id) if order is not None else None,
            limit=limit)

    async def _checked(self, reply: _Reply, sid: str, text: str, signposted: bool,
                       on_new_message: OnMessage, place: Any = None) -> None:
        """`place`: the arrival lock's, if any: whether another replica holds this number's
        messages (else asked here) and the number's limit (else asked here)."""
        sender_id, spool = reply.phone, self.parts.spool
        elsewhere = place.watched if isinstance(place, Served) else None
        if elsewhere or (spool.may_hold(elsewhere) and await asyncio.to_thread(
                spool.holds, self.name(), sender_id, elsewhere)):
            # Earlier messages from this number wait for the database: this one waits
            # behind them (crisis wording is still answered now).
            await self._hold(reply, sid, text, signposted=signposted)
            return
        try:
            seen, opted_out = await asyncio.to_thread(self.parts.store.look, sid, sender_id)
        except Exception as error:  # noqa: BLE001 - the database is down: still answer
            logger.error("sms store unavailable: %s", type(error).__name__)  # no number, no text
            if database_unavailable(error):  # kept on disk, handled when it is back
                await self._hold(reply, sid, text, signposted=signposted)
            else:  # nothing can be checked or stored: only signposting (or sorry) goes out
                await reply.send([Message(messages.SOMETHING_WENT_WRONG)] if signposted
                                 else or_apology(text, []))
            return
        if seen:
            return
        if not sms_keywords.keyword(text) and not await self._allowed(sender_id, place):
            metrics().rejected.labels(self.name(), "rate_limited").inc()
            # Each reply costs money, so a flood is not answered; crisis wording always is.
            if not signposted:
                await reply.send(crisis_first(text))
            await self.parts.store.count_signposting(text, self.name())
            return  # STOP always gets through
        if await self._converse(reply, sid, text, opted_out, signposted, on_new_message):
            # The engine could not reach the database: replayed when it can.
            await self._hold(reply, sid, text, signposted=signposted)

    async def _allowed(self, sender_id: str, place: Any) -> bool:
        """Whether the number's limit lets this message through, taking a token: the
        arrival lock's answer when it took one, else asked of the limiter now."""
        allowed = place.use_allowance() if isinstance(place, Served) else None
        return allowed if allowed is not None else await self.limiter.allow(sender_id)

    async def _converse(self, reply: _Reply, sid: str, text: str, opted_out: bool,
                        signposted: bool, on_new_message: OnMessage) -> bool:
        """One message through the engine and its replies out; True when the engine
        could not reach the database (nothing was sent or stored: hold it).

        The engine's turn claims the MessageSid in the transaction that stores the
        answer; a message it never sees is claimed here first. Either way a
        redelivery is answered once."""
        sender_id = reply.phone
        word = sms_keywords.keyword(text, opted_out)
        if word == sms_keywords.STOP:  # claimed in the STOP's own transaction
            try:
                if not await asyncio.to_thread(self.parts.store.stop, sender_id, sid):
                    return False  # a redelivery: answered when it first came
            except Exception as error:
                if database_unavailable(error):  # nothing claimed: held and replayed
                    return True
                raise
            # Crisis wording after STOP: signposting first, then the opt-out.
            await reply.send(([] if signposted else crisis_first(text))
                             + [Message(messages.SMS_OPTED_OUT)])
            return False
        if (word or opted_out or inbound_problem(text, MAX_BODY)[0]) and not (
                await asyncio.to_thread(self.parts.store.claim, sid)):
            return False
        if word:
            await reply.send([] if signposted else crisis_first(text))
            await self._keyword(word, reply, opted_out)
            return False
        if opted_out:  # nothing more is sent (signposting to a crisis already was)
            if not signposted:
                await reply.send(crisis_first(text))
            await self.parts.store.count_signposting(text, self.name())
            return False
        kind, problem = inbound_problem(text, MAX_BODY)
        if kind:  # e.g. a picture with no words
            await self.parts.store.count_signposting(text, self.name())
            await reply.send(([] if signposted else crisis_first(text)) + [Message(problem)])
            return False
        collector = CollectingOutputChannel()
        # Rasa sees the number's pseudonym, never the number (bot/trust/identity.py).
        conversation = identity.for_number(self.parts.settings.pseudonym_secret,
                                           identity.SMS, sender_id)
        try:
            await on_new_message(UserMessage(text, collector, conversation,
                                             input_channel=self.name(),
                                             metadata={"delivery": sid}))
        except Exception as error:
            if database_unavailable(error):  # Rasa's own tracker store is on that database
                return True
            raise
        replies, held = from_collected(collector.messages)
        if held:
            return True
        if marked(collector.messages, "duplicate"):
            return False  # a redelivery that raced its first delivery: answered there
        if not replies:  # no reply: stored all the same? then the question they are on
            replies = await self.parts.store.lost_replies(sid, conversation, text)
        if not replies:  # the assistant failed: the engine never counted it
            await self.parts.store.count_signposting(text, self.name())
        await reply.send(without_signposting(replies) if signposted
                         else or_apology(text, replies))
        return False

    async def _hold(self, reply: _Reply, sid: str, text: str, attempts: int = 0,
                    signposted: bool = False) -> None:
        """Keep a message on disk until the database is back; tell the patient once.

        Crisis wording is answered now, whatever happens to the rest."""
        try:
            first = await asyncio.to_thread(self.parts.spool.put, self.name(), sid, reply.phone,
                                            text, attempts)
        except Exception as error:  # noqa: BLE001 - the local disk failed too
            logger.error("sms spool unavailable: %s", type(error).__name__)
            await reply.send([Message(messages.SOMETHING_WENT_WRONG)] if signposted
                             else or_apology(text, []))
            return
        metrics().spooled.labels(self.name(), "held").inc()
        await reply.send(held_notice(text, first, signposted))

    async def _replay(self, held: Held) -> Outcome:
        """One held message, now the database may be back: through the engine, which
        claims its MessageSid as it stores the answer (so a replay after a crash, or of a
        message whose turn did finish, is recognised); the replies go by the API
        (Twilio's webhook call is long over)."""
        assert self._on_new_message is not None
        try:
            seen, opted_out = await asyncio.to_thread(self.parts.store.look, held.key,
                                                      held.sender)
        except Exception as error:  # noqa: BLE001 - still down (or never will be: drop it)
            if database_unavailable(error):
                return "down"
            logger.error("a held sms could not be admitted: %s", type(error).__name__)
            return "done"
        if seen:
            return "done"
        async with self.numbers.turn(held.sender):
            held_again = await self._converse(_Reply(held.sender, self._send, opened=False),
                                              held.key, held.text, opted_out,
                                              bool(crisis_first(held.text)),
                                              self._on_new_message)
        return "interrupted" if held_again else "done"

    async def _keyword(self, word: str, reply: _Reply, opted_out: bool) -> None:
        store, sender_id = self.parts.store, reply.phone
        if word == sms_keywords.START and opted_out:
            await asyncio.to_thread(store.set_opt_out, sender_id, False)
            await reply.send([Message(messages.SMS_OPTED_IN)])
            return
        # HELP, or START from a number that never opted out: then the question they are
        # on, if any, so the survey can go on from the same text.
        said = messages.SMS_HELP if word == sms_keywords.HELP else messages.SMS_ALREADY_IN
        if word == sms_keywords.HELP:  # who is asking, as the README says HELP tells
            running = await asyncio.to_thread(store.running_it, sender_id)
            said += f" This survey is run by {running}." if running else ""
        current = await asyncio.to_thread(store.current_question, sender_id)
        if current is None and word == sms_keywords.START:
            said += " Text a survey code to take part."
        await reply.send([Message(said)] + ([current] if current is not None else []))

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
        # Twilio's codes are five digits; anything else (str.isdigit passes "²") is none.
        known = code.isascii() and code.isdigit() and len(code) <= 9
        await asyncio.to_thread(self.parts.store.delivery_status, sid, status,
                                int(code) if known else None)
        return response.text(EMPTY_TWIML, content_type="text/xml")


def _form_fields(request: Request) -> Dict[str, str]:
    """A webhook's form fields, empty ones included: Twilio signs every field it posts
    (a picture sent with no words has an empty Body, a UK number an empty FromCity),
    and Sanic's `request.form` drops empty values, so the signature would not match."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        return {key: values[0] for key, values in (request.form or {}).items()}
    try:
        fields = parse_qs(request.body.decode("utf-8"), keep_blank_values=True)
    except (UnicodeDecodeError, ValueError):
        return {}
    return {key: values[0] for key, values in fields.items()}


class _Reply:
    """Where the replies to one inbound SMS go: into the webhook's TwiML answer while
    Twilio still waits for it (no API call, and Twilio keeps their order), by the
    API once that answer has gone."""

    def __init__(self, phone: str, by_api: Callable[[str, List[Message]], Awaitable[None]],
                 opened: bool = True) -> None:
        self.phone, self._by_api, self._open = phone, by_api, opened
        self._ready: List[Message] = []

    async def send(self, outgoing: List[Message]) -> None:
        if self._open:
            self._ready.extend(outgoing)
        elif outgoing:
            await self._by_api(self.phone, outgoing)

    def close(self) -> List[Message]:
        """What goes in the answer; from now on replies go by the API."""
        self._open, ready, self._ready = False, self._ready, []
        return ready

    def close_and_send(self) -> None:
        ready = self.close()
        if ready:
            asyncio.ensure_future(self._by_api(self.phone, ready))


@dataclass(frozen=True)
class _Parts:
    settings: Settings
    store: SmsStore
    sender: TwilioSender
    spool: Spool


# Waits before each retry of a reply Twilio certainly did not take (429, no connection).
RETRY_WAITS = (0.5, 1.0, 2.0, 4.0)


async def deliver(sender: TwilioSender, store: SmsStore, phone: str, outgoing: List[Message],
                  waits: Sequence[float] = RETRY_WAITS) -> None:
    """Send the engine's messages as SMS bodies, in order; stop if the number opted out.

    A body Twilio certainly did not take is tried again before the next is sent, so
    the order holds; one that may have been taken (a timeout) is not, so no patient
    gets the same message twice. Except crisis signposting: better twice than not at all."""
    for body in render_sms(outgoing):
        urgent = SIGNPOSTING in body
        result = await sender.send(phone, body)
        for wait in waits:
            if not (result.safe_to_retry or urgent and result.uncertain):
                break
            metrics().send_retries.labels("twilio").inc()
            await asyncio.sleep(wait)
            result = await sender.send(phone, body)
        if result.error_code == 21610:  # the number has opted out with Twilio
            await asyncio.to_thread(store.set_opt_out, phone, True)
            return

