"""Publish back: a closed consultation's summary, small numbers hidden, for anyone, served
by the patient web process (not the commissioner app), and the link to it that the bot
sends on every channel once the consultation has closed."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import urlsplit

import pytest
import requests
from playwright.sync_api import sync_playwright

from bot.cli.stack import free_port
from bot.config import load_settings
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.engine.conversation import handle_message
from bot.engine.turns import Inbound
from bot.scripts import days
from bot.sms.render import render_sms
from bot.trust.pseudonym import pseudonym
from tests.commissioner.live import Browser, serve, serve_web
from tests.commissioner.test_accessibility import AXE, scan
from tests.commissioner.world import FOREIGN_MARK, PASSWORD, World

Sites = Tuple[World, str, str]  # the world, the commissioner app, the patient web process


@pytest.fixture(scope="module")
def sites(world: World) -> Iterator[Sites]:
    port = free_port()
    with serve_web(world.database_url, port) as web, \
            serve(world.database_url, SB_PATIENT_WEB_URL=f"http://127.0.0.1:{port}") as app:
        yield world, app, web


def bot_says(world: World, web: str, text: str) -> List[str]:
    """What the bot answers someone new sending `text` (on SMS, as it would be sent)."""
    settings = load_settings({"SB_DATABASE_URL": world.database_url, "SB_PATIENT_WEB_URL": web})
    who = pseudonym(settings.pseudonym_secret, "twilio", f"asking-{text}-{free_port()}")
    engine = make_engine(world.database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        turn = handle_message(db, settings, Inbound(text, "twilio", who, "start_consultation",
                                                    0.95))
    engine.dispose()
    return render_sms(list(turn.messages))


def test_publish_a_closed_consultation_then_take_it_down(sites: Sites) -> None:
    world, base, web = sites
    author = Browser(base)
    author.sign_in(world.own.users["author"], PASSWORD)
    assert author.post("/consultations/OWN1/launch", {"closes": "2099-01-01"},
                       form_from="/tokens").status_code == 303
    live = author.post("/consultations/OWN1/publish", {"we_did": "We opened on Saturdays."},
                       form_from="/tokens")
    assert live.status_code == 422 and "close the consultation" in live.text
    assert author.post("/consultations/OWN1/close", form_from="/tokens").status_code == 303
    # closed by hand: the day it closed, not the day it was to close (2099)
    today = days.uk_today()
    results = author.get("/consultations/OWN1").text
    assert f"closed {today.day} {today:%B %Y}." in results and "2099" not in results
    assert bot_says(world, web, "OWN1") == [
        "The survey OWN1 isn't open right now, so I can't take answers for it."]
    empty = author.post("/consultations/OWN1/publish", {"we_did": "  "}, form_from="/tokens")
    assert empty.status_code == 422
    done = author.post("/consultations/OWN1/publish",
                       {"we_did": "We opened on Saturdays.\n<b>Thank you</b>"},
                       form_from="/tokens")
    link = f"{web}/published/OWN1"
    assert done.status_code == 303 and done.headers["location"] == link  # the patients' host
    assert f'href="{link}"' in author.get("/consultations/OWN1/launch").text
    kit = author.get("/consultations/OWN1/launch-kit").text
    assert f'<dt>Published results</dt><dd><a href="{link}">' in kit
    # no TELEGRAM_BOT_USERNAME here: no link to t.me/<TELEGRAM_BOT_USERNAME>, leading nowhere
    assert "t.me/" not in kit and "(Telegram is not set up)" in kit
    assert author.get("/published/OWN1").status_code == 404  # not the commissioner app's

    public = requests.get(f"{web}/published/own1", timeout=30)  # anyone, no sign-in
    assert public.status_code == 200
    assert public.headers["content-security-policy"].startswith("default-src 'none'")
    text = public.text
    assert "39 people took part" in text and "We opened on Saturdays." in text
    assert "&lt;b&gt;Thank you&lt;/b&gt;" in text  # shown as text, never as markup
    assert "Have you used the service?" in text and "* (hidden)" in text
    # wait_days: the median and interquartile range of the 30 who answered, never a mean
    assert "The middle answer was 3; half the answers were between 2 and 8." in text
    # the Friends and Family Test's % positive is hidden on the dashboard (2 said "very
    # poor"), so here too: no percentage, and nothing it would be of
    assert "said their experience was good" not in text
    assert "=1+1 quick" not in text and FOREIGN_MARK not in text  # no free text at all
    assert 'aria-labelledby="pub-0-t pub-0-d"' in text and "NHS Own ICB" in text

    # the poster's QR code leads to the results once the survey has closed
    poster = requests.get(f"{web}/c/OWN1", timeout=30)
    assert poster.status_code == 404 and "This survey has closed" in poster.text
    assert f'href="{link}"' in poster.text
    slashed = requests.get(f"{web}/c/OWN1/", timeout=30, allow_redirects=False)
    assert (slashed.status_code, slashed.headers["location"]) == (301, "/c/OWN1")

    # the bot's answer to the code, on every channel, is the link to the patients' host
    said = bot_says(world, web, "OWN1")
    assert said == ["The survey OWN1 has closed, so I can't take answers for it. See what "
                    f"people said and what is being done about it: {link}"]

    # launched again, the page would stand beside new answers (a reader comparing it with
    # the next could tell what the newcomers said): hidden while live, back once closed
    assert author.post("/consultations/OWN1/launch", {"closes": "2099-01-01"},
                       form_from="/tokens").status_code == 303
    assert requests.get(link, timeout=30).status_code == 404
    assert author.post("/consultations/OWN1/close", form_from="/tokens").status_code == 303
    assert requests.get(link, timeout=30).status_code == 200

    assert author.post("/consultations/OWN1/unpublish", form_from="/tokens").status_code == 303
    gone = requests.get(link, timeout=30)
    assert gone.status_code == 404 and "We couldn't find those results" in gone.text
    assert link not in bot_says(world, web, "OWN1")[0]
    assert "We couldn't find that survey" in requests.get(f"{web}/c/OWN1", timeout=30).text
    assert author.post("/consultations/FOR1/publish", {"we_did": "x"},
                       form_from="/tokens").status_code == 404


@pytest.mark.parametrize("code", ["FOR1", "NOPE99", "x" * 40, "<script>", "OWN1%00"])
def test_unpublished_or_unknown_is_404(sites: Sites, code: str) -> None:
    _, _, web = sites
    answer = requests.get(f"{web}/published/{code}", timeout=30)
    assert answer.status_code == 404 and "<script>" not in answer.text


def test_the_link_loads_in_chromium_under_the_strict_csp_with_nothing_from_elsewhere(
        sites: Sites, tmp_path: Path) -> None:
    world, base, web = sites
    if not world.database_url.startswith("sqlite"):
        pytest.skip("the browser check runs once, on SQLite")
    author = Browser(base)
    author.sign_in(world.own.users["author"], PASSWORD)
    author.post("/consultations/OWN1/close", form_from="/tokens")
    link = author.post("/consultations/OWN1/publish", {"we_did": "We opened on Saturdays."},
                       form_from="/tokens").headers["location"]
    assert link in bot_says(world, web, "OWN1")[0]
    seen: List[str] = []
    problems: List[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True)
        try:
            for width in (320, 1280):
                tab = browser.new_page(viewport={"width": width, "height": 800})
                tab.on("request", lambda request: seen.append(request.url))
                tab.on("console", lambda message: problems.append(message.text)
                       if "Content Security Policy" in message.text else None)
                tab.on("response", lambda answer: problems.append(answer.url)  # the browser's
                       if answer.status >= 400 and not answer.url.endswith("/favicon.ico")
                       else None)  # own favicon.ico request aside
                answer = tab.goto(link)
                assert answer is not None and answer.status == 200
                headers: Dict[str, Any] = answer.headers
                assert "unsafe-inline" not in headers["content-security-policy"]
                assert tab.get_by_role("heading", level=1).inner_text() == (
                    "You said, we did: Own consultation")
                assert tab.locator("svg[role=img]").count() >= 3  # the charts drew
                # nothing wider than the phone's screen
                assert tab.evaluate("document.documentElement.scrollWidth") <= width
                tab.screenshot(path=str(tmp_path / f"published-{width}.png"), full_page=True)
                tab.close()
            if not AXE.exists():
                pytest.fail(f"{AXE} is missing: `make test` installs it (npm ci)")
            # the scan's own script is let in for the scan alone (the page allows none)
            scanned = browser.new_page(bypass_csp=True)
            scanned.goto(link)
            scan(scanned, link)
        finally:
            browser.close()
    assert problems == []  # no CSP violation, nothing of the page failed to load
    assert {urlsplit(url).netloc for url in seen} == {urlsplit(web).netloc}
