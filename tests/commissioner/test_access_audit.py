"""Every look at a consultation's results or at what people wrote is in the audit log, by
whom, of which consultation, and nothing else: never a search's words (a name typed into
the search box is personal data), never an answer."""

from __future__ import annotations

from typing import List, Tuple

import requests
from sqlalchemy import select

from bot.db.models import AuditEntry
from bot.db.session import make_engine, make_session_factory, unit_of_work
from tests.commissioner.live import Browser
from tests.commissioner.world import PASSWORD, World

SEARCHED = "Jolene Bloggsworth"
App = Tuple[World, str]


def entries_since(app: App, after: int) -> List[Tuple[str, str, str]]:
    world, _ = app
    engine = make_engine(world.database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        found = [(e.actor, e.action, e.detail) for e in db.scalars(
            select(AuditEntry).where(AuditEntry.id > after).order_by(AuditEntry.id))]
        everything = " ".join(str(v) for e in db.scalars(select(AuditEntry))
                              for v in (e.actor, e.action, e.detail))
    engine.dispose()
    assert SEARCHED not in everything
    return found


def latest(app: App) -> int:
    world, _ = app
    engine = make_engine(world.database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        found = db.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
    engine.dispose()
    return int(found or 0)


def test_results_and_comments_read_through_the_api_are_audited(app: App) -> None:
    world, base = app
    before = latest(app)
    headers = {"Authorization": f"Bearer {world.own.tokens['analyst']}"}
    for path in ("", "/questions", "/timeline", "/funnel", f"/comments?q={SEARCHED}"):
        answer = requests.get(f"{base}/api/v1/consultations/OWN1{path}", headers=headers,
                              timeout=60)
        assert answer.status_code == 200, path
    # Another organisation's consultation is not found, and not audited as seen.
    assert requests.get(f"{base}/api/v1/consultations/{world.foreign.code}", headers=headers,
                        timeout=60).status_code == 404
    analyst = world.own.users["analyst"]
    assert entries_since(app, before) == [
        (analyst, "view", "results OWN1"), (analyst, "view", "questions OWN1"),
        (analyst, "view", "timeline OWN1"), (analyst, "view", "funnel OWN1"),
        (analyst, "view", "comments OWN1")]


def test_results_and_comments_pages_are_audited(app: App) -> None:
    world, base = app
    browser = Browser(base)
    assert browser.sign_in(world.own.users["analyst"], PASSWORD).status_code == 303
    before = latest(app)
    assert browser.get("/consultations/OWN1").status_code == 200
    assert browser.get(f"/consultations/OWN1/comments?q={SEARCHED}").status_code == 200
    analyst = world.own.users["analyst"]
    assert entries_since(app, before) == [
        (analyst, "view", "results OWN1"), (analyst, "view", "comments OWN1")]
