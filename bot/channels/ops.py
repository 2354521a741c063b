"""What the on-call engineer asks the Rasa server: alive, ready, and its metrics; and
the Rasa server's own upkeep: forgetting the conversations erasures queued.

Served by Rasa as a channel at /webhooks/ops/ (live, ready, metrics); the public
edge refuses that path (deploy/nginx.conf.template), so only the cluster sees it.
Rasa's own `/status` needs the API token and says nothing about the database.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Set

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.database import ChannelStore
from bot.config import load_settings
from bot.db.session import database_answers
from bot.failures import check_heads, ready_while_holding
from bot.limits.redis_breaker import probe_redis
from bot.metrics import CONTENT_TYPE, exposition
from bot.runtime import is_warm, stops_on_signals, warm_up
from bot.trust.conversation_erasure import forget_queued

logger = logging.getLogger(__name__)


class OpsChannel(InputChannel):
    """Registered in credentials.yml as `bot.channels.ops.OpsChannel`."""

    def __init__(self) -> None:
        self._store: Optional[ChannelStore] = None
        self._tasks: Set[asyncio.Task[None]] = set()

    @classmethod
    def name(cls) -> str:
        return "ops"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> InputChannel:
        return cls()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        ops = Blueprint("sounding_board_ops", __name__)
        check_heads(ops)  # every request of the Rasa server, not only ops'
        stops_on_signals(ops)

        @ops.listener("after_server_start")
        async def warm(started: Any, _loop: Any) -> None:
            # The model is loaded (before_server_start); the channels check crisis wording.
            warm_up(started)
            task = asyncio.get_running_loop().create_task(self._forget_erased())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

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
            return await ready_while_holding(asyncio.to_thread(database_answers,
                                                               self.store.factory))

        @ops.route("/metrics", methods=["GET"])
        async def metrics(_request: Request) -> HTTPResponse:
            await probe_redis()  # sb_redis_available true even when no message comes
            return response.raw(exposition(), content_type=CONTENT_TYPE)

        return ops

    async def _forget_erased(self) -> None:
        """Every SB_RASA_ERASURE_SECONDS, forget in Rasa what erasures queued (through
        Rasa's API, as `bot erase` would: it waits for a turn in progress)."""
        settings = self.store.settings
        if not settings.rasa_api_token:
            logger.warning("queued erasures are not forgotten in Rasa: SB_RASA_API_TOKEN "
                           "is not set")
            return
        while True:
            await asyncio.sleep(settings.rasa_erasure_seconds)
            try:
                await forget_queued(self.store.factory, settings.rasa_url,
                                    settings.rasa_api_token)
            except Exception as error:  # noqa: BLE001 - the database may be down: next time
                logger.warning("queued erasures not read: %s", type(error).__name__)

    @property
    def store(self) -> ChannelStore:
        if self._store is None:
            self._store = ChannelStore(load_settings())
        return self._store
