"""The REST channel (web widget, tests): stock Rasa's, with the checks it lacks.

Stock `RestInput` takes any sender id (so a caller could name someone else's
conversation, a phone number's included), passes empty messages to the
assistant, takes messages of any length, logs the message text when something
fails, and has no rate limit. This one serves only conversation ids it issued
(`POST /webhooks/rest/conversations`, signed: bot/trust/identity.py), answers
bad input itself, never logs text, and limits each conversation.

For the web widget it adds two things stock Rasa lacks: a transcript, so a
reload or a phone waking up restores the conversation (only the holder of the
signed id can read it), and a `message_id` per message, which the engine's turn
claims in SQL as it stores the answer, so a message retried after a network drop
is handled once (bot/channels/web_delivery.py). The widget talks REST rather than socket.io:
one request per message suits a 3-10 question survey, retries and idempotency
are plain HTTP, nothing stays open on a phone asleep, and stock `SocketIOInput`
with `session_persistence` sends nothing with the python-socketio Rasa installs
(Rasa #13027). While the answers database is down, a message is held in the spool
the other channels use and the widget asks for its reply later
(bot/channels/web_hold.py). A consultation left unanswered for SB_WEB_EXPIRY_HOURS
expires and its conversation is forgotten (bot/channels/web_expiry.py).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any, Awaitable, Callable, Dict, List, Optional, Set, Tuple, Union

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.inbound import (
    as_rasa,
    crisis_first,
    held_back,
    inbound_problem,
    marked,
    or_apology,
)
from bot.channels.sent_in_place import record_sent
from bot.channels.spool import replay_forever
from bot.channels.transcript import replies_to, transcript
from bot.channels.web_delivery import Replies, WebDeliveries, delivery_id, valid_message_id
from bot.channels.web_expiry import WebExpiry
from bot.channels.web_hold import WebHold, as_json
from bot.channels.webhooks import refused, webhook_blueprint
from bot.config import Settings, load_settings
from bot.db.session import database_unavailable
from bot.engine import messages
from bot.engine.turns import Message
from bot.limits.addresses import requester_key
from bot.limits.rate_limit import SharedRateLimiter
from bot.metrics import metrics
from bot.trust import identity

CHANNEL = "rest"
NO_KEY = "api:"  # the spool key of a message sent without a message_id
NOT_ISSUED = ("sender must be a conversation id issued by "
              "POST /webhooks/rest/conversations")
logger = logging.getLogger(__name__)
# How long a retry handled by another replica waits for the first delivery's replies.
REPLAY_WAIT = 10.0
# How long a reply waits to say whether the chat has ended (else it says nothing).
ENDED_WAIT = 2.0
LOOPBACK_PROXIES = ("127.0.0.0/8", "::1/128")


class RestChannel(RestInput):
    """Registered in credentials.yml as `bot.channels.rest.RestChannel`."""

    def __init__(self, max_length: int = 4000, per_minute: float = 30, burst: int = 10,
                 settings: Optional[Settings] = None, replay_wait: float = REPLAY_WAIT) -> None:
        self.max_length = int(max_length)
        self.replay_wait = float(replay_wait)
        self.limiter = SharedRateLimiter("rest", per_minute=float(per_minute), burst=int(burst))
        self._settings = settings  # from the environment when first needed, if not given
        self._store: Optional[WebDeliveries] = None
        self._held: Optional[WebHold] = None
        self._tasks: Set[asyncio.Task[None]] = set()
        self._crowd: Optional[Tuple[SharedRateLimiter, SharedRateLimiter]] = None
        self._app: Optional[Sanic] = None  # the server's, for Rasa's record (its agent)

    @property
    def settings(self) -> Settings:
        """Read on first use, not when Rasa imports the channel."""
        if self._settings is None:
            self._settings = load_settings()
        return self._settings

    async def _crowded(self, request: Request) -> bool:
        """Too many requests from this client address, or from everyone at once? A caller
        who makes a new conversation id for every message is still one address. Behind
        our own proxies it is the address they saw: the patient web process and an edge
        on this host (loopback) are always believed, others when in SB_TRUSTED_PROXIES."""
        settings = self.settings
        if self._crowd is None:
            self._crowd = (SharedRateLimiter("rest-address", *settings.rest_per_address),
                           SharedRateLimiter("rest-everyone", *settings.rest_everyone))
        by_address, everyone = self._crowd
        address = requester_key(settings.pseudonym_secret, request.ip,
                                request.headers.getall("x-forwarded-for", []),
                                settings.commissioner.trusted_proxies + LOOPBACK_PROXIES)
        return not (await everyone.allow("everyone") and await by_address.allow(address))

    @property
    def store(self) -> WebDeliveries:
        if self._store is None:
            self._store = WebDeliveries(self.settings)
        return self._store

    @property
    def held(self) -> WebHold:
        if self._held is None:
            self._held = WebHold(self.store)
        return self._held

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> InputChannel:
        return cls(**(credentials or {}))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = webhook_blueprint(
            "sounding_board_rest", lambda request: self._receive(request, on_new_message)
        )

        async def turn(text: str, conversation: str, delivery: str) -> Optional[Replies]:
            return await self.handle(text, conversation, delivery, on_new_message)

        @webhook.listener("after_server_start")
        async def start_replaying(app: Sanic, _loop: Any) -> None:
            self._app = app
            task = asyncio.get_running_loop().create_task(replay_forever(
                self.held.spool, CHANNEL, lambda held: self.held.replay(held, turn),
                self.settings.spool_retry_seconds))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            sweep = asyncio.get_running_loop().create_task(
                WebExpiry(self.settings, self.store.factory).sweep_forever())
            self._tasks.add(sweep)
            sweep.add_done_callback(self._tasks.discard)

        @webhook.route("/conversations", methods=["POST"])
        async def new_conversation(request: Request) -> HTTPResponse:
            if await self._crowded(request):
                return refused(CHANNEL, "rate_limited", {"error": messages.SLOW_DOWN}, 429)
            issued = identity.issue_web_id(self.settings.pseudonym_secret)
            return response.json({"conversation_id": issued}, 201)

        @webhook.route("/transcript", methods=["POST"])
        async def conversation_so_far(request: Request) -> HTTPResponse:
            checked = self._sender(request)
            if isinstance(checked, HTTPResponse):
                return checked
            _body, sender, key = checked
            if await self._crowded(request) or not await self.limiter.allow(key):
                return refused(CHANNEL, "rate_limited", {"error": messages.SLOW_DOWN}, 429)
            return await self._transcript(request, sender, identity.conversation_id(CHANNEL, key))

        return webhook

    async def _transcript(self, request: Request, sender: str, conversation: str) -> HTTPResponse:
        """The conversation so far, with any messages still held for the database, and
        whether any are (the widget asks again until none is)."""
        held, waiting = await self.held.waiting(conversation)
        notice = {"notice": messages.HELD} if held else {}
        try:
            events = await _events(request.app, conversation)
        except Exception as error:
            if not database_unavailable(error):
                raise
            if not held:
                return response.json({"error": messages.CHAT_UNAVAILABLE}, 503)
            # Rasa's record is on the database that is down: only what is held here.
            return response.json({"conversation_id": sender, "held": True, "partial": True,
                                  "messages": transcript([], waiting=waiting), **notice})
        shown = transcript(events, waiting=waiting)
        ended = bool(shown) and not held and await self._ended(conversation)
        return response.json({"conversation_id": sender, "held": held, "messages": shown,
                              **notice, **({"ended": True} if ended else {})})

    def _sender(self, request: Request) -> Union[HTTPResponse, Tuple[Dict[str, Any], str, str]]:
        """(body, sender, key) of a request naming an id we issued, or the refusal."""
        try:
            body = request.json
        except Exception:  # noqa: BLE001 - Sanic raises its own error for bad JSON
            body = None
        if not isinstance(body, dict):
            return refused(CHANNEL, "malformed", {"error": "send a JSON object with sender and message"}, 400)
        sender = body.get("sender")
        if not isinstance(sender, str) or not sender:
            return refused(CHANNEL, "malformed", {"error": "sender is required: a conversation "
                                                  "id issued by POST /webhooks/rest/conversations"},
                           400)
        key = identity.verify_web_id(self.settings.pseudonym_secret, sender)
        if key is None:
            return refused(CHANNEL, "forbidden", {"error": NOT_ISSUED}, 403)
        return body, sender, key

    async def _receive(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        checked = self._sender(request)
        if isinstance(checked, HTTPResponse):
            return checked
        body, sender, key = checked
        message_id = body.get("message_id")
        if message_id is not None and not valid_message_id(message_id):
            return refused(CHANNEL, "malformed", {"error": "message_id must be 8 to 64 "
                                                  "letters, digits, '-' or '_'"}, 400)
        text = body.get("message")
        if await self._crowded(request) or not await self.limiter.allow(key):
            slow = crisis_first(text) + [Message(messages.SLOW_DOWN)]
            await self.store.count_signposting(text, CHANNEL)  # the engine never sees it
            metrics().rejected.labels(CHANNEL, "rate_limited").inc()
            return response.json(as_json(sender, slow), 429)
        kind, reply = inbound_problem(text, self.max_length)
        if kind:
            await self.store.count_signposting(text, CHANNEL)
            return response.json(as_json(sender, crisis_first(text) + [Message(reply)]))
        conversation = identity.conversation_id(CHANNEL, key)
        # Without a key from the widget (an API caller), the message is never retried.
        delivery = (delivery_id(self.settings.pseudonym_secret, key, message_id)
                    if message_id is not None else NO_KEY + uuid.uuid4().hex)
        spool = self.held.spool
        if spool.maybe_held and await asyncio.to_thread(spool.holds, CHANNEL, conversation):
            # Earlier messages of this chat wait for the database: this one waits behind
            # them (and a retry of a held one is held once).
            return response.json(await self.held.hold(sender, conversation, delivery, text))
        seen = await self._seen(delivery) if message_id is not None else "new"
        if seen == "down":  # kept on disk, handled when the database is back
            return response.json(await self.held.hold(sender, conversation, delivery, text))
        if seen == "again":
            replies: Optional[Replies] = await self._replay(conversation, delivery, text)
        else:
            replies = await self.handle(str(text), conversation, delivery, on_new_message)
        if replies is None:  # the engine could not reach the database: held for later
            return response.json(await self.held.hold(sender, conversation, delivery, text,
                                                      attempts=1))
        answer = [{**m, "recipient_id": sender} for m in replies]
        if answer and await self._ended(conversation):
            answer[-1]["ended"] = True  # the widget forgets the chat in the browser
        return response.json(answer)

    async def _ended(self, conversation: str) -> bool:
        """Whether the chat has ended, so a shared computer's next user must not find it:
        the engine remembers nothing more for it. False when that cannot be read."""
        who = identity.respondent_of(self.settings.pseudonym_secret, conversation)
        if who is None:
            return False
        try:  # never holds the reply up for long
            return not await asyncio.wait_for(asyncio.to_thread(self.store.in_progress, who),
                                              ENDED_WAIT)
        except Exception as error:  # noqa: BLE001 - the chat stays; the answer still goes
            logger.warning("could not read whether a web chat ended: %s", type(error).__name__)
            return False

    async def _seen(self, delivery: str) -> str:
        """"again" when this key is being handled here or was claimed by a turn anywhere,
        "new" when not (the turn claims it), "down" when the database is unavailable (hold
        it); any other failure is taken as new (the turn still claims it once)."""
        if self.store.running(delivery):
            return "again"
        try:
            return "again" if await asyncio.to_thread(self.store.seen, delivery) else "new"
        except Exception as error:  # noqa: BLE001 - no database: the engine says sorry itself
            if database_unavailable(error):
                return "down"
            logger.warning("could not check a web message key; handling the message")
            return "new"

    async def handle(self, text: str, conversation: str, delivery: str,
                     on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Optional[Replies]:
        """One message through the assistant: its replies, or None when the engine could
        not reach the answers database (nothing stored: the caller holds it).

        A widget's key goes with it to the engine, whose turn claims it in the
        transaction that stores the answer; when the engine had handled it already (a
        retry racing its first delivery, on any replica), the first delivery's replies."""
        collector = CollectingOutputChannel()
        first = self.store.started(delivery)
        replies: Optional[Replies] = None
        # A caller's metadata is not passed on: nothing a caller chooses steers the engine.
        metadata = None if delivery.startswith(NO_KEY) else {"delivery": delivery}
        try:
            try:
                await on_new_message(UserMessage(text, collector, conversation,
                                                 input_channel=self.name(), message_id=delivery,
                                                 metadata=metadata))
            except Exception as error:  # noqa: BLE001 - Rasa failed (e.g. its lock store is down)
                if database_unavailable(error):  # Rasa's tracker store is on that database
                    return None
                logger.exception("web turn failed")  # no text, no id
                collector.messages.clear()  # treated as no reply: signposting, then sorry
            if held_back(collector.messages):
                return None
            if marked(collector.messages, "duplicate"):
                replies = await self._recorded(conversation, delivery, text)
                return replies
            replies = [m for m in collector.messages if "custom" not in m]
            if not replies:  # no reply: stored all the same? then the question they are on
                lost = await self.store.lost_replies(delivery, conversation, text)
                if not lost:  # the assistant failed (the action server is down)
                    await self.store.count_signposting(text, CHANNEL)
                replies = [as_rasa(m) for m in lost or or_apology(text, [])]
                if lost and self._app is not None:  # so a reload shows them too
                    await record_sent(self._app.ctx.agent, conversation, replies)
        finally:
            self.store.finished(delivery, first, replies or [])
        return replies

    async def _replay(self, conversation: str, delivery: str, text: object) -> Replies:
        """A retried message: the first delivery's replies, never a second turn."""
        first = await self.store.replies_of_running(delivery)
        if first is not None:
            return first
        return await self._recorded(conversation, delivery, text)

    async def _recorded(self, conversation: str, delivery: str, text: object) -> Replies:
        """The replies to a message handled on another replica (or before this one
        restarted), from the shared record, waiting a little while the first delivery
        may still be running there. When the record has none (the turn was stored, but
        its replies never reached Rasa: the action server died in between), the question
        the patient is on, rather than nothing."""
        if self._app is None:
            return []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.replay_wait
        while True:
            try:
                found = replies_to(await _events(self._app, conversation), delivery)
            except Exception as error:
                if not database_unavailable(error):
                    raise
                found = None  # Rasa's record is on the database that is down: nothing new
            if found:
                return found
            if loop.time() >= deadline:
                lost = await self.store.lost_replies(delivery, conversation, text)
                return [as_rasa(m) for m in lost]
            await asyncio.sleep(0.25)


async def _events(app: Sanic, conversation: str) -> List[Dict[str, Any]]:
    """Rasa's record of one conversation (every session of it), as event dicts."""
    store = app.ctx.agent.tracker_store
    # Rasa's FailSafeTrackerStore answers a failed read with "no such conversation": the
    # store inside it says the database is down, so a reload in an outage is not taken
    # for a new chat.
    store = getattr(store, "_tracker_store", store)
    tracker = await store.retrieve_full_tracker(conversation)
    return [event.as_dict() for event in tracker.events] if tracker is not None else []

