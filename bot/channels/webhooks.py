"""What every webhook channel serves: a health check and the message webhook."""

from __future__ import annotations

from typing import Awaitable, Callable

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

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
