"""What every webhook channel serves: a health check and the message webhook."""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.metrics import metrics

Handler = Callable[[Request], Awaitable[HTTPResponse]]


def webhook_blueprint(name: str, receive: Handler) -> Blueprint:
    webhook = Blueprint(name, __name__)

    @webhook.route("/", methods=["GET"])
    async def health(_request: Request) -> HTTPResponse:
        return response.json({"status": "ok"})

    @webhook.route("/webhook", methods=["POST"])
    async def incoming(request: Request) -> HTTPResponse:
        return await receive(request)

    return webhook


def refused(channel: str, reason: str, body: Dict[str, Any], status: int) -> HTTPResponse:
    """A webhook's 4xx, counted by channel and reason (never anything about the sender)."""
    metrics().rejected.labels(channel, reason).inc()
    return response.json(body, status)
