"""The patient web process and a real Chromium, once per test session.

The widget is embedded on a page served from another origin (a plain HTTP
server on another port), as an ICB or school site would embed it; the patient
web process allows that origin and no other.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator, List

import pytest

from bot.cli import stack
from tests.e2e.conftest import Servers

CHROMIUM = "/usr/bin/chromium"
ARTEFACTS = Path(__file__).resolve().parents[3] / ".test-results" / "widget"


@dataclass
class Web:
    url: str  # the patient web process
    site: str  # the embedding site, another origin
    site_folder: Path
    log: Path
    servers: Servers

    def embed(self, name: str, code: str = "TEST1", **options: str) -> str:
        """A page on the embedding site with the widget's one script tag; its URL."""
        attributes = " ".join(f'data-{k.replace("_", "-")}="{v}"' for k, v in options.items())
        (self.site_folder / name).write_text(
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>Youth service {name}</title></head><body><main><h1>Our youth service</h1>"
            "<p>News and events.</p></main>"
            f"<script src='{self.url}/widget.js' data-code='{code}' {attributes}></script>"
            "</body></html>")
        return f"{self.site}/{name}"


@dataclass
class Requests:
    """Every request the browser made, to check nothing went anywhere else."""

    urls: List[str] = field(default_factory=list)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@contextlib.contextmanager
def patient_web(servers: Servers, folder: Path) -> Iterator[Web]:
    """The patient web process for `servers`, and an embedding site in `folder`."""
    site = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(folder)))
    threading.Thread(target=site.serve_forever, daemon=True).start()
    site_url = f"http://127.0.0.1:{site.server_address[1]}"
    port = int(servers.env["SB_WEB_PORT"])  # the one the action server's links point at
    log = folder.parent / f"{folder.name}-patient-web.log"
    env = {**servers.env, "SB_WEB_ALLOWED_ORIGINS": site_url}
    process = stack.Process("patient web", [sys.executable, "-m", "bot.web"],
                            f"http://127.0.0.1:{port}/health", log=log)
    try:
        stack.start([process], env, timeout=60)
        yield Web(f"http://127.0.0.1:{port}", site_url, folder, log, servers)
    finally:
        stack.stop([process])
        site.shutdown()


@pytest.fixture(scope="session")
def web(loaded: Servers, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    with patient_web(loaded, tmp_path_factory.mktemp("site")) as running:
        yield running


# One browser for this package's tests, closed when they end: while Playwright's sync API
# runs, its event loop counts as running, and later tests that call asyncio.run would fail.
@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (make test does)")
    from playwright.sync_api import sync_playwright

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def seen() -> Requests:
    return Requests()


@pytest.fixture
def context(browser: Any, seen: Requests) -> Iterator[Any]:
    """A fresh browser profile (own localStorage) per test, recording every request."""
    made = browser.new_context(viewport={"width": 1280, "height": 800})
    made.on("request", lambda request: seen.urls.append(request.url))
    made.set_default_timeout(20_000)
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
def page(context: Any) -> Any:
    return context.new_page()

