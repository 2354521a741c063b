"""The patient web process while the answers database is down (PostgreSQL stopped, every
connection cut: a server of this module's own, tests/e2e/private_postgres.py): a survey
link and a published page give a short page saying to try again in a minute (503,
Retry-After), a QR code the JSON the widget's API gives; the widget script is still
served; and the same process serves every page again once the database is back."""

from __future__ import annotations

import re
from html import unescape
from typing import Dict, Iterator

import pytest
import requests

from bot.commissioner import accounts
from bot.db import migrate
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.engine import messages
from bot.reporting import publication
from bot.scripts import store
from bot.scripts.script import load_script
from tests.commissioner.live import serve_web
from tests.commissioner.world import script_text
from tests.e2e.private_postgres import PrivatePostgres, private_postgres

LIVE, DONE = "LIVE1", "DONE1"
PAGES = (f"/c/{LIVE}", f"/published/{DONE}")


def seed(url: str) -> None:
    """A live consultation, and a closed one with its results published."""
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        organisation = accounts.organisation_named(db, "NHS Outage ICB")
        for code, status in ((LIVE, "live"), (DONE, "closed")):
            script = script_text(code, f"Consultation {code}")
            store.save_script(db, load_script(script), script, organisation=organisation,
                              status=status)
        db.flush()
        assert publication.publish(db, organisation.id, DONE, "We listened.", 8, "tests")
    engine.dispose()


@pytest.fixture(scope="module")
def database() -> Iterator[PrivatePostgres]:
    with private_postgres() as server:
        migrate.upgrade(server.url)
        seed(server.url)
        yield server


@pytest.fixture(scope="module")
def base(database: PrivatePostgres) -> Iterator[str]:
    """One process for the whole module: it must come back by itself, never restarted."""
    with serve_web(database.url, SB_RASA_URL="http://127.0.0.1:9") as served:
        yield served


def get(base: str, path: str) -> requests.Response:
    return requests.get(base + path, timeout=30, headers={"Accept": "text/html"})


def test_survey_and_published_pages_say_try_again_while_the_database_is_down(
        database: PrivatePostgres, base: str) -> None:
    assert [get(base, path).status_code for path in PAGES] == [200, 200]
    with database.down():
        for path in PAGES:
            answer = get(base, path)
            assert answer.status_code == 503, path
            assert answer.headers["Retry-After"] == "60"
            assert answer.headers["Cache-Control"] == "no-store"  # no cache keeps it
            assert "script-src 'self'" in answer.headers["Content-Security-Policy"]
            assert re.search(r'<link rel="stylesheet" href="/static/page\.[0-9a-f]+\.css">',
                             answer.text)
            said = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", answer.text)))
            assert "Sorry, this isn't working right now" in said
            assert "It's a problem on our side, not yours. Please try again in a minute." in said
            assert "Internal Server Error" not in said
        qr = get(base, f"/c/{LIVE}/qr.svg")
        assert qr.status_code == 503 and qr.json() == {"error": messages.CHAT_UNAVAILABLE}
        assert get(base, "/widget.js").status_code == 200  # partners' pages keep the widget
    assert [get(base, path).status_code for path in PAGES] == [200, 200]


def test_ready_says_whether_the_database_answers_and_health_only_that_the_process_does(
        database: PrivatePostgres, base: str) -> None:
    assert get(base, "/ready").json() == {"status": "ready"}
    with database.down():
        ready = get(base, "/ready")
        assert ready.status_code == 503
        assert ready.json() == {"status": "not ready", "database": "OperationalError"}
        assert get(base, "/health").status_code == 200
    assert get(base, "/ready").status_code == 200


@pytest.mark.parametrize("forwarded", [{"X-Forwarded-For": "203.0.113.9"},
                                       {"Forwarded": "for=203.0.113.9;proto=https"}])
def test_ready_is_not_for_the_internet(base: str, forwarded: Dict[str, str]) -> None:
    """Through the public edge (a proxy says whom it passes the request on for) /ready is
    no page, as the edge refuses the Rasa servers' /webhooks/ops/; /health still answers."""
    assert get(base, "/ready").status_code == 200  # a probe, an engineer in the cluster
    public = requests.get(base + "/ready", headers=forwarded, timeout=10)
    assert public.status_code == 404
    assert "database" not in public.text and "ready" not in public.text
    assert requests.get(base + "/health", headers=forwarded, timeout=10).status_code == 200
