"""The link the bot sends for a closed, published consultation, end to end: the widget on
another site sends the code through Rasa, the bot answers with the link to the patient web
process, and following it opens the "you said, we did" page under its strict CSP."""

from __future__ import annotations

from pathlib import Path
from typing import Any, List
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from bot.db.models import Consultation
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.reporting import publication
from tests.e2e.helpers import TEST_SCRIPT, cli
from tests.e2e.widget.chat import Chat
from tests.e2e.widget.conftest import ARTEFACTS, Requests, Web

pytestmark = pytest.mark.e2e


def publish_closed(web: Web, tmp_path: Path, code: str) -> None:
    script = tmp_path / f"{code}.yml"
    script.write_text(TEST_SCRIPT.read_text().replace("code: TEST1", f"code: {code}")
                      .replace("status: live", "status: closed"))
    assert cli(web.servers, "load", str(script)).returncode == 0
    engine = make_engine(web.servers.database_url)
    with unit_of_work(make_session_factory(engine)) as session:
        organisation = session.scalar(select(Consultation.organisation_id)
                                      .where(Consultation.code == code))
        publication.publish(session, organisation, code, "We opened on Saturdays.", 8, "e2e")
    engine.dispose()


def test_the_widget_links_the_published_page_and_it_opens(web: Web, page: Any, seen: Requests,
                                                          tmp_path: Path) -> None:
    publish_closed(web, tmp_path, "PUBL1")
    page.goto(web.embed("published.html", code="PUBL1"))
    chat = Chat(page).open()
    link = f"{web.url}/published/PUBL1"
    chat.wait_for("The survey PUBL1 has closed, so I can't take answers for it. See what "
                  f"people said and what is being done about it: {link}")
    shown = chat.bot().last.get_by_role("link")
    expect(shown).to_have_attribute("href", link)
    violations: List[str] = []
    with page.context.expect_page() as opened:
        shown.click()
    results = opened.value
    results.on("console", lambda m: violations.append(m.text)
               if "Content Security Policy" in m.text else None)
    results.wait_for_load_state()
    expect(results.get_by_role("heading", level=1)).to_have_text(
        "You said, we did: Test consultation")
    expect(results.get_by_text("We opened on Saturdays.")).to_be_visible()
    results.screenshot(path=str(ARTEFACTS / "published-PUBL1.png"), full_page=True)
    assert violations == []
    hosts = {urlsplit(url).netloc for url in seen.urls}
    assert hosts <= {urlsplit(web.url).netloc, urlsplit(web.site).netloc}
