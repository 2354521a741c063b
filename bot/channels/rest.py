"""The REST channel (web widget, tests): stock Rasa's, with the checks it lacks.

Stock `RestInput` passes empty messages to the assistant (no reply at all),
takes messages of any length, logs the message text when something fails, and
has no rate limit. This one answers bad input itself, never logs text, and
limits each sender.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, Optional

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.inbound import inbound_problem
from bot.channels.rate_limit import RateLimiter
from bot.channels.webhooks import webhook_blueprint
from bot.consultation import messages

MAX_SENDER_LENGTH = 128


class RestChannel(RestInput):
    """Registered in credentials.yml as `bot.channels.rest.RestChannel`."""

    def __init__(self, max_length: int = 4000, per_minute: float = 30, burst: int = 10) -> None:
        self.max_length = int(max_length)
        self.limiter = RateLimiter(per_minute=float(per_minute), burst=int(burst))

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> InputChannel:
        return cls(**(credentials or {}))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        return webhook_blueprint(
            "sounding_board_rest", lambda request: self._receive(request, on_new_message)
        )

    async def _receive(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        try:
            body = request.json
        except Exception:  # noqa: BLE001 - Sanic raises its own error for bad JSON
            body = None
        if not isinstance(body, dict):
            return response.json({"error": "send a JSON object with sender and message"}, 400)
        sender = body.get("sender")
        if not isinstance(sender, str) or not 0 < len(sender) <= MAX_SENDER_LENGTH:
            return response.json({"error": "sender must be a string of 1-128 characters"}, 400)
        if not self.limiter.allow(sender):
            return response.json([{"recipient_id": sender, "text": messages.SLOW_DOWN}], 429)
        text = body.get("message")
        kind, reply = inbound_problem(text, self.max_length)
        if kind:
            return response.json([{"recipient_id": sender, "text": reply}])
        collector = CollectingOutputChannel()
        metadata = body.get("metadata") if isinstance(body.get("metadata"), dict) else None
        await on_new_message(UserMessage(str(text), collector, sender,
                                         input_channel=self.name(), metadata=metadata))
        return response.json(collector.messages)
