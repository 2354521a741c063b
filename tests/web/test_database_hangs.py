"""The patient web process (`python -m bot.web`, a process of its own) while the answers
database hangs: it keeps connections open and answers nothing (its host freezes, a
proxy in front of it stops forwarding: tests/stalling_proxy.py). A young person opening
a survey link gets the "try again in a minute" page within seconds, not a page that
never loads, and the same process serves the survey again once the database answers."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Iterator

import pytest
import requests
from sqlalchemy.engine import make_url

from bot.cli import stack
from bot.db.session import CONNECT_TIMEOUT_SECONDS
from bot.db.waits import STATEMENT_WAIT_SECONDS
from tests.conftest import fresh_postgres
from tests.stalling_proxy import StallingProxy, stalling_proxy
from tests.web.test_database_outage import LIVE, seed

PATIENT_PATIENCE = 30.0  # the client gives up here: a page that never came
FOUND_STALLED = STATEMENT_WAIT_SECONDS + CONNECT_TIMEOUT_SECONDS


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    with fresh_postgres() as url:
        seed(url)
        yield url


@pytest.fixture(scope="module")
def proxy(database: str) -> Iterator[StallingProxy]:
    with stalling_proxy(make_url(database).port or 5432) as running:
        yield running


@pytest.fixture(scope="module")
def base(database: str, proxy: StallingProxy,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One process for the module, reaching the database only through the proxy."""
    port = stack.free_port()
    through = make_url(database).set(port=proxy.port)
    env = stack.child_environment({
        "SB_DATABASE_URL": through.render_as_string(hide_password=False),
        "SB_WEB_HOST": "127.0.0.1", "SB_WEB_PORT": str(port),
        "SB_PATIENT_WEB_URL": f"http://127.0.0.1:{port}", "SB_RASA_URL": "http://127.0.0.1:9"})
    log: Path = tmp_path_factory.mktemp("web") / "patient-web.log"
    process = stack.Process("patient web", [sys.executable, "-m", "bot.web"],
                            f"http://127.0.0.1:{port}/health", log=log)
    try:
        stack.start([process], env, timeout=60)
        yield f"http://127.0.0.1:{port}"
    finally:
        stack.stop([process])


def survey(base: str) -> requests.Response:
    return requests.get(f"{base}/c/{LIVE}", timeout=PATIENT_PATIENCE,
                        headers={"Accept": "text/html"})


def test_a_survey_link_says_try_again_within_seconds_while_the_database_hangs(
        proxy: StallingProxy, base: str) -> None:
    assert survey(base).status_code == 200  # its pool holds a connection through the proxy
    time.sleep(3)  # idle long enough to be checked before its next use, as between visits
    proxy.stall()
    try:
        started = time.monotonic()
        answer = survey(base)
        waited = time.monotonic() - started
        assert answer.status_code == 503
        assert "Please try again in a minute." in answer.text
        # its idle connection checked (no answer in 10 s), then a new one tried (5 s)
        assert STATEMENT_WAIT_SECONDS - 1 <= waited <= FOUND_STALLED + 2, waited
    finally:
        proxy.resume()
    assert survey(base).status_code == 200  # the same process, without a restart
