"""The commissioner app while its database is down (PostgreSQL stopped, every connection
cut: a server of this module's own, tests/e2e/private_postgres.py) or SQLite locked past
its busy timeout: a page in the app's layout saying it cannot reach its data and to try
again in a minute (503, Retry-After), the API's JSON 503, a form that says it was not
saved and was not, one log line naming the error's type and nothing sent; and the same
app, not restarted, serving again once the database is back. Any other fault: the app's
own 500 page, with the traceback logged."""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import time
from html import unescape
from pathlib import Path
from typing import Iterator, Tuple

import pytest
import requests
from sqlalchemy import create_engine, text

from bot import logs
from bot.commissioner import accounts, credentials
from bot.db import migrate
from bot.db.models import utcnow
from bot.db.repository import consultation_by_code
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.scripts import store
from bot.scripts.script import load_script
from tests.commissioner.live import Browser, serve
from tests.commissioner.world import PASSWORD, script_text
from tests.e2e.private_postgres import PrivatePostgres, private_postgres

AUTHOR = "author@outage.nhs.uk"
CODE, TITLE = "OUT1", "Outage consultation"
UNSAVED_TITLE = "A title typed during the outage"


def seed(url: str) -> str:
    """An organisation with an author, a draft consultation and the author's API token."""
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        organisation = accounts.organisation_named(db, "NHS Outage ICB")
        author = accounts.create_user(db, organisation, AUTHOR, "author", PASSWORD)
        script = script_text(CODE, TITLE)
        store.save_script(db, load_script(script), script, organisation=organisation,
                          status="draft")
        token = credentials.create_api_token(db, author, "tests", utcnow())
    engine.dispose()
    return token


def stored(url: str) -> Tuple[str, str, str]:
    """(status, title, script) of the consultation as the database holds it."""
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        found = consultation_by_code(db, CODE)
        assert found is not None
        held = (found.status, found.title, found.script_yaml)
    engine.dispose()
    return held


@pytest.fixture(scope="module")
def database() -> Iterator[Tuple[PrivatePostgres, str]]:
    with private_postgres() as server:
        migrate.upgrade(server.url)
        yield server, seed(server.url)


@pytest.fixture(scope="module")
def base(database: Tuple[PrivatePostgres, str]) -> Iterator[str]:
    """One app for the whole module: it must come back by itself, never restarted."""
    with serve(database[0].url) as served:
        yield served


@pytest.fixture
def author(base: str) -> Browser:
    browser = Browser(base)
    assert browser.sign_in(AUTHOR, PASSWORD).status_code == 303
    return browser


def words(html: str) -> str:
    """The page as a reader sees it: tags gone, entities read."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def assert_unavailable_page(answer: requests.Response) -> str:
    assert answer.status_code == 503, answer.text[:300]
    assert answer.headers["Retry-After"] == "60"
    assert answer.headers["Content-Type"].startswith("text/html")
    assert answer.headers["Cache-Control"] == "no-store"
    # The app's own layout: its stylesheet, its header, the page's title.
    assert '<link rel="stylesheet" href="/static/app.css">' in answer.text
    assert '<p class="brand">Sounding Board</p>' in answer.text
    assert "<h1>Cannot reach the data just now</h1>" in answer.text
    said = words(answer.text)
    assert "Sounding Board cannot reach its data just now" in said
    assert "Please try again in a minute" in said
    assert "Internal Server Error" not in said
    return said


def test_a_page_while_the_database_is_down_says_to_try_again_and_comes_back(
        database: Tuple[PrivatePostgres, str], author: Browser) -> None:
    server, _ = database
    assert TITLE in author.get("/consultations").text
    with server.down():
        for path in ("/consultations", f"/consultations/{CODE}"):
            said = assert_unavailable_page(author.get(path))
            assert "this page cannot be shown" in said
            assert "Nothing has been lost: everything already stored is safe." in said
        missing = author.get("/no-such-page")  # still the app's own "not found"
        assert missing.status_code == 404 and "Page not found" in missing.text
    again = author.get("/consultations")  # the same app, not restarted
    assert again.status_code == 200 and TITLE in again.text


def test_the_api_answers_a_json_503_while_the_database_is_down(
        database: Tuple[PrivatePostgres, str], base: str) -> None:
    server, token = database
    bearer = {"Authorization": f"Bearer {token}"}
    with server.down():
        answer = requests.get(f"{base}/api/v1/consultations", headers=bearer, timeout=30)
        assert answer.status_code == 503
        assert answer.headers["Retry-After"] == "60"
        assert answer.json() == {
            "error": "the database cannot be reached just now; try again in a minute"}
    again = requests.get(f"{base}/api/v1/consultations", headers=bearer, timeout=30)
    assert again.status_code == 200 and [c["code"] for c in again.json()] == [CODE]


def test_a_form_sent_while_the_database_is_down_is_not_saved_and_says_so(
        database: Tuple[PrivatePostgres, str], author: Browser,
        caplog: pytest.LogCaptureFixture) -> None:
    server, _ = database
    before = stored(server.url)
    csrf = author.csrf(f"/consultations/{CODE}/edit")
    changed = script_text(CODE, UNSAVED_TITLE)
    with server.down(), caplog.at_level(logging.INFO):
        edited = author.post(f"/consultations/{CODE}/edit",
                             {"csrf_token": csrf, "script": changed})
        said = assert_unavailable_page(edited)
        assert "so what you sent has not been saved" in said
        assert "go back and send it again" in said
        # The script comes back to copy, as the editor sent it.
        given = re.search(r'<textarea id="unsaved"[^>]*>(.*?)</textarea>', edited.text, re.S)
        assert given and unescape(given.group(1)) == changed
        launched = author.post(f"/consultations/{CODE}/launch", {"csrf_token": csrf})
        assert "what you sent has not been saved" in assert_unavailable_page(launched)
    assert stored(server.url) == before  # nothing changed: still the draft as it was
    lines = [json.dumps(logs.fields(r)) for r in caplog.records if r.name == "bot.failures"]
    assert lines and all("database unavailable: OperationalError on POST /consultations/"
                         in line for line in lines), lines
    assert not [line for line in lines if UNSAVED_TITLE in line or AUTHOR in line
                or "parameters" in line.lower()]
    # Back: the same forms save, with the same session.
    assert author.post(f"/consultations/{CODE}/edit",
                       {"csrf_token": csrf, "script": changed}).status_code == 303
    assert author.post(f"/consultations/{CODE}/launch",
                       {"csrf_token": csrf}).status_code == 303
    assert stored(server.url)[:2] == ("live", UNSAVED_TITLE)


def test_ready_says_whether_the_database_answers_and_health_only_that_the_app_does(
        database: Tuple[PrivatePostgres, str], base: str) -> None:
    server, _ = database
    assert requests.get(f"{base}/ready", timeout=30).json() == {"status": "ready"}
    with server.down():
        ready = requests.get(f"{base}/ready", timeout=30)
        assert ready.status_code == 503
        assert ready.json() == {"status": "not ready", "database": "OperationalError"}
        assert requests.get(f"{base}/health", timeout=30).status_code == 200
    assert requests.get(f"{base}/ready", timeout=30).status_code == 200


def test_any_other_fault_gets_the_apps_own_500_page_and_its_trace_logged(
        database: Tuple[PrivatePostgres, str], author: Browser, base: str,
        caplog: pytest.LogCaptureFixture) -> None:
    """A fault of ours, not the database's absence (here a table it expects is missing):
    the app's page saying something went wrong on our side, the API's JSON, and the
    error's type and where it went in the log."""
    server, token = database
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as connection:
            connection.execute(text("ALTER TABLE consultation RENAME TO consultation_away"))
        with caplog.at_level(logging.INFO):
            shown = author.get("/consultations")
            api = requests.get(f"{base}/api/v1/consultations", timeout=30,
                               headers={"Authorization": f"Bearer {token}"})
    finally:
        with admin.connect() as connection:
            connection.execute(text("ALTER TABLE consultation_away RENAME TO consultation"))
        admin.dispose()
    assert shown.status_code == 500 and "Retry-After" not in shown.headers
    assert '<p class="brand">Sounding Board</p>' in shown.text
    assert "Something went wrong on our side" in words(shown.text)
    assert api.status_code == 500 and api.json() == {"error": "something went wrong on our side"}
    failed = [logs.fields(r) for r in caplog.records if r.name == "bot.failures"]
    assert [f["message"] for f in failed] == ["request failed on GET /consultations",
                                              "request failed on GET /api/v1/consultations"]
    assert all(f["exception"] == "sqlalchemy.exc.ProgrammingError" and f["trace"]
               for f in failed)
    assert author.get("/consultations").status_code == 200


def test_a_sqlite_database_locked_past_its_busy_timeout_gets_the_503_page(
        tmp_path: Path) -> None:
    """Every signed-in request writes (the session is kept alive): with another process
    holding SQLite's write lock past the 15 s busy timeout, "database is locked"."""
    url = f"sqlite:///{tmp_path / 'sb.db'}"
    migrate.upgrade(url)
    seed(url)
    with serve(url) as served:
        author = Browser(served)
        assert author.sign_in(AUTHOR, PASSWORD).status_code == 303
        holder = sqlite3.connect(tmp_path / "sb.db", isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")  # the write lock, held
            started = time.monotonic()
            said = assert_unavailable_page(author.get("/consultations"))
            assert time.monotonic() - started >= 14  # it waited its turn first
            assert "this page cannot be shown" in said
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert author.get("/consultations").status_code == 200
