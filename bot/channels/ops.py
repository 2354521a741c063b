"""What the on-call engineer asks the Rasa server: alive, ready, and its metrics.

Served by Rasa as a channel at /webhooks/ops/ (live, ready, metrics); the public
edge refuses that path (deploy/nginx.conf.template), so only the cluster sees it.
Rasa's own `/status` needs the API token and says nothing about the database.
"""

from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable, Dict, Optional

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.database import ChannelStore
from bot.config import load_settings
from bot.db.session import database_answers
from bot.metrics import CONTENT_TYPE, exposition
from bot.runtime import is_warm, warm_up


class OpsChannel(InputChannel):
    """Registered in credentials.yml as `bot.channels.ops.OpsChannel`."""

    def __init__(self) -> None:
        self._store: Optional[ChannelStore] = None

    @classmethod
    def name(cls) -> str:
        return "ops"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> InputChannel:
        return cls()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        ops = Blueprint("sounding_board_ops", __name__)

        @ops.listener("after_server_start")
        async def warm(started: Any, _loop: Any) -> None:
            # The model is loaded (before_server_start); the channels check crisis wording.
            warm_up(started)

        @ops.route("/live", methods=["GET"])
        async def live(request: Request) -> HTTPResponse:
            return response.json({"status": "ok", "warm": is_warm(request.app)})

        @ops.route("/ready", methods=["GET"])
        async def ready(request: Request) -> HTTPResponse:
            agent = getattr(request.app.ctx, "agent", None)
            if agent is None or not agent.is_ready():
                return response.json({"status": "not ready", "model": "not loaded"}, 503)
            if not is_warm(request.app):
                return response.json({"status": "not ready", "warm_up": "running"}, 503)
            try:
                await asyncio.to_thread(database_answers, self.store.factory)
            except Exception as error:  # noqa: BLE001 - any failure means "not ready"
                return response.json({"status": "not ready", "database": type(error).__name__},
                                     503)
            return response.json({"status": "ready"})

        @ops.route("/metrics", methods=["GET"])
        async def metrics(_request: Request) -> HTTPResponse:
            return response.raw(exposition(), content_type=CONTENT_TYPE)

        return ops

    @property
    def store(self) -> ChannelStore:
        if self._store is None:
            self._store = ChannelStore(load_settings())
        return self._store
