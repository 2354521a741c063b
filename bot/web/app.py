"""The patient web app (Sanic): widget files, /c/<CODE> pages, QR codes, the chat API,
and the published "you said, we did" pages.

It faces the internet in place of the commissioner app, which holds the data:
it reads only whether a consultation is live (its title and privacy notice) and
published summaries (already small-number suppressed), and passes chat messages to
the REST channel on the Rasa server.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import dataclass
from typing import Any, Dict, List, Optional
from urllib.parse import quote

from sanic import Sanic, response
from sanic.exceptions import NotFound
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy.orm import sessionmaker

from bot import logs
from bot.config import ConfigError, Settings, load_settings
from bot.db import repository
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.db.waits import bound_waits_on
from bot.engine import messages
from bot.failures import Answer, answer_failures, readiness
from bot.limits.addresses import client_address
from bot.reporting import publication
from bot.runtime import serve
from bot.scripts import store
from bot.scripts.schema import CODE_PATTERN
from bot.trust.privacy_notice import notice_page
from bot.web import proxy
from bot.web.assets import SHORT, YEAR, Asset, load_assets
from bot.web.pages import (
    consultation_page,
    not_found_page,
    refused,
    refused_page,
    unavailable_page,
)
from bot.web.published import not_published_page, published_page
from bot.web.qr import KINDS, qr_code
from bot.web.security import cors_headers, origin_allowed, security_headers

MAX_REQUEST_BYTES = 2 * proxy.MAX_BODY  # past the widget API's own "too long" answer
# HEAD too, as uptime checks and link checkers ask (405 before); Sanic sends no body.
PAGE_METHODS = ["GET", "HEAD"]
NOT_ALLOWED = {"error": "This website is not allowed to use the chat. The service that runs "
                        "it can add the site to SB_WEB_ALLOWED_ORIGINS."}


@dataclass(frozen=True)
class Live:
    """What the public may know of a live consultation."""

    code: str
    title: str
    organisation: str
    notice_url: str


def live_consultation(factory: sessionmaker, code: str) -> Optional[Live]:
    if not CODE_PATTERN.fullmatch(code.upper()):
        return None
    with unit_of_work(factory) as session:
        found = repository.consultation_by_code(session, code)
        if found is None or not repository.is_open(found):
            return None
        return Live(found.code, found.title, found.organisation.name,
                    store.script_of(found).notice_url or "")


def create_app(settings: Settings, factory: Optional[sessionmaker] = None,
               name: str = "sounding_board_web") -> Sanic:
    app = Sanic(name, configure_logging=False)  # bot/logs.py, in main
    # Sanic would read (and hold) up to 100 MB of any request: a chat message is < 32 kB.
    app.config.REQUEST_MAX_SIZE = MAX_REQUEST_BYTES
    assets = load_assets()

    @app.before_server_start
    async def setup(app: Sanic, _loop: Any) -> None:
        app.ctx.http = proxy.client()
        app.ctx.factory = factory or make_session_factory(make_engine(settings.database_url))

    @app.after_server_stop
    async def teardown(app: Sanic, _loop: Any) -> None:
        await app.ctx.http.aclose()

    tls = settings.web.public_url.startswith("https://")  # where patients reach us

    @app.on_response
    async def harden(_request: Request, outgoing: HTTPResponse) -> None:
        for key, value in security_headers(outgoing.content_type or "", tls).items():
            outgoing.headers.setdefault(key, value)

    @app.route("/health", methods=PAGE_METHODS)
    async def health(_request: Request) -> HTTPResponse:
        """Alive (the process answers); see /ready for whether it reaches the database."""
        return response.json({"status": "ok"})

    @app.route("/ready", methods=PAGE_METHODS)
    async def ready(request: Request) -> HTTPResponse:
        """Whether the answers database answers (for the on-call engineer: the widget and
        the chat do without it, so Kubernetes routes by /health, deploy/k8s/web.yaml).
        Not for the internet, which reaches this process through the public edge: a
        request a proxy passed on (it says whom for) is told there is no such page, as
        the edge refuses the Rasa servers' /webhooks/ops/."""
        if through_a_proxy(request):
            raise NotFound("not found")
        return await readiness(app.ctx.factory)

    answer_failures(app, _failure(assets["page.css"].path))
    _widget_files(app, assets)
    _consultation_pages(app, settings, assets)
    _published_pages(app, assets)
    _chat_api(app, settings)
    return app


def through_a_proxy(request: Request) -> bool:
    """Did a proxy pass this request on (X-Forwarded-For or Forwarded)? A probe, and an
    engineer inside the cluster, reach the process directly."""
    return "x-forwarded-for" in request.headers or "forwarded" in request.headers


def _failure(css: str) -> Answer:
    """A page for the patient; JSON for the widget's API (which tries again on any 5xx and
    shows a 4xx's error) and the QR codes."""
    def answer(request: Request, status: int) -> HTTPResponse:
        headers = {"Cache-Control": "no-store"}
        fault = status >= 500
        if request.path.startswith("/api/") or request.path.rsplit("/", 1)[-1].startswith("qr."):
            error = messages.CHAT_UNAVAILABLE if fault else refused(status)[1]
            return response.json({"error": error}, status, headers=headers)
        html = unavailable_page(css) if fault else refused_page(css, status)
        return response.html(html, status, headers=headers)
    return answer


def _widget_files(app: Sanic, assets: Dict[str, Asset]) -> None:
    @app.route("/widget.js", methods=PAGE_METHODS)
    async def widget_latest(request: Request) -> HTTPResponse:
        return _asset(request, assets["widget.js"], SHORT)

    @app.route("/favicon.ico", methods=PAGE_METHODS)
    async def no_icon(_request: Request) -> HTTPResponse:
        # Browsers ask for it on every page; a 404 is an error in their console.
        return response.empty(headers={"Cache-Control": "public, max-age=86400"})

    @app.route("/static/<name>", methods=PAGE_METHODS)
    async def static(request: Request, name: str) -> HTTPResponse:
        found = assets.get(name)
        if found is None or name != found.versioned:
            return response.text("not found", 404)
        return _asset(request, found, YEAR)


def _consultation_pages(app: Sanic, settings: Settings, assets: Dict[str, Asset]) -> None:
    widget, page_css = assets["widget.js"], assets["page.css"]

    async def live(code: str) -> Optional[Live]:
        return await asyncio.to_thread(live_consultation, app.ctx.factory, code)

    def results_of(code: str) -> Optional[str]:
        shown = _published(app, code)
        return settings.web.published_link(shown["code"]) if shown else None

    @app.route("/c/<code>", methods=PAGE_METHODS)
    async def consultation(_request: Request, code: str) -> HTTPResponse:
        found = await live(code)
        if found is None:
            # A poster's QR code outlives its survey: once results are published, lead there.
            results = await asyncio.to_thread(results_of, code)
            return response.html(not_found_page(page_css.path, results), 404,
                                 headers={"Cache-Control": "no-cache"})
        return response.html(consultation_page(found.code, found.title, found.organisation,
                                               widget.path, page_css.path),
                             headers={"Cache-Control": "no-cache"})

    @app.route("/c/<code>/<image>", methods=PAGE_METHODS)
    async def qr(_request: Request, code: str, image: str) -> HTTPResponse:
        if not image:  # "/c/MIND24/", as a link is often typed or pasted
            return response.redirect(f"/c/{quote(code, safe='')}", status=301)
        kind = image.removeprefix("qr.")
        found = await live(code) if image.startswith("qr.") and kind in KINDS else None
        if found is None:
            return response.json({"error": "no live consultation with that code"}, 404)
        body = qr_code(settings.web.consultation_link(found.code), kind)
        return response.raw(body, content_type=KINDS[kind], headers={
            "Cache-Control": "public, max-age=3600", "Cross-Origin-Resource-Policy": "cross-origin"})

    @app.route("/privacy", methods=PAGE_METHODS)
    async def privacy(request: Request) -> HTTPResponse:
        found = await live(request.args.get("code", ""))
        if found and found.notice_url:
            return response.redirect(found.notice_url)
        if settings.privacy_url != f"{settings.web.public_url}/privacy":
            return response.redirect(settings.privacy_url)  # the organisation's own page
        return response.html(notice_page(settings.notice_version, settings.retention_days))


def _published(app: Sanic, code: str) -> Optional[Dict[str, Any]]:
    """A consultation's published results, if any (blocking: call in a thread)."""
    with unit_of_work(app.ctx.factory) as session:
        return publication.published(session, code)


def _published_pages(app: Sanic, assets: Dict[str, Asset]) -> None:
    css = assets["page.css"].path

    @app.route("/published/<code>", methods=PAGE_METHODS)
    async def published(_request: Request, code: str) -> HTTPResponse:
        shown = await asyncio.to_thread(_published, app, code)
        # no-cache: a page taken down (unpublished) must not linger in caches
        if shown is None:
            return response.html(not_published_page(css), 404,
                                 headers={"Cache-Control": "no-cache"})
        return response.html(published_page(shown, css), headers={"Cache-Control": "no-cache"})


def _chat_api(app: Sanic, settings: Settings) -> None:
    web = settings.web

    @app.route("/api/<path>", methods=["POST", "OPTIONS"])
    async def api(request: Request, path: str) -> HTTPResponse:
        origin = request.headers.get("origin")
        preflight = request.method == "OPTIONS"
        headers = {**cors_headers(origin, preflight), "Cache-Control": "no-store"}
        if not origin_allowed(origin, web.origin, web.allowed_origins):
            # Refused, but readable by the page, so the widget says why: without CORS
            # headers the browser hid the 403, and the widget said "Connection lost.
            # Trying again…" for ever. Nothing is passed on to Rasa.
            if preflight:
                return response.empty(headers=headers)
            return response.json(NOT_ALLOWED, 403, headers=headers)
        if path not in proxy.PATHS:
            return response.json({"error": "not found"}, 404, headers=headers)
        if preflight:
            return response.empty(headers=headers)
        if len(request.body or b"") > proxy.MAX_BODY:
            return response.json({"error": "That message is too long."}, 413, headers=headers)
        # Who the patient is, to the REST channel's limits per address: the address this
        # process sees (through the proxies it trusts, SB_TRUSTED_PROXIES).
        client = client_address(request.ip, request.headers.getall("x-forwarded-for", []),
                                settings.commissioner.trusted_proxies)
        status, body = await proxy.forward(app.ctx.http, settings.rasa_url, path,
                                           request.body or b"{}", client)
        return response.raw(body, status, headers=headers, content_type="application/json")


def _asset(request: Request, found: Asset, cache: str) -> HTTPResponse:
    headers = {"Cache-Control": cache, "ETag": found.etag, "Vary": "Accept-Encoding",
               # Scripts may be loaded with Subresource Integrity (crossorigin) from any site.
               "Access-Control-Allow-Origin": "*",
               "Cross-Origin-Resource-Policy": "cross-origin"}
    if request.headers.get("if-none-match") == found.etag:
        return response.empty(304, headers=headers)
    if "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        return response.raw(found.gzipped, content_type=found.content_type, headers=headers)
    return response.raw(found.body, content_type=found.content_type, headers=headers)


def main(argv: Optional[List[str]] = None) -> int:
    """`python -m bot.web`: settings from the environment; --help says so and starts nothing."""
    argparse.ArgumentParser(prog="python -m bot.web", description=(
        "The patient web process: the widget, /c/<CODE> pages, QR codes, the chat API and "
        "published pages. Settings come from the environment (SB_WEB_HOST, SB_WEB_PORT, "
        "SB_PATIENT_WEB_URL…: README, Settings).")).parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    logs.configure(settings.log_format)
    # It serves patients, in short reads (a consultation by its code, a published
    # summary frozen when published): a hung database gives the "try again" page in
    # seconds, never a survey link that does not load.
    bound_waits_on(settings.database_url)
    serve(lambda: create_app(settings), host=settings.web.host, port=settings.web.port,
          access_log=False, workers=1, motd=False)
    return 0
