"""The commissioner app (Sanic): sign-in, dashboard, authoring, exports and the JSON API.

Loopback by default (SB_COMMISSIONER_HOST): it holds results and must not face the
internet. Resources are built here, never at import, and tests pass their own.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import List, Optional

from sanic import Sanic, response
from sanic.exceptions import NotFound
from sanic.request import Request
from sqlalchemy.orm import sessionmaker

from bot import logs
from bot.commissioner import (
    api,
    authoring,
    cookies,
    dashboard,
    erasure_page,
    exports,
    invitations_page,
    launching,
    password_page,
    publishing,
    sign_in,
    tokens_page,
    users_page,
)
from bot.commissioner.failure_pages import failure_page
from bot.commissioner.guard import principal
from bot.commissioner.html import CSS, page
from bot.commissioner.throttle import address_throttle
from bot.config import ConfigError, Settings, load_settings
from bot.db.session import database_unavailable, make_engine, make_session_factory
from bot.failures import answer_failures, readiness
from bot.runtime import serve
from bot.trust.privacy_notice import notice_page

SECURITY_HEADERS = {
    # No scripts at all, nothing from another origin, no framing.
    "Content-Security-Policy": ("default-src 'none'; style-src 'self'; img-src 'self' data:; "
                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
HSTS = "max-age=31536000"  # reached over https once: never plain http (no subdomains: not ours)
MAX_REQUEST_BYTES = 2_000_000  # a script is at most 100 kB; forms are small


def create_app(settings: Settings, session_factory: Optional[sessionmaker] = None) -> Sanic:
    app = Sanic("sounding_board_commissioner", configure_logging=False)  # bot/logs.py, in main
    app.config.REQUEST_MAX_SIZE = MAX_REQUEST_BYTES
    app.config.FALLBACK_ERROR_FORMAT = "text"  # never a debug page
    app.ctx.settings = settings
    if session_factory is None:
        engine = make_engine(settings.database_url)
        session_factory = make_session_factory(engine)
    app.ctx.session_factory = session_factory
    app.ctx.sign_in_throttle = address_throttle(settings)
    app.ctx.password_checks = asyncio.Semaphore(1)  # bot/commissioner/sign_in.py
    for module in (sign_in, api, dashboard, authoring, launching, exports, tokens_page,
                   publishing, users_page, invitations_page, erasure_page, password_page):
        app.blueprint(module.blueprint)

    @app.get("/")
    async def home(request: Request) -> response.HTTPResponse:
        who = await principal(request)
        return response.redirect("/consultations" if who else "/sign-in", status=303)

    @app.get("/health")
    async def health(_request: Request) -> response.HTTPResponse:
        """Alive (the process answers); see /ready for whether it can do its work."""
        return response.json({"status": "ok"})

    @app.get("/ready")
    async def ready(_request: Request) -> response.HTTPResponse:
        """Whether the answers database answers: every page but these needs it."""
        return await readiness(session_factory)

    @app.get("/privacy")
    async def privacy(_request: Request) -> response.HTTPResponse:
        return response.html(notice_page(settings.notice_version, settings.retention_days))

    @app.get("/favicon.ico")
    async def favicon(_request: Request) -> response.HTTPResponse:
        # Browsers ask for it unprompted; a 404 is a console error on the first page.
        return response.empty(headers={"Cache-Control": "max-age=86400"})

    @app.get("/static/app.css")
    async def css(_request: Request) -> response.HTTPResponse:
        return response.text(CSS, content_type="text/css; charset=utf-8",
                             headers={"Cache-Control": "max-age=3600"})

    @app.exception(NotFound)
    async def not_found(request: Request, _error: Exception) -> response.HTTPResponse:
        # An address mistyped or out of date: a page with the navigation, not bare text.
        if request.path.startswith("/api/"):
            return response.json({"error": "not found"}, status=404)
        try:
            await principal(request)  # for the navigation
        except Exception as error:
            if not database_unavailable(error):
                raise
        return page(request, "Page not found", '<p>There is no page at this address. Go back, '
                    'or start again from <a href="/consultations">Consultations</a>.</p>', 404)

    answer_failures(app, failure_page)

    @app.on_response
    async def security_headers(request: Request, resp: response.HTTPResponse) -> None:
        for name, value in SECURITY_HEADERS.items():
            resp.headers.setdefault(name, value)
        if request.path not in ("/static/app.css", "/favicon.ico"):
            resp.headers.setdefault("Cache-Control", "no-store")
        if cookies.over_https(request):  # the same rule names the cookies __Host-…
            resp.headers.setdefault("Strict-Transport-Security", HSTS)

    return app


def main(argv: Optional[List[str]] = None) -> int:
    """`python -m bot.commissioner`: settings from the environment; --help says so and
    starts nothing."""
    argparse.ArgumentParser(prog="python -m bot.commissioner", description=(
        "The commissioner app: sign-in, results, authoring, exports and the JSON API. "
        "Settings come from the environment (SB_COMMISSIONER_HOST, SB_COMMISSIONER_PORT, "
        "SB_DATABASE_URL…: README, Settings).")).parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    logs.configure(settings.log_format)
    serve(lambda: create_app(settings), host=settings.commissioner_host,
          port=settings.commissioner_port, access_log=False, workers=1, motd=False)
    return 0
