"""Markup written by a commissioner (organisation name, title, question and option text) or
typed by a patient (free text) is shown as text on every page that shows it: the
commissioner app's pages and the patient web process's /c/CODE page. Never markup."""

from __future__ import annotations

from typing import Iterator, Tuple

import pytest
import requests

from bot.commissioner import accounts
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.scripts import store
from bot.scripts.script import load_script
from tests.commissioner.conftest import sqlite_only
from tests.commissioner.live import Browser, serve, serve_web
from tests.commissioner.world import PASSWORD, play, script_text

CODE = "HTML1"
ORGANISATION = "NHS <i>Own</i> ICB"
TITLE = "Our <script>alert('title')</script> survey"
QUESTION = "Where did you go? <img src=x onerror=alert('question')>"
OPTION = "GP <b>surgery</b>"
TYPED = "<script>alert('patient')</script> the staff were kind"
# What would run, or change the page, if any of them were put in as markup.
RAW = ("<i>Own</i>", "<script>alert(", "<img src=x", "<b>surgery</b>")


def _script() -> str:
    text = script_text(CODE, "X").replace("title: X", f'title: "{TITLE}"')
    text = text.replace("text: Where did you go?", f'text: "{QUESTION}"')
    return text.replace("[GP surgery,", f'["{OPTION}",')


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[str, str]]:
    url = sqlite_only(tmp_path_factory.mktemp("injection"))
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        organisation = accounts.organisation_named(db, ORGANISATION)
        text = _script()
        store.save_script(db, load_script(text), text, organisation=organisation, status="live")
        accounts.create_user(db, organisation, "admin@html.nhs.uk", "admin", PASSWORD)
    engine.dispose()
    answers = ["yes", "1", "4", "text", "3", "very good", TYPED]
    play(url, CODE, [("rest", "19", "LS6", answers)] * 9)
    yield url, "admin@html.nhs.uk"


PAGES = ["/consultations", f"/consultations/{CODE}", f"/consultations/{CODE}/comments",
         f"/consultations/{CODE}/launch", f"/consultations/{CODE}/edit",
         f"/consultations/{CODE}/launch-kit", f"/consultations/{CODE}/invitations", "/audit",
         "/users", "/tokens", "/erasure", "/account/password"]


def test_commissioner_pages_show_written_markup_as_text(world: Tuple[str, str]) -> None:
    url, email = world
    with serve(url) as base:
        browser = Browser(base)
        assert browser.sign_in(email, PASSWORD).status_code == 303
        shown = {path: browser.get(path) for path in PAGES}
    for path, answer in shown.items():
        assert answer.status_code == 200, path
        assert answer.headers["content-type"].startswith("text/html")
        for raw in RAW:
            assert raw not in answer.text, f"{raw!r} as markup on {path}"
        assert "&lt;i&gt;Own&lt;/i&gt;" in answer.text  # the organisation, in the navigation
    results = shown[f"/consultations/{CODE}"].text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in results
    assert "&lt;img src=x onerror=alert(&#39;question&#39;)&gt;" in results
    assert "GP &lt;b&gt;surgery&lt;/b&gt;" in results
    assert "&lt;script&gt;alert(&#39;patient&#39;)&lt;/script&gt;" in \
        shown[f"/consultations/{CODE}/comments"].text


def test_the_consultation_page_shows_written_markup_as_text(world: Tuple[str, str]) -> None:
    url, _ = world
    with serve_web(url, SB_RASA_URL="http://127.0.0.1:9") as base:
        answer = requests.get(f"{base}/c/{CODE}", timeout=30)
    assert answer.status_code == 200
    for raw in RAW:
        assert raw not in answer.text
    assert "&lt;script&gt;alert(" in answer.text and "&lt;i&gt;Own&lt;/i&gt;" in answer.text
