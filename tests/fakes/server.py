"""A real aiohttp server on 127.0.0.1 in its own thread and event loop: the base of
the fakes of APIs we cannot reach from here (Twilio, Telegram)."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Optional, TypeVar

from aiohttp import web

S = TypeVar("S", bound="LoopbackServer")


class LoopbackServer:
    def __init__(self) -> None:
        self.base_url = ""
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: Optional[web.AppRunner] = None

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    def __enter__(self: S) -> S:
        self._thread.start()
        port = asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _start(self) -> int:
        app = web.Application()
        self.routes(app)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        return int(self._runner.addresses[0][1])
