"""The commissioner app as `python -m bot.commissioner` runs it: the privacy notice the chat
links to, health, and the sign-in page for anyone signed out."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, Optional

import pytest
import requests

from bot.cli.stack import child_environment, free_port
from bot.config import PROJECT_ROOT
from tests.commissioner.conftest import sqlite_only
from tests.commissioner.live import serve


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    port = free_port()
    env = child_environment({"SB_COMMISSIONER_PORT": str(port), "SB_NOTICE_VERSION": "2099-01"})
    proc = subprocess.Popen([sys.executable, "-m", "bot.commissioner"], cwd=PROJECT_ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(f"{url}/health", timeout=2)
                break
            except requests.RequestException:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_privacy_notice_names_its_version_and_how_to_stop(app_url: str) -> None:
    page = requests.get(f"{app_url}/privacy", timeout=10)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Version 2099-01" in page.text and "STOP" in page.text
    assert "phone number" in page.text


def test_health_and_home(app_url: str) -> None:
    assert requests.get(f"{app_url}/health", timeout=10).json() == {"status": "ok"}
    home = requests.get(app_url, timeout=10)  # signed out: the sign-in page
    assert home.url == f"{app_url}/sign-in" and "Sign in" in home.text
    assert requests.get(f"{app_url}/no-such-page", timeout=10).status_code == 404


@pytest.mark.parametrize("trusted, proto, expected", [
    ("127.0.0.1", "https", "max-age=31536000"),  # our TLS proxy in front says so
    ("127.0.0.1", "http", None),
    ("", "https", None),  # anyone can write the header: only a trusted proxy's counts
    ("10.0.0.0/8", "https", None),
], ids=["trusted-https", "trusted-http", "untrusted-https", "other-proxy"])
def test_reached_over_tls_browsers_are_told_to_stay_on_https(
        tmp_path: Path, trusted: str, proto: str, expected: Optional[str]) -> None:
    """Behind the organisation's TLS proxy, every answer carries HSTS, so a commissioner's
    browser never falls back to plain http (where the session cookie could be taken)."""
    with serve(sqlite_only(tmp_path), SB_TRUSTED_PROXIES=trusted) as base:
        for path in ("/sign-in", "/health", "/static/app.css", "/no-such-page"):
            answer = requests.get(base + path, headers={"X-Forwarded-Proto": proto}, timeout=30)
            assert answer.headers.get("strict-transport-security") == expected, path
