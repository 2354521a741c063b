"""A fake of Telegram's Bot API on 127.0.0.1, for tests.

A real HTTP server (aiohttp, in its own thread and event loop), so python-telegram-bot's
`Bot` (in the Rasa server, or the CLI in a subprocess) talks to it exactly as to
https://api.telegram.org: POST /bot<token>/<method>, answered with Telegram's own
`{"ok": true, "result": …}` or `{"ok": false, "error_code": …, "description": …}`.

    with FakeTelegram() as fake:
        TELEGRAM_API_BASE_URL=fake.base_url
        ...
        assert [c["text"] for c in fake.calls_of("sendMessage")] == [...]

`block(chat_id)` makes Telegram answer 403 "bot was blocked by the user" for that
chat, `lose(chat_id)` 400 "chat not found"; `limit(n, retry_after)` answers the next
n sends with 429 and `retry_after`; `fail(n, status)` answers the next n sends with
that status (e.g. 500) without sending them; `answer_late(n, seconds)` sends the next n
(the chat gets them) but answers only after `seconds`, as a slow or cut-off answer looks.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, Dict, List, Optional, Set

from aiohttp import web

from tests.fakes.server import LoopbackServer

JSON_FIELDS = ("reply_markup", "allowed_updates", "commands", "chat_id", "message_id")
MESSAGE_METHODS = ("sendMessage", "editMessageText", "editMessageReplyMarkup")


class FakeTelegram(LoopbackServer):
    def __init__(self, token: str = "123456:fake-token") -> None:
        super().__init__()
        self.token = token
        self.calls: List[Dict[str, Any]] = []  # {"method": …, **parameters}, in order
        self.blocked: Set[int] = set()
        self.lost: Set[int] = set()
        self._limited: List[float] = []  # retry_after for each of the next sends
        self._failing: List[int] = []  # an HTTP status for each of the next sends
        self._late: List[float] = []  # seconds each of the next sends is answered late
        self._next_id = 1000

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/bot{token}/{method}", self._call)

    # -- what tests set and read ---------------------------------------------------
    def block(self, chat_id: int) -> None:
        self.blocked.add(chat_id)

    def lose(self, chat_id: int) -> None:
        self.lost.add(chat_id)

    def limit(self, count: int, retry_after: float = 1) -> None:
        with self._lock:
            self._limited.extend([retry_after] * count)

    def fail(self, count: int, status: int = 500) -> None:
        with self._lock:
            self._failing.extend([status] * count)

    def answer_late(self, count: int, seconds: float) -> None:
        with self._lock:
            self._late.extend([seconds] * count)

    def calls_of(self, method: str, chat_id: Optional[int] = None) -> List[Dict[str, Any]]:
        with self._lock:
            return [c for c in self.calls if c["method"] == method
                    and (chat_id is None or c.get("chat_id") == chat_id)]

    def texts(self, chat_id: int) -> List[str]:
        return [c["text"] for c in self.calls_of("sendMessage", chat_id)]

    def clear(self) -> None:
        with self._lock:
            self.calls.clear()

    def until(self, predicate: Any, timeout: float = 30) -> Any:
        """Poll until predicate() is truthy (the replies go out after the webhook answers)."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value or time.monotonic() > deadline:
                return value
            time.sleep(0.05)

    # -- the API -----------------------------------------------------------------
    async def _call(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        params = await _parameters(request)
        method = request.match_info["method"]
        with self._lock:
            if method == "sendMessage" and int(params.get("chat_id", 0)) in self.blocked:
                self.calls.append({"method": method, "refused": 403, **params})
                return _error(403, "Forbidden: bot was blocked by the user")
            if method == "sendMessage" and int(params.get("chat_id", 0)) in self.lost:
                self.calls.append({"method": method, "refused": 400, **params})
                return _error(400, "Bad Request: chat not found")
            if method == "sendMessage" and self._limited:
                wait = self._limited.pop(0)
                self.calls.append({"method": method, "refused": 429, **params})
                return _error(429, f"Too Many Requests: retry after {wait:g}",
                              {"retry_after": wait})
            if method == "sendMessage" and self._failing:
                status = self._failing.pop(0)
                self.calls.append({"method": method, "refused": status, **params})
                return _error(status, "Internal Server Error")
            late = self._late.pop(0) if method == "sendMessage" and self._late else 0.0
            self._next_id += 1
            message_id = self._next_id
            self.calls.append({"method": method, "sent_id": message_id, **params})
        if late:
            await asyncio.sleep(late)  # sent: only the answer is late
        if method in MESSAGE_METHODS:
            return _ok(_message(params, message_id))
        if method == "getMe":
            return _ok({"id": 123456, "is_bot": True, "first_name": "Sounding Board",
                        "username": "SoundingBoardTestBot"})
        return _ok(True)


async def _parameters(request: web.Request) -> Dict[str, Any]:
    """PTB posts form fields (JSON-encoded where not plain strings); others may post JSON."""
    if request.content_type == "application/json":
        return dict(await request.json())
    form = await request.post()
    params: Dict[str, Any] = {}
    for key, value in form.items():
        params[key] = value
        if key in JSON_FIELDS and isinstance(value, str):
            try:
                params[key] = json.loads(value)
            except ValueError:
                pass
    return params


def _message(params: Dict[str, Any], message_id: int) -> Dict[str, Any]:
    chat_id = int(params.get("chat_id", 0))
    message = {"message_id": int(params.get("message_id", message_id)), "date": int(time.time()),
               "chat": {"id": chat_id, "type": "private"}, "text": params.get("text", "")}
    if params.get("reply_markup"):
        message["reply_markup"] = params["reply_markup"]
    return message


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(code: int, description: str, parameters: Optional[Dict[str, Any]] = None) -> web.Response:
    body: Dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)
