"""The commissioner app as `python -m bot.commissioner` runs it: the privacy notice the chat
links to, health, and the sign-in page for anyone signed out."""

from __future__ import annotations

import subprocess
import sys
import time
from typing import Iterator

import pytest
import requests

from bot.cli.stack import child_environment, free_port
from bot.config import PROJECT_ROOT


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
