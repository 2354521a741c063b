"""What a commissioner sees of a consultation, all tables together, gives no small hidden
count away: consultations played through the real engine into a real database, read as
the API serves them, checked by the auditor (`tests/results_auditor.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Tuple

import requests

from bot.commissioner import accounts
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.reporting import findings, scope
from bot.scripts import store
from bot.scripts.script import load_script
from tests.commissioner.conftest import sqlite_only
from tests.commissioner.world import World, play, script_text
from tests.results_auditor import audit, disclosed, number_findings

THRESHOLD = 8
FOUND_SCRIPT = """\
code: DROP1
title: Drop-off
organisation: NHS Drop ICB
status: live
min_age: 16
intro: Two questions.
closing: Thanks.
questions:
  - id: used_service
    type: yes_no
    text: Have you used the service?
  - id: ease
    type: scale
    text: How easy was it to be seen?
    min: 1
    max: 5
"""
NUMBER_SCRIPT = FOUND_SCRIPT.replace("code: DROP1", "code: WAIT1") + """\
  - id: wait_days
    type: number
    text: How many days did you wait?
    unit: days
    min: 0
    max: 60
"""


def seen_in_database(url: str, code: str) -> Dict[str, Any]:
    """Every results table of the consultation, as the API and dashboard get them."""
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        organisation = accounts.organisation_named(db, "NHS Drop ICB")
        consultation = scope.consultation_of(db, organisation.id, code)
        assert consultation is not None
        found = {name: getattr(findings, name)(db, organisation.id, consultation, THRESHOLD)
                 for name in ("participation", "questions", "timeline", "funnel")}
    engine.dispose()
    return found


def test_the_found_example_in_a_database_gives_nothing_away(tmp_path: Path) -> None:
    """15 answered used_service, 12 answered ease: the 3 who stopped between them were
    hidden in the funnel and given back by subtraction."""
    url = sqlite_only(tmp_path)
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        organisation = accounts.organisation_named(db, "NHS Drop ICB")
        store.save_script(db, load_script(FOUND_SCRIPT), FOUND_SCRIPT,
                          organisation=organisation, status="live")
    engine.dispose()
    play(url, "DROP1", [("rest", "19", "LS6", ["yes", "4"])] * 12
         + [("rest", "19", "LS6", ["yes"])] * 3)
    seen = seen_in_database(url, "DROP1")
    questions = load_script(FOUND_SCRIPT).questions
    assert disclosed(audit(seen, questions), THRESHOLD) == []
    stopped = {r["key"]: r["count"] for r in seen["funnel"]["stopped_after"]}
    assert stopped["used_service"] == "*"


def test_one_more_answer_between_two_looks_at_the_results_is_not_given_away(
        tmp_path: Path) -> None:
    """The results are live: looked at, then again once one more person has answered. The
    mean beside the count gave that person's answer (the totals' difference)."""
    url = sqlite_only(tmp_path)
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        organisation = accounts.organisation_named(db, "NHS Drop ICB")
        store.save_script(db, load_script(NUMBER_SCRIPT), NUMBER_SCRIPT,
                          organisation=organisation, status="live")
    engine.dispose()
    play(url, "WAIT1", [("rest", "19", "LS6", ["yes", "4", "3"])] * 6
         + [("rest", "19", "LS6", ["no", "2", "10"])] * 3)
    before = seen_in_database(url, "WAIT1")
    play(url, "WAIT1", [("rest", "19", "LS6", ["yes", "4", "45"])], start=9)
    after = seen_in_database(url, "WAIT1")
    waited = [next(q for q in look["questions"] if q["key"] == "wait_days")
              for look in (before, after)]
    assert (waited[0]["answered"], waited[1]["answered"]) == (9, 10)
    assert number_findings([before, after], load_script(NUMBER_SCRIPT).questions,
                           THRESHOLD) == []
    assert waited[1]["summary"] == {"median": 3, "lower_quartile": 3, "upper_quartile": 10}


def api(app: Tuple[World, str], path: str) -> Any:
    world, base = app
    reply = requests.get(base + "/api/v1/consultations/OWN1" + path, timeout=60,
                         headers={"Authorization": f"Bearer {world.own.tokens['analyst']}"})
    assert reply.status_code == 200
    return reply.json()


def test_everything_the_api_serves_gives_nothing_away(app: Tuple[World, str]) -> None:
    seen = {"participation": api(app, ""), "questions": api(app, "/questions"),
            "timeline": api(app, "/timeline"), "funnel": api(app, "/funnel")}
    questions = load_script(script_text("OWN1", "Own consultation")).questions
    found = audit(seen, questions)
    assert found, "something is hidden in this consultation"
    assert disclosed(found, THRESHOLD) == []
    assert number_findings([seen], questions, THRESHOLD) == []
