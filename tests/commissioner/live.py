"""The commissioner app (and the patient web app) served for real on a free loopback
port, in a thread."""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
from typing import Any, Dict, Iterator, Optional, Tuple

import requests
from sanic import Sanic

from bot.cli.stack import free_port
from bot.commissioner.app import create_app
from bot.config import load_settings
from bot.web.app import create_app as create_web_app

Sanic.test_mode = True  # several apps of the same name in one test process


@contextlib.contextmanager
def serve_app(app: Sanic, port: Optional[int] = None) -> Iterator[str]:
    """Any of our Sanic apps, served on 127.0.0.1 (a free port unless given)."""
    port = port or free_port()
    loop = asyncio.new_event_loop()
    started = threading.Event()
    holder: Dict[str, Any] = {}

    async def start() -> None:
        server = await app.create_server(host="127.0.0.1", port=port, access_log=False,
                                         return_asyncio_server=True)
        await server.startup()
        await server.before_start()
        await server.start_serving()
        await server.after_start()
        holder["server"] = server
        started.set()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert started.wait(30), f"{app.name} did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        async def stop() -> None:
            server = holder["server"]
            await server.before_stop()
            server.close()
            await server.wait_closed()
            await server.after_stop()
        asyncio.run_coroutine_threadsafe(stop(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(30)


@contextlib.contextmanager
def serve_with_app(database_url: str, **env: str) -> Iterator[Tuple[Sanic, str]]:
    """The commissioner app on `database_url`, with these settings, and the app itself
    (to look at what it holds on `app.ctx`)."""
    app = create_app(load_settings({"SB_DATABASE_URL": database_url, **env}))
    try:
        with serve_app(app) as base:
            yield app, base
    finally:
        app.ctx.session_factory.kw["bind"].dispose()


@contextlib.contextmanager
def serve(database_url: str, **env: str) -> Iterator[str]:
    """The commissioner app on `database_url`, with these settings."""
    with serve_with_app(database_url, **env) as (_, base):
        yield base


@contextlib.contextmanager
def serve_web(database_url: str, port: Optional[int] = None, **env: str) -> Iterator[str]:
    """The patient web process's app on `database_url` (its engine made as it starts)."""
    port = port or free_port()
    settings = load_settings({"SB_DATABASE_URL": database_url,
                              "SB_PATIENT_WEB_URL": f"http://127.0.0.1:{port}", **env})
    app = create_web_app(settings)
    try:
        with serve_app(app, port) as base:
            yield base
    finally:
        app.ctx.factory.kw["bind"].dispose()


CSRF = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')


class Browser:
    """A browser's view: cookies kept by hand (requests will not send Secure cookies over
    http, which real browsers do for 127.0.0.1), CSRF tokens read from the forms."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies: Dict[str, str] = {}
        self.http = requests.Session()

    def _remember(self, response: requests.Response) -> None:
        for cookie in response.cookies:
            if cookie.value:
                self.cookies[cookie.name] = cookie.value
            else:
                self.cookies.pop(cookie.name, None)

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = kwargs.pop("headers", {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = self.http.request(method, self.base + path, headers=headers,
                                     allow_redirects=False, timeout=60, **kwargs)
        self._remember(response)
        return response

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def csrf(self, path: str) -> str:
        found = CSRF.search(self.get(path).text)
        assert found, f"no form on {path}"
        return found.group(1)

    def post(self, path: str, data: Optional[Dict[str, Any]] = None, form_from: str = "",
             **kwargs: Any) -> requests.Response:
        data = dict(data or {})
        if form_from:
            data["csrf_token"] = self.csrf(form_from)
        return self.request("POST", path, data=data, **kwargs)

    def sign_in(self, email: str, password: str) -> requests.Response:
        return self.post("/sign-in", {"email": email, "password": password}, form_from="/sign-in")
