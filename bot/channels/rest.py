"""The REST channel (web widget, tests): stock Rasa's, with the checks it lacks.

Stock `RestInput` takes any sender id (so a caller could name someone else's
conversation, a phone number's included), passes empty messages to the
assistant, takes messages of any length, logs the message text when something
fails, and has no rate limit. This one serves only conversation ids it issued
(`POST /webhooks/rest/conversations`, signed: bot/trust/identity.py), answers
bad input itself, never logs text, and limits each conversation.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, List, Optional

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.database import ChannelStore
from bot.channels.inbound import crisis_first, inbound_problem, or_apology
from bot.channels.rate_limit import RateLimiter
from bot.channels.webhooks import webhook_blueprint
from bot.config import Settings, load_settings
from bot.engine import messages
from bot.engine.turns import Message
from bot.metrics import metrics
from bot.trust import identity

CHANNEL = "rest"


class RestChannel(RestInput):
    """Registered in credentials.yml as `bot.channels.rest.RestChannel`."""

    def __init__(self, max_length: int = 4000, per_minute: float = 30, burst: int = 10) -> None:
        self.max_length = int(max_length)
        self.limiter = RateLimiter(per_minute=float(per_minute), burst=int(burst))
        self._settings: Optional[Settings] = None
        self._store: Optional[ChannelStore] = None

    @property
    def settings(self) -> Settings:
        """Read on first use, not when Rasa imports the channel."""
        if self._settings is None:
            self._settings = load_settings()
        return self._settings

    @property
    def store(self) -> ChannelStore:
        if self._store is None:
            self._store = ChannelStore(self.settings)
        return self._store

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

        @webhook.route("/conversations", methods=["POST"])
        async def new_conversation(_request: Request) -> HTTPResponse:
            issued = identity.issue_web_id(self.settings.pseudonym_secret)
            return response.json({"conversation_id": issued}, 201)

        return webhook

    async def _receive(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        try:
            body = request.json
        except Exception:  # noqa: BLE001 - Sanic raises its own error for bad JSON
            body = None
        if not isinstance(body, dict):
            return _refused("malformed", {"error": "send a JSON object with sender and message"}, 400)
        sender = body.get("sender")
        if not isinstance(sender, str) or not sender:
            return _refused("malformed", {"error": "sender is required: a conversation id "
                                          "issued by POST /webhooks/rest/conversations"}, 400)
        key = identity.verify_web_id(self.settings.pseudonym_secret, sender)
        if key is None:
            return _refused("forbidden", {"error": "sender must be a conversation id issued by "
                                          "POST /webhooks/rest/conversations"}, 403)
        text = body.get("message")
        if not self.limiter.allow(key):
            slow = crisis_first(text) + [Message(messages.SLOW_DOWN)]
            await self.store.count_signposting(text, CHANNEL)  # the engine never sees it
            metrics().rejected.labels(CHANNEL, "rate_limited").inc()
            return response.json(_as_json(sender, slow), 429)
        kind, reply = inbound_problem(text, self.max_length)
        if kind:
            await self.store.count_signposting(text, CHANNEL)
            return response.json(_as_json(sender, crisis_first(text) + [Message(reply)]))
        collector = CollectingOutputChannel()
        # A caller's metadata is not passed on: nothing a caller chooses steers the engine.
        conversation = identity.conversation_id(CHANNEL, key)
        await on_new_message(UserMessage(str(text), collector, conversation,
                                         input_channel=self.name()))
        if not collector.messages:  # the assistant failed (the action server is down)
            await self.store.count_signposting(text, CHANNEL)
            return response.json(_as_json(sender, or_apology(text, [])))
        return response.json([{**m, "recipient_id": sender} for m in collector.messages])


def _as_json(sender: str, outgoing: List[Message]) -> List[Dict[str, Any]]:
    return [{"recipient_id": sender, "text": message.text} for message in outgoing]


def _refused(reason: str, body: Dict[str, Any], status: int) -> HTTPResponse:
    metrics().rejected.labels(CHANNEL, reason).inc()
    return response.json(body, status)
