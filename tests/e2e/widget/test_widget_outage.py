"""A web chat through an outage of the answers database: nothing lost, nothing doubled.

The answers and Rasa's tracker are on a PostgreSQL server of this module's own
(tests/e2e/private_postgres.py), stopped for about 25 seconds while a patient
carries on answering in a real Chromium. Their messages are held on the Rasa
server's disk, they are told so once, and the next question appears by itself
when the database is back.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path
from typing import Any, Iterator, List, Tuple

import pytest
from playwright.sync_api import expect

from bot.engine import messages
from bot.scripts.questions import FFT_TEXT
from bot.trust.signposting import SIGNPOSTING
from tests.e2e import early
from tests.e2e.conftest import running_servers
from tests.e2e.helpers import TEST_SCRIPT, answers_of, cli
from tests.e2e.private_postgres import PrivatePostgres, private_postgres
from tests.e2e.widget.chat import Chat
from tests.e2e.widget.conftest import Web, patient_web
from tests.e2e.widget.test_widget_consultation import stored_id
from tests.e2e.widget.test_widget_resilience import to_used_service
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fake_twilio import FakeTwilio

pytestmark = pytest.mark.e2e
OUTAGE = 25.0  # seconds the database is down

# Records each message added to the conversation while its live region is on, i.e.
# what a screen reader announces (the log is role=log, aria-live=polite).
LISTEN = """() => {
  const log = document.querySelector('[data-sounding-board]').shadowRoot
    .querySelector('[role=log]');
  window.announced = [];
  new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach(
    (node) => { if (node.nodeName === 'LI' && log.getAttribute('aria-live') !== 'off')
      window.announced.push(node.textContent); }))).observe(log, {childList: true, subtree: true});
}"""


@early.stack_of(__name__)
@contextlib.contextmanager
def outage_stack(folders: pytest.TempPathFactory, fake_twilio: FakeTwilio,
                 fake_telegram: FakeTelegram) -> Iterator[Tuple[Web, PrivatePostgres]]:
    with private_postgres() as database, running_servers(
            folders.mktemp("outage"), database.url, fake_twilio, fake_telegram,
            wait=False, SB_TRACKER_URL=database.url) as servers:
        # The script load and the web process need neither server to answer yet.
        loaded = cli(servers, "load", str(TEST_SCRIPT))
        assert loaded.returncode == 0, loaded.stderr
        with patient_web(servers, folders.mktemp("outage-site")) as web:
            yield web, database


@pytest.fixture(scope="module")
def outage(tmp_path_factory: pytest.TempPathFactory, fake_twilio: FakeTwilio,
           fake_telegram: FakeTelegram) -> Iterator[Tuple[Web, PrivatePostgres]]:
    """The stack, started early (tests/e2e/early.py) or now."""
    with early.ready(__name__, tmp_path_factory, fake_twilio, fake_telegram,
                     lambda running: running[0].servers.processes) as running:
        yield running


def patient_texts(chat: Chat) -> List[str]:
    return [t.removeprefix("You: ") for t in chat.patient().all_text_contents()]


def test_answers_given_while_the_database_is_down_are_kept_and_the_chat_carries_on(
        outage: Tuple[Web, PrivatePostgres], page: Any) -> None:
    web, database = outage
    page.goto(web.embed("outage.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    chat.choose("No")
    chat.wait_for("How easy was it to be seen? (1 = Very hard, 5 = Very easy)")
    chat.choose("4")
    expect(chat.bot().last).to_contain_text("How would you like to hear from the service?")

    database.stop()
    stopped = time.monotonic()
    try:
        chat.tick("Text")
        # Told the answer is in, not shown an error: on a busy 2-core machine (load
        # average 4-5, stop 20) the notice came after more than 5 s, so this waits 15.
        chat.wait_for(messages.HELD, timeout=15_000)
        chat.type("3")  # the next answer, before its question: held behind the first
        expect(chat.patient().last).to_have_text("You: 3")
        page.wait_for_timeout(1500)
        assert chat.bot_texts().count(messages.HELD) == 1  # told once
        assert not [t for t in chat.bot_texts() if t.startswith("Sorry")]

        page.reload()  # the right state after a reload, while the database is still down
        chat = Chat(page).open()
        expect(page.get_by_role("status")).to_have_text(messages.HELD)
        expect(chat.patient()).to_have_text(["You: Text", "You: 3"])
        page.evaluate(LISTEN)
        time.sleep(max(0.0, OUTAGE - (time.monotonic() - stopped)))
    finally:
        database.start()

    # The next question comes by itself, and only it is announced.
    expect(chat.bot().last).to_have_text("Sounding Board: " + FFT_TEXT, timeout=60_000)
    expect(page.get_by_role("status")).to_have_text("")
    expect(page.get_by_role("log", name="Conversation")).to_have_attribute("aria-live", "polite")
    assert page.evaluate("window.announced") == ["Sounding Board: " + FFT_TEXT]
    # The whole conversation is back, each answer once and in order.
    texts = patient_texts(chat)
    assert texts[texts.index("No"):] == ["No", "4", "Text", "3"]
    assert answers_of(web.servers, stored_id(page)) == [
        ("used_service", "answered", "No", 1), ("ease", "answered", "4", 1),
        ("contact", "answered", "Text", 1), ("wait_days", "answered", "3", 1)]
    chat.choose("Very good")  # and it carries on as usual
    expect(chat.bot().last).not_to_have_text("Sounding Board: " + FFT_TEXT)
    spool = Path(web.servers.env["SB_SPOOL_PATH"])
    assert sqlite3.connect(spool).execute("SELECT count(*) FROM held").fetchone() == (0,)


def test_crisis_wording_held_for_the_database_is_signposted_at_once_and_once(
        outage: Tuple[Web, PrivatePostgres], page: Any) -> None:
    web, database = outage
    page.goto(web.embed("outage-crisis.html"))
    chat = Chat(page).open()
    chat.wait_for("Are you happy to take part?")
    database.stop()
    try:
        chat.type("i dont want to be alive anymore")
        chat.wait_for(messages.HELD)  # at once, before the database is back
        assert chat.bot_texts()[-2:] == [SIGNPOSTING, messages.HELD]
    finally:
        database.start()
    # The engine's own answer when the message is replayed (signposting, then the
    # question again); the signposting is not shown twice, the notice is gone.
    expect(chat.log.locator("li").last).to_have_text(
        "Sounding Board: Are you happy to take part?", timeout=60_000)
    shown = chat.log.locator("li").all_text_contents()
    after = shown[shown.index("You: i dont want to be alive anymore") + 1:]
    assert after and after[0] == "Sounding Board: " + SIGNPOSTING, shown
    assert chat.bot_texts().count(SIGNPOSTING) == 1
    assert messages.HELD not in chat.bot_texts()
